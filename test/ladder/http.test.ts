// GET /api/ladder.svg?region=R as a plain handler: the server mounts it.
import { ladderPngHandler, ladderSvgHandler } from '../../src/ladder/http';

describe('ladder HTTP handlers', () => {
  it('answers the region\'s picture as SVG, in the asked language', () => {
    const r = ladderSvgHandler(new URLSearchParams('region=sichuan&locale=en'));
    expect(r.status).toBe(200);
    expect(r.type).toBe('image/svg+xml; charset=utf-8');
    expect(String(r.body)).toMatch(/^<svg [^>]*data-region="sichuan" data-locale="en"/);
    expect(String(ladderSvgHandler(new URLSearchParams('region=Chongqing')).body)).toContain('data-locale="zh-CN"');
  });

  it('refuses an unknown region with 400 and the known ones', () => {
    const r = ladderSvgHandler(new URLSearchParams('region=mars'));
    expect(r.status).toBe(400);
    expect(String(r.body)).toContain('chongqing');
  });

  it('serves PNG too', () => {
    const r = ladderPngHandler(new URLSearchParams('region=national'));
    expect(r.status).toBe(200);
    expect(r.type).toBe('image/png');
    expect((r.body as Buffer).subarray(1, 4).toString()).toBe('PNG');
  });
});
