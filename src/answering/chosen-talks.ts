// The lead of a choice among the talks ("which talk brought up the sea, or both?", "ở lần nào, hay cả hai lần?"): the
// talks that have it, and when that is every talk in scope (more than one), said as "both" rather than a bare list,
// which reads as an answer that did not see the alternative.
import type { Talk } from '../facts/types.js';
import type { Messages } from '../i18n/messages.js';

export function chosenTalks(m: Messages, chosen: readonly Talk[], among: readonly Talk[]): string {
  const every = among.length > 1 && among.every((t) => chosen.includes(t));
  return every ? m.everyTalkChosen(chosen) : m.whichTalks(chosen);
}
