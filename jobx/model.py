"""The typed result of an extraction: frozen dataclasses and the JSON contract they serialise to."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up (~2.5 ms)
if TYPE_CHECKING:
    from typing import Any

SCHEMA_VERSION = 2  # 2: `values` (pay, dates and arrangement read as values) beside `logistics`

EMPLOYMENT_TYPES = ("full-time", "part-time", "contract", "internship", "temporary", "volunteer")
LOGISTICS_KEYS = (
    "location",
    "work_arrangement",
    "employment_type",
    "start",
    "duration",
    "salary",
    "deadline",
    "graduation",
)


class SectionKind(str, enum.Enum):
    """What a part of a posting is about; only the first four are itemised."""

    RESPONSIBILITIES = "responsibilities"
    MINIMUM = "minimum_qualifications"
    PREFERRED = "preferred_qualifications"
    BENEFITS = "benefits"
    QUALIFICATIONS = "qualifications"  # unsplit list: its items go to minimum
    ROLE = "role"  # overview / about the job: prose, not itemised
    TEAM = "team"
    COMPANY = "company"  # About <company>: boilerplate that names the company
    LOGISTICS = "logistics"  # job information blocks: scanned for fields only
    BOILERPLATE = "boilerplate"  # diversity, privacy, application tips, page chrome
    PREAMBLE = "preamble"  # text before the first heading


ITEMISED_KINDS = (
    SectionKind.RESPONSIBILITIES,
    SectionKind.MINIMUM,
    SectionKind.PREFERRED,
    SectionKind.BENEFITS,
)
# Sections that describe the candidate: their words never name the kind of job ('permanent residence')
REQUIREMENT_KINDS = (SectionKind.MINIMUM, SectionKind.PREFERRED, SectionKind.QUALIFICATIONS)


@dataclass(frozen=True)
class Span:
    """Character offsets [start, end) into the text jobx read."""

    start: int
    end: int


@dataclass(frozen=True)
class Item:
    """One bullet, sentence or clause, with the offsets of its text in the input."""

    text: str
    start: int
    end: int
    list_name: str = "responsibilities"  # the Posting list it belongs to


@dataclass(frozen=True)
class Section:
    """A heading (None for the preamble) and the body that follows it."""

    kind: SectionKind
    heading: str | None
    heading_span: Span | None
    body_span: Span
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Logistics:
    """Short phrases from the posting; employment_type is one of EMPLOYMENT_TYPES or None."""

    location: str | None = None
    work_arrangement: str | None = None
    employment_type: str | None = None
    start: str | None = None
    duration: str | None = None
    salary: str | None = None
    deadline: str | None = None
    graduation: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {key: getattr(self, key) for key in LOGISTICS_KEYS}


@dataclass(frozen=True)
class Salary:
    """Pay as numbers: min and max per period in the currency (an ISO 4217 code); None where not written."""

    min: int | float | None = None
    max: int | float | None = None
    currency: str | None = None
    period: str | None = None  # one of PERIODS

    def to_dict(self) -> dict[str, Any]:
        return {"min": self.min, "max": self.max, "currency": self.currency, "period": self.period}


PERIODS = ("hour", "day", "week", "month", "year")
ARRANGEMENTS = ("remote", "hybrid", "onsite")


@dataclass(frozen=True)
class Values:
    """The logistics phrases read as values (jobx/values.py): None where the words give none."""

    salary: Salary | None = None
    start: str | None = None  # YYYY-MM-DD, only where the posting gives a full date
    deadline: str | None = None
    work_arrangement: str | None = None  # one of ARRANGEMENTS
    onsite_days_per_week: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "salary": self.salary.to_dict() if self.salary is not None else None,
            "start": self.start,
            "deadline": self.deadline,
            "work_arrangement": self.work_arrangement,
            "onsite_days_per_week": self.onsite_days_per_week,
        }


@dataclass(frozen=True)
class Posting:
    """Everything jobx extracted from one posting."""

    source: str | None = None
    title: str | None = None
    company: str | None = None
    team: str | None = None
    responsibilities: tuple[Item, ...] = ()
    minimum_qualifications: tuple[Item, ...] = ()
    preferred_qualifications: tuple[Item, ...] = ()
    benefits: tuple[Item, ...] = ()
    logistics: Logistics = field(default_factory=Logistics)
    skills: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    values: Values = field(default_factory=Values)

    def to_dict(self, *, spans: bool = False) -> dict[str, Any]:
        """The JSON contract (schema_version 2); with spans, items are {text, start, end} objects."""

        def items(values: tuple[Item, ...]) -> list[Any]:
            if spans:
                return [{"text": i.text, "start": i.start, "end": i.end} for i in values]
            return [i.text for i in values]

        return {
            "schema_version": SCHEMA_VERSION,
            "source": self.source,
            "title": self.title,
            "company": self.company,
            "team": self.team,
            "responsibilities": items(self.responsibilities),
            "minimum_qualifications": items(self.minimum_qualifications),
            "preferred_qualifications": items(self.preferred_qualifications),
            "benefits": items(self.benefits),
            "logistics": self.logistics.to_dict(),
            "values": self.values.to_dict(),
            "skills": list(self.skills),
            "warnings": list(self.warnings),
        }


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of Posting.to_dict(), with or without spans."""
    nullable = {"type": ["string", "null"]}
    item = {
        "oneOf": [
            {"type": "string", "minLength": 1},
            {
                "type": "object",
                "required": ["text", "start", "end"],
                "additionalProperties": False,
                "properties": {
                    "text": {"type": "string", "minLength": 1},
                    "start": {"type": "integer", "minimum": 0},
                    "end": {"type": "integer", "minimum": 0},
                },
            },
        ]
    }
    item_list = {"type": "array", "items": item}
    logistics = {
        "type": "object",
        "required": list(LOGISTICS_KEYS),
        "additionalProperties": False,
        "properties": {key: nullable for key in LOGISTICS_KEYS},
    }
    logistics["properties"]["employment_type"] = {"enum": [*EMPLOYMENT_TYPES, None]}
    amount = {"type": ["number", "null"], "minimum": 0}
    salary = {
        "type": "object",
        "required": ["min", "max", "currency", "period"],
        "additionalProperties": False,
        "properties": {
            "min": amount,
            "max": amount,
            "currency": {"type": ["string", "null"], "pattern": "^[A-Z]{3}$"},
            "period": {"enum": [*PERIODS, None]},
        },
    }
    iso_date = {"type": ["string", "null"], "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    values = {
        "type": "object",
        "required": ["salary", "start", "deadline", "work_arrangement", "onsite_days_per_week"],
        "additionalProperties": False,
        "properties": {
            "salary": {"oneOf": [salary, {"type": "null"}]},
            "start": iso_date,
            "deadline": iso_date,
            "work_arrangement": {"enum": [*ARRANGEMENTS, None]},
            "onsite_days_per_week": {"type": ["integer", "null"], "minimum": 1, "maximum": 7},
        },
    }
    properties: dict[str, Any] = {
        "schema_version": {"const": SCHEMA_VERSION},
        "source": nullable,
        "title": nullable,
        "company": nullable,
        "team": nullable,
        "responsibilities": item_list,
        "minimum_qualifications": item_list,
        "preferred_qualifications": item_list,
        "benefits": item_list,
        "logistics": logistics,
        "values": values,
        "skills": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "warnings": {"type": "array", "items": {"type": "string"}},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://github.com/jobx/jobx/schema/v2.json",
        "title": "jobx posting",
        "type": "object",
        "required": list(properties),
        "additionalProperties": False,
        "properties": properties,
    }
