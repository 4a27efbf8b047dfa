// What a channel replies when a turn fails: the kind of failure and the i18n key of its text (no text here).
import type { Locale } from '../dialogs/replyModel';
import { ConflictError, StoreUnavailableError } from '../store/stateStore';

export { StoreUnavailableError, ConflictError };

/** store_unavailable: the state backend is down ("temporarily unavailable, try again in a minute");
 *  busy: the conversation kept changing under us (many messages at once); internal: anything else. */
export type TurnFailure = 'store_unavailable' | 'busy' | 'internal';

export function classifyTurnError(e: unknown): TurnFailure {
  if (e instanceof StoreUnavailableError) return 'store_unavailable';
  if (e instanceof ConflictError) return 'busy';
  return 'internal';
}

export function isStoreUnavailable(e: unknown): e is StoreUnavailableError {
  return e instanceof StoreUnavailableError;
}

/** The i18n keys a channel renders for each failure (the texts live in locales/<locale>/bot.json). */
export const TURN_FAILURE_KEYS: Record<TurnFailure, string> = {
  store_unavailable: 'bot:errors.storeUnavailable',
  busy: 'bot:errors.busy',
  internal: 'bot:errors.internal',
};

/** The reply for a failed turn in the person's language: `turnFailureReply(err, msg.locale ?? 'zh-CN', t)`. */
export function turnFailureReply(e: unknown, locale: Locale, translate: (locale: Locale, key: string) => string): string {
  return translate(locale, TURN_FAILURE_KEYS[classifyTurnError(e)]);
}
