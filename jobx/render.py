"""Turn postings into output: a Rich view for people; JSON, JSON Lines, YAML, CSV, TSV and schema.org
JSON-LD for machines (the last three live in formats/)."""

from __future__ import annotations

import json
from collections.abc import Sequence

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up (~2.5 ms)
if TYPE_CHECKING:
    from typing import Any

FORMATS = ("pretty", "json", "jsonl", "yaml", "csv", "tsv", "jsonld")
TABLE_FORMATS = ("csv", "tsv")  # one row per value; items always carry their offsets
LIST_TITLES = {
    "responsibilities": "Responsibilities",
    "minimum_qualifications": "Minimum qualifications",
    "preferred_qualifications": "Preferred qualifications",
    "benefits": "Benefits",
}


def to_json(records: Sequence[dict[str, Any]], many: bool = False) -> str:
    """One object for one posting, an array for several (or whenever `many` inputs were given)."""
    value: Any = records[0] if len(records) == 1 and not many else list(records)
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def to_jsonl(records: Sequence[dict[str, Any]], many: bool = False) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records)


def to_yaml(records: Sequence[dict[str, Any]], many: bool = False) -> str:
    import yaml

    value: Any = records[0] if len(records) == 1 and not many else list(records)
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=100)


def render_text(records: Sequence[dict[str, Any]], fmt: str, many: bool = False, header: bool = True) -> str:
    """Machine formats as a string (pretty is printed by print_pretty). `many`: several inputs were
    given, so json and yaml give an array even when only one of them (or none) could be read.
    `header=False`: csv and tsv rows without their header row (which a stream gives once)."""
    if fmt in TABLE_FORMATS:
        from .formats.table import to_table

        return to_table(records, fmt, header)
    if fmt == "jsonld":
        from .formats.jsonld import to_jsonld

        return to_jsonld(records, many)
    return {"json": to_json, "jsonl": to_jsonl, "yaml": to_yaml}[fmt](records, many)


def stream_header(fmt: str) -> str:
    """What a stream of postings in this format starts with: a header row for csv and tsv, else nothing."""
    if fmt not in TABLE_FORMATS:
        return ""
    from .formats.table import header_row

    return header_row(fmt)


def item_text(item: Any) -> str:
    return item["text"] if isinstance(item, dict) else str(item)


def rich_console(*, color: bool, width: int | None, soft_wrap: bool = False) -> Any:
    """The Rich console every view prints with: posting text is never markup, highlighting or emoji;
    colour only when asked (a terminal, or --color always)."""
    from rich.console import Console

    return Console(
        no_color=not color,
        highlight=False,
        emoji=False,
        markup=False,
        width=width,
        force_terminal=color,
        color_system="auto" if color else None,
        soft_wrap=soft_wrap,
    )


def print_pretty(records: Sequence[dict[str, Any]], *, color: bool, width: int | None = None) -> None:
    """Panels of bullets per section (a wrapped bullet hangs under its first word), the skills in a panel
    of their own, and a key/value table of logistics. Posting text is never markup."""
    from rich import box
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    console = rich_console(color=color, width=width)
    for index, record in enumerate(records):
        if index:
            console.print()
        heading = Text(safe(record.get("title") or "(untitled posting)"), style="bold")
        details = safe(" · ".join(v for v in (record.get("company"), record.get("team")) if v))
        if details:
            heading.append(f"\n{details}", style="dim")
        if record.get("source"):
            heading.append(f"\n{safe(record['source'])}", style="dim")
        console.print(heading)
        for key, title in LIST_TITLES.items():
            entries = record.get(key) or []
            if not entries:
                continue
            bullets = Table.grid(padding=(0, 1))  # two columns, so wrapped lines keep the indent
            bullets.add_column(no_wrap=True)
            bullets.add_column(overflow="fold")
            for entry in entries:
                bullets.add_row("•", Text(safe(item_text(entry))))
            console.print(Panel(bullets, title=f"{title} ({len(entries)})", title_align="left", box=box.ROUNDED))
        if record.get("skills"):
            skills = Text(safe(", ".join(record["skills"])))
            console.print(Panel(skills, title=f"Skills ({len(record['skills'])})", title_align="left", box=box.ROUNDED))
        table = Table(box=box.SIMPLE, show_header=False, title="Logistics", title_justify="left")
        table.add_column("field", style="bold")
        table.add_column("value")
        for key, value in (record.get("logistics") or {}).items():
            if value:
                cell = Text(safe(value))
                note = value_note(key, record.get("values") or {})
                if note:
                    cell.append(f"  → {note}", style="cyan")
                table.add_row(key.replace("_", " "), cell)
        if table.row_count:
            console.print(table)
        for warning in record.get("warnings") or []:
            console.print(Text(f"warning: {safe(warning)}", style="yellow"))


def plain_text(records: Sequence[dict[str, Any]]) -> str:
    """The pretty view without colour or boxes: for pipes, files and NO_COLOR."""
    lines: list[str] = []
    for index, record in enumerate(records):
        if index:
            lines.append("")
        lines.append(safe(record.get("title") or "(untitled posting)"))
        for key in ("company", "team", "source"):
            if record.get(key):
                lines.append(f"{key}: {safe(record[key])}")
        for key, title in LIST_TITLES.items():
            entries = record.get(key) or []
            if entries:
                lines.append("")
                lines.append(f"{title} ({len(entries)})")
                lines.extend(f"  - {safe(item_text(e))}" for e in entries)
        if record.get("skills"):
            lines.append("")
            lines.append(f"Skills ({len(record['skills'])})")
            lines.append(f"  {safe(', '.join(record['skills']))}")
        logistics = {k: v for k, v in (record.get("logistics") or {}).items() if v}
        if logistics:
            lines.append("")
            lines.append("Logistics")
            for key, value in logistics.items():
                note = value_note(key, record.get("values") or {})
                lines.append(f"  {key.replace('_', ' ')}: {safe(value)}" + (f" (→ {note})" if note else ""))
        for warning in record.get("warnings") or []:
            lines.append(f"warning: {safe(warning)}")
    return "\n".join(lines) + "\n"


def value_note(key: str, values: dict[str, Any]) -> str | None:
    """The normalised value of a logistics field, shown beside its words: '45,000–55,000 EUR per year',
    '2026-12-12', 'hybrid, 2 days a week on site'; None where there is none (or a record has no values)."""
    value = values.get(key)
    if key == "salary" and isinstance(value, dict):
        low, high = value.get("min"), value.get("max")
        if low is None and high is None:
            return None
        amount = (
            f"{low:,}" if low == high else f"up to {high:,}" if low is None
            else f"from {low:,}" if high is None else f"{low:,}–{high:,}"
        )
        currency = f" {value['currency']}" if value.get("currency") else ""
        period = f" per {value['period']}" if value.get("period") else ""
        return f"{amount}{currency}{period}"
    if key == "work_arrangement" and isinstance(value, str):
        days = values.get("onsite_days_per_week")
        return f"{value}, {days} days a week on site" if isinstance(days, int) else value
    return value if key in ("start", "deadline") and isinstance(value, str) else None


def safe(text: str) -> str:
    """Make posting text inert on a terminal: escape and control characters become visible marks."""
    return "".join(ch if ch.isprintable() or ch == " " else f"\\x{ord(ch):02x}" for ch in text)
