// Runs `node -r tsx/cjs src/index.ts` as a child process on a free port; resolves once it listens.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const REPO = path.resolve(__dirname, '..', '..');

export interface SpawnedServer {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code and signal once the process has exited and its output has all been read. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}

export function runEntry(env: Record<string, string>, entry = 'src/index.ts'): { child: ChildProcess; exited: SpawnedServer['exited']; output(): string } {
  const child = spawn(process.execPath, ['-r', 'tsx/cjs', entry], {
    cwd: REPO,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', WECHATY_PUPPET: '', MicrosoftAppId: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { out += d.toString(); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    // 'close', not 'exit': it comes once stdout and stderr have been read to the end, so output() is complete.
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  return { child, exited, output: () => out };
}

export async function spawnServer(env: Record<string, string>, entry?: string): Promise<SpawnedServer> {
  const run = runEntry(env, entry);
  const port = await new Promise<number>((resolve, reject) => {
    let buf = '';
    const onData = (d: Buffer) => {
      buf += d.toString();
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        try {
          const rec = JSON.parse(line) as { msg?: string; port?: number };
          if (rec.msg === 'listening' && typeof rec.port === 'number') {
            run.child.stdout!.off('data', onData);
            resolve(rec.port);
            return;
          }
        } catch {
          // not a log line
        }
      }
    };
    run.child.stdout!.on('data', onData);
    void run.exited.then(({ code, signal }) => reject(new Error(`server exited (${code ?? signal}) before listening:\n${run.output()}`)));
  });
  return { url: `http://127.0.0.1:${port}`, ...run };
}
