// Command localisations: every command, option and talk choice named and described in Vietnamese and
// Chinese within Discord's rules, and the answer language of a Discord locale.
import { beforeAll, describe, expect, it } from 'vitest';
import { DISCORD_LOCALES, langOfLocale, localizeCommand, LocalizationError } from '../../src/discord/localizations.js';
import { loadCommands, type LoadedCommand } from '../../src/discord/load-commands.js';
import { createLogger } from '../../src/discord/log.js';
import { sharedEngine } from '../support/engine.js';

/** Discord's rule for slash command and option names (lower case where a script has case). */
const SLASH_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

let commands: Map<string, LoadedCommand>;
beforeAll(async () => {
  commands = await loadCommands({ engine: sharedEngine(), log: createLogger([], () => undefined) });
});

interface Named {
  name: string;
  name_localizations?: Record<string, string>;
  description_localizations?: Record<string, string>;
  choices?: { name: string; name_localizations?: Record<string, string> }[];
  options?: Named[];
}

describe('command localisations', () => {
  it('name every command and option in vi and zh-CN, within Discord\'s naming rules and lengths', () => {
    const problems: string[] = [];
    for (const loaded of commands.values()) {
      const def = loaded.definition as unknown as Named;
      const check = (n: Named, where: string, slash: boolean) => {
        for (const locale of Object.values(DISCORD_LOCALES)) {
          const name = n.name_localizations?.[locale];
          if (!name) problems.push(`${where}: no ${locale} name`);
          else if (slash && (!SLASH_NAME.test(name) || name !== name.toLowerCase())) problems.push(`${where}: ${locale} name "${name}" breaks Discord's rule`);
          else if (name.length > 32) problems.push(`${where}: ${locale} name too long`);
          const description = n.description_localizations?.[locale];
          if (slash && (!description || description.length > 100)) problems.push(`${where}: ${locale} description missing or over 100`);
          for (const c of n.choices ?? []) if ((c.name_localizations?.[locale] ?? '').length === 0 || (c.name_localizations?.[locale] ?? '').length > 100) problems.push(`${where}: choice ${c.name} ${locale}`);
        }
        for (const o of n.options ?? []) check(o, `${where} ${o.name}`, true);
      };
      check(def, loaded.definition.name, loaded.kind === 'slash');
    }
    expect(problems).toEqual([]);
  });

  it('gives the talk choices each talk\'s date and format in the language', () => {
    const who = commands.get('who')?.definition as unknown as Named;
    const talk = who.options?.find((o) => o.name === 'talk');
    const choice = talk?.choices?.find((c) => c.name.includes('2022'));
    expect(choice?.name_localizations?.vi).toMatch(/2022.*trực tuyến/);
    expect(choice?.name_localizations?.['zh-CN']).toMatch(/2022年.*视频/);
  });

  it('fails loudly on a command without wording', () => {
    expect(() => localizeCommand({ name: 'brand-new', description: 'x' }, sharedEngine().kb)).toThrow(LocalizationError);
    expect(() => localizeCommand({ name: 'who', description: 'x', options: [{ name: 'novel', description: 'y' }] }, sharedEngine().kb)).toThrow(/option "novel"/);
  });
});

describe('the language of a Discord locale', () => {
  it.each([
    ['vi', 'vi'],
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['en-US', 'en'],
    ['fr', 'en'],
    [undefined, 'en'],
  ] as const)('%s → %s', (locale, lang) => {
    expect(langOfLocale(locale)).toBe(lang);
  });
});
