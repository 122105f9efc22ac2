#!/usr/bin/env bash
# Security scan of a running Tandem with sqlmap (SQL injection) and Wapiti (XSS, stored XSS, CRLF, command
# execution, file disclosure, CSRF, cookie flags, CSP, security headers), signed in: a session cookie from the real
# login form for the pages and a bearer token from POST /api/v1/tokens for the JSON API.
#
# Before it scans Tandem it proves each scanner works: it starts a planted control on loopback
# (security/control_server.py: an SQL injection over SQLite and a reflected XSS), and stops with exit 3 unless
# sqlmap finds the injection and Wapiti the XSS. Then it scans Tandem, prints findings per scanner and category,
# and exits 1 if any finding on Tandem is not in security/allowlist.tsv (where each entry says why, and most are
# only accepted after a live check that proves the reason). Exit 2: setup problem or a scan that did not run
# properly (lost its sign-in, could not connect). Every connection the scanners make is limited to 127.0.0.0/8
# (security/loopback_only.py).
#
#   apt-get update && apt-get install -y sqlmap wapiti
#   bench/security-scan.sh                 starts target/tandem-*.jar (builds it if missing) with TANDEM_DEMO=true
#                                          on a fresh data directory on port TANDEM_PORT (default 18080)
#   BASE_URL=http://127.0.0.1:8080 bench/security-scan.sh
#                                          scans an already running Tandem instead; it must be a disposable one:
#                                          the scan creates a pairing, meetings, absences, people and tokens, and
#                                          Wapiti's failed sign-ins trip the login throttle for 127.0.0.1. Accounts
#                                          (defaults are the demo's): SCAN_MENTOR_EMAIL, SCAN_ADMIN_EMAIL,
#                                          SCAN_PASSWORD, SCAN_MENTEE_QUERY (a directory search that finds a mentee
#                                          for the mentor, if the mentor has no pairing yet).
#
# Bounds: sqlmap level 5, risk 3, --time-sec 2, SCAN_SQLMAP_JOBS (default 3) targets at a time; Wapiti crawls at
# most SCAN_WAPITI_CRAWL seconds (default 60) to depth 3 and gives each module SCAN_WAPITI_ATTACK seconds (default
# 30), once as the mentor and once as the administrator. The whole run takes about 15 minutes on 2 cores.
# Reports stay in the work directory printed at the end (sqlmap output directories, Wapiti JSON reports).
set -euo pipefail

cd "$(dirname "$0")/.."
SEC=bench/security
PY=/usr/bin/python3 # Debian's python, which has sqlmap's and Wapiti's modules
PORT="${TANDEM_PORT:-18080}"
CONTROL_PORT="${SCAN_CONTROL_PORT:-18901}"
JOBS="${SCAN_SQLMAP_JOBS:-3}"
CRAWL="${SCAN_WAPITI_CRAWL:-60}"
ATTACK="${SCAN_WAPITI_ATTACK:-30}"
MENTOR="${SCAN_MENTOR_EMAIL:-m.garcia@demo.tandem.example}"
ADMIN="${SCAN_ADMIN_EMAIL:-admin@demo.tandem.example}"
PASSWORD="${SCAN_PASSWORD:-mentoring-demo-2026}"
MENTEE_QUERY="${SCAN_MENTEE_QUERY:-kowalski}"
WAPITI_MODULES="xss,permanentxss,crlf,exec,file,csrf,cookieflags,csp,http_headers"
STARTED="$(date +%s)"

for tool in sqlmap wapiti curl; do
	command -v "${tool}" >/dev/null || { echo "${tool} is missing: apt-get update && apt-get install -y sqlmap wapiti" >&2; exit 2; }
done

if [[ -n "${BASE_URL:-}" ]]; then
	BASE="${BASE_URL%/}"
	HOST="$(${PY} -c 'import sys; from urllib.parse import urlsplit; print(urlsplit(sys.argv[1]).hostname or "")' "${BASE}")"
	if [[ "${HOST}" != "127.0.0.1" && "${HOST}" != "localhost" ]]; then
		echo "BASE_URL must be on loopback (http://127.0.0.1:PORT); this scan never targets another address." >&2
		exit 2
	fi
	BASE="${BASE/localhost/127.0.0.1}"
else
	BASE="http://127.0.0.1:${PORT}"
fi

WORK="$(mktemp -d /tmp/tandem-security-XXXXXX)"
PIDS=()
cleanup() {
	local pid
	for pid in "${PIDS[@]}"; do
		if kill -0 "${pid}" 2>/dev/null; then
			kill "${pid}" 2>/dev/null || true
			wait "${pid}" 2>/dev/null || true
		fi
	done
	rm -rf "${WORK}/data"
}
trap cleanup EXIT

phase() { printf '\n== %s (%ds)\n' "$1" "$(($(date +%s) - STARTED))"; }
wait_for() { # url, seconds
	for _ in $(seq 1 $(($2 * 2))); do
		curl -s -o /dev/null "$1" && return 0
		sleep 0.5
	done
	return 1
}

# sqlmap NAME OUTDIR ARGS...: one sqlmap run, its output in OUTDIR/NAME.out and its results in OUTDIR/NAME/.
sqlmap_run() {
	local name="$1" outdir="$2"
	shift 2
	${PY} "${SEC}/loopback_only.py" sqlmap --batch --level 5 --risk 3 --time-sec 2 --disable-coloring \
		--output-dir "${outdir}/${name}" "$@" >"${outdir}/${name}.out" 2>&1 </dev/null || true
}

# wapiti NAME COOKIE_JSON URL EXTRA...: one Wapiti run, its JSON report in WORK/wapiti/NAME.json.
wapiti_run() {
	local name="$1" cookie="$2" url="$3"
	shift 3
	mkdir -p "${WORK}/wapiti"
	${PY} "${SEC}/loopback_only.py" wapiti -u "${url}" --scope folder -m "${WAPITI_MODULES}" ${cookie:+-c "${cookie}"} \
		-d 3 --max-scan-time "${CRAWL}" --max-attack-time "${ATTACK}" --flush-session --no-bugreport \
		--endpoint http://127.0.0.1:9/ --store-session "${WORK}/wapiti/${name}.session" \
		--store-config "${WORK}/wapiti/${name}.config" -f json -o "${WORK}/wapiti/${name}.json" -v 1 "$@" \
		>"${WORK}/wapiti/${name}.out" 2>&1 </dev/null || true
}

# ---------------------------------------------------------------------------------------------------------------
phase "Planted control on 127.0.0.1:${CONTROL_PORT}"
if curl -s -o /dev/null "http://127.0.0.1:${CONTROL_PORT}/"; then
	echo "Port ${CONTROL_PORT} is already in use; set SCAN_CONTROL_PORT." >&2
	exit 2
fi
CONTROL="http://127.0.0.1:${CONTROL_PORT}"
python3 "${SEC}/control_server.py" "${CONTROL_PORT}" >"${WORK}/control.log" 2>&1 &
PIDS+=($!)
wait_for "${CONTROL}/" 10 || { echo "The planted control did not start; see ${WORK}/control.log" >&2; exit 2; }
mkdir -p "${WORK}/control"
sqlmap_run item-get "${WORK}/control" -u "${CONTROL}/item?id=1" -p id
sqlmap_run item-json "${WORK}/control" -u "${CONTROL}/api/items" --data '{"id": "1*", "note": "x"}'
wapiti_run control "" "${CONTROL}/"
mv "${WORK}/wapiti/control.json" "${WORK}/control/wapiti.json" 2>/dev/null || true
mv "${WORK}/wapiti/control.out" "${WORK}/control/wapiti.out" 2>/dev/null || true
kill "${PIDS[0]}" 2>/dev/null || true
${PY} "${SEC}/summarize.py" control "${WORK}" || exit 3

# ---------------------------------------------------------------------------------------------------------------
if [[ -z "${BASE_URL:-}" ]]; then
	phase "Tandem on ${BASE} (demo data, fresh data directory)"
	if curl -s -o /dev/null "${BASE}/actuator/health"; then
		echo "Port ${PORT} is already in use; set TANDEM_PORT, or BASE_URL to scan what runs there." >&2
		exit 2
	fi
	JAR="$(ls target/tandem-*.jar 2>/dev/null | grep -v -- '-plain\|-sources' | head -n 1 || true)"
	if [[ -z "${JAR}" ]]; then
		echo "No jar in target/; building it once."
		./mvnw -B -q -DskipTests package
		JAR="$(ls target/tandem-*.jar | grep -v -- '-plain\|-sources' | head -n 1)"
	fi
	TANDEM_DEMO=true TANDEM_PORT="${PORT}" TANDEM_DATA_DIR="${WORK}/data" TANDEM_DATABASE_URL= \
		java -jar "${JAR}" >"${WORK}/tandem.log" 2>&1 &
	PIDS+=($!)
	for _ in $(seq 1 360); do
		curl -s "${BASE}/actuator/health" 2>/dev/null | grep -q '"UP"' && break
		kill -0 "${PIDS[-1]}" 2>/dev/null || { echo "Tandem stopped during start-up; see ${WORK}/tandem.log" >&2; exit 2; }
		sleep 0.5
	done
fi
curl -s "${BASE}/actuator/health" | grep -q '"UP"' || { echo "Tandem is not UP at ${BASE}" >&2; exit 2; }

phase "Signing in and finding ids"
json() { ${PY} -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {}, {'d': d}))" "$1"; }
token_of() {
	curl -sf -H 'Content-Type: application/json' \
		-d "$(${PY} -c 'import json,sys; print(json.dumps({"email": sys.argv[1], "password": sys.argv[2]}))' "$1" "${PASSWORD}")" \
		"${BASE}/api/v1/tokens" | json "d['token']"
}
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
session_of() { # email, curl cookie jar: signs in through the login form
	local csrf
	csrf="$(curl -s -c "$2" -b "$2" "${BASE}/login" | csrf_of)"
	curl -s -o /dev/null -c "$2" -b "$2" --data-urlencode "email=$1" --data-urlencode "password=${PASSWORD}" \
		--data-urlencode "_csrf=${csrf}" "${BASE}/login"
	curl -s -b "$2" "${BASE}/me" | grep -q 'action="/logout"' || { echo "Could not sign in as $1 through /login" >&2; exit 2; }
	${PY} "${SEC}/wapiti_cookies.py" "$2" "$2.json"
	sed 's/^#HttpOnly_//' "$2" | awk -F'\t' '$6 == "SESSION" { print "SESSION=" $7 }'
}
MENTOR_TOKEN="$(token_of "${MENTOR}")" || { echo "No token for ${MENTOR}" >&2; exit 2; }
ADMIN_TOKEN="$(token_of "${ADMIN}")" || { echo "No token for ${ADMIN}" >&2; exit 2; }
MENTOR_COOKIE="$(session_of "${MENTOR}" "${WORK}/mentor.jar")"
ADMIN_COOKIE="$(session_of "${ADMIN}" "${WORK}/admin.jar")"
api() { # token, curl arguments...
	local token="$1"
	shift
	curl -sf -H "Authorization: Bearer ${token}" -H 'Content-Type: application/json' "$@"
}
ME="$(api "${MENTOR_TOKEN}" "${BASE}/api/v1/me")"
MENTOR_ID="$(json "d['id']" <<<"${ME}")"
PROGRAM_ID="$(json "[r['programId'] for r in d['roles'] if r['role'] == 'MENTOR'][0]" <<<"${ME}")"
api "${MENTOR_TOKEN}" "${BASE}/api/v1/programs" >/dev/null
PAIRING_ID="$(api "${MENTOR_TOKEN}" "${BASE}/api/v1/me/pairings" | json "next((p['id'] for p in d['items'] if p['status'] == 'ACTIVE'), '')")"
if [[ -z "${PAIRING_ID}" ]]; then
	MENTEE_ID="$(api "${ADMIN_TOKEN}" "${BASE}/api/v1/people?query=${MENTEE_QUERY}" | json "d['items'][0]['id']")"
	PAIRING_ID="$(api "${ADMIN_TOKEN}" -d "{\"mentorId\":\"${MENTOR_ID}\",\"menteeId\":\"${MENTEE_ID}\",\"startedOn\":\"2026-09-02\"}" \
		"${BASE}/api/v1/programs/${PROGRAM_ID}/pairings" | json "d['id']")"
fi
PAIR_PERSON_ID="$(api "${MENTOR_TOKEN}" "${BASE}/api/v1/pairings/${PAIRING_ID}" | json "d['menteeId']")"
api "${MENTOR_TOKEN}" -d '{"occurredOn":"2026-09-10","format":"WALKING","place":"Campus lake","agenda":"Getting started"}' \
	"${BASE}/api/v1/pairings/${PAIRING_ID}/meetings" >/dev/null
api "${MENTOR_TOKEN}" "${BASE}/api/v1/pairings/${PAIRING_ID}/meetings" >/dev/null
printf 'mentor %s (person %s), program %s, pairing %s with %s\n' "${MENTOR}" "${MENTOR_ID}" "${PROGRAM_ID}" \
	"${PAIRING_ID}" "${PAIR_PERSON_ID}"

# The reasons in allowlist.tsv are checked here, not taken on trust: behind TLS (X-Forwarded-Proto: https from a
# proxy on loopback, which Tandem trusts by default through TANDEM_TRUSTED_PROXIES) Tandem must send HSTS and
# mark the session cookie Secure; its X-XSS-Protection must be the deliberate "0"; and the CSV upload must
# refuse a wrong or missing CSRF token while it accepts the right one.
${PY} "${SEC}/probe.py" "${BASE}" "${ADMIN_COOKIE}" >"${WORK}/probes.json"

# ---------------------------------------------------------------------------------------------------------------
phase "sqlmap on Tandem (${JOBS} at a time)"
mkdir -p "${WORK}/sqlmap"
page() { curl -s -b "$1" "${BASE}$2"; }
MEETINGS="/pairings/${PAIRING_ID}/meetings"
CONTACT_FORM="$(page "${MENTOR_COOKIE}" "${MEETINGS}" | ${PY} "${SEC}/form_data.py" "${MEETINGS}/contacts" \
	occurredOn=2026-09-20 format=LUNCH place=Library+cafe sharedNotes=Notes)"
SCHEDULED_FORM="$(page "${MENTOR_COOKIE}" "${MEETINGS}" | ${PY} "${SEC}/form_data.py" "${MEETINGS}/scheduled" \
	scheduledAt=2026-10-01T10:00 durationMinutes=45 format=VIDEO place=Online agenda=Plans)"
ABSENCE_FORM="$(page "${MENTOR_COOKIE}" /me/absences | ${PY} "${SEC}/form_data.py" /me/absences \
	from=2026-11-02 to=2026-11-06 note=Conference)"
PERSON_FORM="$(page "${ADMIN_COOKIE}" /people/new | ${PY} "${SEC}/form_data.py" /people \
	email=scan.form@example.org name=Scan+Form)"
# Each target: a name, then sqlmap's arguments. Bearer targets test the API, cookie targets the pages (with
# --drop-set-cookie, so a Set-Cookie in an answer never replaces the signed-in session). Headers (User-Agent,
# Referer, Host) are tested once per chain, on /api/v1/me and on /people; elsewhere -p names the real parameters.
# JSON bodies mark each value with * and are sent as application/json.
MENTOR_API=(-H "Authorization: Bearer ${MENTOR_TOKEN}" --dbms PostgreSQL)
ADMIN_API=(-H "Authorization: Bearer ${ADMIN_TOKEN}" --dbms PostgreSQL)
MENTOR_WEB=(--cookie "${MENTOR_COOKIE}" --drop-set-cookie --dbms PostgreSQL)
ADMIN_WEB=(--cookie "${ADMIN_COOKIE}" --drop-set-cookie --dbms PostgreSQL)
declare -A TARGETS=(
	[api-me-headers]="$(printf '%q ' "${MENTOR_API[@]}" -u "${BASE}/api/v1/me" -p "user-agent,referer,host")"
	[api-people-query]="$(printf '%q ' "${ADMIN_API[@]}" -u "${BASE}/api/v1/people?query=patel&page=0&size=50" -p "query,page,size")"
	[api-person-id]="$(printf '%q ' "${MENTOR_API[@]}" -u "${BASE}/api/v1/people/${PAIR_PERSON_ID}*")"
	[api-program-id]="$(printf '%q ' "${MENTOR_API[@]}" -u "${BASE}/api/v1/programs/${PROGRAM_ID}*")"
	[api-my-pairings]="$(printf '%q ' "${MENTOR_API[@]}" -u "${BASE}/api/v1/me/pairings?page=0&size=50" -p "page,size")"
	[api-meetings-list]="$(printf '%q ' "${MENTOR_API[@]}" -u "${BASE}/api/v1/pairings/${PAIRING_ID}*/meetings?page=0&size=50")"
	[api-meeting-create]="$(printf '%q ' "${MENTOR_API[@]}" -u "${BASE}/api/v1/pairings/${PAIRING_ID}/meetings" \
		--data '{"occurredOn":"2026-09-20*","format":"LUNCH*","place":"Library cafe*","agenda":"Next steps*"}')"
	[api-person-patch]="$(printf '%q ' "${MENTOR_API[@]}" -u "${BASE}/api/v1/people/${MENTOR_ID}" --method PATCH \
		--data '{"department":"Research & Instruction*","title":"Subject Librarian*"}')"
	[api-absence-create]="$(printf '%q ' "${MENTOR_API[@]}" -u "${BASE}/api/v1/people/${MENTOR_ID}/absences" \
		--data '{"from":"2026-10-01*","to":"2026-10-05","note":"Conference*"}')"
	[api-person-create]="$(printf '%q ' "${ADMIN_API[@]}" -u "${BASE}/api/v1/people" \
		--data '{"email":"scan.api@example.org*","name":"Scan Api*"}')"
	[web-people-search]="$(printf '%q ' "${ADMIN_WEB[@]}" -u "${BASE}/people?query=patel&page=0" -p "query,page,user-agent,referer,host")"
	[web-meeting-contact]="$(printf '%q ' "${MENTOR_WEB[@]}" -u "${BASE}${MEETINGS}/contacts" --data "${CONTACT_FORM}" \
		-p "occurredOn,format,place,sharedNotes")"
	[web-meeting-scheduled]="$(printf '%q ' "${MENTOR_WEB[@]}" -u "${BASE}${MEETINGS}/scheduled" --data "${SCHEDULED_FORM}" \
		-p "scheduledAt,durationMinutes,format,place,agenda")"
	[web-absence]="$(printf '%q ' "${MENTOR_WEB[@]}" -u "${BASE}/me/absences" --data "${ABSENCE_FORM}" -p "from,to,note")"
	[web-person-new]="$(printf '%q ' "${ADMIN_WEB[@]}" -u "${BASE}/people" --data "${PERSON_FORM}" -p "email,name")"
)
# Only the sqlmap runs are counted and waited for: Tandem and the control are background jobs too.
SQLMAP_PIDS=()
running() {
	local pid count=0
	for pid in "${SQLMAP_PIDS[@]}"; do
		kill -0 "${pid}" 2>/dev/null && count=$((count + 1))
	done
	echo "${count}"
}
for name in $(printf '%s\n' "${!TARGETS[@]}" | sort); do
	while (($(running) >= JOBS)); do sleep 1; done
	echo "  ${name} ($(($(date +%s) - STARTED))s)"
	eval "sqlmap_run ${name} ${WORK}/sqlmap ${TARGETS[${name}]}" &
	SQLMAP_PIDS+=($!)
done
for pid in "${SQLMAP_PIDS[@]}"; do wait "${pid}" || true; done

# ---------------------------------------------------------------------------------------------------------------
# Kept out of Wapiti's crawl (and so out of its attacks), each because submitting it would end the scan's own
# sign-in or the data it scans: /logout (signs the scanner out), /people/*/disable (ends that person's sessions and
# tokens, the scanner's own included), /settings/tokens/*/revoke (could revoke the scanner's token),
# /pairings/*/close (ends the pairing whose pages are scanned), /matching-runs/*/publish and
# /programs/*/participants/*/decline (irreversible for the demo program).
EXCLUDE=()
for path in "/logout" "/logout?*" "/people/*/disable" "/settings/tokens/*/revoke" "/pairings/*/close" \
	"/matching-runs/*/publish" "/programs/*/participants/*/decline"; do
	EXCLUDE+=(-x "${BASE}${path}")
done
phase "Wapiti on Tandem as the mentor"
wapiti_run mentor "${WORK}/mentor.jar.json" "${BASE}/" "${EXCLUDE[@]}"
phase "Wapiti on Tandem as the administrator"
wapiti_run admin "${WORK}/admin.jar.json" "${BASE}/" "${EXCLUDE[@]}"
curl -s -b "${MENTOR_COOKIE}" "${BASE}/me" | grep -q 'action="/logout"' ||
	echo "Warning: the mentor's session ended during the scan" >"${WORK}/session-lost"

phase "Summary"
RC=0
${PY} "${SEC}/summarize.py" tandem "${WORK}" "${SEC}/allowlist.tsv" || RC=$?
printf '\nrun time: %ds; reports in %s\n' "$(($(date +%s) - STARTED))" "${WORK}"
exit "${RC}"
