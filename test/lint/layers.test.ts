// The lint rule that keeps imports pointing down the layers (eslint.layers.js): each kind of upward import the
// tree once had is an error, and every downward one passes. `npm run lint` applies it to the whole tree.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { FOLDERS, LAYERS, layerConfigs, layerOfFolder } from '../../eslint.layers.js';
import { ROOT } from '../support/process.js';

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...layerConfigs],
});

/** The layer rule's messages for `code` as if it were the file `file` (the file need not exist). */
async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('upward imports fail the lint', () => {
  it.each([
    ['src/i18n/messages.ts', "import type { UnsupportedKind } from '../matching/cues.js';"],
    ['src/facts/types.ts', "import type { Lang } from '../i18n/index.js';"],
    ['src/facts/loader.ts', "import { loadLexicon } from '../lexicon/lexicon.js';"],
    ['src/lexicon/build.ts', "import { DataError } from '../facts/loader.js';"],
    ['src/answering/intents/who.ts', "import { DiscordLimits } from '../../discord/limits.js';"],
    ['src/answering/engine.ts', "import { escapeMarkdown } from 'discord.js';"],
    ['src/matching/read.ts', "export { answer } from '../answering/engine.js';"],
    ['src/console/repl.ts', "import { truncate } from '../discord/rendering/truncate.js';"],
    ['src/discord/deploy.ts', "import { write } from '../console/io.js';"],
    ['src/discord/rendering/embed.ts', "import { renderPlain } from '../../console/plain.js';"],
    ['src/languages.ts', "import type { Talk } from './facts/types.js';"],
    ['src/state/store.ts', "import type { Talk } from '../facts/types.js';"],
    ['src/answering/engine.ts', "import '../main.js';"],
    ['commands/ask.ts', "import { write } from '../src/console/io.js';"],
  ])('%s: %s', async (file, code) => {
    const found = await problems(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-restricted-imports: .* (upward import|src\/main\.ts is the entry point)/);
  });
});

describe('downward and sideways-within-a-layer imports pass', () => {
  it.each([
    ['src/facts/types.ts', "import type { Lang } from '../languages.js';"],
    ['src/lexicon/lexicon.ts', "import { readJson } from '../read-files.js';"],
    ['src/i18n/messages.ts', "import type { UnsupportedKind } from '../refusal-kinds.js';\nimport type { Talk } from '../facts/types.js';"],
    ['src/discord/rendering/embed.ts', "import { DiscordLimits } from '../limits.js';\nimport type { Answer } from '../../answering/types.js';"],
    ['src/discord/buttons/next-page.ts', "import { embedLength } from 'discord.js';\nimport { normalize } from '../../matching/normalize.js';"],
    ['src/console/ask.ts', "import { renderPlain } from './plain.js';\nimport { loadEngine } from '../answering/load.js';"],
    ['src/main.ts', "import { startBot } from './discord/start.js';\nimport { runRepl } from './console/repl.js';"],
    ['commands/cite.ts', "import { renderQuotePost } from '../src/discord/rendering/quote-post.js';\nimport { SlashCommandBuilder } from 'discord.js';"],
    ['src/languages.ts', "import { once } from './once.js';\nimport type { Store } from './state/store.js';"],
  ])('%s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});

describe('the layer table', () => {
  const folders = ['facts', 'lexicon', 'i18n', 'matching', 'answering', 'conversation', 'console', 'discord'];

  it('each layer may import exactly the layers below it that it lists, checked for every pair', async () => {
    for (const layer of LAYERS.filter((l) => l.name !== 'ground' && l.name !== 'commands' && l.name !== 'entry')) {
      for (const target of folders) {
        const found = await problems(`src/${layer.name}/probe.ts`, `import '../${target}/x.js';`);
        const allowed = target === layer.name || layer.may.includes(target);
        expect(found.length === 0, `${layer.name} → ${target}`).toBe(allowed);
      }
    }
  });

  it('places every folder of src/ (a folder missing from it would be checked by no rule)', () => {
    const present = readdirSync(join(ROOT, 'src'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(present.filter((f) => !FOLDERS.includes(f))).toEqual([]);
    expect(FOLDERS.every((f) => LAYERS.some((l) => l.name === layerOfFolder(f)))).toBe(true);
  });

  it('is ordered: no layer may import one listed after it', () => {
    const rank = new Map(LAYERS.map((l, i) => [l.name, i]));
    for (const layer of LAYERS) for (const below of layer.may) expect(rank.get(below), `${layer.name} → ${below}`).toBeLessThan(rank.get(layer.name) ?? -1);
  });
});
