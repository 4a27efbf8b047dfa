// A bare wechaty echo bot: on every message from someone else, say the text back to them. `onHandled` fires once the
// reply has been said, as startWechat's does, so the benchmark waits on both the same way.
import type { Message, Wechaty } from 'wechaty';

export async function startWechatEcho(bot: Wechaty, onHandled: (msg: Message) => void): Promise<{ stop(): Promise<void> }> {
  bot.on('message', (msg: Message) => {
    if (msg.self()) return;
    void msg.talker().say(`echo: ${msg.text()}`).finally(() => onHandled(msg));
  });
  await bot.start();
  return { stop: () => bot.stop() };
}
