// Small readers for what the fake Discord recorded: JSON bodies arrive as `unknown`, so every field the tests look
// at is narrowed here with a type guard instead of a cast. Also Discord's embed limits and a log collector.
import { DiscordLimits } from '../../src/discord/limits.js';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as a JSON object, or a thrown error naming `what` (so a wrong shape fails readably). */
export function asObject(value: unknown, what = 'value'): JsonObject {
  if (!isObject(value)) throw new Error(`expected ${what} to be an object, got ${JSON.stringify(value)}`);
  return value;
}

export function stringField(obj: JsonObject, key: string): string | undefined {
  const value = obj[key];
  return typeof value === 'string' ? value : undefined;
}

export function numberField(obj: JsonObject, key: string): number | undefined {
  const value = obj[key];
  return typeof value === 'number' ? value : undefined;
}

export interface EmbedField {
  name: string;
  value: string;
}

/** The parts of an embed a user sees. */
export interface EmbedView {
  title: string | undefined;
  description: string | undefined;
  fields: EmbedField[];
  footer: string | undefined;
}

function toField(value: unknown): EmbedField {
  const obj = asObject(value, 'an embed field');
  const name = stringField(obj, 'name');
  const fieldValue = stringField(obj, 'value');
  if (name === undefined || fieldValue === undefined) throw new Error(`malformed embed field ${JSON.stringify(value)}`);
  return { name, value: fieldValue };
}

function toEmbed(value: unknown): EmbedView {
  const obj = asObject(value, 'an embed');
  const fields = obj.fields;
  if (fields !== undefined && !Array.isArray(fields)) throw new Error('embed fields must be an array');
  const footer = obj.footer === undefined ? undefined : stringField(asObject(obj.footer, 'an embed footer'), 'text');
  return {
    title: stringField(obj, 'title'),
    description: stringField(obj, 'description'),
    fields: (fields ?? []).map(toField),
    footer,
  };
}

/** The embeds of a message body (interaction callback `data`, follow-up, edit or channel message). */
export function embedsOf(body: unknown): EmbedView[] {
  const embeds = asObject(body, 'a message body').embeds;
  if (embeds === undefined) return [];
  if (!Array.isArray(embeds)) throw new Error('embeds must be an array');
  return embeds.map(toEmbed);
}

/** The one embed a bot answer carries. */
export function onlyEmbed(body: unknown): EmbedView {
  const embeds = embedsOf(body);
  if (embeds.length !== 1) throw new Error(`expected exactly one embed, got ${embeds.length}`);
  const [embed] = embeds;
  if (embed === undefined) throw new Error('no embed');
  return embed;
}

/** Everything a user can read in the embed, for "mentions X anywhere" checks. */
export function embedText(embed: EmbedView): string {
  return [embed.title ?? '', embed.description ?? '', ...embed.fields.flatMap((f) => [f.name, f.value]), embed.footer ?? ''].join('\n');
}

export function contentOf(body: unknown): string | undefined {
  return stringField(asObject(body, 'a message body'), 'content');
}

export function flagsOf(body: unknown): number {
  return numberField(asObject(body, 'a message body'), 'flags') ?? 0;
}

export function allowedMentionsOf(body: unknown): JsonObject | undefined {
  const value = asObject(body, 'a message body').allowed_mentions;
  return isObject(value) ? value : undefined;
}

/** Discord's embed rules the bot must stay within; an empty list means the embed would be accepted. */
export function embedLimitViolations(embed: EmbedView): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, message: string): void => {
    if (!ok) problems.push(message);
  };
  check((embed.title?.length ?? 0) <= DiscordLimits.embedTitle, `title is ${embed.title?.length} characters`);
  check((embed.description?.length ?? 0) <= DiscordLimits.embedDescription, `description is ${embed.description?.length} characters`);
  check(embed.fields.length <= DiscordLimits.embedFields, `${embed.fields.length} fields`);
  embed.fields.forEach((f, i) => {
    check(f.name.length >= 1 && f.name.length <= DiscordLimits.embedFieldName, `field ${i} name is ${f.name.length} characters`);
    check(f.value.length >= 1 && f.value.length <= DiscordLimits.embedFieldValue, `field ${i} value is ${f.value.length} characters`);
  });
  check((embed.footer?.length ?? 0) <= DiscordLimits.embedFooter, `footer is ${embed.footer?.length} characters`);
  const total =
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.length ?? 0) +
    embed.fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  check(total <= DiscordLimits.embedTotal, `total is ${total} characters`);
  return problems;
}

export interface LogEntry extends JsonObject {
  level: string;
  msg: string;
}

/** A sink for createLogger that keeps every line, raw and parsed. */
export class LogCollector {
  readonly lines: string[] = [];

  readonly sink = (line: string): void => {
    this.lines.push(line);
  };

  entries(): LogEntry[] {
    return this.lines.flatMap((line) => line.split('\n').filter((l) => l.trim() !== '')).map(parseLogLine);
  }

  /** Entries written after `mark` (a previous `lines.length`). */
  since(mark: number): LogEntry[] {
    const collector = new LogCollector();
    collector.lines.push(...this.lines.slice(mark));
    return collector.entries();
  }
}

export function parseLogLine(line: string): LogEntry {
  const parsed: unknown = JSON.parse(line);
  const obj = asObject(parsed, 'a log line');
  const level = stringField(obj, 'level');
  const msg = stringField(obj, 'msg');
  if (level === undefined || msg === undefined) throw new Error(`log line without level/msg: ${line}`);
  return { ...obj, level, msg };
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
