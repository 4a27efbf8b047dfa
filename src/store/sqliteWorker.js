// The SQLite state store's worker thread: its own connection to the store's file, running what the main thread
// posts. Everything posted while a batch runs waits, and the next batch runs in one transaction (group commit), so
// the main thread's event loop never waits on SQLite and its file writes, and many puts share one WAL commit.
//   main → worker   [[id, op, args], ...]   or 'close' (runs what is queued, closes the connection, ends)
//   worker → main   [[id, ok, value or error], ...]   or { t: 'failed', error } when the file cannot be opened
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { openConversations, runBatch, errorOf } = require('./sqliteDb.js');

const MAX_BATCH = 256;

let conn;
try {
  conn = openConversations(require(workerData.driver), workerData.path, workerData.busyTimeoutMs);
} catch (e) {
  parentPort.postMessage({ t: 'failed', error: errorOf(e) });
}

if (conn !== undefined) {
  let queue = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    while (queue.length > 0) {
      const calls = queue.length > MAX_BATCH ? queue.splice(0, MAX_BATCH) : queue.splice(0);
      parentPort.postMessage(runBatch(conn, calls));
    }
  };
  parentPort.on('message', (m) => {
    if (m === 'close') {
      flush();
      try {
        conn.db.close();
      } finally {
        parentPort.close();
      }
      return;
    }
    for (const call of m) queue.push(call);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  });
}
