// Gives the server tests a real PostgreSQL: TEST_DATABASE_URL when set (its role must be allowed to
// CREATE DATABASE: every test file takes a fresh database), else a throwaway cluster started here and
// stopped after the run. Missing PostgreSQL binaries fail the run with instructions: the PostgreSQL half
// of the suite is never silently skipped.
import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from '../../server/dev/throwaway-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL connection string whose role may create databases. */
    pgAdminUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('pgAdminUrl', given);
    return async () => {};
  }
  const cluster = await startThrowawayPostgres({ fast: true });
  project.provide('pgAdminUrl', cluster.url);
  return () => cluster.stop();
}
