#!/usr/bin/env bash
# Issue 12's speed goal: the program health page and GET /api/v1/programs/{id}/health of a generated program of
# 2,000 pairs with two years of meetings (bench/health/generate.sql), each against nginx serving the same bytes,
# with wrk -t2 -c32. bench/load.sh does the work (start, sign-in, nginx, wrk, the table); this runs only its two
# health targets.
#
#   bench/health/load.sh [seconds]        (default 25 s per wrk run)
#
# Needs wrk, nginx and psql (Debian: apt-get install -y wrk nginx postgresql-client) and a built jar
# (./mvnw -B -q -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/../.."
LOAD_HEALTH=1 LOAD_ONLY="${LOAD_ONLY:-health}" exec bash bench/load.sh "${1:-25}"
