"""Postings as one long, tidy table (CSV or TSV): one row per value, for spreadsheets and databases.

Each row is `source, section, position, text, start, end`. `section` is the key of the JSON contract the
value comes from and `position` is the key inside it, so a row points back into the JSON: the item's
number (from 1) in a list, the field name under `logistics`, the key under `values` (`salary.min` for a
part of the salary), empty for `title`, `company` and `team`.
`start`/`end` are character offsets of an item in the text jobx read (empty where the JSON has none).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from typing import Any

COLUMNS = ("source", "section", "position", "text", "start", "end")
NAME_KEYS = ("title", "company", "team")
LIST_KEYS = ("responsibilities", "minimum_qualifications", "preferred_qualifications", "benefits")
TRAILING_LIST_KEYS = ("skills", "warnings")


class TSV(csv.excel_tab):
    """Tab-separated, quoted as CSV is (a tab, newline or quote in a value), with Unix line ends."""

    lineterminator = "\n"


DIALECTS: dict[str, type[csv.Dialect]] = {"csv": csv.excel, "tsv": TSV}  # csv.excel: RFC 4180, CRLF


def rows(record: dict[str, Any]) -> Iterator[tuple[str, str, str | int, Any, int | str, int | str]]:
    """A posting's rows in the order of the JSON contract; absent values (null, []) give no row."""
    source = record.get("source") or ""
    for key in NAME_KEYS:
        if record.get(key):
            yield source, key, "", record[key], "", ""
    for key in LIST_KEYS:
        for number, item in enumerate(record.get(key) or [], start=1):
            if isinstance(item, dict):
                yield source, key, number, item["text"], item["start"], item["end"]
            else:
                yield source, key, number, item, "", ""
    for field, value in (record.get("logistics") or {}).items():
        if value:
            yield source, "logistics", field, value, "", ""
    for field, value in (record.get("values") or {}).items():
        parts = value.items() if isinstance(value, dict) else [("", value)]
        for part, part_value in parts:
            if part_value is not None:
                yield source, "values", f"{field}.{part}" if part else field, part_value, "", ""
    for key in TRAILING_LIST_KEYS:
        for number, value in enumerate(record.get(key) or [], start=1):
            yield source, key, number, value, "", ""


def to_table(records: Sequence[dict[str, Any]], fmt: str, header: bool = True) -> str:
    """The rows of every record, after one header row (`header=False`: rows only, to follow a header
    already written, as `jobx batch` does for each posting on standard output)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, dialect=DIALECTS[fmt])
    if header:
        writer.writerow(COLUMNS)
    for record in records:
        writer.writerows(rows(record))
    return buffer.getvalue()


def header_row(fmt: str) -> str:
    return to_table([], fmt, header=True)
