#!/usr/bin/env bash
# bench/window.sh [SIZE]: time-window queries against the plain ones, for issue 14's target
# "time-window queries stay within 2x the plain query's time at 1M edges". On one generated graph
# (its synthetic articles are dated 2015-2024), for Q1-Q6 of bench/data/queries.tsv:
#   cold  `kg query` plain against `kg query --between FROM TO` with a one-year and a five-year
#         window, new processes, interleaved (kg_bench cold --window), median of 5 each;
#   warm  in-process on the loaded graph, the plain query against the same query with a Cypher
#         time filter (the cypher-window lines of queries.tsv; kg_bench kg --also), and against
#         the plain query on the graph loaded with the window, as --between loads it
#         (kg_bench kg --window).
# Writes bench/results/window.md (the section "Time windows at ...") and reassembles
# bench/RESULTS.md; raw outputs stay in bench/out/window-SIZE/.
#   SIZE  small (10k edges), medium (100k), large (1M edges, the default; generating it with the
#         sql writer takes about a quarter of an hour)
# Environment, as bench/run.sh: KG_BENCH_BUILD (build directory, default build/), KG_BENCH_SEED
# (default 42), KG_BENCH_SKIP_BUILD=1, KG_BENCH_DATA=DIR (reuse a dated graph kg_bench_generate
# wrote to DIR for this size and seed).
set -euo pipefail

SIZE=${1:-large}
case "$SIZE" in
  small) EDGES=10000; WRITER=store ;;
  medium) EDGES=100000; WRITER=sql ;;
  large) EDGES=1000000; WRITER=sql ;;
  *) echo "usage: bench/window.sh [small|medium|large]" >&2; exit 2 ;;
esac
COLD_RUNS=5
WARM_RUNS=15
ONE_YEAR=2020-01-01:2020-12-31
FIVE_YEARS=2018-01-01:2022-12-31

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${KG_BENCH_BUILD:-$ROOT/build}
SEED=${KG_BENCH_SEED:-42}
OUT=$ROOT/bench/out/window-$SIZE
RESULTS=$ROOT/bench/results
step() { printf '[window %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

if [ "${KG_BENCH_SKIP_BUILD:-0}" != 1 ]; then
  step "building kg, kg_bench, kg_bench_generate in $BUILD"
  cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$BUILD" -j "$(nproc)" --target kg kg_bench kg_bench_generate >/dev/null
fi

rm -rf "$OUT"
mkdir -p "$OUT" "$RESULTS"
if [ -n "${KG_BENCH_DATA:-}" ]; then
  DATA=$(cd "$KG_BENCH_DATA" && pwd)
  # Only a graph of this size and seed whose articles are dated will do.
  if ! { grep -qx "edges	$EDGES" "$DATA/graph-info.txt" &&
    grep -qx "seed	$SEED" "$DATA/graph-info.txt" && grep -q "^published	" "$DATA/graph-info.txt"; }; then
    echo "KG_BENCH_DATA=$DATA is not a dated $SIZE graph with seed $SEED" >&2
    exit 2
  fi
  step "reusing the graph in $DATA"
  ln -s "$DATA/graph.db" "$OUT/graph.db"
  cp "$DATA/graph-info.txt" "$DATA/queries.tsv" "$OUT/"
else
  step "generating $EDGES edges (seed $SEED, $WRITER writer)"
  "$BUILD/kg_bench_generate" graph --edges "$EDGES" --seed "$SEED" --writer "$WRITER" \
    --out "$OUT" >&2
  rm -rf "$OUT/kuzu"  # not used here
fi

# The plain queries, and the Cypher-filtered ones of each window as the dialects cypher-1y and
# cypher-5y.
window_lines() {  # DIALECT FROM:TO
  grep -P '^Q\d+\tcypher-window\t' "$OUT/queries.tsv" |
    sed -e "s/\tcypher-window\t/\t$1\t/" -e "s/\${WINDOW_FROM}/${2%%:*}/g" \
      -e "s/\${WINDOW_TO}/${2##*:}/g"
}
{
  grep -P '^Q\d+\tcypher\t' "$OUT/queries.tsv"
  window_lines cypher-1y "$ONE_YEAR"
  window_lines cypher-5y "$FIVE_YEARS"
} >"$OUT/window-queries.tsv"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
step "kg query, plain and --between (cold, $COLD_RUNS runs each, interleaved)"
"$BUILD/kg_bench" cold "$OUT" --kg "$BUILD/kg" --queries "$OUT/window-queries.tsv" \
  --window "$ONE_YEAR" --window "$FIVE_YEARS" --runs "$COLD_RUNS" --warmup 1 \
  --budget-ms 600000 | tee "$OUT/cold.tsv" >&2
step "in-process: plain, Cypher time filter, windowed graph (warm, up to $WARM_RUNS runs each)"
# Q3's Cypher filter walks every path of up to 3 hops from the hub (see queries.tsv): the time
# limit keeps that to one failed run per window on the large graph.
"$BUILD/kg_bench" kg "$OUT" --queries "$OUT/window-queries.tsv" --also cypher-1y \
  --also cypher-5y --window "$ONE_YEAR" --window "$FIVE_YEARS" --runs "$WARM_RUNS" \
  --budget-ms 20000 --time-limit-ms 30000 | tee "$OUT/warm.tsv" >&2
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# What the windows hold, for the text of the section.
EDGES_IN=$("$BUILD/kg" query --db "$OUT/graph.db" --all-statuses --format csv --no-headers \
  "MATCH ()-[r]->() RETURN count(r)" | tr -d '\r')
edges_in() {  # FROM:TO
  "$BUILD/kg" query --db "$OUT/graph.db" --all-statuses --between "${1%%:*}" "${1##*:}" \
    --format csv --no-headers "MATCH ()-[r]->() RETURN count(r)" | tr -d '\r'
}
HYPERVISOR=$(lscpu | sed -n 's/^Hypervisor vendor: *//p' | head -1)
{
  echo "machine	$(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores" \
    "${HYPERVISOR:+($HYPERVISOR virtual machine)}," \
    "$(free -g | awk '/^Mem:/ {print $2}') GiB"
  echo "build	$(basename "$BUILD") (RelWithDebInfo, -O2), commit" \
    "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" \
      diff --quiet HEAD -- 2>/dev/null || echo ' with uncommitted changes')"
  echo "date	$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "load_before	$LOAD_BEFORE"
  echo "load_after	$LOAD_AFTER"
  echo "edges_all	$EDGES_IN"
  echo "edges_1y	$(edges_in "$ONE_YEAR")"
  echo "edges_5y	$(edges_in "$FIVE_YEARS")"
  echo "one_year	$ONE_YEAR"
  echo "five_years	$FIVE_YEARS"
  echo "cold_runs	$COLD_RUNS"
  echo "warm_runs	$WARM_RUNS"
} >"$OUT/run.txt"

python3 - "$OUT" "$SIZE" "$RESULTS/window.md" <<'PYTHON'
import os
import sys

out, size, target = sys.argv[1:4]
info = dict(line.rstrip("\n").split("\t", 1) for line in open(os.path.join(out, "run.txt")))
graph = dict(line.rstrip("\n").split("\t", 1)
             for line in open(os.path.join(out, "graph-info.txt")) if "\t" in line)
one, five = info["one_year"], info["five_years"]


def read(name):
    rows = {}
    for line in open(os.path.join(out, name), encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 6:
            rows[(parts[0], parts[1])] = parts
    return rows


def median(rows, engine, query):
    parts = rows.get((engine, query))
    if not parts or parts[2] == "ERROR":
        return None
    return float(parts[2])


def answer(rows, engine, query):
    parts = rows.get((engine, query))
    if not parts:
        return "–"
    if parts[2] == "ERROR":
        return "error"
    return parts[5] + (f" ({parts[6]})" if len(parts) > 6 and parts[6] else "")


def cell(rows, engine, query):
    parts = rows.get((engine, query))
    if not parts:
        return "–"
    if parts[2] == "ERROR":
        return "failed: " + parts[6].replace("|", "/")[:50]
    value = float(parts[2])
    return f"{value:.3f}" if value < 1 else f"{value:.2f}"


verdicts = []  # (met, what) of each judged ratio


def ratio(rows, engine, plain, query, judged, what):
    a, b = median(rows, engine, query), median(rows, plain, query)
    if a is None or b is None or b == 0:
        if judged and (engine, query) in rows:
            verdicts.append((False, f"{query} {what} (failed)"))
        return "–"
    value = a / b
    if judged:
        verdicts.append((value <= 2.0, f"{query} {what} ({b:.3f} -> {a:.3f} ms, {value:.2f}x)"))
    return f"{value:.2f}" if value <= 2.0 else f"**{value:.2f}**"


def verdict():
    missed = [what for met, what in verdicts if not met]
    verdicts.clear()
    return "**met**" if not missed else "**missed** by " + "; ".join(missed)


cold, warm = read("cold.tsv"), read("warm.tsv")
queries = sorted({q for (_, q) in cold} | {q for (_, q) in warm})
edges = int(graph["edges"])
title = f"{edges:,} edges" if edges < 1_000_000 else f"{edges // 1_000_000}M edges"
lines = [f"## Time windows at {title}", ""]
lines.append(
    f"Written by `bench/window.sh {size}` on {info['date']}; {info['machine']}; kg build "
    f"{info['build']}. Load average (1/5/15 min) before: {info['load_before']}, after: "
    f"{info['load_after']} (the 2 cores are shared with other work: compare the ratios, each "
    "taken in one run on one database with the variants timed in turn, more than the times).")
lines.append("")
lines.append(
    f"Data: the generated graph of this size (seed {graph['seed']}, {graph['writer']} writer), "
    f"{int(graph['articles']):,} synthetic articles with publication dates spread over "
    f"{graph['published'].replace('..', ' to ')}. Windows: one year {one.replace(':', ' to ')} "
    f"keeps {int(info['edges_1y']):,} of the {int(info['edges_all']):,} edges, five years "
    f"{five.replace(':', ' to ')} keeps {int(info['edges_5y']):,} (an edge stays when one of "
    "its articles falls in the window).")
lines.append("")
lines += [
    f"Cold: `kg query --all-statuses --format csv QUERY`, plain and with `--between FROM TO`, as "
    f"new processes (open the database, build the graph, run, print); one untimed round, then "
    f"median of {info['cold_runs']} in milliseconds. Ratio = windowed / plain; target <= 2.",
    "",
    "| query | plain | `--between` 1 year | ratio | `--between` 5 years | ratio | rows (plain · "
    "1 y · 5 y) |",
    "|---|---|---|---|---|---|---|"]
for q in queries:
    lines.append(
        f"| {q} | {cell(cold, 'kg-cold', q)} | {cell(cold, 'kg-cold@' + one, q)} | "
        f"{ratio(cold, 'kg-cold@' + one, 'kg-cold', q, True, '1 year')} | "
        f"{cell(cold, 'kg-cold@' + five, q)} | "
        f"{ratio(cold, 'kg-cold@' + five, 'kg-cold', q, True, '5 years')}"
        f" | {answer(cold, 'kg-cold', q)} · {answer(cold, 'kg-cold@' + one, q)} · "
        f"{answer(cold, 'kg-cold@' + five, q)} |")
cold_verdict = verdict()
lines += [
    "",
    f"Warm, in-process (`kg::runQuery` on the graph loaded once, evidence on demand; one untimed "
    f"round, then up to {info['warm_runs']} rounds), median in milliseconds. \"Cypher filter\" is "
    "the `cypher-window` line of bench/data/queries.tsv: the same query with `WHERE "
    "r.last_seen >= date(FROM) AND r.first_seen <= date(TO)` on each relationship (Q3: "
    "`all(r IN rs WHERE ...)` over its variable-length relationships; Q4 has no such line: a "
    "WHERE after `shortestPath()` filters the one path found, not the edges the search may use). "
    "\"Windowed graph\" is the plain query on the graph loaded with the window, as `--between` "
    "loads it. Ratio = windowed / plain.",
    "",
    "| query | plain | Cypher filter 1 y | ratio | Cypher filter 5 y | ratio | windowed graph "
    "1 y | ratio | windowed graph 5 y | ratio | rows (plain · filter 1 y · graph 1 y) |",
    "|---|---|---|---|---|---|---|---|---|---|---|"]
for q in queries:
    f1, f5, g1, g5 = "kg+cypher-1y", "kg+cypher-5y", "kg@" + one, "kg@" + five
    # Q3's filter is a different algorithm (every path instead of reachability): not judged.
    judged = q != "Q3"
    lines.append(
        f"| {q} | {cell(warm, 'kg', q)} | {cell(warm, f1, q)} | "
        f"{ratio(warm, f1, 'kg', q, judged, 'Cypher filter 1 year')} | {cell(warm, f5, q)} | "
        f"{ratio(warm, f5, 'kg', q, judged, 'Cypher filter 5 years')} | {cell(warm, g1, q)} | "
        f"{ratio(warm, g1, 'kg', q, True, 'windowed graph 1 year')} | {cell(warm, g5, q)} | "
        f"{ratio(warm, g5, 'kg', q, True, 'windowed graph 5 years')} | {answer(warm, 'kg', q)} · "
        f"{answer(warm, f1, q)} · "
        f"{answer(warm, g1, q)} |")
warm_verdict = verdict()
lines += [
    "",
    "Target (issue 14): time-window queries within 2x the plain query's time at 1M edges. "
    f"`kg query --between` (cold, Q1-Q6): {cold_verdict}. In-process (Cypher filter on Q1, Q2, "
    f"Q5, Q6; windowed graph on Q1-Q6): {warm_verdict}. Ratios above 2 are in bold.",
    ""]
with open(target, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
PYTHON
python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); import report; report.assemble(sys.argv[2])' \
  "$ROOT/bench" "$RESULTS"
cat "$RESULTS/window.md"
step "wrote bench/results/window.md and bench/RESULTS.md"
