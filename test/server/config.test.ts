// Configuration from the environment: defaults, and one clear message per bad value.
import { ConfigError, loadConfig, ttlSeconds } from '../../src/config';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3978, STATE_STORE: 'sqlite:./data/state.db', STATE_TTL_DAYS: 30, LOG_LEVEL: 'info' });
    expect(c.MicrosoftAppId).toBeUndefined();
    expect(c.WECHATY_PUPPET).toBeUndefined();
    expect(ttlSeconds(c)).toBe(30 * 24 * 3600);
  });

  it('reads the values it is given; empty means unset', () => {
    const c = loadConfig({
      PORT: '8080', STATE_STORE: 'redis://127.0.0.1:6379', STATE_TTL_DAYS: '7', LOG_LEVEL: 'DEBUG', MicrosoftAppId: '',
      WECHATY_PUPPET: 'wechaty-puppet-service', WECHATY_PUPPET_SERVICE_TOKEN: 'tok', HOTLINE_PHONE: '12333',
      HANDOFF_WEBHOOK_URL: 'https://hr.example.com/handoff', PUBLIC_URL: 'https://guantong.example.cn/bot/',
    });
    expect(c).toMatchObject({ PORT: 8080, STATE_STORE: 'redis://127.0.0.1:6379', STATE_TTL_DAYS: 7, LOG_LEVEL: 'debug', HOTLINE_PHONE: '12333' });
    // Without the trailing slash, so links are PUBLIC_URL + /api/….
    expect(c.PUBLIC_URL).toBe('https://guantong.example.cn/bot');
    expect(c.MicrosoftAppId).toBeUndefined();
  });

  it('names every bad variable, never echoing a secret', () => {
    let err: unknown;
    try {
      loadConfig({
        PORT: 'eighty', STATE_STORE: 'mysql://x', STATE_TTL_DAYS: '-1', LOG_LEVEL: 'loud', MicrosoftAppType: 'Foo',
        HANDOFF_WEBHOOK_URL: 'ftp://x', MicrosoftAppId: 'id', WECHATY_PUPPET_SERVICE_TOKEN: 'sekrit', PUBLIC_URL: 'guantong.example.cn',
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const names = (err as ConfigError).problems.map((p) => p.split(':')[0]).sort();
    expect(names).toEqual(['HANDOFF_WEBHOOK_URL', 'LOG_LEVEL', 'MicrosoftAppPassword', 'MicrosoftAppType', 'PORT', 'PUBLIC_URL', 'STATE_STORE', 'STATE_TTL_DAYS']);
    expect((err as ConfigError).message).toContain('PORT: expected a port number');
    expect((err as ConfigError).message).not.toContain('sekrit');
  });

  it('asks for a tenant with SingleTenant', () => {
    expect(() => loadConfig({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'b', MicrosoftAppType: 'SingleTenant' })).toThrow(/MicrosoftAppTenantId/);
  });
});
