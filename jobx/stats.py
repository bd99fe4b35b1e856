"""Many postings -> one summary: how often each section and field is found, the top skills, employment
types, work arrangements, pay and warnings. Reads only `Posting.to_dict()` records (what `jobx extract
--format jsonl` writes), so a summary of a folder and of its JSON Lines are the same. Pure: the CLI
opens the files; the renderers in formats/stats_*.py draw the summary."""

from __future__ import annotations

import json
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import regexes
from .errors import InputError
from .model import LOGISTICS_KEYS

LIST_KEYS = ("responsibilities", "minimum_qualifications", "preferred_qualifications", "benefits", "skills")
NAME_KEYS = ("title", "company", "team")
NOT_STATED = "(not stated)"
DEFAULT_TOP = 15
SALARY_PARTS = frozenset({"min", "max", "currency", "period"})
# What varies inside one kind of warning: a quoted heading, a number. Replaced so the kinds count together.
QUOTED = regexes.compile(r"""'[^'\n]*'|"[^"\n]*"|\d+""")
# As-written arrangements grouped into the classes schema_version 2 names; any language pack's word for
# them would belong in the rules, so only the English words the JSON's values mostly hold are here.
ARRANGEMENT_WORDS = (
    ("hybrid", "hybrid"),
    ("remote", "remote"),
    ("on-site", "onsite"),
    ("onsite", "onsite"),
    ("on site", "onsite"),
    ("in office", "onsite"),
    ("in-office", "onsite"),
)


@dataclass
class Summary:
    """Counts over many postings; to_dict() is the JSON (and CSV, HTML) form."""

    postings: int = 0
    sections: Counter[str] = field(default_factory=Counter)  # list key -> postings with at least one item
    fields: Counter[str] = field(default_factory=Counter)  # name or logistics key -> postings stating it
    skills: Counter[str] = field(default_factory=Counter)  # skill -> postings naming it
    employment_types: Counter[str] = field(default_factory=Counter)
    work_arrangements: Counter[str] = field(default_factory=Counter)
    salaries_written: Counter[str] = field(default_factory=Counter)  # the pay as the postings write it
    salaries: dict[tuple[str, str], list[tuple[float, float]]] = field(default_factory=dict)  # normalised
    warnings: Counter[str] = field(default_factory=Counter)

    def add(self, record: dict[str, Any]) -> None:
        """Count one posting record (schema_version 1 or later)."""
        self.postings += 1
        for key in LIST_KEYS:
            if record.get(key):
                self.sections[key] += 1
        logistics = record.get("logistics") or {}
        for key in NAME_KEYS:
            if record.get(key):
                self.fields[key] += 1
        for key in LOGISTICS_KEYS:
            if logistics.get(key):
                self.fields[key] += 1
        self.skills.update(set(record.get("skills") or ()))
        self.employment_types[logistics.get("employment_type") or NOT_STATED] += 1
        self.work_arrangements[arrangement_class(record)] += 1
        pay = normalised_salary(record)
        if pay is not None:
            currency, period, low, high = pay
            self.salaries.setdefault((currency, period), []).append((low, high))
        if logistics.get("salary"):
            self.salaries_written[" ".join(str(logistics["salary"]).split())] += 1
        self.warnings.update({warning_kind(w) for w in record.get("warnings") or ()})

    def to_dict(self, top: int = DEFAULT_TOP) -> dict[str, Any]:
        total = self.postings

        def share(count: int) -> float:
            return round(count / total, 4) if total else 0.0

        def counted(counter: Counter[str], limit: int | None = top) -> list[dict[str, Any]]:
            ranked = sorted(counter.items(), key=lambda pair: (-pair[1], pair[0] == NOT_STATED, pair[0]))
            return [{"name": name, "postings": n, "share": share(n)} for name, n in ranked[:limit]]

        return {
            "postings": total,
            "sections": [
                {
                    "name": key,
                    "found": self.sections[key],
                    "missing": total - self.sections[key],
                    "share_missing": share(total - self.sections[key]),
                }
                for key in LIST_KEYS
            ],
            "fields": [
                {
                    "name": key,
                    "found": self.fields[key],
                    "missing": total - self.fields[key],
                    "share_missing": share(total - self.fields[key]),
                }
                for key in (*NAME_KEYS, *LOGISTICS_KEYS)
            ],
            "skills": counted(self.skills),
            "employment_types": counted(self.employment_types, None),
            "work_arrangements": counted(self.work_arrangements, None),
            "salary_ranges": [
                salary_row(currency, period, ranges)
                for (currency, period), ranges in sorted(
                    self.salaries.items(), key=lambda pair: (-len(pair[1]), pair[0])
                )
            ],
            "salaries_as_written": counted(self.salaries_written),
            "warnings": counted(self.warnings),
        }


def salary_row(currency: str, period: str, ranges: list[tuple[float, float]]) -> dict[str, Any]:
    """The spread of one currency and period: each posting's midpoint, then their quartiles."""
    middles = sorted((low + high) / 2 for low, high in ranges)
    q1, median, q3 = statistics.quantiles(middles, n=4, method="inclusive") if len(middles) > 1 else [middles[0]] * 3
    return {
        "currency": currency,
        "period": period,
        "postings": len(ranges),
        "lowest": min(low for low, _ in ranges),
        "q1": q1,
        "median": median,
        "q3": q3,
        "highest": max(high for _, high in ranges),
    }


def normalised_salary(record: dict[str, Any]) -> tuple[str, str, float, float] | None:
    """(currency, period, min, max) from the normalised pay of schema_version 2, `values.salary`
    {min, max, currency, period} (either bound may be missing); None for version 1 records, whose pay
    is only the words (counted as written) — or when the words could not be read as figures."""
    value = (record.get("values") or {}).get("salary")
    if not (isinstance(value, dict) and SALARY_PARTS <= set(value)):
        return None
    low, high = value.get("min"), value.get("max")
    low = high if low is None else low
    high = low if high is None else high
    if not isinstance(low, (int, float)) or not isinstance(high, (int, float)):
        return None
    return str(value.get("currency") or "unstated"), str(value.get("period") or "unstated"), float(low), float(high)


def arrangement_class(record: dict[str, Any]) -> str:
    """remote / hybrid / onsite: the class of schema_version 2 (`values.work_arrangement`), or, for
    version 1, the class the English words name, else the words as written (lower case); NOT_STATED
    when the posting says nothing."""
    normalised = (record.get("values") or {}).get("work_arrangement")
    if isinstance(normalised, str) and normalised:
        return normalised
    written = (record.get("logistics") or {}).get("work_arrangement")
    if not written:
        return NOT_STATED
    lowered = " ".join(str(written).lower().split())
    return next((name for word, name in ARRANGEMENT_WORDS if word in lowered), lowered)


def warning_kind(warning: str) -> str:
    """A warning with its particulars (a quoted heading, a count) replaced by '…'."""
    return QUOTED.sub("…", str(warning))


def read_json_lines(lines: Iterable[str], source: str) -> Iterator[dict[str, Any] | InputError]:
    """Posting records from jobx's JSON Lines (or one JSON array, `extract --format json`); a line that is
    not a posting record comes out as an InputError naming source and line, and reading goes on (a
    first line that is not JSON ends it: the file is not JSON Lines, and one error says so)."""
    pending: list[str] = []
    number = read = 0
    for number, line in enumerate(lines, 1):
        if pending or (number == 1 and (line.lstrip().startswith("[") or line.strip() == "{")):
            pending.append(line)  # an array or an indented object (extract --format json): read at the end
            continue
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError:
            yield InputError(f"line {number}: not JSON (give a folder of postings, or jobx's JSON Lines)", source)
            if not read:
                return  # not JSON Lines at all (a posting?): one error, not one a line
            continue
        read += 1
        if isinstance(value, dict) and is_record(value):
            yield value
        else:
            yield InputError(f"line {number}: not a jobx posting record (no 'logistics' object)", source)
    if pending:
        try:
            values = json.loads("".join(pending))
        except ValueError as exc:
            yield InputError(f"not JSON Lines, and not a JSON array either ({exc})", source)
            return
        for index, value in enumerate(values if isinstance(values, list) else [values], 1):
            if isinstance(value, dict) and is_record(value):
                yield value
            else:
                yield InputError(f"element {index}: not a jobx posting record", source)


def is_record(value: dict[str, Any]) -> bool:
    return isinstance(value.get("logistics"), dict) and "schema_version" in value


def summarise(records: Iterable[dict[str, Any]]) -> Summary:
    summary = Summary()
    for record in records:
        summary.add(record)
    return summary
