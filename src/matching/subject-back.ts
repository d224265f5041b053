// "2022年会谈里越方在贸易和边境这块具体提了哪些要求？": a pointer in a long message's asking part ("这块", "这方面")
// points back at the subject of the context before it only where it opens a clause or follows a word that leads to
// it (a glossary's `focus.subjectBackAfter`: "在这方面", "怎么提这件事"). After a noun it stands beside a subject the
// asking part names itself ("贸易和边境这块": trade and the border), which is then what is asked.

/** Whether one of `pointers` in `part` points back at the context; without `after` words, any pointer does. */
export function pointsBackAt(part: string, pointers: readonly string[], after: readonly string[] | undefined): boolean {
  if (after === undefined) return pointers.some((w) => part.includes(w));
  return pointers.some((w) => {
    for (let at = part.indexOf(w); at >= 0; at = part.indexOf(w, at + 1)) {
      const before = part.slice(0, at).trimEnd();
      if (before === '' || /\p{P}$/u.test(before) || after.some((a) => before.endsWith(a))) return true;
    }
    return false;
  });
}
