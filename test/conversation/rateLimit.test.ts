// The token bucket (pure, clock injected) and the wrapper that puts it in front of the conversation service.
import fc from 'fast-check';
import { RateLimitedError, createRateLimiter, personKey, withRateLimit } from '../../src/conversation/rateLimit';
import type { Message } from '../../src/conversation/types';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => { t += ms; } };
}

describe('createRateLimiter', () => {
  it('lets a burst of perMinute through, then refuses, notifying once per window', () => {
    const c = clock();
    const l = createRateLimiter({ perMinute: 3, now: c.now });
    expect([l.take('a'), l.take('a'), l.take('a')]).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(l.take('a')).toEqual({ ok: false, notify: true });
    expect(l.take('a')).toEqual({ ok: false, notify: false });
    c.advance(10_000); // 0.5 token: still refused, still within the notice window
    expect(l.take('a')).toEqual({ ok: false, notify: false });
    c.advance(10_000); // 20 s: one token back
    expect(l.take('a')).toEqual({ ok: true });
    expect(l.take('a')).toEqual({ ok: false, notify: false });
    c.advance(60_000); // full again, and a new notice window
    expect([l.take('a'), l.take('a'), l.take('a'), l.take('a')]).toEqual([{ ok: true }, { ok: true }, { ok: true }, { ok: false, notify: true }]);
  });

  it('keeps keys apart', () => {
    const c = clock();
    const l = createRateLimiter({ perMinute: 1, now: c.now });
    expect(l.take('a').ok).toBe(true);
    expect(l.take('a').ok).toBe(false);
    expect(l.take('b').ok).toBe(true);
  });

  it('is off at 0', () => {
    const l = createRateLimiter({ perMinute: 0, now: () => 0 });
    for (let i = 0; i < 1000; i++) expect(l.take('a').ok).toBe(true);
    expect(l.size()).toBe(0);
  });

  it('does not refill when the clock goes backwards, and bounds the keys it keeps', () => {
    const c = clock();
    const l = createRateLimiter({ perMinute: 1, now: c.now, maxKeys: 10 });
    expect(l.take('a').ok).toBe(true);
    c.advance(-600_000);
    expect(l.take('a').ok).toBe(false);
    for (let i = 0; i < 100; i++) l.take(`k${i}`);
    expect(l.size()).toBe(10);
  });

  it('never lets more than perMinute + minutes × perMinute through in any run (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 50 }),
      fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 300 }),
      (perMinute, gaps) => {
        const c = clock();
        const l = createRateLimiter({ perMinute, now: c.now });
        let passed = 0;
        let elapsed = 0;
        let notices = 0;
        for (const g of gaps) {
          c.advance(g);
          elapsed += g;
          const d = l.take('k');
          if (d.ok) passed++;
          else if (d.notify) notices++;
        }
        expect(passed).toBeLessThanOrEqual(perMinute + Math.floor((elapsed * perMinute) / 60_000) + 1);
        // At most one notice per started minute.
        expect(notices).toBeLessThanOrEqual(Math.floor(elapsed / 60_000) + 1);
      },
    ));
  });
});

describe('withRateLimit', () => {
  const msg = (userId: string, channel = 'wechat'): Message => ({ channel, conversationId: 'c', userId, text: 'hi' });

  it('runs no turn once a person is over the limit, per (channel, person)', async () => {
    const c = clock();
    let turns = 0;
    const service = withRateLimit({ handle: async () => { turns++; return 'ok'; } }, createRateLimiter({ perMinute: 2, now: c.now }));
    await expect(service.handle(msg('u1'))).resolves.toBe('ok');
    await expect(service.handle(msg('u1'))).resolves.toBe('ok');
    const refused = service.handle(msg('u1'));
    await expect(refused).rejects.toBeInstanceOf(RateLimitedError);
    await expect(refused).rejects.toMatchObject({ notify: true });
    await expect(service.handle(msg('u1'))).rejects.toMatchObject({ notify: false });
    // Another person, and the same id in another channel, are not affected.
    await expect(service.handle(msg('u2'))).resolves.toBe('ok');
    await expect(service.handle(msg('u1', 'msteams'))).resolves.toBe('ok');
    expect(turns).toBe(4);
    expect(personKey(msg('u1'))).not.toBe(personKey(msg('u1', 'msteams')));
  });
});
