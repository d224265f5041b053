// The knowledge base as the rest of the bot sees it: references resolved, everything read-only.

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
}

export interface Organisation extends Evidence {
  readonly id: string;
  readonly acronym: string | null;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Words for this party's side as the speaker ("Beijing"); empty for organisations that are not a side. */
  readonly sides: readonly string[];
  readonly description: string;
}

export interface Topic {
  readonly id: string;
  readonly label: string;
  readonly keywords: readonly string[];
  /** Things the articles mention without explaining or naming them. */
  readonly mentionedOnly: readonly string[];
}

export interface Participant extends Evidence {
  readonly person: Person;
  readonly party: Organisation;
  readonly organisation: Organisation;
  readonly role: string;
}

export interface Statement extends Evidence {
  readonly id: string;
  readonly speakers: readonly Person[];
  readonly text: string;
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
}

export interface Figure extends Evidence {
  readonly id: string;
  readonly text: string;
  readonly amounts: readonly { readonly value: number; readonly unit: string }[];
  readonly from: Organisation;
  readonly topics: readonly Topic[];
}

export interface TalkFormat extends Evidence {
  readonly label: string;
  readonly remote: boolean;
  readonly keywords: readonly string[];
}

export interface Talk {
  readonly id: string;
  readonly article: Article;
  readonly date: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly when: Evidence;
  readonly format: TalkFormat;
  readonly participants: readonly Participant[];
  readonly summary: Evidence & { readonly text: string };
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
