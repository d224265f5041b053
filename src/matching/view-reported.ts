// "Which places did Trung think deserved better conditions…?": a verb of a view ("think", "believe", "feel") said of
// someone named just before it reports that person's view in the article, as "said" would; asked of the bot ("what
// do you think") it is an opinion, which the own-view shape reads. Yes/no questions are left out: "does Vietnam think
// China did better?" asks a view the articles may never word, which stays refused rather than answered Yes or No.
import type { Token } from './tokens.js';

/** Words that may stand between the one named and the view ("Trung really thought", "Quan also believed"). */
const BETWEEN = new Set(['really', 'also', 'still', 'actually', 'personally']);

/**
 * Positions of view words whose subject is someone named: `subjectEndsAt(i)` says whether a person or side named ends
 * just before word i. They count as verbs of reporting for what follows.
 */
export function reportedViews(tokens: readonly Token[], views: ReadonlySet<string>, subjectEndsAt: (at: number) => boolean): number[] {
  return tokens.flatMap((t, i) => {
    if (!views.has(t.text)) return [];
    let end = i;
    while (end > 0 && BETWEEN.has(tokens[end - 1]?.text ?? '')) end--;
    return subjectEndsAt(end) ? [i] : [];
  });
}
