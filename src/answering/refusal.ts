// The text of a refusal: why, what the bot can answer, and the closest example question. Everything it says
// about the articles (how many, their dates, outlets, datelines) comes from the knowledge base.
import type { KnowledgeBase, Talk } from '../facts/types.js';
import { FUNCTION_WORDS } from '../matching/cues.js';
import { normalize } from '../matching/normalize.js';
import type { Mismatch, Refusal } from '../matching/reading.js';
import { cappedListing, countWord, listing, longDate } from './wording.js';

/** Most talks a refusal or the capabilities line names; the newest are named and the rest counted. */
const MAX_NAMED = 4;

function newestFirst(talks: readonly Talk[]): Talk[] {
  return [...talks].reverse();
}

/** "2 VNA reports of CPV-CPC talks" from the data: the outlets and the parties taking part. */
function corpus(kb: KnowledgeBase): string {
  const outlets = [...new Set([...kb.articles.values()].map((a) => a.outlet))];
  const parties = [...new Set(kb.talks.flatMap((t) => t.participants.map((p) => p.party.acronym ?? p.party.name)))];
  const n = kb.articles.size;
  return `${n} ${listing(outlets)} report${n === 1 ? '' : 's'} of ${parties.join('-')} talks`;
}

export function capabilities(kb: KnowledgeBase): string {
  const talks = cappedListing(newestFirst(kb.talks).map((t) => `${longDate(t.date)} (${t.format.label})`), MAX_NAMED);
  return `I answer from ${corpus(kb)}: ${talks}. Ask who took part, when, what was signed or agreed, how the talks were held, what was said about a topic, who someone is, what an acronym means, or for a summary or comparison.`;
}

export function helpText(kb: KnowledgeBase): string {
  return [
    capabilities(kb),
    'Commands: /who, /when, /agreements, /topics, /talks, /source, /ask <question>, /help. Every answer quotes the article sentence it rests on.',
  ].join('\n');
}

function mismatchText(m: Mismatch): string {
  if (m.kind === 'no-talk') return `In these articles there were no talks ${m.labels.join(', ')}.`;
  const seen = m.absent.map(({ person, talks }) => `${person.name} took part only in the talks of ${cappedListing(talks.map((t) => longDate(t.date)), MAX_NAMED)}`);
  return `In these articles ${seen.join('; ')}, not in those ${m.labels.join(', ')}.`;
}

function whereText(kb: KnowledgeBase): string {
  const held = cappedListing(newestFirst(kb.talks).map((t) => `the ${t.format.label} of ${longDate(t.date)}`), MAX_NAMED);
  const datelined = newestFirst(kb.talks)
    .filter((t) => t.article.dateline)
    .slice(0, MAX_NAMED)
    .map((t) => `the report of ${longDate(t.article.date)} is datelined ${t.article.dateline ?? ''}`);
  return `The articles do not say where the participants were. They report ${held}${datelined.length > 0 ? ` (${listing(datelined)})` : ''}.`;
}

/** Why the question is not answered, in words built from the data. */
export function refusalReason(kb: KnowledgeBase, r: Refusal): string {
  const n = kb.articles.size;
  switch (r.kind) {
    case 'empty':
      return 'Please ask a question in words, for example "Who took part in the talks?"';
    case 'absent':
      return `The articles do not mention ${listing(r.things.slice(0, 3).map((w) => `"${w}"`))}, so I cannot answer that from them.`;
    case 'scope':
      return mismatchText(r.mismatch);
    case 'period':
      return `In these articles there were no talks in ${r.years.join(' or ')}.`;
    case 'why':
      return 'The articles do not say why.';
    case 'unanchored':
      return r.asks === 'when' ? 'I can only give the dates of the talks the articles report.' : 'I can only say who took part in the talks the articles report.';
    case 'undefined-term':
      return `The articles only mention "${r.words}" (${r.topic.label}); they do not say more about it.`;
    case 'no-such-document':
      return `The articles report at most ${countWord(r.signed)} document${r.signed === 1 ? '' : 's'} signed at one talk, so there is no ${r.ordinal === 3 ? 'third' : `number ${r.ordinal}`}.`;
    case 'no-number':
      return 'The articles give no such number.';
    case 'no-match':
      return `I could not match that question to anything in the ${countWord(n)} articles.`;
    case 'unsupported':
      switch (r.topic) {
        case 'instructions':
          return 'I only answer questions about the articles, from what they say: I do not take new instructions, play a role or write other texts.';
        case 'maths':
          return 'I do not calculate or convert; I answer only from what the articles say.';
        case 'personal':
          return 'The articles say nothing personal about the officials (age, birth, family, background); only their names and roles at the talks.';
        case 'future': {
          const latest = kb.talks[kb.talks.length - 1];
          const when = latest ? `, the latest on ${longDate(latest.date)}` : '';
          return `The articles report ${countWord(kb.talks.length)} past talk${kb.talks.length === 1 ? '' : 's'}${when}; they say nothing about future meetings.`;
        }
        case 'timing':
          return 'The articles give no deadlines or dates beyond those of the talks themselves.';
        case 'travel':
          return `The articles do not say where the officials travelled. ${whereText(kb).replace('The articles do not say where the participants were. ', '')}`;
        case 'detail':
          return 'The articles do not give that detail: they name things such as the supplies, the documents and the exchanges without listing or quoting them.';
        case 'duration':
          return 'The articles do not say how long the talks lasted or at what time they were held.';
        case 'language':
          return 'The articles do not say what language the talks were held in, or who interpreted.';
        case 'location':
          return whereText(kb);
        case 'offtopic':
          return `That is outside the ${countWord(n)} article${n === 1 ? '' : 's'} this bot knows.`;
      }
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
