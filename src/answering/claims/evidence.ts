// The article sentences facts rest on, each read once for what a claim can be compared with: its
// mentions (numbers, amounts, periods, places, polarity…), the facts it holds (statements and their
// speakers, agreements and their periods, figures and their amounts, participants and their roles), and
// whether it states the talk's date, format or participants. Built per talk, on first use.
import type { Agreement, Figure, Organisation, Participant, Person, Statement, Talk, Topic } from '../../facts/types.js';
import { cite } from '../citations.js';
import { articleSentences } from '../sentences.js';
import type { FactIndex, IndexedFact } from '../fact-index.js';
import type { Citation } from '../types.js';
import type { ClaimIndex, Status } from './claim-index.js';
import { readMentions, type Mentions } from './mentions.js';
import { americanSpelling, claimTokens } from './tokens.js';

export interface Amount {
  readonly value: number;
  readonly unit: string | null;
}

export interface EvidenceSentence {
  readonly talk: Talk;
  readonly citation: Citation;
  readonly mentions: Mentions;
  /** Lemmas of the sentence and of our wording of the facts it holds, and their stems. */
  readonly lemmas: ReadonlySet<string>;
  readonly stems: ReadonlySet<string>;
  /**
   * Lemmas of the posts and bodies of the people it speaks of (its speakers, the participants it names): a claim
   * may name them so ("Vietnam's external relations chief offered condolences…").
   */
  readonly posts: ReadonlySet<string>;
  readonly topics: ReadonlySet<Topic>;
  /** Who says what the sentence reports (empty when it reports no statement). */
  readonly speakers: ReadonlySet<Person>;
  readonly statements: readonly Statement[];
  readonly agreements: readonly Agreement[];
  readonly figures: readonly Figure[];
  readonly participants: readonly Participant[];
  /** It states when the talk was, or how it was held. */
  readonly when: boolean;
  readonly format: boolean;
  /** Done (signed, presented), only hoped for or proposed, or neither. */
  readonly status: Exclude<Status, 'notDone'> | null;
  /** Places it names (in names too: "Communist Party of China"), and the countries of the talk's sides. */
  readonly places: ReadonlySet<string>;
  readonly organisations: ReadonlySet<Organisation>;
  readonly amounts: readonly Amount[];
  readonly periods: readonly { readonly from: number; readonly to: number }[];
}

export interface TalkEvidence {
  readonly talk: Talk;
  readonly sentences: readonly EvidenceSentence[];
  readonly when: EvidenceSentence;
  readonly format: EvidenceSentence;
  readonly participants: ReadonlyMap<Person, EvidenceSentence>;
  /** The sentences of the documents signed, in the article's order. */
  readonly signed: readonly EvidenceSentence[];
  /** Other sentences of the article that say how the talk was held ("… sign a cooperation plan … via videoconference"). */
  readonly formats: readonly EvidenceSentence[];
  /** The sentence a citation quotes. */
  readonly sentence: (quote: string) => EvidenceSentence | undefined;
}

interface Draft {
  readonly citation: Citation;
  readonly facts: IndexedFact[];
  when: boolean;
  format: boolean;
  summary: boolean;
}

export function buildTalkEvidence(index: ClaimIndex, facts: FactIndex, talk: Talk): TalkEvidence {
  const drafts = new Map<string, Draft>();
  const draftOf = (citation: Citation) => {
    let d = drafts.get(citation.quote);
    if (!d) {
      d = { citation, facts: [], when: false, format: false, summary: false };
      drafts.set(citation.quote, d);
    }
    return d;
  };
  for (const f of facts.byTalk.get(talk) ?? []) draftOf(cite(talk, f.evidence)).facts.push(f);
  draftOf(cite(talk, talk.when)).when = true;
  draftOf(cite(talk, talk.format)).format = true;
  draftOf(cite(talk, talk.summary)).summary = true;
  const parties = talk.participants.map((p) => p.party.id);
  const organisations = [...new Set(talk.participants.flatMap((p) => [p.party, p.organisation]))];

  const read = (d: Draft): EvidenceSentence => {
    const text = d.citation.quote;
    const tokens = claimTokens(text);
    const mentions = readMentions(index, text, tokens);
    const items = <K extends IndexedFact['fact']['kind']>(kind: K) =>
      d.facts.flatMap((f) => (f.fact.kind === kind ? [f.fact.item as Extract<IndexedFact['fact'], { kind: K }>['item']] : []));
    const statements = items('statement');
    const agreements = items('agreement');
    const figures = items('figure');
    const participants = items('participant');
    const lemmas = new Set<string>();
    for (const t of tokens) if (t.value === undefined) lemmas.add(index.lemma(t.word));
    for (const f of d.facts) for (const l of f.lemmas.keys()) lemmas.add(l);
    // British spellings also as American ones, which a claim's words are looked for in too.
    for (const l of [...lemmas]) lemmas.add(americanSpelling(l));
    const stems = new Set([...lemmas, ...tokens.map((t) => t.word)].map((x) => index.stem(x)));
    const speakers = new Set(statements.flatMap((st) => st.speakers));
    const of = talk.participants.filter((p) => speakers.has(p.person) || participants.some((x) => x.person === p.person));
    const posts = new Set(
      of
        .flatMap((p) => [p.role, p.organisation.name, p.organisation.acronym ?? '', ...p.organisation.aliases])
        .join(' ')
        .toLowerCase()
        .split(/[^\p{L}\d]+/u)
        .filter((w) => w && !index.functionWords.has(w))
        .map((w) => index.lemma(w)),
    );
    const done = agreements.some((a) => a.kind === 'signed') || figures.length > 0 || mentions.status.some((s) => s.status === 'done');
    const hoped = mentions.status.some((s) => s.status === 'hoped');
    const named = new Set<Organisation>();
    for (const n of mentions.names) if (n.named.kind === 'organisation') named.add(n.named.organisation);
    const places = new Set<string>([...parties, ...index.places.all(tokens).map((h) => h.value.id)]);
    const amounts: Amount[] = figures.length > 0 ? figures.flatMap((f) => f.amounts) : mentions.amounts.map((a) => ({ value: a.value, unit: a.unit }));
    const periods = [...agreements.flatMap((a) => (a.period ? [a.period] : [])), ...mentions.periods];
    return {
      talk,
      citation: d.citation,
      mentions,
      lemmas,
      stems,
      topics: new Set(d.facts.flatMap((f) => [...f.topics])),
      posts,
      speakers,
      statements,
      agreements,
      figures,
      participants,
      when: d.when,
      format: d.format,
      status: done ? 'done' : hoped ? 'hoped' : null,
      places,
      organisations: new Set([...named, ...(d.when || d.format || d.summary || participants.length > 0 ? organisations : [])]),
      amounts,
      periods,
    };
  };
  const sentences = [...drafts.values()].map(read);
  const byQuote = new Map(sentences.map((s) => [s.citation.quote, s]));
  const of = (citation: Citation): EvidenceSentence => {
    const s = byQuote.get(citation.quote);
    if (!s) throw new Error(`no sentence for ${citation.quote}`);
    return s;
  };
  return {
    talk,
    sentences,
    when: of(cite(talk, talk.when)),
    format: of(cite(talk, talk.format)),
    participants: new Map(talk.participants.map((p) => [p.person, of(cite(talk, p))])),
    signed: talk.agreements.filter((a) => a.kind === 'signed').map((a) => of(cite(talk, a))),
    formats: articleSentences(talk.article)
      .filter((s) => !byQuote.has(s.text))
      .map((s) => read({ citation: { talk: talk.id, date: talk.date, source: talk.article.outlet, quote: s.text, sentence: s.id }, facts: [], when: false, format: false, summary: false }))
      .filter((s) => s.mentions.formats.some((f) => f.format.kind === 'talks' && f.format.talks.includes(talk))),
    sentence: (quote) => byQuote.get(quote),
  };
}
