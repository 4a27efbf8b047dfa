// The configuration of the organisations' channels (WeChat Official Account, WeCom, wechaty's habits, the privacy
// notice), spread into src/config.ts's schema so that every bad value is reported with the others at startup.
import { z } from 'zod';

/** An EncodingAESKey is 43 characters of base64 that decode (with "=") to 32 bytes. */
export function validAesKey(key: string): boolean {
  return /^[A-Za-z0-9+/]{43}$/.test(key) && Buffer.from(`${key}=`, 'base64').length === 32;
}

const optionalText = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().optional());
const aesKey = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.string().trim().refine(validAesKey, { message: 'expected the 43-character EncodingAESKey from the console' }).optional());
const onOff = (dflt: boolean) => z.preprocess((v) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? String(dflt) : typeof v === 'string' ? v.trim().toLowerCase() : v),
  z.enum(['true', 'false', '1', '0', 'on', 'off', 'yes', 'no'], { message: 'expected true or false' }).transform((s) => ['true', '1', 'on', 'yes'].includes(s)));

/** CALLBACK_MAX_SKEW_SECONDS's default: five minutes either way, well beyond WeChat's retries (5 s apart). */
export const DEFAULT_MAX_SKEW_SECONDS = 300;

export const channelEnv = {
  /** Official Account (公众号): the Token of 服务器配置; setting it turns /wechat/official on. */
  WECHAT_OA_TOKEN: optionalText,
  /** EncodingAESKey and AppID: safe mode (encrypt_type=aes). */
  WECHAT_OA_AES_KEY: aesKey,
  WECHAT_OA_APPID: optionalText,
  /** AppSecret of a certified account: the rest of long answers as customer-service messages. */
  WECHAT_OA_APPSECRET: optionalText,
  /** WeChat's API; a loopback stand-in in tests. */
  WECHAT_API_BASE: z.preprocess((v) => (v === undefined || v === '' ? 'https://api.weixin.qq.com' : v),
    z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' }).transform((u) => u.replace(/\/+$/, ''))),
  /** WeCom (企业微信) self-built app: all three turn /wecom/callback on. */
  WECOM_TOKEN: optionalText,
  WECOM_AES_KEY: aesKey,
  WECOM_CORP_ID: optionalText,
  /** The app's Secret and AgentId: the rest of long answers as application messages. */
  WECOM_SECRET: optionalText,
  WECOM_AGENT_ID: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().regex(/^\d{1,12}$/, { message: 'expected the app\'s AgentId (digits)' }).transform(Number).optional()),
  WECOM_API_BASE: z.preprocess((v) => (v === undefined || v === '' ? 'https://qyapi.weixin.qq.com' : v),
    z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' }).transform((u) => u.replace(/\/+$/, ''))),
  /**
   * How far a callback's signed timestamp may be from this server's clock (seconds, either way): a signed request
   * captured and sent again later is refused (403). WeChat and WeCom send the time of the request, in seconds.
   */
  CALLBACK_MAX_SKEW_SECONDS: z.preprocess((v) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? String(DEFAULT_MAX_SKEW_SECONDS) : typeof v === 'string' ? v.trim() : v),
    z.string().regex(/^\d+$/, { message: 'expected a whole number of seconds, e.g. 300' }).transform(Number)
      .refine((n) => n >= 1 && n <= 86_400, { message: 'expected between 1 and 86400 seconds' })),
  /** wechaty: accept friend requests (default on), greet new room members (default off), sending pace. */
  WECHAT_ACCEPT_FRIENDS: onOff(true),
  WECHAT_GREET_NEW_MEMBERS: onOff(false),
  WECHAT_SEND_PER_SECOND: z.preprocess((v) => (v === undefined || v === '' ? '1' : v),
    z.string().trim().regex(/^\d+(\.\d+)?$/, { message: 'expected messages per second, e.g. 1 or 0.5' }).transform(Number)
      .refine((n) => n > 0 && n <= 1000, { message: 'expected more than 0 and at most 1000 messages per second' })),
  /** The privacy page: who runs the service and how to reach them. */
  PRIVACY_ORG: optionalText,
  PRIVACY_CONTACT: optionalText,
};

/** Rules across these variables, on the raw values. */
export function channelProblems(env: NodeJS.ProcessEnv): string[] {
  const set = (k: string) => Boolean(env[k]?.trim());
  const out: string[] = [];
  if (set('WECHAT_OA_AES_KEY') && !set('WECHAT_OA_APPID')) out.push('WECHAT_OA_APPID: required with WECHAT_OA_AES_KEY (safe mode)');
  if ((set('WECHAT_OA_AES_KEY') || set('WECHAT_OA_APPSECRET')) && !set('WECHAT_OA_TOKEN')) out.push('WECHAT_OA_TOKEN: required for the Official Account');
  if (set('WECHAT_OA_APPSECRET') && !set('WECHAT_OA_APPID')) out.push('WECHAT_OA_APPID: required with WECHAT_OA_APPSECRET');
  const wecom = ['WECOM_TOKEN', 'WECOM_AES_KEY', 'WECOM_CORP_ID'];
  if (wecom.some(set) && !wecom.every(set)) out.push('WECOM_TOKEN, WECOM_AES_KEY and WECOM_CORP_ID: set all three, or none');
  if (set('WECOM_SECRET') !== set('WECOM_AGENT_ID')) out.push('WECOM_SECRET and WECOM_AGENT_ID: set both, or neither');
  if (set('WECOM_SECRET') && !wecom.every(set)) out.push('WECOM_SECRET: needs WECOM_TOKEN, WECOM_AES_KEY and WECOM_CORP_ID');
  return out;
}
