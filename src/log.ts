// Structured logs with pino. Message texts and profile values stay out of the logs unless LOG_LEVEL=debug.
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string = 'info', destination?: pino.DestinationStream): Logger {
  const debug = level === 'debug' || level === 'trace';
  // Belt and braces: below debug, a stray `text` or `profile` field is censored even if a caller forgets textForLog.
  const paths = ['authorization', '*.authorization', 'headers.authorization', ...(debug ? [] : ['text', '*.text', 'profile', '*.profile'])];
  const opts: pino.LoggerOptions = { level, base: { app: 'guantong' }, redact: { paths, censor: '[redacted]' } };
  return destination ? pino(opts, destination) : pino(opts);
}

/** Fields for a log line about a person's message: the text itself at debug level, otherwise only its length. */
export function textForLog(logger: Logger, text: string): { text: string } | { chars: number } {
  return logger.isLevelEnabled('debug') ? { text } : { chars: Array.from(text).length };
}

/** A logger that writes nothing, for tests and tools. */
export const silentLogger: Logger = pino({ level: 'silent' });
