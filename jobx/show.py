"""One posting's own text, marked with what jobx decided: each section's lines by kind, headings, items,
and (explain) the rule behind each heading and kind, so a user can see what a --rules file would change.

The sections and items are extract()'s own; the reasons are the `why` tags that segment.py (Heading.why)
and classify.py (Classified.why) set where they decide, read from a second pass of those two stages
over the same text (they are pure, so the pass gives the same blocks, in the same order)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from .model import Posting
from .render import rich_console, safe
from .rules import Rules

GUTTER = 13
LABELS = {
    "responsibilities": "duties",
    "minimum_qualifications": "required",
    "preferred_qualifications": "preferred",
    "qualifications": "quals",
    "benefits": "benefits",
    "role": "role",
    "team": "team",
    "company": "company",
    "logistics": "logistics",
    "boilerplate": "boilerplate",
    "preamble": "preamble",
}
STYLES = {
    "responsibilities": "cyan",
    "minimum_qualifications": "green",
    "preferred_qualifications": "yellow",
    "qualifications": "green",
    "benefits": "magenta",
    "role": "blue",
    "team": "blue",
    "company": "dim",
    "logistics": "bright_yellow",
    "boilerplate": "dim",
    "preamble": "default",
}
ITEM_OPEN, ITEM_CLOSE, HEADING_OPEN, HEADING_CLOSE = "⟦", "⟧", "⟪", "⟫"
HEADING_WHY = {
    "alias": "an alias of {kind}{source}",
    "includes": "an alias of {kind}{source}, then 'include(s)'",
    "lead": "capitalised words leading into an alias or keyword of {kind}",
    "about": "'About <company>' (company: {company})",
    "ender": "a section-ending phrase starts the boilerplate",
    "signature": "an e-mail's signature starts: a closing line ('Thanks,') over a name, or '-- '",
    "lead-in": "a long line ending in a keyword of {kind} and a colon{keyword}",
    "label": "a logistics label{source}",
    "run-in": "a heading run into its text{named}",
    "line": "a line on its own{named}",
}
KIND_WHY = {
    "preamble": "text before the first heading",
    "heading": "its heading names it",
    "sub-heading": "a sub-heading inside a {kind} list keeps the list's kind",
    "plain list": "a capitalised line inside a list of plain lines",
    "perks": "most of its lines name perks (content vote)",
    "perks topic": "a boilerplate-named topic over a short list of perks",
    "content": "no rule names the heading; its lines vote {kind} (content vote)",
    "unplaced": "no rule names the heading and its lines do not vote: not itemised (see warnings)",
    "after vote": "the rest of a section after a list that voted otherwise",
}


@dataclass(frozen=True)
class Shown:
    """One section as the view draws it: offsets in the text jobx read."""

    kind: str
    start: int
    end: int
    heading: tuple[int, int] | None
    heading_text: str | None
    items: tuple[tuple[int, int], ...]
    heading_why: str = ""
    kind_why: str = ""


def decisions(text: str, posting: Posting, rules: Rules, explain: bool = False) -> list[Shown]:
    """The posting's sections with their spans and, when explaining, the reason for each."""
    reasons: list[tuple[str, str]] = [("", "")] * len(posting.sections)
    if explain:
        reasons = reasons_of(text, posting, rules) or reasons
    shown = []
    for section, (heading_why, kind_why) in zip(posting.sections, reasons, strict=True):
        span = section.heading_span
        heading = (span.start, span.end) if span is not None and span.end > span.start else None
        start = min(section.body_span.start, heading[0]) if heading else section.body_span.start
        shown.append(
            Shown(
                section.kind.value,
                start,
                section.body_span.end,
                heading,
                section.heading,
                tuple((item.start, item.end) for item in section.items),
                heading_why,
                kind_why,
            )
        )
    return shown


def reasons_of(text: str, posting: Posting, rules: Rules) -> list[tuple[str, str]] | None:
    """(heading reason, kind reason) per section, from segment's and classify's why tags; None if
    the second pass does not give the posting's blocks (it always should)."""
    from . import classify, segment
    from .pipeline import normalised

    normal = normalised(text, rules)
    headings = segment.find_headings(normal.text, rules, dump=normal.dump)
    blocks = classify.classify(normal.text, segment.split_blocks(normal.text, headings), rules)
    if len(blocks) != len(posting.sections):
        return None
    reasons = []
    for classified in blocks:
        heading = classified.block.heading
        heading_why = heading_reason(heading, rules) if heading is not None else ""
        if heading is not None and heading.why == "ender":
            phrase = ender_phrase(normal.text[heading.start : heading.start + 400], rules)
            heading_why += f" ({phrase!r}, section_enders in boilerplate.yaml)" if phrase else ""
        reasons.append((heading_why, kind_reason(classified.why, classified.kind.value)))
    return reasons


def ender_phrase(text: str, rules: Rules) -> str | None:
    lowered = text.lower()
    found = [(lowered.find(phrase), phrase) for phrase in rules.section_enders if phrase in lowered]
    return min(found)[1] if found else None


def kind_reason(why: str, kind: str) -> str:
    if why.startswith("vote "):
        counted, _, size = why[5:].partition("/")
        return f"content vote: {counted} of {size} bullets name {kind.replace('_', ' ')}"
    return KIND_WHY.get(why, why or "?").format(kind=kind.replace("_", " "))


def heading_reason(heading: Any, rules: Rules) -> str:
    """Which rule found a heading and named its kind: an alias (and the file it is in: a language pack
    is rules/lang/<code>.yaml), a keyword, a label, or only its shape."""
    from .rules import heading_key

    kind = (heading.kind_name or "").replace("_", " ")
    aliases, keywords, labels = rule_sources()
    source = aliases.get(heading_key(heading.text)) or labels.get(heading_key(heading.text))
    named = ""
    if heading.kind_name is None:
        named = ": no rule names it (its shape: Title Case, UPPER CASE, a colon or a list below)"
    elif rules.heading_kind(heading.text) is not None:
        named = f": an alias of {kind}{in_file(source)}"
    elif heading.kind_name == "logistics" and heading_key(heading.text) in rules.label_fields:
        named = f": a logistics label{in_file(labels.get(heading_key(heading.text)))}"
    else:
        keyword = matched_keyword(heading.text, heading.kind_name, rules)
        if keyword is not None:
            word, strong = keyword
            strength = "strong" if strong else "weak"
            named = f": {strength} keyword '{word}' of {kind}{in_file(keywords.get(word.lower()))}"
    keyword_text = ""
    if heading.why == "lead-in":
        found = matched_keyword(heading.text, heading.kind_name, rules)
        keyword_text = f" ('{found[0]}'{in_file(keywords.get(found[0].lower()))})" if found else ""
    template = HEADING_WHY.get(heading.why, "{named}")
    return template.format(
        kind=kind, source=in_file(source), company=heading.company, named=named, keyword=keyword_text
    )


def in_file(name: str | None) -> str:
    if not name:
        return ""
    pack = " (language pack)" if name.startswith("lang/") else ""
    return f" in {name}{pack}"


def matched_keyword(text: str, kind_name: str | None, rules: Rules) -> tuple[str, bool] | None:
    """The longest heading keyword of this kind in the text, and whether it is a strong one."""
    best: tuple[str, bool] | None = None
    for strong, kind, pattern in rules.heading_keywords:
        if kind.value != kind_name:
            continue
        for match in pattern.finditer(text):
            if best is None or len(match.group()) > len(best[0]):
                best = (match.group(), strong)
    return best


@functools.lru_cache(maxsize=1)
def rule_sources() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """heading_key of every built-in alias, keyword and logistics label -> the rules file that holds it
    (the first, as files merge in order). Read only for --explain."""
    import yaml

    from .rules import builtin_files, heading_key

    aliases: dict[str, str] = {}
    keywords: dict[str, str] = {}
    labels: dict[str, str] = {}
    for name, text in builtin_files():
        data = yaml.safe_load(text) or {}
        for values in (data.get("sections") or {}).values():
            for alias in values or ():
                aliases.setdefault(heading_key(str(alias)), name)
        for by_kind in (data.get("heading_keywords") or {}).values():
            for values in (by_kind or {}).values():
                for word in values or ():
                    keywords.setdefault(str(word).lower(), name)
        label_data = data.get("labels") or {}
        for values in label_data.values() if isinstance(label_data, dict) else ():
            for label in values or ():
                labels.setdefault(heading_key(str(label)), name)
    return aliases, keywords, labels


# ---- drawing ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """A line of the text: its offsets, the section its first character belongs to, and the sections
    that start on it (for explanations and mid-line markers)."""

    start: int
    end: int
    kind: str
    heading: bool
    starts: tuple[Shown, ...]


def lines_of(text: str, sections: list[Shown]) -> list[Line]:
    lines = []
    position = 0
    index = 0  # the section holding `position`
    for raw in text.split("\n"):
        start, end = position, position + len(raw)
        position = end + 1
        first = start + (len(raw) - len(raw.lstrip()))
        while index + 1 < len(sections) and sections[index + 1].start <= first:
            index += 1
        starts = tuple(s for s in sections if start <= s.start < max(end, start + 1) and (s.heading or s.end > s.start))
        heading = any(s.heading is not None and start <= s.heading[0] <= end for s in sections)
        kind = sections[index].kind if sections else "preamble"
        lines.append(Line(start, end, kind, heading, starts))
    return lines


def section_at(sections: list[Shown], position: int) -> Shown | None:
    for section in sections:
        first = section.heading[0] if section.heading else section.start
        if min(first, section.start) <= position < section.end:
            return section
    return None


def explanation(section: Shown) -> str:
    if section.heading_why and not section.heading_text:  # a section-ending phrase, no heading text
        return f"{section.kind.replace('_', ' ')}: {section.heading_why}"
    parts = [f"{section.kind.replace('_', ' ')}: {section.kind_why}"]
    if section.heading_why:
        parts.append(f"heading {section.heading_text!r}: {section.heading_why}")
    return "; ".join(parts)


def marked_line(text: str, line: Line, sections: list[Shown]) -> str:
    """The line with ⟪heading⟫ and ⟦item⟧ markers, and «kind» where a section starts mid-line."""
    inserts: dict[int, str] = {}

    def add(position: int, marker: str, before: bool = False) -> None:
        if line.start <= position <= line.end:
            inserts[position] = marker + inserts.get(position, "") if before else inserts.get(position, "") + marker

    for section in sections:
        first = line.start + (len(text[line.start : line.end]) - len(text[line.start : line.end].lstrip()))
        if line.start < section.start <= line.end and section.start > first:
            add(section.start, f"«{LABELS[section.kind]}»")
        if section.heading:
            add(section.heading[0], HEADING_OPEN)
            add(section.heading[1], HEADING_CLOSE, before=True)
        for start, end in section.items:
            add(start, ITEM_OPEN)
            add(end, ITEM_CLOSE, before=True)
    pieces = []
    cursor = line.start
    for position in sorted(inserts):
        pieces.append(visible(text[cursor:position]))
        pieces.append(inserts[position])
        cursor = position
    pieces.append(visible(text[cursor : line.end]))
    return "".join(pieces)


def visible(text: str) -> str:
    return safe(text.replace("\t", "    ").replace("\r", ""))


def gutter(line: Line) -> str:
    return f"{LABELS.get(line.kind, line.kind):<{GUTTER - 1}}{'#' if line.heading else ' '}│ "


def plain_view(text: str, sections: list[Shown], explain: bool, source: str | None = None) -> str:
    """The posting with a gutter naming each line's section ('#' where a heading is on it), headings in
    ⟪ ⟫, items in ⟦ ⟧, «kind» where a section starts mid-line; with explain, a ↳ line per section."""
    out = [f"{source}" if source else "", legend_plain(), ""]
    for line in lines_of(text, sections):
        out.append((gutter(line) + marked_line(text, line, sections)).rstrip())
        if explain:
            out.extend(f"{'':<{GUTTER}}│   ↳ {safe(explanation(s))}" for s in line.starts)
    return "\n".join(o for o in out[:1] if o) + ("\n" if out[0] else "") + "\n".join(out[1:]) + "\n"


def legend_plain() -> str:
    kinds = ", ".join(f"{label} = {kind.replace('_', ' ')}" for kind, label in LABELS.items() if label != kind)
    return (
        f"legend: {HEADING_OPEN}heading{HEADING_CLOSE}  {ITEM_OPEN}item{ITEM_CLOSE}  «kind» a section starting "
        f"mid-line; the gutter names the section of each line ('#': a heading on it); {kinds}"
    )


def print_rich(
    text: str, sections: list[Shown], explain: bool, *, color: bool, source: str | None = None, width: int | None = None
) -> None:
    """The coloured view: each section's text in its kind's colour (boilerplate dim), headings bold and
    reversed, items underlined, a legend first."""
    from rich.text import Text

    console = rich_console(color=color, width=width, soft_wrap=True)
    if source:
        console.print(Text(safe(source), style="bold"))
    legend = Text("legend: ")
    seen: list[str] = []
    for section in sections:
        if section.kind not in seen:
            seen.append(section.kind)
    for kind in seen:
        legend.append(f" {kind.replace('_', ' ')} ", style=STYLES[kind] + " reverse")
        legend.append(" ")
    legend.append(" heading ", style="bold reverse")
    legend.append(" ")
    legend.append("item", style="underline")
    console.print(legend)
    console.print()
    items = sorted(span for section in sections for span in section.items)
    headings = [section.heading for section in sections if section.heading]
    for line in lines_of(text, sections):
        row = Text(gutter(line), style=STYLES.get(line.kind, "") + " dim" if line.kind != "preamble" else "dim")
        boundaries = {line.start, line.end}
        for section in sections:
            boundaries.update(p for p in (section.start, section.end) if line.start < p < line.end)
        for start, end in [*items, *headings]:
            boundaries.update(p for p in (start, end) if line.start < p < line.end)
        ordered = sorted(boundaries)
        for start, end in zip(ordered, ordered[1:], strict=False):
            section = section_at(sections, start)
            style = STYLES[section.kind] if section else ""
            if any(s <= start < e for s, e in headings):
                style += " bold reverse"
            if any(s <= start < e for s, e in items):
                style += " underline"
            row.append(visible(text[start:end]), style=style.strip())
        console.print(row)
        if explain:
            for section in line.starts:
                console.print(Text(f"{'':<{GUTTER}}│   ↳ {safe(explanation(section))}", style="italic dim"))
