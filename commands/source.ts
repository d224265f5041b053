import type { Command } from '../src/discord/command.js';
import { answerCommand } from '../src/discord/answer-command.js';

/** /source [talk] [hide]: the article behind the answers, with its key quotes. */
export default answerCommand({
  name: 'source',
  description: 'The article: outlet, date, headline and key quotes',
  intent: 'source',
  title: { en: 'Source', vi: 'Nguồn', zh: '出处' },
}) satisfies Command;
