import { answerCommand } from '../src/discord/answer-command.js';

/** /agreements [talk] [hide] */
export default answerCommand({
  name: 'agreements',
  description: 'What was signed, agreed or affirmed',
  localizations: { vi: { name: 'văn-kiện', description: 'Những gì đã được ký, nhất trí hoặc khẳng định' }, zh: { name: '协议', description: '签署、商定或确认了什么' } },
  help: { en: 'what was signed, agreed or affirmed', vi: 'những gì đã được ký, nhất trí hoặc khẳng định', zh: '签署、商定或确认了什么' },
  intent: 'agreements',
  title: { en: 'Agreements', vi: 'Văn kiện và thỏa thuận', zh: '协议' },
});
