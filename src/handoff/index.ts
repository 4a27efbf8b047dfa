// Hand-over to a person: the packet (no names, hashed ids), its delivery to a webhook, and the reply text.
export { buildHandoffPacket, hashId, scrubText, type HandoffPacket, type HandoffInput, type RecentLine } from './packet';
export { sendHandoff, type SendOptions, type SendResult } from './send';
export { handoffReply, hotlineFromEnv, type Hotline } from './reply';
