"""`jobx stats` for people (Rich tables with horizontal bars) and machines (JSON, tidy CSV). Each reads
the summary dict of stats.Summary.to_dict() only."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from ..render import rich_console, safe

BAR_WIDTH = 28
EIGHTHS = " ▏▎▍▌▋▊▉"
CSV_COLUMNS = ("table", "name", "measure", "value")
SALARY_MEASURES = ("postings", "lowest", "q1", "median", "q3", "highest")


def bar(value: float, maximum: float, width: int = BAR_WIDTH) -> str:
    """A horizontal bar of value/maximum in `width` cells, to an eighth of a cell."""
    if maximum <= 0 or value <= 0:
        return ""
    eighths = max(1, round(value / maximum * width * 8))
    full, part = divmod(eighths, 8)
    return "█" * full + (EIGHTHS[part] if part else "")


def to_json(summary: dict[str, Any]) -> str:
    return json.dumps(summary, ensure_ascii=False, indent=2) + "\n"


def csv_rows(summary: dict[str, Any]) -> list[tuple[str, str, str, Any]]:
    """The summary as (table, name, measure, value) rows: long and tidy, one number a row."""
    rows: list[tuple[str, str, str, Any]] = [("postings", "", "postings", summary["postings"])]
    for table in ("sections", "fields"):
        for entry in summary[table]:
            rows.append((table, entry["name"], "found", entry["found"]))
            rows.append((table, entry["name"], "missing", entry["missing"]))
    for table in ("skills", "employment_types", "work_arrangements", "salaries_as_written", "warnings"):
        rows.extend((table, entry["name"], "postings", entry["postings"]) for entry in summary[table])
    for entry in summary["salary_ranges"]:
        name = pay_label(entry)
        rows.extend(("salary_ranges", name, measure, entry[measure]) for measure in SALARY_MEASURES)
    return rows


def pay_label(entry: dict[str, Any]) -> str:
    """'EUR per year'; 'EUR, period unstated' when the posting gives no period."""
    period = entry["period"]
    return f"{entry['currency']}, period unstated" if period == "unstated" else f"{entry['currency']} per {period}"


def to_csv(summary: dict[str, Any]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_rows(summary))
    return buffer.getvalue()


def money(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:,.2f}"


def print_rich(summary: dict[str, Any], *, color: bool, width: int | None = None) -> None:
    """Tables with a bar per row; colour only when asked (a terminal, or --color always)."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    console = rich_console(color=color, width=width or (None if color else 100))
    total = summary["postings"]
    console.print(Text(f"{total:,} posting{'s' if total != 1 else ''}", style="bold"))

    def found_table(title: str, entries: list[dict[str, Any]]) -> None:
        table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, title_style="bold")
        table.add_column("")
        table.add_column("found", justify="right")
        table.add_column("missing", justify="right")
        table.add_column("share found", no_wrap=True)
        for entry in entries:
            found = entry["found"]
            share = f" {found / total:.0%}" if total else ""
            cells = Text(bar(found, total), style="green")
            cells.append(share, style="dim")
            missing = Text(str(entry["missing"]), style="red" if entry["missing"] else "dim")
            table.add_row(entry["name"].replace("_", " "), str(found), missing, cells)
        console.print(table)

    def count_table(title: str, entries: list[dict[str, Any]], style: str) -> None:
        if not entries:
            return
        table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, title_style="bold")
        table.add_column("", overflow="fold", max_width=60)
        table.add_column("postings", justify="right")
        table.add_column("", no_wrap=True)
        most = max(entry["postings"] for entry in entries)
        for entry in entries:
            table.add_row(
                Text(safe(entry["name"])), str(entry["postings"]), Text(bar(entry["postings"], most), style=style)
            )
        console.print(table)

    found_table("Sections found", summary["sections"])
    found_table("Fields found", summary["fields"])
    count_table("Top skills", summary["skills"], "cyan")
    count_table("Employment types", summary["employment_types"], "magenta")
    count_table("Work arrangements", summary["work_arrangements"], "magenta")
    if summary["salary_ranges"]:
        table = Table(
            title="Salary ranges (midpoint of each posting's range)",
            title_justify="left",
            box=box.SIMPLE_HEAD,
            title_style="bold",
        )
        for column in ("currency", "per", "postings", "lowest", "Q1", "median", "Q3", "highest"):
            table.add_column(column, justify="left" if column in ("currency", "per") else "right")
        for entry in summary["salary_ranges"]:
            table.add_row(
                safe(entry["currency"]),
                safe(entry["period"]),
                str(entry["postings"]),
                *(money(entry[key]) for key in ("lowest", "q1", "median", "q3", "highest")),
            )
        console.print(table)
    count_table("Salaries as written", summary["salaries_as_written"], "yellow")
    count_table("Most common warnings", summary["warnings"], "yellow")
