export * from './types';
export { ConversationService, type ConversationServiceOptions } from './conversationService';
export * from './errors';
