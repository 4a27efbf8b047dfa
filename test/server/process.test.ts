// The server as a real process: a restart after SIGKILL resumes mid-interview (SQLite), SIGTERM exits 0,
// a bad configuration exits 2.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConversationService } from '../../src/conversation/conversationService';
import { createStore } from '../../src/store';
import { realDialog } from '../helpers/startServer';
import { runEntry, spawnServer, type SpawnedServer } from '../helpers/spawnServer';

const ENTRY = 'src/index.ts';

type Replies = { activities: { text: string; value: { requestedSlot: string | null } }[] };

let dir: string;
const children: SpawnedServer[] = [];
beforeEach(() => { dir = mkdtempSync(path.join(os.tmpdir(), 'guantong-proc-')); });
afterEach(async () => {
  for (const c of children.splice(0)) if (c.child.exitCode === null && c.child.signalCode === null) { c.child.kill('SIGKILL'); await c.exited; }
  rmSync(dir, { recursive: true, force: true });
});

async function start(env: Record<string, string>): Promise<SpawnedServer> {
  const s = await spawnServer(env, ENTRY);
  children.push(s);
  return s;
}

async function say(url: string, text: string, conversation = 'conv-restart'): Promise<Replies['activities']> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies',
      from: { id: 'worker-1' }, recipient: { id: 'bot' }, conversation: { id: conversation }, text,
    }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as Replies).activities;
}

const TURNS = ['你好', '重庆', '技师'];

/** The same three turns without interruption, in this process, for comparison. */
async function uninterrupted(texts: string[], name: string) {
  const { dialogTurn, DIALOG_VERSION } = await realDialog();
  const store = createStore(`sqlite:${path.join(dir, `${name}.db`)}`, { ttlSeconds: 3600 });
  const service = new ConversationService({ store, dialog: dialogTurn, dialogVersion: DIALOG_VERSION });
  const outs = [];
  for (const text of texts) outs.push(await service.handle({ channel: 'emulator', conversationId: name, userId: 'worker-1', text }));
  await store.close();
  return outs;
}

describe('the server process', () => {
  it('resumes the same interview after SIGKILL and a restart', async () => {
    const env = { STATE_STORE: `sqlite:${path.join(dir, 'state.db')}` };
    const first = await start(env);
    const r1 = await say(first.url, TURNS[0]);
    const r2 = await say(first.url, TURNS[1]);
    expect(r1.at(-1)?.value.requestedSlot).toBeTruthy();
    expect(r2.at(-1)?.value).toHaveProperty('requestedSlot');
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const second = await start(env);
    const r3 = await say(second.url, TURNS[2]);

    const reference = await uninterrupted(TURNS, 'reference');
    const fresh = await uninterrupted([TURNS[2]], 'fresh');
    // Sanity: the third answer depends on the first two, so a lost state would show.
    expect(reference[2].replies.map((r) => r.text)).not.toEqual(fresh[0].replies.map((r) => r.text));
    expect(r3.map((a) => a.text)).toEqual(reference[2].replies.map((r) => r.text));
    expect(r3.at(-1)?.value.requestedSlot).toEqual(reference[2].requestedSlot);
  });

  it('on SIGTERM finishes, keeps the state and exits 0', async () => {
    const env = { STATE_STORE: `sqlite:${path.join(dir, 'state.db')}` };
    const s = await start(env);
    await say(s.url, TURNS[0], 'conv-term');
    s.child.kill('SIGTERM');
    expect(await s.exited).toEqual({ code: 0, signal: null });
    expect(s.output()).toContain('"msg":"stopped"');
  });

  it('exits 2 with a clear message on a bad configuration', async () => {
    const run = runEntry({ PORT: 'eighty', STATE_TTL_DAYS: 'forever' }, ENTRY);
    expect((await run.exited).code).toBe(2);
    expect(run.output()).toContain('PORT: expected a port number');
    expect(run.output()).toContain('STATE_TTL_DAYS');
  });
});
