#!/usr/bin/env bash
# bench/accuracy.sh [SET_DIR] [ARTICLES_DIR]: measures the ingest's accuracy and writes
# bench/results/accuracy.md (then reassembles bench/RESULTS.md): `kg eval` on the development set
# (per article and micro totals), on the seed article, and on spun copies of the development set
# made by ../shared/eval/spin.py with seeds 1 to 7 (the ratio spun/plain is what the ingest
# issue asks to keep at 0.9 or more), with the mean and the lowest ratio. The article texts are
# not in the repository: recreate them first (../shared/eval/dev/articles/INDEX.md);
# ARTICLES_DIR defaults to SET_DIR/articles.
# Environment: KG_BENCH_BUILD (build directory, default build/).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
EVAL=$ROOT/../shared/eval
SET=${1:-$EVAL/dev}
ARTICLES=${2:-$SET/articles}
KG=${KG_BENCH_BUILD:-$ROOT/build}/kg
OUT=$ROOT/bench/results/accuracy.md
ls "$ARTICLES"/*.txt >/dev/null 2>&1 ||
  { echo "accuracy: no article texts in $ARTICLES (see $SET/articles/INDEX.md)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

micro() {  # the micro totals line of a set's table
  sed -n 's/^micro: //p' "$1"
}
f1_of() {  # the micro F1 of a set's table
  sed -n 's/^micro: .* f1 \([0-9.]*\).*/\1/p' "$1"
}
{
  echo "## Ingest accuracy"
  echo
  echo "Written by \`bench/accuracy.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), kg at commit" \
    "$(git -C "$ROOT" rev-parse --short HEAD). Scorer: \`kg eval\` (agrees with" \
    "\`../shared/eval/score-set.sh\` to the third decimal; a test checks it). The ingest has" \
    "one path (no external parser since the link-grammar stage was replaced by the shallow" \
    "parser), so \`--no-parser\` figures are these figures."
  echo
  echo "### Development set (\`kg eval ../shared/eval/dev\`)"
  echo
  echo '```'
  "$KG" eval --articles "$ARTICLES" "$SET" | tee "$WORK/plain.txt"
  echo '```'
  echo
  echo "### Seed article (\`kg eval ../shared/eval/seed-uk-sanctions.gold.json\`)"
  echo
  echo '```'
  "$KG" eval "$EVAL/seed-uk-sanctions.gold.json" "$EVAL/seed-uk-sanctions.txt" | tail -3
  echo '```'
  echo
  echo "### Spun copies of the development set (\`spin.py IN OUT --seed N\`)"
  echo
  echo "| copy | micro totals of \`kg eval\` | F1 / plain F1 |"
  echo "|---|---|---|"
  plain_f1=$(f1_of "$WORK/plain.txt")
  echo "| plain | $(micro "$WORK/plain.txt") | 1.00 |"
  ratios=()
  for seed in 1 2 3 4 5 6 7; do
    mkdir -p "$WORK/spun$seed"
    for article in "$ARTICLES"/*.txt; do
      python3 "$EVAL/spin.py" "$article" "$WORK/spun$seed/$(basename "$article")" --seed "$seed"
    done
    "$KG" eval --articles "$WORK/spun$seed" "$SET" >"$WORK/spun$seed.txt"
    f1=$(f1_of "$WORK/spun$seed.txt")
    ratio=$(awk -v a="$f1" -v b="$plain_f1" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')
    ratios+=("$ratio")
    echo "| seed $seed | $(micro "$WORK/spun$seed.txt") | $ratio |"
  done
  echo
  echo "Mean F1 / plain F1 over the seven seeds: $(printf '%s\n' "${ratios[@]}" |
    awk '{ s += $1 } END { printf "%.3f", s / NR }'); lowest" \
    "$(printf '%s\n' "${ratios[@]}" | sort -n | head -1)."
  echo
} >"$OUT.tmp"
mv "$OUT.tmp" "$OUT"
python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); import report; report.assemble(sys.argv[2])' \
  "$ROOT/bench" "$ROOT/bench/results"
cat "$OUT"
