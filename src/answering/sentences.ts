// Every sentence of every article body, verbatim, with a stable id ("vna-2022-04-19:7": the article's id and
// the sentence's place in it, counted from 1), and a typo-tolerant search over them for /cite's autocomplete.
// This is the one place article bodies are cut into sentences and sentences get ids: a citation quotes the
// sentence articleSentences() holds (citations.ts), so every quoted sentence of an answer is one of these and
// is named by its id. Built once per article, and the index once per knowledge base.
import type { Article, KnowledgeBase, Talk } from '../facts/types.js';
import { editDistance } from '../matching/edit-distance.js';
import { normalize } from '../matching/normalize.js';
import { byDate } from '../facts/talk-order.js';

/** One sentence of an article body, with its id. */
export interface Sentence {
  /** `<articleId>:<n>`, n counted from 1 within the article: the same for the same article body. */
  readonly id: string;
  /** 1-based place in the article. */
  readonly n: number;
  /** The sentence as the article prints it (VNA's closing "./." read as "."). */
  readonly text: string;
  /** Where it starts in the body, and where it ends (exclusive, before a closing "/."). */
  readonly start: number;
  readonly end: number;
}

/** A sentence of the index: one of articleSentences(), with its article and the talk the article reports. */
export interface ArticleSentence {
  /** As Sentence.id. */
  readonly id: string;
  readonly article: Article;
  /** The talk the article reports. */
  readonly talk: Talk;
  /** 1-based place in the article. */
  readonly n: number;
  /** The sentence as the article prints it (VNA's closing "./." read as "."). */
  readonly text: string;
}

export interface SentenceMatch {
  readonly sentence: ArticleSentence;
  readonly score: number;
  /** Where in `text` the first matched word starts (for showing the part that matched). */
  readonly at: number;
}

export interface SentenceSearchOptions {
  /** Only sentences of this talk's article. */
  readonly talk?: Talk | null;
  readonly limit?: number;
}

export interface SentenceIndex {
  readonly all: readonly ArticleSentence[];
  readonly byId: (id: string) => ArticleSentence | undefined;
  /** The sentence of `article` a quote is cited by, as sentenceOf() finds it. */
  readonly find: (article: Article, quote: string) => ArticleSentence | undefined;
  /** Articles in id order: a sentence's short reference is its article's place here and its number. */
  readonly articles: readonly Article[];
  /** Sentences matching what was typed, best first (the last word may be unfinished; typos tolerated). */
  readonly search: (typed: string, options?: SentenceSearchOptions) => SentenceMatch[];
}

/** Longest text searched; autocomplete values are short, and every search costs the same beyond this. */
const MAX_TYPED = 200;
const MAX_QUERY_WORDS = 12;
/** Words too common to say which sentence is meant; they count only inside a phrase. */
const STOP = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'its', 'it', 'that', 'this', 'their', 'they']);

interface Token {
  readonly word: string;
  /** Offset in the sentence text. */
  readonly at: number;
}

interface Entry {
  readonly sentence: ArticleSentence;
  readonly tokens: readonly Token[];
  readonly words: ReadonlySet<string>;
}

interface Piece {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The body cut at ". ", at "./." and at line breaks, trimmed, without pieces that hold no word; with offsets. */
function cut(body: string): Piece[] {
  const out: Piece[] = [];
  const push = (from: number, to: number) => {
    const raw = body.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (/[\p{L}\p{N}]/u.test(text)) out.push({ text, start: from + lead, end: from + lead + text.length });
  };
  let offset = 0;
  for (const line of body.split('\n')) {
    let start = 0;
    for (let i = line.indexOf('.'); i >= 0; i = line.indexOf('.', i + 1)) {
      const next = line[i + 1];
      if (next === ' ' || line.startsWith('/.', i + 1) || i === line.length - 1) {
        push(offset + start, offset + i + 1);
        start = line.startsWith('/.', i + 1) ? i + 3 : i + 1;
      }
    }
    push(offset + start, offset + line.length);
    offset += line.length + 1;
  }
  return out;
}

/** The article's sentences: cut at ". ", at "./." and at line breaks, trimmed, without pieces that hold no word. */
export function splitSentences(body: string): string[] {
  return cut(body).map((p) => p.text);
}

const byArticle = new WeakMap<Article, readonly Sentence[]>();

/** The article's sentences with their ids: the only place ids are given. */
export function articleSentences(article: Article): readonly Sentence[] {
  let list = byArticle.get(article);
  if (!list) {
    list = cut(article.body).map((p, i) => ({ id: `${article.id}:${i + 1}`, n: i + 1, ...p }));
    byArticle.set(article, list);
  }
  return list;
}

// Per article, quote → sentence. Keyed by the quote itself: the data's strings are reused, so no key is built.
const quoted = new WeakMap<Article, Map<string, Sentence | null>>();

/**
 * The sentence of `article` a quote (a verbatim span of its body) is cited by: the one equal to it, else the
 * one containing it, else the one it starts in (a quote running over a full stop). Undefined for a quote the
 * body lacks.
 */
export function sentenceOf(article: Article, quote: string): Sentence | undefined {
  let cache = quoted.get(article);
  if (!cache) {
    cache = new Map();
    quoted.set(article, cache);
  }
  const cached = cache.get(quote);
  if (cached !== undefined) return cached ?? undefined;
  const list = articleSentences(article);
  let found = list.find((s) => s.text === quote) ?? list.find((s) => s.text.includes(quote));
  if (!found) {
    const at = article.body.indexOf(quote);
    if (at >= 0) found = list.find((s) => at < s.end) ?? list.at(-1);
  }
  cache.set(quote, found ?? null);
  return found;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The sentence's words as normalize() writes them, each with where it starts in the text. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    for (const word of normalize(m[0]).split(' ')) if (word) tokens.push({ word, at: m.index });
  }
  return tokens;
}

/** How many typing mistakes a word of this length may carry and still be read as that word. */
const typosAllowed = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

const indexes = new WeakMap<KnowledgeBase, SentenceIndex>();

export function sentenceIndex(kb: KnowledgeBase): SentenceIndex {
  let index = indexes.get(kb);
  if (!index) {
    index = buildSentenceIndex(kb);
    indexes.set(kb, index);
  }
  return index;
}

function buildSentenceIndex(kb: KnowledgeBase): SentenceIndex {
  const talkOf = new Map<Article, Talk>();
  for (const t of kb.talks) if (!talkOf.has(t.article)) talkOf.set(t.article, t);
  const articles = [...kb.articles.values()].filter((a) => talkOf.has(a)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const all: ArticleSentence[] = [];
  const entries: Entry[] = [];
  const sentencesOf = new Map<Article, ArticleSentence[]>();
  const postings = new Map<string, Entry[]>();
  for (const article of articles) {
    const talk = talkOf.get(article);
    if (!talk) continue;
    const list: ArticleSentence[] = [];
    for (const { id, n, text } of articleSentences(article)) {
      const sentence: ArticleSentence = { id, article, talk, n, text };
      list.push(sentence);
      all.push(sentence);
      const tokens = tokenize(text);
      const entry: Entry = { sentence, tokens, words: new Set(tokens.map((t) => t.word)) };
      entries.push(entry);
      for (const word of entry.words) {
        const posting = postings.get(word);
        if (posting) posting.push(entry);
        else postings.set(word, [entry]);
      }
    }
    sentencesOf.set(article, list);
  }
  const byId = new Map(all.map((s) => [s.id, s]));
  const vocabulary = [...postings.keys()].sort();
  const idf = (word: string) => Math.log(1 + entries.length / (postings.get(word)?.length ?? entries.length));

  /** Vocabulary words `typed` may stand for, each with how well (1 exact, less for a prefix or a typo). */
  const readings = (typed: string, unfinished: boolean): Map<string, number> => {
    const out = new Map<string, number>();
    if (postings.has(typed)) out.set(typed, 1);
    const typos = typosAllowed(typed.length);
    for (const word of vocabulary) {
      if (word === typed) continue;
      if (unfinished && typed.length >= 2 && word.startsWith(typed)) {
        out.set(word, 0.9);
        continue;
      }
      if (typos === 0) continue;
      // An unfinished word is compared with the same length of the vocabulary word ("cooperatoin" ~ "cooperation").
      const against = unfinished && word.length > typed.length ? word.slice(0, typed.length) : word;
      if (Math.abs(against.length - typed.length) > typos) continue;
      const d = editDistance(typed, against, typos);
      if (d <= typos) out.set(word, Math.max(out.get(word) ?? 0, d === 1 ? 0.7 : 0.5));
    }
    return out;
  };

  const search = (typed: string, options: SentenceSearchOptions = {}): SentenceMatch[] => {
    const limit = options.limit ?? 25;
    const inScope = (e: Entry) => !options.talk || e.sentence.talk === options.talk;
    const text = (typeof typed === 'string' ? typed : '').slice(0, MAX_TYPED);
    const query = normalize(text).split(' ').filter(Boolean).slice(0, MAX_QUERY_WORDS);
    if (query.length === 0) {
      // Nothing typed yet: the newest article's sentences first, in their order.
      return [...entries]
        .filter(inScope)
        .sort((a, b) => byDate(b.sentence.talk, a.sentence.talk) || a.sentence.n - b.sentence.n)
        .slice(0, limit)
        .map((e) => ({ sentence: e.sentence, score: 0, at: 0 }));
    }
    const endsInSpace = /\s$/.test(text);
    const terms = query.map((word, i) => ({ word, meanings: readings(word, i === query.length - 1 && !endsInSpace), stop: STOP.has(word) }));
    const content = terms.filter((t) => !t.stop);
    const weighed = content.length > 0 ? content : terms;
    const total = weighed.reduce((sum, t) => sum + Math.max(1, ...[...t.meanings.keys()].map(idf)), 0);
    const candidates = new Set<Entry>();
    for (const t of weighed) for (const word of t.meanings.keys()) for (const e of postings.get(word) ?? []) candidates.add(e);

    const out: SentenceMatch[] = [];
    for (const e of candidates) {
      if (!inScope(e)) continue;
      let score = 0;
      let matched = 0;
      let at = Infinity;
      for (const t of weighed) {
        let best = 0;
        let bestWord = '';
        for (const [word, quality] of t.meanings) {
          if (quality > best && e.words.has(word)) {
            best = quality;
            bestWord = word;
          }
        }
        if (best === 0) continue;
        matched++;
        score += best * idf(bestWord);
        const first = e.tokens.find((tok) => tok.word === bestWord);
        if (first) at = Math.min(at, first.at);
      }
      // Most of what was typed must be there: one missing word of several is a word still being typed wrong.
      if (matched === 0 || matched < Math.ceil(weighed.length * 0.6)) continue;
      const phrase = phraseAt(e.tokens, terms);
      if (phrase >= 0) {
        score += total;
        at = e.tokens[phrase]?.at ?? at;
      }
      out.push({ sentence: e.sentence, score: score / total, at: Number.isFinite(at) ? at : 0 });
    }
    return out
      .sort((a, b) => b.score - a.score || byDate(b.sentence.talk, a.sentence.talk) || a.sentence.n - b.sentence.n)
      .slice(0, limit);
  };

  const find = (article: Article, quote: string): ArticleSentence | undefined => {
    const s = sentenceOf(article, quote);
    return s ? byId.get(s.id) : undefined;
  };

  return { all, byId: (id) => byId.get(id), find, articles, search };
}

/** Where the typed words occur in a row (each exactly or as it is read, the last possibly unfinished), or -1. */
function phraseAt(tokens: readonly Token[], terms: readonly { word: string; meanings: ReadonlyMap<string, number> }[]): number {
  if (terms.length < 2) return -1;
  for (let i = 0; i + terms.length <= tokens.length; i++) {
    if (terms.every((t, j) => t.meanings.has(tokens[i + j]?.word ?? ''))) return i;
  }
  return -1;
}
