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
