// The interview as the hosts run it: the dialog given the Q&A's answerer for free questions. The wiring lives
// here, above both, so that src/dialogs never imports src/qa (and the Q&A may use the dialog's understanding).
import { createDialogTurn, DIALOG_VERSION } from '../dialogs';
import { ask } from '../qa';

export { DIALOG_VERSION };
export const dialogTurn = createDialogTurn({ ask: (question, opts) => ask(question, opts) });
