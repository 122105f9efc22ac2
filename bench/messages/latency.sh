#!/usr/bin/env bash
# Starts the built jar with the demo data on a fresh data directory and measures, in headless Chromium, how long a
# message takes from the mentor's send to the mentee's open conversation page (latency.mjs). Needs
# target/tandem-*.jar, node, npm and /usr/bin/chromium; uses bench/a11y's node modules (puppeteer-core).
set -euo pipefail
cd "$(dirname "$0")"
jar=$(ls ../../target/tandem-*.jar 2>/dev/null | grep -v plain | head -1)
[ -n "$jar" ] || { echo "Build the jar first (./mvnw -DskipTests package)." >&2; exit 2; }
[ -d ../a11y/node_modules/puppeteer-core ] || (cd ../a11y && npm ci --no-audit --no-fund --loglevel=error)
ln -sfn ../a11y/node_modules node_modules

port=${LATENCY_PORT:-18124}
data=$(mktemp -d)
TANDEM_DEMO=true TANDEM_DATA_DIR="$data" TANDEM_PORT="$port" java -jar "$jar" > "$data/tandem.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data" node_modules' EXIT
export TANDEM_URL="http://127.0.0.1:$port"
for _ in $(seq 1 180); do
  curl -sf "$TANDEM_URL/actuator/health" > /dev/null && break
  kill -0 $pid 2>/dev/null || { echo "Tandem did not start:"; tail -40 "$data/tandem.log"; exit 2; }
  sleep 1
done
node latency.mjs "${1:-30}"
