// Outbound messages of one WeChat account, one at a time and spaced (WECHAT_SEND_PER_SECOND, about 1 by default,
// with jitter): a personal account that fires replies in bursts, at machine-regular intervals, gets flagged.
export interface PacedQueueOptions {
  /** Messages per second on average; default 1. */
  perSecond?: number;
  /** ± this fraction of the interval, at random; default 0.3. */
  jitter?: number;
  /** Default Math.random. */
  random?: () => number;
  /** The clock and the wait (tests); default Date.now and setTimeout. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface PacedQueue {
  /** Runs `send` when its turn comes; resolves or rejects with it. */
  run<T>(send: () => Promise<T>): Promise<T>;
  /** Sends waiting or in progress. */
  size(): number;
}

export function createPacedQueue(o: PacedQueueOptions = {}): PacedQueue {
  const perSecond = o.perSecond ?? 1;
  if (!(perSecond > 0)) throw new Error('perSecond must be positive');
  const jitter = Math.min(0.9, Math.max(0, o.jitter ?? 0.3));
  const random = o.random ?? Math.random;
  const interval = 1000 / perSecond;
  const now = o.now ?? Date.now;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let tail: Promise<void> = Promise.resolve();
  let nextAt = 0;
  let waiting = 0;

  return {
    run<T>(send: () => Promise<T>): Promise<T> {
      waiting++;
      const result = tail.then(async () => {
        const wait = nextAt - now();
        if (wait > 0) await sleep(wait);
        try {
          return await send();
        } finally {
          nextAt = now() + interval * (1 + jitter * (2 * random() - 1));
          waiting--;
        }
      });
      tail = result.then(() => undefined, () => undefined);
      return result;
    },
    size: () => waiting,
  };
}
