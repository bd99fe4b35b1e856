"""fields: mechanisms for layouts the rules were not tuned on (titles with extra parts, teams named in
prose, deadlines in prose and other languages, a duration that is the job's term and not a requirement's
or a perk's). Snippets written for these tests."""

from __future__ import annotations

import pytest

import jobx


def logistics(text: str) -> dict:
    return jobx.extract(text).to_dict()["logistics"]


def from_markup(page: str, name: str) -> jobx.Posting:
    """The posting read as the CLI reads a file of that name: markdown or HTML made block text first."""
    from jobx.pipeline import extract_decoded
    from jobx.reader import decode, to_block_text

    return extract_decoded(to_block_text(decode(page.encode(), name), name))


DURATIONS = [
    ("a-contract-term", "Overview\nThis is a 9-month contract covering a parental leave.\n", "9-month contract"),
    ("experience-asked-is-no-term", "Requirements\n- 9 months or more of tile-laying experience\n", None),
    ("experience-plus-is-no-term", "Overview\nYou bring 18 months+ in a busy kitchen.\n", None),
    ("months-of-experience-is-no-term", "Overview\nAt least 8 months of welding experience on site.\n", None),
    ("a-certificate-within-is-no-term", "Requirements\n- First aid certificate within 3 months of starting\n", None),
    ("leave-with-a-minimum-is-no-term", "Perks\n- Unlimited vacation with a 3-week minimum\n", None),
    ("a-term-in-brackets-after-the-kind", "Crew Member\nType: Seasonal (12 weeks)\n", "12 weeks"),
    ("temp-to-hire-days", "Picker\nStatus: Part-time, temp-to-hire (60 days)\n", "60 days"),
    ("leave-with-an-apostrophe-is-no-term", "We offer\n- 3 weeks' vacation plus 2 personal days\n", None),
    ("paid-leave-with-an-apostrophe-is-no-term", "Perks\n- 14 weeks’ paid parental leave\n", None),
    # a requirement's time, a perk's, a training period, an age, a payment's date, a roster: no term
    ("a-requirements-least-is-no-term", "Requirements\n- At least 18 months supervising a team\n", None),
    ("including-at-least-is-no-term", "Overview\nTwo years of nursing, including at least 12 months in an ED.\n", None),
    ("leave-words-apart-is-no-term", "Perks\n- 16 weeks of fully paid parental leave\n", None),
    ("time-off-starting-at", "Perks\nPaid time off starting at 2 weeks, uniforms provided.\n", None),
    ("a-nesting-period", "Training\nAfter a 12-week nesting period you move to hybrid working.\n", None),
    ("a-preceptorship", "Overview\nNew nurses join our 12-month preceptorship programme.\n", None),
    ("an-age-range", "Duties\n- Care for a toddler room (18 months to 3 years)\n", None),
    ("paid-at-a-time", "Perks\nSign-on bonus paid at 90 days and at 6 months.\n", None),
    ("a-roster", "Overview\nYou will work a two weeks on / two weeks off rotation.\n", None),
    # a least or a minimum after 'for', 'to', 'a' is the term
    ("commit-to-at-least", "Overview\nYou must commit to at least 3 months long internship period.\n", "at least 3 months"),
    ("a-minimum-internship", "Overview\nBe available for a minimum 12-week internship.\n", "minimum 12-week"),
    # a span alone is a term only in a sentence that names one (term_cues), in any language
    ("a-duty-s-time-is-no-term", "Duties\n- Lead the migration of 40+ clinic sites from MPLS to SD-WAN over the next 18 months.\n", None),
    ("an-orientation-is-no-term", "Overview\nNew graduates are welcome to apply – we offer a 6-week paid orientation with a preceptor.\n", None),
    ("a-reserve-list-is-no-term", "Overview\nA reserve list may be held for a further 12 months.\n", None),
    ("a-requirement-s-time-in-portuguese", "Requisitos\n- Experiência de pelo menos 6 meses no varejo\n", None),
    ("a-requirement-s-time-in-spanish", "Requisitos\n- Experiencia mínima de 6 meses en venta\n", None),
    ("a-term-s-word-in-the-sentence", "Overview\nThe contract runs for 6 months from March.\n", "6 months"),
    ("a-term-s-word-in-dutch", "Aanbod\n- Een contract voor 12 maanden met uitzicht op een vast contract.\n", "12 maanden"),
    ("a-term-s-word-in-french", "Poste\n- Mission de 9 mois au sein du service paie\n", "9 mois"),
    # a duration's label gives a length or a term, not a footer's menu item after 'Terms'
    ("a-footer-s-terms-is-no-term",
     "Cook\nDuties\n- Prep the line\n\nAbout us   Privacy   Terms   Cookie settings   Contact\n", None),
    ("a-label-s-number-word", "Cook\nContract length: two years (renewable)\n", "two years (renewable)"),
    ("a-label-s-term-word", "Fitter\nDURATION: Long-term (ongoing service route)\n", "Long-term (ongoing service route)"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in DURATIONS], ids=[c[0] for c in DURATIONS])
def test_duration(text: str, expected: str | None) -> None:
    assert logistics(text)["duration"] == expected


DEADLINES = [
    ("a-chat-s-bold-around-the-date", "Farm Manager\n\nHow to apply\nSend your CV to jobs@farm.example by *Friday 18th "
     "December 2026*. Only shortlisted candidates will be called.\n", "Friday 18th December 2026"),
    ("markdown-bold-around-the-date", "Cook\n\nTo apply\nEmail your CV by **Monday 11 January 2027** to the head chef.\n",
     "Monday 11 January 2027"),
    ("english-prose-with-a-day-name", "How to apply\nTo apply, send your CV to jobs@example.org by Monday 4 May.\n",
     "Monday 4 May"),
    ("english-until-with-a-year", "Overview\nApplications stay open until 3 March 2027, so take your time.\n",
     "3 March 2027"),
    ("a-date-without-applying-is-no-deadline", "Overview\nThe new depot opens by 3 March 2027.\n", None),
    ("german-bis-zum", "Kontakt\nBitte senden Sie Ihre Bewerbung bis zum 15.03.2027 an uns.\n", "15.03.2027"),
    ("french-jusqu-au", "Candidature\nCandidatures reçues jusqu'au 2 avril 2027.\n", "2 avril 2027"),
    ("portuguese-ate", "Como se candidatar\nInscrições abertas até 05/02/2027.\n", "05/02/2027"),
    ("italian-entro-il", "Come candidarsi\nInvia la tua candidatura entro il 10 marzo 2027.\n", "10 marzo 2027"),
    ("spanish-hasta-el", "Cómo aplicar\nInscripciones hasta el 20 de abril de 2027.\n",
     "20 de abril de 2027"),
    ("label-after-a-full-width-full-stop", "応募方法\n書類選考の上ご連絡します。応募締切：2027年3月15日\n", "2027年3月15日"),
    # a label no list names, a deadline's word in it; a label with a figure in it is a line, not a label
    ("a-label-named-by-its-keyword", "Job Details\nShift: Days\nUnposting Date: 14/01/2027, 11:59:00 PM\n",
     "14/01/2027, 11:59:00 PM"),
    ("a-label-on-its-line", "Overview\nPosting closing date\nJanuary 9, 2027\n", "January 9, 2027"),
    ("spanish-keyword-label", "Detalles\nFecha límite para postular: 12/02/2027\n", "12/02/2027"),
    ("korean-keyword-inside-a-word", "근무조건\n접수마감기한: 2027-01-08\n", "2027-01-08"),
    ("a-line-with-a-date-is-no-label", "Apply\nSend it closing 3 January 2027\nVia our website\n", None),
    ("a-word-of-the-deadline-in-prose-is-no-label", "Overview\nYou manage closing stock counts: weekly.\n", None),
    # a window under its label: its last day
    ("a-window-s-last-day", "Overview\nOpen & closing dates: 12/01/2027 to 12/15/2027\n", "12/15/2027"),
    # closing verbs and 'until at least' as cues of a date in a sentence about applying
    ("a-window-closes-a-day-and-month", "Overview\nThe application window closes 11 Dec; interviews follow.\n",
     "11 Dec"),
    ("until-at-least", "Overview\nWe will accept applications until at least March 2, 2027.\n", "March 2, 2027"),
    ("shortlisting-closes", "Overview\nShortlisting for this role closes Friday 8 January, so reply today.\n",
     "Friday 8 January"),
    ("french-pour-le", "Candidature\nEnvoyez votre CV à rh@atelier.example pour le 12 février 2027 au plus tard.\n",
     "12 février 2027"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in DEADLINES], ids=[c[0] for c in DEADLINES])
def test_deadline(text: str, expected: str | None) -> None:
    assert logistics(text)["deadline"] == expected


def extract(text: str) -> dict:
    return jobx.extract(text).to_dict()


TITLES = [
    ("company-is-hiring-colon-title", "🚀 Fenwick Robotics is hiring: Robotics Technician (Night Shift)\n\nAbout us\nWe build arms.\n",
     "Robotics Technician (Night Shift)"),
    ("title-in-capitals", "WAREHOUSE SUPERVISOR - DAY SHIFT\nOakfield Ltd\n\nResponsibilities\n- Run the dock\n",
     "WAREHOUSE SUPERVISOR - DAY SHIFT"),
    ("a-capitals-line-without-a-job-is-no-title", "GREAT PLACE TO WORK\n\nResponsibilities\n- Run the dock\n", None),
    ("tagged-header-without-title-words", "【急募】経理スタッフ／残業少なめ／土日休み\n\n■仕事内容\n・月次決算\n", "経理スタッフ"),
    ("symbols-before-the-title", "📣 Line Cook\n\nResponsibilities\n- Cook\n", "Line Cook"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TITLES], ids=[c[0] for c in TITLES])
def test_title(text: str, expected: str | None) -> None:
    assert extract(text)["title"] == expected


EMPLOYER_IN_TITLE = [
    ("title-employer-place", "Head Chef – The Salt Loft, Padstow\n\nThe Salt Loft is a harbour restaurant.\n",
     {"title": "Head Chef", "company": "The Salt Loft", "location": "Padstow"}),
    ("employer-not-named-again-stays", "Head Chef – Blue Door Group, Padstow\n\nWe cook fish.\n",
     {"title": "Head Chef – Blue Door Group, Padstow", "company": None, "location": None}),
    ("a-team-and-a-skill-is-no-employer", "Backend Engineer – Payments, Python\n\nPayments moves money.\n",
     {"title": "Backend Engineer – Payments, Python", "location": None}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in EMPLOYER_IN_TITLE], ids=[c[0] for c in EMPLOYER_IN_TITLE])
def test_employer_and_place_after_the_title(text: str, expected: dict) -> None:
    posting = extract(text)
    found = {**posting, **posting["logistics"]}
    assert {key: found[key] for key in expected} == expected


TEAMS_AFTER_A_PHRASE = [
    ("portuguese-time-de", "Descrição\nNosso time de Engenharia de Dados está crescendo e buscamos alguém.\n",
     "Engenharia de Dados"),
    ("german-unseres-teams", "Über die Stelle\nZur Verstärkung unseres Teams Einkauf und Logistik suchen wir Sie.\n",
     "Einkauf und Logistik"),
    ("italian-il-team", "Il ruolo\nIl team Logistica gestisce le spedizioni in tutta Italia.\n", "Logistica"),
    ("a-pronoun-after-the-phrase-is-no-name", "About the role\nThe team The work is varied.\n", None),
]


# A unit named after 'our' (and its words in the other languages), its noun kept with its name; not a unit the
# duties deal with, nor the one that answers questions.
OWN_UNITS = [
    ("our-division-in-any-sentence", "About us\nWe roof schools, and our Commercial Division is adding a foreman.\n",
     "Commercial Division"),
    ("the-expansion-of-our-unit", "About us\nWith the expansion of our Menswear Business Unit we are hiring.\n",
     "Menswear Business Unit"),
    ("our-team-that-answers-questions", "Apply\nQuestions? Call our HR team at 555 0101.\n", None),
    ("our-team-in-lower-case", "About us\nOur sales team is growing fast across the region.\n", None),
    ("french-notre-service", "Le poste\nPour renforcer notre service Après-vente, nous recherchons un technicien.\n",
     "service Après-vente"),
    ("french-au-sein-du-pole", "Le poste\nAu sein de notre pôle Immobilier (6 personnes), vous gérez des dossiers.\n",
     "pôle Immobilier"),
    ("spanish-nuestra-gerencia", "Sobre el puesto\nBuscamos sumar talento a nuestra Gerencia Comercial Norte.\n",
     "Gerencia Comercial Norte"),
    ("spanish-another-department-in-a-duty", "Funciones\n- Colaborar con el departamento de Calidad en los lotes.\n",
     None),
    ("italian-il-proprio-ufficio", "Chi siamo\nRicerchiamo per il proprio Ufficio Acquisti un impiegato.\n",
     "Ufficio Acquisti"),
    ("italian-another-office-in-a-duty", "Attività\n1. segnalare i casi all'ufficio Antifrode;\n", None),
    ("portuguese-nossa-area", "Sobre a vaga\nVenha integrar a nossa área de Logística e Transportes.\n",
     "área de Logística e Transportes"),
    ("polish-zespol", "O projekcie\nZespół Kasy Online rozwija backend sklepu.\n", "Zespół Kasy Online"),
]


# A label that only a word of the place's names: the place when a name opens its value.
PLACE_LABELS = [
    ("based-at", "Details\nSalary: £24,000\nBased at: Hollybank Community Centre, Leeds\n",
     "Hollybank Community Centre, Leeds"),
    ("place-of-posting", "Details\nPlace of posting: Dialysis Unit, Main campus, Salem\n", "Dialysis Unit, Main campus, Salem"),
    ("spanish-centro-de-trabajo", "Datos del puesto\nCentro de trabajo: Polígono Norte, Huesca\n", "Polígono Norte, Huesca"),
    ("a-sentence-after-the-label-is-no-place", "Details\nLocation and hours: This position is flexible.\n", None),
    ("a-sum-after-the-label-is-no-place", "Details\nBase rate: £12.60 an hour\n", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in PLACE_LABELS], ids=[c[0] for c in PLACE_LABELS])
def test_place_label_named_by_its_word(text: str, expected: str | None) -> None:
    assert logistics(text)["location"] == expected


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in OWN_UNITS], ids=[c[0] for c in OWN_UNITS])
def test_own_unit(text: str, expected: str | None) -> None:
    assert extract(text)["team"] == expected


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TEAMS_AFTER_A_PHRASE], ids=[c[0] for c in TEAMS_AFTER_A_PHRASE])
def test_team_named_after_a_phrase(text: str, expected: str | None) -> None:
    assert extract(text)["team"] == expected


SALARIES = [
    ("malaysian-ringgit", "Overview\nBasic pay is RM 3,200 - RM 4,000/month plus service charge.\n", "RM 3,200 - RM 4,000/month"),
    ("indian-rupees-written-rs", "Overview\nWe pay Rs. 18,000 - Rs. 24,000 per month, with PF and ESI.\n",
     "Rs. 18,000 - Rs. 24,000 per month"),
    ("dollar-with-country-letters", "Overview\nThe base salary is CA$98,000 – CA$112,000 a year.\n", "CA$98,000 – CA$112,000 a year"),
    ("australian-dollar-letters", "Overview\nWe pay A$120,000 to A$140,000 per year.\n", "A$120,000 to A$140,000 per year"),
    ("a-zero-amount-is-an-advert", "Try Premium for $0\nOverview\nThe pay is $88,000–$108,000 CAD per year.\n",
     "$88,000–$108,000 CAD per year"),
    ("rupees-in-indian-grouping-not-the-banks-loan-book",
     "Overview\nWe hold a loan book of ₹1.1 lakh crore.\nFixed CTC of ₹9,00,000 – ₹14,00,000 per annum.\n",
     "₹9,00,000 – ₹14,00,000 per annum"),
    ("a-pay-level-letter-is-not-a-label", "Salary: Level A: $98,074 – $105,155 per annum\n",
     "Level A: $98,074 – $105,155 per annum"),
    ("korean-man-won-range-among-perks", "혜택 및 복지\n• 연봉 4,800만 원 ~ 6,200만 원 (경력에 따라 협의)\n• 중식 제공\n",
     "연봉 4,800만 원 ~ 6,200만 원"),
    ("italian-ral-in-euro", "Cosa offriamo\nContratto a tempo indeterminato, RAL tra 28.000 e 32.000 euro.\n",
     "RAL tra 28.000 e 32.000 euro"),
    ("chinese-board-thousands-and-months", "区域运营经理 18-25K·14薪 上海 5-10年 本科\n", "18-25K·14薪"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SALARIES], ids=[c[0] for c in SALARIES])
def test_salary(text: str, expected: str | None) -> None:
    assert logistics(text)["salary"] == expected


PLACES_IN_THE_HEADER = [
    ("place-line-with-its-arrangement-in-brackets", "Data Analyst\nat Fernleaf\nHalifax, Nova Scotia, Canada (Hybrid)\n",
     {"location": "Halifax, Nova Scotia, Canada", "work_arrangement": "Hybrid"}),
    ("region-code-after-a-dash", "Analista Financeiro\nGrão Norte · Curitiba - PR · Presencial · CLT\n",
     {"location": "Curitiba - PR"}),
    ("employer-then-place-with-a-postal-code", "Packer\nCrestline Foods LLC - Reno, NV 89502\n\nWe pack food.\n",
     {"location": "Reno, NV 89502"}),
    ("remote-with-a-country-code-stays-apart", "Backend Engineer\nRemote - US\n", {"location": "US"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in PLACES_IN_THE_HEADER], ids=[c[0] for c in PLACES_IN_THE_HEADER])
def test_place_in_the_header(text: str, expected: dict) -> None:
    found = logistics(text)
    assert {key: found[key] for key in expected} == expected


REMOTE_FROM_WHERE = [
    ("location-label-remote-with-a-region", "Location: Remote (Spain or Portugal)\nAbout the role\n",
     {"location": "Spain or Portugal", "work_arrangement": "Remote (Spain or Portugal)"}),
    ("meta-line-remote-with-a-region", "QA Engineer\n🌍 Remote (EU time zones) · Full-time\n",
     {"location": "EU time zones", "work_arrangement": "Remote (EU time zones)"}),
    ("remote-without-a-region", "Overview\nLocation: Fully remote. We meet twice a year.\n",
     {"location": None, "work_arrangement": "Fully remote"}),
    ("a-place-before-the-arrangement-stays-the-place", "Location: Lyon or Remote (France)\n", {"location": "Lyon"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in REMOTE_FROM_WHERE], ids=[c[0] for c in REMOTE_FROM_WHERE])
def test_remote_from_where(text: str, expected: dict) -> None:
    found = logistics(text)
    assert {key: found[key] for key in expected} == expected


COMPANIES_BESIDE_THE_TITLE = [
    ("employer-in-capitals-named-again", "HOLLOWAY BOROUGH COUNCIL\n\nJOB TITLE: Parks Officer\n\nHolloway parks need care.\n",
     "HOLLOWAY BOROUGH COUNCIL"),
    ("employer-with-legal-form-then-place", "Night Picker\nFernway Distribution Ltd - Swindon, Wiltshire\n\nWe move boxes.\n",
     "Fernway Distribution Ltd"),
    # a name after the title's dash that nothing else names is the place of work when the line below names
    # the employer; alone, it is read as the employer
    ("the-employer-below-over-a-place-of-work-after-the-dash",
     "Front of House Supervisor - Harbour Deck Restaurant\nMarrowby Hill Wines\nTanunda SA\nFull-time\n\n"
     "About us\nMarrowby Hill Wines is a family winery.\n", "Marrowby Hill Wines"),
    ("an-organisation-after-the-dash-alone", "Staff Nurse – Fenwick Community Hospital\n\nWe care.\nDuties\n- Care\n",
     "Fenwick Community Hospital"),
]


def test_a_site_menu_holding_a_label_of_logistics_is_still_above_the_title() -> None:
    text = ("jobsite.example\nFind jobs\nSalary\nTax calculator\nFor employers\n< Back to results\n"
            "Kitchen Porter - Night Shift\nLantern Inn\nLeeds\n\nJob description\nWe need a porter.\n"
            "Responsibilities\n- Wash pots\n")
    assert jobx.extract(text).title == "Kitchen Porter - Night Shift"


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in COMPANIES_BESIDE_THE_TITLE],
                         ids=[c[0] for c in COMPANIES_BESIDE_THE_TITLE])
def test_company_beside_the_title(text: str, expected: str | None) -> None:
    assert extract(text)["company"] == expected


STARTS = [
    ("part-of-a-month", "Overview\nWe would like you to start in late March, after training.\n", "late March"),
    ("mid-month-with-a-year", "Overview\nThe role starts mid-September 2027.\n", "mid-September 2027"),
    ("german-search-from-a-date", "Die Stelle\nFür unser Lager suchen wir zum 01.06.2027 eine Fachkraft (m/w/d).\n",
     "01.06.2027"),
    ("german-deadline-is-no-start", "Bewerbung\nBitte bewerben Sie sich bis zum 01.06.2027.\n", None),
    # a label that only a start's word names: the start when a date opens its value
    ("a-start-word-label-with-a-month", "Details\nCommencement: April 2027\n", "April 2027"),
    ("a-start-word-label-in-a-table", "Details\n| Training starts | 11 January 2027 |\n| Pay | €15 an hour |\n",
     "11 January 2027"),
    ("korean-start-word", "근무조건\nㆍ입사희망일 : 2027년 3월 2일\n", "2027년 3월 2일"),
    ("starting-pay-is-no-start", "Details\nStarting pay: $18.50 an hour\n", None),
    ("a-start-time-is-no-start", "Details\nShift start: 7am\n", None),
    ("a-listed-label-before-a-keyword-one", "Terms\nContract: Permanent, full time Start: May 2027\n", "May 2027"),
    # the date a search or an appointment is for, in the languages' own words
    ("dutch-per-a-date", "Over ons\nOmdat we groeien, zoeken we per 1 maart 2027 een nieuwe collega.\n", "per 1 maart 2027"),
    ("german-ab-a-month", "Über uns\nFür unser Küchenteam suchen wir ab März 2027 Verstärkung.\n", "März 2027"),
    ("french-a-pourvoir-le", "Informations\nPoste à pourvoir le 4 janvier 2027.\n", "le 4 janvier 2027"),
    ("dutch-per-month-is-no-start", "Over ons\nWe zoeken iemand voor 32 uur per week.\n", None),
    ("a-day-name-before-the-date", "Overview\nWe would like someone to start Monday 7th December or sooner.\n",
     "Monday 7th December"),
    ("an-immediate-start", "Overview\nUniform provided. Immediate start available.\n", "Immediate start"),
    ("immediate-joiners-is-a-wish-not-a-start", "Overview\nImmediate joiners preferred.\n", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in STARTS], ids=[c[0] for c in STARTS])
def test_start(text: str, expected: str | None) -> None:
    assert logistics(text)["start"] == expected


FRENCH_HEADERS = [
    ("place-with-a-department-code", "Cariste H/F\nAtelier Brunel\n- CDI\n- Vénissieux (69200), Lyon\n",
     "location", "Vénissieux (69200), Lyon"),
    ("employer-then-place-with-a-code", "Magasinier (H/F)\nDépôt Garance – Bron (69)\n- CDI\n", "location", "Bron (69)"),
    ("heading-title-with-an-unbracketed-marker", "# Responsable d'atelier H/F\nMenuiserie Valtour\n\nMenuiserie Valtour fabrique des portes.\n",
     "company", "Menuiserie Valtour"),
]


@pytest.mark.parametrize(("text", "field", "expected"), [c[1:] for c in FRENCH_HEADERS], ids=[c[0] for c in FRENCH_HEADERS])
def test_french_header(text: str, field: str, expected: str | None) -> None:
    posting = extract(text)
    assert {**posting, **posting["logistics"]}[field] == expected


RATED_HEADERS = [
    ("title-employer-rating-place-pay", "Pharmacy Technician - Days Holloway Health Centre 3.9 out of 5 stars 22 Mill Lane, "
     "Akron, OH 44308 $19.00 - $23.50 an hour - Full-time Holloway Health Centre is a clinic.",
     {"title": "Pharmacy Technician - Days", "company": "Holloway Health Centre", "location": "22 Mill Lane, Akron, OH 44308"}),
    ("no-rating-no-split", "Pharmacy Technician - Days Holloway Health Centre 22 Mill Lane, Akron, OH 44308",
     {"company": None}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in RATED_HEADERS], ids=[c[0] for c in RATED_HEADERS])
def test_rated_header(text: str, expected: dict) -> None:
    posting = extract(text)
    found = {**posting, **posting["logistics"]}
    assert {key: found[key] for key in expected} == expected


ARRANGEMENTS = [
    ("arrangement-opening-a-bracket", "Overview\nYou will work from our Bristol office (hybrid, two days a week at home).\n",
     "hybrid, two days a week at home"),
    ("a-bracket-not-opening-on-an-arrangement", "Overview\nYou will work with our teams (some remote) on launches.\n", None),
    ("a-facts-table-answering-no", "Overview\nRemote job\nNo\nTravel required\nOccasional\n", None),
    # the arrangement as the job's adjective, other adjectives before it, or stated of the role
    ("adjectives-before-the-arrangement", "Overview\nThis is a permanent, on-site position in our Hull depot.\n",
     "on-site"),
    ("an-office-based-role", "Overview\nThe role is office-based four days a week, then one day at home.\n",
     "office-based four days a week, then one day at home"),
    ("a-field-based-job", "Overview\nThe job is field-based: most days are spent at growers' farms.\n", "field-based"),
    ("on-campus", "Overview\nThis is an on-campus post at our Tema campus.\n",
     "on-campus post at our Tema campus"),
    ("work-from-office", "Overview\nLocation: Indore. Work from office, six days a week.\n", "Work from office"),
    ("fully-stated-of-the-role", "Overview\nThis role is 100% on-site at the plant.\n", "100% on-site at the plant"),
    ("an-arrangement-word-not-before-a-job", "Overview\nYou visit on-site clinics across the county.\n", None),
    # a kind-of-job label whose value goes on to the arrangement; a board's stack under a title below its links
    ("the-kind-then-the-arrangement", "Overview\nSchedule: Days\nType: Part-time, 100% on-site\n", "100% on-site"),
    ("the-kind-alone", "Overview\nType: Part-time, 20 hours\n", None),
    ("a-stack-under-links", "Orchard Co home page\n\nStore Planner\nDunedin, New Zealand\nPlanning\nFull-time\n"
     "Hybrid\n\nApply for this job\n", "Hybrid"),
    ("a-term-line-apart", "Kierowca kat. C\n6 500 zł brutto\n\nUmowa o pracę\nPełny etat\nPraca stacjonarna\n\nOPIS\n",
     "Praca stacjonarna"),
    ("en-presentiel", "Missions\nLe poste s'exerce en présentiel, au sein de l'atelier.\n", "en présentiel"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in ARRANGEMENTS], ids=[c[0] for c in ARRANGEMENTS])
def test_arrangement(text: str, expected: str | None) -> None:
    assert logistics(text)["work_arrangement"] == expected


def test_the_title_is_the_line_above_a_line_of_terms_when_no_title_word_names_it() -> None:
    text = ("Home > Offerte di lavoro > Bologna\n\nLiquidatore Sinistri Auto Junior\nMutua Collina Assicurazioni S.p.A.\n"
            "Bologna (BO) · Ibrido · Tempo determinato\n\nChi siamo\nUna compagnia.\n")
    assert jobx.extract(text).title == "Liquidatore Sinistri Auto Junior"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jobberman Nigeria Sign in Jobs > Pharmaceutical > Community Pharmacist Community Pharmacist Ebube Health "
         "Retail Ltd Lagos Full Time NGN 450,000 - 600,000 / month Job Summary Ebube Health is hiring.",
         "Community Pharmacist"),
        ("Home / Jobs / Mining / Mine Planning Engineer Mine Planning Engineer Kgwebo Platinum (Pty) Ltd Rustenburg "
         "Permanent R 68 000 per month Introduction We are looking for a Mine Planning Engineer.",
         "Mine Planning Engineer"),
        # below the page's menu, which normalising parted into lines of their own
        ("Bolsa de EmpleoGobierno Regional\nInicioBuscar ofertas\nIngresar Inicio / Ofertas / Educación / Educador/a "
         "de Párvulos Educador/a de Párvulos Jardín Infantil Los Copihues Código 3381\nTipo de contrato\nIndefinido\n"
         "Descripción\nEl jardín atiende a 80 niños.\n", "Educador/a de Párvulos"),
    ],
)
def test_a_breadcrumbs_last_crumb_that_the_page_repeats_is_the_title(text: str, expected: str) -> None:
    assert jobx.extract(text).title == expected


def test_a_markdown_title_under_a_logo_and_a_row_of_links() -> None:
    page = ("[![Maplestall](https://jobs.example/logo.png)](https://jobs.example)\n\n"
            "[Overview](#overview) · [Application](#application)\n\n# Seller Onboarding Specialist (Bilingual EN/FR)\n\n"
            "## About the role\nYou will onboard sellers.\n")
    assert from_markup(page, "a.md").title == "Seller Onboarding Specialist (Bilingual EN/FR)"


def test_in_a_dump_a_labelled_value_ends_where_boilerplate_begins() -> None:
    text = ("Overview We haul freight across four states and hire drivers who like the open road and long hauls "
            "every week of the year, with a home weekend. Work Location: Joplin depot Harlan Ridge Freight Lines is an "
            "Equal Opportunity Employer. All qualified applicants will receive consideration for employment.")
    assert logistics(text)["location"] == "Joplin depot"


def test_the_employer_is_the_name_a_dump_runs_a_heading_into_and_not_a_term_of_the_job() -> None:
    text = ("Kgwebo Platinum operates two shafts outside Rustenburg. Kgwebo Platinum invests in local skills. "
            "Requirements Overtime is paid after 40 hours. Overtime is paid weekly. Employment Equity Kgwebo Platinum "
            "is an equal opportunity employer.")
    assert jobx.extract(text).company == "Kgwebo Platinum"


def test_a_labelled_title_that_opens_with_a_figure_is_a_count_not_a_title() -> None:
    text = "Camarero de pisos\n\nVacantes: 12\n\nDescripción\nUn hotel en Palma.\n"
    assert jobx.extract(text).title != "12"


def test_a_place_after_a_lead_in_under_its_label() -> None:
    text = "Overview\nWe work on rivers.\n\nLocation\n1 vacancy in the following location:\nSt. Louis, MO\nSalary\n$82,764\n"
    assert logistics(text)["location"] == "St. Louis, MO"


def test_volunteer_work_in_the_text_is_not_the_kind_of_job() -> None:
    text = ("Overview\nWe work on rivers. Experience includes volunteer work and volunteer experience. "
            "Volunteer service counts.\nThe role is full-time.\n")
    assert logistics(text)["employment_type"] == "full-time"


GENDERED_TITLES = [
    ("two-forms-of-one-job", "Programmatore/Programmatrice Python\n\nChi siamo\nUno studio.\n", "Programmatore/Programmatrice Python"),
    ("a-short-feminine-ending", "Camarero/a de sala\n\nQuiénes somos\nUn restaurante.\n", "Camarero/a de sala"),
    ("and-or-is-no-job", "Training and/or Coaching\n\nAbout us\nWe coach.\n", None),
    ("a-middle-dot-writes-both-genders", "Chargé·e de relations donateurs·rices\n\nQui sommes-nous\nUne ONG.\n",
     "Chargé·e de relations donateurs·rices"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in GENDERED_TITLES], ids=[c[0] for c in GENDERED_TITLES])
def test_job_named_in_both_genders(text: str, expected: str | None) -> None:
    assert extract(text)["title"] == expected


DUMP_HEADERS = [
    ("title-arrangement-firm-then-labels", "Data Analyst (SQL) - Remote Quarrybank Ltd Job Type: Full-time Work Location: Remote "
     "(UK) Pay: £40,000 per year Quarrybank makes quarry software for builders and councils.\nMore text.",
     {"title": "Data Analyst (SQL)", "company": "Quarrybank Ltd"}),
    ("gendered-title-firm-with-a-particle", "Operario/a de Almacén - turno de noche Frutas Hermanos del Ebro S.L. Tudela, "
     "Navarra Presencial Publicada hace 2d Salario: 20.000€ - 22.000€ Bruto/año Tipo de contrato: Indefinido\nMás.",
     {"title": "Operario/a de Almacén - turno de noche", "company": "Frutas Hermanos del Ebro S.L."}),
    ("a-short-first-line-is-read-as-a-line", "Data Analyst\nQuarrybank Ltd\n\nAbout us\nWe make software.\n",
     {"title": "Data Analyst", "company": "Quarrybank Ltd"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in DUMP_HEADERS], ids=[c[0] for c in DUMP_HEADERS])
def test_dump_header(text: str, expected: dict) -> None:
    posting = extract(text)
    assert {key: posting[key] for key in expected} == expected


NAMED_AGAIN_HEADERS = [
    ("employer-named-again-then-place", "Deli Assistant - Weekends Harrow Farm Shops Ludlow, Shropshire £11.90 an hour - "
     "Part-time Harrow Farm Shops has sold local produce since 1984 and runs four shops.\nMore.",
     {"title": "Deli Assistant - Weekends", "company": "Harrow Farm Shops", "location": "Ludlow, Shropshire"}),
    ("employer-named-again-then-a-town", "Dependiente/a de caja - Ferretería Olmo Verde Burgos Jornada parcial (20 horas) "
     "Salario 900 € brutos al mes Ferretería Olmo Verde es una cadena de ferreterías familiar.\nMás.",
     {"title": "Dependiente/a de caja", "company": "Ferretería Olmo Verde", "location": "Burgos"}),
    ("one-word-after-the-employer-runs-into-a-name", "Home Jobs Sign in Payroll Officer – Wages & Awards Birchwood "
     "Lane Brisbane, Queensland, Australia Reposted 2 days ago Apply Save Birchwood is a grocer with 40 stores. "
     "Our Wages & Awards team is growing.\nMore.",
     {"location": None}),  # (not 'Birchwood': a null is better than a wrong place)
    ("one-word-after-the-employer-is-a-label", "Jobs Careers Sign in Home › Jobs › School Cook Glenmoor Council "
     "Reference GC00123 Salary £12.40 per hour Hours 25 per week Apply now Glenmoor Council runs 40 school kitchens and "
     "needs a School Cook for the new term.\nMore.",
     {"location": None}),
    ("one-word-after-the-employer-is-a-posted-date", "Inicio Empleos Ingresar Operario/a de Bodega Frigoríficos del Sur "
     "S.A. Publicado hace 3 días Osorno, Los Lagos Presencial Jornada completa Postular Frigoríficos del Sur S.A. "
     "busca un Operario/a de Bodega.\nMás.",
     {"company": "Frigoríficos del Sur S.A.", "location": None}),  # (not 'Publicado')
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in NAMED_AGAIN_HEADERS], ids=[c[0] for c in NAMED_AGAIN_HEADERS])
def test_header_run_into_one_line(text: str, expected: dict) -> None:
    posting = extract(text)
    found = {**posting, **posting["logistics"]}
    assert {key: found[key] for key in expected} == expected


TEAM_SIZES = [
    ("team-of-a-count-ends-the-name", "About the role\nAt Brightloom you'll join the Search Quality team of five engineers.\n", "Search Quality"),
    ("department-of-a-name-goes-on", "About the role\nYou'll join the Department of Health finance team.\n", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TEAM_SIZES], ids=[c[0] for c in TEAM_SIZES])
def test_team_of_a_count(text: str, expected: str | None) -> None:
    assert extract(text)["team"] == expected


TITLE_TERMS_AND_META_EMPLOYERS = [
    ("bracket-of-terms-is-cut", "Payroll Clerk (6-month contract)\nAcme\n\nAbout us\nWe pay people.\n", "title", "Payroll Clerk"),
    ("bracket-of-arrangement-is-cut", "Product Designer (Remote)\n\nAbout us\nWe design.\n", "title", "Product Designer"),
    ("bracket-of-a-subject-stays", "Data Engineer (Search & Ranking)\n\nAbout us\nWe search.\n", "title", "Data Engineer (Search & Ranking)"),
    ("meta-line-first-part-is-the-employer", "Bookkeeper\nPrior & Vane Chartered Accountants · Perth · Hybrid\n\n"
     "Prior & Vane look after farms.\n", "company", "Prior & Vane Chartered Accountants"),
]


@pytest.mark.parametrize(("text", "field", "expected"), [c[1:] for c in TITLE_TERMS_AND_META_EMPLOYERS],
                         ids=[c[0] for c in TITLE_TERMS_AND_META_EMPLOYERS])
def test_title_terms_and_meta_employer(text: str, field: str, expected: str | None) -> None:
    assert extract(text)[field] == expected


LABEL_RUNS_AFTER_THE_TITLE = [
    ("label-run-after-a-title", "Care Assistant - Elm Ward Job Title Care Assistant (Band 3) Location Elmfield Hospital, Derby "
     "Employment Type Permanent Salary £24,000 per annum Job Summary We care for older people on Elm Ward.",
     "title", "Care Assistant (Band 3)"),
    ("a-unit-joined-is-a-team-not-the-employer", "Overview\nAt Elmfield we want you to join the Older Persons Unit.\n",
     "team", "Older Persons"),
]


@pytest.mark.parametrize(("text", "field", "expected"), [c[1:] for c in LABEL_RUNS_AFTER_THE_TITLE],
                         ids=[c[0] for c in LABEL_RUNS_AFTER_THE_TITLE])
def test_label_run_after_the_title(text: str, field: str, expected: str | None) -> None:
    assert extract(text)[field] == expected


PLACE_NOTES = [
    ("arrangement-note-under-the-place", "Line Manager\n\nLocation\nOur office is at 3 Park Row, Leeds.\n"
     "Remote-friendly: two days a week at the desk.\n\nResponsibilities\n- Lead the line\n",
     "Remote-friendly: two days a week at the desk"),
    ("marked-note-under-the-place", "■仕事内容\n・社内システムの運用\n\n■勤務地\n大阪府大阪市北区 本社\n※入社後1か月は出社、その後リモートワーク可\n", "入社後1か月は出社、その後リモートワーク可"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in PLACE_NOTES], ids=[c[0] for c in PLACE_NOTES])
def test_arrangement_note_under_the_place(text: str, expected: str | None) -> None:
    assert logistics(text)["work_arrangement"] == expected


START_AMONG_PERKS = [
    ("immediate-start-among-the-offer", "Funciones\n- Reparar máquinas\n\nOfrecemos\n- Contrato indefinido\n"
     "- Incorporación inmediata\n", "Incorporación inmediata"),
    ("start-month-among-perks", "Responsibilities\n- Build\n\nBenefits\n- Gym\n- Start in September 2027 with a paid week of onboarding\n",
     "September 2027"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in START_AMONG_PERKS], ids=[c[0] for c in START_AMONG_PERKS])
def test_start_among_perks(text: str, expected: str | None) -> None:
    assert logistics(text)["start"] == expected


PROGRAMME_LENGTHS = [
    ("a-graduate-programme-length", "Overview\nJoin us on a two-year graduate programme in Leeds.\n", "two-year"),
    ("an-apprenticeship-length", "Overview\nThis is an 18-month apprenticeship with day release.\n", "18-month"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in PROGRAMME_LENGTHS], ids=[c[0] for c in PROGRAMME_LENGTHS])
def test_programme_length(text: str, expected: str | None) -> None:
    assert logistics(text)["duration"] == expected


RUN_ON_TERMS_AND_PAY_WORDS = [
    ("place-run-into-terms", "Site Engineer\nCardiff, United Kingdom Full time Graduate programme Hybrid\nWe build bridges.\n",
     {"location": "Cardiff, United Kingdom", "work_arrangement": "Hybrid"}),
    ("a-salary-word-before-a-lone-amount-among-perks", "Responsibilities\n- Build\n\nWhat's in it for you\n"
     "- Starting salary of £27,000\n- 25 days holiday\n", {"salary": "£27,000"}),
    ("a-lone-amount-among-perks-is-a-perk", "Responsibilities\n- Build\n\nPerks\n- £500 learning budget\n",
     {"salary": None}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in RUN_ON_TERMS_AND_PAY_WORDS],
                         ids=[c[0] for c in RUN_ON_TERMS_AND_PAY_WORDS])
def test_run_on_terms_and_pay_words(text: str, expected: dict) -> None:
    found = logistics(text)
    assert {key: found[key] for key in expected} == expected


def test_a_label_in_brackets_opens_no_run() -> None:
    text = ("Harbourline Foods 3.9 ★ Stock Controller Hull, UK £28K - £31K (Employer est.) Easy Apply Save Job overview "
            "Job type Full-time Pay £28K - £31K Job description Harbourline Foods makes soup.\nMore.")
    assert extract(text)["company"] != "est.) Easy Apply Save Job overview"


SITES_AND_LABEL_LINES = [
    ("a-heading-line-in-capitals-is-no-place", "Groundworker\n\nOUR CLIENT:\nA builder of roads.\n", {"location": None}),
    ("a-site-near-a-town", "Site Agent\n\nSCHEME: new roundabout and drainage, near Thirsk, North Yorkshire\n",
     {"location": "near Thirsk, North Yorkshire"}),
    ("a-site-label", "Porter\n\nHours: 30 a week\nSite: Mill Road, Thirsk\n", {"location": "Mill Road, Thirsk"}),
    ("a-where-label-with-remote-first", "Engineer\n\n- Where: remote, anywhere in Europe\n- Pay: good\n",
     {"location": "anywhere in Europe", "work_arrangement": "remote"}),
    ("a-contract-label-names-the-kind", "Porter\n\nContract: Fixed term\nHours: 30\n", {"employment_type": "contract"}),
    ("near-in-lower-case-prose-is-no-place", "Analyst\n\nOverview\nYou will build near real-time dashboards.\n",
     {"location": None}),
    ("a-label-value-past-an-abbreviation", "Joiner\n\nTools: own hand tools\nDuration: approx. 9 months, then review\n",
     {"duration": "approx. 9 months, then review"}),
    ("a-label-heading-value-past-an-abbreviation", "Joiner\n\nDURATION: approx. 9 months\nSTART: ASAP\n",
     {"duration": "approx. 9 months"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SITES_AND_LABEL_LINES],
                         ids=[c[0] for c in SITES_AND_LABEL_LINES])
def test_sites_and_label_lines(text: str, expected: dict) -> None:
    found = logistics(text)
    assert {key: found[key] for key in expected} == expected


LONG_HEADER_LINES = [
    ("remote-region-from-a-run-on-header",
     "Support Analyst at Pebblewick Tutors | Remote (Canada) | Contract | $30/hr | Posted 1d ago | 12 applicants "
     "Pebblewick Tutors runs homework clubs for schools in three provinces and is growing fast. You will answer "
     "tickets from teachers. Requirements: patience. Pebblewick Tutors is an equal opportunity employer.",
     {"title": "Support Analyst", "location": "Canada", "work_arrangement": "Remote (Canada)"}),
    ("a-kind-stated-among-the-perks", "Data Engineer\n\nWhat you'll do\n- Build pipelines\n\nPay & perks\n"
     "- Pension\nThis is a permanent, part-time role of 25 hours.\n", {"employment_type": "part-time"}),
    ("a-home-office-stipend-is-a-perk", "Engineer\n\nAbout\nWe build tools.\n\nPerks\n- Home office stipend of $400\n",
     {"work_arrangement": None}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in LONG_HEADER_LINES], ids=[c[0] for c in LONG_HEADER_LINES])
def test_long_header_lines_and_perk_terms(text: str, expected: dict) -> None:
    found = extract(text)
    found.update(found["logistics"])
    assert {key: found[key] for key in expected} == expected


KINDS_AFTER_TENURE = [
    ("permanent-then-part-time", "Clerk\n\nJob type: Permanent, part-time\n", "part-time"),
    ("permanent-alone-is-full-time", "Clerk\n\nJob type: Permanent\n", "full-time"),
    ("unbefristet-then-teilzeit", "Sachbearbeiter (m/w/d)\n\nVertragsart: unbefristet, Teilzeit\n", "part-time"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in KINDS_AFTER_TENURE], ids=[c[0] for c in KINDS_AFTER_TENURE])
def test_hours_after_tenure(text: str, expected: str) -> None:
    assert logistics(text)["employment_type"] == expected


ORGANISATIONS = [
    ("an-organisation-line-above-the-title", "Fenwick Community Hospital\nRef: FCH-22\n\nHealthcare Assistant\n\n"
     "About the role\nYou will support nurses.\n", "Fenwick Community Hospital"),
    ("a-possessive-organisation-line", "St Elwyn's Hospice\n\nCare Assistant\n\nAbout the role\nYou will care.\n",
     "St Elwyn's Hospice"),
    ("an-organisation-line-below-the-title", "Library Assistant\nGrade 3\n\nMarshby Borough Council\n\n"
     "Overview\nYou will run the counter.\n", "Marshby Borough Council"),
    ("an-organisation-after-the-title-dash", "Técnico de Laboratorio – Cooperativa Vinícola del Jalón\n\n"
     "Funciones\n- Analizar muestras\n", "Cooperativa Vinícola del Jalón"),
    ("a-long-trust-name-in-a-one-line-dump", "Porter Job Title Porter Hours Full-time Job Summary Wexbury Valley "
     "Health NHS Trust is looking for a porter to move patients. What will you do? Move patients safely.",
     "Wexbury Valley Health NHS Trust"),
    ("a-legal-form-named-again-without-the-header-word", "Forklift Driver - Days Quayton Haulage Co. Leeds, UK "
     "Job Type Full-time Pay £12 per hour Apply now About Quayton Quayton Haulage Co. moves steel. "
     "Quayton is an equal opportunity employer.", "Quayton Haulage Co."),
    ("an-organisation-then-a-town", "Stationshilfe (m/w/d)\nKlinikum Lindenau gGmbH – Erfurt\nVollzeit | unbefristet\n\n"
     "Ihre Aufgaben:\n• Betten richten\n", "Klinikum Lindenau gGmbH"),
    ("a-name-after-a-heading-run-into-it", "Picker Job Type Full-time Full Job Description Brightwell Parcels is hiring "
     "a picker for our Leeds depot. You will pick orders. Apply today.", "Brightwell Parcels"),
    ("an-organisation-word-alone-names-none", "Cleaner\n\nOverview\nYou will clean the Hospital wards and "
     "follow Trust policy.\n", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in ORGANISATIONS], ids=[c[0] for c in ORGANISATIONS])
def test_organisation_names(text: str, expected: str | None) -> None:
    assert extract(text)["company"] == expected


def test_a_title_with_spanish_particles_keeps_its_words() -> None:
    text = "Técnico de Laboratorio – Cooperativa Vinícola del Jalón\n\nFunciones\n- Analizar muestras\n"
    assert extract(text)["title"] == "Técnico de Laboratorio"


STACKED_HEADERS = [
    ("terms-stacked-under-the-title", "Accounts Clerk\nHull\nFinance Operations\nFull-time\nHybrid\n"
     "We keep the books of a ferry company.\n",
     {"location": "Hull", "team": "Finance Operations", "employment_type": "full-time", "work_arrangement": "Hybrid"}),
    ("an-employer-named-again-in-the-stack-is-no-team", "Accounts Clerk\nHull\nMarrow Ferries\nFull-time\n"
     "Marrow Ferries sails to Rotterdam every night.\n", {"location": "Hull", "team": None}),
    ("no-terms-line-no-stack", "Accounts Clerk\nHull\nFinance Operations\nGrowing fast\n"
     "We keep the books of a ferry company.\n", {"team": None}),
    # a stack under a site's name is its menu; a line of the page's phrase names no unit
    ("a-site-s-menu-is-no-stack-of-terms", "Hireboard Scotland\nJobs\nCompanies\nRemote\nCareer Guides\n\n"
     "Accounts Clerk\nWe keep the books of a ferry company.\n", {"team": None}),
    ("a-phrase-in-the-stack-is-no-team", "Accounts Clerk\nHull\nFull-time\nOpen also to applicants with a disability\n"
     "We keep the books of a ferry company.\n", {"employment_type": "full-time", "team": None}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in STACKED_HEADERS], ids=[c[0] for c in STACKED_HEADERS])
def test_terms_stacked_under_the_title(text: str, expected: dict) -> None:
    found = extract(text)
    found.update(found["logistics"])
    assert {key: found[key] for key in expected} == expected


NUMBERED_UNITS = [
    ("a-ward-by-its-number", "Healthcare Assistant\n\nAbout the ward\nWard 12 is a busy surgical ward.\n", "Ward 12"),
    ("a-squad-by-its-number", "Engineer\n\nAbout the role\nYou will sit in Squad 4B with two designers.\n", "Squad 4B"),
    ("a-unit-number-is-an-address", "Picker\n\nAbout the role\nOur depot is at Unit 4, Mill Lane.\n", None),
    ("a-ward-without-a-number-is-none", "Porter\n\nAbout the role\nYou will move patients from ward to ward.\n", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in NUMBERED_UNITS], ids=[c[0] for c in NUMBERED_UNITS])
def test_unit_known_by_its_number(text: str, expected: str | None) -> None:
    assert extract(text)["team"] == expected


PLURAL_LABELS = [
    ("a-plural-label-on-its-own-line", "Porter\n\nJob locations\nAshgrove Hospital, Ashgrove, AG1 2BB\n\nAbout\nWe care.\n",
     "Ashgrove Hospital, Ashgrove, AG1 2BB"),
    ("a-plural-label-with-a-colon", "Porter\n\nJob locations: Ashgrove, Kent\nHours: 37.5\n", "Ashgrove, Kent"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in PLURAL_LABELS], ids=[c[0] for c in PLURAL_LABELS])
def test_plural_labels(text: str, expected: str) -> None:
    assert logistics(text)["location"] == expected


def test_an_organisation_then_a_town_gives_the_town() -> None:
    text = "Stationshilfe (m/w/d)\nKlinikum Lindenau gGmbH – Erfurt\nVollzeit | unbefristet\n\nIhre Aufgaben:\n• Betten richten\n"
    assert logistics(text)["location"] == "Erfurt"


HEADER_SHAPES = [
    ("a-compound-title-word", "Senior Radiotherapist (Band 7)\n\nAbout the role\nYou will plan treatments.\n",
     "title", "Senior Radiotherapist (Band 7)"),
    ("a-german-compound-title-word", "Anlagenmechaniker (m/w/d)\n\nIhre Aufgaben\n- Warten\n",
     "title", "Anlagenmechaniker (m/w/d)"),
    ("a-venue-after-the-title-dash", "Line Cook - The Drover's Arms Tavern\nLocation: Hexham\n\nAbout the role\nYou cook.\n",
     "company", "The Drover's Arms Tavern"),
    ("a-meta-line-place-with-its-arrangement", "Claims Handler\nBrackwater Mutual · Norwich (Hybrid) · Permanent\n\n"
     "The role\nYou will settle claims.\n", "location", "Norwich"),
    ("a-meta-line-arrangement-in-brackets", "Claims Handler\nBrackwater Mutual · Norwich (Hybrid) · Permanent\n\n"
     "The role\nYou will settle claims.\n", "work_arrangement", "Hybrid"),
    ("a-meta-line-name-before-its-place", "Claims Handler\nBrackwater Mutual · Norwich (Hybrid) · Permanent\n\n"
     "The role\nYou will settle claims.\n", "company", "Brackwater Mutual"),
    ("a-two-word-city-before-terms-is-no-employer", "Claims Handler\nKings Lynn · Permanent\n\n"
     "The role\nYou will settle claims.\n", "company", None),
]


@pytest.mark.parametrize(("text", "field", "expected"), [c[1:] for c in HEADER_SHAPES], ids=[c[0] for c in HEADER_SHAPES])
def test_header_shapes(text: str, field: str, expected: str | None) -> None:
    found = extract(text)
    found.update(found["logistics"])
    assert found[field] == expected


NAMES_BESIDE_UNITS_AND_PLACES = [
    ("a-bold-name-on-a-meta-line", "## Product Designer\n**Larchmere Health** · Bristol, UK · Full-time\n\n"
     "### About the role\nYou will design the app.\n", "company", "Larchmere Health"),
    ("a-name-before-team-is-no-employer", "Join the Ledger team at Quillby as a Backend Engineer! You will build APIs. "
     "Apply now.", "company", "Quillby"),
    ("a-name-before-team-is-the-team", "Join the Ledger team at Quillby as a Backend Engineer! You will build APIs. "
     "Apply now.", "team", "Ledger"),
    ("an-organisation-then-its-town", "Teaching Assistant\nSt Petroc's Primary School, Bodmin\n25 hours per week\n\n"
     "About the role\nYou will support pupils.\n", "company", "St Petroc's Primary School"),
    ("the-town-after-an-organisation", "Teaching Assistant\nSt Petroc's Primary School, Bodmin\n25 hours per week\n\n"
     "About the role\nYou will support pupils.\n", "location", "Bodmin"),
]


@pytest.mark.parametrize(("text", "field", "expected"), [c[1:] for c in NAMES_BESIDE_UNITS_AND_PLACES],
                         ids=[c[0] for c in NAMES_BESIDE_UNITS_AND_PLACES])
def test_names_beside_units_and_places(text: str, field: str, expected: str | None) -> None:
    found = extract(text)
    found.update(found["logistics"])
    assert found[field] == expected


ADDRESS_LINES = [
    ("an-employer-then-its-address", "Machine Operator\nGreyhaven Plastics, Unit 3 Tanyard Estate, Leek ST13 5QA\n\n"
     "The role\nYou will run presses.\n", {"company": "Greyhaven Plastics", "location": "Unit 3 Tanyard Estate, Leek ST13 5QA"}),
    ("an-address-alone", "Dental Nurse\n3 Market Place, Thame OX9 2DX\nPart-time\n\nAbout us\nWe are a family practice.\n",
     {"company": None, "location": "3 Market Place, Thame OX9 2DX"}),
    ("a-us-address-with-a-zip-code", "Prep Cook\nSaltmarsh Oyster Bar, 14 Dock St, Mystic, CT 06355\n\nWhat you'll do\n- Shuck\n",
     {"company": "Saltmarsh Oyster Bar", "location": "14 Dock St, Mystic, CT 06355"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in ADDRESS_LINES], ids=[c[0] for c in ADDRESS_LINES])
def test_address_lines_below_the_title(text: str, expected: dict) -> None:
    found = extract(text)
    found.update(found["logistics"])
    assert {key: found[key] for key in expected} == expected


VALUES_ENDED_BY_A_SEPARATOR = [
    ("a-label-value-ends-at-a-bar", "Projektleiter (m/w/d)\nStandort: Halle | Vollzeit | unbefristet\n\nAufgaben\n- Leiten\n",
     {"location": "Halle", "employment_type": "full-time"}),
    ("a-bracket-keeps-its-dash", "Staff Accountant\nMerriwell Partners\nDenver, CO (Hybrid - 2 days in office)\n\n"
     "Responsibilities\n- Close the books\n", {"location": "Denver, CO", "work_arrangement": "Hybrid - 2 days in office"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VALUES_ENDED_BY_A_SEPARATOR],
                         ids=[c[0] for c in VALUES_ENDED_BY_A_SEPARATOR])
def test_values_ended_by_a_separator(text: str, expected: dict) -> None:
    found = logistics(text)
    assert {key: found[key] for key in expected} == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Location: Berlin or remote within the EU. We value diversity.", "remote within the EU"),
        ("Work arrangement: Remote in the UK. Apply by Friday.", "Remote in the UK"),
    ],
    ids=["acronym-then-sentence", "country-code-then-sentence"],
)
def test_a_label_value_ends_at_the_full_stop_after_an_acronym(line: str, expected: str) -> None:
    assert extract(f"Data Engineer\n\n{line}\n\nRequirements\n- SQL\n")["logistics"]["work_arrangement"] == expected


def test_a_bullet_with_a_gender_marker_is_no_title() -> None:
    text = "Ihre Aufgaben:\n- Wartung der Anlagen\nIhr Profil:\n- Abgeschlossene Ausbildung als Mechatroniker (m/w/d)\n"
    assert extract(text)["title"] is None
    assert extract("Wir suchen einen Elektroniker (m/w/d) für unser Team.\n\nIhre Aufgaben:\n- Wartung\n")["title"] == (
        "Elektroniker (m/w/d)")


def test_a_title_and_its_employer_apart_by_a_full_width_bar() -> None:
    text = "【正社員】倉庫管理者候補｜株式会社サンプル運輸\n\n■仕事内容\n・入出荷業務の管理\n"
    result = extract(text)
    assert (result["title"], result["company"]) == ("倉庫管理者候補", "株式会社サンプル運輸")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Data Engineer\n\nWho we are\nGreenLoop is a climate-tech startup.\n\nRequirements\n- SQL\n", "GreenLoop"),
        ("Data Engineer\n\nAbout us\nHarbour Lane Bakery bakes bread for the town.\n\nRequirements\n- SQL\n",
         "Harbour Lane Bakery"),
        ("Data Engineer\n\nAbout us\nWe are a climate-tech startup.\n\nRequirements\n- SQL\n", None),
    ],
    ids=["who-we-are", "about-us-verb", "a-pronoun-names-no-one"],
)
def test_the_name_that_opens_the_company_section_is_the_employer(text: str, expected: str | None) -> None:
    assert extract(text)["company"] == expected


def test_a_facts_table_in_markdown_gives_the_fields() -> None:
    text = (
        "# Data Analyst\n\n| | |\n|---|---|\n| Location | Remote – Ohio or Kentucky |\n"
        "| Target start | March 2, 2027 |\n| Posting closes | December 22, 2026 |\n\n## Requirements\n- SQL\n"
    )
    logistics = jobx.extract(text).logistics
    assert (logistics.location, logistics.work_arrangement, logistics.start) == (
        "Ohio or Kentucky", "Remote", "March 2, 2027")


def test_a_run_of_labels_after_page_chrome_in_a_dump() -> None:
    chrome = "Solliciteren Bewaren Delen Printen Terug naar overzicht Vacaturegegevens "
    text = (f"Docent Biologie | Het Voorbeeld Lyceum | Zwolle {chrome}Plaats Zwolle Dienstverband Vast "
            "Uren 32 uur per week Reageren voor 16 januari 2027 Over ons Wij zijn een school. " * 1)
    result = extract(text)
    assert (result["title"], result["logistics"]["location"]) == ("Docent Biologie", "Zwolle")


def test_a_cookie_banner_above_the_title_is_chrome() -> None:
    text = (
        "Cookies on this site: we use essential cookies to make this site work. Accept all | Reject\n\n"
        "Careers > Operations > York\n\nWarehouse Shift Lead (Nights)\nHarbour Home Supplies\n\n"
        "Location: York\n\nWhat you will do\n- Run the night shift\n"
    )
    assert extract(text)["title"] == "Warehouse Shift Lead (Nights)"


def test_the_employer_on_a_line_of_terms_is_not_the_place() -> None:
    html = (
        '<div class="job"><h1>Customer Service Advisor</h1><p>Brightline Energy · Cardiff · Full time</p>\n'
        "<p><strong>About the role</strong><br>Join our friendly contact centre team.</p>\n"
        "<p><strong>Key responsibilities</strong><br>• Answer inbound calls<br>• Resolve billing queries</p>\n"
        "<p><strong>What we offer</strong><br>• £24,500 per year<br>• Free onsite parking</p></div>\n"
    )
    posting = from_markup(html, "advisor.html")
    assert posting.company == "Brightline Energy"
    assert posting.logistics.location != "Brightline Energy"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the page repeats its last crumb as its heading: the title, even in sentence case
        ("Accueil > Offres d'emploi > Santé > Préparateur en pharmacie H/F\n\nPréparateur en pharmacie H/F\n"
         "Pharmacie du Parc – Nantes\n\nVos missions\n- Délivrer les ordonnances\n", "Préparateur en pharmacie H/F"),
        # the breadcrumb is no title; the heading under it is
        ("Careers home › Nursing › Midwife\n\nMidwife - Birth Centre (Days)\n\nWhat you will do\n- Support births\n",
         "Midwife - Birth Centre (Days)"),
        ("Home  >  Search jobs  >  Ranger (Coastal Parks)\n\nRanger (Coastal Parks)\n\nDepartment of Parks\n\n"
         "About the role\nYou will patrol the coast.\n", "Ranger (Coastal Parks)"),
    ],
)
def test_a_breadcrumb_line_is_not_the_title(text: str, expected: str) -> None:
    assert jobx.extract(text).title == expected


def test_an_html_pages_heading_is_its_title_of_last_resort() -> None:
    page = ("<div><nav><a href='/'>Home</a> / <a href='/vacatures'>Vacatures</a></nav><h1>Beleidsmedewerker "
            "wonen en zorg</h1><p>Gemeente Veldhoven-Oost</p><h2>Wat ga je doen?</h2><ul><li>Je schrijft beleid"
            "</li></ul></div>")
    assert from_markup(page, "a.html").title == "Beleidsmedewerker wonen en zorg"


def test_the_employer_beside_a_place_under_the_title_is_the_company() -> None:
    text = ("Senior Data Analyst\nWoonstichting Het Baken · Zwolle\n\nOver ons\nWoonstichting Het Baken verhuurt "
            "8.000 woningen in Zwolle.\n\nWat ga je doen?\n- Je bouwt dashboards\n")
    assert jobx.extract(text).company == "Woonstichting Het Baken"


def test_the_line_under_an_html_heading_found_last_names_the_company() -> None:
    page = ("<div><h1>Bedrijfsjurist huur en aanbesteding</h1><p>Stichting Wijkzorg Oost · Deventer</p><dl><dt>Uren"
            "</dt><dd>32 uur</dd></dl><p>Stichting Wijkzorg Oost helpt 4.000 ouderen thuis.</p><h2>Wat ga je doen?"
            "</h2><ul><li>Je schrijft contracten</li></ul></div>")
    posting = from_markup(page, "a.html")
    assert (posting.title, posting.company) == ("Bedrijfsjurist huur en aanbesteding", "Stichting Wijkzorg Oost")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Overview\nStart: May 2027. Applications close Friday 18 December 2026 – we may interview early.\n",
         "Friday 18 December 2026"),
        ("Overview\nDeadline of submission: December 15, 2026 or until filled!\n", "December 15, 2026"),
        ("Overview\nAdvertised until\n2026-12-23\n", "2026-12-23"),
        ("Overview\nPosting Close Date: 12/21/2026\n", "12/21/2026"),
    ],
    ids=["ends-at-a-dash", "of-submission-or-until-filled", "job-bank-label-over-its-value", "last-two-words-of-a-label"],
)
def test_deadline_wordings(text: str, expected: str) -> None:
    assert logistics(text)["deadline"] == expected


def test_the_title_is_looked_for_among_lines_that_hold_text() -> None:
    chrome = "Skip to main content\nJobs   Courses   Career advice   Recruiters\nSign in   Register CV\n\n"
    text = chrome + "\n\nHome > Jobs > Engineer jobs\n\nB1 Licensed Aircraft Engineer\nPosted 2 days ago\n\nJob description\nWe fix jets.\n"
    assert jobx.extract(text).title == "B1 Licensed Aircraft Engineer"


def test_a_title_after_a_label_that_names_no_job() -> None:
    assert jobx.extract("Job of the week: Head of Membership & Ticketing\n\nAbout the role\nWe sell tickets.\n").title == (
        "Head of Membership & Ticketing")


def test_a_sites_account_links_are_no_place() -> None:
    text = ("Skip to main content\nJobs   Courses   Recruiters\nSign in   Register CV\n\nAircraft Engineer\n"
            "£52,000 per annum\nCastle Donington, Leicestershire\nPermanent, full-time\n\nJob description\nWe fix jets.\n")
    assert logistics(text)["location"] == "Castle Donington, Leicestershire"
    assert jobx.extract("Registered Nurse\nCastle Hill Hospital\n\nAbout the role\nYou care.\n").title == "Registered Nurse"


def test_a_joining_label_is_the_start_and_no_place() -> None:
    found = logistics("SECOND ENGINEER\n\n📍 Joining: Q1 2027, crew change in Singapore\n💵 Salary: USD 11,200/month\n")
    assert (found["start"], found["location"]) == ("Q1 2027, crew change in Singapore", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbour Ferries Ltd\nFleet Engineering\n\nSecond Engineer Officer\nDepartment: Fleet Engineering\n\n"
         "Duties\n- Keep watch\n", "Harbour Ferries Ltd"),
        ("Bayanihan Crewing Services, Inc.\nNovember 27 at 9:14 AM\n\nSECOND ENGINEER (2/E)\n\nQualifications\n- COC\n",
         "Bayanihan Crewing Services, Inc."),
    ],
    ids=["letterhead", "a-pages-poster"],
)
def test_a_first_line_with_a_legal_form_is_the_employer(text: str, expected: str) -> None:
    assert jobx.extract(text).company == expected


# A scrape that runs its header into one line, the title among the page's chrome: the capitalised run
# ending in a title word that the text names again, but not an organisation's name, not a shorter job
# inside a longer one, and not a word of the prose after the header.
CHROME = (
    " Lyon, France · 3 days ago · 40 applicants Promoted by hirer · Actively reviewing applicants Hybrid "
    "Full-time 51-200 employees · Computer Games Skills: Level Design, Unreal Engine, +6 more See how you compare "
    "to 40 applicants. Try Premium for 0 EUR Easy Apply Save Save "
)
SCRAPED_HEADERS = [
    (
        "chrome-before-the-title",
        "Orchard Row Studios Level Designer" + CHROME + "Level Designer at Orchard Row Studios Meet the hiring "
        "team Ines Roche Talent Partner at Orchard Row Studios Message About the job As Level Designer, you will "
        "shape the missions of our next game. What you will do • Block out levels • Playtest with the leads",
        "Level Designer",
    ),
    (
        "an-organisation-named-of-a-place",
        "Skip to content Harbour Guard of North Devon Current Openings View All Jobs Night Patrol Officer - Company "
        "Van Barnstaple Department Marine Type Full Time Min. Experience Entry Level Apply for this job Description "
        "Every Harbour Guard office is run locally. Harbour Guard of North Devon keeps marinas safe at night. The "
        "Night Patrol Officer walks the pontoons every hour. What you bring • A clean driving licence",
        "Night Patrol Officer",
    ),
    (
        "a-shorter-job-inside-a-longer-one",
        "Skip to content Tullow Build Careers Open Roles Assistant Site Manager" + CHROME + "The Site Manager signs "
        "off each phase before handover. As Assistant Site Manager, you will run the finishing trades. "
        "What you bring • Three years on school or clinic builds",
        "Assistant Site Manager",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SCRAPED_HEADERS], ids=[c[0] for c in SCRAPED_HEADERS])
def test_title_named_again_in_a_scraped_header(text: str, expected: str | None) -> None:
    assert jobx.extract(text).title == expected


# A header line that names a job no title word names, which the prose names as one job: its first part
# where the rest states terms, the whole line where the rest is the job's specialism; and the line under it
# that repeats the title's own words is its department, not the employer.
HEADER_TITLES = [
    (
        "terms-after-the-dash",
        "Skip to main content\nHome > HR Jobs > HR Generalist Jobs\n\nHR Generalist – 12 month FTC\nTrambridge Cycles Ltd\n"
        "Bristol\n\nWe are looking for an HR Generalist to join our People team.\n",
        "HR Generalist",
        None,
    ),
    (
        "a-specialism-after-the-dash",
        "← Back to Job Openings\n\nTax Senior – Private Client & Owner-Managed Businesses\nTax · Cork, County Cork\n"
        "Apply for This Job\nÓ Dálaigh & Partners are Chartered Accountants in Cork. We are hiring a Tax Senior "
        "to join Ó Dálaigh & Partners.\n",
        "Tax Senior – Private Client & Owner-Managed Businesses",
        "Tax",
    ),
]


@pytest.mark.parametrize(
    ("text", "title", "not_company"), [c[1:] for c in HEADER_TITLES], ids=[c[0] for c in HEADER_TITLES]
)
def test_a_header_line_the_prose_names_as_a_job(text: str, title: str | None, not_company: str | None) -> None:
    posting = jobx.extract(text)
    assert posting.title == title
    if not_company:
        assert posting.company != not_company


def test_a_forms_yes_is_no_title() -> None:
    text = "Maintenance Electrician (Shift)\nBluegum Foods (Pty) Ltd\n\nLocation: Durban\nEE Position: Yes\n"
    assert jobx.extract(text).title == "Maintenance Electrician (Shift)"


def test_a_place_the_prose_names_again_is_no_title() -> None:
    from jobx.names import repeated_opening_line

    prose = "Vagas abertas\nUberlândia\nTrabalhe em Uberlândia com a nossa equipe de instalação."
    assert repeated_opening_line(["Vagas abertas", "Uberlândia"], prose) is None
    prose = "Vagas abertas\nInstalador Solar\nTrabalhe em Uberlândia. Buscamos um Instalador Solar."
    assert repeated_opening_line(["Vagas abertas", "Instalador Solar"], prose) == "Instalador Solar"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The role\nThis is a permanent, full-time role, hybrid with two office days a week (Tuesdays and "
            "Thursdays) at our King Street West office.\n",
            "hybrid with two office days a week (Tuesdays and Thursdays) at our King Street West office",
        ),
        (
            "Overview\nHybrid: 3 days from our Baner office, rest from home.\n",
            "Hybrid: 3 days from our Baner office, rest from home",
        ),
    ],
    ids=["days-after-the-word", "a-label-and-its-days"],
)
def test_hybrid_with_its_office_days(text: str, expected: str) -> None:
    assert logistics(text)["work_arrangement"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Account Executive (East)\nFieldnote · New York, NY · Sales\n\nAbout us\nWe sell software.\n", "New York, NY"),
        (
            "Try Premium for $0 Account Executive Shiftwise · Chicago, IL · 1 week ago · 87 applicants Promoted by hirer "
            "· Actively reviewing applicants. About the job Shiftwise builds scheduling software for restaurants and "
            "we are hiring. " * 2,
            "Chicago, IL",
        ),
    ],
    ids=["a-meta-line-without-terms", "a-scrapes-header"],
)
def test_a_place_with_its_region_code_among_a_headers_parts(text: str, expected: str) -> None:
    assert logistics(text)["location"] == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2-year renewable contract, full time", "full-time"),
        ("Fixed term - Full time", "full-time"),
        ("12-month fixed term, renewable", "contract"),
        # a regular post named later is its tenure, not its hours: a contract stays one
        ("契約社員（1年ごとの更新、3年目以降に正社員登用の実績あり）", "contract"),
    ],
    ids=["contract-then-hours", "fixed-term-then-hours", "a-term-alone", "japanese-contract-then-regular"],
)
def test_a_terms_word_gives_way_to_the_hours_after_it(value: str, expected: str) -> None:
    from jobx.logistics import employment_type
    from jobx.rules import default_rules

    assert employment_type(value, default_rules()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Job details\nSalary ₹ 6-9.5 Lacs P.A. | Pune\n", "₹ 6-9.5 Lacs P.A"),
        ("Overview\nCTC: 3.6 - 5.4 Lacs P.A. plus incentives\n", "3.6 - 5.4 Lacs P.A"),
        ("Overview\nPackage ₹ 7,50,000 - 10,00,000 P.A. for the right candidate\n", "₹ 7,50,000 - 10,00,000 P.A"),
        ("Overview\nWe pay PKR 250,000 - 350,000/Month to start.\n", "PKR 250,000 - 350,000"),
        ("Sobre a vaga\nFaixa de R$ 4.200,00 a R$ 5.000,00 por mês\n", "R$ 4.200,00 a R$ 5.000,00"),
        ("Condiciones\nSueldo de $2.350.000 brutos mensuales más comisiones\n", "$2.350.000 brutos mensuales"),
        # a dollar glued to its country's letters, whichever country: Fiji, Namibia, Trinidad and Tobago
        ("Overview\nWages of FJ$6.50 per hour plus a harvest bonus.\n", "FJ$6.50 per hour"),
        ("Overview\nThe post pays N$ 9,800 per month.\n", "N$ 9,800 per month"),
        ("Overview\nSalary: TT$14,500 - TT$17,800 per month\n", "TT$14,500 - TT$17,800 per month"),
    ],
    ids=["lakhs", "lakhs-without-a-sign", "rupees-in-lakh-grouping", "pkr-code", "reais", "pesos", "fiji-dollars",
         "namibia-dollars", "tt-dollars"],
)
def test_pay_in_more_currencies_and_groupings(text: str, expected: str) -> None:
    assert logistics(text)["salary"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Overview\nStart date is flexible, ideally February 2027. Applications close soon.\n", "February 2027"),
        ("Overview\nStart date flexible – ideally February 2027.\n", "February 2027"),
        ("Overview\nThe selected applicant is expected to start on or about January 4, 2027.\n", "January 4, 2027"),
    ],
    ids=["flexible-ideally", "flexible-dash-ideally", "on-or-about"],
)
def test_start_after_a_flexible_or_approximate_word(text: str, expected: str) -> None:
    assert logistics(text)["start"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("How to apply\nThe application must be submitted by 11:59 PM (ET) on 12/15/2026 to be considered.\n", "12/15/2026"),
        ("How to apply\nEmail your CV to jobs@example.org by 5:00 pm on Friday, 18 December 2026.\n",
         "Friday, 18 December 2026"),
        # a day of the month is no time of day
        ("How to apply\nTo apply, email your CV to jobs@example.org by 15 December 2026.\n", "15 December 2026"),
        ("Overview\nApply Before: Dec 20, 2026\n", "Dec 20, 2026"),
    ],
    ids=["a-time-and-on-before-the-date", "a-time-on-a-weekday", "a-day-is-no-time", "apply-before-label"],
)
def test_deadline_after_a_time_of_day(text: str, expected: str) -> None:
    assert logistics(text)["deadline"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Overview\nApply Before: Dec 20, 2026 Apply Now Save Job\n", "Dec 20, 2026"),
        ("Overview\nApplication Deadline: 2026-12-11 Note\n", "2026-12-11"),
        # a time or a note after the date stays
        ("Overview\nClosing date: 15 January 2027, 5pm\n", "15 January 2027, 5pm"),
        ("Overview\nClosing date: Friday 8 January 2027 (midnight)\n", "Friday 8 January 2027 (midnight)"),
    ],
    ids=["a-scrapes-buttons-after-the-date", "a-word-after-the-date", "a-time-after", "a-note-in-brackets"],
)
def test_a_date_labels_value_ends_with_its_date_in_a_scrape(text: str, expected: str) -> None:
    assert logistics(text)["deadline"] == expected


def test_a_sentence_about_the_role_among_the_requirements_gives_the_kind_of_job() -> None:
    text = (
        "Backend Engineer\n\nExtra credit\n- Familiarity with PCI DSS\nHow we work\nThis is a full-time, hybrid role "
        "based in our Austin office. We are not able to sponsor visas.\n"
    )
    assert logistics(text)["employment_type"] == "full-time"
    # a requirement's 'full-time' is what the candidate did, not this job
    assert logistics("Engineer\n\nRequirements\n- Two years of full-time experience\n")["employment_type"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meta line's first part that the text writes as a unit of the employer is the department
        ("Accounts Assistant\n\nFinance  ·  Leicester  ·  Hybrid\n\nAbout us\n"
         "Soar Valley Packaging has made boxes since 1974. Our finance team is small and friendly. "
         "Soar Valley Packaging is an equal opportunity employer.\n",
         "Soar Valley Packaging"),
        ("# Platform Engineer II\n\nEngineering · Denver, CO · Hybrid\n\n| **Department** | Engineering / Platform |\n\n"
         "## Who we are\n\nCopperline Utility Software builds billing software. Copperline Utility Software is "
         "an equal opportunity employer.\n", "Copperline Utility Software"),
        # the town a location label names is not the employer, however often 'at' it
        ("HGV Class 1 Driver\nPosted 2 days ago by Harrowgate Cold Chain Ltd\n\nLocation:    Doncaster, South Yorkshire\n\n"
         "Harrowgate Cold Chain moves chilled food. Join us at Doncaster, where our Doncaster depot runs around the clock. "
         "We are hiring at Doncaster now.\n", "Harrowgate Cold Chain Ltd"),
        # nor the town the posting is found to be in, unlabelled ('based in Koror', 'our shop at Koror')
        ("Pharmacy Assistant\n\nPosted 3 March 2027\n\nKestrel Bay Pharmacy & Variety is hiring. The job is based in "
         "Koror, where our shop at Koror serves the whole island. Staff at Koror work a five-day week.\n\nDuties\n"
         "- Serve customers at the counter\n- Keep stock records\n\nHow to apply\nSend your CV to jobs@kestrel.example "
         "by 20 March 2027. Kestrel Bay Pharmacy & Variety is an equal opportunity employer.\n",
         "Kestrel Bay Pharmacy & Variety"),
    ],
    ids=["finance-team", "department-label", "the-labelled-town", "the-town-found"],
)
def test_a_department_or_a_town_is_not_the_employer(text: str, expected: str) -> None:
    assert jobx.extract(text).company == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date ends before 'or earlier': 'Applications will close on 14/12/2026, or earlier if ...'
        ("Driver\nHOW TO APPLY\nCall the depot. Applications will close on 14/12/2026, or earlier if we fill all "
         "the vacancies.\n", "14/12/2026"),
        # a day written as an ordinal before its month, in a dump whose sentences are glued after a year
        ("Koch Wir bieten 5-Tage-Woche und Trinkgeld. Überzahlung ist selbstverständlich.Bewerbung bis 10. Jänner "
         "2027.Wir freuen uns auf deine Bewerbung über den Button. " + "Landgasthof am See mit Terrasse. " * 12,
         "10. Jänner 2027"),
        # Italian: sending the CV ('Invia il curriculum ... entro il ...')
        ("Receptionist\n\nCome candidarsi\nInvia il curriculum con foto tramite il pulsante entro il 31 gennaio 2027.\n",
         "31 gennaio 2027"),
    ],
    ids=["or-earlier", "ordinal-day-in-a-dump", "italian-curriculum"],
)
def test_deadlines_in_an_application_s_sentence(text: str, expected: str) -> None:
    posting = jobx.extract(text)
    assert posting.logistics.deadline == expected
    assert not any("2027" in item.text or "2026" in item.text for item in posting.minimum_qualifications)


def test_a_label_above_a_heading_has_no_value() -> None:
    posting = jobx.extract(
        "Executive Officer\n\nContents\nLocation\nAbout the job\nBenefits\n\nLocation\nSheffield, Darlington, London\n\n"
        "About the job\nYou will handle complaints.\n"
    )
    assert posting.logistics.location == "Sheffield, Darlington, London"


def test_a_job_type_label_and_a_site_s_name_are_no_title() -> None:
    posting = jobx.extract(
        "Operador de Loja\nSupermercados Boa Praça\n\nRequisitos:\n• Ensino médio completo\n\n"
        "Tipo de vaga: Tempo integral, Efetivo CLT\nPagamento: R$ 1.850,00 por mês\n"
    )
    assert posting.title != "Tempo integral, Efetivo CLT"
    site = jobx.extract(
        "Skip to main content\nLinkedIn\nHome\n\nFeed post\nWe are hiring at LinkedIn speed, say our recruiters. "
        "Join us on LinkedIn.\n\nRequirements\n- Sage 200\n"
    )
    assert site.title != "LinkedIn"


def test_a_site_s_own_name_in_its_rows_of_links_is_not_the_employer() -> None:
    # the board's name opens its menu and closes its footer ('©2026 Indeed · Accessibility at Indeed')
    posting = jobx.extract(
        "Jobfinder · Find jobs · Company reviews · Find salaries · Sign in\n\n# Medical Office Assistant\n\n"
        "Riverside Family Clinic 4.1 ★ 11 reviews\n\nKamloops, BC\n\n## Full job description\n\n"
        "Riverside Family Clinic is a busy practice with eight physicians.\n\n**Requirements:**\n\n"
        "- Medical Office Assistant certificate\n\n©2026 Jobfinder · Accessibility at Jobfinder · Privacy Centre · "
        "Cookies · Terms\n"
    )
    assert posting.company == "Riverside Family Clinic"


def test_about_the_site_in_a_menu_parted_by_wide_gaps_is_no_company_heading() -> None:
    # the site's name and menu above the title take up the header's first lines; the employer stands under it
    posting = jobx.extract(
        "Shiftboard\nFind Jobs    Jobs Near Me    Part Time Jobs    Hiring Now    For Employers    Log in\n\n"
        "Jobs > North Carolina > Asheville > Line Cook\n\nLine Cook - Evenings & Weekends\nBlue Ridge Smokehouse & Tap\n"
        "Asheville, NC 28806\nApply now\n\nAbout us\nBlue Ridge Smokehouse & Tap is a 140-seat barbecue restaurant.\n\n"
        "Requirements\n• A year on a busy line\n\nAbout Shiftboard   Careers   Help Center   Privacy Policy   Terms\n"
    )
    assert posting.company == "Blue Ridge Smokehouse & Tap"


def test_a_table_row_of_jobs_is_not_the_title_s_line() -> None:
    # the title stands past the header's first twelve lines; a row of the table of jobs above holds it too
    posting = jobx.extract(
        "Careers at Quaywise\n\nBadges: Open roles 3 · PRs welcome\n\n> This repo is where we publish every job.\n\n"
        "Quaywise builds scheduling software for container terminals in Singapore and Colombo.\n\nOpen roles\n\n"
        "- Site Reliability Engineer | Platform | Singapore (hybrid)\n- Frontend Engineer | Planner UI | Remote\n"
        "- Solutions Engineer | Delivery | Colombo\n- Data Engineer | Data | Singapore\n- QA Engineer | Platform | Remote\n"
        "- Product Designer | Planner UI | Colombo\n\n---\n\nSite Reliability Engineer\n\nTeam: Platform\n\n"
        "What you'll do\n\n- Run our Kubernetes clusters\n"
    )
    assert posting.company == "Quaywise"


def test_a_facts_table_of_two_cells_a_row_gives_its_labels_values() -> None:
    # an HTML table whose rows hold a label cell and a value cell (no header cells), as the reader writes it
    posting = jobx.extract(
        "# Fleet Mechanic II\n- Location | Bend, OR\n- Division | Fleet Services\n"
        "- Closing Date | 12/14/2026 11:59 PM Pacific\n\n### Duties\n- Diagnoses and repairs diesel engines.\n"
    )
    assert posting.logistics.location == "Bend, OR"
    assert posting.team == "Fleet Services"
    assert posting.logistics.deadline == "12/14/2026 11:59 PM Pacific"


@pytest.mark.parametrize(
    "text",
    [
        # a label line among the requirements' labels, after the place is known
        "Medical Office Assistant\nKamloops, BC\n\nRequirements\n- CPR\n\nLocation:\n- Kamloops, BC\n\n"
        "Experience:\n- medical office: 1 year (preferred)\n\nWork Location: In person\n",
        # a label on its own line, its value below
        "Ramp Agent\n\nLocation: Dubai\n\nResponsibilities\n- Load baggage\n\nWork Location\nIn person\n",
    ],
    ids=["label-line", "label-over-value"],
)
def test_a_location_label_whose_value_is_an_arrangement_gives_the_arrangement(text: str) -> None:
    assert jobx.extract(text).logistics.work_arrangement == "In person"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a board's stack under the title: employer, rating, place, terms; the place comes back in the text
        (
            "Jobs  Salaries  Sign in\n\nLagerist (m/w/d) – Kassel\nFördeTech GmbH\n4,2 ★ (51 Bewertungen)\n\nKassel\n"
            "Feste Anstellung\n\nÜber uns\nWir sind ein Logistiker mit 300 Mitarbeitenden am Standort Kassel.\n\n"
            "Deine Aufgaben\n- Du kommissionierst Waren\n",
            "Kassel",
        ),
        # a French department's number before the place, below the employer and the contract
        (
            "Accueil > Offres > Technicien SAV H/F\n\nTechnicien SAV H/F\n\nATELIERS DU LAC\nCDI\n38 - Voiron\n\n"
            "Postuler\n\nNos ateliers de Voiron fabriquent des fours.\n\nMissions\n- Dépanner les fours\n",
            "38 - Voiron",
        ),
    ],
    ids=["named-again", "department-number"],
)
def test_a_place_line_under_the_title_that_the_text_names_again_is_the_location(text: str, place: str) -> None:
    assert jobx.extract(text).logistics.location == place


@pytest.mark.parametrize(
    "text",
    [
        # the one-word line under the title is the contract, or a name the text does not come back to
        "Chargé de projet H/F\n\nCDD\nNantes Métropole Habitat\n\nMissions\n- Suivre les chantiers\n",
        "Barista\nGreenbean\nLeeds\n\nWhat you'll do\n- Make coffee\n",
    ],
    ids=["a-term", "not-named-again"],
)
def test_a_line_under_the_title_is_no_place_without_the_text_s_word(text: str) -> None:
    assert jobx.extract(text).logistics.location is None


def test_a_sentence_opening_on_its_team_may_put_a_remark_before_the_verb() -> None:
    posting = jobx.extract(
        "Backend Engineer\n\nAbout Acme\nAcme helps farmers. Our Procurement Platform team (8 engineers) builds the "
        "systems that price every crate.\n\nWhat you'll do\n- Build APIs\n"
    )
    assert posting.team == "Procurement Platform"


def test_a_short_part_of_a_meta_line_in_mixed_case_is_no_place_code() -> None:
    # 'Mid' is a seniority in a row of terms under the title; a place's short code is written in capitals ('UK')
    from jobx.fields import meta_line_fields
    from jobx.rules import default_rules

    text = "# Programista .NET\n\n- Pełny etat | Mid | B2B | Hybrydowa\n\n## Wymagania\n- C#\n"
    assert "location" not in meta_line_fields(text, default_rules())
    assert meta_line_fields(text.replace("Mid", "UK"), default_rules())["location"] == "UK"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Vastukala is a Pune-based EPC contractor building towers. You will brief the labour contractor's crews.", None),
        ("You will work with our MEP contractors on site every day.", None),
        ("You will join us as an independent contractor for the season.", "contract"),
        ("This role suits an experienced 1099 contractor.", "contract"),
    ],
)
def test_contractor_names_a_kind_of_job_only_as_the_hires_standing(sentence: str, expected: str | None) -> None:
    text = f"Site Engineer\n\n{sentence}\n\nRequirements\n- A civil engineering degree\n"
    assert jobx.extract(text).to_dict()["logistics"]["employment_type"] == expected


def test_the_employer_s_full_name_with_its_legal_form_is_preferred_to_its_short_one() -> None:
    text = (
        "Accounts Payable Clerk\nLakecrest\nKelowna, BC\n\nWe supply builders across the Okanagan.\n\n"
        "Responsibilities\n- Process supplier invoices\n\n"
        "Questions? Write to Lakecrest Building Supply Ltd., 12 Banks Road, Kelowna.\n"
    )
    assert jobx.extract(text).to_dict()["company"] == "Lakecrest Building Supply Ltd."
    plain = text.replace(" Building Supply Ltd.", "")  # nothing fuller written: the name as it is
    assert jobx.extract(plain).to_dict()["company"] == "Lakecrest"


# A title's part after a dash that opens with the place the posting gives, or with pay or hours, states the
# job's terms and is left out; a specialism, a ward and the kind of job stay (as annotators keep them).
TITLE_TERMS_AFTER_THE_DASH = [
    ("place-then-pay", "Gas Engineer - Leeds - up to £48k\nLocation: Leeds\n\nResponsibilities\n- Fix boilers\n",
     "Gas Engineer"),
    ("hours-then-place", "Dependiente/a - 20 h semanales - Zaragoza Centro\nUbicación: Zaragoza Centro\n\n"
     "Funciones\n- Atender clientes\n", "Dependiente/a"),
    ("the-place-of-the-location", "Baggage Handler - Manchester Airport\nLocation: Manchester Airport\n\n"
     "Responsibilities\n- Load bags\n", "Baggage Handler"),
    ("a-specialism-stays", "Data Analyst – Customer & Loyalty\nLocation: Perth, WA\n\nResponsibilities\n"
     "- Build reports\n", "Data Analyst – Customer & Loyalty"),
    ("a-ward-with-its-hours-stays", "Health Care Assistant – Rimu Ward (0.8 FTE)\nLocation: Nelson\n\n"
     "Responsibilities\n- Care for patients\n", "Health Care Assistant – Rimu Ward (0.8 FTE)"),
    ("the-kind-of-job-stays", "Barista – Part Time\nLocation: Bristol\n\nResponsibilities\n- Pour coffee\n",
     "Barista – Part Time"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TITLE_TERMS_AFTER_THE_DASH],
                         ids=[c[0] for c in TITLE_TERMS_AFTER_THE_DASH])
def test_title_without_terms_after_its_dash(text: str, expected: str) -> None:
    assert jobx.extract(text).title == expected


def test_a_language_in_the_site_menu_beside_the_title_is_no_employer() -> None:
    # 'English' (the site's language picker) stands above the title and the text names it again in a
    # requirement: a language, not the employer
    text = ("Skip to main content\nHarlow Mutual Careers\nSearch for Jobs\nSign In\nEnglish\n\n"
            "Claims Handler - Motor\nApply\n\nAbout the role\nHarlow Mutual is a friendly insurer.\n"
            "Requirements\n- Good written and spoken English\n- Two years in claims\n")
    assert jobx.extract(text).company != "English"


def test_a_sentence_glued_to_the_one_before_still_names_the_employer() -> None:
    # a dump lost the space after a full stop: 'NV 89434.Copperline Outfitters is an Equal ...'; the fuller name
    # written there (twice in all) is the employer's, over the short one the prose uses
    text = ("Warehouse Shift Lead Sparks, NV Copperline's Sparks Distribution Center ships outdoor gear. "
            "Responsibilities: - Lead the shift - Coach pickers Requirements: - Two years leading a team "
            "Benefits: 40% off Copperline gear. Copperline participates in E-Verify. Apply at 1150 Vista Ridge Pkwy, "
            "Sparks, NV 89434.Copperline Outfitters is an Equal Opportunity Employer. Copperline Outfitters "
            "thanks you.")
    assert jobx.extract(text).company == "Copperline Outfitters"


def test_an_about_heading_s_short_name_gives_way_to_the_name_beside_the_title() -> None:
    text = ("# Territory Sales Representative\n\n**Coastline Fixings & Fasteners**\nBrendale QLD 4500 · Full time\n\n"
            "## About Coastline\n\nWe supply screws to builders.\n\n## What you'll do\n\n- Visit trade customers\n")
    assert jobx.extract(text).company == "Coastline Fixings & Fasteners"
    short = text.replace("**Coastline Fixings & Fasteners**", "**Coastline**")
    assert jobx.extract(short).company == "Coastline"


def test_the_employer_s_name_before_its_town_in_a_scraped_header() -> None:
    # the header runs the full name into its town and region; the prose calls the employer by its first words
    text = ("Sign in Senior Hairdresser Loxley & Vine Hair Studio Norwood, Adelaide SA Full time Posted 2d ago "
            "Loxley & Vine is a busy colour salon. What you'll do: - Cut and colour - Train juniors "
            "Loxley & Vine is committed to a safe workplace.")
    assert jobx.extract(text).company == "Loxley & Vine Hair Studio"


def test_a_markdown_title_under_a_cookie_banner_without_its_hours() -> None:
    # a cookie banner (longer than a row of links) above the page's first heading; the hours in the
    # heading's brackets are the job's terms, not its name
    page = ("> 🍪 Deze website gebruikt cookies om je ervaring te verbeteren. [Accepteren](#) · [Weigeren](#) · "
            "[Instellingen](#)\n\n[Vacatures](https://werken.example/) · [Over ons](https://werken.example/over-ons)\n\n"
            "# Praktijkmanager (24–32 uur)\n\nAmersfoort · Parttime\n\n## Wat je doet\n\n- Je plant de roosters\n")
    assert from_markup(page, "a.md").title == "Praktijkmanager"


def test_a_board_s_job_post_label_without_its_dash() -> None:
    # Indeed's label for screen readers, written with or without a dash: the title is the capitalised run
    # before it, its specialism after the dash included
    text = ("Skip to main content Indeed Home Company reviews Find salaries Sign in Employers / Post Job Find jobs "
            "Where Leeds, West Yorkshire Find jobs Claims Handler - Motor "
            "Total Loss (Night Team) job post Harbury Insurance Services Ltd. 3.9 out of 5 stars Thorpe Park, Leeds "
            "£24,000 - £27,000 a year - Full-time, Permanent Apply now Save Report job Job details Pay £24,000 a year "
            "Job type Full-time Location Thorpe Park, Leeds Full job description Harbury Insurance Services settles "
            "motor claims for drivers across the north. Responsibilities: - Settle total loss claims within the "
            "agreed limits - Call customers and garages every day Requirements: - Two years in claims handling")
    assert jobx.extract(text).title == "Claims Handler - Motor Total Loss (Night Team)"
    dashed = text.replace("(Night Team) job post", "(Night Team) - job post")
    assert jobx.extract(dashed).title == "Claims Handler - Motor Total Loss (Night Team)"


def test_a_heading_word_in_a_row_of_links_does_not_end_the_header() -> None:
    # 'About us' in the site's menu row is a link, not the posting's first section: the title stands below it
    text = ("Brackenfield Foods · Jobs · About us · Contact\n\nLine Operative (Nights)\nBrackenfield Foods\nWisbech\n\n"
            "About us\nWe bake bread.\n\nResponsibilities\n- Run the slicer\n")
    assert jobx.extract(text).title == "Line Operative (Nights)"


def test_a_title_in_a_script_without_case_is_the_line_above_a_line_of_terms() -> None:
    text = (
        "好工网招聘\n首页  职位搜索  校园招聘  登录\n首页 > 广州招聘 > 广州仓库管理员招聘 > 职位详情\n\n"
        "仓库管理员（冷链方向）\n6千-8千·13薪\n广州-白云区 | 1-3年经验 | 大专 | 招3人\n\n"
        "岗位职责：\n1. 负责冷库货物的出入库登记；\n2. 定期盘点库存。\n"
        "任职要求：\n1. 大专及以上学历；\n2. 1年以上仓库管理经验。\n"
    )
    assert extract(text)["title"] == "仓库管理员（冷链方向）"


def test_a_labelled_title_whose_value_is_another_label_is_no_title() -> None:
    text = "Role: Site\nLocation: Pune\n\nStore Supervisor\n\nResponsibilities\n- Open the store each morning\n"
    assert extract(text)["title"] != "Site"


def test_a_line_that_is_only_a_name_with_a_legal_form_names_the_employer() -> None:
    text = (
        "仓库管理员（冷链方向）\n6千-8千·13薪\n广州-白云区 | 1-3年经验 | 大专 | 招3人\n\n"
        "岗位职责：\n1. 负责冷库货物的出入库登记；\n2. 定期盘点库存。\n"
        "任职要求：\n1. 大专及以上学历；\n2. 1年以上仓库管理经验。\n\n"
        "公司信息\n广州穗北冷链物流有限公司\n广州穗北冷链物流有限公司成立于2012年，主营冷链仓储。\n"
    )
    assert extract(text)["company"] == "广州穗北冷链物流有限公司"


@pytest.mark.parametrize(
    ("page", "name", "expected"),
    [
        # years of experience asked in the title's bracket are terms, as '(Part-time)' is
        ("(주)푸른물류\n\n# [물류센터] 입고 관리 매니저 (경력 3~5년)\n\n## 주요업무\n- 입고 검수\n- 재고 관리\n", "a.md", "입고 관리 매니저"),
        ("# Warehouse Supervisor (5+ years)\n\n## Duties\n- Run the dock\n- Plan the shifts\n", "b.md", "Warehouse Supervisor"),
        # a Japanese title's selling points after '◆'
        ("# 経理スタッフ（月次決算担当）◆残業月10h／年休125日\n\n## 仕事内容\n- 月次決算\n- 支払処理\n", "c.md", "経理スタッフ（月次決算担当）"),
    ],
)
def test_a_title_without_the_years_it_asks_for_or_its_selling_points(page: str, name: str, expected: str) -> None:
    assert from_markup(page, name).title == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Youth Worker\n\nContract: Fixed term for 2 years\nHours: Part-time, 22 hours per week\n\n"
         "Responsibilities\n- Run the drop-in\n", "part-time"),
        ("Lab Technician\n\n| Contract | Fixed term for 12 months |\n| Hours | Full time (37.5 hours) |\n\n"
         "Duties\n- Prepare samples\n", "full-time"),
        # hours named only in a board's list of other jobs are not this job's
        ("Event Steward\n\nJob Type: Contract\n\nDuties\n- Check tickets\n\nSimilar jobs\n- Door Supervisor – Leeds – "
         "Full Time\n", "contract"),
    ],
)
def test_a_fixed_term_gives_way_to_the_hours_stated_as_a_value(text: str, expected: str) -> None:
    assert extract(text)["logistics"]["employment_type"] == expected


@pytest.mark.parametrize(
    ("line", "salary", "currency"),
    [
        ("Salary JMD 78,000 - 92,000 per month", "JMD 78,000 - 92,000 per month", "JMD"),
        (
            "An attractive package (LKR 280,000 - 350,000 per month) with incentives",
            "LKR 280,000 - 350,000 per month",
            "LKR",
        ),
        ("Pay: AED 4,200 - AED 5,000 a month", "AED 4,200 - AED 5,000 a month", "AED"),
        ("Salary: KES 65,000 - 80,000 gross", "KES 65,000 - 80,000 gross", "KES"),  # (a label's whole value)
    ],
)
def test_a_salary_after_an_iso_currency_code_of_any_region(line: str, salary: str, currency: str) -> None:
    record = jobx.extract(f"Lifeguard\n\n{line}\n").to_dict()
    assert record["logistics"]["salary"] == salary
    assert record["values"]["salary"]["currency"] == currency


@pytest.mark.parametrize(
    ("line", "deadline"),
    [
        ("Applications close Sunday 7 February 2027, and we'll get back to everyone.", "Sunday 7 February 2027"),
        ("Applications close at 5pm on Friday 15th January 2027 and interviews follow.", "5pm on Friday 15th January 2027"),
        ("Applications close Friday 18 December 2026 – we reply to all.", "Friday 18 December 2026"),
        ("Postulez via le bouton « Postuler » d'ici au 12 février 2027.", "12 février 2027"),
    ],
)
def test_a_deadline_ends_with_its_year_and_may_open_with_a_time(line: str, deadline: str) -> None:
    assert jobx.extract(f"Operator\n\nHow to apply\n{line}\n").logistics.deadline == deadline


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Emergency ServicesInitial Attack Crew Leader (Seasonal 2027)", "Initial Attack Crew Leader (Seasonal 2027)"),
        ("Current OpeningsAudit Associate (2 Positions)", "Audit Associate (2 Positions)"),
        ("VacancySenior Merchandiser - KnitwearLanka", "Senior Merchandiser - Knitwear"),
        ("DevOps Engineer (Engineer 3)", "DevOps Engineer (Engineer 3)"),  # a name's own capital, not glue
        ("JavaScript Developer", "JavaScript Developer"),  # a skill's name
    ],
)
def test_a_title_glued_to_a_crumb_or_a_label_is_the_part_that_names_the_job(title: str, expected: str) -> None:
    from jobx.fields import unglued_title
    from jobx.rules import default_rules

    assert unglued_title(title, title, default_rules()) == expected


# A company found that is no name gives way to a name with its legal form in the header.
@pytest.mark.parametrize(
    ("name", "unlike"),
    [
        ("Login Home > Jobs in Pune > Civil Engineering Jobs >", True),  # a breadcrumb
        ("6000-8000元/月", True),  # a figure
        ("post a job", True),  # page chrome
        ("Salarios", True),  # one word the text does not say again
        ("Personal &", True),
        ("Harbour Mill Foods", False),
        ("Quillstack", False),  # one word the text says again
        ("Quill", True),  # said again only inside a longer word ('Quillstack')
        ("Ma", True),  # two letters: a piece of a word
        ("GE", False),  # an acronym the text says again
    ],
)
def test_a_company_unlike_a_name(name: str, unlike: bool) -> None:
    from jobx.names import unlike_a_name
    from jobx.rules import default_rules

    text = f"{name}\nCook\nQuillstack is hiring. Quillstack bakes bread for GE.\n"
    assert unlike_a_name(name, text, default_rules()) is unlike


def test_the_first_name_with_a_legal_form_in_the_header() -> None:
    from jobx.names import firm_with_form
    from jobx.rules import default_rules

    text = "Search jobs\nCleaning Supervisor\nLocation Ross River Facility Services Pty Ltd · Townsville\n"
    assert firm_with_form(text, default_rules()) == "Ross River Facility Services Pty Ltd"
    assert firm_with_form("Cook\nDuties\n- Bake bread\n", default_rules()) is None


def test_a_dump_s_place_after_an_employer_past_a_long_breadcrumb() -> None:
    header = (
        "Skip to main content Jobs Find a job Browse by region Employers Career advice Salary guide Sign in Register "
        "Home › Jobs › Farming & forestry › Agriculture › Dairy farming "
        "Listed Mon, 30 Nov Farm Assistant – 400 cow rotary shed, Gore Kōwhai Downs Farming Ltd Gore, Southland Full "
        "time Permanent $58,000 per year Apply now Save Kōwhai Downs Farming Ltd milks 400 cows near Gore. "
    )
    assert jobx.extract(header + "You will milk, feed calves and fix fences. " * 6).logistics.location == "Gore, Southland"


# Pay as any country writes it, where no field pattern read it: a currency right before or after the amount,
# thousands grouped by '.', ',' or a space, and a range or a period with it.
MARKED_AMOUNTS = [
    ("dutch-header-line", "Kok\nBrasserie De Haven\nUtrecht\n€ 2.850 - € 3.300 per maand\n", "€ 2.850 - € 3.300 per maand"),
    ("polish-zloty-after", "Elektryk\n7 500 - 9 500 zł / mies. brutto\n", "7 500 - 9 500 zł / mies."),
    ("rand-grouped-by-spaces", "Engineer\nRemuneration R 482 000 – R 597 000 per annum\n", "R 482 000 – R 597 000 per annum"),
    ("code-after-a-range", "Programista .NET\n15 000 – 19 000 PLN brutto / mies.\n", "15 000 – 19 000 PLN brutto / mies."),
    ("japanese-monthly-pay-in-man", "営業\n月給25万円～32万円\n", "月給25万円～32万円"),
    ("korean-monthly-pay", "제빵\n월급 2,600,000원\n", "월급 2,600,000원"),
    ("a-sum-with-no-range-nor-period-is-no-pay", "Cook\nA deposit of 2.500 zł is kept\n", None),
    ("a-bonus-is-no-pay", "Cook\nBonus of €1.500 per year after probation\n", None),
    ("a-count-is-no-pay", "Cook\nWe serve 2 000 - 3 000 guests per month\n", None),
    ("a-standard-is-no-pay", "Cook\nCertified to ISO 9001 - 2015\n", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in MARKED_AMOUNTS], ids=[c[0] for c in MARKED_AMOUNTS])
def test_marked_amount(text: str, expected: str | None) -> None:
    assert logistics(text)["salary"] == expected


def test_a_pay_period_s_letters_name_no_currency() -> None:
    # ('P.A.' is per annum, not a pula sign; a rand's 'R' before a figure is the rand)
    assert jobx.extract("Accountant\nSalary: 3.6 - 5.4 Lacs P.A.\n\nDuties\n- Book\n").values.salary.currency != "BWP"
    assert jobx.extract("Accountant\nSalary: R 30 000 per month\n\nDuties\n- Book\n").values.salary.currency == "ZAR"


# A page's trail of breadcrumbs, then its title: the line under a trail that its last crumb ends, a title
# written twice (the last crumb and the page's heading), and a scrape that runs the header into one line,
# the title between the last crumb and the employer's name (its legal form, or glue).
CRUMB_PAGES = [
    (
        "Ga naar hoofdinhoud\nVacaturesite\nInloggen\nHome > Vacatures > Horeca > Amersfoort\n"
        "< Terug naar zoekresultaten\nZelfstandig werkend bakker\nBakkerij De Gouden Korrel\nAmersfoort\n",
        "Zelfstandig werkend bakker",
    ),
    (
        "The Island Times ONLINE NewsSportClassifieds Classifieds › Employment › Vacancies › Boat Mechanic"
        "BOAT MECHANIC (2 POSITIONS) Listing No. 2231 | Category: Marine | Posted: 25/01/2027 ",
        "BOAT MECHANIC",
    ),
    (
        "Buscar ofertas Mi CV Empresas Ofertas de empleo › Hostelería › Cádiz"
        "Ayudante de cocina - Temporada 2027Restaurantes Bahía Blanca S.L.Cádiz · Presencial · Publicada hace 2d ",
        "Ayudante de cocina - Temporada 2027",
    ),
    (
        "Vagas Empresas Entrar Início > Vagas > Manutenção > Vagas em Sorocaba - SP Mecânico(a) de Manutenção "
        "Industrial Fundição Rio Claro Ltda. Sorocaba - SP 1 vaga ",
        "Mecânico(a) de Manutenção Industrial",
    ),
]


@pytest.mark.parametrize(("header", "expected"), CRUMB_PAGES, ids=["line-under", "repeated", "glued", "one-line"])
def test_a_title_after_a_trail_of_breadcrumbs(header: str, expected: str) -> None:
    body = (
        "Fundição Rio Claro Ltda. and Bakkerij De Gouden Korrel and Restaurantes Bahía Blanca are named here. "
        "Duties\n- Keep the workshop and the store clean and tidy every day\n- Check the stock each morning\n"
        "Requirements\n- Two years of experience in a similar role\n"
    )
    posting = jobx.extract(header + "\n" + body)
    assert posting.title == expected


def test_a_row_of_links_under_the_breadcrumbs_is_no_title() -> None:
    text = (
        "doda > Jobs > IT > Hinata Foods Ltd\n\nLogin | Register | Saved jobs\n\nIn-house systems lead\n\n"
        "Hinata Foods Ltd\n\nDuties\n- Keep the servers patched and the backups tested\n"
    )
    assert jobx.extract(text).title == "In-house systems lead"


def test_a_heading_word_in_the_pages_menu_does_not_hide_the_title_below_it() -> None:
    # 'Leistungen' (services, and a German heading of perks) in the menu of a one-paragraph scrape: the title
    # stands after it, under the breadcrumbs
    text = (
        "Direkt zum Inhalt Nordkai Spedition Unternehmen Leistungen Standorte Karriere Kontakt DE | EN Startseite › "
        "Karriere › Stellenangebote › Berufskraftfahrer (m/w/d) – Nahverkehr Berufskraftfahrer (m/w/d) – Nahverkehr "
        "Hamburg-Harburg | Vollzeit | unbefristet | ab sofort Jetzt bewerben Für unseren Standort in Hamburg suchen "
        "wir ab sofort Verstärkung für unser Team im Nahverkehr, das täglich Kunden im Hafen und in der Stadt "
        "beliefert. Deine Aufgaben – Auslieferung von Stückgut an Kunden im Hamburger Raum – Be- und Entladen "
        "mit dem Hubwagen – Prüfung der Lieferpapiere Dein Profil – Führerschein CE und Fahrerkarte – Erfahrung "
        "im Verteilerverkehr"
    )
    assert jobx.extract(text).title == "Berufskraftfahrer (m/w/d) – Nahverkehr"


def test_a_one_line_headers_specialism_after_a_dash_stays_with_the_title() -> None:
    # 'Mechanical Engineer – Bulk Materials Handling Hunterline Conveyor Systems Pty Ltd': the employer's name
    # starts where the page names it again ('Hunterline designs ...'); the words between it and the dash are
    # the title's
    text = (
        "Skip to content Jobs Profile Career advice Sign in Back to search results Process Engineer – Mineral "
        "Sands Processing Korrawa Plant Services Pty Ltd 3.9 ★ 12 reviews Bunbury WA (Hybrid) Full time "
        "$120,000 – $135,000 per year Posted 3d ago Quick apply Save Korrawa builds and runs separation plants "
        "for mineral sands miners in the South West. The role As Process Engineer, you will own the wet plant's "
        "flowsheet and its daily numbers. What you'll do - Run mass balances for the wet plant every week - "
        "Lead trials of new spiral settings with the operators What you'll bring - A degree in chemical or "
        "metallurgical engineering - Three years in a processing plant"
    )
    assert jobx.extract(text).title == "Process Engineer – Mineral Sands Processing"


def test_a_title_after_a_back_link_run_into_the_header() -> None:
    # '← Ver todas as vagas Técnico(a) ...Rondonópolis - MT': the words from the first that names a job (a job in
    # both genders, 'Técnico(a)'), up to the glued place
    text = (
        "Pular para o conteúdoAgropecuária Serra VerdeVagasQuem somos ← Ver todas as vagas Técnico(a) Agrícola de "
        "CampoSorriso - MTPublicada em 08/03/2027Candidatar-se A Agropecuária Serra Verde cultiva soja e milho em "
        "12 mil hectares no norte de Mato Grosso e busca um(a) técnico(a) para o campo. Suas atribuições: - "
        "Acompanhar o plantio e a colheita - Monitorar pragas e doenças nas lavouras Requisitos: - Curso técnico "
        "em agropecuária completo - CNH categoria B"
    )
    assert jobx.extract(text).title == "Técnico(a) Agrícola de Campo"


def test_pay_in_any_three_letter_currency_code_and_a_terms_heading_is_no_term_label() -> None:
    # 'GMD 38,000 – 45,000' (a code no list names, before a grouped amount); 'Terms' over a paragraph is the
    # section of the job's terms, not a 'Term:' label whose first line would be the duration
    text = (
        "# Field Officer\n\n**Kafoo Gardens Alliance** · Basse Santa Su, The Gambia\n\n## Duties\n- Visit the gardens\n"
        "- Train the groups\n\n## Terms\nA monthly salary of GMD 38,000 – 45,000 depending on experience. The post "
        "starts on 1 May 2027.\n"
    )
    logistics = jobx.extract(text).logistics
    assert logistics.salary == "GMD 38,000 – 45,000"
    assert logistics.duration is None
    assert logistics.start == "1 May 2027"


@pytest.mark.parametrize("line", ["Zoom in", "Zoom out", "Previous page", "Next page", "Download PDF"])
def test_a_document_viewer_s_controls_are_page_chrome(line: str) -> None:
    from jobx.rules import default_rules, is_chrome

    assert is_chrome(line, default_rules())
    assert not is_chrome("Download the app and book a viewing", default_rules())


SPECIALISED_DUMP_TITLES = [
    # a scrape's one-line header: the title, its specialism after a dash, a comma or in a bracket, then the
    # employer's name (which the page names again), its place and terms
    ("after-a-dash", "Skip to main content Jobboard Jobs People Sign in Payroll Officer – Shared Services Corvid "
     "Mills Bradford, England 3 days ago · 40 applicants Full-time About the job Corvid Mills makes wool. As Payroll "
     "Officer you will run the payroll. Corvid Mills is an equal opportunity employer.",
     "Payroll Officer – Shared Services"),
    ("in-a-bracket", "Skip to main content Techjobs Find Jobs Sign In Register Back to Search Results Data Engineer "
     "(Spark / Airflow) Tallyrock Analytics LLC Austin, Texas • Posted 2 days ago Apply Now Full-time Tallyrock "
     "Analytics counts things. The Data Engineer builds pipelines. Tallyrock Analytics pays well.",
     "Data Engineer (Spark / Airflow)"),
    # the employer's name right after the dash is no specialism
    ("the-employer-after-the-dash", "Cajero/a de tienda - Libros Arenal Sevilla Jornada completa Salario 1.300 € "
     "brutos al mes Libros Arenal es una cadena de librerías con doce tiendas en Andalucía. Buscamos un/a cajero/a "
     "para nuestra tienda. Como Cajero/a de tienda atenderás la caja. ¿Qué harás? Cobrar en caja",
     "Cajero/a de tienda"),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in SPECIALISED_DUMP_TITLES], ids=[c[0] for c in SPECIALISED_DUMP_TITLES]
)
def test_a_dump_header_s_title_keeps_its_specialism(text: str, expected: str) -> None:
    assert extract(text)["title"] == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("# Clinical Officer (2 positions)", "Clinical Officer"),
        ("# COMMUNITY NUTRITION OFFICER (2 POSTS)", "COMMUNITY NUTRITION OFFICER"),
        ("# Logistics Officer (Grade D1)", "Logistics Officer"),
        ("# QUALITY INSPECTOR (DENTAL)  -  02 POSTS", "QUALITY INSPECTOR (DENTAL)"),
        ("# Staff Nurse (Band 5)", "Staff Nurse (Band 5)"),  # (an NHS band names the job)
        ("# Tandartsassistent (24 – 32 uur) – Terneuzen", "Tandartsassistent"),  # (no bracket left open)
    ],
)
def test_a_title_without_its_count_of_posts_its_grade_or_a_bracket_left_open(heading: str, expected: str) -> None:
    text = f"{heading}\n\n## Duties\n- Keep the records\n- Serve the clients\n"
    assert jobx.extract(text).title == expected


def test_a_duty_station_label_gives_the_place() -> None:
    text = (
        "Position Title:      Field Officer\nDuty Station:        Yambio, Western Equatoria State\nContract Type:       "
        "Fixed-term\n\nDUTIES\n- Visit the clinics\n- Keep the records\n"
    )
    assert jobx.extract(text).logistics.location == "Yambio, Western Equatoria State"


def test_an_employer_s_fuller_name_may_hold_its_trade_in_lower_case_before_its_form() -> None:
    from jobx.names import fuller_name

    text = "Chez Lacasse Houde, on aime le droit. Lacasse Houde notaires inc. souscrit au principe d'égalité en emploi."
    assert fuller_name("Lacasse Houde", text) == "Lacasse Houde notaires inc."
    assert fuller_name("Lacasse Houde", "Lacasse Houde gives advice to many clients.") == "Lacasse Houde"


@pytest.mark.parametrize(
    "sentence",
    [
        "we invite applications from suitably qualified persons for the position of Executive Housekeeper.",
        "the firm seeks a reliable person to fill the post of Executive Housekeeper in its main hotel.",
    ],
)
def test_a_classified_names_its_title_as_the_position_of(sentence: str) -> None:
    text = (
        "Fiji Daily Classifieds  Home  Employment  Ref: TSR/01  Tabua Sands Beach Resort is a 146-room resort near "
        f"Sigatoka town; {sentence} DUTIES OF THE POSITION • Plan the daily cleaning • Prepare the rosters "
        "• Train new attendants " + "and other words about the resort. " * 10
    )
    assert jobx.extract(text).title == "Executive Housekeeper"


def test_a_title_in_prose_may_be_written_in_capitals() -> None:
    text = (
        "RODRIGUES APICULTURAL COOPERATIVE FEDERATION LTD (Registered under the Co-operatives Act) Rue de la "
        "Solidarité, Port Mathurin, Rodrigues · Tel: (+230) 831 5552 · Email: secretary@racf.example VACANCY NOTICE "
        "No. 04/2027 APPLICATIONS are invited from "
        "citizens who possess the qualifications below for the post of APIARY FIELD TECHNICIAN on a contract basis. "
        "DUTIES 1. Inspect the hives 2. Keep the records 3. Train the keepers " + "and other words about honey. " * 10
    )
    assert jobx.extract(text).title == "APIARY FIELD TECHNICIAN"


def test_a_title_in_prose_may_hold_an_ampersand() -> None:
    text = (
        "Daily Post  Home  Classifieds  Vacancies  Published: 12 March 2027 POSITION VACANT Melanesia Freight Ltd is a "
        "freight forwarder at the main wharf; we invite applications for the position of Shipping & Customs Clerk in "
        "our Imports Section. Responsibilities of the position:1. Prepare customs entries 2. Pay the duties 3. File "
        "the records " + "and other words about the wharf. " * 10
    )
    assert jobx.extract(text).title == "Shipping & Customs Clerk"
    # but not before the title word: a firm's '& Partners' is no job
    firm = "Careers\n\nWe are a firm of accountants in Cork.\n\nÓ Briain Kiely & Partners is an equal opportunities employer.\n"
    assert jobx.extract(firm).title is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Contract: Fixed term, 18 months (renewable subject to funding and performance)",
         "18 months (renewable subject to funding and performance)"),
        ("Contract: Fixed term, 12 months, renewable subject to funding", "12 months, renewable subject to funding"),
    ],
)
def test_a_duration_keeps_what_it_says_of_its_renewal(line: str, expected: str) -> None:
    text = f"Field Officer\n\nDuties\n- Visit the clinics\n- Keep the records\n\nTerms\n{line}\n"
    assert jobx.extract(text).logistics.duration == expected


def test_a_bracket_after_a_duration_that_says_nothing_of_renewal_is_left_out() -> None:
    from jobx.logistics import with_renewal

    text = "The post is for 18 months (renewable once) and then 6 months (see the notes below)."
    assert with_renewal("18 months", text) == "18 months (renewable once)"
    assert with_renewal("6 months", text) == "6 months"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Niue Jobs, Buy & Sell · Private group · 4.1K members Hineleki T. March 18 at 7:42 PM · Reposting for Niue "
         "Island Utilities please share VACANCY – POWER STATION OPERATOR (2 POSITIONS) Niue Island Utilities is the "
         "island's electricity and water supplier.", "POWER STATION OPERATOR"),
        ("Skip to content NEWS SPORTS CLASSIFIEDS Classifieds › Employment › Skilled Trades Ad ID GC27/0311 · Posted "
         "March 11, 2027 Report ad VACANCYHEAVY EQUIPMENT OPERATORS (2 POSITIONS) – FREEPORT, GRAND BAHAMALucayan "
         "Aggregates Ltd. is a quarry contractor.", "HEAVY EQUIPMENT OPERATORS"),
        ("Samoa Observer Home Notices VACANCY – DEPOT OPERATOR / FUEL TANKER DRIVER Published 02 March 2027, 10:15 am · "
         "Employment · 1,204 views Tautua Fuels Ltd distributes fuel on both islands.",
         "DEPOT OPERATOR / FUEL TANKER DRIVER"),
        ("Daily Post Home News Classifieds Vacancies Published: 12 March 2027 POSITION VACANT – FORKLIFT DRIVER "
         "Melanesia Freight & Forwarding Ltd is a customs broker at the main wharf.", "FORKLIFT DRIVER"),
    ],
    ids=["dash", "glued", "slash", "position-vacant"],
)
def test_a_classified_announces_its_title_in_capitals_after_a_cue(header: str, expected: str) -> None:
    text = (
        f"{header} What the role covers 1. Start and stop the machines 2. Keep the log 3. Report faults to the "
        "supervisor. " + "We look after our staff and the island's people every day of the year. " * 6
    )
    assert jobx.extract(text).title == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Employment: Full-time, 2-year renewable contract", "2-year renewable contract"),
        ("THE SUCCESSFUL CANDIDATE WILL BE OFFERED A THREE (3) YEAR CONTRACT.", "THREE (3) YEAR CONTRACT"),
        ("The post is offered on a contract basis for a period of eighteen (18) months.", "eighteen (18) months"),
        ("We offer a fixed-term appointment for a term of six (6) months in the first instance.", "six (6) months"),
    ],
)
def test_a_term_may_have_a_word_before_its_kind_or_a_count_in_words_and_figures(line: str, expected: str) -> None:
    text = f"Villa Host\n\n{line}\n\nDuties\n- Greet the guests\n- Keep the villas ready\n"
    assert jobx.extract(text).logistics.duration == expected


@pytest.mark.parametrize(
    ("title", "company", "expected"),
    [
        ("Head of Housekeeping – Nunatak Bay Hotel, Ilulissat", "Nunatak Bay Hotel ApS", "Head of Housekeeping"),
        ("Early Childhood Educator – Poon Saan Community Kindy (30 hrs/week) 🌺", "Poon Saan Community Kindy Inc.",
         "Early Childhood Educator"),
        # the employer's name inside a specialism stays
        ("Nurse – Nunatak Bay Hotel Clinic", "Nunatak Bay Hotel ApS", "Nurse – Nunatak Bay Hotel Clinic"),
    ],
)
def test_a_title_loses_its_employer_written_without_its_legal_form_or_before_its_hours(
    title: str, company: str, expected: str
) -> None:
    from jobx.names import without_company

    assert without_company(title, company) == expected
