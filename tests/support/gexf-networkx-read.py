"""Reads a GEXF file with networkx's read_gexf and prints, as JSON, what networkx saw.

Usage: python3 gexf-networkx-read.py FILE

Output: {"graph": {...}, "declared": {"node": {id: {"title", "type"}}, "edge": {...}},
         "nodes": [{"id", "data", "types", "lists"}], "edges": [{"source", "target", "key", "data", "types", "lists"}]}
- data: the attributes networkx returns (viz included), unchanged;
- types: the Python type name of each attribute value;
- lists: for liststring columns, networkx's text decoded with json.loads(text, strict=False), the
  standard-library way to read the writer's list syntax (networkx itself hands liststring over as text).
The declared types are recorded by a GEXFReader subclass that keeps what find_gexf_attributes parsed.
"""
import json
import sys

import networkx as nx
from networkx.readwrite.gexf import GEXFReader


class RecordingReader(GEXFReader):
    def __init__(self):
        super().__init__(version="1.3")
        self.declared = {"node": {}, "edge": {}}

    def find_gexf_attributes(self, attributes_element):
        attrs, defaults = super().find_gexf_attributes(attributes_element)
        cls = attributes_element.get("class")
        for attr_id, spec in attrs.items():
            self.declared[cls][attr_id] = {"title": spec["title"], "type": spec["type"]}
        return attrs, defaults


def describe(data, list_titles):
    return {
        "data": data,
        "types": {k: type(v).__name__ for k, v in data.items()},
        "lists": {k: json.loads(v, strict=False) for k, v in data.items() if k in list_titles and isinstance(v, str)},
    }


def main(path):
    reader = RecordingReader()
    with open(path, "rb") as f:
        G = reader(f)
    node_lists = {s["title"] for s in reader.declared["node"].values() if s["type"] == "liststring"}
    edge_lists = {s["title"] for s in reader.declared["edge"].values() if s["type"] == "liststring"}
    out = {
        "graph": {
            "class": type(G).__name__,
            "directed": G.is_directed(),
            "multigraph": G.is_multigraph(),
            "mode": G.graph.get("mode"),
        },
        "declared": reader.declared,
        "nodes": [{"id": n, **describe(dict(d), node_lists)} for n, d in G.nodes(data=True)],
        "edges": [
            {"source": u, "target": v, "key": k, **describe(dict(d), edge_lists)}
            for u, v, k, d in (G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, None, d) for u, v, d in G.edges(data=True)))
        ],
    }
    # ASCII JSON, any character reaching Node intact whatever the pipe's encoding; one write, because
    # json.dump writes each token separately.
    sys.stdout.write(json.dumps(out, ensure_ascii=True))


if __name__ == "__main__":
    main(sys.argv[1])
