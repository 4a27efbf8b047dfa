// npm start: the wiring. The store, the dialog, Teams, WeChat (when WECHATY_PUPPET is set) and the JSON API
// behind one HTTP server (see src/server/app.ts); SIGTERM / SIGINT stop it cleanly (src/server/lifecycle.ts).
import { DIALOG_VERSION, dialogTurn } from './conversation/dialogWithQa';
import { runServer } from './server/lifecycle';

void runServer(dialogTurn, DIALOG_VERSION);
