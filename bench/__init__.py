"""Benchmarks of npf-graph on the scale corpus: `python -m bench` (see `bench/__main__.py`)."""
