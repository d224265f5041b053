// A new command is one file: a throwaway definition, added to the modules of commands/ and touching no other
// file, is registered by deploy (with its Vietnamese and Chinese names), listed by /help with its help line, and
// dispatched by the HTTP transport's handler registry with its options as typed arguments.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { APIInteractionResponse } from 'discord.js';
import { defineCommand, type ArgsOf } from '../../src/discord/definition.js';
import { deployBody, directoryFor, importCommandModules, registerCommands } from '../../src/discord/load-commands.js';
import { createLogger } from '../../src/discord/log.js';
import { hideOption } from '../../src/discord/talk-option.js';
import { createHttpInteractions } from '../../src/http/interactions-mode.js';
import { createMemoryBackend } from '../../src/state/backend.js';
import { sharedEngine } from '../support/engine.js';
import { chatInputInteraction } from '../support/payloads.js';
import { asObject, contentOf, onlyEmbed } from './helpers.js';

const options = {
  words: {
    type: 'string',
    description: 'What to say back',
    localizations: { vi: { name: 'lời', description: 'Điều cần nói lại' }, zh: { name: '话语', description: '要复述的话' } },
    required: true,
  },
  hide: hideOption,
} as const;

const echo = defineCommand({
  name: 'echo',
  description: 'Says your words back',
  localizations: { vi: { name: 'nhắc-lại', description: 'Nhắc lại lời bạn' }, zh: { name: '复述', description: '复述你的话' } },
  help: { en: 'says your words back', vi: 'nhắc lại lời bạn', zh: '复述你的话' },
  visibility: 'hide-option',
  cooldown: true,
  options,
  execute: async (interaction, { words, hide }) => {
    await interaction.reply({ content: `echo: ${words}${hide ? ' (hidden)' : ''}`, allowed_mentions: { parse: [] } });
  },
});

const log = createLogger([], () => undefined);

async function registryWithEcho() {
  const modules = [...(await importCommandModules()), { file: 'echo.ts', module: { default: echo } }];
  return registerCommands(modules, { engine: sharedEngine(), log });
}

/** Answers one payload through the HTTP transport, as a replica would, and returns Discord's response. */
async function answerOverHttp(commands: Awaited<ReturnType<typeof registryWithEcho>>, payload: ReturnType<typeof chatInputInteraction>): Promise<APIInteractionResponse> {
  const answerer = await createHttpInteractions({
    engine: sharedEngine(),
    log,
    token: undefined,
    apiUrl: undefined,
    guildId: undefined,
    cooldown: { limit: 5, windowMs: 30_000 },
    state: createMemoryBackend(),
    commands,
  });
  let response: APIInteractionResponse | undefined;
  await answerer.answer(payload, (r) => {
    response = r;
    return Promise.resolve();
  });
  await answerer.inFlight.idle(Date.now() + 5_000);
  if (!response) throw new Error('no response');
  return response;
}

describe('a new command is one file', () => {
  it('types its handler\'s arguments from its options: required ones never null', () => {
    expectTypeOf<ArgsOf<typeof options>>().toEqualTypeOf<{ readonly words: string; readonly hide: boolean | null }>();
  });

  it('is in the deploy payload, worded in Vietnamese and Chinese', async () => {
    const body = deployBody(await registryWithEcho());
    const registered = body.find((d) => d.name === 'echo');
    expect(registered).toMatchObject({
      name_localizations: { vi: 'nhắc-lại', 'zh-CN': '复述' },
      description: 'Says your words back',
      options: [
        { name: 'words', required: true, name_localizations: { vi: 'lời', 'zh-CN': '话语' } },
        { name: 'hide', required: false },
      ],
    });
    expect(body.map((d) => d.name)).toContain('who');
  });

  it('is listed by /help with its help line, in each language', async () => {
    const directory = directoryFor(await registryWithEcho(), () => Promise.reject(new Error('offline')), log);
    expect(directory.help('en').lines).toContain('/echo: says your words back');
    expect(directory.help('vi').lines).toContain('/echo: nhắc lại lời bạn');
    expect(directory.help('en').notes.join('\n')).toContain('Apps → Find sources');
  });

  it('is dispatched over HTTP with its typed arguments, and /help there lists it', async () => {
    const commands = await registryWithEcho();
    const echoed = await answerOverHttp(commands, chatInputInteraction({ name: 'echo', options: { words: 'hello', hide: true } }));
    expect(contentOf(asObject(echoed).data)).toBe('echo: hello (hidden)');
    const help = await answerOverHttp(commands, chatInputInteraction({ name: 'help' }));
    expect(onlyEmbed(asObject(help).data).description).toContain('/echo: says your words back');
  });
});
