// The knowledge-base loader: the real data, a fixture with a third talk, and one test per kind of broken data.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/data-error.js';
import { DEFAULT_DATA_DIR, loadKnowledgeBase } from '../../src/facts/loader.js';
import type { Evidence, KnowledgeBase, Statement, Talk } from '../../src/facts/types.js';

/** Only the files a third article adds; laid over a copy of data/ to make a three-talk dataset. */
const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/third-talk', import.meta.url));

// ---------------------------------------------------------------- helpers

function talkOn(kb: KnowledgeBase, date: string): Talk {
  const talk = kb.talks.find((t) => t.date === date);
  if (!talk) throw new Error(`no talk on ${date}`);
  return talk;
}

function allEvidence(kb: KnowledgeBase): { label: string; ev: Evidence }[] {
  const out: { label: string; ev: Evidence }[] = [];
  for (const p of kb.people.values()) out.push({ label: `person ${p.id}`, ev: p });
  for (const o of kb.organisations.values()) out.push({ label: `organisation ${o.id}`, ev: o });
  for (const t of kb.talks) {
    out.push({ label: `${t.id} when`, ev: t.when }, { label: `${t.id} format`, ev: t.format }, { label: `${t.id} summary`, ev: t.summary });
    for (const p of t.participants) out.push({ label: `${t.id} participant ${p.person.id}`, ev: p });
    for (const s of t.statements) out.push({ label: `statement ${s.id}`, ev: s });
    for (const a of t.agreements) out.push({ label: `agreement ${a.id}`, ev: a });
    for (const f of t.figures) out.push({ label: `figure ${f.id}`, ev: f });
  }
  return out;
}

const topicIds = (s: Statement): string[] => s.topics.map((t) => t.id);
const speakerIds = (s: Statement): string[] => s.speakers.map((p) => p.id);
const withTopic = (talk: Talk, topic: string): Statement[] => talk.statements.filter((s) => topicIds(s).includes(topic));

type Json = Record<string, unknown>;

function asObject(value: unknown, what: string): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${what} is not an object`);
  return value as Json;
}

function asArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not an array`);
  return value as unknown[];
}

/** The entry with this id in an array of objects. */
function byId(list: unknown, id: string): Json {
  const found = asArray(list, 'list')
    .map((v, i) => asObject(v, `entry ${i}`))
    .find((o) => o.id === id);
  if (!found) throw new Error(`no entry "${id}"`);
  return found;
}

// ------------------------------------------------------ temp copies of data/

const tempDirs: string[] = [];

/** A fresh copy of data/ in a temp dir, named data/ so that error paths read as they do for the real folder. */
function copyData(): string {
  const parent = mkdtempSync(join(tmpdir(), 'talks-bot-facts-'));
  tempDirs.push(parent);
  const root = join(parent, 'data');
  cpSync(DEFAULT_DATA_DIR, root, { recursive: true });
  return root;
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function readJsonFile(root: string, rel: string): unknown {
  return JSON.parse(readFileSync(join(root, rel), 'utf8')) as unknown;
}

function writeJsonFile(root: string, rel: string, value: unknown): void {
  writeFileSync(join(root, rel), `${JSON.stringify(value, null, 2)}\n`);
}

/** Reads one JSON file of the copy, lets `change` edit it in place, and writes it back. */
function editJson(root: string, rel: string, change: (doc: unknown) => void): void {
  const doc = readJsonFile(root, rel);
  change(doc);
  writeJsonFile(root, rel, doc);
}

const TALK_2020 = 'talks/2020-07-29-phone-talks.json';
const TALK_2022 = 'talks/2022-04-19-videoconference.json';

function editStatement(root: string, rel: string, id: string, change: (statement: Json) => void): void {
  editJson(root, rel, (doc) => change(byId(asObject(doc, rel).statements, id)));
}

/** Loads `root` expecting a DataError, and checks that it names the file, the fact and the problem. */
function expectDataError(root: string, want: { file: string; fact: string | null; problem: RegExp }): DataError {
  let thrown: unknown;
  try {
    loadKnowledgeBase(root);
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'loading should fail').toBeInstanceOf(DataError);
  const error = thrown as DataError;
  expect(error.file).toBe(want.file);
  expect(error.message).toContain(want.file);
  if (want.fact === null) {
    expect(error.fact).toBeNull();
  } else {
    expect(error.fact).toContain(want.fact);
    expect(error.message).toContain(want.fact);
  }
  expect(error.problem).toMatch(want.problem);
  // The message reads "<file> (<fact>): <problem>".
  expect(error.message).toBe(`${error.file}${error.fact ? ` (${error.fact})` : ''}: ${error.problem}`);
  return error;
}

// ------------------------------------------------------------ the real data

describe('the real data', () => {
  let kb: KnowledgeBase;
  beforeAll(() => {
    kb = loadKnowledgeBase();
  });

  it('loads two talks, oldest first, and every other kind of fact', () => {
    expect(kb.talks.map((t) => t.date)).toEqual(['2020-07-29', '2022-04-19']);
    expect(kb.talks.map((t) => t.id)).toEqual(['2020-07-29-phone-talks', '2022-04-19-videoconference']);
    expect([...kb.articles.keys()].sort()).toEqual(['vna-2020-07-29', 'vna-2022-04-19']);
    expect([...kb.people.keys()].sort()).toEqual(['hoang-binh-quan', 'le-hoai-trung', 'song-tao']);
    expect([...kb.organisations.keys()].sort()).toEqual(['asean', 'cer', 'coc', 'cpc', 'cpv', 'doc', 'ild', 'vna']);
    expect(kb.topics.size).toBe(17);
    for (const talk of kb.talks) {
      expect(talk.article.date).toBe(talk.date);
      expect(talk.format.remote).toBe(true);
      expect(talk.statements.length).toBeGreaterThan(0);
    }
  });

  it('quotes every fact verbatim from its article body', () => {
    const evidence = allEvidence(kb);
    expect(evidence.length).toBeGreaterThan(40);
    const missing = evidence.filter(({ ev }) => ev.quote.trim() === '' || !ev.article.body.includes(ev.quote)).map((e) => e.label);
    expect(missing).toEqual([]);
    // A talk's facts all come from that talk's own article.
    for (const talk of kb.talks) {
      for (const s of talk.statements) expect(s.article).toBe(talk.article);
    }
  });

  it('is read-only: assigning to any loaded object throws', () => {
    const talk = talkOn(kb, '2022-04-19');
    const mutable = (value: object): Json => value as Json;
    expect(Object.isFrozen(kb)).toBe(true);
    expect(() => {
      mutable(kb).talks = [];
    }).toThrow(TypeError);
    expect(() => {
      (kb.talks as Talk[]).push(talk);
    }).toThrow(TypeError);
    expect(() => {
      mutable(talk).date = '2022-04-20';
    }).toThrow(TypeError);
    expect(() => {
      mutable(talk.article).body = 'rewritten';
    }).toThrow(TypeError);
    const statement = talk.statements[0];
    if (!statement) throw new Error('no statement');
    expect(() => {
      mutable(statement).text = 'rewritten';
    }).toThrow(TypeError);
    expect(() => {
      (statement.topics as unknown[]).length = 0;
    }).toThrow(TypeError);
    const songTao = kb.people.get('song-tao');
    if (!songTao) throw new Error('no song-tao');
    expect(() => {
      mutable(songTao).name = 'Someone Else';
    }).toThrow(TypeError);
    expect(() => {
      mutable(songTao.party).name = 'Someone Else';
    }).toThrow(TypeError);
    // Maps too: freezing a Map does not stop set(), so the loader's maps refuse changes themselves.
    expect(() => (kb.people as Map<string, unknown>).set('someone', songTao)).toThrow(TypeError);
    expect(() => (kb.topics as Map<string, unknown>).delete('sea')).toThrow(TypeError);
    expect(() => (kb.organisations as Map<string, unknown>).clear()).toThrow(TypeError);
    expect(kb.people.size).toBe(3);
    expect(talk.date).toBe('2022-04-19');
    expect(songTao.name).toBe('Song Tao');
  });
});

// ------------------------------------------- what the articles say, as loaded

describe('coverage of the two articles', () => {
  let kb: KnowledgeBase;
  let t2020: Talk;
  let t2022: Talk;
  beforeAll(() => {
    kb = loadKnowledgeBase();
    t2020 = talkOn(kb, '2020-07-29');
    t2022 = talkOn(kb, '2022-04-19');
  });

  it('2020: Hoang Binh Quan, head of the Commission for External Relations, and Song Tao, head of the ILD, by phone', () => {
    expect(t2020.format.label).toMatch(/phone/);
    expect(t2020.participants.map((p) => p.person.id)).toEqual(['hoang-binh-quan', 'song-tao']);
    const [quan, song] = t2020.participants;
    expect(quan?.role).toMatch(/^Head of .*Commission for External Relations/);
    expect(quan?.organisation.id).toBe('cer');
    expect(quan?.party.id).toBe('cpv');
    expect(song?.role).toMatch(/^Head of .*International Liaison Department/);
    expect(song?.organisation.id).toBe('ild');
    expect(song?.party.id).toBe('cpc');
  });

  it('2022: Le Hoai Trung, chairman of the Commission for External Relations, and Song Tao, head of the ILD, by videoconference', () => {
    expect(t2022.format.label).toMatch(/videoconference/);
    expect(t2022.participants.map((p) => p.person.id)).toEqual(['le-hoai-trung', 'song-tao']);
    const [trung, song] = t2022.participants;
    expect(trung?.role).toMatch(/^Chairman of .*Commission for External Relations/);
    expect(trung?.organisation.id).toBe('cer');
    expect(trung?.party.id).toBe('cpv');
    expect(song?.role).toMatch(/^Head of .*International Liaison Department/);
    expect(song?.organisation.id).toBe('ild');
    expect(song?.party.id).toBe('cpc');
  });

  it('people carry their diacritic names, party and side', () => {
    expect(kb.people.get('hoang-binh-quan')?.nativeName).toBe('Hoàng Bình Quân');
    expect(kb.people.get('le-hoai-trung')?.nativeName).toBe('Lê Hoài Trung');
    expect(kb.people.get('song-tao')?.nativeName).toBeNull();
    expect(kb.people.get('hoang-binh-quan')?.party.id).toBe('cpv');
    expect(kb.people.get('le-hoai-trung')?.side).toBe('Vietnam');
    expect(kb.people.get('song-tao')?.party.id).toBe('cpc');
    expect(kb.people.get('song-tao')?.side).toBe('China');
  });

  it('2022: both signed documents run 2021-2025', () => {
    const signed = t2022.agreements.filter((a) => a.kind === 'signed');
    expect(signed.map((a) => a.id).sort()).toEqual(['2022-cadre-training-scheme', '2022-cooperation-plan']);
    for (const a of signed) {
      expect(a.period).toEqual({ from: 2021, to: 2025 });
      expect(a.parties.map((p) => p.id)).toEqual(['le-hoai-trung', 'song-tao']);
      expect(a.quote).toContain('signed');
    }
    expect(signed.find((a) => a.id === '2022-cooperation-plan')?.text).toMatch(/cooperation plan between the CPV and the CPC/);
    expect(signed.find((a) => a.id === '2022-cadre-training-scheme')?.text).toMatch(/training cadres/);
    expect(t2020.agreements.filter((a) => a.kind === 'signed')).toEqual([]);
  });

  it('2022: medical supplies worth 1.5 million CNY (235,000 USD) from the ILD', () => {
    expect(t2022.figures).toHaveLength(1);
    const figure = t2022.figures[0];
    expect(figure?.amounts).toEqual([
      { value: 1_500_000, unit: 'CNY' },
      { value: 235_000, unit: 'USD' },
    ]);
    expect(figure?.from.id).toBe('ild');
    expect(figure?.quote).toContain('1.5 million CNY (235,000 USD)');
    expect(figure?.topics.map((t) => t.id)).toContain('medical-aid');
    expect(t2020.figures).toEqual([]);
  });

  it('sea and COVID-19 come up in both talks', () => {
    for (const talk of [t2020, t2022]) {
      expect(withTopic(talk, 'sea').length, `${talk.id} sea`).toBeGreaterThan(0);
      expect(withTopic(talk, 'covid').length, `${talk.id} covid`).toBeGreaterThan(0);
    }
    expect(withTopic(t2020, 'sea').map((s) => s.quote).join(' ')).toContain('complicated developments at sea');
    expect(withTopic(t2022, 'sea').map((s) => s.quote).join(' ')).toContain('sea-related issues');
  });

  it('floods only in 2020; trade only in 2022', () => {
    expect(withTopic(t2020, 'floods').map((s) => s.id).sort()).toEqual(['2020-floods-sympathy', '2020-floods-thanks']);
    expect(withTopic(t2022, 'floods')).toEqual([]);
    const trade = withTopic(t2022, 'trade');
    expect(trade.map((s) => s.id)).toContain('2022-trade-balance');
    expect(trade.map((s) => s.quote).join(' ')).toContain('balance of trade');
    expect(withTopic(t2020, 'trade')).toEqual([]);
  });

  it('2022: vaccine passports, raised by Le Hoai Trung', () => {
    const vaccine = withTopic(t2022, 'vaccine-passports');
    expect(vaccine).toHaveLength(1);
    expect(speakerIds(vaccine[0] as Statement)).toEqual(['le-hoai-trung']);
    expect(vaccine[0]?.quote).toContain("recognise each other's vaccine passports");
    expect(withTopic(t2020, 'vaccine-passports')).toEqual([]);
  });

  it('2022: the land border and its three legal documents', () => {
    const border = withTopic(t2022, 'land-border');
    expect(border.map((s) => s.id)).toContain('2022-land-border-documents');
    expect(border.some((s) => s.text.includes('three legal documents') && s.quote.includes('three legal documents'))).toBe(true);
    expect(withTopic(t2020, 'land-border')).toEqual([]);
  });

  it('organisations CPV, CPC, ASEAN, DOC, COC and VNA with their expansions', () => {
    const expected: Record<string, [string, string]> = {
      cpv: ['CPV', 'Communist Party of Vietnam'],
      cpc: ['CPC', 'Communist Party of China'],
      asean: ['ASEAN', 'Association of Southeast Asian Nations'],
      doc: ['DOC', 'Declaration on the Conduct of Parties in the East Sea'],
      coc: ['COC', 'Code of Conduct in the East Sea'],
      vna: ['VNA', 'Vietnam News Agency'],
    };
    for (const [id, [acronym, name]] of Object.entries(expected)) {
      const org = kb.organisations.get(id);
      expect(org?.acronym, id).toBe(acronym);
      expect(org?.name, id).toBe(name);
      expect(org?.quote, id).toContain(acronym);
    }
    // The articles spell out every expansion except VNA's, which is the outlet's own name.
    for (const id of ['cpv', 'cpc', 'asean', 'doc', 'coc']) {
      const org = kb.organisations.get(id);
      expect(org?.quote, id).toBe(`${org?.name} (${org?.acronym})`);
    }
    expect(t2022.article.outletName).toBe(kb.organisations.get('vna')?.name);
  });

  it('the 2022 article has no headline (descriptive title) and the dateline Hanoi; the 2020 one has a headline', () => {
    const a2022 = t2022.article;
    expect(a2022.headline).toBeNull();
    expect(a2022.titleIsDescriptive).toBe(true);
    expect(a2022.title).toMatch(/videoconference/);
    expect(a2022.dateline).toBe('Hanoi');
    expect(a2022.caption).toBe('An overview of the talks (Photo: VNA)');
    const a2020 = t2020.article;
    expect(a2020.headline).toBe('Vietnamese, Chinese Party officials hold phone talks');
    expect(a2020.titleIsDescriptive).toBe(false);
    expect(a2020.title).toBe(a2020.headline);
    expect(a2020.dateline).toBeNull();
    for (const article of [a2020, a2022]) {
      expect(article.outlet).toBe('VNA');
      expect(article.body.length).toBeGreaterThan(1000);
    }
  });
});

// ---------------------------------------------------- a third talk, new files only

describe('a fixture with a third talk (only new files added)', () => {
  let kb: KnowledgeBase;
  let root: string;
  beforeAll(() => {
    // data/ plus the fixture's new files, and nothing edited: what adding a third article takes.
    root = mkdtempSync(join(tmpdir(), 'talks-bot-third-'));
    cpSync(DEFAULT_DATA_DIR, root, { recursive: true });
    cpSync(FIXTURE_DIR, root, { recursive: true, errorOnExist: true, force: false });
    kb = loadKnowledgeBase(root);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('loads three talks sorted by date', () => {
    expect(kb.talks.map((t) => t.date)).toEqual(['2020-07-29', '2022-04-19', '2023-09-12']);
    expect(kb.articles.size).toBe(3);
    expect(kb.people.size).toBe(4);
  });

  it('the third talk was held in person, by its new person and Song Tao', () => {
    const third = talkOn(kb, '2023-09-12');
    expect(third.format.remote).toBe(false);
    expect(third.participants.map((p) => p.person.id)).toEqual(['tess-fixture', 'song-tao']);
    const tess = kb.people.get('tess-fixture');
    expect(tess?.name).toBe('Tess Fixture');
    expect(tess?.party.id).toBe('cpv');
    expect(third.participants[1]?.person).toBe(kb.people.get('song-tao'));
    expect(third.statements.length).toBeGreaterThanOrEqual(3);
    expect(third.agreements).toHaveLength(1);
    expect(third.agreements[0]?.kind).toBe('signed');
    expect(third.agreements[0]?.period).toEqual({ from: 2024, to: 2026 });
  });

  it('the third article is marked fictional and all its quotes come from it', () => {
    const third = talkOn(kb, '2023-09-12');
    expect(third.article.outlet).toBe('TEST');
    expect(third.article.outletName).toMatch(/fictional/);
    expect(third.article.headline).toMatch(/^FIXTURE:.*fictional/);
    expect(third.article.body).toMatch(/fictional/);
    const missing = allEvidence(kb).filter(({ ev }) => !ev.article.body.includes(ev.quote));
    expect(missing.map((m) => m.label)).toEqual([]);
  });

  it('leaves the first two talks as the real data has them', () => {
    const real = loadKnowledgeBase();
    for (const talk of real.talks) {
      const copy = talkOn(kb, talk.date);
      expect(copy.statements.map((s) => s.id)).toEqual(talk.statements.map((s) => s.id));
      expect(copy.article.body).toBe(talk.article.body);
    }
  });
});

// ---------------------------------------------------------------- broken data

describe('broken data: each problem is caught with the file, the fact and what is wrong', () => {
  it('a clean copy of data/ loads (the corruptions below are the only change)', () => {
    expect(loadKnowledgeBase(copyData()).talks).toHaveLength(2);
  });

  it('a date that does not exist (2022-02-30)', () => {
    const root = copyData();
    editJson(root, TALK_2022, (doc) => {
      asObject(doc, TALK_2022).date = '2022-02-30';
    });
    expectDataError(root, { file: `data/${TALK_2022}`, fact: '"2022-04-19-videoconference" at date', problem: /real date/ });
  });

  it('a talk dated differently from its article', () => {
    const root = copyData();
    editJson(root, TALK_2022, (doc) => {
      asObject(doc, TALK_2022).date = '2022-04-20';
    });
    expectDataError(root, {
      file: `data/${TALK_2022}`,
      fact: 'talk "2022-04-19-videoconference"',
      problem: /date 2022-04-20 does not match article "vna-2022-04-19" dated 2022-04-19/,
    });
  });

  it('a quote that is not in its article (one word changed)', () => {
    const root = copyData();
    editStatement(root, TALK_2022, '2022-trade-balance', (s) => {
      s.quote = 'He urged China to continue closely coordinating with Vietnam to ensure the balance of payments';
    });
    expectDataError(root, {
      file: `data/${TALK_2022}`,
      fact: 'statement "2022-trade-balance"',
      problem: /quote does not occur verbatim in article "vna-2022-04-19".*balance of payments/,
    });
  });

  it('a speaker who is not among the people', () => {
    const root = copyData();
    editStatement(root, TALK_2020, '2020-sea-obstacles', (s) => {
      s.speakers = ['hoang-binh-quan', 'nguyen-van-nobody'];
    });
    expectDataError(root, {
      file: `data/${TALK_2020}`,
      fact: 'statement "2020-sea-obstacles"',
      problem: /unknown person "nguyen-van-nobody"/,
    });
  });

  it('a speaker who did not take part in that talk', () => {
    const root = copyData();
    editStatement(root, TALK_2020, '2020-sea-obstacles', (s) => {
      s.speakers = ['le-hoai-trung'];
    });
    expectDataError(root, {
      file: `data/${TALK_2020}`,
      fact: 'statement "2020-sea-obstacles"',
      problem: /"le-hoai-trung" is not a participant of talk "2020-07-29-phone-talks"/,
    });
  });

  it("a participant's party that is not the person's own", () => {
    const root = copyData();
    editJson(root, TALK_2020, (doc) => {
      const talk = asObject(doc, TALK_2020);
      const participants = talk.participants as Json[];
      const first = participants[0];
      if (!first) throw new Error('no participant');
      first.party = 'cpc';
    });
    expectDataError(root, {
      file: `data/${TALK_2020}`,
      fact: 'participant "hoang-binh-quan"',
      problem: /party "cpc" differs from the person's party "cpv"/,
    });
  });

  it('an unknown topic id', () => {
    const root = copyData();
    editStatement(root, TALK_2022, '2022-vaccine-passports', (s) => {
      s.topics = ['vaccine-passports', 'weather'];
    });
    expectDataError(root, {
      file: `data/${TALK_2022}`,
      fact: 'statement "2022-vaccine-passports"',
      problem: /unknown topic "weather"/,
    });
  });

  it('the same statement id in both talk files', () => {
    const root = copyData();
    editStatement(root, TALK_2022, '2022-sea-doc-coc', (s) => {
      s.id = '2020-sea-obstacles';
    });
    expectDataError(root, {
      file: `data/${TALK_2022}`,
      fact: '"2020-sea-obstacles"',
      problem: new RegExp(`duplicate id: already used in data/${TALK_2020}`),
    });
  });

  it('a person id used again in a new people file', () => {
    const root = copyData();
    const people = asArray(readJsonFile(root, 'people/people.json'), 'people');
    writeJsonFile(root, 'people/zz-more-people.json', [byId(people, 'song-tao')]);
    expectDataError(root, {
      file: 'data/people/zz-more-people.json',
      fact: 'person "song-tao"',
      problem: /duplicate id: already used in data\/people\/people\.json/,
    });
  });

  it('a missing field (a participant without its quote)', () => {
    const root = copyData();
    editJson(root, TALK_2022, (doc) => {
      const participant = asObject(asArray(asObject(doc, TALK_2022).participants, 'participants')[1], 'participant');
      delete participant.quote;
    });
    expectDataError(root, {
      file: `data/${TALK_2022}`,
      fact: '"2022-04-19-videoconference" at participants[1].quote',
      problem: /expected string, received undefined/,
    });
  });

  it('an empty text (only spaces)', () => {
    const root = copyData();
    editStatement(root, TALK_2020, '2020-floods-thanks', (s) => {
      s.text = '   ';
    });
    expectDataError(root, {
      file: `data/${TALK_2020}`,
      fact: '"2020-floods-thanks" at statements[5].text',
      problem: /must not be empty/,
    });
  });

  it('a malformed JSON file (truncated)', () => {
    const root = copyData();
    const path = join(root, 'organisations/organisations.json');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.slice(0, Math.floor(text.length / 2)));
    expectDataError(root, { file: 'data/organisations/organisations.json', fact: null, problem: /^malformed JSON: / });
  });

  it('an article body that differs from the received file (sha256)', () => {
    const root = copyData();
    const path = join(root, 'articles/vna-2020-07-29.txt');
    const body = readFileSync(path, 'utf8');
    expect(body).toContain('heavy rains and floods');
    writeFileSync(path, body.replace('heavy rains and floods', 'heavy rain and floods'));
    expectDataError(root, {
      file: 'data/articles/vna-2020-07-29.json',
      fact: 'article "vna-2020-07-29"',
      problem: /body differs from the received file 001_7b3cea528b07f358\.txt/,
    });
  });

  it('a missing folder (topics/)', () => {
    const root = copyData();
    rmSync(join(root, 'topics'), { recursive: true });
    expectDataError(root, { file: 'data/topics', fact: null, problem: /folder is missing/ });
  });

  it('an article that no talk refers to', () => {
    const root = copyData();
    writeFileSync(join(root, 'articles/extra-2023-01-01.txt'), 'A fictional article for a loader test that no talk refers to.\n');
    writeJsonFile(root, 'articles/extra-2023-01-01.json', {
      id: 'extra-2023-01-01',
      outlet: 'TEST',
      outletName: 'Test fixture (fictional)',
      date: '2023-01-01',
      headline: 'FIXTURE: an article without a talk',
      descriptiveTitle: null,
      caption: null,
      dateline: null,
      bodyFile: 'extra-2023-01-01.txt',
    });
    expectDataError(root, {
      file: 'data/articles/extra-2023-01-01.json',
      fact: 'article "extra-2023-01-01"',
      problem: /no talk in talks\/ refers to this article/,
    });
  });
});
