// The web chat page: index.html at `/`, everything else under `/static/…`, from src/web/public when it exists.
import { createReadStream, promises as fs } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export const contentTypeOf = (file: string): string => TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * The file under `root` that `relative` (URL-encoded, from the request path) names, or null when it escapes
 * the root, is malformed or hidden.
 */
export function resolveInside(root: string, relative: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const parts = decoded.split('/').filter((p) => p !== '');
  if (parts.some((p) => p === '..' || p.startsWith('.'))) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, ...parts);
  return file.startsWith(base + path.sep) ? file : null;
}

/** Sends the file; false when there is none to send (the caller answers 404). */
export async function sendStatic(res: ServerResponse, root: string, relative: string, head: boolean): Promise<boolean> {
  const file = resolveInside(root, relative);
  if (!file) return false;
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    return false;
  }
  if (!stat.isFile()) return false;
  res.writeHead(200, {
    'content-type': contentTypeOf(file),
    'content-length': String(stat.size),
    'cache-control': path.extname(file) === '.html' ? 'no-cache' : 'public, max-age=300',
    'x-content-type-options': 'nosniff',
  });
  if (head) { res.end(); return true; }
  await new Promise<void>((resolve) => {
    const stream = createReadStream(file);
    stream.on('error', () => { res.destroy(); resolve(); });
    stream.on('end', () => resolve());
    stream.pipe(res);
  });
  return true;
}
