"""items: bullets, inline bullets, lines, sentences and run-on lists become items."""

from __future__ import annotations

import pytest

import jobx
from jobx.items import split_items
from jobx.model import SectionKind
from jobx.rules import default_rules
from jobx.segment import find_headings

R, MIN, BEN = SectionKind.RESPONSIBILITIES, SectionKind.MINIMUM, SectionKind.BENEFITS


def items(text: str, kind: SectionKind) -> list[str]:
    return [" ".join(text[s:e].split()) for s, e in split_items(text, 0, len(text), kind, default_rules())]


CASES = [
    ("dash-bullets", "- Build APIs\n- Own services", R, ["Build APIs", "Own services"]),
    ("bullet-without-space", "-Undergraduate degree\n- Strong Go", MIN, ["Undergraduate degree", "Strong Go"]),
    ("dot-bullets-inline", "Needs:• Go experience • SQL skills", MIN, ["Go experience", "SQL skills"]),
    ("inline-dash-bullets", "Duties - Participate in design - Participate in tuning", R,
     ["Participate in design", "Participate in tuning"]),
    ("dash-inside-a-bulleted-line", "- Teamwork - Cooperates with others\n- Integrity", MIN,
     ["Teamwork - Cooperates with others", "Integrity"]),
    ("dash-before-lower-case-is-prose", "Ability to work on a rolling basis - we care", MIN,
     ["Ability to work on a rolling basis - we care"]),
    ("numbered", "1. Design systems\n2. Review code", R, ["Design systems", "Review code"]),
    ("percent-is-not-a-number-bullet", "12.75% superannuation\n17.5% leave loading", BEN,
     ["12.75% superannuation", "17.5% leave loading"]),
    ("wrapped-bullet", "- Build robust services\n  that scale well\n- Test", R, ["Build robust services that scale well", "Test"]),
    ("run-on-duties",
     "Plan and lead large projects of early products Develop robust products that serve users "
     "Contribute to engineering strategy", R,
     ["Plan and lead large projects of early products", "Develop robust products that serve users",
      "Contribute to engineering strategy"]),
    ("run-on-keeps-proper-nouns",
     "Final year with a background in Software Development, Computer Science or a related discipline "
     "Proficient in at least one language: Go, Python, PHP Good team communication skills", MIN,
     ["Final year with a background in Software Development, Computer Science or a related discipline",
      "Proficient in at least one language: Go, Python, PHP", "Good team communication skills"]),
    ("sentences", "Ability to debug code. Promote robust code. Livestream knowledge is a plus.", MIN,
     ["Ability to debug code.", "Promote robust code.", "Livestream knowledge is a plus."]),
    ("abbreviation-does-not-end-sentence", "Knowledge of SQL, e.g. sql/hsql. Strong Go.", MIN,
     ["Knowledge of SQL, e.g. sql/hsql.", "Strong Go."]),
    ("duty-prose-needs-a-verb",
     "We are looking for talented people. Internships at Acme aim to teach. Design the platform.", R,
     ["Design the platform."]),
    ("third-person-verbs", "Manages the team\nServes as the contact\nApplies policy", R,
     ["Manages the team", "Serves as the contact", "Applies policy"]),
    ("lead-in-dropped", "We are searching for someone who:\nStrong Python skills", MIN, ["Strong Python skills"]),
    ("page-chrome-dropped", "Want more jobs like this?\nGet jobs in Sydney delivered to your inbox.\n- Go", MIN, ["Go"]),
    ("sub-heading-over-bullets", "- Go\nTechnical skills\nWe'll assess you on these in the interview\n- SQL", MIN,
     ["Go", "SQL"]),
    ("lone-plain-line-among-bullets-stays", "- Go\nStrong SQL skills in production\n", MIN,
     ["Go", "Strong SQL skills in production"]),
    ("prose-beside-bullets-dropped", "- Go\n- SQL\nNot everyone checks all the boxes. Apply anyway!", MIN, ["Go", "SQL"]),
    ("run-on-after-bracket", "Implement DFT strategy (ATPG/MBIST) Work on hierarchical design", R,
     ["Implement DFT strategy (ATPG/MBIST)", "Work on hierarchical design"]),
    ("no-run-on-split-inside-a-name", "Insert DFT logic - scan chains, TAP controller, Clock Control block", R,
     ["Insert DFT logic - scan chains, TAP controller, Clock Control block"]),
    ("day-and-time-ranges-are-not-bullets", "Shifts Sunday - Wednesday, 6:00 PM - 4:30 AM", BEN,
     ["Shifts Sunday - Wednesday, 6:00 PM - 4:30 AM"]),
    # (a dash between an amount and a day is no range: each is a perk's end and the next one's start)
    ("an-amount-and-a-day-make-no-range",
     "PF and ESI - Attendance bonus of ₹500 - Sunday fixed off - 5 days of paid training", BEN,
     ["PF and ESI", "Attendance bonus of ₹500", "Sunday fixed off", "5 days of paid training"]),
    # after a list opener ('attracts' of a public post) a perk may run to ten words or so
    ("a-list-opener-leads-to-longer-perks",
     "The post attracts a rural hardship allowance of 15% of basic salary, government housing within the hospital "
     "grounds subject to availability, a uniform allowance and membership of the staff pension fund.", BEN,
     ["a rural hardship allowance of 15% of basic salary",
      "government housing within the hospital grounds subject to availability", "a uniform allowance",
      "membership of the staff pension fund."]),
    ("a-list-opener-before-clauses-is-prose",
     "Our nurses are provided with a full degree of autonomy of practice, provide clinical leadership to the team "
     "every day, and are supported with training in palliative care.", BEN, []),
    # the last perk after the last 'and' that no name holds ('Social Security and Housing Finance Corporation')
    ("an-and-inside-a-name-parts-no-perks",
     "A daily field allowance, medical cover for you and your dependants, 24 working days of leave a year and a "
     "contribution to the Social Security and Housing Finance Corporation pension scheme.", BEN,
     ["A daily field allowance", "medical cover for you and your dependants", "24 working days of leave a year",
      "a contribution to the Social Security and Housing Finance Corporation pension scheme."]),
    # German writes 'sowie' ('as well as') before its list's last item
    ("sowie-before-the-last-perk",
     "30 Tage Urlaub, ein Deutschlandticket als Jobticket, kostenlose Arbeitskleidung und Sicherheitsschuhe sowie "
     "Weiterbildung bis zum Meister.", BEN,
     ["30 Tage Urlaub", "ein Deutschlandticket als Jobticket", "kostenlose Arbeitskleidung und Sicherheitsschuhe",
      "Weiterbildung bis zum Meister."]),
    ("a-count-after-a-figure-is-a-range", "- Hours: 20 - 25 hours a week", BEN, ["Hours: 20 - 25 hours a week"]),
    ("perks-as-short-sentences", "Medical, dental and vision insurance. Paid time off. Weekly pay.", BEN,
     ["Medical, dental and vision insurance.", "Paid time off.", "Weekly pay."]),
    ("company-prose-under-perks-dropped",
     "We believe our people are our greatest asset. Our culture rewards curiosity and bold thinking.", BEN, []),
    ("labelled-logistics-are-not-items", "Weekly pay. Start date: immediately. Employee discount.", BEN,
     ["Weekly pay.", "Employee discount."]),
    ("notes-after-the-bullets-dropped", "- Go\n- SQL\nThis role is in-office 4 days a week.\nNo recruiters please.", MIN,
     ["Go", "SQL"]),
    ("inline-must-list", "5+ yrs backend experience, strong Rust, async Rust/Tokio, Postgres internals", MIN,
     ["5+ yrs backend experience", "strong Rust", "async Rust/Tokio", "Postgres internals"]),
    ("inline-duty-list", "own our sync engine, design the storage layer, profile and fix hot paths, talk to customers.",
     R, ["own our sync engine", "design the storage layer", "profile and fix hot paths", "talk to customers."]),
    ("three-languages-are-one-requirement", "Experience with Python, Go, or Java", MIN,
     ["Experience with Python, Go, or Java"]),
    ("perks-as-one-comma-list", "Hybrid working, 30 days annual leave (plus bank holidays), cycle to work scheme, "
     "and life event leave", BEN,
     ["Hybrid working", "30 days annual leave (plus bank holidays)", "cycle to work scheme", "life event leave"]),
    ("dash-opened-line-of-dashed-clauses",
     "- answering phone calls and e-mails - handling technical and non technical enquiries - keeping the "
     "customer records up to date", R,
     ["answering phone calls and e-mails", "handling technical and non technical enquiries",
      "keeping the customer records up to date"]),
    ("dash-opened-line-with-short-pieces-stays-whole", "- Teamwork - Cooperates with others - Shares", R,
     ["Teamwork - Cooperates with others - Shares"]),
    ("numbered-inside-a-chinese-line", "1.负责门店的日常运营管理；2.5年以上连锁零售运营经验；3.熟练使用Excel。", R,
     ["负责门店的日常运营管理；", "5年以上连锁零售运营经验；", "熟练使用Excel。"]),
    ("chinese-semicolon-list", "有便利店运营经验者；熟悉Power BI者；持有食品安全管理员证者。", MIN,
     ["有便利店运营经验者", "熟悉Power BI者", "持有食品安全管理员证者。"]),
    ("enumeration-comma-perks", "五险一金、年终奖、带薪年假、餐补及交通补贴。", BEN, ["五险一金", "年终奖", "带薪年假", "餐补及交通补贴。"]),
    ("middle-dot-between-figures-is-not-a-bullet", "- 18-25K·14薪 and a pension", BEN, ["18-25K·14薪 and a pension"]),
    ("perks-after-a-lead-in-phrase-and-colon",
     "A generous package: 10% annual bonus, 8% employer pension contribution, private medical cover, and "
     "fully funded chartership.", BEN,
     ["10% annual bonus", "8% employer pension contribution", "private medical cover", "fully funded chartership."]),
    ("italian-perks-one-longer-and-the-last-two-joined-by-e",
     "Contratto a tempo determinato di 12 mesi con concrete possibilità di stabilizzazione, inquadramento CCNL ANIA, "
     "RAL tra 28.000 e 32.000 euro, polizza sanitaria integrativa, 2 giorni di smart working a settimana dopo il "
     "periodo di prova e un percorso di formazione.", BEN,
     ["Contratto a tempo determinato di 12 mesi con concrete possibilità di stabilizzazione", "inquadramento CCNL ANIA",
      "RAL tra 28.000 e 32.000 euro", "polizza sanitaria integrativa",
      "2 giorni di smart working a settimana dopo il periodo di prova", "un percorso di formazione."]),
    ("perk-lines-with-commas-stay-whole", "Medical, Dental, and Vision benefits\n401k", BEN,
     ["Medical, Dental, and Vision benefits", "401k"]),
    ("perk-sentence-with-long-clauses-stays-whole",
     "We offer generous leave, which you can take whenever you like, and a pension.", BEN,
     ["We offer generous leave, which you can take whenever you like, and a pension."]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_items(text: str, kind: SectionKind, expected: list[str]) -> None:
    assert items(text, kind) == expected


def test_bullets_outside_sections_are_placed_by_majority_wording() -> None:
    from jobx.items import items_by_wording

    text = (
        "Intro paragraph. • Provide great service. • Accountable for cash. • Assist customers.\n"
        "The role needs more.\n"
        "• Ability to pass drug test. • Accuracy and attention to detail. • 2 years of retail experience.\n"
        "Physical demands follow.\n"
        "• Spends time sitting. • Occasionally lifts boxes."
    )
    placed = [(kind.value, " ".join(text[s:e].split())) for kind, s, e in items_by_wording(text, 0, len(text), default_rules(), lines_too=False)]
    assert placed == [
        ("responsibilities", "Provide great service."),
        ("responsibilities", "Accountable for cash."),
        ("responsibilities", "Assist customers."),
        ("minimum_qualifications", "Ability to pass drug test."),
        ("minimum_qualifications", "Accuracy and attention to detail."),
        ("minimum_qualifications", "2 years of retail experience."),
    ]


def test_headless_prose_sentences_are_placed_by_their_cues() -> None:
    from jobx.items import items_by_wording

    text = (
        "We're a coffee shop looking for a barista. You'll prepare espresso drinks to our recipes, greet and "
        "serve customers, and keep the bar clean. Café experience is helpful but not required. You must be "
        "available on weekends. We also offer free drinks on shift. We can't wait to meet you!"
    )
    placed = [
        (kind.value, text[s:e]) for kind, s, e in items_by_wording(text, 0, len(text), default_rules(), lines_too=True)
    ]
    assert placed == [
        ("responsibilities", "You'll prepare espresso drinks to our recipes"),
        ("responsibilities", "greet and serve customers"),
        ("responsibilities", "and keep the bar clean."),
        ("preferred_qualifications", "Café experience is helpful but not required."),
        ("minimum_qualifications", "You must be available on weekends."),
        ("benefits", "We also offer free drinks on shift."),
    ]


def test_a_list_of_verbs_is_one_duty() -> None:
    from jobx.items import duty_clauses

    text = "Develop, monitor, and deliver planned maintenance programmes."
    assert duty_clauses(text, 0, len(text), default_rules()) == [(0, len(text))]


VOTED_LISTS = [
    (
        "perks-inside-requirements",
        "Requirements\n- Experience with Go\n- Strong SQL skills\n- Knowledge of Linux\nIn return we give you:\n"
        "- Competitive salary and bonus\n- 25 days holiday\n- Private medical insurance\n- Pension scheme\n",
        {"minimum_qualifications": 3, "benefits": 4},
    ),
    (
        "two-headless-lists-under-a-date",
        "Closing Date\n4th March\n- Previous experience of managing a team\n- Good communication skills\n"
        "- Knowledge of health and safety\n- Ensure the site is safe\n- Manage the cleaning team\n"
        "- Provide repairs on site\n",
        {"minimum_qualifications": 3, "responsibilities": 3},
    ),
    (
        "a-requirement-lead-in-keeps-bullets-that-open-with-verbs",
        "Qualifications\nYou must have one year of specialized experience, defined as experience:\n"
        "- Analyzing safety data to identify trends\n- Preparing written reports for management\n"
        "- Evaluating the effectiveness of programs\n",
        {"minimum_qualifications": 3, "responsibilities": 0},
    ),
    (
        "a-duties-lead-in-under-a-heading-that-may-name-perks",
        "Das erwartet Sie\nIn dieser Rolle werden Sie:\n- die Beschaffung von Titan verantworten\n"
        "- Lieferanten auswählen und qualifizieren\n- Stammdaten in SAP pflegen\n",
        {"responsibilities": 3, "benefits": 0},
    ),
    (
        "perks-under-the-same-heading-stay-perks",
        "Das erwartet Sie\nDeine Benefits:\n- 30 Tage Urlaub\n- Jobticket\n- Betriebliche Altersvorsorge\n",
        {"responsibilities": 0, "benefits": 3},
    ),
    (
        "a-board-facts-block-after-the-last-list-is-no-list",
        "Atouts\n- Formation en intervention\n- Expérience en animation de groupes\nSalaire offert : 30,50 $ de l'heure\n"
        "Nombre d'heures par semaine : 35,00\nStatut d'emploi : permanent\nDate prévue d'entrée en fonction : 2027-01-11\n",
        {"preferred_qualifications": 2},
    ),
    (
        "duties-each-led-by-a-topic-are-no-facts-block",
        "Key Responsibilities\n- Wellbeing: Implement support plans and promote independence for people.\n"
        "Activity Planning: Develop flexible, engaging activity plans that promote autonomy.\n"
        "Health and Lifestyle: Support individuals in maintaining healthy lifestyles and needs.\n"
        "Communication: Facilitate effective communication and maintain detailed records.\n",
        {"responsibilities": 4},
    ),
    (
        "a-duties-paragraph-goes-on-in-pronouns",
        "Principales fonctions\nLa personne titulaire évalue la situation des familles. Elle élabore un plan "
        "d'intervention avec chaque famille. Enfin, elle participe aux rencontres d'équipe.\n",
        {"responsibilities": 3},
    ),
    (
        "a-framed-line-over-a-list-of-roman-numerals-is-named-by-the-list",
        "Your toolkit\ni. Registered with the RCVS as a Veterinary Nurse\nii. Confident placing IV catheters\n"
        "iii. Comfortable using RoboVet\niv. Experience with rabbits is a plus\n",
        {"minimum_qualifications": 4},
    ),
    (
        "a-dutch-duties-paragraph-addresses-the-reader",
        "Wat ga je doen\nJe adviseert de directie over vastgoedtransacties. Je stelt contracten op en onderhandelt. "
        "Daarnaast behandel je geschillen met aannemers.\n",
        {"responsibilities": 3},
    ),
    (
        "dutch-perks-opening-with-an-article-stay-perks",
        "Wat bieden wij\n- Een eindejaarsuitkering van 8,3%\n- Een persoonlijk ontwikkelbudget\n- Een goed pensioen\n"
        "- Een NS Business Card of fietsplan\n",
        {"benefits": 4, "minimum_qualifications": 0},
    ),
    (
        "german-lines-addressing-the-reader-vote-for-duties-unless-they-say-what-the-reader-has",
        "Dein Job bei uns\n- Du fährst Linienbusse im Stadtverkehr\n- Du verkaufst Fahrscheine\n"
        "- Du sorgst für Sicherheit im Fahrzeug\nWas du mitbringst\n- Du hast den Führerschein D\n"
        "- Du bringst Freude am Umgang mit Menschen mit\n- Deutschkenntnisse auf B2-Niveau\n",
        {"responsibilities": 3, "minimum_qualifications": 3},
    ),
    (
        "a-lead-in-that-asks-keeps-its-requirements-though-it-names-the-application",
        "Qualifications for the post\nEach candidate must, on the latest date for receipt of completed application "
        "forms:\n- hold a degree in librarianship;\n- have two years' experience of library work;\n"
        "- possess a good knowledge of library systems.\n",
        {"minimum_qualifications": 3},
    ),
    (
        "assets-heads-the-preferred-list",
        "Must haves\n- One year of reach truck experience\n- Valid forklift certification\nAssets\n"
        "- Experience with Manhattan WMS\n- Counterbalance experience\n",
        {"minimum_qualifications": 2, "preferred_qualifications": 2},
    ),
    (
        "one-odd-bullet-stays",
        "Benefits\n- Health insurance\n- Paid time off\n- Mentor programme\n- Pension\n",
        {"benefits": 4},
    ),
]


@pytest.mark.parametrize(("text", "counts"), [c[1:] for c in VOTED_LISTS], ids=[c[0] for c in VOTED_LISTS])
def test_a_list_that_votes_for_another_kind_moves_there(text: str, counts: dict[str, int]) -> None:
    from jobx import extract

    posting = extract("Store Manager\n" + text).to_dict()
    found = {name: len(posting[name]) for name in counts}
    assert found == counts


DUTY_LINES = [
    ("noun-first-line", "Maintenance of the site's heating systems\nPresenting results to the board\n",
     ["Maintenance of the site's heating systems", "Presenting results to the board"]),
    ("labelled-duty", "Frontend Development: Build React applications\nCloud: Deploy to AWS\n",
     ["Frontend Development: Build React applications", "Cloud: Deploy to AWS"]),
    ("labelled-description-is-not-a-duty", "Payments: The payments team is responsible for billing\n- Ship features\n",
     ["Ship features"]),
    ("lead-in-opener-is-not-a-duty", "This is a fixed-term post for 12 months\n- Plan training\n", ["Plan training"]),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in DUTY_LINES], ids=[c[0] for c in DUTY_LINES])
def test_plain_lines_of_a_duties_section_are_duties_whatever_their_first_word(body: str, expected: list[str]) -> None:
    from jobx import extract

    posting = extract("Site Engineer\nResponsibilities\n" + body).to_dict()
    assert posting["responsibilities"] == expected


def test_a_title_case_line_in_a_list_of_plain_lines_is_one_of_its_items() -> None:
    from jobx import extract

    text = ("Operator\nWhat can we offer you:\nLong term employment opportunities\nCompetitive pay rates\n"
            "Employee Referral Bonus\nLoyalty bonus paid every year\nA great crew to work with\n")
    assert "Employee Referral Bonus" in [item.text for item in extract(text).benefits]


ITEM_SHAPES = [
    ("inline-star-bullets", "What you will do\nBuild the API * Own the data model * Mentor engineers\n",
     "responsibilities", ["Build the API", "Own the data model", "Mentor engineers"]),
    ("bullet-opening-with-an-alias-is-an-item", "Requirements\n- You have 5 years of Go\n- You are curious\n",
     "minimum_qualifications", ["You have 5 years of Go", "You are curious"]),
    ("one-stray-dash", "Key Responsibilities\n- Planning: Develop activity plans with each person.\n"
     "Health: Support healthy lifestyles and health needs.\nRecords: Maintain detailed, person-centred records.\n",
     "responsibilities", ["Planning: Develop activity plans with each person.",
                          "Health: Support healthy lifestyles and health needs.",
                          "Records: Maintain detailed, person-centred records."]),
    ("title-case-line-in-a-plain-list", "Requirements\n5 years of Python\nExperience with AWS\nStrong SQL\nGood written English\n",
     "minimum_qualifications", ["5 years of Python", "Experience with AWS", "Strong SQL", "Good written English"]),
]


@pytest.mark.parametrize(("body", "name", "expected"), [c[1:] for c in ITEM_SHAPES], ids=[c[0] for c in ITEM_SHAPES])
def test_item_shapes(body: str, name: str, expected: list[str]) -> None:
    from jobx import extract

    assert extract("Backend Engineer\n" + body).to_dict()[name] == expected


@pytest.mark.parametrize(
    "line",
    [
        "This employer participates in E-Verify.",
        "To apply, send your CV to jobs@example.org",
        "Only shortlisted candidates will be contacted.",
        "Visit our website to learn more about our culture.",
        "Do you have a valid driving licence?",
        "We will consider qualified applicants with criminal histories in line with local law.",
        "Any offer is contingent upon references we find satisfactory.",
        "Acme is committed to an inclusive and barrier-free recruitment process.",
        "If you require accommodation at any stage, please let us know.",
        "Disability Confident: we guarantee an interview to disabled applicants who meet the criteria.",
    ],
    ids=["legal", "application-step", "selection-procedure", "pointer", "screening-question", "fair-chance",
         "conditional-offer", "accessibility", "accommodation", "disability-confident"],
)
def test_boilerplate_lines_are_not_items_wherever_they_stand(line: str) -> None:
    from jobx import extract

    posting = extract(f"Driver\nRequirements\n- Valid licence\n- {line}\n- Two years of driving\n")
    assert [item.text for item in posting.minimum_qualifications] == ["Valid licence", "Two years of driving"]


def test_lower_case_duties_under_a_duties_heading_stay_duties() -> None:
    from jobx import extract

    text = ("Support Officer\nJOB RESPONSIBILITIES:\n- answering phone calls and e-mails in a proper manner\n"
            "- handling technical enquiries with strong communication skills\n- demonstrating time management skills\n")
    assert len(extract(text).responsibilities) == 3


def test_one_dash_in_a_sentence_is_punctuation_not_a_bullet() -> None:
    body = "Uses care pathways for clinical management – falls, fevers, wounds\nPerforms the weekly audits\n"
    assert items(body, R) == ["Uses care pathways for clinical management – falls, fevers, wounds", "Performs the weekly audits"]
    # two or more inline dashes are a list written on one line
    assert items("Duties - Plan the rota - Order stock", R) == ["Plan the rota", "Order stock"]


def dump_items(text: str, kind: SectionKind, start: int = 0) -> list[str]:
    """The items of a one-paragraph dump's section whose body starts at `start`."""
    spans = split_items(text, start, len(text), kind, default_rules(), dump=True)
    return [" ".join(text[s:e].split()) for s, e in spans]


def test_in_a_dump_a_list_run_together_splits_where_a_capitalised_phrase_follows_a_lower_case_word() -> None:
    perks = "A friendly growing team Competitive pay and a pension A calm workplace Opportunity for promotion Free parking on site"
    assert dump_items(perks, BEN) == [
        "A friendly growing team", "Competitive pay and a pension", "A calm workplace", "Opportunity for promotion",
        "Free parking on site"]
    needs = ("Two years in a busy kitchen or Food Hygiene and/or Allergen training Valid food handler card "
             "Willingness to work weekends in our Harbour Street branch")
    # a capitalised name ('Food Hygiene'), a word after a joining word ('and/or Allergen') and a brand do not split
    assert dump_items(needs, MIN) == [
        "Two years in a busy kitchen or Food Hygiene and/or Allergen training", "Valid food handler card",
        "Willingness to work weekends in our Harbour Street branch"]
    # outside a dump the same line is one item
    assert items(perks, BEN) == [perks]
    # a number of years opens a requirement, but not after 'at least' or 'more than'
    years = "A food hygiene certificate or equivalent 2-3 years' experience in a busy kitchen and at least 18 years of age"
    assert dump_items("Tips shared equally 28 days holiday Free parking on site and a staff canteen with meals", BEN) == [
        "Tips shared equally", "28 days holiday", "Free parking on site and a staff canteen with meals"]
    assert dump_items(years, MIN) == [
        "A food hygiene certificate or equivalent", "2-3 years' experience in a busy kitchen and at least 18 years of age"]
    # a figure with a plus is a number of years whatever word follows it
    plus = "A diploma in childcare or equivalent training 2+ years in a nursery room and a paediatric first aid card"
    assert dump_items(plus, MIN) == [
        "A diploma in childcare or equivalent training", "2+ years in a nursery room and a paediatric first aid card"]


def test_in_a_dump_perks_run_together_in_title_case_split_after_a_perk_name() -> None:
    perks = "Team Meal Allowance Dental Insurance Paid Time Off Staff Discount Vision Insurance Plan Cycle To Work Scheme"
    # a word that ends a perk's name ('Insurance', 'Off', 'Discount') ends a perk; not before another one ('Insurance Plan')
    assert dump_items(perks, BEN) == [
        "Team Meal Allowance", "Dental Insurance", "Paid Time Off", "Staff Discount", "Vision Insurance Plan",
        "Cycle To Work Scheme"]


def test_a_sentence_parted_by_semicolons_is_a_list() -> None:
    line = "Medical, dental and vision cover from day one; a pension (5%; matched) with salary sacrifice; 25 days of leave."
    assert items(line, BEN) == [
        "Medical, dental and vision cover from day one", "a pension (5%; matched) with salary sacrifice", "25 days of leave."]
    # one semicolon joins two clauses of one item
    assert items("Hold a forklift licence; a counterbalance one is best", MIN) == [
        "Hold a forklift licence; a counterbalance one is best"]


def test_an_icon_before_a_capital_inside_a_line_is_a_bullet() -> None:
    line = "✅Free meals: on every shift. ✅ Paid breaks ➡️Staff discount of 20%"
    assert items(line, BEN) == ["Free meals: on every shift.", "Paid breaks", "Staff discount of 20%"]
    # a trade mark sign is not one
    assert items("Microsoft® Office and Adobe™ Acrobat", MIN) == ["Microsoft® Office and Adobe™ Acrobat"]
    # nor does an item keep the icon of the heading that follows it in a dump ('... plants 🎯 What we ...')
    assert items("- Work with the ops team on plant data 🎯\n- Free meals 🍔", BEN) == [
        "Work with the ops team on plant data", "Free meals"]


def test_in_a_dump_an_acronym_glued_to_a_word_opens_the_next_item() -> None:
    body = "Current state nursing licenseBLS certification from the Heart Foundation requiredACLS within six months of hire"
    assert dump_items(body, MIN) == [
        "Current state nursing license", "BLS certification from the Heart Foundation required", "ACLS within six months of hire"]
    # a name that ends in capitals is one word
    assert dump_items("Three years of backend work with PostgreSQL and GraphQL in production systems at scale", MIN) == [
        "Three years of backend work with PostgreSQL and GraphQL in production systems at scale"]
    # a perk's number opens the next perk: '401(k)'
    assert dump_items("Two paid field days a year to get outside 401(k) with a four per cent match", BEN) == [
        "Two paid field days a year to get outside", "401(k) with a four per cent match"]


def test_in_a_dump_a_boards_label_among_the_perks_is_not_a_perk() -> None:
    body = ("Free meals on every shift Shift Length: 8 hour shift Paid Training: provided "
            "Wellbeing Support: a 24/7 employee assistance line")
    assert dump_items(body, BEN) == [
        "Free meals on every shift", "Paid Training: provided", "Wellbeing Support: a 24/7 employee assistance line"]


def test_in_a_dump_a_word_glued_to_the_next_ones_capital_opens_an_item() -> None:
    body = "Remote working from anywhere in the country or RemotePaid Volunteer Days each year HoursEducational Grants for courses"
    assert dump_items(body, BEN) == [
        "Remote working from anywhere in the country or Remote", "Paid Volunteer Days each year Hours",
        "Educational Grants for courses"]
    # a product's name before words in lower case is one word: 'ServiceTitan at the end'
    product = "Keep the service van clean and stocked and complete paperwork in ServiceTitan at the end of each call"
    assert dump_items(product, R) == [product]
    # a name with a capital inside, written twice, is a name: 'HighPoint'
    named = "Sell HighPoint servers to resellers across the region and grow HighPoint accounts with the team"
    assert dump_items(named, MIN) == [named]


def test_in_a_dump_a_figure_or_a_bracket_closes_the_item_before_a_capitalised_phrase() -> None:
    body = ("Keep on-time pickups above 95% across all of our regional carriers Reconcile carrier invoices each week "
            "Advanced Excel (pivot tables) Working knowledge of SQL for reporting")
    assert dump_items(body, MIN) == [
        "Keep on-time pickups above 95% across all of our regional carriers", "Reconcile carrier invoices each week",
        "Advanced Excel (pivot tables)",
        "Working knowledge of SQL for reporting"]
    # one amount is one item: '$52,000 - $58,000'
    assert dump_items("A salary of $52,000 - $58,000 and a dental plan for you and your family members", BEN) == [
        "A salary of $52,000 - $58,000 and a dental plan for you and your family members"]


def test_in_a_dump_a_boards_label_among_the_requirements_is_not_a_requirement() -> None:
    body = ("Two years of till experience Typical start time: 7AM Licence: a full driving licence is required "
            "Work Remotely: No")
    assert dump_items(body, MIN) == ["Two years of till experience", "Licence: a full driving licence is required"]


def test_in_a_dump_glue_splits_a_short_sentence_too() -> None:
    assert dump_items("3+ years of residential HVAC service experienceEPA Section 608 certification", MIN) == [
        "3+ years of residential HVAC service experience", "EPA Section 608 certification"]


def test_in_a_dump_an_amount_per_period_ends_its_item() -> None:
    body = "Pay range: $41,000 - $45,000/yr Health and dental insurance for you and your family"
    # (the pay label's line is logistics, not a perk)
    assert dump_items(body, BEN) == ["Health and dental insurance for you and your family"]


def test_in_a_dump_a_run_in_label_starts_an_item() -> None:
    body = ("Free meals on every shift and a staff discount Shift Pattern: four on four off Uniform Provided: Yes "
            "Typical start time: 7AM Parking Pay COVID-19 rules: masks at the counter")
    from jobx.items import dump_pieces

    assert [" ".join(body[s:e].split()) for s, e in dump_pieces(body, 0, len(body), default_rules())] == [
        "Free meals on every shift and a staff discount", "Shift Pattern: four on four off", "Uniform Provided: Yes",
        "Typical start time: 7AM Parking Pay", "COVID-19 rules: masks at the counter"]
    # (among perks and requirements, labels that say nothing of the list are dropped: the next tests)
    # outside a dump the line is one item
    assert items(body, BEN) == [body]


def test_a_sentence_of_prose_lists_perks_after_a_list_opener() -> None:
    body = ("We look after our people. As a member of staff you will benefit from a pension contribution of up to "
            "twelve per cent, annual leave loading (up to 17.5%), salary packaging and free parking on site.")
    assert items(body, BEN) == [
        "a pension contribution of up to twelve per cent", "annual leave loading (up to 17.5%)",
        "salary packaging", "free parking on site."]
    # a perk line that goes on to give examples is one perk
    line = "Flexible leave including purchased leave, cultural leave, study leave and carer's leave\nA staff canteen"
    assert items(line, BEN) == [
        "Flexible leave including purchased leave, cultural leave, study leave and carer's leave", "A staff canteen"]


def test_application_lines_and_a_boards_recommendations_are_not_items() -> None:
    from jobx import extract

    posting = extract("Cook\nBenefits\n- Free meals\n- Please apply by 15 January 2027.\n- Apply in person at the hotel\n"
                      "- Apply before 3 March via our website.\n- Applications close on 10 March.\n"
                      "- Powered by HireDesk\n"
                      "Similar jobs\n- Line Cook, Harbour Inn\n- Chef de Partie, The Anchor\n")
    assert [item.text for item in posting.benefits] == ["Free meals"]


def test_a_posting_in_prose_states_its_requirements_and_pluses_in_sentences() -> None:
    from jobx import extract

    text = ("Head Baker at Loaf & Co\n\nLoaf & Co bakes bread for the town's cafés. You will run the night shift.\n\n"
            "We need someone with at least three years' experience in a craft bakery. It would be great if you also "
            "knew sourdough, but we can teach it.\n")
    posting = extract(text)
    assert [i.text for i in posting.minimum_qualifications] == [
        "We need someone with at least three years' experience in a craft bakery."]
    assert [i.text for i in posting.preferred_qualifications] == [
        "It would be great if you also knew sourdough, but we can teach it."]


def test_a_sentence_about_the_company_among_the_perks_is_not_a_perk() -> None:
    body = "Free parking on site Our accomplished staff reflect the community we serve We also offer a generous pension"
    assert dump_items(body, BEN) == ["Free parking on site", "We also offer a generous pension"]


def test_a_requirement_shouted_at_the_end_of_a_line_is_its_own_item() -> None:
    line = "Ability to work a flexible roster over seven days MUST HOLD A FORKLIFT LICENCE"
    assert items(line, MIN) == ["Ability to work a flexible roster over seven days", "MUST HOLD A FORKLIFT LICENCE"]
    # acronyms listed after a dash are not a shout
    listed = "Requesting interdisciplinary consultations – OT, CCPS or GEM as needed"
    assert items(listed, R) == [listed]


def test_near_duplicate_items_collapse() -> None:
    from jobx import extract

    posting = extract("Cook\nRequirements\n- Food hygiene certificate.\n- food  hygiene certificate\n- Two years in a kitchen\n")
    assert [item.text for item in posting.minimum_qualifications] == ["Food hygiene certificate.", "Two years in a kitchen"]
    # languages whose names differ only by a sign are not duplicates
    languages = extract("Engineer\nRequirements\n- C++\n- C#\n- C\n- Go\n")
    assert [item.text for item in languages.minimum_qualifications] == ["C++", "C#", "C", "Go"]


def test_in_a_dump_two_spaces_between_short_phrases_part_items() -> None:
    body = "Calm under pressure  Strong knife skills  Food hygiene level 2  Happy to work weekends"
    assert dump_items(body, MIN) == ["Calm under pressure", "Strong knife skills", "Food hygiene level 2", "Happy to work weekends"]
    # outside a dump the gaps are spacing: only the run-on rule (a requirement opener after a word) splits
    assert items(body, MIN) == ["Calm under pressure", "Strong knife skills Food hygiene level 2 Happy to work weekends"]


def test_a_dump_with_no_headings_places_its_run_together_items_by_their_words() -> None:
    from jobx import extract

    text = ("Description Parcelly is a courier company based in Leeds that delivers for small shops. Parcelly is "
            "hiring Night Loaders who like to keep moving. Load and unload Parcelly vans at the depot gate Scan and "
            "sort parcels using our handheld app Weekend availability required Ability to lift up to 20 kg "
            "throughout the shift Experience with pallet trucks is welcome About Parcelly Parcelly was founded "
            "in 2019 and runs forty vans. ") * 1
    text = text + "We deliver across Yorkshire every night of the year and are growing fast. " * 6
    posting = extract(text)
    assert [i.text for i in posting.responsibilities] == [
        "Load and unload Parcelly vans at the depot gate", "Scan and sort parcels using our handheld app"]
    assert [i.text for i in posting.minimum_qualifications] == [
        "Weekend availability required", "Ability to lift up to 20 kg throughout the shift",
        "Experience with pallet trucks is welcome"]


def test_where_no_list_names_the_duties_the_role_sentences_that_state_one_are_duties() -> None:
    from jobx import extract

    text = ("Night Porter\nAbout the role\nOur hotel has forty rooms by the sea. Greets late arrivals and hands out keys. "
            "You will patrol the building twice a night. Guests love the breakfast.\nRequirements\n- A clean record\n")
    assert [i.text for i in extract(text).responsibilities] == [
        "Greets late arrivals and hands out keys.", "You will patrol the building twice a night."]
    # with a duties list of its own, the role's prose stays a summary
    listed = text.replace("Requirements", "Duties\n- Check the fire doors\nRequirements")
    assert [i.text for i in extract(listed).responsibilities] == ["Check the fire doors"]


def test_a_paragraph_under_a_requirements_heading_keeps_only_the_sentences_that_state_one() -> None:
    body = ("At Hillside we are proud of our gardens. We take pride in our community. A DBS clearance is required "
            "before you start. Membership of a trade body would be advantageous.")
    assert items(body, MIN) == ["A DBS clearance is required before you start.", "Membership of a trade body would be advantageous."]


def test_a_line_that_only_names_tools_is_not_a_duty_or_a_perk() -> None:
    body = "- Build the billing API in Go\n- Jenkins, GitLab\n- Kubernetes / Docker\n- Review pull requests\n"
    assert items(body, R) == ["Build the billing API in Go", "Review pull requests"]
    assert items("- Python\n- Docker", MIN) == ["Python", "Docker"]  # a requirement may be a name alone


def test_a_word_of_a_repeated_title_case_phrase_is_not_a_name() -> None:
    # 'Staff' is written three times, but inside 'Staff Nurse': a list item may still open with it
    text = "Staff Nurse wanted. Our Staff Nurse team is friendly. Staff Nurse pay is banded. "
    body = text + "Perks: Free flu jabs on site for everyone Cycle to work scheme for all colleagues Staff wellbeing hub and more"
    start = body.index("Free")
    spans = split_items(body, start, len(body), BEN, default_rules(), dump=True)
    assert [body[s:e] for s, e in spans] == [
        "Free flu jabs on site for everyone", "Cycle to work scheme for all colleagues", "Staff wellbeing hub and more"]


def test_a_terms_heading_over_perks_gives_the_perks_and_keeps_the_terms_as_fields() -> None:
    from jobx import extract

    posting = extract(
        "Harbour Cafe Cook\n\n## What you will do\n- Cook breakfast for forty guests\n- Order fresh produce\n\n"
        "## Compensation\n- Salary: £26,000 a year\n- Contract: permanent, full-time\n"
        "- Free meals on every shift\n- 28 days of paid holiday\n- Pension scheme with employer match\n"
    )
    assert [item.text for item in posting.benefits] == [
        "Free meals on every shift",
        "28 days of paid holiday",
        "Pension scheme with employer match",
    ]
    assert posting.logistics.salary == "£26,000 a year"
    # a labelled line that names a perk stays a perk
    perks = extract("Cook\n\n## Benefits\n- Bonus: a 13th month salary\n- Meals: free on every shift\n").benefits
    assert [item.text for item in perks] == ["Bonus: a 13th month salary", "Meals: free on every shift"]


def test_a_sentence_listing_perks_after_the_requirements_is_the_perks() -> None:
    from jobx import extract

    posting = extract(
        "Van Driver\n\nRequirements:\nA clean driving licence.\nTwo years of delivery experience.\n"
        "We offer weekly pay, paid holiday, a pension scheme and free uniform.\n"
    )
    assert [item.text for item in posting.minimum_qualifications] == [
        "A clean driving licence.", "Two years of delivery experience."]
    assert [item.text for item in posting.benefits] == ["weekly pay", "paid holiday", "a pension scheme", "free uniform."]
    # so the second sentence of a pay section
    pay = extract(
        "Van Driver\n\n## Pay\nThe base rate is £13 an hour. We also offer overtime, a pension, paid holiday and meals.\n"
    )
    assert [item.text for item in pay.benefits] == ["overtime", "a pension", "paid holiday", "meals."]
    # a requirement that lists things is not a perks sentence
    needs = extract("Van Driver\n\nRequirements:\nA clean licence.\nYou will use vans, trucks, forklifts and pallet jacks.\n")
    assert posting.benefits and not needs.benefits


def test_the_last_line_of_a_plain_list_right_above_the_next_heading_is_an_item() -> None:
    from jobx import extract

    posting = extract(
        "Sous Chef\n\nYou might be a good fit if you have:\nThree years in a busy kitchen\nA food hygiene certificate\n"
        "Calm Under Pressure\n\nBonus:\nExperience with vegan menus\n"
    )
    assert [item.text for item in posting.minimum_qualifications] == [
        "Three years in a busy kitchen", "A food hygiene certificate", "Calm Under Pressure"]
    assert [item.text for item in posting.preferred_qualifications] == ["Experience with vegan menus"]


def test_a_sentence_asking_for_one_year_is_a_requirement() -> None:
    from jobx import extract

    posting = extract("Nurse\n\nQUALIFICATIONS: Current RN license. One year of long-term care experience preferred.\n")
    assert [item.text for item in posting.minimum_qualifications] == [
        "Current RN license.", "One year of long-term care experience preferred."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Remote-first, 28 days off, a €1,500 learning budget and a yearly team offsite.",
         ["Remote-first", "28 days off", "a €1,500 learning budget", "a yearly team offsite."]),
        ("Free parking, staff meals, Cycle and dental plans, Paid leave and holidays",
         ["Free parking", "staff meals", "Cycle and dental plans", "Paid leave and holidays"]),
        ("At Brightwell, we invest in people, training and the growth of our team.",
         ["At Brightwell, we invest in people, training and the growth of our team."]),
    ],
    ids=["thousands-and-last-and", "and-inside-pieces", "a-clause-is-prose"],
)
def test_a_line_of_perks_splits_at_its_commas(line: str, expected: list[str]) -> None:
    assert items(line, BEN) == expected


def test_a_sentence_of_pluses_after_the_required_bullets_is_the_preferred_list() -> None:
    from jobx import extract

    posting = extract(
        "Junior Electrician\n\nWhat do you need?\n- Safe Pass card\n- Full driving licence\n"
        "Bonus if you have fitted solar PV panels.\n\nWhat's in it for you?\n"
        "A company van, overtime at double time, a pension and 24 days leave.\n"
        "To apply, send your CV to jobs@example.com.\n"
    )
    assert [item.text for item in posting.minimum_qualifications] == ["Safe Pass card", "Full driving licence"]
    assert [item.text for item in posting.preferred_qualifications] == ["Bonus if you have fitted solar PV panels."]
    # a line of boilerplate under the perks does not stop their one line from splitting at its commas
    assert [item.text for item in posting.benefits] == [
        "A company van", "overtime at double time", "a pension", "24 days leave."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1) Serve customers at the till 2) Keep the shop floor tidy 3) Receive deliveries",
         ["Serve customers at the till", "Keep the shop floor tidy", "Receive deliveries"]),
        ("(a) Retail experience (b) Weekend availability (c) Good English",
         ["Retail experience", "Weekend availability", "Good English"]),
        ("At least one (1) year in retail and/or a two (2) year college degree",
         ["At least one (1) year in retail and/or a two (2) year college degree"]),
        ("As set out in sections (a) And (b) of the act", ["As set out in sections (a) And (b) of the act"]),
        ("Duties 2) Keep the shop floor tidy 4) Receive deliveries",
         ["Duties 2) Keep the shop floor tidy 4) Receive deliveries"]),
        ("1. HNC or a degree in engineering 2. Three years in a quality role 3. Core tools: APQP and PPAP",
         ["HNC or a degree in engineering", "Three years in a quality role", "Core tools: APQP and PPAP"]),
        ("Pass the level 1. Then sit the level 2. Exams are held in May",
         ["Pass the level 1. Then sit the level 2. Exams are held in May"]),
        ("Between 1.5 and 2.5 years in retail", ["Between 1.5 and 2.5 years in retail"]),
    ],
    ids=["numbers", "letters", "number-echoed-in-brackets", "one-word-items", "not-counting-up", "numbers-and-stops",
         "sentences-ending-in-numbers", "decimals"],
)
def test_items_numbered_inside_a_line(line: str, expected: list[str]) -> None:
    assert items(line, MIN) == expected


def test_a_paragraph_of_pluses_after_the_requirements_is_the_preferred_list() -> None:
    from jobx import extract

    posting = extract(
        "Maintenance Electrician\n\nABOUT YOU\nYou hold an electrical licence. You have five years of plant work.\n\n"
        "It would be great if you also know Siemens PLCs. Food manufacturing would be an advantage.\n\n"
        "Nice extras\n- A forklift licence\n"
    )
    assert [i.text for i in posting.minimum_qualifications] == [
        "You hold an electrical licence.", "You have five years of plant work."]
    assert [i.text for i in posting.preferred_qualifications] == [
        "It would be great if you also know Siemens PLCs.", "Food manufacturing would be an advantage.",
        "A forklift licence"]


def test_in_a_dump_japanese_middle_dots_part_items_but_not_a_short_pair_or_a_bracket() -> None:
    body = "・高校卒業以上・身長150cm以上・早朝・深夜を含むシフト勤務が可能な方・社内対応（PC・スマートフォン）の経験"
    text = "応募資格：" + body
    found = dump_items(text, MIN, start=len("応募資格："))
    assert found[0] == "高校卒業以上"
    assert not any(piece in ("早朝", "深夜") for piece in found)  # a short word of a pair stays with a neighbour
    assert "社内対応（PC・スマートフォン）の経験" in found  # a bracket's dots part no items
    # a bullet on a line of its own keeps its dots: '・社内ヘルプデスク対応・トラブル対応' is one line's item
    assert items("・社内ヘルプデスク対応・トラブル対応\n・資料作成", R) == ["社内ヘルプデスク対応・トラブル対応", "資料作成"]


def test_in_a_dump_a_labelled_requirement_with_a_long_value_is_no_board_field() -> None:
    text = ("Valid Class A CDL• Clean MVR: no more than 2 moving violations in the last 3 years and no DUI in the last 7"
            "• Work Remotely: No")
    found = dump_items(text, MIN)
    assert "Clean MVR: no more than 2 moving violations in the last 3 years and no DUI in the last 7" in found
    assert "Work Remotely: No" not in found  # a board's field asks for nothing


def test_a_long_chinese_sentence_among_the_perks_that_names_none_is_not_a_perk() -> None:
    text = "五险一金、年终奖、带薪年假、节日福利。你将加入华东运营中心，向区域总监汇报。青禾便利成立于2011年，拥有门店600余家。"
    found = items(text, BEN)
    assert found[:4] == ["五险一金", "年终奖", "带薪年假", "节日福利。"]
    assert not any("华东运营中心" in item or "成立于" in item for item in found)


def test_a_comma_paragraph_among_perks_splits_though_other_paragraphs_follow() -> None:
    from jobx import extract

    posting = extract(
        "Mobile Developer\n\nWhat we offer\n\nA salary between €60,000 and €75,000 gross per year, 8% holiday "
        "allowance, a free e-bike, 27 vacation days, and a learning budget.\n\nWe work from our office on Tuesdays "
        "and Thursdays; the rest of the week is up to you.\n"
    )
    assert [item.text for item in posting.benefits][1:5] == [
        "8% holiday allowance", "a free e-bike", "27 vacation days", "a learning budget."]


def test_lines_of_a_plain_list_of_perks_keep_their_commas() -> None:
    from jobx import extract

    posting = extract(
        "Picker\n\nWhat you get\nWeekly pay\nMedical, dental, vision after 60 days\nFree freezer suits, gloves and "
        "boots\n\nApply in person at 22 Mill Rd, Joliet, or text PICK to 555-0100.\n"
    )
    assert [item.text for item in posting.benefits] == [
        "Weekly pay", "Medical, dental, vision after 60 days", "Free freezer suits, gloves and boots"]


def test_a_comma_paragraph_among_perks_in_a_quote_splits_but_a_labelled_line_does_not() -> None:
    from jobx import extract

    posting = extract(
        "Head of Ticketing\n\n> **Perks**\n>\n> Club: Severnside RFC, Millbrook Stadium, Gloucester\n>\n"
        "> Two season tickets, 25% off in the club shop, 25 days' holiday and free parking.\n>\n"
        "> We play at home every other Saturday.\n"
    )
    assert [item.text for item in posting.benefits][:5] == [
        "Club: Severnside RFC, Millbrook Stadium, Gloucester", "Two season tickets", "25% off in the club shop",
        "25 days' holiday", "free parking."]



@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Review translations done by vendors - Maintain termbases in memoQ",
         ["Review translations done by vendors", "Maintain termbases in memoQ"]),
        ("- Knowledge of GAAP - including revenue recognition", ["Knowledge of GAAP - including revenue recognition"]),
        ("Profile - JLPT N2 certification (N1 preferred) - 3 to 6 years as a translator - Excellent English",
         ["JLPT N2 certification (N1 preferred)", "3 to 6 years as a translator", "Excellent English"]),
        ("- Pay of 50 - 60 per hour for weekend shifts", ["Pay of 50 - 60 per hour for weekend shifts"]),
    ],
    ids=["one-dash-between-items", "one-dash-in-an-item", "a-count-of-years-after-a-dash", "a-range"],
)
def test_dashes_inside_a_line(line: str, expected: list[str]) -> None:
    assert items(line, MIN)[-len(expected):] == expected


def test_in_a_dump_a_sentence_of_perks_is_a_comma_list_before_its_capitals_part_it() -> None:
    from jobx import extract

    dump = ("Asistente de Centro Requisitos:• Técnico superior en Acuicultura• Licencia de conducir clase B Ofrecemos: "
            "bono de producción semestral, traslados desde Castro o Puerto Montt, seguro complementario de salud y "
            "capacitación continua. " + "Somos una empresa familiar del sur de Chile con tres centros. " * 8)
    assert [item.text for item in extract(dump).benefits][:4] == [
        "bono de producción semestral", "traslados desde Castro o Puerto Montt", "seguro complementario de salud",
        "capacitación continua."]


def test_prose_under_a_duties_heading_right_before_the_duties_own_heading_is_the_introduction() -> None:
    from jobx import extract

    posting = extract(  # a scrape in one paragraph
        "Técnico Agrícola Descrição da vaga A Fazenda Serra Alta produz café especial em 900 hectares no Cerrado. "
        "Procuramos um técnico para integrar a equipe de manejo e qualidade da fazenda. Atividades "
        "- Acompanhar as lavouras diariamente;- Coletar amostras de solo e folha. Benefícios Vale-alimentação. "
        + "Somos uma fazenda familiar com três gerações no café. " * 6
    )
    assert [item.text for item in posting.responsibilities] == [
        "Acompanhar as lavouras diariamente", "Coletar amostras de solo e folha."]



def test_in_a_dump_perks_keep_a_decimal_comma_and_may_go_on_with_an_acronym() -> None:
    from jobx import extract

    dump = ("Técnico Agrícola Atividades - Acompanhar as lavouras;- Coletar amostras de solo. Benefícios Vale-alimentação "
            "de R$ 650,00, plano de saúde e odontológico, transporte fretado da cidade, PLR anual e cesta de café. "
            + "Somos uma fazenda familiar com três gerações no café. " * 6)
    perks = [item.text for item in extract(dump).benefits]
    assert perks[:3] == ["Vale-alimentação de R$ 650,00", "plano de saúde e odontológico", "transporte fretado da cidade"]
    assert perks[3].startswith("PLR anual")


def test_an_applications_procedure_after_the_perks_is_not_perks() -> None:
    from jobx import extract

    posting = extract(
        "Second Engineer\n\nBENEFITS\n✔ Free onboard internet\n✔ Monthly allotment sent via bank\n"
        "📝 Please bring/send the following:\n1. Updated CV with vessel experience\n2. Scanned copies of COC and passport\n"
        "📩 Email: crewing@example.com\n"
    )
    assert [item.text for item in posting.benefits] == ["Free onboard internet", "Monthly allotment sent via bank"]


def test_run_in_headings_in_the_conditional_and_a_list_of_three_phrases() -> None:
    from jobx import extract

    posting = extract(
        "News Apps Developer\n\nWhat you'd do: build our election results pipeline; turn public records into news apps; "
        "pair with reporters on investigations.\n\n"
        "Must have: 2+ years shipping production code.\n\n"
        "Nice to have: newsroom experience, experience with the AP Elections API, a portfolio of public projects.\n"
    )
    assert [item.text for item in posting.responsibilities] == [
        "build our election results pipeline", "turn public records into news apps", "pair with reporters on investigations."]
    assert [item.text for item in posting.preferred_qualifications] == [
        "newsroom experience", "experience with the AP Elections API", "a portfolio of public projects."]
    languages = extract("Developer\n\nNice to have: Python, Go, or Java.\n").preferred_qualifications
    assert [item.text for item in languages] == ["Python, Go, or Java."]


def test_past_a_blank_line_after_listed_perks_a_line_that_names_no_perk_is_not_one() -> None:
    from jobx import extract

    posting = extract(
        "Developer\n\nBenefits: fully paid health cover, 5 weeks PTO, a learning budget.\n\n"
        "No recruiters, please. Email jobs@example.org with a link to something you built.\n\nreply\n"
    )
    assert [item.text for item in posting.benefits] == ["fully paid health cover", "5 weeks PTO", "a learning budget."]
    paragraphs = extract("Developer\n\nWhat we offer\n\n30 days vacation\n\nParental pay top-up to 90%\n\nBreakfast every Friday\n")
    assert len(paragraphs.benefits) == 3  # perks written one per paragraph are all kept


def test_a_roles_list_of_plain_lines_made_mostly_of_duties_is_all_duties() -> None:
    from jobx import extract

    posting = extract(
        "Aircraft Engineer\n\nTHE ROLE:\nCarry out line maintenance on A321F freighters\nCertify work and issue CRS\n"
        "Complete daily and transit checks\nTroubleshoot defects in line with the MEL\nSupervise mechanics on shift\n\n"
        "WHAT WE ARE LOOKING FOR:\n- A B1 licence\n"
    )
    assert [item.text for item in posting.responsibilities][:2] == [
        "Carry out line maintenance on A321F freighters", "Certify work and issue CRS"]


def test_a_list_under_a_heading_no_rule_names_goes_where_its_items_vote() -> None:
    from jobx import extract

    posting = extract(
        "Sous Chef\n\n## On the line\n\n- Run the pass and expedite on busy nights\n- Lead a brigade of eight cooks\n"
        "- Write prep lists and place orders with suppliers\n\n## In your toolkit\n\n"
        "- At least 3 years cooking in a scratch kitchen\n- Strong fish butchery skills\n- Experience ordering with an "
        "inventory system\n- Able to give clear, kind feedback\n- Spanish is a plus\n\n"
        "## The good stuff\n\n- Health and dental insurance after 30 days\n- Family meal before every service\n"
        "- Tip share from every service\n- $500 a year toward classes\n"
    )
    assert [item.text for item in posting.minimum_qualifications][:2] == [
        "At least 3 years cooking in a scratch kitchen", "Strong fish butchery skills"]
    assert len(posting.benefits) == 4 and len(posting.responsibilities) == 3


def test_in_a_dump_perks_run_on_with_figures_up_to_the_next_label() -> None:
    from jobx import extract

    dump = ("Pest Control Technician Perks & Benefits:Paid training and state licensing, company truck with fuel card, "
            "401(k) with 4% match, paid time off starting at 2 weeks, route bonuses paid monthly Schedule: Monday-Friday, "
            "7:30am start " + "Critter Guard keeps bugs out of homes across East Tennessee. " * 8)
    assert [item.text for item in extract(dump).benefits][:5] == [
        "Paid training and state licensing", "company truck with fuel card", "401(k) with 4% match",
        "paid time off starting at 2 weeks", "route bonuses paid monthly"]


def test_in_a_dump_a_perk_that_lists_kinds_of_cover_stays_one_and_a_dash_before_a_count_is_no_bullet() -> None:
    from jobx import extract

    dump = ("Analyst What we offer: Well-funded startup with large ambitions 100% employer paid medical, dental, vision, "
            "disability and life insurance plans Access to a 401k " + "Flexport moves freight across the world. " * 8)
    perks = [item.text for item in extract(dump).benefits]
    assert not {"dental", "vision", "disability"} & set(perks)  # one perk that lists kinds of cover
    assert items("2:1 Roster - 1 week of dayshift, 1 week of nightshift", BEN) == [
        "2:1 Roster - 1 week of dayshift, 1 week of nightshift"]


def test_in_a_dump_german_comma_perks_with_their_capitalised_nouns() -> None:
    from jobx import extract

    dump = ("Vertriebsinnendienst Ideal, wenn du Niederländisch sprichstDarauf kannst du dich freuen30 Urlaubstage, 38-Stunden-Woche mit "
            "Gleitzeit, bis zu 2 Tage "
            "Homeoffice pro Woche, Weihnachts- und Urlaubsgeld, betriebliche Altersvorsorge mit Zuschuss, kostenlose "
            "Parkplätze und Getränke. " + "Hallström beliefert Industrie und Handwerk mit Schrauben und Dübeln. " * 6)
    perks = [item.text for item in extract(dump).benefits]
    assert perks[:3] == ["30 Urlaubstage", "38-Stunden-Woche mit Gleitzeit", "bis zu 2 Tage Homeoffice pro Woche"]


def test_an_unknown_heading_over_leave_and_volunteer_days_is_the_perks() -> None:
    # 'leave' and a volunteer day are perk words: the list votes for the benefits under a heading no rule names
    text = (
        "Data Analyst\n\nWhat you'll do\n- Build dashboards for the loyalty team\n\nWhy Orchard Lane?\n"
        "- An extra week of leave after two years\n- A paid volunteer day every year\n- Free fruit every Friday\n"
    )
    posting = jobx.extract(text)
    assert [item.text for item in posting.benefits] == [
        "An extra week of leave after two years",
        "A paid volunteer day every year",
        "Free fruit every Friday",
    ]


def test_in_a_dump_a_comma_line_of_perks_in_sentence_case_is_one_perk_each() -> None:
    text = (
        "PF, ESI, Medical insurance for self and family, Performance incentive, Saturday half day, Travel allowance "
        "for site visits Joining: Immediate joiners preferred. "
    )
    spans = split_items(text, 0, len(text), BEN, default_rules(), dump=True)
    assert [text[s:e].strip() for s, e in spans][:6] == [
        "PF",
        "ESI",
        "Medical insurance for self and family",
        "Performance incentive",
        "Saturday half day",
        "Travel allowance for site visits",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Exposure to SAP MM, Knowledge of GST returns and e-way bills, Diploma in Materials Management",
            ["Exposure to SAP MM", "Knowledge of GST returns and e-way bills", "Diploma in Materials Management"],
        ),
        # names of one word, or a degree's fields, stay one requirement
        ("Experience in Python, Java, or Go", ["Experience in Python, Java, or Go"]),
        (
            "Bachelor's degree in Computer Science, Engineering, or a related field",
            ["Bachelor's degree in Computer Science, Engineering, or a related field"],
        ),
    ],
    ids=["sentence-case-phrases", "one-word-names", "a-degrees-fields"],
)
def test_a_requirement_line_of_sentence_case_phrases_is_one_item_each(line: str, expected: list[str]) -> None:
    spans = split_items(line, 0, len(line), SectionKind.PREFERRED, default_rules(), dump=True)
    assert [line[s:e].strip() for s, e in spans] == expected


def test_an_icon_bullet_before_a_count_of_years_parts_items() -> None:
    text = "Bachelor of Engineering (Mechanical) or equivalent✓ 3+ years' experience in mechanical design"
    spans = split_items(text, 0, len(text), MIN, default_rules(), dump=True)
    assert [text[s:e].strip(" ✓") for s, e in spans] == [
        "Bachelor of Engineering (Mechanical) or equivalent",
        "3+ years' experience in mechanical design",
    ]


def test_a_boards_tail_after_the_perks_is_not_perks() -> None:
    # an application's procedure, the posting's number and a board's fraud warning: classes of boilerplate
    text = (
        "Data Engineer\n\nWhat we offer\n- A pension with 8% employer contribution\n- Free on-site parking\n"
        "- Quick apply and attach your CV and a short cover letter.\n- Job ID 88412067\n"
        "- Don't provide your bank or credit card details when applying for jobs.\n"
    )
    posting = jobx.extract(text)
    assert [item.text for item in posting.benefits] == [
        "A pension with 8% employer contribution",
        "Free on-site parking",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Own a book of 150 restaurant groups across the Midwest Run the full sales cycle from first call to close "
            "Build pipeline through outbound calls and emails",
            ["Own a book of 150 restaurant groups across the Midwest", "Run the full sales cycle from first call to close",
             "Build pipeline through outbound calls and emails"],
        ),
        # a run of names, an acronym, and a name's noun before 'and' are no item's end
        (
            "Insert all DFT logic - boundary scan, scan chains, TAP controller, Clock Control block, and other DFT IP "
            "blocks for every chip we ship this year",
            ["Insert all DFT logic - boundary scan, scan chains, TAP controller, Clock Control block, and other DFT IP "
             "blocks for every chip we ship this year"],
        ),
        (
            "Make sure all mine plans comply with the Mine Health and Safety Act and the mine's own standards at all "
            "times of the year",
            ["Make sure all mine plans comply with the Mine Health and Safety Act and the mine's own standards at all "
             "times of the year"],
        ),
    ],
    ids=["duty-verb-after-a-name", "run-of-names", "a-names-noun-before-and"],
)
def test_in_a_dump_a_duty_verb_after_a_one_word_name_opens_an_item(text: str, expected: list[str]) -> None:
    spans = split_items(text, 0, len(text), R, default_rules(), dump=True)
    assert [text[s:e].strip() for s, e in spans] == expected


def test_a_contact_block_and_a_forms_answers_are_no_items() -> None:
    text = (
        "Deputy Clerk\n\nRequirements\n- A high school diploma\n- Two years of customer service\n\nQuestions\n01\n"
        "Do you have a high school diploma or equivalent?\nYes\nNo\n02\nHow many years of clerical experience do you "
        "have?\nLess than 2 years\n2 - 4 years\nMore than 4 years\n\nBenefits\n- Twelve paid holidays\n- Free parking\n"
        "Address\n218 Courthouse Square\nPhone\n(985) 555-0143\nWebsite\nhttps://www.parishclerk.example\n"
    )
    posting = jobx.extract(text)
    assert [item.text for item in posting.minimum_qualifications] == [
        "A high school diploma",
        "Two years of customer service",
    ]
    assert [item.text for item in posting.benefits][:2] == ["Twelve paid holidays", "Free parking"]
    assert not {"Address", "Phone", "Website", "(985) 555-0143", "https://www.parishclerk.example"} & {
        item.text for item in posting.benefits
    }


@pytest.mark.parametrize("line", ["Phone and laptop", "Telemetry or step-down experience", "38/36.25 hour work week"])
def test_a_perk_or_requirement_that_opens_like_a_contact_detail_is_kept(line: str) -> None:
    posting = jobx.extract(f"Engineer\n\nBenefits\n- {line}\n- Free parking\n")
    assert line in [item.text for item in posting.benefits]


def test_in_a_dump_a_names_number_does_not_end_an_item() -> None:
    text = (
        "A GrowSafe certificate, or willingness to get one Bonus if you have AI experience or a Level 3 Agriculture "
        "certificate. "
    )
    spans = split_items(text, 0, len(text), MIN, default_rules(), dump=True)
    assert [text[s:e].strip() for s, e in spans][-1] == (
        "Bonus if you have AI experience or a Level 3 Agriculture certificate."
    )


def test_a_dump_s_dashes_glued_to_the_words_before_them_part_items() -> None:
    posting = jobx.extract(
        "Cleaner Brightwater Cleaning is a family business and we need a reliable evening cleaner to join our crew of 9."
        "WHAT THE JOB INVOLVES:- vacuuming and mopping all floors- cleaning and restocking kitchens and bathrooms"
        "- emptying bins and taking out recycling YOU MUST HAVE:- at least 6 months cleaning experience (commercial "
        "counts)- your own reliable car and licence- a smartphone so you can clock on and off"
        " WHAT YOU GET: Award rates, super paid on time, all uniforms supplied. " + "Apply through the site. " * 12
    )
    assert [i.text for i in posting.responsibilities] == [
        "vacuuming and mopping all floors", "cleaning and restocking kitchens and bathrooms",
        "emptying bins and taking out recycling",
    ]
    assert len(posting.minimum_qualifications) == 3
    # a word's part left for a joining word to finish is no item's end
    german = jobx.extract("Berater\n\nAufgaben\n- Du berätst Kunden bei Digitalisierungs- und Transformations-Vorhaben\n")
    assert [i.text for i in german.responsibilities] == ["Du berätst Kunden bei Digitalisierungs- und Transformations-Vorhaben"]


def test_a_japanese_dump_s_section_marks_and_dots_start_lines_and_items() -> None:
    posting = jobx.extract(
        "メインコンテンツへスキップ 求人検索 法人営業 株式会社清流 月給 25万円 正社員 応募する 保存 "
        "■仕事内容オフィス向けにウォーターサーバーを提案する法人営業です。・新規開拓のテレアポと訪問（1日3～4件）"
        "・既存顧客への追加提案と契約更新・見積書と契約書の作成■応募資格【必須】・社会人経験2年以上（業種不問）"
        "・基本的なPC操作ができる方■待遇・福利厚生・昇給年1回（4月）・交通費全額支給・社会保険完備 " + "求人を報告する " * 60
    )
    assert [i.text for i in posting.responsibilities][-3:] == [
        "新規開拓のテレアポと訪問（1日3～4件）", "既存顧客への追加提案と契約更新", "見積書と契約書の作成"
    ]
    assert "交通費全額支給" in [i.text for i in posting.benefits]


def test_a_paragraph_of_duties_under_a_heading_no_rule_names_is_the_duties() -> None:
    text = (
        "Accounts Payable Officer\n\n## Your new role\n\nAs the Accounts Payable Officer you will look after the AP "
        "function for three entities. You will process supplier invoices and match them to purchase orders. You'll "
        "chase site supervisors for approvals. You will prepare the weekly EFT payment run.\n\n"
        "## Our story so far\n\nWe started in 2001. You will like our office.\n\n"
        "## What you'll need to succeed\n\nYou will have 2 years of accounts payable experience.\n"
    )
    posting = jobx.extract(text)
    duties = [item.text for item in posting.responsibilities]
    assert duties[1:] == [
        "You will process supplier invoices and match them to purchase orders.",
        "You'll chase site supervisors for approvals.",
        "You will prepare the weekly EFT payment run.",
    ]
    assert not any("like our office" in duty for duty in duties)  # one sentence does not make a list of duties
    assert not any("Your new role" in warning for warning in posting.warnings)  # its text was itemised


def test_perks_named_by_words_of_the_shop_floor_are_perks() -> None:
    # a heading that only a keyword names as perks, over a comma list whose perks are a canteen, a uniform, a
    # gratuity: perks, not the company selling itself
    record = jobx.extract(
        "Graduate Engineer Trainee\n\nResponsibilities\n- Inspect machined parts\n\n"
        "Perks & Facilities (as per company policy):\nSubsidised canteen, company bus from Pimpri, PF and gratuity, "
        "two sets of uniform and safety shoes, and hostel support for the first two months.\n"
    ).to_dict()
    assert record["benefits"][:3] == ["Subsidised canteen", "company bus from Pimpri", "PF and gratuity"]


def test_of_two_lists_of_pluses_and_no_requirements_the_first_is_the_requirements() -> None:
    text = (
        "Graduate Engineer Trainee\n\nResponsibilities\n- Inspect machined parts\n\nDESIRED SKILLS / PROFILE:\n"
        "- Good fundamentals of engineering drawing\n- Working knowledge of MS Excel\n\n"
        "Candidates with the following will be preferred:\n- Certification in GD&T\n- Basic knowledge of AutoCAD\n"
    )
    record = jobx.extract(text).to_dict()
    assert record["minimum_qualifications"] == ["Good fundamentals of engineering drawing", "Working knowledge of MS Excel"]
    assert record["preferred_qualifications"] == ["Certification in GD&T", "Basic knowledge of AutoCAD"]
    # with a list of requirements, both lists of pluses stay pluses
    record = jobx.extract(text.replace("DESIRED SKILLS", "Requirements:\n- A degree\n\nDESIRED SKILLS")).to_dict()
    assert record["minimum_qualifications"] == ["A degree"]


def test_a_labels_heading_owns_its_value_not_the_paragraphs_after_it() -> None:
    text = (
        "Swim Teacher\n\nLocation:\nTownsville QLD\n\nNorthshore Aquatics is a family-owned swim school in Kirwan.\n\n"
        "You will teach small-group lessons to children. You will record each child's level in Swimdesk. "
        "You will give parents quick feedback after class.\n"
    )
    record = jobx.extract(text).to_dict()
    assert record["responsibilities"] == [
        "You will teach small-group lessons to children.",
        "You will record each child's level in Swimdesk.",
        "You will give parents quick feedback after class.",
    ]
    assert record["logistics"]["location"] == "Townsville QLD"
    # one sentence that merely says 'you will' after the label is no list of duties
    one = jobx.extract(text.split("You will teach")[0] + "You'll join the Seller Success team.\n").to_dict()
    assert one["responsibilities"] == []


def test_a_sentence_of_perks_after_the_pluses_names_them_by_the_words_of_other_markets() -> None:
    # a provident fund and a 13th cheque are perks (South Africa, India, Malaysia, ...): the sentence is the perks
    text = (
        "Boilermaker\n\nAdvantageous:\n- Coded welder (ASME IX)\n- Own transport\n"
        "We offer market-related salary, provident fund with 7% employer contribution, overtime paid at 1.5x, "
        "annual bonus (13th cheque), and PPE supplied.\n"
    )
    record = jobx.extract(text).to_dict()
    assert record["preferred_qualifications"] == ["Coded welder (ASME IX)", "Own transport"]
    assert "provident fund with 7% employer contribution" in record["benefits"]


def test_a_posting_whose_headings_name_only_its_terms_states_its_lists_in_prose() -> None:
    # the only heading is a label ('Where'): the prose below is read as a posting without headings is
    text = (
        "Swim Teacher\n\nWhere\nTownsville QLD\n\nNorthshore Aquatics is a family-owned swim school in Kirwan. "
        "You'll teach small-group lessons to children. You'll record each child's level in Swimdesk.\n\n"
        "You must hold a current CPR certificate.\n"
    )
    record = jobx.extract(text).to_dict()
    assert record["responsibilities"] == [
        "You'll teach small-group lessons to children.",
        "You'll record each child's level in Swimdesk.",
    ]
    assert record["minimum_qualifications"] == ["You must hold a current CPR certificate."]


def test_a_short_sentence_of_two_perks_joined_by_and_is_two_perks() -> None:
    text = (
        "Tenancy Officer\n\nWhat's in it for you\nHybrid working from our Lenton office. Cycle to work scheme and free "
        "parking at Lenton. Medical and dental insurance. Our staff reflects the culturally and ethnically diverse "
        "community we serve.\n"
    )
    record = jobx.extract(text).to_dict()
    assert "Cycle to work scheme" in record["benefits"] and "free parking at Lenton." in record["benefits"]
    assert "Medical and dental insurance." in record["benefits"]  # one word before 'and': one perk
    assert not any(item.startswith("ethnically") for item in record["benefits"])  # a clause, not perks


def test_a_headless_list_of_accreditations_and_availability_is_the_requirements() -> None:
    # no heading names the list: its words say what it asks for (an accreditation, eligibility, availability)
    text = (
        "Swim Teacher\n\n**Northshore Aquatics**\n\nWe teach Townsville kids to swim.\n\n"
        "- AUSTSWIM Teacher of Swimming accreditation, or be willing to complete it\n"
        "- Current CPR certificate (HLTAID009)\n- A Blue Card or eligibility to apply for one\n"
        "- Availability for three weekday afternoon shifts\n- Clear, patient communication with children\n"
    )
    record = jobx.extract(text).to_dict()
    required = record["minimum_qualifications"]
    assert "AUSTSWIM Teacher of Swimming accreditation, or be willing to complete it" in required
    assert "Availability for three weekday afternoon shifts" in required


def test_a_person_specifications_essential_and_desirable_marks_place_its_rows() -> None:
    # a PDF's table as text: each criterion, then its E/D mark and how it is assessed, in columns
    text = (
        "Collections Officer\n\nPURPOSE OF THE JOB\nTo catalogue the collections.\n\nPERSON SPECIFICATION\n\n"
        "   Criteria                                                    E/D    Assessed\n\n"
        "   Qualifications and knowledge\n"
        "   Degree in museum studies, history or a related subject       E      A\n"
        "   Postgraduate qualification in museum studies                  D      A\n"
        "   Working knowledge of the Spectrum standard                    E      A/I\n\n"
        "   Skills\n"
        "   Basic object photography                                      D      T\n"
        "   Accurate, methodical approach and attention to detail         E      T\n\n"
        "   Print   Email   LinkedIn   X\n"
    )
    record = jobx.extract(text).to_dict()
    assert record["minimum_qualifications"] == [
        "Degree in museum studies, history or a related subject",
        "Working knowledge of the Spectrum standard",
        "Accurate, methodical approach and attention to detail",
    ]
    assert record["preferred_qualifications"] == [
        "Postgraduate qualification in museum studies", "Basic object photography"]


def test_a_headless_list_of_field_duties_is_the_duties_by_their_verbs() -> None:
    # the hands-on verbs of outdoor crews and support desks open duties as 'Build' or 'Monitor' do
    text = (
        "Groundworker\n\nWe run a small tree crew.\n\n"
        "- Drag brush and feed the chipper safely\n- Rake and leave every yard clean\n"
        "- Haul green waste to the yard\n- Escalate damaged trees to the climber\n"
    )
    assert jobx.extract(text).to_dict()["responsibilities"] == [
        "Drag brush and feed the chipper safely", "Rake and leave every yard clean",
        "Haul green waste to the yard", "Escalate damaged trees to the climber",
    ]


def test_a_markdown_heading_ends_a_list_that_a_bold_line_named() -> None:
    # '## Also on this week' is a new part of the page, not more perks under '**Pay & perks**'
    text = (
        "# Grain Receival Officer\n\n**Pay & perks**\n\n- Hi-vis and PPE supplied\n- Free site induction\n\n"
        "## Also on this week\n\n- Header driver | Bruce Rock | Casual | $42/hr\n- Diesel fitter | Merredin | Full time\n"
    )
    assert jobx.extract(text).to_dict()["benefits"] == ["Hi-vis and PPE supplied", "Free site induction"]


def test_an_ordinal_after_a_number_is_no_item_number() -> None:
    # '12.º ano' is the twelfth school year (º is a letter of its own class, as a Chinese character is)
    posting = jobx.extract(
        "Perfil\nPerfil pretendido: 12.º ano ou curso profissional; experiência mínima de 3 anos; carta de condução.\n"
    )
    assert [item.text for item in posting.minimum_qualifications][0].startswith("12.º ano")


def test_icons_before_amounts_and_counted_words_bullet_a_run_of_perks() -> None:
    posting = jobx.extract(
        "Perks\n💰 Competitive salary and ESOPs 🏖️ 24 days of paid leave 📚 ₹50,000 yearly learning budget 🍱 Free lunch\n"
    )
    assert [item.text for item in posting.benefits] == [
        "Competitive salary and ESOPs", "24 days of paid leave", "₹50,000 yearly learning budget", "Free lunch"
    ]


def test_an_icon_before_a_bare_count_is_no_bullet() -> None:
    # a post's reactions: '👍❤️ 47' is a count, not an item
    posting = jobx.extract("Perks\n- Free lunch 👍❤️ 47\n- Parking\n")
    assert [item.text for item in posting.benefits][0].startswith("Free lunch")


def test_a_button_run_into_an_item_s_end_goes_and_the_item_stays() -> None:
    posting = jobx.extract(
        "Requirements\n• Strong PostgreSQL skills\n• Experience with message queues such as Kafka or RabbitMQ Apply Now\n"
        "• Hands-on AWS\n"
    )
    assert [item.text for item in posting.minimum_qualifications] == [
        "Strong PostgreSQL skills", "Experience with message queues such as Kafka or RabbitMQ", "Hands-on AWS"]


def test_the_uk_s_disability_confident_notice_run_into_a_dump_s_last_perk_ends_it() -> None:
    posting = jobx.extract(
        "What you'll get\n• Local Government Pension Scheme • Free uniform • Access to our employee discount scheme "
        "Carse Council is a Disability Confident Leader. We guarantee an interview to disabled applicants.\n"
    )
    assert [item.text for item in posting.benefits][-1] == "Access to our employee discount scheme"


def test_a_lone_letter_no_word_of_the_text_and_a_name_s_number_open_no_item() -> None:
    """In a dump's sentence, 'G' (a licence class: 'g' is no word of the text, 'a' is) does not open an item, nor does
    a qualification's opener after a name's number ('Microsoft 365 Certified'); a sentence may open on an amount."""
    posting = jobx.extract(
        "Service Desk Analyst Kestrel Mutual – Guelph, ON Full-time We look after a busy head office and a team of "
        "adjusters on the road, and we need a patient analyst who writes clear notes. What you need to bring: "
        "Two years in a service desk role. A valid G driver's licence and the ability to travel to our branch "
        "offices. Hands-on work with Windows 11 and Intune. Even better if you've got: Microsoft 365 Certified: "
        "Endpoint Administrator Associate. Basic PowerShell scripting. Why Kestrel: Three weeks' vacation. "
        "$1,000 a year for training. Free parking."
    )
    assert [item.text for item in posting.minimum_qualifications] == [
        "Two years in a service desk role.",
        "A valid G driver's licence and the ability to travel to our branch offices.",
        "Hands-on work with Windows 11 and Intune.",
    ]
    assert [item.text for item in posting.preferred_qualifications][0] == (
        "Microsoft 365 Certified: Endpoint Administrator Associate."
    )
    assert [item.text for item in posting.benefits] == [
        "Three weeks' vacation.", "$1,000 a year for training.", "Free parking."
    ]


def test_a_name_inside_a_run_on_sentence_before_a_comma_and_a_joining_word_opens_no_item() -> None:
    from jobx.items import split_capitals

    text = ("Checking the credit of new trade customers through Experian, and setting their first limits "
            "Placing accounts on stop when they fall behind Move, wrap, and label the returned stock")
    pieces = [text[s:e].strip() for s, e in split_capitals(text, 0, len(text), default_rules())]
    assert pieces == [
        "Checking the credit of new trade customers through Experian, and setting their first limits",
        "Placing accounts on stop when they fall behind",
        "Move, wrap, and label the returned stock",  # (a verb's comma is a list of verbs: an item opens)
    ]


def test_a_page_s_button_alone_on_its_line_states_no_duty() -> None:
    """'Share' opens with a duty verb, but alone on its line it is a page's button: the role's prose holds no
    duty, and no list of duties is made of the buttons under it."""
    text = (
        "Commercial Glazier\nNew Plymouth, NZ\n\nDescription\n\n"
        "We fit out schools, hospitals and offices across Taranaki and need another glazier for a crew of eight.\n\n"
        "Apply to Position\n\nShare\n\nFacebook\n\nLinkedIn\n"
    )
    assert jobx.extract(text).to_dict()["responsibilities"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a list opener's pieces: the modifiers before 'dental and vision coverage' share its noun
            "We also offer medical, dental and vision coverage with 90% of premiums paid, a 401(k) with a 4% match, "
            "20 days of PTO, and a learning budget.",
            ["medical, dental and vision coverage with 90% of premiums paid", "a 401(k) with a 4% match",
             "20 days of PTO", "a learning budget."],
        ),
        (  # the same with a serial comma, a compound before the first modifier, the run last in the list
            "We offer a 401(k) plan, paid holidays, employer-paid medical, dental, and vision coverage.",
            ["a 401(k) plan", "paid holidays", "employer-paid medical, dental, and vision coverage."],
        ),
        (  # a perks line without an opener: '&' joins the modifiers, the head is what follows
            "company truck with fuel card, medical, dental & vision after 60 days, 401(k) with 4% match",
            ["company truck with fuel card", "medical, dental & vision after 60 days", "401(k) with 4% match"],
        ),
        (  # perks that are whole phrases before 'X and Y' stay apart, and so does a capitalised one
            "shift penalties, professional development, shift and locality allowances, free parking",
            ["shift penalties", "professional development", "shift and locality allowances", "free parking"],
        ),
        (
            "Pension, healthcare and free parking, cycle scheme, gym",
            ["Pension", "healthcare and free parking", "cycle scheme", "gym"],
        ),
        (  # a phrase of two plain words before a last ', and ...' is a perk of its own
            "weekly pay, a sign-on bonus, and free parking.",
            ["weekly pay", "a sign-on bonus", "free parking."],
        ),
    ],
)
def test_modifiers_that_share_one_noun_are_one_perk(text: str, expected: list[str]) -> None:
    assert items(text, BEN) == expected


def test_a_perk_s_paragraph_under_its_own_short_title_is_one_perk() -> None:
    text = (
        "Competitive Total Rewards. So much more than a paycheque! Enjoy comprehensive benefits, pension, "
        "on-demand pay and exclusive staff perks.\n"
        "Growth That Meets Your Ambition. Build your skills with education bursaries, tuition support and mentorship.\n"
        "We offer a pension. It is matched up to 5%.\n"
    )
    assert items(text, BEN)[:2] == [
        "Competitive Total Rewards. So much more than a paycheque! Enjoy comprehensive benefits, pension, on-demand "
        "pay and exclusive staff perks.",
        "Growth That Meets Your Ambition. Build your skills with education bursaries, tuition support and mentorship.",
    ]
    assert "We offer a pension. It is matched up to 5%." not in items(text, BEN)  # a sentence is no title


def test_an_application_step_among_the_perks_is_not_split_into_perks() -> None:
    # a scrape's perks paragraph runs on into how to apply: the application sentence is not a comma list of
    # perks, nor is the one-word question before it a perk
    record = jobx.extract(
        "Pearl Farm Technician\n\nWages and benefits\n\nWages of FJ$6.50 per hour plus a harvest bonus, FNPF "
        "contributions, free lunch on work days, accident insurance, and all dive gear provided. Applying? Send your "
        "application letter, CV, copies of dive certificates and a Police Clearance to the Farm Manager.\n"
    ).to_dict()
    assert "free lunch on work days" in record["benefits"]
    assert not any(item.startswith(("Applying", "CV", "copies of", "Send your")) for item in record["benefits"])


@pytest.mark.parametrize(
    "sentence, pluses",
    [
        (
            "It helps a lot if you also speak Spanish or Garifuna, have used SMART or GPS on patrols before, or hold "
            "a Rescue Diver or Medic First Aid certificate.",
            ["speak Spanish or Garifuna", "have used SMART or GPS on patrols before",
             "hold a Rescue Diver or Medic First Aid certificate."],
        ),
        (
            "We would be glad to hear from you even more if you have worked with vinyl ester or epoxy systems, have "
            "built boats to ISO 12215 or for Recreational Craft Directive (RCD) certification, or hold an MCAST award.",
            ["have worked with vinyl ester or epoxy systems",
             "have built boats to ISO 12215 or for Recreational Craft Directive (RCD) certification",
             "hold an MCAST award."],
        ),
    ],
)
def test_a_sentence_of_pluses_after_the_requirements_lists_them_after_its_condition(sentence, pluses) -> None:
    text = f"Ranger\n\n## What you need\n\n* A boat licence\n* Able to swim 400 m\n\n{sentence}\n\n## Benefits\n\n* Meals\n"
    record = jobx.extract(text).to_dict()
    assert record["minimum_qualifications"] == ["A boat licence", "Able to swim 400 m"]
    assert record["preferred_qualifications"] == pluses


def test_a_condition_after_the_requirements_heads_the_pluses_and_o_bullets_are_bullets() -> None:
    # a word processor's 'o' bullets; the line that states the condition stops on 'has': a lead-in
    text = (
        "Laboratory Technician\n\nREQUIREMENTS\n(i) HND in Science Laboratory Technology.\n(ii) Working knowledge of "
        "Microsoft Excel.\n\nIt will be considered a strength if the applicant additionally has\n"
        "o  experience in a laboratory accredited to ISO/IEC 17025\no  some knowledge of SPSS or GenStat\n"
    )
    record = jobx.extract(text).to_dict()
    assert record["minimum_qualifications"] == [
        "HND in Science Laboratory Technology.", "Working knowledge of Microsoft Excel."]
    assert record["preferred_qualifications"] == [
        "experience in a laboratory accredited to ISO/IEC 17025", "some knowledge of SPSS or GenStat"]


def test_a_sentence_of_pluses_set_as_a_condition_on_the_reader_is_split_into_its_clauses() -> None:
    # its paragraph hard-wrapped before a bracket: '... knowledge\n(single-phase ...)' goes on with the line above
    text = (
        "Pool Technician\n\nREQUIREMENTS\n- A clean driving licence\n- Able to lift 60 lbs\n\nWe would also like to "
        "hear from you if you have installed or programmed pool automation, have basic electrical knowledge\n"
        "(single-phase motors and timers), or have worked on commercial pools for hotels or strata.\n"
    )
    record = jobx.extract(text).to_dict()
    assert record["preferred_qualifications"] == [
        "have installed or programmed pool automation", "have basic electrical knowledge (single-phase motors and "
        "timers)", "have worked on commercial pools for hotels or strata."]


def test_a_sentence_that_names_its_perks_before_listing_them_is_the_perks() -> None:
    # no perk word among the perks ('NIS', 'a medical scheme'), but the sentence says they are benefits; the
    # notice's address for applications is no perk
    text = (
        "SHIFT SUPERVISOR\n\nDUTIES\n- Plan the shift's milling schedule\n\nAN ASSET WOULD BE: Experience with Satake "
        "milling equipment; knowledge of GMP.\nSalary will be commensurate with experience. Attractive benefits "
        "include NIS, a medical scheme, a production incentive paid each crop, and uniforms and safety boots.\n"
        "Applications, together with a CV and two references, should be addressed to: The Human Resources Manager, "
        "Canje Milling Company Inc., Berbice, or sent by e-mail, to reach not later than March 19, 2027.\n"
    )
    record = jobx.extract(text).to_dict()
    assert record["benefits"] == [
        "NIS", "a medical scheme", "a production incentive paid each crop", "uniforms and safety boots."]


def test_a_semicolon_glued_to_the_next_items_capital_parts_a_scraped_list() -> None:
    text = (
        "Operador\n\nSuas atividades no dia a dia\nOperar a colhedora de café nas lavouras;Regular varetas e velocidade "
        "da máquina;Fazer o check-list diário;Zelar pelo uso correto dos EPIs.\n"
    )
    record = jobx.extract(text).to_dict()
    assert record["responsibilities"] == [
        "Operar a colhedora de café nas lavouras", "Regular varetas e velocidade da máquina",
        "Fazer o check-list diário", "Zelar pelo uso correto dos EPIs."]


def test_a_duties_section_of_one_sentence_lists_its_clauses() -> None:
    # 'The clerk will file ...': the hire as subject, 'will' and a duty verb; its clauses are the duties
    text = (
        "Legal Clerk\n\nDuties\n\nThe clerk will file documents at the Supreme Court Registry, serve process on parties "
        "in Georgetown, keep the diary of court dates for the attorneys, prepare trial bundles and indexes, and "
        "collect and deliver mail for the Chambers.\n\nRequirements\n\n- A licence\n"
    )
    record = jobx.extract(text).to_dict()
    assert record["responsibilities"] == [
        "The clerk will file documents at the Supreme Court Registry", "serve process on parties in Georgetown",
        "keep the diary of court dates for the attorneys", "prepare trial bundles and indexes",
        "and collect and deliver mail for the Chambers."]  # (the joining 'and' kept, as prose_items keeps it)


def test_a_notice_that_says_what_the_hire_will_be_offered_lists_the_perks() -> None:
    text = (
        "COMMUNITY NUTRITION OFFICER\n\nREQUIREMENTS\n- A Diploma in Human Nutrition\n- Fluency in English\n\n"
        "REMUNERATION AND CONDITIONS\n\nThe successful candidates will be offered a competitive salary, medical cover "
        "for self and up to four dependants, a monthly airtime allowance and 24 working days of annual leave.\n"
    )
    record = jobx.extract(text).to_dict()
    assert record["benefits"] == [
        "a competitive salary", "medical cover for self and up to four dependants", "a monthly airtime allowance",
        "24 working days of annual leave."]


def test_a_perks_sentence_led_by_a_colon_after_the_requirements_is_the_perks() -> None:
    text = (
        "Stevedoring Supervisor\n\nWhat you'll need\n\n- Minimum 5 years on a wharf\n- A current medical\n\n"
        "We look after our people: a housing allowance for Lae-based staff, company transport to every night shift, "
        "a shift allowance of 15%, medical cover for your family and 10% employer superannuation.\n"
    )
    record = jobx.extract(text).to_dict()
    assert record["minimum_qualifications"] == ["Minimum 5 years on a wharf", "A current medical"]
    assert record["benefits"] == [
        "a housing allowance for Lae-based staff", "company transport to every night shift",
        "a shift allowance of 15%", "medical cover for your family", "10% employer superannuation."]


def test_a_line_of_pluses_parted_by_commas_lists_clauses_of_up_to_twelve_words() -> None:
    text = (
        "Comptable fournisseurs\n\nProfil\n- Un BTS comptabilité\n\nSerait un plus :\nune expérience en groupe "
        "multi-sociétés, la connaissance de Yooz ou d'un autre outil de dématérialisation, un anglais courant à l'écrit.\n"
    )
    record = jobx.extract(text).to_dict()
    assert record["preferred_qualifications"] == [
        "une expérience en groupe multi-sociétés", "la connaissance de Yooz ou d'un autre outil de dématérialisation",
        "un anglais courant à l'écrit."]


def test_a_boards_safety_tips_are_no_items() -> None:
    text = (
        "Camp Manager\n\nWhat we offer\n\n- Full board\n- Return flights each rotation\n\nSafety tips\n\n"
        "Never pay anyone to get a job.\nMeet employers in a public place.\n"
    )
    assert jobx.extract(text).to_dict()["benefits"] == ["Full board", "Return flights each rotation"]


def test_a_sentence_of_a_perks_paragraph_that_names_a_perk_is_a_perk() -> None:
    text = (
        "Warehouse Shift Lead\n\nWhat we offer\n\nParking on site is free. We pay into your pension at 5% when you put "
        "in 3%. Our subsidised canteen meals are served through the night. We are proud of our team.\n"
    )
    record = jobx.extract(text).to_dict()
    assert "We pay into your pension at 5% when you put in 3%." in record["benefits"]
    assert "We are proud of our team." not in record["benefits"]


def test_a_perks_sentence_whose_opener_follows_the_hire_and_will_is_split_off_the_terms() -> None:
    # '### Terms' over the post's terms, its last sentence the perks: the opener stands past a sentence's first
    # words, after 'will'
    text = (
        "# Laboratory Technician\n\n### Duties\n- Prepare apparatus for practical lessons\n- Keep the stock register\n\n"
        "### Terms\nThis is a full-time post beginning on 1 September 2027. The successful candidate will receive NIS "
        "contributions, group health insurance after probation, paid vacation leave and free lunch from the canteen.\n"
    )
    posting = jobx.extract(text)
    assert [i.text for i in posting.benefits] == [
        "NIS contributions", "group health insurance after probation", "paid vacation leave",
        "free lunch from the canteen.",
    ]


def test_a_lone_dashed_line_of_perks_is_a_comma_list_and_a_lone_dashed_requirement_stays_whole() -> None:
    # a dash after a run-in heading is the section's one line, not a list of one bullet
    perks = "— Pension 4% matched, 5 weeks annual leave, a day off for your birthday, new laptop\n"
    assert items(perks, BEN) == ["Pension 4% matched", "5 weeks annual leave", "a day off for your birthday", "new laptop"]
    requirement = "- Experience with the following: Kubernetes, Docker, Spark, Flink\n"
    assert items(requirement, MIN) == ["Experience with the following: Kubernetes, Docker, Spark, Flink"]


def test_a_line_of_perks_of_up_to_ten_words_each_is_a_comma_list() -> None:
    line = (
        "salary in EUR (negotiable, based on experience), full board and a private cabin with a sea view, "
        "rotation of 6 weeks on / 2 weeks off, return flights to the nearest airport each rotation, "
        "medical insurance and a performance bonus at the end of each season.\n"
    )
    assert items(line, BEN) == [
        "salary in EUR (negotiable, based on experience)", "full board and a private cabin with a sea view",
        "rotation of 6 weeks on / 2 weeks off", "return flights to the nearest airport each rotation",
        "medical insurance", "a performance bonus at the end of each season.",
    ]


def test_a_markdown_heading_with_a_figure_as_high_as_the_perks_heading_ends_the_perks() -> None:
    text = (
        "# Baker\n\n## What we offer\n\nFixed hours with no nights\n\nFree bread and coffee on shift\n\n"
        "## Apply in 3 steps\n\nStep 1 of 3 – Name _ · Phone _\nStep 2 of 3 – When can you start? ( ) now ( ) later\n"
    )
    assert [i.text for i in jobx.extract(text).benefits] == ["Fixed hours with no nights", "Free bread and coffee on shift"]


def test_a_sub_heading_under_a_requirements_heading_stays_in_the_requirements() -> None:
    text = (
        "# Nurse Technician\n\n## Specific requirements\n\n### Qualifications\n\nA nursing technician's diploma.\n\n"
        "A current registration with the health board.\n\n"
        "### Public or private sector\n\nOne year of service in an emergency unit.\n\n"
        "## Conditions\n\nFixed-term contract until 31 December 2027.\n"
    )
    minimum = [i.text for i in jobx.extract(text).minimum_qualifications]
    assert "One year of service in an emergency unit." in minimum


def test_a_comma_list_of_perks_over_a_paragraph_with_no_blank_line_between_is_a_list() -> None:
    # a page's paragraphs, one line each: the perks' line is a paragraph of its own, not one line of a list
    body = (
        "Varied work on instruments, a small family team, flexible hours with Friday afternoons off, a lunch "
        "allowance, training up to the master's exam.\nThe minimum pay for this post is EUR 2,612 a month. "
        "More is paid for experience.\n"
    )
    assert items(body, BEN)[:5] == [
        "Varied work on instruments", "a small family team", "flexible hours with Friday afternoons off",
        "a lunch allowance", "training up to the master's exam.",
    ]


def test_a_colon_heading_of_no_kind_right_under_an_empty_list_heading_is_part_of_that_list() -> None:
    text = (
        "Chauffeur\n\nConcrètement, vous allez\n- charger et décharger la semi-remorque\n- livrer les clients\n\n"
        "Profil du candidat\nVotre bagage :\n· permis C+E en ordre ;\n· carte conducteur pour tachygraphe ;\n"
        "· bonne connaissance de la région.\n"
    )
    minimum = [i.text for i in jobx.extract(text).minimum_qualifications]
    assert minimum == ["permis C+E en ordre", "carte conducteur pour tachygraphe", "bonne connaissance de la région."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("a basic ADR certificate, experience delivering drinks and some knowledge of Dutch.",
         ["a basic ADR certificate", "experience delivering drinks", "some knowledge of Dutch."]),
        ("Python, Go and Java", ["Python, Go and Java"]),
        ("Experience with Python, Go and Java", ["Experience with Python, Go and Java"]),
    ],
)
def test_a_pluses_section_s_one_line_of_three_lower_case_phrases_is_three_pluses(line, expected) -> None:
    assert items(line + "\n", SectionKind.PREFERRED) == expected


def test_a_short_line_set_apart_over_a_list_of_pictographs_heads_it() -> None:
    text = (
        "Dockmaster\n\nWhat you will do\n- Plan berthing for arrivals\n- Keep the fuel dock running\n\n"
        "On top of the salary\n🏠 Housing allowance for the first year\n🩺 Medical insurance for you and your spouse\n"
        "🍽 Staff lunch on every shift\n🌴 21 days' annual leave\n"
    )
    assert [i.text for i in jobx.extract(text).benefits] == [
        "Housing allowance for the first year", "Medical insurance for you and your spouse",
        "Staff lunch on every shift", "21 days' annual leave",
    ]


def test_a_paragraph_under_a_headless_list_does_not_outvote_its_bullets() -> None:
    # 'Bring with you' names no kind: the bullets' words do, and the sentence of pluses below them does not vote
    text = (
        "Dockmaster\n\nWhat you will do\n- Plan berthing for arrivals\n- Keep the fuel dock running\n\n"
        "Bring with you:\n- At least 3 years in a marina or boatyard\n- VHF Short Range Certificate or equivalent\n"
        "- RYA Powerboat Level 2 or an equivalent tender qualification\n- A clean police record\n\n"
        "You'd stand out if you also hold an RYA Yachtmaster Offshore certificate, have\n"
        "worked through a hurricane season in the Caribbean, or speak Spanish, French or\nItalian.\n"
    )
    minimum = [i.text for i in jobx.extract(text).minimum_qualifications]
    assert minimum[:3] == [
        "At least 3 years in a marina or boatyard", "VHF Short Range Certificate or equivalent",
        "RYA Powerboat Level 2 or an equivalent tender qualification",
    ]


def test_a_method_of_applying_is_no_list_of_requirements() -> None:
    text = (
        "Laboratory Technician\n\nREQUIREMENTS\n- A BSc in Chemistry\n- Two years in a soil laboratory\n\n"
        "METHOD OF APPLYING\nApplicants should submit the following:\n1. Application letter\n"
        "2. Copies of certificates and academic transcripts\n"
        "3. Names and addresses of three referees, one of whom must be a former employer\n\n"
        "Applications should be addressed to:\n\nThe Registrar\nP. O. Box 1882, Tamale\n"
    )
    assert [i.text for i in jobx.extract(text).minimum_qualifications] == [
        "A BSc in Chemistry", "Two years in a soil laboratory",
    ]
    headings = find_headings(text, default_rules())
    assert [h.kind_name for h in headings if h.text == "METHOD OF APPLYING"] == ["boilerplate"]


def test_a_meta_line_s_dot_does_not_start_the_duties_list_before_its_intro() -> None:
    body = (
        "Posted 28 January 2027 · Ad no. 412\n\n"
        "Coast Radio is a bilingual community and music station, on air 18 hours a day across\n"
        "the islands and online. We are looking for a lively speaker for the breakfast show.\n\n"
        "- Host the Monday–Friday breakfast show, live\n- Read the news bulletins and the weather\n"
    )
    assert items(body, R) == ["Host the Monday–Friday breakfast show, live", "Read the news bulletins and the weather"]


def test_a_long_markdown_heading_that_names_no_kind_is_a_heading_and_will_have_leads_to_requirements() -> None:
    text = (
        "intro\n\n### ANNOUNCER / PRODUCER WANTED – COAST RADIO 88.4 FM SOUTH\n\nPosted today\n\n"
        "## What you need to know about the Boston Tech Scene today\n\nBoston is home to 5,000 firms.\n\n"
        "**The successful applicant will have:**\n\n1. Completed Form 7\n2. A clear voice\n"
    )
    found = {h.text: h.kind_name for h in find_headings(text, default_rules())}
    assert found.get("ANNOUNCER / PRODUCER WANTED – COAST RADIO 88.4 FM SOUTH", "missing") is None
    assert "What you need to know about the Boston Tech Scene today" not in found
    assert found["The successful applicant will have"] == "minimum_qualifications"


def test_plain_paragraphs_end_at_a_blank_line() -> None:
    from jobx.classify import plain_paragraphs

    text = "7. Computer skills: Microsoft Excel\n\nWe will also look favourably on applicants,\nwho speak Kpelle.\n"
    assert [text[s:e] for s, e in plain_paragraphs(text, 0, len(text))] == [
        "7. Computer skills: Microsoft Excel", "We will also look favourably on applicants,\nwho speak Kpelle.",
    ]


def test_a_sentence_that_would_look_favourably_on_more_after_the_requirements_is_the_pluses() -> None:
    text = (
        "Clinician\n\nProfile we need\n1. A degree in clinical psychology or nursing\n2. Fluent written English\n"
        "3. Computer skills: Microsoft Excel and data entry on tablets\n\n"
        "We will also look favourably on applicants who have used DHIS2 for monthly reporting.\n\n"
        "What the post pays: USD 1,150 a month. The package also includes a transport allowance, medical cover, "
        "24 days of annual leave and a quarterly wellbeing day.\n"
    )
    posting = jobx.extract(text)
    assert [i.text for i in posting.minimum_qualifications][-1] == "Computer skills: Microsoft Excel and data entry on tablets"
    assert posting.preferred_qualifications and "DHIS2" in posting.preferred_qualifications[0].text


@pytest.mark.parametrize(
    "sentence",
    ["Knowledge of Xero would be an asset.", "Experience with GlobalG.A.P. farms will be taken into account."],
)
def test_a_sentence_after_the_requirements_that_counts_something_as_an_asset_is_the_pluses(sentence: str) -> None:
    text = f"Bookkeeper\n\nRequirements\n- Two years of bookkeeping\n- A diploma in accounting\n\n{sentence}\n"
    posting = jobx.extract(text)
    assert [i.text for i in posting.minimum_qualifications] == ["Two years of bookkeeping", "A diploma in accounting"]
    assert [i.text for i in posting.preferred_qualifications] == [sentence]


def test_a_pluses_sentence_under_the_requirements_parts_its_parallel_clauses() -> None:
    # 'look kindly on' names pluses; the clauses that each open with 'who' are the points
    text = (
        "Duties\n- Weigh the leaf\n- Run the dryers\n\nRequirements\n- A diploma in food technology\n- Three years in a "
        "tea factory\n\nWe would also look kindly on applicants who have tasted tea professionally, who have worked "
        "under organic certification, or who can repair a dryer.\n"
    )
    assert [i.text for i in jobx.extract(text).preferred_qualifications] == [
        "who have tasted tea professionally", "who have worked under organic certification", "who can repair a dryer.",
    ]


def test_parallel_pieces_that_open_on_an_article_are_one_sentence() -> None:
    from jobx.items import parallel_clauses
    from jobx.rules import default_rules

    text = "Nous encourageons les femmes, les Autochtones, les minorités visibles et les personnes handicapées."
    assert parallel_clauses(text, 0, len(text), default_rules()) is None
    text = "Applicants who ride, who cook, or who sing."
    spans = parallel_clauses(text, 0, len(text), default_rules())
    assert [text[start:end] for start, end in spans] == ["who ride", "who cook", "who sing."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Candidates living in the district shall be preferred.",
        "Tell us about any kiln work you have done and we will take it into account.",
        "Experience with sheep would be looked on kindly.",
    ],
)
def test_more_ways_of_saying_a_plus_in_prose(sentence: str) -> None:
    text = f"Duties\n- Weigh the leaf\n- Run the dryers\n\nRequirements\n- A diploma\n- Three years in a factory\n\n{sentence}\n"
    assert len(jobx.extract(text).preferred_qualifications) == 1


@pytest.mark.parametrize(
    ("heading", "item"),
    [("Added value", "Experience with DHIS2"), ("**Nog sterker sta je als je:**", "ervaring hebt met implantologie")],
)
def test_more_headings_of_pluses(heading: str, item: str) -> None:
    text = f"Requirements\n- A diploma\n- Three years in a clinic\n{heading}\n- {item}\n- A second plus\n"
    assert [i.text for i in jobx.extract(text).preferred_qualifications][:1] == [item]


def test_among_perks_the_pay_may_lead_a_comma_list_at_length() -> None:
    # the median length of the perks is taken after the pay's long first phrase
    text = (
        "Duties\n- See patients\n- Keep the register\n\nWHAT WE OFFER\nA monthly gross salary according to the Trust's "
        "national salary scale (grade G7), medical cover for the staff member and up to four dependants, 21 working "
        "days of annual leave and a rest break every eight weeks.\n"
    )
    assert [i.text for i in jobx.extract(text).benefits][1:] == [
        "medical cover for the staff member and up to four dependants", "21 working days of annual leave",
        "a rest break every eight weeks.",
    ]


def test_in_a_dump_a_requirement_sentence_of_comma_phrases_is_parted_at_its_commas_not_its_capitals() -> None:
    dump = (
        "Pharmacy Assistant Duties Serve customers at the counter and take payments Keep the shelves stocked and "
        "check expiry dates. Requirements Applicant must be a high school graduate, at least 18 years old, able to "
        "read and write English well, good with numbers, and able to stand for long periods. Must be available to "
        "work Saturdays. What we offer A staff discount and a uniform. " + "Apply at the counter with your CV. " * 6
    )
    assert [i.text for i in jobx.extract(dump).minimum_qualifications][:5] == [
        "Applicant must be a high school graduate", "at least 18 years old", "able to read and write English well",
        "good with numbers", "able to stand for long periods.",
    ]
    # a requirement's examples are no list of phrases
    dump = dump.replace(
        "Applicant must be a high school graduate, at least 18 years old, able to read and write English well, good "
        "with numbers, and able to stand for long periods.",
        "Experience interviewing users for insight on functionality, interface, problems, and usability issues.",
    )
    assert [i.text for i in jobx.extract(dump).minimum_qualifications][0] == (
        "Experience interviewing users for insight on functionality, interface, problems, and usability issues."
    )


def test_a_currency_written_short_does_not_end_a_perk() -> None:
    text = (
        "Duties\n- Inspect the instruments\n- Keep the records\n\nWHAT WE OFFER: a salary of Rs. 65,000 - 85,000 per "
        "month, group life insurance, pick and drop from the city, two bonuses a year.\n"
    )
    assert [i.text for i in jobx.extract(text).benefits][0] == "a salary of Rs. 65,000 - 85,000 per month"


def test_parallel_clauses_may_be_joined_by_the_language_s_joining_word() -> None:
    text = (
        "Tâches\n- Ouvrir les dossiers\n- Préparer les actes\n\nExigences\n- DEC en techniques juridiques\n- Deux ans "
        "d'expérience\n\nCe serait un atout si vous connaissez le logiciel Para-Notaire, si vous avez de l'expérience "
        "en succession ou si vous êtes à l'aise en anglais.\n"
    )
    assert [i.text for i in jobx.extract(text).preferred_qualifications] == [
        "si vous connaissez le logiciel Para-Notaire", "si vous avez de l'expérience en succession",
        "si vous êtes à l'aise en anglais.",
    ]


def test_a_dump_s_spaced_bullet_runs_under_headings_no_rule_names_are_read_as_lists() -> None:
    # a page scraped into one line, its bullets kept between spaces, its headings of its own invention: each
    # run is a list under the phrase before it, and a heading run into the end of the item before, closed by
    # a colon or a question mark ('... is a plus Bonus points if you bring: * ...'), starts its own list;
    # capitalised words after an item's last word stay the item's ('... with good English and Samoan * ...')
    dump = (
        "Harbour Lane Oyster Bar is a 60-seat seafood restaurant on Water Street. We serve lunch and dinner six days "
        "a week and cater weddings through the summer. On the line * Run the pass and expedite on busy nights * Lead "
        "a brigade of six cooks and two porters * Break down whole fish and shellfish every morning * Help write the "
        "weekly specials and the seasonal menu In your toolkit: * At least 3 years in a scratch kitchen, with 1 year "
        "as a sous chef * Year 12, with good English and Samoan * A food safety supervisor certificate * Spanish is a plus "
        "Bonus points if you bring: * Culinary school training * Experience with whole-animal butchery * A network "
        "of local growers and fishermen for lobster rolls The good stuff: * Tip share from every service, on top of salary * "
        "Two weeks of paid vacation in January * Family meal before every service How to apply Email your CV to "
        "jobs@harbourlane.example with Sous Chef in the subject line."
    )
    posting = jobx.extract(dump)
    assert [item.text for item in posting.responsibilities][:2] == [
        "Run the pass and expedite on busy nights", "Lead a brigade of six cooks and two porters"]
    assert [item.text for item in posting.minimum_qualifications][1:] == [
        "Year 12, with good English and Samoan", "A food safety supervisor certificate", "Spanish is a plus"]
    assert [item.text for item in posting.preferred_qualifications] == [
        "Culinary school training", "Experience with whole-animal butchery",
        "A network of local growers and fishermen for lobster rolls"]
    assert [item.text for item in posting.benefits] == [
        "Tip share from every service, on top of salary", "Two weeks of paid vacation in January",
        "Family meal before every service"]


def test_a_dump_s_spaced_dashes_part_a_list_under_a_lead_in_but_not_a_header_s_parts() -> None:
    dump = (
        "Fernvale Care, Inc. - Careers Current Openings - Riverside Home - Req #2231 Location: Riverside. We run four "
        "homes for older people and are hiring night carers for our Riverside home this spring. You'll thrive here "
        "if you - Have six months' experience as a carer or support worker - Hold a current First Aid certificate - "
        "Can work nights, weekends and public holidays What we offer - Paid breaks and free meals on shift - A pension "
        "with a 5% employer match - Free parking at every home"
    )
    posting = jobx.extract(dump)
    assert [item.text for item in posting.minimum_qualifications] == [
        "Have six months' experience as a carer or support worker", "Hold a current First Aid certificate",
        "Can work nights, weekends and public holidays"]
    assert [item.text for item in posting.benefits] == [
        "Paid breaks and free meals on shift", "A pension with a 5% employer match", "Free parking at every home"]


def test_a_dump_s_stars_glued_to_the_item_before_part_a_list() -> None:
    dump = (
        "Tautala Fuels Ltd distributes petrol and diesel on both islands. We invite applications for a driver based "
        "at our Vaitele depot. THE PERSON WE SEEK:* Valid heavy vehicle licence (Class 4) with a clean record* At "
        "least 3 years' experience driving trucks* Able to read petroleum measurement tables* Physically fit and able "
        "to climb tanker ladders HOW TO APPLY: Email your CV to careers@tautala.example by Friday 19 March 2027."
    )
    assert [item.text for item in jobx.extract(dump).minimum_qualifications] == [
        "Valid heavy vehicle licence (Class 4) with a clean record", "At least 3 years' experience driving trucks",
        "Able to read petroleum measurement tables", "Physically fit and able to climb tanker ladders"]


def test_a_perks_paragraph_that_lists_after_its_subject_and_verb_is_its_perks() -> None:
    posting = jobx.extract(
        "Camp Cook\n\nTHE PAY AND THE PERKS\nWe pay $31.00 an hour with overtime after 8 hours a day, a $1,200 "
        "completion bonus if you stay the season, return flights from your community, free room and board in camp, "
        "and a laundry trailer with hot water.\n\nHOW TO APPLY\nSend a resume to camps@ridge.example.\n"
    )
    assert [item.text for item in posting.benefits][:4] == [
        "$31.00 an hour with overtime after 8 hours a day", "a $1,200 completion bonus if you stay the season",
        "return flights from your community", "free room and board in camp"]
    # three pieces or fewer are one perk that lists its kinds
    posting = jobx.extract(
        "Engineer\n\nBenefits\nWe pay 100% of employee premiums for medical, dental and vision (80% for dependents).\n"
    )
    assert len(posting.benefits) == 1


def test_in_a_dump_a_run_in_a_keyword_names_after_an_item_s_last_word_heads_its_list() -> None:
    # '... under pressure Extra sparkle: ...': opened by a word that frames nothing, but 'Extra' names the pluses;
    # the shortest such phrase before a colon ('... in a spa Preferred qualifications: ...', not from 'Experience')
    dump = (
        "Villa Host. Our resort on Baa Atoll has 80 villas and a house reef, and we are hiring hosts for the new "
        "season. Your day with our guests: welcome arrivals at the jetty, plan each stay and brief the butlers. "
        "You'll shine here if you: have two years in luxury hospitality, speak fluent English and stay calm under "
        "pressure Extra sparkle: a second language, a diving licence or wine training. Requirements: a hospitality "
        "diploma Experience in a spa Preferred qualifications: experience with private islands. We offer: full "
        "board, return flights and 30 days of leave."
    )
    posting = jobx.extract(dump)
    assert [item.text for item in posting.preferred_qualifications] == [
        "a second language, a diving licence or wine training.", "experience with private islands."]


def test_brackets_beside_a_qualifications_heading_say_which_requirements_it_lists() -> None:
    posting = jobx.extract(
        "VACANCY NOTICE No. 04/2027 APPLICATIONS are invited for the post of FIELD OFFICER on contract. The post is "
        "field-based and involves travel to all villages of the district. 1. QUALIFICATIONS (ESSENTIAL) (a) A "
        "School Certificate with five credits; (b) A Diploma in Agriculture; (c) A valid driving licence. 2. "
        "ADDITIONAL (DESIRABLE) QUALIFICATIONS (a) Knowledge of queen rearing; (b) Computer literacy (MS Word, MS "
        "Excel). 3. SALARY The post carries a monthly salary of Rs 24,750."
    )
    assert [item.text for item in posting.minimum_qualifications] == [
        "A School Certificate with five credits", "A Diploma in Agriculture", "A valid driving licence."]
    assert [item.text for item in posting.preferred_qualifications] == [
        "Knowledge of queen rearing", "Computer literacy (MS Word, MS Excel)."]


def test_in_a_dump_a_heading_in_capitals_after_a_sentence_and_before_a_capitalised_word_opens_a_section() -> None:
    # 'YOUR SHIFT ON THE SAND Keep ...': capitals (short joining words inside) after a sentence, then the list's
    # first word with its capital
    dump = (
        "Sandcastle Cove is a 212-room resort on Seven Mile Beach and we are adding two lifeguards ahead of the "
        "season. YOUR SHIFT ON THE SAND Keep constant watch over your assigned pool or beach zone. Respond to "
        "emergencies in the water and give first aid. Set out and check rescue equipment at the start of each shift. "
        "WHAT YOU NEED Current Red Cross Lifeguard certification. Strong swimmer. WHAT WE OFFER Staff meals on duty."
    )
    posting = jobx.extract(dump)
    assert [item.text for item in posting.responsibilities][0] == (
        "Keep constant watch over your assigned pool or beach zone.")


def test_in_a_dump_a_pluses_sentence_glued_after_the_requirements_plain_items_is_the_pluses() -> None:
    dump = (
        "Greenfield Dairy is hiring a herd manager for its 400-cow farm near Mbarara. We milk twice a day and rear "
        "our own replacements. What you will doManage the milking team of six staffKeep herd health records up to "
        "dateLead calving and calf rearingWhat you needA diploma in animal husbandryThree years on a commercial "
        "dairy farmA valid driving licenceIt would be a bonus if you have used herd software, know artificial "
        "insemination or hold a first aid certificate.What we offerHousing on the farmA motorbike for farm duties"
    )
    posting = jobx.extract(dump)
    assert [item.text for item in posting.minimum_qualifications] == [
        "A diploma in animal husbandry", "Three years on a commercial dairy farm", "A valid driving licence"]
    assert posting.preferred_qualifications[0].text.startswith("It would be a bonus if you have used herd software")


def test_in_a_dump_a_phrase_opening_on_a_strong_keyword_between_two_lists_is_the_next_heading() -> None:
    # '... A valid driving licence Bonus points for Experience with ...': in sentence case, between an item's
    # last word and the next list's capitalised first word, opened by a strong keyword of the pluses
    for phrase in ("Bonus points for", "Good to have", "Ideally, you'll also have", "Even better if you have"):
        dump = (
            "Greenfield Dairy is hiring a herd manager for its 400-cow farm near Mbarara. We milk twice a day and "
            "rear our own replacements, and we sell our milk to the cooperative in town every morning of the year. "
            "What you need A diploma in animal husbandry Three years on a commercial "
            f"dairy farm A valid driving licence {phrase} Experience with milking robots An AI certificate What "
            "we offer Housing on the farm A motorbike for farm duties"
        )
        posting = jobx.extract(dump)
        assert posting.preferred_qualifications[0].text.startswith("Experience with milking robots"), phrase
        assert posting.minimum_qualifications[-1].text.endswith("A valid driving licence"), phrase


def test_in_a_dump_a_short_run_in_opening_on_a_strong_keyword_at_a_glued_line_start_heads_the_pluses() -> None:
    for phrase in ("Desirable but not essential:", "Considered an asset:", "Not required but helpful:"):
        dump = (
            "Greenfield Dairy is hiring a herd manager for its 400-cow farm near Mbarara. We milk twice a day and "
            "rear our own replacements. What you will doManage the milking team of six staffKeep herd health "
            "records up to dateLead calving and calf rearingWhat you needA diploma in animal husbandryThree years on "
            f"a commercial dairy farmA valid driving licence{phrase}Experience with milking robotsAn AI "
            "certificateWhat we offerHousing on the farmA motorbike for farm duties"
        )
        posting = jobx.extract(dump)
        assert [item.text for item in posting.preferred_qualifications] == [
            "Experience with milking robots", "An AI certificate"], phrase


def test_in_a_dump_a_keyword_phrase_may_head_a_list_whose_first_item_opens_on_a_one_letter_word() -> None:
    dump = (
        "Greenfield Dairy is hiring a herd manager for its 400-cow farm near Mbarara. We milk twice a day and rear "
        "our own replacements, and we sell our milk to the cooperative in town every morning of the year, by truck. "
        "The farm has its own feed mill, a biogas plant and forty hectares of irrigated pasture by the river. "
        "What you will do Manage the milking team Lead calving and calf rearing You'll need A diploma in animal husbandry "
        "Three years on a dairy farm What we offer Housing on the farm"
    )
    assert jobx.extract(dump).minimum_qualifications[0].text.startswith("A diploma in animal husbandry")


def test_a_sentence_that_ends_a_section_after_a_perk_whose_stop_was_lost_leaves_the_perk() -> None:
    posting = jobx.extract(
        "Herd Manager\n\nWhat we offer\nHousing on the farm\nA motorbike to ride on the farm\nTwenty days of paid "
        "leave Interested candidates should submit a cover letter and CV to the Farm Manager.\n"
    )
    assert [item.text for item in posting.benefits][-1] == "Twenty days of paid leave"


def test_a_public_notice_s_warning_against_canvassing_is_no_item() -> None:
    posting = jobx.extract(
        "Field Officer\n\nBenefits\n- Housing on the farm\n- Twenty days of paid leave\n"
        "- Canvassing in any form will lead to disqualification\n"
    )
    assert [item.text for item in posting.benefits] == ["Housing on the farm", "Twenty days of paid leave"]


def test_a_dump_s_lettered_list_in_lower_case_parted_by_semicolons_is_its_items() -> None:
    dump = (
        "GOVERNMENT OF SAINT LUCIA VACANCY NOTICE Applications are invited from suitably qualified persons for the "
        "post of Revenue Officer in the Audit Unit of the Inland Revenue Department, Castries. 2. DUTIES ATTACHED TO "
        "THE POST The officer will: (a) plan and conduct desk and field audits; (b) examine books of account and "
        "returns; (c) prepare audit working papers; (d) perform any other related duties. 3. QUALIFICATIONS (i) A "
        "degree in Accounting."
    )
    assert [item.text for item in jobx.extract(dump).responsibilities] == [
        "plan and conduct desk and field audits", "examine books of account and returns",
        "prepare audit working papers", "perform any other related duties."]


def test_a_dump_s_prose_under_its_labels_is_the_role_and_its_duty_sentences_the_duties() -> None:
    dump = (
        "Guest Relations Supervisor  Morne Delice Beach Resort · Grand Anse, Grenada  Apply Now  Job Details  "
        "Position: Guest Relations Supervisor  Location: Grand Anse, Grenada  Job Type: Full Time  Job ID: MDB-0419  "
        "Morne Delice is a 146-room beachfront resort on Grand Anse, popular with honeymooners and divers.  "
        "As Guest Relations Supervisor you will welcome arriving guests and make sure their rooms are ready. You will "
        "lead a team of four guest relations agents across two shifts. You will handle guest complaints on the spot. "
        "You will answer online reviews and track guest satisfaction scores.  Looking after you  - Staff meals on "
        "duty  - Uniforms and laundering  - Transport home after late shifts"
    )
    duties = [item.text for item in jobx.extract(dump).responsibilities]
    assert "You will lead a team of four guest relations agents across two shifts." in duties


def test_free_things_and_accommodation_name_a_list_of_perks_under_a_heading_no_rule_knows() -> None:
    text = (
        "Head of Housekeeping\n\nYour background\n- Two years as a housekeeping supervisor\n- Good English\n\n"
        "Why Ilulissat?\n- Salary DKK 32,000 per month before tax\n- Furnished single room for DKK 1,500 per month\n"
        "- Free flight from Copenhagen and back\n- Staff meals on every shift\n- Shared accommodation close to the hotel\n"
    )
    assert [item.text for item in jobx.extract(text).benefits] == [
        "Salary DKK 32,000 per month before tax",
        "Furnished single room for DKK 1,500 per month",
        "Free flight from Copenhagen and back",
        "Staff meals on every shift",
        "Shared accommodation close to the hotel",
    ]


def test_items_of_a_script_without_case_part_at_a_glued_number_or_a_glued_arrow() -> None:
    text = (
        "복지넷 로그인 회원가입 홈 > 구인구직 > 구인정보 > 상세보기 [제주] 바당아이지역아동센터 생활복지사 채용 공고 "
        "(공고 제2027-03호) 바당아이지역아동센터는 서귀포시 대륜동에 있는 지역아동센터입니다. 아동 30명이 이용하고 있습니다. "
        "■ 주요 업무1. 아동 학습지도 및 숙제 지도2. 급식 지원 및 생활지도3. 프로그램 기획·운영 (문화체험, 바다생태 프로그램 등)"
        "4. 아동 사례관리 및 상담일지 작성5. 후원자 관리 및 행정업무 지원"
        "■ 지원 자격▶ 사회복지사 2급 이상 또는 보육교사 2급 이상 자격 소지자▶ 아동복지시설 근무경력 1년 이상인 자"
        "▶ 아동학대 관련 범죄경력 조회 결과 결격사유가 없는 자"
        "■ 처우 및 복지· 4대보험 가입· 퇴직금 지급· 명절 휴가비 지급■ 접수 방법 : 이메일 접수 (badangai@badangai.example)"
    )
    posting = jobx.extract(text)
    # (after a bracket too: '... 프로그램 등)4. 아동 ...')
    assert [item.text for item in posting.responsibilities] == [
        "아동 학습지도 및 숙제 지도",
        "급식 지원 및 생활지도",
        "프로그램 기획·운영 (문화체험, 바다생태 프로그램 등)",
        "아동 사례관리 및 상담일지 작성",
        "후원자 관리 및 행정업무 지원",
    ]
    assert [item.text for item in posting.minimum_qualifications] == [
        "사회복지사 2급 이상 또는 보육교사 2급 이상 자격 소지자",
        "아동복지시설 근무경력 1년 이상인 자",
        "아동학대 관련 범죄경력 조회 결과 결격사유가 없는 자",
    ]


def test_a_word_processor_s_o_bullets_opening_lines_are_bullets() -> None:
    text = (
        "Protection Officer\n\nWHAT THE POST REQUIRES\n"
        "o University degree in social work, law or a related field\n"
        "o At least three years of experience in protection or case management in a\n  humanitarian setting\n"
        "o Fluency in French and English, written and spoken\n\n"
        "KEY RESPONSIBILITIES\n• Serve members at the counter\n• Process lodgements and transfers\n"
        "o Balance the cash drawer at the end of each day\no Follow the cash-handling limits\n"
        "• Take loan applications\n"
    )
    posting = jobx.extract(text)
    assert [item.text for item in posting.minimum_qualifications] == [
        "University degree in social work, law or a related field",
        "At least three years of experience in protection or case management in a humanitarian setting",
        "Fluency in French and English, written and spoken",
    ]
    assert len(posting.responsibilities) == 5


def test_a_duties_paragraph_s_sentences_opened_by_an_infinitive_are_duties() -> None:
    text = (
        "Mesero bilingüe\nCartagena\n\nFUNCIONES: Recibir y ubicar a los comensales en el salón. Tomar pedidos y "
        "registrarlos en el sistema POS. Servir alimentos y bebidas según los estándares de la casa.\n"
        "REQUISITOS: Mínimo 1 año de experiencia como mesero/a en restaurantes a la carta.\n"
    )
    assert [item.text for item in jobx.extract(text).responsibilities] == [
        "Recibir y ubicar a los comensales en el salón.",
        "Tomar pedidos y registrarlos en el sistema POS.",
        "Servir alimentos y bebidas según los estándares de la casa.",
    ]


def test_a_pluses_sentence_whose_subject_is_a_list_gives_its_points() -> None:
    text = (
        "Nutrition Officer\n\nRequirements\n- Diploma in Nutrition\n- Two years in community work\n\n"
        "Knowledge of Chitumbuka, experience with ODK or CommCare and a valid motorcycle riding licence will give "
        "an applicant an advantage.\n\nBenefits\n- Housing\n"
    )
    assert [item.text for item in jobx.extract(text).preferred_qualifications] == [
        "Knowledge of Chitumbuka", "experience with ODK or CommCare", "a valid motorcycle riding licence"
    ]
