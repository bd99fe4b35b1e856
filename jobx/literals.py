"""Literal prefilters for regular expressions: the strings one of which every match must contain.

A field pattern searched over a whole posting costs about as much as tokenising it; most find nothing.
`str.__contains__` on the lower-cased text is some fifty times cheaper, so a pattern whose required
strings are all absent is not run at all. Exact by construction: a pattern is skipped only when no match
is possible, so outputs are the same with or without the prefilter.
"""

from __future__ import annotations

import _sre
import functools
import re
from collections.abc import Iterator

import regex

from . import regexes

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up (~2.5 ms)
if TYPE_CHECKING:
    from typing import Any

try:  # the stdlib parser reads the syntax the rules use (possessive and atomic groups since 3.11)
    from re import _constants as OPCODES  # type: ignore[attr-defined]
    from re import _parser as re_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as OPCODES  # type: ignore[no-redef]
    import sre_parse as re_parser  # type: ignore[no-redef]
try:
    from re import _compiler as re_compiler  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as re_compiler  # type: ignore[no-redef]

# regex-module syntax the stdlib parser lacks, replaced by what it matches at most as literals: nothing
UNICODE_PROPERTY = re.compile(r"\\[pP]\{[^}]*\}|\\[pP][A-Za-z]")
# '{' that is not a stdlib repeat: regex's fuzzy matching ('{e<=1}'), which the stdlib would read as
# literal characters: such a pattern gets no prefilter
NOT_A_REPEAT = re.compile(r"(?<!\\)\{(?!\d*(?:,\d*)?\})")
# Characters outside ASCII that `regex` (?i) matches to an ASCII letter (İ to i, ſ to s, the Kelvin sign
# to k): a text holding one is searched without the prefilter, since lower() does not map them there.
ASCII_FOLDING = ("\u0130", "\u017f", "\u212a")
MIN_LENGTH = 3  # shorter runs of letters are in nearly every posting: no use as a filter
MAX_CLASS = 3  # a character class of at most this many characters is a group ('[·•|]')
MAX_GROUPS = 3  # groups checked per pattern
REPEATS = {OPCODES.MAX_REPEAT, OPCODES.MIN_REPEAT, getattr(OPCODES, "POSSESSIVE_REPEAT", OPCODES.MAX_REPEAT)}


def required_literals(pattern: str) -> tuple[tuple[str, ...], ...] | None:
    """Groups of lower-cased strings such that every match of `pattern`, whatever its case flags, holds
    a string of each group (at most MAX_GROUPS groups, the most selective first), or None when the
    pattern has none (or cannot be read here)."""
    if "\\\\" in pattern:  # an escaped backslash: the property rewrite below could misread what follows
        return None
    pattern = UNICODE_PROPERTY.sub(r"\\w", pattern)
    if NOT_A_REPEAT.search(pattern):
        return None
    try:
        parsed = re_parser.parse(pattern)
    except Exception:  # syntax only the regex module knows: no prefilter, the pattern always runs
        return None
    groups = sorted(dict.fromkeys(sequence_literals(list(parsed))), key=selectivity, reverse=True)[:MAX_GROUPS]
    return tuple(tuple(sorted(group)) for group in groups) or None


# Unicode properties none of whose characters is a line break: read as \w (and their negation as \W)
# where a pattern is checked for matches that span lines.
LINE_FREE_PROPERTIES = {"L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "N", "Nd", "Nl", "No", "Latin", "Han"}
LINE_FREE_PROPERTIES |= {"Hangul", "Hiragana", "Katakana", "Greek", "Cyrillic", "Arabic", "Hebrew", "Thai"}
PROPERTY = re.compile(r"\\([pP])(?:\{([^}]*)\}|([A-Za-z]))")
DOTALL = getattr(OPCODES, "SRE_FLAG_DOTALL", 16)
MULTILINE = getattr(OPCODES, "SRE_FLAG_MULTILINE", 8)
IGNORECASE = getattr(OPCODES, "SRE_FLAG_IGNORECASE", 2)
# Categories without the line break ('\w', '\d', '\S'); every other one (\s, \W, \D) has it.
LINE_FREE_CATEGORIES = {OPCODES.CATEGORY_WORD, OPCODES.CATEGORY_DIGIT, OPCODES.CATEGORY_NOT_SPACE}


def line_literals(pattern: str) -> tuple[tuple[str, ...], ...] | None:
    """For a pattern no match of which holds a line break and none of whose assertions looks past the end
    of its line: groups of lower-cased strings such that the text each match covers, with the text of its
    look-arounds that never match a line break (they lie on the match's line too), holds a string of each
    group, as required_literals gives them; None for any other pattern. A match
    then lies on a line that holds a string of each group, and a search of that line alone (its end as
    the search's end) finds what a search of the whole text finds there: the field patterns are run
    only on those lines (logistics.search_tiers)."""
    if "\\\\" in pattern or NOT_A_REPEAT.search(UNICODE_PROPERTY.sub(r"\\w", pattern)):
        return None
    names = [found.group(2) or found.group(3) for found in PROPERTY.finditer(pattern)]
    if any(name not in LINE_FREE_PROPERTIES for name in names):
        return None
    pattern = PROPERTY.sub(lambda found: "\\w" if found.group(1) == "p" else "\\W", pattern)
    try:
        parsed = re_parser.parse(pattern)
    except Exception:  # syntax only the regex module knows
        return None
    dotall, multiline = bool(parsed.state.flags & DOTALL), bool(parsed.state.flags & MULTILINE)
    if may_span_lines(list(parsed), dotall) or looks_past_line(list(parsed), dotall, multiline):
        return None
    # (first seen first among equals: a set's order changes with the hash seed from run to run)
    found = sequence_literals(list(parsed), lookarounds=ON_THE_LINE)
    groups = sorted(dict.fromkeys(found), key=selectivity, reverse=True)
    return tuple(tuple(sorted(group)) for group in groups[:MAX_GROUPS]) or None


def may_span_lines(items: list[tuple[Any, Any]], dotall: bool) -> bool:
    """Whether some item of the sequence may match a line break (look-arounds match none: they take no
    text); anything not known here may."""
    for opcode, argument in items:
        if opcode is OPCODES.LITERAL:
            found = argument == 10
        elif opcode is OPCODES.NOT_LITERAL:
            found = argument != 10
        elif opcode is OPCODES.ANY:
            found = dotall
        elif opcode is OPCODES.IN:
            found = class_has_line_break(argument)
        elif opcode is OPCODES.SUBPATTERN:
            _, add_flags, del_flags, sequence = argument
            scoped = (dotall or bool(add_flags & DOTALL)) and not del_flags & DOTALL
            found = may_span_lines(list(sequence), scoped)
        elif opcode is OPCODES.BRANCH:
            found = any(may_span_lines(list(alternative), dotall) for alternative in argument[1])
        elif opcode in REPEATS:
            found = may_span_lines(list(argument[2]), dotall)
        elif opcode is getattr(OPCODES, "ATOMIC_GROUP", None):
            found = may_span_lines(list(argument), dotall)
        elif opcode in (OPCODES.ASSERT, OPCODES.ASSERT_NOT, OPCODES.AT, OPCODES.GROUPREF):
            found = False  # zero width, or the text of a group checked where it stands
        else:
            found = True
        if found:
            return True
    return False


def looks_past_line(items: list[tuple[Any, Any]], dotall: bool, multiline: bool) -> bool:
    r"""Whether an assertion of the sequence may see past the end of the line it is tried on, so that its
    answer there changes when the search ends at the line's end: a look-ahead that may match a line
    break, '$' without MULTILINE (true before a text's last line break only) and '\Z'. ('\b' and a
    look-ahead that fails on a line break answer the same at a line break and at the search's end.)"""
    for opcode, argument in items:
        if opcode is OPCODES.AT:
            found = argument is OPCODES.AT_END_STRING or (argument is OPCODES.AT_END and not multiline)
        elif opcode in (OPCODES.ASSERT, OPCODES.ASSERT_NOT):
            direction, sequence = argument
            found = (direction > 0 and may_span_lines(list(sequence), dotall)) or looks_past_line(
                list(sequence), dotall, multiline
            )
        elif opcode is OPCODES.SUBPATTERN:
            _, add_flags, del_flags, sequence = argument
            scoped_dotall = (dotall or bool(add_flags & DOTALL)) and not del_flags & DOTALL
            scoped_multiline = (multiline or bool(add_flags & MULTILINE)) and not del_flags & MULTILINE
            found = looks_past_line(list(sequence), scoped_dotall, scoped_multiline)
        elif opcode is OPCODES.BRANCH:
            found = any(looks_past_line(list(alternative), dotall, multiline) for alternative in argument[1])
        elif opcode in REPEATS:
            found = looks_past_line(list(argument[2]), dotall, multiline)
        elif opcode is getattr(OPCODES, "ATOMIC_GROUP", None):
            found = looks_past_line(list(argument), dotall, multiline)
        else:
            found = False
        if found:
            return True
    return False


def class_has_line_break(items: list[tuple[Any, Any]]) -> bool:
    negated = bool(items) and items[0][0] is OPCODES.NEGATE
    held = False
    for opcode, argument in items[1:] if negated else items:
        if opcode is OPCODES.LITERAL:
            held = held or argument == 10
        elif opcode is OPCODES.RANGE:
            held = held or argument[0] <= 10 <= argument[1]
        elif opcode is OPCODES.CATEGORY:
            held = held or argument not in LINE_FREE_CATEGORIES
        else:
            return True  # not known here
    return held != negated


def first_characters(pattern: str) -> frozenset[str] | None:
    """The characters a match of the pattern may start with, where it opens on literal characters (one, or
    a branch or group of them, 'LLC|Inc\\.?|e\\.[ ]?V\\.'); None for any other opening (a class, a repeat
    that may be empty, an assertion, case folded)."""
    if "\\\\" in pattern:  # an escaped backslash: the property rewrite below could misread what follows
        return None
    try:  # (a property read as \w: what follows the opening does not matter here)
        parsed = re_parser.parse(UNICODE_PROPERTY.sub(r"\\w", pattern))
    except Exception:  # syntax only the regex module knows
        return None
    return None if parsed.state.flags & IGNORECASE else opening_characters(list(parsed))


def opening_characters(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    if not items:
        return None
    opcode, argument = items[0]
    if opcode is OPCODES.LITERAL:
        return frozenset(chr(argument))
    if opcode is OPCODES.BRANCH:
        found = [opening_characters(list(alternative)) for alternative in argument[1]]
        return None if any(characters is None for characters in found) else frozenset().union(*found)  # type: ignore[arg-type]
    if opcode is OPCODES.SUBPATTERN and not argument[1] & IGNORECASE:
        return opening_characters(list(argument[-1]))
    if opcode in REPEATS and argument[0] >= 1:
        return opening_characters(list(argument[2]))
    return None


def selectivity(group: frozenset[str]) -> tuple[int, int]:
    """Longer strings are rarer; a group of few strings is rarer than one of many."""
    return min(len(s) for s in group), -len(group)


ON_THE_LINE = "on the line"  # sequence_literals: only the look-arounds whose text stays on the match's line


def caseless(character: str) -> bool:
    return character.lower() == character.upper() == character.casefold() == character


def sequence_literals(items: list[tuple[Any, Any]], lookarounds: bool | str = True) -> list[frozenset[str]]:
    """Every group a sequence requires: runs of ASCII literal characters, a caseless character ('•'), a
    small set of them ('[·•|]'), and the groups of each item that must match (a group, a branch, a repeat
    of at least one, a positive look-ahead or look-behind unless `lookarounds` is False; with ON_THE_LINE, only
    a look-around that never matches a line break)."""
    groups: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if len(run) >= MIN_LENGTH:
            groups.append(frozenset(["".join(run)]))
        run.clear()

    for opcode, argument in items:
        if opcode is OPCODES.LITERAL and argument < 128:
            run.append(chr(argument).lower())
            continue
        if opcode is OPCODES.AT:  # \b, ^, $: zero width between two literals
            continue
        end_run()
        if opcode is OPCODES.LITERAL and caseless(chr(argument)):
            groups.append(frozenset([chr(argument)]))
        elif opcode is OPCODES.IN:
            characters = [chr(value) for kind, value in argument if kind is OPCODES.LITERAL]
            if len(characters) == len(argument) <= MAX_CLASS and all(c.isascii() or caseless(c) for c in characters):
                groups.append(frozenset(c.lower() for c in characters))
        else:
            groups.extend(item_literals(opcode, argument, lookarounds))
    end_run()
    return groups


def item_literals(opcode: Any, argument: Any, lookarounds: bool | str = True) -> list[frozenset[str]]:
    if opcode is OPCODES.SUBPATTERN:
        return sequence_literals(list(argument[-1]), lookarounds)
    if opcode is getattr(OPCODES, "ATOMIC_GROUP", None):
        return sequence_literals(list(argument), lookarounds)
    if opcode in REPEATS and argument[0] >= 1:
        return sequence_literals(list(argument[2]), lookarounds)
    if opcode is OPCODES.ASSERT and lookarounds:  # a look-ahead or look-behind that must match: in the text too
        if lookarounds == ON_THE_LINE and may_span_lines(list(argument[1]), dotall=True):
            return []  # (any character read as a line break too: the look-around's text may leave the line)
        return sequence_literals(list(argument[1]), lookarounds)
    if opcode is OPCODES.BRANCH:  # one group: the most selective group of each alternative, together
        union: set[str] = set()
        for alternative in argument[1]:
            found = sequence_literals(list(alternative), lookarounds)
            if not found:
                return []  # one alternative needs nothing: the branch needs nothing
            union |= max(found, key=selectivity)
        return [frozenset(union)]
    return []  # other classes, any character, negative lookarounds, back references: nothing required


def may_match(groups: tuple[tuple[str, ...], ...] | None, lowered: str | None) -> bool:
    """False only when no match is possible: some required group has none of its strings in the
    lower-cased text (from `prefilter_text`; None there means the prefilter cannot be used on it)."""
    if groups is None or lowered is None:
        return True
    for group in groups:  # (loops, not all() over any(): two generators a call cost more than the tests)
        for literal in group:
            if literal in lowered:
                break
        else:
            return False
    return True


def prefilter_text(text: str) -> str | None:
    """The text lower-cased for may_match, or None when it holds a character that (?i) folds to ASCII
    and lower() does not (ASCII_FOLDING)."""
    if any(character in text for character in ASCII_FOLDING):
        return None
    return text.lower()


# ASCII characters that are not word characters (\w) as spaces, the others as they are: an ASCII text's
# words by split(). A bytes.translate table: translating the text's bytes is ten times faster than
# str.translate with a dict (0.15 against 1.8 us for a line of 80 characters).
ASCII_NON_WORD = bytes(code if chr(code).isalnum() or chr(code) == "_" else 32 for code in range(128)) + bytes(128)
MAX_WORDS_TEXT = 400  # longer texts are searched as they are: their words cost more than they save


@functools.lru_cache(maxsize=512)
def ascii_words(text: str) -> frozenset[str]:
    """The lower-cased words (runs of ASCII letters, digits and '_') of an ASCII text; cached, since the
    stages test one line against many vocabularies (the heading keywords of every kind, the cues)."""
    return frozenset(text.lower().encode("ascii").translate(ASCII_NON_WORD).decode("ascii").split())


WORD_CHARACTER = regexes.compile(r"\w")


@functools.lru_cache(maxsize=4096)
def same_word_class(character: str) -> bool:
    """Whether `regex` and the stdlib agree that the character is a word character (\\w) or not. The
    stdlib's \\w is str.isalnum() and '_'; `regex` follows Unicode's word properties, and of a newer
    Unicode: they differ on marks, on '²' and '½', on code points one version has not assigned."""
    return (WORD_CHARACTER.match(character) is not None) == (character.isalnum() or character == "_")


def stdlib_reads_alike(string: str) -> bool:
    """Whether a literal alternation with word edges (literal_regex without (?i)) matches the same in
    the stdlib as in `regex` on this string: where every character of it is a word character to both
    or to neither (the literals, the spaces and apostrophes match alike; only \\b and \\w could differ)."""
    return string.isascii() or all(map(same_word_class, set(string)))


class StdlibPattern:
    """A stdlib `re` pattern, pickled with its compiled code: unpickling a stdlib pattern compiles it
    again, ~14 ms for the skills' 15,000 characters at every start-up. The code is the stdlib's own
    (re._compiler), written by the same Python as reads it (the rules bundle is keyed on its version);
    where it cannot be read back, the pattern is compiled again."""

    __slots__ = ("compiled",)

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        pattern, flags = self.compiled.pattern, self.compiled.flags
        parsed = re_parser.parse(pattern, flags)
        code = list(map(int, re_compiler._code(parsed, flags)))  # (its opcodes are named ints: plain ones)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        state = (pattern, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        return (load_stdlib_pattern, state)


def load_stdlib_pattern(pattern: str, flags: int, *compiled: Any) -> StdlibPattern:
    try:
        return StdlibPattern(_sre.compile(pattern, flags, *compiled))
    except Exception:  # another Python's code, or another signature: compiled again
        return StdlibPattern(re.compile(pattern, flags))


def stdlib_twin(pattern: str) -> StdlibPattern | None:
    """The stdlib's compilation of a literal alternation without (?i), for Vocabulary; None where the
    stdlib cannot read it."""
    try:
        return StdlibPattern(re.compile(pattern))
    except re.error:
        return None


class Vocabulary:
    """A literal alternation run as several patterns, one per kind of first character: phrases that start
    with a word character (each tried only at a word boundary), the others, and Chinese, Japanese and
    Korean words (no edges, no case). As one alternation the regex module tries every phrase at every
    position; split, each part runs on its fast path (the employment types: 880 -> 400 us a posting).

    The parts never match at the same position (their first characters differ, in any case), so the
    earliest match of any part is the match of the whole alternation: search, match, fullmatch and
    finditer give exactly what the single pattern gives.

    A vocabulary of whole words is not run on a short ASCII text that cannot hold a match: each word of a
    phrase (a run of word characters) is a whole word of the text where the phrase matches, so some phrase
    must have all its words among the text's. `phrase_words` maps each lower-cased first word of the ASCII
    phrases (phrases with other characters never match an ASCII text) to the sets of their other words;
    None when a phrase does not begin with a word character or holds one that (?i) folds to ASCII. A
    lookup of the text's words replaces a regex scan.

    A vocabulary may carry `twins`, each part compiled by the stdlib as well (StdlibPattern, for the skills'
    literal alternations without (?i)): the stdlib runs such an alternation three to four times faster (the
    skills: ~380 -> ~95 us over a posting). finditer over a whole string takes the twins where
    stdlib_reads_alike holds; their matches have the same spans and text.
    """

    __slots__ = ("patterns", "first_words", "phrase_words", "twins")

    def __init__(
        self,
        patterns: tuple[Any, ...],
        phrase_words: dict[str, tuple[frozenset[str], ...]] | None = None,
        twins: tuple[StdlibPattern, ...] | None = None,
    ) -> None:
        self.patterns = patterns
        self.phrase_words = phrase_words
        self.first_words = frozenset(phrase_words) if phrase_words is not None else None
        self.twins = twins

    def cannot_match(self, string: str, pos: int, endpos: int | None) -> bool:
        """True only when no part can match: a short ASCII string that holds no phrase's words (searched
        whole: an end at or past the string's end, as employment_type gives, is no end)."""
        if self.phrase_words is None or pos or len(string) > MAX_WORDS_TEXT:
            return False
        if endpos is not None and endpos < len(string):
            return False
        if not string.isascii():
            return False
        words = ascii_words(string)
        for first in self.first_words.intersection(words):
            if any(others <= words for others in self.phrase_words[first]):
                return False
        return True

    @property
    def pattern(self) -> str:
        return "|".join(str(p.pattern) for p in self.patterns)

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        if self.cannot_match(string, pos, endpos):
            return None
        best = None
        for part in self.patterns:
            found = part.search(string, pos, endpos)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        return best

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        if self.cannot_match(string, pos, endpos):
            return None
        for part in self.patterns:
            found = part.match(string, pos, endpos)
            if found is not None:
                return found
        return None

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        if self.cannot_match(string, pos, endpos):
            return None
        for part in self.patterns:
            found = part.fullmatch(string, pos, endpos)
            if found is not None:
                return found
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        """Non-overlapping matches left to right, as one pattern's finditer gives them: each part's next
        match is searched again only when the last match taken ended after its start."""
        if self.cannot_match(string, pos, endpos):
            return
        patterns = self.patterns
        if self.twins is not None and not pos and endpos is None and stdlib_reads_alike(string):
            patterns, endpos = tuple(twin.compiled for twin in self.twins), len(string)  # (no None for the stdlib)
        if len(patterns) == 1:
            yield from patterns[0].finditer(string, pos, endpos)
            return
        upcoming = [part.search(string, pos, endpos) for part in patterns]
        live = [index for index, found in enumerate(upcoming) if found is not None]
        if len(live) <= 1:  # one part matches at all (a part that found none from here finds none later):
            if live:  # its own finditer on from its first match
                first = upcoming[live[0]]
                yield first
                yield from patterns[live[0]].finditer(string, first.end(), endpos)
            return
        while True:
            best = None
            for index, found in enumerate(upcoming):
                if found is not None and found.start() < pos:
                    found = upcoming[index] = patterns[index].search(string, pos, endpos)
                if found is not None and (best is None or found.start() < best.start()):
                    best = found
            if best is None:
                return
            yield best
            pos = best.end()  # a literal phrase is never empty


class LookBehindFirst:
    """A pattern of a look-behind and one group ('(?<!bonus[^.]{0,25})(?P<value>...)') searched as that
    group, each match then checked for the look-behind where it starts: as one pattern the regex module
    runs the look-behind (a variable-width one reads back up to its width) at every character before the
    group is tried (the first salary pattern: 121 -> 42 us a posting). The look-behind takes no text and
    no group, so the leftmost match of the group where it holds is the whole pattern's leftmost match,
    with the same span and groups. finditer is the whole pattern's."""

    __slots__ = ("whole", "rest", "guard")

    def __init__(self, whole: Any, rest: Any, guard: Any) -> None:
        self.whole, self.rest, self.guard = whole, rest, guard

    @property
    def pattern(self) -> str:
        return str(self.whole.pattern)

    @property
    def groupindex(self) -> Any:
        return self.whole.groupindex

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        found = self.rest.search(string, pos, endpos)
        while found is not None and self.guard.match(string, found.start()) is None:
            found = self.rest.search(string, found.start() + 1, endpos)
        return found

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        return self.whole.finditer(string, pos, endpos)  # type: ignore[no-any-return]


def look_behind_first(compiled: Any) -> Any:
    """`compiled` as a LookBehindFirst where its pattern is a look-behind and then one group, else as it is."""
    source = compiled.pattern if isinstance(compiled, regex.Pattern) else ""
    end = group_end(source, 0) if source.startswith(("(?<!", "(?<=")) else None
    rest = source[end:] if end is not None else ""
    if end is None or not rest.startswith("(") or group_end(rest, 0) != len(rest):
        return compiled
    guard = regex.compile(source[:end], compiled.flags)
    if guard.groups:
        return compiled
    return LookBehindFirst(compiled, regex.compile(rest, compiled.flags), guard)


def boundary_first(pattern: str) -> str:
    r"""A pattern that opens with look-behinds and then \b, with \b moved before them: '(?<!X)\bY' becomes
    '\b(?<!X)Y', and '(?<!X)(?<!Z)\bY' becomes '\b(?<!X)(?<!Z)Y'. All are zero-width tests of the same
    position, so the matches are the same; tried first, \b lets the regex module skip every position
    inside a word instead of running the look-behinds there (a duration pattern: 567 -> 175 us over a
    posting; with two look-behinds, 1,256 -> 312 us). Any other pattern is returned as it is."""
    end = 0
    while pattern.startswith(("(?<!", "(?<="), end):
        close = group_end(pattern, end)
        if close is None:
            return pattern
        end = close
    if end == 0 or not pattern.startswith("\\b", end):
        return pattern
    return "\\b" + pattern[:end] + pattern[end + 2 :]


def group_end(pattern: str, start: int) -> int | None:
    """The index just past the group that opens at pattern[start] ('('), skipping escapes and character
    classes; None if it does not close."""
    depth, index = 0, start
    while index < len(pattern):
        character = pattern[index]
        if character == "\\":
            index += 2
            continue
        if character == "[":
            index += 1
            if index < len(pattern) and pattern[index] == "^":
                index += 1
            if index < len(pattern) and pattern[index] == "]":
                index += 1  # a ']' first in a class is a literal
            while index < len(pattern) and pattern[index] != "]":
                index += 2 if pattern[index] == "\\" else 1
            index += 1
            continue
        if character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return None
