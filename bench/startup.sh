#!/usr/bin/env bash
# Measures how long Tandem takes from launch until /actuator/health answers UP: once cold (a fresh data
# directory, so the embedded PostgreSQL is initialised and Flyway migrates) and once warm (a second start on the
# same directory). Builds nothing: run `./mvnw -B -o -DskipTests package` first.
#
#   bench/startup.sh [port]        (default port 18123; TANDEM_BENCH_JAR overrides the jar)
set -euo pipefail

cd "$(dirname "$0")/.."
PORT="${1:-18123}"
JAR="${TANDEM_BENCH_JAR:-$(ls target/tandem-*.jar 2>/dev/null | grep -v -- '-plain\|-sources' | head -n 1 || true)}"
if [[ -z "${JAR}" || ! -f "${JAR}" ]]; then
	echo "No jar in target/. Build it first: ./mvnw -B -o -DskipTests package" >&2
	exit 2
fi
if curl -s -o /dev/null "http://127.0.0.1:${PORT}/actuator/health"; then
	echo "Port ${PORT} is already in use; pass another port." >&2
	exit 2
fi

DATA_DIR="$(mktemp -d /tmp/tandem-startup-XXXXXX)"
LOG="${DATA_DIR}.log"
PID=""

stop() {
	if [[ -n "${PID}" ]] && kill -0 "${PID}" 2>/dev/null; then
		kill "${PID}"
		wait "${PID}" 2>/dev/null || true
	fi
	PID=""
}
cleanup() {
	stop
	rm -rf "${DATA_DIR}"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }

# Starts the jar and sets ELAPSED to the milliseconds until health is UP (at most 180 s). Not run in a
# subshell, so that PID stays known to stop().
ELAPSED=0
start_and_time() {
	local started
	started="$(now_ms)"
	TANDEM_PORT="${PORT}" TANDEM_DATA_DIR="${DATA_DIR}" TANDEM_DATABASE_URL= \
		TANDEM_ADMIN_EMAIL="bench@example.org" TANDEM_ADMIN_PASSWORD="benchmark passphrase" \
		java -jar "${JAR}" >>"${LOG}" 2>&1 &
	PID=$!
	for _ in $(seq 1 1800); do
		if curl -s "http://127.0.0.1:${PORT}/actuator/health" 2>/dev/null | grep -q '"UP"'; then
			ELAPSED=$(($(now_ms) - started))
			return 0
		fi
		if ! kill -0 "${PID}" 2>/dev/null; then
			echo "Tandem stopped during start-up; see ${LOG}" >&2
			return 1
		fi
		sleep 0.1
	done
	echo "Tandem was not UP after 180 s; see ${LOG}" >&2
	return 1
}

start_and_time
COLD="${ELAPSED}"
stop
start_and_time
WARM="${ELAPSED}"
stop

printf 'jar:           %s (%s MiB)\n' "${JAR}" "$(du -m "${JAR}" | cut -f1)"
printf 'cold start:    %d ms (fresh data directory)\n' "${COLD}"
printf 'warm start:    %d ms (same data directory again)\n' "${WARM}"
printf 'data dir size: %s MiB after two starts\n' "$(du -sm "${DATA_DIR}" | cut -f1)"
rm -f "${LOG}"
