import { answerCommand } from '../src/discord/answer-command.js';

/** /who [talk] [hide] */
export default answerCommand({
  name: 'who',
  description: 'Who took part in the talks',
  localizations: { vi: { name: 'ai', description: 'Ai đã tham gia các cuộc hội đàm' }, zh: { name: '谁', description: '谁参加了会谈' } },
  help: { en: 'who took part', vi: 'ai đã tham gia', zh: '谁参加了会谈' },
  intent: 'who',
  title: { en: 'Who took part', vi: 'Ai tham gia', zh: '参加者' },
});
