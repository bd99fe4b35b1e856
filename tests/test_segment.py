"""segment: headings at line starts and inline, glued, and the ones that are not headings."""

from __future__ import annotations

import pytest

import jobx
from jobx.model import SectionKind
from jobx.normalise import normalise
from jobx.rules import default_rules
from jobx.segment import find_headings, keyword_kind


def headings(text: str) -> list[tuple[str, str | None]]:
    """(text, kind) of the named headings, the text read as a one-paragraph dump where normalise finds one."""
    normal = normalise(text)
    return [(h.text, h.kind_name) for h in find_headings(normal.text, default_rules(), dump=normal.dump) if h.text]


CASES = [
    ("own-line", "Intro\nResponsibilities\n- Build things", [("Responsibilities", "responsibilities")]),
    ("lower-case-own-line", "Intro\nminimum qualifications:\n- Go", [("minimum qualifications", "minimum_qualifications")]),
    ("glued-to-next-word", "Job\nResponsibilitiesTeams under us", [("Responsibilities", "responsibilities")]),
    (
        "glued-after-word",
        "into productsQualificationsMinimum Qualifications: Currently studying",
        [("Qualifications", "qualifications"), ("Minimum Qualifications", "minimum_qualifications")],
    ),
    ("inline-after-sentence", "Apply early. Responsibilities Plan and lead", [("Responsibilities", "responsibilities")]),
    ("inline-dash-bullets", "Minimum Qualifications - Undergraduate", [("Minimum Qualifications", "minimum_qualifications")]),
    ("prose-use-is-not-a-heading", "You will have Responsibilities include things", []),
    ("lower-case-inline-is-not-a-heading", "and more responsibilities: many", []),
    ("inside-a-capitalised-phrase", "We offer a Competitive Salary Package here", []),
    ("after-a-joining-word", "Read our Benefits Guide today", []),
    ("about-company-own-line", "Intro\nAbout Acme\nAcme makes things", [("About Acme", "company")]),
    ("about-company-glued-repeat", "Info.About AcmeAcme is great", [("About Acme", "company")]),
    ("about-the-team", "About the team The Data team builds", [("About the team", "team")]),
    ("outline-numbers", "Intro\n\n4.1 Essential\n- A licence\n\n4.2 Desirable\n- Gaelic\n",
     [("Essential", "minimum_qualifications"), ("Desirable", "preferred_qualifications")]),
    ("outline-number-before-capitals", "Intro\n\n5. TERMS AND CONDITIONS\nThe post is permanent.\n",
     [("TERMS AND CONDITIONS", "logistics")]),  # (the job's terms: its pay, contract and hours)
    ("joined-capitalised-lead", "We are growing fast. Roles and Responsibilities - Translate manuals",
     [("Roles and Responsibilities", "responsibilities")]),
    ("no-joined-lead-after-a-label", "Attachments: Job and Person Specification (PDF, 212KB)", []),
    ("a-numbered-item-is-no-heading", "Duties\n1. Customer Service\n2. Stock Control\n", [("Duties", "responsibilities")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_headings(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert headings(text) == expected


def test_unknown_title_case_line_is_a_heading_without_kind() -> None:
    found = headings("Title\nPerks\n- Gym\nHealth and Wellness\n- Dental")
    assert ("Health and Wellness", None) in found


def test_section_ender_starts_boilerplate() -> None:
    normal = normalise("Preferred\n- Go. By submitting an application you agree.").text
    kinds = [h.kind_name for h in find_headings(normal, default_rules())]
    assert kinds == ["preferred_qualifications", "boilerplate"]


def test_in_a_dump_a_section_ender_starts_at_its_subjects_name() -> None:
    from jobx.segment import section_ender_starts

    perks = "Benefits: " + "Weekly pay Paid training Free parking on site " * 6
    text = perks + "Harbour Lane Care Ltd is an equal opportunity employer. Apply now"
    assert section_ender_starts(text, default_rules()) == [text.index("Harbour Lane")]


KEYWORD_LINES = [
    ("compound-duties", "Intro text here.\nDuties, Tasks & Responsibilities\nWorking with data", "responsibilities"),
    ("sentence-case", "Intro text here.\nKey job responsibilities\n• Design things", "responsibilities"),
    ("desired-before-skills", "Intro text here.\nDesired Experience, Skills & Technologies\nGo", "preferred_qualifications"),
    ("required-title-case", "Intro text here.\nRequired Experience, Skills, & Technologies\nGo", "minimum_qualifications"),
    ("colon-weak-keyword", "Intro text here.\nSkills, Abilities and Competencies:\n- Go", "qualifications"),
    ("framed-profile", "Intro text here.\nYour profile\n* Design skills", "minimum_qualifications"),
    ("whole-line-weak-keyword", "Intro text here.\nYou will\n- Build services", "responsibilities"),
    ("good-fit-lead-in", "Intro text here.\nYou might be a good fit if you:\nHave 3+ years", "minimum_qualifications"),
    ("great-if-lead-in", "Intro text here.\nIt would be great if you also:\n- Know Go", "preferred_qualifications"),
    ("label-line-ends-a-list", "Intro text here.\n- Go\nPay Range: $72,000 - $94,000\n", "logistics"),
    ("question-heading", "Intro text here.\nWho are we looking for?\n- Go", "minimum_qualifications"),
    ("bold-sentence-case-heading", "Intro text here.\n**What we need from you**\n- Go", "minimum_qualifications"),
    ("label-over-its-value", "Intro text here.\nJob Type\nregular, full time\n", "logistics"),
    ("icon-before-heading", "Intro text here.\n✋ Who you are?\n- Go", "minimum_qualifications"),
    ("bracket-heading", "Intro text here.\n[Key Duties]\n- Plan routes", "responsibilities"),
    ("noun-beats-leading-preferred", "Intro.\nDesired Outcomes and Responsibilities\n- Ship it", "responsibilities"),
    ("longest-keyword-wins", "Intro text here.\nYour Team & Responsibilities\n- Ship it", "responsibilities"),
    ("sentence-over-a-list", "Intro text here.\nYou will thrive here if you have\n- Go", "minimum_qualifications"),
    ("long-framed-sentence", "Intro.\nBonus points if you also bring some of the following:\n- Go", "preferred_qualifications"),
    ("what-you-gain", "Intro text here.\nWhat you will gain\n- Mentoring", "benefits"),
    ("on-the-table", "Intro text here.\nHere's what we put on the table\n- Shift differential", "benefits"),
    ("interview-process", "Intro text here.\nInterview Process\n- Call", "boilerplate"),
    ("what-you-need-to-do-now", "Intro text here.\nWhat you need to do now\nClick 'apply now'.", "boilerplate"),
    ("run-in-glued-to-a-bullet", "Intro text here.\nRequired Experience and Skills:- 5 years of Go", "minimum_qualifications"),
    ("run-in-upper-case", "Intro.\nSKILLS, TRAINING AND EXPERIENCE NEEDED: Five years in retail", "qualifications"),
    (
        "sentence-case-run-in-glued-to-a-bullet",
        "Intro.\nSeraient appréciés :- Formation à l'accompagnement des personnes atteintes de la maladie "
        "d'Alzheimer- Connaissance du logiciel de soins",
        "preferred_qualifications",
    ),
    (
        "run-in-glued-to-an-inline-bullet",
        "Intro.\nQualifications, Knowledge and Experience• A Diploma in Banking, Finance or a related field• At least "
        "1 year of experience in a cash-handling role in a bank",
        "qualifications",
    ),
    ("run-in-glued-to-next-word", "Intro.\nPreferred Skills and ExperienceExcellent writing", "preferred_qualifications"),
    ("capitalised-lead-after-sentence", "We care.Position Responsibilities Oversees admissions", "responsibilities"),
    ("application-documents", "Intro text here.\nApplication Documents Required\n- CV", "boilerplate"),
    ("inverted-question-mark", "Intro text here.\n**¿QUÉ OFRECEMOS?**\n- Teletrabajo", "benefits"),
    ("icon-after-heading", "Intro text here.\nNecesitamos💡\n- Python", "minimum_qualifications"),
    ("bracket-heading-first-line", "[업무내용]\n- 내부통제 운영", "responsibilities"),
    ("singular-keyword", "Intro text here.\nAREAS OF RESPONSIBILITY\n- Teach", "responsibilities"),
    ("useful-is-preferred", "Intro text here.\nUseful qualities\n- Jupyter", "preferred_qualifications"),
    ("advantageous", "Intro text here.\nAdvantageous but not essential\n- SAP", "preferred_qualifications"),
    (
        "long-lead-in-naming-its-list",
        "Intro.\nWorking on a 24/7 shift roster, your role will consist of the following key responsibilities:\nDrive trains safely",
        "responsibilities",
    ),
]


@pytest.mark.parametrize(
    "line",
    ["Food handling and kitchen experience (desirable)", "Police check: MUST BE ABLE TO PASS IT"],
    ids=["keyword-in-brackets", "alias-inside-an-upper-case-run"],
)
def test_list_lines_that_hold_a_keyword_are_not_headings(line: str) -> None:
    assert headings(f"Intro text here.\nRequirements\nCurrent driver licence\n{line}\nTeam player\n") == [
        ("Requirements", "minimum_qualifications")
    ]


def test_an_alias_that_a_line_opens_with_include_is_a_heading() -> None:
    assert headings("Intro text here.\nDuties include picking orders and loading vans.") == [("Duties", "responsibilities")]
    assert headings("Intro text. The role is new. Responsibilities will include research and design.") == []


def test_a_sentence_case_run_in_needs_a_framing_word() -> None:
    text = "Intro text here.\nWhy you'll love it here: staff meals every shift, tips, paid sick leave.\n"
    assert headings(text) == [("Why you'll love it here", "benefits")]
    assert headings("Intro text here.\nExperience with Python: 3 years (Preferred)\n") == []


def test_a_lead_in_whose_keyword_is_not_its_end_is_not_a_heading() -> None:
    text = "Intro.\nThe associate is responsible for the functions below, in addition to other duties as assigned:\n- Go"
    assert headings(text) == []


def test_a_technology_named_sub_heading_stays_in_its_requirements_list() -> None:
    from jobx import extract

    text = "Engineer\nRequirements\n- Go\nAWS\n- EC2 and S3 in production\nLINUX\n- Shell scripting\n"
    assert len(extract(text).minimum_qualifications) == 3


def test_a_question_closing_a_line_of_sentences_heads_the_lines_below() -> None:
    from jobx import extract

    text = ("Night Porter\nWe run a small hotel by the sea. Is this you? Read on! What will your shifts look like?\n"
            "Greet late arrivals and hand out keys.\nPatrol the building twice a night.\nPrepare the breakfast room.\n")
    found = headings(text)
    assert ("What will your shifts look like", None) in found
    assert [i.text for i in extract(text).responsibilities] == [
        "Greet late arrivals and hand out keys.", "Patrol the building twice a night.", "Prepare the breakfast room."]


def test_a_question_heading_is_not_a_topic_of_the_list_above() -> None:
    from jobx import extract

    text = ("Night Porter\nResponsibilities\n- Greet late arrivals\n- Patrol the building\n"
            "What can you expect from us?\n- Free meals on every shift\n- Paid holiday and a pension\n")
    posting = extract(text)
    assert [i.text for i in posting.responsibilities] == ["Greet late arrivals", "Patrol the building"]
    assert len(posting.benefits) == 2


def test_in_a_dump_a_capitalised_heading_may_follow_a_lower_case_word() -> None:
    from jobx.segment import find_headings

    text = ("Great team culture Position Qualifications Current food hygiene certificate "
            "Position Responsibilities Opens the kitchen each morning")
    found = [(h.text, h.kind_name) for h in find_headings(text, default_rules(), dump=True)]
    assert found == [("Position Qualifications", "qualifications"), ("Position Responsibilities", "responsibilities")]
    # in text with its own line breaks a capitalised phrase in a sentence stays prose
    assert [h.text for h in find_headings(text, default_rules())] == []


def test_in_a_dump_a_question_runs_into_the_text() -> None:
    from jobx.segment import find_headings

    text = ("Check the tills and cash up at close What do we need from you? A food hygiene certificate and two "
            "years in a kitchen.\nWhy work with us? Free meals on every shift.")
    found = [(h.text, h.why) for h in find_headings(text, default_rules(), dump=True)]
    assert ("What do we need from you", "question") in found
    assert ("Why work with us", "alias") in found  # an alias closed by its question mark
    # outside a dump a question inside a paragraph is prose
    assert [h.text for h in find_headings(text, default_rules()) if h.why == "question"] == []
    # after a full stop too, and before an icon that bullets the first line
    iconed = "We value kindness and care. Why Choose Us? ✅Free meals: on every shift. ✅ Paid breaks"
    assert [(h.text, h.kind_name) for h in find_headings(iconed, default_rules(), dump=True)] == [
        ("Why Choose Us", "benefits")]


def test_in_a_dump_a_framing_question_closed_by_a_colon_is_a_heading_when_it_names_its_kind() -> None:
    text = ("Paid overtime and a crew that looks out for you What we look for in our people: Operators with "
            "a current licence Shift work What it means: nothing here")
    found = [(h.text, h.kind_name) for h in find_headings(text, default_rules(), dump=True)]
    assert ("What we look for in our people", "minimum_qualifications") in found
    assert not any(text.startswith("What it means") for text, _ in found)  # no kind named: prose


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("great crew About Hopper At Hopper, we are on a mission to help travellers.", "About Hopper"),
        ("Parental leave About Aurizon. Aurizon is the largest rail freight operator.", "About Aurizon"),
        ("a culture About NRW Civil & Mining With over 30 years, NRW Civil & Mining is a leading contractor.",
         "About NRW Civil & Mining"),
    ],
)
def test_an_inline_about_heading_ends_where_the_blurb_names_the_company_again(text: str, heading: str) -> None:
    found = [h for h in find_headings(text, default_rules(), dump=True) if h.kind_name == "company"]
    assert [h.text for h in found] == [heading]


def test_an_inline_about_heading_without_the_name_again_is_not_found() -> None:
    text = "Parental leave About Aurizon Holdings Limited which runs trains across the country."
    assert [h for h in find_headings(text, default_rules(), dump=True) if h.kind_name == "company"] == []


def test_a_short_line_closed_by_a_full_stop_is_a_heading_only_where_its_words_name_a_kind() -> None:
    text = "We are hiring.\n\nWhat's on offer.\n\nA bonus and a pension.\n\nHere we go.\n\nSome prose.\n"
    found = [(h.text, h.kind_name) for h in find_headings(text, default_rules())]
    assert found == [("What's on offer", "benefits")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青禾便利 连锁零售 职位描述。岗位职责：1.负责门店运营；2.定期巡店。任职要求：1.本科及以上学历",
         [("职位描述", "role"), ("岗位职责", "responsibilities"), ("任职要求", "minimum_qualifications")]),
        ("주요업무: 입고 관리 자격요건: 물류 경력 5년", [("주요업무", "responsibilities"), ("자격요건", "minimum_qualifications")]),
    ],
)
def test_in_a_script_without_case_an_alias_inside_a_line_is_a_heading_when_a_colon_closes_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(h.text, h.kind_name) for h in find_headings(text, default_rules(), dump=True)]
    assert found == expected
    # without the colon the words are prose ('我们的福利很好' holds 福利)
    assert find_headings("青禾便利的员工福利很好，欢迎加入。", default_rules(), dump=True) == []


@pytest.mark.parametrize("line", ["Explore other jobs", "More jobs at Frostline Sensors", "Related vacancies"])
def test_a_board_s_list_of_other_jobs_is_boilerplate(line: str) -> None:
    text = f"We hire.\n\n{line}\n- Dental Receptionist · Aberdeen Dental Centre · Kamloops, BC\n"
    assert [(h.text, h.kind_name) for h in find_headings(text, default_rules())] == [(line, "boilerplate")]


@pytest.mark.parametrize("line", ["How you will be evaluated", "Required documents"])
def test_selection_and_application_procedures_are_boilerplate_headings(line: str) -> None:
    text = f"We hire.\n\n{line}\nYou will be rated on your answers.\n"
    assert [(h.text, h.kind_name) for h in find_headings(text, default_rules())] == [(line, "boilerplate")]


def test_in_a_dump_a_phrase_before_a_spaced_bullet_list_is_a_heading() -> None:
    # a strong keyword names a phrase after a lower-case word; a phrase opening a line of spaced bullets heads
    # them, of the kind a keyword names, else of none (the items decide); not words after a capital inside an item
    text = (
        "What's cooking on your shift • Set up your station • Cook every plate to spec • Label and rotate product\n"
        "You'll thrive here if • You have 1 year of line experience • You can work evenings and stay calm when "
        "the board is full Bonus points if • Red Seal Cook certification • Map controls to ISO/IEC 27001 and SBP "
        "ETGRMF requirements and track gaps to closure • Experience on a charcoal grill"
    )
    found = [(h.text, h.kind_name) for h in find_headings(text, default_rules(), dump=True)]
    assert found == [
        ("What's cooking on your shift", None),
        ("You'll thrive here if", "minimum_qualifications"),
        ("Bonus points if", "preferred_qualifications"),
    ]


def test_in_a_dump_a_phrase_glued_to_a_bullet_is_a_heading_when_a_strong_keyword_names_it() -> None:
    text = ("• Clear written English; working French is a strong asset Skills that set you apart• Experience with "
            "PlayFab • Scrum Master certification • Knowledge of (Agile Methodology) is preferred• SQL"
            "• Hazmat and tanker endorsements are a plus• Able to lift 50 lbs")
    found = [(h.text, h.kind_name) for h in find_headings(text, default_rules(), dump=True)]
    assert found == [("Skills that set you apart", "preferred_qualifications")]


def test_a_negated_qualifier_alone_on_its_line_is_a_value_not_a_heading() -> None:
    text = "Security clearance\nNot Required\nDrug test\nNo\nPosition sensitivity\nNon-sensitive\n"
    assert [h for h in find_headings(text, default_rules()) if h.kind_name == "preferred_qualifications"] == []


def test_a_french_heading_on_what_would_make_the_difference_is_the_preferred_list() -> None:
    text = "Profil recherché\n- Une première expérience\nCe qui ferait la différence :\n- Une connaissance du RGPD\n"
    found = [(h.text, h.kind_name) for h in find_headings(text, default_rules())]
    assert ("Ce qui ferait la différence", "preferred_qualifications") in found


def test_in_japanese_an_alias_starting_a_run_after_a_sentence_or_a_space_or_in_brackets_is_a_heading() -> None:
    text = ("少人数のクルーです。仕事内容客室乗務員として担当していただきます。応募資格【必須】・高校卒業以上・身長150cm以上"
            "【歓迎】・TOEIC600点以上の方 雇用形態契約社員")
    found = [(h.text, h.kind_name) for h in find_headings(text, default_rules(), dump=True)]
    assert ("仕事内容", "responsibilities") in found
    assert ("歓迎", "preferred_qualifications") in found
    assert ("雇用形態", "logistics") in found
    # inside a sentence an alias's words are prose: '英語必須。'
    assert find_headings("接客では英語必須の場面があります。", default_rules(), dump=True) == []


def test_in_a_dump_a_question_run_into_the_text_before_a_line_break_is_a_heading() -> None:
    text = ("Document lineage to meet data governance expectations What do you need to succeed?\n"
            "Must-have 7+ years of experience in data engineering")
    found = [(h.text, h.kind_name) for h in find_headings(text, default_rules(), dump=True)]
    assert ("What do you need to succeed", "minimum_qualifications") in found


def test_a_filler_inside_a_question_heading_keeps_its_keyword() -> None:
    text = "We raise funds.\n\nWhat will you actually do?\nYou will research funding opportunities.\n"
    assert [(h.text, h.kind_name) for h in find_headings(text, default_rules())] == [
        ("What will you actually do", "responsibilities")]


def test_who_we_want_heads_the_requirements() -> None:
    text = "We audit companies.\nWho we want\nBachelor of Commerce; CPA (K) finalist; two years of audit experience\n"
    assert [(h.text, h.kind_name) for h in find_headings(text, default_rules())] == [
        ("Who we want", "minimum_qualifications")]


def test_a_requirement_in_capitals_is_not_a_heading() -> None:
    assert headings("Cook\nRequirements\n- Knife skills\nMUST BE ABLE TO WORK WEEKENDS\n") == [("Requirements", "minimum_qualifications")]
    # a heading written as a sentence in Title Case is still a heading
    assert headings("Cook\nYou Are a Great Fit If\n- You love food\n") == [("You Are a Great Fit If", "minimum_qualifications")]


def test_why_join_us_is_perks_over_a_list_and_company_prose_over_a_mission() -> None:
    from jobx import extract

    listed = "Night Porter\nDuties\n- Greet late arrivals\n**Why join us?**\n* Free meal on every shift\n* Paid breaks\n"
    assert [i.text for i in extract(listed).benefits] == ["Free meal on every shift", "Paid breaks"]
    mission = ("Night Porter\nDuties\n- Greet late arrivals\nWhy Join Us\nWe build calm places to sleep. "
               "Join us.\nWe're curious and kind.\n")
    assert extract(mission).benefits == ()


def test_an_alias_opened_by_an_inverted_question_mark_runs_into_a_paragraph() -> None:
    from jobx.segment import find_headings

    text = "Buscamos dependiente para la tienda de Valencia. ¿Qué harás? Atender a los clientes en tienda"
    assert [(h.text, h.kind_name) for h in find_headings(text, default_rules())] == [("Qué harás", "responsibilities")]


def test_a_question_heading_takes_a_list_keyword_but_not_a_descriptive_one() -> None:
    from jobx.segment import find_headings

    text = "Check the tills at close What are we looking for? A food hygiene certificate How will you grow with the team? Training"
    found = [(h.text, h.kind_name) for h in find_headings(text, default_rules(), dump=True)]
    assert ("What are we looking for", "minimum_qualifications") in found
    assert ("How will you grow with the team", None) in found


def test_an_about_heading_glued_to_its_repeated_name() -> None:
    text = "Apply today. About Hill FarmsHill Farms is a family business."
    assert headings(text) == [("About Hill Farms", "company")]


def test_a_list_of_labelled_lines_is_not_a_run_of_headings() -> None:
    text = "Intro.\nWhat We Offer\nFounding Team Equity: a real stake\nTechnical Leadership: direct influence\n"
    assert headings(text) == [("What We Offer", "benefits")]


def test_a_colon_sub_heading_whose_lines_vote_for_the_list_keeps_its_kind() -> None:
    from jobx import extract

    text = ("Engineer\nWhat You Need\n- 5+ years of Go\nStartup Mindset:\nComfortable with ambiguity\n"
            "Strong problem-solving skills\nExcellent communication skills\n")
    assert len(extract(text).minimum_qualifications) == 4


@pytest.mark.parametrize(
    "text",
    [
        "Intro text here.\nSupervisory Experience: This position involves leading the shift.",
        "Intro text here.\nEducation: Bachelor's degree in nursing",
        "Intro text here.\n- Strong Communication: you explain clearly",
    ],
    ids=["weak-label-in-prose", "weak-one-word-label", "label-in-a-bullet"],
)
def test_a_label_in_prose_or_a_bullet_is_not_a_run_in_heading(text: str) -> None:
    assert headings(text) == []


@pytest.mark.parametrize(("text", "kind"), [c[1:] for c in KEYWORD_LINES], ids=[c[0] for c in KEYWORD_LINES])
def test_heading_lines_classified_by_keyword(text: str, kind: str) -> None:
    assert headings(text)[-1][1] == kind


@pytest.mark.parametrize(
    "line",
    [
        "Strong communication skills",
        "We are searching for someone who:",
        "Job Number: 349",
        "You will build services",
        "Posted 3 Days Ago",
        "Apply Now",
        "Band 5",
    ],
)
def test_item_like_lines_are_not_headings(line: str) -> None:
    assert headings(f"Intro text here.\n{line}\nMore text.") == []


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_aliases_with_either_apostrophe(apostrophe: str) -> None:
    assert headings(f"Intro.\nWhat you{apostrophe}ll do\n- Build things") == [(f"What you{apostrophe}ll do", "responsibilities")]


def test_no_inline_heading_inside_a_list_of_values() -> None:
    # 'Status:' is a logistics label; 'Benefits' inside its list of values is no heading
    found = headings("Intro text here.\nStatus: Full-Time, Benefits Eligible\nMore text.")
    assert all(kind != "benefits" for _, kind in found)


def test_a_requirement_heading_after_the_perks_over_a_list_that_asks_nothing_is_perks() -> None:
    import jobx

    text = ("Engineer\nRequirements\n- 3 years of Go\nBenefits\n- Health plan\n- Meal card\n"
            "Bonus:\n- Two-hour lunch\n- A games room\n")
    assert jobx.extract(text).to_dict()["benefits"] == ["Health plan", "Meal card", "Two-hour lunch", "A games room"]
    asks = text.replace("Bonus:\n- Two-hour lunch\n- A games room\n", "Bonus:\n- Experience with Kafka\n- Rust\n")
    result = jobx.extract(asks).to_dict()
    assert result["preferred_qualifications"] == ["Experience with Kafka", "Rust"]
    assert result["benefits"] == ["Health plan", "Meal card"]


def test_a_tech_stack_after_the_perks_or_the_duties_is_neither() -> None:
    import jobx

    stack = "Our Stack\nWeb: Vue, TypeScript and Sass\nServices: Go, Postgres, Kafka\nInfra: Terraform and GCP\n"
    perks = "Engineer\nWhat we offer\nPaid parental leave\nA learning budget\n" + stack
    assert jobx.extract(perks).to_dict()["benefits"] == ["Paid parental leave", "A learning budget"]
    duties = "Engineer\nResponsibilities\n- Build the billing service\n- Review code\n" + stack
    assert jobx.extract(duties).to_dict()["responsibilities"] == ["Build the billing service", "Review code"]
    # under a requirements heading the same lines are requirements
    asked = "Engineer\nRequirements\n- Three years of backend work\n" + stack
    assert len(jobx.extract(asked).to_dict()["minimum_qualifications"]) == 4


def test_a_perks_keyword_heading_over_the_terms_of_the_job_is_logistics() -> None:
    import jobx

    terms = "Tutor\nDuties\n- Mark essays\nContract & Compensation\n- September 2027\n- 12-week contract\n- $40 per hour\n"
    result = jobx.extract(terms).to_dict()
    assert result["benefits"] == []
    assert result["logistics"]["duration"] == "12-week contract"
    # a perk among them keeps the list perks
    perks = terms.replace("- 12-week contract\n", "- Free parking\n- Paid holidays\n")
    assert jobx.extract(perks).to_dict()["benefits"] == ["September 2027", "Free parking", "Paid holidays", "$40 per hour"]


def test_japanese_middle_dot_bullets_and_angle_bracket_headings() -> None:
    import jobx

    text = ("社内SE\n応募資格\n＜必須＞\n・実務経験2年以上\n・ネットワークの基礎知識\n＜歓迎＞\n・CCNA の資格\n・物流業界での勤務経験\n")
    result = jobx.extract(text).to_dict()
    assert result["minimum_qualifications"] == ["実務経験2年以上", "ネットワークの基礎知識"]
    assert result["preferred_qualifications"] == ["CCNA の資格", "物流業界での勤務経験"]


def test_a_heading_trailing_off_into_its_list_and_a_sentence_that_opens_like_an_alias() -> None:
    text = "Job\n\nYou might be a fit if...\n\nYou have 3 years of Python.\nYou write tests.\n"
    assert headings(text) == [("You might be a fit if", "minimum_qualifications")]
    # a subject and its verb ('You have') do not head a sentence that runs on into a figure
    assert headings("Job\n\nYou have:\n- 3 years of Python\n") == [("You have", "minimum_qualifications")]


def test_the_first_line_under_a_heading_is_an_item_and_a_line_set_apart_is_a_heading() -> None:
    import jobx

    perks = "Picker\nDuties\n- Pick orders\n\nWhat you get\nWeekly pay\nPaid time off after 90 days\nFree boots\n"
    assert jobx.extract(perks).to_dict()["benefits"] == ["Weekly pay", "Paid time off after 90 days", "Free boots"]
    spec = ("Planner\nPerson specification\n\nExperience\nEssential: Two years in planning\n\n"
            "Knowledge and skills\nEssential: Report writing\nDesirable: GIS mapping\n")
    result = jobx.extract(spec).to_dict()
    assert "Knowledge and skills" not in result["minimum_qualifications"] + result["preferred_qualifications"]
    assert result["preferred_qualifications"] == ["GIS mapping"]


def test_a_keyword_with_a_filler_inside_still_names_the_heading() -> None:
    assert headings("Job\n\nYou will also need:\n- A driving licence\n") == [("You will also need", "minimum_qualifications")]
    assert headings("Job\n\nWho we think you are\n- Calm\n- Kind\n") == [("Who we think you are", "minimum_qualifications")]
    assert headings("Job\n\nWhat will you be doing?\nYou will plan the rota.\n")[0] == (
        "What will you be doing", "responsibilities")


def test_a_duty_sentence_that_opens_with_you_will_is_a_duty() -> None:
    import jobx

    text = ("Coordinator\n\nWhat you will do\n\nYou will plan the weekly rota. You will run induction sessions. "
            "As a member of the team, you will shape our work.\n")
    assert [i.text for i in jobx.extract(text).responsibilities] == [
        "You will plan the weekly rota.", "You will run induction sessions."]


def test_a_requirements_list_whose_lead_in_says_it_is_a_plus_is_the_preferred_list() -> None:
    import jobx

    text = ("Graduate Engineer\nRequirements\n- A degree in engineering\n"
            "You need not know our tools. Experience in any of the following would be an advantage:\n"
            "- Rust\n- Embedded C\nBenefits\n- Pension\n")
    result = jobx.extract(text).to_dict()
    assert result["minimum_qualifications"] == ["A degree in engineering"]
    assert result["preferred_qualifications"] == ["Rust", "Embedded C"]
    # a lead-in that says nothing of the kind leaves the list where it is
    plain = text.replace("would be an advantage:", "is what we use:")
    assert jobx.extract(plain).to_dict()["preferred_qualifications"] == []
    # one that says the list is not asked for takes it out of the requirements
    negated = text.replace("Experience in any of the following would be an advantage:", "You are not expected to:")
    assert jobx.extract(negated).to_dict()["minimum_qualifications"] == ["A degree in engineering"]


def test_a_duty_sentence_whose_subject_is_the_hire_is_a_duty() -> None:
    import jobx

    text = ("Accounts Manager\n\nDuties:\nThe incumbent prepares the monthly accounts. The post holder also "
            "manages two clerks. The team will help you settle in. The role is new.\n")
    assert [i.text for i in jobx.extract(text).responsibilities] == [
        "The incumbent prepares the monthly accounts.", "The post holder also manages two clerks."]


def test_where_no_list_names_the_duties_the_openings_duty_sentences_are_duties() -> None:
    import jobx

    text = ("Caltex Gosford now hiring\nCasual roles at our site. The Console Operator is responsible for the tills "
            "and the kitchen.\nLike Comment Share\nRequirements\n- Customer service experience\n")
    assert [i.text for i in jobx.extract(text).responsibilities] == [
        "The Console Operator is responsible for the tills and the kitchen."]


def test_an_unknown_heading_over_perks_opens_benefits() -> None:
    import jobx

    text = "Engineer\nRequirements\n- Go\nWhy Parcelly?\n- Health insurance\n- 27 vacation days\n- A budget\n"
    result = jobx.extract(text).to_dict()
    assert result["benefits"] == ["Health insurance", "27 vacation days", "A budget"]
    assert result["minimum_qualifications"] == ["Go"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Rewards & Benefits Officer\nLeeds\n", []),
        ("Intro.\nWe are hiring a Training & Qualifications Lead to run our courses.\nMore.\n", []),
        ("Tools\n- Keeps the rota tidy • Knows the tills Training & Requirements Current food hygiene card\n", ["Requirements"]),
    ],
    ids=["title-line", "name-after-an-article", "glued-after-an-item"],
)
def test_an_alias_after_an_ampersand_is_a_name_unless_glued_to_an_item(text: str, expected: list[str]) -> None:
    assert [h.text for h in find_headings(normalise(text).text, default_rules()) if h.why == "alias"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Intro\n1. RESPONSIBILITIES\na) Pick orders\n2. REQUIREMENTS\na) Forklift licence\n",
        "Intro\nII) Responsibilities\n- Pick orders\nIII) Requirements\n- Forklift licence\n",
        "Intro\nA. Responsibilities:\n- Pick orders\nB. Requirements:\n- Forklift licence\n",
    ],
    ids=["arabic-capitals", "roman", "letters-colon"],
)
def test_a_numbered_line_that_is_all_alias_is_a_section_heading(text: str) -> None:
    found = [(h.text, h.kind_name) for h in find_headings(normalise(text).text, default_rules())]
    assert [kind for _, kind in found] == ["responsibilities", "minimum_qualifications"]
    # a numbered item that goes on past the alias stays an item
    assert find_headings("Intro\n1. Requirements gathering with the client\n", default_rules()) == []


def test_a_bonus_in_a_heading_is_a_plus_but_an_annual_bonus_is_not() -> None:
    found = find_headings("Intro.\n\n### It's a bonus if you\n- Speak Spanish\n", default_rules())
    assert [h.kind_name for h in found] == ["preferred_qualifications"]
    found = find_headings("Intro.\n\n### Annual bonus\n- 10% of salary\n", default_rules())
    assert [h.kind_name for h in found] != ["preferred_qualifications"]


def test_in_a_dump_a_framed_phrase_run_into_its_list_is_a_heading() -> None:
    dump = ("Dairy Farm Assistant Job description We milk 400 cows on a 9 days on, 3 days off roster. Your day to day "
            "Milking on rotation Feeding out with the tractor Calf rearing in spring What you'll need to bring At least "
            "one season on a dairy farm A full driver's licence What's in it for you A house, meat and milk supplied. "
            "Your role is to Build fences and more. " + "We are a family farm in Southland with a team of four. " * 4)
    found = headings(dump)
    assert ("Your day to day", "responsibilities") in found
    assert ("What you'll need to bring", "minimum_qualifications") in found
    assert not any(text.startswith("Your role") for text, _ in found)


def test_in_a_dump_a_heading_glued_to_its_first_bullet_after_a_colon_and_items_between_bullets() -> None:
    dump = ("Requisitos:• Técnico superior en Acuicultura• Licencia de conducir clase B (deseable) Deseable:• "
            "Conocimientos de Fishtalk o Mercatus• Experiencia en auditorías de certificación ASC Ofrecemos: bono de "
            "producción, seguro de salud y capacitación. " + "Somos una empresa familiar del sur de Chile. " * 10)
    found = headings(dump)
    assert found == [("Requisitos", "minimum_qualifications"), ("Deseable", "preferred_qualifications"),
                     ("Ofrecemos", "benefits")]


def test_in_a_dump_a_run_in_heading_in_capitals_after_a_bracket() -> None:
    dump = ("Grip wanted. MUST HAVE: - One feature on a G&E crew - Basic DMX patching NICE: - Lift card - Dolly "
            "experience - Atlanta local (no housing provided) WHAT WE PROVIDE: hot lunch every day, mileage paid, "
            "IMDb credit. DATES: Jan 13 - Feb 5. " + "We are a small crew making an indie feature in Decatur. " * 6)
    found = headings(dump)
    assert ("NICE", "preferred_qualifications") in found and ("WHAT WE PROVIDE", "benefits") in found
    assert not any(text == "DATES" and kind != "logistics" for text, kind in found)


def test_a_boards_credentials_and_personal_suitability_are_requirements() -> None:
    text = "Tasks\nPlan daily activities\n\nCredentials\nFirst Aid and CPR Level C\n\nPersonal suitability\nReliability\n"
    found = headings(text)
    assert ("Credentials", "minimum_qualifications") in found
    assert ("Personal suitability", "minimum_qualifications") in found


def test_highly_regarded_names_the_pluses() -> None:
    text = "Essential\n* Current ChemCert accreditation\n\n#### Highly regarded\n\n* A current First Aid certificate\n"
    found = headings(text)
    assert ("Highly regarded", "preferred_qualifications") in found


def test_in_a_dump_an_alias_that_an_icon_opens_and_a_glued_bullet_ends_is_a_heading() -> None:
    dump = ("Data Analyst We're hiring a Data Analyst to own reporting for our loyalty program.🛒 What you'll be doing- Build "
            "Power BI dashboards- Write clean SQL in Snowflake✅ What you'll bring- 3+ years in a data role "
            + "Harvest Lane delivers fresh groceries across Melbourne. " * 8)
    found = headings(dump)
    assert ("What you'll be doing", "responsibilities") in found and ("What you'll bring", "minimum_qualifications") in found


def test_in_a_dump_a_german_heading_glued_to_an_icon_bullet() -> None:
    dump = ("Für unser Team suchen wir dich zum 1. März.Das wird dein Job➤ Du betreust 80 Industriekunden➤ Du erstellst "
            "Angebote Damit überzeugst du uns✓ Eine kaufmännische Ausbildung✓ Kenntnisse in SAP sind ein Plus✓ Gute "
            "Englischkenntnisse " + "Hallström beliefert Industrie und Handwerk mit Schrauben und Dübeln. " * 6)
    found = headings(dump)
    assert ("Das wird dein Job", "responsibilities") in found
    assert ("Damit überzeugst du uns", "minimum_qualifications") in found
    assert not any(text == "Plus" for text, _ in found)  # '... sind ein Plus✓' ends an item


def test_is_this_you_asks_for_requirements() -> None:
    text = "Duties\n* Answer calls\n\nIs this you?\n* You stay calm with frustrated customers\n* GCSE English and Maths\n"
    found = headings(text)
    assert ("Is this you", "minimum_qualifications") in found


def test_in_a_dump_a_question_after_a_bracket_is_a_heading() -> None:
    dump = ("Pay: $18.50 per hour + route bonuses (most techs clear $48K) What does a day look like?Run a daily route "
            "of residential stops Perform interior treatments " + "We keep bugs out of homes in Knoxville. " * 8)
    found = [text for text, _ in headings(dump)]
    assert "What does a day look like" in found


def test_a_government_boards_preference_lead_in_and_questions() -> None:
    text = ("Minimum Qualifications\nHigh school diploma.\n\nSupplemental Information\n"
            "PREFERENCE MAY BE GIVEN TO APPLICANTS WHO HAVE:\nA current notary commission.\n\nQuestions\n01\n")
    found = headings(text)
    assert ("PREFERENCE MAY BE GIVEN TO APPLICANTS WHO HAVE", "preferred_qualifications") in found
    assert ("Questions", "boilerplate") in found


def test_a_section_ender_on_the_first_line_starts_at_the_texts_start() -> None:
    from jobx.segment import section_ender_starts

    assert section_ender_starts("We are an equal opportunity employer and welcome all.", default_rules()) == [0]


def test_in_a_dump_a_heading_with_a_comma_glued_on_after_the_last_item() -> None:
    # glue ('TelefonNoch') marks where the heading starts; a comma in the middle of a sentence's end does not
    dump = (
        "Dein Profil✓ Erfahrung im Einkauf, idealerweise im Großhandel✓ Sicheres Auftreten am TelefonNoch besser, "
        "wenn du✓ schon mit SAP gearbeitet hast✓ Englisch sprichst Das bieten wir✓ 30 Urlaubstage "
        + "Wir liefern Werkzeug an Handwerksbetriebe in ganz Westfalen. " * 6
    )
    found = headings(dump)
    assert ("Noch besser, wenn du", "preferred_qualifications") in found
    assert not any(text.startswith(("Im Einkauf", "Erfahrung", "Großhandel")) for text, _ in found)


def test_in_a_dump_a_question_after_an_icon_is_a_heading() -> None:
    dump = (
        "Nice to haves- Python for analysis- Exposure to CRM data🎁 Why Orchard Lane?Hybrid working ✦ 20% off your "
        "shop ✦ an extra week of leave ✦ a paid volunteer day every year " + "Orchard Lane sells fruit online. " * 8
    )
    assert "Why Orchard Lane" in [text for text, _ in headings(dump)]


def test_a_company_profile_is_about_the_company_not_the_candidates_profile() -> None:
    text = (
        "Duties\n- Triage patients\n\nCompany profile\nLakeside Private Hospital\nHospitals & Healthcare\n"
        "1,001-5,000 employees\n"
    )
    assert ("Company profile", "company") in headings(text)


def test_a_list_of_screening_questions_holds_no_headings() -> None:
    text = (
        "Requirements\n- Current AHPRA registration\n\nYour application will include the following questions:\n"
        "Which statement best describes your right to work in Australia?\nDo you have current AHPRA registration?\n"
        "How many years' experience do you have as an emergency nurse?\n\nBe careful\nNever give your bank details.\n"
    )
    found = [text for text, _ in headings(text)]
    assert not any(heading.startswith(("Do you have", "How many")) for heading in found)


def test_a_question_alone_before_a_question_heading_leaves_it_a_heading() -> None:
    text = "Are you a newly qualified electrician?\n\nWhat will you be doing?\nYou'll wire new homes.\n"
    assert "What will you be doing" in [text for text, _ in headings(text)]


@pytest.mark.parametrize("heading", ["THE PACKAGE", "Our package", "Salary and package"])
def test_a_package_heads_the_perks(heading: str) -> None:
    assert (heading, "benefits") in headings(f"About you\n- Strong written English\n\n{heading}\n- A pension\n")


def test_a_rule_after_a_blank_line_ends_the_list_above_it() -> None:
    # an e-mail's signature under the perks; a setext heading's underline (right under its text) is no rule
    text = (
        "Bookkeeper\n\nWhat we offer\n- KiwiSaver at 4%\n- A day off on your birthday\n\n"
        "________________________________\n\nHana Whitcombe | Practice Manager\nTussock & Co\nP 03 940 2216\n"
    )
    posting = jobx.extract(text)
    assert [item.text for item in posting.benefits] == ["KiwiSaver at 4%", "A day off on your birthday"]
    setext = "Bookkeeper\n\nWhat we offer\n-------------\n\n- KiwiSaver at 4%\n- A day off on your birthday\n"
    assert [item.text for item in jobx.extract(setext).benefits] == ["KiwiSaver at 4%", "A day off on your birthday"]


def test_a_menu_of_links_does_not_vote_for_the_perks() -> None:
    text = (
        "LECU LOCAL 88 - NORTHERN ALBERTA\nLift & Escalator Constructors Union\n"
        "Home | Dispatch Board | Apprenticeship | Health & Welfare | Pension | Members Login\n\n"
        "DISPATCH BOARD > Open Calls > Call #26-114\n\n=====================\nJOB CALL #26-114\n"
        "Posted: Nov 24, 2026\n=====================\n\nDuties\n- Service elevators\n"
    )
    assert jobx.extract(text).benefits == ()


@pytest.mark.parametrize("heading", ["It would be lovely if you also had:", "Even better if you also have"])
def test_if_you_also_heads_the_preferred_list(heading: str) -> None:
    text = f"Requirements\n- A teaching degree\n\n{heading}\n- Experience in an international school\n"
    assert (heading.rstrip(":"), "preferred_qualifications") in headings(text)


def test_a_chat_s_emphasis_and_a_bold_run_in_head_their_lists() -> None:
    posting = jobx.extract(
        "Dev\n\n*What you'd be doing*\n• Building new screens for our app\n• Pairing with our devs\n\n"
        "*What we need*\n• 2–4 years of frontend experience\n• Solid React\n\n"
        "*Perks* — KiwiSaver matched, 5 weeks annual leave\n"
    )
    assert [i.text for i in posting.responsibilities] == ["Building new screens for our app", "Pairing with our devs"]
    assert [i.text for i in posting.minimum_qualifications] == ["2–4 years of frontend experience", "Solid React"]
    assert [i.text for i in posting.benefits] == ["KiwiSaver matched, 5 weeks annual leave"]


def test_a_sentence_heading_framed_by_here_with_a_full_stop() -> None:
    posting = jobx.extract(
        "Office Manager\n\nThe Role\nWe run an office.\n\nHere's what you'll own.\n"
        "You'll manage the front desk and the mail. You will order supplies within a monthly budget.\n\n"
        "Here's who we're looking for.\n• 2+ years as an office coordinator\n• Confident with Slack\n"
    )
    assert [i.text for i in posting.responsibilities] == [
        "You'll manage the front desk and the mail.", "You will order supplies within a monthly budget."
    ]
    assert len(posting.minimum_qualifications) == 2


def test_a_similar_jobs_line_in_title_case_ends_the_perks() -> None:
    posting = jobx.extract(
        "Cook\n\nBenefits\n- Health Insurance\n- Dental Insurance\n\nSimilar Jobs\n- Line Cook · Pikes Peak · Denver, CO\n"
    )
    assert [i.text for i in posting.benefits] == ["Health Insurance", "Dental Insurance"]


def test_a_list_under_an_unknown_heading_is_voted_without_its_lead_in() -> None:
    posting = jobx.extract(
        "Driver\n\nWHAT A TYPICAL SHIFT LOOKS LIKE\nYou start at 18:00 with a briefing. This is what the job involves.\n"
        "- Trunk chilled loads between depots\n- Complete walk-round checks at the start of every shift\n"
        "- Couple and uncouple trailers safely\n- Monitor fridge temperatures during each run\n"
        "- Follow tachograph rules at all times\n- Give a professional service at customer sites\n"
    )
    assert len(posting.responsibilities) == 6


def test_a_dump_s_line_of_inline_bullets_is_voted_like_a_list() -> None:
    # a scrape's terms run on into the duties with no heading for them: the bullets' votes name the list
    posting = jobx.extract(
        "Kennel Assistant\nPay: £12.60 an hour Hours: 30 a week Start: March 2027\n"
        "Caring for dogs is the whole job. • Walk and feed the dogs in your block • Clean the kennels and runs "
        "every morning • Prepare the feed to each dog's plan • Record any change in health\n"
        "What we're after • A love of dogs • A full UK driving licence • Happy to work one weekend in three\n"
    )
    assert [item.text for item in posting.responsibilities] == [
        "Walk and feed the dogs in your block",
        "Clean the kennels and runs every morning",
        "Prepare the feed to each dog's plan",
        "Record any change in health",
    ]


def test_a_line_of_inline_bullets_that_agrees_with_its_section_stays() -> None:
    posting = jobx.extract(
        "Kennel Assistant\n\nBenefits • Free parking • Staff discount • A birthday day off • Uniform provided\n"
    )
    assert not posting.responsibilities and len(posting.benefits) == 4


def test_an_alias_in_a_menu_row_is_a_link_not_a_heading() -> None:
    posting = jobx.extract(
        "Skip to main content\nMaumee Valley Fleet Services Careers\nAll Jobs | Our Locations | Benefits | Contact Us\n\n"
        "< Back to All Jobs\n\nDiesel Technician - Heavy Truck (2nd Shift)\nFort Wayne, IN\n\n"
        "Responsibilities\n- Diagnose and repair heavy trucks\n- Keep service records\n"
    )
    assert posting.title == "Diesel Technician - Heavy Truck (2nd Shift)"
    found = headings("Home | Jobs | Benefits | Contact Us\nWe make boxes.\nBenefits\n- Pension")
    assert found == [("Benefits", "benefits")]


def test_a_heading_word_among_a_board_s_menu_links_is_a_link() -> None:
    posting = jobx.extract(
        "Skip to content\nSEEK\nJob search\nProfile\nCareer advice\nCompany reviews\nSign in\n\n"
        "Registered Nurse – Emergency Department\nBarwon Coast Private Hospital\nGeelong VIC\n\n"
        "Essential criteria\n- Current AHPRA registration\n- Two years of acute experience\n\n"
        "Job seeker\nJob search\nProfile\nRecommended jobs\nSaved searches\nSaved jobs\n"
    )
    assert posting.title == "Registered Nurse – Emergency Department"
    assert [i.text for i in posting.minimum_qualifications] == [
        "Current AHPRA registration", "Two years of acute experience"
    ]
    # short plain lines under a heading are still its items, with no board's link among them
    plain = jobx.extract("Shop Assistant\n\nDuties\nStock shelves\nServe customers\nRequirements\nForklift licence\nSafety boots\n")
    assert [i.text for i in plain.minimum_qualifications] == ["Forklift licence", "Safety boots"]


def test_recommendations_head_the_pluses_as_south_african_postings_write_them() -> None:
    posting = jobx.extract(
        "Research Software Engineer\n\nMINIMUM REQUIREMENTS\n- A degree in computer science.\n- Three years of Python.\n\n"
        "RECOMMENDATIONS\n- A Master's degree.\n- Experience with QGIS.\n"
    )
    assert [i.text for i in posting.preferred_qualifications] == ["A Master's degree.", "Experience with QGIS."]


def test_a_board_s_similar_vacancies_are_no_perks() -> None:
    posting = jobx.extract(
        "Teacher\n\n**Benefits**\n\n- Professional development\n- Laptop provided\n\n**Similar vacancies**\n\n"
        "- [Scale A Teacher – Year 3/4](https://example.org/1) · Te Awamutu · Closes 11 December 2026\n"
        "- [Beginning Teacher – Year 1](https://example.org/2) · Hamilton · Closes 10 December 2026\n"
    )
    assert [i.text for i in posting.benefits] == ["Professional development", "Laptop provided"]


def test_a_markdown_heading_is_one_in_lower_case_and_its_brackets_count() -> None:
    text = (
        "We make games.\n\n## 🛠️ what would I actually be doing?\n- build player abilities\n\n"
        "## is this you?\n- you know C#\n\n## ✨ bonus round (not required!!)\n- shader work\n"
    )
    assert headings(text) == [
        ("what would I actually be doing", "responsibilities"),  # (a weak "doing" over a weak "would")
        ("is this you", "minimum_qualifications"),
        ("bonus round (not required!!)", "preferred_qualifications"),
    ]
    # a hashtag is not a markdown heading, and a plain line in lower case is not a heading
    assert headings("We make games.\n\n#hiring #gamedev\n\nis this you?\n- you know C#\n") == []


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("You'll stand out if", "preferred_qualifications"),  # a strong cue over the duties' weak 'you'll'
        ("You will stand out if you have", "preferred_qualifications"),
        ("Candidates with the following will have an edge:", "preferred_qualifications"),
        ("ADDITIONAL CREDIT WILL BE GIVEN FOR", "preferred_qualifications"),
        ("Will count in your favour", "preferred_qualifications"),
        ("Extra Hops", "preferred_qualifications"),  # a weak 'extra', alone in the heading
        ("Extra love for", "preferred_qualifications"),
        ("Extra seasoning", "preferred_qualifications"),
        ("Desired Outcomes and Responsibilities", "responsibilities"),  # a strong keyword of another kind wins
    ],
)
def test_a_strong_preferred_cue_outweighs_another_kinds_weak_word(line: str, kind: str) -> None:
    assert keyword_kind(line, line.split(), True, default_rules()).value == kind


def test_in_a_dump_a_short_run_in_addressed_to_the_reader_is_a_heading_a_keyword_names() -> None:
    text = (
        "Dairy farm near Skibbereen is looking for a reliable person to join a small team of three. "
        "You need: at least one year's milking experience; a full driving licence; good spoken English. "
        "We offer: €15.50 per hour; every second weekend off; paid training courses."
    )
    found = [(h.text, h.kind_name) for h in find_headings(text, default_rules(), dump=True)]
    assert ("You need", "minimum_qualifications") in found
    # a longer phrase opened by 'You' is a sentence: 'You will be asked to bring: your passport'
    text = text.replace("You need:", "You will be asked to bring:")
    assert [h.text for h in find_headings(text, default_rules(), dump=True)] == ["We offer"]


def test_a_remark_in_brackets_before_a_headings_colon_is_the_headings() -> None:
    text = "We prune trees.\n\nNice to have (not dealbreakers!): chainsaw experience, a Class B CDL, some Spanish.\n"
    normal = normalise(text)
    heading = next(h for h in find_headings(normal.text, default_rules()) if h.text == "Nice to have")
    assert normal.text[heading.end :].startswith("chainsaw experience")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ASSET EXPERIENCE", "preferred_qualifications"),  # the Canadian public service's template
        ("Asset qualifications", "preferred_qualifications"),
        ("Rail Asset Renewal Division", None),  # an asset alone is no plus
    ],
)
def test_the_assets_of_a_public_service_poster_are_pluses(line: str, kind: str | None) -> None:
    found = keyword_kind(line, line.split(), True, default_rules())
    assert (found.value if found else None) == kind


def test_a_heading_alias_inside_a_name_after_a_romance_joining_word_is_no_heading() -> None:
    # 'Funções' (duties) inside the name of a law, after Portuguese 'em' (in)
    text = (
        "Requisitos Gerais: Os previstos no artigo 17.º da Lei Geral do Trabalho em Funções Públicas (LTFP):\n"
        "a) Nacionalidade portuguesa;\nb) 18 anos de idade completos.\n"
    )
    assert "Funções" not in [h.text for h in find_headings(text, default_rules())]


def test_a_line_saying_the_reader_would_be_a_fit_heads_the_requirements() -> None:
    text = "Here's the job\n- Build job plans\n\nYou'd be a fit if\n- you have 3+ years as a planner\n- you know SAP PM\n"
    assert ("You'd be a fit if", "minimum_qualifications") in headings(text)


def test_in_a_dump_a_question_after_an_icon_closes_a_line_of_sentences() -> None:
    text = "Kalypso Yachting runs two yachts from Limassol Marina for charter guests. " * 4 + (
        "English is the working language on board, crew of 5.👉 So what will you actually do?▫️ Wash down the decks"
        "▫️ Assist with mooring and line handling▫️ Drive the tender for guest transfers✅ Must have:• STCW"
    )
    assert "So what will you actually do" in [heading for heading, _ in headings(text)]


def test_a_line_a_bullet_mark_opens_like_the_next_is_an_item_not_a_heading() -> None:
    # '○' and '▪' bullet these lines (to a heading's shape they are icons, as '■ 業務内容' has)
    text = "Intro line here.\n\n우대사항\n○ 가정전문간호사 또는 보건교육사 자격 소지자\n○ 보건소 근무 경력자\n"
    assert [h.text for h in find_headings(text, default_rules())] == ["우대사항"]
    text = "Intro line here.\n\nRequirements\n▪️ Must be willing to undergo a medical\n▪️ Valid passport\n"
    assert [h.text for h in find_headings(text, default_rules())] == ["Requirements"]


def test_in_a_dump_a_phrase_a_keyword_names_before_a_run_of_dots_heads_it() -> None:
    # mid-line, after the last item of a list (a word in lower case) or a sentence's end, a phrase a weak keyword
    # names heads the run of ' · ' items after it; not a phrase whose only keyword is an item's 'skills' after a
    # capitalised word ('· Advanced MS Excel skills ·'), nor a phrase before a lone dot
    text = (
        "Our kitchens serve 9,000 meals a day across the county. · Able to follow hygiene procedures · Able to lift "
        "15 kg · A good standard of numeracy What you'll get from us · Local Government Pension Scheme · Free "
        "uniform · Training towards an SVQ · Advanced MS Excel skills · Discount scheme. Working pattern for you "
        "· Monday to Friday"
    )
    found = [(h.text, h.kind_name) for h in find_headings(text, default_rules(), dump=True)]
    assert ("What you'll get from us", "benefits") in found
    assert not [text for text, _ in found if "Excel" in text or "pattern" in text]
    # a short phrase glued to a run's first bullet after a sentence heads it without a keyword (its items say)
    glued = "We serve 9,000 meals a day. The job· Preparing lunches · Washing up · Taking deliveries and stock"
    assert [(h.text, h.kind_name) for h in find_headings(glued, default_rules(), dump=True)] == [("The job", None)]


def test_an_alias_opening_a_paragraph_of_semicolon_parts_heads_it() -> None:
    # 'Vi forventer, at du ...; har ...; kan ...': the alias is the paragraph's run-in heading, without a colon
    text = (
        "Om stillingen\nVi søger en assistent.\n\nVi forventer, at du er uddannet assistent; har kørekort til bil; "
        "kan arbejde selvstændigt.\n\nVi tilbyder en grundig introduktion; elbil i arbejdstiden; betalt kursus.\n"
    )
    found = [(h.text, h.kind_name) for h in find_headings(text, default_rules())]
    assert ("Vi forventer", "minimum_qualifications") in found
    assert ("Vi tilbyder", "benefits") in found


def test_semicolons_in_brackets_make_no_semicolon_list() -> None:
    text = "Intro.\n\nExperience refers to paid work and other organizations (e.g., professional; religious; social).\n"
    assert [h.text for h in find_headings(text, default_rules())] == []


def test_a_sentence_case_run_in_a_strong_keyword_names_heads_a_semicolon_list() -> None:
    text = (
        "Intro.\n\nFatores preferenciais: conhecimentos de autómatos Siemens S7; experiência com lasers Trumpf; "
        "formação em soldadura.\n\nExperience with Python: 3 years; Go: 1 year; Rust: none.\n"
    )
    found = [(h.text, h.kind_name) for h in find_headings(text, default_rules())]
    assert found == [("Fatores preferenciais", "preferred_qualifications")]


def test_in_a_dump_a_phrase_an_icon_opens_over_a_bulleted_line_heads_it() -> None:
    # glued icons become bullets ('have👉 2–5 years'): the phrase an icon opened before them heads the list
    text = (
        "Acme helps farmers sell produce at fair prices every single day of the week. " * 3
        + "🛠️ What you'll be building👉 Design REST services 👉 Own your services end to end 👉 Review code "
        "🎯 You'll fit right in if you have👉 2–5 years of Node.js 👉 Strong PostgreSQL 👉 Kafka or RabbitMQ "
        "✨ Brownie points👉 Payments experience 👉 Redis 👉 Telugu"
    )
    normal = normalise(text)
    found = [(h.text, h.kind_name) for h in find_headings(normal.text, default_rules(), dump=normal.dump)]
    assert ("What you'll be building", "responsibilities") in found
    assert ("You'll fit right in if you have", "minimum_qualifications") in found
    assert ("Brownie points", "preferred_qualifications") in found


@pytest.mark.parametrize("line", ["Home > Jobs > Warehouse > Leeds", "Careers › Nursing › Staff Nurse", "Denver, CO"])
def test_a_site_s_path_or_a_place_alone_on_its_line_is_no_heading(line: str) -> None:
    text = f"Picker Packer\n\n{line}\n\nWhat you'll do\n- Pick orders\n"
    assert [h.text for h in find_headings(text, default_rules())] == ["What you'll do"]


def test_what_is_handy_to_have_is_preferred() -> None:
    text = "Intro.\n\nWhat you'll need:\n- A driver licence\n\nExtra handy:\n- A GROWSAFE certificate\n"
    assert ("Extra handy", "preferred_qualifications") in headings(text)


def test_in_a_dump_a_heading_of_words_joined_by_an_ampersand_glued_to_an_item_s_end_is_found() -> None:
    text = ("We are a family shop with many trucks and happy customers across the valley. " * 5
            + "Bonus Points: - Experience with ServiceTitan - Bilingual English/SpanishPay & Perks: $32–$42/hour, "
            "take-home van, medical, dental and vision insurance.")
    found = [(h.text, h.kind_name) for h in find_headings(text, default_rules(), dump=True)]
    assert ("Pay & Perks", "benefits") in found


def test_a_label_after_a_sentence_inside_a_line_ends_the_list_before_it() -> None:
    text = ("Pay & Perks: $32–$42/hour, take-home van, medical, dental and vision insurance. Schedule: Monday–Friday, "
            "7:00 AM – 4:00 PM, plus on-call rotation. Start date: ASAP.")
    found = [(h.text, h.kind_name) for h in find_headings(text, default_rules(), dump=True)]
    assert ("Schedule", "logistics") in found and ("Start date", "logistics") in found


DUMP_WITH_RUN_INS = (
    "Field Service Technician Northgate Elevators – Hamilton, ON Full-time Northgate Elevators keeps lifts running in "
    "hospitals and towers across the region, and our service team of twelve covers every call within the hour. "
    "What you'll do: Service and repair hydraulic and traction elevators on a regular route. Respond to breakdown "
    "calls and log every visit in the work-order app. Keep your van stocked and tidy. What you bring: A completed "
    "elevator mechanic apprenticeship or an equivalent licence. Three years of service experience in the trade. "
    "Nice to have if you can: Experience with Otis and Kone controllers. A second language for customer calls. "
    "Why Northgate: A company van with a fuel card. Health and dental benefits from day one. Applications close "
    "on Friday, January 15, 2027."
)


def test_in_a_dump_a_strong_phrase_or_why_and_a_name_closed_by_a_colon_after_a_sentence_heads_a_list() -> None:
    posting = jobx.extract(DUMP_WITH_RUN_INS)
    assert [item.text for item in posting.preferred_qualifications] == [
        "Experience with Otis and Kone controllers.",
        "A second language for customer calls.",
    ]
    assert [item.text for item in posting.benefits] == [
        "A company van with a fuel card.",
        "Health and dental benefits from day one.",
    ]
    # not in a text with its lines, where the sentence before a label is as often prose ('Why it matters: ...')
    lined = DUMP_WITH_RUN_INS.replace(" What you'll do: ", "\nWhat you'll do:\n").replace(" What you bring: ", "\n")
    assert not any(h.text == "Why Northgate" for h in find_headings(normalise(lined).text, default_rules()))


def test_in_a_dump_a_phrase_a_keyword_names_before_a_run_of_spaced_dashes_heads_it() -> None:
    """The phrase runs on from the last item before it ('... tidy To be considered you'll have - ...'); a question
    'Why' and a name heads the perks; a weak keyword at an item's end ('... to the Tier 2 team - ...') heads nothing."""
    posting = jobx.extract(
        "Senior Barber Fadeline Studio Leeds Full time We are a busy studio with a loyal clientele. On the floor "
        "you'll be - Cutting and styling your own clients from consultation to finish - Passing complex cases to "
        "the Tier 2 team - Keeping your chair, tools and station clean and tidy To be considered you'll have - An "
        "NVQ Level 3 in Barbering - At least 3 years' experience as a qualified barber - Weekend availability Why "
        "Fadeline? - Commission "
        "on services and retail - Paid training days each year - Free parking"
    )
    assert [item.text for item in posting.responsibilities] == [
        "Cutting and styling your own clients from consultation to finish",
        "Passing complex cases to the Tier 2 team",
        "Keeping your chair, tools and station clean and tidy",
    ]
    assert [item.text for item in posting.minimum_qualifications] == [
        "An NVQ Level 3 in Barbering",
        "At least 3 years' experience as a qualified barber",
        "Weekend availability",
    ]
    assert [item.text for item in posting.benefits] == [
        "Commission on services and retail", "Paid training days each year", "Free parking"
    ]


def test_two_aliases_in_one_capitalised_run_are_one_heading_named_by_the_first() -> None:
    text = (
        "What It Takes\n5+ years of commercial glazing experience\nBilingual English/Spanish strongly preferred"
        "A Plus If You HaveGlass installer certification\nFirst Aid/CPR certification\n"
    )
    headings = [h for h in find_headings(normalise(text).text, default_rules()) if h.kind_name]
    assert [(h.text, h.kind_name) for h in headings][-1] == ("Plus If You Have", "preferred_qualifications")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Useful, but we'll train the right person", "preferred_qualifications"),  # a strong keyword leads it
        ("Handy to have if you've done it before", "preferred_qualifications"),
        ("Experience with Xero would be an advantage", None),  # an item says it last
        ("Desirable, though we'll gladly train someone keen.", None),  # a sentence
    ],
)
def test_a_line_a_strong_keyword_opens_is_a_heading_of_up_to_twelve_words(line: str, kind: str | None) -> None:
    text = f"Intro line here.\n\nDuties\nCount the stock every week\n{line}\nSome item here\nAnother item here"
    found = [(h.text, h.kind_name) for h in find_headings(text, default_rules()) if h.text == line]
    assert found == ([(line, kind)] if kind else [])


DUMP_EN = (
    "Harbour Paints is hiring a Stock Controller for its Hull depot, which serves decorators across the region "
    "and three shops, each open six days a week.What the job involvesCounting stock in the warehouse every week"
    "Receiving deliveries and checking them against the orders placedKeeping the stock system up to date for the shops"
    "Knowledge & experience we wantTwo years in a stock or warehouse roleGood working knowledge of spreadsheets"
    "A forklift licence, or the will to get oneHelpful, but we can teach the right personTime with barcode scanners, "
    "or working towards itPrevious use of cycle countsAnd in return?A yearly bonus paid each winter"
    "Free parking at the depotA staff discount on all our paint and toolsApply through our website by 30 January."
)
DUMP_NL = (
    "Magazijnmedewerker bij Polderhout B.V. Wij leveren hout aan aannemers in heel Friesland en hebben twee "
    "vestigingen.Jouw werkdagJe laadt en lost vrachtwagens met de heftruck.Je pakt bestellingen in voor de bezorgers."
    "Je houdt het magazijn netjes en veilig.Jouw rugzakEen afgeronde mbo-2-opleiding of vergelijkbare ervaring."
    "Minimaal een jaar ervaring in een magazijn.Een geldig heftruckcertificaat.Wat krijg je ervoor terug?"
    "Een salaris tot €2.900 bruto per maand.25 vakantiedagen en 8% vakantiegeld.Een fiets van de zaak."
    "Solliciteer via onze website."
)


def test_in_a_dump_headings_a_keyword_leads_or_a_word_frames_are_named_by_their_lists() -> None:
    """A one-line scrape whose headings no alias names: one led by a weak keyword ('Knowledge & experience we
    want') and a question ('And in return?'), named by what their lines say; one a strong keyword leads
    ('Helpful, but ...'); and in Dutch, one framed by its first word ('Jouw rugzak', framing_words)."""
    posting = jobx.extract(DUMP_EN).to_dict()
    assert posting["minimum_qualifications"] == [
        "Two years in a stock or warehouse role", "Good working knowledge of spreadsheets",
        "A forklift licence, or the will to get one",
    ]
    assert posting["preferred_qualifications"] == [
        "Time with barcode scanners, or working towards it", "Previous use of cycle counts",
    ]
    assert posting["benefits"] == [
        "A yearly bonus paid each winter", "Free parking at the depot", "A staff discount on all our paint and tools",
    ]
    posting = jobx.extract(DUMP_NL).to_dict()
    assert posting["responsibilities"][0] == "Je laadt en lost vrachtwagens met de heftruck."
    assert posting["minimum_qualifications"] == [
        "Een afgeronde mbo-2-opleiding of vergelijkbare ervaring.", "Minimaal een jaar ervaring in een magazijn.",
        "Een geldig heftruckcertificaat.",
    ]
    assert posting["benefits"] == [
        "Een salaris tot €2.900 bruto per maand.", "25 vakantiedagen en 8% vakantiegeld.", "Een fiets van de zaak.",
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [("Also welcome", "preferred_qualifications"), ("Welcome to the Harbour Paints family", "company")],
)
def test_welcome_heads_the_pluses_and_welcome_to_the_employer(line: str, kind: str) -> None:
    assert keyword_kind(line, line.split(), True, default_rules()) == kind


def test_a_requirements_list_naming_holidays_and_a_bonus_is_no_perks_list() -> None:
    """A heading no rule names over requirements that mention perk words ('public holidays', 'a bonus'):
    the lines' votes ('At least', 'Availability', 'Own') name the list, not its perk words."""
    text = (
        "# Line Cook\n\nHarbour Kitchen is hiring.\n\n### What we're after\n\n"
        "- At least 2 years on the line in a busy restaurant\n"
        "- Availability for weekends, public holidays and evening functions\n"
        "- Spanish or Portuguese is a bonus\n"
        "- Own reliable transport, as late shifts end after the last bus\n\n"
        "### Also welcome\n\n- Experience with a wood-fired oven\n\n"
        "### What's on the plate for you\n\n- A staff meal on every shift\n- 21 days' leave per year\n\n"
        "## Share this job\n\nLinkedIn · Facebook · Copy link\n"
    )
    posting = jobx.extract(text).to_dict()
    assert len(posting["minimum_qualifications"]) == 4
    assert posting["preferred_qualifications"] == ["Experience with a wood-fired oven"]
    assert posting["benefits"] == ["A staff meal on every shift", "21 days' leave per year"]  # not the share links


@pytest.mark.parametrize("closing", ["Thanks,\nCiarán\n", "Kind regards,\nMaeve O'Neill\n", "-- \nMaeve O'Neill\n"])
def test_an_emails_signature_ends_the_list_above_it(closing: str) -> None:
    text = (
        "Hi Sam,\n\nA client of mine is hiring a Site Engineer in Galway.\n\nWhat they offer:\n"
        "- EUR 55,000 - 62,000\n- 25 days' annual leave\n\nHonestly, the team is a good one: low turnover and\na director who "
        "still checks the designs himself.\n\n"
        + closing + "Senior Consultant - Civil & Structural\nHarbour Talent\nM: +353 87 555 0100\n\nHarbour Talent Ltd, "
        "Unit 4, Riverside Park, Athlone, Co.\nWestmeath. Registered in Ireland No. 684213.\n"
    )
    posting = jobx.extract(text).to_dict()
    assert posting["benefits"] == ["EUR 55,000 - 62,000", "25 days' annual leave"]


def test_a_place_over_its_region_at_a_page_s_top_is_no_signature() -> None:
    text = "Site Engineer\nAthlone,\nWestmeath\n\nWhat you'll do:\n- Set out the works\n- Check the pours\n"
    assert jobx.extract(text).to_dict()["responsibilities"] == ["Set out the works", "Check the pours"]


def test_working_knowledge_votes_for_a_requirement_not_a_duty() -> None:
    """'Working' opens duties as a gerund and requirements as 'Working knowledge of': as a qualification
    opener it asks, so a named list of pluses is not split off as duties by it and one gerund."""
    text = (
        "Trade Marketing Manager\n\nRequirements:\n- MBA in Marketing\n- 7 years in trade marketing\n\n"
        "Preferred exposure:\n- Quick commerce platforms such as Blinkit and Zepto\n- Building dashboards in Power BI\n"
        "- Working knowledge of SAP SD or a distributor management system\n\nWhat we offer:\n- Annual bonus\n"
    )
    record = jobx.extract(text).to_dict()
    assert record["responsibilities"] == []
    assert len(record["preferred_qualifications"]) == 3


def test_in_a_dump_an_alias_run_on_by_a_few_words_and_glued_to_its_first_item_is_a_heading() -> None:
    text = (
        "Jobs Sign in Fencing Foreman Harrow Fencing Tamworth, NSW Full time Apply now Harrow Fencing builds rural "
        "and security fences across the New England region for farms, councils and rail. The Role The Foreman leads "
        "a crew of three and reports to the operations manager.What You'll Do on SiteSet out fence lines from the "
        "plansDig and set posts to depthCheck every run before sign-offWhat You'll BringThree years of fencing "
        "workA manual driver's licence"
    )
    found = [(h.text, h.kind_name) for h in find_headings(text, default_rules(), dump=True) if h.text]
    assert ("What You'll Do on Site", "responsibilities") in found
    posting = jobx.extract(text).to_dict()
    assert posting["responsibilities"][:2] == ["Set out fence lines from the plans", "Dig and set posts to depth"]


@pytest.mark.parametrize(
    "text",
    [
        # a name of the skills vocabulary, glued as it is written
        "We make ledgers for farms and vineyards.Experience in NetSuite and Excel is needed for this role.",
        # a name the text writes again is no accident of glue
        "We sell software to schools.Experience with LeadTrove or a similar CRM helps. You will use LeadTrove daily.",
    ],
)
def test_in_a_dump_a_glued_name_does_not_end_an_alias_s_heading(text: str) -> None:
    found = [h.text for h in find_headings(text, default_rules(), dump=True) if h.text]
    assert not any(heading.startswith("Experience ") for heading in found)


DUMP_LEAD_INS = (
    "Jobs Sign in Home > Cleaning Jobs > Night Cleaner Cleanwell Services Ltd Salary £12.60 per hour Location Leeds "
    "Apply Now Cleanwell cleans offices and clinics across Yorkshire and is hiring night cleaners for a new contract "
    "at a city-centre office block.Your main tasks will include: • Vacuum and mop all floors • Empty bins and "
    "replace liners• Clean and restock the washroomsTo be considered, you must have:1. Six months of cleaning "
    "experience2. A basic DBS check3. Availability for five nights a weekRewards & benefits£12.60 per hour "
    "on nightsPaid breaksFree parking on site"
)


def test_in_a_dump_lead_ins_that_a_list_follows_on_their_line_are_headings_beside_each_other() -> None:
    # each line also opens with 'Phrase: text', which alone would make them a list of labelled items
    posting = jobx.extract(DUMP_LEAD_INS).to_dict()
    assert posting["responsibilities"] == [
        "Vacuum and mop all floors", "Empty bins and replace liners", "Clean and restock the washrooms"
    ]
    # numbered items glued to the item before are parted where the numbers count up from 1
    assert posting["minimum_qualifications"] == [
        "Six months of cleaning experience", "A basic DBS check", "Availability for five nights a week"
    ]
    # a heading glued to the sum its list opens with
    assert posting["benefits"][0].startswith("£12.60 per hour")


def test_numbers_glued_to_words_that_do_not_count_up_from_one_are_not_items() -> None:
    from jobx.items import enumerated

    text = "Run Windows 10. Keep version 2. Notes here and Python3. Then more"
    assert enumerated(text, 0, len(text)) == []


def test_the_last_of_a_list_of_lines_opened_by_the_same_symbol_is_an_item_not_a_heading() -> None:
    text = (
        "Farm hand wanted\n\nNice if you also have:\n➕ A motorbike licence\n➕ Experience with a milking machine\n"
        "➕ Basic knowledge of herds\n\n*What the farm gives you* 🎁\n💰 KES 65,000 per month\n🏠 A house on the farm\n"
    )
    assert "Basic knowledge of herds" not in [h.text for h in find_headings(text, default_rules())]
    assert "Basic knowledge of herds" in jobx.extract(text).to_dict()["preferred_qualifications"]


def test_japanese_headings_in_angle_brackets_and_a_tag_under_a_heading() -> None:
    text = (
        "経理スタッフ\n\n応募資格\n【業界未経験歓迎】\n■簿記3級以上をお持ちの方\n■基本的なPC操作ができる方"
        "＜歓迎条件＞\n■会計ソフトの使用経験がある方\n■経理の実務経験がある方\n\n勤務地\n東京都千代田区\n"
    )
    posting = jobx.extract(text).to_dict()
    assert posting["minimum_qualifications"][-2:] == ["簿記3級以上をお持ちの方", "基本的なPC操作ができる方"]
    assert posting["preferred_qualifications"] == ["会計ソフトの使用経験がある方", "経理の実務経験がある方"]


def test_a_line_in_a_chat_s_bold_with_an_icon_after_it_is_a_heading() -> None:
    text = (
        "Farm manager wanted\n\nWhat you will do:\n- Run the milking\n- Keep the herd records\n\n"
        "*What the farm gives you* 🎁\n💰 KES 60,000 per month\n🏠 A house on the farm\n💵 A quarterly bonus\n"
        "🌴 21 days of annual leave\n"
    )
    found = [(h.text, h.kind_name) for h in find_headings(text, default_rules())]
    assert ("What the farm gives you", "benefits") in found
    assert jobx.extract(text).to_dict()["benefits"][-2:] == ["A quarterly bonus", "21 days of annual leave"]


def test_a_heading_saying_what_would_help_names_the_preferred_list() -> None:
    text = (
        "Aircraft Mechanic\n\nWhat the work looks like\n* Inspect and repair aircraft\n* Sign releases\n\n"
        "Do you hold what this role needs?\nApplicants must hold a valid AME licence. You will need at least three "
        "years of line maintenance experience on turboprops. A valid driver's licence is required. You must be "
        "able to work outdoors in winter and lift 25 kg on the ramp when the aircraft are loaded.\n\n"
        "Things that would help\n- Experience with avionics\n- A second type endorsement\n"
    )
    posting = jobx.extract(text).to_dict()
    assert posting["preferred_qualifications"] == ["Experience with avionics", "A second type endorsement"]
    # a question that no keyword names, over a paragraph whose sentences ask for things: the requirements
    assert posting["minimum_qualifications"][0] == "Applicants must hold a valid AME licence."


POST = (
    "Hiring: Payroll Officer (Leeds)\n\nWhat you'll do\n- Run the monthly payroll for 900 staff\n- Answer pay queries\n\n"
    "What you need\n- CIPP Level 3 or working towards it\n- Two years of payroll experience\n\n"
    "Perks: 27 days holiday, a 6% pension, free parking\n\nDM me if interested!\n"
)
COMMENTS = (
    "\nMost relevant\nSam Oduya\n • 2nd\nPayroll Administrator | CIPP\n2h\nWhat's the salary?\nLike\nReply\n"
    "Requirements\n- Experience with Sage payroll software\n"
)


@pytest.mark.parametrize(
    "counts",
    [
        "👍❤️ 31\n12 comments • 5 reposts",
        ":tada: 14   :heart: 6   3 replies   Last reply today at 2:07 PM",
        "👍 23 · 4 comments · 2 shares",
        "8 Kommentare",
    ],
)
def test_a_line_of_a_post_s_counts_ends_the_posting_and_its_comments_are_no_part_of_it(counts: str) -> None:
    posting = jobx.extract(POST + counts + COMMENTS)
    assert [i.text for i in posting.minimum_qualifications] == [
        "CIPP Level 3 or working towards it",
        "Two years of payroll experience",
    ]
    assert [i.text for i in posting.benefits] == ["27 days holiday", "a 6% pension", "free parking"]


@pytest.mark.parametrize(
    "line",
    [
        "We had 40 replies to our last advert, so apply early",  # a sentence that counts
        "12 comments • 5 reposts • and a great deal of interest from people who care about payroll",  # too many words
    ],
)
def test_a_count_in_a_sentence_ends_nothing(line: str) -> None:
    posting = jobx.extract(POST + line + COMMENTS)
    assert "Experience with Sage payroll software" in [i.text for i in posting.minimum_qualifications]


def test_counts_in_the_text_s_first_third_end_nothing() -> None:
    posting = jobx.extract("Payroll Officer\n3 comments\n" + POST)
    assert [i.text for i in posting.responsibilities] == ["Run the monthly payroll for 900 staff", "Answer pay queries"]


def test_a_run_of_counts_ending_a_one_line_post_ends_it_and_a_capitals_heading_may_bullet_with_an_icon() -> None:
    posting = jobx.extract(
        "NextdoorHomeJobsGroupsNotificationsMere TaneOwner, Kōwhai Bakery · 2 hr · Posted in Jobs HIRING: Bakery "
        "assistant (part-time) Kia ora neighbours! Our bakery in Hastings is busy and we need one more pair of hands "
        "before summer. WHAT YOU'LL DO 👉🍞 Shape and bake the morning bread🍞 Serve customers at the counter🍞 "
        "Clean down the kitchen after close MUST HAVE:✅ Happy to start at 4am three days a week✅ A food safety "
        "certificate or willing to get one EXTRA AWESOME IF:⭐ You've worked a deck oven before⭐ You can decorate "
        "cakes Pay is $26/hr. DM me here if keen! 👍 Like · 💬 Comment · ↗ Share12 reactions · 4 comments"
        "Aroha Paki · HavelockKeen! Sent you a message1 hr · Like · ReplyTom Reid · FlaxmereDo you need weekend "
        "staff too?45 min · Like · ReplyAdd a comment…Nextdoor © 2027 · About · Privacy · Terms"
    )
    preferred = [i.text for i in posting.preferred_qualifications]
    assert preferred[0] == "You've worked a deck oven before"
    assert preferred[1].startswith("You can decorate cakes")  # (the prose after it runs on: no heading parts it)
    assert len(preferred) == 2  # the comments after the counts are no items
    assert [i.text for i in posting.minimum_qualifications] == [
        "Happy to start at 4am three days a week",
        "A food safety certificate or willing to get one",
    ]


def test_a_heading_only_a_weak_duty_word_names_yields_to_lines_that_ask_for_things() -> None:
    posting = jobx.extract(
        "Distillery Operator\n\n## So what will you actually be doing?\n\n- Running the pot still through spirit runs\n"
        "- Filling and labelling barrels\n\n## You'll suit this job if you've got\n\n"
        "✓ At least 1 year's experience in a brewery or winery\n✓ A current forklift licence\n"
        "✓ The ability to lift 25 kg\n\n## Things that would make Josh very happy (not deal-breakers)\n\n"
        "- WSET Level 2 in Spirits\n- A HACCP certificate\n\n## Perks of the still house\n\n- Staff lunch every Friday\n"
    )
    assert [i.text for i in posting.responsibilities] == [
        "Running the pot still through spirit runs",
        "Filling and labelling barrels",
    ]
    assert [i.text for i in posting.minimum_qualifications] == [
        "At least 1 year's experience in a brewery or winery",
        "A current forklift licence",
        "The ability to lift 25 kg",
    ]
    # a wish ('would') names the pluses, which read like requirements
    assert [i.text for i in posting.preferred_qualifications] == ["WSET Level 2 in Spirits", "A HACCP certificate"]


def test_a_duty_heading_over_duties_stays_the_duties() -> None:
    posting = jobx.extract(
        "Cook\n\nYour day\n- Prepare the breakfast service for 80 guests\n- Check deliveries against the order\n"
        "- Keep the cold room at temperature\n\nWhat you need\n- A food hygiene certificate\n"
    )
    assert len(posting.responsibilities) == 3


def test_essentials_heads_the_requirements_and_parking_is_a_perk() -> None:
    posting = jobx.extract(
        "Locum Radiographer\n\nWhat the day looks like:\n- Carrying out plain-film examinations\n"
        "- Checking image quality before sending studies to PACS\nEssentials for this booking\n"
        "- Current HCPC registration\n- At least 12 months' experience in general radiography\n"
        "Also useful: CT experience (head and trauma); DEXA scanning; familiarity with Sectra PACS.\nWhy book through Bann Valley\n- Weekly pay, every Friday\n"
        "- Free on-site parking\n- Mileage paid for cover shifts\n- A consultant who answers the phone\n"
    )
    assert [i.text for i in posting.minimum_qualifications] == [
        "Current HCPC registration",
        "At least 12 months' experience in general radiography",
    ]
    assert [i.text for i in posting.preferred_qualifications] == [
        "CT experience (head and trauma)",
        "DEXA scanning",
        "familiarity with Sectra PACS.",
    ]
    assert len(posting.benefits) == 4


def test_in_a_dump_an_alias_runs_on_to_its_bullet_and_a_run_in_may_be_glued_to_the_word_before() -> None:
    text = (
        "Vacancy Senior Merchandiser Loomcraft Apparel is a knitwear manufacturer exporting to the UK and Europe, "
        "with two factories near the airport and a design studio in the city. We have grown every year since 1998 "
        "and now employ more than 1,800 people, most of them women from the villages around the two factories. "
        "Due to the expansion of our Womenswear Business Unit we invite applications from dynamic and "
        "result-oriented professionals for the following position. Who We Are Looking For✔ Degree in "
        "Textile Technology✔ Five years of knitwear merchandising✔ Excellent written English"
        "Advantageous:Knowledge of CLO 3D What We OfferAn attractive salary with a transport facility and a bonus."
    )
    assert [(text, kind) for text, kind in headings(text)][:2] == [
        ("Who We Are Looking For", "minimum_qualifications"),
        ("Advantageous", "preferred_qualifications"),
    ]
    # a board's field after an alias is not run on ('Experience Length: 2 years'), nor a label glued to a heading
    fields = "Job Summary We hire pharmacists. Min Qualification: Degree Experience Length: 2 years Working Hours: Full"
    assert ("Experience Length", "qualifications") not in headings(fields + " Time " + text)
    offer = headings(text.replace("What We OfferAn attractive", "What We OfferPay range: $52,000 - $58,000/yr An"))
    assert ("Pay range", "logistics") not in offer


def test_in_a_dump_a_question_heading_may_be_glued_to_the_word_before_it_and_written_in_capitals() -> None:
    text = (
        "Crew Leader Northern Ember Wildfire Services supplies initial attack crews to territorial agencies and runs "
        "eight crews out of Whitehorse and Watson Lake every summer, with a training week each spring. What you need "
        "to bring- Three fire seasons as a wildland firefighter- Current S-100 certificate Nice extrasChainsaw "
        "certification (faller or bucker)Experience navigating with Avenza MapsHelicopter hover exit and longline "
        "experienceWHY FIGHT FIRE WITH US?Wage: $34.50 per hour; overtime at 1.5x; all meals covered on "
        "deployment; a return bonus of $1,500. Why join our team? Competitive pay and a pension."
    )
    found = headings(text)
    assert ("WHY FIGHT FIRE WITH US", None) in found
    assert ("Why join our team", "benefits") in found


@pytest.mark.parametrize(
    "line", ["Bilingual English/Spanish a plus", "Forklift experience preferred", "CPR certification is an advantage"]
)
def test_a_line_that_asks_softly_at_its_end_is_an_item_not_a_heading(line: str) -> None:
    posting = jobx.extract(
        f"Shift Lead\n\nWhat You Bring\nTwo years in a warehouse\n{line}\nMust be 18 years of age or older\n"
    )
    assert [i.text for i in posting.minimum_qualifications][-1] == "Must be 18 years of age or older"
    assert line not in [h[0] for h in headings(f"Intro\n\nWhat You Bring\nTwo years in a warehouse\n{line}\nMore\n")]


def test_a_dump_s_heading_run_on_after_the_last_item_heads_the_next_line() -> None:
    posting = jobx.extract(
        "Lagerhelfer (m/w/d) bei Rheinau Logistik, einem Familienbetrieb mit 300 Mitarbeitenden in Köln seit 1961. " * 4
        + "Deine Aufgaben – Entladen von Lkw – Einlagerung im Hochregal – Inventur Das bieten wir dir\n"
        "Einen unbefristeten Vertrag, 30 Tage Urlaub, ein Jobticket und kostenlose Arbeitskleidung."
    )
    assert [item.text for item in posting.benefits][:3] == ["Einen unbefristeten Vertrag", "30 Tage Urlaub", "ein Jobticket"]


def test_a_capitalised_name_ending_a_line_is_no_heading() -> None:
    posting = jobx.extract(
        "Night Porter at the Harbour Hotel in Whitby, a family hotel with forty rooms open all year round. " * 4
        + "Duties – Lock up – Check rooms – Call the manager Harbour Hotel Group\nWe will train you on the job.\n"
    )
    assert not posting.benefits and not posting.preferred_qualifications


def test_a_question_opening_a_paragraph_heads_the_list_run_on_after_it() -> None:
    # 'O que te oferecemos?' (what do we offer you?) with its perks on the same line, after the requirements
    record = jobx.extract(
        "Programador Java\n\nRequisitos\n\n- Experiência com Java\n- Conhecimento de SQL\n\n"
        "O que te oferecemos? Contrato sem termo, subsídio de alimentação de 10,20 € por dia, seguro de saúde, "
        "25 dias úteis de férias.\n"
    ).to_dict()
    assert record["minimum_qualifications"] == ["Experiência com Java", "Conhecimento de SQL"]
    assert record["benefits"] == [
        "Contrato sem termo", "subsídio de alimentação de 10,20 € por dia", "seguro de saúde", "25 dias úteis de férias."]


def test_a_question_before_a_call_to_apply_heads_nothing() -> None:
    # 'Sound like you?' names the requirements by a strong keyword, but what follows is no list
    record = jobx.extract(
        "Payroll Administrator\n\nRequirements\n\n- Two years of payroll experience\n\n"
        "Sound like you? Apply below with your CV by Friday. A short cover note is welcome but not required.\n"
    ).to_dict()
    assert record["minimum_qualifications"] == ["Two years of payroll experience"]


def test_a_wrapped_paragraph_of_perks_after_the_requirements_is_the_perks() -> None:
    # a bulletin's paragraph, hard-wrapped at a column, lists the perks after 'offers'
    record = jobx.extract(
        "Office Secretary\n\nRequirements\n\n- Typing at 40 words a minute\n- A driving licence\n\n"
        "The Council offers a permanent, part-time position of 20 hours a week at\n"
        "N$ 9,800 per month, with 18 working days' annual leave, a 7% employer\n"
        "contribution to the Provident Fund, half of a medical aid premium and a\n"
        "thirteenth cheque in December.\n"
    ).to_dict()
    assert record["minimum_qualifications"] == ["Typing at 40 words a minute", "A driving licence"]
    assert "with 18 working days' annual leave" in record["benefits"]
    assert "a 7% employer contribution to the Provident Fund" in record["benefits"]
    assert "half of a medical aid premium" in record["benefits"]


def test_a_perks_sentence_in_italian_after_the_pluses_is_the_perks() -> None:
    record = jobx.extract(
        "Orlatrice\n\nRequisiti\n\n- esperienza nell'orlatura\n\nSaranno considerati in via preferenziale:\n\n"
        "- conoscenza della scarnitrice\n\nL'azienda offre buoni pasto da 8 euro per ogni giorno lavorato, premio di "
        "produzione semestrale, formazione interna e parcheggio aziendale gratuito.\n"
    ).to_dict()
    assert record["preferred_qualifications"] == ["conoscenza della scarnitrice"]
    assert "premio di produzione semestrale" in record["benefits"]


def test_plain_lines_of_a_list_do_not_join_as_a_wrapped_paragraph() -> None:
    # long lines in lower case, none ending on a joining word: a list whose bullets were lost
    record = jobx.extract(
        "Caseworker\n\nRequirements\n\n"
        "nationals of Commonwealth countries who have the right to work in the UK\n"
        "nationals of the EU who hold settled or pre-settled status under the scheme\n"
        "a clean driving licence\n"
    ).to_dict()
    assert len(record["minimum_qualifications"]) == 3


def test_a_heading_that_says_not_mandatory_names_the_pluses() -> None:
    # 'not mandatory', like 'not required' and 'not essential': what the employer would prefer (here in the
    # lead-in of a union hall's call)
    record = jobx.extract(
        "Insulator\n\nTICKETS AND REQUIREMENTS - mandatory for dispatch, no exceptions\n"
        "*  Red Seal Insulator (Heat and Frost) certificate of qualification\n"
        "*  CSA-approved steel-toed boots, hard hat and FR coveralls\n\n"
        "Employer preference (not mandatory) - members with the following will\n"
        "be dispatched first where the employer has asked for them:\n"
        "*  Elevated Work Platform (scissor and boom) operator card\n"
        "*  Pulp and paper or power plant outage experience\n"
        "*  Sheet metal layout skills for jacketing of large fittings\n"
    ).to_dict()
    assert len(record["minimum_qualifications"]) == 2
    assert record["preferred_qualifications"] == [
        "Elevated Work Platform (scissor and boom) operator card",
        "Pulp and paper or power plant outage experience",
        "Sheet metal layout skills for jacketing of large fittings",
    ]


def test_a_list_of_gerunds_under_a_question_no_rule_knows_is_the_duties() -> None:
    # 'What does a normal week look like?' names nothing; its items open with gerunds, most of them verbs the
    # rules do not list ('Walking', 'Replacing', 'Topping up', 'Cutting back')
    record = jobx.extract(
        "Track Operative\n\n## About the railway\n\nWe run trains.\n\n## What does a normal week look like?\n\n"
        "Your week will include:\n\n- Walking and inspecting a section of the line\n- Replacing sleepers by hand\n"
        "- Topping up and tamping ballast\n- Cutting back lineside vegetation\n\n## What must you have?\n\n- A licence\n"
    ).to_dict()
    assert record["responsibilities"] == [
        "Walking and inspecting a section of the line", "Replacing sleepers by hand",
        "Topping up and tamping ballast", "Cutting back lineside vegetation"]
    assert record["minimum_qualifications"] == ["A licence"]


def test_a_list_its_lines_named_splits_where_its_icon_bullets_turn_to_requirements() -> None:
    # no heading names the list; its lines vote duties, and the '✅' lines after an image (a blank line) ask for
    # things: the pictographs mark both runs as bullets, so the second is a run of its own that votes requirements
    record = jobx.extract(
        "Coordinator\n\n### What the mahi looks like\n\n🌱 Running our community nursery at Brook Street\n"
        "🪴 Training and supervising our volunteer crews\n🚜 Planning and leading planting days\n"
        "📋 Recording plant numbers\n🧰 Looking after our tools\n\n✅ Practical experience in plant propagation\n"
        "✅ Good organisation and record keeping\n✅ A full, clean New Zealand driver licence\n"
        "✅ A current first aid certificate\n"
    ).to_dict()
    assert record["responsibilities"][-1] == "Looking after our tools"
    assert record["minimum_qualifications"] == [
        "Practical experience in plant propagation", "Good organisation and record keeping",
        "A full, clean New Zealand driver licence", "A current first aid certificate"]


def test_a_dump_names_its_lists_by_sentence_case_phrases_run_into_their_first_items() -> None:
    # a scrape with no colons or line breaks: 'Your day, your responsibility Clean ...' (a comma inside) and
    # 'Must-haves for the line At least ...' (any capitalised opener, a plural keyword) after a sentence's end
    text = (
        "Harbour Bottling Co. is hiring a Line Operator for its night shift at the Lyttelton plant and pays weekly. "
        "Your day, your responsibility Clean and sanitise the filler before every changeover.Load bottles and "
        "caps onto the line.Record batch codes on the shift sheet. Must-haves for the line At least one year "
        "on a food or drink production line.A forklift licence.Able to lift 20 kg. We are an equal opportunity "
        "employer and welcome applications from everyone."
    )
    record = jobx.extract(text).to_dict()
    assert record["responsibilities"] == [
        "Clean and sanitise the filler before every changeover.", "Load bottles and caps onto the line.",
        "Record batch codes on the shift sheet."]
    assert record["minimum_qualifications"] == [
        "At least one year on a food or drink production line.", "A forklift licence.", "Able to lift 20 kg."]


def test_a_dump_heads_lists_by_a_phrase_after_a_sentence_and_by_a_phrase_before_a_glued_pictograph() -> None:
    # 'Who we are looking for' ends the sentences of duties, over '✅' items (normalise parts them into lines);
    # 'Also in your favour 👉conversational ...': a pictograph glued to the first of the pluses
    text = (
        "Lodge Manager Posted 2 days ago Description Tembo Lodges runs two small tented camps near Tarangire and "
        "needs a manager for the coming season. You will run the camp day to day and lead a team of 20 staff. You "
        "will welcome guests and host dinners. Who we are looking for✅ At least 3 years managing a safari camp or "
        "lodge✅ Strong cost control with Excel✅ Fluent English Also in your favour 👉conversational Swahili, "
        "experience with a reservation system, a clean driving record with 4x4 experience. To apply, email your "
        "CV to jobs@tembo.example."
    )
    record = jobx.extract(text).to_dict()
    assert record["responsibilities"] == [
        "You will run the camp day to day and lead a team of 20 staff.", "You will welcome guests and host dinners."]
    assert record["minimum_qualifications"] == [
        "At least 3 years managing a safari camp or lodge", "Strong cost control with Excel", "Fluent English"]
    assert record["preferred_qualifications"][0].startswith("conversational Swahili")


def test_the_words_after_of_name_a_headings_list() -> None:
    # 'SCHEDULE OF DUTIES': 'schedule' is a logistics word, the list is of duties ('Summary of benefits' alike)
    record = jobx.extract(
        "Laboratory Technician\n\nSCHEDULE OF DUTIES\na. Prepare soil samples for analysis.\nb. Keep the sample "
        "register.\n\nREQUIREMENTS\n(i) HND in Science Laboratory Technology.\n\nSummary of benefits\n- Medical care\n"
    ).to_dict()
    assert record["responsibilities"] == ["Prepare soil samples for analysis.", "Keep the sample register."]
    assert record["minimum_qualifications"] == ["HND in Science Laboratory Technology."]
    assert record["benefits"] == ["Medical care"]


def test_a_heading_that_sets_a_condition_names_the_requirements() -> None:
    # 'if you' is the reader's condition: requirements, though "You'll" alone would name the duties;
    # 'What does the job involve' names the duties ('involve', as 'involves' did)
    rules = default_rules()
    for heading, kind in [
        ("You'll be great at this if you", SectionKind.MINIMUM),
        ("What does the job involve", SectionKind.RESPONSIBILITIES),
        ("You'll stand out if you", SectionKind.PREFERRED),
    ]:
        assert keyword_kind(heading, heading.split(), True, rules) is kind, heading


def test_a_dump_heads_the_requirements_by_a_phrase_after_a_sentence_and_an_items_acronyms_head_nothing() -> None:
    # "To be considered, you'll have" ends a sentence's line over the list glue parted from it; '... the IMDG Code
    # and ISPS Code requirements' ends an item, whatever keyword ends it
    text = (
        "Stevedoring Supervisor Huon Wharf Services is hiring a night supervisor for its Lae terminal and wants someone "
        "who has run gangs before on a busy wharf. The terminal handles container ships, breakbulk and project cargo "
        "for the whole of the Momase region and works around the clock in two shifts. Our crews are proud of their "
        "safety record, and the night shift has gone two years without a lost-time injury. The supervisor reports to "
        "the night operations superintendent and works with the ship planner, the chief officer of each vessel and "
        "the gang leaders. Coach leading hands and new crew. To be considered, you'll "
        "haveMinimum 5 years on a wharfCertificate III in StevedoringSound knowledge of the IMDG Code and ISPS Code "
        "requirementsAble to pass a pre-employment medical. We look after our people."
    )
    normal = normalise(text)
    headings = [(h.text, h.kind_name) for h in find_headings(normal.text, default_rules(), dump=normal.dump)]
    assert ("To be considered, you'll have", "minimum_qualifications") in headings
    assert not any("requirements" in heading for heading, _ in headings)


def test_a_dump_heads_lists_by_pieces_between_a_sentence_and_glue_and_a_semicolon_list_votes() -> None:
    # 'To be considered you need' sits between a sentence's end and the glue that parts it from the list: a weak
    # keyword names it; 'What comes with the badge' names nothing, and its one line of semicolon-parted perks votes
    text = (
        "Prison Officer Sign in Home Jobs Home Affairs Prison Officer Contract typePermanent The custodial service runs "
        "the island's only prison and is recruiting officers for its June intake, with training on full pay for the "
        "first eight weeks of the programme and a mentor on every wing. A day in the roleSupervise prisoners on the "
        "residential wings.Carry out searches of people, cells and property.Write clear reports on the prison record "
        "system.To be considered you needFive GCSEs at grade C/4 or above.A full driving licence.The ability to work "
        "a rota of early, late and night shifts.What comes with the badgeFull Officer Development Programme from day "
        "one; shift allowance of 15% of basic salary; 30 days' annual leave plus public holidays; uniform provided "
        "and laundered.How to applyApply online through this site."
    )
    record = jobx.extract(text).to_dict()
    assert record["minimum_qualifications"] == [
        "Five GCSEs at grade C/4 or above.", "A full driving licence.",
        "The ability to work a rota of early, late and night shifts."]
    assert record["benefits"] == [
        "Full Officer Development Programme from day one", "shift allowance of 15% of basic salary",
        "30 days' annual leave plus public holidays", "uniform provided and laundered."]


def test_a_dump_heads_its_lists_by_phrases_in_capitals_without_a_colon() -> None:
    # a newspaper's classified scraped into one line: "THE CLERK'S FUNCTIONS" glued to its text, 'APPLICANTS
    # SHOULD POSSESS' to its first bullet, 'THE FIRM PROVIDES' before its list in lower case
    text = (
        "Classifieds Jobs VACANCY – LEGAL CLERK Ramkissoon & Welch, a busy litigation chambers on Croal Street, seeks "
        "a reliable person to fill the position of Legal Clerk in its Litigation Department for a start in May. "
        "THE CLERK'S FUNCTIONSThe clerk will file documents at the Registry and serve process on parties. APPLICANTS "
        "SHOULD POSSESS•Five CSEC subjects including English A•At least two years' working experience in an office•A "
        "valid driver's licence THE FIRM PROVIDES an attractive salary, NIS and a medical scheme after probation, a "
        "travel allowance, and on-the-job training. Send your application to the Office Manager."
    )
    normal = normalise(text)
    headings = [(h.text, h.kind_name) for h in find_headings(normal.text, default_rules(), dump=normal.dump)]
    assert ("THE CLERK'S FUNCTIONS", "responsibilities") in headings
    assert ("APPLICANTS SHOULD POSSESS", "minimum_qualifications") in headings
    assert ("THE FIRM PROVIDES", "benefits") in headings
    record = jobx.extract(text).to_dict()
    assert record["benefits"] == [
        "an attractive salary", "NIS and a medical scheme after probation", "a travel allowance",
        "on-the-job training."]


def test_a_condition_run_on_after_the_last_requirement_of_a_line_opens_the_pluses() -> None:
    text = (
        "Prison Officer\n\nTo be considered you need\n\n- Five GCSEs at grade C/4 or above.\n"
        "- The ability to work a rota of early, late and night shifts. Although not essential, it would help if you "
        "have worked in a prison, hold a first aid at work certificate, or have used a case management system.\n"
    )
    record = jobx.extract(text).to_dict()
    assert record["minimum_qualifications"][-1] == "The ability to work a rota of early, late and night shifts."
    assert record["preferred_qualifications"]


def test_a_line_ending_phrase_that_a_framing_word_opens_heads_the_perks_by_any_keyword() -> None:
    # 'What we bring to the table' ends the pluses' line with no stop: 'What' frames it, 'we bring' names the perks
    text = (
        "Skip to content Salt & Cedar Kitchen Menu Locations Careers Line Cook – Quinpool Road Halifax, NS | Full-Time "
        "Salt & Cedar is a Halifax restaurant group with six kitchens, a butcher shop and a bakery, and we cook almost "
        "everything from scratch with produce from Annapolis Valley farms that we have worked with for a decade. Our "
        "Quinpool Road kitchen seats 120 and runs a charcoal grill and a wood-fired oven, and we are adding a line cook "
        "to the evening brigade for the busy season ahead of us. You'll thrive here if • You have a year on a busy line "
        "• You can work evenings and weekends "
        "Bonus points if • Red Seal Cook certification • Experience on a charcoal grill • Basic French is "
        "nice to have What we bring to the table\nStaff meal every shift, 50% off food at all six locations, a share "
        "of the kitchen tip pool, health and dental benefits after 3 months\n"
    )
    normal = normalise(text)
    headings = [(h.text, h.kind_name) for h in find_headings(normal.text, default_rules(), dump=normal.dump)]
    assert ("What we bring to the table", "benefits") in headings


def test_working_at_the_employer_names_the_perks() -> None:
    rules = default_rules()
    for heading in ("Working at LYHC", "Life at Skerry"):
        assert keyword_kind(heading, heading.split(), True, rules) is SectionKind.BENEFITS, heading


def test_in_a_dump_phrases_glued_to_their_lists_first_bullet_and_a_framed_run_in_head_sections() -> None:
    # a careers page run into one line: each list's heading glued to its first bullet ('What your week looks
    # like• ...'), the keyword of each naming its kind, or none ('Where you fit• ...', whose items vote); the
    # perks a run-in that a framing word opens, after the last item's end with no full stop ('... sailing
    # experience Our crew package: ...'); a lead-in closed by a colon under its heading is no heading
    text = (
        "Harbour Ferries Careers About us Contact Deckhand Job Title: Deckhand Location: Stromness Harbour Ferries "
        "runs the passenger and freight ferries between the isles, with four boats and a crew of forty. We are "
        "looking for a deckhand to join the crew of the MV Hoy Head for the summer timetable.What your week looks "
        "like• Mooring and unmooring the vessel at each call• Loading and securing vehicles on the car deck• "
        "Keeping the decks, the lounges and the toilets clean• Standing watches with the mate on longer "
        "crossingsEssential for this role• A valid STCW basic safety certificate• Good physical fitness and no "
        "fear of heights• Reliable timekeeping for early sailingsThings that will help• A powerboat level 2 "
        "certificate• Previous sailing experience Our crew package: paid overtime on late sailings, free travel "
        "on all our routes for you and your family, a uniform and boots, and 28 days of holiday. To apply, send "
        "your CV to crew@harbourferries.example."
    )
    posting = jobx.extract(text)
    assert [i.text for i in posting.responsibilities][:2] == [
        "Mooring and unmooring the vessel at each call", "Loading and securing vehicles on the car deck",
    ]
    assert [i.text for i in posting.minimum_qualifications] == [
        "A valid STCW basic safety certificate", "Good physical fitness and no fear of heights",
        "Reliable timekeeping for early sailings",
    ]
    assert [i.text for i in posting.preferred_qualifications] == [
        "A powerboat level 2 certificate", "Previous sailing experience",
    ]
    assert "paid overtime on late sailings" in [i.text for i in posting.benefits]


def test_a_line_closed_by_a_colon_set_apart_over_bullets_heads_them_and_a_paragraphs_run_in_heads_its_prose() -> None:
    # a recruiter's e-mail: 'The client wants someone who can say they:' set apart over a list whose bullets
    # wrap onto lines of their own; 'Desirable, not required:' opening a paragraph that lists the pluses
    text = (
        "LEGAL ASSISTANT (PROBATE)\nClient: Laval & Fils – Notaires\nLocation: Port Louis\n\n"
        "The job\nYou will keep the notaries' diaries and prepare the deeds for signature.\n\n"
        "The client wants someone who can say they:\n"
        "* have at least two years' experience as an assistant in a notary's office, a law\n"
        "  firm or a corporate services provider\n"
        "* type accurately at 50 wpm or more and check their own work\n"
        "* hold a Higher School Certificate or equivalent\n\n"
        "Desirable, not required: experience with Secib or a similar practice system, and some French "
        "legal vocabulary.\n\n"
        "What the firm offers\n· A 13th-month salary\n· Medical insurance after probation\n"
    )
    posting = jobx.extract(text)
    assert [i.text for i in posting.minimum_qualifications] == [
        "have at least two years' experience as an assistant in a notary's office, a law firm or a corporate "
        "services provider",
        "type accurately at 50 wpm or more and check their own work",
        "hold a Higher School Certificate or equivalent",
    ]
    assert len(posting.preferred_qualifications) == 1
    assert posting.preferred_qualifications[0].text.startswith("experience with Secib")
    assert posting.company == "Laval & Fils – Notaires"


def test_a_hard_wrapped_paragraphs_last_line_goes_on_whatever_its_first_word() -> None:
    # ('Registration' would start a line of a list of plain lines, under a line that did not go on)
    lines = (
        "Nice to have: experience with a practice management system of the kind most firms use\n"
        "today, and some knowledge of the procedures and the forms of the Land\nRegistration Act procedures.\n"
    )
    text = ("Intro words that fill a line of the usual width for this hard-wrapped e-mail text here.\n" * 6
            + lines + "\nHow to apply\nReply to this e-mail.\n")
    assert "of the Land Registration Act procedures." in normalise(text).text


def test_a_label_word_as_the_object_of_a_heading_makes_no_label() -> None:
    from jobx.rules import leading_label

    rules = default_rules()
    for heading in ("Responsibilities of the position: 1. Prepare entries", "Duties of the post: file deeds"):
        assert leading_label(heading, 0, len(heading), rules) is None
    assert leading_label("Base Salary: $50,000", 0, 20, rules) is not None


def test_plain_lines_after_a_numbered_list_that_all_ask_for_a_requirement_are_the_requirements() -> None:
    # a classified ad whose requirements lost their marks and heading: plain lines after the numbered duties
    text = (
        "POSITION VACANT – STORES CLERK\nIsland Hardware Ltd invites applications for the position of Stores Clerk.\n"
        "Duties of the post:\n1. Receive deliveries and check them against the orders.\n"
        "2. Keep the stock records up to date in the system.\n3. Issue materials to the branches.\n"
        "Year 12 certificate or equivalent\nAt least 2 years' experience in a store or warehouse\n"
        "Good knowledge of stock control\nComputer skills in MS Excel and email\n"
    )
    posting = jobx.extract(text)
    assert [i.text for i in posting.responsibilities] == [
        "Receive deliveries and check them against the orders.",
        "Keep the stock records up to date in the system.",
        "Issue materials to the branches.",
    ]
    assert [i.text for i in posting.minimum_qualifications] == [
        "Year 12 certificate or equivalent", "At least 2 years' experience in a store or warehouse",
        "Good knowledge of stock control", "Computer skills in MS Excel and email",
    ]


def test_a_markdown_heading_that_reads_as_a_button_is_a_heading_over_a_paragraph() -> None:
    # '### Terms' over the post's terms in prose is the job's terms (a logistics heading), not a footer's link
    # ('## Share' over its links still ends the section above it)
    text = (
        "# Lab technician\n\nIntro.\n\n### Terms\nThis is a full-time, on-site post beginning on 1 September 2027, at "
        "the salary of the Government scale for technical officers.\n\n## Share\nFacebook · X · E-mail\n"
    )
    found = headings(text)
    assert ("Terms", "logistics") in found and ("Share", "boilerplate") in found


def test_in_a_dump_a_heading_glued_to_the_acronym_that_ends_the_last_item_heads_the_next_list() -> None:
    text = (
        "Pump designers wanted for our engineering office in Grand Rapids, where we design pumps and skids for "
        "chemical plants and breweries. We have built pumps in West Michigan since 1962 and employ about 310 people "
        "in engineering, machining, fabrication and assembly.Preferred- Certified SolidWorks Professional (CSWP)- Exposure to "
        "SolidWorks Simulation or ANSYSWhat we offerHealth, dental and vision coverage from the first month. "
        "401(k) with a 5% match. Tuition reimbursement up to $5,250 per year."
    )
    posting = jobx.extract(text)
    assert [i.text for i in posting.preferred_qualifications][-1] == "Exposure to SolidWorks Simulation or ANSYS"
    assert "401(k) with a 5% match." in [i.text for i in posting.benefits]


def test_in_a_dump_a_pointing_pictograph_closes_a_heading_and_different_pictographs_bullet_a_list() -> None:
    # 'Bring these 👇✅ ...': the phrase a pointing-down pictograph closes heads the list (its items name its
    # kind); 'Why you'll love it here🍴 Free hot meal ...🚌 Company bus ...💰 ...': a run of different pictographs,
    # one per item, bullets the perks
    text = (
        "Hill Farm Foods packs mango chutney and pepper sauce for supermarkets at home and abroad, and runs two "
        "shifts through the mango season at its plant outside Mandeville. So what would you actually be doing?You "
        "will lead a crew of 20 operators on the bottling line.You will check the fill weights every hour and stop "
        "the line when a reading is out of limits.You will complete the HACCP records before you hand over the "
        "shift. Bring these 👇✅ 3+ years in food manufacturing, with at least 1 year leading a team✅ HACCP Level "
        "2 certificate✅ Comfortable using Microsoft Excel for shift reports Why you'll love it here🍴 Free hot meal "
        "every shift🚌 Company bus from Mandeville💰 A production bonus at the end of the season🩺 Group health plan "
        "after 3 months Applications close April 9, 2027."
    )
    posting = jobx.extract(text)
    assert [i.text for i in posting.responsibilities][0] == "You will lead a crew of 20 operators on the bottling line."
    assert "HACCP Level 2 certificate" in [i.text for i in posting.minimum_qualifications]
    assert [i.text for i in posting.benefits][:3] == [
        "Free hot meal every shift", "Company bus from Mandeville", "A production bonus at the end of the season",
    ]


def test_in_a_dump_one_word_that_names_the_perks_or_pluses_and_a_colon_closes_is_a_run_in_after_any_word() -> None:
    # '... on dirt roads Package: salary in USD, full board, ...': the item before never got its full stop; a
    # board's field of one word is none ('Job Details Experience: 2 Years Required: 2 - 4 Years')
    intro = "Kilele Camps runs three small tented camps on the edge of the highlands with a loyal crowd of guests. "
    found = headings(
        intro * 4 + "Also in your favour: conversational Swahili, a clean driving record with 4x4 experience on dirt "
        "roads Package: salary in USD, full board, return flights each rotation and medical insurance. Job Details "
        "Experience: 2 Years Required: 2 - 4 Years"
    )
    assert ("Package", "benefits") in found
    assert not any(text in ("Experience", "Required") for text, _ in found)


def test_in_a_dump_a_sentence_run_in_that_a_filled_strong_keyword_names_heads_the_pluses() -> None:
    dump = (
        "Security Officer Your duties Patrol the wards and car parks. Write reports of every incident. To be "
        "considered, you must have: a valid licence and good written English. Confidence in handling conflict calmly "
        "and professionallyIt would also help if you have: Physical intervention training from a recognised "
        "provider. Experience with access control systems. Rewards & benefits Paid breaks. Free parking on site."
    )
    posting = jobx.extract(dump)
    assert "Experience with access control systems." in [i.text for i in posting.preferred_qualifications]


def test_a_longer_strong_pluses_cue_wins_over_another_kind_s_word_inside_it() -> None:
    line = "What else would strengthen an application"
    assert keyword_kind(line, line.split(), True, default_rules()) is SectionKind.PREFERRED
    line = "What qualifications are required"
    assert keyword_kind(line, line.split(), True, default_rules()) is SectionKind.MINIMUM


def test_in_a_dump_a_sentence_case_run_in_after_a_bracket_heads_the_pluses() -> None:
    dump = (
        "PAN BOILER Duties Boil the massecuite to the grain size the refinery asks for and log every strike. "
        "CANDIDATES MUST POSSESS Form 5 with passes in Mathematics At least 3 years' pan boiling experience "
        "Willingness to work rotating shifts (April to December) The following will count in the candidate's favour: "
        "Experience on continuous vacuum pans. WHAT WE OFFER Housing in the estate, a medical aid scheme, a pension."
    )
    preferred = [i.text for i in jobx.extract(dump).preferred_qualifications]
    assert preferred and preferred[0].startswith("Experience on continuous vacuum pans")


def test_in_a_dump_a_run_in_that_sets_the_reader_a_condition_heads_the_requirements_and_ticks_part_them() -> None:
    dump = (
        "Villa Host Your day with our guestsWelcome guests on the jetty and escort them to their villaServe in-villa "
        "breakfast and private dining with the F&B teamHandle complaints on the spot and escalate when needed You'll "
        "shine here if you:✓ have 2 years or more as a butler in a 5-star resort✓ speak and write excellent English✓ "
        "hold a diploma in hospitality management What we offer: a salary, shared housing, all meals."
    )
    minimum = [i.text for i in jobx.extract(dump).minimum_qualifications]
    assert minimum[:3] == [
        "have 2 years or more as a butler in a 5-star resort", "speak and write excellent English",
        "hold a diploma in hospitality management",
    ]


def test_a_paragraph_alone_under_a_heading_no_rule_knows_votes_by_its_sentences_strong_signs() -> None:
    # one sentence that lists perks: its comma parts vote, and the perks are parted after 'provides'
    text = (
        "## Duties\n\n- Count the birds\n- Mend the nets\n\n## Requirements\n\n- A degree in zoology\n- A driving licence\n\n"
        "## What comes with the job\n\nThe Society provides a monthly wage of P5,000, a room and meals at the station, "
        "medical aid through its group scheme, and a travel allowance for two trips home.\n"
    )
    benefits = [i.text for i in jobx.extract(text).benefits]
    assert "a room and meals at the station" in benefits
    assert "medical aid through its group scheme" in benefits
    # a paragraph on why the post exists names requirement words, but none as a strong sign: no list of them
    text = (
        "## Duties\n\n- Count the birds\n- Mend the nets\n\n## Why the post exists\n\nThe Society licenses every "
        "boat that fishes the bay and needs data and experience of its stocks. The observer collects catch data on "
        "which licence decisions are based, with knowledge of the rules.\n"
    )
    assert jobx.extract(text).minimum_qualifications == ()


def test_in_a_dump_a_short_phrase_after_a_sentence_glued_to_the_next_capital_is_a_heading_its_keyword_names() -> None:
    dump = (
        "Coffee Taster Kumul Coffee Ltd About UsKumul Coffee buys parchment from 900 families and exports it. Our mill "
        "is in Goroka. Main TasksTake and register samples from every purchaseRoast and cup the samples every dayGrade "
        "green coffee by screen size Selection CriteriaA diploma in agriculture or food science At least 3 years of "
        "cupping. Employment PackageCompany house in the compoundMedical insurance for your family"
    )
    posting = jobx.extract(dump)
    assert [i.text for i in posting.responsibilities][:2] == [
        "Take and register samples from every purchase", "Roast and cup the samples every day",
    ]
    assert [i.text for i in posting.benefits] == ["Company house in the compound", "Medical insurance for your family"]


def test_a_heading_about_the_vacancy_names_the_role_and_its_you_will_sentences_are_duties() -> None:
    text = (
        "About the Company\nKanchan Tea Estate grows tea on 200 hectares.\n\nAbout this Vacancy\nThis is an on-site "
        "post at the factory. You will run the two factory shifts. You will plan the daily green-leaf intake. You will "
        "train new workers on hygiene.\n\nRequirements\n- A degree in agriculture\n- Three years in a tea factory\n"
    )
    duties = [i.text for i in jobx.extract(text).responsibilities]
    assert "You will run the two factory shifts." in duties


def test_in_a_dump_a_run_in_in_capitals_of_up_to_seven_words_may_be_glued_to_its_first_item() -> None:
    dump = (
        "PAN BOILER Lubombo Mills invites applications for the post below. THE BOILING HOUSE NEEDS YOU TO:Operate the "
        "vacuum pans to the boiling scheme;Record Brix and purity on the shift log every hour;Report deviations to the "
        "Shift Chemist. CANDIDATES MUST POSSESS: Form 5 with passes in Mathematics " + "and more words here " * 20
    )
    duties = [i.text for i in jobx.extract(dump).responsibilities]
    assert duties[:2] == ["Operate the vacuum pans to the boiling scheme", "Record Brix and purity on the shift log every hour"]


def test_a_terms_heading_over_a_paragraph_that_lists_perks_is_the_perks() -> None:
    text = (
        "A. DUTIES\na) Record the daily transactions;\nb) Prepare the monthly bank reconciliation;\n\n"
        "B. TERMS OF SERVICE\nThe selected candidate will be entitled to Provident Fund, gratuity, Group Insurance "
        "Scheme, 21 days of earned leave a year and an annual performance bonus.\n\nC. HOW TO APPLY\nSend your CV.\n"
    )
    benefits = [i.text for i in jobx.extract(text).benefits]
    assert benefits[:3] == ["Provident Fund", "gratuity", "Group Insurance Scheme"]


def test_in_a_dump_a_weakly_named_run_in_over_semicolons_glued_to_a_numbered_list_s_last_item() -> None:
    dump = (
        "Farm Supervisor Wadi Estates LLC grows dates near Al Dhaid. Your responsibilities will include:1) Plan the "
        "weekly work of the foremen 2) Supervise pollination and harvest 3) Run the irrigation schedule 4) Prepare the "
        "monthly report for the Farm Manager Profile required: Diploma in Agriculture; minimum 5 years on date palm "
        "farms; practical knowledge of drip irrigation; valid UAE driving licence. " + "We pay well and on time. " * 12
    )
    posting = jobx.extract(dump)
    assert [i.text for i in posting.responsibilities] == [
        "Plan the weekly work of the foremen", "Supervise pollination and harvest", "Run the irrigation schedule",
        "Prepare the monthly report for the Farm Manager",
    ]
    assert [i.text for i in posting.minimum_qualifications][:2] == [
        "Diploma in Agriculture", "minimum 5 years on date palm farms",
    ]


def test_in_a_dump_a_condition_over_a_dash_list_heads_it_and_a_pluses_sentence_without_its_stop_is_parted() -> None:
    dump = (
        "Programme Officer Job Description You will run youth clubs in two parishes. You will also manage a small "
        "budget. This role suits you if you: - hold a degree in Social Work or a related field - have two years' "
        "experience with at-risk youth - have a valid driver's licence It helps, too, if you have experience with a "
        "donor-funded project, know the NSTA Trust pathways, or have trained as a First Aider. What we offer in "
        "return: a monthly travel allowance, a phone allowance and health insurance. " + "Apply by e-mail. " * 8
    )
    posting = jobx.extract(dump)
    assert [i.text for i in posting.minimum_qualifications] == [
        "hold a degree in Social Work or a related field", "have two years' experience with at-risk youth",
        "have a valid driver's licence",
    ]
    assert [i.text for i in posting.preferred_qualifications][0] == "have experience with a donor-funded project"


def test_in_a_dump_a_framed_phrase_a_weak_keyword_names_and_a_lead_in_to_the_reader_ending_on_with() -> None:
    dump = (
        "Head Start Teacher Crucian Early Learning runs four centers on St. Croix. Duties Plan weekly lessons. Observe "
        "children and record evidence. What you need on day one An Associate degree in Early Childhood Education. At "
        "least one year of experience teaching preschool children. You'll have the edge with A Bachelor's degree in "
        "Early Childhood Education. Fluency in Spanish. Benefits Dental and vision cover. " + "Apply online. " * 10
    )
    posting = jobx.extract(dump)
    assert [i.text for i in posting.minimum_qualifications][0] == "An Associate degree in Early Childhood Education."
    assert [i.text for i in posting.preferred_qualifications] == [
        "A Bachelor's degree in Early Childhood Education.", "Fluency in Spanish.",
    ]


def test_in_a_dump_a_yes_no_question_a_strong_keyword_names_heads_the_list_after_it() -> None:
    dump = (
        "Fleet Supervisor Udi Hills Ltd What you will do * Plan the daily routes * Prepare weekly fleet reports for the "
        "Logistics Manager Does this sound like you? * HND in Transport Management * Four years in fleet operations * "
        "Good Microsoft Excel skills What we offer * Health insurance * Pension. " + "Apply online today. " * 10
    )
    posting = jobx.extract(dump)
    assert [i.text for i in posting.minimum_qualifications] == [
        "HND in Transport Management", "Four years in fleet operations", "Good Microsoft Excel skills",
    ]


def test_in_a_dump_a_heading_at_a_line_s_end_may_follow_a_bracket() -> None:
    text = (
        "Das zeichnet Sie aus• Studium der Sozialen Arbeit • Bereitschaft zu Wochenenddiensten (ca. ein Wochenende im "
        "Monat) Wünschenswert wären\nSprachkenntnisse in Arabisch und Erfahrung in der Suchthilfe. " + "Mehr Text. " * 40
    )
    headings = [(h.text, h.kind_name) for h in find_headings(text, default_rules(), dump=True)]
    assert ("Wünschenswert wären", "preferred_qualifications") in headings


def test_where_a_longer_alias_is_no_heading_a_shorter_one_at_its_start_may_be() -> None:
    # '... licence DESIRABLE Experience with ...': 'Desirable experience' (an alias) is no heading there, as a
    # capitalised word follows it in the run; 'DESIRABLE' alone is
    dump = (
        "We are hiring a herd manager for our dairy farm near Mbarara and we milk twice a day all year round. "
        "What you need A diploma in animal husbandry. A valid driving licence DESIRABLE Experience with milking "
        "robots. A first aid certificate. WHAT WE OFFER Housing on the farm."
    )
    headings = [heading.text for heading in find_headings(dump, jobx.rules.default_rules(), dump=True)]
    assert "DESIRABLE" in headings


def test_a_line_that_opens_on_a_duty_verb_is_no_heading_whatever_keyword_it_holds() -> None:
    # a dump's duty parted from its neighbours by glue: 'Manage the milking team ...' holds 'team', and is a duty
    dump = (
        "Greenfield Dairy is hiring a herd manager for its 400-cow farm near Mbarara. We milk twice a day and rear "
        "our own replacements, and we sell our milk to the cooperative in town every morning of the year. The farm "
        "has its own feed mill.About the roleAs herd manager you will run the dairy side of the farm.Manage the "
        "milking team of six staffKeep herd health records up to dateLead calving and calf rearingWhat you needA "
        "diploma in animal husbandry"
    )
    assert [item.text for item in jobx.extract(dump).responsibilities][:2] == [
        "Manage the milking team of six staff", "Keep herd health records up to date"]


@pytest.mark.parametrize(
    "heading",
    [
        "Good to know, but not a must:", "Also valued:", "Dit geeft je een voorsprong", "Not a must, but nice:",
        "**Extras we value**", "Top marks if you:",
    ],
)
def test_a_negated_requirement_or_a_word_of_esteem_heads_the_pluses(heading: str) -> None:
    text = (
        "Housekeeper\n\nRequirements\n- Three years of housekeeping experience\n- Good English\n\n"
        f"{heading}\n- Experience with Mews or Opera PMS\n- A food hygiene certificate\n- Some Danish\n\n"
        "Benefits\n- Free housing\n"
    )
    posting = jobx.extract(text)
    assert [item.text for item in posting.preferred_qualifications] == [
        "Experience with Mews or Opera PMS", "A food hygiene certificate", "Some Danish"
    ]
    assert len(posting.minimum_qualifications) == 2


@pytest.mark.parametrize(
    ("sentence", "pluses"),
    [
        ("We also look favourably on applicants who hold AIMG Glacier Guide 2, have ice-climbing instruction "
         "experience, or speak German.",
         ["hold AIMG Glacier Guide 2", "have ice-climbing instruction experience", "speak German."]),
        ("We'd count it in your favour if you have worked on wellboats, know Wärtsilä or MAN engines, and hold a "
         "high-voltage safety course.",
         ["have worked on wellboats", "know Wärtsilä or MAN engines", "hold a high-voltage safety course."]),
    ],
    ids=["applicants-who", "in-your-favour"],
)
def test_a_sentence_after_plain_requirements_that_favours_some_applicants_holds_the_pluses(
    sentence: str, pluses: list[str]
) -> None:
    text = (
        "Glacier Guide\n\nYour day\n- Lead glacier walks for groups\n- Fit crampons and harnesses\n\nYou need\n"
        f"AIMG Glacier Guide 1 certificate\nGood spoken and written English\nA driving licence valid in Iceland\n{sentence}\n\n"
        "What we offer\n- Staff housing\n- Lunch on tour days\n"
    )
    posting = jobx.extract(text)
    assert [item.text for item in posting.preferred_qualifications] == pluses
    assert len(posting.minimum_qualifications) == 3



@pytest.mark.parametrize("heading", ["## Personal characteristics", "Personal qualities", "Key attributes"])
def test_qualities_and_characteristics_name_a_list_of_requirements(heading: str) -> None:
    text = (
        "Station Engineer\n\n## Your tasks\n\n- Run the instruments\n- Keep the data flowing\n\n"
        f"{heading}\n\n- Practical and solution-oriented\n- Calm in demanding field conditions\n\n"
        "## What the station offers\n\n- A good pension scheme\n"
    )
    assert [item.text for item in jobx.extract(text).minimum_qualifications] == [
        "Practical and solution-oriented", "Calm in demanding field conditions"
    ]


def test_a_sentence_after_the_required_bullets_that_gives_some_candidates_an_edge_holds_the_pluses() -> None:
    text = (
        "SHE Officer\n\nRequirements\n- Diploma in Environmental Health\n- Three years in a mining operation\n"
        "- Must be registered with the Environmental Health Technologists Council\n"
        "Candidates holding the following will have an edge: IOSH Managing Safely certificate; First Aid certificate; "
        "experience with ISO 45001 audits.\n\nBenefits\n- Housing allowance\n"
    )
    posting = jobx.extract(text)
    assert len(posting.minimum_qualifications) == 3
    # (the sentence that leads into the semicolon list is no part of its first item)
    assert [item.text for item in posting.preferred_qualifications] == [
        "IOSH Managing Safely certificate", "First Aid certificate", "experience with ISO 45001 audits."
    ]


@pytest.mark.parametrize("question", ["¿Qué harás en tu día a día?", "¿Cuál será tu tarea?"])
def test_a_question_glued_to_the_sentence_before_it_in_a_dump_heads_the_lines_below(question: str) -> None:
    text = (
        "Dependiente Valencia. Tienda de moda en el centro busca dependiente a media jornada que se una al equipo "
        "para la campaña de invierno y el resto del año con posibilidad de continuidad. " * 3
    ).rstrip() + question + (
        "Atender y asesorar a los clientes con una sonrisaReponer el género en tienda y almacénCobrar en caja y "
        "cerrar la caja al final del turno¿Qué te ofrecemos?Contrato indefinido, descuento del 30% en la tienda, "
        "formación pagada y horario estable."
    )
    posting = jobx.extract(text)
    assert [item.text for item in posting.responsibilities] == [
        "Atender y asesorar a los clientes con una sonrisa",
        "Reponer el género en tienda y almacén",
        "Cobrar en caja y cerrar la caja al final del turno",
    ]
    assert len(posting.benefits) == 4


def test_a_heading_in_capitals_glued_to_a_stop_in_a_dump_heads_the_lines_below() -> None:
    text = (
        "Kestrel Water works with district councils to bring safe water and sanitation to rural communities across "
        "the northern region, with offices in two towns. " * 3
        + "Duties: Plan borehole drilling with the councils; train water point committees; keep the asset register."
        "THE PERSON WE ARE LOOKING FORDiploma or Degree in Water Resources Management, three years of experience in "
        "rural water supplyA valid motorcycle licenceWHAT WE OFFERA monthly salary of MWK 900,000A medical scheme"
    )
    assert [item.text for item in jobx.extract(text).minimum_qualifications] == [
        "Diploma or Degree in Water Resources Management, three years of experience in rural water supply",
        "A valid motorcycle licence",
    ]
