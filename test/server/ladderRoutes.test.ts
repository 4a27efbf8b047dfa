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

describe('POST /api/ladder.svg: the person\'s own picture', () => {
  it('highlights the person\'s position and open paths from the answer', async () => {
    const answer = await (await fetch(`${s.url}/api/eligibility`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ region: 'chongqing', asOf: '2026-11', skills: [{ level: 'technician', since: '2024-05' }], annualReviewsPassed: true }),
    })).json() as { held: unknown };
    expect(answer.held).toEqual({ skill: 'technician', title: null });
    const r = await fetch(`${s.url}/api/ladder.svg`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ result: answer }) });
    expect(r.status).toBe(200);
    const svg = await r.text();
    expect(svg).toMatch(/data-ladder="skill"[^>]*data-level="technician"[^>]*data-current="true"|data-current="true"[^>]*data-level="technician"/);
    expect(svg).toMatch(/data-path="skill_to_title:intermediate"[^>]*data-status="not_yet"|data-status="not_yet"[^>]*data-path="skill_to_title:intermediate"/);
  });

  it('refuses a malformed request naming the field', async () => {
    const r = await fetch(`${s.url}/api/ladder.svg`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ result: { region: 'mars', paths: [] } }) });
    expect(r.status).toBe(400);
    expect(await r.text()).toContain('result.region');
  });
});
