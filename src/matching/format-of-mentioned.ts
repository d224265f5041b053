// "According to the 2022 article, in what form did the two General Secretaries communicate?", "Tổng Bí thư hai Đảng đã
// trao đổi với nhau bằng hình thức gì?": how people the reports only mention (the General Secretaries) talked is
// the act the report words of them ("phone talks between the two General Secretaries"), not how the reported talks
// were held: the act is reported inside one talk and is no format of that talk.
import type { Features } from './intent.js';

/** Whether a format question asks how something only mentioned, acting in the question, was done. */
export function formatOfMentioned(f: Features): boolean {
  const e = f.entities;
  if (e.people.length > 0 || e.sides.length > 0 || e.unexplained.length === 0) return false;
  // The thing mentioned is its own words, not part of those asking the form ("bằng hình thức gì", "in what form").
  const asking = [...f.cues.hits('format'), ...f.cues.hits('formatStrong'), ...f.cues.hits('manner')];
  return asking.length > 0 && e.unexplained.some((h) => !asking.some((a) => h.at >= a.at && h.at < a.at + a.length));
}
