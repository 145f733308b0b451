"""Score the reference-string parser on labelled sets (one JSON object a line: raw + fields).

Per field: accuracy over the gold values present, and spurious values where the
gold has none (precision); whole-string exact match. A set may restrict the
scored fields with ``annotated_fields``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from npf_graph.evaluation.documents import REF_FIELDS, ref_field_equal
from npf_graph.extract.reflines import parse_line


def _empty(v: Any) -> bool:
    return v is None or v == "" or v == []


def score_set(items: list[dict], preds: list[dict]) -> dict[str, Any]:
    per_field: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # correct, gold present, spurious
    exact = 0
    for g, p in zip(items, preds, strict=True):
        scored = g.get("annotated_fields") or REF_FIELDS
        if (g.get("extra") or {}).get("type_inferred"):
            scored = [f for f in scored if f != "type"]
        ok_all = True
        for name in REF_FIELDS:
            if name not in scored:
                continue
            gv, pv = g["fields"].get(name), p.get(name)
            counts = per_field[name]
            if _empty(gv):
                counts[2] += int(not _empty(pv))
                continue
            counts[1] += 1
            if ref_field_equal(name, gv, pv):
                counts[0] += 1
            else:
                ok_all = False
        exact += ok_all
    ok = sum(c[0] for c in per_field.values())
    total = sum(c[1] for c in per_field.values())
    spurious = sum(c[2] for c in per_field.values())
    return {
        "n": len(items),
        "field_acc": round(ok / total, 4) if total else None,
        "field_precision": round(ok / (total + spurious), 4) if total else None,
        "exact_match": round(exact / len(items), 4) if items else None,
        "per_field": {k: round(c[0] / c[1], 4) for k, c in per_field.items() if c[1]},
    }


def evaluate_set(path: Path) -> dict[str, Any]:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    preds = [parse_line(item["raw"], n).model_dump(mode="json") for n, item in enumerate(items, 1)]
    return {"set": path.stem, **score_set(items, preds)}
