// Every intent's definition, by name: the one list a new answerer module is added to. The type below fails
// typecheck when an intent of the reading has no definition here, or one filed under another name; the sets other
// modules ask of intents ("decides its own yes/no", "about people") are derived from it.
import type { Intent } from '../../matching/reading.js';
import type { Answerer } from '../types.js';
import { agreementsIntent } from './agreements.js';
import { compareIntent } from './compare.js';
import type { AnsweredIntent, IntentDefinition } from './definition.js';
import { formatIntent } from './format.js';
import { organisationIntent } from './organisation.js';
import { personIntent } from './person.js';
import { searchIntent } from './search.js';
import { sourceIntent } from './source.js';
import { summaryIntent } from './summary.js';
import { talksIntent } from './talks.js';
import { topicIntent } from './topic.js';
import { whenIntent } from './when.js';
import { whoIntent } from './who.js';

export type { AnsweredIntent, IntentDefinition } from './definition.js';

export const INTENT_DEFINITIONS: { readonly [N in AnsweredIntent]: IntentDefinition<N> } = {
  who: whoIntent,
  when: whenIntent,
  agreements: agreementsIntent,
  format: formatIntent,
  topic: topicIntent,
  person: personIntent,
  organisation: organisationIntent,
  summary: summaryIntent,
  compare: compareIntent,
  talks: talksIntent,
  source: sourceIntent,
  search: searchIntent,
};

const DEFINITIONS: readonly IntentDefinition[] = Object.values(INTENT_DEFINITIONS);

/** The answerer of an intent that has one (help and unknown are the engine's own). */
export const answererOf = (intent: AnsweredIntent): Answerer => INTENT_DEFINITIONS[intent].answer;

/** The definition of an intent, or null for help and unknown. */
export const definitionOf = (intent: Intent): IntentDefinition | null => DEFINITIONS.find((d) => d.name === intent) ?? null;

/** The intents whose definition has a property: what a module once spelled out as a set of names. */
export const intentsWhere = (has: (definition: IntentDefinition) => boolean): ReadonlySet<Intent> => new Set(DEFINITIONS.filter(has).map((d) => d.name));
