// The engine for the one-shot console: from the saved snapshot when data/ is unchanged since it was made
// (compiled build only), otherwise by the full load, which validates data/ with zod and then refreshes
// the snapshot. The full loaders are imported only when needed: loading zod is most of a cold start.
import { join } from 'node:path';
import { createEngine, type Engine } from '../answering/engine.js';
import { CONVERSATION_FILE, type ConversationFile } from '../conversation/cues.js';
import type { FollowUp } from '../conversation/follow-up.js';
import { followUpFor } from '../conversation/load.js';
import { buildLexicon, LEXICON_FILES as LEXICON, type Lexicon, type LexiconFiles } from '../lexicon/build.js';
import { COMPILED, DATA_DIR, DIST_DIR } from '../paths.js';
import { readSnapshot, writeSnapshot, type Snapshot } from './snapshot.js';
import { useWarm, warmOf } from './warm.js';
import { useDerived } from '../verified-data.js';

export const SNAPSHOT_FILE = join(DIST_DIR, 'knowledge-base.snapshot.json');

/** The lexicon from the snapshot's copies of data/lexicon/: validated when the snapshot was made, unchanged since. */
function lexiconOf(snapshot: Snapshot): Lexicon | null {
  const { text } = snapshot;
  const english = text(LEXICON.english);
  const related = text(LEXICON.related);
  const curated = text(LEXICON.curated);
  const vi = text(LEXICON.vi);
  const zh = text(LEXICON.zh);
  const traditional = text(LEXICON.traditional);
  const en = text(LEXICON.en);
  if (english === undefined || related === undefined || curated === undefined || vi === undefined || zh === undefined || traditional === undefined || en === undefined) {
    return null;
  }
  const files: LexiconFiles = {
    english: JSON.parse(english) as LexiconFiles['english'],
    related: { file: LEXICON.related, value: JSON.parse(related) as LexiconFiles['related']['value'] },
    curated: { file: LEXICON.curated, value: JSON.parse(curated) as LexiconFiles['curated']['value'] },
    glossaries: { vi: JSON.parse(vi) as LexiconFiles['glossaries']['vi'], zh: JSON.parse(zh) as LexiconFiles['glossaries']['zh'] },
    traditional: JSON.parse(traditional) as LexiconFiles['traditional'],
    // Parsed on the first Chinese question only.
    chineseEnglish: () => {
      const zhEnglish = text(LEXICON.chineseEnglish);
      return zhEnglish === undefined ? null : (JSON.parse(zhEnglish) as ReturnType<NonNullable<LexiconFiles['chineseEnglish']>>);
    },
    // jieba's cut-down dictionary, as the full load reads it: without it jieba cuts otherwise ("中美关系" whole), and
    // the one-shot console would read a question otherwise than the bot and the prompt do.
    jiebaDictionary: () => {
      const jieba = text(LEXICON.jieba);
      return jieba === undefined ? null : Buffer.from(jieba, 'utf8');
    },
    en: JSON.parse(en) as LexiconFiles['en'],
  };
  return buildLexicon(files, snapshot.warm?.lemmas);
}

/** The conversation's cues as the snapshot holds them (checked when it was made), when it does. */
let savedConversation: ConversationFile | null = null;

export async function loadConsoleEngine(): Promise<Engine> {
  const saved = COMPILED ? readSnapshot(SNAPSHOT_FILE, DATA_DIR) : null;
  const savedLexicon = saved ? lexiconOf(saved) : null;
  const conversation = saved?.text(CONVERSATION_FILE);
  savedConversation = conversation === undefined ? null : (JSON.parse(conversation) as ConversationFile);
  if (saved && savedLexicon) {
    // The work saved with the snapshot stands in for the build's manifest (src/verified-data.ts), which is not read:
    // nothing here is read through it.
    if (saved.warm) useWarm(saved.warm, saved.kb, savedLexicon);
    else useDerived([], {});
    return createEngine(saved.kb, savedLexicon);
  }
  const [{ loadKnowledgeBase }, { loadLexicon }, { loadConversationFile }] = await Promise.all([
    import('../facts/loader.js'),
    import('../lexicon/lexicon.js'),
    import('../conversation/lexicon.js'),
  ]);
  const kb = loadKnowledgeBase(DATA_DIR);
  const lexicon = loadLexicon(DATA_DIR);
  // Checked before the snapshot is saved: the next start reads it from there unchecked.
  savedConversation = loadConversationFile(DATA_DIR);
  const engine = createEngine(kb, lexicon);
  if (COMPILED) {
    try {
      writeSnapshot(SNAPSHOT_FILE, DATA_DIR, kb, warmOf(lexicon));
    } catch {
      // A read-only install (a container, a package) still answers; it only stays on the slower path.
    }
  }
  return engine;
}

/** The conversation layer for the console's engine: from the snapshot's cues when the engine came from it. */
export async function loadConsoleFollowUp(engine: Engine): Promise<FollowUp> {
  if (savedConversation) return followUpFor(engine, savedConversation);
  const { loadConversationFile } = await import('../conversation/lexicon.js');
  return followUpFor(engine, loadConversationFile(DATA_DIR));
}
