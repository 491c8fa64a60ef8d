# Kept's container image: `docker build -t kept .` (or podman). One process per container, the
# custom server (scripts/serve.mjs) as PID 1: it handles SIGTERM itself (finishes the requests in
# flight, ends live streams so pages reconnect elsewhere). README, "Running in production".

# --- build: all dependencies, the Prisma clients, `next build`; then the dev dependencies go ---
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source where its prebuilt binary can't be downloaded; these tools
# stay in this stage.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# Only for building behind a TLS-intercepting proxy (the test passes the host's bundle); empty
# on a normal machine.
ARG NODE_EXTRA_CA_CERTS=
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
# The dependencies first, from package.json and the lock alone, so that a change of source reuses
# this layer. better-sqlite3 is the one package whose install script matters (its native
# binding); our own postinstall (the Prisma clients) runs once the source is there.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts && npm rebuild better-sqlite3
COPY . .
RUN node scripts/prisma.mjs generate && npm run build
RUN npm prune --omit=dev --no-audit --no-fund && rm -rf .next/cache

# --- run: production dependencies, the build, the server and the migrations; no compilers ---
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    CHECKPOINT_DISABLE=1 \
    PRISMA_HIDE_UPDATE_MESSAGE=1 \
    PORT=3000 \
    HOST=0.0.0.0 \
    DATABASE_URL=file:/data/kept.db \
    KEPT_OFFLINE_PRISMA=1
# KEPT_OFFLINE_PRISMA=1: migrations use the WebAssembly schema engine that ships in the image
# (scripts/prisma-schema-engine.mjs), never a download at start; several replicas starting at
# once take turns through a PostgreSQL advisory lock (scripts/prisma.mjs).
COPY --from=build /app/package.json /app/next.config.mjs /app/prisma.config.ts ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/public ./public
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/src/env.js ./src/env.js
COPY --from=build --chown=node:node /app/.next ./.next
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT||3000}/api/health`).then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# --migrate: applies the migrations first (unless SKIP_MIGRATIONS=1), after checking the
# configuration, so a missing secret fails before anything is touched.
CMD ["node", "scripts/serve.mjs", "--migrate"]
