"""The words made values: pay as {min, max, currency, period}, a deadline or start as an ISO date, the work
arrangement as remote / hybrid / onsite with the on-site days. Read from the logistics phrases jobx already
found (never the posting again), with the vocabulary under the rules' `values` key, so a language is data
(jobx/rules/logistics.yaml and rules/lang/*.yaml). What cannot be read is None; nothing here raises on text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from . import regexes
from .model import ARRANGEMENTS, PERIODS, Logistics, Salary, Values

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up (~2.5 ms)
if TYPE_CHECKING:
    from typing import Any

    from .rules import Rules

# The sub-keys of `values` and what each may map: None for any key of its own shape (checked below).
SUB_KEYS: dict[str, tuple[str, ...] | None] = {
    "currencies": None,  # ISO 4217 codes
    "periods": PERIODS,
    "multipliers": None,  # whole numbers
    "range_words": ("to", "up_to", "from"),
    "months": tuple(str(month) for month in range(1, 13)),
    "date_patterns": None,  # names of the writer's choice
    "arrangements": ARRANGEMENTS,
    "office_days": ("day", "office", "week"),
    "numbers": tuple(str(number) for number in range(1, 8)),
    # a deadline in prose: a date after an `until` word in a sentence that names applying (`apply`)
    "deadline_cues": ("apply", "until"),
    # an employer's legal form in a script written without spaces, before ('주식회사 하늘', '株式会社みなと')
    # or after its name ('青禾科技有限公司'): names.py reads a header's name by them
    "legal_forms": ("before", "after"),
    # a word that names a kind of organisation, opening its name ('Cooperativa Almazara del Sur', 'Universität
    # Kassel') or ending it ('Fenwick Community Hospital', 'Ashby District Council'): names.py takes a header
    # line or a title's part so named for the employer
    "organisations": ("before", "after"),
}
CURRENCY_CODE = regexes.compile(r"[A-Z]{3}")
WHOLE_NUMBER = regexes.compile(r"[1-9]\d{0,12}")
LETTER_EDGE = regexes.compile(r"[\p{Latin}\p{Greek}\p{Cyrillic}]")  # words of these scripts match whole
MONTH_PLACEHOLDER = "{month}"

# An amount as postings write it: thousands grouped by ',', '.', a space or an apostrophe (or lakhs and
# crores by ','), and a decimal part of one or two digits after '.' or ','.
AMOUNT = r"""(?x)
    (?<![\d.,])
    (?P<number>
        \d{1,2}(?:,\d\d(?=,))++(?P<lakh_group>,)\d{3}(?:\.\d{1,2})?(?!\d)                          # 12,00,000 (India)
      | \d{1,3}(?P<group>[,.'\u00a0\u202f ])\d{3}(?:(?P=group)\d{3})*+(?:[.,]\d{1,2})?(?!\d)  # 52,800  45 000  1.234,56
      | \d++(?:[.,]\d{1,2})?(?!\d)                                                           # 115  3.5  12,5
    )
    (?![.,]?\d|[ ]?%)                      # not a percentage
"""
RANGE_MARKS = r"[-–—~〜～]"  # between two amounts: a range, in any language
AT_LEAST_PLUS = regexes.compile(r"\+(?![ ]?\p{L})")  # '$100k+' is at least 100k ('$95,000 + super' is not)
SPACE_LIKE = regexes.compile(r"[\u00a0\u2007\u2009\u202f]")
# A date written without its year: '8 January', '8th of January', 'January 8th' (a deadline's, in prose).
YEARLESS_DATE = r"""(?x)
    (?<!\d)\d{1,2}(?:st|nd|rd|th)?\.?[ ](?:of[ ])?{month}\.?   # 8 January, 8th of Jan.
  | {month}\.?[ ]\d{1,2}(?:st|nd|rd|th)?(?!\d)                 # January 8th
"""
# A day's name (or any capitalised word) before a date: 'Friday 8 January', 'Sunday, 10 January 2027'.
DAY_BEFORE_DATE = regexes.compile(r"\p{Lu}\p{Ll}{2,11},?[ ]")


DATE_TIMEOUT = 0.05


@dataclass(frozen=True)
class ValueWords:
    """The compiled `values` vocabulary (built once with the rules, kept in the bundle)."""

    currency_regex: Any
    currency_codes: dict[str, str]  # folded word -> ISO code
    period_regex: Any
    period_names: dict[str, str]
    amount_regex: Any  # an amount and its multiplier word, if any
    multipliers: dict[str, int]
    between_regex: Any  # the whole text between two amounts of a range
    up_to_regex: Any  # ends the text before a lone amount that is a top
    from_regex: Any  # ends the text before a lone amount that is a bottom
    month_numbers: dict[str, int]
    date_regexes: tuple[Any, ...]
    arrangement_regex: Any
    arrangement_kinds: dict[str, str]
    office_days_regex: Any  # a count of days (digits or a number word)
    office_regex: Any
    week_regex: Any
    month_period_regex: Any  # 'per month' after a count of days: not days a week
    number_values: dict[str, int]
    apply_regex: Any = None  # a word that names applying: 'apply', 'Bewerbung', 'candidatures', '応募'
    until_regex: Any = None  # a word before the last day: 'by', 'bis zum', "jusqu'au", 'até', 'entro il'
    yearless_date_regex: Any = None  # a day and a month word without a year: '8 January', 'March 3rd'
    legal_name_regex: Any = None  # a name of Han, Hangul or kana with its legal form before or after it
    organisation_before: frozenset[str] = frozenset()  # folded words that open an organisation's name
    organisation_after: frozenset[str] = frozenset()  # folded words that end one
    apply_stems: tuple[str, ...] | None = None  # see apply_stems(); None: no line prefilter for deadline cues
    # seconds a date pattern gets on a short phrase where the rules hold a user's patterns; None for the
    # built-in ones (trusted, and the keyword alone costs a few microseconds a call: date_matches)
    date_timeout: float | None = DATE_TIMEOUT


ORDINAL_DAY = regexes.compile(r"(?<!\S)\d{1,2}$")  # a day of one or two figures, a word of its own
MONTH_AFTER_STOP = regexes.compile(r"[ \t]+(\p{L}++)")


def ordinal_day(text: str, stop: int, words: Any) -> bool:
    """The full stop at `stop` closes a day written as an ordinal before its month ('15. februar 2027',
    '10. Jänner', in any language the value words hold): it ends no sentence, and no label's value."""
    if words is None or ORDINAL_DAY.search(text, max(0, stop - 3), stop) is None:
        return False
    month = MONTH_AFTER_STOP.match(text, stop + 1)
    return month is not None and fold(month.group(1)) in words.month_numbers


def fold(word: str) -> str:
    """A word as the lookup tables key it: case and spacing ignored."""
    return " ".join(unicodedata.normalize("NFKC", word).casefold().split())


def words_pattern(words: Any) -> str:
    """Literal words, longest first, in any case. A word of letters matches whole ('pa' is not in 'pay'),
    a symbol or a Chinese, Japanese or Korean word anywhere ('$' in '$45K', '円' in '万円')."""
    entries = []  # (the word, its pattern without the look-behind), longest first
    # (longest first; words of one length in their own order, so that the pattern's text is the same in every
    # process: patterns are cached by their text, and a set's order changes with the process's hash seed)
    for word in sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w)):
        body = regex.sub(r"(?:\\?[ ])+", r"[ \\t]+", regex.escape(word, special_only=True, literal_spaces=True))
        entries.append((word, body + (r"(?!\p{L})" if LETTER_EDGE.match(word[-1]) else "")))
    if not entries:
        return "(?!)"
    before = r"(?<!\p{L})"
    lettered = [pattern for word, pattern in entries if LETTER_EDGE.match(word[0])]
    others = [(word, pattern) for word, pattern in entries if not LETTER_EDGE.match(word[0])]
    if lettered and all(caseless(word[0]) for word, _ in others):
        # One look-behind before all the words led by a letter, tried once at a position instead of once a
        # word (the arrangement words over a posting: 8.5 -> 1.0 ms). The same matches: each of the others
        # starts with a character without case, which matches only itself, so no word of either group
        # matches where one of the other does, and each group keeps its order.
        led = before + "(?:" + "|".join(by_first_letter(entries, lettered)) + ")"
        return "(?i:" + "|".join([led, *(pattern for _, pattern in others)]) + ")"
    parts = [(before if LETTER_EDGE.match(word[0]) else "") + pattern for word, pattern in entries]
    return "(?i:" + "|".join(parts) + ")"


def by_first_letter(entries: list[tuple[str, str]], lettered: list[str]) -> list[str]:
    """The patterns of the words led by a letter (`lettered`, in their order) as alternatives grouped by
    an ASCII first letter, each written once ('a(?:u[ \\t]+plus[ \\t]+tard...|vant...)'), and the words led
    by another letter as they are. The regex module then tests a position's first letter once for a group,
    not once a word (the deadline cues over the lines of a posting: ~170 -> ~125 us). The same matches:
    under (?i) a character matches at most one ASCII letter, so words of two groups never match at one
    position, and each group keeps its order; where a word's first letter outside ASCII matches an ASCII
    letter too ('ſ', the Kelvin sign), or is a capital 'I' (which (?i) matches to the dotless 'ı' where 'i'
    matches the dotted 'İ': 'INR', 'Institute'), nothing is grouped."""
    words = [word for word, _ in entries if LETTER_EDGE.match(word[0])]
    if any(word[0] == "I" or (not word[0].isascii() and folds_to_ascii(word[0])) for word in words):
        return lettered
    groups: dict[str, list[str]] = {}
    for word, pattern in zip(words, lettered, strict=True):
        key = word[0].lower() if word[0].isascii() else ""
        groups.setdefault(key, []).append(pattern[1:] if key else pattern)  # (a letter is never escaped)
    return [key + "(?:" + "|".join(rest) + ")" if key else "|".join(rest) for key, rest in groups.items()]


def folds_to_ascii(character: str) -> bool:
    """Whether (?i) matches the character to an ASCII letter ('ſ' to 's', the Kelvin sign to 'k')."""
    return any(regex.fullmatch("(?i:" + regex.escape(character) + ")", chr(code)) for code in range(128))


STEM_LENGTH = 4


def apply_stems(apply: list[str], until: list[str]) -> tuple[str, ...] | None:
    """The lower-cased first letters of each word for applying ('appl', 'bewe', 'cand'; of its first word
    only, as the pattern allows any spaces or tabs between words): every line where
    apply_regex matches holds one in its lower-cased copy, so a deadline cue is looked for only on those
    lines (a cue's sentence starts on its line). None, and no such prefilter, when a word has a character
    with a case outside Latin-1 or 'µ' ((?i) may match it to a character that lower() does not give), or a
    word of either list spans lines."""
    words = [w.strip() for w in apply if w.strip()]
    if any("\n" in w for w in [*words, *until]):
        return None
    if any(not (c.isascii() or caseless(c)) and (ord(c) > 255 or c == "µ") for w in words for c in w):
        return None
    return tuple(sorted({w.lower().split()[0][:STEM_LENGTH] for w in words}))  # a space may be a tab


def caseless(character: str) -> bool:
    return character.lower() == character.upper() == character.casefold() == character


def table(mapping: dict[str, list[str]], convert: Any = str) -> dict[str, Any]:
    return {fold(word): convert(key) for key, words in mapping.items() for word in words}


def check_words(value: Any) -> str | None:
    """What is wrong with a rules file's `values` entry, or None: for rules.validate()."""
    if not isinstance(value, dict):
        return "must be a mapping"
    for sub, entries in value.items():
        if sub not in SUB_KEYS:
            return f"unknown entry {sub!r} (expected one of: {', '.join(SUB_KEYS)})"
        if not isinstance(entries, dict):
            return f"{sub}: must be a mapping of a value to a list of words"
        allowed = SUB_KEYS[sub]
        for key, words in entries.items():
            if not isinstance(key, str):
                return f"{sub}: key {key!r} must be written as a string (quote it)"
            if allowed is not None and key not in allowed:
                return f"{sub}: unknown entry {key!r} (expected one of: {', '.join(allowed)})"
            if sub == "currencies" and not CURRENCY_CODE.fullmatch(key):
                return f"{sub}: {key!r} is not an ISO 4217 code (three capital letters)"
            if sub == "multipliers" and not WHOLE_NUMBER.fullmatch(key):
                return f"{sub}: {key!r} is not a whole number"
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                return f"{sub}.{key}: must be a list of non-empty strings"
            if sub == "date_patterns":
                for pattern in words:
                    problem = check_date_pattern(pattern)
                    if problem:
                        return f"{sub}.{key}: pattern {pattern!r} {problem}"
    return None


def check_date_pattern(pattern: str) -> str | None:
    try:
        groups = set(regex.compile(pattern.replace(MONTH_PLACEHOLDER, "(?:x)")).groupindex)
    except regex.error as exc:
        return f"does not compile: {exc}"
    if "year" in groups and ({"month", "day"} <= groups or {"first", "second"} <= groups):
        return None
    return "needs groups year, month and day (or year, first and second)"


def compile_words(data: dict[str, Any], date_timeout: float | None = DATE_TIMEOUT) -> ValueWords:
    """Compile the merged `values` entry of the rules (checked by check_words)."""
    get = lambda key: data.get(key) or {}  # noqa: E731
    ranges, office_days = get("range_words"), get("office_days")
    months = get("months")
    month_words = [word for words in months.values() for word in words]
    month_pattern = words_pattern(month_words)
    multipliers = get("multipliers")
    multiplier_words = [word for words in multipliers.values() for word in words]
    number_words = [word for words in get("numbers").values() for word in words]
    amount = AMOUNT + r"(?:[ ]?(?P<multiplier>" + words_pattern(multiplier_words) + r"))?"
    between_words = [*ranges.get("to", []), *ranges.get("up_to", [])]
    return ValueWords(
        currency_regex=regex.compile(words_pattern(w for ws in get("currencies").values() for w in ws)),
        currency_codes=table(get("currencies")),
        period_regex=regex.compile(words_pattern(w for ws in get("periods").values() for w in ws)),
        period_names=table(get("periods")),
        amount_regex=regex.compile(amount),
        multipliers=table(multipliers, int),
        between_regex=regex.compile(
            r"[\s,:()]*+(?:" + RANGE_MARKS + "|" + words_pattern(between_words) + r")[\s,:()]*+"
        ),
        up_to_regex=regex.compile(r"(?:" + words_pattern(ranges.get("up_to", [])) + r")[\s:,]*+\Z"),
        from_regex=regex.compile(r"(?:" + words_pattern(ranges.get("from", [])) + r")[\s:,]*+\Z"),
        month_numbers=table(months, int),
        date_regexes=tuple(
            regex.compile(pattern.replace(MONTH_PLACEHOLDER, month_pattern))
            for patterns in get("date_patterns").values()
            for pattern in patterns
        ),
        arrangement_regex=regex.compile(words_pattern(w for ws in get("arrangements").values() for w in ws)),
        arrangement_kinds=table(get("arrangements")),
        office_days_regex=regex.compile(
            r"(?<![\d.,])(?P<count>\d|" + words_pattern(number_words) + r")(?![\d.,])"
            r"(?:\s*+(?:[-–]|or|to)\s*+(?P<upper>\d|" + words_pattern(number_words) + r"))?"
            r"[ ]?(?:" + words_pattern(office_days.get("day", [])) + r")"
        ),
        office_regex=regex.compile(words_pattern(office_days.get("office", []))),
        week_regex=regex.compile(words_pattern(office_days.get("week", []))),
        month_period_regex=regex.compile(words_pattern(get("periods").get("month", []))),
        number_values=table(get("numbers"), int),
        apply_regex=regex.compile(words_pattern(get("deadline_cues").get("apply", []))),
        apply_stems=apply_stems(get("deadline_cues").get("apply", []), get("deadline_cues").get("until", [])),
        until_regex=regex.compile(words_pattern(get("deadline_cues").get("until", []))),
        yearless_date_regex=regex.compile(YEARLESS_DATE.replace(MONTH_PLACEHOLDER, month_pattern)),
        legal_name_regex=legal_name_pattern(get("legal_forms")),
        organisation_before=frozenset(fold(word) for word in get("organisations").get("before", [])),
        organisation_after=frozenset(fold(word) for word in get("organisations").get("after", [])),
        date_timeout=date_timeout,
    )


# The letters of a name written without spaces (Chinese, Japanese, Korean), with the long-vowel mark.
NAME_LETTER = r"[\p{Han}\p{Hangul}\p{Katakana}\p{Hiragana}ー]"


def legal_name_pattern(forms: dict[str, list[str]]) -> Any:
    """A name of two to twenty letters with its legal form: before it, a space or none between
    ('주식회사 하늘정원', '株式会社みなと'), or after it, a space or none ('青禾科技有限公司', '하늘정원 주식회사');
    None without forms."""
    before, after = forms.get("before", []), forms.get("after", [])
    if not before and not after:
        return None
    name = NAME_LETTER + "{2,20}"
    alternatives = []
    if before:
        alternatives.append(f"(?:{words_pattern(before)})[ ]?{name}")
    if after:
        # a form written before names too ends one only where no name follows it ('土日祝休み 株式会社清流
        # ライフサポート' is '株式会社清流ライフサポート'); one written only after ends it whatever follows
        # ('青禾科技有限公司成立于 ...')
        either = [form for form in after if form in before]
        only_after = [form for form in after if form not in before]
        if only_after:
            alternatives.append(f"(?<!{NAME_LETTER}){name}?[ ]?(?:{words_pattern(only_after)})")
        if either:
            alternatives.append(f"(?<!{NAME_LETTER}){name}?[ ]?(?:{words_pattern(either)})(?!{NAME_LETTER})")
    return regex.compile("|".join(alternatives))


def logistics_values(logistics: Logistics, rules: Rules) -> Values:
    """The values of a posting's logistics phrases; None for each one that says no value."""
    words: ValueWords | None = getattr(rules, "value_words", None)
    if words is None:
        return Values()
    arrangement, days = read_arrangement(logistics.work_arrangement or "", words)
    if arrangement is None and logistics.location:  # 'Remote (Canada)' as the location
        arrangement, days = read_arrangement(logistics.location, words)
    return Values(
        salary=read_salary(logistics.salary or "", words),
        start=read_date(logistics.start or "", words),
        deadline=read_date(logistics.deadline or "", words),
        work_arrangement=arrangement,
        onsite_days_per_week=days,
    )


def clean(text: str) -> str:
    """Full-width digits and signs made plain, and the thin and no-break spaces of number groups a space."""
    return SPACE_LIKE.sub(" ", unicodedata.normalize("NFKC", text[:500]))


# ---- pay -----------------------------------------------------------------------------------------------


def read_salary(text: str, words: ValueWords) -> Salary | None:
    """'€45K–55K' -> 45000..55000 EUR; '£52,800 up to £70,400'; '3.5 LPA' -> 350000 INR a year. None when
    no amount is marked as pay by a currency, a period or a multiplier ('Grade 8')."""
    text = clean(text)
    amounts = [m for m in words.amount_regex.finditer(text) if not looks_like_a_year(m, text, words)]
    if not amounts:
        return None
    first, low, high = amounts[0], amount_value(amounts[0], words), None
    second = amounts[1] if len(amounts) > 1 else None
    between = without_currency(text[first.end() : second.start()], words) if second is not None else ""
    between = str(words.period_regex.sub(" ", between))  # '$18/hr - $22/hr'

    if second is not None and words.between_regex.fullmatch(between):
        high = amount_value(second, words)
        low, high = shared_multiplier(first, second, low, high, words)
    currency_match = words.currency_regex.search(text)
    period_match = words.period_regex.search(text)
    if currency_match is None and period_match is None and not any(m.group("multiplier") for m in amounts[:2]):
        return None
    if high is None:
        before = without_currency(text[: first.start()], words)
        if words.up_to_regex.search(before):
            low, high = None, low
        elif not words.from_regex.search(before) and not AT_LEAST_PLUS.match(text, first.end()):
            high = low
    if low is not None and high is not None and low > high:
        return None
    return Salary(
        min=tidy(low),
        max=tidy(high),
        currency=words.currency_codes.get(fold(currency_match.group())) if currency_match else None,
        period=words.period_names.get(fold(period_match.group())) if period_match else None,
    )


def amount_value(match: Any, words: ValueWords) -> float:
    number, group = match.group("number"), match.group("group") or match.group("lakh_group")
    if group:
        number = number.replace(group, "")
    value = float(number.replace(",", "."))
    multiplier = match.group("multiplier")
    return value * words.multipliers.get(fold(multiplier), 1) if multiplier else value


def shared_multiplier(first: Any, second: Any, low: float, high: float, words: ValueWords) -> tuple[float, float]:
    """'€45K–55K', '20-30K': a multiplier written on one side only is the other's too, when that side is
    small without it (not '$50,000 - 60K')."""
    for one, other in ((first, second), (second, first)):
        multiplier = one.group("multiplier")
        if multiplier and not other.group("multiplier"):
            factor = words.multipliers.get(fold(multiplier), 1)
            if other is first and low < 1000:
                low *= factor
            elif other is second and high < 1000:
                high *= factor
    return low, high


def looks_like_a_year(match: Any, text: str, words: ValueWords) -> bool:
    """'2026' in 'Salary (2026): £30k' is a year, unless a currency is written against it ('$2026')."""
    number = match.group("number")
    if not (len(number) == 4 and number[:2] in ("19", "20")) or match.group("multiplier"):
        return False
    before, after = text[: match.start()].rstrip(), text[match.end() :].lstrip()
    against = any(m.end() == len(before) for m in words.currency_regex.finditer(before, max(0, len(before) - 4)))
    return not against and words.currency_regex.match(after) is None and len(words.amount_regex.findall(text)) > 1


def without_currency(text: str, words: ValueWords) -> str:
    return str(words.currency_regex.sub(" ", text))


def tidy(value: float | None) -> int | float | None:
    """Whole amounts as integers; others to the cent (3.5 * 100000 is 350000, not 350000.00000000006)."""
    if value is None:
        return None
    value = round(value, 2)
    return int(value) if value.is_integer() else value


# ---- dates ---------------------------------------------------------------------------------------------


def read_date(text: str, words: ValueWords) -> str | None:
    """The first full date written in text as YYYY-MM-DD ('November 17, 2025', '04 Jan 2026', '26.02.2026',
    '2026年3月31日'); None for a month or season alone ('January 2027', 'ASAP') or '03/04/2026' (which?)."""
    text = clean(text)
    found = []
    for pattern in words.date_regexes:
        try:  # a user's pattern gets a moment, not a minute, on a short phrase
            found += date_matches(pattern, text, words)
        except TimeoutError:
            continue
    found.sort(key=lambda m: m.start())
    for match in found:
        date = date_of(match, words)
        if date is not None:
            return date
    return None


def date_phrase_at(text: str, at: int, words: ValueWords) -> str | None:
    """The date written at `at` ('28.02.2027', '15 février 2027', 'Friday 8 January'), with the day's
    name before it if any; looked for within a few dozen characters only."""
    day = DAY_BEFORE_DATE.match(text, at, at + 14)
    for begin in (day.end(), at) if day else (at,):
        for pattern in (*words.date_regexes, words.yearless_date_regex):
            if pattern is None:
                continue
            try:
                if words.date_timeout is None:
                    match = pattern.match(text, begin, begin + 40)
                else:
                    match = pattern.match(text, begin, begin + 40, timeout=words.date_timeout)
            except TimeoutError:
                continue
            if match is not None:
                return text[at : match.end()]
    return None


def date_matches(pattern: Any, text: str, words: ValueWords) -> Any:
    """pattern.finditer(text), under words.date_timeout where there is one."""
    if words.date_timeout is None:
        return pattern.finditer(text)
    return pattern.finditer(text, timeout=words.date_timeout)


def date_of(match: Any, words: ValueWords) -> str | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("first") is not None:
        first, second = int(groups["first"]), int(groups["second"])
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first or first == second:
            month, day = first, second
        else:
            return None
    else:
        written = groups["month"]
        month = int(written) if written.isdigit() else words.month_numbers.get(fold(written.rstrip("."))) or 0
        day = int(groups["day"])
    import datetime  # here: most postings give no date, and the module costs ~1 ms to import

    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


# ---- work arrangement ----------------------------------------------------------------------------------


def read_arrangement(text: str, words: ValueWords) -> tuple[str | None, int | None]:
    """remote, hybrid or onsite, and the on-site days a week when stated. Hybrid when the words say so, when
    they name both remote and on-site work, or when fewer than five on-site days are stated."""
    text = clean(text)
    kinds = {words.arrangement_kinds.get(fold(m.group())) for m in words.arrangement_regex.finditer(text)}
    days = office_days(text, words)
    if "hybrid" in kinds or {"remote", "onsite"} <= kinds or (days is not None and days < 5):
        return "hybrid", days
    if "remote" in kinds:
        return "remote", None
    if "onsite" in kinds or days is not None:
        return "onsite", days
    return None, None


CLAUSE_END = regexes.compile(r"[.;\n]")


def office_days(text: str, words: ValueWords) -> int | None:
    """'2 days in the Uxbridge office', 'on-site three days a week': the count of days nearest an office
    word and not a remote one; a range ('2-3 days') gives None."""
    for match in words.office_days_regex.finditer(text):
        after = CLAUSE_END.split(text[match.end() : match.end() + 50], maxsplit=1)[0]
        before = CLAUSE_END.split(text[max(0, match.start() - 40) : match.start()])[-1]
        if words.month_period_regex.search(after[:20]):
            continue  # days a month
        place = nearest_place(after, before, words)
        if place != "onsite" or match.group("upper"):
            continue
        count = match.group("count")
        number = int(count) if count.isdigit() else words.number_values.get(fold(count))
        if number is not None and 1 <= number <= 7:
            return number
    return None


def nearest_place(after: str, before: str, words: ValueWords) -> str | None:
    """Where the days are spent: the first office or arrangement word after the count, else the last one
    before it."""
    for text, pick in ((after, 0), (before, -1)):
        hits = [("onsite", m.start()) for m in words.office_regex.finditer(text)]
        hits += [
            (words.arrangement_kinds.get(fold(m.group())) or "", m.start())
            for m in words.arrangement_regex.finditer(text)
        ]
        if hits:
            hits.sort(key=lambda hit: hit[1])
            return hits[pick][0]
    return None
