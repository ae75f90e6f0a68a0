#!/usr/bin/env bash
# bench refresh: how long a 3-row correction imported from the command line takes until the next
# query sees it (the import, its checks and the incremental refresh of the figure tables), against
# the JVM start of `blocstats query "select 1"` measured in the same run (the issue's baseline).
# Usage: scripts/bench-refresh.sh [WAREHOUSE] [RUNS]
#   WAREHOUSE: a warehouse to copy (default: sample-data/ imported into a new one first)
#   RUNS: measured rounds (default 5), after one warm-up round
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/w.duckdb"
cd "$here"
if [ -n "${1:-}" ]; then
	cp "$1" "$db"
	[ -f "$1.wal" ] && cp "$1.wal" "$db.wal"
else
	echo "Importing sample-data/ into $db …" >&2
	./blocstats import --db "$db" sample-data >/dev/null || [ $? -eq 3 ]
fi
./blocstats refresh --db "$db" >/dev/null

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

queries=()
imports=()
for i in $(seq 0 "$runs"); do
	t=$(date +%s%N)
	./blocstats query --db "$db" "select 1" >/dev/null
	q=$(ms "$t")
	# a correction of three figures of one unit (values change every round, so each is a real correction)
	cat > "$work/sua-$i.csv" <<CSV
Mã đơn vị,Kỳ báo cáo,Chỉ tiêu,Giá trị
74-KCQDN-001,6 tháng đầu năm 2019,admissions,$((10 + i))
74-KCQDN-001,6 tháng đầu năm 2019,recognitions,$((8 + i))
74-KCQDN-001,6 tháng đầu năm 2019,training_professional,$((20 + i))
CSV
	t=$(date +%s%N)
	./blocstats import --db "$db" "$work/sua-$i.csv" >/dev/null
	seen=$(./blocstats query --db "$db" --format csv \
		"SELECT value FROM figure_half WHERE org_code = '74-KCQDN-001' AND year = 2019 AND half = 1 AND metric = 'admissions'" | tail -n 1)
	m=$(ms "$t")
	if [ "$seen" != "$((10 + i)).0" ] && [ "$seen" != "$((10 + i))" ]; then
		echo "round $i: the figure table says $seen, not $((10 + i))" >&2
		exit 1
	fi
	if [ "$i" -gt 0 ]; then
		queries+=("$q")
		imports+=("$m")
	fi
	echo "round $i: query \"select 1\" $q ms; 3-row correction until a query sees it $m ms" >&2
done
qm=$(printf '%s\n' "${queries[@]}" | median)
im=$(printf '%s\n' "${imports[@]}" | median)
echo "bench refresh ($runs rounds, load $(cut -d' ' -f1 /proc/loadavg)):"
echo "  baseline: JVM start of query \"select 1\"   median ${qm} ms"
echo "  3-row correction until the next query sees it   median ${im} ms"
awk -v i="$im" -v q="$qm" 'BEGIN { printf "  ratio %.2f (goal ≤ 2)\n", i / q }'
