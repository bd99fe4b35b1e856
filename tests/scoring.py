"""A small copy of the evaluation's item matching, so the accuracy gate runs without ../shared.

Items match when the Dice coefficient of their lower-cased word tokens is at least 0.8; each gold item
matches at most one predicted item (greedy, best pairs first), as in the project's scorer.
"""

from __future__ import annotations

import re
from collections import Counter

LISTS = ("responsibilities", "minimum_qualifications", "preferred_qualifications", "benefits")
THRESHOLD = 0.8


def tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9+#]+", text.lower())


def dice(a: str, b: str) -> float:
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    total = sum(ta.values()) + sum(tb.values())
    return 2 * sum((ta & tb).values()) / total if total else 1.0


def matched(gold: list[str], predicted: list[str]) -> int:
    pairs = sorted(((dice(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted)), reverse=True)
    used_gold, used_predicted, hits = set(), set(), 0
    for score, i, j in pairs:
        if score < THRESHOLD:
            break
        if i not in used_gold and j not in used_predicted:
            used_gold.add(i)
            used_predicted.add(j)
            hits += 1
    return hits


def item_counts(gold: dict, predicted: dict) -> Counter:
    counts: Counter = Counter()
    for key in LISTS:
        g, p = list(gold.get(key) or []), list(predicted.get(key) or [])
        counts.update(gold=len(g), predicted=len(p), hit=matched(g, p))
    return counts


def f1(counts: Counter) -> float:
    precision = counts["hit"] / counts["predicted"] if counts["predicted"] else 1.0
    recall = counts["hit"] / counts["gold"] if counts["gold"] else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
