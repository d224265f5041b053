// Structured logs: one JSON object per line on stderr, with secrets replaced before anything is written.
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

function errorFields(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const code = (value as { code?: unknown }).code;
  return { name: value.name, message: value.message, ...(code !== undefined ? { code } : {}), stack: value.stack };
}

/** JSON that never throws: BigInts become strings, repeated objects "[circular]" (logging runs in error paths). */
function safeStringify(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') return v.toString();
    if (v !== null && typeof v === 'object') {
      if (seen.has(v)) return '[circular]';
      seen.add(v);
    }
    return v;
  });
}

/** A logger writing JSON lines to `sink`; every occurrence of each secret is replaced by "[redacted]". */
export function createLogger(secrets: readonly string[] = [], sink: (line: string) => void = (l) => process.stderr.write(l)): Logger {
  const hidden = secrets.filter((s) => s.length >= 8);
  const redact = (text: string) => hidden.reduce((t, s) => t.split(s).join('[redacted]'), text);
  const write = (level: LogLevel, msg: string, fields: LogFields = {}) => {
    const entries = Object.entries(fields).map(([k, v]) => [k, errorFields(v)]);
    const line = safeStringify({ time: new Date().toISOString(), level, msg, ...Object.fromEntries(entries) });
    sink(`${redact(line)}\n`);
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}
