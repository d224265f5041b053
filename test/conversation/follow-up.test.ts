// Follow-up questions: what the context fills (only what the question leaves open), in English, Vietnamese and
// Chinese; the line that says so; refusals that stay refusals.
import { describe, expect, it } from 'vitest';
import { cited, converse, lastOf } from '../support/conversation.js';

describe('a follow-up continues from the last answer', () => {
  it('"was he at both talks?" after one talk asks it of each talk: No for the one who took part once', () => {
    const [, , both] = converse('who took part in 2022?', 'and in 2020?', 'was he at both talks, right?');
    expect(both?.text).toMatch(/^No\. Hoang Binh Quan took part only in the phone talks of 29 July 2020\./);
  });

  it('a yes/no about "he" that reads as nothing without him is asked of him by name', () => {
    const [, side] = converse('did song tao take part in both talks??', 'was he on the vietnamese side');
    expect(side?.text).toMatch(/^No\./);
    expect(side?.carried?.people).toEqual(['song-tao']);
    const [, force] = converse('what did quan say about the sea in 2020?', 'ông ấy có đòi giải quyết bằng vũ lực ko');
    expect(force?.text).toMatch(/^Không/);
  });

  it('"what did he say in the earlier one?" after his words on one subject: what he said there, the subject let go', () => {
    const [, earlier] = converse('what did song tao announce at the 2022 videoconference', 'ok and what did he say in the earlier one, the 2020 phone call?');
    expect(earlier?.answered).toBe(true);
    expect(cited(earlier!)).toEqual(['2020-07-29']);
    expect(earlier?.text).toContain('Song Tao thanked');
    // A question the carried subject alone made answerable stays refused.
    const [, names] = converse('what did they say about the land border in 2022?', 'what are they called?');
    expect(names?.answered).toBe(false);
  });

  it('"did they agree?" with no object of its own, after a hope: agreement to that hope, never a Yes from other signings', () => {
    for (const [hope, agreed] of [
      ['what did vietnam hope for on vaccine passports?', 'and did the chinese side agree?'],
      ['越方对疫苗护照有什么希望？', '中方答应了吗？'],
    ] as const) {
      const a = lastOf(hope, agreed);
      expect(a.intent, agreed).toBe('agreements');
      expect(a.text, agreed).not.toMatch(/^(Yes|No|是的|不是)/u);
      expect(a.text, agreed).not.toMatch(/cooperation plan|合作计划/u);
      expect(a.carried?.topics, agreed).toEqual(['vaccine-passports']);
    }
  });

  it('"what did they sign?", then "and in 2020?" (the issue\'s dialogue)', () => {
    const [, signed, again] = converse('who did Song Tao talk to in 2022?', 'what did they sign?', 'and in 2020?');
    expect(signed?.intent).toBe('agreements');
    expect(signed?.text).toContain('cooperation plan');
    expect(cited(signed!)).toEqual(['2022-04-19']);
    // Asks what the last question asked, as it asked it, about the talks it names: nothing was signed in 2020.
    expect(again?.intent).toBe('agreements');
    // No "Not quite.": the follow-up stated no premise to put right (dlg78).
    expect(again?.text).toMatch(/^The report of the phone talks of 29 July 2020 mentions no document signed\./);
    expect(again?.carried?.intent).toBe('agreements');
  });

  it('an ellipsis keeps what the last question asked of the agreements: signed, not agreed ("那2020年呢？" after the signings)', () => {
    for (const [signed, other, none] of [
      ['which documents were signed at the 2022 talks?', 'what about 2020?', /^The report of the phone talks of 29 July 2020 mentions no document signed\./],
      ['2022年签署了哪些文件？', '那2020年呢？', /^关于2020年7月29日的电话会谈的报道没有提到签署的文件。/u],
      ['năm 2022 hai bên ký những văn kiện gì?', 'còn năm 2020?', /^Bài báo về cuộc điện đàm ngày 29 tháng 7, 2020 không nêu văn kiện nào được ký\./u],
    ] as const) {
      const a = lastOf(signed, other);
      expect(a.text, other).toMatch(none);
      expect(a.text, other).not.toMatch(/exchanges through the Party channel could not be held|未能如期举行|không thể tổ chức/u);
    }
  });

  it('"he" is the one the last answer was about who makes sense: Song Tao gave Vietnam medical supplies; "it" is what he gave', () => {
    const [, gave, forWhat, much] = converse('who did Song Tao talk to in 2022?', 'and what did he give vietnam?', 'what was it for?', 'how much was it?');
    expect(gave?.text).toContain('medical supplies');
    expect(gave?.carried?.people).toEqual(['song-tao']);
    expect(forWhat?.text).toMatch(/COVID-19 prevention/);
    expect(forWhat?.carried?.topics).toEqual(['medical-aid']);
    expect(much?.text).toContain('1.5 million CNY');
  });

  it('"he" beside a person the question names is the other one: the one just asked about, at his own talks', () => {
    const [asked, when] = converse('did Hoang Binh Quan take part in the 2022 videoconference?', 'when did he talk with Song Tao then?');
    expect(asked?.text).toMatch(/^No/);
    expect(asked?.about?.people[0]).toBe('hoang-binh-quan');
    expect(cited(when!)).toEqual(['2020-07-29']);
    expect(when?.text).toContain('29 July 2020');
  });

  it('a yes/no asked again of another talk ("what about the later one?") is yes/no again', () => {
    const [no, yes] = converse('Was ASEAN mentioned in the 2020 phone talks?', 'what about the later one?');
    expect(no?.text).toMatch(/^No\./);
    expect(yes?.text).toMatch(/^Yes\./);
    expect(cited(yes!)).toEqual(['2022-04-19']);
    // And a call asked about stays a call: "and the land border?" after "did Vietnam urge China…?".
    const border = lastOf('Did the Vietnamese side urge China on anything about the East Sea in 2022?', 'and the land border?');
    expect(border.answered).toBe(true);
    expect(border.text).toContain('legal documents');
  });

  it('"who is Song Tao?" after a question about one talk names its own person: about him at every talk, no context line', () => {
    for (const [first, who] of [
      ['what did they sign in 2022?', 'who is Song Tao?'],
      ['2022年签署了什么文件？', '宋涛是谁？'],
      ['Năm 2022 hai bên ký văn kiện gì?', 'Tống Đào là ai?'],
    ] as const) {
      const a = lastOf(first, who);
      expect(a.carried, who).toBeUndefined();
      expect(cited(a), who).toEqual(['2020-07-29', '2022-04-19']);
    }
  });

  it('"How long after the phone talks was that?" relates the talk named to the one pointed at', () => {
    const a = lastOf('what was signed at the videoconference?', 'How long after the phone talks was that?');
    expect(cited(a)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('"the other talk", "the first one", "both of them", "two years earlier"', () => {
    expect(cited(lastOf('who took part in the 2022 talks?', 'and in the other talk?'))).toEqual(['2020-07-29']);
    expect(cited(lastOf('when were the talks held?', 'who was at the first one?'))).toEqual(['2020-07-29']);
    const both = lastOf('how was the 2022 meeting held?', 'was Song Tao in both of them?');
    expect(both.text).toMatch(/^Yes/);
    expect(cited(both)).toEqual(['2020-07-29', '2022-04-19']);
    expect(cited(lastOf('how was the April 2022 meeting held?', 'and the one two years earlier?'))).toEqual(['2020-07-29']);
  });

  it('"what about the 2022 talks, did covid come up there?" asks yes or no about the talks it names', () => {
    const a = lastOf('how did covid affect party exchanges in 2020?', 'what about the 2022 talks, did covid come up there?');
    expect(a.text).toMatch(/^Yes/);
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('a bare question word continues: "why?", "when was that?"', () => {
    const [, why, when] = converse('what did the two sides say about COVID-19 in 2020?', 'why?', 'when was that?');
    expect(why?.answered).toBe(true);
    expect(when?.answered).toBe(true);
    expect(cited(when!)).toEqual(['2020-07-29']);
  });

  it('a question that names nothing of its own continues ("who attended?", "谁提的？")', () => {
    expect(cited(lastOf('what did they discuss on 29 July 2020?', 'who attended?'))).toEqual(['2020-07-29']);
  });
});

describe('a yes/no about the conversation\'s things is checked against them', () => {
  it('"were they for X?", "是不是…的", "có phải…" after the medical supplies: No when the report says otherwise of them', () => {
    const [, floods] = converse('what did the chinese side donate in 2022?', 'were those meant for the floods?');
    expect(floods?.text).toMatch(/^No: “COVID-19”/u);
    expect(cited(floods!)).toEqual(['2022-04-19']);
    const [, flood] = converse('中方在2022年送了越南什么？', '是不是为了救洪灾？');
    expect(flood?.text).toMatch(/^不是/u);
    expect(cited(flood!)).toEqual(['2022-04-19']);
    const [, donor] = converse('Trung Quốc tặng gì cho Việt Nam năm 2022?', 'có phải do bộ y tế trung quốc tặng không?');
    expect(donor?.text).toMatch(/^Không:/u);
    expect(donor?.text.split('\n')[0]).toContain('Ban Liên lạc Đối ngoại');
  });

  it('"did he ship vaccines as well?" after the supplies Song Tao announced: only a hope on vaccines is reported, refused as alone, never "No: he is not reported saying so"', () => {
    const [, vaccines] = converse('what did the chinese side donate in 2022?', 'did he ship vaccines as well?');
    expect(vaccines?.answered).toBe(false);
    expect(vaccines?.text).not.toMatch(/^No/u);
    // Named outright, the same.
    const [alone] = converse('Did Song Tao ship any vaccines to Vietnam?');
    expect(alone?.answered).toBe(false);
    expect(alone?.text).not.toMatch(/not reported saying so/u);
  });

  it('"是…吗" opening with the copula has no subject of its own: checked against the conversation\'s things as "是不是…" is', () => {
    const [, relief] = converse('2022年中方捐了什么？', '是为了救灾的吗？');
    expect(relief?.text).not.toMatch(/^是的/u);
    const [, floods] = converse('中联部的医疗物资价值多少？', '是拿来对付洪水的吗');
    expect(floods?.text).toMatch(/^不是/u);
    expect(cited(floods!)).toEqual(['2022-04-19']);
  });

  it('"more than 250k usd?" after the value: the conversation\'s amount checked against the bound, not refused', () => {
    const [, more] = converse('what was the value of the supplies china donated?', 'more than 250k usd?');
    expect(more?.answered).toBe(true);
    expect(more?.text).toMatch(/^No: 1\.5 million CNY \(235,000 USD\), not more than 250,000 USD\./u);
    expect(cited(more!)).toEqual(['2022-04-19']);
  });

  it('"he" set against someone named at another talk ("same job as Quan in 2020?") compares their posts at both talks', () => {
    const [, same] = converse('who was the vietnamese official at the 2022 talks?', 'was his job the same as quan\'s in 2020?');
    expect(same?.text).toMatch(/^Yes, in the same body/u);
    expect(cited(same!)).toEqual(['2020-07-29', '2022-04-19']);
    const [, other] = converse('who was the vietnamese official at the 2022 talks?', 'did he hold the same post as song tao in 2020?');
    expect(other?.text).toMatch(/^No/u);
  });

  it('"did he call it …?" in words the articles lack: he is not reported saying so, and what he did say', () => {
    const [, , called] = converse('what partnership do the two countries have?', 'who said china attaches importance to it?', 'did he describe it as a traditional alliance of comrades?');
    expect(called?.answered).toBe(true);
    expect(called?.text).toMatch(/^No: Song Tao is not reported saying so\./u);
    expect(called?.text).toContain('neighbourliness and friendship');
  });

  it('a subject of its own asked about the talks stays the talks\' question', () => {
    const [, floods] = converse('what did the chinese side donate in 2022?', 'did floods come up?');
    expect(floods?.text).toMatch(/^No\. The report of the talks via videoconference of 19 April 2022/u);
  });
});

describe('questions about every talk, alone and as follow-ups', () => {
  it('"was X at both talks?": No when he missed one, Yes when he was at each; the follow-up stays about him', () => {
    const [quan] = converse('was Hoang Binh Quan at both talks?');
    expect(quan?.text).toMatch(/^No\. Hoang Binh Quan took part only in the phone talks of 29 July 2020/);
    const [song, title] = converse('Was Song Tao on both calls?', "what's his job title?");
    expect(song?.text).toMatch(/^Yes: Song Tao took part in both talks/);
    expect(title?.text).toContain('International Liaison Department');
    expect(cited(title!)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('"was the Chinese official the same both times?" (its cue words are what it asks), then "and the Vietnamese one?"', () => {
    const [, same, other] = converse('Which talk was held first, the phone one or the video one?', 'was the chinese official the same both times?', 'and the vietnamese one?');
    expect(same?.text).toMatch(/^Yes\./);
    expect(other?.text).toMatch(/^No\./);
    const [, zh] = converse('2020年的通话是在哪天？', '两次中方代表是同一个人吗？');
    expect(zh?.text).toMatch(/^是的。/);
  });

  it('an ellipsis naming its own talk ("2022年那次呢？") asks the same of that talk, not of both', () => {
    const [, again] = converse('2020年的通话是在哪天？', '2022年那次呢？');
    expect(cited(again!)).toEqual(['2022-04-19']);
    expect(again?.text).toContain('2022年4月19日');
  });
});

describe('the conversation\'s talks give way to where a question\'s own words are reported', () => {
  it('"What help did China give Vietnam?" after the 2020 talks: the help is reported only in 2022, and the answer says so', () => {
    const [, , help] = converse('what did they talk about in 2022?', 'and in 2020?', 'What help did China give Vietnam?');
    expect(help?.answered).toBe(true);
    expect(cited(help!)).toEqual(['2022-04-19']);
    expect(help?.text).toContain('medical supplies');
    expect(help?.carried?.note).toBe('(not reported at the talks of 29 July 2020: from the talks of 19 April 2022)');
  });

  it('"why weren\'t they in person?" after the 2020 format: what the report says of why exchanges took such forms', () => {
    const [, , why] = converse('what format were the 2022 talks?', 'and the earlier one?', "why weren't they in person?");
    expect(why?.answered).toBe(true);
    expect(cited(why!)).toEqual(['2020-07-29']);
    expect(why?.text).toMatch(/^The articles do not say why the phone talks of 29 July 2020 were not held in person/);
    expect(why?.text).toContain('COVID-19');
  });
});

describe('a question that names its own talk, person or topic keeps it', () => {
  it('its own year wins over the conversation\'s talk', () => {
    const a = lastOf('who took part in the 2022 talks?', 'who took part in 2020?');
    expect(cited(a)).toEqual(['2020-07-29']);
    expect(a.carried).toBeUndefined();
  });

  it('its own person: no "he" to fill', () => {
    const a = lastOf('who took part in the 2020 talks?', 'what did Le Hoai Trung say about trade?');
    expect(a.text).toContain('Le Hoai Trung');
    expect(a.carried?.people ?? []).toEqual([]);
  });

  it('"the two" before a noun counts that noun ("the two sides"), and stands for the talks or people only alone', () => {
    expect(cited(lastOf('who took part in 2022?', 'what did the two sides agree on?'))).toEqual(['2022-04-19']);
    expect(lastOf('who took part in 2022?', 'who were the two general secretaries then?').answered).toBe(false);
    const both = lastOf('who took part in 2022?', 'and what did the two say?');
    expect(both.carried?.people.length).toBe(2);
  });

  it('a question that stands alone gets the same answer as without a conversation', () => {
    const alone = lastOf('when were the talks held?');
    const after = lastOf('what did they sign in 2022?', 'when were the talks held?');
    expect(after.text).toBe(alone.text);
  });
});

describe('the conversation\'s talks, people and subject', () => {
  it('a question naming its own subject but no talk stays in the conversation\'s talks where it has an answer there', () => {
    const a = lastOf('In the videoconference, what did both officials say about the party channel?', 'what did both sides say about economic ties?');
    expect(a.answered).toBe(true);
    expect(cited(a)).toEqual(['2022-04-19']);
    // Nothing about it there: it goes where it was said.
    expect(cited(lastOf('what did they sign in 2022?', 'what did Quan say about international law?'))).toEqual(['2020-07-29']);
  });

  it('a refusal keeps the talks and people the conversation was about; one naming nothing keeps the whole context', () => {
    const after = lastOf('who congratulated China on its first centenary goal?', 'what exactly is that goal?', 'what else did he congratulate them on?');
    expect(cited(after)).toEqual(['2022-04-19']);
    const [, where, helped] = converse('What losses did the floods cause in 2020?', 'where in china?', 'did vietnam help china with it?');
    expect(where?.answered).toBe(false);
    expect(helped?.carried?.topics).toContain('floods');
  });

  it('asking again who the people were, about talks where not all of them were, asks about that talk\'s people', () => {
    const a = lastOf('2020年7月通话的双方是谁？', '他们分别是什么职务？', '那2022年呢？');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('黎怀忠');
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('"what other document…?", "还…": beyond the last answer\'s subject, in its talks', () => {
    const other = lastOf('did they sign a cooperation plan in 2022?', 'what other document was signed with it?');
    expect(other.text).toMatch(/training/);
    const zh = lastOf('2022年会谈签署了什么文件？', '中方还送了什么？');
    expect(zh.text).toContain('医疗');
  });
});

describe('Vietnamese and Chinese follow-ups', () => {
  it('"còn năm 2020 thì sao, có ký gì không?" after the 2022 signings: its own question, of 2020: No, nothing signed', () => {
    const a = lastOf('Năm 2022 hai bên ký những văn kiện gì?', 'còn năm 2020 thì sao, có ký gì không?');
    expect(a.text).toMatch(/^Không/u);
    expect(cited(a)).toEqual(['2020-07-29']);
  });

  it('"còn năm 2020 thì sao?" and "那2020年呢？" ask again about 2020', () => {
    const vi = lastOf('Ai tham gia hội đàm năm 2022?', 'còn năm 2020 thì sao?');
    expect(vi).toMatchObject({ lang: 'vi', intent: 'who' });
    expect(cited(vi)).toEqual(['2020-07-29']);
    expect(vi.text).toContain('Hoàng Bình Quân');
    const zh = lastOf('2022年会谈谁参加了？', '那2020年呢？');
    expect(zh).toMatchObject({ lang: 'zh', intent: 'who' });
    expect(zh.text).toContain('黄平君');
  });

  it('"ông ấy", "他" are the person of the last answer; typed without diacritics too', () => {
    for (const q of ['ông ấy nói gì về biển?', 'ong ay noi gi ve bien?']) {
      const a = lastOf('Ai dẫn đầu phía Việt Nam năm 2020?', q);
      expect(a.carried?.people, q).toEqual(['hoang-binh-quan']);
      expect(cited(a), q).toEqual(['2020-07-29']);
    }
    const zh = lastOf('2020年越方是谁参加的？', '他对海上问题说了什么？');
    expect(zh.carried?.people).toEqual(['hoang-binh-quan']);
    expect(zh.text).toContain('黄平君');
  });

  it('"他主张怎么解决" after his words on a problem: what he called for to solve it, not his post', () => {
    const a = lastOf('2020年黄平君说两国关系有哪些障碍？', '那他主张如何解决？');
    expect(a.intent).toBe('topic');
    expect(a.text).toMatch(/和平|国际法/);
    expect(a.text).not.toContain('时任');
  });

  it('"ông ấy muốn giải quyết bằng cách nào?", "他希望怎么解决？" after the obstacles at sea: how he wanted them settled, not how the talks were held', () => {
    const vi = lastOf('Năm 2020 ông Quân nói gì về tình hình trên biển?', 'ông ấy muốn giải quyết bằng cách nào?');
    expect(vi.text).toMatch(/hòa bình|luật pháp quốc tế/);
    expect(vi.text).not.toContain('qua điện thoại');
    const zh = lastOf('2020年黄平君说两国关系有哪些障碍？', '他希望怎么解决？');
    expect(zh.text).toMatch(/和平|国际法/);
    expect(zh.text).not.toContain('时任');
    // Asked of the talks themselves, "by what means" is still their format.
    expect(lastOf('Năm 2020 ông Quân nói gì về tình hình trên biển?', 'cuộc điện đàm được tổ chức bằng cách nào?').text).toContain('điện thoại');
  });

  it('"which bloc…" after the DOC and COC: a generic noun for a group of countries is ASEAN, not a word the articles lack', () => {
    const a = lastOf("what's DOC short for in the april 2022 piece?", 'and COC?', 'which bloc was China supposed to work with on those');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('ASEAN');
  });

  it('"did song tao push back on any of it?" after Trung\'s proposals: No, and how he responded', () => {
    const a = lastOf('In 2022, what did Trung suggest for the localities along the border?', 'why did he want more high-level exchanges?', 'did song tao push back on any of it?');
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toContain('responded positively');
  });

  it('"what actually happened at sea then?" after the obstacles: the reports only allude to it, so it is refused', () => {
    const a = lastOf('how did Quan describe the way party ties were going in 2020?', 'was anything negative mentioned though?', 'what actually happened at sea then?');
    expect(a.answered).toBe(false);
    expect(lastOf('how did Quan describe the way party ties were going in 2020?', 'what obstacles did he mention?').text).toContain('at sea');
  });

  it('"他们" and "họ" are the people; traditional characters work alike', () => {
    expect(lastOf('2022年会谈谁参加了？', '他們簽署了什麼？').text).toContain('合作计划');
    expect(lastOf('Ai tham gia hội đàm năm 2022?', 'họ đã ký những gì?').text).toContain('kế hoạch hợp tác');
  });
});

describe('what the answer says it took over', () => {
  it('one line in the answer\'s language, naming what came from the conversation', () => {
    expect(lastOf('who did Song Tao talk to in 2022?', 'what did they sign?').carried?.note).toBe('(about Le Hoai Trung, Song Tao and the talks of 19 April 2022)');
    expect(lastOf('Ai tham gia hội đàm năm 2022?', 'họ đã ký những gì?').carried?.note).toBe('(về Lê Hoài Trung, Tống Đào và cuộc hội đàm ngày 19 tháng 4, 2022)');
    expect(lastOf('2022年会谈谁参加了？', '他们签署了什么？').carried?.note).toBe('（关于黎怀忠、宋涛和2022年4月19日的会谈）');
  });

  it('is plain JSON (ids), and the text of the answer is unchanged by it', () => {
    const a = lastOf('who did Song Tao talk to in 2022?', 'what did they sign?');
    expect(JSON.parse(JSON.stringify(a.carried))).toEqual(a.carried);
    expect(a.text.startsWith('(')).toBe(false);
  });
});

describe('what a follow-up asks again, and of whom', () => {
  it('"were the talks in person?", then "and the 2020 ones?": in person again, so No first', () => {
    const [, again] = converse('were the 2022 talks held in person?', 'and the 2020 ones?');
    expect(again?.text).toMatch(/^No\./);
    expect(cited(again!)).toEqual(['2020-07-29']);
  });

  it('a fragment asking sameness ("vietnam\'s side, same representative both times?") compares, Yes or No by the side', () => {
    const [, vn] = converse('who took part in the 2022 talks?', "and vietnam's side, same representative both times?");
    expect(vn?.text).toMatch(/^No/);
    const [, cn] = converse('who took part in the 2022 talks?', 'what about china, same official at both talks?');
    expect(cn?.text).toMatch(/^Yes/);
    expect(cited(cn!)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('"was the 2020 call by video?", then "what about 2022?": that format again, so Yes of the talk held that way', () => {
    const [, yes] = converse('was the 2020 call held by video?', 'what about 2022?');
    expect(yes?.text).toMatch(/^Yes/);
    expect(cited(yes!)).toEqual(['2022-04-19']);
    const [, no] = converse('were the 2020 talks by phone?', 'and the 2022 ones?');
    expect(no?.text).toMatch(/^No/);
    expect(cited(no!)).toEqual(['2022-04-19']);
  });

  it('the people a follow-up took over stay first: "he" after "and in 2020?" is still the person asked about', () => {
    const [, , both] = converse("who was china's representative in the 2022 talks?", 'and in 2020?', 'was he head of the International Liaison Department both times?');
    expect(both?.text).toMatch(/^Yes/);
    expect(both?.carried?.people).toEqual(['song-tao']);
  });

  it('"same person as in 2020?" sets the conversation\'s side against the talk named: No, with who held it each time', () => {
    const [, same] = converse('who led the vietnamese side in 2022', 'same person as in 2020?');
    expect(same?.text).toMatch(/^No\./);
    expect(same?.text).toContain('Hoang Binh Quan');
    expect(cited(same!)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('"did Quan hold the same post in 2020?" after Trung\'s post: the posts side by side, Yes', () => {
    const [, post] = converse("what was Trung's post in 2022?", 'did Quan hold the same post in 2020?');
    expect(post?.text).toMatch(/^Yes, in the same body/);
    expect(cited(post!)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('sameness with a subject of its own, or asked of "him", is its own question', () => {
    const [, format] = converse('how were the 2020 talks held?', 'was the 2022 one also over the phone?');
    expect(format?.intent).toBe('format');
    expect(cited(format!)).toEqual(['2022-04-19']);
  });

  it('a carried subject gives way for a speaker named: "how did Song Tao respond to those requests?"', () => {
    const [, response] = converse('what did trung hope for on vaccine passports?', 'how did song tao respond to those requests?');
    expect(response?.answered).toBe(true);
    expect(response?.text).toContain('positively');
  });

  it('a carried subject gives way for a question naming its own talk and asking who held a place there', () => {
    const [, , who] = converse('Cuộc điện đàm tháng 7/2020 là giữa ai với ai?', 'Họ nói gì về lũ lụt?', 'Còn cuộc hội đàm năm 2022 thì ai đại diện phía Việt Nam?');
    expect(who?.answered).toBe(true);
    expect(who?.text).toContain('Lê Hoài Trung');
    expect(cited(who!)).toEqual(['2022-04-19']);
  });

  it('"他说两国是什么关系？" after his words on COVID-19: read with his name it asks about relations, at the same talk', () => {
    const [, relations] = converse('2020年宋涛对越南抗疫怎么评价？', '那他说两国是什么关系？');
    expect(relations?.text).toContain('全面战略合作伙伴');
    expect(cited(relations!)).toEqual(['2020-07-29']);
  });

  it('carried people give way when nothing answers with them: "who signed the cadre training scheme?", "for which years?"', () => {
    const [, years] = converse('who signed the cadre training scheme', 'for which years?');
    expect(years?.answered).toBe(true);
    expect(years?.text).toContain('2021-2025');
  });

  it('"was it for 2021-2030?" after the documents signed: the document named where "it" stands, put right', () => {
    const [, period] = converse('Did Vietnam and China sign anything in April 2022?', 'was it for 2021-2030?');
    expect(period?.text).toMatch(/^No: 2021-2025, not 2021-2030/);
    // A year with no talks stays refused when nothing is put right.
    expect(lastOf('what did they sign in 2022?', 'was it discussed in 2019?').answered).toBe(false);
  });

  it('"is that 2020-2025?" after the documents signed: years of no talk that "that" makes the plan\'s period, checked Yes or No', () => {
    const [, wrong] = converse('what was signed at the videoconference?', 'is that for 2020-2025?');
    expect(wrong?.text).toMatch(/^No/);
    expect(wrong?.text).toContain('2021-2025');
    expect(cited(wrong!)).toEqual(['2022-04-19']);
    const [, right] = converse('what plan did they sign?', 'is it for 2021-2025?');
    expect(right?.text).toMatch(/^Yes/);
    expect(cited(right!)).toEqual(['2022-04-19']);
    // Years of no talk asked of nothing the conversation signed stay refused.
    expect(lastOf('who took part in 2020?', 'was that in 2023?').answered).toBe(false);
  });

  it('a statement asked back after a yes/no question asks yes or no too: "他签的是2021-2030年的合作计划？"', () => {
    const [, back] = converse('2022年越方代表是黎怀忠吗？', '他签的是2021-2030年的合作计划？');
    expect(back?.text).toMatch(/^不是/);
  });
});

describe('out of scope stays refused', () => {
  it('"does he still have that job?" asks about today: refused, saying the articles tell nothing of what came after', () => {
    const a = lastOf("what was Song Tao's post at the time of the videoconference?", 'and two years before that?', 'does he still have that job?');
    expect(a.answered).toBe(false);
    expect(a.text).toContain('nothing of what came after');
    // Of a talk named, "still" is of that time.
    expect(lastOf('who spoke for vietnam in 2020?', 'what was his title?', 'is he still in that job by 2022?').answered).toBe(true);
  });

  it('"cool. unrelated but can u recommend a good vpn?" after an on-topic question (the issue\'s example)', () => {
    const a = lastOf('what did they sign in 2022?', 'cool. unrelated but can u recommend a good vpn?');
    expect(a.answered).toBe(false);
    // Refused as what it is (advice, an opinion) or for what the articles lack: never the last answer's facts.
    expect(a.citations).toEqual([]);
    expect(a.text).toMatch(/vpn|opinion/);
  });

  it.each([
    ['what did they sign in 2022?', 'what do you think of it?'],
    ['who took part in 2020?', 'how old is he?'],
    ['what was said about the floods?', 'where in china?'],
    ['what did they sign in 2022?', 'and in 2019?'],
    ['Ai tham gia hội đàm năm 2022?', 'ông ấy bao nhiêu tuổi?'],
    ['2022年会谈谁参加了？', '他多大了？'],
    // Refused whole for what it asks, whatever "these" would stand for.
    ['what did they sign in 2022?', 'How are Vietnam-US relations doing these days?'],
    ['宋涛2020年说了什么？', '帮我写一首关于春天的七言绝句'],
    // What the question asks of its own is a general word nothing in the articles covers: the conversation says what
    // it is about, never what it asks.
    // (Each was answered from the conversation before: "was it deadly?" with "Yes." and the floods.)
    ['what did they say about the floods in 2020?', 'was it deadly?'],
    ['what did china give vietnam in 2022?', 'were they expensive?'],
    ['what did trung say about the sea?', 'was he angry?'],
    ['what did china give vietnam in 2022?', 'did they arrive safely?'],
    ['what did china give vietnam in 2022?', 'when did they arrive?'],
    ['who took part in the 2020 call?', 'what did they eat?'],
    // The detail asked must be in the evidence, in a conversation as alone: the conversation may fill the subject,
    // never the count, the names or the occasion asked. (Each was answered from the conversation before: a sentence
    // with the 70th anniversary as a count, the land border's sentences as names, the anniversary for a ceremony.)
    ['what did they agree about party exchanges in 2020?', 'how many got postponed?'],
    ['what did trung say about the land border?', 'which 3 documents are those exactly?'],
    ['which anniversary was celebrated in 2020?', 'was there a big ceremony for it in hanoi?'],
    // A meeting after the talks, a date still to come, another document after the one signed: not "not in person",
    // a wrong ordinal put right, or the signing reported.
    ['how were the 2020 talks held?', 'did the two sides get together face to face later that year?'],
    ['what did trung congratulate china on?', 'and when is the second one due?'],
    ['what did they sign in 2022?', 'when will the next plan be signed?'],
    ['2022年会谈签了什么？', '下一份方案什么时候签？'],
    // A ranking of the people, a recommendation, how things stand today: refused alone, so refused after on-topic
    // turns too (each was answered from the conversation's facts, one with "Yes.").
    ['who took part in both talks?', 'who is the stronger negotiator of the two haha'],
    ['what did vietnam hope for on vaccine passports?', 'whats the best covid jab to get'],
    ['what did china give vietnam in 2022?', 'hows the pandemic in china now'],
    // A count the cited sentences do not give, of a thing they never name: not the subject's sentences.
    ["who headed vietnam's external relations commission in 2020?", 'how many lorries were stuck at the border?'],
  ])('%s → %s', (first, second) => {
    expect(lastOf(first, second).answered).toBe(false);
  });

  it('what the articles lack stays refused, while what they report but do not spell out is still answered ("covering which years?")', () => {
    const years = lastOf('what got signed at the 2022 talks?', 'covering which years?');
    expect(years.answered).toBe(true);
    expect(years.text).toContain('2021-2025');
    const instead = lastOf('what did they agree about party exchanges in 2020?', 'what did they do instead?');
    expect(instead.answered).toBe(true);
    // A figure asked of what the conversation gives stands on a sentence giving one.
    const worth = lastOf('what medical supplies did china give vietnam?', 'how much were they worth?');
    expect(worth.answered).toBe(true);
    expect(worth.text).toContain('1.5 million CNY');
  });

  it('a refusal keeps the conversation: the next follow-up continues from the last answer', () => {
    const [, , again] = converse('who took part in the 2020 talks?', 'how old is he?', 'what did he say about the sea?');
    expect(again?.carried?.people).toEqual(['hoang-binh-quan']);
  });
});

describe('a message of no word or number', () => {
  it('asks nothing of the conversation: the notice to ask in words, and the conversation goes on after it', () => {
    const [, symbols, marks, next] = converse('who took part in 2022?', '))) ;;;', '???', 'and in 2020?');
    for (const a of [symbols, marks]) {
      expect(a?.answered).toBe(false);
      expect(a?.text).toMatch(/^Please ask a question in words/);
      expect(a?.carried).toBeUndefined();
    }
    expect(next?.text).toContain('Hoang Binh Quan');
  });
});

describe('a word of chat alone', () => {
  it('is no request to say the last answer again; asked ("ok?"), it still continues', () => {
    const [, thanks, cool, asked] = converse('who took part in 2022?', 'thanks', 'ok cool', 'ok?');
    for (const a of [thanks, cool]) {
      expect(a?.answered).toBe(false);
      expect(a?.text).not.toContain('Le Hoai Trung');
    }
    expect(asked?.answered).toBe(true);
    expect(asked?.text).toContain('Le Hoai Trung');
  });
});

describe('what a follow-up points at, and what it asks of its own', () => {
  it('"that centenary goal" named in full is not written twice: still only mentioned, so refused', () => {
    for (const q of ['so whats that centenary goal?', 'what is that centenary goal exactly']) {
      const a = lastOf('what did trung congratulate china on in 2022?', q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/only mention "first centenary goal"/);
    }
  });

  it('"whats" asks a question of its own: a name with its possessive typed without an apostrophe is that person\'s', () => {
    const a = lastOf('was quan at the 2022 talks?', 'whats quans post');
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/^(Yes|No)\b/);
    expect(a.text).toMatch(/^Hoang Binh Quan .*Head of the CPV Central Committee's Commission for External Relations/);
    expect(cited(a)).toEqual(['2020-07-29']);
  });

  it('a No put right ("it came up on 19 April 2022") leaves the talk where it came up as the context', () => {
    const [no, who] = converse('was the land border discussed in the 2020 call?', 'who raised it?');
    expect(no?.text).toMatch(/^No\..*came up on 19 April 2022/);
    expect(no?.about?.talks).toEqual(['2022-04-19-videoconference']);
    expect(who?.answered).toBe(true);
    expect(cited(who!)).toEqual(['2022-04-19']);
    expect(who?.text).toContain('Le Hoai Trung');
  });

  it('"was that at the phone talks?" after a document signed asks whether it was signed there, not how the talk was held', () => {
    const [, there, then] = converse('what was signed on cadre training?', 'was that at the phone talks?', 'so was it in 2022?');
    expect(there?.text).toMatch(/^No\. A scheme on cooperation in training cadres .* was signed on 19 April 2022/);
    expect(then?.text).toMatch(/^Yes\./);
  });

  it('a thing of its own nothing in the articles names is refused, though the conversation gives a person to ask of', () => {
    const a = lastOf('what did quan say about the floods?', 'what did he think of chinas gdp');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/do not mention "gdp"/i);
  });
});

describe('a figure or a thing the conversation cannot give', () => {
  it('"how much money was that?" of a subject that names no figure: no figure, never another talk\'s', () => {
    const a = lastOf('what did song tao thank vietnam for in 2020?', 'so how much money was that?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain('1.5 million');
    // Of the supplies themselves, the figure is theirs.
    expect(lastOf('what did song tao announce in 2022', 'how much money was it').text).toContain('1.5 million CNY');
  });

  it('a thing nothing in the articles names is not answered with who the person is', () => {
    const a = lastOf("who led china's side in 2022?", 'did they send masks in 2020 too?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain('Head of the International Liaison Department');
  });
});

describe('an ellipsis whose subject does not fit the last question\'s kind', () => {
  it('"and the land border?" after what an acronym stands for asks what was said of the land border', () => {
    for (const [first, next] of [
      ['what does DOC stand for', 'and the land border?'],
      ['ILD là gì', 'còn biên giới đất liền thì sao'],
    ] as const) {
      const a = lastOf(first, next);
      expect(a.answered, next).toBe(true);
      expect(a.intent, next).toBe('topic');
      expect(cited(a), next).toEqual(['2022-04-19']);
      expect(a.text, next).toMatch(/land border|biên giới/);
    }
  });

  it('a dropped subject asking only the format is the conversation talk\'s; "it" asked again at the other talk is the subject', () => {
    const phone = lastOf('2022年那次会谈是谁和谁？', '是打电话吗');
    expect(cited(phone)).toEqual(['2022-04-19']);
    expect(phone.text).toMatch(/^不是/);
    const vi = lastOf('Ai tham dự hội đàm năm 2022?', 'có phải qua điện thoại không?');
    expect(cited(vi)).toEqual(['2022-04-19']);
    const sea = lastOf('what did quan say about the sea in 2020?', 'did it come up again in the 2022 talk?');
    expect(cited(sea)).toEqual(['2022-04-19']);
    expect(sea.text).toMatch(/^Yes/);
    const date = lastOf('was the april 2022 meeting face to face?', 'and the 2020 one?', 'what date was that call again');
    expect(date.text).toContain('29 July 2020');
  });
});

describe('words for the articles themselves name all the talks', () => {
  it('"in these articles" after one talk asks of every talk, not the conversation\'s', () => {
    const a = lastOf('what position did song tao hold during the phone talks?', 'how many times did he talk with the vietnamese side in the reports?');
    expect(a.answered).toBe(true);
    expect(cited(a)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('"which side raised it, china or vietnam?" keeps the conversation\'s subject and talk: a choice past a comma is no noun "it" determines', () => {
    const a = lastOf('What did Trung want from China on the East Sea?', 'what about the sea in the 2020 call?', 'which side raised it, china or vietnam?');
    expect(cited(a)).toEqual(['2020-07-29']);
    expect(a.text).toContain('Hoang Binh Quan');
  });

  it('a yes/no of sameness across the conversation\'s talks leads by what it asks', () => {
    const changed = lastOf('who was on the vietnamese side for the april 2022 video call?', 'and back in 2020?', 'did the chinese side change between them too?');
    expect(changed.text).toMatch(/^No\./);
    expect(cited(changed)).toEqual(['2020-07-29', '2022-04-19']);
  });
});

describe('a check of what the last answer said', () => {
  it('"that was from the 2020 call, right?" after words said in 2022: No, and where they were said, whatever the subject', () => {
    const trust = lastOf('what role did the officials give to party-channel cooperation in april 2022?', 'what did they say had helped build trust?', 'that was from the 2020 phone call, right?');
    expect(trust.text).toMatch(/^No: that was at the talks via videoconference of 19 April 2022\./);
    expect(cited(trust)).toEqual(['2022-04-19']);
    const same = lastOf('what did Trung ask China about trade in 2022?', 'that was in the 2022 talks, right?');
    expect(same.text).toMatch(/^Yes/);
    expect(cited(same)).toEqual(['2022-04-19']);
    // Asked whether it came up at a talk that never reported the subject: No, citing where it was said.
    const raised = lastOf('2022年越方在贸易上提了什么要求？', '疫苗护照呢？', '这些是2020年电话里提的吗？');
    expect(raised.text).toMatch(/^不是/u);
    expect(cited(raised)).toEqual(['2022-04-19']);
    // Raised at another talk too is not where that was said: "did it come up again…?" still asks of the subject.
    const sea = lastOf('what did quan say about the sea in 2020?', 'did it come up again in the 2022 talk?');
    expect(sea.text).toMatch(/^Yes/);
  });

  it('"wasn\'t it Hoang Binh Quan?" after who held a place at one talk: No, who did, and where the one named took part', () => {
    const a = lastOf('who chaired the CPV external relations commission at the april 2022 talks?', "wait, wasn't it Hoang Binh Quan?");
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toContain('Le Hoai Trung');
    expect(cited(a)).toEqual(['2020-07-29', '2022-04-19']);
    expect(lastOf('who chaired the CPV external relations commission at the april 2022 talks?', 'was it Le Hoai Trung?').text).toMatch(/^Yes/);
  });

  it('"same title in 2022?" of the conversation\'s own person: Yes or No first, then the post he held there', () => {
    const a = lastOf('what position did Song Tao hold at the time of the 2020 call?', 'same title in 2022?');
    expect(a.text).toMatch(/^Yes/);
    expect(cited(a)).toEqual(['2022-04-19']);
    expect(a.text).toContain('International Liaison Department');
  });
});

describe('who said it, who "he" is now, and corrections', () => {
  it('"so it was the Chinese side saying all this?" after the Vietnamese side\'s words: No, and who said them', () => {
    const a = lastOf('What did Trung propose for the localities along the border?', 'and on high-level exchanges, what was his point?', 'so it was the chinese side saying all this?');
    expect(a.text).toMatch(/^No: that was said by Le Hoai Trung/);
    expect(cited(a)).toEqual(['2022-04-19']);
    const yes = lastOf('What did Trung propose for the localities along the border?', 'and on high-level exchanges, what was his point?', 'so it was trung saying this?');
    expect(yes.text).toMatch(/^Yes/);
    const vi = lastOf('Ông Lê Hoài Trung đề nghị gì về vấn đề Biển Đông?', 'còn năm 2020 thì sao?', 'người nói điều đó là ông Trung luôn à?');
    expect(vi.text).toMatch(/^Không: người nói điều đó là Hoàng Bình Quân/u);
    expect(cited(vi)).toEqual(['2020-07-29']);
    const zh = lastOf('2022年黎怀忠在高层交往上说了什么？', '所以这是中方说的吧？');
    expect(zh.text).toMatch(/^不是。那是黎怀忠/u);
  });

  it('"and on the chinese end?" after the Vietnamese side: "he" is then the one answered, not the one carried', () => {
    const a = lastOf('who spoke for vietnam on that july 2020 phone call?', 'and on the chinese end?', 'was he in the 2022 talks too?');
    expect(a.text).toMatch(/^Yes/);
    expect(a.text).toContain('Song Tao');
  });

  it('"and who was on the other end of the line?": "he" is then the one just learned of, not the one already known', () => {
    const a = lastOf('who spoke for vietnam in that july 2020 phone call?', 'and who was on the other end of the line', 'was he in the 2022 talks as well?');
    expect(a.text).toMatch(/^Yes: Song Tao took part/);
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('"was he also in the 2022 talks?" of a person: where he took part settles it, not what he said', () => {
    const a = lastOf('who sat on the Chinese side of the April 2022 videoconference?', 'did he also take part in the 2020 call?');
    expect(a.text).toMatch(/^Yes: Song Tao took part in the phone talks of 29 July 2020/);
    const no = lastOf('who spoke for vietnam in 2020?', 'was he also in the 2022 talks?');
    expect(no.text).toMatch(/^No\. Hoang Binh Quan did not take part/);
  });

  it('"did they talk about vaccines then?" of both sides of a talk is of that talk: No, cited; "and in 2022?" is whether it came up there', () => {
    const [, then, later] = converse('What did both sides commit to on COVID at the end of the 2020 call?', 'did they talk about vaccines then?', 'and in 2022?');
    expect(then?.text).toMatch(/^No\./);
    expect(cited(then!)).toEqual(['2020-07-29']);
    expect(later?.text).toMatch(/^Yes/);
    expect(later?.text).toContain('vaccine passports');
    expect(cited(later!)).toEqual(['2022-04-19']);
  });

  it('"and who was he talking to", then "is that the same person who did the 2022 talks?": the one asked for, Yes', () => {
    const a = lastOf('who was on the vietnamese end of the phone call back in july 2020?', 'and who was he talking to', 'wait is that the same person who did the 2022 video talks?');
    expect(a.text).toMatch(/^Yes/);
    expect(cited(a)).toEqual(['2020-07-29', '2022-04-19']);
    // The same people, asked of both sides, is still No (the Vietnamese side changed).
    const both = lastOf('who was on the vietnamese end of the phone call back in july 2020?', 'and who was he talking to', 'were those the same people who did the 2022 video talks?');
    expect(both.text).toMatch(/^No/);
  });

  it('a correction asks the last question again of the talk it names, in every language', () => {
    const en = lastOf("Vietnam's rep at the 2022 talks was Hoang Binh Quan, yes?", 'sorry, I meant the 2020 one');
    expect(en.text).toMatch(/^Yes/);
    expect(cited(en)).toEqual(['2020-07-29']);
    const zh = lastOf('2022年越方代表是黄平君吗？', '不好意思，我是说2020年那次');
    expect(zh.text).toMatch(/^是的/u);
    const vi = lastOf('đại diện Việt Nam ở hội đàm năm 2022 là ông Hoàng Bình Quân phải không?', 'xin lỗi, ý tôi là năm 2020');
    expect(vi.text).toMatch(/^Có/u);
  });

  it('a figure asked of nothing named, after what China gave: the figure, never who the giver is', () => {
    const a = lastOf('2022年视频会谈时，中方给越南捐了什么？', '价值多少？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/150万/u);
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('"by phone rather than in person, right?": Yes for the phone talks, the meeting in person ruled out, in every language', () => {
    expect(lastOf('疫情对两党交流有什么影响？', '所以那次是打电话而不是见面，对吧？').text).toMatch(/^是的/u);
    expect(lastOf('so the 2020 talks were by phone rather than in person, right?').text).toMatch(/^Yes/);
    expect(lastOf('hội đàm năm 2020 là qua điện thoại chứ không phải gặp trực tiếp đúng không?').text).toMatch(/^Có/u);
    // Asked of in person alone, it is still No.
    expect(lastOf('were the 2020 talks in person?').text).toMatch(/^No/);
  });
});

describe('round 39: what a follow-up points at', () => {
  it('"what\'s the second one?" after the first centenary goal asks that series, which the articles only mention: refused', () => {
    const [, second] = converse('Trung congratulated China on reaching some goal - which one?', "ok and what's the second one then?");
    expect(second?.answered).toBe(false);
    expect(second?.text).toContain('first centenary goal');
    // An ordinal naming another talk than the conversation's still names that talk.
    const [, other] = converse('Trung congratulated China on reaching some goal - which one?', 'and the first one?');
    expect(other?.answered).toBe(true);
    expect(cited(other!)).toEqual(['2020-07-29']);
  });

  it('"what were those focal points exactly" and "what were they for?": what is only mentioned is refused, a purpose answered', () => {
    const [, , focal] = converse('What did Trung say about high-level exchanges?', 'and the chinese reply?', 'what were those focal points exactly');
    expect(focal?.answered).toBe(false);
    expect(lastOf('what were the supplies for').answered).toBe(true);
  });

  it('"did china send similar aid in 2020?" after the 2022 supplies: the 2020 report has none, with no 2022 facts as its answer', () => {
    const aid = lastOf('How much were the medical supplies China gave Vietnam worth?', 'did china send similar aid in 2020?');
    expect(aid.answered).toBe(false);
    expect(aid.text).toContain('29 July 2020');
    expect(aid.text).not.toContain('1.5 million');
  });

  it('"same in 2020?" after the post he held asks the post again: Yes, in the same body', () => {
    const same = lastOf('what CPC body did Song Tao head at the 2022 talks?', 'same in 2020?');
    expect(same.text).toMatch(/^Yes/);
    expect(same.text).toContain('International Liaison');
  });

  it('"是打电话还是视频？" offers formats as choices: how the conversation\'s talk was held, that talk only', () => {
    const format = lastOf('2022年的会谈是谁和谁？', '是打电话还是视频？');
    expect(format.text).toContain('视频');
    expect(cited(format)).toEqual(['2022-04-19']);
  });

  it('"the same call where the 70th anniversary came up?": a relative "where" asks no place', () => {
    const call = lastOf('did vietnam offer condolences to china about anything in 2020?', 'how did the chinese official respond?', 'was that the same call where the 70th anniversary came up?');
    expect(call.answered).toBe(true);
    expect(call.text).toMatch(/^Yes/);
    expect(call.text).toContain('70th');
  });
});

describe('round 40: a question asked anew, and relative time', () => {
  it('"what did they sign in 2022?" after why China thanked Vietnam in 2020: the two documents, not "none about the floods"', () => {
    for (const [first, then, plan] of [
      ['why did china thank vietnam in 2020?', 'what did they sign in 2022?', 'cooperation plan'],
      ['what did they say about the sea in 2020?', 'what did they sign in 2022?', 'cooperation plan'],
      ['2020年宋涛为什么感谢越南？', '那2022年他们签了什么？', '合作计划'],
      ['Năm 2020 ông Tống Đào cảm ơn Việt Nam về điều gì?', 'Còn năm 2022 họ ký những văn kiện gì?', 'kế hoạch hợp tác'],
    ] as const) {
      const a = lastOf(first, then);
      expect(a.answered, then).toBe(true);
      expect(a.text, then).toContain(plan);
      expect(cited(a), then).toEqual(['2022-04-19']);
      expect(a.carried?.topics ?? [], then).toEqual([]);
    }
  });

  it('asked of the conversation\'s own talk, or of its things, the subject still holds', () => {
    // "Did it come up in 2022?" points at the subject: asked of it there.
    const again = lastOf('why did china thank vietnam in 2020?', 'did it come up in 2022?');
    expect(again.text).toMatch(/^No/);
    // A question asked alone of a talk named by a word of its own ("called") asks nothing anew.
    expect(lastOf('what did they say about the land border in 2022?', 'what are they called?').answered).toBe(false);
  });

  it('"and what did they hope to do next?" is told of the conversation\'s talks: what they hoped there, not what came after', () => {
    const first = 'in the 2020 call, what did the chinese side say it values in its ties with vietnam?';
    const next = lastOf(first, 'and what did they hope to do next?');
    expect(next.answered).toBe(true);
    expect(cited(next)).toEqual(['2020-07-29']);
    expect(next.text).toMatch(/exchanges and cooperation/);
    // What comes after the talks stays refused: the future, or "next" asking nothing of the talks.
    expect(lastOf(first, 'what will they do next?').answered).toBe(false);
    expect(lastOf(first, 'what happened next?').answered).toBe(false);
  });

  it('a response asked of a speaker after the other side\'s words: his response to them, not his words on their subject', () => {
    for (const [asked, then] of [
      ['why did trung push for more high-level exchanges', 'was song tao receptive to all that?'],
      ['What did Trung say about high-level exchanges?', 'and the chinese reply?'],
      ['what did trung want for high-level exchanges in 2022?', 'did Song Tao react well to that?'],
    ] as const) {
      const a = lastOf(asked, then);
      expect(a.text, then).toContain('responded positively');
      expect(cited(a), then).toEqual(['2022-04-19']);
    }
    // Asked of no speaker, the subject still holds.
    expect(lastOf('what did they say about the floods in 2020?', 'how did people react?').text).not.toContain('responded positively');
  });

  it('"是在电话里说的吗？" after the 2022 congratulations: a dropped subject of saying is what the last answer said, checked where it was said', () => {
    for (const [asked, then, no] of [
      ['越方在2022年祝贺中方什么？', '是在电话里说的吗？', /^不是/u],
      ['越方在2022年祝贺中方什么？', 'was it said on the phone?', /^No: that was at the talks via videoconference of 19 April 2022/],
    ] as const) {
      const a = lastOf(asked, then);
      expect(a.text, then).toMatch(no);
      expect(cited(a), then).toEqual(['2022-04-19']);
    }
  });
});

describe('round 41: Vietnamese follow-ups, sameness at the other talk, a signing asked of the talk', () => {
  it('"… cho tỉnh nào?" of the supplies: which provinces the articles do not say, refused naming them or the place asked (as in English and Chinese)', () => {
    for (const [asked, then] of [
      ['Trung Quốc tặng Việt Nam cái gì trong cuộc hội đàm năm 2022?', 'Việt Nam đã phân phát số vật tư đó cho tỉnh nào?'],
      ['what medical supplies did china give in 2022?', 'which provinces did vietnam distribute them to?'],
      ['中方2022年赠送了什么？', '越南把这些物资分发给了哪些省份？'],
    ] as const) {
      const a = lastOf(asked, then);
      expect(a.answered, then).toBe(false);
      // The Vietnamese follow-up, "số vật tư đó" spelt out in full since dlg89, names the place asked (địa điểm) rather
      // than the provinces: still a refusal saying the articles do not give it.
      expect(a.text, then).toMatch(/tỉnh|địa điểm|provinces|省份/u);
    }
    // A fair "which" of what the articles give is still answered.
    expect(lastOf('Ông Lê Hoài Trung đề nghị gì?', 'Ông ấy đề nghị tạo điều kiện cho địa phương nào?').answered).toBe(true);
  });

  it('"thế họ đã làm gì thay thế?" after the exchanges COVID-19 stopped: what they did instead, from the same talk', () => {
    const [, , instead] = converse('Năm 2020 hai nước kỷ niệm bao nhiêu năm thiết lập quan hệ ngoại giao?', 'dịch COVID ảnh hưởng thế nào đến giao lưu giữa hai Đảng lúc đó?', 'thế họ đã làm gì thay thế?');
    expect(instead?.answered).toBe(true);
    expect(instead?.text).toContain('điện đàm');
    expect(cited(instead!)).toEqual(['2020-07-29']);
  });

  it('"same guy as in 2020?" after his 2022 post: Yes, with his place at both talks cited; "same job in 2020?" cites the talk asked', () => {
    const [, same, which] = converse('who ran china\'s international liaison department at the 2022 videoconference?', 'same guy as in 2020?', 'which vietnamese official did he speak with that time');
    expect(same?.text).toMatch(/^Yes/);
    expect(cited(same!)).toEqual(['2020-07-29', '2022-04-19']);
    // The conversation goes on at the talk asked.
    expect(cited(which!)).toEqual(['2020-07-29']);
    expect(which?.text).toContain('Hoang Binh Quan');
    const job = lastOf('what CPC body did Song Tao head at the 2022 talks?', 'same job in 2020?');
    expect(job.text).toMatch(/^Yes/);
    expect(cited(job)).toEqual(['2020-07-29']);
  });

  it('"ông ấy có ký văn kiện nào trong cuộc hội đàm đó không?" after a hope: what was signed at that talk, not on the hope', () => {
    const a = lastOf('Ông Lê Hoài Trung đề nghị gì về thương mại?', 'còn hộ chiếu vắc-xin?', 'ông ấy có ký văn kiện nào trong cuộc hội đàm đó không?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Có/u);
    expect(a.text).toContain('2021-2025');
    // With no talk pointed at, an agreement asked with no object is still agreement to the subject.
    expect(lastOf('what did vietnam hope for on vaccine passports?', 'and did the chinese side agree?').text).not.toMatch(/cooperation plan/);
  });
});

describe('a statement put back with a question mark checks what was just said', () => {
  it('"so all the planned exchanges for it went ahead?": No; "and exchanges between ministries and localities kept going?": Yes', () => {
    const went = lastOf('Which anniversary were the two countries marking in 2020?', 'so all the planned exchanges for it went ahead?');
    expect(went.text).toMatch(/^No/);
    expect(cited(went)).toEqual(['2020-07-29']);
    const kept = lastOf('per the 2022 article, what role does the Party channel play?', 'and exchanges between ministries and localities kept going?');
    expect(kept.text).toMatch(/^Yes/);
    expect(cited(kept)).toEqual(['2022-04-19']);
    // A fragment of nouns asks again what the last question asked, no yes or no.
    expect(lastOf('who took part in 2022?', 'and the chinese side in 2020?').text).not.toMatch(/^(Yes|No)\b/);
  });
});

describe('a follow-up claiming a whole of what was reported of a part', () => {
  it('"so every single exchange got called off?" after the exchanges COVID-19 prevented: No', () => {
    const a = lastOf('how did covid affect party exchanges according to the 2020 call?', 'so every single exchange got called off?');
    expect(a.text).toMatch(/^No\b/);
  });
});

describe('a yes/no putting someone forward for a deed checks who did it', () => {
  it('"was he also the one who congratulated China on the centenary goal?" of Song Tao: No, with what he did say', () => {
    const a = lastOf('What did Song Tao praise Vietnam for during the 2022 talks?', 'wait, was he also the one who congratulated China on the centenary goal?');
    expect(a.text).toMatch(/^No/);
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('"so it was Song Tao who brought those points up?" after the points Trung raised: No, said by Trung', () => {
    const a = lastOf('What trade concerns did Trung raise?', 'so it was Song Tao who brought those points up?');
    expect(a.text).toMatch(/^No: that was said by Le Hoai Trung/);
    // Asked of the one who did raise them: Yes.
    const b = lastOf('What trade concerns did Trung raise?', 'so it was Trung who brought those points up?');
    expect(b.text).toMatch(/^Yes: that was said by Le Hoai Trung/);
  });

  it('"was he the one who talked about the floods too?" of someone at the other talk: No, and who did', () => {
    const a = lastOf('what did Le Hoai Trung congratulate China on?', 'was he the one who talked about the floods too?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No: that was said by Hoang Binh Quan/);
    expect(cited(a)).toEqual(['2020-07-29']);
  });

  it('"was it in that call that China donated medical supplies?" of the 2020 call: No, and where', () => {
    const a = lastOf('what did both sides promise on covid with the international community in 2020?', 'was it in that call that china donated medical supplies to vietnam?');
    expect(a.text).toMatch(/^No: that was at the talks via videoconference of 19 April 2022/);
  });

  it('"is he the same person who represented Vietnam in 2022?" of Quan: No, the people of both talks', () => {
    const [, , same] = converse('in the 2020 call what did Quan urge about the agreements of the party leaders?', 'and disputes?', 'is he the same person who represented vietnam in the 2022 video talks?');
    expect(same?.text).toMatch(/^No/);
    expect(same?.text).toContain('Le Hoai Trung');
    expect(cited(same!)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('"who was across from him each time?" after Song Tao at both talks: the people he talked with at each', () => {
    const a = lastOf('did Song Tao take part in both talks?', 'who was across from him each time?');
    expect(a.text).toContain('Hoang Binh Quan');
    expect(a.text).toContain('Le Hoai Trung');
    expect(cited(a)).toEqual(['2020-07-29', '2022-04-19']);
  });
});

describe('"who said that?" names the speakers of what was just said', () => {
  it('after the Vietnamese side\'s congratulations: Trung\'s words, and "his job title" is then his', () => {
    const [, who, title] = converse('what did the vietnamese side congratulate china on in 2022', 'who said that', 'whats his job title?');
    expect(who?.text).toContain('Le Hoai Trung congratulated');
    expect(who?.text).not.toContain('Song Tao congratulated');
    expect(title?.text).toContain('Commission for External Relations');
  });
});

describe('a follow-up keeps to what the conversation was about', () => {
  it('"how did he want that dealt with?" after the obstacles at sea: what he called for on it, not who he is', () => {
    const a = lastOf('In 2020, what did Quan single out as the biggest problem in relations?', 'how did he want that dealt with');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('peaceful means');
    expect(a.text).not.toMatch(/^Hoang Binh Quan \(/);
    expect(cited(a)).toEqual(['2020-07-29']);
  });

  it('"did he say he wanted to keep expanding it?" of the 2020 partnership: the 2020 talk only', () => {
    const a = lastOf('What kind of partnership do the two countries have according to the July 2020 report?', 'who said china attaches great importance to it?', 'did he say he wanted to keep expanding it?');
    expect(a.text).toMatch(/^Yes/);
    expect(cited(a)).toEqual(['2020-07-29']);
  });

  it('"他对越南的防疫工作有没有评价？" of Song Tao in a conversation about 2020: his praise there, not 2022', () => {
    const a = lastOf('2020年越方官员为什么向中方表示慰问？', '中方是怎么回应的？', '他对越南的防疫工作有没有评价？');
    expect(a.text).toMatch(/^是的/u);
    expect(cited(a)).toEqual(['2020-07-29']);
  });

  it('"why did they keep growing?" of economic ties: what the report says kept them growing, not a refusal', () => {
    const a = lastOf('what does the 2022 piece say about economic ties?', 'why did they keep growing?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('ministries');
  });
});

describe('a follow-up checked against what was just said', () => {
  it('"and the original figure was in yuan?" after the worth in dollars: a statement put back is a yes/no, Yes', () => {
    const a = lastOf('what did Song Tao announce at the videoconference?', 'worth how much in dollars?', 'and the original figure was in yuan?');
    expect(a.text).toMatch(/^Yes/);
    expect(a.text).toContain('1.5 million');
  });

  it('"so Le Hoai Trung was on that call?" in a conversation about the 2020 call: No, checked at that call, not at his own talk', () => {
    const a = lastOf('what format were the April 2022 talks held in?', 'and the other talk?', 'so Le Hoai Trung was on that call?');
    expect(a.text).toMatch(/^No/);
    expect(a.text).toContain('Hoang Binh Quan');
    expect(cited(a)).toEqual(['2020-07-29']);
    // Someone who was there is still a Yes of that call.
    const there = lastOf('what format were the April 2022 talks held in?', 'and the other talk?', 'so Song Tao was on that call?');
    expect(there.text).toMatch(/^Yes/);
  });

  it('"2 years later, did vietnam raise the sea again?" after the 2020 sea obstacles: Yes, of the later talk', () => {
    const a = lastOf('what did Quan say both countries should put into practice in 2020?', '2 years later, did vietnam raise the sea again?');
    expect(a.text).toMatch(/^Yes/);
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('"whose phone talks did they credit with building trust?" after the 2022 talks: the General Secretaries\' phone talks of 2022, not the 2020 call', () => {
    const a = lastOf('how did the 2022 talks describe the role of the party channel?', 'whose phone talks did they credit with building trust?');
    expect(cited(a)).toEqual(['2022-04-19']);
    expect(a.text).toContain('General Secretaries');
    expect(a.carried?.talks).toEqual(['2022-04-19-videoconference']);
  });
});

describe('a follow-up beyond the articles stays refused, whatever the context gives', () => {
  it('the bot\'s judgement asked after answers on the Party channel is refused as opinion, not answered Yes', () => {
    const [, , judged] = converse('in the 2022 talks what role did they give the party channel?', 'what did they say helped build trust?', 'is the party channel honestly more useful than normal diplomacy?');
    expect(judged?.answered).toBe(false);
    expect(judged?.text).toMatch(/no opinions/);
  });

  it('"anything negative?" after the positive momentum: Yes, with the obstacles at sea', () => {
    const [, negative] = converse('how did Quan describe the way party ties were going in 2020?', 'was anything negative mentioned though?');
    expect(negative?.text).toMatch(/^Yes/);
    expect(negative?.text).toContain('obstacles');
  });

  it('the total damage of the floods asked in money is no sum of the gift', () => {
    const [, , damage] = converse('Cuộc điện đàm ngày 29/7/2020 là giữa những ai vậy?', 'ông Quân chia buồn về chuyện gì?', 'thiệt hại tổng cộng là bao nhiêu tiền?');
    expect(damage?.answered).toBe(false);
    expect(damage?.text).not.toMatch(/1,5 triệu/);
  });
});

describe('a yes/no of a person\'s own act, opened only as a follow-up', () => {
  it('asks that act of him at the conversation\'s talks, not of its subject: Yes where he did it', () => {
    for (const [before, act, yes] of [
      ['did covid stop any exchanges in 2020?', 'and did song tao thank vietnam?', /^Yes\./],
      ['Năm 2020 vì dịch covid có hoạt động nào bị hoãn không?', 'Thế ông Tống Đào có cảm ơn phía Việt Nam không?', /^Có\./],
    ] as const) {
      const a = lastOf(before, act);
      expect(a.text, act).toMatch(yes);
      expect(cited(a), act).toEqual(['2020-07-29']);
      expect(a.text, act).toMatch(/floods|lũ lụt/u);
    }
  });

  it('keeps a No where the act is asked of a subject of its own he never thanked for', () => {
    const a = lastOf('what did they say about covid in 2020?', 'and did song tao thank vietnam for the covid aid?');
    expect(a.text).toMatch(/^No/);
  });
});

describe('exchanges below the top level asked as "lower levels"', () => {
  it('finds the ministries, sectors and localities, alone and after the high-level contacts', () => {
    const alone = lastOf('what did they say about exchanges at lower levels in 2022?');
    expect(alone.text).toMatch(/ministries, sectors and localities/);
    const after = lastOf('what did the 2022 talks say about high-level contacts?', 'and what about contacts at lower levels?');
    expect(after.text).toMatch(/ministries, sectors and localities/);
    expect(cited(after)).toEqual(['2022-04-19']);
  });
});

describe('a talk named with "that" and a format it was not held in', () => {
  it('is a claim of how the talk was held (No, with its format), not where the last answer was said', () => {
    for (const [before, asked] of [
      ['what did they say about covid in 2020?', 'was that july call a video call?'],
      ['what was signed in april 2022?', 'was that april meeting a phone call?'],
    ] as const) {
      const a = lastOf(before, asked);
      expect(a.text, asked).toMatch(/^No/);
      expect(a.text, asked).not.toMatch(/^Yes: that was/);
    }
  });

  it('"that was from the 2020 phone call, right?" still checks where the last answer was said', () => {
    expect(lastOf('what did quan say about the sea?', 'that was from the 2020 phone call, right?').text).toMatch(/^Yes/);
  });
});
