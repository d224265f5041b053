// Suggested questions for /ask, in tiers: what the user typed, example questions that start with it,
// fuzzy matches (fuse.js), then examples about the people, topics and organisations it names.
import Fuse from 'fuse.js';
import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { Engine } from '../answering/engine.js';
import { withoutChatMarkup } from '../chat-text.js';
import { normalize } from '../matching/normalize.js';
import { truncate } from './rendering/truncate.js';
import { DiscordLimits } from './limits.js';

interface Index {
  readonly fuse: Fuse<string>;
  readonly normalized: readonly (readonly [string, string])[];
}

const indexes = new WeakMap<Engine, Index>();

function indexFor(engine: Engine): Index {
  let index = indexes.get(engine);
  if (!index) {
    index = {
      fuse: new Fuse([...engine.examples], { threshold: 0.45, ignoreLocation: true }),
      normalized: engine.examples.map((q) => [q, normalize(q)] as const),
    };
    indexes.set(engine, index);
  }
  return index;
}

export function suggestQuestions(engine: Engine, typed: string): ApplicationCommandOptionChoiceData<string>[] {
  const index = indexFor(engine);
  const text = typed.replace(/\s+/g, ' ').trim().slice(0, 200);
  const n = normalize(text);
  const out: string[] = [];
  const add = (q: string) => {
    if (q.length >= 1 && !out.includes(q)) out.push(q);
  };
  if (text) add(truncate(text, DiscordLimits.choiceValue));
  // 1. Example questions that start with what was typed.
  for (const [q, nq] of index.normalized) if (!n || nq.startsWith(n)) add(q);
  if (n) {
    // 2. Fuzzy matches.
    for (const { item } of index.fuse.search(text.slice(0, 64), { limit: DiscordLimits.autocompleteChoices })) add(item);
    // 3. Examples about what the text names.
    const parsed = engine.read(withoutChatMarkup(text)).reading;
    const names = [...parsed.people.map((p) => p.name), ...parsed.topics.map((t) => t.topic.label), ...parsed.organisations.map((o) => o.acronym ?? o.name)];
    for (const [q] of index.normalized) if (names.some((name) => q.includes(name))) add(q);
  }
  return out.slice(0, DiscordLimits.autocompleteChoices).map((q) => {
    const name = truncate(q, DiscordLimits.choiceName);
    return { name, value: name };
  });
}
