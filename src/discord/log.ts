// The operator's log, through pino: JSON lines on stderr (one object per line, level as a word, ISO time),
// or readable lines on a terminal (pino-pretty, an optional dependency loaded only then). LOG_LEVEL sets
// the level. Every occurrence of a secret is replaced before a line is written, in either form: the bot token,
// and interaction tokens (webhook credentials for 15 minutes), which discord.js puts in the URL of every REST
// error about a reply, follow-up or edit.
import { createRequire } from 'node:module';
import { pino, stdSerializers, stdTimeFunctions } from 'pino';

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFields = Record<string, unknown>;

type LogMethod = (msg: string, fields?: LogFields) => void;

export interface Logger {
  trace: LogMethod;
  debug: LogMethod;
  info: LogMethod;
  warn: LogMethod;
  error: LogMethod;
  /** For errors the process exits on. */
  fatal: LogMethod;
  isLevelEnabled(level: Exclude<LogLevel, 'silent'>): boolean;
}

export interface LogOptions {
  /** Default info; LOG_LEVEL in the environment, read by logOptionsFrom(). */
  readonly level?: LogLevel;
  /** Readable lines instead of JSON. */
  readonly pretty?: boolean;
  /** Fields on every line, e.g. { shard: 1 } in a shard's process. */
  readonly bindings?: LogFields;
}

/** The log settings from the environment; `problems` are for the log once it exists (a bad LOG_LEVEL is not fatal). */
export function logOptionsFrom(env: Record<string, string | undefined>, isTTY: boolean): { options: LogOptions; problems: string[] } {
  const problems: string[] = [];
  const rawLevel = env.LOG_LEVEL?.trim().toLowerCase() ?? '';
  const level = LOG_LEVELS.find((l) => l === rawLevel);
  if (rawLevel && !level) problems.push(`LOG_LEVEL "${rawLevel.slice(0, 20)}" is not one of ${LOG_LEVELS.join(', ')}; using info.`);
  const format = env.LOG_FORMAT?.trim().toLowerCase() ?? '';
  if (format && format !== 'json' && format !== 'pretty') problems.push(`LOG_FORMAT "${format.slice(0, 20)}" is not json or pretty; ignored.`);
  const pretty = format === 'pretty' ? true : format === 'json' ? false : isTTY;
  return { options: { level: level ?? 'info', pretty }, problems };
}

export const REDACTED = '[redacted]';

/**
 * Interaction tokens: the segment after the id in /interactions/<id>/<token>/… and /webhooks/<app id>/<token>
 * (whatever its shape), and anything shaped like Discord's tokens ("interaction:" in base64, then the rest),
 * wherever it appears. discord.js's own route templates ("/webhooks/:id/:token") are left as they are.
 */
const INTERACTION_TOKEN_IN_PATH = /(\/(?:interactions|webhooks)\/\d+\/)(?!:token\b)[^/?#\s"'\\]+/g;
const INTERACTION_TOKEN_SHAPE = /aW50ZXJhY3Rpb246[\w-]+/g;

export function redactInteractionTokens(text: string): string {
  return text.replace(INTERACTION_TOKEN_IN_PATH, `$1${REDACTED}`).replace(INTERACTION_TOKEN_SHAPE, REDACTED);
}

/**
 * Errors as pino's serializer writes them (type, message, stack, cause and own fields such as a REST error's
 * status, code, method, url and Discord's error body), without the body of the request that failed: that is a
 * user's text and the answer to it, not what went wrong, and may be 6,000 characters long.
 */
function serializeError(error: unknown): unknown {
  const out: unknown = stdSerializers.errWithCause(error as Error);
  const strip = (e: unknown): void => {
    if (e === null || typeof e !== 'object') return;
    const fields = e as Record<string, unknown>;
    delete fields.requestBody;
    strip(fields.cause);
    if (Array.isArray(fields.aggregateErrors)) fields.aggregateErrors.forEach(strip);
  };
  strip(out);
  return out;
}

type Prettify = (line: string) => string;

/** pino-pretty's line formatter, or null when it is not installed (it is optional: JSON is the fallback). */
function loadPrettifier(): Prettify | null {
  try {
    const { prettyFactory } = createRequire(import.meta.url)('pino-pretty') as {
      prettyFactory: (options: Record<string, unknown>) => Prettify;
    };
    return prettyFactory({ colorize: !process.env.NO_COLOR, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
  } catch {
    return null;
  }
}

const toStderr = (line: string): void => {
  process.stderr.write(line);
};

/**
 * A logger writing to `sink` (stderr by default, which Node writes synchronously for files, pipes and
 * terminals on Linux, so a line logged just before process.exit is not lost).
 */
export function createLogger(secrets: readonly string[] = [], sink: (line: string) => void = toStderr, options: LogOptions = {}): Logger {
  const hidden = secrets.filter((s) => s.length >= 8);
  const redact = (text: string) => redactInteractionTokens(hidden.reduce((t, s) => t.split(s).join(REDACTED), text));
  const prettify = options.pretty ? loadPrettifier() : null;
  const instance = pino(
    {
      level: options.level ?? 'info',
      base: options.bindings ?? null,
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: serializeError },
    },
    {
      write: (line: string) => {
        const safe = redact(line);
        sink(prettify ? redact(prettify(safe)) : safe);
      },
    },
  );
  const method =
    (level: Exclude<LogLevel, 'silent'>): LogMethod =>
    (msg, fields) => {
      if (fields) instance[level](fields, msg);
      else instance[level](msg);
    };
  const logger: Logger = {
    trace: method('trace'),
    debug: method('debug'),
    info: method('info'),
    warn: method('warn'),
    error: method('error'),
    fatal: method('fatal'),
    isLevelEnabled: (level) => instance.isLevelEnabled(level),
  };
  if (options.pretty && !prettify) logger.warn('pino-pretty is not installed; logging JSON');
  return logger;
}
