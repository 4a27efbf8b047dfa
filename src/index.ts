// npm start: the wiring. The store, the dialog, Teams, WeChat (when WECHATY_PUPPET is set) and the JSON API
// behind one HTTP server (see src/server/app.ts); SIGTERM / SIGINT stop it cleanly (src/server/lifecycle.ts).
// Once healthy it trains the Q&A's model (warmUp), so no question waits for it.
import { DIALOG_VERSION, dialogTurn, warmUp } from './conversation/dialogWithQa';
import { runServer } from './server/lifecycle';

void runServer(dialogTurn, DIALOG_VERSION, warmUp);
