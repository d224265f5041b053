// "beijing hosted the winter olympics in feb 2022 right?": a claim about an event the articles never mention, sharing
// with a talk only its setting (a side named by its capital, a date) and none of what it says happened, is about
// nothing they report: no sentence relates it. One that shares a word of substance or a name is related as before.
import type { Comparison } from './compare.js';

/** The details that only set a claim in a talk's place and time: a side named, a date. */
const SETTING: ReadonlySet<string> = new Set(['person:side']);

/** Whether all a sentence shares with the claim is its setting: a side named or a date, no substance, no name. */
export function settingOnly(c: Comparison): boolean {
  if (c.substance > 0 || c.names > 0) return false;
  const agreeing = c.results.filter((r) => r.outcome === 'agrees');
  return agreeing.length > 0 && agreeing.every((r) => SETTING.has(r.key) || r.kind === 'date');
}
