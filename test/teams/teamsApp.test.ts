// Teams as an installable app: the package (manifest's required fields, icons, zip read back independently), the
// welcome on install, @-mentions of the asker in channels, line breaks Teams renders, the personal-chat offer once,
// and the privacy notice on the first reply. botbuilder's TestAdapter acting as Teams.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { TestAdapter, type Activity } from 'botbuilder';
import { buildAppPackage, manifestProblems, onTurnError, TeamsBot } from '../../src/bot/teams';
import { ConversationService } from '../../src/conversation/conversationService';
import { t } from '../../src/i18n';
import { silentLogger } from '../../src/log';
import { privacyLine, privacyNotice } from '../../src/privacy';
import type { StateStore } from '../../src/store';
import { realDialog } from '../helpers/startServer';
import { disposeTempStore, tempSqliteStore } from '../helpers/tempStore';

/** The manifest as JSON (its shape is what the test checks). */
type Manifest = { [k: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

const APP_ID = '7d6a1c2e-3b4f-4a5d-9e8f-0123456789ab';
const PRIVACY = { ttlDays: 30, publicUrl: 'https://gt.example.cn' };

/** Reads a zip's entries (central directory, deflate or stored): independent of the writer under test. */
function unzip(buf: Buffer): Map<string, Buffer> {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(p)).toBe(0x02014b50);
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString();
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    p += 46 + nameLen + extra + comment;
  }
  return out;
}

describe('the app package', () => {
  const required = ['manifestVersion', 'version', 'id', 'developer', 'name', 'description', 'icons', 'accentColor'];

  it('npm run teams:package -- --out FILE writes a zip with a valid manifest and both icons', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'guantong-teams-pkg-'));
    try {
      const out = path.join(dir, 'app.zip');
      execFileSync('npx', ['tsx', 'src/cli/teamsPackageCli.ts', '--out', out], {
        env: { ...process.env, MicrosoftAppId: APP_ID, PUBLIC_URL: 'https://gt.example.cn/', PRIVACY_ORG: '某市总工会' }, stdio: 'pipe',
      });
      const files = unzip(readFileSync(out));
      expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
      const m = JSON.parse(files.get('manifest.json')!.toString()) as Manifest;
      for (const k of required) expect(m).toHaveProperty(k);
      expect(Number(m.manifestVersion)).toBeGreaterThanOrEqual(1.17);
      expect(m.$schema).toContain(`v${m.manifestVersion}/MicrosoftTeams.schema.json`);
      expect(m.bots[0].botId).toBe(APP_ID);
      expect(m.validDomains).toEqual(['gt.example.cn']);
      expect(m.developer).toMatchObject({ name: '某市总工会', privacyUrl: 'https://gt.example.cn/privacy' });
      expect(manifestProblems(m)).toEqual([]);
      const color = PNG.sync.read(files.get(m.icons.color)!);
      const outline = PNG.sync.read(files.get(m.icons.outline)!);
      expect([color.width, color.height]).toEqual([192, 192]);
      expect([outline.width, outline.height]).toEqual([32, 32]);
      // The outline icon is white on transparent, as Teams requires.
      for (let i = 0; i < outline.data.length; i += 4) {
        const [r, g, b, a] = outline.data.subarray(i, i + 4);
        expect(a === 0 || (r === 255 && g === 255 && b === 255 && a === 255)).toBe(true);
      }
      expect(outline.data.some((v, i) => i % 4 === 3 && v === 255)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['no app id', { appId: '', publicUrl: 'https://gt.example.cn' }, 'MicrosoftAppId'],
    ['an http address', { appId: APP_ID, publicUrl: 'http://gt.example.cn' }, 'PUBLIC_URL'],
  ])('refuses %s', (_n, input, named) => {
    expect(() => buildAppPackage(input)).toThrow(named);
  });

  it.each([
    ['a missing short name', (m: Manifest) => { delete m.name.short; }, 'name.short'],
    ['a bot id that is not a GUID', (m: Manifest) => { m.bots[0].botId = 'bot'; }, 'bots[0].botId'],
    ['a domain with a scheme', (m: Manifest) => { m.validDomains = ['https://x.cn']; }, 'validDomains'],
    ['a missing accent colour', (m: Manifest) => { delete m.accentColor; }, 'accentColor'],
  ])('the manifest check names %s', (_n, spoil, named) => {
    const m = structuredClone(buildAppPackage({ appId: APP_ID, publicUrl: 'https://gt.example.cn' }).manifest) as Manifest;
    spoil(m);
    expect(manifestProblems(m).join('\n')).toContain(named);
  });
});

describe('the bot in Teams', () => {
  let dir: string;
  let store: StateStore;
  let adapter: TestAdapter;

  beforeEach(async () => {
    ({ dir, store } = tempSqliteStore('guantong-teams-app-'));
    const real = await realDialog();
    const service = new ConversationService({ store, dialog: real.dialogTurn, dialogVersion: real.DIALOG_VERSION, startNotice: privacyNotice(PRIVACY) });
    const bot = new TeamsBot(service, silentLogger, { welcomeFooter: (l) => privacyLine(l, PRIVACY) });
    adapter = new TestAdapter((ctx) => bot.run(ctx), { channelId: 'msteams' });
    adapter.onTurnError = onTurnError(silentLogger);
  });
  afterEach(() => disposeTempStore(store, dir));

  const BOT = { id: '28:bot', name: 'Guantong' };
  const channel = { id: '19:channel@thread.tacv2', conversationType: 'channel', isGroup: true };
  const alice = { id: '29:alice', name: 'Alice' };
  const mention = (text: string) => ({
    type: 'message', text: `<at>Guantong</at> ${text}`, recipient: BOT, conversation: channel, from: alice,
    entities: [{ type: 'mention', mentioned: BOT, text: '<at>Guantong</at>' }],
  }) as unknown as Partial<Activity>;

  it.each([
    ['installationUpdate', { type: 'installationUpdate', action: 'add', recipient: BOT, from: alice }],
    ['conversationUpdate with the bot among membersAdded', { type: 'conversationUpdate', recipient: BOT, from: alice, membersAdded: [BOT] }],
  ])('welcomes on install (%s) once, with the privacy notice', async (_n, install) => {
    await adapter
      .send(install as unknown as Partial<Activity>)
      .assertReply((a) => {
        expect(a.text).toContain(t('zh-CN', 'channels:teams.welcome'));
        expect(a.text).toContain('删除我的数据');
        expect(a.text).toContain('https://gt.example.cn/privacy');
      })
      .send({ type: 'installationUpdate', action: 'add', recipient: BOT, from: alice } as unknown as Partial<Activity>)
      .send({ type: 'conversationUpdate', recipient: BOT, from: alice, membersAdded: [BOT] } as unknown as Partial<Activity>)
      .assertNoReply('welcomed once', 50)
      .startTest();
  });

  it('does not welcome when only people join', async () => {
    await adapter
      .send({ type: 'conversationUpdate', recipient: BOT, from: alice, membersAdded: [alice] } as unknown as Partial<Activity>)
      .assertNoReply('people joining', 50)
      .startTest();
  });

  it('in a channel @-mentions the asker, renders line breaks as paragraphs and offers a personal chat once', async () => {
    const texts: string[] = [];
    await adapter
      .send(mention('你好'))
      .assertReply((a) => {
        texts.push(a.text!);
        expect(a.text!.startsWith('<at>Alice</at> ')).toBe(true);
        expect(a.entities).toEqual([{ type: 'mention', mentioned: { id: alice.id, name: 'Alice' }, text: '<at>Alice</at>' }]);
        // The privacy line, on the first reply, as a paragraph of its own.
        expect(a.text).toContain('\n\n🔒');
      })
      .assertReply((a) => expect((a.value as { requestedSlot: string }).requestedSlot).toBe('region'))
      .send(mention('重庆'))
      .assertReply((a) => {
        texts.push(a.text!);
        expect((a.value as { requestedSlot: string }).requestedSlot).toBe('skills');
        expect(a.text).toContain('https://teams.microsoft.com/l/chat/0/0?users=28%3Abot');
      })
      .send(mention('技师'))
      .assertReply((a) => {
        texts.push(a.text!);
        expect(a.text).not.toContain('teams.microsoft.com/l/chat');
      })
      .startTest();
    for (const text of texts) expect(text).not.toMatch(/[^\n]\n[^\n]/);
  });

  it('in a personal chat neither mentions nor offers a personal chat, and gives the notice only on the first reply', async () => {
    await adapter
      .send({ type: 'message', text: '你好', recipient: BOT, from: alice } as unknown as Partial<Activity>)
      .assertReply((a) => { expect(a.text).toContain('删除我的数据'); expect(a.entities ?? []).toEqual([]); })
      .assertReply((a) => expect(a.text).not.toContain('删除我的数据'))
      .send({ type: 'message', text: '重庆', recipient: BOT, from: alice } as unknown as Partial<Activity>)
      .assertReply((a) => { expect(a.text).not.toContain('teams.microsoft.com/l/chat'); expect(a.text).not.toContain('删除我的数据'); })
      .startTest();
  });
});
