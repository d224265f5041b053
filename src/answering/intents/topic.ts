import type { KnowledgeBase, Organisation, Person, Statement, Talk } from '../../facts/types.js';
import { normalize } from '../../matching/normalize.js';
import { cite } from '../citations.js';
import { answered, has, notAnswered } from '../result.js';
import type { Answer, Citation, Query } from '../types.js';
import { listing, longDate, names, talkLabel } from '../wording.js';

/** Most statements one answer lists, so a "what did Song Tao say?" answer stays readable. */
export const MAX_STATEMENTS = 8;

const CAUSAL = /\b(due to|because|caused by|as a result|owing to|in order to|to support)\b/i;

/** Verbs that pick out one kind of statement ("did Song Tao thank Vietnam?"), with the stems the articles use. */
const VERB_STEMS: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['thank', 'thanked', 'thanks'], ['thank']],
  [['congratulate', 'congratulated', 'congratulations'], ['congratulat']],
  [['urge', 'urged'], ['urge']],
  [['announce', 'announced'], ['announc']],
  [['suggest', 'suggested'], ['suggest']],
  [['hope', 'hoped'], ['hope']],
  [['sympathy', 'sympathies', 'condolences'], ['sympath']],
  [['praise', 'praised'], ['spoke highly', 'prais']],
  [['emphasise', 'emphasised', 'emphasize', 'emphasized', 'stress', 'stressed'], ['emphasi']],
];

const normalizedQuotes = new WeakMap<Statement, string>();
const lowerQuotes = new WeakMap<Statement, string>();
function lowerQuote(s: Statement): string {
  let q = lowerQuotes.get(s);
  if (q === undefined) {
    q = s.quote.toLowerCase();
    lowerQuotes.set(s, q);
  }
  return q;
}
function quoteWords(s: Statement): string {
  let n = normalizedQuotes.get(s);
  if (n === undefined) {
    n = ` ${normalize(s.quote)} `;
    normalizedQuotes.set(s, n);
  }
  return n;
}

interface KbFacts {
  readonly all: readonly Statement[];
  /** The talks' own parties and organisations (not "named" organisations like ASEAN). */
  readonly own: ReadonlySet<Organisation>;
}
const kbFacts = new WeakMap<KnowledgeBase, KbFacts>();
function factsOf(kb: KnowledgeBase): KbFacts {
  let facts = kbFacts.get(kb);
  if (!facts) {
    facts = {
      all: kb.talks.flatMap((t) => t.statements),
      own: new Set<Organisation>(kb.talks.flatMap((t) => t.participants.flatMap((p) => [p.party, p.organisation]))),
    };
    kbFacts.set(kb, facts);
  }
  return facts;
}

/** Builds the test a statement must pass, from the query and the whole knowledge base. */
function statementFilter(kb: KnowledgeBase, query: Query, speakers: readonly Person[]): (s: Statement) => boolean {
  const { all, own } = factsOf(kb);
  // A topic named by a long phrase the articles use ("first centenary goal") means those statements, not the
  // whole topic; short names ("East Sea") stand for the whole topic.
  const precise = query.topicPhrases.filter(
    (h) => h.phrase.split(' ').length >= 3 && all.some((s) => quoteWords(s).includes(` ${h.phrase} `) && s.topics.includes(h.topic)),
  );
  const loose = query.topics.filter((t) => !precise.some((h) => h.topic === t));
  // Organisations other than the talks' own parties (ASEAN, the DOC) must be named in the statement.
  const named = query.organisations.filter((o) => !own.has(o));
  const verbs = VERB_STEMS.filter(([cues]) => cues.some((c) => has(query, c))).flatMap(([, stems]) => stems);
  const verbUsed = verbs.length > 0 && all.some((s) => verbs.some((v) => lowerQuote(s).includes(v)));
  // Rare words of the question that statements by these speakers use ("obstacles") pick those statements.
  const usesContent = (s: Statement) => query.contentWords.some((w) => quoteWords(s).includes(` ${w} `));
  const bySpeakers = (s: Statement) => speakers.length === 0 || speakers.some((p) => s.speakers.includes(p));
  const contentMatters = all.some((s) => usesContent(s) && bySpeakers(s));
  // "Why ...?" keeps only statements that give a cause.
  const asksWhy = /^(why|how come|for what reason|what (was|is) the reason)\b/.test(query.text);

  return (s) => {
    const topicFits =
      precise.some((h) => quoteWords(s).includes(` ${h.phrase} `) && s.topics.includes(h.topic)) || loose.some((t) => s.topics.includes(t));
    // With a topic, its statements and those using the question's rare words; without one, the rare words decide.
    const onTopic = query.topics.length > 0 ? topicFits || (contentMatters && usesContent(s)) : !contentMatters || usesContent(s);
    const bySpeaker = bySpeakers(s);
    if (asksWhy && !CAUSAL.test(s.quote)) return false;
    const namesOrgs = named.every((o) => [o.acronym, o.name, ...o.aliases].some((n) => n && s.quote.includes(n)));
    const verbFits = !verbUsed || verbs.some((v) => lowerQuote(s).includes(v));
    return onTopic && bySpeaker && namesOrgs && verbFits;
  };
}

/** People named in the question who spoke at the talks; others (e.g. a name used only to pick a talk) do not filter. */
function speakersAsked(query: Query, talks: readonly Talk[]): Person[] {
  return query.people.filter((p) => talks.some((t) => t.statements.some((s) => s.speakers.includes(p))));
}

/** What was said about the topics asked, by whom, at each talk in scope (statements and signed documents). */
export function answerTopic(kb: KnowledgeBase, query: Query): Answer {
  const talks = query.talks ?? kb.talks;
  const speakers = speakersAsked(query, talks);
  const fits = statementFilter(kb, query, speakers);
  const lines: string[] = [];
  const citations: Citation[] = [];
  let count = 0;
  for (const talk of talks) {
    const said = talk.statements.filter(fits).slice(0, Math.max(0, MAX_STATEMENTS - count));
    const signed =
      query.topics.length > 0 && speakers.length === 0
        ? talk.agreements.filter((a) => a.kind === 'signed' && a.topics.some((t) => query.topics.includes(t)))
        : [];
    if (said.length === 0 && signed.length === 0) continue;
    count += said.length;
    const parts = [...said.map((s) => s.text), ...signed.map((a) => `${names(a.parties)} signed ${a.text}.`)];
    lines.push(`${longDate(talk.date)}, ${talk.format.label}:\n${parts.map((p) => `• ${p}`).join('\n')}`);
    citations.push(...said.map((s) => cite(talk, s)), ...signed.map((a) => cite(talk, a)));
  }
  if (lines.length > 0) return answered('topic', lines.join('\n'), citations);
  return notAnswered('topic', nothingSaid(kb, query, talks, speakers, fits));
}

function nothingSaid(kb: KnowledgeBase, query: Query, talks: readonly Talk[], speakers: readonly Person[], fits: (s: Statement) => boolean): string {
  const subject = [...query.topics.map((t) => t.label), ...query.organisations.map((o) => o.acronym ?? o.name)];
  const about = subject.length > 0 ? ` about ${listing(subject)}` : '';
  const who = speakers.length > 0 ? names(speakers) : 'either side';
  const where = talks.length === 1 && talks[0] ? `The report of ${talkLabel(talks[0])}` : 'The articles';
  const verb = where === 'The articles' ? 'do' : 'does';
  // Point to where the subject did come up, so the user can ask about that instead.
  const anyone = statementFilter(kb, query, []);
  const elsewhere = kb.talks.flatMap((t) => t.statements.filter((s) => anyone(s) && !(talks.includes(t) && fits(s))).map((s) => ({ t, s })));
  const hint =
    subject.length > 0 && elsewhere.length > 0
      ? ` It came up on ${listing([...new Set(elsewhere.map(({ t }) => longDate(t.date)))])} (raised by ${listing([...new Set(elsewhere.flatMap(({ s }) => s.speakers.map((p) => p.name)))])}).`
      : '';
  if (/^(why|how come|for what reason|what (was|is) the reason)\b/.test(query.text)) {
    return `The articles do not say why${about ? `, beyond what was said${about}` : ''}.`;
  }
  return `${where} ${verb} not report ${who} saying anything${about}.${hint}`;
}
