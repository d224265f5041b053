// `tsx scripts/trace-dialogue.ts FILE ID...`: one dialogue's turns with the cues found, the context and the answer (debugging aid).
import { loadEngine } from '../src/answering/load.js';
import { loadConversationFile, loadFollowUp } from '../src/conversation/lexicon.js';
import { buildCues } from '../src/conversation/cues.js';
import { contextOf, type Context } from '../src/conversation/context.js';
import { DATA_DIR } from '../src/paths.js';
import { loadDialogues, entryOf } from '../test/support/dialogues.js';
import { judge } from '../test/support/question-set.js';

const [file, ...wanted] = process.argv.slice(2);
const engine = loadEngine();
const followUp = loadFollowUp(engine, DATA_DIR);
const cues = buildCues(loadConversationFile(DATA_DIR), (t) => engine.lexicon.simplified(t));
for (const d of loadDialogues(file).filter((x) => wanted.includes(x.id))) {
  let context: Context | null = null;
  console.log(`== ${d.id}`);
  for (const t of d.turns) {
    const lang = engine.reader.language(t.q);
    const c = cues(t.q, lang);
    const own = engine.reader.read(c.rest, undefined, { written: lang });
    const a = followUp(t.q, context);
    const miss = judge(entryOf(t), a);
    console.log(`> ${t.q}  [${miss ?? 'ok'}]`);
    console.log(`  ctx: ${context ? JSON.stringify({ i: context.intent, t: context.talks, p: context.people, tp: context.topics, d: context.documents }) : '-'}`);
    console.log(`  cues: refs=${c.references.join(',')} ell=${c.elliptical} bare=${c.bare} asks=${c.asks} names=${c.namesTalks} rest=${JSON.stringify(c.rest)} found=${c.found.join('|')}`);
    const r = own.reading;
    console.log(`  own: ${own.kind}${own.kind === 'refusal' ? ':' + own.refusal.kind : ''} intent=${r.intent} people=${r.people.map((p) => p.id).join(',')} sides=${r.sides.map((x) => x.id).join(',')} topics=${r.topics.map((x) => x.topic.id).join(',')} docs=${r.documents.map((x) => x.id).join(',')} scope=${r.scope.talks?.map((x) => x.id).join(',') ?? 'none'} unmatched=${JSON.stringify(r.unmatched)}`);
    console.log(`  ans: answered=${a.answered} intent=${a.intent} carried=${a.carried?.note ?? "-"} about.p=${a.about?.people.join(",") ?? "-"} :: ${a.text.split('\n').slice(0, 3).join(' / ').slice(0, 240)}`);
    context = contextOf(a) ?? context;
  }
}
