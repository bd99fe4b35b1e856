"""Give each block a SectionKind: from its heading's alias, or from its neighbours for sub-headings."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .model import SectionKind
from .rules import Rules
from .segment import Block

LIST_KINDS = (
    SectionKind.RESPONSIBILITIES,
    SectionKind.MINIMUM,
    SectionKind.PREFERRED,
    SectionKind.BENEFITS,
    SectionKind.QUALIFICATIONS,
)
BULLET_LINE = regex.compile(r"[ \t]*[-*•·▪–][ \t]*\S")
SHORT_BULLET_LINE = regex.compile(r"^[ \t]*[-*•·▪–][ \t]*\S(?:[^\n]{0,60})$")


@dataclass(frozen=True)
class Classified:
    """A block with the section kind it was given."""

    block: Block
    kind: SectionKind
    unplaced: bool = False  # a heading-like line that no alias names, outside any list


def is_short_list(text: str, block: Block) -> bool:
    lines = [line for line in text[block.start : block.end].split("\n") if line.strip()]
    return bool(lines) and all(SHORT_BULLET_LINE.match(line) for line in lines)


def lists_perks(text: str, block: Block, rules: Rules) -> bool:
    """Most lines of the block (two at least) name perks by the rules' benefit cues."""
    lines = [line for line in text[block.start : block.end].split("\n") if line.strip()]
    bullets = [line for line in lines if BULLET_LINE.match(line)]
    lines = bullets or lines  # notes under a list do not vote
    perks = rules.prose_cue(SectionKind.BENEFITS)
    if perks is None or len(lines) < 2:
        return False
    return sum(1 for line in lines if perks.search(line)) * 2 >= len(lines)


def classify(text: str, blocks: list[Block], rules: Rules) -> list[Classified]:
    """Kinds for every block, in order. Sub-headings inside a list keep that list's kind."""
    result: list[Classified] = []
    current = SectionKind.PREAMBLE
    for block in blocks:
        heading = block.heading
        if heading is None:
            result.append(Classified(block, SectionKind.PREAMBLE))
            continue
        if heading.kind_name is None and lists_perks(text, block, rules):
            current = SectionKind.BENEFITS  # "Why Parcelly?" over a list of insurance, leave and a 401(k)
            result.append(Classified(block, current))
            continue
        if heading.kind_name is None:
            closing = text[heading.start + len(heading.text) : heading.end]
            emphatic = heading.text.isupper() or ":" in closing  # 'WORK ENVIRONMENT', 'Definitions:'
            if current in LIST_KINDS and not emphatic:
                result.append(Classified(block, current))  # a sub-heading: "Health and Wellness"
            else:
                current = SectionKind.ROLE
                result.append(Classified(block, SectionKind.ROLE, unplaced=True))
            continue
        kind = SectionKind(heading.kind_name)
        if kind is SectionKind.BOILERPLATE and heading.text and current is SectionKind.BENEFITS:
            # A perks page groups perks under topics, some named like boilerplate ("Diversity and
            # Inclusion"); a topic whose body is a short bullet list is still perks.
            if is_short_list(text, block):
                kind = SectionKind.BENEFITS
        current = kind
        result.append(Classified(block, kind))
    return result
