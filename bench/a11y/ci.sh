#!/usr/bin/env bash
# The accessibility check of CI: starts the built jar with the demo data on a fresh data directory, prepares a
# pairing through the API (demo-pages.mjs) and runs axe-core (axe.mjs) on every page as an anonymous visitor, a
# mentor, a mentee, the committee chair and the administrator, at desktop and phone width. Exits non-zero on any
# violation. Needs target/tandem-*.jar (./mvnw verify or package), node and npm, and /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")"
jar=$(ls ../../target/tandem-*.jar 2>/dev/null | grep -v plain | head -1)
[ -n "$jar" ] || { echo "Build the jar first (./mvnw -DskipTests package)." >&2; exit 2; }
[ -d node_modules/axe-core ] || npm ci --no-audit --no-fund --loglevel=error

port=${A11Y_PORT:-18$((RANDOM % 900 + 100))}
data=$(mktemp -d)
log="$data/tandem.log"
TANDEM_DEMO=true TANDEM_DATA_DIR="$data" TANDEM_PORT="$port" java -jar "$jar" > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
export TANDEM_URL="http://127.0.0.1:$port"
for _ in $(seq 1 180); do
  curl -sf "$TANDEM_URL/actuator/health" > /dev/null && break
  kill -0 $pid 2>/dev/null || { echo "Tandem did not start:"; tail -40 "$log"; exit 2; }
  sleep 1
done
curl -sf "$TANDEM_URL/actuator/health" > /dev/null || { echo "Tandem was not healthy in 180 s:"; tail -40 "$log"; exit 2; }

plan=$(node demo-pages.mjs)
password=$(node -e 'console.log(JSON.parse(process.argv[1]).password)' "$plan")
status=0
anonymous=$(node -e 'console.log(JSON.parse(process.argv[1]).anonymous.map((p) => "anon:" + p).join(" "))' "$plan")
count=$(node -e 'console.log(JSON.parse(process.argv[1]).people.length)' "$plan")
for i in $(seq 0 $((count - 1))); do
  email=$(node -e 'console.log(JSON.parse(process.argv[1]).people[process.argv[2]].email)' "$plan" "$i")
  pages=$(node -e 'console.log(JSON.parse(process.argv[1]).people[process.argv[2]].pages.join(" "))' "$plan" "$i")
  extra=""
  [ "$i" = 0 ] && extra="$anonymous"
  # shellcheck disable=SC2086
  TANDEM_A11Y_EMAIL="$email" TANDEM_A11Y_PASSWORD="$password" node axe.mjs $extra $pages || status=1
done
exit $status
