import { readingFor } from '../src/answering/types.js';
import { defineCommand } from '../src/discord/definition.js';
import { langOfLocale } from '../src/discord/localizations.js';
import { respond } from '../src/discord/respond.js';

/** /help: what the bot knows and the commands (clickable); only the asker sees it. */
export default defineCommand({
  name: 'help',
  description: 'What this bot answers, and how',
  localizations: { vi: { name: 'trợ-giúp', description: 'Bot trả lời những gì và cách dùng' }, zh: { name: '帮助', description: '本机器人能回答什么、如何使用' } },
  help: { en: 'this help, only for you', vi: 'trợ giúp này, chỉ bạn thấy', zh: '本帮助，仅你可见' },
  visibility: 'ephemeral',
  cooldown: false,
  options: {},
  execute: async (interaction, _args, ctx) => {
    await respond(interaction, ctx.engine.ask(readingFor('help', null, langOfLocale(interaction.locale))), ctx, { ephemeral: true, title: 'talks-bot' });
  },
});
