// Tables and regexes built on first use and kept. The panel evaluates the whole core before its first
// analysis, and that analysis reads one language: what is built at module load for five languages, or
// rebuilt per call, is paid before the panel can show.
import type { Lang } from './types';

/** `build()` on the first call, the same value on every later call. */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T | undefined;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/** `build(lang)` on the first call for each language, the same value on every later call for it. */
export function lazyPerLang<T>(build: (lang: Lang) => T): (lang: Lang) => T {
  const built = new Map<Lang, T>();
  return (lang) => {
    if (!built.has(lang)) built.set(lang, build(lang));
    return built.get(lang) as T;
  };
}
