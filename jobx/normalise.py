"""Make text regular for the later stages while keeping a map back to the input's offsets.

Most changes keep the length (line endings, exotic spaces, control characters); the only insertions are
breaks where a scraper glued two pieces together ("executionCommunicate", "mandatory.By", "Live:TikTok").
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import regex

from . import regexes

# One character in, one character out: line and paragraph separators become "\n", every other kind of
# space or invisible character becomes " ", and the remaining control characters too.
SAME_LENGTH = {code: " " for code in range(0x00, 0x20) if code != 0x0A}
SAME_LENGTH.update({code: " " for code in range(0x7F, 0xA0)})
SAME_LENGTH.update({code: " " for code in range(0x2000, 0x200B)})
SAME_LENGTH.update({ord(c): " " for c in "\t\u00a0\u1680\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff"})
SAME_LENGTH.update({ord(c): "\n" for c in "\r\v\f\x85\u2028\u2029"})
# The bullets of Word's Symbol and Wingdings fonts, which a PDF or .doc conversion leaves as private-use
# characters ('\uf0b7 Lead the engine room team', '\uf0a7', '\uf0d8' an arrow, '\uf0fc' a tick): a bullet.
SYMBOL_FONT_BULLETS = (0xF06E, 0xF071, 0xF076, 0xF0A7, 0xF0A8, 0xF0AE, 0xF0B7, 0xF0D8, 0xF0DC, 0xF0E0, 0xF0E8, 0xF0FC)
SAME_LENGTH.update({code: "•" for code in SYMBOL_FONT_BULLETS})
# The same map as one stdlib character class: re.sub over it is about ten times faster than translate() with
# a dict (which looks up every character of the text), and gives the same string.
SAME_LENGTH_CHARACTERS = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(SAME_LENGTH)) + "]")

# Where glue may be: a capital after a letter or a sentence/label mark, a digit after a lower-case letter,
# a dash right after a word (or glued to the next item's capital after a semicolon or a colon: ';-Operar'). Each
# such place is then checked by glue_at(); scanning for these cheap candidates first is several times faster
# than one pattern with every look-behind tried everywhere.
# (The look-ahead first turns away the lower-case letters, most of a text, before any look-behind is tried.)
GLUE_CANDIDATE = regexes.compile(
    r"(?=[\p{Lu}\d£$€■◆▼【・-])"
    r"(?:(?<=[\p{L}\d.!?:)])\p{Lu}|(?<=\p{Ll})\d|(?<=[\p{L}.);])-(?=[ ][\p{Lu}\d])|(?<=[;:])-(?=\p{Lu}\p{Ll})"
    r"|(?<=\p{Ll}\p{Ll}[.!?]|\p{Ll})[\d£$€]"
    r"|(?<=[^\s■◆▼【])[■◆▼【]|(?<=。)・)"
)
# In a dump, a mark that opens a section of a Japanese or Chinese posting, glued to the text before it
# ('... が中心です。■応募資格【必須】・社会人経験2年以上'): where a line began
SECTION_MARKS = "■◆▼【"
SPACED_SECTION_MARK = regexes.compile(rf"(?<=\S)[ ](?=[{SECTION_MARKS}])")
# The number of a list's first item: '1. Perform', '1) Serve'.
NUMBERED_ITEM = regexes.compile(r"0?1[.)][ ]?\p{Lu}")
# A number that opens an item: "surveys3+ years", "impact100% employer paid".
# also '1–2 years', and a compound led by a figure: 'Wir bieten5-Tage-Woche'
ITEM_NUMBER = regexes.compile(r"\d{1,3}(?:[.,]\d+)?(?:[+%]|[–-]\d{1,3}\+?[ ]\p{Ll}|-\p{Lu}\p{Ll})")
# A lower-case word (3+ letters, not the tail of a longer word) that ends where the window ends.
LOWER_WORD_END = regexes.compile(r"(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]{2,}$")
SHORT_PREFIX = 3
SHORT_WORD_END = regexes.compile(r"(?<![\p{L}'’-])\p{Ll}{2}$")
COUNTED_NOUN = regexes.compile(r"\d{1,3}[ ]\p{Lu}\p{Ll}")
DATE_FIGURE = regexes.compile(r"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}(?!\d)")
# A count of a lower-case noun, or a plan's number, that opens an item glued to a word: "... after 12 months'
# service28 days' holiday", '... premiums paid401(k) with a 4% match', '... through February$400 ...' is the amount's
# (two figures: one may end a name, 'python3 scripts')
COUNT_OF_NOUN = regexes.compile(r"\d{2}[ ]\p{Ll}{2,}|\d{1,3}\(\p{Ll}\)")
LOWER_WORD_OF_FOUR = regexes.compile(r"(?<![\p{L}'’-])\p{Ll}{4,}$")  # a word wholly in lower case (not 'Python')
GLUED_AFTER = regexes.compile(r"\p{Ll}{4}$")
DUMP_WORD_END = regexes.compile(r"(?<![\p{L}'’-])\p{L}\p{Ll}[\p{Ll}'’-]++$")
WIDE_GAP = regexes.compile(r"(?<=\S)[ ]{3,}+(?=\S)")
# (not the gap after a list's number or bullet at a line start: 'i.   Good fundamentals', '(ii)   B.Sc.',
# '2)    Plan the rota', '•   Complete a lifestyle assessment' as a PDF's text keeps it)
ALIGNING_GAP = regexes.compile(
    r"(?<=[^\s:：])(?<!(?:^|\n)[ \t]*+(?:\(?(?:\d{1,2}|[ivx]{1,4}|[IVX]{1,4}|[a-hA-H])[.)]|[-*•·▪◦‣●○–—➢►✓✔o]))"
    r"[ ]{3,}+(?=\S)"
)
# A dump: a posting with fewer line breaks than one per this many characters (one-paragraph scrapes).
DUMP_CHARACTERS_PER_LINE = 400
# (not beside a bullet kept between spaces: spaced_bullet_runs parts its run, with the heading before it)
DOUBLE_GAP = regexes.compile(r"(?<=[^\s,;(&/*•·▪‣◦●-])[ ]{2}(?=[^\s,;)&/a-z*•·▪‣◦●-])")
NEEDS_MAPPING = regexes.compile(r"[^\n\x20-\x7e]")


# In a dump, an acronym glued to the capitalised word of the next item: 'HTMLFamiliar with', 'HMIsOwnership of';
# not 'XCTest', 'RESTful' (a tail of four lower-case letters at least).
ACRONYM_BEFORE = regexes.compile(r"(?<![\p{L}\d])\p{Lu}{2,}s?$")
# In a dump, a time, a year or a grouped amount that ends a sentence, glued to the next sentence (a capitalised
# word going on in lower case): 'at 06:00Who we're looking for', 'by 2027At least 3 years'; not '10Gbps links'.
FIGURE_BEFORE = regexes.compile(r"(?<![\p{L}\d])(?:\d{1,2}:\d{2}|(?:19|20)\d{2}|\d{1,3}(?:,\d{3})+)$")
ACRONYM_AFTER = regexes.compile(r"\p{Lu}{2,}s?[ ]\p{Ll}")
VERSION_BEFORE = regexes.compile(r"(?<![\p{L}\d.])\d+(?:\.\d+)+$")
YEAR_BEFORE = regexes.compile(r"(?<![\p{L}\d.,])(?:19|20)\d\d$")
SENTENCE_AFTER = regexes.compile(r"\p{Lu}\p{Ll}*+[ ]\p{Ll}")
# (after a long capitalised word, a word of four letters or more: 'MarketMan or ...' is a product's name)
LONG_GLUED_WORD = 8
GLUED_SENTENCE_AFTER = regexes.compile(r"(?P<word>\p{Lu}\p{Ll}{3,}+)[ ]\p{Ll}")
GLUED_WORD = regexes.compile(r"\p{Lu}\p{Ll}{4,}")
CAPITALISED_WORD_END = regexes.compile(r"(?<![\p{L}'’-])\p{Lu}\p{Ll}{2,}$")
OPENER_WORD = regexes.compile(r"\p{Lu}\p{Ll}++(?![\p{L}\d])")
MODEL_BEFORE = regexes.compile(r"(?<![\p{L}\d])\p{Lu}{1,3}\d{1,4}$")
# In a dump of a language that capitalises its nouns (German), a noun glued to the next item's capitalised
# word: both long, as a product's name in one word is not ('SuccessFactors' is read whole: see normalise)
GLUED_NOUN_BEFORE = regexes.compile(r"(?<![\p{L}'’])\p{Lu}\p{Ll}{5,}$")
GLUED_NOUN_AFTER = regexes.compile(r"\p{Lu}\p{Ll}{2,}")
# Words that say a text is German: a dump holding several of them capitalises its nouns
GERMAN_WORDS = regexes.compile(r"(?<!\S)(?:und|der|die|das|mit|für|wir|bei|auf|eine?|dich|deine?|sowie)(?!\S)")
MIN_GERMAN_WORDS = 12
# In a dump, a short phrase between a sentence's end and glue after it: a heading run into the text both ways
# ('... laddinfrastruktur. Det här kommer du att göraDu arbetar ...'); its line starts at the space before it.
HEAD_AFTER_SENTENCE = regexes.compile(r"(?<=\p{Ll}[.!?])[ ](?=\p{Lu})[^\s.,;:!?()]++(?:[ ][^\s.,;:!?()]++){0,5}$")
MAX_GLUED_HEAD = 60


# a word in capitals of five letters or more, or two words (not 'CNMI Department')
CAPITALS_RUN = regexes.compile(r"\p{Lu}{5,}+(?![\p{Ll}\d])|\p{Lu}{2,}+(?=[ ]\p{Lu}{2,}+(?![\p{Ll}\d]))")
CAPITALS_REACH = 60
CAPITALS_BEFORE = regexes.compile(r"(?<![\p{Lu}\d])\p{Lu}{6,}+$")  # (not an acronym's: 'HIPAA guidelines')
CAPITALS_INTO_WORD = regexes.compile(r"(?<![\p{L}\d])\p{Lu}{2,}+\p{Ll}{2,}+(?![\p{L}\d])")


def repeated_capital_names(text: str) -> frozenset[int]:
    """The positions inside the words that run capitals into lower case ('DACHwerk', 'NHSjobs') and are
    written more than once: names, not an acronym glued to the next word."""
    found: dict[str, list[regex.Match[str]]] = {}
    for match in CAPITALS_INTO_WORD.finditer(text):
        found.setdefault(match.group(), []).append(match)
    return frozenset(
        position
        for matches in found.values()
        if len(matches) >= 2
        for match in matches
        for position in range(match.start() + 1, match.end())
    )


def glue_at(
    text: str,
    position: int,
    dump: bool = False,
    nouns: bool = False,
    openers: frozenset[str] = frozenset(),
    alias_before: Callable[[str, int], bool] | None = None,
    item_verbs: frozenset[str] = frozenset(),
) -> str | None:
    """The break to insert at `position`, if two pieces were glued there: a new line in
    "executionCommunicate", "surveys3+ years" and "operations- Experience"; a space in "mandatory.By"
    and "Live:TikTok"."""
    before = text[position - 1]
    if text[position] in SECTION_MARKS or text[position] == "・":  # (and an item's dot after a sentence: '。・')
        return "\n" if dump else None
    if before == ")" and text[position] != "-":
        # in a dump, an item that ends in a bracket glued to the next: '(morning and afternoon)Feeding out'
        return "\n" if dump and text[position].isupper() and text[position + 1 : position + 2].islower() else None
    if before in ".!?" and (text[position].isdigit() or text[position] in "£$€"):
        # in a dump, an item that opens with an amount glued to the sentence before it: 'insurance.33 days
        # holiday', 'holidays.£1,000 training budget'
        return "\n" if dump else None
    if text[position] == "-":
        return "\n"  # a bullet glued to the item before it: "and operations- Experience with ..."
    if text[position] in "£$€":
        # in a dump, an item that opens with an amount glued to a word: 'Workplace pension scheme£250 refer-a-friend
        # bonus' (not an amount written in capitals and a sign: 'R$', 'NZ$')
        # (after a word in lower case: a capitalised one may be a button's, 'Easy Apply£28,000', in a header)
        amount = text[position + 1 : position + 2].isdigit()
        glued = dump and amount and LOWER_WORD_END.search(text, max(0, position - 40), position)
        return "\n" if glued else None
    if before.isdigit():
        figure = FIGURE_BEFORE.search(text, max(0, position - 12), position)
        # (or a model's name of capitals and figures, and after it a word: '... such as Navis N4Working knowledge')
        model = figure is None and MODEL_BEFORE.search(text, max(0, position - 12), position) is not None
        glued = dump and (figure or model) and SENTENCE_AFTER.match(text, position, position + 40)
        if glued and model:
            glued = GLUED_WORD.match(text, position, position + 6)
        return "\n" if glued else None
    if text[position].isdigit():
        if dump and NUMBERED_ITEM.match(text, position):
            return "\n"  # a numbered list glued to its heading: 'Key Responsibilities1. Perform ...'
        if dump and before.isalpha() and DATE_FIGURE.match(text, position):
            return "\n"  # in a dump, a label glued to its date: 'Closing Date05/02/2027', 'Fecha de cierre29/01/2027'
        word = LOWER_WORD_END if not dump else DUMP_WORD_END  # in a dump also after a heading's capitalised word
        glued = ITEM_NUMBER.match(text, position) and word.search(text, max(0, position - 80), position)
        # in a dump, a number before a capitalised word glued to a word of four letters: '... dich freuen30 Urlaubstage'
        counted = dump and COUNTED_NOUN.match(text, position)
        glued = glued or (counted and GLUED_AFTER.search(text, max(0, position - 40), position))
        # (anywhere, a count of a lower-case noun glued to a word of four letters or more: 'service28 days')
        count = COUNT_OF_NOUN.match(text, position)
        glued = glued or (count and LOWER_WORD_OF_FOUR.search(text, max(0, position - 40), position))
        # (in a dump, also to a capitalised word: a heading's, 'Benefits25 days annual leave')
        glued = glued or (dump and count and DUMP_WORD_END.search(text, max(0, position - 40), position))
        return "\n" if glued else None  # ('What You Bring2+ years of experience')
    following_lower = position + 1 < len(text) and text[position + 1].islower()
    if dump and GLUED_WORD.match(text, position, position + 6):
        if ACRONYM_BEFORE.search(text, max(0, position - 12), position):
            return "\n"
    if (
        dump
        and text[position - 1].islower()
        and CAPITALS_RUN.match(text, position, position + CAPITALS_REACH)  # (bounded: a text of capitals is linear)
        and LOWER_WORD_END.search(text, max(0, position - 40), position)
    ):
        # in a dump, a heading in capitals (a word of five letters, or two words) glued to the item before it:
        # '... calf rearingREQUIREMENTS', '... calf rearingWHAT WE OFFER'
        return "\n"
    article = text[position : position + 2] == "A " and text[position + 2 : position + 3].isalpha()
    if dump and article and CAPITALS_BEFORE.search(text, max(0, position - 40), position):
        return "\n"  # in a dump, an item opening with the article glued to a heading in capitals: 'DUTIESA daily ...'

    acronym = article and text[position + 2 : position + 4].isupper()
    if dump and article and (before.islower() or before in ".!?") and (
        text[position + 2].islower() or (acronym and LOWER_WORD_OF_FOUR.search(text, max(0, position - 40), position))
    ):
        # (before an acronym, after a word in lower case: '... from a recognised providerA CCTV licence'; not a
        # heading's 'preferredA Plus If You Have')
        # in a dump, an item opening with the article glued on: '... SolidWorks SimulationA current', 'return?A bonus'
        return "\n"
    if before.islower():
        word = LOWER_WORD_END.search(text, max(0, position - 80), position) if following_lower else None
        # outside a dump a word of three letters is as often a prefix of one word: 'isiXhosa', 'phpMyAdmin'
        if word is not None and (dump or len(word.group()) > SHORT_PREFIX):
            return "\n"
        if dump and SHORT_WORD_END.search(text, max(0, position - 3), position) and GLUED_WORD.match(text, position):
            return "\n"  # in a dump, a word of two letters glued to a long capitalised one: 'towards itExperience'
        if nouns and GLUED_NOUN_BEFORE.search(text, max(0, position - 40), position) and GLUED_NOUN_AFTER.match(
            text, position
        ):
            return "\n"  # in a dump of a language that capitalises its nouns: '... WochenkarteWarenannahme ...'
        if dump and (left := GLUED_NOUN_BEFORE.search(text, max(0, position - 40), position)) is not None:
            right = GLUED_SENTENCE_AFTER.match(text, position, position + 40)
            # a long capitalised word glued to a sentence's start: '... Resources ManagementThree years of ...'; not
            # a product's name that the text writes twice ('ServiceTitan tablet' ... 'ServiceTitan or')
            # (nor a heading an alias names, glued to its first item: 'Job DescriptionSource and screen ...', which
            # segment reads as a glued run-in)
            # (a word of eight letters or more before it, or an item's opening word after it: a product's name joins
            # shorter words, 'ServiceTitan', 'SuccessFactors', 'MarketMan')
            opens = right is not None and (
                len(left.group()) >= LONG_GLUED_WORD
                or right.group("word") in openers
                or right.group("word").lower() in item_verbs
            )
            if (
                opens
                and text.count(left.group() + right.group("word")) < 2
                and (alias_before is None or not alias_before(text, position))  # (the costliest ask last)
            ):
                return "\n"
        if dump and openers and CAPITALISED_WORD_END.search(text, max(0, position - 40), position):
            # in a dump, a capitalised word glued to a word that opens requirements: '... including Microsoft
            # ExcelAble to travel ...', '... in the HighlandsMust hold ...' (not 'JavaScript', 'ServiceTitan')
            opener = OPENER_WORD.match(text, position)
            if opener is not None and opener.group() in openers:
                return "\n"
        return None
    if before in ".!?":
        pair = text[max(0, position - 3) : position - 1]
        # in a dump also after a capital ('tracking APIs.Improve the', 'ideally in Go.Solid knowledge'), a
        # bracket or a version number ('(GitHub Actions or CircleCI).Clear', 'WCAG 2.1.Prior work')
        # or a year ('Bewerbung bis 10. Jänner 2027.Wir freuen uns ...')
        closes = dump and (
            pair.endswith((")", "…"))  # (and a question trailing off: 'Heb je ook nog …?Ervaring met PLC')
            or VERSION_BEFORE.search(text, max(0, position - 12), position - 1)
            or YEAR_BEFORE.search(text, max(0, position - 6), position - 1)
        )
        # (in a dump also a sentence glued to one that opens with an acronym: 'after 3 months.RRSP matching up to 4%')
        acronym = dump and pair.isalpha() and pair.islower() and ACRONYM_AFTER.match(text, position) is not None
        if not acronym and not (
            following_lower and len(pair) == 2 and (pair.isalpha() and (pair.islower() or dump) or closes)
        ):
            return None
        # in a one-paragraph dump a sentence glued to the next was an item or a paragraph of its own
        return "\n" if dump else " "
    if before == ":" and position >= 2 and text[position - 2].isalpha():
        return " "
    return None


# In a dump, a list's number before a capitalised word, glued on or after a space: '... to shipment02. Prepare
# and negotiate ...', '... status 04. Coordinate ...' ('01.' and '1.' alike), also after a lead-in's colon ('you must
# have:1. A valid ...licence2. At least ...'; not a time's: '10:1')
DUMP_ITEM_NUMBER = regexes.compile(r"(?<![\d.,/])(?<!\d:)(?:0?[1-9]|[1-9]\d)[.)](?=[ ]?\p{Lu}(?:\p{Ll}|[ ]))")
MIN_NUMBERED_RUN = 3
DUMP_ITEM_ROMAN = regexes.compile(r"(?<![\p{L}\d])\(?(?P<mark>i{1,3}|iv|vi{0,3}|ix|x)\)(?=[ ]?\p{Lu})")
ROMAN_NUMBERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def numbered_run_starts(text: str, applying: regex.Pattern[str] | None = None) -> set[int]:
    """Where the items of a numbered list run into a dump's line start: the numbers of a run of three or more
    that count up from 1 in order (1., 2., 3. ...), but the first, each not at a line's start already. A lone number, or
    numbers out of order ('in 2. Phase', 'Level 3. Apply'), part nothing. So a run numbered in small Roman numerals,
    i) ii) iii) ...: '... delinquency reports. vii) Marketing Sacco loan products ...' (not a lettered one, a) b) c):
    parting those lost more items than it found on a blind set of one-line postings, probe51)."""
    numbers = ((match.start(), int(match.group()[:-1])) for match in DUMP_ITEM_NUMBER.finditer(text))
    romans = ((match.start(), ROMAN_NUMBERS[match.group("mark")]) for match in DUMP_ITEM_ROMAN.finditer(text))
    runs = [run for run in counted_runs(numbers) if not steps_of_applying(text, run, applying)]
    starts = {start for run in (*runs, *counted_runs(romans)) for start in run[1:]}
    # (the first item keeps its place: a heading before it reads it as its list's start, 'Desirable 1. ...';
    # glued on, glue_at parts it: 'Job Role01. Handle ...')
    return {start for start in starts if text[start - 1] != "\n"}


def counted_runs(marks: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The runs of MIN_NUMBERED_RUN marks or more that count up from 1 in order: the starts of each run's marks."""
    runs: list[list[int]] = []
    run: list[int] = []
    expected = 1
    for start, number in marks:
        if number == expected:
            run.append(start)
            expected += 1
            continue
        if len(run) >= MIN_NUMBERED_RUN:
            runs.append(run)
        run, expected = ([start], 2) if number == 1 else ([], 1)
    if len(run) >= MIN_NUMBERED_RUN:
        runs.append(run)
    return runs


def steps_of_applying(text: str, run: list[int], applying: regex.Pattern[str] | None) -> bool:
    """A numbered run whose first item is about applying: the steps of a hiring process, boilerplate that stays
    one paragraph ('1. Online bewerben – ohne Anschreiben 2. Telefonisches Kennenlernen ...')."""
    return applying is not None and applying.search(text, run[0], run[1]) is not None


def dump_lines(text: str) -> str:
    """In a one-paragraph dump even two spaces were a line break ("perks.  Growth ...", "to Clinical
    Managers  Monitors and supports ..."), but not between the short pieces of a label/value header
    ("State  CT City  Fairfield"): a gap breaks the line when the piece before it ends a sentence or
    holds four words, and the piece after it holds three."""
    gaps = [m.start() for m in DOUBLE_GAP.finditer(text)]
    if not gaps:
        return text
    bounds = [0, *gaps, len(text)]
    pieces = [text[bounds[i] : bounds[i + 1]] for i in range(len(bounds) - 1)]
    characters = list(text)
    for index, gap in enumerate(gaps):
        before, after = pieces[index].rpartition("\n")[2], pieces[index + 1].partition("\n")[0]
        ends_sentence = before.rstrip().endswith((".", "!", "?", ":"))
        if (ends_sentence or len(before.split()) >= 4) and len(after.split()) >= 3:
            characters[gap] = "\n"
    return "".join(characters)


WRAP_MIN_LINES = 8
WRAP_WIDTHS = (40, 100)  # hard wraps seen: email and plain-text exports at 60-80 characters
CONTINUES = regexes.compile(r"[ \t]*+[\p{Ll}(\d]")  # a wrapped line goes on in lower case ('insurance / paid ...')


def unwrapped(text: str, measured: str | None = None) -> str:
    """Undo a hard wrap: when most lines of a text (or of `measured`, the same text before its columns
    were parted) end near one width, a full line followed by a line in lower case (or ending in a comma)
    was one line. The break becomes a space (same length)."""
    if text.count("\n") < WRAP_MIN_LINES:
        return text
    lines = text.split("\n")
    # (a line of columns, 'Reports to        Chief Engineer', is no wrapped prose)
    measured_lines = lines if measured is None else measured.split("\n")
    lengths = sorted(len(line.rstrip()) for line in measured_lines if line.strip() and not ALIGNING_GAP.search(line))
    if len(lengths) < WRAP_MIN_LINES:
        return text
    width = lengths[int(len(lengths) * 0.9) - 1]
    full = sum(1 for length in lengths if length >= 0.7 * width)
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1] or full * 2 < len(lengths):
        return text
    joined = []
    hanging = None  # where the text of the bullet being wrapped starts: its next lines are indented to it
    went_on = False  # the line before went on into this one: a paragraph wrapped over lines
    for index, line in enumerate(lines[:-1]):
        stripped = line.rstrip()
        following = lines[index + 1]
        bullet = BULLET_OPENS.match(line)
        if bullet is not None:
            hanging = bullet.end()
        elif not line.startswith(" "):
            hanging = None
        indent = len(following) - len(following.lstrip(" "))
        joins = (
            len(stripped) >= 0.6 * width
            and len(stripped) <= width + 10
            and following.strip()
            and not stripped.endswith((":", ".", "!", "?", ";"))
            and (
                CONTINUES.match(following) is not None
                or (stripped.endswith((",", "&", "/", "-")) and stripped[-2:-1].isalnum())
                # ' * Liaise with teams (Asset\n   Management', or a column or two further in (a PDF's layout)
                or (hanging is not None and hanging <= indent <= hanging + HANGING_SLACK)
                # a wrapped paragraph's last line, whatever its first word: '... knowledge of the Land Registration'
                # / 'Act procedures.'
                or (went_on and len(following.rstrip()) < 0.6 * width and following.rstrip().endswith("."))
            )
            and not BULLET_OPENS.match(following)
        )
        went_on = bool(joins)
        joined.append(line + (" " if joins else "\n"))
    joined.append(lines[-1])
    return "".join(joined)


# (also a lettered item, 'c) Hold, or be willing to obtain, ...': no wrapped line goes on in lower case so; a word
# processor's 'o' bullet before two spaces or a tab; and a small Roman numeral or a letter with a full stop)
BULLET_OPENS = regexes.compile(
    r"[ \t]*+(?:[-*•·▪◦‣●○–—]|\d{1,2}[.)]|\(?(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x)\)|o(?=[ ]{2}|\t)"
    r"|(?:i{1,3}|iv|vi{0,3}|ix|x)\.(?=[ \t])|[a-h]\.(?=[ \t]+\p{Lu}))[ \t]++"  # ('iii. Proficiency ...', 'a. B.Sc.')
)
HANGING_SLACK = 2


@dataclass(frozen=True)
class NormalText:
    """Normalised text and the positions (in it) of the characters that normalising inserted."""

    text: str
    inserted: tuple[int, ...] = ()
    dump: bool = False  # the input was one paragraph (or nearly): headings may stand mid-sentence

    def original(self, index: int) -> int:
        """The input offset of position `index` of the normalised text (for starts and ends alike)."""
        return index - bisect.bisect_left(self.inserted, index)


# A page's number on a line of its own or ending one, as a PDF's footer writes it: 'Page 2 of 3', '2 / 3'.
PAGE_NUMBER = re.compile(r"(?:^|[ \t])(?:\w+[ \t])?\d{1,3}[ \t]*(?:of|/)[ \t]*\d{1,3}[ \t]*$")
PAGE_LINE = re.compile(r"(?m)^[ \t]*Page[ \t]+\d{1,3}[ \t]*(?:of|/)[ \t]*\d{1,3}[ \t]*$")
FURNITURE_REACH = 3  # lines from a page break where a running header or footer stands
HEADER_LINES = 10  # the first page's header, which a later page's running header repeats
RULE_LINE = re.compile(r"[_=~*-]{5,}")
REFERENCE = re.compile(r"(?=\S*\d)(?=\S*[A-Za-z])[\w/.-]{8,}")  # a document's reference: 'KCHT/HR/REC/2026-27/041'
MAX_FOOTER_WORDS = 12
DIGITS = re.compile(r"\d+")  # a page's number, the same on every page once masked
NOT_FORM_FEED = re.compile(r"[^\f]")  # what blanking a line replaces (its form feed stays a page break)


def without_page_furniture(text: str) -> str:
    """A PDF's text without its running headers and footers (blanked, so offsets keep): the lines that
    stand by every page break (a form feed, or a footer with the page's number) and come back on the
    next page; and the page-number footers themselves."""
    if "\f" not in text and not PAGE_NUMBER.search(text[-200:].rstrip()) and not (
        "Page " in text and PAGE_LINE.search(text)
    ):
        return text  # (the page's number ends the text, or stands on a line of its own before a page's chrome)
    lines = text.split("\n")
    breaks = [n for n, line in enumerate(lines) if "\f" in line or PAGE_NUMBER.search(line.rstrip())]
    if len(breaks) < 2:
        return text
    starts = [0, *breaks]  # (the first page's header stands at the text's start)
    near = {n for b in starts for n in range(b - FURNITURE_REACH, b + FURNITURE_REACH + 1)}
    keys = [" ".join(DIGITS.sub("#", line.replace("\f", " ")).split()) for line in lines]
    seen: dict[str, int] = {}
    for n, key in enumerate(keys):
        if key and n in near:
            seen[key] = seen.get(key, 0) + 1
    repeated = {key for key, count in seen.items() if count >= 2}
    # a line under a page break that the first page's header wrote (its reference, 'Ref: NEHP/HR/VA/003/2027'), and a
    # rule that parts the pages ('________'), are the page's furniture too
    opening = {token for line in lines[:HEADER_LINES] for token in REFERENCE.findall(line)}
    after_break = {n for b in breaks for n in range(b + 1, b + FURNITURE_REACH + 1)}
    out, kept = [], set()
    for n, (line, key) in enumerate(zip(lines, keys, strict=True)):
        footer = n in breaks and PAGE_NUMBER.search(line.rstrip()) and len(key.split()) <= MAX_FOOTER_WORDS
        # (the first page's header stays: it may be the only line that names the employer)
        furniture = footer or (key in repeated and (key in kept or n > FURNITURE_REACH))
        furniture = furniture or (n in near and n > 0 and RULE_LINE.fullmatch(key) is not None)
        furniture = furniture or (
            n in after_break and n >= HEADER_LINES and any(token in opening for token in REFERENCE.findall(line))
        )
        if key in repeated:
            kept.add(key)
        out.append(NOT_FORM_FEED.sub(" ", line) if furniture else line)
    return "\n".join(out)


# A symbol that parts the items of a line, a space on each side, written twice or more in a row of items:
# 'Hybrid working ✦ $105,000 + super ✦ 20% off your weekly shop ✦ ...' (not '©', '®', '™', '°', and not a
# row of symbols such as a rating's stars). The next or the last one is looked for within an item's length.
MAX_ITEM = 300
SYMBOL_SEPARATOR = regexes.compile(
    r"(?<=[^\s\p{So}])[ ](?P<symbol>(?![©®™°])\p{So})[ ](?=[^\s\p{So}])"
    rf"(?:(?=[^\n]{{1,{MAX_ITEM}}}?[ ](?P=symbol)[ ])|(?<=[ ](?P=symbol)[ ][^\n]{{1,{MAX_ITEM}}}?[ ](?P=symbol)[ ]))"
)


def repeats_a_spaced_symbol(text: str) -> bool:
    """Some symbol stands twice or more between spaces: the only texts SYMBOL_SEPARATOR may change (a scan
    of the text's distinct characters and a count, where the pattern would be tried at every space)."""
    if SPACED_SYMBOL.search(text) is None:
        return False
    symbols = [c for c in set(text) if c > "\u00a5" and unicodedata.category(c) == "So"]
    return any(text.count(f" {symbol} ") >= 2 for symbol in symbols)


SPACED_SYMBOL = regexes.compile(r" \p{So} ")


# In a dump, a heading in a chat's bold ('*REQUIREMENTS*', '*Added advantage:*', as WhatsApp and Telegram
# write it) run into the text: the space before it was a line break.
CHAT_BOLD_HEADING = regexes.compile(
    r"(?<=\S)[ ](?=\*(?:\p{Lu}[\p{Lu}\d &/'’,()-]{2,60}|\p{Lu}[^*\n:]{1,60}:)\*(?:[ \t:]|$))"
)


# In a dump, a symbol glued to the item before it and spaced from the next, used three times or more as a
# bullet ('... stainless steel▫️ Assist with mooring ...▫️ Drive the tender ...'): a line break and a bullet,
# in the symbol's own characters and the space after it (the text keeps its offsets).
# (also after a pointing-down pictograph that closes the list's heading: 'Bring these 👇✅ 3+ years ...')
GLUED_SYMBOL = regexes.compile(r"(?<=[^\s\p{So}]|[👇⬇]\uFE0F?)(?P<symbol>\p{So})(?P<variant>\uFE0F?)[ ](?=\p{Lu}|\d)")
MIN_GLUED_SYMBOLS = 3
SYMBOL_RUN_GAP = 90  # characters between the pictographs of a run of items
MIN_RUN_ITEM_WORDS = 3
TICKS = "✅☑"  # (a tick glued once marks a heading's list, 'Must have', not an item of a run)
READ_AS_GLUED_BULLETS = "✓✔➤►▶"  # (segment reads the phrase glued before these as a heading: left as they are)


# In a dump, a word processor's 'o' bullet kept between spaces, after an item's full stop or a heading in capitals
# and before a capital: '... bank. o Working knowledge ... o Proficiency ...' (a sentence never opens with 'o').
LETTER_O_BULLET = regexes.compile(r"(?<=[.;!?\p{Lu}])[ ]o[ ](?=\p{Lu}\p{Ll})")
MIN_O_BULLETS = 3
LINE_O_BULLET = regexes.compile(r"(?m)^[ \t]*+(?P<o>o)[ \t](?=\p{Lu})")
MIN_LINE_O_BULLETS = 2  # (a list's second level in Word may hold two: 'o Balance the cash drawer ...')


# In a dump, a bullet kept between spaces, three times or more close together ('... menu. On the line * Run the
# pass ... * Lead a brigade ...'): each item starts a line, and so does the short phrase before the first, the
# list's heading; a heading run into the end of an item before ('... is a plus Bonus points if you bring: * ...')
# starts its own line too.
# (or glued to the item before: '... after surgery– Run nurse clinics ...'; a space follows it)
SPACED_BULLET = regexes.compile(r"(?<=\S)(?:(?P<space>[ ]{1,3}+)(?P<mark>[*•·▪‣◦●–o-])|(?P<mark>[*–-]))[ ]{1,3}+(?=\S)")
MIN_SPACED_BULLETS = 3
SPACED_RUN_GAP = 400
DASHES = "-–o"  # (marks whose runs hold items that open alike, and need a heading: 'o' is a word of some languages)
MIN_MEDIAN_ITEM_WORDS = 3  # (not a row of single words: 'Limassol · Paphos · Larnaca')
# the phrase before a run's first bullet, after a sentence's end: its heading
HEAD_BEFORE_RUN = regexes.compile(r"(?:(?<=[.!?:])[ ]|\n)(?P<head>[^\n.!?:\p{Ll}•·*▪][^\n.!?:•·*▪]{0,79}[?:]?)$")
MAX_RUN_HEAD_WORDS = 8
# capitalised words at an item's end after a word in lower case: the next list's heading run into it
TAIL_HEAD = regexes.compile(
    r"(?<=(?<!\S)\p{Ll}[\p{Ll}'’]*)[ ](?P<head>\p{Lu}[\p{L}'’&/-]*(?:[ ][\p{L}'’&/-]+){0,7}[?:]?)$"
)
# words that lead into a name, not a heading, as the last before capitals ('... costing in MarketMan or a ...')
BEFORE_A_NAME = frozenset(
    "a an the of in on at to for with by from and or as via using including like into our your their its"
    " such e.g. i.e. incl. than some any all every each most".split()
)
MIN_ITEM_WORDS_BEFORE_HEAD = 3


def spaced_bullet_runs(
    text: str,
    heading_end: Callable[[str, int, int], int | None] | None = None,
    heading_spans: Callable[[str], list[tuple[int, int]]] | None = None,
) -> str:
    """A dump's runs of spaced bullets parted into lines, in the same characters (the space before each bullet,
    and before each heading found, becomes a line break). `heading_spans(text)` gives where the headings that
    a dump's reading finds stand; `heading_end(text, start, end)`, the start of a heading the rules' strong
    keywords name that ends at `end` ('... Police Check Highly regarded • ...')."""
    found = list(SPACED_BULLET.finditer(text))
    if len(found) < MIN_SPACED_BULLETS:
        return text
    runs = [run for run in bullet_runs(text, found) if listed_run(text, run)]
    if not runs:
        return text
    characters = list(text)
    sentence = SENTENCE_END.search(text)
    first_sentence = sentence.start() if sentence is not None else len(text)
    # the headings a dump's reading finds, by where their words end (or their closing '?' or ':')
    spans = heading_spans(text) if heading_spans is not None else []
    ends: dict[int, int] = {}
    for head_start, head_end in spans:
        ends[head_end] = ends[HEAD_CLOSE.match(text, head_end).end()] = head_start
    for run in runs:
        heads = []
        for index, match in enumerate(run):
            start = run[index - 1].end() if index else max(0, match.start() - MAX_RUN_HEAD_REACH)
            known = ends.get(match.start())
            if known is not None and known > start and text[known - 1] == " ":
                heads.append(known - 1)
            else:
                heads.append(run_head(text, start, match.start(), first=index == 0, heading_end=heading_end))
        # a run of dashes stands under a heading or a lead-in ('... You'll thrive here if you - Have ...'), and so
        # does any run before the text's first sentence: not a header's parts ('Acme, Inc. - Careers ... -
        # Frederiksted Center - Req #0412', 'Lyon, France · 3 days ago · 40 applicants ...')
        line_before = text[text.rfind("\n", 0, run[0].start()) + 1 : run[0].start()]
        # (or a short phrase on its line before the first: 'Looking after you  - Service charge share ...')
        short_line = 0 < len(line_before.split()) <= MAX_RUN_HEAD_WORDS and not any(m in line_before for m in ".!?")
        headed = heads[0] is not None or text[: run[0].start()].endswith((":", "?"))
        if not headed and (run[0].start() < first_sentence or (run[0].group("mark") in DASHES and not short_line)):
            continue
        for match, head in zip(run, heads, strict=True):
            if match.group("space"):
                characters[match.start()] = "\n"
                if match.group("mark") == "o":  # (a word processor's 'o' is read as the bullet it was)
                    characters[match.start("mark")] = "•"
            else:  # (glued: the bullet opens the line, in the place of the space after it)
                characters[match.start()], characters[match.start() + 1] = "\n", match.group("mark")
            if head is not None:
                characters[head] = "\n"
        # the first heading the dump's reading found after the last bullet ends its item
        line_end = text.find("\n", run[-1].end())
        line_end = len(text) if line_end == -1 else line_end
        for head_start, _ in spans:
            if run[-1].end() < head_start < line_end and text[head_start - 1] == " ":
                characters[head_start - 1] = "\n"
                line_end = head_start
                break
        # and where it runs on far longer than the others, its first sentence's end, or else a capital after a
        # word in lower case past the others' length ('... for emergency deliveries Consideration will also ...')
        longest = max(b.start() - a.end() for a, b in itertools.pairwise(run))
        if line_end - run[-1].end() > LAST_ITEM_RUN_ON * longest:
            stop = LAST_ITEM_END.search(text, run[-1].end() + min(longest, LAST_ITEM_REACH), line_end)
            if stop is not None:
                characters[stop.start()] = "\n"
    return "".join(characters)


def bullet_runs(text: str, found: list[regex.Match[str]]) -> list[list[regex.Match[str]]]:
    """The spaced bullets grouped by their mark into runs: each close to the one before, on its line. A dash's or an
    'o''s run holds items that all open alike, on a capital (or a figure) or in lower case ('... if you: - have at
    least 2 years ... - stay calm ...'): where that changes a run ends ('... a paid gig Hiring by Dec 18 - this is');
    a glued one before lower case joins words and is passed over ('second- and third-year')."""
    runs: list[list[regex.Match[str]]] = []
    last_of: dict[tuple[str, bool], list[regex.Match[str]]] = {}
    for match in found:
        mark = match.group("mark")
        lower = mark in DASHES and not (text[match.end()].isupper() or text[match.end()].isdigit())
        if lower and not match.group("space"):
            continue
        if mark in DASHES:
            last_of.pop((mark, not lower), None)
        run = last_of.get((mark, lower))
        gap = text[run[-1].end() : match.start()] if run is not None else ""
        if run is not None and len(gap) <= SPACED_RUN_GAP and "\n" not in gap:
            run.append(match)
        else:
            last_of[(mark, lower)] = [match]
            runs.append(last_of[(mark, lower)])
    return runs


def listed_run(text: str, run: list[regex.Match[str]]) -> bool:
    """Three bullets or more before items of some words ('Limassol · Paphos · Larnaca' is a row of names)."""
    if len(run) < MIN_SPACED_BULLETS:
        return False
    lengths = sorted(len(text[a.end() : b.start()].split()) for a, b in itertools.pairwise(run))
    return lengths[len(lengths) // 2] >= MIN_MEDIAN_ITEM_WORDS


MAX_RUN_HEAD_REACH = 81
LONG_LINE = 2 * DUMP_CHARACTERS_PER_LINE
LAST_ITEM_RUN_ON = 2
LAST_ITEM_REACH = 200
LAST_ITEM_END = regexes.compile(r"(?<=\p{Ll}[.!?]|(?<!\S)\p{Ll}{3,}+)[ ](?=\p{Lu}\p{Ll})")
SENTENCE_END = regexes.compile(r"\p{Ll}[.!?][ ]\p{Lu}")
HEAD_CLOSE = regexes.compile(r"[?:：]?+")


def run_head(
    text: str, start: int, end: int, *, first: bool, heading_end: Callable[[str, int, int], int | None] | None
) -> int | None:
    """The space before the heading that ends text[start:end] (the piece before a bullet), or None."""
    known = heading_end(text, start, end) if heading_end is not None else None
    if known is not None and known > start and text[known - 1] == " " and not text[known].islower():
        if ends_an_item(text[start : known - 1]):
            return known - 1
    head = HEAD_BEFORE_RUN.search(text, start, end)
    if head is not None and text[head.start()] == " " and any(map(str.isalpha, head.group("head"))):
        words = head.group("head").split()
        if len(words) <= MAX_RUN_HEAD_WORDS and (first or heading_like(head.group("head"))):
            return head.start()
    tail = TAIL_HEAD.search(text, start, end)
    if tail is not None and heading_like(tail.group("head")) and ends_an_item(text[start : tail.start()]):
        return tail.start()
    return None


def ends_an_item(piece: str) -> bool:
    """The words before a heading run into an item's end are an item's: a few of them, the last no word that leads
    into a name ('... costing in MarketMan or ...')."""
    words = piece.split()
    return len(words) >= MIN_ITEM_WORDS_BEFORE_HEAD and words[-1].lower() not in BEFORE_A_NAME


def heading_like(head: str) -> bool:
    """A phrase shaped as a heading: closed by '?' or ':' ('... at weekends What our client needs:')."""
    return head.rstrip().endswith(("?", ":"))


def line_o_bullets(text: str) -> str:
    """A word processor's 'o' bullets opening lines, two or more ('o University degree in ...' / 'o At least
    three years ...'), as '•' (the text keeps its offsets): a line never opens with the letter alone before a
    capital, and an item that opens in lower case would be read as the line before it run on."""
    found = [match.start("o") for match in LINE_O_BULLET.finditer(text)]
    return replaced_at(text, found, "•") if len(found) >= MIN_LINE_O_BULLETS else text


def replaced_at(text: str, starts: list[int], replacement: str) -> str:
    """The text with `replacement` written over its own length of characters at each start (offsets kept)."""
    characters = list(text)
    for start in starts:
        characters[start : start + len(replacement)] = replacement
    return "".join(characters)


def letter_o_bullets(text: str) -> str:
    """A dump's run of 'o' bullets as a bullet at a line's start each, in their own three characters ('\n• ')."""
    found = [match.start() for match in LETTER_O_BULLET.finditer(text)]
    return replaced_at(text, found, "\n• ") if len(found) >= MIN_O_BULLETS else text


def glued_symbol_bullets(text: str) -> str:
    found = list(GLUED_SYMBOL.finditer(text))
    if len(found) < MIN_GLUED_SYMBOLS:
        return text
    counts: dict[str, int] = {}
    for match in found:
        if match.group("symbol") not in READ_AS_GLUED_BULLETS:
            counts[match.group("symbol")] = counts.get(match.group("symbol"), 0) + 1
    # (or a run of different pictographs, one per item, close together: 'Why you'll love it here🍴 Free hot meal
    # every shift🚌 Company bus from May Pen💰 Night differential ...')
    # (each different: a symbol written twice among them is no list's bullet)
    in_run = set()
    run: list[int] = []

    def different(run: list[int]) -> bool:
        # (each item a phrase: not a header's icons before its facts, '📍 Sölden⏱ Vollzeit💶 ab € 2.780')
        items = [text[found[a].end() : found[b].start()] for a, b in zip(run, run[1:], strict=False)]
        return (
            len(run) >= MIN_GLUED_SYMBOLS
            and len({found[index].group("symbol") for index in run}) == len(run)
            and all(len(item.split()) >= MIN_RUN_ITEM_WORDS for item in items)
        )

    for index, match in enumerate(found):
        repeated = any(found[other].group("symbol") == match.group("symbol") for other in run)
        if run and (repeated or match.start() - found[run[-1]].start() > SYMBOL_RUN_GAP):
            if different(run):
                in_run.update(run)
            run = []
        symbol = match.group("symbol")
        if symbol not in READ_AS_GLUED_BULLETS + TICKS and counts.get(symbol, 0) < MIN_GLUED_SYMBOLS:
            run.append(index)  # (a symbol that bullets a list of its own is not one of a run of different ones)
    if different(run):
        in_run.update(run)
    characters = list(text)
    for index, match in enumerate(found):
        if counts.get(match.group("symbol"), 0) < MIN_GLUED_SYMBOLS and index not in in_run:
            continue
        # the symbol, then its variation selector or the space after it; a section's mark stays a mark
        # ('... 있습니다. ■ 맡으실 일- ...' heads a list: segment reads the phrase after it)
        mark = match.group("symbol") if match.group("symbol") in SECTION_MARKS else "•"
        characters[match.start()], characters[match.start() + 1] = "\n", mark
    return "".join(characters)


# A row's trailing cells of marks, past a gap: a person specification's 'E' / 'D' and how each criterion is
# assessed ('Degree in museum studies            E      A/I'); the row keeps them on its line
ROW_MARKS = regexes.compile(r"(?:[ ]{2,}+(?:[A-Z]{1,2}(?:/[A-Z]{1,2})*+|Essential|Desirable))++[ \t]*+(?=\n|$)")


MIN_MARKED_ROW_WORDS = 3  # a criterion's words before its marks (not a row of links: 'LinkedIn   X')


def marks_after(text: str, position: int) -> bool:
    """The gap at `position` stands in a row's trailing marks, after a criterion of one cell."""
    if ROW_MARKS.match(text, position) is None:
        return False
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    marks = ROW_MARKS.search(text, line_start, len(text) if line_end == -1 else line_end)  # where the marks begin
    if marks is None or marks.start() > position:
        return False
    criterion = text[line_start : marks.start()].strip()
    return len(criterion.split()) >= MIN_MARKED_ROW_WORDS and "   " not in criterion  # (one cell, not a row of them)


# A key of a plain-text feed or a YAML-like export at a line's start ('good_to_have:', 'apply_by:   2026-12-15'):
# read as the words it writes ('Good to have:'), in the same number of characters
SNAKE_KEY = regexes.compile(r"(?m)^(?P<indent>[ \t]*+)(?P<key>\p{Ll}++(?:_\p{Ll}++)++)(?=[ \t]*+:)")


def readable_key(match: regex.Match[str]) -> str:
    key = match.group("key").replace("_", " ")
    return match.group("indent") + key[:1].upper() + key[1:]


def symbol_separated(text: str) -> str:
    """Each item of a row parted by a repeated symbol on a line of its own, as a bullet: ' ✦ ' becomes
    '\n• ' (the same length: the text keeps its offsets). A section's mark stays a mark on its new line:
    ' ■ ' becomes '\n■ ' ('... 있습니다. ■ 맡으실 일- ...': segment reads the phrase after it as a heading)."""
    return SYMBOL_SEPARATOR.sub(
        lambda found: f"\n{found.group('symbol')} " if found.group("symbol") in SECTION_MARKS else "\n• ", text
    )


CAPITAL = regexes.compile(r"\p{Lu}")
MIN_GLUED_LABEL = 6  # letters of a one-word label glued on its left only ('PayPal' holds 'Pay')
HEADER_REACH = 1500  # the characters of a dump's page header, where a board glues its labels and values
MIN_GLUED_RUN = 3  # glued labels there, at least: a board's run of them, not a word in a sentence


def glued_labels(text: str, labels: regex.Pattern[str]) -> set[int]:
    """In a dump's header, a run of a board's labels glued to the text around them: where each starts and ends a
    line ('Quality ControllerCompanyWahgi Highlands', '... ProvinceJob TypeFull Time', '$1.350.000Fecha de
    cierre29/01/2027'). A label is capitalised, glued on its left to a lower-case letter, a figure or a bracket (a
    word of six letters or more, or words), or, of two words or more, glued on its right to a capital or a figure;
    not inside a word."""
    breaks: set[int] = set()
    found = last_end = 0
    # (tried where a capital stands, as a label opens: ten times cheaper than the pattern tried at every character)
    for capital in CAPITAL.finditer(text, 0, HEADER_REACH):
        if capital.start() < last_end:
            continue
        match = labels.match(text, capital.start())
        if match is None:
            continue
        start, end = match.span()
        last_end = end
        label = match.group()
        before, after = text[start - 1 : start], text[end : end + 1]
        if after.islower():
            continue  # inside a word: 'Statuses', 'Locationally'
        right = after.isupper() or after.isdigit() or after in "$€£"
        words = len(label.split())
        # (after a capital too, between two glued values: 'Start DateASAPDate Posted09/12/2026')
        left = bool(before) and (before.islower() or before.isdigit() or before == ")" or (
            before.isupper() and words > 1 and right
        ))
        if left and (words > 1 or len(label) >= MIN_GLUED_LABEL) and (right or after in " :\n"):
            breaks.add(start)
            if right:
                breaks.add(end)
            found += 1
        elif right and words > 1 and before in ("", " ", "\n"):
            breaks.add(end)  # 'Job TitleCoffee Quality Controller'
            found += 1
    return breaks if found >= MIN_GLUED_RUN else set()


def normalise(
    text: str,
    applying: regex.Pattern[str] | None = None,
    openers: frozenset[str] = frozenset(),
    labels: Callable[[], regex.Pattern[str]] | None = None,
    heading_end: Callable[[str, int, int], int | None] | None = None,
    heading_spans: Callable[[str], list[tuple[int, int]]] | None = None,
    alias_before: Callable[[str, int], bool] | None = None,
    item_verbs: frozenset[str] = frozenset(),
) -> NormalText:
    """Map exotic white space to plain, CRLF to LF (as ' \\n'), and break glued words apart. `applying`, a
    pattern of the words for applying (the rules' deadline cues), keeps a dump's numbered steps of applying
    on their line ('How hiring works 1. Apply online 2. Quick phone chat ...'); `openers`, the words that open
    requirements, part a dump's capitalised word glued to one ('Microsoft ExcelAble to travel'); `labels`, a
    callable giving the pattern of the boards' labels, parts a dump's labels glued to their values;
    `heading_end` and `heading_spans`, what the rules' headings say, place the headings of a dump's runs of
    spaced bullets (see spaced_bullet_runs); `alias_before(text, position)`, whether an alias of a heading ends at the
    position, keeps a heading glued to its first item whole for segment to read."""
    text = without_page_furniture(text.replace("\r\n", " \n"))
    if NEEDS_MAPPING.search(text):
        text = SAME_LENGTH_CHARACTERS.sub(lambda found: SAME_LENGTH[ord(found.group())], text)
    measured = text  # (the wrap's width is measured before gaps part a line's columns into short lines)
    if "   " in text:
        # one-paragraph dumps keep their paragraph breaks as runs of spaces, and a row of page buttons its
        # gaps ('Apply    Save    Report this job'); in text with its own line breaks a run after a label's
        # colon aligns its value ('ROLE:      Network Planning Engineer')
        gaps = WIDE_GAP if text.strip().count("\n") * DUMP_CHARACTERS_PER_LINE < len(text) else ALIGNING_GAP
        text = gaps.sub(lambda run: run.group() if marks_after(text, run.start()) else "\n" + run.group()[1:], text)
    few_breaks = text.strip().count("\n") * DUMP_CHARACTERS_PER_LINE < len(text)
    if "  " in text and few_breaks:
        text = dump_lines(text)
    dump = few_breaks and len(text) > DUMP_CHARACTERS_PER_LINE
    if "\no " in text:
        text = line_o_bullets(text)
    text = unwrapped(text, measured)
    if not text.isascii() and repeats_a_spaced_symbol(text):  # (no symbol is ASCII)
        text = symbol_separated(text)
    if "_" in text:
        text = SNAKE_KEY.sub(readable_key, text)
    if dump and "*" in text:
        text = CHAT_BOLD_HEADING.sub("\n", text)
    if dump and not text.isascii():
        text = glued_symbol_bullets(text)
    if dump and not text.isascii():
        # a section's mark kept between spaces ('... 現場経験 ■うれしいポイント 社会保険完備 ...',
        # '... 護理部。 ■ 職位詳情'): where a line began, as the same mark glued to the text before it is (glue_at)
        text = SPACED_SECTION_MARK.sub("\n", text)
    if dump and " o " in text:
        text = letter_o_bullets(text)
    # (or a text with one line as long as a dump's: a page's text with its gaps parted into lines)
    if dump or max(map(len, text.split("\n"))) >= LONG_LINE:
        text = spaced_bullet_runs(text, heading_end, heading_spans)
    pieces: list[str] = []
    inserted: list[int] = []
    heads: list[int] = []  # (in the text with its breaks inserted) spaces that start a glued heading's line
    last = 0
    nouns = dump and len(GERMAN_WORDS.findall(text)) >= MIN_GERMAN_WORDS
    numbered = numbered_run_starts(text, applying) if dump else set()
    if dump and labels is not None:
        numbered |= glued_labels(text, labels())  # (a label's breaks, where numbers' are: set, whatever the glue)
    if numbered:  # (a dump's numbered items part the text where glue does, and at their numbers)
        positions: Iterable[int] = sorted({*(match.start() for match in GLUE_CANDIDATE.finditer(text)), *numbered})
    else:
        positions = map(regex.Match.start, GLUE_CANDIDATE.finditer(text))
    # (in a dump, a name written the same way more than once with capitals run into a word, 'DACHwerk', is no glue)
    names = repeated_capital_names(text) if dump else frozenset()
    for position in positions:
        if names and position not in numbered and position in names:
            continue
        separator = "\n" if position in numbered else glue_at(
            text, position, dump, nouns, openers, alias_before, item_verbs
        )
        if separator is None:
            continue
        if dump and separator == "\n" and text[position - 1].islower():
            head = HEAD_AFTER_SENTENCE.search(text, max(0, position - MAX_GLUED_HEAD), position)
            if head is not None:
                heads.append(head.start() + len(inserted))
        pieces.append(text[last:position])
        inserted.append(position + len(inserted))
        pieces.append(separator)
        last = position
    if not inserted:
        return NormalText(text, dump=dump)
    pieces.append(text[last:])
    joined = "".join(pieces)
    if heads:
        characters = list(joined)
        for space in heads:
            characters[space] = "\n"
        joined = "".join(characters)
    return NormalText(joined, tuple(inserted), dump)
