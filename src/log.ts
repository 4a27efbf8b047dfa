// Structured logs with pino. Message texts and profile values stay out of the logs unless LOG_LEVEL=debug.
import pino, { type Logger } from 'pino';

export type { Logger };

const CENSOR = '[redacted]';
const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/**
 * The line's fields with the given keys censored at the top level and one level down: what pino's `redact` does for
 * the paths `k` and `*.k` (and `headers.authorization`), without it. Pino's redact runs a cloning redactor on every
 * field of every line (about a third of a log call's time and most of its garbage); this copies only what it
 * censors, and the object logged is never changed. test/server/log.test.ts compares the lines with pino's redact.
 */
export function censorFields(keys: readonly string[]): (obj: Record<string, unknown>) => Record<string, unknown> {
  const censored = new Set(keys);
  return (obj) => {
    let out: Record<string, unknown> | undefined;
    for (const k in obj) {
      if (!hasOwn(obj, k)) continue;
      const v = obj[k];
      if (v === undefined) continue;
      if (censored.has(k)) {
        (out ??= { ...obj })[k] = CENSOR;
        continue;
      }
      if (typeof v !== 'object' || v === null) continue;
      let inner: Record<string, unknown> | undefined;
      for (const c of censored) {
        if (hasOwn(v, c)) (inner ??= (Array.isArray(v) ? [...v] : { ...v }) as Record<string, unknown>)[c] = CENSOR;
      }
      if (inner) (out ??= { ...obj })[k] = inner;
    }
    return out ?? obj;
  };
}

export function createLogger(level: string = 'info', destination?: pino.DestinationStream): Logger {
  const debug = level === 'debug' || level === 'trace';
  // Belt and braces: below debug, a stray `text` or `profile` field is censored even if a caller forgets textForLog.
  const keys = ['authorization', ...(debug ? [] : ['text', 'profile'])];
  const opts: pino.LoggerOptions = { level, base: { app: 'guantong' }, formatters: { log: censorFields(keys) } };
  return destination ? pino(opts, destination) : pino(opts);
}

/** Fields for a log line about a person's message: the text itself at debug level, otherwise only its length. */
export function textForLog(logger: Logger, text: string): { text: string } | { chars: number } {
  return logger.isLevelEnabled('debug') ? { text } : { chars: Array.from(text).length };
}

/** A logger that writes nothing, for tests and tools. */
export const silentLogger: Logger = pino({ level: 'silent' });
