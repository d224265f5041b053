// What may leave the bot for Discord: every string well-formed UTF-16 (no lone surrogate, which Discord shows as
// "�" or rejects), and every part within Discord's documented limits. `payloadProblems` lists what a payload
// breaks; `hostileText` generates the input that tries hardest to break it, for property tests with fast-check.
import fc from 'fast-check';
import { DiscordLimits } from '../../src/discord/limits.js';
import { asObject, embedLimitViolations, embedsOf, isObject, stringField } from '../discord/helpers.js';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Paths of the strings anywhere in `value` that hold a lone surrogate. */
export function illFormedStrings(value: unknown, path = '$'): string[] {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? [`${path}: ${JSON.stringify(value.slice(0, 80))}`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => illFormedStrings(v, `${path}[${i}]`));
  if (isObject(value)) return Object.entries(value).flatMap(([k, v]) => [...illFormedStrings(k, `${path}.<key>`), ...illFormedStrings(v, `${path}.${k}`)]);
  return [];
}

/** The buttons of a message body's action rows, and what is wrong with the rows. */
function componentProblems(body: Record<string, unknown>): string[] {
  const rows = body.components;
  if (rows === undefined) return [];
  if (!Array.isArray(rows)) return ['components is not an array'];
  const problems: string[] = [];
  if (rows.length > 5) problems.push(`${rows.length} action rows`);
  for (const row of rows) {
    const inner = asObject(row, 'an action row').components;
    if (!Array.isArray(inner)) continue;
    if (inner.length > DiscordLimits.buttonsPerRow) problems.push(`${inner.length} buttons in a row`);
    for (const c of inner) {
      const button = asObject(c, 'a component');
      const label = stringField(button, 'label') ?? '';
      const customId = stringField(button, 'custom_id') ?? '';
      if (label.length < 1 || label.length > DiscordLimits.buttonLabel) problems.push(`button label is ${label.length} characters`);
      if (customId.length < 1 || customId.length > DiscordLimits.customId) problems.push(`custom_id is ${customId.length} characters`);
    }
  }
  return problems;
}

/** What is wrong with rendered embeds and buttons, before they become a message (mentions are the sender's). */
export function renderedProblems(page: { readonly embeds: readonly unknown[]; readonly components: readonly unknown[] }): string[] {
  const body = { embeds: page.embeds, components: page.components };
  const embeds = embedsOf(body);
  return [
    ...illFormedStrings(body),
    ...(embeds.length > 10 ? [`${embeds.length} embeds`] : []),
    ...embeds.flatMap((e, i) => embedLimitViolations(e).map((p) => `embed ${i}: ${p}`)),
    ...componentProblems(body),
  ];
}

/** What is wrong with a message body (interaction reply data, follow-up, edit, channel message). */
export function messageProblems(body: unknown): string[] {
  const obj = asObject(body, 'a message body');
  const problems: string[] = [];
  const content = stringField(obj, 'content');
  if (content !== undefined && content.length > DiscordLimits.messageContent) problems.push(`content is ${content.length} characters`);
  const embeds = embedsOf(obj);
  if (embeds.length > 10) problems.push(`${embeds.length} embeds`);
  if (!content && embeds.length === 0) problems.push('an empty message');
  embeds.forEach((e, i) => problems.push(...embedLimitViolations(e).map((p) => `embed ${i}: ${p}`)));
  problems.push(...componentProblems(obj));
  const allowed = obj.allowed_mentions;
  if (!isObject(allowed) || !Array.isArray(allowed.parse) || allowed.parse.length > 0) problems.push('allowed_mentions does not turn mentions off');
  return problems;
}

/** What is wrong with autocomplete choices. */
export function choiceProblems(data: unknown): string[] {
  const choices = asObject(data, 'autocomplete data').choices;
  if (!Array.isArray(choices)) return ['no choices array'];
  const problems: string[] = [];
  if (choices.length > DiscordLimits.autocompleteChoices) problems.push(`${choices.length} choices`);
  for (const c of choices) {
    const choice = asObject(c, 'a choice');
    for (const key of ['name', 'value'] as const) {
      const text = stringField(choice, key) ?? '';
      if (text.length < 1 || text.length > 100) problems.push(`choice ${key} is ${text.length} characters`);
    }
  }
  return problems;
}

/** Everything wrong with one outgoing payload: ill-formed strings anywhere, and the limits of its kind. */
export function payloadProblems(body: unknown, kind: 'message' | 'choices'): string[] {
  return [...illFormedStrings(body), ...(kind === 'message' ? messageProblems(body) : choiceProblems(body))];
}

// ---------------------------------------------------------------- hostile input

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
/** Any code point, astral ones (two UTF-16 units) included. */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff).map((c) => String.fromCodePoint(c));

const FRAGMENTS = [
  // Questions and names the bot knows, so hostile text also reaches answers, refusals and suggestions.
  'who took part in the 2022 talks? ', 'when were the talks', 'what did Song Tao say about ', 'did they discuss climate change',
  'Hoàng Bình Quân ', 'hội đàm năm 2022 ', '宋涛说了什么', 'agreements ', 'vaccine ', 'Le Hoai Trung ',
  // Markdown that renders in titles and descriptions unless escaped.
  '# HUGE HEADING', '\n## heading\n', '-# tiny ', '> quote ', '>>> block ', '- bullet ', '1. numbered ', '**bold** ', '__under__ ',
  '*it* ', '_it_ ', '~~strike~~ ', '||spoiler|| ', '`code` ', '```js\nx\n``` ', '[click me](https://example.invalid/x) ', '\\', '\\*',
  // Mentions that must never ping.
  '@everyone ', '@here ', '<@123456789012345678> ', '<@&123456789012345678> ', '<#123456789012345678> ', '</ask:123456789012345678> ',
  // Characters that break naive cuts and renders.
  '👩‍👩‍👧‍👦', '🇻🇳🇨🇳', '😀', 'e\u0301', '\u200B', '\u202E', '\u0000', '\t', '\n', '\r\n', '  ',
];

/** One piece of hostile text: a fragment, a lone surrogate, any code point, or a plain word. */
const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: anyCodePoint },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/**
 * Text a user might send: short hostile mixes, and now and then a huge one (a piece repeated up to ~6,000
 * UTF-16 units, beyond every Discord limit).
 */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(piece, { minLength: 1, maxLength: 24 }).map((parts) => parts.join('')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.integer({ min: 100, max: 6000 }))
      .map(([parts, size]) => {
        const unit = parts.join('') || 'x';
        return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      }),
  },
);

/** Claims the articles back, so that hostile text around one still finds sources (Find sources' page, not its notice). */
const CLAIMS = [
  'They signed a cooperation plan between the CPV and CPC for 2021-2025.',
  'Song Tao thanked Vietnam for supporting China over the floods.',
  'Le Hoai Trung urged China to reduce congestion at the border gates.',
  'Hoang Binh Quan and Song Tao held phone talks on July 29.',
];

/** A message that makes a claim the articles back, with hostile text before it (short) and after it (any). */
export const hostileMessage: fc.Arbitrary<string> = fc
  .tuple(fc.array(piece, { maxLength: 6 }), fc.constantFrom(...CLAIMS), hostileText)
  .map(([before, claim, after]) => `${before.join('')} ${claim} ${after}`);

/** Property runs are seeded (the same inputs every run, so a failure reproduces) and bounded. */
export const PROPERTY_SEED = 20_240_419;
