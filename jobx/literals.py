"""Literal prefilters for regular expressions: the strings one of which every match must contain.

A field pattern searched over a whole posting costs about as much as tokenising it; most find nothing.
`str.__contains__` on the lower-cased text is some fifty times cheaper, so a pattern whose required
strings are all absent is not run at all. Exact by construction: a pattern is skipped only when no match
is possible, so outputs are the same with or without the prefilter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

try:  # the stdlib parser reads the syntax the rules use (possessive and atomic groups since 3.11)
    from re import _constants as OPCODES  # type: ignore[attr-defined]
    from re import _parser as re_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as OPCODES  # type: ignore[no-redef]
    import sre_parse as re_parser  # type: ignore[no-redef]

# regex-module syntax the stdlib parser lacks, replaced by what it matches at most as literals: nothing
UNICODE_PROPERTY = re.compile(r"\\[pP]\{[^}]*\}|\\[pP][A-Za-z]")
# '{' that is not a stdlib repeat: regex's fuzzy matching ('{e<=1}'), which the stdlib would read as
# literal characters: such a pattern gets no prefilter
NOT_A_REPEAT = re.compile(r"(?<!\\)\{(?!\d*(?:,\d*)?\})")
# Characters outside ASCII that `regex` (?i) matches to an ASCII letter (İ to i, ſ to s, the Kelvin sign
# to k): a text holding one is searched without the prefilter, since lower() does not map them there.
ASCII_FOLDING = ("\u0130", "\u017f", "\u212a")
MIN_LENGTH = 3  # shorter strings are in nearly every posting: no use as a filter
REPEATS = {OPCODES.MAX_REPEAT, OPCODES.MIN_REPEAT, getattr(OPCODES, "POSSESSIVE_REPEAT", OPCODES.MAX_REPEAT)}


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Lower-cased ASCII strings, one of which lies inside every match of `pattern` whatever its case
    flags, or None when the pattern has no such set (or cannot be read here)."""
    if "\\\\" in pattern:  # an escaped backslash: the property rewrite below could misread what follows
        return None
    pattern = UNICODE_PROPERTY.sub(r"\\w", pattern)
    if NOT_A_REPEAT.search(pattern):
        return None
    try:
        parsed = re_parser.parse(pattern)
    except Exception:  # syntax only the regex module knows: no prefilter, the pattern always runs
        return None
    found = sequence_literals(list(parsed))
    return tuple(sorted(found)) if found else None


def sequence_literals(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The most selective required set of a sequence: a run of literal characters, or the required set
    of an item that must match (a group, a branch, a repeat of at least one)."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if len(run) >= MIN_LENGTH:
            options.append(frozenset(["".join(run)]))
        run.clear()

    for opcode, argument in items:
        if opcode is OPCODES.LITERAL and argument < 128:
            run.append(chr(argument).lower())
            continue
        if opcode is OPCODES.AT:  # \b, ^, $: zero width between two literals
            continue
        end_run()
        inner = item_literals(opcode, argument)
        if inner:
            options.append(inner)
    end_run()
    if not options:
        return None
    # the set whose shortest string is longest, then the smallest set
    return max(options, key=lambda option: (min(len(s) for s in option), -len(option)))


def item_literals(opcode: Any, argument: Any) -> frozenset[str] | None:
    if opcode is OPCODES.SUBPATTERN:
        return sequence_literals(list(argument[-1]))
    if opcode is getattr(OPCODES, "ATOMIC_GROUP", None):
        return sequence_literals(list(argument))
    if opcode in REPEATS and argument[0] >= 1:
        return sequence_literals(list(argument[2]))
    if opcode is OPCODES.BRANCH:
        union: set[str] = set()
        for alternative in argument[1]:
            found = sequence_literals(list(alternative))
            if not found:
                return None  # one alternative needs nothing: the branch needs nothing
            union |= found
        return frozenset(union)
    return None  # classes, any character, lookarounds, back references: nothing required


def may_match(literals: tuple[str, ...] | None, lowered: str | None) -> bool:
    """False only when no match is possible: none of the required strings is in the lower-cased text
    (from `prefilter_text`; None there means the prefilter cannot be used on this text)."""
    return literals is None or lowered is None or any(literal in lowered for literal in literals)


def prefilter_text(text: str) -> str | None:
    """The text lower-cased for may_match, or None when it holds a character that (?i) folds to ASCII
    and lower() does not (ASCII_FOLDING)."""
    if any(character in text for character in ASCII_FOLDING):
        return None
    return text.lower()


class Vocabulary:
    """A literal alternation run as several patterns, one per kind of first character: phrases that start
    with a word character (each tried only at a word boundary), the others, and Chinese, Japanese and
    Korean words (no edges, no case). As one alternation the regex module tries every phrase at every
    position; split, each part runs on its fast path (the employment types: 880 -> 400 us a posting).

    The parts never match at the same position (their first characters differ, in any case), so the
    earliest match of any part is the match of the whole alternation: search, match, fullmatch and
    finditer give exactly what the single pattern gives.
    """

    __slots__ = ("patterns",)

    def __init__(self, patterns: tuple[Any, ...]) -> None:
        self.patterns = patterns

    @property
    def pattern(self) -> str:
        return "|".join(str(p.pattern) for p in self.patterns)

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        best = None
        for part in self.patterns:
            found = part.search(string, pos, endpos)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        return best

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        for part in self.patterns:
            found = part.match(string, pos, endpos)
            if found is not None:
                return found
        return None

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        for part in self.patterns:
            found = part.fullmatch(string, pos, endpos)
            if found is not None:
                return found
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        """Non-overlapping matches left to right, as one pattern's finditer gives them: each part's next
        match is searched again only when the last match taken ended after its start."""
        if len(self.patterns) == 1:
            yield from self.patterns[0].finditer(string, pos, endpos)
            return
        upcoming = [part.search(string, pos, endpos) for part in self.patterns]
        while True:
            best = None
            for index, found in enumerate(upcoming):
                if found is not None and found.start() < pos:
                    found = upcoming[index] = self.patterns[index].search(string, pos, endpos)
                if found is not None and (best is None or found.start() < best.start()):
                    best = found
            if best is None:
                return
            yield best
            pos = best.end()  # a literal phrase is never empty
