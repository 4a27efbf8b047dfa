# syntax=docker/dockerfile:1
# 贯通助手 Guantong: a two-stage image. The build stage runs scripts/install-production.sh (the same install CI's
# scripts/production-check.sh tests: npm ci --omit=dev, then dist/ built once); the runtime stage is that /app on a
# slim Node with the CJK font for the ladder picture, run as a non-root user, its state in a volume.
FROM node:20-bookworm AS build
# node:20-bookworm has python3, make and g++: better-sqlite3 compiles here when no prebuilt binary downloads.
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY src ./src
COPY locales ./locales
RUN bash scripts/install-production.sh

FROM node:20-bookworm-slim AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-wqy-microhei \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
# The working directory is the state folder: the SQLite file (data/state.db) and wechaty's login
# (*.memory-card.json) are written there, never into /app (owned by root, read-only to the app).
RUN mkdir -p /var/lib/guantong/data && chown -R node:node /var/lib/guantong
WORKDIR /var/lib/guantong
VOLUME ["/var/lib/guantong"]
ENV NODE_ENV=production \
    PORT=3978 \
    STATE_STORE=sqlite:/var/lib/guantong/data/state.db
USER node
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.status===200?0:1),()=>process.exit(1))"]
# node itself as PID 1 (not npm): SIGTERM reaches the server, which drains its turns and exits 0.
STOPSIGNAL SIGTERM
CMD ["node", "--enable-source-maps", "/app/dist/src/index.js"]
