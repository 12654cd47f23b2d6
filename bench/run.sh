#!/usr/bin/env bash
# bench/run.sh SIZE: regenerates the benchmark data of one size and measures kg against its peers
# (Kuzu 0.11.3 via npm, SQLite on kg's own database), then rewrites bench/RESULTS.md.
#   small   10k edges,  400 ingest sentences (under 2 minutes on a quiet machine)
#   medium  100k edges, 3,000 ingest sentences
#   large   1M edges,   3,000 ingest sentences (the headline; about half an hour)
# Environment: KG_BENCH_BUILD (build directory, default build/), KG_BENCH_SEED (default 42),
# KG_BENCH_SKIP_BUILD=1 (use the binaries already built), KG_BENCH_SKIP_KUZU=1,
# KG_BENCH_DATA=DIR (reuse a graph kg_bench_generate wrote to DIR instead of generating it).
set -euo pipefail

SIZE=${1:-small}
case "$SIZE" in
  small) EDGES=10000; SENTENCES=400; SEED_COPIES=3; RUNS=10; COLD_RUNS=3; WRITER=store
         LOAD_RUNS=5; BUDGET_MS=${KG_BENCH_BUDGET_MS:-2000} ;;
  medium) EDGES=100000; SENTENCES=3000; SEED_COPIES=10; RUNS=15; COLD_RUNS=5; WRITER=sql
          LOAD_RUNS=5; BUDGET_MS=${KG_BENCH_BUDGET_MS:-20000} ;;
  large) EDGES=1000000; SENTENCES=3000; SEED_COPIES=20; RUNS=10; COLD_RUNS=2; WRITER=sql
         LOAD_RUNS=3; BUDGET_MS=${KG_BENCH_BUDGET_MS:-20000} ;;
  *) echo "usage: bench/run.sh small|medium|large" >&2; exit 2 ;;
esac

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${KG_BENCH_BUILD:-$ROOT/build}
SEED=${KG_BENCH_SEED:-42}
OUT=$ROOT/bench/out/$SIZE
RESULTS=$ROOT/bench/results
step() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

if [ "${KG_BENCH_SKIP_BUILD:-0}" != 1 ]; then
  step "building kg, kg_bench, kg_bench_generate in $BUILD"
  cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$BUILD" -j "$(nproc)" --target kg kg_bench kg_bench_generate >/dev/null
fi
KG=$BUILD/kg

if [ -n "${KG_BENCH_DATA:-}" ]; then
  # Reuse a graph generated before (kg_bench_generate graph --out DIR) with the same settings.
  grep -qx "edges	$EDGES" "$KG_BENCH_DATA/graph-info.txt" && grep -qx "seed	$SEED" "$KG_BENCH_DATA/graph-info.txt" \
    || { echo "KG_BENCH_DATA=$KG_BENCH_DATA is not a $SIZE graph with seed $SEED" >&2; exit 2; }
fi
rm -rf "$OUT"
mkdir -p "$OUT" "$RESULTS"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

{
  HYPERVISOR=$(lscpu | sed -n 's/^Hypervisor vendor: *//p' | head -1)
  echo "- CPU: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores" \
       "${HYPERVISOR:+($HYPERVISOR virtual machine)}"
  echo "- Memory: $(free -g | awk '/^Mem:/ {print $2}') GiB; $(uname -sr);" \
       "$(g++ --version | head -1); SQLite $(sqlite3 --version 2>/dev/null | cut -d' ' -f1);" \
       "Node $(node --version 2>/dev/null || echo missing)"
  echo "- kg build: $(basename "$BUILD") (RelWithDebInfo, -O2), commit" \
       "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
} >"$OUT/machine.txt"

if [ -n "${KG_BENCH_DATA:-}" ]; then
  step "reusing the graph in $KG_BENCH_DATA"
  cp -r "$KG_BENCH_DATA/graph.db" "$KG_BENCH_DATA/graph-info.txt" "$KG_BENCH_DATA/kuzu" "$OUT/"
  cp "$KG_BENCH_DATA/queries.tsv" "$OUT/queries.tsv"
else
  step "generating $EDGES edges (seed $SEED, $WRITER writer)"
  "$BUILD/kg_bench_generate" graph --edges "$EDGES" --seed "$SEED" --writer "$WRITER" \
    --out "$OUT" >&2
fi

step "GraphStore::load"
"$BUILD/kg_bench" load "$OUT" --runs "$LOAD_RUNS" >"$OUT/load.tsv"

: >"$OUT/queries.tsv.raw"
step "SQLite"
"$BUILD/kg_bench" sqlite "$OUT" --runs "$RUNS" --budget-ms "$BUDGET_MS" | tee -a "$OUT/queries.tsv.raw" >&2 \
  || step "SQLite failed (exit $?): its rows are missing from the report"

if [ "${KG_BENCH_SKIP_KUZU:-0}" != 1 ]; then
  if [ ! -e "$ROOT/bench/node_modules/kuzu/kuzujs.node" ]; then
    step "installing Kuzu 0.11.3 (npm)"
    (cd "$ROOT/bench" && npm install --no-audit --no-fund >&2 && node node_modules/kuzu/install.js >&2)
  fi
  step "Kuzu"
  node "$ROOT/bench/kuzu_bench.js" "$OUT" --runs "$RUNS" --budget-ms "$BUDGET_MS" \
    --timeout-ms 120000 >"$OUT/kuzu.tsv" || step "Kuzu failed (exit $?): its rows are missing from the report"
  grep -P '^kuzu\tload\t' "$OUT/kuzu.tsv" >"$OUT/kuzu-load.tsv" || true
  grep -vP '^kuzu\tload\t' "$OUT/kuzu.tsv" | tee -a "$OUT/queries.tsv.raw" >&2
  rm -rf "$OUT/kuzu.kz" "$OUT/kuzu.kz.wal"
fi

step "kg in-process"
"$BUILD/kg_bench" kg "$OUT" --runs "$RUNS" --budget-ms "$BUDGET_MS" | tee -a "$OUT/queries.tsv.raw" >&2 \
  || step "kg in-process failed (exit $?): its rows are missing from the report"
step "kg query (cold)"
"$BUILD/kg_bench" cold "$OUT" --kg "$KG" --runs "$COLD_RUNS" --warmup 0 --budget-ms "$BUDGET_MS" \
  | tee -a "$OUT/queries.tsv.raw" >&2 || step "kg query (cold) failed (exit $?): its rows are missing"
# queries.tsv in OUT is the query text; the timings go next to it.
mv "$OUT/queries.tsv" "$OUT/queries-text.tsv"
mv "$OUT/queries.tsv.raw" "$OUT/queries.tsv"

# --- ingest throughput ---------------------------------------------------------------------
step "ingest: $SENTENCES generated sentences, and the seed article"
"$BUILD/kg_bench_generate" articles --sentences "$SENTENCES" --seed "$SEED" \
  --out "$OUT/articles" >&2
mkdir -p "$OUT/seed" "$OUT/one"
SEED_ARTICLE=$ROOT/samples/seed-uk-sanctions.txt
for i in $(seq 1 "$SEED_COPIES"); do  # copies, each a different text (trailing newlines), so all are stored
  { cat "$SEED_ARTICLE"; for _ in $(seq 1 "$i"); do echo; done; } >"$OUT/seed/seed-$i.txt"
done
echo "The United Kingdom sanctioned Wei Zhagao." >"$OUT/one/one.txt"

# ingest_once LABEL JOBS DIR: prints "LABEL<TAB>articles<TAB>sentences<TAB>seconds" from kg's
# summary line and the wall clock.
ingest_once() {
  local label=$1 jobs=$2 dir=$3 db="$OUT/ingest.db" summary start end
  rm -f "$db" "$db-wal" "$db-shm"
  local extra=()  # --jobs always: kg's default is the number of cores
  "$KG" ingest --help | grep -q -- '--jobs' && extra=(--jobs "$jobs")
  start=$(date +%s.%N)
  summary=$("$KG" ingest --db "$db" "${extra[@]}" "$dir" 2>>"$OUT/ingest.err" | tail -1)
  end=$(date +%s.%N)
  local articles sentences
  articles=$(sed -n 's/^\([0-9]*\) ingested.*/\1/p' <<<"$summary")
  sentences=$(sed -n 's/.*; \([0-9]*\) sentences.*/\1/p' <<<"$summary")
  printf '%s\t%s\t%s\t%s\n' "$label" "$articles" "$sentences" "$(echo "$end - $start" | bc)"
}
STARTUP=$(ingest_once startup 1 "$OUT/one" | cut -f4)
: >"$OUT/ingest.tsv"
record() {  # LABEL JOBS DIR
  IFS=$'\t' read -r label articles sentences seconds < <(ingest_once "$@")
  awk -v l="$label" -v a="$articles" -v s="$sentences" -v t="$seconds" -v u="$STARTUP" \
    'BEGIN { printf "%s\t%s\t%s\t%.2f\t%.0f\t%.0f\n", l, a, s, t, s / t, (t > u ? s / (t - u) : 0) }' \
    >>"$OUT/ingest.tsv"
  tail -1 "$OUT/ingest.tsv" >&2
}
record "generated, 1 job" 1 "$OUT/articles"
if "$KG" ingest --help | grep -q -- '--jobs'; then
  record "generated, --jobs 2" 2 "$OUT/articles"
  record "generated, --jobs 4" 4 "$OUT/articles"
  JOBS_NOTE="--jobs N: measured above."
else
  JOBS_NOTE="--jobs N: \`kg ingest\` has no --jobs option in this build, so scaling across articles was not measured."
fi
record "seed article ×$SEED_COPIES, 1 job" 1 "$OUT/seed"
"$KG" ingest --help | grep -q -- '--jobs' && record "seed article ×$SEED_COPIES, --jobs 2" 2 "$OUT/seed"
echo "Start-up (lexicons, parser dictionary, one 1-sentence article): ${STARTUP} s. $JOBS_NOTE" >>"$OUT/ingest.tsv"
rm -f "$OUT/ingest.db" "$OUT/ingest.db-wal" "$OUT/ingest.db-shm"

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "Command: \`bench/run.sh $SIZE\` on $(date -u '+%Y-%m-%d %H:%M UTC'). Load average" \
       "(1/5/15 min) before: $LOAD_BEFORE, after: $LOAD_AFTER (the 2 cores are shared with" \
       "other work; see the notes)."
} >"$OUT/run.txt"

python3 "$ROOT/bench/report.py" "$OUT" "$SIZE" "$RESULTS"
step "wrote bench/RESULTS.md (section $SIZE)"
