// `npx tsx scripts/explain-question.ts "question" …`: how the reader reads a question (language, the words
// the later stages see, intent, entities, refusal) and the answer, for working on the matcher.
import { loadEngine } from '../src/answering/load.js';

const engine = loadEngine();
for (const q of process.argv.slice(2)) {
  const r = engine.read(q);
  const reading = r.reading;
  process.stdout.write(
    [
      `Q: ${q}`,
      `  language: ${engine.reader.language(q)}   words: ${engine.reader.tokens(q).map((t) => t.text).join(' ')}`,
      `  ${r.kind === 'refusal' ? `refusal ${JSON.stringify(r.refusal).slice(0, 200)}` : 'reading'} intent=${reading.intent} rule="${reading.rule ?? '-'}" scope=${reading.scope.talks?.map((t) => t.date).join(',') ?? 'all'}`,
      `  people=${reading.people.map((p) => p.name).join(',')} sides=${reading.sides.map((o) => o.id).join(',')} orgs=${reading.organisations.map((o) => o.id).join(',')} topics=${reading.topics.map((t) => `${t.topic.id}(${t.words}${t.precise ? ',precise' : ''})`).join(',')} docs=${reading.documents.length} formats=${reading.formatTalks.map((t) => t.date).join(',')}`,
      `  concepts=${reading.concepts.map((c) => `${c.lemma}:${c.weight}${c.asking ? '?' : ''}`).join(' ')} unmatched=${reading.unmatched.join(',')} aspects=${Object.entries(reading.aspects).filter(([, v]) => v).map(([k, v]) => (v === true ? k : `${k}=${String(v)}`)).join(',')}`,
      `  A: ${engine.answer(q).text.split('\n').slice(0, 3).join(' / ').slice(0, 300)}`,
      '',
    ].join('\n'),
  );
}
