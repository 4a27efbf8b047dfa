// The Teams app package an admin uploads (Teams admin center → Manage apps → Upload): manifest.json, a 192×192
// color icon and a 32×32 outline icon (drawn here as PNGs), zipped. The bot's id is MicrosoftAppId; the valid
// domain and the privacy link come from PUBLIC_URL.
import { crc32, deflateRawSync } from 'node:zlib';
import { PNG } from 'pngjs';

export const MANIFEST_VERSION = '1.22';
export const MANIFEST_SCHEMA = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const ACCENT = '#1F6FB2';

export interface PackageInput {
  /** MicrosoftAppId: the bot's id and the app's id. */
  appId: string;
  /** PUBLIC_URL, https. */
  publicUrl: string;
  /** PRIVACY_ORG: the developer's name. */
  org?: string;
  /** The app's version (semver); default the package.json version. */
  version?: string;
}

/** Problems with the input, one line each (empty when fine). */
export function packageProblems(i: Partial<PackageInput>): string[] {
  const out: string[] = [];
  if (!i.appId || !GUID.test(i.appId)) out.push('MicrosoftAppId: expected the Azure Bot\'s app id (a GUID)');
  if (!i.publicUrl || !/^https:\/\/[^/]+/.test(i.publicUrl)) out.push('PUBLIC_URL: expected the bot\'s public https:// address');
  return out;
}

export function buildManifest(i: PackageInput): Record<string, unknown> {
  const base = i.publicUrl.replace(/\/+$/, '');
  const host = new URL(base).host;
  const org = i.org ?? 'Guantong';
  return {
    $schema: MANIFEST_SCHEMA,
    manifestVersion: MANIFEST_VERSION,
    version: i.version ?? '1.0.0',
    id: i.appId,
    developer: { name: org, websiteUrl: `${base}/`, privacyUrl: `${base}/privacy`, termsOfUseUrl: `${base}/privacy` },
    name: { short: '贯通助手 Guantong', full: '贯通助手 Guantong: 职称与技能等级贯通' },
    description: {
      short: '能申报哪一级职称或技能等级？按各地贯通政策逐条回答。',
      full: '贯通助手按各地“高技能人才与专业技术人才职业发展贯通”政策，一次问一个问题，告诉您现在能申报哪一级职称或技能等级、'
        + '何时可以申报、依据哪一条、要带什么材料。Which professional title or skill level a skilled worker can apply for under the '
        + 'regional 贯通 policies, clause by clause, with the documents to bring.',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: ACCENT,
    bots: [{ botId: i.appId, scopes: ['personal', 'team', 'groupChat'], supportsFiles: false, isNotificationOnly: false }],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [host],
  };
}

/** The fields the manifest schema requires (and their limits), checked the way the admin center rejects a package. */
export function manifestProblems(m: Record<string, unknown>): string[] {
  const out: string[] = [];
  const get = (p: string): unknown => p.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), m);
  const text = (p: string, max: number) => {
    const v = get(p);
    if (typeof v !== 'string' || !v.trim()) out.push(`${p}: required`);
    else if ([...v].length > max) out.push(`${p}: at most ${max} characters`);
  };
  text('manifestVersion', 10);
  if (!/^\d+\.\d+\.\d+$/.test(String(get('version')))) out.push('version: expected major.minor.patch');
  if (!GUID.test(String(get('id')))) out.push('id: expected a GUID');
  text('developer.name', 32);
  for (const u of ['developer.websiteUrl', 'developer.privacyUrl', 'developer.termsOfUseUrl']) if (!/^https:\/\//.test(String(get(u)))) out.push(`${u}: expected an https URL`);
  text('name.short', 30);
  text('name.full', 100);
  text('description.short', 80);
  text('description.full', 4000);
  text('icons.color', 2048);
  text('icons.outline', 2048);
  if (!/^#[0-9a-fA-F]{6}$/.test(String(get('accentColor')))) out.push('accentColor: expected #RRGGBB');
  const bots = get('bots');
  if (!Array.isArray(bots) || bots.length !== 1) out.push('bots: expected one bot');
  else {
    const b = bots[0] as Record<string, unknown>;
    if (!GUID.test(String(b.botId))) out.push('bots[0].botId: expected a GUID');
    if (!Array.isArray(b.scopes) || !b.scopes.length || b.scopes.some((s) => !['personal', 'team', 'groupChat', 'copilot'].includes(String(s)))) out.push('bots[0].scopes: expected personal, team, groupChat');
  }
  const domains = get('validDomains');
  if (domains !== undefined && (!Array.isArray(domains) || domains.some((d) => typeof d !== 'string' || /^https?:|\//.test(d)))) out.push('validDomains: host names without scheme or path');
  return out;
}

/** An icon: the accent colour (or transparent) with a white ladder (two rails, rungs). */
export function iconPng(size: number, outline: boolean): Buffer {
  const png = new PNG({ width: size, height: size });
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(ACCENT.slice(i, i + 2), 16));
  const m = Math.round(size * (outline ? 0.12 : 0.22));
  const rail = Math.max(2, Math.round(size * 0.07));
  const left = m;
  const right = size - m - rail;
  const rungs = 4;
  const white = (x: number, y: number) => {
    if (y < m || y >= size - m) return false;
    if ((x >= left && x < left + rail) || (x >= right && x < right + rail)) return true;
    if (x < left || x >= right + rail) return false;
    const step = (size - 2 * m) / rungs;
    const pos = (y - m) % step;
    return pos >= step / 2 - rail / 2 && pos < step / 2 + rail / 2;
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const w = white(x, y);
      if (outline) png.data.set(w ? [255, 255, 255, 255] : [0, 0, 0, 0], i);
      else png.data.set(w ? [255, 255, 255, 255] : [r, g, b, 255], i);
    }
  }
  return PNG.sync.write(png);
}

/** A zip file (deflate) of the given files, as the admin center reads it. */
export function zip(files: { name: string; data: Buffer }[], date = new Date(Date.UTC(2026, 0, 1))): Buffer {
  const dosTime = ((date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1)) & 0xffff;
  const dosDate = (((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate()) & 0xffff;
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name);
    const packed = deflateRawSync(f.data);
    const crc = crc32(f.data) >>> 0;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(0x0800, 6); head.writeUInt16LE(8, 8);
    head.writeUInt16LE(dosTime, 10); head.writeUInt16LE(dosDate, 12); head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18); head.writeUInt32LE(f.data.length, 22); head.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0); entry.writeUInt16LE(20, 4); entry.writeUInt16LE(20, 6); entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10); entry.writeUInt16LE(dosTime, 12); entry.writeUInt16LE(dosDate, 14); entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20); entry.writeUInt32LE(f.data.length, 24); entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(head, name, packed);
    central.push(entry, name);
    offset += head.length + name.length + packed.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** The whole package: the zip's bytes and the manifest in it. Throws with the problems when the input is not usable. */
export function buildAppPackage(i: PackageInput): { zip: Buffer; manifest: Record<string, unknown> } {
  const problems = [...packageProblems(i)];
  if (problems.length) throw new Error(problems.join('\n'));
  const manifest = buildManifest(i);
  const invalid = manifestProblems(manifest);
  if (invalid.length) throw new Error(invalid.join('\n'));
  return {
    manifest,
    zip: zip([
      { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
      { name: 'color.png', data: iconPng(192, false) },
      { name: 'outline.png', data: iconPng(32, true) },
    ]),
  };
}
