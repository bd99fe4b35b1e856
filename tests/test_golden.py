"""Each posting in tests/golden/ against its reviewed expected output (<name>.yaml)."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
import yaml

from .conftest import GOLDEN, extract_file

POSTINGS = sorted(p for p in GOLDEN.iterdir() if p.suffix in (".txt", ".md", ".html", ".htm"))


def current_output(posting: Path) -> dict:
    record = extract_file(posting).to_dict()
    record.pop("source")
    return record


def dump(record: dict) -> str:
    return yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100)


@pytest.mark.parametrize("posting", POSTINGS, ids=[p.stem for p in POSTINGS])
def test_golden(posting: Path, update_golden: bool) -> None:
    expected_path = posting.with_suffix(".yaml")
    actual = dump(current_output(posting))
    if update_golden or not expected_path.exists():
        expected_path.write_text(actual, encoding="utf-8")
        pytest.skip(f"wrote {expected_path.name}: review it before committing")
    expected = expected_path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True), actual.splitlines(keepends=True), "expected", "actual"
            )
        )
        pytest.fail(f"{posting.name} output changed (rerun with --update-golden if intended):\n{diff}")


def test_every_golden_posting_has_expected_output() -> None:
    missing = [p.name for p in POSTINGS if not p.with_suffix(".yaml").exists()]
    assert not missing
    assert len(POSTINGS) >= 8
