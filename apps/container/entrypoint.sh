#!/bin/sh
# The image's entry point: `web`, `worker`, `realtime` or `migrate`, each as one Node process (no
# package manager in between, so signals reach it). The healthcheck reads which one runs here.
set -eu
app="${1:-web}"
printf '%s' "$app" > /tmp/facet-app
case "$app" in
  web)
    cd /app/apps/web
    exec node node_modules/next/dist/bin/next start --port "${PORT:-3000}"
    ;;
  worker | realtime)
    cd "/app/apps/$app"
    exec node --import tsx src/main.ts
    ;;
  migrate)
    cd /app
    exec node --import tsx packages/devstack/src/migrate-cli.ts
    ;;
  *)
    echo "usage: web | worker | realtime | migrate (got: $app)" >&2
    exit 64
    ;;
esac
