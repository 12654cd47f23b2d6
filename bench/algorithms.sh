#!/usr/bin/env bash
# bench/algorithms.sh [EDGES]: graph algorithms at scale, kg against NetworkX and Kùzu in one run,
# on the news-shaped graph of kg_bench_generate (default 1M edges, seed 42). kg: `kg query` as a
# new process (open, load, run the procedure), median of 3, minus the median of a query that only
# loads; NetworkX: the same edges (asserted or without status, as queries see them) in a DiGraph,
# timed by bench/networkx_algorithms.py; Kùzu 0.11.3 (npm, whose build links the algo extension):
# the same CSVs loaded as bench/kuzu_bench.js loads them, then per algorithm a new node process
# (open, project the asserted edges, CALL), median of 3, by bench/kuzu_algorithms.js. Writes
# bench/results/algorithms.md and reassembles bench/RESULTS.md. Environment: KG_BENCH_BUILD
# (default build/), KG_BENCH_DATA (a folder where kg_bench_generate already wrote graph.db and
# kuzu/ for these EDGES, to skip generating it), KG_BENCH_SKIP_KUZU=1.
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
answer() { "$BUILD/kg" query --db "$DB" --format csv "$1" | tail -1 | tr -d '\r'; }  # CSV ends lines in CRLF
kg_top=$(answer "CALL algo.pageRank() YIELD node, score RETURN node.name AS top ORDER BY score DESC, top LIMIT 1")
kg_wcc=$(answer "CALL algo.wcc() YIELD node, componentId RETURN count(DISTINCT componentId)")
kg_scc=$(answer "CALL algo.scc() YIELD node, componentId RETURN count(DISTINCT componentId)")
NX=$(python3 "$ROOT/bench/networkx_algorithms.py" "$DB")
nx() { awk -F'\t' -v step="$1" -v column="$2" '$1 == step { print $column }' <<<"$NX"; }

# Kùzu: load the CSVs once, then each algorithm in 3 new processes; KUZU holds lines
# "STEP <TAB> total seconds (median) <TAB> CALL seconds (median) <TAB> result".
KUZU=""
KUZU_NOTE=""
kuzu() { awk -F'\t' -v step="$1" -v column="$2" '$1 == step { print $column }' <<<"$KUZU"; }
if [[ ${KG_BENCH_SKIP_KUZU:-0} == 1 || ! -d $DATA/kuzu ]]; then
  KUZU_NOTE="Kùzu was not run (KG_BENCH_SKIP_KUZU=1, or no kuzu/ CSVs in $DATA)."
else
  if [[ ! -e $ROOT/bench/node_modules/kuzu/kuzujs.node ]]; then
    echo "installing Kùzu 0.11.3 (npm)" >&2
    (cd "$ROOT/bench" && npm install --no-audit --no-fund >&2 && node node_modules/kuzu/install.js >&2)
  fi
  kuzu_load=$(node "$ROOT/bench/kuzu_algorithms.js" "$DATA" load | cut -f2)
  kuzu_time() {  # STEP RUNS -> STEP, median wall seconds, median CALL seconds, result
    local runs start end out lines=""
    for ((runs = 0; runs < $2; ++runs)); do
      start=$(date +%s.%N)
      out=$(node "$ROOT/bench/kuzu_algorithms.js" "$DATA" "$1") \
        || { echo "bench/kuzu_algorithms.js $1 failed" >&2; exit 1; }
      end=$(date +%s.%N)
      lines+="$(echo "$end - $start" | bc)"$'\t'"$out"$'\n'
    done
    printf '%s\t%s\t%s\t%s\n' "$1" "$(cut -f1 <<<"${lines%$'\n'}" | median)" \
      "$(cut -f3 <<<"${lines%$'\n'}" | median)" "$(tail -1 <<<"${lines%$'\n'}" | cut -f4)"
  }
  KUZU=$(kuzu_time pagerank 3; kuzu_time wcc 3; kuzu_time scc 3; kuzu_time pagerank-converged 1)
  KUZU_NOTE="Kùzu 0.11.3 (npm): the npm build links the algo extension statically, so nothing is
installed or fetched (\`INSTALL algo\` and \`LOAD EXTENSION algo\` answer \"Extension algo is
already statically linked with the kuzu core. No need to INSTALL.\" / \"... to LOAD.\"). The CSVs
are loaded as \`bench/kuzu_bench.js\` loads them ($kuzu_load s, not counted); then per algorithm a
new \`node\` process opens that database, projects the asserted edges (\`CALL PROJECT_GRAPH('G',
['Actor'], {accused: \"r.status = 'asserted' OR r.status IS NULL\", ...})\`) and runs
\`page_rank\`, \`weakly_connected_components\` or \`strongly_connected_components\`; total is
that process's wall time, algorithm the CALL with its one-row answer, median of 3 each. Kùzu
uses its default thread count ($(nproc) here); kg and NetworkX use one. Its PageRank runs with
its defaults (at most 19 updates, stopping when the sum of all changes is under 1e-7); run to
tolerance 1e-10 (\`maxIterations := 1000\`), at least as far as kg's (a sum of changes bounds
the largest one), it took $(kuzu pagerank-converged 3) s (one run, top node
$(kuzu pagerank-converged 4)). Kùzu's PageRank lets the score of nodes
without out-edges leak (its scores do not sum to 1) and counts parallel edges of different
relations, so its scores differ from kg's and NetworkX's; the table compares the top node."
fi
row() {  # NAME KG_TOTAL NX_SECONDS KUZU_STEP RESULT NX_RESULT
  awk -v name="$1" -v total="$2" -v load="$load" -v nx="$3" -v nxload="$(nx load 2)" \
    -v kztotal="$(kuzu "$4" 2)" -v kz="$(kuzu "$4" 3)" -v kzresult="$(kuzu "$4" 4)" \
    -v ours="$5" -v theirs="$6" 'BEGIN {
      algo = total - load; if (algo < 0) algo = 0
      if (kz == "") { kzt = kza = "not run"; kzra = kzrt = kzresult = "-" }
      else { kzt = sprintf("%.2f s", kztotal); kza = sprintf("%.2f s", kz)
             kzra = sprintf("%.2f", algo / kz); kzrt = sprintf("%.2f", total / kztotal) }
      printf "| %s | %.2f s | %.2f s | %.2f s | %.2f s | %s | %s | %.2f | %.2f | %s | %s | %s / %s / %s |\n",
        name, total, algo, nx + nxload, nx, kzt, kza, algo / nx, total / (nx + nxload), kzra, kzrt,
        ours, theirs, kzresult }'
}
{
  echo "## Graph algorithms at $EDGES edges"
  echo
  echo "Written by \`bench/algorithms.sh $EDGES\` on $(date -u '+%Y-%m-%d %H:%M UTC'), kg at commit" \
    "$(git -C "$ROOT" rev-parse --short HEAD), load average $LOAD_AVG at the start; the" \
    "machine is described above. kg: \`kg query\` in a new process, median of 3 (the load" \
    "alone, \`MATCH (n) RETURN count(*)\`, took $(printf '%.2f' "$load") s); NetworkX $(python3 -c \
    'import networkx; print(networkx.__version__)') on the same edges in a DiGraph, one run" \
    "(loading them from SQLite took $(nx load 2) s). PageRank stops at kg's default" \
    "(largest change of a score under 1e-10) and NetworkX's (sum of changes under n x 1e-6)."
  echo
  echo "$KUZU_NOTE" | tr '\n' ' ' | sed 's/ $//'
  echo
  echo
  echo "| algorithm | kg total | kg algorithm | NetworkX total | NetworkX algorithm | Kùzu total | Kùzu algorithm | kg/NetworkX algorithm | kg/NetworkX total | kg/Kùzu algorithm | kg/Kùzu total | result kg / NetworkX / Kùzu |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  row "PageRank (top node)" "$pagerank" "$(nx pagerank 2)" pagerank "$kg_top" "$(nx pagerank-top 3)"
  row "weakly connected components" "$wcc" "$(nx wcc 2)" wcc "$kg_wcc" "$(nx wcc 3)"
  row "strongly connected components" "$scc" "$(nx scc 2)" scc "$kg_scc" "$(nx scc 3)"
  echo
} >"$ROOT/bench/results/algorithms.md"
# Replace only this section of RESULTS.md (others may be editing theirs), as report.assemble
# would place it; assemble the whole file only when the section is not there yet.
python3 - "$ROOT/bench" <<'EOF'
import os, sys
sys.dont_write_bytecode = True
sys.path.insert(0, sys.argv[1])
import report
results = os.path.join(sys.argv[1], "RESULTS.md")
section = open(os.path.join(sys.argv[1], "results", "algorithms.md"), encoding="utf-8").read()
lines = open(results, encoding="utf-8").read().split("\n") if os.path.exists(results) else []
starts = [i for i, line in enumerate(lines) if line.startswith("## Graph algorithms at ")]
if not starts:
    report.assemble(os.path.join(sys.argv[1], "results"))
else:
    end = next((i for i in range(starts[0] + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    with open(results, "w", encoding="utf-8") as f:
        f.write("\n".join(lines[:starts[0]] + (section + "\n").split("\n")[:-1] + lines[end:]))
EOF
cat "$ROOT/bench/results/algorithms.md"
