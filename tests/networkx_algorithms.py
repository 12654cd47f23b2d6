#!/usr/bin/env python3
"""The reference answers of tests/algorithms_networkx_test.cc, computed by NetworkX.

usage: networkx_algorithms.py EDGES.tsv SOURCE
EDGES.tsv: a first line "nodes N", then one edge per line: source, target, relation and cost,
tab-separated (node ids 0..N-1). Prints one JSON object: for each scope ("all", and "accused+
sanctioned": only those relations) PageRank and unnormalised betweenness on the simple directed
graph (parallel edges once), weakly and strongly connected components as sorted lists of sorted
node lists, and Dijkstra costs from SOURCE on the multigraph (the cheapest parallel edge counts).
"""
import json
import sys

import networkx as nx


def pagerank(graph):
    try:
        return nx.pagerank(graph, alpha=0.85, tol=1e-14, max_iter=100000)
    except (ImportError, ModuleNotFoundError):  # NetworkX >= 3 wants SciPy; its pure-Python form
        from networkx.algorithms.link_analysis import pagerank_alg
        return pagerank_alg._pagerank_python(graph, alpha=0.85, tol=1e-14, max_iter=100000)


def components(sets):
    return sorted(sorted(component) for component in sets)


def main():
    path, source = sys.argv[1], int(sys.argv[2])
    with open(path, encoding="utf-8") as f:
        count = int(f.readline().split()[1])
        edges = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    answer = {}
    for scope, keep in (("all", None), ("accused+sanctioned", {"accused", "sanctioned"})):
        simple, multi = nx.DiGraph(), nx.MultiDiGraph()
        simple.add_nodes_from(range(count))
        multi.add_nodes_from(range(count))
        for s, t, relation, cost in edges:
            if keep is not None and relation not in keep:
                continue
            simple.add_edge(int(s), int(t))
            multi.add_edge(int(s), int(t), w=float(cost))
        ranks = pagerank(simple)
        between = nx.betweenness_centrality(simple, normalized=False)
        costs = nx.single_source_dijkstra_path_length(multi, source, weight="w")
        answer[scope] = {
            "pagerank": [ranks[n] for n in range(count)],
            "betweenness": [between[n] for n in range(count)],
            "wcc": components(nx.weakly_connected_components(simple)),
            "scc": components(nx.strongly_connected_components(simple)),
            "dijkstra": {str(n): c for n, c in costs.items()},
        }
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()
