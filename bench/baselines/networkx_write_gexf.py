"""networkx's write_gexf on the graph of a graph.json (graphology's export format), for the bench.

Usage: python3 networkx_write_gexf.py GRAPH_JSON OUT_GEXF [ROUNDS]
Loads the JSON into a MultiDiGraph (outside the timing), flattens lists and objects to JSON text
(networkx writes list values as dynamic data), then writes OUT_GEXF with write_gexf ROUNDS times
(default 1), each timed inside this script (Python's start-up and the loading not counted), as the
bench times its own writer to a file inside Node. Prints one JSON line:
{"ms": median, "cpuMs": its CPU time, "runsMs": [...], "bytes": ..., "loadMs": ..., "networkx": "3.6.1"}."""
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

rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 1
runs = []
for _ in range(rounds):
    if os.path.exists(sys.argv[2]):
        os.remove(sys.argv[2])
    c1 = time.process_time()
    t1 = time.perf_counter()
    nx.write_gexf(G, sys.argv[2])
    runs.append((round((time.perf_counter() - t1) * 1000), round((time.process_time() - c1) * 1000)))
median = sorted(runs)[(len(runs) - 1) // 2]
print(json.dumps({"ms": median[0], "cpuMs": median[1], "runsMs": [r[0] for r in runs], "bytes": os.path.getsize(sys.argv[2]), "loadMs": round(load_ms), "networkx": nx.__version__}))
