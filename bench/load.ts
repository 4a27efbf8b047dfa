// The HTTP load generator: `concurrency` conversations at once, each posting the scripted interview in a loop to
// /api/messages with deliveryMode expectReplies over keep-alive loopback connections, one message in flight per
// conversation. Counts only what completes inside the measured window (after a warm-up).
// Two kinds of load:
//   saturated (thinkMs 0): each conversation sends its next message as soon as the reply arrives, so the server is
//     always busy and the figures are its capacity; latency then is mostly queueing (Little's law: conversations /
//     throughput), for the echo bot too.
//   paced (thinkMs > 0): like people, each conversation pauses after a reply before its next message, a random
//     think time (exponential, mean thinkMs, seeded per conversation), so latency is that of a server under load
//     rather than of a queue.
import http from 'node:http';
import { isAnswerMessage, percentile, round1, round2, scriptMessage, sleep } from './interview';
import { seededRandom } from '../src/seededRandom';

export interface LoadResult {
  messages: number; seconds: number; perSecond: number; p50Ms: number; p99Ms: number; errors: number; answers: number;
  /** Every response received in the whole run, warm-up and stragglers after the window included (for CPU per message). */
  responses: number;
}

export interface LoadOptions {
  concurrency: number; seconds: number; warmupSeconds: number; maxMessages: number; tag: string;
  /** Whether a 200 response is the right answer to the n-th message (default: it has activities). */
  check?: (n: number, body: string) => boolean;
  /** The first wrong response, for the report. */
  onWrong?: (n: number, body: string) => void;
  /** Mean pause between a reply and the conversation's next message (exponential); 0 = none (saturated). */
  thinkMs?: number;
}

const SLOTS = ['region', 'skills', 'skills.since', 'titles', 'awards', 'annualReviewsPassed'];

/** Our bot: the reply asks for the slot the script answers next, and the last message gets the engine's result. */
export const checkInterview = (n: number, body: string): boolean =>
  isAnswerMessage(n) ? body.includes('"result"') : body.includes(`"requestedSlot":"${SLOTS[n % (SLOTS.length + 1)]}"`);

/** The echo bot: the text said back. */
export const checkEcho = (n: number, body: string): boolean => body.includes(`echo: ${scriptMessage(n)}`);

function post(agent: http.Agent, url: URL, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

export function activity(conversationId: string, text: string): string {
  return JSON.stringify({
    type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', locale: 'zh-CN',
    from: { id: `user-${conversationId}` }, recipient: { id: 'bot' }, conversation: { id: conversationId }, text,
  });
}

export async function runLoad(baseUrl: string, o: LoadOptions): Promise<LoadResult> {
  const url = new URL('/api/messages', baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.concurrency });
  const t0 = performance.now();
  const measureFrom = t0 + o.warmupSeconds * 1000;
  const end = measureFrom + o.seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  let answers = 0;
  let sent = 0;
  let responses = 0;
  const worker = async (i: number) => {
    const conv = `${o.tag}-${i}`;
    const random = seededRandom(i + 1); // seeded, so every run pauses alike
    // A pause is cut at the window's end (nothing after it counts), so a run does not wait out its longest pause.
    const think = () => (o.thinkMs ? sleep(Math.min(-Math.log(1 - random()) * o.thinkMs, Math.max(0, end - performance.now()))) : Promise.resolve());
    // Paced conversations start spread over one think time, not all at once.
    if (o.thinkMs) await sleep(random() * o.thinkMs);
    for (let n = 0; performance.now() < end && sent < o.maxMessages; n++) {
      sent++;
      const start = performance.now();
      let ok = false;
      try {
        const r = await post(agent, url, activity(conv, scriptMessage(n)));
        responses++;
        ok = r.status === 200 && r.text.includes('"activities"') && (!o.check || o.check(n, r.text));
        if (!ok && r.status === 200) o.onWrong?.(n, r.text);
        if (ok && isAnswerMessage(n)) answers++;
      } catch {
        ok = false;
      }
      const done = performance.now();
      if (done >= measureFrom && done <= end) {
        if (ok) latencies.push(done - start);
        else errors++;
      }
      await think();
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, (_, i) => worker(i)));
  agent.destroy();
  const seconds = Math.min(end, performance.now()) - measureFrom;
  latencies.sort((a, b) => a - b);
  return {
    messages: latencies.length, seconds: round2(seconds / 1000), perSecond: round1(latencies.length / (seconds / 1000)),
    p50Ms: round2(percentile(latencies, 50)), p99Ms: round2(percentile(latencies, 99)), errors, answers, responses,
  };
}
