"""The speed shortcuts of issue 11 give what the work they skip would give: each check may let work run
that finds nothing, never skip work that finds something. Checked on the repo's postings (their lines and
sentences) and on seeded random strings made of the characters each pattern cares about, so a change to a
pattern that a shortcut no longer covers fails here, not silently in the output."""

from __future__ import annotations

import dataclasses
import random

import regex

from jobx import items, logistics, names, normalise, segment, skills, values
from jobx.features import LEGAL_FORM
from jobx.literals import LookBehindFirst, Vocabulary, ascii_words, may_match, prefilter_text
from jobx.rules import Rules, default_rules

from .conftest import REPO


def postings() -> list[str]:
    paths = [*REPO.glob("seeds/*.txt"), *REPO.glob("examples/*.*"), *REPO.glob("tests/golden/*.txt")]
    paths += [*REPO.glob("tests/golden/*.md"), *REPO.glob("tests/probe/*.txt")]
    return [normalise.normalise(path.read_text(encoding="utf-8")).text for path in sorted(paths)]


def lines_and_sentences(texts: list[str]) -> list[str]:
    pieces = [line for text in texts for line in text.split("\n")]
    return pieces + [sentence for line in pieces for sentence in line.split(". ")]


def vocabularies(rules: Rules) -> list[tuple[str, Vocabulary]]:
    found = [("employment", rules.employment_regex), ("boilerplate", rules.boilerplate_regex)]
    found += [("arrangement", rules.arrangement_regex), ("skills", rules.exact_skill_regex)]
    found += [(f"prose {kind.value}", pattern) for kind, pattern in rules.prose_cues]
    found += [(f"keyword {kind.value}", pattern) for _, kind, pattern in rules.heading_keywords]
    return found


def test_a_vocabulary_skips_only_texts_it_cannot_match() -> None:
    rules = default_rules()
    chance = random.Random(11)
    pieces = lines_and_sentences(postings())
    words = [word for piece in pieces for word in piece.split()]
    for _, vocabulary in vocabularies(rules):  # the vocabularies' own words, in any order and case
        words += [w for part in vocabulary.patterns for w in regex.findall(r"\p{L}+", part.pattern)]
    joints = [" ", "  ", "-", "/", "+", "'", "’", " & ", "#", "_", "\t", ", ", "é", "•"]
    for _ in range(3000):
        count = chance.randrange(1, 7)
        text = chance.choice(joints).join(chance.choice(words) for _ in range(count))
        pieces.append(text.upper() if chance.random() < 0.2 else text)
    skipped = 0
    for name, vocabulary in vocabularies(rules):
        assert vocabulary.phrase_words is not None, name
        for piece in pieces:
            if vocabulary.cannot_match(piece, 0, None):
                skipped += 1
                assert all(part.search(piece) is None for part in vocabulary.patterns), (name, piece)
    assert skipped > 1000


def test_the_word_prefilter_cases() -> None:
    rules = default_rules()
    perks = rules.prose_cue(next(kind for kind, _ in rules.prose_cues if kind.value == "benefits"))
    assert ascii_words("Paid time-off, 401(k) & dental_plan") == {"paid", "time", "off", "401", "k", "dental_plan"}
    assert perks.cannot_match("Reports to the head of finance", 0, None)
    assert not perks.cannot_match("Reports to the head of finance", 1, None)  # a window: searched as it is
    assert not perks.cannot_match("Reports to the head of finance ſ", 0, None)  # not ASCII: searched as it is
    assert not perks.cannot_match("x" * 401, 0, None)  # long: searched as it is
    assert perks.cannot_match("Reports to the head of finance", 0, 200)  # an end past the string's: no end
    assert not perks.cannot_match("Reports to the head of finance", 0, 10)  # a window: searched as it is


def test_inline_bullets_are_looked_for_wherever_one_can_be() -> None:
    chance = random.Random(12)
    lines = [line for text in postings() for line in text.split("\n")]
    alphabet = ["a", "B", " ", "  ", "\t", "-", "*", " * ", " - ", "–", "—", "•", "·", "✅", "©", "Z", ".", ":"]
    lines += ["".join(chance.choice(alphabet) for _ in range(chance.randrange(1, 12))) for _ in range(5000)]
    for line in lines:
        if not items.may_hold_inline_bullet(line, 0, len(line)):
            assert items.INLINE_BULLET.search(line) is None, line


def test_lines_whose_numbered_items_are_not_looked_for_have_fewer_than_two() -> None:
    """items.enumerated runs ENUMERATOR only where two markers can be (and on an ASCII line only where a
    second one, '2)', 'b)', '2.', is): its answer is the one it gives when ENUMERATOR runs on every line with
    a bracket or a script without spaces."""

    def ungated(text: str, start: int, end: int) -> list[str]:
        line = text[start:end]
        if ")" not in line and (line.isascii() or not items.UNSPACED_LETTER.search(line)):
            return []
        markers = list(items.ENUMERATOR.finditer(text, start, end))
        ordinals = [int(m.group("n")) if m.group("n").isdigit() else ord(m.group("n")) - 96 for m in markers]
        if len(markers) < 2 or ordinals != list(range(1, len(markers) + 1)):
            return []
        ends = [m.start() for m in markers[1:]] + [end]
        pieces = [text[m.end() : piece_end] for m, piece_end in zip(markers, ends, strict=True)]
        if any(len(p.split()) < 2 and len(p.strip()) < items.MIN_ENUMERATED_CHARACTERS for p in pieces):
            return []
        return [m.group() for m in markers if text[start : m.start()].strip()]

    chance = random.Random(22)
    texts = postings()
    texts += ["Duties: 1) Serve food to guests 2) Clean the tables", "Tasks (a) Do this now (b) Do that too"]
    texts += ["Duties: 01) Serve food to guests 02) Clean the tables", "Duties: 1) Serve food ２) Clean the tables"]
    texts += ["职责：1.负责门店经营；2.定期分析数据", "要求;1.本科以上;2.三年以上经验", "業務内容。1.接客業務 2.品出し業務"]
    # numbers after ';' with one bracket, in ASCII or not, the first ';' just before where the block starts
    texts += ["Tasks) ;1.Do the work ;2.Do the rest", "x;1.Do the work 2) Serve the food", "x;1.Do the work é 2) Serve the food"]
    alphabet = ["1", "2", "3", "a", "b", "c", ")", "(", ".", " ", "Do", "the", ";", "；", "。", "、", "．", "：", "负责"]
    alphabet += ["ª", "담당", "é", "’", "Serve", " Serve food", "分析数据"]
    texts += ["".join(chance.choice(alphabet) for _ in range(chance.randrange(1, 16))) for _ in range(20000)]
    checked = found = 0
    for text in texts:
        position = 0
        for line in text.split("\n"):
            start, end = position, position + len(line)
            position = end + 1
            for cut in (start, min(end, start + 2)):  # a block may start inside a line
                want = ungated(text, cut, end)
                assert [m.group() for m in items.enumerated(text, cut, end)] == want, (text, cut, end)
                checked += 1
                found += bool(want)
    assert checked > 20000 and found > 5


def test_field_patterns_strings_looked_up_once_give_what_the_prefilter_gives() -> None:
    rules = default_rules()
    texts = postings() + lines_and_sentences(postings()[:4])
    groups = [g for literals in rules.field_literals.values() for tier in literals for g in tier]
    for text in texts:
        lowered, firsts = prefilter_text(text), {}  # type: ignore[var-annotated]
        for strings in groups:
            assert logistics.holds_groups(strings, lowered, firsts) == may_match(strings, lowered), (strings, text)


def test_team_patterns_on_their_lines_find_what_they_find_in_the_whole_text() -> None:
    texts = postings() + [
        "About us\nJoin our Growth squad. The Media Network team builds tools.\nPart of the Cloud Silicon Group.",
        "Wir suchen Verstärkung für unser Beratungsteam.\nIn der Abteilung Finanzen arbeiten Sie mit.",
        "Overview\nA post in the Department of Soil Science.\nThe Division of Renal Care is hiring. The Unit of Work.",
    ]
    nouns = "team Team teams squad Squad group Group organisation Organization practice Practice department "
    nouns += "Department division Division Center Centre Unit desk Desk section Section crew Crew"
    texts += [
        f"Intro.\nYou will join our Data {noun} today. The Cloud Data {noun} builds it. We are growing our Web {noun}."
        for noun in nouns.split()
    ]
    spans = lambda matches: [(m.span(), m.span("value")) for m in matches]  # noqa: E731
    for text in texts:
        lines = names.unit_lines(text)
        for pattern in (*names.UNIT_PATTERNS, names.TEAM_GROWN):
            whole = list(pattern.finditer(text))
            assert spans(whole) == spans(m for start, end in lines for m in pattern.finditer(text, start, end))
            assert all("\n" not in m.group() and any(p in m.group() for p in names.UNIT_PARTS) for m in whole)
            assert whole or pattern is not names.TEAM_IN_CONTEXT or not text.startswith("Intro."), text
        if not names.may_name_team_abroad(text):
            assert names.TEAM_ABROAD.search(text) is None
    assert names.may_name_team_abroad("Wir suchen Verstärkung für unser Beratungsteam.")
    assert names.may_name_team_abroad("In der Abteilung Finanzen arbeiten Sie mit.")


def test_a_team_pattern_of_a_language_is_skipped_only_where_it_finds_nothing() -> None:
    rules = default_rules()
    texts = postings() + [
        "Du bliver en del af vores Salgsteam i Aarhus.",
        "Wir suchen Verstärkung für UNSER Beratungsteam.",
        "Sie arbeiten in unserem Einkaufsteam mit.",
        "Je werkt in ons Onderhoudsteam en in het Planningteam.",
        "Du blir en del av vårt Kundeteam.",
        "Du jobbar i vårt Säljteam i Malmö.",
        "配属先：東京本社の営業部で新規顧客を担当します。",
        "経理課の一員として決算業務を行います。",
        "개발팀에서 서버를 운영합니다. 영업본부 소속으로 근무합니다.",
        "加入数据中心团队，负责平台开发。隶属于研发部。",
    ]
    assert len(rules.team_regexes) == len(rules.team_literals) >= 8
    found = 0
    for text in texts:
        lowered = prefilter_text(text)
        for pattern, literals in zip(rules.team_regexes, rules.team_literals, strict=True):
            match = pattern.search(text)
            found += match is not None
            assert match is None or may_match(literals, lowered), (pattern.pattern, text)
    assert found >= 9  # the texts above are found, so the check above checked something
    japanese = [lit for pat, lit in zip(rules.team_regexes, rules.team_literals, strict=True) if "チーム" in pat.pattern]
    assert japanese and not may_match(japanese[0], prefilter_text("You will join the Payments team in Leeds."))


def test_label_separators_on_their_lines_are_those_of_the_whole_text() -> None:
    texts = postings() + lines_and_sentences(postings()[:4])
    texts += ["Location:Leeds\nPay :  £30k\nHours\t- 37\n: x\n\tType - Full-time\nStart –\nnow", "a:\n:b", ":"]
    for text in texts:
        lines = logistics.lines_holding(text, logistics.SEPARATOR_MARKS)
        whole = [m.span() for m in logistics.LABEL_SEPARATOR.finditer(text)]
        assert whole == [m.span() for start, end in lines for m in logistics.LABEL_SEPARATOR.finditer(text, start, end)]


def test_organisation_ends_are_found_as_the_plain_alternation_finds_them() -> None:
    rules = default_rules()
    words = sorted(rules.value_words.organisation_after, key=len, reverse=True)  # as organisation_end_pattern
    ends = [regex.escape(word[:1].upper() + word[1:]).replace("\\ ", "[ ]") for word in words]
    body = "|".join([names.LEGAL_FORM_AFTER.pattern.removeprefix("[ ]"), *ends])
    plain = regex.compile(r"(?<=\p{L}[ ])(?:" + body + r")(?![\p{L}\d])")
    pattern = names.organisation_end_pattern(rules)
    assert pattern.pattern.startswith("[ ](?=[")  # the fast form, led by a space
    forms = "LLC L.L.C. Inc Inc. INC Ltd Ltd. Limited LLP PLC plc GmbH AG SE e.V. e. V. S.A. SA SAS S.L. B.V. BV N.V."
    forms += " Pty Pty Ltd Oy AB ApS AS Co. S.p.A. SpA S.r.l. Srl S.L.U. Ltda K.K."
    names_written = [f"Acme {end}" for end in [*forms.split(" "), *(word.title() for word in words)]]
    texts = postings() + [
        " ".join(names_written),
        "\n".join(names_written),
        "Acme  Ltd, Acme Ltd. Co. Ltd Acme LtdX 1 Ltd Acme Co-operative Coöperatie Acme Universität, Acme Inc Ltd",
    ]
    for text in texts:
        assert [m.span() for m in plain.finditer(text)] == [m.span("end") for m in pattern.finditer(text)]


def test_value_words_are_found_as_the_plain_alternation_finds_them() -> None:
    def plain(words: list[str]) -> regex.Pattern[str]:  # words_pattern before it shared the look-behind
        parts = []
        for word in sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True):
            body = regex.sub(r"(?:\\?[ ])+", r"[ \\t]+", regex.escape(word, special_only=True, literal_spaces=True))
            before = r"(?<!\p{L})" if values.LETTER_EDGE.match(word[0]) else ""
            after = r"(?!\p{L})" if values.LETTER_EDGE.match(word[-1]) else ""
            parts.append(before + body + after)
        return regex.compile("(?i:" + "|".join(parts) + ")" if parts else "(?!)")

    data = default_rules().raw["values"]
    lists = [
        [word for words in data[key].values() for word in words] for key in ("currencies", "periods", "arrangements")
    ]
    lists += [data["months"]["1"], data["deadline_cues"]["apply"], data["deadline_cues"]["until"], ["$", "€", "Remote"]]
    # (every list the rules give words_pattern; words grouped by their first letter, and words led by a
    # letter that (?i) matches to an ASCII one, which are not grouped)
    lists += [[word for words in data[key].values() for word in words] for key in ("multipliers", "office_days")]
    lists += [[word for words in data[key].values() for word in words] for key in ("months", "numbers", "range_words")]
    lists += [["Bis", "bei", "by", "Ab", "avant", "été", "Über", "über", "à", "ab sofort"], ["so bis x", "ſo bis", "so"]]
    lists += [["\u212aey", "key", "kit"], ["İl", "il", "Ira"], ["by", "before", "bis"], ["ab", "Äb", "äc"]]
    lists += [["INR", "in", "bis"], ["in", "inr", "bis"], ["Institute", "in"]]
    texts = postings() + lines_and_sentences(postings()[:4]) + ["$100 € remote$ Remoteé 100% remote, µ円 REMOTE"]
    texts += ["ſo bis BY Bei 5bis ab sofort, ÄB Ab été ÉTÉ \u212aEY key KIT İl il ıl Ira über ÜBER xbis à À Before"]
    texts += ["ınr İNR İn ın ınstitute İnstitute INR inr bis"]
    for words in lists:
        fast, slow = regex.compile(values.words_pattern(words)), plain(words)
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], words


def test_section_enders_are_found_as_a_search_for_every_phrase_finds_them() -> None:
    rules = default_rules()
    texts = postings() + ["Intro.\n" + ". ".join(phrase.capitalize() for phrase in rules.section_enders)]

    def every_phrase(text: str) -> list[int]:
        starts, lowered = [], text.lower()
        for phrase in rules.section_enders:
            index = lowered.find(phrase)
            while index != -1:
                sentence_start = max(text.rfind(". ", 0, index) + 2, text.rfind("\n", 0, index) + 1, 0)
                piece = text[sentence_start:index].split()
                if (
                    segment.MIN_ITEM_BEFORE_ENDER <= len(piece) <= segment.MAX_ITEM_BEFORE_ENDER
                    and not any(word[:1].isupper() for word in piece[1:])
                    and segment.RUN_ON_SENTENCE.match(text, index - 2, index + 1)
                ):
                    sentence_start = index  # a sentence whose stop was lost, after an item on its line
                elif index - sentence_start > 200:  # no sentence start near: the name before the phrase, if any
                    subject = segment.ENDER_SUBJECT.search(text, max(0, index - 80), index)
                    sentence_start = subject.start() if subject is not None else index
                starts.append(sentence_start)
                index = lowered.find(phrase, index + len(phrase))
        return starts

    for text in texts:
        assert segment.section_ender_starts(text, rules) == every_phrase(text)
    assert len(segment.section_ender_starts(texts[-1], rules)) >= len(rules.section_enders)


def test_a_line_that_cannot_close_a_heading_reads_alike_greedy_and_lazy() -> None:
    chance = random.Random(13)
    lines = [line for text in postings() for line in text.split("\n")]
    alphabet = ["A", "b", " ", "\t", "#", "**", "__", "[", "]", "【", "】", "＜", "＞", "🚀", "\ufe0f", ":", ".", "¿"]
    lines += ["".join(chance.choice(alphabet) for _ in range(chance.randrange(1, 10))) for _ in range(5000)]
    for line in lines:
        text = "Title\n" + line
        start, end = 6, len(text)
        if end > start and segment.CLOSING_CHARACTER.match(text, end - 1, end) is None:
            lazy, greedy = segment.LINE_TEXT.match(text, start, end), segment.LINE_TEXT_TO_END.match(text, start, end)
            assert (lazy and (lazy.span(), lazy.span("text"), lazy.span("level"), lazy.span("open"))) == (
                greedy and (greedy.span(), greedy.span("text"), greedy.span("level"), greedy.span("open"))
            ), line


def test_label_words_backwards_are_the_label_words_forwards() -> None:
    forwards = regex.compile(logistics.LABEL_WORDS.pattern.removeprefix("(?r)"))
    assert forwards.pattern != logistics.LABEL_WORDS.pattern
    chance = random.Random(14)
    alphabet = ["a", "B", " ", "\t", "/", "&", "'", "’", ".", ":", "-", "1", "\n", "é"]
    for _ in range(20000):
        text = "".join(chance.choice(alphabet) for _ in range(chance.randrange(0, 24)))
        low = chance.randrange(0, len(text) + 1)
        high = chance.randrange(low, len(text) + 1)
        want, got = forwards.search(text, low, high), logistics.LABEL_WORDS.search(text, low, high)
        assert (want and want.span()) == (got and got.span()), (text, low, high)


def test_white_space_is_mapped_as_translate_maps_it() -> None:
    every = "".join(chr(code) for code in range(0x3100)) + "\ufeff\u2060"
    mapped = normalise.SAME_LENGTH_CHARACTERS.sub(lambda found: normalise.SAME_LENGTH[ord(found.group())], every)
    assert mapped == every.translate(normalise.SAME_LENGTH)


def test_a_text_without_chinese_japanese_or_korean_letters_has_no_script_seam() -> None:
    chance = random.Random(15)
    alphabet = ["a", "Z", "1", "+", "#", ".", " ", "é", "ж", "ا", "•"]
    for _ in range(3000):
        text = "".join(chance.choice(alphabet) for _ in range(chance.randrange(0, 16)))
        assert skills.UNSPACED_SCRIPT.search(text) is None
        assert skills.SCRIPT_SEAM.sub(" ", text) == text
    assert skills.UNSPACED_SCRIPT.search("Pythonでの開発")


def test_deadline_cues_looked_for_on_the_lines_of_a_word_for_applying_are_those_of_the_whole_text() -> None:
    rules = default_rules()
    words = rules.value_words
    assert words.apply_stems is not None

    def whole_text(text: str) -> str | None:  # prose_deadline before the line prefilter
        for cue in words.until_regex.finditer(text):
            date = values.date_phrase_at(text, logistics.BLANKS.match(text, cue.end()).end(), words)
            if date is None:
                continue
            window = max(0, cue.start() - logistics.MAX_DEADLINE_SENTENCE)
            breaks = logistics.SENTENCE_BREAK.finditer(text, window, cue.start())
            opening = max((end.end() for end in breaks), default=window)
            if words.apply_regex.search(text, opening, cue.start()):
                return logistics.clean_value(date)
        return None

    chance = random.Random(16)
    pieces = [
        "Apply",
        "APPLICATIONS",
        "submit\tyour CV",
        "Bewerbung",
        "Candidaturas",
        "by",
        "BY",
        "until",
        "bis zum",
        "jusqu’au",
        "até",
        " ",
        "\n",
        ". ",
        "8 January 2027",
        "Friday 8 January",
        "15.02.2027",
        "1by",
        "ſ",
        "ok",
    ]
    texts = postings() + ["".join(chance.choice(pieces) for _ in range(chance.randrange(1, 30))) for _ in range(3000)]
    found = 0
    for text in texts:
        want = whole_text(text)
        assert logistics.prose_deadline(text, rules) == want, text
        found += want is not None
    assert found > 50


def test_aliases_tried_only_before_a_character_some_alias_goes_on_with_are_all_found() -> None:
    rules = default_rules()
    assert rules.heading_next_characters
    unchecked = dataclasses.replace(rules, heading_next_characters=None)
    aliases = [alias for entries in rules.raw["sections"].values() for alias in entries]
    chance = random.Random(17)
    joints = [" ", "  ", "\t", "\n", "", ": ", "'", "’", "-", ". "]
    texts = postings()
    for _ in range(3000):
        pieces = [chance.choice(aliases) for _ in range(chance.randrange(1, 5))]
        pieces = [p.upper() if chance.random() < 0.2 else p.lower() if chance.random() < 0.2 else p for p in pieces]
        texts.append("".join(piece + chance.choice(joints) for piece in pieces))
    found = 0
    for text in texts:
        want = [m.span() for m in segment.alias_matches(text, unchecked)]
        assert [m.span() for m in segment.alias_matches(text, rules)] == want, text
        found += len(want)
    assert found > 3000


def test_a_line_bound_field_pattern_searched_in_its_lines_finds_what_it_finds_in_the_whole_text() -> None:
    rules = default_rules()
    texts = postings() + lines_and_sentences(postings()[:4])
    # look-aheads at a line's end: read past it ('$2\nMillion' is no pay), or seeing the text's end there
    texts += ["Raised $2\nMillion in funding.", "Pay $25\nper hour", "📍 Leeds\nApply", "📍 Leeds"]
    texts += ["Our work location is Leeds\nNext", "The contract ends June 2027\nNext", "Term until May 2027"]
    # a look-ahead's strings on the match's line ('Full-time' after the place), or only on the next line
    texts += ["12 Mill Road, Leeds, UK Full-time\nNext", "Leeds, UK\n$25 per hour", "Leeds, UK  £25 an hour"]
    chance = random.Random(18)
    words = [word for text in texts[:20] for word in text.split()]
    for _ in range(1500):
        count = chance.randrange(1, 40)
        texts.append("".join(chance.choice(words) + chance.choice([" ", " ", "\n", ". ", ", "]) for _ in range(count)))
    checked = found = 0
    for text in texts:
        lowered = prefilter_text(text)
        if lowered is None:
            continue
        firsts: dict[str, int] = {}
        lasts: dict[str, int] = {}
        for field, tiers in rules.field_regexes.items():
            for tier, bound in zip(tiers, rules.field_lines[field], strict=True):
                for pattern, groups in zip(tier, bound, strict=True):
                    if groups is None:
                        continue
                    want = pattern.search(text)
                    start = logistics.first_line_start(groups, lowered, firsts)
                    got = pattern.search(text, start) if start is not None else None
                    assert (want and want.span()) == (got and got.span()), (field, pattern.pattern, text)
                    window = logistics.line_window(groups, lowered, firsts, lasts)
                    got = pattern.search(text, *window) if window is not None else None
                    assert (want and want.span()) == (got and got.span()), (field, pattern.pattern, text)
                    checked += 1
                    found += want is not None
    assert checked > 10000 and found > 100


def test_a_field_pattern_searched_look_behind_last_finds_what_the_whole_pattern_finds() -> None:
    rules = default_rules()
    split = [p for tiers in rules.field_regexes.values() for tier in tiers for p in tier if isinstance(p, LookBehindFirst)]
    assert split, "no field pattern opens with a look-behind and one group"
    texts = postings() + lines_and_sentences(postings()[:4])
    # the look-behind turns away the first amount, not the second; a bonus too far back turns away none
    texts += ["Signing bonus $5,000. Salary $60,000", "A referral bonus of $500 and $40,000", "bonus: Leeds-Leeds"]
    texts += ["Annual bonus paid in addition to the base salary of " + "x" * 30 + " $70,000"]
    chance = random.Random(21)
    pieces = ["bonus", "stipend", " ", "  ", ".", "\n", "$", "£", "€", "USD ", "1", "0", ",", "k", "-", "to", "Leeds", "-"]
    texts += ["".join(chance.choice(pieces) for _ in range(chance.randrange(1, 30))) for _ in range(3000)]
    checked = found = 0
    for pattern in split:
        for text in texts:
            for start in (0, len(text) // 2):
                want = pattern.whole.search(text, start)
                got = pattern.search(text, start)
                assert (want and (want.span(), want.groups())) == (got and (got.span(), got.groups())), text
                checked += 1
                found += want is not None
    assert checked > 5000 and found > 50


def test_a_title_loses_its_employer_as_the_pattern_compiled_for_the_employer_takes_it() -> None:
    def compiled_for(title: str | None, company: str | None) -> str | None:  # without_company before
        if not title or not company:
            return title
        form = LEGAL_FORM.search(company)
        if form is not None and form.start() > 0 and company not in title:
            company = company[: form.start()]  # the name without its legal form, where the title writes it so
        match = regex.search(
            r"[ \t]*+(?:[-–—|·@,]|\bat)[ \t]*+"
            + regex.escape(company)
            + r"(?:,[ ]\p{Lu}[\p{L}.'’ -]{0,40})?(?:[ ]\([^()\n]{1,30}\))?\W*$",
            title,
        )
        return title[: match.start()] if match and match.start() > 0 else title

    chance = random.Random(20)
    pieces = ["Acme", "Acme Ltd", "at", "AT", "a", " ", "  ", "\t", "-", "–", "|", "·", "@", ",", "Engineer", "Leeds"]
    pieces += [", Bristol", ".", "!", "(", ")", "cat", "Acme Acme", "\n", "é", " (30 hrs)", " Ltd"]
    companies = ["Acme", "Acme Ltd", "Acme Acme", "at", "-", " Acme", "A", "Leeds", "a.b", "(", "é"]
    checked = changed = 0
    for _ in range(20000):
        title = "".join(chance.choice(pieces) for _ in range(chance.randrange(0, 9)))
        company = chance.choice(companies)
        want = compiled_for(title, company)
        assert names.without_company(title, company) == want, (title, company)
        checked += 1
        changed += want != title
    assert changed > 100
    assert names.without_company("Backend Engineer (Python) — Kestrel Robotics", "Kestrel Robotics") == (
        "Backend Engineer (Python)"
    )


def test_team_phrases_tried_where_the_lower_cased_text_holds_one_match_as_the_whole_text_search() -> None:
    rules = default_rules()
    pattern, phrases = names.team_phrases(rules)
    assert pattern is not None and phrases
    chance = random.Random(21)
    pieces = [*phrases, "THE TEAM", "Our Team", "Data", "Platform", "Engineering", "and", "builds", "ſ", "é"]
    pieces += ["Meet The Team", "team", ".", "\n", " ", "  ", "1the team", "über"]
    texts = postings() + [
        "".join(chance.choice(pieces) + " " for _ in range(chance.randrange(1, 25))) for _ in range(3000)
    ]
    found = 0
    for text in texts:
        want = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in names.team_phrase_matches(text, rules)] == want, text
        found += len(want)
    assert found > 500


def test_camel_names_of_texts_without_a_lower_case_letter_then_a_capital_are_none() -> None:
    """skills.camel_names scans only texts holding a lower-case letter then a capital: it finds what
    CAMEL_NAME finds over every text."""
    rules = default_rules()

    def ungated(texts: list[str]) -> list[str]:
        found = [m.group() for text in texts for m in skills.CAMEL_NAME.finditer(text)]
        return [name for name in found if len(name) >= skills.MIN_CAMEL_NAME and name.lower() not in rules.not_skill_words]

    chance = random.Random(33)
    texts = lines_and_sentences(postings())
    alphabet = ["a", "b", "Q", "Z", "é", "É", "ß", "ǅ", "İ", "ı", "Σ", "ς", "ǲ", "3", ".", "@", "/", "#", "-", " ", "xy"]
    texts += ["".join(chance.choice(alphabet) for _ in range(chance.randrange(1, 12))) for _ in range(20000)]
    texts += ["Experience with memoQ, ArchivesSpace and grandMA3", "ÉtéÉcole", "a ǅb", "KoboToolbox"]
    found = 0
    for text in texts:
        assert skills.camel_names([text], rules) == ungated([text]), text
        found += bool(ungated([text]))
    assert found > 100


def test_a_post_s_counts_are_found_only_where_one_of_their_words_is_written() -> None:
    # find_headings looks for a post's line of counts only where an engagement word occurs in the text: every
    # post end found holds one of them (in any case), so the shortcut skips only texts with none
    rules = default_rules()
    posts = [
        "Hiring a payroll officer.\nWhat you'll do\n- Run payroll\n- Answer queries\n\n12 Comments • 5 REPOSTS\nNice!",
        "Hiring a cook.\nDuties\n- Prep the line\n- Close the kitchen\n\n:tada: 14   3 replies\nLast reply today",
    ]
    for text in postings() + posts:
        ended = segment.post_end(text, rules)
        if ended is not None:
            assert any(word in text.lower() for word in rules.engagement_words)
    assert all(segment.post_end(text, rules) is not None for text in posts)
