#!/usr/bin/env bash
# Issue 13's "Throughput" goal: the pages and API calls that participants and the committee use most, under load,
# each against nginx serving the same bytes as a static file on the same machine in the same run.
#
#   bench/load.sh [seconds]        (default 15 s per wrk run; wrk -t2 -c32 --latency --timeout 10s)
#   LOAD_ONLY='json|me$' bench/load.sh 10     (only the targets whose name matches the regex)
#
# Builds nothing (run `./mvnw -B -o -q -DskipTests package` first) and installs nothing: it needs wrk, nginx, curl,
# python3 and java (Debian: apt-get install -y wrk nginx). It starts Tandem with the README's production command
# (target/app with its jvm.options; else target/tandem-*.jar with java -jar) and TANDEM_DEMO=true on a
# fresh data directory, signs in the demo mentor (m.garcia) and the demo committee chair through the real login form
# (session cookie; the CSRF token read from the form) and through POST /api/v1/tokens (bearer token); the demo has
# no pairing, so the demo administrator pairs the mentor with Marek Kowalski through the API and the mentor records
# a meeting. Then it saves every target's bytes, serves them from an nginx on a free loopback port (config in a
# temporary directory), warms every Tandem target up, runs wrk against nginx and Tandem for each target in turn, and
# prints a Markdown table (goal: pages >= 10 % of nginx's req/s, JSON >= 15 %, p99 <= 3 x nginx's; also the CPU time
# Tandem's JVM and the embedded PostgreSQL spent per request, from /proc/PID/stat, which moves less than req/s when
# other work shares the cores) and Tandem's resident memory (VmHWM, VmRSS from /proc) after the runs. Everything stops and is removed on exit.
# Environment: TANDEM_BENCH_JAR (another jar), TANDEM_BENCH_JAVA_OPTS (JVM options, e.g. for a JFR recording),
# LOAD_HEALTH=1 (also a generated 2,000-pair program's health page and GET /health, targets `health` and
# `api-health`; needs psql), LOAD_FLOOR=1 (also the stack's floor: targets `floor-health` and `floor-css`), LOAD_ONLY (regex on the target names), LOAD_WARMUP and LOAD_WARMUP_MAX (the least and the most seconds of warm-up per target, default 40 and 150: C2 compiles the hot code only after tens of thousands of calls, see jvm.options; the warm-up goes on in 10 s steps until the JVM's CPU per request has stopped falling for two steps), LOAD_KEEP (a directory to keep the bodies and wrk outputs in),
# TANDEM_BENCH_PORT / NGINX_BENCH_PORT (default: free ports).
set -euo pipefail

cd "$(dirname "$0")/.."
DURATION="${1:-15}"
ONLY="${LOAD_ONLY:-.}"

missing=()
for tool in wrk nginx curl python3 java; do
	command -v "${tool}" >/dev/null 2>&1 || missing+=("${tool}")
done
if ((${#missing[@]} > 0)); then
	echo "Missing: ${missing[*]}. On Debian: apt-get install -y wrk nginx" >&2
	exit 2
fi
# The README's production command (cd target/app && java @jvm.options -jar tandem-<version>.jar) when the build
# made target/app; else, or with TANDEM_BENCH_JAR, a plain java -jar.
APP_DIR=""
if [[ -z "${TANDEM_BENCH_JAR:-}" && -f target/app/jvm.options ]]; then
	APP_DIR="$(cd target/app && pwd)"
	JAR="$(ls "${APP_DIR}"/tandem-*.jar | head -n 1)"
else
	JAR="${TANDEM_BENCH_JAR:-$(ls target/tandem-*.jar 2>/dev/null | grep -v -- '-plain\|-sources' | head -n 1 || true)}"
fi
if [[ -z "${JAR}" || ! -f "${JAR}" ]]; then
	echo "No jar in target/. Build it first: ./mvnw -B -o -q -DskipTests package" >&2
	exit 2
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT="${TANDEM_BENCH_PORT:-$(free_port)}"
NGINX_PORT="${NGINX_BENCH_PORT:-$(free_port)}"
BASE="http://127.0.0.1:${PORT}"
WORK="$(mktemp -d /tmp/tandem-load-XXXXXX)"
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
	if [[ -n "${LOAD_KEEP:-}" ]]; then
		mkdir -p "${LOAD_KEEP}"
		cp -r "${WORK}/nginx/static" "${LOAD_KEEP}/" 2>/dev/null || true
		cp "${WORK}"/*.wrk "${WORK}/app.log" "${LOAD_KEEP}/" 2>/dev/null || true
	fi
	rm -rf "${WORK}"
}
trap cleanup EXIT

# LOAD_DATABASE_URL: an empty external PostgreSQL instead of the embedded one (TANDEM_DATABASE_USER,
# TANDEM_DATABASE_PASSWORD and TANDEM_ENCRYPTION_KEY pass through), e.g. one with pg_stat_statements, to see which
# statements cost the most.
DATABASE_URL="${LOAD_DATABASE_URL:-}"
echo "Starting ${JAR} on port ${PORT} (data in ${DATA}${APP_DIR:+, with ${APP_DIR}/jvm.options}) ..." >&2
if [[ -n "${APP_DIR}" ]]; then
	# shellcheck disable=SC2086 # TANDEM_BENCH_JAVA_OPTS is a list of options
	(cd "${APP_DIR}" && TANDEM_DEMO=true TANDEM_PORT="${PORT}" TANDEM_DATA_DIR="${DATA}" TANDEM_DATABASE_URL="${DATABASE_URL}" \
		exec java @jvm.options ${TANDEM_BENCH_JAVA_OPTS:-} -jar "${JAR}") >"${WORK}/app.log" 2>&1 &
else
	# shellcheck disable=SC2086 # TANDEM_BENCH_JAVA_OPTS is a list of options
	TANDEM_DEMO=true TANDEM_PORT="${PORT}" TANDEM_DATA_DIR="${DATA}" TANDEM_DATABASE_URL="${DATABASE_URL}" \
		java ${TANDEM_BENCH_JAVA_OPTS:-} -jar "${JAR}" >"${WORK}/app.log" 2>&1 &
fi
PID=$!
echo "${PID}" >"${WORK}/tandem.pid"
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
echo "Tandem is up (pid ${PID})" >&2

DOMAIN="demo.tandem.example"
MENTOR="m.garcia@${DOMAIN}"
CHAIR="committee.chair@${DOMAIN}"
ADMIN="admin@${DOMAIN}"
PASSWORD="mentoring-demo-2026"

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {}, {'d': d}))" "$1"; }
token_of() {
	curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"${PASSWORD}\"}" \
		"${BASE}/api/v1/tokens" | json "d['token']"
}
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
session_of() { # email: signs in through the login form, prints the SESSION cookie's value
	local jar="${WORK}/$1.cookies" csrf
	csrf="$(curl -s -c "${jar}" -b "${jar}" "${BASE}/login" | csrf_of)"
	curl -s -o /dev/null -c "${jar}" -b "${jar}" --data-urlencode "email=$1" --data-urlencode "password=${PASSWORD}" \
		--data-urlencode "_csrf=${csrf}" "${BASE}/login"
	sed 's/^#HttpOnly_//' "${jar}" | awk -F'\t' '$6 == "SESSION" { print $7 }'
}
api() { # token, curl arguments...
	local token="$1"
	shift
	curl -sf -H "Authorization: Bearer ${token}" -H 'Content-Type: application/json' "$@"
}
MENTOR_TOKEN="$(token_of "${MENTOR}")"
ADMIN_TOKEN="$(token_of "${ADMIN}")"
MENTOR_SESSION="$(session_of "${MENTOR}")"
CHAIR_SESSION="$(session_of "${CHAIR}")"
[[ -n "${MENTOR_SESSION}" && -n "${CHAIR_SESSION}" ]] || { echo "Could not sign in through /login" >&2; exit 1; }

ME="$(api "${MENTOR_TOKEN}" "${BASE}/api/v1/me")"
MENTOR_ID="$(json "d['id']" <<<"${ME}")"
PROGRAM_ID="$(json "[r['programId'] for r in d['roles'] if r['role'] == 'MENTOR'][0]" <<<"${ME}")"
MENTEE_ID="$(api "${ADMIN_TOKEN}" "${BASE}/api/v1/people?query=Kowalski" | json "d['items'][0]['id']")"
PAIRING_ID="$(api "${ADMIN_TOKEN}" -d "{\"mentorId\":\"${MENTOR_ID}\",\"menteeId\":\"${MENTEE_ID}\",\"startedOn\":\"2026-09-02\"}" \
	"${BASE}/api/v1/programs/${PROGRAM_ID}/pairings" | json "d['id']")"
api "${MENTOR_TOKEN}" -d '{"occurredOn":"2026-09-10","format":"WALKING","place":"Campus lake","agenda":"Getting started"}' \
	"${BASE}/api/v1/pairings/${PAIRING_ID}/meetings" >/dev/null
echo "mentor ${MENTOR_ID}, program ${PROGRAM_ID}, pairing ${PAIRING_ID}" >&2

# LOAD_HEALTH=1 (issue 12's goal, bench/health/load.sh): a generated program of 2,000 pairs with two years of
# meetings, the chair on its committee, and its health page and GET /health as two more targets.
HEALTH_TARGETS=()
if [[ -n "${LOAD_HEALTH:-}" ]]; then
	command -v psql >/dev/null 2>&1 || { echo "LOAD_HEALTH needs psql: apt-get install -y postgresql-client" >&2; exit 2; }
	if [[ -n "${DATABASE_URL}" ]]; then # jdbc:postgresql://host:port/database
		DB_HOST="$(sed -E 's|^jdbc:postgresql://([^:/?]+).*|\1|' <<<"${DATABASE_URL}")"
		DB_PORT="$(sed -E 's|^jdbc:postgresql://[^:/?]+:?([0-9]*).*|\1|' <<<"${DATABASE_URL}")"
		DB_NAME="$(sed -E 's|^jdbc:postgresql://[^/]+/([^?]+).*|\1|' <<<"${DATABASE_URL}")"
		DB_USER="${TANDEM_DATABASE_USER:-postgres}"
		DB_PASSWORD="${TANDEM_DATABASE_PASSWORD:-}"
	else
		DB_HOST=127.0.0.1
		DB_PORT="$(sed -n 4p "${DATA}/postgres/postmaster.pid")"
		DB_NAME=postgres
		DB_USER=postgres
		DB_PASSWORD="$(cat "${DATA}/postgres.password")"
	fi
	echo "Generating the 2,000-pair program (PostgreSQL on ${DB_HOST}:${DB_PORT:-5432}) ..." >&2
	HEALTH_PROGRAM="$(PGPASSWORD="${DB_PASSWORD}" psql -X -q -t -A -h "${DB_HOST}" -p "${DB_PORT:-5432}" \
		-U "${DB_USER}" -d "${DB_NAME}" -v committee="'${CHAIR}'" -f bench/health/generate.sql | grep -E '^[0-9a-f-]{36}$')"
	[[ -n "${HEALTH_PROGRAM}" ]] || { echo "generate.sql printed no program id" >&2; exit 1; }
	CHAIR_TOKEN="$(token_of "${CHAIR}")"
	HEALTH_TARGETS=(
		"health|page|/programs/${HEALTH_PROGRAM}/health|chair-session|<h1>Health of"
		"api-health|json|/api/v1/programs/${HEALTH_PROGRAM}/health|chair-token|activePairings"
	)
fi

# LOAD_FLOOR=1: the floor of the stack, with no page and no database behind it: Boot's health answer and a
# stylesheet, neither signed in (Tomcat, the filter chain, the security headers; the health check asks PostgreSQL).
FLOOR_TARGETS=()
if [[ -n "${LOAD_FLOOR:-}" ]]; then
	FLOOR_TARGETS=(
		"floor-health|json|/actuator/health|anonymous|UP"
		"floor-css|page|/css/tandem.css|anonymous|{"
	)
fi

# name|kind|path|credential|text the body must contain
TARGETS=(
	"home|page|/|mentor-session|<main"
	"my-pairings|page|/pairings|mentor-session|<main"
	"pairing|page|/pairings/${PAIRING_ID}|mentor-session|<main"
	"meetings|page|/pairings/${PAIRING_ID}/meetings|mentor-session|Campus lake"
	"program|page|/programs/${PROGRAM_ID}|chair-session|<main"
	"program-pairings|page|/programs/${PROGRAM_ID}/pairings|chair-session|<main"
	"api-pairing|json|/api/v1/pairings/${PAIRING_ID}|mentor-token|${PAIRING_ID}"
	"api-my-pairings|json|/api/v1/me/pairings|mentor-token|${PAIRING_ID}"
	"api-me|json|/api/v1/me|mentor-token|${MENTOR_ID}"
	"${HEALTH_TARGETS[@]}"
	"${FLOOR_TARGETS[@]}"
)
header_of() {
	case "$1" in
	mentor-session) echo "Cookie: SESSION=${MENTOR_SESSION}" ;;
	chair-session) echo "Cookie: SESSION=${CHAIR_SESSION}" ;;
	mentor-token) echo "Authorization: Bearer ${MENTOR_TOKEN}" ;;
	chair-token) echo "Authorization: Bearer ${CHAIR_TOKEN}" ;;
	anonymous) echo "Accept: */*" ;;
	esac
}

STATIC="${WORK}/nginx/static"
mkdir -p "${STATIC}"
SELECTED=()
for target in "${TARGETS[@]}"; do
	IFS='|' read -r name kind path credential expect <<<"${target}"
	[[ "${name}" =~ ${ONLY} ]] || continue
	SELECTED+=("${target}")
	file="${STATIC}/${name}.$([[ "${kind}" == page ]] && echo html || echo json)"
	code="$(curl -s -o "${file}" -w '%{http_code}' -H "$(header_of "${credential}")" "${BASE}${path}")"
	[[ "${code}" == 200 ]] || { echo "${path} answered ${code}" >&2; exit 1; }
	grep -qF -- "${expect}" "${file}" || { echo "${path} does not contain ${expect}" >&2; exit 1; }
done
((${#SELECTED[@]} > 0)) || { echo "LOAD_ONLY=${ONLY} matches no target" >&2; exit 2; }

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

# user + system CPU time of Tandem's JVM so far, in clock ticks
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/${PID}/stat"; }
# ... and of the embedded PostgreSQL: the postmaster, its children, and the children it has reaped
POSTMASTER="$(head -n 1 "${DATA}/postgres/postmaster.pid" 2>/dev/null || true)"
pg_ticks() { # 0 with an external PostgreSQL, which may run elsewhere
	local total children
	[[ -n "${POSTMASTER}" ]] || { echo 0; return; }
	total="$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/${POSTMASTER}/stat")"
	children="$(pgrep -P "${POSTMASTER}" | sed 's|.*|/proc/&/stat|' | xargs cat 2>/dev/null | awk '{ s += $14 + $15 } END { print s + 0 }')"
	echo $((total + children))
}

# Warm-up: the JIT and the caches, so that no target is measured while its code is still being compiled. jvm.options
# lets C2 compile a method only after 60,000 calls, so a page's own code is compiled after tens of thousands of its
# requests: a slow page needs minutes. Each target is loaded for LOAD_WARMUP seconds (default 40), then in 10 s steps
# until two steps in a row each cost the JVM no less CPU per request than 95 % of the step before (at most
# LOAD_WARMUP_MAX seconds in all, default 150).
warm() { # seconds header url: the JVM's CPU time per request in that run, in microseconds
	local before out requests
	before="$(cpu_ticks)"
	out="$(wrk -t 2 -c 8 -d "$1s" -H "$2" "$3")"
	requests="$(grep -oE '^ *[0-9]+ requests in' <<<"${out}" | grep -oE '[0-9]+' | head -n 1)"
	echo $((($(cpu_ticks) - before) * 1000000 / $(getconf CLK_TCK) / (${requests:-0} > 0 ? ${requests:-0} : 1)))
}
echo "Warming up ..." >&2
for target in "${SELECTED[@]}"; do
	IFS='|' read -r name kind path credential _ <<<"${target}"
	header="$(header_of "${credential}")"
	warm "${LOAD_WARMUP:-40}" "${header}" "${BASE}${path}" >/dev/null
	spent=$((${LOAD_WARMUP:-40} + 10))
	now="$(warm 10 "${header}" "${BASE}${path}")"
	settled=0
	while ((settled < 2 && spent + 10 <= ${LOAD_WARMUP_MAX:-150})); do
		last="${now}"
		now="$(warm 10 "${header}" "${BASE}${path}")"
		spent=$((spent + 10))
		if ((now * 100 >= last * 95)); then settled=$((settled + 1)); else settled=0; fi
	done
	echo "  ${name}: ${spent} s, then ${now} us of JVM CPU per request" >&2
done

# run name url [header]: prints "req/s p99-in-ms non-2xx socket-errors"
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

START="$(date -u +%Y-%m-%dT%H:%MZ)"
LOAD_BEFORE="$(cut -d ' ' -f 1-3 /proc/loadavg)"
ROWS=()
for target in "${SELECTED[@]}"; do
	IFS='|' read -r name kind path credential _ <<<"${target}"
	file="${name}.$([[ "${kind}" == page ]] && echo html || echo json)"
	echo "Measuring ${name} (${DURATION} s each) ..." >&2
	read -r N_RPS N_P99 _ _ <<<"$(run "nginx-${name}" "${NGINX}/${file}")"
	CPU_BEFORE="$(cpu_ticks)"
	PG_BEFORE="$(pg_ticks)"
	read -r T_RPS T_P99 T_BAD T_ERR <<<"$(run "tandem-${name}" "${BASE}${path}" "$(header_of "${credential}")")"
	CPU_MS="$(( ($(cpu_ticks) - CPU_BEFORE) * 1000 / $(getconf CLK_TCK) ))"
	PG_MS="$(( ($(pg_ticks) - PG_BEFORE) * 1000 / $(getconf CLK_TCK) ))"
	REQUESTS="$(grep -oE '^ *[0-9]+ requests in' "${WORK}/tandem-${name}.wrk" | grep -oE '[0-9]+' | head -n 1)"
	ROWS+=("$(python3 - "${kind}" "${path}" "$(wc -c <"${STATIC}/${file}")" "${T_RPS}" "${T_P99}" "${N_RPS}" "${N_P99}" \
		"${T_BAD}" "${T_ERR}" "${CPU_MS}" "${PG_MS}" "${REQUESTS}" <<'PY'
import re, sys
kind, path, size, t_rps, t_p99, n_rps, n_p99, bad, err, cpu_ms, pg_ms, requests = sys.argv[1:]
cpu = float(cpu_ms) / max(1, int(requests))
pg = float(pg_ms) / max(1, int(requests))
t_rps, t_p99, n_rps, n_p99 = float(t_rps), float(t_p99), float(n_rps), float(n_p99)
goal = 10 if kind == "page" else 15
ratio = 100 * t_rps / n_rps
p99x = t_p99 / n_p99
met = ratio >= goal and p99x <= 3 and bad == "0"
note = ("" if bad == "0" else f" ({bad} non-2xx!)") + ("" if err == "no" else " (socket errors)")
what = f"{'GET ' if kind == 'json' else ''}{re.sub('[0-9a-f]{8}-[0-9a-f-]{27}', '{id}', path)}"
print(f"| {what} | {int(size):,} | {t_rps:,.0f} | {t_p99:.1f} ms | {n_rps:,.0f} | {n_p99:.1f} ms "
      f"| {ratio:.2f} % | {p99x:.1f} x | {cpu:.2f} ms | {pg:.2f} ms | {'yes' if met else 'no'}{note} |")
PY
	)")
done
LOAD_AFTER="$(cut -d ' ' -f 1-3 /proc/loadavg)"
MEMORY="$(grep -E '^(VmHWM|VmRSS)' "/proc/${PID}/status" | tr -s ' \t' ' ' | paste -sd ',' | sed 's/,/, /')"

echo
echo "$(nproc) cores, wrk -t2 -c32 -d${DURATION}s, ${START}, load average ${LOAD_BEFORE} before, ${LOAD_AFTER} after"
echo "(pairing and meetings: the demo mentor's pairing page; program pages: the demo committee chair)"
echo
echo "| what | bytes | Tandem req/s | Tandem p99 | nginx req/s | nginx p99 | req/s ratio | p99 ratio | JVM CPU per request | PostgreSQL CPU per request | goal met (page >= 10 %, JSON >= 15 %, p99 <= 3 x) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
printf '%s\n' "${ROWS[@]}"
echo
echo "Tandem's resident memory after the runs: ${MEMORY}"
