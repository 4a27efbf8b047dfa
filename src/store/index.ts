export * from './stateStore';
export { SqliteStore, type SqliteStoreOptions } from './sqliteStore';
export { RedisStore, type RedisStoreOptions } from './redisStore';
export { createStore, DEFAULT_STATE_STORE, type CreateStoreOptions } from './createStore';
