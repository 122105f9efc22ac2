#!/usr/bin/env bash
# Compares Tandem's assignment solver with scipy.optimize.linear_sum_assignment on the same
# random instances (fixed seeds), and measures warm solve times and memory.
# usage: bench/matching/run.sh [PATTERN]  (from the repository root; needs python3 with numpy and scipy)
# PATTERN (a grep -E pattern) picks instances by name; REPEAT (default 3) runs scipy and the cold
# solve command that many times in turn per instance and prints the medians, so that both see the
# same load. SOLVE_JAR and SOLVE_CLASSES compare another build (say, the previous solver) in the
# same minutes. Builds target/tandem-*.jar when missing; instances go to ${BENCH_DIR:-/tmp/tandem-solver-bench}.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=${BENCH_DIR:-/tmp/tandem-solver-bench}
mkdir -p "$dir"
jar=${SOLVE_JAR:-$(ls target/tandem-*.jar 2>/dev/null | grep -v plain | head -1 || true)}
classes=${SOLVE_CLASSES:-target/classes}
if [[ -z "$jar" ]]; then
	./mvnw -B -o -q -DskipTests package
	jar=$(ls target/tandem-*.jar | grep -v plain | head -1)
fi

pattern=${1:-.}
repeat=${REPEAT:-3}

# name mentees mentors cap_min cap_max max_score forbidden_share seed step
# (step 10 with max 120: 13 distinct scores, like criteria points, so ties are everywhere)
instances=(
	"2000x1000-cap1to3-scores0to100 2000 1000 1 3 100 0.1 42 1"
	"2000x1000-cap1to3-scores0to1e6 2000 1000 1 3 1000000 0.1 42 1"
	"4000x4000-cap1-scores0to100 4000 4000 1 1 100 0.0 7 1"
	"4000x4000-cap1-scores0to1e6 4000 4000 1 1 1000000 0.0 7 1"
	"2000x1000-cap1to3-scores0to120step10 2000 1000 1 3 120 0.1 42 10"
	"2000x1000-cap1to3-scores0to120step10-nof 2000 1000 1 3 120 0.0 42 10"
	"2000x1000-cap1to3-scores0to10 2000 1000 1 3 10 0.1 42 1"
	"4000x4000-cap1-scores0to120step10 4000 4000 1 1 120 0.0 7 10"
	"4000x4000-cap1-scores0to120step10-f10 4000 4000 1 1 120 0.1 7 10"
	"4000x4000-cap1-scores0to10 4000 4000 1 1 10 0.0 7 1"
	"4000x4000-cap1-scores0to10-f10 4000 4000 1 1 10 0.1 7 1"
)
field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

printf '%-42s %10s %10s %10s %7s %s\n' instance scipy_ms cli_ms warm_ms ratio objectives
for line in "${instances[@]}"; do
	read -r name m n cmin cmax smax forbid seed step <<<"$line"
	[[ "$name" =~ $pattern ]] || continue
	file="$dir/$name.txt"
	[[ -s "$file" ]] || python3 bench/matching/generate.py "$m" "$n" "$cmin" "$cmax" "$smax" "$forbid" "$seed" "$step" >"$file"
	scipy_times=() cli_times=()
	for ((r = 0; r < repeat; r++)); do
		scipy=$(python3 bench/matching/scipy_solve.py "$file")
		cli=$(java -jar "$jar" solve "$file")
		scipy_times+=("$(field "$scipy" millis)")
		cli_times+=("$(field "$cli" millis)")
	done
	scipy_ms=$(printf '%s\n' "${scipy_times[@]}" | median)
	cli_ms=$(printf '%s\n' "${cli_times[@]}" | median)
	# warm: the median of runs 4..7 inside one JVM, after JIT warm-up
	warm=$(java -cp "$classes" bench/matching/SolverBench.java "$file" 7 | awk '/^run [4-7]:/ {print $3}' | sort -n | awk '{a[NR]=$1} END {print (a[2]+a[3])/2}')
	so=$(field "$scipy" objective); sm=$(field "$scipy" matched)
	to=$(field "$cli" objective); tm=$(field "$cli" matched)
	same=$([[ "$so/$sm" == "$to/$tm" ]] && echo "equal ($to, $tm matched)" || echo "DIFFER scipy $so/$sm tandem $to/$tm")
	ratio=$(awk -v c="$cli_ms" -v s="$scipy_ms" 'BEGIN {printf "%.2f", c / s}')
	printf '%-42s %10s %10s %10s %7s %s\n' "$name" "$scipy_ms" "$cli_ms" "$warm" "$ratio" "$same"
done
echo "ratio: the cold solve command's median over scipy's (goal: at most 0.5); $repeat runs each, $(date -u '+%F %H:%M') UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
[[ -s "$dir/4000x4000-cap1-scores0to1e6.txt" ]] || exit 0
echo
echo "memory (bytes the solve allocates vs the score matrix), 4000x4000:"
java -cp "$classes" bench/matching/SolverBench.java "$dir/4000x4000-cap1-scores0to1e6.txt" 2 | grep -E "run 2|matrix"
