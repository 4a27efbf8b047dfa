// WeCom (企业微信): a self-built application's callback. The crypto and XML are shared with the Official Account.
export { createWecomRoute, WECOM_PATH, type WecomConfig, type WecomDeps } from './wecomCallback';
