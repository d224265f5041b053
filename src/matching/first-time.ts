// "Was that the first time Song Tao talked with Vietnam's external relations chief?", "这是两党首次举行视频会谈吗？": a
// first time claimed. The articles report two talks and never say what came before them, so such a claim is no Yes:
// at a talk after another reported one with the same people it is No (the earlier talk is cited), otherwise the
// articles cannot tell. "The first time" naming the first of the talks reported ("who was across from him the first
// time?", "第一次会谈说了什么", "lần đầu … lần sau …") is no such claim.
import { FIRST_TIME } from './cues.js';
import type { Lang } from '../languages.js';

/** Whether a yes/no question, as typed, claims that something happened for the first time. */
export function claimsFirstTime(text: string, lang: Lang, yesNo: boolean): boolean {
  if (!yesNo) return false;
  const said = lang === 'zh' ? text : ` ${text.toLowerCase().replace(/[^\p{L}\p{N}\s-]+/gu, ' ').replace(/\s+/gu, ' ').trim()} `;
  // Two ordinals set the talks side by side: "the first time" is one of them.
  if (FIRST_TIME.pair.some((w) => (lang === 'zh' ? said.includes(w) : said.includes(` ${w} `)))) return false;
  if (lang === 'zh') {
    return FIRST_TIME.zh.some((w) => {
      const rest = said.split(w).slice(1);
      // What follows says whether it counts the talks ("第一次会谈") or claims an act a first time ("第一次和越方交谈").
      return rest.some((r) => r.trim().length > 0 && !/^[？?！!。]/u.test(r.trim()) && !FIRST_TIME.occasions.some((o) => r.trim().startsWith(o)));
    });
  }
  const phrases = lang === 'vi' ? FIRST_TIME.vi : FIRST_TIME.en;
  // A first time said with nothing after it ("…the first time?") points at the first talk; a clause after it claims.
  return phrases.some((p) => {
    const at = said.indexOf(` ${p} `);
    return at >= 0 && said.slice(at + p.length + 2).trim().length > 0;
  });
}
