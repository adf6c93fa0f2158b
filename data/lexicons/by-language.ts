import type { Lang } from '../../core/types';

/**
 * A table of per-language lexicons whose entries are built on first access. Each language file exports
 * a function returning its lexicon rather than the object itself: the browser then only skims over the
 * four languages a page does not use instead of compiling and building them while the panel script
 * loads (about a millisecond in a fresh tab for the funding and number lexicons).
 */
export function byLanguage<T>(builders: Readonly<Record<Lang, () => T>>): Readonly<Record<Lang, T>> {
  const table = {} as Record<Lang, T>;
  for (const lang of Object.keys(builders) as Lang[]) {
    let built: T | undefined;
    Object.defineProperty(table, lang, {
      enumerable: true,
      get: () => {
        if (built === undefined) built = builders[lang]();
        return built;
      },
    });
  }
  return table;
}
