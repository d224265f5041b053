import { readFileSync, readdirSync } from 'node:fs';
import { loadEngine } from '../src/answering/load.js';
const engine = loadEngine();
const dir = '/work/wt/premise75/test/questions/fresh/';
const tally = new Map<string, number>();
for (const f of readdirSync(dir)) {
  const m = /^(en|vi|zh)-r(\d+)/.exec(f);
  if (!m || Number(m[2]) >= 76) continue;
  for (const e of JSON.parse(readFileSync(dir + f, 'utf8')) as { q: string; answered: boolean; talks?: string[]; category: string }[]) {
    if (!e.answered) continue;
    const a = engine.answer(e.q);
    if (!/It came up on|这一话题出现在|Chủ đề này|được nêu vào/u.test(a.text)) continue;
    const got = [...new Set(a.citations.map((c) => c.date))].sort().join(',');
    const want = [...(e.talks ?? [])].sort().join(',');
    const key = `${m[1]} got=${got} want=${want}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
    if (want !== got) console.log(f, e.q.slice(0, 80), 'got', got, 'want', want);
  }
}
for (const [k, v] of [...tally].sort()) console.log(v, k);
