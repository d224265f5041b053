// Buttons carry everything in their custom_id (at most 100 characters): made and read back, the same in a fresh
// process, and recognised as outdated when the articles changed under them.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/answering/load.js';
import { sentenceIndex } from '../../src/answering/sentences.js';
import { askId, checksum, labelsOf, matchId, moreId, parseCustomId, postId, sentencesOf } from '../../src/discord/custom-ids.js';
import { DEFAULT_DATA_DIR } from '../../src/facts/loader.js';
import { sharedEngine } from '../support/engine.js';

const index = sentenceIndex(sharedEngine().kb);
const some = index.all.slice(3, 9);
const TARGET = '1300000000000000123';
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('custom_ids', () => {
  it('More sources: read back as made, naming the same sentences in the same order', () => {
    const id = moreId(index, 'vi', 4, 9, some);
    expect(id).not.toBeNull();
    expect(id?.length).toBeLessThanOrEqual(100);
    const data = parseCustomId(id ?? '');
    expect(data).toMatchObject({ kind: 'more', lang: 'vi', first: 4, total: 9 });
    if (data?.kind !== 'more') throw new Error('not a more button');
    expect(sentencesOf(index, data)).toEqual(some);
  });

  it('More matches carries the message to reply to; Post a sentence id; Did you mean the question', () => {
    const match = parseCustomId(matchId(index, 'en', 4, 7, TARGET, some) ?? '');
    expect(match).toMatchObject({ kind: 'match', target: TARGET, first: 4, total: 7 });
    expect(parseCustomId(matchId(index, 'en', 4, 7, null, some) ?? '')).toMatchObject({ kind: 'match', target: null });
    const sentence = index.byId('vna-2022-04-19:12');
    if (!sentence) throw new Error('no sentence');
    expect(parseCustomId(postId('zh', TARGET, sentence) ?? '')).toEqual({ kind: 'post', lang: 'zh', target: TARGET, sentence: 'vna-2022-04-19:12' });
    expect(parseCustomId(askId('en', 'What was signed or agreed on 19 April 2022?') ?? '')).toEqual({ kind: 'ask', lang: 'en', question: 'What was signed or agreed on 19 April 2022?' });
    expect(parseCustomId(askId('en', 'Who: the: colons?') ?? '')).toMatchObject({ question: 'Who: the: colons?' });
  });

  it('More matches carries each sentence\'s label (supports, contradicts and what differs, related); one made without labels still reads', () => {
    const labels = [
      { verdict: 'contradicts' as const, differs: ['date' as const, 'format' as const] },
      { verdict: 'supports' as const, differs: [] },
      null,
      { verdict: 'related' as const, differs: [] },
    ];
    const id = matchId(index, 'en', 4, 7, TARGET, some.slice(0, 4), labels) ?? '';
    expect(id.length).toBeLessThanOrEqual(100);
    const data = parseCustomId(id);
    if (data?.kind !== 'match') throw new Error('not a match button');
    expect(sentencesOf(index, data)).toEqual(some.slice(0, 4));
    expect(labelsOf(data)).toEqual(labels);
    const plain = parseCustomId(matchId(index, 'en', 4, 7, TARGET, some) ?? '');
    if (plain?.kind !== 'match') throw new Error('not a match button');
    expect(sentencesOf(index, plain)).toEqual(some);
    expect(labelsOf(plain).every((l) => l === null)).toBe(true);
  });

  it('never over 100 characters: with many sentences, as many as fit; a question too long gets no button', () => {
    const id = moreId(index, 'en', 4, 40, index.all) ?? '';
    expect(id.length).toBeLessThanOrEqual(100);
    const data = parseCustomId(id);
    if (data?.kind !== 'more') throw new Error('not a more button');
    const named = sentencesOf(index, data) ?? [];
    expect(named.length).toBeGreaterThan(10);
    expect(named).toEqual(index.all.slice(0, named.length));
    expect(askId('en', 'q'.repeat(100))).toBeNull();
  });

  it('reads nothing it did not make: other ids, wrong fields, a bad language, a changed checksum', () => {
    const good = moreId(index, 'en', 4, 9, some) ?? '';
    for (const id of ['', 'more', 'more:en', 'other:1:2', 'more:xx:4:9:abc:0.1', 'more:en:0:9:abc:0.1', 'post:en:12:vna', 'x'.repeat(101)]) expect(parseCustomId(id), id).toBeNull();
    const tampered = good.replace(/:([0-9a-z]+):([^:]+)$/, ':zzzz:$2');
    const data = parseCustomId(tampered);
    if (data?.kind !== 'more') throw new Error('not a more button');
    expect(sentencesOf(index, data)).toBeNull();
  });

  it('the same ids from a fresh engine (a restart); outdated, not wrong, once another article shifts the order', () => {
    const id = moreId(index, 'en', 4, 9, some) ?? '';
    const restarted = sentenceIndex(loadEngine().kb);
    expect(moreId(restarted, 'en', 4, 9, restarted.all.slice(3, 9))).toBe(id);
    const data = parseCustomId(id);
    if (data?.kind !== 'more') throw new Error('not a more button');
    expect(sentencesOf(restarted, data)?.map((s) => s.id)).toEqual(some.map((s) => s.id));

    const root = mkdtempSync(join(tmpdir(), 'talks-bot-ids-'));
    scratch.push(root);
    cpSync(DEFAULT_DATA_DIR, root, { recursive: true });
    cpSync(fileURLToPath(new URL('../fixtures/third-talk', import.meta.url)), root, { recursive: true });
    const three = sentenceIndex(loadEngine(root).kb);
    // "test-2023-09-12" sorts before the VNA articles, so the short references now mean other sentences.
    expect(three.articles[0]?.id).toBe('test-2023-09-12');
    expect(sentencesOf(three, data)).toBeNull();
  });

  it('the checksum in buttons already posted is unchanged: FNV-1a over the code points of "id\ntext\n", any text', () => {
    const reference = (sentences: readonly { id: string; text: string }[]): string => {
      let h = 0x811c9dc5;
      for (const s of sentences) {
        for (const ch of `${s.id}\n${s.text}\n`) {
          h ^= ch.codePointAt(0) ?? 0;
          h = Math.imul(h, 0x01000193) >>> 0;
        }
      }
      return h.toString(36);
    };
    expect(checksum(index.all)).toBe(reference(index.all));
    expect(checksum(some)).toBe(reference(some));
    const sentence = fc.record({ id: fc.string(), text: fc.string({ unit: 'binary' }) });
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 4 }), (list) => {
        const sentences = list.map((s, n) => ({ ...some[0]!, ...s, n }));
        expect(checksum(sentences)).toBe(reference(sentences));
      }),
      { numRuns: 500 },
    );
  });
});
