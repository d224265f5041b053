// The intents' registry (src/answering/intents/index.ts): every intent the reading can give has one complete
// definition, filed under its own name, and every answerer module is registered. A new intent is its name and rule
// in src/matching/intent.ts, its module in src/answering/intents/ and one line in the registry; these checks fail
// when the module or the line is forgotten, or a property is left out of a definition.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { INTENTS, type Intent } from '../../src/matching/reading.js';
import { definitionOf, INTENT_DEFINITIONS, intentsWhere, type AnsweredIntent, type IntentDefinition } from '../../src/answering/intents/index.js';
import { whenIntent } from '../../src/answering/intents/when.js';
import { whoIntent } from '../../src/answering/intents/who.js';

/** Every property of a definition, present and of its kind: strict, so a property no module sets fails too. */
const DEFINITION = z.strictObject({
  name: z.string(),
  answer: z.function(),
  decidesYesNo: z.boolean(),
  aboutTheEvent: z.boolean(),
  aboutPeople: z.boolean(),
  aboutStatements: z.boolean(),
  coverage: z.enum(['asked', 'another', 'none']),
  evidence: z.strictObject({ ownWords: z.array(z.string()), topicPicksTalk: z.boolean() }).nullable(),
  followUp: z.strictObject({ asksAgain: z.boolean(), sameAtAnotherTalk: z.boolean(), needsNoSubject: z.boolean() }),
});

/** The intents the engine words itself, with no answerer. */
const ENGINE_OWN: readonly Intent[] = ['help', 'unknown'];
const INTENTS_DIR = join(import.meta.dirname, '../../src/answering/intents');
/** Modules of that folder that are no intent's: the registry and the definition's type. */
const NOT_AN_INTENT = new Set(['index.ts', 'definition.ts']);

describe('the intents registry', () => {
  it('has a definition for every intent but help and unknown, filed under its own name', () => {
    const answered = INTENTS.filter((i) => !ENGINE_OWN.includes(i));
    expect(Object.keys(INTENT_DEFINITIONS).sort()).toEqual([...answered].sort());
    for (const [key, definition] of Object.entries(INTENT_DEFINITIONS)) expect(definition.name).toBe(key);
    for (const intent of ENGINE_OWN) expect(definitionOf(intent)).toBeNull();
  });

  it('has every definition complete', () => {
    for (const definition of Object.values(INTENT_DEFINITIONS)) {
      const parsed = DEFINITION.safeParse(definition);
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${definition.name}.${i.path.join('.')}: ${i.message}`)).toEqual([]);
    }
  });

  it('registers every answerer module of src/answering/intents/, each exporting one definition', async () => {
    const registered = new Set<unknown>(Object.values(INTENT_DEFINITIONS));
    for (const file of readdirSync(INTENTS_DIR).filter((f) => f.endsWith('.ts') && !NOT_AN_INTENT.has(f))) {
      const module = (await import(pathToFileURL(join(INTENTS_DIR, file)).href)) as Record<string, unknown>;
      const definitions = Object.values(module).filter((v) => DEFINITION.safeParse(v).success);
      expect(definitions, file).toHaveLength(1);
      expect(registered.has(definitions[0]), `${file} is not in intents/index.ts`).toBe(true);
    }
  });

  it('derives the sets of intents from the definitions', () => {
    expect([...intentsWhere((d) => d.aboutPeople)].sort()).toEqual(Object.values(INTENT_DEFINITIONS).filter((d) => d.aboutPeople).map((d) => d.name).sort());
    expect(intentsWhere(() => true).has('help')).toBe(false);
  });

  it('fails typecheck when an intent has no definition, or one filed under another name', () => {
    const { who: _who, ...withoutWho } = INTENT_DEFINITIONS;
    // @ts-expect-error who is missing: npm run typecheck fails on a registry without it.
    const missing: { readonly [N in AnsweredIntent]: IntentDefinition<N> } = withoutWho;
    // @ts-expect-error when's definition filed as who's.
    const misfiled: { readonly [N in AnsweredIntent]: IntentDefinition<N> } = { ...INTENT_DEFINITIONS, who: whenIntent };
    expect(Object.keys(missing)).not.toContain('who');
    expect(misfiled.who).not.toBe(whoIntent);
  });
});
