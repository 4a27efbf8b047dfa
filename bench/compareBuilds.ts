// Replays recorded conversations through /api/messages on two builds, on SQLite and Redis, and compares every
// response body and every stored conversation (updatedAt aside): how a speed change shows it changed no reply.
//   cp -r dist dist-base   (on the code before)   …change, npm run build…   npx tsx bench/compareBuilds.ts
// Options: BASE=<folder of the build before> (default dist-base), KINDS=sqlite,redis. Exits 1 on any difference.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import Redis from 'ioredis';
import { startRedis, freePort } from '../test/helpers/redisServer';
import { REPO, waitHealthy } from './procs';
import { activity } from './load';
import { CONVERSATIONS } from '../test/dialogs/conversations';
import { conversationKey } from '../src/store/keys';

interface Conv { id: string; locale: string; open: string; answers: Record<string, string>; followUps?: { say: string }[] }
const convs: Conv[] = [...CONVERSATIONS as unknown as Conv[]];
for (const f of ['dialog-conversations.json', 'dialog-conversations-2.json', 'dialog-conversations-3.json', 'dialog-conversations-4.json']) convs.push(...JSON.parse(readFileSync(path.join(REPO, 'test/heldout', f), 'utf8')) as Conv[]);
for (const f of ['test/fixtures/dialog-examples.json']) convs.push(...JSON.parse(readFileSync(path.join(REPO, f), 'utf8')) as Conv[]);
const EXTRA = ['在吗', '谢谢', '要带啥材料', '换个地区', '苏州', '转人工', '到时提醒我', '我的提醒', '重新开始', '你好', 'what can you do?'];

async function serve(dist: string, store: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(REPO, dist, 'bench/appProcess.js')], {
    cwd: REPO, env: { ...process.env, WECHATY_PUPPET: '', MicrosoftAppId: '', PORT: String(port), STATE_STORE: store, LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '0', STATE_KEY_SECRET: 'replay' },
    stdio: ['ignore', process.env.LOGDIR ? openSync(`${process.env.LOGDIR}/${dist}-${store.split(':')[0]}.log`, 'w') : 'ignore', 'inherit', 'ipc'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url, child);
  return { url, child };
}

async function run(url: string): Promise<string[][]> {
  const byConv: string[][] = convs.map(() => []);
  const post = async (cid: string, text: string, locale: string) => {
    const body = JSON.parse(activity(cid, text)) as Record<string, unknown>;
    body.locale = locale;
    const r = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const t = await r.text();
    byConv[Number(cid.split('-')[1])].push(`${cid} ${text} → ${r.status} ${t.replace(/127\.0\.0\.1:\d+/g, 'HOST')}`);
    return t;
  };
  await Promise.all([0, 1, 2, 3].map(async (w) => {
    for (let i = w; i < convs.length; i += 4) {
      const c = convs[i];
      const cid = `replay-${i}`;
      let t = await post(cid, c.open, c.locale);
      for (let n = 0; n < 14; n++) {
        const m = /"requestedSlot":"([^"]+)"/.exec(t);
        if (!m) break;
        t = await post(cid, c.answers[m[1]] ?? '没有', c.locale);
      }
      for (const f of c.followUps ?? []) await post(cid, f.say, c.locale);
      for (const e of EXTRA) await post(cid, e, c.locale);
    }
  }));
  return byConv;
}

const strip = (v: string) => { const o = JSON.parse(v) as Record<string, unknown>; delete o.t; return JSON.stringify(o); };

async function main() {
  const dir = mkdtempSync('/tmp/gt-replay-');
  const redis = await startRedis();
  const results: Record<string, { turns: string[][]; states: string[] }> = {};
  for (const kind of (process.env.KINDS ?? 'sqlite,redis').split(',')) for (const [name, dist] of (process.env.SWAP ? [['new', 'dist'], ['base', process.env.BASE ?? 'dist-base']] : [['base', process.env.BASE ?? 'dist-base'], ['new', 'dist']])) {
    const db = kind === 'redis' ? (name === 'base' ? 2 : 3) : 0;
    const store = kind === 'redis' ? `${redis!.url}/${db}` : `sqlite:${path.join(dir, `${name}.db`)}`;
    const s = await serve(dist, store);
    // The first turn's lazy work can stall the loop past Redis's command timeout on a loaded machine: warm up first.
    for (const text of ['你好', '要带啥材料', '重庆', '重新开始']) await fetch(`${s.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: activity('warm', text) });
    await new Promise((r) => setTimeout(r, 3000));
    const turns = await run(s.url);
    await new Promise((res) => { s.child.once('exit', res); s.child.kill('SIGTERM'); });
    let states: string[];
    if (kind === 'sqlite') {
      const d = new Database(path.join(dir, `${name}.db`), { readonly: true });
      states = (d.prepare('SELECT key, value FROM conversations ORDER BY key').all() as { key: string; value: string }[]).map((r) => `${r.key} ${strip(r.value)}`);
      d.close();
    } else {
      const c = new Redis(`${redis!.url}/${db}`);
      const keys = (await c.keys('gt:c:*')).sort();
      states = [];
      for (const k of keys) states.push(`${k} ${strip((await c.hget(k, 'v'))!)}`);
      await c.quit();
    }
    results[`${kind}-${name}`] = { turns, states };
    console.log(kind, name, turns.length, 'turns', states.length, 'states');
  }
  let bad = 0;
  for (const kind of (process.env.KINDS ?? 'sqlite,redis').split(',')) {
    const a = results[`${kind}-base`], b = results[`${kind}-new`];
    // A conversation where either run had the store time out (a loaded machine) is left out of both.
    const failed = (c: string[]) => c.some((l) => l.includes('服务暂时不可用'));
    const out = new Set<number>();
    a.turns.forEach((c, i) => { if (failed(c) || failed(b.turns[i])) out.add(i); });
    const outKeys = new Set([...out].map((i) => conversationKey({ channel: 'msteams', conversationId: `replay-${i}`, userId: `user-replay-${i}` }, 'replay')));
    const keep = (states: string[]) => states.filter((l) => ![...outKeys].some((k) => l.includes(k)));
    const x = a.turns.filter((_, i) => !out.has(i)).flat(), y = b.turns.filter((_, i) => !out.has(i)).flat();
    const sx = keep(a.states), sy = keep(b.states);
    console.log(kind, 'conversations left out (store timed out in either run):', out.size, 'of', a.turns.length);
    for (const [what, p, q] of [['turns', x, y], ['states', sx, sy]] as const) {
      const i0 = p.findIndex((l, i) => l !== q[i]);
      if (p.length !== q.length || i0 >= 0) { bad++; console.log(kind, what, 'DIFFER', p.length, q.length, '\n base:', (p[i0] ?? '').slice(0, 300), '\n new: ', (q[i0] ?? '').slice(0, 300)); }
      else console.log(kind, what, 'identical', p.length);
    }
  }
  await redis?.stop();
  process.exit(bad ? 1 : 0);
}
void main();
