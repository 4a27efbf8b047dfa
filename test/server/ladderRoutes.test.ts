// The ladder picture over HTTP: SVG for the web page, PNG for chats; unknown regions are refused.
import { PNG } from 'pngjs';
import { startServer, type StartedServer } from '../helpers/startServer';

let s: StartedServer;
beforeAll(async () => { s = await startServer(); });
afterAll(async () => { await s.stop(); });

describe('GET /api/ladder.svg and .png', () => {
  it('draws the region\'s two ladders as SVG with its arrows', async () => {
    const r = await fetch(`${s.url}/api/ladder.svg?region=sichuan`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    const svg = await r.text();
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(svg).toContain('高级技师');
    expect(svg).toContain('data-path="skill_to_title:full_senior"'); // Sichuan's 正高级 route
  });

  it('speaks English on request', async () => {
    const svg = await (await fetch(`${s.url}/api/ladder.svg?region=chongqing&locale=en`)).text();
    expect(svg).toMatch(/Senior technician/i);
  });

  it('renders a PNG', async () => {
    const r = await fetch(`${s.url}/api/ladder.png?region=liaoning`);
    expect(r.status).toBe(200);
    const png = PNG.sync.read(Buffer.from(await r.arrayBuffer()));
    expect(png.width).toBeGreaterThan(300);
  });

  it('refuses an unknown region with 400 naming it', async () => {
    const r = await fetch(`${s.url}/api/ladder.svg?region=mars`);
    expect(r.status).toBe(400);
    expect(await r.text()).toContain('region');
  });
});
