"""The single-valued fields, one import for code written before they were split into names.py (title,
company, team), logistics.py (location, arrangement, employment type, dates, pay) and skills.py."""

from __future__ import annotations

from .logistics import (
    LOGISTICS_SKIPPED,
    clean_value,
    employment_type,
    find_logistics,
    labelled_fields,
    labelled_values,
    meta_line_fields,
    place_under_title,
    search_tiers,
    split_arrangement,
    stated_labels,
)
from .names import (
    company_introduced,
    company_line,
    find_company,
    find_team,
    find_title,
    fuller_name,
    header_company,
    heading_title,
    page_title,
    spelt_out,
    stated_title,
    title_at_employer,
    without_company,
)
from .skills import find_skills, skill_matches

__all__ = [
    "LOGISTICS_SKIPPED",
    "clean_value",
    "company_introduced",
    "company_line",
    "employment_type",
    "find_company",
    "find_logistics",
    "find_skills",
    "find_team",
    "find_title",
    "header_company",
    "heading_title",
    "labelled_fields",
    "labelled_values",
    "meta_line_fields",
    "place_under_title",
    "page_title",
    "search_tiers",
    "skill_matches",
    "fuller_name",
    "spelt_out",
    "split_arrangement",
    "stated_labels",
    "stated_title",
    "title_at_employer",
    "without_company",
]
