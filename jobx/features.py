"""Line shapes shared by the stages: the non-empty lines of a span, a bullet marker, a word. The first
piece of the one-pass line features the STYLE guide plans; stages import these instead of writing
their own copies."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from . import regexes

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up (~2.5 ms)
if TYPE_CHECKING:
    from .rules import Rules

# The marks that bullet a line: dashes, dots, arrows, ticks, and the Japanese middle dot ('・社内SE').
# A form's answers, alone on a line: 'Yes', 'No' (items.keep; segment: a question they follow is no heading).
ANSWERS = frozenset({"yes", "no", "y", "n", "n/a"})
BULLET_MARKS = "-*•·▪◦‣●○–—➢►✓✔・･ㆍ"  # (ㆍ: the Korean interpunct that lists items)
# A bullet that opens a line: marks, '1.' / '(2)' numbers ('1.负责' and '1、负责' without a space in a script
# without spaces), 'a)' letters, 'a.' before a capital, 'iv.' small Roman numerals, a word processor's 'o' before
# two spaces or a tab; the match ends where its words start.
SMALL_ROMAN = "(?:i{1,3}|iv|vi{0,3}|ix|x)"  # an item numbered i to x
LINE_BULLET = regexes.compile(
    rf"[ \t]*(?:[{BULLET_MARKS}]+|\(?\d{{1,2}}[.)](?=[ \t])|\d{{1,2}}[.、．](?=\p{{Lo}})(?![ºª])|\(?[a-z]\)(?=[ \t])"
    rf"|[a-z]\.(?=[ \t]+\p{{Lu}})|\(?{SMALL_ROMAN}[.)](?=[ \t])|o(?=[ ]{{2}}|\t))"
    r"[ \t]*(?=\S)"
)
WORD = regexes.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’+#.&/-]*")


def is_icon(character: str) -> bool:
    """A pictograph that decorates a heading or bullets an item ('🚀', '✅', '➡️'); not '©', '®', '™', '°'."""
    return character in "\ufe0f\u200d" or (character not in "©®™°" and unicodedata.category(character) == "So")


def line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of text[start:end] that holds more than white space."""
    position = start
    for line in text[start:end].split("\n"):
        line_start, line_end = position, position + len(line)
        position = line_end + 1
        if line.strip():
            yield line_start, line_end


def first_line(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return " ".join(line.split())
    return ""


# What parts a row of links: a bar or a dot between spaces, or a gap of three spaces or more.
MENU_SEPARATOR = regexes.compile(r"[ \t]++[|·•][ \t]++|(?<=\S)[ \t]{3,}+(?=\S)")
MENU_PARTS = 4  # a row of this many short parts or more is a menu
MAX_MENU_PART_WORDS = 4


def menu_row(line: str) -> bool:
    """A row of a page's links: four short parts or more, parted by bars, dots or wide gaps ('Indeed · Find
    jobs · Company reviews · Sign in', 'About Snagajob   Careers   Help Center   Privacy Policy')."""
    parts = MENU_SEPARATOR.split(line.strip())
    return len(parts) >= MENU_PARTS and all(len(part.split()) <= MAX_MENU_PART_WORDS for part in parts)


MENU_MARKS = ("|", "·", "•", "   ")  # (a text without one holds no menu row)


def menu_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of the text that is a row of links."""
    if not any(mark in text for mark in MENU_MARKS):
        return []
    spans = []
    position = 0
    for line in text.split("\n"):
        if any(mark in line for mark in MENU_MARKS) and menu_row(line):
            spans.append((position, position + len(line)))
        position += len(line) + 1
    return spans


def has_title_word(candidate: str, rules: Rules) -> bool:
    return any(word.strip("(),-–/") in rules.title_words for word in candidate.split())


MARKDOWN_HEADING_MARKS = regexes.compile(r"[ \t]{0,3}#{1,6}[ \t]+")


def header_lines(text: str, count: int, max_length: int) -> Iterator[tuple[int, str]]:
    """The first `count` lines of the text with their numbers, without a markdown heading's '#' marks,
    leaving out any longer than max_length (a header line is short; splitting a long one into parts is
    wasted work)."""
    for number, line in enumerate(text.split("\n", count)[:count]):
        if len(line) <= max_length:
            marks = MARKDOWN_HEADING_MARKS.match(line)
            yield number, line[marks.end() :] if marks else line


# A place with its region's code: 'Chicago, IL', 'Geelong, VIC', 'London, ON'.
CITY_AND_REGION_CODE = regexes.compile(r"\p{Lu}[\p{L}.'’-]*+(?:[ ]\p{Lu}[\p{L}.'’-]*+){0,2},[ ]\p{Lu}{2,3}")


# A legal form after a name makes it an organisation's: "Xalt LLC", "Quarteera e. V.", "Retym INC" (Quebec's 'inc.').
LEGAL_FORM = regexes.compile(
    r"[ ](?:Pvt\.?[ ]Ltd\.?|\(Pvt\.?\)[ ]Ltd\.?|\(Pty\)[ ]Ltd\.?|Pte\.?[ ]Ltd\.?|Pty\.?[ ]Ltd\.?"  # 'Pvt. Ltd.'
    r"|Sp\.[ ]?z[ ]o\.[ ]?o\.|sp\.[ ]?z[ ]o\.[ ]?o\.|S\.R\.L\.|e\.K\.|gGmbH"
    # Malaysia, the Gulf, Latin America, Poland: 'Sdn. Bhd.', 'W.L.L.', 'S.A.S.', 'sp.j.'
    r"|Sdn\.?[ ]Bhd\.?|Bhd\.?|Berhad|W\.L\.L\.?|WLL|S\.A\.S\.?|S\.A\.[ ]de[ ]C\.V\.|sp\.[ ]?j\.|sp\.[ ]?k\."
    r"|FZ-?LLC|FZE|FZCO"
    r"|LLC|L\.L\.C\.|Inc\.?|INC|inc\.|Ltd\.?|Limited|LLP|PLC|plc|GmbH|AG|SE|e\.[ ]?V\.|S\.?A\.?|SAS|S\.L\."
    r"|B\.?V\.?|N\.V\.|Pty(?:[ ]Ltd)?|Oy|AB|ApS|AS|Co\.|S\.p\.A\.?|SpA|S\.r\.l\.?|Srl|S\.L\.U\.|Ltda\.?|K\.K\.)$"
)
