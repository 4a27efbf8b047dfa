// A worker thread's entry (started by src/conversation/trainInWorker.ts): trains the Q&A's intent classifier off the
// server's event loop and sends it back as plain data, its typed arrays transferred, not copied. Then it ends.
import { parentPort } from 'node:worker_threads';
import { trainedModelData, transferables } from '../qa';

if (!parentPort) throw new Error('qaWorker runs as a worker thread (src/conversation/trainInWorker.ts)');
const data = trainedModelData();
parentPort.postMessage(data, transferables(data));
