import { answerCommand } from '../src/discord/answer-command.js';

/** /when [talk] [hide] */
export default answerCommand({
  name: 'when',
  description: 'When the talks were held',
  localizations: { vi: { name: 'khi-nào', description: 'Các cuộc hội đàm diễn ra khi nào' }, zh: { name: '何时', description: '会谈何时举行' } },
  help: { en: 'when the talks were held', vi: 'các cuộc hội đàm diễn ra khi nào', zh: '会谈何时举行' },
  intent: 'when',
  title: { en: 'When', vi: 'Khi nào', zh: '时间' },
});
