// `npm run eval-fresh -- <file in test/questions/fresh/, or a tuned set in that format in test/questions/>... [--misses]`: a fresh blind set's score per category,
// the confidently wrong answers (out of scope answered, Yes/No reversed) and quotes that are not verbatim.
import { withoutChatMarkup } from '../src/chat-text.js';
import { loadEngine } from '../src/answering/load.js';
import { judgeFresh, loadSetInFreshFormat } from '../test/support/fresh-set.js';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--misses');
const engine = loadEngine();
const pct = (a: number, b: number) => (b === 0 ? '-' : `${((a / b) * 100).toFixed(1)}%`);
for (const file of files) {
  const entries = loadSetInFreshFormat(file);
  const byCategory = new Map<string, { n: number; ok: number }>();
  let ok = 0;
  let wrong = 0;
  let notVerbatim = 0;
  let outOfScope = 0;
  let refused = 0;
  const misses: string[] = [];
  for (const entry of entries) {
    const answer = engine.answer(withoutChatMarkup(entry.q));
    const { miss, confidentlyWrong } = judgeFresh(entry, answer);
    for (const c of answer.citations) {
      const article = engine.kb.talks.find((t) => t.id === c.talk)?.article;
      if (!article?.body.includes(c.quote)) notVerbatim++;
    }
    if (!entry.answered) {
      outOfScope++;
      if (!answer.answered) refused++;
    }
    const c = byCategory.get(entry.category) ?? { n: 0, ok: 0 };
    c.n++;
    if (miss === null) {
      c.ok++;
      ok++;
    } else misses.push(`  [${entry.category}]${confidentlyWrong ? ' CONFIDENTLY WRONG' : ''} ${JSON.stringify(entry.q)}: ${miss} :: ${answer.text.split('\n')[0]?.slice(0, 160) ?? ''}`);
    if (confidentlyWrong) wrong++;
    byCategory.set(entry.category, c);
  }
  process.stdout.write(`${file}: ${ok}/${entries.length} (${pct(ok, entries.length)}); not answerable refused ${refused}/${outOfScope} (${pct(refused, outOfScope)}); confidently wrong ${wrong} (${pct(wrong, entries.length)}); quotes not verbatim ${notVerbatim}\n`);
  for (const [k, c] of byCategory) process.stdout.write(`  ${k.padEnd(18)} ${c.ok}/${c.n} (${pct(c.ok, c.n)})\n`);
  if (verbose) process.stdout.write(`${misses.join('\n')}\n`);
}
