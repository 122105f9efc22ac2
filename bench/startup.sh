#!/usr/bin/env bash
# Measures how long Tandem takes from launch until /actuator/health answers UP: once cold (a fresh data
# directory, so the embedded PostgreSQL is initialised and Flyway migrates) and once warm (a second start on the
# same directory), with the README's production command: from target/app (the extracted jar and its class-data-
# sharing archive, which `./mvnw package` makes)
#
#   cd target/app && java @jvm.options -jar tandem-<version>.jar
#
# With --plain it also measures a plain `java -jar target/tandem-<version>.jar` for comparison. Prints a table of
# wall-clock milliseconds and the JVM's CPU seconds at UP (user + system, which other builds on a shared machine
# disturb less than the wall clock), the jar's size and the load average. Builds nothing: run
# `./mvnw -B -o -DskipTests package` first.
#
#   bench/startup.sh [--plain] [port]        (default port 18123; TANDEM_BENCH_JAR: another jar for --plain, e.g. an
#                                            older build to compare with)
set -euo pipefail

cd "$(dirname "$0")/.."
PLAIN=false
if [[ "${1:-}" == "--plain" ]]; then
	PLAIN=true
	shift
fi
PORT="${1:-18123}"
JAR="$(ls target/tandem-*.jar 2>/dev/null | grep -v -- '-plain\|-sources' | head -n 1 || true)"
PLAIN_JAR="${TANDEM_BENCH_JAR:-${JAR}}"
APP_JAR="$(cd target/app 2>/dev/null && ls tandem-*.jar 2>/dev/null | head -n 1 || true)"
if [[ -z "${JAR}" || -z "${APP_JAR}" || ! -f target/app/tandem.jsa || ! -f target/app/jvm.options ]]; then
	echo "No target/tandem-*.jar with target/app/{tandem-*.jar,tandem.jsa,jvm.options}." >&2
	echo "Build them first: ./mvnw -B -o -DskipTests package" >&2
	exit 2
fi
if curl -s -o /dev/null "http://127.0.0.1:${PORT}/actuator/health"; then
	echo "Port ${PORT} is already in use; pass another port." >&2
	exit 2
fi

WORK="$(mktemp -d /tmp/tandem-startup-XXXXXX)"
LOG="${WORK}/tandem.log"
PID=""
TICKS="$(getconf CLK_TCK)"

stop() {
	if [[ -n "${PID}" ]] && kill -0 "${PID}" 2>/dev/null; then
		kill "${PID}"
		wait "${PID}" 2>/dev/null || true
	fi
	PID=""
}
cleanup() {
	stop
	rm -rf "${WORK}"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

now_ms() { date +%s%3N; }

# user + system CPU seconds of a process so far (fields 14 and 15 of /proc/PID/stat)
cpu_seconds() {
	awk -v t="${TICKS}" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / t }' "/proc/$1/stat"
}

# start_and_time MODE DATA_DIR: starts Tandem and sets ELAPSED (ms until health is UP, at most 180 s) and CPU. Not
# run in a subshell, so that PID stays known to stop(); the launching subshell execs java, so PID is the JVM's.
ELAPSED=0
CPU=0
start_and_time() {
	local mode="$1" data="$2" started
	started="$(now_ms)"
	if [[ "${mode}" == production ]]; then
		(cd target/app && exec env TANDEM_PORT="${PORT}" TANDEM_DATA_DIR="${data}" TANDEM_DATABASE_URL= \
			TANDEM_ADMIN_EMAIL="bench@example.org" TANDEM_ADMIN_PASSWORD="benchmark passphrase" \
			java @jvm.options -jar "${APP_JAR}") >>"${LOG}" 2>&1 &
	else
		(exec env TANDEM_PORT="${PORT}" TANDEM_DATA_DIR="${data}" TANDEM_DATABASE_URL= \
			TANDEM_ADMIN_EMAIL="bench@example.org" TANDEM_ADMIN_PASSWORD="benchmark passphrase" \
			java -jar "${PLAIN_JAR}") >>"${LOG}" 2>&1 &
	fi
	PID=$!
	for _ in $(seq 1 3600); do
		if curl -s "http://127.0.0.1:${PORT}/actuator/health" 2>/dev/null | grep -q '"UP"'; then
			ELAPSED=$(($(now_ms) - started))
			CPU="$(cpu_seconds "${PID}")"
			return 0
		fi
		if ! kill -0 "${PID}" 2>/dev/null; then
			fail "Tandem stopped during start-up"
		fi
		sleep 0.05
	done
	fail "Tandem was not UP after 180 s"
}

# keeps the log (the work directory goes) and stops
fail() {
	cp "${LOG}" /tmp/tandem-startup-failed.log
	echo "$1; see /tmp/tandem-startup-failed.log" >&2
	exit 1
}

ROWS=()
measure() {
	local mode="$1" label="$2" data="${WORK}/data-$1" cold cold_cpu
	start_and_time "${mode}" "${data}"
	cold="${ELAPSED}"
	cold_cpu="${CPU}"
	stop
	start_and_time "${mode}" "${data}"
	stop
	ROWS+=("$(printf '| %s | %d | %s | %d | %s |' "${label}" "${cold}" "${cold_cpu}" "${ELAPSED}" "${CPU}")")
}

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
measure production "cd target/app && java @jvm.options -jar ${APP_JAR}"
if [[ "${PLAIN}" == true ]]; then
	measure plain "java -jar ${PLAIN_JAR}"
fi
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "$(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, load average ${LOAD_BEFORE} before, ${LOAD_AFTER} after"
echo "jar: ${JAR} $(du -m "${JAR}" | cut -f1) MiB ($(stat -c %s "${JAR}") bytes); archive target/app/tandem.jsa $(du -m target/app/tandem.jsa | cut -f1) MiB"
echo "jvm.options: $(grep -v '^#' target/app/jvm.options | tr '\n' ' ')"
echo
echo "| command | cold ms | cold CPU s | warm ms | warm CPU s |"
echo "| --- | ---: | ---: | ---: | ---: |"
printf '%s\n' "${ROWS[@]}"
