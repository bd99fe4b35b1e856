"""Postings as schema.org `JobPosting` JSON-LD, for publishing: only what jobx found, each property in the
form Google's job-posting structured-data rules ask for. A value jobx cannot state that way is left out
rather than guessed: `datePosted` (a posting rarely says), `baseSalary` (the salary is words, not numbers),
a `jobLocation` whose country is not named (Google requires `addressCountry`), a `validThrough` that is not
an ISO date. Reads Posting.to_dict() records only.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from typing import Any

from .countries import country_code

# jobx's employment types as schema.org / Google name them.
EMPLOYMENT_TYPES = {
    "full-time": "FULL_TIME",
    "part-time": "PART_TIME",
    "contract": "CONTRACTOR",
    "internship": "INTERN",
    "temporary": "TEMPORARY",
    "volunteer": "VOLUNTEER",
}
LIST_TITLES = {
    "responsibilities": "Responsibilities",
    "minimum_qualifications": "Minimum qualifications",
    "preferred_qualifications": "Preferred qualifications",
    "benefits": "Benefits",
}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\Z")
SCRIPT_BREAKERS = re.compile(r"(?i)</script|<!--")
NOT_FULLY_REMOTE = ("hybrid", "office", "onsite", "on-site", "on site", "in person", "in-person")


def to_jsonld(records: Sequence[dict[str, Any]], many: bool = False) -> str:
    """One JobPosting object for one posting, an array for several (as --format json does)."""
    postings = [job_posting(record) for record in records]
    value: Any = postings[0] if len(postings) == 1 and not many else postings
    # '</script' and '<!--' written with '\/' and '\u0021' (the same JSON strings), so the output can go
    # inside a <script> element as it is.
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return SCRIPT_BREAKERS.sub(lambda m: m.group().replace("/", "\\/").replace("!", "\\u0021"), text) + "\n"


def job_posting(record: dict[str, Any]) -> dict[str, Any]:
    logistics = record.get("logistics") or {}
    posting: dict[str, Any] = {"@context": "https://schema.org/", "@type": "JobPosting"}
    if record.get("title"):
        posting["title"] = record["title"]
    description = description_html(record)
    if description:
        posting["description"] = description
    if record.get("company"):
        posting["hiringOrganization"] = {"@type": "Organization", "name": record["company"]}
    posting.update(location_properties(logistics.get("location"), logistics.get("work_arrangement")))
    if logistics.get("employment_type") in EMPLOYMENT_TYPES:
        posting["employmentType"] = EMPLOYMENT_TYPES[logistics["employment_type"]]
    for key, schema_key in (
        ("responsibilities", "responsibilities"),
        ("minimum_qualifications", "qualifications"),
        ("benefits", "jobBenefits"),
    ):
        if record.get(key):
            posting[schema_key] = [item_text(item) for item in record[key]]
    if record.get("skills"):
        posting["skills"] = list(record["skills"])
    if logistics.get("start"):
        posting["jobStartDate"] = logistics["start"]  # schema.org takes a Date or Text
    deadline = (logistics.get("deadline") or "").strip()
    if ISO_DATE.match(deadline):
        posting["validThrough"] = deadline
    return posting


def location_properties(location: str | None, arrangement: str | None) -> dict[str, Any]:
    """jobLocation with a PostalAddress; for a fully remote job, jobLocationType TELECOMMUTE with the
    country applicants must be in. Both only where the location names its country."""
    country = country_code(location) if location else None
    if location is None or country is None:
        return {}
    words = (arrangement or "").casefold()
    if "remote" in words and not any(word in words for word in NOT_FULLY_REMOTE):
        return {
            "jobLocationType": "TELECOMMUTE",
            "applicantLocationRequirements": {"@type": "Country", "name": country},
        }
    parts = [part.strip() for part in location.split(",")][:-1]  # the last part named the country
    address: dict[str, Any] = {"@type": "PostalAddress"}
    if parts:
        address["addressLocality"] = parts[0]
    if len(parts) == 2:
        address["addressRegion"] = parts[1]
    address["addressCountry"] = country
    return {"jobLocation": {"@type": "Place", "address": address}}


def description_html(record: dict[str, Any]) -> str:
    """The posting's lists and logistics as the HTML Google reads in a description (p, ul, li)."""
    parts: list[str] = []
    for key, title in LIST_TITLES.items():
        items = record.get(key) or []
        if items:
            bullets = "".join(f"<li>{escape(item_text(item))}</li>" for item in items)
            parts.append(f"<p>{title}</p><ul>{bullets}</ul>")
    for field, value in (record.get("logistics") or {}).items():
        if value:
            parts.append(f"<p>{field.replace('_', ' ').capitalize()}: {escape(value)}</p>")
    if record.get("skills"):
        parts.append(f"<p>Skills: {escape(', '.join(record['skills']))}</p>")
    return "".join(parts)


def item_text(item: Any) -> str:
    return item["text"] if isinstance(item, dict) else str(item)


def escape(text: str) -> str:
    return html.escape(text, quote=False)
