"""normalise: same-length clean-up, glued words broken apart, offsets mapped back."""

from __future__ import annotations

import pytest

import jobx
from jobx.normalise import normalise

CASES = [
    ("crlf", "a\r\nb", "a \nb"),
    ("lone-cr-and-line-separator", "a\rb\u2028c", "a\nb\nc"),
    ("nbsp-and-tab", "a\u00a0b\tc", "a b c"),
    ("glued-word-starts-a-line", "drive executionCommunicate with", "drive execution\nCommunicate with"),
    ("glued-sentence", "not mandatory.By submitting", "not mandatory. By submitting"),
    ("glued-label", "Teams under Live:Foundation", "Teams under Live: Foundation"),
    ("brand-names-kept", "JavaScript, TikTok, iPhone and macOS", "JavaScript, TikTok, iPhone and macOS"),
    ("short-lower-prefix-kept", "an eBay seller", "an eBay seller"),
    ("three-letter-prefix-kept", "English; isiXhosa or Afrikaans, phpMyAdmin", "English; isiXhosa or Afrikaans, phpMyAdmin"),
    ("three-letter-word-glued-in-a-dump", "Over onsHet bedrijf " + "maakt ramen en deuren voor scholen. " * 12,
     "Over ons\nHet bedrijf " + "maakt ramen en deuren voor scholen. " * 12),
    ("glued-item-number", "user surveys3+ years of work", "user surveys\n3+ years of work"),
    ("glued-percent", "massive impact100% paid plans", "massive impact\n100% paid plans"),
    ("glued-figure-compound", "Wir bieten5-Tage-Woche mit Gleitzeit", "Wir bieten\n5-Tage-Woche mit Gleitzeit"),
    ("figure-compound-in-a-word-kept", "Windows10-Rechner und COVID19-Tests", "Windows10-Rechner und COVID19-Tests"),
    ("tech-names-with-digits-kept", "python3 and utf8, h264, S3 and EC2", "python3 and utf8, h264, S3 and EC2"),
    ("glued-dash-bullet", "and operations- Experience with", "and operations\n- Experience with"),
    ("glued-count-of-a-noun", "after 12 months' service28 days' holiday", "after 12 months' service\n28 days' holiday"),
    ("glued-plan-number", "75% of premiums paid401(k) with a match", "75% of premiums paid\n401(k) with a match"),
    ("name-with-figures-before-a-word-kept", "enova365 dobra znajomość, python3 scripts", "enova365 dobra znajomość, python3 scripts"),
    ("hyphenated-prefix-kept", "pre- and post-sales", "pre- and post-sales"),
]


def test_in_a_one_paragraph_dump_an_acronym_glued_to_the_next_item_starts_a_line() -> None:
    dump = "Night Porter at a seaside hotel with forty rooms. " * 10 + "Fluent with the PMSFamiliar with CCTVExperience of XCTest and RESTful tools"
    assert normalise(dump).text.endswith("Fluent with the PMS\nFamiliar with CCTV\nExperience of XCTest and RESTful tools")
    # outside a dump an acronym and a word stay as written
    assert normalise("Porter\nFluent with the PMSFamiliar with").text == "Porter\nFluent with the PMSFamiliar with"


def test_in_a_one_paragraph_dump_an_amount_glued_to_a_sentence_starts_a_line() -> None:
    dump = "Night Porter at a seaside hotel with forty rooms. " * 10 + "Free meals.28 days holiday.£500 training budget"
    assert normalise(dump).text.endswith("Free meals.\n28 days holiday.\n£500 training budget")
    assert normalise("Porter\nPay rises 3.5 per cent.Free meals").text == "Porter\nPay rises 3.5 per cent. Free meals"


def test_in_a_one_paragraph_dump_a_glued_sentence_starts_a_line() -> None:
    # a scraper that dropped the <li> breaks glues each item's full stop to the next item
    items = "Plan the weekly rota.Order stock from suppliers.Train new starters on the till."
    dump = "Shop Assistant at a garden centre in a market town. " * 12 + items
    assert normalise(dump).text.endswith("Plan the weekly rota.\nOrder stock from suppliers.\nTrain new starters on the till.")
    # in text with its own line breaks the same glue is only a missing space
    lines = "Shop Assistant\nWhat you do\n" + items
    assert normalise(lines).text.endswith("Plan the weekly rota. Order stock from suppliers. Train new starters on the till.")


def test_in_a_one_paragraph_dump_a_short_phrase_glued_between_sentences_is_a_line_of_its_own() -> None:
    # a heading run into the text both ways: after a sentence's end and glued to the next sentence
    dump = "Electrician apprentice in a growing firm of thirty people. " * 8 + (
        "We are hiring two apprentices. Det här kommer du att göraDu arbetar med våra elektriker."
    )
    normal = normalise(dump)
    assert "apprentices.\nDet här kommer du att göra\nDu arbetar med" in normal.text
    start = normal.text.index("Det här")
    assert dump[normal.original(start) :].startswith("Det här kommer")  # spans still map back
    # a longer run before the glue is a sentence's words, and stays on the sentence's line
    longer = dump.replace("Det här kommer du att göraDu", "Här kommer du att göra allt som en elektriker gör Du")
    assert "apprentices. Här kommer" in normalise(longer.replace("gör Du", "görDu")).text


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_normalised_text(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


def test_offsets_map_back_past_insertions() -> None:
    raw = "into productsQualifications: Go.Python"
    normal = normalise(raw)
    start = normal.text.index("Qualifications")
    original = normal.original(start)
    assert raw[original : original + len("Qualifications")] == "Qualifications"
    end = normal.text.index("Go") + 2
    assert raw[: normal.original(end)].endswith("Go")


def test_length_is_kept_without_glue() -> None:
    raw = "Line one\r\nLine\ttwo\u00a0here\x07"
    assert len(normalise(raw).text) == len(raw)


def test_two_spaces_in_a_one_paragraph_dump_are_a_line_break() -> None:
    dump = "Why join us? Great pay.  Growth that meets you.  Build your skills. " * 8
    normal = normalise(dump)
    assert normal.text.count("\n") >= 8 and len(normal.text) == len(dump)
    assert "Great pay.\n Growth" in normal.text


def test_two_spaces_in_a_text_with_lines_stay_spaces() -> None:
    text = "Responsibilities\nBuild things.  Then more.\nShip it.\n"
    assert normalise(text).text == text


def test_a_hard_wrapped_text_is_unwrapped_where_a_line_goes_on() -> None:
    lines = [
        "Karara is the largest mining operation and the first major",
        "magnetite mine in the region. We have been contracted to run",
        "all management and technical services for a long-life mine.",
        "What can we offer you:",
        "On site accommodation with high-quality amenities including",
        "a gym and recreational areas",
        "Operators experienced with large excavators, haul trucks,",
        "EX3600 and EX1200",
        "Long term employment opportunities",
        "Competitive pay rates and a night shift allowance for all crews",
    ]
    text = "\n".join(lines) + "\n"
    normal = normalise(text).text
    assert len(normal) == len(text)
    assert "including a gym and recreational areas\n" in normal
    assert "haul trucks, EX3600" in normal
    assert "\nWhat can we offer you:\n" in normal
    assert "opportunities\nCompetitive" in normal


def test_a_wrapped_bullet_goes_on_where_its_next_line_is_indented_to_its_text() -> None:
    lines = [
        "Our client is one of the regional electricity distribution network",
        "operators, serving around two million homes and businesses in the",
        "north. Over the next five years they are investing in the network.",
        "-------------------------------------------------------------------",
        "ROLE:      Network Planning Engineer",
        "",
        " * Liaise with customers, developers and internal teams (Asset",
        "   Management, Control, Legal) to resolve technical queries",
        " * Working knowledge of power system analysis software such as",
        "   DIgSILENT PowerFactory, IPSA or PSS/E",
        " * A full UK driving licence and the right to work in the UK now",
        "Our client offers a generous package and a hybrid working pattern.",
    ]
    normal = normalise("\n".join(lines) + "\n").text
    assert "(Asset    Management, Control" in normal  # whatever the case of the next line's first word
    assert "such as    DIgSILENT" in normal
    assert "--\nROLE:" in normal  # a rule line ends with a dash but does not go on
    assert "ROLE:      Network Planning Engineer" in normal  # the run of spaces aligns the label's value
    assert "now\nOur client" in normal  # not indented: a line of its own


def test_short_lines_are_not_unwrapped() -> None:
    text = "Title\n" + "".join(f"Line {n} of a list\nand more {n}\n" for n in range(6))
    assert normalise(text).text == text


def test_a_short_one_paragraph_posting_is_a_dump_too() -> None:
    text = "Location: Leeds  Pay: £12.50 per hour  Duties include picking and packing orders and loading vans.\n"
    assert "per hour\n Duties include" in normalise(text).text


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        ("the day shift at 06:00Who we are looking for", "the day shift at 06:00\nWho we are looking for"),
        ("opening in spring 2027At least two years", "opening in spring 2027\nAt least two years"),
        ("a salary of €3,300What we offer", "a salary of €3,300\nWhat we offer"),
        ("tests in CI (Jenkins or Buildkite).Clear notes for", "tests in CI (Jenkins or Buildkite).\nClear notes for"),
        ("audits against WCAG 2.2.Prior work in", "audits against WCAG 2.2.\nPrior work in"),
        ("links of 10Gbps and more", "links of 10Gbps and more"),
        ("B2B sales, 3D printing and H2O", "B2B sales, 3D printing and H2O"),
    ],
    ids=["time", "year", "grouped-amount", "bracket", "version", "unit-kept", "names-kept"],
)
def test_in_a_one_paragraph_dump_a_figure_or_bracket_glued_to_the_next_sentence_starts_a_line(glued: str, expected: str) -> None:
    dump = "Night Porter at a seaside hotel with forty rooms. " * 10
    assert normalise(dump + glued).text == dump + expected
    # with its own line breaks the text keeps the glue as written
    assert normalise("Porter\n" + glued).text == "Porter\n" + glued


def test_a_dash_bullet_glued_after_a_bracket_or_an_acronym_starts_a_line() -> None:
    text = "Needs\nA degree (ABET accredited)- 3 years of design- Working knowledge of CAD PDM- Good English"
    assert normalise(text).text == (
        "Needs\nA degree (ABET accredited)\n- 3 years of design\n- Working knowledge of CAD PDM\n- Good English")


def test_in_a_dump_a_numbered_list_glued_to_its_heading_starts_a_line() -> None:
    text = ("We audit listed companies, SACCOs and NGOs across East Africa and hire every year. " * 8
            + "Key Responsibilities1. Perform substantive testing. 2. Prepare working papers.")
    normal = normalise(text)
    assert normal.dump
    assert "Key Responsibilities\n1. Perform" in normal.text


def test_a_year_range_glued_to_the_word_before_starts_a_line() -> None:
    text = "Run outbound sequences across the region What we're looking for1–2 years in an SDR role; cold-calling"
    assert "looking for\n1–2 years" in normalise(text).text


def test_symbol_font_bullets_of_a_converted_document_are_bullets() -> None:
    assert normalise("Duties\n\uf0b7 Plan the rota\n\uf0a7 Order stock\n").text == "Duties\n• Plan the rota\n• Order stock\n"


PDF_PAGE = (
    "Harbour Ferries Ltd                      JOB DESCRIPTION\n\n"
    "{body}\n\n"
    "JD-014 Rev 2 · Issued 20/11/2026            Page {page} of 2\n\f"
)


def test_a_pdfs_running_headers_and_footers_are_blanked() -> None:
    text = PDF_PAGE.format(body="Duties\n- Keep the engine room log", page=1) + PDF_PAGE.format(
        body="Requirements\n- A marine engineering licence", page=2)
    normal = normalise(text).text
    assert len(normal) == len(text)
    # the first page's header stays (it may name the employer); its repeat and the footers go
    assert normal.count("Harbour Ferries") == 1 and "Page" not in normal and "JD-014" not in normal
    assert "- Keep the engine room log" in normal and "- A marine engineering licence" in normal


def test_page_numbers_on_lines_of_their_own_before_a_page_s_chrome_are_furniture() -> None:
    # a job description's PDF shown inside an ATS page: its footers stand mid-text, not at the text's end
    page = "Duties\n- Keep the engine room log {n}\n- Stand watches\n\nPage {n} of 2\nHarbour Ferries – Confidential – JD/014\n\n"
    text = page.format(n=1) + page.format(n=2) + "Similar jobs\nDeckhand | Oban\nPrivacy Policy   Terms of Use\n"
    normal = normalise(text).text
    assert "Page" not in normal and "Confidential" not in normal and "Similar jobs" in normal


def test_a_rule_and_the_first_page_s_reference_by_a_page_break_are_furniture() -> None:
    # a PDF's footer, a rule, then the next page's running header that repeats the reference of the first page
    # (once, so no repeat near two breaks names it): the duties go on across the break
    text = (
        "KALMAR HEALTH TRUST\nRef: KHT/HR/VA/007/2027\n\nPost: Clinical Officer\n\n\n\n\n\n\nDUTIES\n"
        "1. See patients at the clinic.\n2. Keep the register.\n\nKHT - Vacancy - Clinical Officer      Page 1 of 2\n"
        "______________________________________________\nRef: KHT/HR/VA/007/2027\n3. Refer complicated cases.\n"
        "4. Mentor the nurses.\n\nREQUIREMENTS\n- A diploma in clinical medicine\n- Two years in a clinic\n\n"
        "KHT - Vacancy - Clinical Officer      Page 2 of 2\n"
    )
    normal = normalise(text).text
    assert len(normal) == len(text)
    assert "____" not in normal and normal.count("KHT/HR/VA/007/2027") == 1  # (the first page's stays)
    assert [i.text for i in jobx.extract(text).responsibilities] == [
        "See patients at the clinic.", "Keep the register.", "Refer complicated cases.", "Mentor the nurses.",
    ]


def test_a_line_repeated_without_page_breaks_is_kept() -> None:
    text = "Apply now\nDuties\n- Serve customers\nApply now\n"
    assert normalise(text).text == text


def test_a_bullet_wrapped_a_column_further_in_goes_on_beside_a_table_of_columns() -> None:
    rows = "".join(f"Reports to           Chief Engineer number {n}\n" for n in range(12))
    prose = "".join(f"The post holder keeps the engine room running safely and well on watch {n}.\n" for n in range(6))
    text = rows + "\n" + prose + "   - Supervise bunkering, lube oil and sludge transfers and keep the Oil\n      Record Book up to date.\n"
    assert "keep the Oil       Record Book" in normalise(text).text  # the line break became a space


def test_in_a_dump_an_item_ending_in_a_bracket_glued_to_the_next_starts_a_line() -> None:
    dump = "Your day Milking on rotation (morning and afternoon)Feeding out with the wagon " + "and more farm work. " * 25
    assert "(morning and afternoon)\nFeeding out" in normalise(dump).text
    assert normalise("Use the (PPE)Kit as shown").text == "Use the (PPE)Kit as shown"  # lines of their own: kept


def test_in_a_dump_a_count_of_years_glued_to_a_headings_capitalised_word_starts_a_line() -> None:
    dump = "Lead the shift. What You Bring2+ years in a warehouse Must-have7+ years of data work " + "and more text. " * 30
    text = normalise(dump).text
    assert "Bring\n2+ years" in text and "Must-have\n7+ years" in text
    assert normalise("Use Python3 and H264 codecs daily").text == "Use Python3 and H264 codecs daily"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a symbol written twice or more between items parts them, each after the first a bullet of its own line
        ("Perks: Hybrid ✦ $90,000 + super ✦ 20% off ✦ a day", "Perks: Hybrid\n• $90,000 + super\n• 20% off\n• a day"),
        ("We offer ❖ bikes ❖ lunch", "We offer\n• bikes\n• lunch"),
        # written once, a rating's stars, a copyright sign, different icons in a row: left as they are
        ("Rated 4.5 ★ by staff and © 2026 Acme ✦ one", "Rated 4.5 ★ by staff and © 2026 Acme ✦ one"),
        ("📍 Inverness · 💼 Optometry · ⏰ Full-time", "📍 Inverness · 💼 Optometry · ⏰ Full-time"),
        ("★ ★ ★ ★ ☆ (4.2)", "★ ★ ★ ★ ☆ (4.2)"),
    ],
    ids=["repeated-star", "repeated-diamond", "once", "different-icons", "a-row-of-symbols"],
)
def test_a_repeated_symbol_between_items_parts_them(raw: str, expected: str) -> None:
    normal = normalise(raw)
    assert normal.text == expected and len(normal.text) == len(raw)


def test_in_a_dump_an_item_opening_with_the_article_glued_to_the_last_starts_a_line() -> None:
    dump = ("Preferred Finite element analysis using ANSYS or SolidWorks SimulationA current Construction Induction "
            + "We design conveyors for ports and mines across New South Wales. " * 8)
    assert "SolidWorks Simulation\nA current Construction Induction" in normalise(dump).text


def test_in_a_one_paragraph_dump_a_heading_in_a_chats_bold_starts_a_line() -> None:
    # WhatsApp and Telegram write bold as *...*: a forwarded posting runs its headings into the items
    dump = "Hotel in Abuja urgently needs a receptionist for the front desk. " * 7 + (
        "Handle reservations and guest bills *REQUIREMENTS* OND/HND in Hospitality *Added advantage:* French"
    )
    text = normalise(dump).text
    assert text.endswith("guest bills\n*REQUIREMENTS* OND/HND in Hospitality\n*Added advantage:* French")
    assert len(text) == len(dump)
    # emphasis inside a sentence is not a heading: '*not*', '*Tidepool Keeper*'
    quiet = "Hotel in Abuja urgently needs a receptionist for the front desk. " * 7 + "We do *not* charge fees, see *Our Hotel* page"
    assert normalise(quiet).text == quiet


def test_the_gap_after_a_lists_number_is_not_a_column_gap() -> None:
    # a PDF's or portal's list aligns its items after the number: the gap is not two columns
    text = "Duties\n1.    Work with pupils\n10.   Attend staff meetings\ni.   Good fundamentals\n"
    assert normalise(text).text == text
    # a second column after a gap is still parted from the first
    assert normalise(text + "Pupils      Staff\n").text == text + "Pupils\n     Staff\n"


def test_in_a_german_dump_a_noun_glued_to_the_next_items_noun_starts_a_line() -> None:
    # German capitalises its nouns: a scrape that dropped the <li> breaks glues one item's last noun to the
    # next item's first
    intro = "Für unser Küchenteam suchen wir ab Februar eine Verstärkung und wir freuen uns auf dich. " * 6
    dump = intro + "Erstellung der WochenkarteWarenannahme und Lagerung der LebensmittelEinhaltung der HACCP-Richtlinien"
    text = normalise(dump).text
    assert text.endswith("Wochenkarte\nWarenannahme und Lagerung der Lebensmittel\nEinhaltung der HACCP-Richtlinien")
    # in an English dump a product's name in one word stays whole
    english = "We are hiring a payroll lead for our growing team in the city centre. " * 8 + "Admin of SuccessFactors."
    assert normalise(english).text.endswith("Admin of SuccessFactors.")


def test_in_a_one_paragraph_dump_a_symbol_glued_to_each_item_is_a_bullet() -> None:
    dump = "Crew wanted for a motor yacht in Limassol for the coming season. " * 8 + (
        "So what will you do?▫️ Wash down the decks▫️ Assist with mooring▫ Drive the tender✅ Must have"
    )
    text = normalise(dump).text
    assert text.endswith("So what will you do?\n• Wash down the decks\n• Assist with mooring\n•Drive the tender✅ Must have")
    assert len(text) == len(dump)  # in the symbol's own characters: offsets keep
    # a symbol glued once or twice is no list's bullet, and ticks are left to the glued-bullet headings
    assert normalise(dump.replace("▫", "❖", 2)).text.count("•") == 0


def test_in_a_one_paragraph_dump_a_question_trailing_off_is_parted_from_the_next_sentence() -> None:
    dump = "Zonder werkende bruggen ligt de scheepvaart in Zeeland stil. " * 8 + "Heb je ook nog …?Ervaring met PLC-besturingen?"
    assert normalise(dump).text.endswith("Heb je ook nog …?\nErvaring met PLC-besturingen?")


def test_a_feeds_snake_case_key_at_a_line_start_reads_as_its_words() -> None:
    text = "job_id:   TCH-0412\napply_by:   2026-12-15\n\ngood_to_have:\n  - RHCSA\nnot_a_key here\nuse snake_case: in prose\n"
    normal = normalise(text)
    assert normal.text == (
        "Job id:   TCH-0412\nApply by:   2026-12-15\n\nGood to have:\n  - RHCSA\nnot_a_key here\nuse snake_case: in prose\n"
    )


def test_a_lettered_item_is_no_wrapped_lines_continuation() -> None:
    # 'c) Hold ...' opens in lower case, but it is the next item of a lettered list, not the line above going on
    lines = [
        "Candidates for this teaching post at the school must meet all of these:",
        "a) Be registered with the Teaching Council under Route 2 (Post-Primary)",
        "b) Be qualified to teach Mathematics to Leaving Certificate Higher Level",
        "c) Hold, or be willing to obtain, Garda vetting through the ETB of the county",
        "d) Have a working knowledge of ICT in teaching and learning, including Teams",
        "e) Be committed to the Child Safeguarding Statement and the Children First Act",
        "The school is a co-educational post-primary school with 640 students in it.",
        "It offers the Junior Cycle, Transition Year and the established Leaving Cert.",
        "Interviews will be held in the school in the week beginning the 14th of June.",
    ]
    text = "\n".join(lines)
    assert "Higher Level\nc) Hold" in normalise(text).text


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        ("or working towards itPrevious use of cycle counts", "or working towards it\nPrevious use of cycle counts"),
        ("Een pré isErvaring met douanesoftware", "Een pré is\nErvaring met douanesoftware"),
        ("And in return?A yearly bonus paid each winter", "And in return?\nA yearly bonus paid each winter"),
    ],
)
def test_in_a_dump_a_word_of_two_letters_or_a_question_glued_to_the_next_item_ends_a_line(glued: str, expected: str) -> None:
    filler = " We deliver paint and timber to decorators and builders across the county every day."
    assert expected in normalise(glued + filler * 8).text
    assert "iPhone" in normalise("Repairs to any iPhone or iPad model" + filler * 8).text  # one letter: a name's prefix


def test_the_gap_after_a_bullet_at_a_line_start_is_no_column_gap() -> None:
    """A PDF's text keeps the tab after its bullets as spaces ('•   Plan ...'): the item stays on the bullet's
    line (a gap of three spaces elsewhere on a line parts columns)."""
    text = ("2.1 Planning\n•   Plan and publish a monthly activities calendar covering physical,\n"
            "    cognitive and social programs.\n•   Lead group activities.\n"
            "Hours:      Monday to Friday\n")
    normal = normalise(text).text
    assert "•   Plan and publish a monthly" in normal and "•   Lead group activities." in normal
    assert jobx.extract(text).to_dict()["responsibilities"][0] == (
        "Plan and publish a monthly activities calendar covering physical, cognitive and social programs."
    )


DUMP_FILLER = "Kennel Assistant at Hollybank Kennels, a family business caring for dogs near Leeds since 1998. " * 4


def test_in_a_dump_a_numbered_list_run_together_starts_each_item_on_a_line() -> None:
    text = DUMP_FILLER + "Job Role01. Walk the dogs twice a day02. Clean the runs 03. Prepare the feed04. Keep records"
    lines = normalise(text).text.split("\n")
    assert lines[-4:] == ["01. Walk the dogs twice a day", "02. Clean the runs ", "03. Prepare the feed", "04. Keep records"]


def test_in_a_dump_numbers_that_do_not_count_up_part_nothing() -> None:
    text = DUMP_FILLER + "Pay rises in 2. Phase of the plan and again at Level 3. Apply via our site 5. Floor."
    assert normalise(text).text == text


def test_in_a_dump_the_numbered_steps_of_applying_stay_one_paragraph() -> None:
    from jobx.pipeline import applying_words
    from jobx.rules import default_rules

    text = DUMP_FILLER + "How hiring works 1. Apply online in 5 minutes 2. Quick phone chat 3. A paid trial shift"
    assert normalise(text, applying_words(default_rules())).text == text
    assert normalise(text).text != text  # (without the rules' words for applying, the steps are a list)


def test_a_dump_s_numbered_duties_are_items() -> None:
    posting = jobx.extract(
        DUMP_FILLER + "Duties 1. Walk the dogs twice a day 2. Clean the runs every morning 3. Prepare the feed to plan "
        "4. Keep health records up to date What we offer Free parking and a staff discount."
    )
    assert [item.text for item in posting.responsibilities][-3:] == [
        "Clean the runs every morning",
        "Prepare the feed to plan",
        "Keep health records up to date",
    ]


def test_in_a_one_paragraph_dump_a_word_glued_to_a_models_name_starts_a_line() -> None:
    # '... such as Navis N4Working knowledge ...': a list's item glued to the model that ends the one before;
    # 'a B2B setting' and 'the MU4R questions' are names, not glue (no word of five letters follows)
    text = (
        "Stevedoring Supervisor at the Lae terminal, where the night shift works container ships and breakbulk "
        "cargo for the whole region and the crews take pride in their safety record. " * 3
        + "Experience with a terminal operating system such as Navis N4Working knowledge of Microsoft Excel for "
        "shift reports. Sales experience in a B2B setting. Read the MU4R questions."
    )
    normal = normalise(text)
    assert normal.dump
    assert "Navis N4\nWorking knowledge" in normal.text
    assert "a B2B setting" in normal.text and "the MU4R questions" in normal.text


def test_in_a_one_paragraph_dump_an_amount_glued_to_a_word_in_lower_case_starts_a_line() -> None:
    # 'Workplace pension scheme£250 refer-a-friend bonus': a perk that opens with an amount glued to the perk
    # before; a capitalised word before the sign is a button's ('Easy Apply£28,000'), a header's own run of
    # fields, and a sign that no figure follows ('scheme$ ') is no amount
    intro = (
        "Security officers keep the wards, the car parks and the main entrance of the hospital safe at night and "
        "answer to the site supervisor. "
    )
    text = (
        "Security Officer Easy Apply£28,000 - £31,000 per annum " + intro * 3
        + "Benefits 28 days' holiday including bank holidaysWorkplace pension scheme£250 refer-a-friend bonus "
        "and the scheme$ sign."
    )
    normal = normalise(text)
    assert normal.dump
    assert "pension scheme\n£250 refer-a-friend bonus" in normal.text
    assert "Easy Apply£28,000" in normal.text
    assert "the scheme$ sign" in normal.text


def test_in_a_one_paragraph_dump_a_sentence_glued_to_one_opening_with_an_acronym_starts_a_line() -> None:
    # '... benefits after 3 months.RRSP matching up to 4%.': the next perk opens with an acronym; not a name
    # written with a dot ('ASP.NET Core', whose part before the dot is in capitals)
    intro = (
        "Inside sales representatives call the clinics and pharmacies of the province and keep their accounts "
        "up to date in the CRM. "
    )
    text = intro * 3 + "Extended health and dental benefits after 3 months.RRSP matching up to 4%. We use ASP.NET Core."
    normal = normalise(text)
    assert normal.dump
    assert "after 3 months.\nRRSP matching up to 4%." in normal.text
    assert "ASP.NET Core" in normal.text


def test_in_a_dump_the_article_before_an_acronym_glued_to_a_lower_case_word_starts_a_line() -> None:
    dump = "Training from a recognised providerA CCTV licence Experience with access control " + "and more text. " * 30
    assert "provider\nA CCTV licence" in normalise(dump).text
    heading = "Bilingual English/Spanish strongly preferredA Plus If You Have first aid " + "and more text. " * 30
    assert "preferredA Plus" in normalise(heading).text  # a heading's capitals, parted where it ends


def test_in_a_dump_a_numbered_list_after_a_lead_in_s_colon_starts_its_lines() -> None:
    dump = (
        "To be considered, you must have:1. A valid door licence2. At least 12 months' experience3. The ability to "
        "pass vetting4. Good written English " + "and more text. " * 30
    )
    text = normalise(dump).text
    assert "licence\n2. At least" in text and "experience\n3. The ability" in text and "vetting\n4. Good" in text
    assert "\n2. At" not in normalise("Meet at 10:1. A short talk, 2. At noon, 3. Then " + "more. " * 80).text


def test_in_a_dump_a_name_that_runs_capitals_into_a_word_and_is_written_again_is_no_glue() -> None:
    dump = "Verein DACHwerk – Wohnungslosenhilfe. DACHwerk betreibt seit 1991 Notquartiere. " + "Mehr Text hier. " * 30
    text = normalise(dump).text
    assert text.count("DACHwerk") == 2
    once = "Verein DACHwerk – Wohnungslosenhilfe. Der Verein betreibt seit 1991 Notquartiere. " + "Mehr Text hier. " * 30
    assert "DAC\nHwerk" in normalise(once).text  # written once: an acronym glued to a word, as before


def test_in_a_dump_a_capitalised_word_glued_to_a_word_that_opens_requirements_starts_a_line() -> None:
    from jobx.rules import default_rules

    openers = default_rules().qualification_openers
    dump = (
        "Selection Criteria Good computer skills, including Microsoft ExcelAble to travel on rough roads in the "
        "HighlandsMust hold a driving licence. We use JavaScript and ServiceTitan every day. " + "More text here. " * 30
    )
    text = normalise(dump, None, openers).text
    assert "Microsoft Excel\nAble to travel" in text and "Highlands\nMust hold" in text
    assert "JavaScript" in text and "ServiceTitan" in text
    assert "ExcelAble" in normalise(dump).text  # (without the openers, as before)


def test_a_run_of_labels_glued_to_their_values_in_a_dump_s_header_is_parted_into_lines() -> None:
    dump = (
        "Jobs › Farming › Coffee Taster Coffee Taster Kumul Coffee Limited Job TitleCoffee TasterCompanyKumul Coffee "
        "LimitedLocationGoroka, Eastern Highlands ProvinceJob TypeFull TimeSalaryK30,000 per annumClosing "
        "Date05/02/2027 Apply Now About Us Kumul Coffee buys parchment from 900 families. " + "We grow coffee. " * 30
    )
    posting = jobx.extract(dump)
    assert posting.company == "Kumul Coffee Limited"
    assert posting.logistics.location == "Goroka, Eastern Highlands Province"
    assert posting.logistics.deadline == "05/02/2027"
    # a label word inside a sentence, or a single glued label, is left as it is
    text = normalise("Our staff get a Company pension and free parking." + " More words here." * 40).text
    assert "Company pension" in text


def test_a_wrapped_item_ends_where_a_small_roman_numeral_opens_the_next() -> None:
    text = (
        "A. ROLE OF THE ACCOUNTS OFFICER\na) Record all daily cash, bank and credit transactions in Tally Prime and\n"
        "   reconcile the cash book at the close of each day;\nb) Prepare monthly bank reconciliation statements for all\n"
        "   company accounts;\nc) Process the monthly payroll and deduct PF, GIS and TDS as per the rules in force;\n"
        "d) File quarterly TDS returns and the annual Business Income Tax return on time;\n\nB. WHO MAY APPLY\n"
        "i.   At least two years of work experience in accounts, preferably in a\n     manufacturing or trading firm\n"
        "ii.  Working knowledge of Tally Prime or Tally.ERP 9\niii. Proficiency in Microsoft Excel (VLOOKUP, pivot tables)\n"
        "iv.  Good written English and Dzongkha\n"
    )
    minimum = [i.text for i in jobx.extract(text).minimum_qualifications]
    assert minimum[1:] == [
        "Working knowledge of Tally Prime or Tally.ERP 9", "Proficiency in Microsoft Excel (VLOOKUP, pivot tables)",
        "Good written English and Dzongkha",
    ]


def test_in_a_dump_roman_numbered_runs_and_letter_o_bullets_start_lines() -> None:
    dump = (
        "CREDIT OFFICER DUTIES i) Appraising loan applications. ii) Visiting members at their farms. iii) Preparing "
        "monthly reports. QUALIFICATIONS i) Bachelor's degree in Commerce. ii) CPA Part II qualification. iii) "
        "Certificate in computer applications. SKILLS o At least three years in a Sacco. o Working knowledge of a core "
        "banking system. o Proficiency in Microsoft Excel. " + "Apply by letter to the Chief Executive Officer. " * 6
    )
    text = normalise(dump).text
    assert "applications. \nii) Visiting" in text and "farms. \niii) Preparing" in text
    assert "qualification. \niii) Certificate" in text
    assert "\n• Working knowledge" in text and "\n• Proficiency" in text
    assert len(text) == len(dump) + text.count("\n") - 3  # (the 'o' bullets keep their three characters)
    # a Portuguese article after a word keeps its place
    prose = "Trabalhamos para o Porto e para o Brasil com o Senhor Silva. " * 12
    assert normalise(prose).text == prose


def test_in_any_text_a_dash_glued_to_an_item_s_capital_after_a_semicolon_or_a_colon_starts_a_line() -> None:
    text = "Requisitos:-Licenciatura em Enologia;-Experiência mínima de 1 ano;-Domínio de Excel.\n"
    normal = normalise(text).text
    assert normal == "Requisitos:\n-Licenciatura em Enologia;\n-Experiência mínima de 1 ano;\n-Domínio de Excel.\n"
    assert normalise("Ratio 3:-2 and a;-b\n").text == "Ratio 3:-2 and a;-b\n"


def test_in_a_dump_a_count_of_a_noun_glued_to_a_heading_s_capitalised_word_starts_a_line() -> None:
    dump = "Desirable: some SQL for checking data. Benefits25 days annual leave, a pension and parking. " * 5
    assert "Benefits\n25 days annual leave" in normalise(dump).text
    assert "Benefits25 days" in normalise("Benefits25 days annual leave\n").text  # (not a dump: left as written)


def test_a_dump_s_last_spaced_bullet_item_ends_where_it_runs_on_into_prose() -> None:
    dump = (
        "We deliver fuel across both islands and are hiring a driver for our depot. THE PERSON WE SEEK: * A heavy "
        "vehicle licence with a clean record * Three years of truck driving * Fit and able to climb tanker ladders "
        "* Willing to work early mornings and weekends Consideration will also be given to applicants who hold a "
        "First Aid certificate. The company offers a competitive salary, overtime at time-and-a-half and uniforms."
    )
    lines = normalise(dump).text.splitlines()
    assert "* Willing to work early mornings and weekends" in lines


def test_a_page_s_one_long_line_has_its_spaced_bullet_runs_parted_like_a_dump_s() -> None:
    # a page's text: its menu on lines of their own, its body in one long line with bullets between spaces
    page = (
        "Jobs\nAgencies\nScholarships\nResources\nLog in\nSave\nShare\nPrivacy Statement\nTerms of Use\n"
        "What the role is The division renews the signalling of the older lines and keeps them safe for thirty "
        "years. What you will be working on • Manage the design and testing of signalling renewals • Review "
        "contractors' designs against the standards • Lead the commissioning on site at night • Report progress "
        "to the steering committee What we are looking for • A degree in electrical engineering • Five years of "
        "experience in railway signalling • Sound knowledge of EN 50126 and EN 50128 • Good written communication "
        "skills Good to have: • Hands-on experience with CBTC projects • Registration as a Professional Engineer "
        "• Familiarity with Primavera P6 Only shortlisted candidates will be notified of the outcome. " + "x " * 80
    )
    lines = normalise(page).text.splitlines()
    assert "• Lead the commissioning on site at night" in lines
    assert "Good to have:" in lines


def test_a_dump_s_bullets_between_two_spaces_part_their_run_as_single_spaced_ones_do() -> None:
    dump = (
        "Greenfield Dairy is hiring a herd manager for its farm near Mbarara. We milk twice a day and rear our own "
        "replacements, and we sell our milk to the cooperative in town every morning of the year. What you will do  "
        "•  Manage the milking staff  •  Keep herd health records up to date  •  Lead calving and calf rearing "
        "Requirements  •  A diploma in animal husbandry  •  Three years on a dairy farm  •  A valid driving licence"
    )
    lines = [line.strip() for line in normalise(dump).text.splitlines()]
    assert "•  A diploma in animal husbandry" in lines
    posting = jobx.extract(dump)
    assert [item.text for item in posting.minimum_qualifications] == [
        "A diploma in animal husbandry", "Three years on a dairy farm", "A valid driving licence"]


def test_in_a_dump_a_heading_in_capitals_glued_to_the_item_before_and_after_it_starts_lines() -> None:
    dump = (
        "Greenfield Dairy is hiring a herd manager for its farm near Mbarara. We milk twice a day and rear our own "
        "replacements, and we sell our milk to the cooperative in town every morning of the year. " * 2
        + "Lead calving and calf rearingREQUIREMENTSA diploma in animal husbandryThree years on a farmWHAT WE OFFER"
        "Housing on the farm"
    )
    lines = normalise(dump).text.splitlines()
    assert "Lead calving and calf rearing" in lines and "REQUIREMENTS" in lines
    assert "A diploma in animal husbandry" in lines and "WHAT WE OFFER" in lines
    # (an acronym glued to a page's word is no heading: 'Skip to main contentCNMI Department of Labor')
    assert "contentCNMI" in normalise("Skip to main contentCNMI Department of Labor " + "x " * 300).text


def test_a_dump_s_spaced_dash_before_a_word_in_lower_case_ends_a_run_and_o_bullets_part_like_dashes() -> None:
    dump = (
        "We are a small film crew in Decatur hiring a lighting tech for a feature this winter. It pays weekly. "
        "WHAT YOU'LL DO: - Load in and out the truck every day - Build and fly frames on location - Run cable and "
        "distro all day long WHAT WE PROVIDE: hot lunch every day, mileage and credit. Hiring by Dec 18 - this is a "
        "paid gig. THE REPORTER WILL o Find and write daily news stories o Cover court cases and police briefings o "
        "Take photographs and short videos for the paper"
    )
    lines = [line.strip() for line in normalise(dump).text.splitlines()]
    assert "- Run cable and distro all day long WHAT WE PROVIDE: hot lunch every day, mileage and credit." in lines
    assert "• Cover court cases and police briefings" in lines  # (read as the bullet it was)


def test_a_dump_s_spaced_dashes_before_items_in_lower_case_part_their_own_run() -> None:
    dump = (
        "Morne Delice is a beachfront resort on Grand Anse, popular with divers and families from the UK and Canada. "
        "You will welcome arriving guests and lead a team of four agents. You're the one we want if you: - have at "
        "least 2 years in guest relations - stay warm and calm with upset guests - write clear English for letters "
        "and replies Looking after you - Service charge share, paid every two weeks - Staff meals on duty - Uniforms "
        "and laundering"
    )
    lines = [line.strip() for line in normalise(dump).text.splitlines()]
    assert "- stay warm and calm with upset guests" in lines


def test_a_dump_s_dash_run_under_a_short_phrase_on_its_own_line_is_parted() -> None:
    # the dump's double gaps put 'Looking after you' at a line's start: the run of dashes after it is its list
    dump = (
        "Morne Delice is a beachfront resort on Grand Anse, popular with divers and families from the UK and Canada. "
        "You will welcome arriving guests and lead a team of four agents on two shifts every day of the week. The "
        "resort has 146 rooms, three restaurants and a dive centre, and most of our guests come back every year.  "
        "Looking after you  - Service charge share, paid every two weeks  - Staff meals on duty  - Uniforms and "
        "laundering for every shift"
    )
    lines = [line.strip() for line in normalise(dump).text.splitlines()]
    assert "- Staff meals on duty" in lines


def test_a_dump_parts_a_long_capitalised_word_glued_to_a_sentence_s_start() -> None:
    from jobx.pipeline import normalised
    from jobx.rules import default_rules

    filler = "Kestrel Water brings safe water and sanitation to rural communities across the northern region. " * 5
    text = normalised(
        filler + "Diploma or Degree in Water Resources ManagementThree years of experience in rural water supply. "
        "Employment Type: Full-timeJob DescriptionSource and screen new loan customers in the markets. "
        "Report to the Dispatch OfficeMonitor the trucks on the road. We use ServiceTitan every day. "
        "Book jobs on ArchivesSpace records and close out each call in ArchivesSpace once the work is done.",
        default_rules(),
    ).text
    assert "Management\nThree years" in text  # (a word of eight letters or more before the glue)
    assert "Office\nMonitor the trucks" in text  # (or a duty's verb after it)
    assert "Job Description" in text and "Description\nSource" not in text  # (a heading its alias names stays whole)
    assert "ServiceTitan" in text  # (a product's name joins shorter words)
    assert "ArchivesSpace records" in text  # (or is written twice)


def test_a_dump_starts_a_line_at_a_section_mark_kept_between_spaces() -> None:
    text = normalise(
        "林業作業員募集 山の仕事を一緒にしませんか。" * 30 + " ■求める人材 ◆普通自動車免許をお持ちの方 ◆体力に自信がある方"
        " ■うれしいポイント 社会保険完備、林業退職金共済加入、通勤手当。"
    ).text
    assert "\n■求める人材" in text and "\n◆普通自動車免許" in text and "\n■うれしいポイント" in text
