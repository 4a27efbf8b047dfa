// No message text or profile values in the logs unless LOG_LEVEL=debug.
import { Writable } from 'node:stream';
import pino from 'pino';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestAdapter } from 'botbuilder';
import { TeamsBot } from '../../src/bot/teams';
import { ConversationService } from '../../src/conversation/conversationService';
import { createLogger } from '../../src/log';
import { createStore } from '../../src/store';
import { TOY_VERSION, toyDialog } from '../helpers/toyDialog';

const SECRET_WORDS = '我在重庆做焊工十二年';

async function logsOfOneTurn(level: string): Promise<string> {
  let out = '';
  const sink = new Writable({ write(chunk, _enc, cb) { out += chunk.toString(); cb(); } });
  const logger = createLogger(level, sink);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'guantong-log-'));
  const store = createStore(`sqlite:${path.join(dir, 'state.db')}`, { ttlSeconds: 3600 });
  try {
    const bot = new TeamsBot(new ConversationService({ store, dialog: toyDialog, dialogVersion: TOY_VERSION }), logger);
    await new TestAdapter((ctx) => bot.run(ctx), { channelId: 'msteams' }).send(SECRET_WORDS).assertReply(() => undefined).startTest();
    logger.info({ profile: { region: 'chongqing' }, text: SECRET_WORDS }, 'a careless line');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

describe('logs', () => {
  it('at info: the turn is logged, the words and profile values are not', async () => {
    const out = await logsOfOneTurn('info');
    expect(out).toContain('"msg":"turn"');
    expect(out).toContain(`"chars":${SECRET_WORDS.length}`);
    expect(out).not.toContain(SECRET_WORDS);
    expect(out).not.toContain('chongqing');
  });

  it('at debug: the words are there', async () => {
    const out = await logsOfOneTurn('debug');
    expect(out).toContain(SECRET_WORDS);
  });
});

// The censoring replaced pino's `redact` (for speed): the lines must be the very lines pino's redact wrote.
describe('censored fields are those pino redact censored', () => {
  const redactPaths = (debug: boolean) => ['authorization', '*.authorization', 'headers.authorization', ...(debug ? [] : ['text', '*.text', 'profile', '*.profile'])];
  const lines = (make: (sink: Writable) => pino.Logger, objs: Record<string, unknown>[]) => {
    let out = '';
    const sink = new Writable({ write(chunk, _enc, cb) { out += chunk.toString(); cb(); } });
    const logger = make(sink);
    for (const o of objs) logger.info(o, 'line');
    return out.split('\n').filter(Boolean).map((l) => l.replace(/"time":\d+,/, ''));
  };
  const cases: Record<string, unknown>[] = [
    { channel: 'msteams', chars: 4, card: false, requestedSlot: 'skills', replies: 1, answered: false },
    { method: 'POST', path: '/api/messages', status: 200, ms: 3 },
    { text: SECRET_WORDS }, { text: '' }, { text: 0 }, { text: null }, { text: undefined, n: 1 },
    { profile: { region: 'chongqing', skills: [{ level: 'technician' }] } },
    { event: { type: 'turn', text: SECRET_WORDS, profile: { region: 'suzhou' } }, other: { deep: { text: 'kept below one level' } } },
    { headers: { authorization: 'Bearer x', host: 'h' }, authorization: 'Bearer y', a: { authorization: 'z' } },
    { err: { name: 'Error', message: 'boom', text: 'inner' } },
    { list: [{ text: 'in an array' }, 'x'], nested: { text: undefined } },
    { s: 'ascii', u: '汉字 and "quotes" \\ \n', n: 1.5, b: true, z: null, inf: Infinity },
  ];
  it.each([['info', false], ['debug', true]] as const)('at %s', (level, debug) => {
    const before = lines((sink) => pino({ level, base: { app: 'guantong' }, redact: { paths: redactPaths(debug), censor: '[redacted]' } }, sink), cases);
    const after = lines((sink) => createLogger(level, sink), cases);
    expect(after).toHaveLength(cases.length);
    expect(after).toEqual(before);
  });

  it('leaves the logged object as it was', () => {
    const o = { text: SECRET_WORDS, event: { profile: { region: 'chongqing' } } };
    const copy = structuredClone(o);
    lines((sink) => createLogger('info', sink), [o]);
    expect(o).toEqual(copy);
  });
});
