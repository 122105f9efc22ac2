#!/usr/bin/env bash
# Compares Tandem's assignment solver with scipy.optimize.linear_sum_assignment on the same
# random instances (fixed seeds), and measures warm solve times and memory.
# usage: bench/matching/run.sh            (from the repository root; needs python3 with numpy and scipy)
# Builds target/tandem-*.jar when missing; instances go to ${BENCH_DIR:-/tmp/tandem-solver-bench}.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=${BENCH_DIR:-/tmp/tandem-solver-bench}
mkdir -p "$dir"
jar=$(ls target/tandem-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [[ -z "$jar" ]]; then
	./mvnw -B -o -q -DskipTests package
	jar=$(ls target/tandem-*.jar | grep -v plain | head -1)
fi

# name mentees mentors cap_min cap_max max_score forbidden_share seed
instances=(
	"2000x1000-cap1to3-scores0to100 2000 1000 1 3 100 0.1 42"
	"2000x1000-cap1to3-scores0to1e6 2000 1000 1 3 1000000 0.1 42"
	"4000x4000-cap1-scores0to100 4000 4000 1 1 100 0.0 7"
	"4000x4000-cap1-scores0to1e6 4000 4000 1 1 1000000 0.0 7"
)
field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }

printf '%-34s %12s %12s %12s %s\n' instance scipy_ms cli_ms warm_ms objectives
for line in "${instances[@]}"; do
	read -r name m n cmin cmax smax forbid seed <<<"$line"
	file="$dir/$name.txt"
	[[ -s "$file" ]] || python3 bench/matching/generate.py "$m" "$n" "$cmin" "$cmax" "$smax" "$forbid" "$seed" >"$file"
	scipy=$(python3 bench/matching/scipy_solve.py "$file")
	cli=$(java -jar "$jar" solve "$file")
	# warm: the median of runs 4..7 inside one JVM, after JIT warm-up
	warm=$(java -cp target/classes bench/matching/SolverBench.java "$file" 7 | awk '/^run [4-7]:/ {print $3}' | sort -n | awk '{a[NR]=$1} END {print (a[2]+a[3])/2}')
	so=$(field "$scipy" objective); sm=$(field "$scipy" matched)
	to=$(field "$cli" objective); tm=$(field "$cli" matched)
	same=$([[ "$so/$sm" == "$to/$tm" ]] && echo "equal ($to, $tm matched)" || echo "DIFFER scipy $so/$sm tandem $to/$tm")
	printf '%-34s %12s %12s %12s %s\n' "$name" "$(field "$scipy" millis)" "$(field "$cli" millis)" "$warm" "$same"
done
echo
echo "memory (bytes the solve allocates vs the score matrix), 4000x4000:"
java -cp target/classes bench/matching/SolverBench.java "$dir/4000x4000-cap1-scores0to1e6.txt" 2 | grep -E "run 2|matrix"
