// The shapes of the files under data/, checked with zod before anything else reads them.
import { z } from 'zod';

/** Text a reader will see or quote: never empty or only white space. */
export const nonEmpty = z.string().refine((s) => s.trim().length > 0, { message: 'must not be empty' });

export const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'must be lower-case letters, digits and dashes' });

/** A calendar date that really exists, written YYYY-MM-DD. */
export const isoDate = z.string().refine(
  (s) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  },
  { message: 'must be a real date written YYYY-MM-DD' },
);

export const articleFileSchema = z
  .strictObject({
    id,
    outlet: nonEmpty,
    outletName: nonEmpty,
    date: isoDate,
    headline: nonEmpty.nullable(),
    /** Our own title for an article that has none; shown marked as descriptive. */
    descriptiveTitle: nonEmpty.nullable(),
    caption: nonEmpty.nullable(),
    dateline: nonEmpty.nullable(),
    bodyFile: z.string().regex(/^[\w.-]+\.txt$/, { message: 'must name a .txt file beside the metadata' }),
    received: z
      .strictObject({ file: nonEmpty, firstLine: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })
      .optional(),
  })
  .refine((a) => a.headline !== null || a.descriptiveTitle !== null, {
    message: 'an article without a headline needs a descriptiveTitle',
    path: ['descriptiveTitle'],
  });

export const personSchema = z.strictObject({
  id,
  name: nonEmpty,
  nativeName: nonEmpty.nullable(),
  aliases: z.array(nonEmpty),
  party: id,
  side: nonEmpty,
  article: id,
  quote: nonEmpty,
});

export const organisationSchema = z.strictObject({
  id,
  acronym: nonEmpty.nullable(),
  name: nonEmpty,
  aliases: z.array(nonEmpty),
  /** Words for this party's side when it is the one speaking ("Beijing", "the Chinese side"); empty for others. */
  sides: z.array(nonEmpty),
  description: nonEmpty,
  article: id,
  quote: nonEmpty,
});

export const topicSchema = z.strictObject({
  id,
  label: nonEmpty,
  keywords: z.array(nonEmpty).min(1),
  /**
   * Things of this topic the articles mention without explaining or naming them ("the 13th National
   * Congress", "ministries"): asked what they are, which they were or what was decided there, the bot says so.
   */
  mentionedOnly: z.array(nonEmpty),
  /**
   * Particular parts of the topic the articles never name ("Spratly", "Paracel" of the sea): a claim naming one is
   * related to the topic, but a question about one is not answered by the topic's sentences (they say nothing of it).
   */
  unnamedParts: z.array(nonEmpty).optional(),
  /**
   * A contested name: what the articles call the thing ("East Sea") and what others call it ("South China
   * Sea"). A question using another name is answered from the articles, and the answer names their term.
   */
  articleName: z.strictObject({ name: nonEmpty, otherNames: z.array(nonEmpty) }).optional(),
  /**
   * The channel the talks themselves went through ("Party-to-Party"): just before a talk word ("the Party-to-Party
   * phone call") it says which talks, not a subject spoken of. False when left out (the loader says so: a default
   * here would make zod's value differ from the file's, and a fresh start would check the file with zod every time).
   */
  channelOfTalks: z.boolean().optional(),
});

const quoted = z.strictObject({ quote: nonEmpty });

export const participantSchema = z.strictObject({
  person: id,
  party: id,
  organisation: id,
  role: nonEmpty,
  quote: nonEmpty,
});

export const statementSchema = z.strictObject({
  id,
  speakers: z.array(id).min(1),
  text: nonEmpty,
  topics: z.array(id).min(1),
  quote: nonEmpty,
});

export const agreementSchema = z.strictObject({
  id,
  kind: z.enum(['signed', 'agreed', 'affirmed']),
  text: nonEmpty,
  period: z
    .strictObject({ from: z.number().int(), to: z.number().int() })
    .refine((p) => p.from <= p.to, { message: 'period must not end before it starts' })
    .nullable(),
  parties: z.array(id).min(1),
  topics: z.array(id),
  /** Words that single this document out ("the plan", "the scheme"), so no such word is needed in code. */
  keywords: z.array(nonEmpty),
  quote: nonEmpty,
});

export const figureSchema = z.strictObject({
  id,
  text: nonEmpty,
  amounts: z.array(z.strictObject({ value: z.number().positive(), unit: nonEmpty })).min(1),
  from: id,
  topics: z.array(id).min(1),
  quote: nonEmpty,
});

export const talkFileSchema = z.strictObject({
  id,
  article: id,
  date: isoDate,
  name: nonEmpty,
  aliases: z.array(nonEmpty),
  when: quoted,
  format: z.strictObject({
    label: nonEmpty,
    /** false for a meeting in person; lets "did they meet in person?" be answered from data. */
    remote: z.boolean(),
    /**
     * Statements of the talk (ids) in which the report says why exchanges took such a form ("due to COVID-19 …
     * could not be held as scheduled", "flexible forms such as phone talks"): what "why not in person?" is answered with.
     */
    reasons: z.array(id).optional(),
    keywords: z.array(nonEmpty).min(1),
    quote: nonEmpty,
  }),
  participants: z.array(participantSchema).min(1),
  summary: z.strictObject({ text: nonEmpty, quote: nonEmpty }),
  statements: z.array(statementSchema),
  agreements: z.array(agreementSchema),
  figures: z.array(figureSchema),
});

export type ArticleFile = z.infer<typeof articleFileSchema>;
export type PersonFile = z.infer<typeof personSchema>;
export type OrganisationFile = z.infer<typeof organisationSchema>;
export type TopicFile = z.infer<typeof topicSchema>;
export type TalkFile = z.infer<typeof talkFileSchema>;

/** One file of data/i18n/<lang>/: wording of facts in that language, by id. Any file may hold any part. */
const terms = z.array(nonEmpty);
export const translationFileSchema = z.strictObject({
  people: z.record(id, z.strictObject({ name: nonEmpty, side: nonEmpty, aliases: terms })).optional(),
  organisations: z.record(id, z.strictObject({ name: nonEmpty, description: nonEmpty, aliases: terms, sides: terms })).optional(),
  topics: z
    .record(id, z.strictObject({ label: nonEmpty, keywords: terms, mentionedOnly: terms, unnamedParts: terms.optional(), articleName: z.strictObject({ name: nonEmpty, otherNames: terms }).optional() }))
    .optional(),
  talks: z
    .record(
      id,
      z.strictObject({
        name: nonEmpty,
        aliases: terms,
        format: nonEmpty,
        /** How the talks were held, said plainly beside a format's name that only implies it ("qua điện thoại" beside "điện đàm"). */
        formatMeans: nonEmpty.optional(),
        formatKeywords: terms,
        summary: nonEmpty,
        /** The role each participant held, by person id. */
        roles: z.record(id, nonEmpty),
      }),
    )
    .optional(),
  statements: z.record(id, nonEmpty).optional(),
  agreements: z.record(id, z.strictObject({ text: nonEmpty, keywords: terms })).optional(),
  figures: z.record(id, nonEmpty).optional(),
});
export type TranslationFile = z.infer<typeof translationFileSchema>;
