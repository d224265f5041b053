// The text of a refusal: why, what the bot can answer, and the closest example question. Everything it says
// about the articles (how many, their dates, outlets, datelines) comes from the knowledge base.
import type { KnowledgeBase } from '../facts/types.js';
import type { Messages } from '../i18n/messages.js';
import { FUNCTION_WORDS } from '../matching/cues.js';
import { normalize } from '../matching/normalize.js';
import type { Refusal } from '../matching/reading.js';

/** "2 VNA reports of CPV-CPC talks" from the data: the outlets and the parties taking part. */
export function capabilities(kb: KnowledgeBase, m: Messages): string {
  return m.capabilities({
    reports: kb.articles.size,
    outlets: [...new Set([...kb.articles.values()].map((a) => a.outlet))],
    parties: [...new Set(kb.talks.flatMap((t) => t.participants.map((p) => p.party.acronym ?? m.organisation(p.party))))],
    talks: kb.talks,
  });
}

/** Help as the engine gives it: what the bot knows and how it answers. Each interface adds its own commands. */
export function helpText(kb: KnowledgeBase, m: Messages): string {
  return [capabilities(kb, m), m.quotesEach].join('\n');
}

/** Why the question is not answered, in words built from the data. */
export function refusalReason(kb: KnowledgeBase, m: Messages, r: Refusal): string {
  const reports = kb.articles.size;
  switch (r.kind) {
    case 'empty':
      return m.empty;
    case 'unreadable':
      return m.unreadable;
    case 'absent':
      return m.absent(r.things);
    case 'scope':
      return r.mismatch.kind === 'no-talk'
        ? m.noTalks(r.mismatch.labels.map((l) => m.scopeLabel(l)))
        : m.notPresent(r.mismatch.absent, r.mismatch.labels.map((l) => m.scopeLabel(l)));
    case 'period':
      return m.periodOnly(r.years);
    case 'why':
      return m.why;
    case 'unanchored':
      return m.unanchored(r.asks, r.act);
    case 'undefined-term':
      return m.undefinedTerm(r.words, r.topic);
    case 'no-such-document':
      return m.noSuchDocument(r.ordinal, r.signed);
    case 'no-number':
      return m.noNumber;
    case 'feeling':
      return m.feeling(r.word);
    case 'first-time':
      return m.firstTimeUnknown([...kb.talks].sort((a, b) => a.date.localeCompare(b.date)));
    case 'no-match':
      return m.noMatch(reports);
    case 'unsupported':
      return m.unsupported(r.topic, { talks: kb.talks, reports });
  }
}

/**
 * "Did you mean": the example question sharing the most content words with the question (after typo
 * correction). Word overlap rather than fuzzy matching of whole sentences: it is what makes two
 * questions about the same thing alike, and it costs microseconds.
 */
export function makeSuggester(examples: readonly string[]): (words: readonly string[]) => string | null {
  const content = (ws: readonly string[]) => new Set(ws.filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w)));
  const indexed = examples.map((q) => ({ q, words: content(normalize(q).split(' ')) }));
  return (questionWords) => {
    const words = content(questionWords.slice(0, 100));
    let best: string | null = null;
    let bestScore = 0;
    for (const { q, words: w } of indexed) {
      let shared = 0;
      for (const x of words) if (w.has(x)) shared++;
      const score = shared / Math.sqrt(w.size * Math.max(1, words.size));
      if (shared > 0 && score > bestScore) {
        best = q;
        bestScore = score;
      }
    }
    return bestScore >= 0.4 ? best : null;
  };
}
