"""Find headings, at line starts and inline, and cut the text into blocks between them."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .rules import Rules

LINE_MARKUP = " \t#*_>|-•"  # characters that may precede a heading on its line (markdown, bullets)
TRAILING_MARKUP = " \t:*_#-–—.?"
# What may follow an inline heading: a colon, a glued capital, or space then a capital/digit/bullet/quote.
FOLLOWER = regex.compile(r"[ \t]*[:：]|\p{Lu}|[ \t]+(?:[-–—•*·▪][ \t]|[-–•]\p{Lu}|[\p{Lu}\d\"“(])")
WORD_BEFORE = regex.compile(r"([\w'’&]+)[ \t]+$")
# A line that looks like a heading even though no alias names it.
ABOUT = regex.compile(r"(?<![\p{Lu}\d])About ")  # also glued: "InformationAbout Acme"
HEADING_LIKE = regex.compile(r"^[ \t#*_]*(\p{Lu}[^\n.!;]{1,58}?)[ \t*_]*(:?)[ \t]*$", regex.MULTILINE)


@dataclass(frozen=True)
class Heading:
    """A heading found in the normalised text; kind is None when no alias names it."""

    start: int
    end: int  # end of the heading text and any colon after it: where the body begins
    text: str
    kind_name: str | None
    company: str | None = None


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end == -1 else line_end


def body_start(text: str, end: int) -> int:
    """Skip the colon and markup that close a heading."""
    while end < len(text) and text[end] in " \t:：*_":
        end += 1
    return end


def accept_alias(text: str, match: regex.Match[str], rules: Rules) -> bool:
    """Is this alias occurrence really a heading? See docs/rules.md for the reasoning."""
    start, end = match.span()
    line_start, line_end = line_bounds(text, start, end)
    before = text[line_start:start]
    after = text[end:line_end]
    at_line_start = before.strip(LINE_MARKUP) == ""
    if at_line_start and after.strip(TRAILING_MARKUP) == "":
        return True  # the whole line is the heading
    heading = match.group()
    if not heading[0].isupper() or not FOLLOWER.match(after):
        return False
    if at_line_start or before.rstrip().endswith((".", "!", "?", ":", ";", ")", "”", '"')):
        return True
    if not before or before[-1] not in " \t":
        return before[-1].islower() if before else True  # glued to the previous word
    previous = WORD_BEFORE.search(before)
    if previous is None:
        return True
    word = previous.group(1)
    if word.lower() in rules.joining_words:
        return False
    # "Competitive Salary Package": a one-word alias inside a run of capitalised words.
    return not (word[0].isupper() and " " not in heading.strip())


def company_heading(text: str, rules: Rules, start: int) -> Heading | None:
    """An 'About <Company>' heading at start: alone on its line, or followed by the name again."""
    for pattern in rules.company_heading_regexes:
        match = pattern.match(text, start)
        if match is None:
            continue
        name = match.group("name")
        line_start, line_end = line_bounds(text, start, match.end())
        alone = text[line_start:start].strip(LINE_MARKUP) == "" and text[match.end() : line_end].strip(
            TRAILING_MARKUP
        ) == ""
        if alone:
            return Heading(start, body_start(text, match.end()), match.group().strip(), "company", name)
        words = name.split(" ")
        half = len(words) // 2
        if len(words) % 2 == 0 and words[:half] == words[half:]:
            name = " ".join(words[:half])
        elif len(words) == 1 and len(name) % 2 == 0 and name[: len(name) // 2] == name[len(name) // 2 :]:
            name = name[: len(name) // 2]
        else:
            continue  # inline without the name repeated: cannot tell where the heading ends
        end = match.start("name") + len(name)
        return Heading(start, end, text[start:end], "company", name)
    return None


def section_ender_starts(text: str, rules: Rules) -> list[int]:
    """Where boilerplate begins: the start of each sentence holding a section-ending phrase."""
    starts = []
    lowered = text.lower()
    for phrase in rules.section_enders:
        index = lowered.find(phrase)
        while index != -1:
            sentence_start = max(text.rfind(". ", 0, index) + 2, text.rfind("\n", 0, index) + 1, 0)
            if index - sentence_start > 200:
                sentence_start = index
            starts.append(sentence_start)
            index = lowered.find(phrase, index + len(phrase))
    return starts


def find_headings(text: str, rules: Rules) -> list[Heading]:
    """Every heading in the text, in order, without overlaps."""
    headings: list[Heading] = []
    for match in rules.heading_regex.finditer(text):
        if accept_alias(text, match, rules):
            kind = rules.heading_kind(match.group())
            headings.append(Heading(match.start(), body_start(text, match.end()), match.group(), kind and kind.value))
    for start in (m.start() for m in ABOUT.finditer(text)):
        heading = company_heading(text, rules, start)
        if heading is not None and not any(h.start <= start < h.end for h in headings):
            headings.append(heading)
    for start in section_ender_starts(text, rules):
        headings.append(Heading(start, start, "", "boilerplate"))
    for match in HEADING_LIKE.finditer(text):
        start = match.start(1)
        if start == 0 or any(h.start <= start < max(h.end, h.start + 1) for h in headings):
            continue
        if looks_like_heading(match.group(1), bool(match.group(2))):
            headings.append(Heading(start, body_start(text, match.end(1)), match.group(1).strip(), None))
    headings.sort(key=lambda h: (h.start, -h.end))
    kept: list[Heading] = []
    for heading in headings:
        if kept and heading.start < kept[-1].end:
            continue
        if kept and heading.start == kept[-1].start:
            continue
        kept.append(heading)
    return kept


def looks_like_heading(line: str, has_colon: bool) -> bool:
    """A short Title Case line (or one ending in a colon) with no sentence punctuation."""
    words = line.split()
    if not 1 <= len(words) <= 6 or len(line) > 60:
        return False
    if has_colon:
        return True
    long_words = [w for w in words if len(w) > 3]
    capitalised = [w for w in long_words if w[0].isupper()]
    return bool(long_words) and len(capitalised) == len(long_words) and not line.rstrip().endswith(",")


@dataclass(frozen=True)
class Block:
    """A heading (None for text before the first one) and the span of its body."""

    heading: Heading | None
    start: int
    end: int


def split_blocks(text: str, headings: list[Heading]) -> list[Block]:
    blocks = [Block(None, 0, headings[0].start if headings else len(text))]
    for index, heading in enumerate(headings):
        end = headings[index + 1].start if index + 1 < len(headings) else len(text)
        blocks.append(Block(heading, min(heading.end, end), end))
    return blocks
