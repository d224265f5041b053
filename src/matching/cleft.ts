// "疫苗护照那事是哪次会谈提的？": Chinese puts an act it takes as done in a 是…的 frame and asks only where it happened.
// That locates one past act, as "when was it raised?" does; it sets no talks side by side, so a talk that never
// raised it is no part of the answer. "哪一次会谈提到了东盟？" (which talk mentioned ASEAN?) stays a choice among them.

/** A choice of talk ("哪次", "哪一次", "哪场"), then a clause closed by the 的 of the frame (chat particles after it, no word). */
const LOCATED = /哪一?[次场回][^，,。？?！!；;]*?的(?:啊|呀|呢|啦|来着|哈|嘛|吧|么)*(?!\p{Script=Han})/u;

/** The talks named as a pair ("这两场会谈里", "两次会谈中"): a choice between them is asked, framed so or not. */
const PAIR = /[两俩][次场回]/u;

/** Whether a Chinese question asks where an act it takes as done happened (the 是…的 frame round "which talk"). */
export function locatesDoneAct(question: string): boolean {
  return LOCATED.test(question.trim()) && !PAIR.test(question);
}
