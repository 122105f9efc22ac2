#!/usr/bin/env bash
# How long a committee waits for a matching run of a 300-participant program: from pressing "Run matching" (the
# page's POST) until the review page has arrived. Starts the built jar on a fresh data directory, creates the
# program, 150 mentors and 150 mentees through the API, signs in through the real login form, then times
# ROUNDS runs with curl (POST plus the redirected GET of the review page). Builds nothing: run
# `./mvnw -B -o -DskipTests package` first.
#
#   bench/matching-run.sh [port] [rounds]     (defaults 18124 and 10; TANDEM_BENCH_JAR overrides the jar)
set -euo pipefail

cd "$(dirname "$0")/.."
PORT="${1:-18124}"
ROUNDS="${2:-10}"
JAR="${TANDEM_BENCH_JAR:-$(ls target/tandem-*.jar 2>/dev/null | grep -v -- '-plain\|-sources' | head -n 1 || true)}"
if [[ -z "${JAR}" || ! -f "${JAR}" ]]; then
	echo "No jar in target/. Build it first: ./mvnw -B -o -DskipTests package" >&2
	exit 2
fi
BASE="http://127.0.0.1:${PORT}"
if curl -s -o /dev/null "${BASE}/actuator/health"; then
	echo "Port ${PORT} is already in use; pass another port." >&2
	exit 2
fi

WORK="$(mktemp -d /tmp/tandem-matching-run-XXXXXX)"
ADMIN="bench@example.org"
PASSWORD="matching bench passphrase"
PID=""
cleanup() {
	if [[ -n "${PID}" ]] && kill -0 "${PID}" 2>/dev/null; then
		kill "${PID}"
		wait "${PID}" 2>/dev/null || true
	fi
	rm -rf "${WORK}"
}
trap cleanup EXIT

TANDEM_PORT="${PORT}" TANDEM_DATA_DIR="${WORK}/data" TANDEM_ADMIN_EMAIL="${ADMIN}" \
	TANDEM_ADMIN_PASSWORD="${PASSWORD}" java -jar "${JAR}" >"${WORK}/app.log" 2>&1 &
PID=$!
for _ in $(seq 1 360); do
	curl -s "${BASE}/actuator/health" | grep -q UP && break
	sleep 0.5
done
curl -s "${BASE}/actuator/health" | grep -q UP || { echo "Tandem did not start; see ${WORK}/app.log" >&2; exit 1; }

json() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }
TOKEN="$(curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"${ADMIN}\",\"password\":\"${PASSWORD}\"}" \
	"${BASE}/api/v1/tokens" | json token)"
api() { curl -sf -H "Authorization: Bearer ${TOKEN}" -H 'Content-Type: application/json' "$@"; }

PROGRAM="$(api -d '{"name":"Matching bench","startsOn":"2026-09-01","endsOn":"2027-06-30"}' \
	"${BASE}/api/v1/programs" | json id)"
TOPICS=(archives teaching grants metadata reference outreach)
DEPARTMENTS=(Archives Cataloguing Reference Systems Outreach)
echo "Creating 300 participants in program ${PROGRAM} ..."
for i in $(seq 0 299); do
	PERSON="$(api -d "{\"email\":\"p${i}@bench.example.org\",\"name\":\"Participant ${i}\"}" \
		"${BASE}/api/v1/people" | json id)"
	api -X PATCH -d "{\"department\":\"${DEPARTMENTS[$((i % 5))]}\"}" "${BASE}/api/v1/people/${PERSON}" >/dev/null
	A="${TOPICS[$((i % 6))]}"
	B="${TOPICS[$(((i / 7) % 6))]}"
	if ((i % 2 == 0)); then
		BODY="{\"personId\":\"${PERSON}\",\"role\":\"MENTOR\",\"capacity\":$((1 + i % 3)),\"profile\":{\"expertise\":[\"${A}\",\"${B}\"],\"interests\":[],\"meetingFormats\":[\"WALKING\",\"LUNCH\"],\"location\":\"Main\",\"languages\":[\"English\"]}}"
	else
		BODY="{\"personId\":\"${PERSON}\",\"role\":\"MENTEE\",\"profile\":{\"expertise\":[],\"interests\":[\"${A}\",\"${B}\"],\"goals\":\"Learn ${A}\",\"meetingFormats\":[\"WALKING\"],\"location\":\"Main\",\"languages\":[\"English\"]}}"
	fi
	api -d "${BODY}" "${BASE}/api/v1/programs/${PROGRAM}/participants" >/dev/null
done

JAR_COOKIES="${WORK}/cookies"
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
LOGIN_CSRF="$(curl -s -c "${JAR_COOKIES}" -b "${JAR_COOKIES}" "${BASE}/login" | csrf_of)"
curl -s -o /dev/null -c "${JAR_COOKIES}" -b "${JAR_COOKIES}" --data-urlencode "email=${ADMIN}" \
	--data-urlencode "password=${PASSWORD}" --data-urlencode "_csrf=${LOGIN_CSRF}" "${BASE}/login"
CSRF="$(curl -s -c "${JAR_COOKIES}" -b "${JAR_COOKIES}" "${BASE}/programs/${PROGRAM}/matching" | csrf_of)"
[[ -n "${CSRF}" ]] || { echo "Could not sign in through the login form" >&2; exit 1; }

echo "round  button-to-review-page (ms)  status"
for round in $(seq 1 "${ROUNDS}"); do
	OUT="$(curl -s -L -o "${WORK}/review.html" -w '%{time_total} %{http_code} %{url_effective}' \
		-c "${JAR_COOKIES}" -b "${JAR_COOKIES}" --data-urlencode "_csrf=${CSRF}" \
		"${BASE}/programs/${PROGRAM}/matching-runs")"
	read -r SECONDS_TOTAL CODE URL <<<"${OUT}"
	PROPOSALS="$(grep -c 'Participant [0-9]' "${WORK}/review.html" || true)"
	printf '%5d  %26.0f  %s %s (lines naming participants: %s)\n' "${round}" \
		"$(python3 -c "print(${SECONDS_TOTAL} * 1000)")" "${CODE}" "${URL#"${BASE}"}" "${PROPOSALS}"
done
