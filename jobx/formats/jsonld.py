"""Postings as schema.org `JobPosting` JSON-LD, for publishing: only what jobx found, each property in the
form Google's job-posting structured-data rules ask for, from the normalised `values` (schema_version 2)
where a property wants a value rather than words. A value jobx cannot state that way is left out rather
than guessed: `datePosted` (a posting rarely says), a `baseSalary` without a currency or an amount, a
`jobLocation` whose country is not named (Google requires `addressCountry`), a `validThrough` that is not a
full date. Reads Posting.to_dict() records only (a schema_version 1 record has no values: no baseSalary).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from typing import Any

from .countries import country_code, region_country

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
POSTAL_CODE = re.compile(r"\d{4,6}(?:-\d{4})?\Z")  # '80120', '78701-1234', '2000' (no letters: a name)
SCRIPT_BREAKERS = re.compile(r"(?i)</script|<!--")
NOT_FULLY_REMOTE = ("hybrid", "office", "onsite", "on-site", "on site", "in person", "in-person")
UNIT_TEXT = {"hour": "HOUR", "day": "DAY", "week": "WEEK", "month": "MONTH", "year": "YEAR"}  # Google's unitText


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
    values = record.get("values") or {}
    posting: dict[str, Any] = {"@context": "https://schema.org/", "@type": "JobPosting"}
    if record.get("title"):
        posting["title"] = record["title"]
    description = description_html(record)
    if description:
        posting["description"] = description
    if record.get("company"):
        posting["hiringOrganization"] = {"@type": "Organization", "name": record["company"]}
    arrangement = logistics.get("work_arrangement")
    posting.update(location_properties(logistics.get("location"), arrangement, values.get("work_arrangement")))
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
    salary = base_salary(values.get("salary"))
    if salary:
        posting["baseSalary"] = salary
    if values.get("start") or logistics.get("start"):
        posting["jobStartDate"] = values.get("start") or logistics["start"]  # schema.org: a Date, else Text
    deadline = values.get("deadline") or (logistics.get("deadline") or "").strip()
    if ISO_DATE.match(deadline):
        posting["validThrough"] = deadline
    return posting


def base_salary(salary: Any) -> dict[str, Any] | None:
    """A MonetaryAmount whose value is a QuantitativeValue: one amount as `value`, a range as minValue and
    maxValue, the period as unitText. None without a currency or an amount (Google requires both)."""
    if not isinstance(salary, dict) or not salary.get("currency"):
        return None
    low, high = salary.get("min"), salary.get("max")
    if low is None and high is None:
        return None
    value: dict[str, Any] = {"@type": "QuantitativeValue"}
    if low is not None and low == high:
        value["value"] = low
    else:
        value.update({k: v for k, v in (("minValue", low), ("maxValue", high)) if v is not None})
    if salary.get("period") in UNIT_TEXT:
        value["unitText"] = UNIT_TEXT[salary["period"]]
    return {"@type": "MonetaryAmount", "currency": salary["currency"], "value": value}


def location_properties(location: str | None, arrangement: str | None, kind: str | None = None) -> dict[str, Any]:
    """jobLocation: a Place with a PostalAddress for each place (';' apart) whose country the location names,
    itself or by a state or province; for a fully remote job instead (the normalised arrangement, or the
    words of a record without one), jobLocationType TELECOMMUTE and the countries applicants must be in.
    Nothing when no country is named."""
    addresses = [address for place in (location or "").split(";") if (address := postal_address(place))]
    if not addresses:
        return {}
    words = (arrangement or "").casefold()
    remote = "remote" in words and not any(word in words for word in NOT_FULLY_REMOTE)
    if kind == "remote" if kind else remote:
        countries = list(dict.fromkeys(address["addressCountry"] for address in addresses))
        requirements = [{"@type": "Country", "name": country} for country in countries]
        return {
            "jobLocationType": "TELECOMMUTE",
            "applicantLocationRequirements": requirements[0] if len(requirements) == 1 else requirements,
        }
    places = [{"@type": "Place", "address": address} for address in addresses]
    return {"jobLocation": places[0] if len(places) == 1 else places}


def postal_address(place: str) -> dict[str, Any] | None:
    """'Austin, TX, 78701' -> locality Austin, region TX, postal code, country US; None without a country."""
    parts = [part.strip() for part in place.split(",") if part.strip()]
    postal_code = parts.pop() if parts and POSTAL_CODE.match(parts[-1]) else None
    if not parts:
        return None
    country = country_code(parts[-1])
    if country is not None:
        parts.pop()
        region = parts.pop() if len(parts) >= 2 else None  # 'Camberwell, VIC, AU'
    elif (country := region_country(parts[-1])) is not None:
        region = parts.pop()
    else:
        return None
    address: dict[str, Any] = {"@type": "PostalAddress"}
    if len(parts) > 1:
        address["streetAddress"] = ", ".join(parts[:-1])
    if parts:
        address["addressLocality"] = parts[-1]
    if region:
        address["addressRegion"] = region
    if postal_code:
        address["postalCode"] = postal_code
    address["addressCountry"] = country
    return address


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
