"""The accuracy gate: item F1 and field accuracy may only go up (floors in accuracy_floors.json)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import GOLDEN, REPO, extract_file
from .scoring import f1, item_counts

FLOORS = json.loads((REPO / "tests" / "accuracy_floors.json").read_text(encoding="utf-8"))


def test_golden_postings_against_human_gold() -> None:
    """In-repo: the reviewed postings scored against their hand-made annotations."""
    total = None
    for gold_path in sorted((GOLDEN / "gold").glob("*.yaml")):
        posting = next(p for p in GOLDEN.glob(gold_path.stem + ".*") if p.suffix != ".yaml")
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        predicted = extract_file(posting).to_dict()
        counts = item_counts(gold, predicted)
        total = counts if total is None else total + counts
    assert total is not None
    assert f1(total) >= FLOORS["golden_item_f1"]


def score(shared: Path, postings: Path, gold: Path) -> dict:
    command = f"{sys.executable} -m jobx extract {{path}} --format json"
    result = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), "--postings", str(postings), "--gold", str(gold),
         "--cmd", command, "--json"],
        capture_output=True, text=True, check=True, timeout=600,
    )
    return json.loads(result.stdout)


@pytest.mark.slow
def test_seed_scores(shared: Path) -> None:
    report = score(shared, shared / "seeds", shared / "gold")
    assert report["failures"] == 0
    assert report["all_items"]["f1"] >= FLOORS["seeds_item_f1"]
    assert report["field_accuracy"] >= FLOORS["seeds_field_accuracy"]


@pytest.mark.slow
def test_corpus_scores(shared: Path) -> None:
    report = score(shared, shared / "corpus" / "postings", shared / "corpus" / "gold")
    assert report["failures"] == 0
    assert report["all_items"]["f1"] >= FLOORS["corpus_item_f1"]
    assert report["field_accuracy"] >= FLOORS["corpus_field_accuracy"]
