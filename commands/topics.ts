import { answerCommand } from '../src/discord/answer-command.js';

/** /topics [talk] [hide] */
export default answerCommand({
  name: 'topics',
  description: 'What each talk covered, with its topics',
  localizations: { vi: { name: 'chủ-đề', description: 'Tóm tắt và các chủ đề của từng cuộc hội đàm' }, zh: { name: '话题', description: '每次会谈的概要和话题' } },
  help: { en: 'what each talk covered', vi: 'nội dung và chủ đề của từng cuộc hội đàm', zh: '每次会谈谈了什么' },
  intent: 'summary',
  title: { en: 'Topics', vi: 'Chủ đề', zh: '话题' },
});
