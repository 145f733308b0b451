"""The benchmark's table on the terminal."""

from __future__ import annotations


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def print_table(r: dict) -> None:
    ex = r["extraction"]
    rows = [
        ("documents", f"{r['docs']:,} ({r['chars'] / 1e6:.1f} M chars)"),
        ("extract (1 core)", f"{ex['extract_chars_per_s'] / 1000:.0f} k chars/s on {ex['docs']} papers"),
        ("plain jieba, same text", f"{ex['jieba_chars_per_s'] / 1000:.0f} k chars/s; ratio {ex['ratio']:.2f}"),
        ("extraction stages", ", ".join(f"{k} {v:.0%}" for k, v in list(ex["stage_shares"].items())[:6])),
    ]
    for b in r["builds"]:
        phases = ", ".join(f"{k} {v:.0%}" for k, v in b["shares"].items() if v >= 0.01)
        rows.append((f"build --jobs {b['jobs']}", f"{b['seconds']:.1f} s, {b['peak_rss_mb']:,} MB peak RSS; {phases}"))
    s, rb = r["store"], r["rebuild"]
    rows += [
        ("store", f"{s['triples']:,} triples ({s['triples_per_doc']:,}/doc), {_mb(s['bytes'])} on disk"),
        ("dataset/ (TriG) / records.jsonl", f"{_mb(s['trig_bytes'])} / {_mb(s['records_bytes'])}"),
        ("rebuild, nothing changed", f"{rb['unchanged_s']:.2f} s ({rb['unchanged_ms_per_doc']} ms/doc)"),
        ("rebuild, one changed", f"{r['rebuild']['one_changed_s']:.2f} s"),
    ]
    for name, q in r["queries"].items():
        rows.append((f"query {name}", f"p50 {q['p50_ms']:.0f} ms, p95 {q['p95_ms']:.0f} ms ({q['rows']} rows)"))
    for name, v in r["views"].items():
        paint = f", paint {v['paint_s']:.2f} s" if "paint_s" in v else ""
        rows.append((f"view {name}", f"{_mb(v['bytes'])}{paint}"))
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{width}}  {v}")
