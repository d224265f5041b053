// Command names and descriptions in Vietnamese and Chinese (Discord's `vi` and `zh-CN` locales), added to
// every definition before it is registered; and the answer language of a user's Discord locale. A command
// or option without wording here is a load error, not an English-only command.
import type { KnowledgeBase } from '../facts/types.js';
import { messagesFor } from '../i18n/index.js';
import type { Lang } from '../languages.js';
import { DiscordLimits } from './limits.js';

type Foreign = Exclude<Lang, 'en'>;

/** Discord's locale for each of our languages. */
export const DISCORD_LOCALES: Readonly<Record<Foreign, 'vi' | 'zh-CN'>> = { vi: 'vi', zh: 'zh-CN' };

/** The language to answer a user in, from their Discord locale ("vi", "zh-CN", "zh-TW"); English otherwise. */
export function langOfLocale(locale: string | null | undefined): Lang {
  if (!locale) return 'en';
  if (locale === 'vi' || locale.startsWith('vi-')) return 'vi';
  if (locale === 'zh' || locale.startsWith('zh-')) return 'zh';
  return 'en';
}

interface Wording {
  readonly name: string;
  /** None for a message command (context menus have no description). */
  readonly description?: string;
}

type Localized = Readonly<Record<Foreign, Wording>>;

/** Slash command names: lower case, letters, digits, "-" and "_" (Discord's rule); message commands may have spaces. */
export const COMMAND_WORDING: Readonly<Record<string, Localized>> = {
  ask: { vi: { name: 'hỏi', description: 'Hỏi bất cứ điều gì về các cuộc hội đàm; câu trả lời trích dẫn bài báo' }, zh: { name: '提问', description: '就会谈提出任何问题；回答引用报道原文' } },
  who: { vi: { name: 'ai', description: 'Ai đã tham gia các cuộc hội đàm' }, zh: { name: '谁', description: '谁参加了会谈' } },
  when: { vi: { name: 'khi-nào', description: 'Các cuộc hội đàm diễn ra khi nào' }, zh: { name: '何时', description: '会谈何时举行' } },
  agreements: { vi: { name: 'văn-kiện', description: 'Những gì đã được ký, nhất trí hoặc khẳng định' }, zh: { name: '协议', description: '签署、商定或确认了什么' } },
  topics: { vi: { name: 'chủ-đề', description: 'Tóm tắt và các chủ đề của từng cuộc hội đàm' }, zh: { name: '话题', description: '每次会谈的概要和话题' } },
  talks: { vi: { name: 'các-cuộc-hội-đàm', description: 'Tất cả các cuộc hội đàm được đưa tin, kèm ngày và nguồn' }, zh: { name: '会谈列表', description: '报道的所有会谈及日期和出处' } },
  source: { vi: { name: 'nguồn', description: 'Các bài báo làm căn cứ cho câu trả lời' }, zh: { name: '出处', description: '回答所依据的报道' } },
  help: { vi: { name: 'trợ-giúp', description: 'Bot trả lời những gì và cách dùng' }, zh: { name: '帮助', description: '本机器人能回答什么、如何使用' } },
  cite: { vi: { name: 'trích-dẫn', description: 'Đăng một câu của bài báo làm trích dẫn, kèm nguồn, ngày và tiêu đề' }, zh: { name: '引用', description: '把报道中的一句话作为引文发布，附出处、日期和标题' } },
  'Find sources': { vi: { name: 'Tìm nguồn' }, zh: { name: '查找出处' } },
};

/** Options by name, the same wording in every command that has them. */
export const OPTION_WORDING: Readonly<Record<string, Localized>> = {
  question: { vi: { name: 'câu-hỏi', description: 'Câu hỏi của bạn' }, zh: { name: '问题', description: '你的问题' } },
  talk: { vi: { name: 'cuộc-hội-đàm', description: 'Cuộc hội đàm nào (mặc định: tất cả)' }, zh: { name: '哪次会谈', description: '哪次会谈（默认：全部）' } },
  hide: { vi: { name: 'ẩn', description: 'Chỉ bạn thấy câu trả lời' }, zh: { name: '隐藏', description: '只有你能看到回答' } },
  sentence: { vi: { name: 'câu', description: 'Gõ vài từ của câu rồi chọn' }, zh: { name: '句子', description: '输入句子中的词语，然后选择' } },
  mention: { vi: { name: 'gửi-tới', description: 'Người nhận trích dẫn' }, zh: { name: '提及', description: '引文发给谁' } },
};

export class LocalizationError extends Error {
  override readonly name = 'LocalizationError';
}

interface OptionJson {
  readonly name: string;
  readonly description?: string;
  readonly choices?: readonly { readonly name: string; readonly value: string | number }[];
  readonly options?: readonly OptionJson[];
}

interface CommandJson {
  readonly name: string;
  readonly description?: string;
  readonly options?: readonly OptionJson[];
}

const localizations = (wording: Localized, pick: (w: Wording) => string | undefined) => {
  const out: Partial<Record<'vi' | 'zh-CN', string>> = {};
  for (const lang of Object.keys(DISCORD_LOCALES) as Foreign[]) {
    const text = pick(wording[lang]);
    if (text !== undefined) out[DISCORD_LOCALES[lang]] = text;
  }
  return out;
};

/**
 * The definition with name and description localisations on the command, each option and each talk choice.
 * Strict (the bot's own commands): a command or option without wording is an error. Otherwise (a module
 * from elsewhere, as in tests) such a command is left in English.
 */
export function localizeCommand<T extends CommandJson>(json: T, kb: KnowledgeBase, strict = true): T {
  const wording = COMMAND_WORDING[json.name];
  if (!wording) {
    if (!strict) return json;
    throw new LocalizationError(`command "${json.name}" has no Vietnamese and Chinese wording in src/discord/localizations.ts`);
  }
  const option = (o: OptionJson, command: string): OptionJson => {
    const w = OPTION_WORDING[o.name];
    if (!w && !strict) return o;
    if (!w) throw new LocalizationError(`option "${o.name}" of "${command}" has no Vietnamese and Chinese wording in src/discord/localizations.ts`);
    return {
      ...o,
      name_localizations: localizations(w, (x) => x.name),
      description_localizations: localizations(w, (x) => x.description),
      ...(o.choices ? { choices: o.choices.map((c) => choice(c)) } : {}),
      ...(o.options ? { options: o.options.map((inner) => option(inner, command)) } : {}),
    } as OptionJson;
  };
  // Talk choices are the talks: their date and format in each language.
  const choice = (c: { readonly name: string; readonly value: string | number }) => {
    const talk = kb.talks.find((t) => t.id === c.value);
    if (!talk) return c;
    const names: Partial<Record<'vi' | 'zh-CN', string>> = {};
    for (const lang of Object.keys(DISCORD_LOCALES) as Foreign[]) names[DISCORD_LOCALES[lang]] = messagesFor(lang).talkHeading(talk).slice(0, DiscordLimits.choiceName);
    return { ...c, name_localizations: names };
  };
  return {
    ...json,
    name_localizations: localizations(wording, (x) => x.name),
    ...(json.description !== undefined && json.description !== '' ? { description_localizations: localizations(wording, (x) => x.description) } : {}),
    ...(json.options ? { options: json.options.map((o) => option(o, json.name)) } : {}),
  };
}
