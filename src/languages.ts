// The languages the bot answers in. English is the articles' language: quotes are always English.
export const LANGS = ['en', 'vi', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every supported language. */
export type Localized = Readonly<Record<Lang, string>>;

/** BCP 47 locale used for dates and lists in each language. */
export const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', vi: 'vi-VN', zh: 'zh-CN' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
