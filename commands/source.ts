import { answerCommand } from '../src/discord/answer-command.js';

/** /source [talk] [hide]: the article behind the answers, with its key quotes. */
export default answerCommand({
  name: 'source',
  description: 'The article: outlet, date, headline and key quotes',
  localizations: { vi: { name: 'nguồn', description: 'Các bài báo làm căn cứ cho câu trả lời' }, zh: { name: '出处', description: '回答所依据的报道' } },
  help: { en: 'the article behind the answers', vi: 'bài báo làm căn cứ cho câu trả lời', zh: '回答所依据的报道' },
  intent: 'source',
  title: { en: 'Source', vi: 'Nguồn', zh: '出处' },
});
