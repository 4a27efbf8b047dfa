#!/usr/bin/env bash
# The production install, in one place: run by the Dockerfile's build stage and by scripts/production-check.sh (CI).
# Runtime dependencies only (no dev dependency is needed to build or run), then dist/ compiled once, so that
# `npm start` (and `node dist/src/index.js`) find it up to date and build nothing at start.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --omit=dev --no-audit --no-fund
node scripts/build.mjs
