import { inject } from 'vitest';

export type BuildKind = 'chrome-e2e' | 'firefox-e2e' | 'chrome-prod' | 'firefox-prod';
export type E2eBuilds = Partial<Record<BuildKind, { dir?: string; error?: string }>>;

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBuilds: E2eBuilds;
  }
}

/** The folder of a build made by global-setup.ts, or an error carrying the build's own output. */
export function requireBuild(kind: BuildKind): string {
  const builds = inject('e2eBuilds') ?? {};
  const b = builds[kind];
  if (b?.dir) return b.dir;
  throw new Error(`The ${kind} build is not available: ${b?.error ?? 'global-setup.ts did not run (vitest --project e2e)'}`);
}
