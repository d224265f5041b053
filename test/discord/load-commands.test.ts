// loadCommands: the real commands/ load and every definition obeys Discord's rules for application commands; a
// malformed module in a commands directory stops loading with a CommandLoadError that names its file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType, ApplicationCommandType, ApplicationIntegrationType, InteractionContextType } from 'discord.js';
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

/** What every definition must declare: where the app can be installed (guild, user) and used (guild, bot DM, private). */
const EVERYWHERE = 'integration_types: [0, 1], contexts: [0, 1, 2]';

function commandModule(name: string, extra = ''): string {
  return `export default {\n  data: () => ({ name: '${name}', description: 'A test command', ${EVERYWHERE} }),\n  execute: async () => {},\n${extra}};\n`;
}

/** The loaded slash command `name`, or a thrown error. */
function slash(commands: ReadonlyMap<string, LoadedCommand>, name: string): Extract<LoadedCommand, { kind: 'slash' }> {
  const loaded = commands.get(name);
  if (loaded?.kind !== 'slash') throw new Error(`/${name} is not a loaded slash command`);
  return loaded;
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

  it('loads the nine slash commands and the message command, each from its own file', () => {
    expect([...commands.keys()].sort()).toEqual(['Find sources', 'agreements', 'ask', 'cite', 'help', 'source', 'talks', 'topics', 'when', 'who']);
    for (const [name, loaded] of commands) {
      expect(loaded.file).toBe(name === 'Find sources' ? 'find-sources.ts' : `${name}.ts`);
      expect(loaded.definition.name).toBe(name);
      expect(loaded.kind).toBe(name === 'Find sources' ? 'message' : 'slash');
    }
  });

  it('builds definitions that pass Discord\'s rules', () => {
    for (const loaded of commands.values()) if (loaded.kind === 'slash') expect(ruleViolations(loaded.definition)).toEqual([]);
    const find = commands.get('Find sources');
    expect(find?.definition).toMatchObject({ type: ApplicationCommandType.Message, name: 'Find sources' });
    expect(find?.definition).not.toHaveProperty('options');
  });

  it('every command can be installed to a server or a user and used in servers, bot DMs and private channels', () => {
    for (const loaded of commands.values()) {
      expect(loaded.definition.integration_types, loaded.definition.name).toEqual([ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall]);
      expect(loaded.definition.contexts, loaded.definition.name).toEqual([InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel]);
    }
  });

  it('/cite: a required autocompleting sentence (value at most 100), then talk, mention (a user) and hide', () => {
    const cite = slash(commands, 'cite');
    expect(cite.definition.options?.map((o) => [o.name, o.type])).toEqual([
      ['sentence', ApplicationCommandOptionType.String],
      ['talk', ApplicationCommandOptionType.String],
      ['mention', ApplicationCommandOptionType.User],
      ['hide', ApplicationCommandOptionType.Boolean],
    ]);
    expect(option(cite.definition, 'sentence')).toMatchObject({ required: true, autocomplete: true, max_length: 100 });
    expect(cite.command.autocomplete).toBeTypeOf('function');
  });

  it('says who sees each reply: /help and Find sources privately, the others as hide:true chooses', () => {
    expect(commands.get('help')?.command.visibility).toBe('ephemeral');
    expect(commands.get('Find sources')?.command.visibility).toBe('ephemeral');
    for (const name of ['who', 'when', 'agreements', 'topics', 'talks', 'source', 'ask', 'cite']) {
      expect(commands.get(name)?.command.visibility ?? 'hide-option', name).toBe('hide-option');
      expect(option(slash(commands, name).definition, 'hide'), name).toMatchObject({ type: ApplicationCommandOptionType.Boolean });
    }
  });

  it('offers both talks as choices on every talk option', () => {
    for (const name of ['who', 'when', 'agreements', 'topics', 'source', 'cite']) {
      const def = slash(commands, name).definition;
      const talk = option(def, 'talk');
      expect(talk?.type).toBe(ApplicationCommandOptionType.String);
      const choices = talk !== undefined && 'choices' in talk ? (talk.choices ?? []) : [];
      expect(choices.map((c) => c.value).sort()).toEqual(TALK_IDS);
    }
  });

  it('gives /ask a required, autocompleting question option', () => {
    const ask = slash(commands, 'ask');
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
      'noexec.ts': `export default { data: () => ({ name: 'noexec', description: 'No execute', ${EVERYWHERE} }) };\n`,
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
    ['no integration_types', "({ name: 'nowhere', description: 'x', contexts: [0, 1, 2] })"],
    ['no contexts', "({ name: 'nowhere', description: 'x', integration_types: [0, 1] })"],
    ['empty contexts', "({ name: 'nowhere', description: 'x', integration_types: [0, 1], contexts: [] })"],
    ['an unknown context', "({ name: 'nowhere', description: 'x', integration_types: [0, 1], contexts: [7] })"],
    ['a message command with a description', "({ type: 3, name: 'Look up', description: 'x', integration_types: [0, 1], contexts: [0, 1, 2] })"],
    ['a message command with a 33-character name', `({ type: 3, name: '${'N'.repeat(33)}', integration_types: [0, 1], contexts: [0, 1, 2] })`],
  ])('a definition with %s names its file', async (_what, definition) => {
    const where = definition.includes('integration_types') || definition.includes('contexts') ? '' : `, ${EVERYWHERE}`;
    const dir = commandDir({ 'bad.ts': `export default { data: () => (${definition.replace(/ \}\)$/, `${where} })`)}), execute: async () => {} };\n` });
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

  it('a message command may have capitals and spaces in its name, but no hide-option visibility', async () => {
    const ok = commandDir({ 'look.ts': `export default { visibility: 'ephemeral', data: () => ({ type: 3, name: 'Look up', ${EVERYWHERE} }), execute: async () => {} };\n` });
    expect((await loadCommands(ctx, ok)).get('Look up')?.kind).toBe('message');
    const bad = commandDir({ 'look.ts': `export default { visibility: 'hide-option', data: () => ({ type: 3, name: 'Look up', ${EVERYWHERE} }), execute: async () => {} };\n` });
    expect((await loadError(bad)).message).toMatch(/look\.ts is a message command/);
  });

  it('a visibility that is not public, ephemeral or hide-option names its file', async () => {
    const dir = commandDir({ 'vis.ts': commandModule('vis', "  visibility: 'secret',\n") });
    const error = await loadError(dir);
    expect(error.message).toContain('vis.ts');
    expect(error.message).toContain('visibility');
  });

  it('a directory of valid modules loads them', async () => {
    const dir = commandDir({ 'alpha.ts': commandModule('alpha'), 'beta.mjs': commandModule('beta') });
    const loaded = await loadCommands(ctx, dir);
    expect([...loaded.keys()]).toEqual(['alpha', 'beta']);
  });
});

describe('the talk option with more talks than Discord allows as fixed choices', () => {
  it('switches to autocomplete, and the suggestions name the talks', async () => {
    const { suggestTalks, talkOption } = await import('../../src/discord/talk-option.js');
    const { optionJson } = await import('../../src/discord/definition.js');
    const { loadEngine } = await import('../../src/answering/load.js');
    const kb = loadEngine().kb;
    const first = kb.talks[0];
    if (!first) throw new Error('no talk');
    // 30 copies of a talk under different ids stand in for a large dataset.
    const many = { ...kb, talks: Array.from({ length: 30 }, (_, i) => ({ ...first, id: `talk-${i}` })) };
    const json = { options: [optionJson('talk', talkOption, many)] };
    const option = json.options[0] as { autocomplete?: boolean; choices?: unknown[] } | undefined;
    expect(option?.autocomplete).toBe(true);
    expect(option?.choices ?? []).toHaveLength(0);
    const suggestions = suggestTalks(many, 'july');
    expect(suggestions).toHaveLength(25);
    expect(suggestions[0]?.name).toContain('29 July 2020');
    expect(suggestTalks(kb, 'april').map((s) => s.value)).toEqual(['2022-04-19-videoconference']);
  });
});
