# syntax=docker/dockerfile:1
#
# One image for every hoso process; the command picks the role:
#   API         ./node_modules/.bin/tsx api/main.ts        (default CMD)
#   worker      ./node_modules/.bin/tsx worker/main.ts
#   migrations  ./node_modules/.bin/tsx scripts/migrate.ts
# (`npx tsx ...` works too; calling the binary directly skips the npm wrapper,
# so SIGTERM reaches tsx, which relays it to the app for a graceful shutdown.)
#
# Build:  docker build -t hoso:local .

ARG NODE_VERSION=20.20.2

# ---- deps: production node_modules only ------------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
ENV npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false
# package.json's `allowScripts` (which dependency install scripts may run) is
# honoured from npm 11 on; the Node 20 image ships npm 10, which would run them all.
RUN npm install -g npm@11.19.1
COPY package.json package-lock.json ./
# npm install rather than npm ci: see docs/decisions/0001-foundation.md (platform-only lock file).
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force

# ---- runtime -----------------------------------------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    API_PORT=3000 \
    AUTH_DEV_KEY_FILE=/app/.data/dev-issuer/key.json
WORKDIR /app

# Code and dependencies stay owned by root (read-only to the app user); only
# .data/ (the development issuer's key, when AUTH_MODE=dev) is writable.
COPY --from=deps /app/node_modules ./node_modules
# What gets copied is decided by .dockerignore (an allow-list): package files,
# tsconfig.json, config/ domain/ workflows/ activities/ templates/ (with fonts/)
# api/ worker/ db/ scripts/ — no tests, docs or local data.
COPY . .
RUN mkdir -p /app/.data/dev-issuer && chown -R node:node /app/.data

# `node` (uid 1000) comes with the official image.
USER node
EXPOSE 3000
# No HEALTHCHECK here: the worker serves no HTTP. docker-compose.yml probes the
# API's /healthz; orchestrators should use /healthz (liveness) and /readyz (readiness).
CMD ["./node_modules/.bin/tsx", "api/main.ts"]
