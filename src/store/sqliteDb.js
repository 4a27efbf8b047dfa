// The SQL of the SQLite state store, in plain JavaScript so that a worker thread can load it as it is (no TypeScript
// loader there, whatever the main thread was started with). Used by sqliteStore.ts on its own thread and by
// sqliteWorker.js. Types: sqliteDb.d.ts.
//
// Table conversations(key, person, value, etag, updated_at), WITHOUT ROWID, indexed by person. A row is expired when
// it was written more than the TTL ago; every read checks, the sweep removes them.
// Table reminders(id, key, person, due, value, lease_owner, lease_until): "到时提醒我", kept until sent or cancelled
// (no TTL: they are for months or years ahead); a lease marks the one instance sending it.
'use strict';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS conversations (
    key TEXT PRIMARY KEY,
    person TEXT,
    value TEXT NOT NULL,
    etag TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS conversations_person ON conversations(person);
  DROP INDEX IF EXISTS conversations_updated;
  CREATE TABLE IF NOT EXISTS reminders (
    id TEXT PRIMARY KEY,
    key TEXT NOT NULL,
    person TEXT,
    due TEXT NOT NULL,
    value TEXT NOT NULL,
    lease_owner TEXT,
    lease_until INTEGER
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS reminders_due ON reminders(due);
  CREATE INDEX IF NOT EXISTS reminders_key ON reminders(key);
  CREATE INDEX IF NOT EXISTS reminders_person ON reminders(person);`;

/**
 * WAL mode and the table. Switching a new file to WAL needs it to itself, and SQLite answers SQLITE_BUSY at once
 * (without its busy timeout) when another connection is opening it too, as when several processes or the store's
 * two connections start together: so this waits a little and tries again, up to the busy timeout.
 */
function setUp(db, busyTimeoutMs) {
  const until = Date.now() + busyTimeoutMs;
  for (let waitMs = 2; ; waitMs = Math.min(waitMs * 2, 50)) {
    try {
      if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.exec(SCHEMA);
      return;
    } catch (e) {
      const busy = e && typeof e.code === 'string' && e.code.startsWith('SQLITE_BUSY');
      if (!busy || Date.now() >= until) throw e;
      // a synchronous pause: opening is synchronous (a bad path fails in the constructor)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, waitMs);
    }
  }
}

/**
 * Opens (and creates) the store's file with the better-sqlite3 `Database` class given.
 * WAL journal; synchronous NORMAL, so a committed transaction survives a crash of the process (not always a power
 * cut). No index on updated_at: keeping it cost a second page write per put; the sweep walks the table by key.
 */
function openConversations(Database, path, busyTimeoutMs) {
  const db = new Database(path, { timeout: busyTimeoutMs });
  try {
    setUp(db, busyTimeoutMs);
  } catch (e) {
    db.close();
    throw e;
  }
  const q = {
    get: db.prepare('SELECT value, etag, updated_at FROM conversations WHERE key = ?').raw(),
    delIfAt: db.prepare('DELETE FROM conversations WHERE key = ? AND updated_at = ?'),
    // person never changes for a key, so an update leaves the person index alone
    insert: db.prepare(`INSERT INTO conversations (key, person, value, etag, updated_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at
      WHERE conversations.updated_at < ?`),
    update: db.prepare('UPDATE conversations SET value = ?, etag = ?, updated_at = ? WHERE key = ? AND etag = ? AND updated_at >= ?'),
    del: db.prepare('DELETE FROM conversations WHERE key = ?'),
    delPerson: db.prepare('DELETE FROM conversations WHERE person = ?'),
    scan: db.prepare('SELECT key, updated_at FROM conversations WHERE key > ? ORDER BY key LIMIT ?').raw(),
    delExpired: db.prepare('DELETE FROM conversations WHERE key = ? AND updated_at < ?'),
    ping: db.prepare('SELECT 1'),
    // A reminder set again (same id) takes the new month and text; a lease held on it stays with its holder.
    remPut: db.prepare(`INSERT INTO reminders (id, key, person, due, value) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET due = excluded.due, value = excluded.value`),
    remOf: db.prepare('SELECT value FROM reminders WHERE key = ? ORDER BY due, id').pluck(),
    remCancel: db.prepare('DELETE FROM reminders WHERE key = ?'),
    remDelPerson: db.prepare('DELETE FROM reminders WHERE person = ?'),
    remDue: db.prepare(`SELECT value FROM reminders WHERE due <= ? AND (lease_until IS NULL OR lease_until <= ?)
      ORDER BY due, id LIMIT ?`).pluck(),
    remDueOf: db.prepare(`SELECT value FROM reminders WHERE key = ? AND due <= ? AND (lease_until IS NULL OR lease_until <= ?)
      ORDER BY due, id`).pluck(),
    remAll: db.prepare('SELECT value FROM reminders WHERE due <= ? ORDER BY due, id LIMIT ?').pluck(),
    remClaim: db.prepare(`UPDATE reminders SET lease_owner = ?, lease_until = ? WHERE id = ? AND due <= ?
      AND (lease_until IS NULL OR lease_until <= ?) RETURNING value`).pluck(),
    remDone: db.prepare('DELETE FROM reminders WHERE id = ? AND lease_owner = ? AND lease_until > ?'),
    remMove: db.prepare(`UPDATE reminders SET due = ?, value = ?, lease_owner = NULL, lease_until = NULL
      WHERE id = ? AND lease_owner = ? AND lease_until > ?`),
    remRelease: db.prepare('UPDATE reminders SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?'),
  };
  const remPutAll = db.transaction((rows) => {
    for (const r of rows) q.remPut.run(...r);
  });
  const delAll = db.transaction((keys, cutoff) => {
    let n = 0;
    for (const k of keys) n += q.delExpired.run(k, cutoff).changes;
    return n;
  });

  const ops = {
    /** [value, etag, updatedAt] of a live row; an expired row is deleted and undefined returned. */
    get(key, live) {
      const row = q.get.get(key);
      if (row === undefined) return undefined;
      if (row[2] < live) {
        q.delIfAt.run(key, row[2]);
        return undefined;
      }
      return row;
    },
    /**
     * Compare-and-set in one statement, atomic under SQLite's write lock (so it holds across connections and
     * processes sharing the file): for eTag null an INSERT whose ON CONFLICT update only replaces an expired row, else
     * an UPDATE of the live row with that eTag. Rows written before `live` have expired. 1 when it was written, 0 not.
     */
    put(key, person, json, next, now, live, eTag) {
      return eTag === null
        ? q.insert.run(key, person, json, next, now, live).changes
        : q.update.run(json, next, now, key, eTag, live).changes;
    },
    del(key) {
      q.del.run(key);
    },
    /** The person's conversations and reminders ("删除我的数据"); returns how many conversations were removed. */
    delPerson(person) {
      q.remDelPerson.run(person);
      return q.delPerson.run(person).changes;
    },
    /** rows: [id, key, person, due, json] */
    remPut(rows) {
      remPutAll(rows);
    },
    remOf(key) {
      return q.remOf.all(key);
    },
    remCancel(key) {
      return q.remCancel.run(key).changes;
    },
    /** Due by `month` and not leased at `now`; `all` lists leased ones too (for operators). */
    remDue(month, now, limit, all) {
      return all ? q.remAll.all(month, limit) : q.remDue.all(month, now, limit);
    },
    remDueOf(key, month, now) {
      return q.remDueOf.all(key, month, now);
    },
    /** The reminder's JSON when this owner now holds its lease (until `until`), else undefined. */
    remClaim(id, owner, now, until, month) {
      return q.remClaim.get(owner, until, id, month, now);
    },
    /** Sent: removed, if the lease is still this owner's. 1 or 0. */
    remDone(id, owner, now) {
      return q.remDone.run(id, owner, now).changes;
    },
    /** Not sent this time but kept for another month (the answer changed): moved and released. 1 or 0. */
    remMove(id, owner, now, due, json) {
      return q.remMove.run(due, json, id, owner, now).changes;
    },
    remRelease(id, owner) {
      q.remRelease.run(id, owner);
    },
    /** One step of the sweep: the next `limit` keys after `after`; [removed, last key seen or null when done]. */
    sweepStep(after, cutoff, limit) {
      const rows = q.scan.all(after, limit);
      const expired = [];
      for (const [key, at] of rows) if (at < cutoff) expired.push(key);
      const removed = expired.length > 0 ? delAll.immediate(expired, cutoff) : 0;
      return [removed, rows.length < limit ? null : rows[rows.length - 1][0]];
    },
    ping() {
      q.ping.get();
    },
  };
  const tx = { begin: db.prepare('BEGIN'), immediate: db.prepare('BEGIN IMMEDIATE'), commit: db.prepare('COMMIT'), rollback: db.prepare('ROLLBACK') };
  return { db, ops, tx };
}

/** Operations that may write (get deletes an expired row): a batch holding one runs as an IMMEDIATE transaction. */
const WRITES = new Set(['get', 'put', 'del', 'delPerson', 'remPut', 'remCancel', 'remClaim', 'remDone', 'remMove', 'remRelease']);

/**
 * Runs `calls` ([id, op, args]) on a connection from openConversations in one transaction (group commit: one WAL commit for many puts) and returns
 * [id, ok, value or error] for each. An operation that throws fails alone, unless SQLite rolled the whole
 * transaction back, in which case every call of the batch fails (the ones before it were undone).
 */
function runBatch(conn, calls) {
  const { db, ops, tx } = conn;
  if (calls.length === 1) return [runOne(ops, calls[0])];
  const out = [];
  let begun = false;
  try {
    (calls.some((c) => WRITES.has(c[1])) ? tx.immediate : tx.begin).run();
    begun = true;
    for (const call of calls) {
      const r = runOne(ops, call);
      out.push(r);
      if (!r[1] && !db.inTransaction) throw r[2];
    }
    tx.commit.run();
    return out;
  } catch (e) {
    if (begun && db.inTransaction) {
      try {
        tx.rollback.run();
      } catch {
        // already rolled back
      }
    }
    const err = errorOf(e);
    return calls.map((c) => [c[0], false, err]);
  }
}

function runOne(ops, call) {
  const [id, op, args] = call;
  try {
    const fn = ops[op];
    if (typeof fn !== 'function') throw new Error(`unknown SQLite store operation ${op}`);
    return [id, true, fn(...args)];
  } catch (e) {
    return [id, false, errorOf(e)];
  }
}

/** What crosses the thread boundary for an error: its name, message and SQLite code. */
function errorOf(e) {
  if (e && typeof e === 'object' && 'message' in e) return { name: String(e.name), message: String(e.message), code: e.code === undefined ? undefined : String(e.code) };
  return { name: 'Error', message: String(e) };
}

module.exports = { openConversations, runBatch, errorOf };
