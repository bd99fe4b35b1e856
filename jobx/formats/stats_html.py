"""`jobx stats --html`: one self-contained page (inline CSS and SVG bar charts; no script, no network, no
file beside it) drawn from the summary dict of stats.Summary.to_dict() only."""

from __future__ import annotations

from html import escape
from typing import Any

from ..render import safe
from .stats_text import money, pay_label

CHART_WIDTH = 760
LABEL_WIDTH = 260
ROW_HEIGHT = 22
BAR_HEIGHT = 15
COLORS = {"found": "#2f855a", "missing": "#e2e8f0", "count": "#3182ce", "warn": "#d69e2e", "pay": "#805ad5"}

STYLE = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a202c;
       margin: 2rem auto; max-width: 820px; padding: 0 1rem; background: #fff; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .4rem; border-bottom: 1px solid #e2e8f0; padding-bottom: .2rem; }
p.lead { color: #4a5568; margin-top: 0; }
svg text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; fill: #2d3748; }
svg text.value { fill: #4a5568; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
td, th { padding: .2rem .7rem; text-align: right; border-bottom: 1px solid #edf2f7; }
td:first-child, th:first-child, td:nth-child(2), th:nth-child(2) { text-align: left; }
"""


def clip(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def svg_open(rows: int, label: str) -> tuple[list[str], int]:
    height = rows * ROW_HEIGHT + 8
    return [
        f'<svg class="chart" role="img" aria-label="{escape(label)}" width="{CHART_WIDTH}" height="{height}" '
        f'viewBox="0 0 {CHART_WIDTH} {height}">'
    ], height


def found_chart(entries: list[dict[str, Any]], total: int, label: str) -> str:
    """A stacked bar per row: found (green) and missing (grey), with the counts."""
    parts, _ = svg_open(len(entries), label)
    span = CHART_WIDTH - LABEL_WIDTH - 150
    for index, entry in enumerate(entries):
        y = index * ROW_HEIGHT + 4
        found = entry["found"]
        width = span * found / total if total else 0
        name = escape(entry["name"].replace("_", " "))
        parts.append(f'<text x="{LABEL_WIDTH - 8}" y="{y + 12}" text-anchor="end">{name}</text>')
        parts.append(
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{span}" height="{BAR_HEIGHT}" fill="{COLORS["missing"]}"/>'
        )
        parts.append(
            f'<rect class="bar" x="{LABEL_WIDTH}" y="{y}" width="{width:.1f}" height="{BAR_HEIGHT}" '
            f'fill="{COLORS["found"]}"><title>{name}: found in {found} of {total}</title></rect>'
        )
        share = f"{found / total:.0%}" if total else "–"
        parts.append(f'<text class="value" x="{LABEL_WIDTH + span + 8}" y="{y + 12}">{found}/{total} ({share})</text>')
    parts.append("</svg>")
    return "".join(parts)


def count_chart(entries: list[dict[str, Any]], color: str, label: str) -> str:
    """A bar per row, scaled to the largest count."""
    parts, _ = svg_open(len(entries), label)
    span = CHART_WIDTH - LABEL_WIDTH - 70
    most = max((entry["postings"] for entry in entries), default=1) or 1
    for index, entry in enumerate(entries):
        y = index * ROW_HEIGHT + 4
        name = escape(safe(entry["name"]))
        width = span * entry["postings"] / most
        shown = escape(clip(safe(entry["name"])))
        parts.append(f'<text x="{LABEL_WIDTH - 8}" y="{y + 12}" text-anchor="end"><title>{name}</title>{shown}</text>')
        parts.append(
            f'<rect class="bar" x="{LABEL_WIDTH}" y="{y}" width="{width:.1f}" height="{BAR_HEIGHT}" '
            f'fill="{color}" rx="2"><title>{name}: {entry["postings"]}</title></rect>'
        )
        parts.append(f'<text class="value" x="{LABEL_WIDTH + width + 6:.1f}" y="{y + 12}">{entry["postings"]}</text>')
    parts.append("</svg>")
    return "".join(parts)


def salary_chart(entries: list[dict[str, Any]]) -> str:
    """A box per currency and period: whiskers from lowest to highest, the box from Q1 to Q3, a line at
    the median; each row on its own scale (currencies do not compare)."""
    parts, _ = svg_open(len(entries) * 2, "salary ranges")
    span = CHART_WIDTH - LABEL_WIDTH - 30
    for index, entry in enumerate(entries):
        y = index * ROW_HEIGHT * 2 + 6
        low, high = entry["lowest"], entry["highest"]
        scale = span / (high - low) if high > low else 0.0
        x = {key: position(entry[key], low, scale, span) for key in ("lowest", "q1", "median", "q3", "highest")}
        name = escape(f"{pay_label(entry)} ({entry['postings']})")
        middle = y + BAR_HEIGHT / 2
        parts.append(f'<text x="{LABEL_WIDTH - 8}" y="{y + 12}" text-anchor="end">{name}</text>')
        parts.append(
            f'<line x1="{x["lowest"]:.1f}" x2="{x["highest"]:.1f}" y1="{middle}" y2="{middle}" stroke="#718096"/>'
        )
        quartiles = f"Q1 {money(entry['q1'])}, median {money(entry['median'])}, Q3 {money(entry['q3'])}"
        parts.append(
            f'<rect class="bar" x="{x["q1"]:.1f}" y="{y}" width="{max(x["q3"] - x["q1"], 2):.1f}" '
            f'height="{BAR_HEIGHT}" fill="{COLORS["pay"]}" fill-opacity="0.35" stroke="{COLORS["pay"]}">'
            f"<title>{name}: {quartiles}</title></rect>"
        )
        parts.append(
            f'<line x1="{x["median"]:.1f}" x2="{x["median"]:.1f}" y1="{y}" y2="{y + BAR_HEIGHT}" '
            f'stroke="{COLORS["pay"]}" stroke-width="3"/>'
        )
        parts.append(f'<text class="value" x="{x["lowest"]:.1f}" y="{y + BAR_HEIGHT + 13}">{money(low)}</text>')
        parts.append(
            f'<text class="value" x="{x["highest"]:.1f}" y="{y + BAR_HEIGHT + 13}" '
            f'text-anchor="end">{money(high)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def position(value: float, low: float, scale: float, span: float) -> float:
    """Where a value falls on a row's own scale (the middle when every value is the same)."""
    return LABEL_WIDTH + (value - low) * scale if scale else LABEL_WIDTH + span / 2


def salary_table(entries: list[dict[str, Any]]) -> str:
    head = "".join(f"<th>{c}</th>" for c in ("currency", "per", "postings", "lowest", "Q1", "median", "Q3", "highest"))
    rows = []
    for entry in entries:
        cells = [escape(entry["currency"]), escape(entry["period"]), str(entry["postings"])]
        cells += [money(entry[key]) for key in ("lowest", "q1", "median", "q3", "highest")]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def to_html(summary: dict[str, Any], title: str = "jobx stats") -> str:
    total = summary["postings"]
    sections = [
        f"<h1>{escape(title)}</h1>",
        f'<p class="lead">{total:,} posting{"s" if total != 1 else ""} summarised by jobx.</p>',
        "<h2>Sections found</h2>",
        found_chart(summary["sections"], total, "sections found"),
        "<h2>Fields found</h2>",
        found_chart(summary["fields"], total, "fields found"),
    ]
    for key, heading, color in (
        ("skills", "Top skills", COLORS["count"]),
        ("employment_types", "Employment types", COLORS["count"]),
        ("work_arrangements", "Work arrangements", COLORS["count"]),
    ):
        if summary[key]:
            sections += [f"<h2>{heading}</h2>", count_chart(summary[key], color, heading.lower())]
    if summary["salary_ranges"]:
        sections += [
            "<h2>Salary ranges</h2>",
            "<p>The midpoint of each posting's range: the box spans the middle half, the line is the median.</p>",
            salary_chart(summary["salary_ranges"]),
            salary_table(summary["salary_ranges"]),
        ]
    if summary["salaries_as_written"]:
        sections += [
            "<h2>Salaries as written</h2>",
            count_chart(summary["salaries_as_written"], COLORS["pay"], "salaries as written"),
        ]
    if summary["warnings"]:
        sections += ["<h2>Most common warnings</h2>", count_chart(summary["warnings"], COLORS["warn"], "warnings")]
    body = "\n".join(sections)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
