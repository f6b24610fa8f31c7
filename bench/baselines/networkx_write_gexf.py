"""networkx's write_gexf on the graph of a graph.json (graphology's export format), for the bench.

Usage: python3 networkx_write_gexf.py GRAPH_JSON OUT_GEXF
Loads the JSON into a MultiDiGraph (outside the timing), flattens lists and objects to JSON text
(networkx writes list values as dynamic data), then times write_gexf to OUT_GEXF. Prints one JSON
line: {"ms": ..., "bytes": ..., "loadMs": ..., "networkx": "3.6.1"}."""
import json
import os
import sys
import time

import networkx as nx


def flat(attributes):
    return {k: json.dumps(v) if isinstance(v, (list, dict)) else v for k, v in attributes.items()}


t0 = time.perf_counter()
with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
G = nx.MultiDiGraph()
for node in data["nodes"]:
    G.add_node(node["key"], **flat(node.get("attributes", {})))
for edge in data["edges"]:
    G.add_edge(edge["source"], edge["target"], key=edge["key"], **flat(edge.get("attributes", {})))
del data
load_ms = (time.perf_counter() - t0) * 1000

t1 = time.perf_counter()
nx.write_gexf(G, sys.argv[2])
ms = (time.perf_counter() - t1) * 1000
print(json.dumps({"ms": round(ms), "bytes": os.path.getsize(sys.argv[2]), "loadMs": round(load_ms), "networkx": nx.__version__}))
