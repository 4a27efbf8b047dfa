// The WeChat channel: the only folder that imports wechaty.
import { WechatyBuilder, type Wechaty } from 'wechaty';
import type { Config } from '../../config';

export { startWechat, qrcodeUrl, type WechatHandle, type WechatOptions, type TurnService } from './wechatBot';
export { formatReply, splitMessage, pickChoice, isPersonalSlot, quoteReply, WECHAT_MAX_CHARS } from './wechatText';
export { createPacedQueue, type PacedQueue } from './pacedQueue';
export { createRoomIntroMarks, roomIntroKey, type RoomIntroMarks } from './roomIntro';

/** A Wechaty with the puppet the environment names (WECHATY_PUPPET, WECHATY_PUPPET_SERVICE_TOKEN). */
export function buildWechaty(config: Pick<Config, 'WECHATY_PUPPET' | 'WECHATY_PUPPET_SERVICE_TOKEN'>): Wechaty {
  if (!config.WECHATY_PUPPET) throw new Error('WECHATY_PUPPET is not set');
  const token = config.WECHATY_PUPPET_SERVICE_TOKEN;
  return WechatyBuilder.build({
    name: 'guantong',
    puppet: config.WECHATY_PUPPET as never,
    ...(token ? { puppetOptions: { token } } : {}),
  });
}
