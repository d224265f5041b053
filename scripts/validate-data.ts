// `npm run validate-data [folder]`: checks data/ (or another folder) and says what it holds, or what is wrong.
import { loadConversationFile } from '../src/conversation/lexicon.js';
import { loadLexicon } from '../src/lexicon/lexicon.js';
import { loadQuestionWords } from '../src/lexicon/questions.js';
import { DataError } from '../src/data-error.js';
import { DEFAULT_DATA_DIR, loadKnowledgeBase } from '../src/facts/loader.js';
import { useVerifiedData } from '../src/verified-data.js';

try {
  const root = process.argv[2] ?? DEFAULT_DATA_DIR;
  // Every file through its schema: what the build checked is not taken on trust here (src/verified-data.ts).
  useVerifiedData(root, null);
  const kb = loadKnowledgeBase(root);
  const lexicon = loadLexicon(root);
  const conversation = loadConversationFile(root);
  const questionWords = loadQuestionWords(root);
  const intentCues = Object.values(questionWords.intents).reduce((n, list) => n + list.length, 0);
  const cues = Object.values(conversation.languages).reduce((n, l) => n + Object.values(l).reduce((m, list) => m + list.length, 0), 0);
  const count = (f: (t: (typeof kb.talks)[number]) => number) => kb.talks.reduce((n, t) => n + f(t), 0);
  process.stdout.write(
    `data is valid: ${kb.articles.size} articles, ${kb.talks.length} talks, ${count((t) => t.statements.length)} statements, ` +
      `${count((t) => t.agreements.length)} agreements, ${count((t) => t.figures.length)} figures, ${kb.people.size} people, ` +
      `${kb.organisations.size} organisations, ${kb.topics.size} topics; every quote found verbatim in its article; ` +
      `lexicon: ${lexicon.vocabulary.size} article lemmas, ${lexicon.relatedWords.size} related words; ${cues} follow-up cues; ${intentCues} intent cues.\n`,
  );
} catch (error) {
  process.stderr.write(error instanceof DataError ? `invalid data: ${error.message}\n` : `${String(error)}\n`);
  process.exitCode = 1;
}
