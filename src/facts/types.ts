// The knowledge base as the rest of the bot sees it: references resolved, everything read-only. Every
// wording a reader sees exists in each supported language (Localized); quotes stay as the article has them.
import type { Lang, Localized } from '../languages.js';

/** Phrases that name a thing, in each language (for reading questions). */
export type Terms = Readonly<Record<Lang, readonly string[]>>;

export interface Article {
  readonly id: string;
  readonly outlet: string;
  readonly outletName: string;
  readonly date: string;
  readonly headline: string | null;
  /** The headline, or our descriptive title when the article has none (see titleIsDescriptive). */
  readonly title: string;
  readonly titleIsDescriptive: boolean;
  readonly caption: string | null;
  readonly dateline: string | null;
  readonly body: string;
}

/** Where a fact comes from: an article and the exact span of it that supports the fact. */
export interface Evidence {
  readonly article: Article;
  readonly quote: string;
}

export interface Person extends Evidence {
  readonly id: string;
  readonly name: string;
  readonly nativeName: string | null;
  readonly aliases: readonly string[];
  readonly party: Organisation;
  readonly side: string;
  readonly names: Localized;
  readonly sideNames: Localized;
  /** Name and aliases in every language. */
  readonly terms: Terms;
}

export interface Organisation extends Evidence {
  readonly id: string;
  readonly acronym: string | null;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Words for this party's side as the speaker ("Beijing"); empty for organisations that are not a side. */
  readonly sides: readonly string[];
  readonly description: string;
  readonly names: Localized;
  readonly descriptions: Localized;
  /** Name, acronym and aliases in every language. */
  readonly terms: Terms;
  /** Side words in every language. */
  readonly sideTerms: Terms;
}

export interface Topic {
  readonly id: string;
  readonly label: string;
  readonly keywords: readonly string[];
  /** Things the articles mention without explaining or naming them. */
  readonly mentionedOnly: readonly string[];
  readonly labels: Localized;
  /** Label and keywords in every language. */
  readonly terms: Terms;
  readonly mentionedOnlyTerms: Terms;
  /** Particular parts of it the articles never name: a claim's, never a question's way to the topic. */
  readonly unnamedParts: readonly string[];
  readonly unnamedPartTerms: Terms;
  /** The articles' name for a contested thing, in each language, and the other names people use for it. */
  readonly articleName: { readonly names: Localized; readonly others: Terms } | null;
  /** The channel the talks themselves went through: before a talk word it names those talks. */
  readonly channelOfTalks: boolean;
}

export interface Participant extends Evidence {
  readonly person: Person;
  readonly party: Organisation;
  readonly organisation: Organisation;
  readonly role: string;
  readonly roles: Localized;
}

export interface Statement extends Evidence {
  readonly id: string;
  readonly speakers: readonly Person[];
  readonly text: string;
  readonly texts: Localized;
  readonly topics: readonly Topic[];
}

export type AgreementKind = 'signed' | 'agreed' | 'affirmed';

export interface Agreement extends Evidence {
  readonly id: string;
  readonly kind: AgreementKind;
  readonly text: string;
  readonly period: { readonly from: number; readonly to: number } | null;
  readonly parties: readonly Person[];
  readonly topics: readonly Topic[];
  /** Words that single this agreement out among others ("plan", "scheme"). */
  readonly keywords: readonly string[];
  readonly texts: Localized;
  /** Keywords in every language. */
  readonly terms: Terms;
}

export interface Figure extends Evidence {
  readonly id: string;
  readonly text: string;
  readonly amounts: readonly { readonly value: number; readonly unit: string }[];
  readonly from: Organisation;
  readonly topics: readonly Topic[];
  readonly texts: Localized;
}

export interface TalkFormat extends Evidence {
  readonly label: string;
  readonly remote: boolean;
  /** Ids of the talk's statements saying why exchanges took such a form; none when the report gives no reason. */
  readonly reasons?: readonly string[];
  readonly keywords: readonly string[];
  readonly labels: Localized;
  /** How they were held, said plainly where the label only implies it ("qua điện thoại" beside "điện đàm"). */
  readonly means: Partial<Localized>;
}

export interface Talk {
  readonly id: string;
  readonly article: Article;
  readonly date: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly names: Localized;
  /** Aliases and format keywords in every language. */
  readonly terms: Terms;
  readonly when: Evidence;
  readonly format: TalkFormat;
  readonly participants: readonly Participant[];
  readonly summary: Evidence & { readonly text: string; readonly texts: Localized };
  readonly statements: readonly Statement[];
  readonly agreements: readonly Agreement[];
  readonly figures: readonly Figure[];
}

export interface KnowledgeBase {
  readonly articles: ReadonlyMap<string, Article>;
  /** Oldest first. */
  readonly talks: readonly Talk[];
  readonly people: ReadonlyMap<string, Person>;
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly topics: ReadonlyMap<string, Topic>;
}
