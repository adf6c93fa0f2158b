import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The read-only `shared/` folder sits beside the checkout on developer machines and in CI, but a clean
// clone may live anywhere: CONTREPOINT_SHARED wins, then ../shared next to the repo, then /work/shared.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function locate(): string | null {
  const candidates = [process.env.CONTREPOINT_SHARED, resolve(repoRoot, '../shared'), '/work/shared'];
  for (const dir of candidates) {
    if (dir && existsSync(resolve(dir, 'DESIGN.md'))) return dir;
  }
  return null;
}

export const sharedDir: string | null = locate();

/** The shared folder, or a clear error naming where it was looked for. */
export function requireSharedDir(): string {
  if (!sharedDir) {
    throw new Error(
      'The shared/ folder (real pages, seed article, specs) was not found: set CONTREPOINT_SHARED or place it beside the repository.',
    );
  }
  return sharedDir;
}

export { repoRoot };
