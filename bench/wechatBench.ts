// WeChat: messages per second through wechaty-puppet-mock, in this process. Ours: startWechat with the real
// ConversationService and dialog on a temporary SQLite store; beside it a bare wechaty echo bot (wechatEcho.ts).
// `contacts` people talk at once, each sending the scripted interview in a loop and waiting for the bot to have
// answered one message before sending the next.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WechatyBuilder, type Message as WechatMessage } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { startWechat } from '../src/bot/wechat';
import { ConversationService } from '../src/conversation/conversationService';
import { DIALOG_VERSION, dialogTurn } from '../src/dialogs';
import { createStore } from '../src/store';
import { percentile, round1, round2, scriptMessage, sleep } from './interview';
import { startWechatEcho } from './wechatEcho';

type Mocker = InstanceType<typeof mock.Mocker>;

export interface WechatCell { messages: number; seconds: number; perSecond: number; p50Ms: number; p99Ms: number }
export interface WechatFigures { contacts: number; echo: WechatCell; ours: WechatCell; ratioToEcho: number }

async function drive(kind: 'echo' | 'ours', contacts: number, seconds: number, warmupSeconds: number): Promise<WechatCell> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-bench-wechat-'));
  const store = createStore(`sqlite:${path.join(dir, 'state.db')}`, { ttlSeconds: 3600 });
  const waiting = new Map<string, () => void>();
  const onHandled = (m: WechatMessage) => {
    const w = waiting.get(m.talker().id);
    if (w) { waiting.delete(m.talker().id); w(); }
  };
  const mocker: Mocker = new mock.Mocker();
  const bot = WechatyBuilder.build({ puppet: new PuppetMock({ mocker }) });
  const handle = kind === 'ours'
    ? await startWechat(bot, new ConversationService({ store, dialog: dialogTurn, dialogVersion: DIALOG_VERSION }), { qrOut: null, onHandled, sendPerSecond: 1_000_000 })
    : await startWechatEcho(bot, onHandled);
  const botContact = mocker.createContact({ name: 'Bot' });
  mocker.login(botContact);
  await sleep(100);
  const people = Array.from({ length: contacts }, (_, i) => mocker.createContact({ name: `Worker${i}` }));
  const t0 = performance.now();
  const measureFrom = t0 + warmupSeconds * 1000;
  const end = measureFrom + seconds * 1000;
  const latencies: number[] = [];
  const person = async (c: (typeof people)[number]) => {
    for (let n = 0; performance.now() < end; n++) {
      const handled = new Promise<void>((resolve) => waiting.set(c.id, resolve));
      const start = performance.now();
      c.say(scriptMessage(n)).to(botContact);
      await handled;
      const done = performance.now();
      if (done >= measureFrom && done <= end) latencies.push(done - start);
    }
  };
  await Promise.all(people.map(person));
  await handle.stop();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  latencies.sort((a, b) => a - b);
  return {
    messages: latencies.length, seconds, perSecond: round1(latencies.length / seconds),
    p50Ms: round2(percentile(latencies, 50)), p99Ms: round2(percentile(latencies, 99)),
  };
}

export async function benchWechat(contacts = 20, seconds = 3, rounds = 2): Promise<WechatFigures> {
  const echo: WechatCell[] = [];
  const ours: WechatCell[] = [];
  for (let r = 0; r < rounds; r++) {
    echo.push(await drive('echo', contacts, seconds, 0.5));
    ours.push(await drive('ours', contacts, seconds, 0.5));
  }
  const pool = (cs: WechatCell[]): WechatCell => {
    const messages = cs.reduce((n, c) => n + c.messages, 0);
    const s = cs.reduce((n, c) => n + c.seconds, 0);
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
    return { messages, seconds: s, perSecond: round1(messages / s), p50Ms: med(cs.map((c) => c.p50Ms)), p99Ms: med(cs.map((c) => c.p99Ms)) };
  };
  const e = pool(echo);
  const o = pool(ours);
  return { contacts, echo: e, ours: o, ratioToEcho: round2(o.perSecond / e.perSecond) };
}
