"""Times networkx's write_gexf on a graphology export (JSON), for tests/support/gexf-bench.ts.

networkx writes list values as dynamic data, so lists and objects are flattened to JSON text first,
outside the timing. Prints one line in the bench's format."""
import io
import json
import sys
import time

import networkx as nx


def flat(attributes):
    return {k: json.dumps(v) if isinstance(v, (list, dict)) else v for k, v in attributes.items()}


with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
G = nx.MultiDiGraph()
for node in data["nodes"]:
    G.add_node(node["key"], **flat(node.get("attributes", {})))
for edge in data["edges"]:
    G.add_edge(edge["source"], edge["target"], key=edge["key"], **flat(edge.get("attributes", {})))

times = []
size = 0
for _ in range(2):
    out = io.BytesIO()
    t0 = time.perf_counter()
    nx.write_gexf(G, out, version="1.2draft")
    times.append((time.perf_counter() - t0) * 1000)
    size = out.getbuffer().nbytes
best = min(times)
print(f"{'networkx write_gexf':34} best {best:6.0f} ms  median {sorted(times)[len(times) // 2]:6.0f} ms  {size / 1e6:7.1f} MB  {size / 1e6 / (best / 1000):5.0f} MB/s")
