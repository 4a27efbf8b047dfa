// The Teams / Bot Framework channel: the only folder that imports botbuilder, so a move to the
// Microsoft 365 Agents SDK is this folder's work.
export { createTeamsEndpoint, onTurnError, type TeamsEndpoint, type TeamsHttpResult, type TeamsAuthConfig, type TeamsEndpointOptions } from './teamsAdapter';
export { TeamsBot, PUBLIC_URL_KEY, type TurnService, type TeamsBotOptions } from './teamsBot';
export { renderReply, renderNotice, renderLadder, renderLadderLink, choicesCard, teamsLineBreaks, mentionAsker, personalChatLink, type ReplyValue } from './teamsReply';
export { buildAppPackage, buildManifest, manifestProblems, iconPng, MANIFEST_VERSION } from './appPackage';
export { readIncoming, readSubmission, localeOf } from './teamsIncoming';
