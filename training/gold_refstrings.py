"""Reference strings of the annotated papers as labelled sets (one {raw, fields} object a line).

    python -m training.gold_refstrings data/gold/real/dev data/gold/refstrings/chinaxiv-dev.jsonl

The raw string is the entry as printed with its whitespace runs collapsed, the
form in which the reference-list stage hands entries to the parser.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

FIELDS = ("authors", "title", "container", "year", "volume", "issue", "pages", "publisher", "place", "type")


def main(argv: list[str]) -> int:
    folder, out = Path(argv[0]), Path(argv[1])
    lines = []
    for path in sorted(folder.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for ref in doc.get("references") or []:
            raw = re.sub(r"\s+", " ", ref["raw"]).strip()
            item = {"raw": raw, "source": f"{doc['file']}#{ref['id']}", "lang": ref.get("lang")}
            item["fields"] = {f: ref.get(f) if f != "authors" else ref.get(f) or [] for f in FIELDS}
            lines.append(json.dumps(item, ensure_ascii=False))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} strings -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
