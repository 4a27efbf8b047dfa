// The WeChat Official Account (公众号) channel, and the callback crypto and XML it shares with WeCom.
export { createOfficialAccountRoute, OFFICIAL_ACCOUNT_PATH, type OfficialAccountConfig, type CallbackDeps, type CallbackRoute } from './officialAccount';
export { createCustomerService, type CustomerService } from './customerService';
export * from './callback';
export { createPassiveResponder, renderTurn, headWithin, partsWithin, PASSIVE_MAX_BYTES } from './passive';
