// Builds the knowledge base from data/: schema first, then the checks a schema cannot make
// (verbatim quotes, unique ids, resolvable references, dates that match their article).
import { join, dirname } from 'node:path';
import { DATA_DIR } from '../paths.js';
import { LANGS } from '../languages.js';
import { DataError } from '../data-error.js';
import { loadTranslations, localize, localizeTerms, OTHER_LANGS, type Translations } from './translations.js';
import { listJson, readJson, readText } from '../read-files.js';
import { trackReads } from '../verified-data.js';
import { byDate } from './talk-order.js';
import { sha256 } from '../sha256.js';
import {
  articleFileSchema,
  organisationSchema,
  personSchema,
  talkFileSchema,
  topicSchema,
  type TalkFile,
} from './schema.js';
import type { Article, Evidence, KnowledgeBase, Organisation, Person, Talk, Topic } from './types.js';
import { z } from 'zod';

export const DEFAULT_DATA_DIR = DATA_DIR;

/** Registers ids of one kind and refuses a second use of the same id. */
class IdRegistry<T> {
  private readonly items = new Map<string, { value: T; file: string }>();
  constructor(private readonly kind: string) {}

  add(id: string, value: T, file: string): void {
    const seen = this.items.get(id);
    if (seen) throw new DataError(file, `${this.kind} "${id}"`, `duplicate id: already used in ${seen.file}`);
    this.items.set(id, { value, file });
  }

  fileOf(id: string): string | undefined {
    return this.items.get(id)?.file;
  }

  resolve(id: string, file: string, fact: string): T {
    const found = this.items.get(id);
    if (!found) throw new DataError(file, fact, `unknown ${this.kind} "${id}"`);
    return found.value;
  }

  map(): ReadonlyMap<string, T> {
    return new FrozenMap([...this.items].map(([key, { value }]) => [key, value]));
  }
}

/** A Map that refuses changes once built: Object.freeze alone does not stop Map.set. */
class FrozenMap<K, V> extends Map<K, V> {
  private readonly sealed: boolean;
  constructor(entries: Iterable<readonly [K, V]>) {
    super(entries);
    this.sealed = true;
  }
  override set(key: K, value: V): this {
    // The base constructor calls set() before `sealed` exists.
    if (this.sealed) throw new TypeError('the knowledge base is read-only');
    return super.set(key, value);
  }
  override delete(): boolean {
    throw new TypeError('the knowledge base is read-only');
  }
  override clear(): void {
    throw new TypeError('the knowledge base is read-only');
  }
}

/** Freezes the graph; a frozen object counts as visited (every object here is built by the loader, unfrozen). */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (value instanceof Map) for (const v of value.values()) deepFreeze(v);
  else for (const v of Object.values(value)) deepFreeze(v);
  return value;
}

function evidence(article: Article, quote: string, file: string, fact: string): Evidence {
  if (!article.body.includes(quote)) {
    throw new DataError(file, fact, `quote does not occur verbatim in article "${article.id}": "${quote}"`);
  }
  return { article, quote };
}

function loadArticles(root: string): IdRegistry<Article> {
  const articles = new IdRegistry<Article>('article');
  for (const path of listJson(root, 'articles')) {
    const { file, value: meta } = readJson(root, path, articleFileSchema);
    const body = readText(root, join(dirname(path), meta.bodyFile));
    if (body.trim().length === 0) throw new DataError(file, `article "${meta.id}"`, 'body text is empty');
    if (meta.received) {
      // Proves the stored body is the received file minus its first (metadata) line, byte for byte.
      const digest = sha256(`${meta.received.firstLine}\n${body}`);
      if (digest !== meta.received.sha256) {
        throw new DataError(file, `article "${meta.id}"`, `body differs from the received file ${meta.received.file}`);
      }
    }
    articles.add(
      meta.id,
      {
        id: meta.id,
        outlet: meta.outlet,
        outletName: meta.outletName,
        date: meta.date,
        headline: meta.headline,
        title: meta.headline ?? meta.descriptiveTitle ?? meta.id,
        titleIsDescriptive: meta.headline === null,
        caption: meta.caption,
        dateline: meta.dateline,
        body,
      },
      file,
    );
  }
  return articles;
}

function loadList<S extends z.ZodType>(root: string, folder: string, item: S): { file: string; value: z.infer<S> }[] {
  return listJson(root, folder).flatMap((path) => {
    const { file, value } = readJson(root, path, z.array(item));
    return (value as z.infer<S>[]).map((entry) => ({ file, value: entry }));
  });
}

interface Registries {
  articles: IdRegistry<Article>;
  people: IdRegistry<Person>;
  organisations: IdRegistry<Organisation>;
  topics: IdRegistry<Topic>;
}

function buildTalk(raw: TalkFile, file: string, reg: Registries, factIds: IdRegistry<true>, tr: Translations): Talk {
  const article = reg.articles.resolve(raw.article, file, `talk "${raw.id}"`);
  if (raw.date !== article.date) {
    throw new DataError(file, `talk "${raw.id}"`, `date ${raw.date} does not match article "${article.id}" dated ${article.date}`);
  }
  const ev = (quote: string, fact: string) => evidence(article, quote, file, fact);
  const person = (id: string, fact: string) => reg.people.resolve(id, file, fact);
  const org = (id: string, fact: string) => reg.organisations.resolve(id, file, fact);
  const topics = (ids: readonly string[], fact: string) => ids.map((id) => reg.topics.resolve(id, file, fact));
  const fact = (kind: string, id: string) => {
    factIds.add(id, true, file);
    return `${kind} "${id}"`;
  };

  // Who spoke or signed must have taken part, with the party the person belongs to.
  const present = new Set(raw.participants.map((p) => p.person));
  for (const p of raw.participants) {
    const who = person(p.person, `participant "${p.person}"`);
    if (who.party.id !== p.party) {
      throw new DataError(file, `participant "${p.person}"`, `party "${p.party}" differs from the person's party "${who.party.id}"`);
    }
  }
  const mustBePresent = (ids: readonly string[], fact: string) => {
    for (const id of ids) {
      person(id, fact); // an unknown person is reported as such first
      if (!present.has(id)) throw new DataError(file, fact, `"${id}" is not a participant of talk "${raw.id}"`);
    }
  };
  for (const s of raw.statements) mustBePresent(s.speakers, `statement "${s.id}"`);
  for (const a of raw.agreements) mustBePresent(a.parties, `agreement "${a.id}"`);
  for (const reason of raw.format.reasons ?? []) {
    if (!raw.statements.some((s) => s.id === reason)) throw new DataError(file, `talk "${raw.id}" format`, `reason "${reason}" is not a statement of this talk`);
  }

  const roles = Object.fromEntries(raw.participants.map((p) => [p.person, p.role]));
  const talk = tr.get('talks', raw.id, {
    name: raw.name,
    aliases: raw.aliases,
    format: raw.format.label,
    formatKeywords: raw.format.keywords,
    summary: raw.summary.text,
    roles,
  });
  for (const lang of OTHER_LANGS) {
    const missing = raw.participants.find((p) => !talk[lang].roles[p.person]);
    if (missing) throw new DataError(`data/i18n/${lang}`, `talk "${raw.id}"`, `has no wording of the role of participant "${missing.person}"`);
  }
  return {
    id: raw.id,
    article,
    date: raw.date,
    name: raw.name,
    aliases: raw.aliases,
    names: localize(talk, (t) => t.name),
    terms: localizeTerms(talk, (t) => [...t.aliases, ...t.formatKeywords]),
    when: ev(raw.when.quote, `talk "${raw.id}" when`),
    format: {
      ...raw.format,
      labels: localize(talk, (t) => t.format),
      means: Object.fromEntries(OTHER_LANGS.flatMap((l) => (talk[l].formatMeans === undefined ? [] : [[l, talk[l].formatMeans]]))),
      ...ev(raw.format.quote, `talk "${raw.id}" format`),
    },
    participants: raw.participants.map((p) => {
      const label = `participant "${p.person}"`;
      return {
        ...ev(p.quote, label),
        person: person(p.person, label),
        party: org(p.party, label),
        organisation: org(p.organisation, label),
        role: p.role,
        roles: localize(talk, (t) => t.roles[p.person] ?? ''),
      };
    }),
    summary: { text: raw.summary.text, texts: localize(talk, (t) => t.summary), ...ev(raw.summary.quote, `talk "${raw.id}" summary`) },
    statements: raw.statements.map((s) => {
      const label = fact('statement', s.id);
      return {
        ...ev(s.quote, label),
        id: s.id,
        speakers: s.speakers.map((id) => person(id, label)),
        text: s.text,
        texts: localize(tr.get('statements', s.id, s.text), (t) => t),
        topics: topics(s.topics, label),
      };
    }),
    agreements: raw.agreements.map((a) => {
      const label = fact('agreement', a.id);
      const words = tr.get('agreements', a.id, { text: a.text, keywords: a.keywords });
      return {
        ...ev(a.quote, label),
        id: a.id,
        kind: a.kind,
        text: a.text,
        texts: localize(words, (w) => w.text),
        terms: localizeTerms(words, (w) => w.keywords),
        period: a.period,
        parties: a.parties.map((id) => person(id, label)),
        topics: topics(a.topics, label),
        keywords: a.keywords,
      };
    }),
    figures: raw.figures.map((f) => {
      const label = fact('figure', f.id);
      return {
        ...ev(f.quote, label),
        id: f.id,
        text: f.text,
        amounts: f.amounts,
        from: org(f.from, label),
        topics: topics(f.topics, label),
        texts: localize(tr.get('figures', f.id, f.text), (t) => t),
      };
    }),
  };
}

/** Loads and checks every file under `root` (default: the project's data/); throws DataError on the first problem. */
export function loadKnowledgeBase(root: string = DEFAULT_DATA_DIR): KnowledgeBase {
  // Which files it was made from: start-up work the build did on the same files may be reused (src/verified-data.ts).
  return trackReads(() => loadAll(root));
}

function loadAll(root: string): KnowledgeBase {
  const articles = loadArticles(root);
  const articleOf = (id: string, file: string, fact: string) => articles.resolve(id, file, fact);

  const tr = loadTranslations(root);
  const topics = new IdRegistry<Topic>('topic');
  for (const { file, value } of loadList(root, 'topics', topicSchema)) {
    const words = tr.get('topics', value.id, { label: value.label, keywords: value.keywords, mentionedOnly: value.mentionedOnly, unnamedParts: value.unnamedParts, articleName: value.articleName });
    for (const lang of LANGS) {
      if ((words[lang].articleName === undefined) !== (value.articleName === undefined)) {
        throw new DataError(file, `topic "${value.id}"`, `articleName must be given in every language or none (missing or extra in ${lang})`);
      }
    }
    const { articleName: _articleName, ...rest } = value;
    topics.add(
      value.id,
      {
        ...rest,
        channelOfTalks: value.channelOfTalks ?? false,
        articleName: value.articleName
          ? { names: localize(words, (w) => w.articleName?.name ?? ''), others: localizeTerms(words, (w) => w.articleName?.otherNames ?? []) }
          : null,
        labels: localize(words, (w) => w.label),
        terms: localizeTerms(words, (w) => [w.label, ...w.keywords]),
        mentionedOnlyTerms: localizeTerms(words, (w) => w.mentionedOnly),
        unnamedParts: value.unnamedParts ?? [],
        unnamedPartTerms: localizeTerms(words, (w) => w.unnamedParts ?? []),
      },
      file,
    );
  }

  // Organisations first: people refer to their party.
  const organisations = new IdRegistry<Organisation>('organisation');
  for (const { file, value: o } of loadList(root, 'organisations', organisationSchema)) {
    const label = `organisation "${o.id}"`;
    const { article: _article, quote, ...rest } = o;
    const words = tr.get('organisations', o.id, { name: o.name, description: o.description, aliases: o.aliases, sides: o.sides });
    organisations.add(
      o.id,
      {
        ...rest,
        names: localize(words, (w) => w.name),
        descriptions: localize(words, (w) => w.description),
        terms: localizeTerms(words, (w) => [w.name, ...(o.acronym ? [o.acronym] : []), ...w.aliases]),
        sideTerms: localizeTerms(words, (w) => w.sides),
        ...evidence(articleOf(o.article, file, label), quote, file, label),
      },
      file,
    );
  }

  const people = new IdRegistry<Person>('person');
  for (const { file, value: p } of loadList(root, 'people', personSchema)) {
    const label = `person "${p.id}"`;
    const { article: _article, quote, party, ...rest } = p;
    const words = tr.get('people', p.id, { name: p.name, side: p.side, aliases: p.aliases });
    people.add(
      p.id,
      {
        ...rest,
        names: localize(words, (w) => w.name),
        sideNames: localize(words, (w) => w.side),
        terms: localizeTerms(words, (w) => [w.name, ...(p.nativeName ? [p.nativeName] : []), ...w.aliases]),
        party: organisations.resolve(party, file, label),
        ...evidence(articleOf(p.article, file, label), quote, file, label),
      },
      file,
    );
  }

  const reg: Registries = { articles, people, organisations, topics };
  const talkIds = new IdRegistry<true>('talk');
  const factIds = new IdRegistry<true>('fact');
  const talks: Talk[] = [];
  for (const path of listJson(root, 'talks')) {
    const { file, value } = readJson(root, path, talkFileSchema);
    talkIds.add(value.id, true, file);
    talks.push(buildTalk(value, file, reg, factIds, tr));
  }
  tr.checkAllUsed();
  // By date as localeCompare orders them (talk-order.ts), without starting ICU's collator on every start-up (~4 ms).
  talks.sort((a, b) => byDate(a, b) || a.id.localeCompare(b.id));

  const covered = new Set(talks.map((t) => t.article.id));
  for (const article of articles.map().values()) {
    if (!covered.has(article.id)) {
      throw new DataError(articles.fileOf(article.id) ?? article.id, `article "${article.id}"`, 'no talk in talks/ refers to this article');
    }
  }

  return deepFreeze({
    articles: articles.map(),
    talks,
    people: people.map(),
    organisations: organisations.map(),
    topics: topics.map(),
  });
}
