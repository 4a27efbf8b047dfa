// No message text or profile values in the logs unless LOG_LEVEL=debug.
import { Writable } from 'node:stream';
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
