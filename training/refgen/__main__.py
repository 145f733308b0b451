"""Command line: ``python -m training.refgen --n 30000 --seed 13 --out training/build/synthetic.jsonl``."""

from __future__ import annotations

import argparse
from pathlib import Path

from training.refgen.generate import generate


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m training.refgen", description=__doc__)
    ap.add_argument("--n", type=int, default=30000)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    lines = generate(args.n, args.seed)
    args.out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


if __name__ == "__main__":
    main()
