// Vietnamese and Chinese on every registered definition (Discord's `vi` and `zh-CN` locales): each command
// module words its own command and options (definition.ts); here a command or option without that wording is
// a load error, not an English-only command, and the talk choices get each talk's date and format in the
// language. Also the answer language of a user's Discord locale.
import type { KnowledgeBase } from '../facts/types.js';
import { messagesFor } from '../i18n/index.js';
import type { Lang } from '../languages.js';
import { DiscordLimits } from './limits.js';

export type Foreign = Exclude<Lang, 'en'>;

/** Discord's locale for each of our languages. */
export const DISCORD_LOCALES: Readonly<Record<Foreign, 'vi' | 'zh-CN'>> = { vi: 'vi', zh: 'zh-CN' };

/** The language to answer a user in, from their Discord locale ("vi", "zh-CN", "zh-TW"); English otherwise. */
export function langOfLocale(locale: string | null | undefined): Lang {
  if (!locale) return 'en';
  if (locale === 'vi' || locale.startsWith('vi-')) return 'vi';
  if (locale === 'zh' || locale.startsWith('zh-')) return 'zh';
  return 'en';
}

export class LocalizationError extends Error {
  override readonly name = 'LocalizationError';
}

interface OptionJson {
  readonly name: string;
  readonly name_localizations?: Partial<Record<string, string | null>> | null;
  readonly description?: string;
  readonly choices?: readonly { readonly name: string; readonly value: string | number }[];
  readonly options?: readonly OptionJson[];
}

interface CommandJson {
  readonly name: string;
  readonly name_localizations?: Partial<Record<string, string | null>> | null;
  readonly description?: string;
  readonly options?: readonly OptionJson[];
}

const LOCALES = Object.values(DISCORD_LOCALES);
const worded = (n: { readonly name_localizations?: Partial<Record<string, string | null>> | null }) => LOCALES.every((l) => Boolean(n.name_localizations?.[l]));

/**
 * The definition with its talk choices localized. Strict (the bot's own commands): a command or option without
 * Vietnamese and Chinese names is an error. Otherwise (a module from elsewhere, as in tests) it stays English.
 */
export function localizeCommand<T extends CommandJson>(json: T, kb: KnowledgeBase, strict = true): T {
  const missing = [...(worded(json) ? [] : ['the command']), ...(json.options ?? []).filter((o) => !worded(o)).map((o) => `option "${o.name}"`)];
  if (missing.length > 0 && strict) {
    throw new LocalizationError(`command "${json.name}" has no Vietnamese and Chinese wording for ${missing.join(', ')}: add localizations to its definition`);
  }
  // Talk choices are the talks: their date and format in each language.
  const choice = (c: { readonly name: string; readonly value: string | number }) => {
    const talk = kb.talks.find((t) => t.id === c.value);
    if (!talk) return c;
    const names: Partial<Record<'vi' | 'zh-CN', string>> = {};
    for (const lang of Object.keys(DISCORD_LOCALES) as Foreign[]) names[DISCORD_LOCALES[lang]] = messagesFor(lang).talkHeading(talk).slice(0, DiscordLimits.choiceName);
    return { ...c, name_localizations: names };
  };
  const option = (o: OptionJson): OptionJson => ({
    ...o,
    ...(o.choices ? { choices: o.choices.map((c) => choice(c)) } : {}),
    ...(o.options ? { options: o.options.map(option) } : {}),
  });
  return json.options ? { ...json, options: json.options.map(option) } : json;
}
