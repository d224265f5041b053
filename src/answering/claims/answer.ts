// A claim checked, as an answer the console and other plain renderers show: the verdict first ("The articles
// say otherwise: date 29 July 2020, not 19 July 2020."), then each match with its label and its quote's number.
import type { KnowledgeBase } from '../../facts/types.js';
import { messagesFor } from '../../i18n/index.js';
import type { Lang } from '../../languages.js';
import { answerFrom, line, notAnswered } from '../result.js';
import type { Answer } from '../types.js';
import type { ClaimCheck } from './check.js';
import { differWords } from './wording.js';

export function claimAnswer(kb: KnowledgeBase, check: ClaimCheck, lang: Lang): Answer {
  const m = messagesFor(lang);
  const differs = check.differs.map((d) => ({ kind: d.kind, ...differWords(m, kb, d.article) }));
  const verdict = m.claimVerdict(check.verdict, differs);
  if (check.verdict === 'none') return notAnswered('search', lang, verdict);
  return answerFrom('search', lang, [
    verdict,
    ...check.matches.map((x) => line(m.bullet(m.matchLabel(x.verdict, [...new Set(x.differs.map((d) => d.kind))])), [x.citation])),
  ]);
}
