"""Every golden posting's output, with and without spans, validates against `jobx schema`."""

from __future__ import annotations

import jsonschema
import pytest

import jobx
from jobx.model import json_schema

from .conftest import GOLDEN, REPO, extract_file

POSTINGS = sorted(REPO.glob("seeds/*.txt")) + sorted(
    p for p in GOLDEN.iterdir() if p.suffix in (".txt", ".md", ".html")
)


def test_schema_is_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())


@pytest.mark.parametrize("posting", POSTINGS, ids=[p.name for p in POSTINGS])
@pytest.mark.parametrize("spans", [False, True], ids=["plain", "spans"])
def test_output_validates(posting, spans: bool) -> None:
    record = extract_file(posting).to_dict(spans=spans)
    jsonschema.validate(record, json_schema(), cls=jsonschema.Draft202012Validator)


def test_every_key_is_present_even_when_empty() -> None:
    record = jobx.extract("Nothing to see").to_dict()
    assert set(record) == set(json_schema()["required"])
    assert record["warnings"]  # empty lists are never silent


def test_values_are_checked_by_the_schema() -> None:
    """schema_version 2: `values` beside `logistics`, each part typed; a wrong one is refused."""
    record = jobx.extract("Analyst\n\nSalary: €45K–55K per year\nClosing date: 12 December 2026\n").to_dict()
    validator = jsonschema.Draft202012Validator(json_schema(), format_checker=jsonschema.FormatChecker())
    assert record["values"]["salary"] == {"min": 45000, "max": 55000, "currency": "EUR", "period": "year"}
    validator.validate(record)
    for key, bad in [
        ("salary", {"min": 1, "max": 2, "currency": "eur", "period": "year"}),
        ("salary", {"min": 1, "max": 2, "currency": "EUR", "period": "fortnight"}),
        ("salary", {"min": "45K", "max": None, "currency": None, "period": None}),
        ("deadline", "12 December 2026"),
        ("deadline", "2026-13-45"),
        ("work_arrangement", "Hybrid"),
        ("onsite_days_per_week", 0),
    ]:
        assert not validator.is_valid({**record, "values": {**record["values"], key: bad}}), (key, bad)
