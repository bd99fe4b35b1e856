"""Split a section body into items: bullets, inline ' - ' bullets, lines, sentences, run-on lists."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from . import regexes
from .features import ANSWERS, LINE_BULLET, MARKDOWN_HEADING_MARKS, WORD, is_icon, line_spans
from .logistics import prose_deadline
from .model import REQUIREMENT_KINDS, SectionKind
from .normalise import SECTION_MARKS
from .rules import Rules, is_chrome, leading_label
from .segment import strong_keyword
from .skills import skill_matches
from .values import ordinal_day
from .votes import LIST_LINE_WORDS, SECOND_PERSON, condition_end, is_duty_verb

# Bullets inside a line: a dot bullet anywhere (a middle dot not between two letters or digits: '18-25K·14薪'
# is one term), an icon before a capital ('✅Emotional Support: ...', '➡️Supportive: ...'; not '©', '®', '™'),
# an amount ('📚 ₹50,000 yearly ...') or a number and a word ('🏖️ 24 days of paid leave'; not a count of
# reactions, '👍❤️ 47'), or a dash between spaces before a capital or a count of years.
# Starts only where a run of spaces starts (or where the search does): retrying inside the run is quadratic.
INLINE_BULLET = regexes.compile(
    r"(?:(?<![ \t])|\G)(?:[ \t]*+(?:[•▪●◦ㆍ]|(?<![\p{L}\p{N}])·|·(?![\p{L}\p{N}]))[ \t]*+"
    r"|[ \t]*+(?![©®™°])\p{So}\uFE0F?[ \t]*+(?=\p{Lu}|\p{Sc}\p{N}|\p{N}[\p{N},.]*+\+?[ ]\p{L})"
    # (before a letter of a script without case, '소지자▶ 아동복지시설 ...': not a section's mark, '■うれしいポイント')
    rf"|[ \t]*+(?![©®™°{SECTION_MARKS}])\p{{So}}\uFE0F?[ \t]*+(?=\p{{Lo}})"
    r"|[ \t]*+[✓✔][ \t]*+(?=\p{Ll})"  # a tick before an item in lower case: '... you:✓ have 2 years ...✓ speak ...'
    # ' * Own the data model', ' - 3 to 6 years of experience', ' - 5+ years in sales', ' - 5 days of paid training'
    # (a figure after a figure is a range's end, which is_range_dash turns away: '20 - 25 hours')
    r"|[ \t]++[-–—*][ \t]++(?=\p{Lu}|\d{1,3}\+?%?[ \t]++(?:to[ \t]++\d{1,2}[ \t]++)?\p{Ll}))"
)


FIGURE_LED = regexes.compile(r"\d")
INLINE_DASH = regexes.compile(r"[-–—]")
YEARS_LED = regexes.compile(r"\d{1,2}\+?[ \t]++(?:to[ \t]++\d{1,2}[ \t]++)?(?:years?|yrs?)\b")


# What every INLINE_BULLET match holds: a dot bullet, an icon, or a space or tab before a dash or star.
INLINE_BULLET_MARK = regexes.compile(r"[•·▪●◦ㆍ\p{So}]|[ \t][-–—*]")


def may_hold_inline_bullet(text: str, start: int, end: int) -> bool:
    """False only where INLINE_BULLET cannot match text[start:end]: a line without a dot bullet, an icon,
    or a space or tab before a dash or star (an ASCII line, whose dot bullets and icons are outside ASCII,
    is checked without a pattern)."""
    line = text[start:end]
    if line.isascii():
        return " -" in line or " *" in line or "\t" in line
    return INLINE_BULLET_MARK.search(line) is not None


SENTENCE_END = regexes.compile(r"[.!?][\"”’)]*[ \t]+(?=[\p{Lu}\d\p{Sc}\"“(])|[。！？](?=[ \t]*\S)")
HAS_LETTER = regexes.compile(r"\p{L}")
PARAGRAPH_SENTENCES = 2


@dataclass(frozen=True)
class Unit:
    """A candidate item: a span of the normalised text, whether a bullet marked it, and whether it
    is a sentence of a paragraph (a line of two or more sentences)."""

    start: int
    end: int
    bulleted: bool
    paragraph: bool = False


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past white space and stray bullet or joining punctuation at either end, and past
    icons that open it ('🏥 Private health insurance', '💻 £1,000 home-office budget')."""
    while start < end and (text[start].isspace() or text[start] in "-*•·▪◦‣●○–—ㆍ,;:|>" or is_icon(text[start])):
        start += 1
    # a heading's '##' on a line read as an item ('## 応募する'); the spaces before it are gone
    marks = MARKDOWN_HEADING_MARKS.match(text, start, end) if text.startswith("#", start, end) else None
    if marks is not None:
        start = marks.end()
    while end > start and (text[end - 1].isspace() or text[end - 1] in "*•·,;|-–—" or is_icon(text[end - 1])):
        end -= 1
    # the number of the next section's heading after the item's stop, in a dump ('... licence. 2. ADDITIONAL ...')
    number = NEXT_SECTION_NUMBER.search(text, max(start, end - 6), end) if text[end - 1 : end] == "." else None
    if number is not None and number.start() > start:
        end = number.start()
    return start, end


NEXT_SECTION_NUMBER = regexes.compile(r"(?<=[.;:)])[ \t]++\d{1,2}\.$")


# Words a dash joins into a range rather than starting a bullet: "Monday - Friday", "8:00am - 5:00pm".
RANGE_WORD = (
    r"(?:\d[\d:.,]*(?:am|pm|AM|PM)?|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|"
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
RANGE_BEFORE = regexes.compile(r"(?<![\w:.])" + RANGE_WORD + r"[ \t]*+$")
RANGE_AFTER = regexes.compile(RANGE_WORD + r"\b")


def is_range_dash(text: str, inline: regex.Match[str]) -> bool:
    """A dash between two days, months, times or numbers: of one kind (not 'Attendance bonus of ₹500 - Sunday
    fixed off', an amount and a day)."""
    start, end = inline.span()
    before = RANGE_BEFORE.search(text, max(0, start - 12), start)
    after = RANGE_AFTER.match(text, end, end + 16) if before is not None else None
    return after is not None and before.group()[:1].isdigit() == after.group()[:1].isdigit()


def dot_or_free_dash(inline: regex.Match[str], bullet_line: bool) -> bool:
    """On a line of its own that a bullet opens, a dash is a dash ("- Teamwork - Cooperates with ..."),
    not a second bullet; dot bullets split anywhere, and dashes in a run of inline bullets too."""
    return not bullet_line or not any(dash in inline.group() for dash in "-–—")


# An item's number or letter inside a line: '1) Serve customers 2) Keep the floor tidy', '(a) ... (b) ...',
# '1. HNC or degree 2. Three years in quality' (a scrape of a numbered list), its numbers glued to the item before
# ('1. A valid SIA licence2. At least 12 months ...': the count from 1 tells them from a version's number).
# (each item opens with a capital: 'one (1) year of experience and/or a two (2) year degree' is one item)
# In Chinese and Japanese a number and a full stop or '、' right before the words: '：1.负责 ...；2.定期 ...'
# (not an ordinal: "12.º ano", the Portuguese and Spanish 12th year of school)
# (after a semicolon any character may follow: '；2.5年以上经验' is item 2).
ENUMERATOR = regexes.compile(
    r"(?<![^ \t\n(])\(?(?P<n>\d{1,2}|[a-z])\)[ \t]++(?=\p{Lu})"
    r"|(?<![^ \t\n\p{L}:：)])(?P<n>\d{1,2})\.[ \t]++(?=\p{Lu}|\p{Lo})"
    r"|(?<=^|[ \t\n；;。：:])(?P<n>\d{1,2})[.、．][ \t]?(?=\p{Lo})(?![ºª])|(?<=[；;。])(?P<n>\d{1,2})[.、．](?=\S)"
)
UNSPACED_LETTER = regexes.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
MIN_ENUMERATED_CHARACTERS = 4  # an item numbered inside a line of a script without spaces ('分析门店经营数据')
MAX_UNSPACED_PERK = 16  # characters of a perk written without spaces: '员工购物折扣', '住宅手当（月2万円まで）'


def enumerated(text: str, start: int, end: int) -> list[regex.Match[str]]:
    """The markers of items numbered inside a line, from the second on: at least two, counting up by one
    from 1 or 'a', each item two words or more (not 'sections (a) and (b)')."""
    line = text[start:end]
    if ")" not in line and "1. " not in line and (line.isascii() or not UNSPACED_LETTER.search(line)):
        return []  # no bracket, no '1. ', and no script written without spaces ('1.负责 ...')
    if line.isascii() and "2)" not in line and "2." not in line and "b)" not in line:
        return []  # no second marker ('2)', '(b)', '02.'): not two counting up (other digits are not ASCII)
    markers = list(ENUMERATOR.finditer(text, start, end))
    if len(markers) < 2:
        return []
    ordinals = [int(m.group("n")) if m.group("n").isdigit() else ord(m.group("n")) - ord("a") + 1 for m in markers]
    if ordinals != list(range(1, len(markers) + 1)):
        return []
    before = text[start : markers[0].start()].strip()
    latin_stop = markers[0].group().rstrip().endswith(".") and markers[0].group()[-1] in " \t"
    if latin_stop and before and not before.endswith((":", "：")):
        return []  # 'Pass the level 1. Then sit the level 2. Exams ...': numbers that end sentences
    bounds = [m.end() for m in markers]
    pieces = [text[b : (markers[i + 1].start() if i + 1 < len(markers) else end)] for i, b in enumerate(bounds)]
    if any(len(piece.split()) < 2 and len(piece.strip()) < MIN_ENUMERATED_CHARACTERS for piece in pieces):
        return []
    return [m for m in markers if text[start : m.start()].strip()]


# A dash between spaces before a word in any case: the separator of a line that the same dash opens
# ('- answering phone calls - handling enquiries - keeping records'), or glued to the word before it where
# a scrape lost the line breaks ('- vacuuming all floors- cleaning kitchens- emptying bins'; not a word's
# part left for a joining word to finish, 'Digitalisierungs- und Transformations-Vorhaben', 'full- or part-time')
SPACED_DASH = regexes.compile(
    r"(?:[ \t]++|(?<=[\p{L}\p{N})])(?![-–][ \t]++(?:und|oder|bzw|and|or|et|ou|y|o|e|en|of|og|och)\b))"
    r"[-–][ \t]++(?=[\p{L}\d])"
)
DASH_RUN_PIECE_WORDS = 3


def dash_run(text: str, marker: regex.Match[str], line_end: int) -> list[regex.Match[str]]:
    """The inner dashes of a line opened by a dash that are its bullets too: the same dash as the opening
    one, every piece of three words or more (not '- Teamwork - Cooperates with others'); one alone only
    between two pieces that open with a capital (not '- Knowledge of GAAP - including revenue')."""
    opener = marker.group().strip()
    if opener not in ("-", "–"):
        return []
    dashes = [
        m for m in SPACED_DASH.finditer(text, marker.end(), line_end)
        if m.group().strip() == opener and not is_range_dash(text, m)
    ]
    if not dashes:
        return []
    bounds = [marker.end(), *(m.end() for m in dashes)]
    ends = [*(m.start() for m in dashes), line_end]
    if any(not long_piece(text, s, e) for s, e in zip(bounds, ends, strict=True)):
        return []
    if len(dashes) == 1 and not (text[bounds[0]].isupper() and text[bounds[1]].isupper()):
        return []  # one dash parts two items that open as items do: '- Review ... vendors - Maintain ...'
    return dashes


CASELESS_LETTERS = regexes.compile(r"\p{Lo}")
MIN_CASELESS_PIECE = 4  # letters of a piece in a script without case ('꼼꼼하신 분', two words): an item's length


def long_piece(text: str, start: int, end: int) -> bool:
    """A dash run's piece long enough for an item: three words, or four letters of a script that writes few
    and long words ('꼼꼼하신 분')."""
    if len(text[start:end].split()) >= DASH_RUN_PIECE_WORDS:
        return True
    return sum(1 for _ in CASELESS_LETTERS.finditer(text, start, end)) >= MIN_CASELESS_PIECE


# The Japanese middle dot: a bullet where it opens a line, and also inside words ('医療・介護', '土・日').
NAKAGURO = regexes.compile(r"[・･]")
MIN_NAKAGURO_PIECE = 4  # characters of a piece between two dots that is an item, not a word of a pair


def nakaguro_run(text: str, marker: regex.Match[str], line_end: int) -> list[regex.Match[str]]:
    """In a line opened by '・', the further dots that part items ('・高校卒業以上・身長150cm以上・...'):
    each outside brackets ('（PC・スマートフォン）'), where the text since the last cut and up to the next
    dot are four characters or more, so a pair of short words stays whole ('早朝・深夜を含むシフト勤務').
    One pass: the brackets are counted as the dots come, and the piece since the last cut is measured as
    it grows (a dump's line may hold thousands of dots)."""
    if marker.group().strip() not in ("・", "･"):
        return []
    dots, depth, position = [], 0, marker.end()
    for dot in NAKAGURO.finditer(text, marker.end(), line_end):
        between = text[position : dot.start()]
        depth += between.count("(") + between.count("（") - between.count(")") - between.count("）")
        position = dot.start()
        if depth <= 0:
            dots.append(dot)
    cuts = []
    piece = 0  # the stripped length of the text since the last cut, up to and with the last dot passed
    previous = marker.end()
    for index, dot in enumerate(dots):
        segment = text[previous : dot.start()]
        before = piece + len(segment.rstrip()) if piece else len(segment.strip())
        following = dots[index + 1].start() if index + 1 < len(dots) else line_end
        after = len(text[dot.end() : following].strip())
        if before >= MIN_NAKAGURO_PIECE and after >= MIN_NAKAGURO_PIECE:
            cuts.append(dot)
            piece = 0
        else:
            piece = (piece + len(segment) if piece else len(segment.lstrip())) + len(dot.group())
        previous = dot.end()
    return cuts


def units_of(text: str, start: int, end: int) -> list[Unit]:
    """Lines and bullets of a body; a non-bullet line starting in lower case continues the one before."""
    units: list[Unit] = []
    for line_start, line_end in line_spans(text, start, end):
        marker = LINE_BULLET.match(text, line_start, line_end)
        own_line = marker is not None and (line_start == 0 or text[line_start - 1] == "\n")
        scanned = may_hold_inline_bullet(text, line_start, line_end)
        inline = [
            m
            for m in (INLINE_BULLET.finditer(text, line_start, line_end) if scanned else ())
            if dot_or_free_dash(m, own_line) and not is_range_dash(text, m)
        ]
        dashes = [m for m in inline if INLINE_DASH.search(m.group())]
        if dashes and all(FIGURE_LED.match(text, m.end()) for m in dashes):
            # a dash before a figure (not a count of years) is a bullet only in a run of dashes that other
            # items open: not 'Holiday - 28 days a year', nor '• Staff discount - 50% off in our hotels'
            inline = [m for m in inline if m not in dashes or YEARS_LED.match(text, m.end())]
        if marker is not None and not any(dash in m.group() for m in inline for dash in "-–—"):
            # (also where a heading's colon runs into the dash: 'YOU MUST HAVE:- at least ...- your own car')
            inline += dash_run(text, marker, line_end)
        if marker is not None and not inline:  # a dump's run of '・' items
            inline = nakaguro_run(text, marker, line_end)
            if own_line and len(inline) < 2:
                inline = []  # on a line of its own one inner dot is a pair's: '要件定義・基本設計の経験'
        inline = sorted([*inline, *enumerated(text, line_start, line_end)], key=lambda m: m.start())
        if len(inline) == 1 and not own_line and any(dash in inline[0].group() for dash in "-–—"):
            before = text[line_start : inline[0].start()].strip()
            if len(before.split()) >= 2 and not before.endswith((":", "：")):
                # one dash in a sentence is punctuation ('Uses care pathways – SOB, UTIs, fevers'), not a bullet
                inline = []
        cuts = [line_start] + [m.end() for m in inline]
        bounds = [m.start() for m in inline] + [line_end]
        # the first piece of a line that two inline bullets go on to list is a listed item too
        # ('Build the API * Own the data model * Mentor engineers'), unless it leads in with a colon
        first_piece = text[line_start : bounds[0]].strip()
        listed_first = (
            len(inline) >= 2 and len(first_piece.split()) >= 2 and not first_piece.endswith((":", ".", "!", "?"))
        )
        for index, (piece_start, piece_end) in enumerate(zip(cuts, bounds, strict=True)):
            bulleted = index > 0 or marker is not None or listed_first
            if index == 0 and marker is not None:
                piece_start = marker.end()
            piece_start, piece_end = trim(text, piece_start, piece_end)
            if piece_start >= piece_end:
                continue
            first = text[piece_start]
            if not bulleted and index == 0 and units and first.islower() and units[-1].bulleted:
                units[-1] = Unit(units[-1].start, piece_end, True)  # a wrapped bullet
                continue
            if not bulleted and index == 0 and units and not units[-1].bulleted and wrapped(text, units[-1], first):
                units[-1] = Unit(units[-1].start, piece_end, False)  # a hard-wrapped paragraph's next line
                continue
            units.append(Unit(piece_start, piece_end, bulleted))
    return units


WRAP_WIDTH = 60  # characters: a shorter line ends where its writer ended it
WRAP_END = regexes.compile(
    r"(?r)(?:,|[ \t](?:a|an|the|of|at|to|in|on|for|with|and|or|by|from|per|de|da|di|du|la|le|der|die|das|und))\Z"
)


def wrapped(text: str, previous: Unit, first: str) -> bool:
    """A plain line that goes on with the line above: a long line (a column's width) that a comma or a
    joining word ends ('... 20 hours a week at\nN$ 9,800 per month, with ...'); once a paragraph is seen
    to wrap so, also a line opening in lower case after any word ('... a 7% employer\ncontribution to ...').
    A list's plain lines do not join, short ('excellent English\nwilling to travel') or long (an item does
    not end on 'at' or 'the')."""
    line_start = text.rfind("\n", previous.start, previous.end) + 1
    line = text[max(previous.start, line_start) : previous.end]
    if len(line) < WRAP_WIDTH or line.endswith((".", "!", "?", ":", ";", "：", "。")):
        return False
    # (a bracket opening the line goes on with the words above it: '... basic electrical knowledge\n(single-phase')
    return WRAP_END.search(line) is not None or (first.islower() and line_start > previous.start) or first == "("


def sentences(text: str, start: int, end: int, rules: Rules) -> list[tuple[int, int]]:
    """Sentence spans; a full stop after an abbreviation or a single letter does not end one."""
    spans = []
    last = start
    for match in SENTENCE_END.finditer(text, start, end):
        word = WORD.findall(text, max(start, match.start() - 12), match.start() + 1)
        previous = word[-1].lower().rstrip(".") if word else ""
        single = len(previous) == 1 and text[match.start() - 1 : match.start()].isalnum()  # not '... put in 3%.'
        if match.group()[0] == "." and (previous in rules.abbreviations or single):
            continue
        if match.group()[0] == "." and ordinal_day(text, match.start(), rules.value_words):
            continue  # a day written as an ordinal before its month: 'Bewerbung bis 10. Jänner 2027', '1. März'
        spans.append((last, match.start() + 1))
        last = match.end()
    spans.append((last, end))
    return [span for span in (trim(text, s, e) for s, e in spans) if span[0] < span[1]]


def opens_item(word: str, kind: SectionKind, rules: Rules) -> bool:
    if not word[:1].isupper():
        return False
    if kind is SectionKind.RESPONSIBILITIES:
        return is_duty_verb(word, rules, gerund=False)
    return word in rules.qualification_openers


SHOUTED_WORDS = 3


def shouted_after(words: list[regex.Match[str]], index: int) -> bool:
    """Three words or more in capitals after a word in lower case: a requirement shouted at the end of a
    line ('... as required over a 7 day/24 hour roster MUST BE AVAILABLE FOR NIGHT/OVERNIGHT SHIFTS')."""
    first = words[index].group()
    if len(first) < 2 or not first.isupper():
        return False  # (asked first: most words are not in capitals)
    run = words[index - 1 : index + SHOUTED_WORDS]
    text = run[0].string
    return (
        len(run) == SHOUTED_WORDS + 1
        and run[0].group().islower()
        and len(run[1].group()) > 1
        and all(word.group().isupper() for word in run[1:])
        and all(not text[a.end() : b.start()].strip() for a, b in zip(run, run[1:], strict=False))  # a phrase
    )


def name_number(words: list[regex.Match[str]], index: int) -> bool:
    """The word before words[index] is a number after a capitalised word: a name's number ('Microsoft 365',
    'Level 3')."""
    return index >= 2 and words[index - 1].group().isdigit() and words[index - 2].group()[:1].isupper()


def split_run_on(text: str, start: int, end: int, kind: SectionKind, rules: Rules) -> list[tuple[int, int]]:
    """Split '... of early products Develop robust ...' where a capitalised opener follows a word."""
    words = list(WORD.finditer(text, start, end))
    spans = []
    last, last_index = start, 0  # words[last_index] is the first word of the current piece
    for index in range(3, len(words) - 1):
        word, previous = words[index], words[index - 1]
        if shouted_after(words, index):
            spans.append((last, word.start()))  # '... a 7 day roster MUST BE AVAILABLE FOR NIGHT SHIFTS'
            last, last_index = word.start(), index
            continue
        if not opens_item(word.group(), kind, rules):
            continue
        gap = text[previous.end() : word.start()]
        if gap.strip(" \t)") or previous.group().lower() in rules.joining_words:
            continue  # punctuation between them (but a closing bracket), or a phrase like 'in Software Development'
        before = previous.group()
        if before[0].isupper() and not before.isupper():
            continue  # inside a capitalised name: 'Clock Control block', 'Quality Assurance'
        if name_number(words, index) and not gap.strip():
            continue  # a name's number, and the name goes on: 'Microsoft 365 Certified: Endpoint Administrator'
        if index - last_index < 3:  # fewer than three words since the last split
            continue
        spans.append((last, word.start()))  # trimmed later; keeps a closing bracket
        last, last_index = word.start(), index
    spans.append((last, end))
    return spans


GAP = regexes.compile(r"(?<=\S)[ \t]{2,}+(?=\S)")


def split_gaps(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """In a dump's list two spaces were a break between items ('Compassionate and empathetic  Strong
    communication skills'), where the layout step kept them as a label/value header's gaps."""
    return pieces_between(GAP, text, start, end)


def pieces_between(separator: regex.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of text[start:end] between the separator's matches."""
    bounds = [start]
    for match in separator.finditer(text, start, end):
        bounds.extend((match.start(), match.end()))
    bounds.append(end)
    return list(zip(bounds[::2], bounds[1::2], strict=True))


def dump_pieces(text: str, start: int, end: int, rules: Rules) -> list[tuple[int, int]]:
    """A span of a dump cut where its list lost its breaks: at double spaces, then where a phrase runs on."""
    return [
        piece
        for gap_start, gap_end in split_gaps(text, start, end)
        for piece in split_capitals(text, gap_start, gap_end, rules)
    ]


RUN_ON_WORDS = 12  # a sentence this long in a one-paragraph dump may be several items run together


ITEM_AMOUNT = regexes.compile(r"\d{1,3}(?:[-–]\d{1,3})?[+%]?")  # '3', '1-2', '5+' (years), '28' (days), '25%'
# a capitalised word standing alone before a lower-case one ('Clutter trucks', 'Clutter is'), not one word of a
# Title Case phrase ('Staff Nurse')
CAPITALISED = regexes.compile(r"\b\p{Lu}\p{Ll}+\b(?=[ \t]+\p{Ll})")
NAME_COUNT = 3
PAY_PERIOD_END = regexes.compile(r"/(?:yr|year|hr|hour|h|mo|month|wk|week|day|annum)\.?$")
LABEL_REACH = 120  # a label of three words and the start of its value (an end position: regex's match
# with a far one costs time in the distance, quadratic over a long line)
GLUED_ACRONYM = regexes.compile(r"(?<=\p{Ll}{3})\p{Lu}{2,}+\d*+$")


# A word glued to the next one's capital: 'RemotePaid Volunteer', 'HoursEducational Assistance'; both parts
# four letters or more ('TikTok', 'GitHub' are names).
GLUED_WORD = regexes.compile(r"(?<=\p{Ll}{4})\p{Lu}\p{Ll}{3,}+$")
INNER_CAPITAL = regexes.compile(r"\b\p{L}*\p{Ll}\p{Lu}\p{L}*")


@lru_cache(maxsize=4)
def inner_capitals(text: str) -> frozenset[str]:
    """Words with a capital inside that the text writes twice or more: names ('HighPoint'), not glue."""
    counts = Counter(INNER_CAPITAL.findall(text))
    return frozenset(word for word, count in counts.items() if count >= 2)


def is_skill_name(word: str, rules: Rules) -> bool:
    return word in rules.skill_names or word.lower() in rules.skill_names


# A label of one to three words opening a value: 'Job Type: Full-time', 'Supplemental Pay: Commission Pay'.
# Its words after the first are all capitalised or all lower-case: 'Pay COVID-19 considerations:' is not one.
RUN_IN_LABEL = regexes.compile(
    r"\p{Lu}[\p{L}\p{N}'’-]*+(?:(?:[ \t]+\p{Lu}[\p{L}\p{N}'’-]*+){1,2}|(?:[ \t]+[\p{Ll}\p{N}][\p{L}\p{N}'’-]*+){0,2})"
    r":[ \t]*+(?!/)\S"
)


@lru_cache(maxsize=4)
def repeated_capitals(text: str) -> frozenset[str]:
    """Capitalised words the text writes three times or more: names ('unload Clutter trucks', 'About
    Clutter', 'Clutter picks up ...'), which a dump's list does not split before. Counted once per text."""
    counts = Counter(CAPITALISED.findall(text))
    return frozenset(word for word, count in counts.items() if count >= NAME_COUNT)


def split_capitals(text: str, start: int, end: int, rules: Rules) -> list[tuple[int, int]]:
    """In a one-paragraph dump a list lost its breaks and its full stops: 'A dynamic growing company
    Competitive pay and benefits A rewarding work environment'. Split where a capitalised word that opens
    a phrase (a lower-case word or an article follows it) comes after a lower-case word; not after a
    joining word ('and/or Sales experience') nor inside a capitalised name ('one year Customer Service')."""
    words = list(WORD.finditer(text, start, end))
    long_enough = len(words) >= RUN_ON_WORDS  # only glue splits a short sentence
    perks = rules.prose_cue(SectionKind.BENEFITS)
    spans = []
    last, last_index = start, 0
    for index in range(1, len(words) - 1):
        word, previous, following = words[index], words[index - 1], words[index + 1]
        first = word.group()
        glued = None
        if not first[3:].islower():  # glue is a capital after a word's third letter: most words have none
            glued = GLUED_ACRONYM.search(first) or (
                # a glued word opens a Title Case phrase ('RemotePaid Volunteer Hours'), not a name's tail
                # before lower-case words ('paperwork in ServiceTitan at the end of each call')
                GLUED_WORD.search(first)
                if first not in inner_capitals(text) and following.group()[:1].isupper()
                else None
            )
        if glued and index - last_index >= 2 and not is_skill_name(first, rules):
            # an acronym glued to the word before it opens the next item: 'licenseBLS certification',
            # 'requiredACLS within'; not a name that ends in one ('PostgreSQL', 'macOS')
            spans.append((last, word.start() + glued.start()))
            last, last_index = word.start() + glued.start(), index
            continue
        if not long_enough:
            continue
        joining = previous.group().lower().rpartition("/")[2] in rules.joining_words  # 'and/or Sales'
        gap = text[previous.end() : word.start()]
        glued_on = not gap.strip()  # no punctuation between them
        if first[0].isupper() and index - last_index >= 2 and (
            (glued_on and previous.group().lower() in rules.perk_heads and first.lower() not in rules.perk_heads)
            or (
                not joining
                and not gap.strip(" \t)")  # 'Associate (Preferred) Paid Training:'
                and RUN_IN_LABEL.match(text, word.start(), min(end, word.start() + LABEL_REACH))
                # 'Paid Training:' is one label
                and not RUN_IN_LABEL.match(text, previous.start(), min(end, previous.start() + LABEL_REACH))
            )
        ):
            # perks run together in Title Case ('Vision Insurance Life Insurance'), or a label's run of
            # values ('... Growth opportunities Job Type: Full-time Pay: $22,930')
            spans.append((last, word.start()))
            last, last_index = word.start(), index
            continue
        before = previous.group()
        if (
            glued_on
            and index - last_index >= 2
            and first[0].isupper()
            and first[1:].islower()
            and following.group()[0].islower()
            and before[0].isdigit()
            and PAY_PERIOD_END.search(before)  # '$52,000 - $58,000/yr Health, dental and vision insurance'
        ):
            spans.append((last, word.start()))
            last, last_index = word.start(), index
            continue
        # after a lower-case word, or a figure or a bracket that closes a phrase ('... below 95% Reconcile
        # carrier invoices', 'Advanced Excel (pivot tables) Working knowledge of SQL')
        numbered_name = len(before) <= 3 and name_number(words, index)
        closes = first[0].isupper() and (
            (before[-1].isdigit() and not numbered_name) or before[-1] == "%" or gap.strip() == ")"
        )  # (not a name's number: 'a Level 3 Agriculture certificate', 'Class 1 Licence')
        # and after a name of one word, a duty's verb before lower-case words ('... groups across the Midwest Run
        # the full sales cycle ...'; not in a run of names, 'TAP controller, Clock Control block', nor after an
        # acronym, 'EDA Test tools', nor a name's noun, 'Mining Act and ...', 'Assistance Plan and ...')
        duty_after_name = (
            before[0].isupper()
            and not before.isupper()
            and index >= 2
            and words[index - 2].group()[0].islower()
            and text[words[index - 2].end() : previous.start()] == " "
            and first[1:].islower()
            and following.group()[0].islower()
            and following.group().lower() not in ("and", "or")
            and text[word.end() : following.start()] == " "
            and is_duty_verb(first, rules, gerund=False)
        )
        if not (
            (before[0].islower() or closes or duty_after_name) and (glued_on or closes) and not joining
        ) or index - last_index < 2:
            continue
        if first[0].isdigit():
            cue = rules.requirement_regex.search(text, word.start(), min(end, word.end() + 12))  # '2+ years'
            perk = perks.search(text, word.start(), min(end, word.end() + 24)) if perks is not None else None
            near = (cue is not None and cue.start() - word.end() <= 1) or perk is not None  # '28 days holiday'
            near = near or first.endswith("+")  # '... or equivalent experience 2+ years in an analyst role'
            if ITEM_AMOUNT.fullmatch(first) and near:
                # '... or GED equivalent 1-2 years' experience in ...': a number of years opens an item
                spans.append((last, word.start()))
                last, last_index = word.start(), index
            continue
        if not (first[0].isupper() and (first[1:].islower() or len(first) == 1)):
            continue  # a plain capitalised word after a lower-case one: not 'CS-Link', 'HighPoint', 'SQL'
        if not (following.group()[0].islower() or len(first) <= 2):  # 'Customer Service' is a name
            continue
        if text[word.end() : word.end() + 1] == "," and following.group().lower() in rules.list_joiners:
            continue  # a name inside a sentence: 'credit checks through Creditsafe, and setting limits'
        if len(first) == 1 and f" {first.lower()} " not in text:
            continue  # a letter that is no word of the text's language ('a' is): a grade, 'A valid G driver's licence'
        opener = opens_item(first, SectionKind.RESPONSIBILITIES, rules) or opens_item(first, SectionKind.MINIMUM, rules)
        if first in repeated_capitals(text) and not opener:
            continue  # a name the posting repeats: 'unload Clutter trucks'
        spans.append((last, word.start()))
        last, last_index = word.start(), index
    spans.append((last, end))
    return spans


# A semicolon outside brackets: two or more of them in a sentence part a list ('Medical, dental and vision
# coverage from day one; 401(k) with 6% match; 20 days of paid time off').
# (also glued to the next item's capital, as a scrape joins a list: '... do dia;Regular varetas ...')
SEMICOLON = regexes.compile(r";(?:[ \t]+|(?=\p{Lu}\p{Ll}))(?![^()\n]*\))|；(?=[ \t]*\S)")
SEMICOLON_ITEMS = 3
LETTERED_AFTER_SEMICOLON = regexes.compile(r";[ \t]++(?:and[ \t]++)?\((?:[a-z]|[ivx]{1,4})\)[ \t]++")
MIN_LETTERED = 2


def semicolon_list(text: str, start: int, end: int) -> bool:
    return len(SEMICOLON.findall(text, start, end)) >= SEMICOLON_ITEMS - 1


# (a comma between digits groups thousands: 'a €1,500 learning budget' is one piece)
# ('、' is the enumeration comma of Chinese and Japanese: '五险一金、年终奖、带薪年假')
# (a comma between digits is a number's: '€68,000', 'R$ 650,00')
COMMA_PIECE = regexes.compile(r"(?:[^,;()、]|(?<=\d),(?=\d))++(?:\([^()\n]*+\)(?:[^,;()、]|(?<=\d),(?=\d))*+)*+")
MAX_LISTED_WORDS = 8


CLAUSE_OPENERS = frozenset("which who that where while so because we you they it he she".split())
# A verb that opens a piece after a list opener makes it a clause of a sentence, not a perk: '... are provided with a
# full degree of autonomy, provide clinical leadership ..., and are supported with ...'
CLAUSE_VERBS = frozenset("are is was were".split())


# A piece that opens with two words joined by 'and' / 'or' / '&' and goes on: the last of modifiers that share
# its head noun ('dental and vision coverage', 'dental & vision after 60 days').
COORDINATED_HEAD = regexes.compile(r"[ \t]*+\p{Ll}[\p{L}-]*+[ \t]+(?:and|or|&)[ \t]+\p{L}[\p{L}-]*+[ \t]+\S")
COORDINATED_LAST = regexes.compile(r"[ \t]*+(?:and|or|&)[ \t]+\p{L}[\p{L}-]*+[ \t]+\S")
MODIFIER_PIECE = regexes.compile(r"[ \t]*+(?:\p{L}++-\p{L}[\p{L}-]*+[ \t]+)?\p{L}[\p{L}-]*+[ \t]*+")


def shared_heads(text: str, pieces: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], bool]:
    """Comma pieces with modifiers that share one head noun joined again: 'medical, dental and vision coverage
    with 90% of premiums paid' and 'employer-paid medical, dental, and vision coverage' are one perk each (a
    piece of one word, or of two before the first, runs on to a piece that joins two words with 'and' before
    its head; a first piece may be two words, the first a compound: 'employer-paid'). And whether the last
    piece is such a run, which no 'and' then parts."""
    merged: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []  # the modifier pieces waiting for their head
    for index, (piece_start, piece_end) in enumerate(pieces):
        modifier = MODIFIER_PIECE.fullmatch(text, piece_start, piece_end) is not None and (
            len(text[piece_start:piece_end].split()) == 1 or not run
        )
        if run and (
            COORDINATED_HEAD.match(text, piece_start, piece_end)
            or (  # 'medical, dental, and vision coverage': two modifiers or more before the last
                len(run) >= 2
                and len(text[slice(*run[-1])].split()) == 1
                and COORDINATED_LAST.match(text, piece_start, piece_end)
            )
        ):
            merged.append((run[0][0], piece_end))
            run = []
            if index == len(pieces) - 1:
                return merged, True
            continue
        if run and not modifier:
            merged.extend(run)
            run = []
        if modifier and (run or text[piece_start:piece_end].strip()[:1].islower()):
            run.append((piece_start, piece_end))
        else:
            merged.append((piece_start, piece_end))
    merged.extend(run)
    return merged, False


def parted_at_last_and(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The pieces with the last one parted at its last 'and' (AND_WORD), or None where it holds none."""
    last_and = AND_WORD.search(text, *pieces[-1])
    if last_and is None:
        return None
    return [*pieces[:-1], (pieces[-1][0], last_and.start()), (last_and.end(), pieces[-1][1])]


def comma_list(text: str, start: int, end: int, rules: Rules, kind: SectionKind) -> list[tuple[int, int]]:
    """A list written as one sentence ('Hybrid working, 30 days leave, cycle to work scheme') is one item
    per phrase: three or more short comma-separated phrases among perks, four or more in other lists
    ('Python, Go, or Java' is one requirement). Otherwise the sentence is one item. Used where the
    section is that one line: lines of a list that hold commas are one item each."""
    pieces = [(m.start(), m.end()) for m in COMMA_PIECE.finditer(text, start, end)]
    pieces, head_last = shared_heads(text, pieces) if kind is SectionKind.BENEFITS else (pieces, False)
    if kind is SectionKind.BENEFITS and len(pieces) >= 3 and not head_last and not AND_OR.match(text, *pieces[-1]):
        # 'a, b, c and d': the last piece holds two perks, unless the list joins words with 'and' inside
        # its pieces ('Health and dental insurance, ..., Paid vacation and holidays')
        parted = parted_at_last_and(text, pieces)
        too_long = len(text[pieces[-1][0] : pieces[-1][1]].split()) > MAX_LISTED_WORDS
        if parted is not None and (too_long or not any(AND_WORD.search(text, *piece) for piece in pieces[:-1])):
            pieces = parted
    if kind is not SectionKind.BENEFITS and len(pieces) == 2:
        # a section's one line 'x, y and z' of phrases in lower case: three points ('certificat ADR de base,
        # expérience en livraison de boissons et connaissance du néerlandais'; not 'Python, Go and Java')
        parted = parted_at_last_and(text, pieces)
        if parted is not None:
            if all(len(text[s:e].split()) >= 2 for s, e in parted) and text[slice(*pieces[0])].strip()[:1].islower():
                pieces = parted
    words = [text[s:e].split() for s, e in pieces]
    # phrases: among perks the odd one may be longer ('Contratto a tempo determinato di 12 mesi con ...')
    # (a plus may be a clause: 'la connaissance de Yooz ou d'un autre outil de dématérialisation')
    longest = (
        2 * MAX_LISTED_WORDS if kind is SectionKind.BENEFITS
        else MAX_LISTED_CLAUSE_WORDS if kind is SectionKind.PREFERRED
        else MAX_LISTED_WORDS
    )
    # "Python, Go, or Java" is one requirement; three phrases of two words or more that a run-in heading's colon
    # leads to, in lower case, are three ('Nice to have: newsroom experience, experience with the AP Elections
    # API, a portfolio of ...'; not 'Insert DFT logic - scan chains, TAP controller, Clock Control block')
    # and three or more phrases each opening in sentence case ('Exposure to CargoWise One, Knowledge of DGFT
    # schemes and LUT filing, Diploma in Shipping/Logistics Management'; a board's 'Desired Skills' line)
    phrases = (len(pieces) == 3 and all(len(w) >= 2 for w in words) and words[0][0][:1].islower()) or (
        len(pieces) >= 3 and all(len(w) >= 2 and w[0][:1].isupper() and w[1][:1].islower() for w in words)
    )
    if (
        len(pieces) < (3 if kind is SectionKind.BENEFITS or phrases else 4)
        or max(map(len, words[1:]), default=0) > longest
        # (among perks the pay may lead, longer: 'Een salaris van minimaal € 3.120 en maximaal € 4.285 bruto per
        # maand bij een volledige werkweek (schaal 7 cao ...), 8% vakantiegeld, ...')
        or len(words[0]) > (3 * MAX_LISTED_WORDS if kind is SectionKind.BENEFITS else longest)
        # (perks may run to ten words each, as after a list opener: 'full board and a private staff tent with
        # en-suite, rotation of 8 weeks on / 3 weeks off, return flights to ... each rotation, ...')
        or median_words(words, kind) > (MAX_OPENED_WORDS if kind is SectionKind.BENEFITS else MAX_LISTED_WORDS)
        or any(w and w[0].lower() in CLAUSE_OPENERS for w in words)
        or (words[0] and words[0][0] in rules.lead_in_openers)  # 'We offer x, y and z': prose
        or any(len(w) == 1 and w[0].strip(".!").isdigit() for w in words)  # a date's year: 'Friday, January 15, 2027'
    ):
        return [(start, end)]
    spans = []
    for piece_start, piece_end in pieces:
        and_or = regex.match(r"\s*(?:and|or|&)\s+", text[piece_start:piece_end])
        spans.append((piece_start + (and_or.end() if and_or else 0), piece_end))
    return spans


def median_words(words: list[list[str]], kind: SectionKind) -> int:
    """The median length of a comma list's phrases; among perks, of those after the first, where the pay may lead
    at length ('A monthly gross salary according to the national salary scale (G7), medical cover ..., ...')."""
    counted = words[1:] if kind is SectionKind.BENEFITS and len(words) > 3 else words
    lengths = sorted(map(len, counted))
    return lengths[len(lengths) // 2]


# The condition that opens a sentence of pluses, its list after it (votes.condition_end): 'It helps a lot if you
# also speak Spanish or Garifuna, have used SMART ..., or hold ...'; 'We would be glad to hear from you even more if
# you have ...'.
PLUSES_OPENER_REACH = 100
AFTER_CONDITION = regexes.compile(r"[ \t]*+")
OPENER_REACH = 30  # the list opener of a perks sentence stands among its first words: 'We offer', 'Benefits include'
# ... or after the hire and 'will', further in: 'The successful applicant will receive a salary of ..., VNPF ...'
WILL_OPENER_REACH = 60
WILL_BEFORE = regexes.compile(r"\bwill[ ](?:be[ ])?$")


def list_opener(text: str, start: int, end: int, rules: Rules) -> regex.Match[str] | None:
    """The list opener among a sentence's first words (OPENER_REACH characters), or one that 'will' leads
    to further in ('The successful candidate will receive ...', 'Staff will be offered ...')."""
    opener = rules.list_opener_regex.search(text, start, min(end, start + OPENER_REACH))
    if opener is not None:
        return opener
    opener = rules.list_opener_regex.search(text, start, min(end, start + WILL_OPENER_REACH))
    if opener is not None and WILL_BEFORE.search(text, max(start, opener.start() - 9), opener.start()):
        return opener
    return None
MAX_LISTED_CLAUSE_WORDS = 12  # a plus is a clause with its verb: 'have built boats to ISO 12215 or for ...'
MAX_OPENED_WORDS = 10  # the median words of the perks a list opener leads to


def opened_pluses(text: str, start: int, end: int, rules: Rules) -> list[tuple[int, int]] | None:
    """The points of a pluses sentence's list after its condition ('... if you also'), as opened_list reads
    a perks sentence's; None where no condition opens it near its start or no list follows."""
    after = condition_end(text, start, min(end, start + PLUSES_OPENER_REACH), rules)
    opener = None if after is None else AFTER_CONDITION.match(text, after)
    listed = None if opener is None else listed_after_opener(text, end, [opener.end()], MAX_LISTED_CLAUSE_WORDS)
    return listed or parallel_clauses(text, start, end, rules) or listed_subject(text, start, end, rules)


# The verb before a pluses sentence's cue, which ends the list that is its subject
PLUS_PREDICATE = regexes.compile(r"(?r)[ \t]++(?:will|would|shall|is|are)[ \t]++")


def listed_subject(text: str, start: int, end: int, rules: Rules) -> list[tuple[int, int]] | None:
    """The points of a list that a pluses sentence has for its subject, its cue after the verb: 'Knowledge of
    Chitumbuka, experience with ODK or CommCare and a valid motorcycle riding licence will give an applicant
    an advantage.'"""
    cue = rules.prose_cue(SectionKind.PREFERRED)
    found = cue.search(text, start, end) if cue is not None else None
    if found is None:
        return None
    verb = PLUS_PREDICATE.search(text, start, found.start())
    if verb is None or text.find(",", start, verb.start()) == -1:
        return None
    return listed_after_opener(text, verb.start(), [start], MAX_LISTED_CLAUSE_WORDS)


MIN_PARALLEL_CLAUSES = 3
LEADING_BLANKS = regexes.compile(r"[ \t]*+")


def parallel_clauses(text: str, start: int, end: int, rules: Rules) -> list[tuple[int, int]] | None:
    """The clauses of a sentence that lists them after commas or a list's joining word, each opened by the same
    word, the first one inside the sentence's first piece: 'We would also look kindly on applicants who have tasted
    tea professionally, who have worked under Fairtrade ..., or who can repair ...' is three pluses, each from its
    'who'; so '... si vous connaissez ..., si vous avez ... ou si vous êtes ...'. None where the pieces do not all
    open alike, or open on an article or a preposition ('... encourage les femmes, les Autochtones, les minorités
    visibles ...': one sentence)."""
    pieces = [(m.start(), m.end()) for m in COMMA_PIECE.finditer(text, start, end) if m.group().strip()]
    if len(pieces) < 2:
        return None
    joiners = {"and", "or", "&", *rules.list_joiners}
    second = text[pieces[1][0] : pieces[1][1]].split()
    while second and second[0].lower() in joiners:
        second = second[1:]
    opener = second[0] if second else ""
    if not opener.isalpha() or not opener.islower() or opener in rules.joining_words or opener in joiners:
        return None  # ('... Python, Go, and Rust': no clause; a name opens none)
    # each piece after the first opens on the opener, past a joining word; one may hold the next after its joining
    # word ('si vous avez de l'expérience en succession ou si vous êtes ...')
    body = "|".join(regex.escape(word) for word in sorted(joiners, key=len, reverse=True))
    clause = regex.compile(rf"(?:(?<=^|[ \t])(?:(?:{body})[ \t]+)?)(?={regex.escape(opener)}\b)")
    within = regex.compile(rf"[ \t]+(?:{body})[ \t]+(?={regex.escape(opener)}\b)")
    spans = []
    for piece_start, piece_end in pieces[1:]:
        opening = clause.match(text, LEADING_BLANKS.match(text, piece_start).end(), piece_end)
        if opening is None:
            return None
        at = opening.end()
        for joined in within.finditer(text, at, piece_end):
            spans.append((at, joined.start()))
            at = joined.end()
        spans.append((at, piece_end))
    first = regex.search(r"\b" + regex.escape(opener) + r"\b", text[pieces[0][0] : pieces[0][1]])
    if first is None or first.start() == 0 or len(spans) + 1 < MIN_PARALLEL_CLAUSES:
        return None
    return [(pieces[0][0] + first.start(), pieces[0][1]), *spans]


def opened_list(text: str, start: int, end: int, rules: Rules, prose: bool) -> list[tuple[int, int]] | None:
    """The points of a list a sentence writes after a list opener: 'As a member of staff you will
    benefit from a pension of 12%, annual leave loading (17.5%), salary packaging and shift penalties'
    is four perks; None unless three comma pieces or more follow, each a short phrase."""
    first = WORD.match(text, start, end)
    lead = LEAD_COLON.match(text, start, end)  # 'A genuinely generous package: 10% bonus, 8% pension, ...'
    if lead is not None and leading_label(text, start, end, rules) is not None:
        lead = None  # 'Salary: ...' is a term of the job
    if lead is None and not prose and (first is None or first.group() not in rules.lead_in_openers):
        opener = list_opener(text, start, end, rules)
        if opener is None or not strong_keyword(text[start : opener.end()], rules, SectionKind.BENEFITS):
            return None  # a perk line that goes on to examples is one perk ('Flexibility, including ...'); not
            # one that names its perks first ('Attractive benefits include NIS, a medical scheme, ...')
    openers = [lead] if lead is not None else rules.list_opener_regex.finditer(text, start, end)
    # (after an opener a perk may be a longer phrase: 'a rural hardship allowance of 15% of basic salary')
    return listed_after_opener(text, end, (opener.end() for opener in openers), MAX_OPENED_WORDS)


def listed_after_opener(
    text: str, end: int, starts: Iterable[int], most: int = MAX_LISTED_WORDS
) -> list[tuple[int, int]] | None:
    """The comma pieces from the first of `starts` (where an opener ends, or a list that is a sentence's subject
    starts) that three short ones follow (a median of `most` words)."""
    for list_start in starts:
        pieces = [(m.start(), m.end()) for m in COMMA_PIECE.finditer(text, list_start, end)]
        pieces, head_last = shared_heads(text, pieces)
        if len(pieces) >= 2 and not head_last and not AND_OR.match(text, pieces[-1][0], pieces[-1][1]):
            last_and = AND_WORD.search(text, *pieces[-1])  # 'a, b, c and d': the last piece holds two
            if last_and is not None:
                pieces[-1:] = [(pieces[-1][0], last_and.start()), (last_and.end(), pieces[-1][1])]
        if any(text[s:e].split()[:1] and text[s:e].split()[0].lower() in CLAUSE_OPENERS for s, e in pieces):
            continue  # 'We offer generous leave, which you can take whenever you like, and a pension.'
        if any(first_after_and(text, s, e) in CLAUSE_VERBS for s, e in pieces):
            continue
        lengths = sorted(len(text[s:e].split()) for s, e in pieces)
        if len(pieces) < 3 or lengths[-1] > 2 * most or lengths[len(lengths) // 2] > most:
            continue  # phrases, the odd one longer ('a higher than standard employer contribution to ...')
        spans = []
        for piece_start, piece_end in pieces:
            and_or = AND_OR.match(text, piece_start, piece_end)
            spans.append((and_or.end() if and_or else piece_start, piece_end))
        return spans
    return None


AND_OR = regexes.compile(r"\s*(?:and|or|&)\s+")
MIN_SUBJECT_LISTED_COMMAS = 3
SUBJECT_VERB = regexes.compile(r"(?:We|You)(?:'ll|’ll|[ ]will)?[ ]\p{Ll}++(?=[ ])")  # ('We pay', 'You'll get')


def subject_listed(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The perks a sentence lists after its subject and verb, in four comma pieces or more: 'We pay $34.00 an hour
    ..., a $1,500 completion bonus ..., return flights ...' (not 'We pay 100% of premiums for medical, dental and
    vision', one perk); None where it does not."""
    subject_verb = SUBJECT_VERB.match(text, start, end)
    if subject_verb is None or text.count(",", start, end) < MIN_SUBJECT_LISTED_COMMAS:
        return None
    return listed_after_opener(text, end, [subject_verb.end()], MAX_OPENED_WORDS)


def first_after_and(text: str, start: int, end: int) -> str:
    """The first word of a piece, past an 'and' or 'or' that joins it on, in lower case."""
    joined = AND_OR.match(text, start, end)
    words = text[joined.end() if joined else start : end].split(None, 1)
    return words[0].lower() if words else ""
MAX_PAIR_WORDS = 12
MIN_PAIRED_WORDS = 2
AND_BETWEEN = regexes.compile(r"[ \t]+and[ \t]+")


def perk_pair(text: str, start: int, end: int, rules: Rules) -> list[tuple[int, int]]:
    """In a paragraph of perks, a short sentence naming two perks with one 'and' is two perks: 'Cycle to work
    scheme and free parking at Lenton.', 'Employee assistance programme and regular clinical supervision.'
    (not 'Medical and dental insurance', one word before it; nor a sentence with a comma or a bracket)."""
    sentence = text[start:end]
    if len(sentence.split()) > MAX_PAIR_WORDS or any(mark in sentence for mark in ",;:()"):
        return [(start, end)]
    joins = list(AND_BETWEEN.finditer(text, start, end))
    if len(joins) != 1:
        return [(start, end)]
    before, after = text[start : joins[0].start()].split(), text[joins[0].end() : end].split()
    if len(before) < MIN_PAIRED_WORDS or len(after) < MIN_PAIRED_WORDS or not after[0][:1].islower():
        return [(start, end)]
    if before[0] in rules.lead_in_openers or any(word.lower() in CLAUSE_OPENERS for word in before + after):
        return [(start, end)]  # a clause, not a perk's name: '... and ethnically diverse community we serve.'
    return [(start, joins[0].start()), (joins[0].end(), end)]  # (prose opens otherwise: 'Our culture ...')
# A phrase that leads in to a list with a colon, in sentence case ('A generous package: ...'; not a label
# such as 'Hours/Location: ...')
LEAD_COLON = regexes.compile(r"(?=[^:,\n]{3,60}:)[^:,\n]*?(?<![\p{L}'’])\p{Ll}[^:,\n]*:[ \t]+")
# (the last one not inside a name, between two capitalised words: '... a year and a contribution to the Social
# Security and Housing Finance Corporation pension scheme')
AND_WORD = regexes.compile(
    r"(?r)[ \t]+sowie[ \t]+"  # ('as well as', which German writes between the last two of a list)
    r"|(?<!\p{Lu}\p{Ll}*+)[ \t]+(?:and|&|und|et|y|e)[ \t]+|[ \t]+(?:and|&|und|et|y|e)[ \t]+(?!\p{Lu})"
)  # (also de, fr, es, it and pt)
LABEL_THEN_TEXT = regexes.compile(r"[^:\n]{1,50}:[ \t]+")


# A line that is only a contact detail or its label: 'Phone', 'Website', '(985) 555-0143', 'www.acme.example',
# 'jobs@acme.example'. A detail is a number, a link or a mailbox.
CONTACT_DETAIL = r"[+(]?\d[\d ()./-]{6,}\d|(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+"
CONTACT_ONLY = regexes.compile(
    r"(?i:address|phone|telephone|tel|mobile|fax|e-?mail|website|web ?site|contact)\.?:?"
    rf"|{CONTACT_DETAIL}"
    rf"|(?i:(?:address|phone|telephone|tel|fax|e-?mail|website)\.?:?[ \t]+)(?:{CONTACT_DETAIL})"
)
MAX_CONTACT = 80  # characters of a contact detail alone on a line
SCREENING_QUESTION = regexes.compile(
    r"(?i:do|does|are|is|have|has|how|what|which|will|can|would|could|when|where)\b[^\n]*\?[ \t]*$"
)


TOOL_SEPARATORS = regexes.compile(r"(?i:[\s,/&()+]|\b(?:and|or)\b)+")
MAX_STACK_NAMES = 8


def names_only(text: str, rules: Rules) -> bool:
    """A line that only names tools ('Jira, Confluence, Crowd', 'Jenkins / GitLab'): a tech stack, not a
    duty or a perk."""
    count = 0
    for word in TOOL_SEPARATORS.splititer(text):  # word by word: a duty shows a lower-case word early
        if not word:
            continue
        if word[0].islower() or count == MAX_STACK_NAMES:
            return False  # a lower-case word is not a name, nor a ninth word: skip the vocabulary scan
        count += 1
    if not count:
        return False
    matches = [match for _, match in skill_matches(text, rules)]
    if not matches:
        return False
    position = 0
    for match in matches:
        if TOOL_SEPARATORS.sub("", text[position : match.start()]):
            return False  # words between the names: 'Build APIs in Go'
        position = match.end()
    return not TOOL_SEPARATORS.sub("", text[position:])


MIN_WORDS_BEFORE_CHROME = 3


@lru_cache(maxsize=8)
def chrome_last_words(chrome: tuple[str, ...]) -> frozenset[str]:
    return frozenset(phrase.split()[-1] for phrase in chrome if phrase.split())


def without_chrome_after(text: str, start: int, end: int, rules: Rules) -> int:
    """Where an item ends before a button of the page run into it ('... such as Kafka or RabbitMQ Apply Now'
    in a dump): the item keeps its words, the button goes."""
    last = text.rfind(" ", start, end)
    if last == -1 or text[last + 1 : end].rstrip(" \t.").lower() not in chrome_last_words(rules.chrome):
        return end  # (most items: their last word ends no button's name)
    written = text[start:end].rstrip(" \t.")
    piece = written.lower()
    if len(piece) != len(written):
        return end  # (a letter that lower-cases to two: offsets would shift)
    for chrome in rules.chrome:
        if piece.endswith(" " + chrome) and len(piece[: -len(chrome)].split()) >= MIN_WORDS_BEFORE_CHROME:
            return start + len(piece) - len(chrome)
    return end


MAX_DEADLINE_ITEM = 80  # characters of a line that is only a deadline's sentence


MAX_CALL_WORDS = 3
BOILERPLATE_OPENING = 60  # characters of a sentence where a boilerplate cue makes it boilerplate before its pieces


MIN_INFINITIVE = 5  # letters: 'Tomar', 'Servir'; shorter words with the ending are seldom verbs ('Por', 'Ser')


def infinitive(word: str, rules: Rules) -> bool:
    """A capitalised word with an infinitive's ending in a language that states duties so ('Recibir', 'Tomar',
    'Preparare'): a duty's verb the list of duty verbs does not hold."""
    return len(word) >= MIN_INFINITIVE and word[:1].isupper() and word.lower().endswith(rules.duty_verb_endings)


def keep(text: str, unit: Unit, kind: SectionKind, rules: Rules) -> bool:
    """Whether a unit is an item of this kind of section."""
    if not HAS_LETTER.search(text) or is_chrome(text, rules):
        return False
    if kind in (SectionKind.RESPONSIBILITIES, SectionKind.BENEFITS) and names_only(text, rules):
        return False  # a tech stack listed among the duties or the perks
    if rules.boilerplate_regex.search(text):
        return False  # a legal notice, an application step or a pointer, wherever it stands
    if SCREENING_QUESTION.match(text):
        return False  # a screening question ('Do you have a valid driving licence?') asks, it does not list
    if len(text) <= MAX_CONTACT and (CONTACT_ONLY.fullmatch(text.strip()) or text.strip(" .").casefold() in ANSWERS):
        return False  # a contact block's label or detail ('Phone', '(985) 555-0143', a link), a form's answer
    if unit.bulleted:
        return True
    if text.endswith(("?", "？")) and len(text.split()) <= MAX_CALL_WORDS:
        return False  # a short question of its own line or sentence calls or heads ('Applying?', 'Interested?')
    if leading_label(text, 0, len(text), rules):
        return False  # "Start date: immediately." is logistics
    if len(text) <= MAX_DEADLINE_ITEM and prose_deadline(text, rules):
        return False  # 'Bewerbung bis 10. Jänner 2027.', 'Apply by 5 December 2026.': when to apply, not an item
    first = WORD.match(text)
    if text.endswith(":") and (first is None or first.group() in rules.lead_in_openers or len(text.split()) < 4):
        return False  # a lead-in or a label: "We are searching for someone who:", "Needs:"
    if kind is SectionKind.RESPONSIBILITIES:
        if first and first.group()[0].isupper() and is_duty_verb(first.group(), rules):
            return True
        # a line of its own in a duties section is a duty whatever its first word ('Maintenance of ...',
        # 'Frontend Development: Build ...') unless it opens like a lead-in or a note ('This is a
        # fixed-term post', 'As a member of ...'); a sentence of a paragraph only when it says so
        if first is None:
            return False
        opener = first.group().split("'")[0].split("’")[0]
        if opener in rules.lead_in_openers:
            # 'You will plan the weekly rota ...' opens with a duty's cue; 'This is a fixed-term post' and
            # 'As a member of the team, you will ...' (a summary) do not
            cue = rules.prose_cue(SectionKind.RESPONSIBILITIES)
            if opener == "You":
                return cue is not None and cue.match(text) is not None
            return opener == "The" and role_does(text, rules)
        label = LABEL_THEN_TEXT.match(text)
        if label is not None:  # 'Frontend Development: Build ...' is a duty; 'Revenue: The team is ...' not
            after = WORD.match(text, label.end())
            return bool(after and is_duty_verb(after.group(), rules))
        # (or one opened by an infinitive, as Spanish, Portuguese and Italian write duties: 'Tomar pedidos y
        # registrarlos en el sistema POS.')
        return not unit.paragraph or prose_states(text, (SectionKind.RESPONSIBILITIES,), rules) or infinitive(
            first.group(), rules
        )
    if kind in REQUIREMENT_KINDS and unit.paragraph:
        # a paragraph under a requirements heading: its sentences that state one ('A DBS clearance is
        # required ...', 'You must hold ...'), not the ones that praise the employer ('We take pride in ...')
        return wording_kind(text, rules) is not None or prose_states(
            text, (SectionKind.MINIMUM, SectionKind.PREFERRED), rules)
    if kind is SectionKind.BENEFITS and (
        (first and first.group() in rules.lead_in_openers)
        or (len(text) > MAX_UNSPACED_PERK and UNSPACED_LETTER.match(text))
    ):
        # a sentence about the company among the perks ('Our accomplished staff reflects ...'; in Chinese or
        # Japanese a long one: '你将加入华东运营中心，向区域总监汇报。'), unless it names a perk ('We also
        # have a great benefits package')
        perks = rules.prose_cue(SectionKind.BENEFITS)
        if perks is None or not perks.search(text):
            return False
    if kind is SectionKind.BENEFITS and unit.paragraph:
        # perks are listed, if only as short sentences ("Paid time off. Weekly pay."); longer prose under them is
        # about the company, unless a sentence names a perk ('We pay into your pension at 5% when you put in 3%.')
        count = len(text.split())
        if count <= MAX_LISTED_WORDS and not (first and first.group() in rules.lead_in_openers):
            return True
        perks = rules.prose_cue(SectionKind.BENEFITS)
        return count <= MAX_PERK_SENTENCE_WORDS and perks is not None and perks.search(text) is not None
    return True


MAX_PERK_SENTENCE_WORDS = 16
HIRE_WORDS = frozenset("incumbent holder jobholder appointee candidate applicant hire successful".split())
AUXILIARIES = frozenset("is are was were will would can could may might must has have had does do be".split())
HIRE_SUBJECT_WORDS = 4


def role_does(text: str, rules: Rules) -> bool:
    """A sentence whose subject is the hire, then a duty verb: 'The incumbent provides interpretation ...',
    'The post holder also manages ...'; not 'The team will help you' or 'The role is new'."""
    words = [word.group() for word in WORD.finditer(text, 0, min(len(text), 120))][1 : HIRE_SUBJECT_WORDS + 2]
    for index, word in enumerate(words):
        if word.lower() in ("will", "shall") and index + 1 < len(words):
            # 'The clerk will file documents ...': a hire's name as the subject (not 'The team will help you')
            hire = any(w.lower() in HIRE_WORDS or w.capitalize() in rules.title_words for w in words[:index])
            return hire and is_duty_verb(words[index + 1], rules, gerund=False)
        if word.lower() in AUXILIARIES:
            return False
        if index and word[0].islower() and is_duty_verb(word, rules, gerund=False):
            return True
    return False


def wording_kind(text: str, rules: Rules) -> SectionKind | None:
    """What a line is by its words alone: a duty (opens with a verb) or a requirement (cue words)."""
    first = WORD.match(text)
    if first and first.group()[0].isupper() and is_duty_verb(first.group(), rules):
        return SectionKind.RESPONSIBILITIES
    if (first and first.group() in rules.qualification_openers) or rules.requirement_regex.search(text):
        return SectionKind.MINIMUM
    return None


MAJORITY = 0.6


def items_by_wording(
    text: str, start: int, end: int, rules: Rules, *, lines_too: bool, dump: bool = False
) -> list[tuple[SectionKind, int, int]]:
    """Items in text no heading names: in a run of bullets where at least 60% say by their wording
    what they are (a duty or a requirement), each bullet goes where its words say, and a silent one
    with its neighbour. With lines_too, plain lines count as bullets where the text has none."""
    found: list[tuple[SectionKind, int, int]] = []
    run: list[Unit] = []

    def flush() -> None:
        # (a plain line longer than a list's lines is prose, which says nothing by its words: LIST_LINE_WORDS)
        kinds = [
            None if not unit.bulleted and len(text[unit.start : unit.end].split()) > LIST_LINE_WORDS
            else wording_kind(text[unit.start : unit.end], rules)
            for unit in run
        ]
        voting = [kind for kind in kinds if kind is not None]
        if run and len(voting) >= MAJORITY * len(run):
            # a line that says nothing by its words goes with the one before it (or, first, after it)
            previous = voting[0]
            for index, (unit, kind) in enumerate(zip(run, kinds, strict=True)):
                if dump and index < kinds.index(voting[0]):
                    continue  # in a dump the sentences before the first item introduce the list
                previous = kind or previous
                if keep(text[unit.start : unit.end], unit, previous, rules):
                    found.append((previous, unit.start, unit.end))
        run.clear()

    units = units_of(text, start, end)
    if dump and not any(unit.bulleted for unit in units):
        # a dump's lines were lost: its sentences, and the phrases a long one runs together, are its lines
        units = [
            Unit(*trim(text, piece_start, piece_end), False)
            for unit in units
            for sentence_start, sentence_end in sentences(text, unit.start, unit.end, rules)
            for piece_start, piece_end in dump_pieces(text, sentence_start, sentence_end, rules)
        ]
        lines_too = True
    bullets_only = not lines_too or any(unit.bulleted for unit in units)
    for unit in units:
        spans = sentences(text, unit.start, unit.end, rules) if lines_too and not unit.bulleted else []
        if len(spans) > 1:
            flush()
            found.extend(prose_items(text, spans, rules))
        elif unit.bulleted or not bullets_only:
            run.append(unit)
        else:
            flush()
    flush()
    return found


def duty_sentences(text: str, start: int, end: int, rules: Rules) -> list[tuple[int, int]]:
    """The sentences of a role's prose that state a duty: opened by a duty verb ('Manages customer
    portfolio ...', 'Provides ...') or saying so ('You will deepen ...', '... is responsible for ...').
    In a list of lines without bullets that such lines make up mostly, every line is a duty, as the
    silent ones of a list of bullets are ('Carry out line maintenance ...', 'Certify work ...')."""
    units = units_of(text, start, end)
    unit_sentences = [sentences(text, unit.start, unit.end, rules) for unit in units]
    stated = [[span for span in spans if states_duty(text, *span, rules)] for spans in unit_sentences]
    found = [span for spans in stated for span in spans]
    plain = [index for index, unit in enumerate(units) if not unit.bulleted]
    if len(plain) >= MIN_DUTY_LINES and all(len(unit_sentences[index]) == 1 for index in plain):
        held = sum(bool(stated[index]) for index in plain)
        if held >= MAJORITY * len(plain) and held < len(plain):
            boilerplate = rules.boilerplate_regex
            lines = [units[index] for index in plain]
            return [(unit.start, unit.end) for unit in lines if not boilerplate.search(text, unit.start, unit.end)]
    return found


MIN_DUTY_LINES = 4


def states_duty(text: str, start: int, end: int, rules: Rules) -> bool:
    """A sentence opened by a duty verb, or whose cue phrases state a duty; not boilerplate."""
    sentence = text[start:end]
    first = WORD.match(sentence)
    verb = first is not None and opens_item(first.group(), SectionKind.RESPONSIBILITIES, rules)
    stated = verb or prose_states(sentence, (SectionKind.RESPONSIBILITIES,), rules)
    # (nor a page's button, alone on its line: 'Share', 'Apply now')
    return bool(stated) and not rules.boilerplate_regex.search(sentence) and not is_chrome(sentence, rules)


def prose_kind(sentence: str, rules: Rules) -> SectionKind | None:
    """What a sentence of prose states, by its cue phrases ("You'll ...", "You must ...", "... is helpful
    but not required", "We also offer ..."), kinds tried in the order the rules list them."""
    for kind, pattern in rules.prose_cues:
        if pattern.search(sentence):
            return kind
    return None


def prose_states(sentence: str, kinds: tuple[SectionKind, ...], rules: Rules) -> bool:
    """prose_kind(sentence) is one of `kinds`. Their own cues are asked first: most sentences match none
    of them, and the cues listed before them (the perks' is the slowest) then need not run."""
    if not any(pattern.search(sentence) for kind, pattern in rules.prose_cues if kind in kinds):
        return False
    return prose_kind(sentence, rules) in kinds


CLAUSE_BREAK = regexes.compile(r",[ \t]+(?:and[ \t]+)?(?=(\p{Ll}+)\b)")
MIN_CLAUSE_WORDS = 3


def duty_clauses(text: str, start: int, end: int, rules: Rules) -> list[tuple[int, int]]:
    """A sentence listing duties splits where a comma is followed by a duty verb and each clause has
    three words or more: "You'll prepare drinks, greet and serve customers, and keep the bar clean"."""
    cuts = [
        m.start()
        for m in CLAUSE_BREAK.finditer(text, start, end)
        if is_duty_verb(m.group(1), rules, gerund=False)
    ]
    bounds = [start, *cuts, end]
    spans = list(zip(bounds[:-1], bounds[1:], strict=True))
    if len(spans) < 2 or any(len(text[s:e].split()) < MIN_CLAUSE_WORDS for s, e in spans):
        return [(start, end)]
    return [trim(text, s, e) for s, e in spans]


def prose_items(text: str, spans: list[tuple[int, int]], rules: Rules) -> list[tuple[SectionKind, int, int]]:
    """Items in a paragraph (its sentence spans) of a posting with no headings: each sentence that says by
    a cue phrase what it is; a sentence of duties is split into its clauses."""
    found = []
    for sentence_start, sentence_end in spans:
        sentence = text[sentence_start:sentence_end]
        kind = prose_kind(sentence, rules)
        if kind is None or rules.boilerplate_regex.search(sentence):
            continue
        pieces = (
            duty_clauses(text, sentence_start, sentence_end, rules)
            if kind is SectionKind.RESPONSIBILITIES
            else [(sentence_start, sentence_end)]
        )
        found.extend((kind, piece_start, piece_end) for piece_start, piece_end in pieces)
    return found


MAX_PHRASE_WORDS = 6


def is_note(line: str, unit: Unit) -> bool:
    """A plain line after a list of bullets is a note (place, pay, an EEO line, 'No recruiters please.')
    unless it is a short phrase like the bullets above it, its marker lost ('Access to a 401k')."""
    if unit.bulleted:
        return False
    return len(line.split()) > MAX_PHRASE_WORDS or line.endswith((".", "!", "?", ":"))


def is_list_lead_in(text: str, unit: Unit, bullets_follow: bool, rules: Rules) -> bool:
    """Plain lines that open a run of bullets are its sub-heading or lead-in ('Technical skills',
    'We'll assess you against these:') when short or opening like a lead-in."""
    if unit.bulleted or not bullets_follow:
        return False
    line = text[unit.start : unit.end]
    first = WORD.match(line)
    opener = first.group().split("'")[0].split("’")[0] if first else ""
    short = len(line.split()) <= 3 and not line.endswith((".", "!", "?"))
    stops = LEAD_IN_END.search(line) is not None and LINE_BULLET.match(line) is None
    return short or line.endswith(":") or opener in rules.lead_in_openers or stops


# A line that stops on a word the sentence goes on after: the bullets below end it ('It will be considered a
# strength if the applicant additionally has' / 'o  experience in ...').
LEAD_IN_END = regexes.compile(r"(?r)[ \t](?:has|have|are|is|be|include|including|to|with|of|for|in|and|or|the|a|an)\Z")


MIN_LEAD_IN_SENTENCE_WORDS = 4
LEAD_IN_COLON = regexes.compile(r"[:：][ \t]++(?=\S)")


def past_lead_in_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The first piece of a semicolon list without the sentence that leads into it ('Candidates holding the
    following will have an edge: IOSH Managing Safely certificate; First Aid certificate; ...'); a short label
    stays ('Languages: English; French')."""
    colon = LEAD_IN_COLON.search(text, start, end)
    if colon is None or len(text[start : colon.start()].split()) < MIN_LEAD_IN_SENTENCE_WORDS:
        return start, end
    return colon.end(), end


def split_items(
    text: str, start: int, end: int, kind: SectionKind, rules: Rules, *, dump: bool = False
) -> list[tuple[int, int]]:
    """Item spans (in `text`) of a section body of an itemised kind; in a one-paragraph `dump` a sentence
    counts as a line (its breaks were lost) and a long one may be a list run together."""
    spans: list[tuple[int, int]] = []
    units = units_of(text, start, end)
    last_bullet = max((index for index, unit in enumerate(units) if unit.bulleted), default=-1)
    bulleted_list = last_bullet >= 0
    first_bullet = next((index for index, unit in enumerate(units) if unit.bulleted), -1)
    if sum(unit.bulleted for unit in units) == 1 and len(units) - first_bullet - 1 >= 2:
        bulleted_list = False  # one stray dash does not make a list of plain lines a list of bullets
    # (the list starts at the first bullet that opens its line: not at a meta line's dot, 'Posted 28 January · Ad
    # no. 412'; in a dump, whose lines were lost, at its first bullet)
    first_line_bullet = first_bullet if dump else next(
        (index for index, unit in enumerate(units) if opens_its_line(text, unit)), first_bullet
    )
    one_line: bool | None = None  # asked only of a lone sentence that no list splits (only_line)
    listed_kept = False  # an item of a list (bullets, a comma list) was kept: the perks were listed
    for index, unit in enumerate(units):
        if is_list_lead_in(text, unit, index < last_bullet, rules):
            continue
        if bulleted_list and index > last_bullet and is_note(text[unit.start : unit.end], unit):
            continue
        if bulleted_list and index < first_line_bullet and kind is SectionKind.RESPONSIBILITIES:
            first = WORD.match(text, unit.start, unit.end)
            if not (first and first.group()[0].isupper() and is_duty_verb(first.group(), rules)):
                continue  # prose before a list of duties introduces it ('Revenue: the team is ...')
        paragraph = False
        listed_inline = False  # pieces of a comma list: items as a bullet would be
        opened_starts: set[int] = set()  # pieces of a list a sentence of prose writes out
        lone_paragraph = len(units) == 1 and not unit.bulleted
        if unit.bulleted and len(LETTERED_AFTER_SEMICOLON.findall(text, unit.start, unit.end)) >= MIN_LETTERED:
            # a lettered list written into one unit, its items in lower case: '(a) plan and conduct audits; (b)
            # examine books of account ...; (c) prepare ...'
            pieces = pieces_between(LETTERED_AFTER_SEMICOLON, text, unit.start, unit.end)
        elif unit.bulleted and (len(units) > 1 or kind is not SectionKind.BENEFITS):
            pieces = [(unit.start, unit.end)]
        else:  # (a lone bulleted line is the section's one line: 'Perks — KiwiSaver 4% matched, 5 weeks ...')
            pieces = []
            sentence_spans = sentences(text, unit.start, unit.end, rules)
            paragraph = len(sentence_spans) > 1
            if paragraph and bulleted_list:
                continue  # prose beside a list of bullets: a note to applicants, not an item
            if kind is SectionKind.BENEFITS and paragraph and titled(text, *sentence_spans[0]):
                # a perk's paragraph under its own short title: 'Competitive Total Rewards. So much more than a
                # paycheque! Enjoy comprehensive benefits, pension, ...' is one perk, not its sentences and pieces
                pieces.append((unit.start, unit.end))
                sentence_spans, paragraph, listed_inline = [], False, True
            for sentence_start, sentence_end in sentence_spans:
                opening_end = min(sentence_end, sentence_start + BOILERPLATE_OPENING)
                if paragraph and rules.boilerplate_regex.search(text, sentence_start, opening_end):
                    # a sentence that opens as an application step or a notice, not a list of things: whole,
                    # for keep() to turn away ('Send your letter, CV, copies of ...'; a dump's run-on
                    # 'sentence' that a notice ends is still read)
                    pieces.append((sentence_start, sentence_end))
                    continue
                # a run-on list first; a comma list where the section is this one line
                listed = [(sentence_start, sentence_end)]
                opened = (
                    (
                        opened_list(text, sentence_start, sentence_end, rules, paragraph)
                        # (or, a paragraph alone under the perks' heading, one that lists them after its subject)
                        or (subject_listed(text, sentence_start, sentence_end) if lone_paragraph else None)
                    )
                    if kind is SectionKind.BENEFITS
                    else opened_pluses(text, sentence_start, sentence_end, rules)
                    if kind is SectionKind.PREFERRED
                    else None
                )
                if opened:
                    pieces.extend(opened)
                    opened_starts.update(piece_start for piece_start, _ in opened)
                    continue
                if semicolon_list(text, sentence_start, sentence_end):
                    listed = pieces_between(SEMICOLON, text, sentence_start, sentence_end)
                    listed[0] = past_lead_in_sentence(text, *listed[0])
                elif kind is not SectionKind.BENEFITS:
                    listed = split_run_on(text, sentence_start, sentence_end, kind, rules)
                commas = (
                    dump_perk_list(text, sentence_start, sentence_end, rules, kind)
                    if dump and kind in LISTED_KINDS and len(listed) == 1
                    else []
                )
                if commas:
                    pieces.extend(commas)
                    listed_inline = True
                    continue
                if dump:
                    listed = [piece for s, e in listed for piece in dump_pieces(text, s, e, rules)]
                if len(listed) == 1 and (kind is SectionKind.BENEFITS or len(sentence_spans) == 1):
                    one_line = only_line(text, units, rules) if one_line is None else one_line
                    # among perks, a sentence that is a paragraph of its own ('A salary between ..., 8%
                    # holiday allowance, a free e-bike, ...' above 'We work from our office on Tuesdays.')
                    alone = kind is SectionKind.BENEFITS and not paragraph and not bulleted_list and (
                        (apart(text, unit, start, end) or over_prose(text, units, index, rules))
                        and not rules.boilerplate_regex.search(text, unit.start, unit.end)
                        and not labelled_otherwise(text, unit.start, unit.end, rules)
                    )
                    if one_line or alone:
                        listed = comma_list(text, sentence_start, sentence_end, rules, kind)
                        opening = WORD.match(text, sentence_start, sentence_end)
                        if (
                            len(listed) == 1
                            and kind is SectionKind.RESPONSIBILITIES
                            and opening is not None
                            and opening.group() in rules.lead_in_openers
                        ):
                            # a section that is one sentence of duties with its subject: its clauses ('The clerk
                            # will file documents ..., serve process ..., keep the diary ..., and collect ...')
                            listed = duty_clauses(text, sentence_start, sentence_end, rules)
                        listed_inline = len(listed) > 1
                if len(listed) == 1 and kind is SectionKind.BENEFITS and paragraph:
                    listed = perk_pair(text, *listed[0], rules)
                pieces.extend(listed)
        for piece_start, piece_end in pieces:
            listed = listed_inline or piece_start in opened_starts
            piece_start, piece_end = trim(text, piece_start, without_chrome_after(text, piece_start, piece_end, rules))
            if piece_start >= piece_end:
                continue
            piece = Unit(piece_start, piece_end, unit.bulleted or listed, paragraph and not dump)
            if dump and board_field(text, piece_start, piece_end, kind, rules):
                continue
            if kind is SectionKind.BENEFITS and term_of_the_job(text, piece_start, piece_end, rules):
                continue
            if kind is SectionKind.BENEFITS and listed_kept and after_the_perks(text, spans, piece, rules):
                continue
            if keep(text[piece_start:piece_end], piece, kind, rules) or continues_duty(text, piece, spans, kind):
                spans.append((piece_start, piece_end))
                listed_kept = listed_kept or piece.bulleted
    return spans


MAX_TITLE_PHRASE_WORDS = 5
TITLE_PHRASE_JOINERS = frozenset("a an and the of to for your our with that in & +".split())


def opens_its_line(text: str, unit: Unit) -> bool:
    """A bulleted unit whose mark opens its line ('- Host the show'), not an inline piece."""
    line_start = text.rfind("\n", 0, unit.start) + 1
    marker = LINE_BULLET.match(text, line_start, unit.start + 1)
    return unit.bulleted and marker is not None and marker.end() == unit.start


def titled(text: str, start: int, end: int) -> bool:
    """A sentence that is a short title in Title Case, closed by a full stop or '!': 'Competitive Total
    Rewards.', 'Growth That Meets Your Ambition.', 'Empowerment.' (not 'We offer a pension.')."""
    words = text[start:end].split()
    if not words or len(words) > MAX_TITLE_PHRASE_WORDS or text[start:end].rstrip()[-1:] not in ".!":
        return False
    return all(word[:1].isupper() or word.lower() in TITLE_PHRASE_JOINERS for word in words) and (
        len(words) == 1 or sum(word[:1].isupper() for word in words) >= 2
    )


# A pronoun that goes on from the sentence before: 'The incumbent assesses ... She drafts ...'.
PRONOUNS = frozenset("She He They It Elle Il Elles Ils Sie Er Ella Él Ellos Ele Ela Zij Hij".split())
SUBJECT_WORDS = 3  # where a sentence's subject stands: 'Enfin, elle participe', 'Daarnaast behandel je'


def subject_among(text: str, piece: Unit, subjects: frozenset[str]) -> bool:
    """One of a sentence's first three words is one of `subjects` (in any case)."""
    words = text[piece.start : piece.start + 40].split()[:SUBJECT_WORDS]
    return any(word.strip(",").capitalize() in subjects for word in words)


def continues_duty(text: str, piece: Unit, spans: list[tuple[int, int]], kind: SectionKind) -> bool:
    """In a duties paragraph, a sentence whose subject is a pronoun, right after a sentence kept as a
    duty ('La personne titulaire évalue ... Elle élabore ... Enfin, elle participe ...')."""
    if kind is not SectionKind.RESPONSIBILITIES or not piece.paragraph:
        return False
    if subject_among(text, piece, SECOND_PERSON):
        return True  # 'Je adviseert de directie ...', 'Daarnaast behandel je geschillen ...'
    if not spans:
        return False
    between = text[spans[-1][1] : piece.start]
    if "\n" in between or len(between.strip()) > 1:
        return False  # not the next sentence of the same paragraph
    return subject_among(text, piece, PRONOUNS)


def apart(text: str, unit: Unit, start: int, end: int) -> bool:
    """A blank line (or the section's edge) above and below the unit: a paragraph, not a list's line."""
    above, below = text[start : unit.start].split("\n"), text[unit.end : end].split("\n")
    previous, following = (above[-2] if len(above) > 1 else ""), (below[1] if len(below) > 1 else "")
    return not previous.strip(BLANK_LINE) and not following.strip(BLANK_LINE)


BLANK_LINE = " \t>"  # a quoted blank line ('>') is blank too


def over_prose(text: str, units: list[Unit], index: int, rules: Rules) -> bool:
    """The section's first line, over a paragraph of sentences: a paragraph of its own, where a page's
    paragraphs come without blank lines between them ('Eine abwechslungsreiche Arbeit ..., Essenszuschuss,
    ...' over 'Für diese Position gilt ... . Eine Überzahlung ...')."""
    if index != 0 or len(units) < 2 or units[1].bulleted:
        return False
    return len(sentences(text, units[1].start, units[1].end, rules)) > 1


LISTED_KINDS = (SectionKind.BENEFITS, SectionKind.PREFERRED, SectionKind.MINIMUM)
MIN_PHRASE_WORDS = 2


def dump_perk_list(
    text: str, start: int, end: int, rules: Rules, kind: SectionKind = SectionKind.BENEFITS
) -> list[tuple[int, int]]:
    """In a dump, a sentence of perks parted by commas read as a comma list before its capitals part it
    ('bono de producción, traslados desde Castro o Puerto Montt, ... y capacitación continua.'), up to a
    board's next 'Label:' run into it ('... route bonuses paid monthly Schedule: Monday-Friday'); [] where
    it is no such list. So a sentence of requirements or pluses, by comma_list's measure for its kind ('Mención o
    postítulo en didáctica ..., experiencia en liceos ..., haber trabajado con ..., y manejo de planillas Excel
    ...': not parted at 'Excel')."""
    if labelled_otherwise(text, start, end, rules):
        return []
    label = RUN_IN_LABEL_AFTER.search(text, start, end)
    commas = comma_list(text, start, label.start() if label is not None else end, rules, kind)
    if len(commas) < 2:
        return []
    # most of its phrases of two words or more (not '100% employer paid medical, dental, vision, disability
    # and ...'), and most going on in lower case (not 'Health, Dental, Vision insurance'; a German list's
    # nouns keep their capitals)
    lengths = sorted(len(text[s:e].split()) for s, e in commas)
    if kind is not SectionKind.BENEFITS and lengths[0] < MIN_PHRASE_WORDS:
        return []  # a requirement's examples: '... for insight on functionality, interface, problems, and/or ...'
    lower = sum(goes_on_in_lower_case(text[s:e]) for s, e in commas[1:])
    return commas if lengths[len(lengths) // 2] >= 2 and lower * 2 > len(commas) - 1 else []


RUN_IN_LABEL_AFTER = regexes.compile(r"(?<=\p{Ll}[ \t]+)\p{Lu}\p{Ll}+(?:[ ]\p{Lu}?\p{Ll}+)?:[ \t]")


def goes_on_in_lower_case(phrase: str) -> bool:
    """A phrase of a list run on in a sentence: its first word in lower case, a figure ('401(k) with 4% match')
    or an acronym ('PLR anual')."""
    words = phrase.split()
    first = words[0] if words else ""
    if len(words) >= 2 and first[:1].isupper() and words[1][:1].islower():
        return True  # a phrase in sentence case: 'Medical insurance for self and family, Performance incentive'
    return bool(first) and (first[:1].islower() or first[:1].isdigit() or (len(first) > 1 and first.isupper()))


def after_the_perks(text: str, spans: list[tuple[int, int]], piece: Unit, rules: Rules) -> bool:
    """Past a blank line after listed perks, a line of its own or a paragraph that names no perk: what follows
    the perks on the page ('No recruiters, please. Email jobs@...', a forum's replies), not one of them (perks
    written as paragraphs of their own, one per perk, are not listed: they are all kept)."""
    if not spans or piece.bulleted or "\n\n" not in text[spans[-1][1] : piece.start].replace(">", ""):
        return False
    cue = rules.prose_cue(SectionKind.BENEFITS)
    return cue is not None and not cue.search(text, piece.start, piece.end)


def labelled_otherwise(text: str, start: int, end: int, rules: Rules) -> bool:
    """A line opened by a label that names no perks: 'Club: Severnside RFC, Millbrook Stadium, Gloucester'
    (not 'Perks: 4-day week, home office budget, ...')."""
    label = SHORT_LABEL.match(text, start, end)
    return label is not None and rules.heading_kind(label.group(1)) is not SectionKind.BENEFITS


SHORT_LABEL = regexes.compile(r"[ \t]*+(\p{L}[\p{L}'’ &/-]{0,30}):[ \t]")


def only_line(text: str, units: list[Unit], rules: Rules) -> bool:
    """The section is one line, if a line of boilerplate under it ('To apply, send your CV ...') is left
    out (the boilerplate pattern runs until a second line that is not boilerplate is found)."""
    if len(units) == 1:
        return True
    lines = 0
    for unit in units:
        lines += not rules.boilerplate_regex.search(text, unit.start, unit.end)
        if lines > 1:
            return False
    return lines == 1


def term_of_the_job(text: str, start: int, end: int, rules: Rules) -> bool:
    """Among the perks, a line that a logistics label opens and that names no perk is a term of the job,
    read as a field: 'Salary: EUR 70k - 90k', 'Contract: full-time', 'Where: remote' (not 'Salary: 13th
    month bonus')."""
    label = leading_label(text, start, end, rules)
    if label is None:
        return False
    cue = rules.prose_cue(SectionKind.BENEFITS)
    return cue is None or not cue.search(text, label.end(), end)


def board_field(text: str, start: int, end: int, kind: SectionKind, rules: Rules) -> bool:
    """In a dump, a 'Label: value' that says nothing of its list's kind is a job board's field: among
    the perks one that names no perk ('Medical Specialty: Medical-Surgical', 'COVID-19 considerations:
    ...'; not 'Paid Training: Yes'), among the requirements one that asks for nothing ('Typical start
    time: 9AM', 'Work Remotely: No'; not 'Education: Associate (Preferred)')."""
    if kind not in (SectionKind.BENEFITS, *REQUIREMENT_KINDS):
        return False
    label = RUN_IN_LABEL.match(text, start, min(end, start + LABEL_REACH))
    if label is None or len(text[label.end() : end].split()) > MAX_LISTED_WORDS:
        return False  # a board's value is short: 'Clean MVR: no more than 2 moving violations in ...' is asked
    if kind is SectionKind.BENEFITS:
        cue = rules.prose_cue(SectionKind.BENEFITS)
        return cue is None or not cue.search(text, start, end)
    return not rules.requirement_regex.search(text, start, end)
