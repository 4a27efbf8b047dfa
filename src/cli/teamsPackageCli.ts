// npm run teams:package [-- --out FILE.zip]: the Teams app package for Teams admin center → Manage apps → Upload,
// from MicrosoftAppId, PUBLIC_URL and PRIVACY_ORG in the environment.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAppPackage, packageProblems } from '../bot/teams/appPackage';

const USAGE = 'usage: MicrosoftAppId=<app id> PUBLIC_URL=https://<host> npm run teams:package [-- --out guantong-teams.zip]';

export function runTeamsPackageCli(argv: string[], env: NodeJS.ProcessEnv = process.env, log: (s: string) => void = console.log, fail: (s: string) => void = console.error): number {
  let values: { out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) { log(USAGE); return 0; }
  const input = { appId: env.MicrosoftAppId?.trim() ?? '', publicUrl: env.PUBLIC_URL?.trim() ?? '', org: env.PRIVACY_ORG?.trim() || undefined };
  const problems = packageProblems(input);
  if (problems.length) { fail(`${problems.join('\n')}\n${USAGE}`); return 2; }
  const version = (JSON.parse(readFileSync(resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string }).version;
  const pkg = buildAppPackage({ ...input, version: /^\d+\.\d+\.\d+$/.test(version ?? '') ? version : undefined });
  const out = resolve(values.out ?? 'guantong-teams.zip');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, pkg.zip);
  log(`wrote ${out} (manifest ${String(pkg.manifest.manifestVersion)}, bot ${input.appId}, domain ${String((pkg.manifest.validDomains as string[])[0])})`);
  return 0;
}

if (require.main === module) process.exitCode = runTeamsPackageCli(process.argv.slice(2));
