import type { Command } from '../src/discord/command.js';
import { answerCommand } from '../src/discord/answer-command.js';

/** /who [talk] [hide] */
export default answerCommand({
  name: 'who',
  description: 'Who took part in the talks',
  intent: 'who',
  title: { en: 'Who took part', vi: 'Ai tham gia', zh: '参加者' },
}) satisfies Command;
