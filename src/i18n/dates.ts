// Talk dates in words ("29 tháng 7, 2020", "2020年7月29日") through Intl. Formatting costs a Date and a call into
// ICU each time, and answers word the same few dates again and again: each date's words are kept (a bounded number).

/** Dates kept per language; more than a knowledge base has talks. */
const KEPT = 256;

/** A function wording an ISO date (yyyy-mm-dd, in UTC) as `locale` writes a day, month and year. */
export function dateWords(locale: string): (iso: string) => string {
  let format: Intl.DateTimeFormat | undefined;
  const kept = new Map<string, string>();
  return (iso) => {
    let words = kept.get(iso);
    if (words === undefined) {
      words = (format ??= new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(new Date(`${iso}T00:00:00Z`));
      if (kept.size >= KEPT) kept.clear();
      kept.set(iso, words);
    }
    return words;
  };
}
