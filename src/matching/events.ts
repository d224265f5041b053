// Another event than the talks: a congress, plenum, summit or election a question names (the nouns are
// data/lexicon/en.json `claims.otherEvents`). The articles report talks and mention events of their own ("the
// CPV's 13th National Congress"); a gathering whose number or holder differs from every one they mention ("the
// CPC's 20th National Congress", "the 14th party congress"), or one they never mention at all ("the plenum"), is
// an event they do not report, however the question's date or year would fit a talk.
import type { KnowledgeBase, Organisation } from '../facts/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { FUNCTION_WORDS, TIME_UNITS } from './cues.js';
import { normalizeData } from './normalize.js';
import type { PhraseIndex } from './vocabulary.js';

/** An event as named: its noun's lemma, its number ("13th") and the bodies or countries holding it ("CPV's"). */
export interface EventName {
  readonly noun: string;
  readonly ordinal: number | null;
  readonly holders: readonly Organisation[];
}

/** What the events of a question are compared with, built once from the knowledge base. */
export interface EventIndex {
  /** Lemmas of the nouns of events other than the talks. */
  readonly nouns: ReadonlySet<string>;
  /** Of those, the ones a question may call the talks by ("the April summit"; `claims.looseEvents`). */
  readonly loose: ReadonlySet<string>;
  /** The events the facts' texts and quotes name. */
  readonly mentioned: readonly EventName[];
  /** Bodies the talks are held between: a loose noun they hold ("the CPV-CPC summit") is the talks. */
  readonly parties: ReadonlySet<Organisation>;
}

/** An event a question names that the articles do not report, where it stands and as typed. */
export interface OtherEvent {
  readonly at: number;
  readonly end: number;
  readonly text: string;
  /** Why it is another: its holder or noun is none the articles mention ('unknown'), or only its number differs. */
  readonly differs: 'unknown' | 'ordinal';
}

interface Word {
  readonly text: string;
  readonly lemma: string;
}

interface Names {
  readonly organisations: PhraseIndex<Organisation>;
  readonly sides: PhraseIndex<Organisation>;
}

/** Words of a name's modifiers at most this far before its noun ("the CPC's 20th National Congress"). */
const MAX_MODIFIERS = 4;

function ordinalOf(word: string, lexicon: Lexicon): number | null {
  const digits = /^(\d+)(?:st|nd|rd|th)$/u.exec(word);
  if (digits) return Number(digits[1]);
  return Object.hasOwn(lexicon.claims.ordinals, word) ? (lexicon.claims.ordinals[word] ?? null) : null;
}

/** The body or country a phrase of the names' indexes gives at a word, and how many words it takes. */
function holderAt(words: readonly Word[], at: number, names: Names): { readonly holder: Organisation; readonly length: number } | null {
  let best: { holder: Organisation; length: number } | null = null;
  for (const index of [names.organisations, names.sides]) {
    const first = words[at];
    for (const phrase of [...(index.get(first?.text ?? '') ?? []), ...(index.get(first?.lemma ?? '') ?? [])]) {
      const fits = phrase.words.every((w, k) => words[at + k]?.text === w || words[at + k]?.lemma === phrase.lemmas[k]);
      if (fits && phrase.words.length > (best?.length ?? 0)) best = { holder: phrase.target, length: phrase.words.length };
    }
  }
  return best;
}

/**
 * The name around an event noun: modifiers before it up to a function word ("the", "its", "since") or a unit of
 * time, and "of (the) <body>" after it. Returns where the name starts and ends, its number and its holders.
 */
function nameAround(words: readonly Word[], at: number, noun: string, lexicon: Lexicon, names: Names): EventName & { readonly from: number; readonly to: number } {
  let from = at;
  let ordinal: number | null = null;
  const holders: Organisation[] = [];
  for (let i = at - 1; i >= Math.max(0, at - MAX_MODIFIERS); i--) {
    const w = words[i];
    // A unit of time is what is asked of the event ("what year … congress", as Chinese "哪一年" reads), not its name.
    if (!w || FUNCTION_WORDS.has(w.text) || TIME_UNITS.has(w.text)) break;
    // A body's name of several words ending here ("Communist Party of China") is one modifier.
    let taken = false;
    for (let start = Math.max(0, i - 4); start <= i && !taken; start++) {
      const h = holderAt(words, start, names);
      if (h && start + h.length === i + 1) {
        holders.push(h.holder);
        i = start;
        taken = true;
      }
    }
    if (!taken) ordinal = ordinalOf(w.text, lexicon) ?? ordinal;
    from = i;
  }
  let to = at + 1;
  if (words[to]?.text === 'of') {
    const start = words[to + 1]?.text === 'the' ? to + 2 : to + 1;
    const h = holderAt(words, start, names);
    if (h) {
      holders.push(h.holder);
      to = start + h.length;
    }
  }
  return { from, to, noun, ordinal, holders };
}

export function buildEventIndex(kb: KnowledgeBase, lexicon: Lexicon, names: Names): EventIndex {
  const loose = new Set(lexicon.claims.looseEvents.map((w) => lexicon.lemma(w)));
  const nouns = new Set(lexicon.claims.otherEvents.map((w) => lexicon.lemma(w)));
  const mentioned: EventName[] = [];
  // The reports as written, and the facts' own wording of them ("the CPV's 13th National Congress").
  // Each distinct text once: a mention only counts as there or not, and many talks may share wording.
  const texts = new Set([...[...kb.articles.values()].map((a) => a.body), ...kb.talks.flatMap((t) => [...t.statements, ...t.agreements, ...t.figures].map((s) => s.text))]);
  for (const text of texts) {
    const words = normalizeData(text).split(' ').filter(Boolean).map((w) => ({ text: w, lemma: lexicon.lemma(w) }));
    words.forEach((w, i) => {
      if (nouns.has(w.lemma)) mentioned.push(nameAround(words, i, w.lemma, lexicon, names));
    });
  }
  const parties = new Set([...kb.organisations.values()].filter((o) => o.sides.length > 0));
  return { nouns, loose, mentioned, parties };
}

/** Whether a mention is the event named: the same noun, and the number and a holder where the question gives them. */
function same(asked: EventName, mention: EventName): boolean {
  return mention.noun === asked.noun
    && (asked.ordinal === null || mention.ordinal === null || asked.ordinal === mention.ordinal)
    && (asked.holders.length === 0 || mention.holders.length === 0 || asked.holders.some((h) => mention.holders.includes(h)));
}

/**
 * The first event from `from` on that the articles do not report: a noun they never use for an event, or a name
 * whose number or holder no mention of theirs has. A loose noun ("summit", "visit") counts only when held by a body
 * other than the talks' parties ("the ASEAN summit"): otherwise it may be the asker's word for the talks.
 */
export function findOtherEvent(tokens: readonly { readonly text: string; readonly lemma: string; readonly cased: string }[], from: number, index: EventIndex, lexicon: Lexicon, names: Names): OtherEvent | null {
  for (let at = from; at < tokens.length; at++) {
    const noun = tokens[at]?.lemma ?? '';
    if (!index.nouns.has(noun)) continue;
    const name = nameAround(tokens, at, noun, lexicon, names);
    const mentions = index.mentioned.filter((m) => m.noun === noun);
    let differs: OtherEvent['differs'] | null = null;
    if (index.loose.has(noun)) {
      if (mentions.length === 0 && name.holders.length > 0 && name.holders.every((h) => !index.parties.has(h))) differs = 'unknown';
    } else if (mentions.length === 0 || !mentions.some((m) => same({ ...name, ordinal: null }, m))) {
      differs = 'unknown';
    } else if (!mentions.some((m) => same(name, m))) {
      differs = 'ordinal';
    }
    if (differs === null) continue;
    return { at: name.from, end: name.to, text: typed(tokens, name.from, name.to, names, lexicon), differs };
  }
  return null;
}

/** The name as typed; a holder before the number gets back the possessive the words lost ("CPC's 20th National Congress"). */
function typed(tokens: readonly { readonly text: string; readonly lemma: string; readonly cased: string }[], from: number, to: number, names: Names, lexicon: Lexicon): string {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const h = holderAt(tokens, i, names);
    if (h && i + h.length < to && ordinalOf(tokens[i + h.length]?.text ?? '', lexicon) !== null) {
      out.push(...tokens.slice(i, i + h.length).map((t) => t.cased));
      out[out.length - 1] = `${out[out.length - 1] ?? ''}'s`;
      i += h.length - 1;
      continue;
    }
    out.push(tokens[i]?.cased ?? '');
  }
  return out.join(' ');
}
