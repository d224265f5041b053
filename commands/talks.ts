import { readingFor } from '../src/answering/types.js';
import { defineCommand } from '../src/discord/definition.js';
import { langOfLocale } from '../src/discord/localizations.js';
import { respond } from '../src/discord/respond.js';
import { hideOption } from '../src/discord/talk-option.js';

const TITLE = { en: 'Talks', vi: 'Các cuộc hội đàm', zh: '会谈' } as const;

/** /talks [hide]: every talk with its date, format, participants and source. */
export default defineCommand({
  name: 'talks',
  description: 'All talks the articles report, with dates and sources',
  localizations: {
    vi: { name: 'các-cuộc-hội-đàm', description: 'Tất cả các cuộc hội đàm được đưa tin, kèm ngày và nguồn' },
    zh: { name: '会谈列表', description: '报道的所有会谈及日期和出处' },
  },
  help: { en: 'every talk, with its date and source', vi: 'tất cả các cuộc hội đàm, kèm ngày và nguồn', zh: '所有会谈及其日期和出处' },
  visibility: 'hide-option',
  cooldown: true,
  options: { hide: hideOption },
  execute: async (interaction, args, ctx) => {
    const lang = langOfLocale(interaction.locale);
    await respond(interaction, ctx.engine.ask(readingFor('talks', null, lang)), ctx, { ephemeral: args.hide ?? false, title: TITLE[lang] });
  },
});
