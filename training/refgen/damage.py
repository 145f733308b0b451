"""Seeded conversion damage applied to sentinel-marked strings (placeholder, filled in below)."""

from __future__ import annotations

import random


def damage(rng: random.Random, marked: str, lang: str) -> str:
    return marked
