import { loadEngine } from '../src/answering/load.js';
import { loadFollowUp } from '../src/conversation/lexicon.js';
import { contextOf, type Context } from '../src/conversation/context.js';
import { DATA_DIR } from '../src/paths.js';
const engine = loadEngine();
const followUp = loadFollowUp(engine, DATA_DIR);
let context: Context | null = null;
for (const q of process.argv.slice(2)) {
  if (q === '--') { context = null; console.log('----'); continue; }
  const a = followUp(q, context);
  console.log(`> ${q}\n  [${a.answered}] ${a.text.split('\n').slice(0, 4).join(' / ').slice(0, 400)}`);
  context = contextOf(a) ?? context;
}
