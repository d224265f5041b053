// "Who attended the talks in Beijing?", "hội đàm tại Bắc Kinh", "在河内面对面举行的会谈": the talks said to be held at a
// place (a side's country or capital after a preposition of place, beside a talk noun or a verb of holding). Talks
// held somewhere are taken to be met in person: a premise to put right, and, when nothing else in the question pins
// a talk, another event the articles do not report.
import { MEETING_VERBS, OCCASION_PREPOSITIONS, TALK_NOUNS } from './cues.js';
import type { CueScan } from './cue-scan.js';
import type { CueGroup } from './aspects.js';
import type { Entities } from './entities.js';
import type { Token } from './tokens.js';
import type { Lang } from '../languages.js';

interface Placing {
  readonly tokens: readonly Token[];
  readonly cues: CueScan<CueGroup>;
  readonly entities: Pick<Entities, 'sidesAt'>;
  readonly askFrom: number;
  readonly typedIn: Lang;
}

/** Whether the question places the talks at a side's country or city. */
export function placesTalk(f: Placing): boolean {
  const held = new Set(f.cues.hits('heldVerb').map((h) => h.at));
  // "In person", "face to face" between the place and its talk ("在河内面对面举行", "meeting in person at Hanoi").
  const aside = new Set(f.cues.hits('inPerson').flatMap((h) => Array.from({ length: h.length }, (_, k) => h.at + k)));
  const talkAt = (i: number) => {
    const w = f.tokens[i]?.text ?? '';
    return TALK_NOUNS.has(w) || MEETING_VERBS.has(w) || held.has(i);
  };
  const starts = new Set(f.entities.sidesAt.map((h) => h.at));
  return f.entities.sidesAt.some((h) => {
    if (h.at < f.askFrom || !OCCASION_PREPOSITIONS.has(f.tokens[h.at - 1]?.text ?? '') || namesParty(h)) return false;
    const end = h.at + h.length;
    // "In Vietnam-China talks": the pair of sides names whose talks, not where.
    if (starts.has(end)) return false;
    let before = h.at - 2;
    while (aside.has(before)) before--;
    let after = end;
    while (aside.has(after)) after++;
    // Chinese puts the place before what is held there ("在北京举行的会谈"); a talk noun before it is "会谈中" (in the
    // talks), the postposition read as "in".
    return (f.typedIn !== 'zh' && talkAt(before)) || talkAt(after);
  });
}

/**
 * "Tống Đào giữ cương vị gì ở phía Trung Quốc?" (what post did Song Tao hold on the Chinese side): a side's term the
 * data writes with a word in lower case ("phía Trung Quốc", "bên Việt Nam", "quan chức…") names a party to the talks,
 * not a place, as a proper name ("Bắc Kinh", "Hà Nội") does. Translated terms keep the data's casing; Chinese has none.
 */
function namesParty(h: Placing['entities']['sidesAt'][number]): boolean {
  return h.lang !== undefined && h.text.split(/\s+/u).some((w) => /^\p{Ll}/u.test(w));
}
