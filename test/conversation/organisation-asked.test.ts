// "Which organisation should they work with on that?", "要跟哪个组织一起推进", "cần phối hợp với tổ chức nào?" after
// words on a subject: which organisation is asked as "who" is, the party named in what was said on that subject at the
// conversation's talks (ASEAN, with the DOC and COC), not refused for the word "organisation" the articles never use.
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

const firstPoint = (text: string) => text.split('\n').slice(0, 2).join('\n');

describe('which organisation, of the subject in play', () => {
  it.each([
    ['黎怀忠2022年就海上问题说了什么？', '应该和哪个组织合作？', /东盟/u],
    ['2022年越方在南海问题上有什么主张？', '要同什么组织配合？', /东盟/u],
    ['2022年会谈中越方对海上问题说了什么？', '提到了哪个组织？', /东盟/u],
    ['Năm 2022 ông Lê Hoài Trung nói gì về vấn đề trên biển?', 'cần phối hợp với tổ chức nào?', /ASEAN/u],
    ['phía Việt Nam đề nghị gì về biển Đông năm 2022?', 'Trung Quốc nên làm việc với tổ chức nào?', /ASEAN/u],
    ['what did trung say about maritime issues in 2022?', 'which organisation did he want china to work with on that?', /ASEAN/u],
    ['what did vietnam ask about the sea in the 2022 talks?', 'what organization was china supposed to coordinate with?', /ASEAN/u],
    ['what did the vietnamese side say on the east sea in 2022?', 'and which regional organization was named?', /ASEAN/u],
  ])('%j then %j', (q1, q2, party) => {
    const a = lastOf(q1, q2);
    expect(a.answered).toBe(true);
    expect(firstPoint(a.text)).toMatch(party);
    expect(cited(a)).toEqual(['2022-04-19']);
  });
});

describe('near cases that keep their answers', () => {
  it('"who" asked the same way still names ASEAN', () => {
    const a = lastOf('what did trung say about the sea in 2022?', 'who should china work with on that?');
    expect(firstPoint(a.text)).toMatch(/ASEAN/u);
  });

  it('an organisation the articles never name is not made one they do', () => {
    const a = lastOf('what did trung say about the sea in 2022?', 'which organization does the united states lead there?');
    expect(firstPoint(a.text)).not.toMatch(/ASEAN/u);
  });

  it('a person\'s own body, asked after who took part, is still his', () => {
    const a = lastOf('who took part in the 2022 talks?', 'which organisation did song tao head?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/International Liaison Department/u);
  });

  it('what else was said, with no organisation asked, is unchanged', () => {
    const a = lastOf('what did trung say about the sea in 2022?', 'what else did he say?');
    expect(a.answered).toBe(true);
    expect(cited(a)).toContain('2022-04-19');
  });
});
