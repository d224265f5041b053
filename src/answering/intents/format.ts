import { defineIntent } from './definition.js';
import { setOf } from '../../set-of.js';
import { OPENERS } from '../../matching/aspects.js';
import { CUES } from '../../matching/cues.js';
import type { Talk } from '../../facts/types.js';
import { messagesFor } from '../../i18n/index.js';
import type { Reading } from '../../matching/reading.js';
import { cite } from '../citations.js';
import { yesNoLead, type OwnLead } from '../claims/yes-no.js';
import { talksNamedEach } from '../claims/check.js';
import { answerFrom, line, listed, talksOf } from '../result.js';
import type { Answer, Knowledge } from '../types.js';

/** How each talk was held; "was it in person?" and "was it a phone call?" get a yes or no first. */
export function answerFormat(k: Knowledge, reading: Reading): Answer {
  const m = messagesFor(reading.lang);
  // "Were both talks by videoconference?": the format word picked its talk, but every talk is asked about.
  const picked = talksOf(k, reading);
  // So are the talks it names each by date or format, said of "both" ("were both the 2020 and 2022 talks by video?",
  // "2020年和2022年的会谈都是视频会谈吗？"): the format word picked one of them, but it is asked of each.
  const each = reading.aspects.both && reading.aspects.yesNo && reading.formatTalks.length > 0 ? talksNamedEach(k, reading) : [];
  const bothNamed = each.length > 1 && picked.every((t) => each.includes(t));
  const everyTalk = (bothNamed || reading.aspects.eachTalk) && reading.aspects.yesNo && reading.formatTalks.length > 0 && picked.every((t) => setOf(reading.formatTalks).has(t));
  // "两次会谈里哪次是开视频的？", "which of the two talks was by video?": the talk chosen by its format leads, and the
  // others among the talks named follow, each with how it was held, which sets it apart.
  const chosenAmong = reading.aspects.which && reading.aspects.eachTalk && !reading.aspects.yesNo && reading.formatTalks.length > 0;
  const inScope = everyTalk ? (bothNamed ? each : k.kb.talks) : chosenAmong ? [...picked, ...k.kb.talks.filter((t) => !picked.includes(t))] : picked;
  // "Did they sign the documents in person?" is about the talks where something was signed.
  const aboutSigning = reading.aspects.commitment === 'signed' || reading.aspects.commitment === 'any';
  // (Looked for only when asked about: every talk may be in scope.)
  const signedAt = aboutSigning ? inScope.filter((t) => t.agreements.some((a) => a.kind === 'signed')) : [];
  const talks = aboutSigning && signedAt.length > 0 ? signedAt : inScope;
  const { shown, hidden } = listed(talks);
  let own: OwnLead | null = null;
  if (reading.aspects.inPerson) {
    const inPerson = talks.filter((t) => !t.format.remote);
    own = inPerson.length === 0 ? { says: 'no', line: m.notInPerson(talks.length) } : { says: 'yes', line: m.inPerson(inPerson) };
  } else if (reading.formatTalks.length > 0 && reading.aspects.yesNo) {
    // The question names a format ("a phone call?"): say whether the talks in scope were held that way.
    const asked = new Set<Talk>(reading.formatTalks);
    const matching = talks.filter((t) => asked.has(t));
    const labels = [...new Set([...asked].map((t) => m.format(t)))];
    // "Were the 2020 phone talks held by video?": one format names the talk, the other is what is claimed of it. A
    // Yes needs every format named to be the talks' own; one that is another talk's makes the claim No.
    const others = everyTalk ? [] : [...new Set([...asked].filter((t) => !setOf(talks).has(t)).map((t) => m.format(t)))];
    const ownLabels = new Set(talks.map((t) => m.format(t)));
    if (matching.length > 0 && others.some((l) => !ownLabels.has(l))) own = { says: 'no', line: m.notFormat(others.filter((l) => !ownLabels.has(l))) };
    else if (matching.length === talks.length) own = { says: 'yes', line: m.wasFormat(talks.length, labels.filter((l) => ownLabels.has(l))) };
    else if (matching.length === 0) own = { says: 'no', line: m.notFormat(labels) };
    else if (everyTalk) own = { says: 'no', line: m.no };
  }
  // Its other details (the date asked, the people) are checked too.
  const lead = own && reading.aspects.yesNo ? yesNoLead(k, reading, shown.map((t) => cite(t, t.format)), own) : (own?.line ?? null);
  return answerFrom('format', reading.lang, [
    lead,
    ...shown.map((t) => line(m.formatLine(t), [cite(t, t.format)])),
    hidden > 0 && m.earlierNotListed(hidden),
  ]);
}

export const formatIntent = defineIntent({
  name: 'format',
  answer: answerFormat,
  decidesYesNo: true,
  aboutTheEvent: true,
  aboutPeople: false,
  aboutStatements: false,
  coverage: 'none',
  evidence: { ownWords: [...CUES.format, ...CUES.formatStrong, ...OPENERS.heldVerb], topicPicksTalk: true },
  followUp: { asksAgain: true, sameAtAnotherTalk: false, needsNoSubject: true },
});
