// Which WeChat rooms the bot has introduced itself in, kept in the state store beside the conversations (an atomic
// put-if-absent, expiring after STATE_TTL_DAYS like them), so neither a restart nor a second instance logged in to the
// same account introduces it again. Without a store (tests, tools) the marks are this process's memory only.
import { conversationKey } from '../../store/keys';
import { ConflictError, type StateStore } from '../../store/stateStore';

/** Rooms remembered in memory as introduced (a store round trip saved; bounded). */
const MAX_ROOMS = 10_000;

export interface RoomIntroMarks {
  /**
   * True when this call is the first to claim the room's introduction for this bot account (then send it);
   * false when it was introduced already, here, before a restart or by another instance.
   */
  claim(botId: string, roomId: string): Promise<boolean>;
  /** The introduction could not be sent: the next time the bot is added it is tried again. */
  release(botId: string, roomId: string): Promise<void>;
}

export interface RoomIntroOptions {
  store?: StateStore;
  now?: () => number;
  /** Told when the store failed and the mark is kept in memory only (the room is introduced anyway). */
  onStoreFailed?: (e: Error) => void;
}

/** The store key of one room's mark: a conversation key of its own, never read as a conversation. */
export function roomIntroKey(botId: string, roomId: string): string {
  return conversationKey({ channel: 'wechat', conversationId: `room-intro:${roomId}`, userId: `bot:${botId}` });
}

export function createRoomIntroMarks(o: RoomIntroOptions = {}): RoomIntroMarks {
  const now = o.now ?? Date.now;
  const local = new Set<string>();
  const id = (botId: string, roomId: string) => `${botId}\u0000${roomId}`;
  const remember = (k: string) => {
    if (local.size >= MAX_ROOMS) local.clear();
    local.add(k);
  };
  return {
    async claim(botId, roomId) {
      const k = id(botId, roomId);
      if (local.has(k)) return false;
      remember(k);
      if (!o.store) return true;
      try {
        // version -1: no dialog reads it (as the Official Account's delivery records).
        await o.store.put(roomIntroKey(botId, roomId), { dialog: { version: -1, snapshot: { roomIntro: true } }, updatedAt: now() }, null);
        return true;
      } catch (e) {
        if (e instanceof ConflictError) return false;
        // The store is down: better a second introduction later than a room without the privacy line.
        o.onStoreFailed?.(e as Error);
        return true;
      }
    },
    async release(botId, roomId) {
      local.delete(id(botId, roomId));
      await o.store?.delete(roomIntroKey(botId, roomId)).catch(() => undefined);
    },
  };
}
