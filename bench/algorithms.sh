#!/usr/bin/env bash
# bench/algorithms.sh [EDGES]: graph algorithms at scale, kg against NetworkX in one run, on the
# news-shaped graph of kg_bench_generate (default 1M edges, seed 42). kg: `kg query` as a new
# process (open, load, run the procedure), median of 3, minus the median of a query that only
# loads; NetworkX: the same edges (asserted or without status, as queries see them) in a DiGraph,
# timed by bench/networkx_algorithms.py. Writes bench/results/algorithms.md and reassembles
# bench/RESULTS.md. Environment: KG_BENCH_BUILD (default build/), KG_BENCH_DATA (a folder where
# kg_bench_generate already wrote graph.db for these EDGES, to skip generating it).
set -euo pipefail
EDGES=${1:-1000000}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${KG_BENCH_BUILD:-$ROOT/build}
DATA=${KG_BENCH_DATA:-$ROOT/bench/out/algorithms-$EDGES}
if [[ ! -f $DATA/graph.db ]]; then
  mkdir -p "$DATA"
  echo "generating $EDGES edges in $DATA" >&2
  "$BUILD/kg_bench_generate" graph --edges "$EDGES" --seed 42 --writer sql --out "$DATA" >/dev/null
fi
DB=$DATA/graph.db
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
time_query() {  # QUERY -> median seconds of 3 new processes
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N)
    "$BUILD/kg" query --db "$DB" --format csv "$1" >/dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc
  done | median
}
LOAD_AVG=$(cut -d' ' -f1-3 /proc/loadavg)
load=$(time_query "MATCH (n) RETURN count(*)")
pagerank=$(time_query "CALL algo.pageRank() YIELD node, score RETURN count(*)")
wcc=$(time_query "CALL algo.wcc() YIELD node, componentId RETURN count(DISTINCT componentId)")
scc=$(time_query "CALL algo.scc() YIELD node, componentId RETURN count(DISTINCT componentId)")
components() { "$BUILD/kg" query --db "$DB" --format csv "$1" | tail -1; }
kg_wcc=$(components "CALL algo.wcc() YIELD node, componentId RETURN count(DISTINCT componentId)")
kg_scc=$(components "CALL algo.scc() YIELD node, componentId RETURN count(DISTINCT componentId)")
NX=$(python3 "$ROOT/bench/networkx_algorithms.py" "$DB")
nx() { awk -F'\t' -v step="$1" -v column="$2" '$1 == step { print $column }' <<<"$NX"; }
row() {  # NAME KG_TOTAL NX_SECONDS RESULT NX_RESULT
  awk -v name="$1" -v total="$2" -v load="$load" -v nx="$3" -v nxload="$(nx load 2)" \
    -v ours="$4" -v theirs="$5" 'BEGIN {
      algo = total - load; if (algo < 0) algo = 0
      printf "| %s | %.2f s | %.2f s | %.2f s | %.2f s | %.2f | %.2f | %s / %s |\n", name, total,
        algo, nx + nxload, nx, algo / nx, total / (nx + nxload), ours, theirs }'
}
{
  echo "## Graph algorithms at $EDGES edges"
  echo
  echo "Written by \`bench/algorithms.sh $EDGES\` on $(date -u '+%Y-%m-%d %H:%M UTC'), kg at commit" \
    "$(git -C "$ROOT" rev-parse --short HEAD), load average $LOAD_AVG at the start; the" \
    "machine is described above. kg: \`kg query\` in a new process, median of 3 (the load" \
    "alone, \`MATCH (n) RETURN count(*)\`, took $load s); NetworkX $(python3 -c \
    'import networkx; print(networkx.__version__)') on the same edges in a DiGraph, one run" \
    "(loading them from SQLite took $(nx load 2) s). PageRank stops at kg's default" \
    "(largest change of a score under 1e-10) and NetworkX's (sum of changes under n x 1e-6)." \
    "Kùzu is not measured in this run: its algorithms come in the algo extension, which" \
    "\`INSTALL algo\` fetches from Kùzu's extension server, and this machine reaches only" \
    "Debian's and npm's registries (not tried)."
  echo
  echo "| algorithm | kg total | kg algorithm | NetworkX total | NetworkX algorithm | algorithm ratio | total ratio | components kg / NetworkX |"
  echo "|---|---|---|---|---|---|---|---|"
  row "PageRank" "$pagerank" "$(nx pagerank 2)" "-" "-"
  row "weakly connected components" "$wcc" "$(nx wcc 2)" "$kg_wcc" "$(nx wcc 3)"
  row "strongly connected components" "$scc" "$(nx scc 2)" "$kg_scc" "$(nx scc 3)"
  echo
} >"$ROOT/bench/results/algorithms.md"
python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); import report; report.assemble(sys.argv[2])' \
  "$ROOT/bench" "$ROOT/bench/results"
cat "$ROOT/bench/results/algorithms.md"
