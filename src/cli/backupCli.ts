// npm run backup -- FILE [--store sqlite:PATH]: an online backup of the SQLite state file (better-sqlite3's
// backup(), SQLite's backup API), safe while the server writes; checked (integrity_check) before it replaces FILE.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { DEFAULT_STATE_STORE } from '../store/createStore';

const HELP = `贯通助手 backup — an online copy of the SQLite state file, safe while the server runs

Usage: npm run backup -- FILE [--store sqlite:PATH] [--force]
  FILE     where the copy goes (refused if it exists, unless --force)
  --store  the state store to copy (default: STATE_STORE, else ${DEFAULT_STATE_STORE})
Restore: stop the server, remove the old file's -wal and -shm files, copy FILE to the state file's path, start.
Redis keeps its own copies (RDB snapshots, AOF): this tool copies SQLite only.
Exit codes: 0 copied; 1 the copy failed; 2 bad usage.`;

interface Out { out(s: string): void; err(s: string): void }

const std: Out = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') };

export async function runBackupCli(argv: string[], env: NodeJS.ProcessEnv = process.env, io: Out = std): Promise<number> {
  let store = env.STATE_STORE?.trim() || DEFAULT_STATE_STORE;
  let force = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') { io.out(HELP); return 0; }
    if (a === '--force') force = true;
    else if (a === '--store') store = argv[++i] ?? '';
    else if (a.startsWith('--')) { io.err(`unknown option: ${a}\n${HELP}`); return 2; }
    else files.push(a);
  }
  if (files.length !== 1) { io.err(HELP); return 2; }
  if (!store.startsWith('sqlite:')) {
    io.err(`--store: ${store.split(':')[0]} is not SQLite; Redis keeps its own copies (RDB snapshots, AOF)`);
    return 2;
  }
  const source = resolve(store.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, ''));
  const target = resolve(files[0]);
  if (!existsSync(source)) { io.err(`no state file at ${source}`); return 1; }
  if (target === source) { io.err('FILE is the state file itself'); return 2; }
  if (existsSync(target) && !force) { io.err(`${target} exists: give another FILE, or --force to replace it`); return 2; }

  // Into a temporary file beside FILE, renamed when whole and checked: FILE is never half written.
  const tmp = `${target}.part-${process.pid}`;
  let db: Database.Database | undefined;
  try {
    mkdirSync(dirname(target), { recursive: true });
    db = new Database(source, { fileMustExist: true, timeout: 5000 });
    // The backup API copies the pages in steps and restarts when a writer changes them: a consistent copy of one
    // committed moment, while the server goes on writing.
    await db.backup(tmp);
    db.close();
    db = undefined;
    const copy = new Database(tmp, { fileMustExist: true });
    try {
      const ok = copy.pragma('integrity_check', { simple: true });
      if (ok !== 'ok') throw new Error(`integrity check of the copy: ${String(ok)}`);
      const tables = (copy.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[]);
      const counts = tables.map((t) => `${t} ${(copy.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`).pluck().get() as number)}`);
      copy.pragma('journal_mode = DELETE'); // one self-contained file, no -wal beside it
      copy.close();
      renameSync(tmp, target);
      io.out(`backed up ${source} to ${target} (${counts.join(', ') || 'no tables'})`);
    } finally {
      if (copy.open) copy.close();
    }
    return 0;
  } catch (e) {
    io.err(`backup failed: ${(e as Error).message}`);
    return 1;
  } finally {
    db?.close();
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  }
}

if (require.main === module) void runBackupCli(process.argv.slice(2)).then((code) => { process.exitCode = code; });
