#!/usr/bin/env bash
# CI's production-install test: a fresh clone of this repository's HEAD in a temporary folder, installed with
# scripts/install-production.sh (npm ci --omit=dev), then `npm start` on a free port with a temporary SQLite file:
# GET /healthz, one chat turn through POST /api/messages (expectReplies; /api/chat too when the server has it), the
# terminal tools, and SIGTERM to the server → exit 0. Only committed work is checked (it is a clone).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/guantong-prod-XXXXXX")"
npm_pid=""
cleanup() {
  if [ -n "$npm_pid" ] && kill -0 "$npm_pid" 2>/dev/null; then kill -KILL -- "-$npm_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "production-check: FAIL: $*" >&2; [ -f "$work/server.log" ] && tail -n 30 "$work/server.log" >&2; exit 1; }

if [ -n "${PRODUCTION_CHECK_APP:-}" ]; then
  # For working on this script: an app folder already installed by an earlier run (skips clone and install).
  cd "$PRODUCTION_CHECK_APP"
else
  echo "production-check: cloning $(git -C "$repo" rev-parse --short HEAD) into $work/clone"
  git clone -q "$repo" "$work/clone"
  git -C "$work/clone" fetch -q "$repo" HEAD
  git -C "$work/clone" checkout -q --detach FETCH_HEAD
  # The app folder holds only what the Dockerfile's build stage copies from the clone: the image's install is this one.
  node - "$work/clone" "$work/app" <<'JS' || fail "Dockerfile COPY"
const fs = require('fs'), path = require('path');
const [clone, app] = process.argv.slice(2);
const text = fs.readFileSync(path.join(clone, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
const build = text.split(/^FROM /m)[1];
fs.mkdirSync(app, { recursive: true });
for (const line of build.split('\n')) {
  const m = /^COPY\s+(.+)$/.exec(line.trim());
  if (!m || /--from=/.test(m[1])) continue;
  const parts = m[1].split(/\s+/);
  const dest = parts.pop();
  for (const src of parts) {
    const to = dest.endsWith('/') ? path.join(app, dest, path.basename(src)) : path.join(app, dest);
    fs.cpSync(path.join(clone, src), to, { recursive: true });
    console.log(`production-check: COPY ${src} -> ${path.relative(app, to) || '.'}`);
  }
}
JS
  cd "$work/app"

  echo "production-check: scripts/install-production.sh (npm ci --omit=dev, build)"
  bash scripts/install-production.sh >"$work/install.log" 2>&1 || { tail -n 40 "$work/install.log" >&2; fail "install"; }
  # (typescript and @swc/core come with i18next and wechaty: not checked)
  for dev in tsx jest eslint; do
    [ ! -e "node_modules/$dev" ] || fail "dev dependency $dev was installed"
  done
fi
# npm start must build by itself too (no dist/ at all, as after `npm ci --omit=dev` alone).
rm -rf dist

export STATE_STORE="sqlite:$work/data/state.db" PORT=0 LOG_LEVEL=info RATE_LIMIT_PER_MINUTE=0 WECHATY_PUPPET= MicrosoftAppId=
set -m # npm in its own process group, so that cleanup can end all of it
npm start >"$work/server.log" 2>&1 &
npm_pid=$!
set +m
port=""
for _ in $(seq 1 900); do # npm start builds first here: compile, then the Q&A model trained (4–6 s of CPU)
  line="$(grep -m1 '"msg":"listening"' "$work/server.log" 2>/dev/null || true)"
  if [ -n "$line" ]; then
    port="$(node -e 'const r=JSON.parse(process.argv[1]);process.stdout.write(String(r.port))' "$line")"
    break
  fi
  kill -0 "$npm_pid" 2>/dev/null || fail "npm start exited before listening"
  sleep 0.1
done
[ -n "$port" ] || fail "no 'listening' line within 90 s"
# The server itself: the node process running dist/src/index.js in npm's process group.
node_pid="$(pgrep -g "$npm_pid" -f '^node .*dist/src/index.js' | head -n1)"
[ -n "$node_pid" ] || fail "no server process under npm start"
base="http://127.0.0.1:$port"
echo "production-check: npm start is listening on $base (server pid $node_pid)"

# The Dockerfile's HEALTHCHECK command, as the container runtime would run it.
hc="$(node -e '
const t = require("fs").readFileSync(process.argv[1], "utf8").replace(/\\\n/g, " ");
const m = /^HEALTHCHECK .*?CMD (\[.*\])\s*$/m.exec(t); if (!m) process.exit(1);
process.stdout.write(JSON.stringify(JSON.parse(m[1])));' "$repo/Dockerfile")" || fail "no HEALTHCHECK CMD in the Dockerfile"
PORT="$port" node -e 'const [cmd, ...args] = JSON.parse(process.argv[1]); const r = require("child_process").spawnSync(cmd, args, { stdio: "inherit" }); process.exit(r.status ?? 1)' "$hc" \
  || fail "the Dockerfile's HEALTHCHECK failed"
echo "production-check: the Dockerfile's HEALTHCHECK → healthy"
health="$(node -e 'fetch(process.argv[1]).then(async r=>{process.stdout.write(r.status+" "+await r.text())})' "$base/healthz")"
[ "$health" = '200 {"status":"ok"}' ] || fail "GET /healthz: $health"
echo "production-check: GET /healthz → $health"

node - "$base" <<'JS' || fail "chat turn"
const base = process.argv[2];
(async () => {
  const res = await fetch(`${base}/api/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', deliveryMode: 'expectReplies', serviceUrl: 'http://127.0.0.1:9/', channelId: 'webchat',
      from: { id: 'prod-check' }, recipient: { id: 'bot' }, conversation: { id: 'prod-check' }, text: '我在重庆，2022年5月拿的技师证' }),
  });
  const body = await res.json();
  const texts = (body.activities ?? []).map((a) => a.text ?? '').filter(Boolean);
  if (res.status !== 200 || texts.length === 0) throw new Error(`POST /api/messages: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  console.log(`production-check: POST /api/messages → ${res.status}, ${texts.length} replies: ${texts[0].split('\n')[0].slice(0, 60)}…`);
  // A reminder set and listed (到时提醒我 / 我的提醒), as a person would in the web chat.
  const say = async (text) => {
    const r = await fetch(`${base}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', deliveryMode: 'expectReplies', serviceUrl: 'http://127.0.0.1:9/', channelId: 'webchat',
        from: { id: 'prod-remind' }, recipient: { id: 'bot' }, conversation: { id: 'prod-remind' }, text }),
    });
    if (r.status !== 200) throw new Error(`POST /api/messages (${text}): ${r.status}`);
    return JSON.stringify((await r.json()).activities ?? []);
  };
  if (!(await say('我在重庆，2025年6月拿的技师证，没有职称，考核都合格，没获奖')).includes('到时提醒我')) throw new Error('no 到时提醒我 offer on a not-yet answer');
  if (!(await say('到时提醒我')).includes('好的，')) throw new Error('到时提醒我 was not confirmed');
  if (!(await say('我的提醒')).includes('申报中级（工程师）')) throw new Error('我的提醒 does not list the reminder');
  console.log('production-check: 到时提醒我 set a reminder, 我的提醒 lists it');
  const chat = await fetch(`${base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '你好' }) });
  if (chat.status === 404) console.log('production-check: POST /api/chat → 404 (not in this version)');
  else if (chat.status !== 200) throw new Error(`POST /api/chat: ${chat.status} ${(await chat.text()).slice(0, 300)}`);
  else console.log('production-check: POST /api/chat → 200');
})().catch((e) => { console.error(e.message); process.exit(1); });
JS

# The terminal tools, without dev dependencies, while the server runs.
out="$(echo '{"region":"chongqing","skills":[{"level":"technician","since":"2022-05"}],"annualReviewsPassed":true}' | npm run --silent eligibility -- - --as-of 2026-11)" \
  || fail "npm run eligibility"
node -e 'const r=JSON.parse(process.argv[1]); if(!Array.isArray(r.paths)) process.exit(1)' "$out" || fail "eligibility output: ${out:0:200}"
out="$(npm run --silent ask -- --region chongqing '评职称要论文吗')" || fail "npm run ask"
node -e 'const r=JSON.parse(process.argv[1]); if(typeof r.answer!=="string") process.exit(1)' "$out" || fail "ask output: ${out:0:200}"
out="$(printf '你好\n重庆\n' | npm run --silent chat -- --jsonl --as-of 2026-11)" || fail "npm run chat"
[ "$(printf '%s\n' "$out" | wc -l)" = 2 ] || fail "chat --jsonl: expected 2 lines, got: ${out:0:200}"
npm run --silent poster -- --region chongqing --url https://example.org/ --out "$work/poster.png" >/dev/null || fail "npm run poster"
[ -s "$work/poster.png" ] && [ -s "$work/poster.pdf" ] || fail "poster files"
if grep -q '"reminders"' package.json; then
  out="$(npm run --silent reminders -- due --as-of 2099-12 --json)" || fail "npm run reminders -- due"
  node -e 'const r=JSON.parse(process.argv[1]); if(!r.some((x)=>x.channel==="webchat")) process.exit(1)' "$out" || fail "reminders due: ${out:0:200}"
fi
npm run --silent backup -- "$work/backup.db" >/dev/null || fail "npm run backup"
echo "production-check: eligibility, ask, chat, poster$(grep -q '"reminders"' package.json && echo ', reminders'), backup ran without dev dependencies"

# SIGTERM to the server process (as systemd or a container runtime sends it): drains, exits 0, and npm with it.
kill -TERM "$node_pid"
rc=0
wait "$npm_pid" || rc=$?
npm_pid=""
[ "$rc" = 0 ] || fail "after SIGTERM npm start exited $rc"
grep -q '"msg":"stopped"' "$work/server.log" || fail "no 'stopped' line after SIGTERM"
echo "production-check: SIGTERM → exit 0; ok"
