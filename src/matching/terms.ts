// Every name and term the facts give in one language (data/i18n/): what a Vietnamese or Chinese question
// may name. The pivot matches them, the language's vocabulary knows them.
import type { KnowledgeBase } from '../facts/types.js';
import type { Lang } from '../languages.js';

export function termsOf(kb: KnowledgeBase, lang: Exclude<Lang, 'en'>): string[] {
  const out: string[] = [];
  for (const p of kb.people.values()) out.push(...p.terms[lang]);
  for (const o of kb.organisations.values()) out.push(...o.terms[lang], ...o.sideTerms[lang]);
  for (const t of kb.topics.values()) out.push(...t.terms[lang], ...t.mentionedOnlyTerms[lang]);
  for (const t of kb.talks) {
    out.push(...t.terms[lang]);
    for (const a of t.agreements) out.push(...a.terms[lang]);
  }
  return out;
}
