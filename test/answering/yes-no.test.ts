// Yes/No through the claim checker: "Yes" only when every checkable detail of the question matches the
// sentences the answer cites, "No" with the right value cited when one differs, and no lead at all when a
// detail cannot be checked; a yes/no question with one wrong detail of a talk that is otherwise clear is
// corrected rather than refused, but talks that do not exist are still refused.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('No, with the right value cited, when a detail differs', () => {
  it.each([
    ['Were three documents signed in April 2022?', 'No: two, not three.', 'the two officials signed a cooperation plan'],
    ['were the floods in Vietnam?', 'No: China, not Vietnam.', 'many Chinese localities'],
    // A period overlapping the plan's is the period claimed of it (premise85): No, and the plan with its own period.
    ['Did they sign a plan covering 2022 to 2027?', 'No. A cooperation plan between the CPV and the CPC for the 2021-2025 period', 'CPV and CPC for the 2021-2025 period'],
    ['Did China give medical supplies worth 2 million yuan?', 'No: 1.5 million CNY (235,000 USD), not 2 million CNY.', '1.5 million CNY (235,000 USD)'],
    ['Did Trung call on China to comply with two legal documents?', 'No: three, not two.', 'comply with three legal documents'],
    ['Did Song Tao respond negatively to the issues raised by Vietnam?', 'No:', 'He responded positively'],
    // A fall asked of what the report says kept growing.
    ['Has economic and trade cooperation declined?', 'No:', 'continued growth'],
    ['Is Song Tao deputy head of the International Liaison Department?', 'No: Head of the International Liaison Department', 'International Liaison Department'],
  ])('%s', (q, lead, quote) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text.startsWith(lead), a.text).toBe(true);
    // The correction ends with the number of the quote that gives the right value.
    const n = Number(/^[^\n]*?\[(\d+)\]/.exec(a.text)?.[1]);
    expect(a.citations[n - 1]?.quote).toContain(quote);
  });

  it('a count said as the whole ("two in total") is compared with the articles\' in every language', () => {
    expect(first('越方要求中方认真遵守的陆地边界管理法律文件一共是两份吗？')).toMatch(/^不是：是三个，而不是两个。/);
    expect(first('Were there 2 legal documents on land border management in total?')).toMatch(/^No: three, not two\./);
  });

  it('a wrong day or month of a talk that is otherwise clear is corrected, not refused', () => {
    expect(first('Did Quan and Song Tao talk on July 19, 2020?')).toMatch(/^No: 29 July 2020, not 19 July 2020\. \[1\]$/);
    expect(first('Was the 2022 videoconference held in March?')).toMatch(/^No: 19 April 2022, not March\. \[\d\]$/);
    expect(first('Were the 2020 and 2022 talks both held on the 29th?')).toMatch(/^No: 19 April 2022, not the 29th\./);
  });

  it('talks in a year without talks are refused, never answered with another talk\'s facts', () => {
    for (const q of ['Were there talks in 2023?', 'did Hoang Binh Quan attend the 2023 talks?', 'did song tao n trung meet in 2021']) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(false);
      expect(a.citations).toEqual([]);
    }
  });

  it('in Vietnamese and Chinese too, in their words', () => {
    expect(first('Hội đàm năm 2022 có ký ba văn kiện không?')).toMatch(/^Không: hai, không phải ba\./);
    expect(first('2022年会谈签署了三份文件吗？')).toMatch(/^不是：/);
  });
});

describe('Yes only when every detail matches', () => {
  it.each([
    ['Were two documents signed in April 2022?', 'Yes.'],
    ['Were the floods in China?', 'Yes.'],
    ['Did China give medical supplies worth 1.5 million yuan?', 'Yes.'],
    ['Was the cooperation plan for 2021-2025?', 'Yes.'],
    ['Did Song Tao take part in both talks?', 'Yes'],
  ])('%s', (q, lead) => {
    expect(first(q).startsWith(lead), first(q)).toBe(true);
  });

  it('a detail the articles cannot confirm leaves the answer without Yes or No: it says what they report', () => {
    const a = engine.answer('Was the cooperation plan signed in Hanoi?');
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/^(Yes|No)\b/);
    expect(a.text).toContain('cooperation plan');
  });
});

describe('kinds of miss of issue 14 (one claim checker)', () => {
  it('a kind of a thing the articles name another kind of (an earthquake where the floods were) is No, not refused', () => {
    for (const q of ['Did Quan express sympathy to China over the typhoon in 2020?', 'Năm 2020 ông Quân có chia buồn với Trung Quốc về trận động đất không?', '2020年黄平君是否对中国的地震表示慰问？']) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^(No|Không|不是)[:：]/u);
      // In the asker's language: the articles' English words are not left in a Vietnamese or Chinese sentence.
      expect(a.text.split('\n')[0], q).toMatch(/floods|lũ lụt|洪灾/u);
      expect(a.text.split('\n')[0], q).not.toMatch(/^(Không|不是).*\b(floods|earthquake)\b/u);
      expect(a.citations[0]?.quote).toContain('heavy rains and floods');
    }
  });

  it('a side named in Chinese ("越南方面", "越方") is the side, not a word the sentence lacks: a wrong kind of event is still No', () => {
    for (const q of ['越南方面是否就中国的台风灾害表示慰问？', '2020年通话时，越方有没有对中国发生的地震表达慰问？']) {
      const a = engine.answer(q);
      expect(a.text, q).toMatch(/^不是[:：]/u);
      expect(a.citations[0]?.quote).toContain('heavy rains and floods');
    }
  });

  it('another event named beside the wrong kind (an earthquake in Japan, in Turkey) is refused, not put right', () => {
    for (const q of ['越方是否对日本地震表示慰问？', '越南有没有就土耳其发生的地震表示慰问？', 'Did Vietnam express sympathy over the earthquake in Japan?']) {
      expect(engine.answer(q).answered, q).toBe(false);
    }
  });

  it('in Vietnamese, a wrong kind of disaster said with "gửi lời …", "phía …" or "thiệt hại" is No too; another event stays refused', () => {
    // "gửi lời thăm hỏi", "phía Việt Nam", "thiệt hại nặng": words the claim checker must read, not leave uncovered.
    for (const q of ['Phía Việt Nam gửi lời thăm hỏi Trung Quốc vì bão lớn hồi năm 2020 đúng không?', 'Theo bài 2020, Trung Quốc chịu thiệt hại nặng do sóng thần phải không?']) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^Không:/u);
      expect(a.citations[0]?.quote).toContain('heavy rains and floods');
    }
    for (const q of ['Việt Nam có gửi lời chia buồn về trận động đất ở Thổ Nhĩ Kỳ không?', 'Trận bão Yagi năm 2024 gây thiệt hại thế nào cho Việt Nam?']) {
      expect(engine.answer(q).answered, q).toBe(false);
    }
  });

  it('a Chinese yes/no making the other side the one who consoled is no Yes (his thanks are no sympathy)', () => {
    for (const q of ['2020年是中方向越方表示慰问的吗？', '2020年中国有没有就洪灾向越南表示慰问？']) {
      expect(engine.answer(q).text, q).not.toMatch(/^是的/u);
    }
  });

  it('a country said to undergo an event ("suffered", "遭受") is where it was: the wrong country is No, the right one keeps Yes, and it is no doer', () => {
    for (const q of ['2020年越南遭受了严重洪灾，中方随后表示慰问，对吗？', '越南遭遇洪灾了吗？', 'Vietnam was hit by floods in 2020 and China expressed sympathy, right?', 'Did Vietnam suffer bad floods in 2020?']) {
      expect(first(q), q).toMatch(/^(?:不是|No)[:：]/u);
    }
    // The right country keeps its Yes: no speaker nor doer read into it ("Song Tao is not reported saying so").
    for (const q of ['China suffered floods in 2020 and Vietnam expressed sympathy, right?', '中国遭遇洪灾后，越方表示了慰问，对吗？']) {
      expect(first(q), q).toMatch(/^(?:是的|Yes)/u);
    }
  });

  it('who did an act to whom in Chinese: the doer and receiver swapped, or the receiver made the doer\'s own side, is no Yes; the right ones keep it', () => {
    for (const q of ['宋涛有没有祝贺中方实现第一个百年奋斗目标？', '黎怀忠是否祝贺越方取得的成就？', '越方是否感谢中方对抗洪的支持？', '宋涛是否向越南表示慰问？']) {
      expect(first(q), q).toMatch(/^不是[:：]/u);
    }
    for (const q of ['越南有没有祝贺中方？', '中国是否祝贺了越方？', '黄平君有没有向中国表示慰问？', '宋涛是否感谢越方的支持？', '越方有没有祝贺中国实现第一个百年奋斗目标？']) {
      expect(first(q), q).toMatch(/^是的/u);
    }
    // Vietnamese, a person named in Vietnamese as the doer.
    expect(first('Ông Tống Đào có chúc mừng Trung Quốc không?')).toMatch(/^Không[:：]/u);
    expect(first('Lê Hoài Trung có chúc mừng Trung Quốc không?')).toMatch(/^Có\./u);
    // An act of giving: the gift's receiver, and a saying verb before it ("宣布") no act of its own.
    expect(first('宋涛是否宣布向中方提供医疗物资？')).toMatch(/^不是[:：]/u);
    expect(first('2022年宋涛有没有宣布向越方提供医疗物资？')).toMatch(/^是的/u);
  });

  it('what an act was about, given to the wrong side in Chinese (China congratulated on the centenary goal Vietnam did not reach), is no Yes', () => {
    for (const q of ['中国是否祝贺越方实现了第一个百年奋斗目标？', '2022年越方有没有祝贺中国共产党十三大召开成功？']) {
      expect(first(q), q).not.toMatch(/^是的/u);
    }
    expect(first('中方有没有祝贺越南自越共十三大以来取得的成就？')).toMatch(/^是的/u);
  });

  it('a role given in Chinese beside the talk\'s words ("电话会谈中…担任中联部部长") is No with the right role, not a Yes on the format; the right role keeps Yes', () => {
    for (const [q, role] of [['2020年电话会谈中，黄平君担任的是中联部部长吗？', '越共中央对外部部长'], ['视频会谈时宋涛是不是越共中央对外部部长？', '中共中央对外联络部部长']] as const) {
      const a = engine.answer(q).text;
      expect(a, q).toMatch(/^不是/u);
      expect(a, q).toContain(role);
    }
    // No, then his own post (a person put on the other side's post).
    const vi = engine.answer('Trong cuộc điện đàm năm 2020, ông Hoàng Bình Quân là Trưởng Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc phải không?').text;
    expect(vi).toMatch(/^Không[.:：]/u);
    expect(vi).toContain('Trưởng Ban Đối ngoại Trung ương Đảng Cộng sản Việt Nam');
    const en = first('During the phone talks, was Quan the head of the International Liaison Department?');
    expect(en).not.toMatch(/^Yes/u);
    expect(en).toContain('not International Liaison Department');
    for (const q of ['2022年视频会谈时宋涛是中联部部长吗？', '黄平君是越共中央对外部部长吗？']) {
      expect(first(q), q).toMatch(/^是的/u);
    }
  });

  it('a word for the post as such ("身份", "role") beside a body\'s short name ("中联部") is that body: Yes, not No with the full name', () => {
    for (const q of ['两次会谈时宋涛的身份都是中联部部长吗？', "Was Song Tao's role at both talks head of the ILD?"]) {
      expect(first(q), q).toMatch(/^(?:是的|Yes)/u);
    }
    // The short name of the other body is still No.
    expect(first('两次会谈时宋涛的身份都是越共中央对外部部长吗？')).toMatch(/^不是/u);
  });

  it('refusing ("拒绝", "từ chối", "refuse") what he responded positively to is No, not Yes', () => {
    for (const q of ['宋涛有没有拒绝回应越南提出的问题？', 'Did Song Tao refuse to respond to the issues Vietnam raised in 2022?', 'Tống Đào có từ chối trả lời những vấn đề Việt Nam nêu ra không?']) {
      expect(first(q), q).toMatch(/^(?:不是|No|Không)[:：]/u);
    }
  });

  it('"管" a period ("是管2021到2025年的吗"): the period asked of a document is compared, Yes when it matches', () => {
    expect(first('两党签的2021-2025年合作计划是管2021到2025年的吗？')).toMatch(/^是的/u);
    expect(first('干部培训合作方案是管2022到2026年的吗？')).toMatch(/^不是/u);
  });

  it('"恰逢", "正值": a talk coinciding with an anniversary is Yes when the report has it, No with the right one otherwise', () => {
    expect(first('2020年通话时恰逢两国建交70周年吗？')).toMatch(/^是的/u);
    expect(first('2020年通话时是不是正值建交75周年？')).toMatch(/^不是/u);
  });

  it('condolences asked of the side that only thanked are No, in any language: the articles\' word for the act is "sympathies"', () => {
    for (const q of ['Did Song Tao offer his condolences over the 2020 floods?', 'Hồi 2020 ông Tống Đào gửi lời chia buồn vì mưa lũ đúng không?']) {
      expect(engine.answer(q).text, q).toMatch(/^(No|Không):/u);
    }
    for (const q of ['Did Quan offer condolences over the floods in 2020?', 'Hồi 2020 ông Quân gửi lời chia buồn vì mưa lũ đúng không?']) {
      expect(engine.answer(q).text, q).toMatch(/^(Yes|Có)\./u);
    }
    // Asked what of it, the act said of the other side: who did it, not a refusal.
    const who = engine.answer('During the phone talks, where in Vietnam did Song Tao send his sympathy?');
    expect(who.text).toMatch(/^Not quite\. The report does not say Song Tao did so; Hoang Binh Quan did:/u);
  });

  it('"anything about X?" asks whether X came up: Yes when it did, No where it did not; "anything else?" is no yes/no', () => {
    const a = engine.answer('anything on vaccine passports?');
    expect(a.text).toMatch(/^Yes\./u);
    expect(a.text).toContain('vaccine passports');
    expect(first('anything about the floods at the 2022 talks?')).toMatch(/^No\. The report of the talks via videoconference of 19 April 2022/u);
    expect(first('anything else?')).not.toMatch(/^(Yes|No)\b/u);
  });

  it('"did China agree to it?" of a hope: no agreement reported, and how that side responded, answered with neither Yes nor No', () => {
    const a = engine.answer('Did the Chinese side agree to recognising vaccine passports?');
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/^(Yes|No)\b/u);
    expect(a.text).toContain('no agreement');
    expect(a.text).toContain('responded positively');
  });

  it('how someone characterised a thing, in words the articles lack, while the rest is what he said: No, and his words', () => {
    const a = engine.answer('Did Song Tao describe the partnership as a traditional alliance of comrades?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No: Song Tao is not reported saying so\./u);
    expect(a.text).toContain('traditional neighbourliness and friendship');
    // The relations are a topic he spoke of (dlg85): No, he is not reported saying so, and what he did say.
    const iron = engine.answer('did Song Tao call the relations a friendship of iron brothers?');
    expect(iron.text).toMatch(/^No: Song Tao is not reported saying so\./u);
    expect(iron.text).toContain('neighbourliness and friendship');
  });

  it('an amount given as a bound ("more than", "under", "hơn", "超过") is compared as one: passed is Yes, not passed is No', () => {
    expect(first('Was the aid China gave worth over 200,000 USD?')).toBe('Yes.');
    expect(first('那批医疗物资价值超过20万美元吗？')).toBe('是的。');
    expect(first('Were the medical supplies worth less than 1 million CNY?')).toMatch(/^No: 1\.5 million CNY \(235,000 USD\), not less than 1 million CNY\. \[1\]$/u);
    expect(first('Số vật tư y tế đó trị giá hơn 300.000 USD phải không?')).toMatch(/^Không: .*235\.000 USD.*hơn 300\.000 USD/u);
    // The bound itself is neither more nor less.
    expect(first('Were the medical supplies worth at least 1.5 million CNY?')).not.toMatch(/^(Yes|No)\b/u);
  });

  it('who gave and what for are kinds compared too: another body or another crisis than the report names is No, never Yes', () => {
    for (const q of ["Was it China's health ministry that presented the medical supplies?", 'Bộ Y tế Trung Quốc có tặng vật tư y tế cho Việt Nam không?', '那批医疗物资是中国卫生部送的吗？']) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^(No|Không|不是)[:：]/u);
      expect(a.text.split('\n')[0], q).toMatch(/International Liaison Department|Ban Liên lạc Đối ngoại|中共中央对外联络部/u);
      expect(a.citations.every((c) => c.date === '2022-04-19'), q).toBe(true);
    }
    for (const q of ['Were the medical supplies meant for flood relief?', 'Vật tư y tế đó là để khắc phục lũ lụt à?']) {
      const a = engine.answer(q);
      expect(a.text, q).toMatch(/^(No|Không)[:：]/u);
      expect(a.text.split('\n')[0], q).toContain('COVID-19');
    }
    // The body the report names confirms it.
    expect(first('Did the International Liaison Department present the medical supplies?')).toBe('Yes.');
  });

  it('a compound names its last noun: "covid aid" at a talk that raised covid but gave no aid is a No, and a Yes where the aid was given', () => {
    expect(first('did china send vietnam any covid aid in the 2020 call?')).toBe('No.');
    expect(first('did china send vietnam any covid aid in 2022?')).toBe('Yes.');
  });

  it('a direction of change is compared: relations "losing momentum" against "maintaining positive development momentum"', () => {
    expect(first('In 2020 did Quan say relations between the parties were losing steam?')).toMatch(/^No: “are maintaining”/u);
    // Said of how things went ("going badly"): the positive momentum, not a failure of something done.
    expect(first('did Quan say things between the parties were going badly in 2020?')).toMatch(/^No\b/u);
  });

  it('a currency written in Vietnamese or Chinese is compared as that currency', () => {
    expect(first('Năm 2022 Trung Quốc trao tặng vật tư y tế trị giá 1,5 triệu đô la phải không?')).toMatch(/^Không: 1,5 triệu nhân dân tệ \(235\.000 USD\), không phải 1,5 triệu USD\./u);
    expect(first('Năm 2022 vật tư y tế Trung Quốc trao tặng trị giá 1,5 triệu nhân dân tệ phải không?')).toMatch(/^Có\./u);
  });

  it('a Yes cites the sentence that makes it true: "any problems" is answered by the obstacles', () => {
    const a = engine.answer('My teacher asked about the tone of the 2020 talks. Was everything warm? Did Quan bring up any troubles?');
    expect(a.text.startsWith('Yes.'), a.text).toBe(true);
    expect(a.citations.some((c) => c.quote.includes('complicated developments at sea'))).toBe(true);
  });

  it('a Chinese word the native wording says otherwise is confirmed by its English in the cited sentence', () => {
    expect(first('越方在2022年会谈中是否希望两国早日互相承认疫苗护照？')).toMatch(/^是的/u);
  });

  it('a word the articles lack is refused in the asker\'s words, even when the glossary gives it in English', () => {
    expect(engine.answer('2020年越南发生地震了吗？').text).toContain('地震');
  });
});

describe('a side in the passive is the one acted on, not the one acting', () => {
  it.each([
    ['was vietnam praised in the 2020 call?', /^Yes\./, 'spoke highly of Vietnam'],
    ['was vietnam congratulated in 2022?', /^Yes\./, 'Song Tao congratulated Vietnam'],
    ['was vietnam thanked in 2020?', /^Yes\./, 'thanked the Vietnamese Party'],
  ])('%s', (q, lead, said) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(lead);
    expect(a.text).toContain(said);
  });

  it('"was China thanked in 2020?" never says Yes with the thanks China gave', () => {
    expect(engine.answer('was china thanked in 2020?').text).not.toMatch(/^Yes/);
  });

  it('a participle before a noun is no passive: "how much were China\'s donated supplies worth?" is answered', () => {
    expect(engine.answer("How much were China's donated medical supplies worth in yuan?").text).toContain('1.5 million CNY');
  });
});

describe('a talk word joined to a topic names that topic\'s talks, not one of the articles\'', () => {
  it.each([
    ['what role did the phone talks between the general secretaries play?'],
    ['总书记之间的通话起到了什么作用？'],
  ])('%s is answered from the report that gives it (2022), not the phone talks of 2020', (q) => {
    const a = engine.answer(q);
    expect(a.citations.map((c) => c.date)).toContain('2022-04-19');
    expect(a.citations.every((c) => c.date === '2022-04-19')).toBe(true);
  });

  it('"the floods in the phone talks" still names the phone talks', () => {
    const a = engine.answer('what did they say about the floods in the phone talks?');
    expect(a.citations.every((c) => c.date === '2020-07-29')).toBe(true);
  });
});

describe('a statement closed by a tag asks for a check, as "did…" does', () => {
  it.each([
    ['trung brought up vaccine passports right?', /^Yes\./],
    ['song tao was at both talks, correct?', /^Yes/],
    ['three documents were signed in april 2022, right?', /^No: two, not three\./],
    ['quan took part in the 2022 talks didnt he', /^No\b/],
    ['wait was it hoang binh quan in the 2022 talk?', /^No\b/],
    // A statement the asker believed, opened by "I thought", is checked too.
    ["wait, I thought Quan ran China's International Liaison Department?", /^No\b/],
    ['i heard they signed three documents in 2022', /^No: two, not three\./],
  ])('%s', (q, lead) => {
    expect(first(q)).toMatch(lead);
  });

  it('a tag after a question word does not make it yes/no, and a tag alone asks nothing', () => {
    expect(first('what did they sign in 2022, right?')).not.toMatch(/^(Yes|No)\b/);
    expect(engine.answer('right?').answered).toBe(false);
  });
});

describe('a manner of responding checked for its polarity, and Vietnamese chat around a yes/no', () => {
  it.each([
    ['Did Song Tao answer the Vietnamese concerns grudgingly?', /^No: “responded positively”/],
    ['Ông Tống Đào phản hồi các vấn đề Việt Nam nêu một cách miễn cưỡng đúng vậy không?', /^Không: “responded positively”/],
    ['Ông Tống Đào phản hồi hờ hững, kém tích cực với các đề nghị của phía Việt Nam phải không?', /^Không: “responded positively”/],
  ])('%s', (q, lead) => {
    expect(first(q)).toMatch(lead);
  });

  it('a greeting and "thắc mắc" are no subject: the question is answered, and no refusal names them', () => {
    const a = engine.answer('xin chào bot 🙏 em thắc mắc là hồi 2022 hai bên có ký văn kiện gì hông');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('2021-2025');
    expect(a.text).not.toMatch(/chao|thac mac/i);
  });
});

describe('asked whether anything was signed at a talk whose report has none', () => {
  it.each([
    ['did they sign anything in 2020?', /^No\.$/],
    ['có ký văn kiện nào năm 2020 không?', /^Không\.$/],
    ['2020年签了什么文件吗？', /^不是。$/],
  ])('%s: No, that talk cited', (q, lead) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(first(q)).toMatch(lead);
    expect(a.citations.map((c) => c.talk.slice(0, 10))).toEqual(['2020-07-29']);
  });
});

describe('the means and the doing of what was called for', () => {
  it.each([
    ['did quan want disputes settled by force?', /^No: “via peaceful means”, not “settled by force”\./],
    ['did quan want disputes settled peacefully?', /^Yes\./],
    ['did they settle the disputes?', /^No: only hoped for or proposed/],
    ['did quan call on them to settle disputes peacefully?', /^Yes\./],
  ])('%s', (q, lead) => {
    expect(first(q)).toMatch(lead);
  });
});

describe('an office or kind of thing the cited sentences never name is no Yes', () => {
  it('"Is Song Tao China\'s foreign minister?" gives his role without a Yes', () => {
    const a = engine.answer("Is Song Tao China's foreign minister?");
    expect(a.text).not.toMatch(/^Yes/);
    expect(a.text).toContain('International Liaison Department');
  });

  it('a question word shouted in capitals is no acronym the articles lack', () => {
    const a = engine.answer('wait the 70th anniv thing... 70th of WHAT exactly');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('70th founding anniversary');
  });
});

describe('kinds of miss of rounds 16-17 (English)', () => {
  it('"was it X who did Y": a topic word naming an act (sympathy) is checked against its doer', () => {
    const a = engine.answer('Was Song Tao the one who offered sympathies over the heavy rains?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No\b/);
    expect(a.citations.some((c) => c.quote.includes('expressed his sympathies'))).toBe(true);
    expect(first('Did Quan express sympathy over the floods?')).toBe('Yes.');
  });

  it("a person named only as the owner of what another answered is no speaker asked (\"Quan's worries\")", () => {
    const a = engine.answer("What did Song Tao say in reply to Quan's worries about the sea in 2020?");
    expect(a.answered).toBe(false);
    expect(a.text).toContain('Song Tao');
  });

  it('the meaning of a thing the articles only mention is refused, also when a context sentence names it', () => {
    for (const q of ['I keep seeing the first centenary goal mentioned... does the report explain what it means?', 'Does the report define the first centenary goal?']) {
      expect(engine.answer(q).answered, q).toBe(false);
    }
    // What was said about it is still answered.
    expect(engine.answer('What does the article say about the first centenary goal?').answered).toBe(true);
  });

  it('a past time counted from today ("last year", "yesterday") names no talk the articles report', () => {
    for (const q of ['What did Le Hoai Trung and Song Tao sign in Hanoi last year?', 'What did the two parties agree yesterday?']) {
      expect(engine.answer(q).answered, q).toBe(false);
    }
  });
});

describe('a format named of a talk beside the one claimed of it', () => {
  it('is No when the claimed format is another talk\'s ("the 2020 phone talks held by video?"), Yes when both are the talk\'s', () => {
    for (const q of ['were the 2020 phone talks held by video?', 'was the 2022 videoconference actually a phone call?', 'Cuộc điện đàm năm 2020 có được tổ chức qua video không?', '2020年的电话会谈是视频举行的吗？']) {
      expect(first(q), q).toMatch(/^(No\b|Không|不是)/u);
    }
    for (const q of ['were the 2020 phone talks held by phone?', 'was the 2022 video meeting held online?', 'was the 2020 talk by phone and the 2022 one by video?']) {
      expect(first(q), q).toMatch(/^Yes\b/u);
    }
  });
});

describe('sameness asked yes or no leads by what it asks: the same, or a difference', () => {
  it.each([
    // The talks were held by phone and by video: not the same format.
    ['was the format of the two talks the same?', 'No.'],
    ['did the two talks differ in format?', 'Yes.'],
    ['Hai cuộc hội đàm có hình thức giống nhau không?', 'Không.'],
    ['Hai cuộc hội đàm có hình thức khác nhau không?', 'Có.'],
    // Song Tao led the Chinese side both times.
    ['was the chinese side the same both times?', 'Yes.'],
    ['did the chinese side change between the two talks?', 'No.'],
    ['was the chinese official different both times?', 'No.'],
  ])('%s', (q, lead) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(first(q)).toBe(lead);
    // Both talks side by side.
    expect(new Set(a.citations.map((c) => c.talk)).size).toBe(2);
  });
});

describe('a yes/no about one person claims who he is, or an act he did to or for a side', () => {
  it('an act he did to a side is checked against what he did, not his roles: the supplies given are Yes, in any language', () => {
    for (const [q, yes] of [
      ['did Song Tao give Vietnam anything?', 'Yes.'],
      ['Song Tao có tặng gì cho Việt Nam không?', 'Có.'],
      ['宋涛给越南送了什么东西吗？', '是的。'],
    ] as const) {
      const a = engine.answer(q);
      expect(a.text.split('\n')[0], q).toBe(yes);
      expect(a.citations.some((c) => c.quote.includes('medical supplies worth 1.5 million CNY')), q).toBe(true);
    }
  });

  it('what he thought or wished is checked against his statements: No where they say otherwise, Yes where he wished it', () => {
    expect(first('did quan think everything was going smoothly')).toMatch(/^No: “some obstacles”/);
    expect(first('did Song Tao want more cooperation?')).toBe('Yes.');
  });

  it('an act his statements do not report gets neither Yes nor No from his roles', () => {
    for (const q of ['did Trung give China anything?', 'did Hoang Binh Quan send China anything?']) {
      expect(first(q), q).not.toMatch(/^(Yes|No)\b/);
    }
  });

  it('working with a side is an act ("worked with"), not an affiliation: no No from his party', () => {
    expect(first('did Song Tao work with Vietnam?')).not.toMatch(/^No\b/);
    expect(first('Tống Đào có làm việc với Việt Nam không?')).not.toMatch(/^Không\b/);
  });

  it('working for, coming from or being of a side is his identity, checked by his roles: the other side is No, his own Yes', () => {
    for (const [q, lead] of [
      ['did Song Tao work for the Vietnamese party?', 'No.'],
      ['did Song Tao work for the Chinese party?', 'Yes.'],
      ['is Song Tao from Vietnam?', 'No.'],
      ['was Song Tao Chinese?', 'Yes.'],
      ['Song Tao is Vietnamese, right?', 'No.'],
      ['Tống Đào có làm việc cho Đảng Cộng sản Việt Nam không?', 'Không.'],
      ['宋涛是越南人吗？', '不是。'],
    ] as const) {
      const a = engine.answer(q);
      expect(a.intent, q).toBe('person');
      expect(a.text.split('\n')[0], q).toBe(lead);
    }
  });

  it('his post named before him ("chức vụ của ông Song Tao") is what a change is asked of: his roles answer', () => {
    const a = engine.answer('Sau gần hai năm, chức vụ của ông Song Tao có thay đổi gì không?');
    expect(a.intent).toBe('person');
    expect(a.citations.map((c) => c.date)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('a role of another body or office stays No', () => {
    expect(first("Is Song Tao the head of the CPC's Organization Department?")).toMatch(/^No: Head of the International Liaison Department/);
    expect(first('Ông Song Tao có phải là Bộ trưởng Ngoại giao Trung Quốc không?')).toMatch(/^Không/);
  });
});

describe('a talk said to have been held, and a format set against another', () => {
  it('a talk said only to have been held (in some format) is Yes by its own holding, not No by other exchanges that could not be held', () => {
    for (const q of ['was the july 2020 exchange held by phone?', '2020年7月那次交流是通过电话进行的吗？', '2020年7月那次两党交流是打电话进行的吗？']) expect(first(q), q).toMatch(/^(Yes|是的)/u);
    // "As scheduled" says more than that it took place: the sentence that the exchanges could not be held so still answers.
    expect(first('Was the 2020 exchange held as scheduled?')).not.toMatch(/^Yes/u);
  });

  it('the format said before "rather than" is the one asked about; the one after is put aside', () => {
    expect(first('Was the 2022 meeting held online rather than face to face?')).toMatch(/^Yes/u);
    expect(first('Was the 2020 call held by phone rather than by video?')).toMatch(/^Yes/u);
    expect(first('Was the 2022 meeting a videoconference instead of a phone call?')).toMatch(/^Yes/u);
    expect(first('Was the 2022 meeting held face to face rather than online?')).toMatch(/^No/u);
    expect(first('Were the 2022 talks held by phone rather than online?')).toMatch(/^No/u);
  });
});

describe('what a person said, asked in other words', () => {
  it('a paraphrase of his statement gets no No about his words: his statement is the answer', () => {
    const a = engine.answer('Did Song Tao in 2020 express hope of working with Vietnam to promote exchanges and cooperation across every field?');
    expect(a.text).not.toMatch(/^No/u);
    expect(a.citations.some((c) => c.quote.includes('in all realms')), a.text).toBe(true);
  });

  it('an act that is another\'s stays No, with what was said', () => {
    expect(first('Did Song Tao express sympathy over the floods?')).toMatch(/^No: Song Tao is not reported saying so/u);
  });
});

describe('a purpose asked of a thing that another talk reports the other subject of', () => {
  it('"meant for flood relief" of the medical aid is not Yes: the aid was for COVID-19, and the floods were another talk\'s', () => {
    const a = engine.answer('Was the medical aid from China meant for flood relief?');
    expect(a.text).not.toMatch(/^Yes/u);
    expect(a.citations.every((c) => c.date === '2022-04-19'), a.text).toBe(true);
  });
});

describe('the direction of an act between the two sides', () => {
  it.each([
    'did China offer condolences to Vietnam over the floods in 2020?',
    'were condolences offered to Vietnam by China over the 2020 floods?',
    'Trong cuộc điện đàm năm 2020, phía Trung Quốc có chia buồn với Việt Nam về lũ lụt không?',
    '2020年中方是否就洪灾向越方表示慰问？',
  ])('reversed, it is No: %s', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(first(q)).toMatch(/^(No|Không|不是)/u);
  });

  it.each([
    ['Trong cuộc điện đàm năm 2020, phía Việt Nam có chia buồn với Trung Quốc về lũ lụt không?', 'Có.'],
    ['did Vietnam offer condolences to China over the floods in 2020?', 'Yes.'],
  ])('as the article has it, it is Yes: %s', (q, lead) => {
    expect(first(q)).toBe(lead);
  });

  it('the claim checker contradicts a reversed act in English and Vietnamese, and supports the article\'s', () => {
    for (const claim of ['China offered condolences to Vietnam over the floods in 2020', 'Trung Quốc chia buồn với Việt Nam về lũ lụt năm 2020', 'Vietnam received condolences from China over the floods']) {
      expect(engine.check(claim).verdict, claim).toBe('contradicts');
    }
    expect(engine.check('Vietnam offered condolences to China over the floods in 2020').verdict).toBe('supports');
  });

  it('"caused by China\'s floods" is no act of China\'s: a passive needs its own verb', () => {
    expect(first("Did Quan express sympathy over the damage caused by China's floods?")).toBe('Yes.');
  });
});

describe('a side made to speak is matched with that side’s speaker, never reversed against the other side', () => {
  it.each([
    'In 2020, did a Chinese official speak highly of Vietnam’s COVID-19 results?',
    'Năm 2020, một quan chức Trung Quốc có khen thành tựu chống COVID-19 của Việt Nam không?',
    '2020年，一位中国官员有没有称赞越南的抗疫成就？',
  ])('%s: never No', (q) => {
    const a = engine.answer(q);
    expect(a.answered, a.text).toBe(true);
    expect(first(q)).not.toMatch(/^(No|Không|不)/);
    expect(a.text).toMatch(/Song Tao|Tống Đào|宋涛/);
  });

  it('the other side made to speak it is No, with who did', () => {
    expect(first('In 2020, did a Vietnamese official speak highly of Vietnam’s COVID-19 achievements?')).not.toMatch(/^Yes/);
  });

  it('"the two commissions" counts no detail: held by phone is Yes', () => {
    expect(first('Was the July 2020 exchange between the two commissions held by phone?')).toMatch(/^Yes/);
    expect(first('Cuộc trao đổi tháng 7/2020 giữa hai Ban có diễn ra qua điện thoại không?')).toMatch(/^Có/);
  });
});

describe('Vietnamese yes/no questions read through their own words', () => {
  it('"có mặt ở cả hai lần trao đổi" asks presence at both talks: Yes for the one at both, No for the one at one', () => {
    expect(first('Ông Song Tao có mặt ở cả hai lần trao đổi đúng không?')).toMatch(/^Có: Tống Đào đã tham gia cả hai/);
    expect(first('Ông Hoàng Bình Quân có mặt ở cả hai lần trao đổi không?')).toMatch(/^Không\. Hoàng Bình Quân chỉ tham gia/);
  });

  it('"cập nhật cho nhau" (updated each other) is the informing the 2022 report states: Yes, not "not mentioned"', () => {
    expect(first('Năm 2022, hai bên có cập nhật cho nhau về tình hình trong nước và trong Đảng của mình không?')).toMatch(/^Có\./);
  });

  it('"nhằm hỗ trợ … phòng chống COVID-19" is the purpose the article gives the supplies: Yes', () => {
    expect(first('Số vật tư y tế Trung Quốc trao năm 2022 có phải nhằm hỗ trợ Việt Nam phòng chống COVID-19 không?')).toMatch(/^Có\./);
  });
});


describe('an act the articles never report, done to a person, beside a word of visiting', () => {
  it.each(['2022年会谈时，宋涛是否邀请黎怀忠访华？', 'Did Song Tao invite Le Hoai Trung to visit Beijing during the 2022 talks?'])('%s: refused, not answered Yes or No about the format', (q) => {
    const a = engine.answer(q);
    expect(a.answered, a.text).toBe(false);
    expect(a.text).toMatch(/invite|邀请/u);
  });

  it('whether they met in person is still the format, answered No', () => {
    expect(first('Did Song Tao and Quan meet in person in 2020?').startsWith('No')).toBe(true);
  });
});

describe('a claim of a whole against a report of a part', () => {
  it.each(['In 2020, were all party exchanges cancelled because of COVID-19?', 'Did COVID-19 stop every single exchange through the Party channel in 2020?'])('%s: No, citing "a number of"', (q) => {
    const a = engine.answer(q);
    expect(a.text, a.text).toMatch(/^No: a number of, not (all|every single)\. \[\d+\]/);
    const n = Number(/^[^\n]*?\[(\d+)\]/.exec(a.text)?.[1]);
    expect(a.citations[n - 1]?.quote).toContain('a number of bilateral exchanges');
  });

  it('"at all" claims no whole: Yes', () => {
    expect(first('Did the sea come up at all in the 2020 phone call?')).toMatch(/^Yes/);
  });

  it('the same claim of a part only is not answered No', () => {
    expect(first('In 2020, could some exchanges through the Party channel not be held because of COVID-19?')).not.toMatch(/^No/);
  });
});

describe('"both the 2020 and the 2022 talks": each year names a talk the person must have been at', () => {
  it.each([
    'Did Song Tao take part in both the 2020 and the 2022 talks?',
    'Was Song Tao the Chinese counterpart in both 2020 and 2022?',
  ])('%s: Yes', (q) => {
    expect(first(q)).toMatch(/^Yes/);
  });

  it.each([
    ['Did Quan take part in both the 2020 and the 2022 talks?', 'Hoang Binh Quan took part only in the phone talks of 29 July 2020'],
    ['Did Trung attend both the 2020 and 2022 talks?', 'Le Hoai Trung took part only in the talks via videoconference of 19 April 2022'],
  ])('%s: No, never a Yes from the one talk he was at', (q, only) => {
    expect(first(q)).toMatch(/^No/);
    expect(first(q)).toContain(only);
  });

  it('one year said of both talks still holds at each: no Yes', () => {
    expect(first('Were both talks held in 2020?')).not.toMatch(/^Yes/);
  });
});

describe('a statement in the words of a topic\'s own phrase is on that topic', () => {
  it('"an obstacle in the relationship": the report\'s "obstacles in the bilateral relations" is a Yes', () => {
    const a = engine.answer('Did Quan describe developments at sea as an obstacle in the relationship in 2020?');
    expect(a.text).toMatch(/^Yes/);
    expect(a.citations.map((c) => c.quote).join(' ')).toContain('obstacles in the bilateral relations');
  });

  it('a single shared word is no such phrase: the economy is not called an obstacle', () => {
    expect(first('Did Quan describe the economy as an obstacle in the relationship in 2020?')).not.toMatch(/^Yes/);
  });
});

describe('talks named by their format as the subject of "did" are asked what they did', () => {
  it('"did the 2022 videoconference lead to anything tangible?" is no Yes about the format', () => {
    const a = engine.answer('Honestly I\'m skeptical that these party-to-party talks ever produce anything concrete. Did the 2022 videoconference lead to anything tangible?');
    expect(a.text).not.toMatch(/^Yes: it was talks via videoconference/);
    expect(a.text).toMatch(/medical supplies|cooperation plan/);
  });

  it.each([
    ['Did the phone call happen in 2020?', /^Yes/],
    ['Did the videoconference take place in April 2022?', /^Yes/],
    ['Did the phone call take place in April 2022?', /^No/],
  ])('their holding asked is still the format: %s', (q, lead) => {
    expect(first(q)).toMatch(lead);
  });
});

describe('a Yes rests on one statement carrying both the act asked and its topic', () => {
  it.each([
    // "set the orientation" and "the first centenary goal" are on other things; the trade statements set no target.
    ['Did the 2022 talks set a trade target?', /^The articles do not mention that: nothing they report about trade/],
    // What was agreed names no tariff at all.
    ['Did they agree on a tariff cut?', /^The articles do not mention that\. What they do report:/],
  ])('%s', (q, lead) => {
    const a = engine.answer(q);
    expect(first(q)).toMatch(lead);
    expect(a.text).not.toMatch(/^(Yes|Có|是的)/);
    // What is listed is on the topic, not the statements the act's words alone found.
    expect(a.text).not.toMatch(/centenary|centenary goal|百年|100 năm/);
  });

  it.each(['Có đặt mục tiêu kim ngạch thương mại không?', '2022年会谈定了贸易目标吗？'])('%s has no Yes', (q) => {
    expect(first(q)).not.toMatch(/^(Có\.|是的)/u);
  });

  it('a question whether the topic came up keeps its Yes', () => {
    expect(first('Did Vietnam bring up vaccine passports in the 2022 talks?')).toMatch(/^Yes/);
    expect(first('Did they sign anything in 2022?')).toMatch(/^Yes/);
  });
});

describe('polarity: a negative asked of no thing named, and a means opposed to the one reported', () => {
  it('"anything negative" is answered by the obstacles reported, not No from the positive momentum', () => {
    const a = engine.answer('Did Quan mention anything negative?');
    expect(first('Did Quan mention anything negative?')).toMatch(/^Yes/);
    expect(a.text).toContain('obstacles');
  });

  it('relations said to be losing momentum is still No, with the positive momentum', () => {
    expect(first('Did Quan say in 2020 that relations between the two parties had lost momentum?')).toMatch(/^No/);
  });

  it.each([
    ['Did Quan call for settling disputes with military might in 2020?', /^No: “via peaceful means”/],
    ['Năm 2020 ông Quân có kêu gọi giải quyết tranh chấp bằng sức mạnh quân sự không?', /^Không: “qua biện pháp hòa bình”/],
    ['2020年黄平君是否呼吁用军事力量解决争端？', /^不是/],
  ])('%s', (q, lead) => {
    const a = engine.answer(q);
    expect(first(q)).toMatch(lead);
    expect(a.citations[0]?.quote).toContain('peaceful means');
  });
});

describe('a sum of money asked of another subject than the sum reported', () => {
  it.each(['How much money did the floods cost?', 'thiệt hại tổng cộng là bao nhiêu tiền?', '损失总共是多少钱？'])('%s is refused: no figure for it', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/1\.5|1,5|150万/);
  });

  it('the sum asked of the gift, or of what it was for, is still the gift\'s worth', () => {
    for (const q of ['How much money did China give?', 'How much money did China give for COVID?', 'Trung Quốc tặng bao nhiêu tiền?']) {
      expect(engine.answer(q).text, q).toMatch(/1[.,]5/);
    }
  });
});
