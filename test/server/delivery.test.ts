// Replies POSTed back to the channel's connector (no expectReplies), and a shutdown that finishes the turn in flight.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStore, type StateStore } from '../../src/store';
import { startServer } from '../helpers/startServer';
import { TOY_VERSION, toyDialog } from '../helpers/toyDialog';

const activity = (serviceUrl: string, text: string, extra: Record<string, unknown> = {}) => ({
  type: 'message', id: 'incoming-1', channelId: 'emulator', serviceUrl,
  from: { id: 'user-1' }, recipient: { id: 'bot' }, conversation: { id: 'conv-9' }, text, ...extra,
});

describe('reply delivery', () => {
  it('POSTs each reply to {serviceUrl}v3/conversations/{id}/activities/{replyToId} with value.requestedSlot', async () => {
    const received: { url: string; body: { type: string; text: string; replyToId: string; value: { requestedSlot: string | null } } }[] = [];
    let gotOne!: () => void;
    const arrived = new Promise<void>((r) => { gotOne = r; });
    const connector = http.createServer((req, res) => {
      let data = '';
      req.on('data', (c: Buffer) => { data += c.toString(); });
      req.on('end', () => {
        received.push({ url: req.url ?? '', body: JSON.parse(data) });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `reply-${received.length}` }));
        gotOne();
      });
    });
    await new Promise<void>((r) => connector.listen(0, '127.0.0.1', r));
    const serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
    // The loopback connector is allow-listed explicitly (nothing is by default).
    const srv = await startServer({ dialog: toyDialog, dialogVersion: TOY_VERSION, env: { ALLOWED_SERVICE_URLS: serviceUrl } });
    try {
      const res = await fetch(`${srv.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity(serviceUrl, '你好')) });
      expect(res.status).toBe(200);
      await arrived;
      expect(received).toHaveLength(1);
      expect(received[0].url).toBe('/v3/conversations/conv-9/activities/incoming-1');
      expect(received[0].body.type).toBe('message');
      expect(received[0].body.replyToId).toBe('incoming-1');
      expect(received[0].body.value).toEqual({ requestedSlot: 'region' });
    } finally {
      await srv.stop();
      await new Promise((r) => connector.close(r));
    }
  });
});

/** A state store whose first read waits for the test's go-ahead (so a turn is in flight on demand). */
class GatedStore implements StateStore {
  closed = false;
  reached!: Promise<void>;
  private signalReached!: () => void;
  private open!: () => void;
  private readonly gate: Promise<void>;
  constructor(private readonly inner: StateStore) {
    this.reached = new Promise((r) => { this.signalReached = r; });
    this.gate = new Promise((r) => { this.open = r; });
  }
  release() { this.open(); }
  async get(key: string) { this.signalReached(); await this.gate; return this.inner.get(key); }
  put(...a: Parameters<StateStore['put']>) { return this.inner.put(...a); }
  delete(key: string) { return this.inner.delete(key); }
  deletePerson(channel: string, userId: string) { return this.inner.deletePerson(channel, userId); }
  sweep() { return this.inner.sweep(); }
  ping() { return this.inner.ping(); }
  async close() { this.closed = true; await this.inner.close(); }
}

describe('graceful stop', () => {
  it('stops accepting, finishes the turn in flight, then closes the store', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'guantong-drain-'));
    const store = new GatedStore(createStore(`sqlite:${path.join(dir, 'state.db')}`, { ttlSeconds: 3600 }));
    const srv = await startServer({ dialog: toyDialog, dialogVersion: TOY_VERSION, store });
    try {
      const inFlight = fetch(`${srv.url}/api/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity('http://127.0.0.1:9/', '你好', { deliveryMode: 'expectReplies' })),
      });
      await store.reached;
      const stopped = srv.app.stop();
      await expect(fetch(`${srv.url}/healthz`)).rejects.toThrow();
      expect(store.closed).toBe(false);
      store.release();
      const res = await inFlight;
      expect(res.status).toBe(200);
      const body = (await res.json()) as { activities: { value: { requestedSlot: string } }[] };
      expect(body.activities[0].value.requestedSlot).toBe('region');
      await stopped;
      expect(store.closed).toBe(true);
    } finally {
      store.release();
      await srv.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
