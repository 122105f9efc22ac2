#!/usr/bin/env bash
# The program health page and GET /api/v1/programs/{id}/health under load, against nginx serving the same bytes
# as static files on the same machine in the same run (issue 12's "Speed" goal: the page at >= 10 % of nginx's
# requests per second, p99 at most 3 x nginx's).
#
#   bench/health/load.sh [seconds]      (default 25 s per wrk run; 2 threads, 32 connections, --latency)
#
# Builds nothing (run `./mvnw -B -q -DskipTests package` first) and installs nothing: it needs wrk, nginx, psql
# (Debian: apt-get install -y wrk nginx postgresql-client), curl, python3 and java. It starts target/tandem-*.jar
# with TANDEM_DEMO=true on a fresh data directory, writes the 2,000-pair program into its embedded database with
# bench/health/generate.sql through psql (the port is the 4th line of <data>/postgres/postmaster.pid, the
# password is <data>/postgres.password; the server listens on loopback TCP only), makes the demo committee chair
# its committee, signs the chair in through the real login form (session cookie, CSRF token read from the form)
# and through POST /api/v1/tokens (bearer token), saves the page's and the JSON's bytes, and serves them from an
# nginx on a free loopback port with a config written to a temporary directory. Everything stops and is removed
# on exit. Environment: TANDEM_BENCH_JAR (another jar), HEALTH_LOAD_KEEP (a directory to keep the two bodies in),
# TANDEM_BENCH_PORT / NGINX_BENCH_PORT (default: free ports). wrk's timeout is 10 s, so that a slow answer counts
# in the p99 instead of vanishing as a timeout.
set -euo pipefail

cd "$(dirname "$0")/../.."
DURATION="${1:-25}"

missing=()
for tool in wrk nginx psql curl python3 java; do
	command -v "${tool}" >/dev/null 2>&1 || missing+=("${tool}")
done
if ((${#missing[@]} > 0)); then
	echo "Missing: ${missing[*]}. On Debian: apt-get install -y wrk nginx postgresql-client" >&2
	exit 2
fi
JAR="${TANDEM_BENCH_JAR:-$(ls target/tandem-*.jar 2>/dev/null | grep -v -- '-plain\|-sources' | head -n 1 || true)}"
if [[ -z "${JAR}" || ! -f "${JAR}" ]]; then
	echo "No jar in target/. Build it first: ./mvnw -B -q -DskipTests package" >&2
	exit 2
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT="${TANDEM_BENCH_PORT:-$(free_port)}"
NGINX_PORT="${NGINX_BENCH_PORT:-$(free_port)}"
BASE="http://127.0.0.1:${PORT}"
WORK="$(mktemp -d /tmp/tandem-health-load-XXXXXX)"
DATA="${WORK}/data"
PID=""
NGINX_STARTED=""

cleanup() {
	if [[ -n "${NGINX_STARTED}" && -f "${WORK}/nginx/nginx.pid" ]]; then
		kill "$(cat "${WORK}/nginx/nginx.pid")" 2>/dev/null || true
	fi
	if [[ -n "${PID}" ]] && kill -0 "${PID}" 2>/dev/null; then
		kill "${PID}"
		wait "${PID}" 2>/dev/null || true
	fi
	rm -rf "${WORK}"
}
trap cleanup EXIT

echo "Starting ${JAR} on port ${PORT} (data in ${DATA}) ..." >&2
TANDEM_DEMO=true TANDEM_PORT="${PORT}" TANDEM_DATA_DIR="${DATA}" TANDEM_DATABASE_URL= \
	java -jar "${JAR}" >"${WORK}/app.log" 2>&1 &
PID=$!
for _ in $(seq 1 360); do
	curl -s "${BASE}/actuator/health" 2>/dev/null | grep -q UP && break
	kill -0 "${PID}" 2>/dev/null || break
	sleep 0.5
done
if ! curl -s "${BASE}/actuator/health" | grep -q UP; then
	echo "Tandem did not start:" >&2
	tail -n 40 "${WORK}/app.log" >&2
	exit 1
fi

CHAIR="committee.chair@demo.tandem.example"
PASSWORD="mentoring-demo-2026"
DB_PORT="$(sed -n 4p "${DATA}/postgres/postmaster.pid")"
echo "Generating the 2,000-pair program (PostgreSQL on 127.0.0.1:${DB_PORT}) ..." >&2
PROGRAM="$(PGPASSWORD="$(cat "${DATA}/postgres.password")" psql -X -q -t -A -h 127.0.0.1 -p "${DB_PORT}" \
	-U postgres -d postgres -v committee="'${CHAIR}'" -f bench/health/generate.sql | grep -E '^[0-9a-f-]{36}$')"
[[ -n "${PROGRAM}" ]] || { echo "generate.sql printed no program id" >&2; exit 1; }

JARFILE="${WORK}/cookies"
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
LOGIN_CSRF="$(curl -s -c "${JARFILE}" -b "${JARFILE}" "${BASE}/login" | csrf_of)"
curl -s -o /dev/null -c "${JARFILE}" -b "${JARFILE}" --data-urlencode "email=${CHAIR}" \
	--data-urlencode "password=${PASSWORD}" --data-urlencode "_csrf=${LOGIN_CSRF}" "${BASE}/login"
SESSION="$(awk '$6 == "SESSION" { print $7 }' "${JARFILE}")"
[[ -n "${SESSION}" ]] || { echo "Could not sign in through the login form" >&2; exit 1; }
TOKEN="$(curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"${CHAIR}\",\"password\":\"${PASSWORD}\"}" \
	"${BASE}/api/v1/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"

PAGE_URL="${BASE}/programs/${PROGRAM}/health"
API_URL="${BASE}/api/v1/programs/${PROGRAM}/health"
STATIC="${WORK}/nginx/static"
mkdir -p "${STATIC}"
fetch() { # url header file: saves the body, fails unless 200
	local code
	code="$(curl -s -o "$3" -w '%{http_code}' -H "$2" "$1")"
	[[ "${code}" == 200 ]] || { echo "$1 answered ${code}" >&2; exit 1; }
}
fetch "${PAGE_URL}" "Cookie: SESSION=${SESSION}" "${STATIC}/health.html"
fetch "${API_URL}" "Authorization: Bearer ${TOKEN}" "${STATIC}/health.json"
grep -q "<h1>Health of" "${STATIC}/health.html" || { echo "The page is not the health page" >&2; exit 1; }
if [[ -n "${HEALTH_LOAD_KEEP:-}" ]]; then
	mkdir -p "${HEALTH_LOAD_KEEP}" && cp "${STATIC}/health.html" "${STATIC}/health.json" "${HEALTH_LOAD_KEEP}/"
fi
PAGE_BYTES="$(wc -c <"${STATIC}/health.html")"
JSON_BYTES="$(wc -c <"${STATIC}/health.json")"

cat >"${WORK}/nginx/nginx.conf" <<EOF
daemon on;
worker_processes auto;
pid ${WORK}/nginx/nginx.pid;
error_log ${WORK}/nginx/error.log;
events { worker_connections 1024; }
http {
	access_log off;
	client_body_temp_path ${WORK}/nginx/tmp;
	proxy_temp_path ${WORK}/nginx/tmp;
	fastcgi_temp_path ${WORK}/nginx/tmp;
	uwsgi_temp_path ${WORK}/nginx/tmp;
	scgi_temp_path ${WORK}/nginx/tmp;
	sendfile on;
	types { text/html html; application/json json; }
	server {
		listen 127.0.0.1:${NGINX_PORT};
		root ${STATIC};
	}
}
EOF
mkdir -p "${WORK}/nginx/tmp"
# nginx's workers run as an unprivileged user when it is started as root: let them reach the static files
chmod 711 "${WORK}" "${WORK}/nginx"
chmod 755 "${STATIC}"
chmod 644 "${STATIC}"/*
nginx -e "${WORK}/nginx/error.log" -c "${WORK}/nginx/nginx.conf" -p "${WORK}/nginx"
NGINX_STARTED=yes
NGINX="http://127.0.0.1:${NGINX_PORT}"
curl -sf -o /dev/null "${NGINX}/health.html" || { echo "nginx does not serve the page" >&2; exit 1; }

# Warm-up: the JIT and the caches, so that the first measured run is not the cold one.
echo "Warming up ..." >&2
wrk -t 2 -c 8 -d 10s -H "Cookie: SESSION=${SESSION}" "${PAGE_URL}" >/dev/null
wrk -t 2 -c 8 -d 5s -H "Authorization: Bearer ${TOKEN}" "${API_URL}" >/dev/null

# run name url [header]: prints "req/s p99-in-ms non-2xx"
run() {
	local out
	if [[ $# -ge 3 ]]; then
		out="$(wrk -t 2 -c 32 -d "${DURATION}s" --timeout 10s --latency -H "$3" "$2")"
	else
		out="$(wrk -t 2 -c 32 -d "${DURATION}s" --timeout 10s --latency "$2")"
	fi
	printf '%s\n' "${out}" >"${WORK}/$1.wrk"
	python3 - "${WORK}/$1.wrk" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
v, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)", text).groups()
p99 = float(v) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors = re.search(r"Socket errors: (.*)", text)
print(f"{rps:.0f} {p99:.2f} {bad.group(1) if bad else 0} {'yes' if errors else 'no'}")
PY
}
echo "Measuring (${DURATION} s each) ..." >&2
read -r NP_RPS NP_P99 NP_BAD _ <<<"$(run nginx-page "${NGINX}/health.html")"
read -r TP_RPS TP_P99 TP_BAD TP_ERR <<<"$(run tandem-page "${PAGE_URL}" "Cookie: SESSION=${SESSION}")"
read -r NJ_RPS NJ_P99 NJ_BAD _ <<<"$(run nginx-json "${NGINX}/health.json")"
read -r TJ_RPS TJ_P99 TJ_BAD TJ_ERR <<<"$(run tandem-json "${API_URL}" "Authorization: Bearer ${TOKEN}")"

row() { # what bytes t_rps t_p99 n_rps n_p99 bad goal-pct
	python3 - "$@" <<'PY'
import sys
what, size, t_rps, t_p99, n_rps, n_p99, bad, goal = sys.argv[1:]
t_rps, t_p99, n_rps, n_p99, goal = float(t_rps), float(t_p99), float(n_rps), float(n_p99), float(goal)
ratio = 100 * t_rps / n_rps
p99x = t_p99 / n_p99
met = ratio >= goal and p99x <= 3 and bad == "0"
note = "" if bad == "0" else f" ({bad} non-2xx!)"
print(f"| {what} ({int(size):,} B) | {t_rps:,.0f} req/s, p99 {t_p99:.1f} ms | {n_rps:,.0f} req/s, p99 {n_p99:.1f} ms "
      f"| {ratio:.1f} % | {p99x:.1f} x | {'yes' if met else 'no'}{note} |")
PY
}
echo
echo "Program health, 2,000 pairs, $(nproc) cores, wrk -t 2 -c 32 -d ${DURATION}s, $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "| what | Tandem | nginx static | req/s ratio | p99 ratio | goal met (>= 10 % page / >= 15 % JSON, p99 <= 3 x) |"
echo "| --- | ---: | ---: | ---: | ---: | --- |"
row "health page" "${PAGE_BYTES}" "${TP_RPS}" "${TP_P99}" "${NP_RPS}" "${NP_P99}" "${TP_BAD}" 10
row "GET /health JSON" "${JSON_BYTES}" "${TJ_RPS}" "${TJ_P99}" "${NJ_RPS}" "${NJ_P99}" "${TJ_BAD}" 15
if [[ "${TP_ERR}" == yes || "${TJ_ERR}" == yes ]]; then
	echo
	echo "wrk reported socket errors against Tandem:"
	grep -h "Socket errors" "${WORK}/tandem-page.wrk" "${WORK}/tandem-json.wrk" || true
fi
