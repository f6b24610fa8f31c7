"""Reads a CSV with Python's csv module, or a GraphML file with networkx's read_graphml, and prints
what it read as JSON: for CSV {"header": [...], "rows": [{...}]}; for GraphML {"graph": {...},
"directed": bool, "nodes": [{"id", "data"}], "edges": [{"source", "target", "data"}]}.

Usage: python3 python-read.py csv|graphml FILE
"""
import csv
import json
import sys

import networkx as nx

kind, path = sys.argv[1], sys.argv[2]
if kind == "csv":
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
        print(json.dumps({"header": reader.fieldnames, "rows": rows}))
else:
    g = nx.read_graphml(path)
    print(
        json.dumps(
            {
                "graph": g.graph,
                "directed": g.is_directed(),
                "nodes": [{"id": n, "data": d} for n, d in g.nodes(data=True)],
                "edges": [{"source": u, "target": v, "data": d} for u, v, d in g.edges(data=True)],
            }
        )
    )
