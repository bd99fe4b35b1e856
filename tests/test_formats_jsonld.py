"""`--format jsonld` (issue 12): schema.org JobPosting objects that follow Google's job-posting
structured-data rules for every property emitted, and that round-trip through `jobx extract` of an HTML
page holding them."""

from __future__ import annotations

import json
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from jobx.cli import app
from jobx.formats.jsonld import job_posting, to_jsonld

from .conftest import GOLDEN, REPO

POSTINGS = sorted(
    [*REPO.glob("seeds/*.txt"), *(REPO / "examples").iterdir(), *(p for p in GOLDEN.glob("*.*") if p.suffix != ".yaml")]
)
runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "100"})

# Google's JobPosting properties (required and recommended) and the other schema.org ones jobx uses.
KNOWN_PROPERTIES = {
    "@context", "@type", "title", "description", "datePosted", "hiringOrganization", "jobLocation",
    "jobLocationType", "applicantLocationRequirements", "employmentType", "validThrough", "baseSalary",
    "responsibilities", "qualifications", "skills", "jobBenefits", "jobStartDate",
}
GOOGLE_EMPLOYMENT_TYPES = {"FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"}
ADDRESS_PROPERTIES = {"@type", "streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry"}
DESCRIPTION_TAGS = {"p", "ul", "li", "br"}  # what Google reads in a description


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.tags.add(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def as_list(value: Any) -> list[Any]:
    return [] if value is None else value if isinstance(value, list) else [value]


def google_problems(posting: dict[str, Any]) -> list[str]:
    """Where a JobPosting breaks Google's job-posting rules, for the properties it has."""
    problems = [f"unknown property {key}" for key in posting if key not in KNOWN_PROPERTIES]
    if posting.get("@context") != "https://schema.org/" or posting.get("@type") != "JobPosting":
        problems.append("not a schema.org JobPosting")
    if "title" in posting:
        title = posting["title"]
        if not isinstance(title, str) or not title.strip() or "<" in title and ">" in title:
            problems.append("title: plain text wanted")
    if "description" in posting:
        parser = Tags()
        parser.feed(posting["description"])
        if not parser.tags <= DESCRIPTION_TAGS:
            problems.append(f"description: tags Google does not read: {parser.tags - DESCRIPTION_TAGS}")
        if not "".join(parser.text).strip() or posting["description"] == posting.get("title"):
            problems.append("description: empty or the title")
    if "hiringOrganization" in posting:
        organization = posting["hiringOrganization"]
        if organization.get("@type") != "Organization" or not organization.get("name"):
            problems.append("hiringOrganization: an Organization with a name")
    for place in as_list(posting.get("jobLocation")):
        address = place.get("address") or {}
        if place.get("@type") != "Place" or address.get("@type") != "PostalAddress":
            problems.append("jobLocation: a Place with a PostalAddress")
        if not set(address) <= ADDRESS_PROPERTIES or not all(isinstance(v, str) and v for v in address.values()):
            problems.append(f"jobLocation: address properties {set(address) - ADDRESS_PROPERTIES}")
        country = address.get("addressCountry", "")
        if not (isinstance(country, str) and len(country) == 2 and country.isupper()):
            problems.append("jobLocation: addressCountry (an ISO 3166-1 alpha-2 code) is required")
    if "jobLocationType" in posting:
        requirements = as_list(posting.get("applicantLocationRequirements"))
        if posting["jobLocationType"] != "TELECOMMUTE" or not requirements or not all(
            r.get("@type") == "Country" and r.get("name") for r in requirements
        ):
            problems.append("jobLocationType TELECOMMUTE needs applicantLocationRequirements with a Country")
    if "employmentType" in posting and posting["employmentType"] not in GOOGLE_EMPLOYMENT_TYPES:
        problems.append(f"employmentType: {posting['employmentType']}")
    for key in ("validThrough", "datePosted"):
        if key in posting:
            try:
                datetime.fromisoformat(posting[key].replace("Z", "+00:00"))
            except ValueError:
                problems.append(f"{key}: not ISO 8601")
    if "baseSalary" in posting:
        problems += salary_problems(posting["baseSalary"])
    if "jobStartDate" in posting and not (isinstance(posting["jobStartDate"], str) and posting["jobStartDate"]):
        problems.append("jobStartDate: a Date or Text")
    for key in ("responsibilities", "qualifications", "skills", "jobBenefits"):
        if key in posting and not (isinstance(posting[key], list) and all(isinstance(v, str) and v for v in posting[key])):
            problems.append(f"{key}: a list of text")
    return problems


def salary_problems(salary: Any) -> list[str]:
    """Google's baseSalary: a MonetaryAmount with an ISO 4217 currency and a QuantitativeValue holding a
    number (value) or a range (minValue, maxValue), and unitText one of HOUR, DAY, WEEK, MONTH, YEAR."""
    problems = []
    if not isinstance(salary, dict) or salary.get("@type") != "MonetaryAmount":
        return ["baseSalary: a MonetaryAmount"]
    currency = salary.get("currency")
    if not (isinstance(currency, str) and len(currency) == 3 and currency.isupper()):
        problems.append("baseSalary: currency must be an ISO 4217 code")
    value = salary.get("value") or {}
    numbers = [value[k] for k in ("value", "minValue", "maxValue") if k in value]
    if value.get("@type") != "QuantitativeValue" or not numbers:
        problems.append("baseSalary: value must be a QuantitativeValue with an amount")
    if not all(isinstance(n, (int, float)) and not isinstance(n, bool) and n >= 0 for n in numbers):
        problems.append("baseSalary: amounts must be numbers")
    if "value" in value and ("minValue" in value or "maxValue" in value):
        problems.append("baseSalary: value or a range, not both")
    if "minValue" in value and "maxValue" in value and value["minValue"] > value["maxValue"]:
        problems.append("baseSalary: minValue above maxValue")
    if "unitText" in value and value["unitText"] not in {"HOUR", "DAY", "WEEK", "MONTH", "YEAR"}:
        problems.append(f"baseSalary: unitText {value['unitText']}")
    if not set(value) <= {"@type", "value", "minValue", "maxValue", "unitText"}:
        problems.append(f"baseSalary: unknown value properties {set(value)}")
    return problems


@pytest.mark.parametrize("path", POSTINGS, ids=lambda p: p.name)
def test_every_posting_follows_googles_rules(path: Path) -> None:
    result = runner.invoke(app, ["extract", str(path), "--format", "jsonld"])
    assert result.exit_code == 0, result.stderr
    posting = json.loads(result.stdout)
    assert google_problems(posting) == []
    record = json.loads(runner.invoke(app, ["extract", str(path), "--format", "json"]).stdout)
    assert posting.get("title") == record["title"]
    assert posting.get("responsibilities", []) == record["responsibilities"]
    assert posting.get("qualifications", []) == record["minimum_qualifications"]


def test_every_corpus_posting_follows_googles_rules(shared: Path) -> None:
    """The development corpus beside the checkout (skipped in a user's clone): every output is valid."""
    postings = sorted(str(p) for p in (shared / "corpus" / "postings").iterdir())
    result = runner.invoke(app, ["extract", *postings, "--format", "jsonld"])
    assert result.exit_code == 0, result.stderr
    outputs = json.loads(result.stdout)
    assert len(outputs) == len(postings)
    assert {index: google_problems(posting) for index, posting in enumerate(outputs)} == dict.fromkeys(
        range(len(postings)), []
    )


def record(values: dict[str, Any] | None = None, **logistics: str | None) -> dict[str, Any]:
    return {
        "schema_version": 2,
        "source": "x", "title": "Backend Engineer", "company": "Acme", "team": None,
        "responsibilities": ["Build APIs", "Run <b>services</b> & more"], "minimum_qualifications": ["Go"],
        "preferred_qualifications": ["Rust"], "benefits": ["Pension"],
        "logistics": {"location": None, "work_arrangement": None, "employment_type": None, "start": None,
                      "duration": None, "salary": None, "deadline": None, "graduation": None, **logistics},
        "values": {"salary": None, "start": None, "deadline": None, "work_arrangement": None,
                   "onsite_days_per_week": None, **(values or {})},
        "skills": ["Go", "Rust"], "warnings": [],
    }


@pytest.mark.parametrize(
    ("logistics", "expected"),
    [
        ({"location": "Berlin, Germany", "employment_type": "full-time"},
         {"jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Berlin",
                                                         "addressCountry": "DE"}},
          "employmentType": "FULL_TIME"}),
        ({"location": "Austin, Texas, USA", "employment_type": "internship"},
         {"jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Austin",
                                                         "addressRegion": "Texas", "addressCountry": "US"}},
          "employmentType": "INTERN"}),
        ({"location": "Lisbon, Portugal", "work_arrangement": "Remote", "employment_type": "contract"},
         {"jobLocationType": "TELECOMMUTE", "applicantLocationRequirements": {"@type": "Country", "name": "PT"},
          "employmentType": "CONTRACTOR"}),
        ({"location": "Lisbon, Portugal", "work_arrangement": "Hybrid (remote 2 days)"},
         {"jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Lisbon",
                                                         "addressCountry": "PT"}}}),
        ({"location": "Sydney", "work_arrangement": "Remote"}, {}),  # no country named: neither is stated
        ({"location": "San Francisco, CA"},  # CA is California here, not Canada
         {"jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "San Francisco",
                                                         "addressRegion": "CA", "addressCountry": "US"}}}),
        ({"location": "5334 S. Prince St., Littleton, CO, 80120"},
         {"jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "streetAddress": "5334 S. Prince St.",
                                                         "addressLocality": "Littleton", "addressRegion": "CO",
                                                         "postalCode": "80120", "addressCountry": "US"}}}),
        ({"location": "Tel Aviv, Israel; Haifa, Israel"},
         {"jobLocation": [{"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": city,
                                                          "addressCountry": "IL"}} for city in ("Tel Aviv", "Haifa")]}),
        ({"location": "Perth, WA"}, {}),  # Washington or Western Australia: not guessed
        ({"deadline": "2026-12-12", "start": "January 2027"}, {"validThrough": "2026-12-12", "jobStartDate": "January 2027"}),
        ({"deadline": "12th of December"}, {}),  # not an ISO date: left out
    ],
    ids=["city-country", "city-region-country", "fully-remote", "hybrid-is-not-telecommute", "no-country",
         "state-code", "street-and-postal-code", "two-places", "ambiguous-region", "iso-deadline", "worded-deadline"],
)
def test_logistics_become_properties_only_when_google_would_take_them(
    logistics: dict[str, str], expected: dict[str, Any]
) -> None:
    posting = job_posting(record(**logistics))
    assert google_problems(posting) == []
    found = {k: v for k, v in posting.items() if k in {"jobLocation", "jobLocationType", "applicantLocationRequirements",
                                                          "employmentType", "validThrough", "jobStartDate"}}
    assert found == expected


def test_description_is_escaped_html_of_the_lists() -> None:
    posting = job_posting(record(location="Oslo, Norway", salary="NOK 700k"))
    assert posting["description"].startswith(
        "<p>Responsibilities</p><ul><li>Build APIs</li><li>Run &lt;b&gt;services&lt;/b&gt; &amp; more</li></ul>"
    )
    assert "<p>Preferred qualifications</p><ul><li>Rust</li></ul>" in posting["description"]
    assert "<p>Salary: NOK 700k</p>" in posting["description"]
    assert "baseSalary" not in posting  # words only (no normalised value): not a MonetaryAmount
    assert "datePosted" not in posting  # unknown, so not claimed


@pytest.mark.parametrize(
    ("salary", "expected"),
    [
        ({"min": 120000, "max": 150000, "currency": "USD", "period": "year"},
         {"@type": "MonetaryAmount", "currency": "USD",
          "value": {"@type": "QuantitativeValue", "minValue": 120000, "maxValue": 150000, "unitText": "YEAR"}}),
        ({"min": 115, "max": 115, "currency": "USD", "period": "hour"},
         {"@type": "MonetaryAmount", "currency": "USD",
          "value": {"@type": "QuantitativeValue", "value": 115, "unitText": "HOUR"}}),
        ({"min": None, "max": 70400, "currency": "GBP", "period": None},
         {"@type": "MonetaryAmount", "currency": "GBP", "value": {"@type": "QuantitativeValue", "maxValue": 70400}}),
        ({"min": 300000, "max": 500000, "currency": "JPY", "period": "month"},
         {"@type": "MonetaryAmount", "currency": "JPY",
          "value": {"@type": "QuantitativeValue", "minValue": 300000, "maxValue": 500000, "unitText": "MONTH"}}),
        ({"min": 30000, "max": 40000, "currency": None, "period": None}, None),  # Google requires a currency
        (None, None),
    ],
    ids=["range-a-year", "one-amount-an-hour", "up-to", "yen-a-month", "no-currency", "no-salary"],
)
def test_base_salary_is_a_monetary_amount_from_the_normalised_value(salary: Any, expected: Any) -> None:
    posting = job_posting(record(values={"salary": salary}, salary="as written"))
    assert google_problems(posting) == []
    assert posting.get("baseSalary") == expected


def test_dates_come_from_the_normalised_values_and_words_stay_where_no_date_is_given() -> None:
    posting = job_posting(record(values={"deadline": "2026-05-15", "start": "2026-06-01"},
                                 deadline="May 15, 2026", start="1 June 2026"))
    assert (posting["validThrough"], posting["jobStartDate"]) == ("2026-05-15", "2026-06-01")
    posting = job_posting(record(deadline="ASAP", start="Summer 2026"))
    assert "validThrough" not in posting
    assert posting["jobStartDate"] == "Summer 2026"  # schema.org's jobStartDate takes Text as well


def test_remote_from_the_normalised_arrangement() -> None:
    remote = job_posting(record(values={"work_arrangement": "remote"}, location="Lisbon, Portugal",
                                work_arrangement="Trabalho 100% remoto"))
    assert remote["jobLocationType"] == "TELECOMMUTE"
    hybrid = job_posting(record(values={"work_arrangement": "hybrid"}, location="Lisbon, Portugal",
                                work_arrangement="remote, 2 days in the office"))
    assert "jobLocationType" not in hybrid and hybrid["jobLocation"]["address"]["addressCountry"] == "PT"


def test_output_can_sit_inside_a_script_element() -> None:
    text = to_jsonld([{**record(), "title": "Engineer </script><script>alert(1)</script> <!--"}])
    assert "</script" not in text.lower() and "<!--" not in text
    assert json.loads(text)["title"] == "Engineer </script><script>alert(1)</script> <!--"


def page_holding(jsonld: str) -> str:
    """A job page as a site publishing jobx's output would make it: the JSON-LD, and its description shown."""
    return (
        f'<html><head><script type="application/ld+json">{jsonld}</script></head>'
        f"<body>{json.loads(jsonld)['description']}</body></html>"
    )


def test_round_trip_through_an_html_page(tmp_path: Path) -> None:
    original = record(location="Berlin, Germany", employment_type="full-time")
    page = tmp_path / "job.html"
    page.write_text(page_holding(to_jsonld([original])), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(page), "--input-format", "html", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    again = json.loads(result.stdout)
    for key in ("title", "company", "responsibilities", "minimum_qualifications", "preferred_qualifications",
                "benefits"):
        assert again[key] == original[key], key
    assert again["logistics"]["employment_type"] == "full-time"
    assert again["logistics"]["location"].startswith("Berlin")


@pytest.mark.parametrize("path", sorted(REPO.glob("seeds/*.txt")), ids=lambda p: p.name)
def test_seed_round_trip_keeps_title_company_and_lists(path: Path, tmp_path: Path) -> None:
    first = json.loads(runner.invoke(app, ["extract", str(path), "-f", "json"]).stdout)
    page = tmp_path / "job.html"
    page.write_text(page_holding(runner.invoke(app, ["extract", str(path), "-f", "jsonld"]).stdout), "utf-8")
    again = json.loads(runner.invoke(app, ["extract", str(page), "--input-format", "html", "-f", "json"]).stdout)
    assert (again["title"], again["company"]) == (first["title"], first["company"])
    for key in ("responsibilities", "minimum_qualifications", "preferred_qualifications", "benefits"):
        assert again[key] == first[key], key


def test_several_inputs_give_an_array_and_batch_writes_jsonld_files(tmp_path: Path) -> None:
    seeds = sorted(str(p) for p in REPO.glob("seeds/*.txt"))
    result = runner.invoke(app, ["extract", *seeds, "-f", "JSONLD"])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert [p["@type"] for p in json.loads(result.stdout)] == ["JobPosting"] * len(seeds)
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "a.txt").write_bytes(Path(seeds[0]).read_bytes())
    batch = runner.invoke(app, ["batch", str(tree), "--out", str(tmp_path / "out"), "-f", "jsonld", "-q"])
    assert batch.exit_code == 0, batch.stderr
    assert batch.stdout == "" and batch.stderr == ""
    assert json.loads((tmp_path / "out" / "a.jsonld").read_text(encoding="utf-8"))["@type"] == "JobPosting"
    refused = runner.invoke(app, ["batch", str(tree), "-f", "jsonld"])
    assert refused.exit_code == 2
    assert refused.stdout == ""
    assert "without --out, postings go to standard output as --format jsonl, csv or tsv" in refused.stderr
