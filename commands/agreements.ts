import type { Command } from '../src/discord/command.js';
import { answerCommand } from '../src/discord/answer-command.js';

/** /agreements [talk] [hide] */
export default answerCommand({
  name: 'agreements',
  description: 'What was signed, agreed or affirmed',
  intent: 'agreements',
  title: { en: 'Agreements', vi: 'Văn kiện và thỏa thuận', zh: '协议' },
}) satisfies Command;
