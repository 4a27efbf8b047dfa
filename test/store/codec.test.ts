// The codec: the stored bytes stay exactly what they were, and the hand-written validation accepts exactly what the
// zod schema it replaced accepted (kept here as the reference).
import fc from 'fast-check';
import { z } from 'zod';
import type { StoredConversation } from '../../src/conversation/types';
import { decodeConversation, encodeConversation, encodedBytes, rememberEncoding } from '../../src/store/codec';

// The code before the hand-written validation, verbatim, plus the later fields h (delivery ids) and w (transcript).
const entry = z.object({
  f: z.enum(['u', 'b']), x: z.string(), c: z.array(z.string()).optional(), s: z.string().nullable().optional(),
  r: z.record(z.string(), z.unknown()).optional(),
});
const wire = z.object({
  d: z.object({ v: z.number().int(), s: z.unknown() }),
  t: z.number().finite(),
  r: z.array(z.tuple([z.enum(['u', 'b']), z.string()])).optional(),
  h: z.array(z.string()).optional(),
  w: z.array(entry).optional(),
});
function referenceEncode(c: StoredConversation): string {
  const out: z.infer<typeof wire> = { d: { v: c.dialog.version, s: c.dialog.snapshot }, t: c.updatedAt };
  if (c.recent && c.recent.length > 0) out.r = c.recent.map((m) => [m.from === 'user' ? 'u' : 'b', m.text]);
  return JSON.stringify(out);
}
function referenceDecode(raw: string): StoredConversation | undefined {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = wire.safeParse(json);
  if (!parsed.success || parsed.data.d.s === undefined) return undefined;
  const { d, t, r, h, w } = parsed.data;
  const c: StoredConversation = { dialog: { version: d.v, snapshot: d.s }, updatedAt: t };
  if (r) c.recent = r.map(([from, text]) => ({ from: from === 'u' ? 'user' : 'bot', text }));
  if (h) c.handled = h;
  if (w) {
    c.transcript = w.map((e) => ({
      from: e.f === 'u' ? 'user' : 'bot', text: e.x, ...(e.c ? { choices: e.c } : {}), ...(e.s !== undefined ? { slot: e.s } : {}),
      ...(e.r ? { result: e.r as never } : {}),
    }));
  }
  return c;
}

const conversation: fc.Arbitrary<StoredConversation> = fc.record({
  dialog: fc.record({ version: fc.integer(), snapshot: fc.jsonValue() }),
  updatedAt: fc.oneof(fc.integer({ min: 0, max: 2 ** 45 }), fc.double({ noNaN: true, noDefaultInfinity: true })),
  recent: fc.option(fc.array(fc.record({ from: fc.constantFrom('user' as const, 'bot' as const), text: fc.string({ unit: 'grapheme' }) }), { maxLength: 12 }), { nil: undefined }),
}, { requiredKeys: ['dialog', 'updatedAt'] });

/** JSON texts near the wire shape: most are almost right, with one thing off. */
const nearWire: fc.Arbitrary<string> = fc.record({
  top: fc.oneof(fc.constant('object'), fc.constant('array'), fc.constant('null'), fc.constant('string')),
  d: fc.oneof(
    fc.record({ v: fc.oneof(fc.integer(), fc.double(), fc.constant(2 ** 53), fc.constant(-(2 ** 53) + 1), fc.string(), fc.constant(null)), s: fc.jsonValue() }, { requiredKeys: [] }),
    fc.jsonValue(),
  ),
  t: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.constant(null), fc.constant(undefined)),
  r: fc.oneof(
    fc.constant(undefined),
    fc.array(fc.oneof(
      fc.tuple(fc.constantFrom('u', 'b', 'x', 'user'), fc.oneof(fc.string(), fc.integer())),
      fc.array(fc.oneof(fc.constantFrom('u', 'b'), fc.string()), { maxLength: 3 }),
      fc.jsonValue(),
    ), { maxLength: 4 }),
    fc.jsonValue(),
  ),
  h: fc.oneof(fc.constant(undefined), fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }), fc.jsonValue()),
  w: fc.oneof(
    fc.constant(undefined),
    fc.array(fc.oneof(
      fc.record({ f: fc.constantFrom('u', 'b', 'x'), x: fc.oneof(fc.string(), fc.integer()), c: fc.oneof(fc.array(fc.string(), { maxLength: 2 }), fc.jsonValue()),
        s: fc.oneof(fc.string(), fc.constant(null), fc.integer()), r: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 2 }), fc.jsonValue()) }, { requiredKeys: [] }),
      fc.jsonValue(),
    ), { maxLength: 3 }),
    fc.jsonValue(),
  ),
  extra: fc.option(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 2 }), { nil: undefined }),
}).map(({ top, d, t, r, h, w, extra }) => {
  if (top === 'array') return JSON.stringify([d, t]);
  if (top === 'null') return 'null';
  if (top === 'string') return JSON.stringify('{"d":1}');
  return JSON.stringify({ ...extra, d, t, r, h, w });
});

describe('codec', () => {
  it('writes the same bytes as before', () => {
    expect(encodeConversation({
      dialog: { version: 3, snapshot: { a: [1, null, '贯通'], b: { c: true } } },
      updatedAt: 1_700_000_000_000,
      recent: [{ from: 'user', text: '你好' }, { from: 'bot', text: 'hi "x"' }],
    })).toBe('{"d":{"v":3,"s":{"a":[1,null,"贯通"],"b":{"c":true}}},"t":1700000000000,"r":[["u","你好"],["b","hi \\"x\\""]]}');
    fc.assert(fc.property(conversation, (c) => encodeConversation(c) === referenceEncode(c)));
  });

  it('reads back what it wrote', () => {
    fc.assert(fc.property(conversation, (c) => {
      const back = decodeConversation(encodeConversation(c));
      expect(back).toEqual(referenceDecode(encodeConversation(c)));
      expect(back).toBeDefined();
    }));
  });

  it('accepts and rejects exactly what the zod schema did', () => {
    const edge = [
      '{"d":{"v":1,"s":1},"t":1}', '{"d":{"v":9007199254740993,"s":1},"t":1}', '{"d":{"v":1e300,"s":1},"t":1}',
      '{"d":{"v":-0,"s":1},"t":1}', '{"d":{"v":1,"s":1},"t":1,"r":[["u","a","extra"]]}', '{"d":{"v":1,"s":1},"t":1,"r":null}',
      '{"d":{"v":1,"s":1},"t":1,"r":[]}', '{"d":[],"t":1}', '[]', '{"d":{"v":1,"s":1},"t":1e400}', '{"d":{"v":1,"s":1},"t":1,"r":[["u"]]}',
      '{"d":{"v":1,"s":1},"t":1,"r":{"0":["u","x"]}}', '{"d":{"v":1,"s":1},"t":"1"}', '{"d":{"v":1,"s":1,"x":2},"t":1,"y":3}',
      '{"__proto__":{"d":1},"d":{"v":1,"s":1},"t":1}', '{"d":{"v":1,"s":null},"t":1}', '{"d":{"v":1},"t":1}', '{"d":{"v":1.5,"s":1},"t":1}',
      '{"d":{"v":1,"s":1},"t":1,"r":[["b",""],["u","x"]]}', '{"d":{"v":1,"s":1},"t":1,"r":[["b",1]]}', '', '{', 'null', '"x"', '1',
    ];
    for (const raw of edge) expect([raw, decodeConversation(raw)]).toEqual([raw, referenceDecode(raw)]);
    fc.assert(fc.property(nearWire, (raw) => {
      expect(decodeConversation(raw)).toEqual(referenceDecode(raw));
    }), { numRuns: 2000 });
  });

  it('encodedBytes: the size of what a store wrote for that object, without encoding it again', () => {
    const c: StoredConversation = { dialog: { version: 1, snapshot: { 地区: '苏州' } }, updatedAt: 5 };
    expect(encodedBytes(c)).toBe(Buffer.byteLength(encodeConversation(c)));
    rememberEncoding(c, 'x'.repeat(7));
    expect(encodedBytes(c)).toBe(7);
  });
});
