// A SQLite state store in a temporary folder, for tests that run conversations without a server.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStore, type StateStore } from '../../src/store';

export function tempSqliteStore(prefix: string): { dir: string; store: StateStore } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, store: createStore(`sqlite:${path.join(dir, 'state.db')}`, { ttlSeconds: 3600 }) };
}

/** Closes the store (even one a test already closed) and removes its folder. */
export async function disposeTempStore(store: StateStore, dir: string): Promise<void> {
  await store.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
