// "2020年通话是宋涛先对越南遭受洪灾表示慰问的吧？他具体怎么说的？", "…phải không? Ông ấy nói thế nào?": a sentence before the
// asking one that ends in a yes/no tag asks to check what it states; put right, the answer leads with No, as a yes/no
// question's would. (English reads its yes/no sentences by their own aspects: read.ts `yesNoSpans`.)

/** Whether a sentence before the last is a question ending in one of the glossary's yes/no tags (`ends`). */
export function tagQuestionBefore(sentences: readonly string[], ends: readonly string[]): boolean {
  return sentences.slice(0, -1).some((s) => {
    const t = s.trim();
    if (!/[?？]$/u.test(t)) return false;
    const body = t.replace(/[?？\s]+$/u, '').toLowerCase();
    // A Vietnamese tag is a word of its own ("…trước, phải không"), not the end of another ("là").
    return ends.some((m) => body.endsWith(m) && !/[\p{L}\p{M}]/u.test(/\p{Script=Han}/u.test(m) ? '' : body.charAt(body.length - m.length - 1)));
  });
}
