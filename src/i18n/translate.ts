// One way to translate: every string table (src/i18n/*.ts) is a pair of objects, Chinese and English, with the
// same keys (the English one is typed by the Chinese one's keys, so a missing translation fails to compile), and
// `translator(zh, en)` turns the pair into its translate function.
import type { Lang } from '../types';

/** Values for `{name}` placeholders. */
export type Vars = Record<string, string | number>;

export interface Translator<K extends string> {
  /** The string `key` in `lang`, placeholders filled. */
  (lang: Lang, key: K, vars?: Vars): string;
  /** The same function for one language (for code that renders a whole view in one language). */
  in(lang: Lang): (key: K, vars?: Vars) => string;
  /** Whether `key` is in the table (for keys built from data values). */
  has(key: string): key is K;
  /** Both tables (for tests: same keys, no empty string, the same placeholders in both languages). */
  readonly tables: Readonly<Record<Lang, Readonly<Record<K, string>>>>;
}

/** Fills `{name}` placeholders; a placeholder with no value is left as written (so a gap is visible). */
export function fill(template: string, vars?: Vars): string {
  return vars ? template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : template;
}

export function translator<K extends string>(zh: Record<K, string>, en: Record<K, string>): Translator<K> {
  const tables: Record<Lang, Record<K, string>> = { zh, en };
  const translate = (lang: Lang, key: K, vars?: Vars): string => fill(tables[lang][key], vars);
  return Object.assign(translate, {
    in: (lang: Lang) => (key: K, vars?: Vars) => translate(lang, key, vars),
    has: (key: string): key is K => Object.hasOwn(zh, key),
    tables,
  });
}
