#!/usr/bin/env bash
# bench/dates_check.sh [SET_DIR]: the check of the dates issue on the development set. Ingests
# the set's articles with a manifest of the publication dates and outlets listed in
# articles/INDEX.md, then asks kg for every edge last seen before 2022 and compares the answer
# with the edges whose evidence rows all come from articles published before 2022 (plain SQL
# over the database; asserted edges, as kg's default view shows). Prints both counts and exits
# non-zero when the two sets differ. The
# article texts are not in the repository: recreate them first (articles/INDEX.md).
# Environment: KG_BENCH_BUILD (build directory, default build/).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SET=${1:-$ROOT/../shared/eval/dev}
KG=${KG_BENCH_BUILD:-$ROOT/build}/kg
ls "$SET"/articles/*.txt >/dev/null 2>&1 ||
  { echo "dates_check: no article texts in $SET/articles (see INDEX.md there)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The manifest: file, date (the first YYYY-MM-DD of the Date column), outlet.
python3 - "$SET/articles" > "$WORK/manifest.csv" <<'PY'
import csv, os, re, sys
folder = os.path.abspath(sys.argv[1])  # the manifest lives elsewhere: paths must not be relative
out = csv.writer(sys.stdout)
out.writerow(["path", "date", "source"])
for line in open(f"{folder}/INDEX.md", encoding="utf-8"):
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) > 3 and cells[0].endswith(".txt"):
        date = re.search(r"\d{4}-\d{2}-\d{2}", cells[2])
        out.writerow([f"{folder}/{cells[0]}", date.group(0) if date else "", cells[1]])
PY
"$KG" ingest -q --db "$WORK/dev.db" --manifest "$WORK/manifest.csv" "$SET/articles"
"$KG" query --db "$WORK/dev.db" --format csv --no-headers \
  "MATCH (a)-[r]->(b) WHERE r.last_seen < date('2022-01-01') RETURN a.name, type(r), b.name, r.status" |
  tr -d '\r' | sort > "$WORK/cypher.txt"
sqlite3 -csv "$WORK/dev.db" "
  SELECT s.name, e.relation, t.name, e.status FROM edges e
  JOIN nodes s ON s.id = e.source JOIN nodes t ON t.id = e.target
  WHERE e.news = 1 AND e.status = 'asserted' AND NOT EXISTS (
    SELECT 1 FROM evidence v JOIN articles a ON a.id = v.article_id
    WHERE v.edge_id = e.id AND (a.published IS NULL OR a.published >= '2022-01-01'))" |
  tr -d '\r' | sort > "$WORK/sql.txt"
# Both answers as sets of rows (kg's CSV and sqlite3's quote differently).
python3 - "$WORK/cypher.txt" "$WORK/sql.txt" <<'PY'
import csv, sys
kg, sql = ({tuple(row) for row in csv.reader(open(path, encoding="utf-8"))} for path in sys.argv[1:])
print(f"edges last seen before 2022: kg {len(kg)}, from the evidence rows {len(sql)}")
for row in sorted(kg - sql): print("  only kg:", row)
for row in sorted(sql - kg): print("  only SQL:", row)
if kg != sql:
    sys.exit("dates_check: the sets differ")
print("dates_check: the same edges")
PY
