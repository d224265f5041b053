import type { Command } from '../src/discord/command.js';
import { answerCommand } from '../src/discord/answer-command.js';

/** /when [talk] [hide] */
export default answerCommand({
  name: 'when',
  description: 'When the talks were held',
  intent: 'when',
  title: { en: 'When', vi: 'Khi nào', zh: '时间' },
}) satisfies Command;
