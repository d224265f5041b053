// `npm run eval-dialogues [file...] [--misses] [--alone]`: runs each dialogue as one conversation and scores every
// turn per language, with the judging of the question sets (test/support/question-set.ts judge()). `--alone`
// answers every turn on its own instead (the bot before conversations), for comparison.
import { loadEngine } from '../src/answering/load.js';
import type { FollowUp } from '../src/conversation/follow-up.js';
import { loadFollowUp } from '../src/conversation/lexicon.js';
import { DATA_DIR } from '../src/paths.js';
import { byLanguage, loadDialogues, runDialogues, score, type Score } from '../test/support/dialogues.js';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--misses');
const engine = loadEngine();
const conversing = loadFollowUp(engine, DATA_DIR);
const followUp: FollowUp = process.argv.includes('--alone') ? (q, _context, options) => engine.answer(q, options) : conversing;
const pct = (a: number, b: number) => (b === 0 ? '-' : `${((a / b) * 100).toFixed(1)}%`);
const line = (label: string, s: Score) =>
  `  ${label.padEnd(8)} turns ${s.right}/${s.turns} (${pct(s.right, s.turns)}), follow-ups ${s.laterRight}/${s.later} (${pct(s.laterRight, s.later)}), out-of-scope answered ${s.outOfScopeAnswered}/${s.outOfScope}\n`;
for (const file of files.length > 0 ? files : ['fresh/dialogues-r1.json']) {
  const judged = runDialogues(followUp, loadDialogues(file));
  process.stdout.write(`${file}: ${judged.length} turns\n`);
  process.stdout.write(line('all', score(judged)));
  for (const [lang, s] of Object.entries(byLanguage(judged))) process.stdout.write(line(lang, s));
  if (verbose) {
    for (const j of judged.filter((x) => x.miss !== null)) {
      const carried = j.answer.carried ? ` ${j.answer.carried.note}` : '';
      process.stdout.write(`  [${j.dialogue.id} #${j.index + 1}] ${JSON.stringify(j.turn.q)}: ${j.miss ?? ''}${carried} :: ${j.answer.text.split('\n').slice(0, 2).join(' / ').slice(0, 160)}\n`);
    }
  }
}
