// `npm run eval [file...]`: scores the question sets per file and category, and lists the misses.
import { withoutChatMarkup } from '../src/chat-text.js';
import { loadEngine } from '../src/answering/load.js';
import { judge, loadQuestionSet } from '../test/support/question-set.js';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--misses');
const engine = loadEngine();
for (const file of files.length > 0 ? files : ['questions.json', 'holdout.json', 'blind/en.json']) {
  const entries = loadQuestionSet(file);
  const byCategory = new Map<string, { n: number; ok: number }>();
  let ok = 0;
  const misses: string[] = [];
  for (const entry of entries) {
    const answer = engine.answer(withoutChatMarkup(entry.q));
    const miss = judge(entry, answer);
    const key = entry.category ?? (entry.answered ? 'answerable' : 'refuse');
    const c = byCategory.get(key) ?? { n: 0, ok: 0 };
    c.n++;
    if (miss === null) {
      c.ok++;
      ok++;
    } else misses.push(`  ${JSON.stringify(entry.q)}: ${miss} :: ${answer.text.split('\n')[0]?.slice(0, 140) ?? ''}`);
    byCategory.set(key, c);
  }
  const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)}%`;
  process.stdout.write(`${file}: ${ok}/${entries.length} (${pct(ok, entries.length)})\n`);
  for (const [k, c] of byCategory) process.stdout.write(`  ${k.padEnd(14)} ${c.ok}/${c.n} (${pct(c.ok, c.n)})\n`);
  if (verbose) process.stdout.write(`${misses.join('\n')}\n`);
}
