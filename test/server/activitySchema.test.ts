// The hand-written check of well-formed activities accepts only what the zod schema accepts, and checkActivity's
// verdict is the schema's, over a table of bodies: every field missing, empty, at and past its length limit, of the
// wrong type.
import { activityShape, checkActivity, plainlyWellFormed } from '../../src/server/activitySchema';

const base = {
  type: 'message', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/apac/', deliveryMode: 'expectReplies', locale: 'zh-CN',
  id: 'a1', replyToId: 'r1', text: '我是技师',
  from: { id: 'user-1', name: '张三', aadObjectId: 'x' }, recipient: { id: 'bot', name: 'guantong' },
  conversation: { id: 'c1', conversationType: 'personal', isGroup: false, tenantId: 't' }, value: { choice: '技师' },
};
const limits: Record<string, [number, number]> = {
  type: [1, 100], serviceUrl: [0, 2000], channelId: [0, 100], id: [0, 1000], replyToId: [0, 1000], deliveryMode: [0, 100], locale: [0, 100], text: [0, 100_000],
  'conversation.id': [1, 1000], 'conversation.conversationType': [0, 100], 'from.id': [1, 1000], 'from.name': [0, 1000], 'recipient.id': [0, 1000], 'recipient.name': [0, 1000],
};
const odd: unknown[] = [undefined, null, 0, 1, true, false, [], ['x'], {}, { id: 'x' }, '', 'x', '汉'];

function withField(path: string, v: unknown): Record<string, unknown> {
  const b = structuredClone(base) as Record<string, unknown>;
  const [a, c] = path.split('.');
  if (c === undefined) {
    if (v === undefined) delete b[a];
    else b[a] = v;
  } else {
    const inner = b[a] as Record<string, unknown>;
    if (v === undefined) delete inner[c];
    else inner[c] = v;
  }
  return b;
}

const bodies: [string, unknown][] = [['base', base], ['null', null], ['array', [base]], ['string', 'message'], ['number', 1], ['empty', {}]];
for (const path of [...Object.keys(limits), 'conversation', 'from', 'recipient', 'conversation.isGroup']) {
  for (const v of odd) bodies.push([`${path} = ${JSON.stringify(v)}`, withField(path, v)]);
  const lim = limits[path];
  if (lim) {
    for (const n of [lim[0] - 1, lim[0], lim[1], lim[1] + 1]) if (n >= 0) bodies.push([`${path} of ${n} chars`, withField(path, 'あ'.repeat(n))]);
  }
}

describe('activity check', () => {
  it.each(bodies)('%s: the hand check accepts only what zod accepts, and the verdict is zod\'s', (_name, body) => {
    const zodOk = activityShape.safeParse(body).success;
    if (plainlyWellFormed(body)) expect(zodOk).toBe(true);
    const r = checkActivity(body);
    expect(r.ok).toBe(zodOk);
    if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
  });

  it('the hand check takes the ordinary activities (so zod rarely runs)', () => {
    const ordinary = bodies.filter(([, b]) => activityShape.safeParse(b).success);
    const taken = ordinary.filter(([, b]) => plainlyWellFormed(b));
    expect(ordinary.length).toBeGreaterThan(50);
    expect(taken.length).toBe(ordinary.length);
  });
});
