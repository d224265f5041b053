// loadCommands: the real commands/ load and every definition obeys Discord's rules for application commands; a
// malformed module in a commands directory stops loading with a CommandLoadError that names its file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType } from 'discord.js';
import type { APIApplicationCommandOption, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { loadEngine } from '../../src/answering/load.js';
import type { CommandContext } from '../../src/discord/command.js';
import { CommandLoadError, loadCommands } from '../../src/discord/load-commands.js';
import type { LoadedCommand } from '../../src/discord/load-commands.js';
import { createLogger } from '../../src/discord/log.js';

const NAME = /^[\p{Ll}\p{N}_-]{1,32}$/u;
const TALK_IDS = ['2020-07-29-phone-talks', '2022-04-19-videoconference'];

let ctx: CommandContext;
let scratch: string;

beforeAll(() => {
  ctx = { engine: loadEngine(), log: createLogger([], () => undefined) };
  scratch = mkdtempSync(join(tmpdir(), 'talks-bot-commands-'));
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Violations of Discord's documented rules for a chat-input command definition. */
function ruleViolations(def: RESTPostAPIChatInputApplicationCommandsJSONBody): string[] {
  const problems: string[] = [];
  const where = `/${def.name}`;
  if (!NAME.test(def.name)) problems.push(`${where}: name`);
  if (def.description === undefined || def.description.length < 1 || def.description.length > 100) problems.push(`${where}: description`);
  const options: APIApplicationCommandOption[] = def.options ?? [];
  if (options.length > 25) problems.push(`${where}: ${options.length} options`);
  let total = def.name.length + (def.description?.length ?? 0);
  let seenOptional = false;
  const names = new Set<string>();
  for (const option of options) {
    const at = `${where} ${option.name}`;
    if (!NAME.test(option.name)) problems.push(`${at}: name`);
    if (names.has(option.name)) problems.push(`${at}: duplicate`);
    names.add(option.name);
    if (option.description.length < 1 || option.description.length > 100) problems.push(`${at}: description`);
    total += option.name.length + option.description.length;
    const required = 'required' in option && option.required === true;
    if (required && seenOptional) problems.push(`${at}: required after optional`);
    if (!required) seenOptional = true;
    const choices = 'choices' in option ? (option.choices ?? []) : [];
    if (choices.length > 25) problems.push(`${at}: ${choices.length} choices`);
    if (choices.length > 0 && 'autocomplete' in option && option.autocomplete === true) problems.push(`${at}: choices and autocomplete`);
    for (const choice of choices) {
      if (choice.name.length < 1 || choice.name.length > 100) problems.push(`${at}: choice name ${choice.name}`);
      if (typeof choice.value === 'string' && (choice.value.length < 1 || choice.value.length > 100)) problems.push(`${at}: choice value`);
      total += choice.name.length + String(choice.value).length;
    }
  }
  // Name, description and all option names, descriptions and choices together.
  if (total > 4000) problems.push(`${where}: ${total} characters in all`);
  return problems;
}

function option(def: RESTPostAPIChatInputApplicationCommandsJSONBody, name: string): APIApplicationCommandOption | undefined {
  return def.options?.find((o) => o.name === name);
}

/** A fresh directory holding `files` (name → module source). */
function commandDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(scratch, 'dir-'));
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
  return dir;
}

function commandModule(name: string, extra = ''): string {
  return `export default {\n  data: () => ({ name: '${name}', description: 'A test command' }),\n  execute: async () => {},\n${extra}};\n`;
}

async function loadError(dir: string): Promise<CommandLoadError> {
  const error: unknown = await loadCommands(ctx, dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CommandLoadError);
  if (!(error instanceof CommandLoadError)) throw new Error(`expected a CommandLoadError, got ${String(error)}`);
  return error;
}

describe('the real commands/', () => {
  let commands: Map<string, LoadedCommand>;

  beforeAll(async () => {
    commands = await loadCommands(ctx);
  });

  it('loads the eight commands, each from its own file', () => {
    expect([...commands.keys()].sort()).toEqual(['agreements', 'ask', 'help', 'source', 'talks', 'topics', 'when', 'who']);
    for (const [name, loaded] of commands) {
      expect(loaded.file).toBe(`${name}.ts`);
      expect(loaded.definition.name).toBe(name);
    }
  });

  it('builds definitions that pass Discord\'s rules', () => {
    for (const loaded of commands.values()) expect(ruleViolations(loaded.definition)).toEqual([]);
  });

  it('offers both talks as choices on every talk option', () => {
    for (const name of ['who', 'when', 'agreements', 'topics', 'source']) {
      const def = commands.get(name)?.definition;
      if (def === undefined) throw new Error(`/${name} missing`);
      const talk = option(def, 'talk');
      expect(talk?.type).toBe(ApplicationCommandOptionType.String);
      const choices = talk !== undefined && 'choices' in talk ? (talk.choices ?? []) : [];
      expect(choices.map((c) => c.value).sort()).toEqual(TALK_IDS);
    }
  });

  it('gives /ask a required, autocompleting question option', () => {
    const ask = commands.get('ask');
    if (ask === undefined) throw new Error('/ask missing');
    expect(option(ask.definition, 'question')).toMatchObject({
      type: ApplicationCommandOptionType.String,
      required: true,
      autocomplete: true,
    });
    expect(ask.command.autocomplete).toBeTypeOf('function');
  });
});

describe('malformed command modules', () => {
  it('a module without execute names its file', async () => {
    const dir = commandDir({
      'good.ts': commandModule('good'),
      'noexec.ts': "export default { data: () => ({ name: 'noexec', description: 'No execute' }) };\n",
    });
    const error = await loadError(dir);
    expect(error.message).toContain('noexec.ts');
    expect(error.message).toContain('execute');
  });

  it('a module whose data is not a function names its file', async () => {
    const dir = commandDir({ 'plain.ts': "export default { data: { name: 'plain', description: 'Plain' }, execute: async () => {} };\n" });
    const error = await loadError(dir);
    expect(error.message).toContain('plain.ts');
    expect(error.message).toContain('data');
  });

  it('a module without a default export names its file', async () => {
    const dir = commandDir({ 'named.ts': "export const command = { data: () => ({ name: 'named', description: 'x' }), execute: async () => {} };\n" });
    expect((await loadError(dir)).message).toContain('named.ts');
  });

  it('a non-function autocomplete names its file', async () => {
    const dir = commandDir({ 'auto.ts': commandModule('auto', "  autocomplete: 'yes',\n") });
    const error = await loadError(dir);
    expect(error.message).toContain('auto.ts');
    expect(error.message).toContain('autocomplete');
  });

  it('two files defining the same name are both named', async () => {
    const dir = commandDir({ 'first.ts': commandModule('dup'), 'second.ts': commandModule('dup') });
    const error = await loadError(dir);
    expect(error.message).toContain('first.ts');
    expect(error.message).toContain('second.ts');
    expect(error.message).toContain('/dup');
  });

  it.each([
    ['an upper-case name', "({ name: 'Shout', description: 'x' })"],
    ['a name with a space', "({ name: 'two words', description: 'x' })"],
    ['a name over 32 characters', `({ name: '${'n'.repeat(33)}', description: 'x' })`],
    ['an empty description', "({ name: 'empty', description: '' })"],
    ['a description over 100 characters', `({ name: 'wordy', description: '${'d'.repeat(101)}' })`],
    [
      'more than 25 options',
      `({ name: 'many', description: 'x', options: Array.from({ length: 26 }, (_, i) => ({ type: 3, name: 'o' + i, description: 'x' })) })`,
    ],
    ['an option with an upper-case name', "({ name: 'opt', description: 'x', options: [{ type: 3, name: 'Talk', description: 'x' }] })"],
  ])('a definition with %s names its file', async (_what, definition) => {
    const dir = commandDir({ 'bad.ts': `export default { data: () => ${definition}, execute: async () => {} };\n` });
    const error = await loadError(dir);
    expect(error.message).toContain('bad.ts');
    expect(error.message).toMatch(/invalid definition/);
  });

  it('a module that throws while being imported names its file', async () => {
    const dir = commandDir({ 'good.ts': commandModule('good'), 'broken.ts': "throw new Error('missing dependency');\nexport default {};\n" });
    const error = await loadError(dir);
    expect(error.message).toContain('broken.ts');
    expect(error.message).toContain('missing dependency');
  });

  it('an empty directory is an error too', async () => {
    const dir = commandDir({ 'README.md': '# not a command\n', 'types.d.ts': 'export {};\n' });
    expect((await loadError(dir)).message).toMatch(/no command modules/);
  });

  it('a directory of valid modules loads them', async () => {
    const dir = commandDir({ 'alpha.ts': commandModule('alpha'), 'beta.mjs': commandModule('beta') });
    const loaded = await loadCommands(ctx, dir);
    expect([...loaded.keys()]).toEqual(['alpha', 'beta']);
  });
});

describe('the talk option with more talks than Discord allows as fixed choices', () => {
  it('switches to autocomplete, and the suggestions name the talks', async () => {
    const { suggestTalks, withTalkOption } = await import('../../src/discord/talk-option.js');
    const { SlashCommandBuilder } = await import('discord.js');
    const { loadEngine } = await import('../../src/answering/load.js');
    const kb = loadEngine().kb;
    const first = kb.talks[0];
    if (!first) throw new Error('no talk');
    // 30 copies of a talk under different ids stand in for a large dataset.
    const many = { ...kb, talks: Array.from({ length: 30 }, (_, i) => ({ ...first, id: `talk-${i}` })) };
    const json = withTalkOption(new SlashCommandBuilder().setName('who').setDescription('Who'), many).toJSON();
    const option = json.options?.[0] as { autocomplete?: boolean; choices?: unknown[] } | undefined;
    expect(option?.autocomplete).toBe(true);
    expect(option?.choices ?? []).toHaveLength(0);
    const suggestions = suggestTalks(many, 'july');
    expect(suggestions).toHaveLength(25);
    expect(suggestions[0]?.name).toContain('29 July 2020');
    expect(suggestTalks(kb, 'april').map((s) => s.value)).toEqual(['2022-04-19-videoconference']);
  });
});
