// "I read about the CPC's centenary celebrations…. Did the Vietnamese side acknowledge anything like that in the
// April 2022 talks? And what did Trung say the two sides should do to strengthen ties?": a long message may ask
// several sentences, one pointing back at the context's subject with nothing of its own ("anything like that") and
// another naming a subject of its own (ties). The asking part as a whole names a subject, so the pointing one would
// lose the context's; each asking sentence is looked at on its own to find it.

/** The asking sentences of an asking part, each as typed (split as askingSentences splits a message). */
export function askingSentencesOf(part: string): readonly string[] {
  return part.split(/(?<=[.!?])\s+(?=\S)/u).filter((x) => x.trim() !== '');
}

/**
 * Whether one of several asking sentences points back at a subject and names none itself, while the part names its
 * own: then the context's subject is asked beside the part's own (`pointsBack`: pointed-subject.ts's reading of a
 * sentence; `namesAlone`: whether a sentence read alone names a subject).
 */
export function oneSentencePointsBack(part: string, pointsBack: (sentence: string) => boolean, namesAlone: (sentence: string) => boolean): boolean {
  const sentences = askingSentencesOf(part);
  if (sentences.length < 2) return false;
  return sentences.some((s) => pointsBack(s) && !namesAlone(s)) && sentences.some((s) => !pointsBack(s) && namesAlone(s));
}
