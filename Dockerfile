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
# HOSO_ENV=production: the processes refuse development settings (config/production.ts).
ENV HOSO_ENV=production \
    NODE_ENV=production \
    API_PORT=3000
WORKDIR /app

# Code and dependencies stay owned by root and nothing in /app is writable by
# the app user: production keeps no state in the container.
COPY --from=deps /app/node_modules ./node_modules
# What gets copied is decided by .dockerignore (an allow-list): package files,
# tsconfig.json, config/ domain/ workflows/ activities/ templates/ (with fonts/)
# signing/ api/ store/ worker/ db/ scripts/migrate.ts — no tests, docs or local
# data, and no token minting or development CA (test/unit/production-image.test.ts).
COPY . .
# The audit spool's mount point, the one place the app writes (docs/decisions/0006-audit-trail.md): a named volume
# mounted there starts with this owner.
RUN mkdir -p /var/lib/hoso/audit-spool && chown node:node /var/lib/hoso/audit-spool

# `node` (uid 1000) comes with the official image.
USER node
EXPOSE 3000
# No HEALTHCHECK here: the worker serves no HTTP. docker-compose.yml probes the
# API's /healthz; orchestrators should use /healthz (liveness) and /readyz (readiness).
CMD ["./node_modules/.bin/tsx", "api/main.ts"]
