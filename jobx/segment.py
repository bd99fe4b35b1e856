"""Find headings, at line starts and inline, and cut the text into blocks between them."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import compress

import regex

from . import regexes
from .features import ANSWERS, BULLET_MARKS, CITY_AND_REGION_CODE, LINE_BULLET, SMALL_ROMAN, is_icon
from .model import SectionKind
from .rules import WORD_TOKEN, Rules, heading_key, is_chrome, leading_label
from .values import ordinal_day
from .votes import is_duty_verb

LINE_MARKUP = " \t#*_>|-•"  # characters that may precede a heading on its line (markdown, bullets)
TRAILING_MARKUP = " \t:*_#-–—.?"
# What may follow an inline heading: a colon, a glued capital, or space then a capital/digit/bullet/quote.
FOLLOWER = regexes.compile(
    r"[ \t]*[:：?？]|\p{Lu}|[•·▪]|\p{So}|\d{1,2}[.)][ \t]|[ \t]+(?:[-–—•*·▪][ \t]|[-–•]\p{Lu}|[\p{Lu}\d\"“(])"
)  # (also glued to the number of its first item: 'Key Responsibilities1. Perform ...'; or to an icon: 'Perks💰 ...')
# Searched backwards ((?r)) from the line's end: a forward search would retry at every word of a long line.
WORD_BEFORE = regexes.compile(r"(?r)([\w'’&]+)[ \t]+$")
# A line that looks like a heading even though no alias names it.
ABOUT = regexes.compile(r"(?<![\p{Lu}\d])(?:More )?About ")  # also glued: "InformationAbout Acme"
# A line's heading text: after quote marks, markdown '#' and bold markers; before bold markers.
LINE_TEXT = regexes.compile(
    # bold or emphasis around it: '**Benefits**', '__Duties__', and '*What we need*' (a chat's bold, markdown's
    # italics; a single '*' before a space is a bullet)
    r"[ \t>]*+(?P<level>#{1,6}[ \t]*+)?(?P<bold>\*\*|__|[*_](?=\S))?[ \t]*+"
    r"(?:[\p{So}\p{Sk}\p{Co}\uFE0F\u200D]++[ \t]*+)?"  # icons before a heading: '🚀 About us', '■ 業務内容'
    # a document's outline number: '4.1 Essential', '5. TERMS AND CONDITIONS' (not '1. Plan the rota', an item)
    r"(?:\d{1,2}(?:\.\d{1,2})++\.?[ \t]++|\d{1,2}\.[ \t]++(?=\p{Lu}[^\p{Ll}\n]*+$))?"
    r"(?P<open>[\[【〔「《＜〈])?"  # a bracketed heading: '[업무내용]', '【必須スキル】', '＜歓迎＞'
    # '¿Qué ofrecemos?' (not a Korean interpunct's item); a markdown heading in any case ('## is this you?')
    r"(?!ㆍ)(?P<text>[¿¡]?(?(level)(?:[\p{Lu}\p{Lo}]|(?<=[ \t])\p{Ll})|[\p{Lu}\p{Lo}])[^\n]{0,199}?)"
    # icons after: 'Necesitamos💡'
    r"(?(open)[\]】〕」》＞〉])(?:[ \t]*+[\p{So}\p{Sk}\uFE0F\u200D]++)?(?P<closed>\*\*|__|[*_])?"
    r"(?(closed)(?:[ \t]*+[\p{So}\p{Sk}\uFE0F\u200D]++)?)[ \t]*+$"  # (an icon after the bold: '*What you get* 🎁')
)
# LINE_TEXT with its text greedy: where the line's last character cannot close a heading (a space, bold
# marker, closing bracket or icon), the text can only end at the line's end, so both find the same match,
# and the greedy one finds it without trying the closing pattern after every character (about 14x faster).
LINE_TEXT_TO_END = regexes.compile(LINE_TEXT.pattern.replace(r"[^\n]{0,199}?)", r"[^\n]{0,199})", 1))
CLOSING_CHARACTER = regexes.compile(r"[ \t*_\]】〕」》\p{So}\p{Sk}\uFE0F\u200D]")
MENU_BARS = 3  # bars parting a line into four parts or more: a menu ('Home | Jobs | Benefits | Contact Us')
MAX_HEADING_WORDS = 12  # a sentence-shaped heading: 'Bonus points if you also bring the following:'
MAX_STRONG_HEADING_WORDS = 6
ARTICLES = ("A", "An", "The")
NEGATED_QUALIFIERS = frozenset({"not required", "not essential", "not mandatory", "none required", "not applicable"})
MAX_STOPPED_HEADING_WORDS = 5  # a heading closed by a full stop: "What's on offer."


@dataclass(frozen=True)
class Heading:
    """A heading found in the normalised text; kind is None when no alias names it."""

    start: int
    end: int  # end of the heading text and any colon after it: where the body begins
    text: str
    kind_name: str | None
    company: str | None = None
    level: int = 0  # a markdown heading's depth ('###' is 3); 0 for any other heading
    why: str = field(default="", compare=False)  # which rule found it, for `jobx show --explain`


def framing_word(word: str, rules: Rules) -> bool:
    """A word that frames a heading (framing_words), also with a contraction: 'What', "What's", 'Who’s'."""
    return word in rules.framing_words or word.replace("’", "'").partition("'")[0] in rules.framing_words


def body_start(text: str, end: int) -> int:
    """Skip the colon and markup that close a heading, and a remark in brackets before its colon ('Nice to
    have (not dealbreakers!): ...')."""
    while end < len(text) and text[end] in " \t:：*_?？,":
        end += 1
    remark = BRACKETED_REMARK.match(text, end) if text[end : end + 1] == "(" else None
    if remark is not None:
        return body_start(text, remark.end())
    return end


BRACKETED_REMARK = regexes.compile(r"\([^()\n]{1,40}\)[ \t]*+[:：]")


NEARBY = 400


def markup_to_line_edge(text: str, position: int, markup: str, step: int) -> bool:
    """Only markup between position and its line's start (step -1) or end (step 1)."""
    if step < 0:
        while position > 0 and text[position - 1] in markup:
            position -= 1
        return position == 0 or text[position - 1] == "\n"
    while position < len(text) and text[position] in markup:
        position += 1
    return position == len(text) or text[position] == "\n"


NUMBERED = regexes.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}|[IVX]{1,4}|[A-H])[.)][ \t]+$")  # '2. ', 'III) ', 'B. '
AFTER_BULLET = regexes.compile(rf"(?:^|\n)[ \t]*[{BULLET_MARKS}][ \t]*$")


SUBJECTS = frozenset({"You", "We", "You'll", "You’ll", "We'll", "We’ll", "You're", "You’re", "We're", "We’re"})


# The capitalised words before an '&' and the word before them, if any on the line: '... knowledge Education & '.
AMPERSAND_NAME = regexes.compile(r"(?r)(?:(?<![\w'’])([\w'’]+)[ \t]+)?(?:\p{Lu}[\w'’-]*[ \t]+){1,3}&[ \t]+$")


CASELESS_CLOSERS = (":", "：", "]", "】", "」", "』", "＞", "〉")
CASELESS_BULLET_AFTER = regexes.compile(r"[ \t]*+(?:[-•·▪][ \t]++|[●◎◆■▼▶►][ \t]*+)[\p{Lo}\d]")
# its list's first bullet after one sentence that opens the section: '仕事内容地域の...担当していただきます。●第2類...'
CASELESS_SENTENCE_BULLET_AFTER = regexes.compile(r"[^。！？\n]{1,160}+[。！？][ \t]*+[●◎◆■▼▶►][ \t]*+[\p{Lo}\d]")
HANGUL = regexes.compile(r"\p{Hangul}")
CASELESS_LETTER = regexes.compile(r"[\p{Lo}\p{Lm}]")
BRACKET_PAIRS = {"【": "】", "[": "]", "「": "」", "〔": "〕", "＜": "＞", "〈": "〉"}
# (and a section mark: '■仕事内容オフィス・クリニック向けに ...', '◆応募資格')
# (also a value's closing bracket: '...（期間中の待遇に差異はありません）休日休暇年間休日120日')
CASELESS_OPENERS = ("。", "！", "？", "【", "[", "「", "』", "】", "■", "◆", "▼", "●", "◇", "□", "）", ")", "＜", "〈")


MIN_SEMICOLONS = 2
IN_BRACKETS = regexes.compile(r"\([^()\n]*+\)")  # (semicolons there part examples: '(e.g., professional; ...)')


def semicolon_list(text: str, start: int) -> bool:
    """The rest of the line from `start` is a list of three parts or more parted by semicolons."""
    end = text.find("\n", start)
    rest = text[start : len(text) if end == -1 else end]
    return rest.count(";") >= MIN_SEMICOLONS and IN_BRACKETS.sub("", rest).count(";") >= MIN_SEMICOLONS


def accept_alias(text: str, match: regex.Match[str], rules: Rules) -> bool:
    """Is this alias occurrence really a heading? See docs/rules.md for the reasoning."""
    start, end = match.span()
    # The nearby text decides: windows, not the whole line, or each heading of a long line copies it all.
    before = text[max(0, start - NEARBY) : start].rpartition("\n")[2].removesuffix("¿").removesuffix("¡")
    after = text[end : end + NEARBY].partition("\n")[0]
    at_line_start = markup_to_line_edge(text, start, LINE_MARKUP, -1)
    if at_line_start and markup_to_line_edge(text, end, TRAILING_MARKUP, 1):
        return True  # the whole line is the heading
    if NUMBERED.search(text, max(0, start - 10), start) and markup_to_line_edge(text, end, TRAILING_MARKUP, 1):
        return True  # a numbered section heading: '2. REQUIREMENTS', 'III) Benefits'
    if at_line_start and AFTER_BULLET.search(text, max(0, start - 8), start):
        return False  # a bullet is an item ('- You have 5 years of Go'), a heading only when it is all alias
    heading = match.group()
    first = heading.lstrip("¿¡")[:1]
    if first and not first.isupper() and not first.islower():
        # a script without case: inside a line where a colon or a bracket closes it ('。任职要求：1.本科'), or
        # where a sentence's end or a bracket comes right before it ('ます。仕事内容客室乗務員として')
        if after.lstrip(" \t")[:1] in CASELESS_CLOSERS or before.rstrip(" \t")[-1:] in CASELESS_OPENERS:
            return True  # (also a section's mark and a space: '◆ 이런 분을 찾아요 - ...')
        if after[:1] in ("[", "【") and strong_keyword(heading, rules):
            return True  # a board's label before its tag: '給与[正]月給25万円', '仕事内容【施工管理】当社が ...'
        # its list's first bullet right after it, or after the one sentence that opens the section
        listed = CASELESS_BULLET_AFTER.match(after) or CASELESS_SENTENCE_BULLET_AFTER.match(after)
        if listed and strong_keyword(heading, rules):
            return True  # its list's first bullet right after it, in a one-line scrape: '... 대응자격요건- 산업 ...'
        # in Chinese and Japanese, written without spaces, a space before it parts it from the text before
        # ('日常会話 雇用形態契約社員'); Korean spaces its words
        return before[-1:] in (" ", "\t") and not HANGUL.match(heading)
    if " | " in before or " | " in after:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : len(text) if line_end == -1 else line_end]
        if line.count(" | ") >= MENU_BARS and not line.lstrip().startswith("|"):
            return False  # one link of a menu ('All Jobs | Our Locations | Benefits | Contact Us'), not a table's cell
    if first.isupper() and not after.strip() and is_icon(before.rstrip()[-1:] or " "):
        return True  # an icon opens it and it ends its line: '... loyalty program.🛒 What you'll be doing' / '- Build'
    if first.isupper() and not after.strip() and before.rstrip().endswith((".", "!", "?")) and before[-1:] == " ":
        return True  # a sentence's end opens it and it ends its line (a dump's glue parted): '... hit. Vi erbjuder'
    if first.isupper() and at_line_start and after[:1] in (" ", ",") and semicolon_list(text, end):
        # a paragraph that it opens runs on into a list parted by semicolons: 'Vi tilbyder en grundig introduktion
        # ...; elbil til rådighed ...', 'Vi forventer, at du er uddannet ...; har ...'; when a strong keyword
        # names it (not 'Experience with Python: 3 years; Go: 1 year; ...')
        return strong_keyword(heading, rules)
    if not first.isupper() or not FOLLOWER.match(after):
        return False  # '¿Qué harás? Atender ...' is capitalised after its opening mark
    if heading.isupper() and after.isupper() and not after.lstrip().startswith((":", "：")):
        return False  # in an upper-case line every word is a capital: 'MUST BE ABLE TO PASS POLICE CHECK'
    if heading.split()[0] in SUBJECTS and after.lstrip()[:1].isdigit():
        return False  # a subject and its verb run on into their sentence: 'You have 3+ years of Python.'

    if at_line_start or before.rstrip().endswith((".", "!", "?", ":", ";", ")", "”", '"')):
        return True
    if before.rstrip().endswith(","):
        return False  # inside a list of values: "Status: Full-Time, Benefits Eligible"
    if not before or before[-1] not in " \t":
        return before[-1].islower() if before else True  # glued to the previous word
    previous = WORD_BEFORE.search(before)
    if previous is None:
        return True
    word = previous.group(1)
    if word.lower() in rules.joining_words:
        return False
    if word == "&":
        # 'Payroll & Benefits Specialist' as a title line or after 'a' is a name; after a run-on item's
        # last word it is a glued heading ('... modelling knowledge Education & Experience Relevant ...')
        name = AMPERSAND_NAME.search(before)
        return name is not None and name.group(1) is not None and name.group(1).lower() not in rules.joining_words
    # "Competitive Salary Package": a one-word alias inside a run of capitalised words.
    return not (word[0].isupper() and " " not in heading.strip())


# Up to three capitalised words before an alias, from where a sentence or line starts or glue begins.
CAPITALISED_LEAD = regexes.compile(
    r"(?r)(?:(?<=^|[.!?:;)][ \t]*|\p{Ll}|\n[ \t]*)(?:\p{Lu}[\p{L}/&-]*[ \t]+(?:&[ \t]+)?){1,3})$"
)  # (its words may be joined by '&': '... English/SpanishPay & Perks: $32–$42/hour')
# After a sentence or at a line's start its words may be joined by 'and', 'of' or '&': 'Roles and
# Responsibilities', 'Scope of Duties' (not after a label: 'Attachments: Job and Person Specification (PDF)').
JOINED_LEAD = regexes.compile(
    r"(?r)(?:(?<=^|[.!?][ \t]*|\n[ \t]*)(?:\p{Lu}[\p{L}/&-]*[ \t]+(?:(?:and|of|&)[ \t]+)?){1,3})$"
)
# In a one-paragraph dump, also after a lower-case word: 'removing debris External Requirements Qualifications'.
DUMP_LEAD = regexes.compile(r"(?r)(?:(?<=\p{Ll}[ \t]+)(?:\p{Lu}[\p{L}/&-]*[ \t]+){1,3})$")


LINE_START_MARKUP = " \t>*#_"  # what may stand before a heading at a line start (not a bullet)
INCLUDES = regexes.compile(r"[ \t]+(?:will[ \t]+)?includes?\b[ \t]*+:?")
def strong_keyword_unfilled(phrase: str, rules: Rules, kind: SectionKind | None = None) -> bool:
    """strong_keyword on the phrase without the heading fillers: 'It would also help' holds 'would help'."""
    return strong_keyword(rules.heading_filler_regex.sub("", phrase), rules, kind)


def strong_keyword(phrase: str, rules: Rules, kind: SectionKind | None = None) -> bool:
    """A strong heading keyword (of `kind`, or of any kind) occurs in the phrase."""
    return any(
        strong and (kind is None or keyword_kind is kind) and pattern.search(phrase)
        for strong, keyword_kind, pattern in rules.heading_keywords
    )


def capitalised_lead(text: str, match: regex.Match[str], rules: Rules, dump: bool = False) -> int | None:
    """Where an alias that a capitalised run leads into starts its heading: 'Position Responsibilities
    Oversees ...' after a sentence; None when the run does not start at a boundary or no capital or
    bullet follows the alias."""
    after = text[match.end() : match.end() + NEARBY].partition("\n")[0]
    if not match.group()[:1].isupper() or not FOLLOWER.match(after):
        return None
    lead = CAPITALISED_LEAD.search(text, max(0, match.start() - 60), match.start())
    if lead is None:
        lead = JOINED_LEAD.search(text, max(0, match.start() - 60), match.start())
    if lead is None and dump:
        lead = DUMP_LEAD.search(text, max(0, match.start() - 60), match.start())
        if lead is not None and lead.group().isupper():
            # an acronym that ends the item before it: '... de certificación ASC Ofrecemos: ...'
            return match.start() if strong_keyword(match.group(), rules) else None
    if lead is None:
        return None
    phrase = text[lead.start() : match.end()]
    # only a strong keyword leads a run of capitals into a heading: not 'Supervisory Experience This ...'
    return lead.start() if strong_keyword(phrase, rules) else None


# A few words that run an alias on before glue parts them from the list's first item: ' on SiteRun the ...'
GLUED_TAIL = regexes.compile(r"(?:[ ][\p{L}'’&/-]++){0,2}[ ]\p{L}\p{Ll}*+(?=\p{Lu}\p{Ll})")
# In a dump, capitalised words after an alias up to a bullet: the heading runs on to its list ('Who We Are' in
# 'Who We Are Looking For✔ Degree ...'; not to a colon: 'Experience Length: 2 years' is a board's field).
ALIAS_RUN_ON = regexes.compile(r"(?:[ ]\p{Lu}[\p{Ll}'’-]*+){1,3}(?=[ \t]*+(?:[✔✓✅•▪●➤►▶]|\n•))")
# Where a heading of a dump may start: a sentence's end, glue to the word before, or the line's start.
DUMP_HEADING_BEFORE = regexes.compile(r"(?:[.!?:;)][ \t]*+|\p{Ll})$")


GLUED_WORD = regexes.compile(r"\p{Lu}[\p{L}\d]*+")
GLUED_NAME_REACH = 5000  # characters each side where a glued word written again is a name


def glued_tail(text: str, match: regex.Match[str], rules: Rules) -> int | None:
    """Where a dump's heading ends that runs an alias on by a few words and is glued to its first item
    ("...superintendent.What You'll Do on SiteRun the daily crew plan ..."): after a sentence's end or glue,
    capitalised; None elsewhere, and where the glue is a name's own ('Experience in NetSuite')."""
    start, end = match.span()
    if not match.group()[:1].isupper():
        return None
    if start > 0 and text[start - 1] != "\n" and not DUMP_HEADING_BEFORE.search(text, max(0, start - 3), start):
        return None
    tail = GLUED_TAIL.match(text, end, end + 60)
    if tail is None:
        return None
    word_start = text.rfind(" ", end, tail.end()) + 1
    glued = GLUED_WORD.match(text, tail.end())
    name = text[word_start : glued.end()] if glued else ""
    window = (max(0, start - GLUED_NAME_REACH), tail.end() + GLUED_NAME_REACH)  # (a window: linear on a long text)
    if name.lower() in rules.skill_names or name in rules.skill_names or text.count(name, *window) > 1:
        return None  # a name written again is no accident of glue ('LeadSquared', 'NetSuite')
    return tail.end()


def company_heading(text: str, rules: Rules, start: int) -> Heading | None:
    """An 'About <Company>' heading at start: alone on its line, or followed by the name again."""
    for pattern in rules.company_heading_regexes:
        match = pattern.match(text, start)
        if match is None:
            continue
        name = match.group("name")
        alone = markup_to_line_edge(text, start, LINE_MARKUP, -1) and markup_to_line_edge(
            text, match.end(), TRAILING_MARKUP, 1
        )
        if alone:
            heading = Heading(start, body_start(text, match.end()), match.group().strip(), "company", name, why="about")
            if menu_column(text, heading, rules) is not None:
                return None  # a link of a page's menu ('About Snagajob' / 'Careers' / 'Help Center')
            return heading
        words = name.split(" ")
        half = len(words) // 2
        if len(words) % 2 == 0 and words[:half] == words[half:]:
            name = " ".join(words[:half])
        elif len(name) % 2 == 0 and name[: len(name) // 2] == name[len(name) // 2 :]:
            name = name[: len(name) // 2]  # glued to its repeat: 'About AcmeAcme is', 'About SE HealthSE Health
        elif (repeated := named_again(text, match.start("name"), words, rules)) is not None:
            # 'About Hopper At Hopper, we ...', 'About Aurizon. Aurizon is ...': where the heading ends, but
            # the name may be a short form ('About Brightwater Brightwater Freight Solutions moves ...')
            end = match.start("name") + len(repeated)
            return Heading(start, end, text[start:end], "company", None, why="about")
        else:
            continue  # inline without the name repeated: cannot tell where the heading ends
        end = match.start("name") + len(name)
        return Heading(start, end, text[start:end], "company", name, why="about")
    return None


NAME_REPEAT_REACH = 80  # how far after an inline 'About <Name>' the blurb names the company again


def named_again(text: str, start: int, words: list[str], rules: Rules) -> str | None:
    """The longest run of the heading's first words that the text repeats soon after it: where an inline
    'About <Name>' heading ends ('About NRW Civil & Mining With over 30 years ..., NRW Civil & Mining is').
    Not a framing word ('About The Role The ...')."""
    if words[0] in rules.framing_words or words[0] in SUBJECTS or words[0] == "Us":
        return None
    found = None
    for count in range(1, len(words) + 1):
        name = " ".join(words[:count]).rstrip(".,")
        if words[count - 1] in ("&", "and", "of"):
            continue
        after = start + len(name)
        repeat = text.find(name, after, after + NAME_REPEAT_REACH + len(name))
        if repeat == -1 or not word_bounded(text, repeat, repeat + len(name)):
            break
        found = name
    return found


def word_bounded(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


@functools.lru_cache(maxsize=8)
def ender_words(phrases: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each section-ending phrase with its inner words (between two spaces in it): where the phrase is in
    a text, each of them is one of the text's white-space-separated words."""
    checks = []
    for phrase in phrases:
        inner = frozenset(word for word in phrase.split(" ")[1:-1] if word and word.split() == [word])
        checks.append((phrase, inner))
    return tuple(checks)


# A name of up to five capitalised words ending where a section-ending phrase starts, after a lower-case word.
ENDER_SUBJECT = regexes.compile(r"(?r)(?<=\p{Ll}[ \t]+)(?:\p{Lu}[\p{L}&.'’-]*[ \t]+(?:of[ \t]+(?=\p{Lu}))?){1,5}$")


LISTED_MARKS = (" · ", " • ")  # (between a dump's items)


# A count of what a post gathered: '12 comments', '5 reposts', '1.2K likes' (the word is checked against the
# rules' engagement_words); a reaction's count (':tada: 14', '👍❤️ 47') and the time of the last reply.
ENGAGEMENT_COUNT = regexes.compile(r"(?<![\d.,])\d[\d.,]{0,12}+[kKmM]?[ \t]{1,4}+(\p{L}{1,20}+)(?!\p{L})")
REACTION_OR_MARK = regexes.compile(r":[\w+-]++:|[^\p{L}\p{N}\s]++|\d[\d.,:]*+")
MAX_ENGAGEMENT_LINE = 120
MAX_ENGAGEMENT_OTHER_WORDS = 6  # words beside the counts: 'Last reply today at 2:07 PM'


def post_end(text: str, rules: Rules) -> int | None:
    """Where a post copied with its reactions ends: the first line of counts of comments, reposts or replies
    ('12 comments • 5 reposts', ':tada: 14   12 replies   Last reply today at 2:07 PM', '👍 23 · 4 comments · 2
    shares') past the text's first third; in a line that holds more, a run of two counts or more that ends it
    ('... Mahalo!👍 Like · 💬 Comment · ↗ Share18 reactions · 6 comments', a post's page run into one line).
    What follows is its comments and replies, or the site's page. (Each count is read within
    MAX_ENGAGEMENT_LINE characters of it: linear in the text.)"""
    if not rules.engagement_words:
        return None
    for match in ENGAGEMENT_COUNT.finditer(text, len(text) // 3):
        if match.group(1).lower() not in rules.engagement_words:
            continue
        line_end = text.find("\n", match.end(), match.start() + MAX_ENGAGEMENT_LINE)
        if line_end == -1:
            if len(text) - match.start() > MAX_ENGAGEMENT_LINE:
                continue  # the counts do not end their line
            line_end = len(text)
        reach = max(0, match.start() - MAX_ENGAGEMENT_LINE)
        line_start = text.rfind("\n", reach, match.start()) + 1 or (0 if reach == 0 else -1)
        alone = line_start != -1 and not REACTION_OR_MARK.sub(" ", text[line_start : match.start()]).split()
        counts = ENGAGEMENT_COUNT.finditer(text, match.start(), line_end)
        if not alone and sum(count.group(1).lower() in rules.engagement_words for count in counts) < MIN_RUN_COUNTS:
            continue  # (words before the first count: a sentence that counts, 'We had 40 replies', unless a run)
        counted = ENGAGEMENT_COUNT.sub(
            lambda count: "" if count.group(1).lower() in rules.engagement_words else count.group(),
            text[match.start() : line_end],
        )
        if len(REACTION_OR_MARK.sub(" ", counted).split()) <= MAX_ENGAGEMENT_OTHER_WORDS:
            return line_start if alone else match.start()
    return None


MIN_RUN_COUNTS = 2


RUN_ON_SENTENCE = regexes.compile(r"\p{Ll}[ ]\p{Lu}")
MIN_ITEM_BEFORE_ENDER = 2
MAX_ITEM_BEFORE_ENDER = 8


def section_ender_starts(
    text: str, rules: Rules, lowered: str | None = None, words: set[str] | None = None
) -> list[int]:
    """Where boilerplate begins: the start of each sentence holding a section-ending phrase."""
    starts = []
    lowered = text.lower() if lowered is None else lowered
    # (a phrase with an inner word not among the text's words is not searched for)
    words = set(lowered.split()) if words is None else words
    for phrase, inner in ender_words(rules.section_enders):
        if not inner <= words:
            continue
        index = lowered.find(phrase)
        while index != -1:
            stop = text.rfind(". ", 0, index)  # (none: the text's start, not its second character)
            # (a day before its month ends no sentence: 'Ansøgningsfrist: 4. januar 2027 – ... send din ansøgning')
            while stop > 0 and ordinal_day(text, stop, rules.value_words):
                stop = text.rfind(". ", 0, stop)
            sentence_start = max(stop + 2 if stop != -1 else 0, text.rfind("\n", 0, index) + 1)
            piece = text[sentence_start:index].split()
            if (
                MIN_ITEM_BEFORE_ENDER <= len(piece) <= MAX_ITEM_BEFORE_ENDER
                and not any(word[:1].isupper() for word in piece[1:])
                and RUN_ON_SENTENCE.match(text, index - 2, index + 1)
            ):
                # its capital after a word in lower case opens a sentence whose stop was lost, after an item in
                # sentence case: '... Twenty days of paid leave Interested candidates should submit ...' (the perk
                # before it stays)
                sentence_start = index
            elif index - sentence_start > 200 or any(mark in text[sentence_start:index] for mark in LISTED_MARKS):
                # no sentence start near (a dump), or a list's items before it: the phrase's subject is the name
                # right before it ('... Weekly pay CareBridge Home Health is an equal opportunity employer',
                # '· Access to our employee discount scheme Carse of Gowrie Council is a Disability Confident ...')
                subject = ENDER_SUBJECT.search(text, max(0, index - 80), index)
                sentence_start = subject.start() if subject is not None else index
            starts.append(sentence_start)
            index = lowered.find(phrase, index + len(phrase))
    return starts


def shorter_alias(text: str, match: regex.Match[str], rules: Rules) -> regex.Match[str] | None:
    """Where a longer alias is no heading there, a shorter one at its start that is: 'DESIRABLE' in '... a valid
    driving licence DESIRABLE Experience with ...' (not 'Desirable experience'); None where none is."""
    parts = heading_parts(rules)
    for boundary in reversed([word.start() for word in WORD_TOKEN.finditer(text, match.start() + 1, match.end())]):
        end = boundary
        while end > match.start() and text[end - 1] in " \t":
            end -= 1
        for part in parts:
            shorter = part.match(text, match.start(), end)
            if shorter is not None and shorter.end() == end and accept_alias(text, shorter, rules):
                return shorter
    return None


def heading_parts(rules: Rules) -> tuple[regex.Pattern[str], ...]:
    """The alias pattern's parts: a Vocabulary's parts never match at the same position, so trying each in turn is
    its match(), without the method call per candidate word."""
    return getattr(rules.heading_regex, "patterns", None) or (rules.heading_regex,)


def alias_matches(text: str, rules: Rules) -> Iterator[regex.Match[str]]:
    """Alias occurrences, without overlaps; tried only where a word begins that some alias begins
    with (a set lookup), which is much cheaper than running the alias pattern at every position."""
    last_end = 0
    first_words = rules.heading_first_words
    next_characters = rules.heading_next_characters or {}
    parts = heading_parts(rules)
    words = list(WORD_TOKEN.finditer(text))
    # the words that some alias begins with, picked out without a Python step for each word (most are not)
    lowered = map(str.lower, map(regex.Match.group, words))
    picked: Iterable[regex.Match[str]] = compress(words, map(first_words.__contains__, lowered))
    if not text.isascii() and CASELESS_LETTER.search(text):
        # a run of a script without case is tried whole: an alias may begin it ('仕事内容客室乗務員として')
        runs = [word for word in words if caseless_run(word.group())]
        # and inside it, where an alias stands in the middle of a scrape's run ('シフト制仕事内容地域の...')
        # (not inside a bracket: '【学歴不問／未経験歓迎】' is a tag)
        inside = [
            found
            for run in runs
            for part in parts
            for found in part.finditer(text, run.start() + 1, run.end())
            if not in_brackets(text, found.start())
        ]
        picked = sorted({*picked, *runs, *glued_tails(text, runs), *inside}, key=regex.Match.start)
    for word in picked:
        first = word.group().lower()
        start = word.start()
        if start < last_end:
            continue
        following = next_characters.get(first)
        if following is not None and next_character(text, word.end()) not in following:
            continue  # 'the quick': no alias goes on from 'the' with a 'q' ('the role', 'the team', ...)
        for part in parts:
            match = part.match(text, start)
            if match is not None:
                last_end = match.end()
                yield match
                break


# A word or two in brackets beside a heading that say which requirements it lists: 'QUALIFICATIONS (ESSENTIAL)',
# 'ADDITIONAL (DESIRABLE) QUALIFICATIONS', 'Skills (preferred)'.
BRACKET_AFTER = regexes.compile(r"[ \t]*+\((?P<words>\p{L}++(?:[ \t]\p{L}++)?)\)")
BRACKET_BEFORE = regexes.compile(
    r"(?r)(?:(?<![\p{L}\d])\p{Lu}++[ \t]++){0,2}\((?P<words>\p{L}++(?:[ \t]\p{L}++)?)\)[ \t]*+"
)  # (and the words in capitals before it)
QUALIFIED_KINDS = (SectionKind.QUALIFICATIONS, SectionKind.MINIMUM)


def qualifier_beside(text: str, start: int, end: int, rules: Rules) -> tuple[SectionKind, tuple[int, int]] | None:
    """Where brackets beside a requirements heading name which (a keyword of the minimum or the pluses), that
    kind and the heading's span with them; else None."""
    if rules.heading_kind(text[start:end]) not in QUALIFIED_KINDS:
        return None
    for bracket, span in (
        (BRACKET_AFTER.match(text, end), lambda m: (start, m.end())),
        (BRACKET_BEFORE.match(text, max(0, start - 40), start), lambda m: (m.start(), end)),
    ):
        if bracket is None:
            continue
        words = bracket.group("words")
        kind = keyword_kind(words, words.split(), True, rules)
        if kind in (SectionKind.MINIMUM, SectionKind.PREFERRED):
            return kind, span(bracket)
    return None


def dump_heading_spans(text: str, *, rules: Rules) -> list[tuple[int, int]]:
    """Where a dump's headings stand (start, end of the heading's words), as find_headings reads it: for
    normalise, to start a line at a heading run into the end of the item before its list ('... and
    numeracy It would also be good if you have · An Elementary ...')."""
    return [(heading.start, heading.start + len(heading.text)) for heading in find_headings(text, rules, dump=True)]


MAX_ALIAS_WORDS_BEFORE = 4


def alias_ends_at(text: str, position: int, *, rules: Rules) -> bool:
    """An alias of a heading is the last one to four words of the line before the position ('... Full-timeJob
    Description' before 'Source and screen ...')."""
    line_start = text.rfind("\n", max(0, position - 60), position) + 1
    words = text[max(line_start, position - 60) : position].split()
    return any(
        rules.heading_kind(" ".join(words[-count:])) is not None
        for count in range(1, min(len(words), MAX_ALIAS_WORDS_BEFORE) + 1)
    )


def heading_ending(text: str, start: int, end: int, *, rules: Rules) -> int | None:
    """The start of the shortest run of last words of text[start:end] that holds a strong keyword and opens
    on a capital ('... National Police Check Highly regarded • ...'), or None."""
    words = list(TAIL_WORD.finditer(text, start, end))
    for count in range(1, min(len(words), MAX_WORDS_AFTER_TAIL_KEYWORD) + 1):
        if strong_keyword(text[words[-count].start() : end], rules):
            # (the keyword among its first words: not '... European regulatory environment is preferred')
            for extent in range(count, min(len(words), count + MAX_WORDS_BEFORE_TAIL_KEYWORD) + 1):
                if words[-extent].group()[0].isupper():
                    return words[-extent].start()
            return None
    return None


TAIL_WORD = regexes.compile(r"[^\s]++")
MAX_WORDS_AFTER_TAIL_KEYWORD = 4  # ('Bonus points if you have'; not '... SBP requirements and track gaps to closure')
MAX_WORDS_BEFORE_TAIL_KEYWORD = 2


OPEN_BRACKETS = "【[（(「〔＜〈"
CLOSE_BRACKETS = "】]）)」〕＞〉"
BRACKET_REACH = 40


def in_brackets(text: str, position: int) -> bool:
    """A bracket opens before the position, within BRACKET_REACH characters, and does not close before it."""
    before = text[max(0, position - BRACKET_REACH) : position]
    opened = max(before.rfind(mark) for mark in OPEN_BRACKETS)
    return opened != -1 and opened > max(before.rfind(mark) for mark in CLOSE_BRACKETS)


MAX_GLUED_TAIL = 12  # letters of a run's end tried as a heading glued to the word before it
LETTERS = regexes.compile(r"\p{L}++")


def glued_tails(text: str, runs: list[regex.Match[str]]) -> Iterator[regex.Match[str]]:
    """The ends of runs of a script without case that a bullet follows, each tried as an alias that a scrape
    glued to the word before it ('... 점검 대응자격요건- 산업안전기사 ...': '자격요건')."""
    for run in runs:
        if not CASELESS_BULLET_AFTER.match(text, run.end()):
            continue
        for start in range(max(run.start() + 1, run.end() - MAX_GLUED_TAIL), run.end() - 1):
            tail = LETTERS.match(text, start, run.end())
            if tail is not None:
                yield tail


def caseless_run(word: str) -> bool:
    return word[0].isalpha() and not word[0].isupper() and not word[0].islower()


def next_character(text: str, end: int) -> str:
    """The character at `end`, or a space and the character after the run of spaces and tabs there (as
    rules.alias_next_characters writes them); '' at the end of the text."""
    if text[end : end + 1] not in (" ", "\t"):
        return text[end : end + 1]
    position = end + 1
    while text[position : position + 1] in (" ", "\t"):
        position += 1
    return " " + text[position : position + 1]


def find_headings(text: str, rules: Rules, *, dump: bool = False) -> list[Heading]:
    """Every heading in the text, in order, without overlaps; `dump` when the text was one paragraph."""
    headings: list[Heading] = []
    for match in alias_matches(text, rules):
        # (where the longer alias is no heading there, a shorter one at its start may be)
        accepted = match if accept_alias(text, match, rules) else shorter_alias(text, match, rules)
        if accepted is not None:
            match = accepted
            kind = rules.heading_kind(match.group())
            start, end = match.span()
            if text[start - 1 : start] in BRACKET_PAIRS and text[end : end + 1] == BRACKET_PAIRS[text[start - 1]]:
                start, end = start - 1, end + 1  # the brackets are the heading's: '【必須】・高校卒業以上'
            phrase = match.group()
            qualified = qualifier_beside(text, start, end, rules)
            if qualified is not None:  # 'QUALIFICATIONS (ESSENTIAL)', 'ADDITIONAL (DESIRABLE) QUALIFICATIONS'
                kind, (start, end) = qualified
                phrase = text[start:end]
            run_on = ALIAS_RUN_ON.match(text, end) if dump else None
            if run_on is not None:  # 'Who We Are Looking For✔ Degree ...': the alias's words run on to the list
                end, phrase = run_on.end(), text[start : run_on.end()]
                kind = rules.heading_kind(phrase) or keyword_kind(phrase, phrase.split(), True, rules) or kind
            body = body_start(text, end)
            headings.append(Heading(start, body, phrase, kind and kind.value, why="alias"))
        elif (lead_in := INCLUDES.match(text, match.end(), match.end() + 40)) and markup_to_line_edge(
            text, match.start(), LINE_START_MARKUP, -1
        ):
            # 'Duties include picking and packing ...' at a line start, not inside a paragraph ('The role
            # is new. Responsibilities will include designing ...' is a summary)
            kind = rules.heading_kind(match.group())
            body = body_start(text, lead_in.end())
            headings.append(Heading(match.start(), body, match.group(), kind and kind.value, why="includes"))
        elif dump and (tail := glued_tail(text, match, rules)) is not None:
            phrase = text[match.start() : tail]  # "What You'll Do on SiteRun the daily crew plan ..."
            kind = strongly_named_kind(phrase, rules) or rules.heading_kind(match.group())
            headings.append(Heading(match.start(), tail, phrase, kind and kind.value, why="alias"))
        elif (start := capitalised_lead(text, match, rules, dump)) is not None:
            phrase = text[start : match.end()]  # 'Position Responsibilities', 'Basic Qualifications'
            words = phrase.split()
            kind = (
                rules.heading_kind(phrase)
                or keyword_kind(phrase, words, True, rules)
                or rules.heading_kind(match.group())
            )
            headings.append(Heading(start, body_start(text, match.end()), phrase, kind and kind.value, why="lead"))
    # The alias headings are in order and apart, so only the last one starting at or before an 'About'
    # can hold it (a bisect, not a scan of all: 50,000 'About's were quadratic); so for company headings.
    alias_starts, alias_count = [h.start for h in headings], len(headings)
    for start in (m.start() for m in ABOUT.finditer(text)):
        heading = company_heading(text, rules, start)
        before = bisect.bisect_right(alias_starts, start) - 1
        if heading is None or (before >= 0 and start < headings[before].end):
            continue
        if len(headings) == alias_count or start >= headings[-1].end:
            headings.append(heading)
    if dump:
        headings.extend(dump_questions(text, rules))
        headings.extend(glued_bullet_headings(text, rules))
        headings.extend(icon_led_headings(text, rules))
        headings.extend(dash_run_headings(text, rules))
        headings.extend(dump_framed_phrases(text, rules))
        headings.extend(dump_framed_run_ins(text, rules))
        headings.extend(glued_keyword_phrases(text, rules))
        headings.extend(dump_keyword_phrases(text, rules))
        if "👇" in text or "⬇" in text:
            headings.extend(pointed_headings(text, rules))
        headings.extend(dump_capitals_run_ins(text, rules))
        headings.extend(dump_capitals_phrases(text, rules))
        headings.extend(line_end_headings(text, rules))
        headings.extend(sentence_end_headings(text, rules))
        headings.extend(marked_headings(text, rules))
    lowered = text.lower()
    words = set(lowered.split())
    for start in section_ender_starts(text, rules, lowered, words):
        headings.append(Heading(start, start, "", "boilerplate", why="ender"))
    # (a post's counts are looked for only where one of their words is written: most postings have none)
    counted = any(word in lowered for word in rules.engagement_words)
    ended = post_end(text, rules) if counted else None
    if ended is not None:  # the post's comments and replies, and the page below: no part of the posting
        headings.append(Heading(ended, ended, "", "boilerplate", why="post end"))
    if "," in text or "--" in text:
        headings.extend(Heading(start, start, "", "boilerplate", why="signature") for start in signature_starts(text))
    if RULE_RUN.search(text):  # (one scan, and the pattern's look-behind is not tried at every character)
        for rule in RULE_LINE.finditer(text):
            headings.append(Heading(rule.start(), rule.start(), "", "boilerplate", why="rule"))
    position = 0
    for line in text.split("\n"):
        line_start, position = position, position + len(line) + 1
        heading = line_heading(text, line_start, line_start + len(line), rules, dump)
        labelled = heading is None
        if heading is None:
            heading = label_line(text, line_start, line_start + len(line), rules)
        if heading is not None:
            headings.append(heading)
            if dump and labelled:  # a dump's line goes on past the label that opens it: its run-ins too
                headings.extend(
                    h for h in run_in_headings(text, line_start, line_start + len(line), rules, dump)
                    if h.start >= heading.end
                )
        else:
            headings.extend(run_in_headings(text, line_start, line_start + len(line), rules, dump))
    # a markdown heading keeps its depth; a question yields to an alias where both start ('OverviewIs ...?')
    headings.sort(key=lambda h: (h.start, h.why == "question", -h.end, -h.level))
    # a line that no keyword names, starting a section-ending sentence, is that boilerplate's first line
    # ('Similar Jobs' in Title Case under a board's perks), not a sub-heading of the section above it
    enders = {h.start for h in headings if h.why == "ender"}
    kept: list[Heading] = []
    for heading in headings:
        if heading.kind_name is None and heading.start in enders and heading.why != "ender":
            continue
        if ended is not None and heading.start > ended:
            break  # (below the end of a post copied with its reactions)
        short = heading.end - heading.start <= MAX_MENU_LINK
        top = menu_column(text, heading, rules) if heading.kind_name in MENU_KINDS and short else None
        if top is not None:
            # 'Job search' / 'Profile' / 'Career advice': a board's menu link. Above the posting it is the page's
            # header (where the title is looked for); below a list, a footer that ends the list
            if not any(h.kind_name not in (None, "boilerplate") for h in kept):
                continue
            if kept and top < kept[-1].end:
                top = heading.start
            heading = Heading(top, heading.end, heading.text, "boilerplate", why="menu")
        if kept and heading.start < kept[-1].end:
            continue
        if kept and tag_under_heading(text, kept[-1], heading, rules):
            continue  # '応募資格' / '【学歴不問／業界・職種未経験歓迎】': the list's note, not a heading of its own
        if kept and heading.start == kept[-1].start:
            continue
        joined = joined_aliases(text, kept[-1], heading, rules) if kept else None
        if joined is not None:
            kept[-1] = joined
            continue
        kept.append(heading)
    return kept


MAX_WORDS_BETWEEN = 2
LIST_KINDS = (SectionKind.RESPONSIBILITIES, SectionKind.MINIMUM, SectionKind.PREFERRED, SectionKind.BENEFITS)
JOINED_KINDS = frozenset(kind.value for kind in (*LIST_KINDS, SectionKind.QUALIFICATIONS))


def tag_under_heading(text: str, above: Heading, heading: Heading, rules: Rules) -> bool:
    """A line in tag brackets ('【...】') right under a heading of a list, that only a keyword names."""
    if heading.why != "line" or above.kind_name not in JOINED_KINDS or text[above.end : heading.start].strip(" \t\n【"):
        return False
    return text[heading.start - 1 : heading.start] == "【" and rules.heading_kind(heading.text) is None


def joined_aliases(text: str, first: Heading, second: Heading, rules: Rules) -> Heading | None:
    """Two aliases in one capitalised run, a capitalised word or two between them and nothing else: one heading,
    named by a strong keyword in it, else by the first ('... strongly preferredA Plus If You HaveCarlisle, GAF ...':
    'Plus If You Have', the pluses; not 'Plus' and then 'You Have', the requirements)."""
    if first.why != "alias" or second.why != "alias" or not {first.kind_name, second.kind_name} <= JOINED_KINDS:
        return None  # (lists only: not a board's labels, 'Seniority level Internship Employment type Full-time')
    between = text[first.start + len(first.text) : second.start]
    words = between.split()
    if not between.startswith(" ") or len(words) > MAX_WORDS_BETWEEN or not all(w[:1].isupper() for w in words):
        return None
    if not all(w.isalpha() for w in words):
        return None
    phrase = text[first.start : second.start + len(second.text)]
    kind = strongly_named_kind(phrase, rules)  # else the first alias leads: 'Plus' ('If You Have' qualifies it)
    return Heading(first.start, second.end, phrase, kind.value if kind else first.kind_name, why="alias")


MENU_KINDS = frozenset({"minimum_qualifications", "qualifications", "responsibilities", "benefits", "role", "company"})
MAX_MENU_LINK = 20  # characters of a heading that may be a menu's link ('Profile', 'Benefits')
MENU_REACH = 3  # lines above and below read for a menu's other links
MAX_MENU_LINK_WORDS = 4


def menu_column(text: str, heading: Heading, rules: Rules) -> int | None:
    """Where the column holding a menu's link begins, when the heading is one: a short heading on its own
    line among short lines (no blank line between, MENU_REACH up and down), one of them a board's link
    (page chrome: 'Sign in', 'Career advice'); None when it is no such link."""
    line_start = text.rfind("\n", 0, heading.start) + 1
    line_end = text.find("\n", heading.start)
    line_end = len(text) if line_end == -1 else line_end
    if text[line_start:line_end].strip(" \t*_#:") != heading.text:
        return None
    top = line_start
    for _ in range(MENU_REACH):  # upwards, to the first blank line
        if top == 0:
            break
        above = text.rfind("\n", 0, top - 1) + 1
        if not text[above : top - 1].strip():
            break
        top = above
    nearby = [line.strip() for line in text[top:line_start].split("\n")[:-1]]
    parted = 0  # lines below that a row's wide gaps parted from it ('About Snagajob   Careers   Help Center')
    for line in text[line_end + 1 : line_end + 400].split("\n")[:MENU_REACH]:  # downwards, the same
        if not line.strip():
            break
        nearby.append(line.strip())
        parted += line.startswith("  ") and not LINE_BULLET.match(line)
    if len(nearby) < 2 or any(len(line.split()) > MAX_MENU_LINK_WORDS or line[-1:] in ".:!?" for line in nearby):
        return None
    return top if parted == MENU_REACH or any(is_chrome(line, rules) for line in nearby) else None


# A horizontal rule after a blank line ('____', '-----', '====', '* * *'): what follows, up to the next
# heading, is no part of the list above it (an e-mail's signature, a page's footer). Not a setext heading's
# underline, which stands right under its text.
RULE_RUN = re.compile(r"---|___|===|\*\*\*|~~~|- -|_ _|= =|\* \*|~ ~")  # one is in every rule
RULE_LINE = regexes.compile(r"(?m)(?<=\n[ \t]*+\n)[ \t]*+([-_=*~])(?:[ \t]*+\1){3,}[ \t]*+$")


# An e-mail's signature: its delimiter alone on a line ('-- '), or a closing line of up to four words ending in a
# comma ('Thanks,', 'Kind regards,', 'Mit freundlichen Grüßen,') over a name of one to three words alone on its line.
SIGNATURE = regexes.compile(
    r"(?m)^--[ ]?$|^[ \t]*+\p{Lu}[\p{L}'’]*+(?:[ ][\p{L}'’]++){0,3},[ \t]*+\n"
    r"(?=[ \t]*+\p{Lu}[\p{L}'’.-]*+(?:[ ]\p{Lu}[\p{L}'’.-]*+){0,2}[ \t]*+(?:\n|$))"
)


def signature_starts(text: str) -> Iterator[int]:
    """Where an e-mail's signature starts, in the text's second half (a place over its region, 'Athlone,' /
    'Westmeath', heads a page): the rest is the sender's, not the job's (a recruiter's title, phone numbers, a
    confidentiality notice)."""
    for match in SIGNATURE.finditer(text, len(text) // 2):
        yield match.start()


def after_colon_line(text: str, start: int) -> bool:
    """The line right above (no blank line between) ends with a colon."""
    above = text.rfind("\n", 0, max(0, start - 1))
    return start > 0 and text[above + 1 : start - 1].rstrip().endswith((":", "："))


def set_apart(text: str, start: int, end: int) -> bool:
    """A blank line above the line and its text right below: how plain text sets a heading over its lines
    ('\nKnowledge and skills\nEssential: ...'), where a list's items follow one another."""
    above = text.rfind("\n", 0, max(0, start - 1))
    blank_above = start > 0 and not text[above + 1 : start - 1].strip()
    below_end = text.find("\n", end + 1, end + NEARBY)
    below = text[end + 1 : below_end if below_end != -1 else end + NEARBY]
    return blank_above and bool(below.strip())


def next_line_is_bullet(text: str, end: int) -> bool:
    """The next line with text is a bullet: a short line over a list frames it as a heading."""
    match = NEXT_BULLET.match(text, end, end + NEARBY)  # an end position: without one `regex` costs O(len)
    return match is not None


NEXT_BULLET = regexes.compile(
    rf"(?:[ \t]*\n)+[ \t]*(?:[{BULLET_MARKS}]|\d{{1,2}}[.)]|\(?(?:{SMALL_ROMAN}|[a-h])[.)][ \t])[ \t]*\S"
)
NEXT_ICON = regexes.compile(r"\n[ \t]*+(?![©®™°])\p{So}\uFE0F?[ \t]*+\p{L}")  # '🏠 Housing allowance ...' below
PLAIN_HEADING_WORDS = 8  # longer lines are headings only when framed by a colon, a '?' or a list below
MIN_DUTY_LINE_WORDS = 4


BRACKETED = regexes.compile(r"\([^()\n]*\)")


def keyword_kind(line: str, words: list[str], framed: bool, rules: Rules) -> SectionKind | None:
    """A heading's kind from the keywords anywhere in it, the most specific winning: a preferred cue
    qualifies a requirement heading ('Desired Skills'), not another kind ('Desired Outcomes and
    Responsibilities'); otherwise the longest keyword names the kind ('Your Team & Responsibilities')."""
    order = [kind for _, kind, _ in rules.heading_keywords]
    head, of, content = line.partition(" of ") if " of " in line else line.partition(" OF ")
    if of and head.strip() and content.strip():
        # 'Schedule of duties', 'Summary of benefits': the words after 'of' name what the list holds
        kind = keyword_kind(content, content.split(), framed, rules)
        if kind in LIST_KINDS:
            return kind
        # 'Main duties of the position', 'Requirements of the role': the words before 'of' name the list
        head_kind = keyword_kind(head, head.split(), framed, rules)
        if head_kind in LIST_KINDS:
            return head_kind
    strongly: set[SectionKind] = set()
    found = keyword_lengths(line, words, framed, rules, strongly)
    plain = rules.heading_filler_regex.sub("", line)
    if plain != line:  # 'You will also need:', 'Who we think you are': a keyword with a filler inside
        for kind, length in keyword_lengths(plain, plain.split(), framed, rules, strongly).items():
            found[kind] = max(found.get(kind, 0), length)
    negated = negated_requirement(line, rules)
    if negated:  # 'Good to know, but not a must': what is not required is a plus
        found[SectionKind.PREFERRED] = max(found.get(SectionKind.PREFERRED, 0), negated)
        strongly.add(SectionKind.PREFERRED)
    if SectionKind.PREFERRED in found:
        others = set(found) - {SectionKind.PREFERRED, SectionKind.MINIMUM, SectionKind.QUALIFICATIONS}
        # (a strong cue over another kind's weak word alone: "You'll stand out if", not 'You'll' of the duties)
        # (or a longer strong cue that holds another kind's word: 'What else would strengthen an application?')
        longest = SectionKind.PREFERRED in strongly and found[SectionKind.PREFERRED] > max(
            (found[kind] for kind in others), default=0
        )
        if not others or (SectionKind.PREFERRED in strongly and not others & strongly) or longest:
            return SectionKind.PREFERRED
        del found[SectionKind.PREFERRED]
    if SectionKind.MINIMUM in found and SectionKind.QUALIFICATIONS in found:
        del found[SectionKind.QUALIFICATIONS]  # 'Required Experience': the modifier is the more specific
    if not found:
        return None
    return max(found, key=lambda kind: (found[kind], -order.index(kind)))


def negated_requirement(line: str, rules: Rules) -> int:
    """The length of a negation and the requirement keyword right after it ('not a must', 'no must'), or 0."""
    for negation in rules.negation_regex.finditer(line):
        if line[negation.end() : negation.end() + 1] != " ":
            continue
        for _, kind, pattern in rules.heading_keywords:
            keyword = pattern.match(line, negation.end() + 1) if kind is SectionKind.MINIMUM else None
            if keyword is not None:
                return keyword.end() - negation.start()
    return 0


def keyword_lengths(
    line: str, words: list[str], framed: bool, rules: Rules, strongly: set[SectionKind] | None = None
) -> dict[SectionKind, int]:
    """The length of the longest keyword of each kind found in the line (in a framed or short line
    anywhere, else only as the whole line); the kinds a strong keyword named are added to `strongly`."""
    stripped = line.rstrip(":：? \t")
    found: dict[SectionKind, int] = {}
    for strong, kind, pattern in rules.heading_keywords:
        if framed or (strong and len(words) <= MAX_STRONG_HEADING_WORDS):
            lengths = [len(m.group()) for m in pattern.finditer(line)]
        else:
            whole = pattern.fullmatch(stripped)
            lengths = [len(whole.group())] if whole else []
        if lengths:
            found[kind] = max(found.get(kind, 0), *lengths)
            if strong and strongly is not None:
                strongly.add(kind)
    return found


MAX_LEAD_IN_WORDS = 30


def led_by_keyword(line: str, rules: Rules, strong: bool = False) -> bool:
    """The line opens with a keyword (`strong`: a strong one): 'Useful, but we'll train the right person',
    'Skills & experience we need' (where an item says it last: 'Experience with Xero would be an advantage',
    'Basic Microsoft Office skills')."""
    if GLUED.search(line):
        return False  # a heading glued to its first item: 'Preferred Skills and ExperienceExcellent ...'
    return any((is_strong or not strong) and pattern.match(line) for is_strong, _, pattern in rules.heading_keywords)


def lead_in_kind(line: str, rules: Rules) -> SectionKind | None:
    """A long line ending in a colon opens a list when a strong keyword ends it: 'Working on a 24/7
    roster, your role will consist of the following key responsibilities:'."""
    for strong, kind, pattern in rules.heading_keywords:
        if strong and kind is not SectionKind.BOILERPLATE and any(m.end() == len(line) for m in pattern.finditer(line)):
            return kind  # the keyword ends the line: not '... in addition to other duties as assigned:'
    return None


# LINE_TEXT's text holds the line's first letter and last letter or digit (nothing before or after the
# text can be one) and is at most 201 characters long: a line whose letters spread wider cannot match.
LINE_TEXT_REACH = 201
FIRST_LETTER = regexes.compile(r"\p{L}")
LAST_ALNUM = regexes.compile(r"(?r)[\p{L}\p{N}]")


def within_reach(text: str, start: int, end: int) -> bool:
    """Could LINE_TEXT match text[start:end]: its first letter and last letter or digit close enough?"""
    first = FIRST_LETTER.search(text, start, end)
    if first is None:
        return False
    last = LAST_ALNUM.search(text, start, end)
    return last.start() - first.start() < LINE_TEXT_REACH


def beside_a_question(text: str, start: int, end: int) -> bool:
    """The line right before or after this one is a question too, or an answer: a form's questions (a question on its
    own, blank lines around it, may head what follows: 'Are you an apprentice ...?' / '' / 'What will you be
    doing?')."""
    before = text[max(0, start - LINE_TEXT_REACH) : start].rstrip(" \t")
    before = before[:-1].rstrip(" \t") if before.endswith("\n") else ""
    before = before[before.rfind("\n") + 1 :]
    after = text[end : end + LINE_TEXT_REACH].lstrip(" \t")
    after = after[1:].split("\n", 1)[0].strip() if after.startswith("\n") else ""
    # (or a form's answers follow it: 'Do you have a high school diploma?' / 'Yes' / 'No'; or its number
    # stands above it: '02' / 'How many years of experience do you have?')
    return (
        before.endswith(("?", "？"))
        or after.endswith(("?", "？"))
        or after.strip(" .").casefold() in ANSWERS
        or QUESTION_NUMBER.fullmatch(before.strip()) is not None
    )


QUESTION_NUMBER = regexes.compile(r"(?i:q)?\d{1,3}[.)]?")


def emphasised(match: regex.Match[str]) -> bool:
    """A LINE_TEXT line wrapped whole in bold or emphasis ('**...**', '*...*', a chat's bold)."""
    return bool(match.group("bold")) and match.group("bold")[:1] == (match.group("closed") or " ")[:1]


def marks_a_list(text: str, start: int, end: int) -> bool:
    """The line opens with a bullet's mark or a symbol (an icon to LINE_TEXT: '○', '●', '➕') and so does the
    next line or the one before (the list's last item: '➕ Basic knowledge of herd selection')."""
    mark = text[start:end].lstrip(" \t")[:1]
    if not mark or mark.isascii() or (mark not in BULLET_MARKS and not unicodedata.category(mark).startswith("S")):
        return False
    following_end = text.find("\n", end + 1)
    following = text[end + 1 : following_end if following_end != -1 else len(text)]
    previous = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)] if start > 0 else ""
    return following.lstrip(" \t")[:1] == mark or previous.lstrip(" \t")[:1] == mark


PATH_SEPARATOR = regexes.compile(r"[ \t][>›»/][ \t]")  # between a breadcrumb's steps


def line_heading(text: str, start: int, end: int, rules: Rules, dump: bool = False) -> Heading | None:
    """A whole short line that reads as a heading: an alias, a line with a section keyword, or a
    Title Case / UPPER CASE line that no rule names (kind None)."""
    if end - start > LINE_TEXT_REACH and not within_reach(text, start, end):
        return None  # a paragraph: LINE_TEXT cannot match it, and trying costs 200 steps of its lazy text
    closes = end == start or CLOSING_CHARACTER.match(text, end - 1, end) is not None
    match = (LINE_TEXT if closes else LINE_TEXT_TO_END).match(text, start, end)
    if match is None or (match.start() == 0 and not match.group("open")):
        return None  # not a heading-shaped line, or the posting's first line (its title)
    line = match.group("text")
    if marks_a_list(text, start, end):
        return None  # a mark bulleting this line and the next ('○ 간호사 면허 소지자' / '○ ...'): an item
    if line.endswith(("...", "…")):
        line = line.rstrip(".…").rstrip() + ":"  # trailing off into its list: 'You might be a fit if...'
    colon = line.endswith((":", "："))
    question = line.endswith(("?", "？"))
    level = len(match.group("level").strip()) if match.group("level") else 0
    if level and ":" in line.rstrip(":："):
        if any(character.isdigit() for character in line[line.index(":") :]):
            return None  # '### Compensation Range: $90K - $110K' is a labelled value
        line = line[: line.index(":")]  # '## Our Foundation: saving lives' is a heading up to its colon
    words = line.rstrip(":：").split()
    if colon and MAX_HEADING_WORDS < len(words) <= MAX_LEAD_IN_WORDS:
        kind = lead_in_kind(line.rstrip(":： \t"), rules)  # '... the following key responsibilities:'
        if kind is None:
            return None
        begin, finish = match.span("text")
        return Heading(begin, body_start(text, finish), line.rstrip(":： \t"), kind.value, level=level, why="lead-in")
    # a short line closed by a full stop is a heading only where its words name a kind ("What's on offer.")
    stopped = line.endswith(".") and not line.endswith("..") and len(words) <= MAX_STOPPED_HEADING_WORDS
    if stopped:
        line = line[:-1]
    if len(words) > MAX_HEADING_WORDS or ":" in line.rstrip(":：") or line.endswith((".", ",", ";", "!", "。")):
        return None
    listed = next_line_is_bullet(text, end)
    # (a long markdown heading that no keyword names is framed by its marks: '### ANNOUNCER / PRODUCER WANTED – SIO
    # MAI RADIO 88.4 FM'; not a page's box, '## What you need to know about the Boston Tech Scene')
    long_marked = len(words) > PLAIN_HEADING_WORDS and not (colon or question or listed)
    if long_marked and not level:
        return None
    if question and not level and beside_a_question(text, start, end):
        return None  # one of a screening form's questions ('Do you have current AHPRA registration?'), not a heading
    if company_heading(text, rules, match.start("text")) is not None:
        return None  # 'About Acme': found with its company name by the About pass
    requirement = rules.prose_cue(SectionKind.MINIMUM)
    if requirement is not None and line.isupper() and not colon and len(words) >= 4 and requirement.match(line):
        return None  # a requirement stated in capitals: 'MUST BE ABLE TO PASS POLICE CHECK'
    begin, finish = match.span("text")
    if heading_key(line.rstrip(":：")) in NEGATED_QUALIFIERS:
        return None  # a facts table's value ('Security clearance' / 'Not Required'), not a list's heading
    kind = rules.heading_kind(line)
    aliased = kind is not None
    if long_marked and (aliased or keyword_kind(line, words, True, rules) is not None):
        return None
    if kind is None and heading_key(line) in rules.label_fields:
        kind = SectionKind.LOGISTICS  # "Job Type" over its value on the next line
    if kind is None and level and is_chrome(line, rules) and not prose_below(text, end):
        # a page's button as a markdown heading ends the section above it: '## Share this job' over its links
        # (not a heading over a paragraph: '### Terms' over 'This is a full-time post ... will receive ...')
        return Heading(begin, body_start(text, finish), line.rstrip(":：? \t"), "boilerplate", level=level, why="line")
    over_prose = bool(level) and prose_below(text, end)  # (a markdown heading over a paragraph is no button)
    if kind is None and (
        (is_chrome(line, rules) and not over_prose)
        or (any(c.isdigit() for c in line) and level < 2)  # (a markdown section heading's: '## Aplikuj w 3 krokach')
        or rules.employment_regex.fullmatch(line.rstrip(":："))
    ):
        return None  # 'Apply Now', 'Posted 3 Days Ago', 'Band 5', 'R-0048213', 'Full-time': not headings
    if kind is None and (len(PATH_SEPARATOR.findall(line)) >= 2 or CITY_AND_REGION_CODE.fullmatch(line)):
        return None  # a site's path ('Home > Jobs > Insurance > London, ON') or a place ('London, ON'): the header's
    if kind is None:
        long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
        title_case = bool(long_words) and all(w[0].isupper() for w in long_words)
        framed = (
            colon or question or title_case or line.isupper() or framing_word(words[0], rules)
            or led_by_keyword(line, rules, strong=True)
            or bool(match.group("open")) or (listed and len(words) >= 2) or level > 0 or emphasised(match)
            or set_apart(text, start, end) or glued_piece(text, start, end, words, dump)
        )
        # a keyword in brackets qualifies an item: 'Food handling and kitchen experience (desirable)'
        kind = keyword_kind(BRACKETED.sub("", line), words, framed, rules)
        if kind is not None and len(words) >= MIN_DUTY_LINE_WORDS and is_duty_verb(words[0], rules, gerund=False):
            return None  # a duty, whatever keyword it holds: 'Manage the milking team of six staff'
        if kind is None and level and BRACKETED.search(line):
            kind = keyword_kind(line, words, framed, rules)  # but a markdown heading's own: '## Bonus (not required)'
        framed_by_word = framing_word(words[0], rules) and words[0] not in ARTICLES
        if stopped and (kind is None or not (framed_by_word or title_case)):
            return None  # 'A bonus and a pension.' is a sentence
        if kind is None and after_colon_line(text, start):
            return None  # led to by a colon: '1 vacancy in the following location:' / 'St. Louis, MO'
        # 'Your toolkit' over a list; in a dump, where a line was a piece between glued items, any ('Jouw bagage')
        over_list = (listed or dump) and framed_by_word and len(words) <= MAX_STOPPED_HEADING_WORDS
        # ... or any short line set apart over a list ('On top of the salary' over '🏠 Housing allowance ...')
        over_list = over_list or (
            (listed or NEXT_ICON.match(text, end, end + NEARBY) is not None)
            and not stopped
            and len(words) <= MAX_STOPPED_HEADING_WORDS
            and set_apart(text, start, end)
            and not is_icon(text[start : start + 1])
        )
        # in a dump, a short line over a list (its bullets were spaced in the one line: 'On the line * Run the
        # pass ...'): a heading of no kind, which its lines' votes name
        over_list = over_list or (dump and listed and not stopped and len(words) <= MAX_STOPPED_HEADING_WORDS)
        # in a dump, a short piece with a weak keyword: a heading of no kind, which its lines' votes may name
        # ('Skills & experience we need' over 'At least 2 years' ...'), or one of the list's own lines
        named = dump and not stopped and len(words) <= MAX_STOPPED_HEADING_WORDS and led_by_keyword(line, rules)
        # a line its colon closes, set apart over a list of bullets: a heading its items name ('The client wants
        # someone who can say they:' / '* have at least two years' experience ...'), not a lead-in under one
        lead_over_list = colon and listed and set_apart(text, start, end)
        if kind is None and not (
            title_case or line.isupper() or question or match.group("open") or level or over_list or named
            or emphasised(match) or lead_over_list
        ):
            return None  # (a markdown heading is one whatever its case: '## 保守を担当するサービス')
    if kind is SectionKind.PREFERRED and not (colon or question or level or line.isupper() or emphasised(match)):
        if SOFT_ASK_TAIL.search(line) and not aliased:
            return None  # a requirement that asks softly at its end: 'Bilingual English/Spanish a plus' is an item
    heading_text = line.rstrip(":：? \t")
    return Heading(begin, body_start(text, finish), heading_text, kind and kind.value, level=level, why="line")


MIN_PROSE_BELOW_WORDS = 12


def prose_below(text: str, end: int) -> bool:
    """The next line that holds text is a paragraph: MIN_PROSE_BELOW_WORDS words or more."""
    following = text[end : end + NEARBY * 4].lstrip("\n \t").split("\n", 1)[0]
    return len(following.split()) >= MIN_PROSE_BELOW_WORDS


def glued_piece(text: str, start: int, end: int, words: list[str], dump: bool) -> bool:
    """In a dump, a short line between a sentence's end and the glue that parted it from a capitalised line: a
    phrase that heads what follows ('... when it is necessary.' / 'To be considered you need' / 'Five GCSEs ...')."""
    return (
        dump
        and 2 <= len(words) <= PLAIN_HEADING_WORDS
        and start >= 2
        and text[start - 2 : start - 1] in (".", "!", "?")
        and text[end - 1 : end].isalpha()
        and text[end + 1 : end + 2].isupper()
    )


# A line's end that makes what comes before it a soft requirement ('Bilingual English/Spanish a plus', 'Forklift
# experience preferred', 'CPR certification is an advantage'), after two words or more.
SOFT_ASK_TAIL = regexes.compile(
    r"(?i)\S[ \t]+\S+[ \t]+(?:(?:is|are|would be|will be)[ \t]+)?"
    r"(?:a[ \t]+(?:big[ \t]+|huge[ \t]+|definite[ \t]+)?plus|an?[ \t]+(?:advantage|asset|bonus)|preferred"
    r"|advantageous|beneficial)[ \t]*[.!]?$"
)


# A heading run into its text: a capitalised phrase at a line or sentence start, closed by a colon
# ('Required Experience and Skills:- 5 years', 'SKILLS, TRAINING AND EXPERIENCE NEEDED: ...') or glued to
# the next capitalised word ('Preferred Skills and ExperienceExcellent communication ...').
RUN_IN = regexes.compile(
    r"""(?x)
    [ \t>#*_]*+
    (?P<text>
      (?:\p{Lu}{2,}+(?![\p{Ll}])|\p{Lu}(?:\p{Ll}|['’/&-])*+)          # a capitalised or upper-case word
      (?:,?[ \t]++(?:\p{Lu}{2,}+(?![\p{Ll}])|\p{Lu}(?:\p{Ll}|['’/&-])*+
        |&|and|or|of|to|for|the|in|with|a|an|you|we|our|your)){0,8}         # or a small joining word
    )
    (?:[ \t]*+[:：](?:[ \t]*+[-–•*])?[ \t]*+(?=\S)    # closed by a colon, perhaps glued to a bullet
      |(?<=\p{Ll})(?=\p{Lu}\p{Ll})                   # or glued to the next word
      |(?<=\p{Ll})(?=[•▪][ \t]*+\p{Lu}))              # or to its first inline bullet ('Experience• A Diploma')
    """
)
# A sentence-case run-in closed by a colon: 'Why you'll love it here: staff meals, tips ...'.
SENTENCE_RUN_IN = regexes.compile(
    r"[ \t>#*_]*+(?P<text>\p{Lu}[\p{L}'’]*+(?:,?[ \t]++[\p{L}'’/&-]++(?:\(\p{Ll}{1,3}\))?+){1,8}?)"
    r"[ \t]*+[:：][ \t]*+(?=\S)"
)
GLUED_RUN_IN_BULLETS = "-–•*"
MIN_RUN_IN_PROSE_WORDS = 6  # words after a paragraph's opening run-in: its list, not a label's value
# A question opening a line, with text after it on the line: 'O que te oferecemos? Contrato sem termo ...'.
LINE_QUESTION = regexes.compile(r"[ \t>#*_]*+(?P<text>\p{Lu}[^?？\n.!:;]{2,80}?)[?？][ \t]++(?=\S)")
MAX_QUESTION_RUN_IN_WORDS = 8
ANSWER_SENTENCE = regexes.compile(r"[^.!?\n]*+")
MIN_LISTED_SEPARATORS = 2


def listed_after(text: str, start: int, end: int) -> bool:
    """The sentence from start lists things: two commas or semicolons in it ('Contrato sem termo, subsídio
    de alimentação, seguro de saúde ...'); not a call to apply ('Apply below with your CV by Friday.')."""
    sentence = ANSWER_SENTENCE.match(text, start, end)
    return sentence is not None and sum(map(sentence.group().count, ",;")) >= MIN_LISTED_SEPARATORS
# A short phrase opening a line, glued to the sum its list opens with: 'Rewards & benefits£13.10 per hour ...'.
GLUED_FIGURE = regexes.compile(
    r"[ \t>#*_]*+(?P<text>\p{Lu}\p{Ll}*+(?:[ \t]++[\p{L}&'’-]++){0,4}?)(?<=\p{Ll})(?=\p{Sc}\d)"
)
YOU_WORDS = frozenset(("You", "You'll", "You’ll"))
MAX_ADDRESSED_RUN_IN = 3


MAX_WHY_NAME = 4


def named_why(words: list[str], match: regex.Match[str], dump: bool) -> bool:
    """In a dump, 'Why' and a name, closed by a colon ('... Intune and Autopilot rollouts. Why Grandbridge:
    Salary range ...'): what the employer offers, as 'Why join us' says."""
    return dump and why_a_name(words) and colon_closed(match)


def why_a_name(words: list[str]) -> bool:
    """'Why' and a capitalised name of a few words: 'Why Grandbridge', 'Why Loxley & Vine'."""
    return bool(words) and words[0] == "Why" and 1 < len(words) <= MAX_WHY_NAME and words[1][:1].isupper()


def colon_closed(match: regex.Match[str]) -> bool:
    """A run-in match that a colon closes, not glue."""
    return ":" in match.group()[len(match.group("text")) :]


def addressed(words: list[str]) -> bool:
    """A short phrase addressed to the reader, which frames a run-in as a framing word does ('You need:')."""
    return words[0] in YOU_WORDS and len(words) <= MAX_ADDRESSED_RUN_IN


MAX_GLUED_SENTENCE_RUN_IN = 4
# In a dump, a capitalised phrase glued to the word before it and closed by a colon: where a run-in may start.
GLUED_COLON_RUN_IN = regexes.compile(
    r"(?<=\p{Ll})\p{Lu}\p{Ll}*+(?=(?:[ ][\p{L}'’&/-]++){0,7}[ \t]*+[:：])"
    # or after a space, closed by a colon set off by a space as French writes it: '... dans votre bloc Le profil que
    # nous cherchons :Ingénieur ...', '... un vrai plus Seraient un atout :une expérience ...'
    r"|(?<=\p{Ll}[ ])\p{Lu}\p{Ll}++(?=(?:[ ][\p{L}'’&/()-]++){0,7}[ ][:](?![ ]))"
    # or a sentence of three words or more after a word or a bracket and a space, its colon closing it: '... (April
    # to December) The following will count in the candidate's favour: Experience on ...'
    r"|(?<=[\p{Ll})][ ])\p{Lu}[\p{Ll}'’]++(?=(?:[ ][\p{Ll}][\p{L}'’&/-]*+){1,7}[:](?:[ ]|[✓✔•]))"  # (sentence case)
)
GLUED = regexes.compile(r"\p{Ll}\p{Lu}\p{Ll}")  # where RUN_IN's glued ending can be: 'ExperienceExcellent'
SEMICOLON_LIST_REACH = 300  # characters after a run-in's colon where its list's semicolons stand
# (an icon may stand between: '... crew of 5.👉 So what will you actually do?')
SENTENCE_STARTS = regexes.compile(r"(?<=[.!?])(?:[ \t]++|[ \t]*+\p{So}\uFE0F?[ \t]++)(?=\p{Lu})")
GLUED_QUESTION_START = regexes.compile(r"(?<=[.!?])(?=\p{Lu}\p{Ll})|(?<=[^\s¿])(?=¿)")
RUN_IN_STARTS = 20  # sentence starts tried per line: a heading run in deeper than that is not looked for
RUN_IN_REACH = 4000  # ... and within these characters of the line's start


# A heading in bold at a line's start with its text run on after it: '**Perks** — KiwiSaver ...', '*Benefits:* ...'.
BOLD_RUN_IN = regexes.compile(
    r"[ \t]*+(?P<mark>\*\*|__|[*_])(?P<text>\p{Lu}[^*_\n:：]{0,80}?)[ \t]*+[:：]?(?P=mark)[ \t]*+[:：—–-]?[ \t]*+(?=\S)"
)


def run_in_headings(text: str, start: int, end: int, rules: Rules, dump: bool = False) -> Iterator[Heading]:
    """Run-in headings at the line's start and after its sentence ends, when an alias or a strong
    keyword names them, or a weak one a phrase that a framing word opens ('Why you'll love it here:'),
    an upper-case one ('SKILLS AND EXPERIENCE NEEDED:') or one glued to a bullet; not 'Education: BSc',
    'Experience with Python: 3 years' or 'Supervisory Experience: This position ...'."""
    bold = BOLD_RUN_IN.match(text, start, end) if text[start : start + 1] in "*_ \t" else None
    if bold is not None:  # '*Perks* — KiwiSaver 4% matched, ...': an alias or a strong keyword in bold
        phrase = bold.group("text")
        kind = rules.heading_kind(phrase) or keyword_kind(phrase, phrase.split(), True, rules)
        if kind is not None and kind is not SectionKind.LOGISTICS and (
            rules.heading_kind(phrase) is not None or strong_keyword(phrase, rules, kind)
        ):
            yield Heading(bold.start("text"), body_start(text, bold.end("text")), phrase, kind.value, why="run-in")
            return
    question = LINE_QUESTION.match(text, start, end) if text.find("?", start, end) != -1 else None
    if (
        question is not None
        and len(question.group("text").split()) <= MAX_QUESTION_RUN_IN_WORDS
        and listed_after(text, question.end(), end)
    ):
        # a question opening a paragraph, its answer a list run on after it: 'O que te oferecemos? Contrato sem
        # termo, subsídio de alimentação, ...', 'Why join us? Competitive pay, ...': a heading an alias or a
        # strong keyword names ('Interested? Send your CV', 'Sound like you? Apply below ...' are none)
        phrase = question.group("text")
        kind = question_kind(phrase, rules)
        if kind is not None and kind is not SectionKind.LOGISTICS and (
            rules.heading_kind(phrase) is not None or strong_keyword(phrase, rules, kind)
        ):
            yield Heading(question.start("text"), body_start(text, question.end("text")), phrase, kind.value,
                          why="run-in")
            return
    if (
        text.find(":", start, end) == -1
        and text.find("：", start, end) == -1
        and text[end - 1 : end] not in ("?", "？")
        and not GLUED.search(text, start, end)
        and not GLUED_BULLET.search(text, start, end)
        and not GLUED_FIGURE.match(text, start, end)
    ):
        return  # every run-in closes with a colon or is glued to the next word or bullet; a question ends the line
    bulleted = LINE_BULLET.match(text, start, end) is not None
    if bulleted and not dump:
        return  # a bullet is an item, whatever label opens it
    # (in a dump, the whole posting is one line: every sentence's start is tried)
    reach, most = (end, None) if dump else (min(end, start + RUN_IN_REACH), RUN_IN_STARTS)
    starts = [start] + [m.end() for m in SENTENCE_STARTS.finditer(text, start, reach)][:most]
    glued_starts = set()
    if dump:  # (a run-in glued to the word before it: '... skills in EnglishAdvantageous:Knowledge of CLO 3D')
        glued_starts = {m.start() for m in GLUED_COLON_RUN_IN.finditer(text, start, reach)} - set(starts)
        starts = sorted({*starts, *glued_starts})
    if bulleted:
        # in a dump, a bullet's line that normalising parted holds the next heading glued to its end ('g) Prepare the
        # monthly ... for the Farm Manager Profile required: Diploma ...'): only such a glued run-in is tried
        starts = sorted(glued_starts)
    if (
        LABELLED_LINE.match(text, start, end)
        and labelled_neighbour(text, start, end)
        and not LIST_AFTER_COLON.match(text, start, end)
    ):
        starts = starts[1:]  # one of a list of 'Label: text' lines is an item: 'Founding Team Equity: ...'
        # (not a lead-in that a list follows on its line: 'Your duties will include: • Patrol ...', '...:1. A ...')

    if dump and starts and text[end - 1 : end] in "?？":
        # in a dump, a question glued to the sentence before it ('... de continuidad.¿Qué harás en tu día a día?',
        # '... around the clock.What will you do?'): where it starts, as a sentence's start would be
        glued_question = max((m.start() for m in GLUED_QUESTION_START.finditer(text, starts[-1], end)), default=-1)
        if glued_question > starts[-1]:
            starts = [*starts, glued_question]
    if len(starts) > 1 and text[end - 1 : end] in "?？" and LINE_TEXT.match(text, starts[-1], end):
        # a question closing a line of sentences heads the lines below: 'Is this you? Find out more
        # below! How do I make an impact on my team?'; its kind comes from them
        question = text[starts[-1] : end]
        if len(question.split()) <= MAX_HEADING_WORDS and not BRACKETED.search(question):
            kind = question_kind(question, rules)
            yield Heading(starts[-1], end, question.rstrip("?？ \t"), kind and kind.value, why="question")
            starts = starts[:-1]
    for position in starts:
        if position in glued_starts:  # only a phrase that a strong keyword names, closed by its colon
            # ('... in EnglishAdvantageous:Knowledge ...', '... professionallyIt would also help if you have:...')
            glued_run_in = RUN_IN.match(text, position, end) or SENTENCE_RUN_IN.match(text, position, end)
            if glued_run_in is None or not colon_closed(glued_run_in):
                continue
            if GLUED.search(text, position, glued_run_in.end("text")):
                continue  # glue inside it too: a later start is the heading's ('...TitanBilingual SpanishPay & Perks:')
            phrase = glued_run_in.group("text")
            # (or one that ends by setting the reader a condition: "... when needed You'll shine here if you:✓ have")
            condition = rules.condition_regex.search(phrase)
            conditional = condition is not None and condition.end() == len(phrase.rstrip())
            # (or one any keyword names over a list that semicolons part: '... for the Farm Manager Profile
            # required: Diploma or BSc in Agriculture ...; minimum 5 years ...; practical knowledge ...')
            semicolons = text.count(";", glued_run_in.end(), glued_run_in.end() + SEMICOLON_LIST_REACH)
            weakly = semicolons >= MIN_SEMICOLONS and keyword_kind(phrase, phrase.split(), True, rules) in LIST_KINDS
            if rules.heading_kind(phrase) is None and not strong_keyword_unfilled(phrase, rules) and not conditional:
                if not weakly:
                    continue
        label = leading_label(text, position, end, rules) if dump and position > start else None
        if label is not None and rules.heading_kind(label.group(1)) is None:
            # in a dump, a label after a sentence inside a line ('... paid holidays. Schedule: Monday–Friday, ...'):
            # the job's terms, which end the list before them (at a line's start, label_line's; in a paragraph
            # of a text with lines, the sentence before a label is as often a term: 'The post is full-time.')
            yield label_heading(text, label)
            continue
        match = RUN_IN.match(text, position, end)
        if match is None and position == start and (glued := GLUED_FIGURE.match(text, position, end)):
            if strong_keyword(glued.group("text"), rules):  # 'Rewards & benefits£13.10 per hour ...'
                match = glued
        if match is None:
            match = SENTENCE_RUN_IN.match(text, position, end)
            if match is None:
                continue
            # sentence case: only a framing word opens it ('Why ...:', 'What ...:'), or a short phrase glued to
            # its first bullet ('... à jourSeraient appréciés :- Formation ...'; not 'Experience with Python: 3')
            glued_to_bullet = text[match.end() : match.end() + 1] in GLUED_RUN_IN_BULLETS
            short = len(match.group("text").split()) <= MAX_GLUED_SENTENCE_RUN_IN
            opening = match.group("text").split()
            listed = position == start and short and semicolon_list(text, match.end())
            # after a sentence in a dump, a phrase a strong keyword names and a colon closes ('... claims offices.
            # Even better if you've got: CompTIA A+ ...')
            # (or at a line's start where a sentence glued to the one before it was parted: '... professionally' /
            # 'It would also help if you have: Physical ...'; a label is shorter: 'Preferred start date: 3 May'; an
            # item's end runs into a heading in capitals: 'Calm under pressure Nice to have:')
            sentence = len(opening) > MAX_GLUED_SENTENCE_RUN_IN and not any(w[:1].isupper() for w in opening[1:])
            # (or a short one at a line's start that is no label and opens on its keyword: 'licence' / 'Desirable but
            # not essential: ...'; not an item's end run into one, 'Calm under pressure Nice to have:')
            opens_named = position > start or sentence or (
                leading_label(text, position, end, rules) is None and keyword_opens(match.group("text"), rules)
            )
            named = dump and opens_named and colon_closed(match)
            named = (named and strong_keyword_unfilled(match.group("text"), rules)) or position in glued_starts
            framed = opening[0] in rules.framing_words or addressed(opening)
            # (or, in a dump, a sentence that ends by setting the reader a condition, over a list its colon leads to:
            # '... receipts in order. This role suits you if you: - hold a first degree ... - have at least ...')
            framed = framed or (dump and conditional_list(text, match, position, end, rules))
            # (or a lead-in at the line's start that a list follows: 'To be considered, you must have:1. A ...')
            list_follows = position == start and LIST_AFTER_COLON.match(text, position, end) is not None
            # (or at a paragraph's start, a short phrase a strong keyword names over the prose its colon leads
            # to: 'Nice, but not essential: experience with LEAP or a similar ... system, and some knowledge of
            # ...'; not a label and its value, 'Preferred start date: 3 May')
            opens_prose = (
                position == start
                and short
                and colon_closed(match)
                and len(text[match.end() : end].split()) >= MIN_RUN_IN_PROSE_WORDS
                and text.find(",", match.end(), end) != -1  # (a list of its points, not one sentence)
                and strong_keyword_unfilled(match.group("text"), rules)
                and leading_label(text, position, end, rules) is None
            )
            if not framed and not (glued_to_bullet and short) and not named and not list_follows and not opens_prose:
                if not listed or not strong_keyword(match.group("text"), rules, None):
                    continue  # (or a short phrase addressed to the reader: 'You need: ...', "You'll get: ...";
                    # or one a strong keyword names that opens a line of a list parted by semicolons:
                    # 'Fatores preferenciais: conhecimentos de autómatos ...; experiência com ...; formação ...')
        phrase = match.group("text")
        words = phrase.split()
        if not colon_closed(match) and not ends_in_keyword(phrase, rules):
            # glued to the next word, a heading ends in its keyword ('...and ExperienceExcellent'), not 'TikTok'
            continue
        kind = rules.heading_kind(phrase)
        if kind is None:
            kind = keyword_kind(phrase, words, True, rules)
            # (a filler may stand inside the keyword: 'It would also help if you have:')
            strong = strong_keyword_unfilled(phrase, rules, kind)
            glued = match.group().rstrip()[-1:] in GLUED_RUN_IN_BULLETS  # 'Required Experience and Skills:- 5 years'
            framing = framing_word(words[0], rules) or addressed(words)  # 'What We Offer:', 'You need:'
            if kind is None and named_why(words, match, dump):
                kind = SectionKind.BENEFITS
            admitted = position in glued_starts or (dump and conditional_list(text, match, position, end, rules))
            if kind is None or not (strong or glued or phrase.isupper() or framing or admitted):
                continue  # 'Supervisory Experience: This position ...' is a label in prose
        if kind is SectionKind.LOGISTICS or is_chrome(phrase, rules):
            continue  # labels are label_line's
        body = body_start(text, match.end("text"))
        yield Heading(match.start("text"), body, phrase.rstrip(), kind.value, why="run-in")


def conditional_list(text: str, match: regex.Match[str], position: int, end: int, rules: Rules) -> bool:
    """A run-in that ends by setting the reader a condition, its colon leading to a list ('This role suits you if
    you: - hold a first degree ...')."""
    if not colon_closed(match) or not LIST_AFTER_COLON.match(text, position, end):
        return False
    condition = rules.condition_regex.search(match.group("text"))
    return condition is not None and condition.end() == len(match.group("text").rstrip())


def question_kind(question: str, rules: Rules) -> SectionKind | None:
    """A question heading's kind where an alias or a strong keyword names it; else its lines decide."""
    kind = rules.heading_kind(question) or keyword_kind(question, question.split(), True, rules)
    if kind in (SectionKind.TEAM, SectionKind.COMPANY, SectionKind.ROLE) and not strong_keyword(question, rules, kind):
        return None  # 'How do I make an impact on my team?' is not about the team
    if kind is None and why_a_name(question.rstrip("?？: \t").split()):
        return SectionKind.BENEFITS  # 'Why Loxley & Vine?': what the employer offers, as 'Why join us?' says
    return kind  # 'What are we looking for?', 'What will you do?


# In a dump, a question run into the text, after a lower-case word or at a line start: '... control
# software What our team expects from you? College diploma ...'; glued to the word before it, perhaps in
# capitals ('... longline experienceWHY FIGHT FIRE WITH US?Wage: ...').
# Also after a full stop or an icon ('... CRM data🎁 Why Harvest Lane?Hybrid working ...'), and before an icon
# that bullets the first line: '... opportunities. Why Choose Us? ✅Emotional Support: ...'.
DUMP_QUESTION = regexes.compile(
    r"(?<=\p{Ll}[ \t]*|[.!)][ \t]+|^|\n|\p{So}\uFE0F?[ \t]+)(?:What|Who|Why|How|WHAT|WHO|WHY|HOW)"
    r"[ \t][^.!?:\n]{3,80}[?:]"
    r"(?=[ \t]*[\p{So}\uFE0F]*[ \t]*\n?[ \t]*\p{Lu})"  # (normalising may have broken the line after it)
)


DUMP_YES_NO_QUESTION = regexes.compile(
    r"(?<=\p{Ll}[ \t]|[.!)][ \t]+)(?:Does|Do|Is|Are|Sound|Sounds)[ \t][^.!?:\n]{3,60}\?(?=[ \t]*[*•·▪-]?[ \t]*\p{Lu})"
    # (or, in any language, a question after a sentence: '... clientèle anglophone. Pourquoi nous choisir? Parce que
    # chez nous, ...')
    r"|(?<=[.!)][ \t]+)\p{Lu}\p{Ll}+[ \t][^.!?:\n]{3,60}\?(?=[ \t]*[*•·▪-]?[ \t]*\p{Lu})"
)
QUESTION_REACH = 72  # characters before a question mark where such a question starts
QUESTION_MARK = regexes.compile(r"\?")


ENGLISH_QUESTION_WORDS = frozenset(("What", "Who", "Why", "How"))


def dump_questions(text: str, rules: Rules) -> Iterator[Heading]:
    for match in DUMP_QUESTION.finditer(text):
        question = match.group()
        if len(question.split()) <= MAX_HEADING_WORDS:
            kind = question_kind(question, rules)
            if kind is None and question.endswith(":"):
                continue  # a colon closes a heading that names its kind ('What we look for in our people:')
            end = body_start(text, match.end())
            yield Heading(match.start(), end, question.rstrip("?:"), kind and kind.value, why="question")
    # a question another word opens, where a strong keyword names a list: '... for the Logistics Manager Does this
    # sound like you? * HND or B.Sc ...' (not 'Can you start on Monday?')
    # (tried before each question mark: the pattern's look-behinds tried along the whole text cost more)
    matches = (
        match
        for mark in QUESTION_MARK.finditer(text)
        for match in DUMP_YES_NO_QUESTION.finditer(text, max(0, mark.start() - QUESTION_REACH), mark.end() + 8)
        if match.end() == mark.end()
    )
    last_end = 0
    for match in matches:
        if match.start() < last_end:
            continue
        last_end = match.end()
        question = match.group().rstrip("?")
        if question.split()[0] in ENGLISH_QUESTION_WORDS:
            continue  # (DUMP_QUESTION's)
        kind = question_kind(question, rules)
        if kind in LIST_KINDS and strong_keyword(question, rules, kind) and len(question.split()) <= MAX_HEADING_WORDS:
            yield Heading(match.start(), body_start(text, match.end()), question, kind.value, why="question")


# In a dump, a run-in heading in capitals after a sentence, a bracket or a word: '... (no housing provided)
# WHAT WE PROVIDE: hot lunch ...', '... Decatur) NICE: - Lift card'; an icon may bullet its first item
# ('...Google Drive is fine)EXTRA AWESOME IF:⭐ You've used ...', which normalise makes a bullet on a line).
DUMP_CAPITALS_RUN_IN = regexes.compile(
    # (glued on where the scrape lost the break, 'them.WHAT THE JOB INVOLVES:- vacuuming ...', 'appYOU MUST HAVE:-')
    r"(?<=[\p{Ll}.!?)\]][ \t]*)(?P<text>\p{Lu}[\p{Lu}'’&/-]*+(?:[ ]\p{Lu}[\p{Lu}'’&/-]*+){0,6})"
    # (or glued to its first item's capital: 'THE BOILING HOUSE NEEDS YOU TO:Operate batch ...')
    r":(?=[ \t]|-[ \t]?\p{L}|[\p{So}•▪●➤►▶✓✔]|\n•|\p{Lu}\p{Ll})"
)


def dump_capitals_phrases(text: str, rules: Rules) -> Iterator[Heading]:
    """DUMP_CAPITALS_PHRASE headings whose words are words (three letters or more), after a sentence (any, its kind
    left to its lines' votes) or after a list's last item in lower case (only one that a keyword names)."""
    for match in DUMP_CAPITALS_PHRASE.finditer(text):
        phrase = match.group("text")
        words = phrase.split()
        # (a short word only after its first, joining: 'YOUR SHIFT ON THE SAND', 'WHAT YOU WILL DO'; not 'MS OFFICE
        # and ...')
        if len(words[0].strip("'’&/-")) < MIN_CAPITALS_WORD or len(words[-1].strip("'’&/-")) < MIN_LAST_CAPITALS_WORD:
            continue  # (nor a list's first word after it, an article: 'REQUIREMENTS A diploma ...')
        kind = rules.heading_kind(phrase) or keyword_kind(phrase, words, True, rules)
        if kind is SectionKind.LOGISTICS or (kind is None and match.group("before").islower()):
            continue
        yield Heading(match.start(), body_start(text, match.end()), phrase, kind and kind.value, why="capitals")


def dump_capitals_run_ins(text: str, rules: Rules) -> Iterator[Heading]:
    """DUMP_CAPITALS_RUN_IN headings, their kind named by an alias or a keyword (or none: 'NICE:' ends the
    list above it all the same); not a label of the logistics ('DATES:'), which label_line reads."""
    for match in DUMP_CAPITALS_RUN_IN.finditer(text):
        phrase = match.group("text")
        if len(phrase) < MIN_CAPITALS_HEADING or rules.label_fields.get(heading_key(phrase)):
            continue
        kind = rules.heading_kind(phrase) or keyword_kind(phrase, phrase.split(), True, rules)
        if kind is SectionKind.LOGISTICS:
            continue
        yield Heading(match.start(), body_start(text, match.end()), phrase, kind and kind.value, why="capitals")


MIN_CAPITALS_HEADING = 4  # 'NICE', 'DATES'; not 'AM:', 'UK:'

# In a dump, a phrase of two words or more in capitals with no colon, run into its list: glued to the list's
# first word ("THE CLERK'S FUNCTIONSThe clerk will ..."), to its first bullet ('APPLICANTS SHOULD POSSESS•Five ...')
# or before its first words in lower case ('THE FIRM PROVIDES an attractive salary ...').
CAPITALS_WORD = r"\p{Lu}(?!\p{Ll})(?:[\p{Lu}'’&/-](?!\p{Ll}))*+"
DUMP_CAPITALS_PHRASE = regexes.compile(
    rf"(?<=(?P<before>[\p{{Ll}}.!?)])[ \t]+)(?P<text>{CAPITALS_WORD}(?:[ ]{CAPITALS_WORD}){{1,5}})"
    r"(?=\p{Lu}\p{Ll}|[ ]\p{Ll}|[ ]\p{Lu}\p{Ll}|[•▪●✓✔➤►▶\p{So}])"
)
MIN_LAST_CAPITALS_WORD = 2
MIN_CAPITALS_WORD = 3  # letters of each word of such a phrase: not 'MS OFFICE and ...'


# In a dump, a phrase in lower case that a framing word opens after a sentence or a word, run into the
# capitalised first word of its list: '... a 9 days on, 3 days off roster. Your day to day Milking on rotation
# ...', '... the shed and yards What you'll need to bring At least one season ...'.
DUMP_FRAMED = regexes.compile(
    r"(?<=[\p{Ll}.!)][ \t]+)(?:What|Your|Who|Why|How),?(?:[ \t]+[\p{Ll}][\p{Ll}'’-]*+,?){1,7}(?<!,)(?=[ \t]+\p{Lu})"
    r"|(?<=[.!?)][ \t]+)(?P<any>\p{Lu}[\p{Ll}'’-]*+(?:[ \t]+[\p{Ll}][\p{Ll}'’-]*+){1,4})(?=[ \t]+\p{Lu})"
)


# In a dump, two or three capitalised words after a sentence's end (or at a line's start), glued to the capital that
# opens the section's first words ('... and the field buyers. Main TasksTake and register samples ...', '... at
# the buying points. Employment PackageCompany house in ...'): a heading, where a keyword of any strength names it.
GLUED_KEYWORD_PHRASE = regexes.compile(
    r"(?:(?<=[.!?][ \t])|(?<=\n)|^)(?P<phrase>\p{Lu}\p{Ll}++(?:[ ]\p{Lu}\p{Ll}++){1,2})(?=\p{Lu}\p{Ll})"
)


def glued_keyword_phrases(text: str, rules: Rules) -> Iterator[Heading]:
    """GLUED_KEYWORD_PHRASE headings that a heading keyword names; not where the glued word is a name's own,
    written again ('... in 2020. Our Partner SiteWorkBench ...')."""
    for match in GLUED_KEYWORD_PHRASE.finditer(text):
        phrase = match.group("phrase")
        kind = rules.heading_kind(phrase) or keyword_kind(phrase, phrase.split(), True, rules)
        if kind is None or kind is SectionKind.LOGISTICS:
            continue
        glued = GLUED_WORD.match(text, match.end())
        name = phrase.rsplit(" ", 1)[-1] + (glued.group() if glued else "")
        if text.count(name, max(0, match.start() - GLUED_NAME_REACH), match.end() + GLUED_NAME_REACH) > 1:
            continue
        yield Heading(match.start(), match.end(), phrase, kind.value, why="glued")


# In a dump, a phrase in sentence case between an item's last word in lower case and the capitalised first word
# of the next list, its breaks lost: '... A valid driving licence Bonus points for Experience with ...', '... farm
# Good to have Experience with ...', '... licence Ideally, you'll also have Experience ...'.
DUMP_KEYWORD_PHRASE = regexes.compile(
    r"(?<=\p{Ll}[ ])(?P<phrase>\p{Lu}[\p{Ll}'’-]*+,?(?:[ ][\p{Ll}'’-]++,?){1,6})(?<!,)(?=[ ]\p{Lu}[ ]?\p{Ll})"
)


def keyword_opens(phrase: str, rules: Rules, reach: int = 2) -> bool:
    """A strong heading keyword starts at one of the phrase's first `reach` words ('Desirable but ...', 'Considered
    an asset')."""
    starts = [0] + [index + 1 for index, character in enumerate(phrase) if character == " "][: reach - 1]
    return any(strong and pattern.match(phrase, at) for strong, _, pattern in rules.heading_keywords for at in starts)


def dump_keyword_phrases(text: str, rules: Rules) -> Iterator[Heading]:
    """DUMP_KEYWORD_PHRASE headings that open on a strong keyword naming a list's kind (not a noun's phrase in a
    language that capitalises nouns: '... Erfahrung im Vertriebsinnendienst, idealerweise im technischen Handel')."""
    for match in DUMP_KEYWORD_PHRASE.finditer(text):
        phrase = match.group("phrase")
        if not keyword_opens(phrase, rules, reach=1):
            continue
        kind = strongly_named_kind(phrase, rules)
        if kind is not None and kind.value in LIST_KIND_NAMES:
            yield Heading(match.start(), body_start(text, match.end()), phrase, kind.value, why="keyword phrase")


# In a dump, a run-in that a framing word opens and its colon closes, after the last item's word in lower case,
# where the item's full stop was never written: '... or Local Market status The reward package: a salary ...'.
# (or one word that names a list: '... 4x4 experience on dirt roads Package: salary in USD, full board, ...')
DUMP_FRAMED_RUN_IN = regexes.compile(
    r"(?<=\p{Ll}[ ])(?P<phrase>\p{Lu}[\p{Ll}'’]*+(?:[ ][\p{L}'’&-]++){0,5}):[ ]?+(?=\S)"
)


LISTED_ONE_WORD_KINDS = (SectionKind.BENEFITS, SectionKind.PREFERRED)


def dump_framed_run_ins(text: str, rules: Rules) -> Iterator[Heading]:
    """DUMP_FRAMED_RUN_IN headings whose keyword names a list's kind, opened by a framing word, or by another
    word where no shorter phrase before the same colon is named ('... shift log Needed for the role:2+ years ...',
    but '... fault modeling Preferred qualifications: ...' from 'Preferred')."""
    shortest: dict[int, Heading] = {}  # by the colon's place, the shortest phrase no framing word opens
    framed_colons: set[int] = set()  # the colons a framed phrase closes: no other phrase before them
    for match in DUMP_FRAMED_RUN_IN.finditer(text, overlapped=True):  # (each capital after a word may open it)
        phrase = match.group("phrase")
        one_word = " " not in phrase
        if SENTENCE_VERB.search(phrase):
            continue
        kind = strongly_named_kind(phrase, rules) or keyword_kind(phrase, phrase.split(), True, rules)
        framed = one_word or framing_word(phrase.split(" ", 1)[0], rules)
        # (one word, named by its keyword: not 'Bonus:' or 'Plus:', which an alias names a plus but are pay, nor a
        # board's field of another kind, '... Job Details Experience: 2 Years Required: 2 - 4 Years')
        if one_word and keyword_kind(phrase, [phrase], True, rules) not in LISTED_ONE_WORD_KINDS:
            continue
        if kind is None or kind.value not in LIST_KIND_NAMES:
            continue
        colon = match.end("phrase")
        heading = Heading(match.start(), body_start(text, colon), phrase, kind.value, why="framed")
        if framed:
            yield heading
            framed_colons.add(colon)
        else:
            shortest[colon] = heading  # (overlapped matches come in order: the last is the shortest)
    yield from (heading for colon, heading in shortest.items() if colon not in framed_colons)


# In a dump, a short phrase after a sentence that a pointing-down pictograph closes: the heading of what follows
# ('... in the shift report. Bring these 👇✅ 3+ years in food manufacturing ...'), whatever words it has.
POINTED_PHRASE = regexes.compile(
    r"(?:(?<=[.!?][ ])|(?<=\n))(?P<phrase>\p{Lu}[^\n.!?:;•]{1,60}?)[ \t]*+[👇⬇]\uFE0F?+"
)
MAX_POINTED_WORDS = 8
LIST_AFTER_POINTER = regexes.compile(r"[ \t]*+\n?[ \t]*+(?:\p{So}|•|[▪·*-][ \t]|\d{1,2}[.)][ \t])")


def pointed_headings(text: str, rules: Rules) -> Iterator[Heading]:
    """POINTED_PHRASE headings: of the kind a keyword names, else of none (their lines' votes name it)."""
    for match in POINTED_PHRASE.finditer(text):
        phrase = match.group("phrase").strip()
        if len(phrase.split()) > MAX_POINTED_WORDS or SENTENCE_VERB.search(phrase):
            continue
        if not LIST_AFTER_POINTER.match(text, match.end()):
            continue  # a list must follow, its bullets or pictographs ('Bring these 👇✅ 3+ years ...', '👇\n• ...')
        kind = strongly_named_kind(phrase, rules) or keyword_kind(phrase, phrase.split(), True, rules)
        yield Heading(match.start("phrase"), body_start(text, match.end()), phrase, kind and kind.value, why="pointed")


def strongly_named_kind(phrase: str, rules: Rules) -> SectionKind | None:
    """The kind an alias names the phrase, else a strong keyword in it; None where only a weak one would."""
    if (kind := rules.heading_kind(phrase)) is not None:
        return kind
    return keyword_kind(phrase, phrase.split(), True, rules) if strong_keyword(phrase, rules) else None


# In a dump, a heading that ends a line, run on after the last item of the list before it with no stop
# ('... – einen Führerschein Klasse C/CE besitzt Das bieten wir dir' / 'Einen unbefristeten Arbeitsvertrag, ...'):
# a capitalised phrase of two to six words after a word in lower case, at the line's end.
LINE_END_PHRASE = regexes.compile(r"(?<=[\p{Ll})][ ])\p{Lu}[\p{L}'’]*+(?:[ ][\p{L}'’]++){1,5}[ \t]*+$", regex.MULTILINE)
# (its first word may be glued to an acronym that ends the item: '- Exposure to SolidWorks Simulation or ANSYSWhat we
# offer')
ACRONYM_GLUE = regexes.compile(r"(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll})")
LIST_KIND_NAMES = frozenset(kind.value for kind in LIST_KINDS)


def line_end_headings(text: str, rules: Rules) -> Iterator[Heading]:
    """LINE_END_PHRASE headings: the shortest such phrase at a line's end that an alias or a strong keyword
    names as a list's kind, over a next line that opens on a capital (its first item)."""
    for match in LINE_END_PHRASE.finditer(text):
        following = text[match.end() + 1 : match.end() + 2]
        bulleted = following == "•"  # (or a bullet normalise set: its first item, under a phrase a framing word opens)
        if not following.isupper() and not bulleted:
            continue
        words: list[str] = []
        glued: set[int] = set()  # the index of a word glued to the acronym before it
        for token in match.group().split():
            parts = ACRONYM_GLUE.split(token)
            if len(parts) > 1:
                glued.add(len(words) + 1)
            words.extend(parts[:2])
        for count in range(2, len(words) + 1):
            phrase = " ".join(words[-count:])
            first = len(words) - count
            capital_before = count < len(words) and words[first - 1][:1].isupper() and first not in glued
            if not phrase[:1].isupper() or capital_before:
                continue  # (a phrase starts where its capitals start: not 'Code requirements' of '... and ISPS Code
                # requirements', an item's end)
            if any(len(word) > 1 and word.isupper() for word in words[-count:]) and not phrase.isupper():
                break  # an acronym is an item's content ('... the IMDG Code and ISPS Code requirements')
            if bulleted and not framing_word(words[-count], rules):
                continue
            kind = strongly_named_kind(phrase, rules)
            if kind is None and framing_word(words[-count], rules):  # 'What we bring to the table': a framing
                kind = keyword_kind(phrase, phrase.split(), True, rules)  # word opens it, any keyword names it
            listed = kind is not None and kind.value in LIST_KIND_NAMES
            # (or an alias of the boilerplate that ends the list: '... y equipo directivo cercano Cómo postular' /
            # 'Para postular debes ...')
            ending = kind is SectionKind.BOILERPLATE and rules.heading_kind(phrase) is SectionKind.BOILERPLATE
            if kind is not None and (listed or ending) and not SENTENCE_VERB.search(phrase):
                start = text.rfind(phrase, match.start(), match.end())
                yield Heading(start, body_start(text, start + len(phrase)), phrase, kind.value, why="line end")
                break


# ... or after a sentence's end, over a bulleted list: '... fire drills are carried out and recorded. Who we are
# looking for' / '•At least 3 years ...' (a framing word opens it and the list's bullets frame it: any keyword
# names it)
SENTENCE_END_PHRASE = regexes.compile(
    r"(?<=[.!?][ ]|[.!?])\p{Lu}[\p{L}'’]*+(?:,?[ ][\p{L}'’]++){1,5}[ \t]*+$", regex.MULTILINE
)
BULLET_FIRST = regexes.compile(r"[ \t]*+[•▪·*-]")


def sentence_end_headings(text: str, rules: Rules) -> Iterator[Heading]:
    """SENTENCE_END_PHRASE headings that a framing word opens and a list's keyword names, over a bullet."""
    for match in SENTENCE_END_PHRASE.finditer(text):
        phrase = match.group().rstrip()
        strong = strong_keyword_unfilled(phrase, rules) and not SOFT_ASK_TAIL.search(phrase)  # ('... a plus')
        # over a bullet, or in a dump over the next line's capital (its first item, glue parted from it: '...
        # sign-offs. To be considered, you'll have' / 'Minimum 5 years on a wharf ...')
        following = text[match.end() + 1 : match.end() + 2]
        # (or glued to the stop in capitals, in a dump that lost its spaces: '... the asset register.THE PERSON WE ARE
        # LOOKING FOR' / 'Diploma or Degree in ...': its capitals frame it as a bullet would)
        glued = text[match.start() - 1] != " "
        if glued and not phrase.isupper():
            continue
        if not BULLET_FIRST.match(text, match.end() + 1, match.end() + 4) and not (
            (strong or glued) and following.isupper()
        ):
            continue
        opener = phrase.split()[0].capitalize() if glued else phrase.split()[0]  # ('THE PERSON ...': 'The')
        if not strong and not framing_word(opener, rules):
            continue  # a heading's opener ('Who', 'What', 'Your'), not an item's end ('Food handler card a plus')
        kind = strongly_named_kind(phrase, rules) or keyword_kind(phrase, phrase.split(), True, rules)
        if kind is not None and kind.value in LIST_KIND_NAMES:
            body = body_start(text, match.start() + len(phrase))
            yield Heading(match.start(), body, phrase, kind.value, why="line end")


def dump_framed_phrases(text: str, rules: Rules) -> Iterator[Heading]:
    """DUMP_FRAMED phrases that an alias or a strong keyword names, and no verb makes a sentence."""
    for match in DUMP_FRAMED.finditer(text):
        phrase = match.group()
        if SENTENCE_VERB.search(phrase):
            continue  # 'Your role is to Build ...'
        kind = strongly_named_kind(phrase, rules)
        if kind is None and not match.group("any"):
            # a framing word opens it: any keyword names a list ('... on day one' of 'What you need on day one')
            kind = keyword_kind(phrase, phrase.split(), True, rules)
            kind = kind if kind in LIST_KINDS else None
        # (a lead-in addressed to the reader may end on its joining word: "You'll have the edge with A Bachelor's ...")
        joined = phrase.rsplit(None, 1)[-1] in rules.joining_words and phrase.split()[0] not in YOU_WORDS
        if match.group("any") and (kind not in LIST_KINDS or joined):
            continue  # any capitalised opener: only a list's heading, not a sentence's start ('Escalate ... to')
        if kind is not None and kind is not SectionKind.LOGISTICS:
            yield Heading(match.start(), body_start(text, match.end()), phrase, kind.value, why="framed")


# In a dump, a bullet glued to the word before it: where a heading ends ('... a strong asset Skills that set
# you apart• Experience with ...'); or after one space, with a space after it ('Bonus points if • Red Seal').
GLUED_BULLETS = "•▪●·➤►▶✓✔"
# (also after a colon: 'Deseable:•'; and an icon that bullets: 'Das wird dein Job➤ Du betreust ...')
GLUED_BULLET = regexes.compile(
    rf"(?<=[\p{{L}}):])[{GLUED_BULLETS}]|(?<=\p{{L}})[ ][•▪·](?=[ ])|(?<=\p{{L}})[ ]?+\p{{So}}\uFE0F?+(?=\p{{L}})"
)  # (or a pictograph glued to the item after it: 'Also in your favour 👉conversational Swahili, ...')
GLUED_HEADING_WORDS = 8
SENTENCE_VERB = regexes.compile(r"(?i)\b(?:is|are|was|were)\b")
# where a word starts, also where glue joins two ('... am TelefonNoch besser, wenn du✓': 'Noch' starts one)
WORD_STARTS = regexes.compile(r"(?r)(?<!\S)\S|(?<=\p{Ll})\p{Lu}(?=\p{Ll})")


RUN_BULLETS = "•▪·"  # the marks of a run of items in a dump
MAX_GLUED_NAMELESS = 4  # words of a phrase glued to a run's first bullet that needs no keyword: 'The job·'
RUN_REACH = 600  # where the run's next two bullets must stand
MIN_RUN = 2


def opens_a_run(text: str, bullet: regex.Match[str]) -> bool:
    """The bullet is a list's: two more of its mark follow it within RUN_REACH characters."""
    mark = bullet.group().strip()
    return mark in RUN_BULLETS and text.count(mark, bullet.end(), bullet.end() + RUN_REACH) >= MIN_RUN


LOWER_WORD_BEFORE = regexes.compile(r"(?:^|[ \t])\p{Ll}[\p{L}'’-]*+[ \t]++$|[.!?][ \t]++$")


def heads_a_run(text: str, bullet: regex.Match[str], phrase: str, start: int, rules: Rules) -> bool:
    """Mid-line, a phrase that a keyword names (not only 'skills' or 'experience', as an item ends: '• Advanced
    MS Excel skills •') after a sentence's end or a word in lower case, the last of a list's items ('... and
    numeracy It would also be good if you have · An Elementary ...'), before a run of bullets."""
    if not opens_a_run(text, bullet) or not LOWER_WORD_BEFORE.search(text, max(0, start - 40), start):
        return False
    glued = bullet.group()[:1] != " "
    after_sentence = text[max(0, start - 4) : start].rstrip()[-1:] in ".!?"
    if glued and after_sentence and len(phrase.split()) <= MAX_GLUED_NAMELESS:
        return True  # glued to the run's first bullet right after a sentence: 'working hours. The job· Preparing ...'
    kind = keyword_kind(phrase, phrase.split(), True, rules)
    return kind is not None and kind is not SectionKind.QUALIFICATIONS


def glued_bullet_headings(text: str, rules: Rules) -> Iterator[Heading]:
    """The shortest capitalised phrase before a glued bullet, or a spaced one (' • '), that an alias or a strong
    keyword names."""
    for bullet in GLUED_BULLET.finditer(text):
        end = bullet.start()
        spaced = text[end] == " "
        line_start = text.rfind("\n", 0, end) + 1
        window_start = max(0, end - 100, line_start)
        for count, word in enumerate(WORD_STARTS.finditer(text, window_start, end), start=1):
            if count > GLUED_HEADING_WORDS:
                break
            phrase = text[word.start() : end].rstrip(":")
            if any(mark in phrase for mark in "();.:") or SENTENCE_VERB.search(phrase):
                break  # a sentence's words, not a heading's: '(... Methodology) is preferred•', '... are a plus•'
            # (glued on, or parted from the word before by normalise: '... am Telefon\nNoch besser, wenn du✓')
            glued_on = word.start() > 0 and (text[word.start() - 1].isalpha() or text[word.start() - 1] == "\n")
            if not phrase[:1].isupper() or ("," in phrase and not glued_on):
                continue  # a comma stands in a heading glued on ('... am TelefonNoch besser, wenn du✓'), not in a
                # sentence's end ('Erfahrung im Vertrieb, idealerweise im Handel✓')
            before = text[window_start : word.start()].rstrip()[-1:]
            if before and before in GLUED_BULLETS:
                break  # an item between two bullets ('•Conocimientos de Fishtalk o Mercatus•'), not a heading
            if spaced and before and not (before.islower() or before in ".!?"):
                continue  # before a spaced bullet, a heading follows a sentence or a lower-case word ('... is
                # full Bonus points if • Red Seal ...'), not a capital ('... PCI DSS and SBP ETGRMF requirements and
                # track gaps to closure • Perform ...')
            joined = WORD_BEFORE.search(text, window_start, word.start())
            if joined is not None and joined.group(1).lower() in rules.joining_words:
                continue  # the end of a sentence: '... Kenntnisse in SAP SD sind ein Plus✓', not a heading
            kind = strongly_named_kind(phrase, rules)
            if kind is not None:
                yield Heading(word.start(), body_start(text, end), phrase, kind.value, why="glued")
                break
            # (glued to the first of a run's bullets, a phrase that opens its line too: '... underlying companies.
            # \nWhat your week looks like• Day-to-day ...• Preparing ...', where normalise parted a dump's glue)
            # (not a lead-in that a colon closes, under its heading: 'Wat ga je doen\nDit ga je onder andere doen:•')
            opens_line = word.start() == window_start == line_start and (
                spaced or (opens_a_run(text, bullet) and text[end - 1] != ":")
            )
            if opens_line or heads_a_run(text, bullet, phrase, word.start(), rules):
                # a line opened by a phrase and a list of spaced bullets ("You'll thrive here if • You have
                # ...", "What's cooking on your shift • Set up ..."), or a phrase after a sentence or a list's
                # last item that opens a run of bullets ('... and numeracy It would also be good if you have ·
                # An Elementary ... · Previous ...'): the phrase heads the list, of the kind a keyword names,
                # else of the kind its items say
                kind = keyword_kind(phrase, phrase.split(), True, rules)
                yield Heading(word.start(), body_start(text, end), phrase, kind and kind.value, why="glued")
                break


# In a dump whose glued icons normalise made bullets, a short phrase an icon opens at a line's end, over a
# bulleted line: the list's heading ('... for every crate. 🛠️ What you'll be building' / '•Design and build ...').
ICON_LED_PHRASE = regexes.compile(
    r"(?<=\S[ \t]++)\p{So}\uFE0F?[ \t]*+(?P<phrase>\p{Lu}[^\n.!?:;•\p{So}]{1,80}?)[ \t]*+\n[ \t]*+•"
)
MAX_ICON_LED_WORDS = 8


# In a dump, a spaced dash before a capital that more of them follow: a list whose line breaks were lost
# ('... stocked To be considered you'll have - Certificate III ... - At least 4 years ...').
DASH_BULLET = regexes.compile(r"(?<=[\p{L}?:)])[ ][-–](?=[ ][\p{Lu}\d])")
DASH_RUN_MARKS = (" - ", " – ")
MIN_ITEM_WORDS = 2  # words of the item a phrase ends before it heads the next list


def dash_run_headings(text: str, rules: Rules) -> Iterator[Heading]:
    """The shortest capitalised phrase before a run of spaced dashes, after a sentence's end or a word in lower
    case (the last item's end), that an alias or a keyword names: "... clean and stocked To be considered you'll
    have - Certificate III ...", '... interstate. Behind the chair you'll be - Looking after ...'; or a question
    ('... experience Why Loxley & Vine? - Above-award hourly rate ...'), whose lines then name it."""
    for dash in DASH_BULLET.finditer(text):
        end = dash.start()
        if not any(mark in text[dash.end() : dash.end() + RUN_REACH] for mark in DASH_RUN_MARKS):
            continue  # (a list of two at least)
        line_start = text.rfind("\n", 0, end) + 1
        window_start = max(0, end - 100, line_start)
        previous_dash = max(text.rfind(mark, window_start, end) for mark in DASH_RUN_MARKS)
        floor = previous_dash + 3 if previous_dash != -1 else window_start
        for count, word in enumerate(WORD_STARTS.finditer(text, floor, end), start=1):
            if count > GLUED_HEADING_WORDS:
                break
            phrase = text[word.start() : end]
            if any(mark in phrase for mark in "();.") or ":" in phrase[:-1] or "?" in phrase[:-1]:
                break  # a sentence's words, not a heading's
            after_item = LOWER_WORD_BEFORE.search(text, max(floor, word.start() - 40), word.start())
            if not phrase[:1].isupper() or not after_item:
                continue
            if len(text[floor : word.start()].split()) < MIN_ITEM_WORDS and previous_dash != -1:
                break  # the phrase is the item itself ('- Birthday leave - ...')
            question = phrase.endswith("?")
            phrase = phrase.rstrip(":?")
            if question:
                kind = question_kind(phrase, rules)  # ('Why Loxley & Vine?' names the perks)
            else:
                kind = strongly_named_kind(phrase, rules)
                if kind is None:  # a weak keyword names only a list ('Behind the chair you'll be'), not an item's end
                    kind = keyword_kind(phrase, phrase.split(), True, rules)  # ('... to the Tier 2 team - Document')
                    kind = kind if kind in LIST_KINDS else None
                if kind is None:
                    continue
            yield Heading(word.start(), body_start(text, end), phrase, kind and kind.value, why="glued")
            break


# A heading mark in a dump, the phrase it marks after it: '... 있습니다. ■ 맡으실 일- 관리비 부과 ...'
HEADING_MARKS = "■◆▼◇□▶►★☆◎"
HEADING_MARK = regexes.compile(rf"(?<![^\s.。!?！？])[{HEADING_MARKS}][ \t]*+")
# (no bracket in a marked phrase: '■応募資格【必須】' is the brackets' to read)
NOT_IN_MARKED = rf"\n{HEADING_MARKS}:：\-–•·.。【】＜＞<>「」\[\]()（）"
MARKED_PHRASE = regexes.compile(
    rf"[^{NOT_IN_MARKED}]{{1,40}}?(?=[ \t]*+(?:[:：]|[-–•·][ \t]|[{HEADING_MARKS}]|\n[ \t]*+[-–•·][ \t]))"
)
MARKED_GLUED_PHRASE = regexes.compile(rf"[^{NOT_IN_MARKED}]{{1,20}}")


def marked_headings(text: str, rules: Rules) -> Iterator[Heading]:
    """In a dump, a phrase after a heading mark ('■', '◆', '▶'), closed by a colon, by the bullet of its
    first item (on its line or the next) or by the next mark, or glued to its text and ended by its keyword:
    a heading where an alias or a strong keyword names it
    ('■ 꼭 갖추셔야 할 조건- 경력 2년 이상- ...', '■ 근무환경 및 복리후생중식 제공, ...')."""
    if not any(mark in text for mark in HEADING_MARKS):
        return
    for mark in HEADING_MARK.finditer(text):
        closed = MARKED_PHRASE.match(text, mark.end())
        phrase = closed.group().strip() if closed is not None else ""
        if not phrase:
            phrase = glued_keyword_phrase(text, mark.end(), rules) or ""
        if not phrase:
            continue
        kind = rules.heading_kind(phrase) or keyword_kind(phrase, phrase.split(), True, rules)
        if kind is None or kind is SectionKind.LOGISTICS:
            continue
        if rules.heading_kind(phrase) is None and not strong_keyword(phrase, rules, kind):
            continue
        yield Heading(mark.end(), body_start(text, mark.end() + len(phrase)), phrase, kind.value, why="marked")


def glued_keyword_phrase(text: str, start: int, rules: Rules) -> str | None:
    """The words from start up to the end of the last strong heading keyword among its first characters,
    where an alias ends the words: a heading glued to its text with no mark between ('근무환경 및 복리후생' of
    '근무환경 및 복리후생중식 제공')."""
    glued = MARKED_GLUED_PHRASE.match(text, start)
    if glued is None:
        return None
    window = glued.group()
    ends = [
        found.end()
        for strong, _, pattern in rules.heading_keywords
        if strong
        for found in pattern.finditer(window)
    ]
    for end in sorted(set(ends), reverse=True):
        if not window[end : end + 1].isalnum():
            continue  # glued to its text: a letter goes on after the keyword
        # its last words an alias ('복리후생'), not an item's keyword ('■2級管工事施工管理技士の資格をお持ちの方')
        if any(rules.heading_kind(window[cut:end]) is not None for cut in range(end - 1)):
            return window[:end]
    return None


def icon_led_headings(text: str, rules: Rules) -> Iterator[Heading]:
    """ICON_LED_PHRASE headings, of the kind a keyword names, else of the kind their items say."""
    if "\n" not in text:
        return
    for match in ICON_LED_PHRASE.finditer(text):
        phrase = match.group("phrase")
        if len(phrase.split()) > MAX_ICON_LED_WORDS or SENTENCE_VERB.search(phrase):
            continue
        kind = rules.heading_kind(phrase) or keyword_kind(phrase, phrase.split(), True, rules)
        yield Heading(match.start("phrase"), match.end("phrase"), phrase, kind and kind.value, why="icon")


# A lead-in closed by a colon that a bullet or a numbered item follows on its line: 'Your duties will include: • ...'
LIST_AFTER_COLON = regexes.compile(r"[^\n:]{1,80}+:[ \t]*+(?:[•·▪*–-][ \t]|\d{1,2}[.)][ \t]?\p{Lu})")
LABELLED_LINE = regexes.compile(rf"[ \t]*+(?:[{BULLET_MARKS}][ \t]*+)?\p{{Lu}}[^\n:]{{0,60}}:[ \t]*+\S")


def labelled_neighbour(text: str, start: int, end: int) -> bool:
    """The line before or after this one also opens with a 'Label: text' run-in."""
    if start > 0:
        previous_start = text.rfind("\n", 0, start - 1) + 1
        if LABELLED_LINE.match(text, previous_start, start - 1):
            return True
    if end < len(text):
        next_end = text.find("\n", end + 1)
        if LABELLED_LINE.match(text, end + 1, next_end if next_end != -1 else len(text)):
            return True
    return False


def ends_in_keyword(phrase: str, rules: Rules) -> bool:
    return rules.heading_kind(phrase) is not None or any(
        m.end() == len(phrase) for _, _, pattern in rules.heading_keywords for m in pattern.finditer(phrase)
    )




def label_line(text: str, start: int, end: int, rules: Rules) -> Heading | None:
    """A line opened by a logistics label ("Pay Range: $72,000", "Work Schedule: Monday - Friday") ends
    the list above it: it is a logistics heading, with the value as its body."""
    match = leading_label(text, start, end, rules)
    if match is None or is_chrome(text[start:end], rules):  # 'Cookies on this site: we use ...' is a banner
        return None
    return label_heading(text, match)


def label_heading(text: str, label: regex.Match[str]) -> Heading:
    """The logistics heading of a leading_label match: the label, its value as the body."""
    return Heading(label.start(1), body_start(text, label.end(1)), label.group(1), "logistics", why="label")


@dataclass(frozen=True)
class Block:
    """A heading (None for text before the first one) and the span of its body."""

    heading: Heading | None
    start: int
    end: int


def split_blocks(text: str, headings: list[Heading]) -> list[Block]:
    """The text between headings; a block ends before the markup that opens the next heading's line
    ('## ', '**')."""
    if not headings:
        return [Block(None, 0, len(text))]
    ends = [line_markup_start(text, heading.start) for heading in headings[1:]] + [len(text)]
    blocks = [Block(None, 0, line_markup_start(text, headings[0].start))]
    for heading, end in zip(headings, ends, strict=True):
        blocks.append(Block(heading, min(heading.end, end), end))
    return blocks


def line_markup_start(text: str, start: int) -> int:
    """Where the markup before a heading starts, when only markup stands between it and its line's start."""
    position = start
    while position > 0 and (text[position - 1] in LINE_START_MARKUP or is_icon(text[position - 1])):
        position -= 1  # '## 🚀 What you'll work on'
    return position if position == 0 or text[position - 1] == "\n" else start
