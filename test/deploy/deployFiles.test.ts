// The deployment files, checked as far as this machine allows (no container engine runs here): the Dockerfile's
// stages, user, health check, volume and font, and that its install is scripts/install-production.sh, the script CI's
// production check runs; the compose file's services against deploy/nginx.conf; the systemd unit with
// systemd-analyze verify. The image's install and HEALTHCHECK themselves run in scripts/production-check.sh.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { REPO } from '../helpers/spawnServer';
import { startServer } from '../helpers/startServer';

/** Exit code of a command run without blocking this process (the server under test runs in it). */
const exitOf = (cmd: string, args: string[], env: Record<string, string>): Promise<number | null> => new Promise((resolve) => {
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
  child.on('exit', (code) => resolve(code));
});

const read = (f: string) => readFileSync(path.join(REPO, f), 'utf8');

/** Dockerfile instructions (continuations joined, comments dropped), split into stages. */
function dockerStages(): { from: string; lines: string[] }[] {
  const lines = read('Dockerfile').replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const stages: { from: string; lines: string[] }[] = [];
  for (const l of lines) {
    if (/^FROM /i.test(l)) stages.push({ from: l, lines: [] });
    else stages.at(-1)?.lines.push(l);
  }
  return stages;
}

describe('Dockerfile', () => {
  const stages = dockerStages();
  const [build, runtime] = stages;
  const healthcheck = () => JSON.parse(/CMD (\[.*\])$/.exec(runtime.lines.find((l) => l.startsWith('HEALTHCHECK'))!)![1]) as string[];

  it('has a build stage and a runtime stage that copies the build', () => {
    expect(stages).toHaveLength(2);
    expect(build.from).toMatch(/ AS build$/);
    expect(runtime.lines).toContain('COPY --from=build /app /app');
  });

  it('installs with the same script as CI\'s production check', () => {
    expect(build.lines).toContain('RUN bash scripts/install-production.sh');
    expect(read('scripts/production-check.sh')).toContain('bash scripts/install-production.sh');
    expect(read('.ci/run')).toContain('bash scripts/production-check.sh');
    // Everything the build stage copies is in the repository.
    for (const l of build.lines.filter((x) => x.startsWith('COPY '))) {
      for (const src of l.split(/\s+/).slice(1, -1)) expect([src, existsSync(path.join(REPO, src))]).toEqual([src, true]);
    }
  });

  it('runs as a non-root user, with the state folder a volume, the CJK font, node itself as PID 1', () => {
    const user = runtime.lines.filter((l) => l.startsWith('USER ')).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/USER (root|0)\b/);
    const workdir = runtime.lines.filter((l) => l.startsWith('WORKDIR ')).at(-1)!.split(/\s+/)[1];
    expect(runtime.lines.some((l) => l.startsWith('VOLUME ') && l.includes(workdir))).toBe(true);
    expect(runtime.lines.some((l) => /STATE_STORE=sqlite:/.test(l) && l.includes(workdir))).toBe(true);
    expect(runtime.lines.some((l) => l.startsWith('RUN ') && l.includes('fonts-wqy-microhei'))).toBe(true);
    const cmd = JSON.parse(runtime.lines.find((l) => l.startsWith('CMD '))!.slice(4)) as string[];
    expect(cmd[0]).toBe('node');
    expect(cmd.at(-1)).toBe('/app/dist/src/index.js');
    expect(healthcheck().join(' ')).toContain('/healthz');
  });

  it('HEALTHCHECK exits 0 on a healthy server and 1 when nothing answers', async () => {
    const [cmd, ...args] = healthcheck();
    const srv = await startServer();
    try {
      const port = new URL(srv.url).port;
      expect(await exitOf(cmd, args, { PORT: port })).toBe(0);
    } finally {
      await srv.stop();
    }
    const closed = String(await (await import('../helpers/redisServer')).freePort());
    expect(await exitOf(cmd, args, { PORT: closed })).toBe(1);
  });

  it('keeps local state and secrets out of the build context and out of git', () => {
    const ignore = read('.dockerignore').split('\n');
    for (const p of ['node_modules', 'data', '.env', '*.memory-card.json']) expect(ignore).toContain(p);
    const git = read('.gitignore').split('\n');
    for (const p of ['/data/', '*.memory-card.json', '.env', '*.db']) expect(git).toContain(p);
  });
});

describe('docker-compose.yml', () => {
  type Service = { image?: string; build?: string; environment?: Record<string, string>; volumes?: string[]; depends_on?: unknown; ports?: string[] };
  const compose = load(read('docker-compose.yml')) as { services: Record<string, Service> };
  const nginx = read('deploy/nginx.conf');

  it('runs Redis, two app instances on it and a reverse proxy in front of both', () => {
    const { redis, app1, app2, proxy } = compose.services;
    expect(redis.image).toMatch(/^redis:/);
    for (const app of [app1, app2]) {
      expect(app.build).toBe('.');
      expect(app.environment?.STATE_STORE).toBe('redis://redis:6379');
      expect(app.environment?.PUBLIC_URL).toMatch(/PUBLIC_URL/);
      expect(app.depends_on).toMatchObject({ redis: { condition: 'service_healthy' } });
    }
    expect(proxy.image).toMatch(/^nginx:/);
    expect(proxy.volumes).toContain('./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro');
    // The proxy's upstream is exactly the app services, on the port the image listens on.
    const upstream = [...nginx.matchAll(/^\s*server (\S+):(\d+)/gm)].map((m) => [m[1], m[2]]);
    expect(upstream).toEqual([['app1', '3978'], ['app2', '3978']]);
    expect(read('Dockerfile')).toMatch(/PORT=3978/);
    expect(nginx).toMatch(/X-Forwarded-Proto \$scheme/);
  });
});

const SYSTEMD_ANALYZE = ['/usr/bin/systemd-analyze', '/bin/systemd-analyze'].find((p) => existsSync(p));
if (!SYSTEMD_ANALYZE && !process.env.CI) console.warn('\n!!!!! systemd-analyze is not installed: the unit is not verified !!!!!\n');

describe('deploy/guantong.service', () => {
  const unit = read('deploy/guantong.service');

  it('restarts on failure, not on a bad configuration, and stops with SIGTERM to node only', () => {
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^RestartPreventExitStatus=2$/m);
    expect(unit).toMatch(/^KillSignal=SIGTERM$/m);
    expect(unit).toMatch(/^KillMode=mixed$/m);
    // The drain's own limit (10 s for a stuck client) fits in the stop timeout.
    expect(Number(/^TimeoutStopSec=(\d+)$/m.exec(unit)![1])).toBeGreaterThan(10);
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node .*\/dist\/src\/index\.js$/m);
    expect(unit).toMatch(/^User=(?!root)\w+$/m);
  });

  (SYSTEMD_ANALYZE ? it : it.skip)('passes systemd-analyze verify without a warning', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'guantong-unit-'));
    try {
      const file = path.join(dir, 'guantong.service');
      copyFileSync(path.join(REPO, 'deploy', 'guantong.service'), file);
      const r = spawnSync(SYSTEMD_ANALYZE!, ['verify', file], { encoding: 'utf8' });
      // Warnings (an unknown directive, a bad value) go to stderr with exit 0: neither is allowed.
      const ours = `${r.stdout}${r.stderr}`.split('\n').filter((l) => l.includes('guantong'));
      expect([r.status, ours]).toEqual([0, []]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Maintainers' tools, run from a clone with the dev dependencies: the benchmark and the policy data's build and check. */
const DEV_ONLY = new Set(['bench', 'policies:build', 'policies:check']);

it('npm scripts run compiled code only: no tsx outside the maintainers\' tools', () => {
  const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
  for (const [name, cmd] of Object.entries(scripts)) if (!DEV_ONLY.has(name)) expect([name, /\btsx\b/.test(cmd)]).toEqual([name, false]);
  const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
  expect(pkg.dependencies.esbuild).toBeDefined();
  execFileSync(process.execPath, [path.join(REPO, 'scripts', 'build.mjs'), '--if-stale', '--quiet'], { cwd: REPO });
  expect(existsSync(path.join(REPO, 'dist', '.build-hash'))).toBe(true);
});
