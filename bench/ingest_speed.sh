#!/usr/bin/env bash
# bench/ingest_speed.sh [SENTENCES] [SEED_COPIES]: measures `kg ingest` throughput alone, the way
# bench/run.sh does (generated articles from kg_bench_generate, and distinct copies of the seed
# article), without the query benchmarks. Prints one tab-separated row per run: label, articles,
# sentences, seconds (wall clock), sentences/s, and sentences/s after the start-up time; and
# writes the same table to bench/results/ingest.md, then reassembles bench/RESULTS.md.
# Environment: KG_BENCH_BUILD (build directory, default build/), KG_BENCH_SEED (default 42).
set -euo pipefail
SENTENCES=${1:-3000}
SEED_COPIES=${2:-20}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${KG_BENCH_BUILD:-$ROOT/build}
KG=$BUILD/kg
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
"$BUILD/kg_bench_generate" articles --sentences "$SENTENCES" --seed "${KG_BENCH_SEED:-42}" \
  --out "$OUT/articles" >/dev/null
mkdir -p "$OUT/seed" "$OUT/one"
for i in $(seq 1 "$SEED_COPIES"); do  # each copy a different text, so every one is stored
  { cat "$ROOT/samples/seed-uk-sanctions.txt"; for _ in $(seq 1 "$i"); do echo; done; } \
    >"$OUT/seed/seed-$i.txt"
done
echo "The United Kingdom sanctioned Tomas Brandt." >"$OUT/one/one.txt"
run() {  # LABEL JOBS DIR
  local db="$OUT/ingest.db" start end summary
  rm -f "$db" "$db-wal" "$db-shm"
  start=$(date +%s.%N)
  summary=$("$KG" ingest --db "$db" --jobs "$2" "$3" 2>/dev/null | tail -1)
  end=$(date +%s.%N)
  printf '%s\t%s\t%s\t%s\n' "$1" "$(sed -n 's/^\([0-9]*\) ingested.*/\1/p' <<<"$summary")" \
    "$(sed -n 's/.*; \([0-9]*\) sentences.*/\1/p' <<<"$summary")" "$(echo "$end - $start" | bc)"
}
STARTUP=$(run startup 1 "$OUT/one" | cut -f4)
{
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD)," \
  "load $(cut -d' ' -f1-3 /proc/loadavg), start-up ${STARTUP} s"
printf 'run\tarticles\tsentences\tseconds\tsentences/s\tsentences/s after start-up\n'
for spec in "generated, 1 job|1|$OUT/articles" "generated, --jobs 2|2|$OUT/articles" \
  "seed article ×$SEED_COPIES, 1 job|1|$OUT/seed" "seed article ×$SEED_COPIES, --jobs 2|2|$OUT/seed"; do
  IFS='|' read -r label jobs dir <<<"$spec"
  run "$label" "$jobs" "$dir" | awk -F'\t' -v u="$STARTUP" \
    '{ printf "%s\t%s\t%s\t%.2f\t%.0f\t%.0f\n", $1, $2, $3, $4, $3 / $4, ($4 > u ? $3 / ($4 - u) : 0) }'
done
} | tee "$OUT/table.tsv"
{
  echo "## Ingest throughput"
  echo
  echo "Written by \`bench/ingest_speed.sh $SENTENCES $SEED_COPIES\` (\`kg ingest\` alone, end to end:"
  echo "read, segment, extract, store; one transaction per article)."
  echo
  sed -n '1s/^# //p' "$OUT/table.tsv"
  echo
  sed -n '2p' "$OUT/table.tsv" | sed 's/\t/ | /g; s/^/| /; s/$/ |/'
  echo "|---|---|---|---|---|---|"
  sed -n '3,$p' "$OUT/table.tsv" | sed 's/\t/ | /g; s/^/| /; s/$/ |/'
  echo
} >"$ROOT/bench/results/ingest.md"
python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); import report; report.assemble(sys.argv[2])' \
  "$ROOT/bench" "$ROOT/bench/results"
