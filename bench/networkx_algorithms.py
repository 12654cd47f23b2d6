#!/usr/bin/env python3
"""NetworkX's side of bench/algorithms.sh: reads the edges a query sees (asserted, or without a
status) from kg's database, builds a DiGraph, and times PageRank, weakly and strongly connected
components. Prints tab-separated lines: step, seconds, result (pagerank-top: the name of the node
with the highest score).

usage: networkx_algorithms.py GRAPH.db
"""
import sqlite3
import sys
import time

import networkx as nx


def timed(label, work):
    start = time.perf_counter()
    result = work()
    shown = len(result) if isinstance(result, dict) else result
    print(f"{label}\t{time.perf_counter() - start:.3f}\t{shown}", flush=True)
    return result


def pagerank(graph):
    try:
        return nx.pagerank(graph)  # NetworkX's defaults: alpha 0.85, tol 1e-6
    except (ImportError, ModuleNotFoundError):  # NetworkX >= 3 wants SciPy for it
        from networkx.algorithms.link_analysis import pagerank_alg
        return pagerank_alg._pagerank_python(graph)


def main():
    db = sqlite3.connect(sys.argv[1])

    def load():
        graph = nx.DiGraph()
        graph.add_nodes_from(row[0] for row in db.execute("SELECT id FROM nodes"))
        graph.add_edges_from(db.execute(
            "SELECT source, target FROM edges WHERE status = 'asserted' OR status IS NULL"))
        return graph

    graph = timed("load", load)
    scores = timed("pagerank", lambda: pagerank(graph))
    top = max(scores, key=scores.get)
    name = db.execute("SELECT name FROM nodes WHERE id = ?", (top,)).fetchone()[0]
    print(f"pagerank-top\t0\t{name}", flush=True)
    timed("wcc", lambda: sum(1 for _ in nx.weakly_connected_components(graph)))
    timed("scc", lambda: sum(1 for _ in nx.strongly_connected_components(graph)))


if __name__ == "__main__":
    main()
