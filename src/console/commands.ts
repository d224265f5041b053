// Slash-style commands typed at the console ("/who 2020"), answered by the same engine as Discord.
import { claimAnswer } from '../answering/claims/answer.js';
import type { Engine } from '../answering/engine.js';
import { withoutChatMarkup } from '../chat-text.js';
import { appendLines, notAnswered } from '../answering/result.js';
import { messagesFor } from '../i18n/index.js';
import { readingFor, type Answer, type Intent } from '../answering/types.js';
import type { Talk } from '../facts/types.js';

export const CONSOLE_COMMANDS: Readonly<Record<string, { intent: Intent; help: string }>> = {
  who: { intent: 'who', help: 'who took part [talk]' },
  when: { intent: 'when', help: 'when the talks were held [talk]' },
  agreements: { intent: 'agreements', help: 'what was signed, agreed or affirmed [talk]' },
  topics: { intent: 'summary', help: 'summary and topics of each talk [talk]' },
  talks: { intent: 'talks', help: 'all talks with dates and sources' },
  source: { intent: 'source', help: 'the articles behind the answers [talk]' },
  help: { intent: 'help', help: 'this list' },
};

/** The console's commands as help lists them: the talk commands, then asking, checking and the session's own. */
const HELP_NAMES = [...Object.keys(CONSOLE_COMMANDS).filter((n) => n !== 'help').map((n) => `/${n}`), '/ask <question>', '/sources <claim>', '/new', '/help', '/quit'];

/** The engine's help with the console's commands after it (Discord adds its own the same way). */
export function withConsoleCommands(answer: Answer): Answer {
  return answer.intent === 'help' ? appendLines(answer, [messagesFor(answer.lang).commandsLinked([HELP_NAMES.join(', ')])]) : answer;
}

/** Finds the talk a command argument names: a date, a year, a talk id or format words. */
export function findTalk(engine: Engine, arg: string): Talk | null | 'none' {
  const text = arg.trim();
  if (!text) return null;
  const exact = engine.kb.talks.find((t) => t.id === text || t.date === text);
  if (exact) return exact;
  const talks = engine.read(text).reading.scope.talks;
  return talks && talks.length === 1 && talks[0] ? talks[0] : 'none';
}

/** Runs "/name args"; returns null when the line is not a known command. */
export function runConsoleCommand(engine: Engine, line: string): Answer | null {
  const match = /^\/(\w+)\s*(.*)$/s.exec(line.trim());
  if (!match) return null;
  const [, name = '', rest = ''] = match;
  if (name === 'ask') return engine.answer(withoutChatMarkup(rest));
  // "/sources <claim>": what the articles say of it, each sentence labelled (Find sources without Discord).
  if (name === 'sources') {
    if (!rest.trim()) return notAnswered('help', 'en', 'Usage: /sources <a claim about the talks>');
    return claimAnswer(engine.kb, engine.check(withoutChatMarkup(rest)), engine.reader.language(rest));
  }
  const command = CONSOLE_COMMANDS[name.toLowerCase()];
  if (!command) return null;
  const talk = findTalk(engine, rest);
  if (talk === 'none') {
    return notAnswered(command.intent, 'en', `I know no talk matching "${rest.trim()}". Try /talks.`);
  }
  return engine.ask(readingFor(command.intent, talk ? [talk] : null));
}
