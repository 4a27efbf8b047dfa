// Reads a request body with a size limit; bodies over the limit are drained (so the client sees the 413) but not kept.
import type { IncomingMessage } from 'node:http';

export const BODY_LIMIT = 256 * 1024;
/** Past this, stop draining and drop the connection. */
const DRAIN_LIMIT = 16 * 1024 * 1024;

export type BodyResult = { ok: true; text: string } | { ok: false; reason: 'too_large' };

export function readBody(req: IncomingMessage, limit = BODY_LIMIT): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > DRAIN_LIMIT) {
      resolve({ ok: false, reason: 'too_large' });
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number.isFinite(declared) && declared > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (size > DRAIN_LIMIT) { req.destroy(); return; }
      if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? { ok: false, reason: 'too_large' } : { ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
    req.on('close', () => { if (!req.complete) resolve({ ok: false, reason: 'too_large' }); });
  });
}
