import type { Command } from '../src/discord/command.js';
import { answerCommand } from '../src/discord/answer-command.js';

/** /topics [talk] [hide] */
export default answerCommand({
  name: 'topics',
  description: 'What each talk covered, with its topics',
  intent: 'summary',
  title: { en: 'Topics', vi: 'Chủ đề', zh: '话题' },
}) satisfies Command;
