#!/usr/bin/env python3
"""Writes one size's section of bench/RESULTS.md from the raw TSV files bench/run.sh collects,
then assembles bench/RESULTS.md from every size's section plus bench/results/notes.md.

usage: report.py OUT_DIR SIZE RESULTS_DIR
OUT_DIR holds machine.txt, run.txt, graph-info.txt, load.tsv, queries.tsv (the raw timings of
every engine), ingest.tsv; RESULTS_DIR is bench/results/ (SIZE.md is written there)."""
import os
import sys

ENGINES = [("kg", "kg in-process (warm)"), ("kg-cold", "kg query (cold process)"),
           ("kuzu", "Kùzu 0.11.3"), ("sqlite", "SQLite on kg's db")]
SIZES = ["small", "medium", "large"]
TARGET_LOAD_SECONDS = 1.0
TARGET_BYTES_PER_EDGE = 150.0


def read_pairs(path):
    pairs = {}
    if not os.path.exists(path):
        return pairs
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                pairs[parts[-2] if len(parts) > 2 else parts[0]] = parts[-1]
    return pairs


def read_timings(path):
    timings = {}  # (engine, id) -> dict
    if not os.path.exists(path):
        return timings
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 6 or parts[1] == "load":
                continue
            engine, query, median, p95, runs, rows = parts[:6]
            value = parts[6] if len(parts) > 6 else ""
            timings[(engine, query)] = {"median": median, "p95": p95, "runs": runs,
                                        "rows": rows, "value": value}
    return timings


def number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def cell(entry):
    if entry is None:
        return "not run"
    if entry["median"] == "ERROR":
        message = entry["value"].replace("|", "/")
        return "error: " + (message[:60] + "…" if len(message) > 60 else message)
    return f"{float(entry['median']):.2f} / {float(entry['p95']):.2f}"


def ratio(kg, peer):
    a = number(kg["median"]) if kg else None
    b = number(peer["median"]) if peer else None
    if a is None or b is None or b == 0:
        return "–"
    return f"{a / b:.2f}"


def section(out_dir, size):
    info = read_pairs(os.path.join(out_dir, "graph-info.txt"))
    load = read_pairs(os.path.join(out_dir, "load.tsv"))
    timings = read_timings(os.path.join(out_dir, "queries.tsv"))
    run = open(os.path.join(out_dir, "run.txt"), encoding="utf-8").read().strip()
    lines = [f"## {size}: {int(info.get('edges', 0)):,} edges", ""]
    lines += [run, ""]
    lines += [f"Data: {int(info.get('edges', 0)):,} edges, {int(info.get('evidence', 0)):,} "
              f"evidence sentences ({int(info.get('evidence_text_bytes', 0)) / 1e6:.1f} MB of "
              f"text), {int(load.get('nodes', 0)):,} actors, seed {info.get('seed', '?')}; "
              f"kg database written with the `{info.get('writer', '?')}` writer in "
              f"{float(info.get('write_seconds', 0)):.1f} s.", ""]
    lines += ["Median / p95 in milliseconds; ratio = kg in-process median / peer median "
              "(below 1.0 kg is faster). rows = result rows (the answer, when it is one value).",
              ""]
    header = "| query | " + " | ".join(name for _, name in ENGINES) + \
             " | kg/Kùzu | kg/SQLite | rows (kg · Kùzu · SQLite) |"
    lines += [header, "|" + "---|" * (len(ENGINES) + 4)]
    queries = sorted({q for (_, q) in timings})
    for query in queries:
        entries = {engine: timings.get((engine, query)) for engine, _ in ENGINES}

        def rows(entry):
            if entry is None or entry["median"] == "ERROR":
                return "–"
            return entry["rows"] + (f" ({entry['value']})" if entry["value"] else "")

        lines.append(f"| {query} | " + " | ".join(cell(entries[e]) for e, _ in ENGINES) +
                     f" | {ratio(entries['kg'], entries['kuzu'])} | "
                     f"{ratio(entries['kg'], entries['sqlite'])} | "
                     f"{rows(entries['kg'])} · {rows(entries['kuzu'])} · "
                     f"{rows(entries['sqlite'])} |")
    lines.append("")
    kuzu_load = read_pairs(os.path.join(out_dir, "kuzu-load.tsv")).get("load")
    seconds = number(load.get("seconds_median"))
    per_edge = number(load.get("bytes_per_edge_beyond_evidence_text"))
    verdict = lambda ok: "met" if ok else "**missed**"
    lines += ["| graph build and memory | value | target |", "|---|---|---|"]
    if seconds is not None:
        lines.append(f"| GraphStore::load from the tables, as `kg query` and the shell loaded before snapshots (evidence read on demand; median of {load.get('runs')}) | {seconds:.3f} s | "
                     f"< {TARGET_LOAD_SECONDS:.0f} s at 1M edges: "
                     f"{verdict(seconds < TARGET_LOAD_SECONDS) if size == 'large' else 'n/a'} |")
    if per_edge is not None:
        lines.append(f"| heap per edge beyond evidence text | {per_edge:.0f} B | "
                     f"< {TARGET_BYTES_PER_EDGE:.0f} B: "
                     f"{verdict(per_edge < TARGET_BYTES_PER_EDGE) if size == 'large' else 'n/a'} |")
        lines.append(f"| peak RSS of the loading process | {float(load.get('peak_rss_mb', 0)):.0f} MB"
                     f" | (heap after load {int(load.get('heap_bytes', 0)) / 1e6:.0f} MB) |")
    snapshot_seconds = number(load.get("snapshot_seconds_median"))
    snapshot_write = number(load.get("snapshot_write_seconds"))
    if snapshot_seconds is not None and snapshot_write is not None:
        lines.append(f"| the same from a current snapshot, as a new `kg query` process loads it "
                     f"(graph/graph_snapshot.h; median of {load.get('runs')}) | "
                     f"{snapshot_seconds * 1000:.1f} ms | < {TARGET_LOAD_SECONDS:.0f} s at 1M "
                     f"edges: {verdict(snapshot_seconds < TARGET_LOAD_SECONDS) if size == 'large' else 'n/a'} |")
        lines.append(f"| the first load after a change: the tables, then the snapshot written | "
                     f"{snapshot_write:.3f} s | |")
    eager_seconds = number(load.get("eager_seconds_median"))
    eager_per_edge = number(load.get("eager_bytes_per_edge_beyond_evidence_text"))
    if eager_seconds is not None and eager_per_edge is not None:
        lines.append(f"| the same with every evidence sentence in memory (as `kg export` loads) | "
                     f"{eager_seconds:.3f} s, {eager_per_edge:.0f} B per edge beyond the text, "
                     f"peak RSS {float(load.get('eager_peak_rss_mb', 0)):.0f} MB | |")
    if kuzu_load:
        lines.append(f"| Kùzu COPY FROM of the same CSVs (for reference) | {float(kuzu_load):.2f} s"
                     " | |")
    lines.append("")
    ingest_path = os.path.join(out_dir, "ingest.tsv")
    if os.path.exists(ingest_path):
        lines += ["| ingest (`kg ingest`) | articles | sentences | seconds | sentences/s | "
                  "sentences/s without start-up |", "|---|---|---|---|---|---|"]
        with open(ingest_path, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 6:
                    lines.append("| " + " | ".join(parts[:6]) + " |")
                elif parts and parts[0]:
                    lines.append("")
                    lines.append(parts[0])
        lines.append("")
    return "\n".join(lines) + "\n"


def assemble(results_dir):
    parts = ["# kg benchmark results", "",
             "Written by `bench/run.sh SIZE` (see bench/README.md); each size's section is "
             "replaced when that size is run again. The analysis at the end is bench/results/"
             "notes.md, written by hand after looking at the numbers and the profiles "
             "(bench/PROFILE.md).", ""]
    machine = os.path.join(results_dir, "machine.md")
    if os.path.exists(machine):
        parts.append(open(machine, encoding="utf-8").read())
    for size in SIZES:
        path = os.path.join(results_dir, f"{size}.md")
        if os.path.exists(path):
            parts.append(open(path, encoding="utf-8").read())
    # Written by bench/algorithms.sh, bench/window.sh, bench/ingest_speed.sh and bench/accuracy.sh.
    for name in ("algorithms.md", "window.md", "ingest.md", "accuracy.md", "notes.md"):
        path = os.path.join(results_dir, name)
        if os.path.exists(path):
            parts.append(open(path, encoding="utf-8").read())
    with open(os.path.join(results_dir, "..", "RESULTS.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts))


def main():
    out_dir, size, results_dir = sys.argv[1:4]
    os.makedirs(results_dir, exist_ok=True)
    with open(os.path.join(results_dir, f"{size}.md"), "w", encoding="utf-8") as f:
        f.write(section(out_dir, size))
    machine = os.path.join(out_dir, "machine.txt")
    if os.path.exists(machine):
        with open(os.path.join(results_dir, "machine.md"), "w", encoding="utf-8") as f:
            f.write("## Machine\n\n" + open(machine, encoding="utf-8").read() + "\n")
    assemble(results_dir)


if __name__ == "__main__":
    main()
