// WeChat through wechaty-puppet-mock for tests: start the bot on a turn service, send as a contact, collect what the
// bot says (texts and files, with the file's bytes), and wait until each message has been handled.
import { types, WechatyBuilder, type Wechaty } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { startWechat, type TurnService, type WechatHandle, type WechatOptions } from '../../src/bot/wechat';

export type Mocker = InstanceType<typeof mock.Mocker>;
export type ContactMock = ReturnType<Mocker['createContact']>;
export type RoomMock = ReturnType<Mocker['createRoom']>;

/** One message of the bot: its text, or a file (name and bytes). */
export interface BotSaid { type: 'text' | 'image' | 'other'; text: string; fileName?: string; bytes?: Buffer }

export interface WechatHarness {
  bot: Wechaty;
  mocker: Mocker;
  botContact: ContactMock;
  handle: WechatHandle;
  /** Collects what the bot says in one conversation (a private chat with `target`, or a room). */
  listen(target: ContactMock | RoomMock): BotSaid[];
  /** Sends one message and waits until the bot has handled it; returns what it said meanwhile. */
  turn(from: ContactMock, send: () => void, said: BotSaid[]): Promise<BotSaid[]>;
  stop(): Promise<void>;
}

type MockMessage = { id: string; payload: { text?: string; talkerId?: string; type?: number } };

/** `botId`: the bot account's contact id (two harnesses with one id are two instances logged in to one account). */
export async function startWechatHarness(service: TurnService, options: Omit<WechatOptions, 'onHandled' | 'qrOut'> = {}, account: { botId?: string } = {}): Promise<WechatHarness> {
  const waiting = new Map<string, () => void>();
  const mocker = new mock.Mocker();
  const bot = WechatyBuilder.build({ puppet: new PuppetMock({ mocker }) });
  const handle = await startWechat(bot, service, {
    // Tests do not wait for the production pace (about one message a second).
    sendPerSecond: 10_000,
    ...options,
    qrOut: null,
    onHandled: (m) => {
      const w = waiting.get(m.talker().id);
      if (w) { waiting.delete(m.talker().id); w(); }
    },
  });
  const botContact = mocker.createContact({ name: 'Bot', ...(account.botId ? { id: account.botId } : {}) });
  mocker.login(botContact);
  const files = (mocker as unknown as { cacheFileBoxPayload: Map<string, { name?: string; base64?: string }> }).cacheFileBoxPayload;

  return {
    bot,
    mocker,
    botContact,
    handle,
    listen(target) {
      const said: BotSaid[] = [];
      (target as unknown as { on(e: 'message', f: (m: MockMessage) => void): void }).on('message', (m) => {
        if (m.payload.talkerId !== botContact.id) return;
        if (m.payload.type === types.Message.Text) { said.push({ type: 'text', text: m.payload.text ?? '' }); return; }
        const file = files.get(m.id);
        said.push({
          type: m.payload.type === types.Message.Image ? 'image' : 'other',
          text: '',
          fileName: file?.name,
          bytes: file?.base64 ? Buffer.from(file.base64, 'base64') : undefined,
        });
      });
      return said;
    },
    async turn(from, send, said) {
      const before = said.length;
      const handled = new Promise<void>((resolve) => waiting.set(from.id, resolve));
      send();
      await handled;
      // The mock turns each reply into a message event of its own; let those land.
      await new Promise((r) => setImmediate(r));
      return said.slice(before);
    },
    stop: () => handle.stop(),
  };
}

/** The texts only. */
export const textsOf = (said: BotSaid[]): string[] => said.filter((s) => s.type === 'text').map((s) => s.text);
