"""Language packs (jobx/rules/lang/<code>.yaml): their shape, and one posting per language written for
this project, with what extract() must find in it."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

import jobx
from jobx.cli import app
from jobx.model import SectionKind
from jobx.rules import builtin_data, default_rules, load_yaml, validate
from jobx.segment import marked_headings
from jobx.votes import is_duty_noun

from .conftest import GOLDEN, extract_file

LANGUAGES = ("de", "fr", "es", "pt", "nl", "it", "ko", "ja", "zh", "sv", "pl", "da", "nb", "tr")
LANG_FOLDER = resources.files("jobx").joinpath("rules").joinpath("lang")
REQUIRED_KINDS = ("responsibilities", "minimum_qualifications", "preferred_qualifications", "benefits")


def pack_text(code: str) -> str:
    return LANG_FOLDER.joinpath(f"{code}.yaml").read_text(encoding="utf-8")


def test_every_pack_is_listed_here() -> None:
    shipped = sorted(p.name[: -len(".yaml")] for p in LANG_FOLDER.iterdir() if p.name.endswith(".yaml"))
    assert shipped == sorted(LANGUAGES)


@pytest.mark.parametrize("code", LANGUAGES)
def test_pack_shape(code: str) -> None:
    """A pack is an ordinary rules file: it validates, and it names the four list kinds by keywords."""
    text = pack_text(code)
    data = load_yaml(text, f"lang/{code}.yaml")
    validate(data, text, f"lang/{code}.yaml")
    keywords = data["heading_keywords"]
    for kind in REQUIRED_KINDS:
        words = keywords.get("strong", {}).get(kind, []) + keywords.get("weak", {}).get(kind, [])
        assert words, f"{code}: no heading keywords for {kind}"
    for key in ("prose_cues", "labels", "employment_types", "section_enders"):
        assert data.get(key), f"{code}: no {key}"


def test_packs_are_merged_into_the_builtin_rules() -> None:
    """Every pack is active at once, after the English files, with its keywords two levels deep."""
    data = builtin_data()
    strong = data["heading_keywords"]["strong"]
    assert "requirements" in strong["minimum_qualifications"]  # English kept
    assert "Aufgaben" in strong["responsibilities"] and "歓迎" in strong["preferred_qualifications"]
    rules = default_rules()
    assert rules.heading_kind("Deine Aufgaben") is SectionKind.RESPONSIBILITIES
    assert rules.heading_kind("Profil recherché") is SectionKind.MINIMUM
    assert rules.heading_kind("우대사항") is SectionKind.PREFERRED
    assert rules.heading_kind("Responsibilities") is SectionKind.RESPONSIBILITIES


def test_rules_command_shows_the_packs() -> None:
    result = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "100"}).invoke(app, ["rules"])
    assert result.exit_code == 0
    shown = yaml.safe_load(result.stdout)
    assert "Standort" in shown["labels"]["location"]
    assert "福利厚生" in shown["sections"]["benefits"]


LANG_GOLDEN = GOLDEN / "lang"

# file -> the lists extract() must return, in order
LISTS = {
    "de-backend-entwickler.md": {
        "responsibilities": [
            "Weiterentwicklung unserer Tourenplanung in Java und Spring Boot",
            "Betrieb und Monitoring der Dienste in Kubernetes",
            "Enge Zusammenarbeit mit dem Produktteam bei neuen Funktionen",
        ],
        "minimum_qualifications": [
            "Abgeschlossenes Studium der Informatik oder eine vergleichbare Ausbildung",
            "Mindestens drei Jahre Erfahrung mit Java",
            "Sehr gute Deutschkenntnisse",
        ],
        "preferred_qualifications": ["Erfahrung mit Kafka", "Kenntnisse in der Logistikbranche"],
        "benefits": ["30 Tage Urlaub", "JobRad und Deutschlandticket", "Zwei Tage Homeoffice pro Woche"],
    },
    "fr-chargee-de-clientele.txt": {
        "responsibilities": [
            "Accueillir et conseiller un portefeuille de 400 clients particuliers",
            "Proposer les produits d'épargne et de crédit adaptés",
            "Suivre les dossiers de prêt immobilier jusqu'à la signature",
        ],
        "minimum_qualifications": [
            "Bac+2 minimum en banque ou commerce",
            "Une première expérience en relation client",
            "Aisance relationnelle et sens de l'écoute",
        ],
        "preferred_qualifications": ["Connaissance du marché immobilier local", "Maîtrise de l'anglais"],
        "benefits": ["Tickets restaurant", "Mutuelle prise en charge à 70 %", "Intéressement et participation"],
    },
    "es-analista-de-datos.md": {
        "responsibilities": [
            "Diseñar cuadros de mando para el equipo comercial",
            "Analizar la siniestralidad por provincia y producto",
            "Automatizar informes mensuales con Python",
        ],
        "minimum_qualifications": [
            "Grado en Estadística, Matemáticas o similar",
            "Experiencia de al menos dos años con SQL",
            "Nivel alto de Excel",
        ],
        "preferred_qualifications": ["Experiencia en el sector asegurador", "Conocimientos de Power BI"],
        "benefits": ["Seguro médico para ti y tu familia", "Jornada intensiva en verano", "25 días de vacaciones"],
    },
    "pt-engenheira-de-dados.md": {
        "responsibilities": [
            "Construir pipelines de dados em Airflow",
            "Manter o data warehouse em BigQuery",
            "Apoiar o time de produto com análises ad hoc",
        ],
        "minimum_qualifications": [
            "Experiência com Python e SQL",
            "Vivência com modelagem de dados",
            "Graduação em Computação ou áreas afins",
        ],
        "preferred_qualifications": ["Conhecimento de dbt", "Experiência com meios de pagamento"],
        "benefits": ["Plano de saúde e odontológico", "Vale refeição", "Auxílio home office"],
    },
    "sv-lagerarbetare.txt": {
        "responsibilities": [
            "Plocka och packa order till butiker",
            "Ta emot inleveranser och kontrollera kvalitet",
            "Köra truck i lagret",
        ],
        "minimum_qualifications": [
            "Du har truckkort A och B",
            "Du har minst ett års erfarenhet av lagerarbete",
            "Du talar och skriver svenska",
        ],
        "preferred_qualifications": ["Erfarenhet av kyllager"],
        "benefits": ["Kollektivavtal med tjänstepension", "Friskvårdsbidrag på 3 000 kr per år", "Personalrabatt i våra butiker"],
    },
    "nl-verpleegkundige.txt": {
        "responsibilities": [
            "Je verzorgt patiënten met complexe interne aandoeningen",
            "Je stelt zorgplannen op samen met de artsen",
            "Je begeleidt leerling-verpleegkundigen",
        ],
        "minimum_qualifications": [
            "Een afgeronde hbo-opleiding Verpleegkunde",
            "Een geldige BIG-registratie",
            "Ervaring in het ziekenhuis",
        ],
        "preferred_qualifications": [],
        "benefits": ["Eindejaarsuitkering van 8,33%", "Pensioenregeling bij PFZW", "Reiskostenvergoeding"],
    },
    "it-sviluppatore-frontend.md": {
        "responsibilities": [
            "Sviluppare nuove funzionalità della nostra web app in React",
            "Collaborare con il team di design sulle interfacce",
            "Scrivere test automatici con Jest",
        ],
        "minimum_qualifications": [
            "Almeno due anni di esperienza con React e TypeScript",
            "Buona conoscenza di HTML e CSS",
            "Ottima conoscenza della lingua italiana",
        ],
        "preferred_qualifications": ["Esperienza con Next.js", "Conoscenza di GraphQL"],
        "benefits": [
            "Buoni pasto da 8 euro",
            "Smart working due giorni a settimana",
            "Assicurazione sanitaria integrativa",
        ],
    },
    "ko-backend-engineer.txt": {
        "responsibilities": ["결제 승인 API 설계 및 개발", "정산 배치 시스템 운영", "장애 대응 및 모니터링 체계 개선"],
        "minimum_qualifications": [
            "Kotlin 또는 Java 기반 백엔드 개발 경력 3년 이상",
            "MySQL 등 관계형 데이터베이스 사용 경험",
        ],
        "preferred_qualifications": ["결제 또는 금융 도메인 경험", "Kafka 운영 경험"],
        "benefits": ["자율 출퇴근제", "연 200만원 자기계발비 지원", "건강검진 지원"],
    },
    "ja-infra-engineer.md": {
        "responsibilities": ["AWS上のシステム設計と構築", "Terraformによるインフラのコード化", "監視と障害対応"],
        "minimum_qualifications": ["Linuxサーバーの運用経験3年以上", "AWSの実務経験"],
        "preferred_qualifications": ["Kubernetesの運用経験", "防災分野での開発経験"],
        "benefits": ["各種社会保険完備", "交通費全額支給", "書籍購入補助"],
    },
    "zh-product-manager.txt": {
        "responsibilities": [
            "负责财务产品的需求调研与规划",
            "撰写产品需求文档并推动研发落地",
            "跟踪上线数据并持续优化产品",
        ],
        "minimum_qualifications": ["本科及以上学历，3年以上B端产品经验", "熟悉财务或税务业务流程"],
        "preferred_qualifications": ["有SaaS产品从0到1经验", "持有会计相关证书"],
        "benefits": ["五险一金", "带薪年假15天", "年度体检"],
    },
    "pl-ksiegowa.md": {
        "responsibilities": [
            "Prowadzenie pełnej księgowości wybranych klientów",
            "Sporządzanie deklaracji VAT i plików JPK",
            "Rozliczanie środków trwałych i rozrachunków",
            "Przygotowywanie sprawozdań finansowych",
            "Kontakt z klientami i urzędem skarbowym",
        ],
        "minimum_qualifications": [
            "Minimum 3 lata doświadczenia w księgowości",
            "Wykształcenie wyższe ekonomiczne lub ukończony kurs księgowy",
            "Znajomość przepisów podatkowych",
            "Bardzo dobra znajomość Excela",
        ],
        "preferred_qualifications": [
            "Certyfikat księgowy Ministerstwa Finansów",
            "Znajomość programu Symfonia",
            "Znajomość języka angielskiego",
        ],
        "benefits": [
            "Stabilne zatrudnienie na podstawie umowy o pracę",
            "Prywatną opiekę medyczną",
            "Kartę Multisport",
            "Dofinansowanie szkoleń i kursów",
        ],
    },
    "da-regnskabsassistent.txt": {
        "responsibilities": [
            "Bogføring af kreditor- og debitorfakturaer",
            "Afstemning af bankkonti og mellemregninger",
            "Deltagelse i måneds- og årsafslutning",
            "Opfølgning på udeståender med leverandører",
        ],
        "minimum_qualifications": [
            "Uddannelse som regnskabsassistent eller tilsvarende",
            "Mindst to års erfaring med bogføring",
            "Gode Excel-kompetencer",
            "Flydende dansk i skrift og tale",
        ],
        "preferred_qualifications": ["Erfaring med Microsoft Dynamics 365", "Erfaring fra en international virksomhed"],
        "benefits": [
            "6 ugers ferie",
            "Pensionsordning og sundhedsforsikring",
            "Fleksible arbejdstider",
            "Frokostordning og fredagsbar",
        ],
    },
    "nb-servicetekniker.md": {
        "responsibilities": [
            "Service og vedlikehold av kjøleanlegg hos våre kunder",
            "Feilsøking og reparasjon av kuldetekniske anlegg",
            "Montering av nye anlegg sammen med prosjektavdelingen",
            "Dokumentasjon av utført arbeid i vårt serviceverktøy",
        ],
        "minimum_qualifications": [
            "Fagbrev som kulde- og varmepumpemontør eller elektriker",
            "Minst tre års erfaring med service på kjøleanlegg",
            "Førerkort klasse B",
            "Gode norskkunnskaper, muntlig og skriftlig",
            "Selvstendig og løsningsorientert",
            "Serviceinnstilt og ryddig i møte med kunder",
        ],
        "preferred_qualifications": ["F-gassertifikat kategori I", "Erfaring med CO2-anlegg"],
        "benefits": [
            "Servicebil som kan disponeres privat",
            "Gode pensjons- og forsikringsordninger",
            "Betalt videreutdanning og kurs",
            "Sosialt fagmiljø med faste turer og julebord",
        ],
    },
    "tr-satis-temsilcisi.txt": {
        "responsibilities": [
            "Bölgedeki market ve restoran müşterilerini düzenli olarak ziyaret etmek",
            "Yeni müşteri portföyü oluşturmak",
            "Aylık satış hedeflerini takip etmek ve raporlamak",
            "Sipariş ve tahsilat süreçlerini yönetmek",
        ],
        "minimum_qualifications": [
            "En az lise mezunu",
            "Gıda sektöründe en az 2 yıl saha satış deneyimi olan",
            "B sınıfı ehliyet sahibi ve aktif olarak araç kullanabilen",
            "MS Office programlarını iyi derecede kullanabilen",
        ],
        "preferred_qualifications": ["İzmir ve çevresinde müşteri ağı olan", "Logo Tiger programını kullanmış olan"],
        "benefits": ["Şirket aracı ve yakıt kartı", "Yemek kartı", "Özel sağlık sigortası", "Performansa dayalı prim sistemi"],
    },
}

# file -> logistics fields that must equal these values (or contain them, for the pairs in CONTAINS)
LOGISTICS = {
    "de-backend-entwickler.md": {
        "location": "Regensburg",
        "employment_type": "full-time",
        "salary": "58.000 – 68.000 € brutto im Jahr",
    },
    "fr-chargee-de-clientele.txt": {
        "location": "Rennes",
        "employment_type": "full-time",
        "salary": "34 000 € – 38 000 € brut annuel",
    },
    "es-analista-de-datos.md": {
        "location": "Sevilla",
        "work_arrangement": "Híbrido (3 días en oficina)",
        "salary": "32.000 - 38.000 € brutos anuales",
    },
    "pt-engenheira-de-dados.md": {
        "location": "Fortaleza, CE",
        "work_arrangement": "Remoto",
        "employment_type": "full-time",
    },
    "sv-lagerarbetare.txt": {
        "location": "Jönköping",
        "employment_type": "full-time",
        "salary": "Enligt kollektivavtal, 27 500 kr/mån",
        "deadline": "15 januari 2027",
    },
    "nl-verpleegkundige.txt": {
        "location": "Zwolle",
        "employment_type": "part-time",
        "salary": "schaal 45, maximaal € 4.500 bruto per maand",
    },
    "it-sviluppatore-frontend.md": {
        "location": "Genova",
        "employment_type": "full-time",
        "salary": "35.000 - 42.000 €",
    },
    "ko-backend-engineer.txt": {"location": "서울 성동구", "employment_type": "full-time"},
    "ja-infra-engineer.md": {"location": "東京都千代田区"},
    "zh-product-manager.txt": {"location": "杭州", "salary": "20-30K·14薪"},
    "pl-ksiegowa.md": {
        "location": "Poznań",
        "employment_type": "full-time",
        "salary": "7 500 – 9 000 zł brutto miesięcznie",
        "deadline": "31 marca 2027",
    },
    "da-regnskabsassistent.txt": {
        "location": "Aarhus C",
        "employment_type": "full-time",
        "salary": "34.000 - 38.000 kr. om måneden plus pension",
        "deadline": "15. februar 2027",
    },
    "nb-servicetekniker.md": {
        "location": "Bergen",
        "employment_type": "full-time",
        "salary": "560 000 – 640 000 kr per år",
        "deadline": "1. mars 2027",
    },
    "tr-satis-temsilcisi.txt": {
        "location": "İzmir",
        "employment_type": "full-time",
        "salary": "35.000 - 45.000 TL net + prim",
        "deadline": "28 Şubat 2027",
    },
}
CONTAINS = {("ja-infra-engineer.md", "location")}  # '東京都千代田区（週2日リモート可）': the place is what counts
LOGISTICS_XFAIL: dict[str, str] = {}  # full-width colon labels ('工作地点：杭州') are read since fields.py learnt them


def golden_case(name: str, xfails: dict[str, str]) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=xfails[name])] if name in xfails else []
    return pytest.param(name, id=Path(name).stem, marks=marks)


def test_every_language_has_a_posting() -> None:
    assert sorted(p.name for p in LANG_GOLDEN.iterdir()) == sorted(LISTS)
    assert sorted(name.split("-")[0] for name in LISTS) == sorted(LANGUAGES)


@pytest.mark.parametrize("name", [golden_case(name, {}) for name in LISTS])
def test_language_posting_lists(name: str) -> None:
    record = extract_file(LANG_GOLDEN / name).to_dict()
    for kind, expected in LISTS[name].items():
        assert record[kind] == expected, kind


@pytest.mark.parametrize("name", [golden_case(name, LOGISTICS_XFAIL) for name in LOGISTICS])
def test_language_posting_logistics(name: str) -> None:
    logistics = extract_file(LANG_GOLDEN / name).to_dict()["logistics"]
    for field, expected in LOGISTICS[name].items():
        if (name, field) in CONTAINS:
            assert expected in (logistics[field] or ""), field
        else:
            assert logistics[field] == expected, field


# A language's words for terms and pay, as data: one snippet per phrasing, written for this test.
LOGISTICS_WORDS = [
    ("de-term-ends-on-a-date", "**Wir bieten:**\n- Teilzeit, zunächst bis 30.06.2027 befristet.\n", "duration",
     "zunächst bis 30.06.2027 befristet"),
    ("de-fixed-term-until", "Die Stelle ist befristet bis zum 31.3.2028.\n", "duration", "befristet bis zum 31.3.2028"),
    ("de-pay-by-agreement", "Die Vergütung erfolgt nach TV-L E11.\n", "salary", "Vergütung erfolgt nach TV-L E11"),
    ("nl-a-year-contract", "Arbeidsvoorwaarden\n- Een jaarcontract, daarna vast\n", "duration", "jaarcontract"),
    ("nl-contract-for-two-years", "Je krijgt een contract voor de duur van twee jaar.\n", "duration",
     "contract voor de duur van twee jaar"),
    ("nl-pay-by-cao-among-perks", "Wat we bieden\n- Salaris volgens cao Kinderopvang\n- Fietsplan\n", "salary",
     "Salaris volgens cao Kinderopvang"),
    ("nl-be-region-label", "- **Regio:** Harelbeke (West-Vlaanderen)\n", "location", "Harelbeke (West-Vlaanderen)"),
    ("nl-be-pay-label", "- **Loon:** € 16,40 - € 17,90 bruto per uur\n", "salary", "€ 16,40 - € 17,90 bruto per uur"),
    ("fr-daily-rate", "Modalités :\n* TJM selon expérience\n", "salary", "TJM selon expérience"),
    ("fr-pay-by-agreement", "Rémunération selon la convention collective Syntec.\n", "salary",
     "Rémunération selon la convention collective Syntec"),
    ("a-figure-among-perks-is-still-a-perk", "Wat we bieden\n- 500 euro opleidingsbudget\n", "salary", None),
]


@pytest.mark.parametrize(("text", "field", "expected"), [c[1:] for c in LOGISTICS_WORDS],
                         ids=[c[0] for c in LOGISTICS_WORDS])
def test_logistics_words(text: str, field: str, expected: str | None) -> None:
    assert jobx.extract(text).to_dict()["logistics"][field] == expected


def test_traditional_chinese_headings_labels_and_numbered_lines() -> None:
    """Taiwan and Hong Kong boards write the traditional characters ('工作內容', not '工作内容')."""
    text = ("製程工程師\n\n工作內容\n1. 負責機台日常保養與異常排除 2. 撰寫 SOP 與保養紀錄\n\n條件要求\n"
            "1. 具半導體設備維護經驗 2 年以上 2. 能閱讀英文原文手冊\n\n福利制度\n1. 年終獎金 2. 免費供餐及宵夜\n\n"
            "工作待遇：月薪 45,000~60,000元\n上班地點：新竹縣寶山鄉園區二路1號\n可上班日：一個月內\n")
    record = jobx.extract(text).to_dict()
    assert record["responsibilities"] == ["負責機台日常保養與異常排除", "撰寫 SOP 與保養紀錄"]
    assert record["minimum_qualifications"] == ["具半導體設備維護經驗 2 年以上", "能閱讀英文原文手冊"]
    assert record["benefits"] == ["年終獎金", "免費供餐及宵夜"]
    logistics = record["logistics"]
    assert (logistics["salary"], logistics["location"], logistics["start"]) == (
        "月薪 45,000~60,000元", "新竹縣寶山鄉園區二路1號", "一個月內")


def test_french_votre_fonction_heads_the_duties() -> None:
    record = jobx.extract(
        "Régisseur lumière (H/F/X)\n\nVotre fonction :\n\nAu sein de l'équipe technique, vous :\n\n"
        "- préparez la régie lumière des spectacles ;\n- encodez les conduites lumière sur la console.\n\n"
        "VOTRE PROFIL\n\n- Vous maîtrisez les consoles ETC Eos.\n"
    ).to_dict()
    assert record["responsibilities"] == [
        "préparez la régie lumière des spectacles", "encodez les conduites lumière sur la console."]


def test_korean_interpunct_lists_items_in_one_line() -> None:
    record = jobx.extract(
        "UX/UI 디자이너\n\n자격요건\nㆍUX/UI 디자인 실무 경력 3년 이상 ㆍFigma 활용 능숙자 ㆍ포트폴리오 제출 필수\n\n"
        "우대사항\nㆍ핀테크 서비스 디자인 경험자 ㆍHTML/CSS 기본 이해\n"
    ).to_dict()
    assert record["minimum_qualifications"] == ["UX/UI 디자인 실무 경력 3년 이상", "Figma 활용 능숙자", "포트폴리오 제출 필수"]
    assert record["preferred_qualifications"] == ["핀테크 서비스 디자인 경험자", "HTML/CSS 기본 이해"]


def test_spanish_suma_si_names_the_pluses_and_a_boards_fraud_warning_is_boilerplate() -> None:
    record = jobx.extract(
        "Vendedor Técnico\n\n**Requisitos:**\n\n- Experiencia en ventas técnicas\n\n**Suma si tenés:**\n\n"
        "- Matrícula de Gasista\n- Conocimiento de HubSpot\n\n🔒 *Bumeran nunca te va a pedir dinero para postularte.*\n"
    ).to_dict()
    assert record["preferred_qualifications"] == ["Matrícula de Gasista", "Conocimiento de HubSpot"]
    assert record["minimum_qualifications"] == ["Experiencia en ventas técnicas"]


def test_dutch_extra_punten_names_the_pluses() -> None:
    # 'Extra punten als je…': Dutch for 'bonus points if', its items continuing the heading
    record = jobx.extract(
        "Mobile Developer\n\n## Wat neem je mee?\n\n- 3 jaar ervaring met React Native\n\n## Extra punten als je…\n\n"
        "- ervaring hebt met Expo en EAS Build\n- iets weet van native modules in Swift of Kotlin\n"
    ).to_dict()
    assert record["preferred_qualifications"] == [
        "ervaring hebt met Expo en EAS Build",
        "iets weet van native modules in Swift of Kotlin",
    ]


def test_swedish_glued_heading_after_a_sentence_in_a_dump() -> None:
    # a one-paragraph dump: 'Vi erbjuder' glued to its first perk after a sentence's end; 'enligt' (according
    # to) joins a proper noun to its phrase rather than starting an item
    text = (
        "Elektrikerlärling – Umeå Om tjänstenVi är ett växande elföretag med 34 medarbetare som jobbar med villor "
        "och industri i Umeå med omnejd. Nu tar vi in två lärlingar som vill bli behöriga elektriker. "
        "Vi söker dig som • har B-körkort • talar och skriver svenska • kan ta instruktioner "
        "MeriterandeDet är meriterande om du bor i Umeå eller är beredd att flytta hit. "
        "Vi erbjuderLärlingslön enligt Installationsavtalet, i dag cirka 24 600 kr/mån första året med stegvis höjning ✔ Egen "
        "handledare och betald teoriutbildning ✔ Servicebil när du jobbar självständigt ✔ Friskvårdsbidrag "
        "3 000 kr/år AnsökanSkicka CV till rekrytering@umeel.example senast 10 december."
    )
    record = jobx.extract(text).to_dict()
    assert record["benefits"][:2] == [
        "Lärlingslön enligt Installationsavtalet, i dag cirka 24 600 kr/mån första året med stegvis höjning",
        "Egen handledare och betald teoriutbildning",
    ]
    assert "Vi erbjuder" not in " ".join(record["preferred_qualifications"])


def test_korean_we_are_looking_for_heads_the_requirements() -> None:
    record = jobx.extract(
        "뷰티 어드바이저\n\n■ 이런 일을 해요\n- 매장 방문 고객 응대\n- 재고 입출고 관리\n\n■ 이런 분을 찾아요\n"
        "- 고등학교 졸업 이상\n- 주말 근무 가능하신 분\n"
    ).to_dict()
    assert record["responsibilities"] == ["매장 방문 고객 응대", "재고 입출고 관리"]
    assert record["minimum_qualifications"] == ["고등학교 졸업 이상", "주말 근무 가능하신 분"]


def test_korean_section_marks_and_a_space_before_a_heading_in_a_dump() -> None:
    # a board's one-paragraph scrape: '◆ 이런 분을 찾아요 - ...', a section's mark, a space, then the heading
    text = (
        "알바몬 채용정보 보리숲베이커리 판교점 제빵 파트 정직원 모집 " * 12
        + "■ 하시게 될 일· 식빵, 바게트 등 빵 반죽·성형·굽기· 재료 입고 확인과 재고 관리"
        + "◆ 이런 분을 찾아요 - 제빵 경력 1년 이상 - 새벽 6시 출근이 가능하신 분 - 장시간 서서 근무하실 수 있는 분"
        + "◆ 이런 분이면 더 좋아요 - 제빵기능사 자격증 소지자 - 천연발효종 관리 경험이 있으신 분 - 분당·판교 인근 거주자"
    )
    record = jobx.extract(text).to_dict()
    assert record["minimum_qualifications"] == ["제빵 경력 1년 이상", "새벽 6시 출근이 가능하신 분", "장시간 서서 근무하실 수 있는 분"]
    assert record["preferred_qualifications"][0] == "제빵기능사 자격증 소지자"
    assert "재료 입고 확인과 재고 관리" in record["responsibilities"]


def test_japanese_labels_run_together_in_a_dump_head_their_values() -> None:
    # a board's one-paragraph scrape: a label right after another label, or after a value's closing bracket
    text = (
        "自動車整備士の求人です。当社は名古屋市で新車と中古車を販売しています。" * 6
        + "（取材担当：編集部）【必須】・3級自動車整備士以上の資格をお持ちの方・普通自動車免許"
        + "給与月給24万円～36万円（経験を考慮）休日休暇年間休日120日●週休2日制●夏季休暇●年末年始休暇"
    )
    record = jobx.extract(text).to_dict()
    assert "週休2日制" in record["benefits"] and "夏季休暇" in record["benefits"]


def test_german_public_service_sub_headings_of_the_requirements() -> None:
    # a federal posting's requirements under 'Qualifikationserfordernisse' and 'Außerfachliche Kompetenzen'
    record = jobx.extract(
        "Sachbearbeiter (w/m/d)\n\nWas erwarten wir von Ihnen?\nQualifikationserfordernisse:\n"
        "- abgeschlossene Ausbildung als Verwaltungsfachangestellte/r\nFachliche Kompetenzen – zwingend:\n"
        "- sicherer Umgang mit MS Office\nwünschenswert:\n- Kenntnisse in SAP HCM\nAußerfachliche Kompetenzen:\n"
        "- sorgfältige und selbstständige Arbeitsweise\n- Teamfähigkeit\n\n## Was bieten wir Ihnen?\n- flexible Arbeitszeiten\n"
    ).to_dict()
    assert record["minimum_qualifications"] == [
        "abgeschlossene Ausbildung als Verwaltungsfachangestellte/r",
        "sicherer Umgang mit MS Office",
        "sorgfältige und selbstständige Arbeitsweise",
        "Teamfähigkeit",
    ]
    assert record["preferred_qualifications"] == ["Kenntnisse in SAP HCM"]


def test_chinese_public_notice_outline_headings() -> None:
    # a state employer's notice numbers its sections: '三、招聘条件' heads the requirements, '五、报名方式' is how to apply
    record = jobx.extract(
        "排水管网巡检员招聘公告\n\n二、岗位职责\n1.负责排水管网的日常巡查；\n2.配合开展管道检测；\n"
        "三、报名条件\n1.大专及以上学历；\n2.持有C1及以上驾驶证；\n五、报名方式\n请将报名登记表发送至邮箱。\n"
    ).to_dict()
    assert record["minimum_qualifications"] == ["大专及以上学历；", "持有C1及以上驾驶证；"]


def test_dutch_a_streepje_voor_names_the_pluses() -> None:
    # 'Dan heb je een streepje voor': Dutch for 'that gives you an edge', after the questions it answers
    record = jobx.extract(
        "Monteur\n\nWat vragen wij?\n- Een mbo-diploma niveau 3 of 4\n- Rijbewijs B\n\n"
        "Ervaring met PLC-besturingen? Kennis van hydraulische aandrijvingen? Dan heb je een streepje voor.\n"
    ).to_dict()
    assert record["minimum_qualifications"] == ["Een mbo-diploma niveau 3 of 4", "Rijbewijs B"]
    assert record["preferred_qualifications"]


def test_german_wuenschen_wir_uns_heads_the_requirements() -> None:
    # 'Das wünschen wir uns von Ihnen' / 'Was wir uns wünschen': what the employer asks of the candidate
    for heading in ("Das wünschen wir uns von Ihnen", "Was wir uns wünschen"):
        text = (
            f"Ihre Aufgaben\n· Beratung der Kundschaft\n{heading}\n· abgeschlossene Ausbildung als PTA\n"
            "· sehr gute Deutschkenntnisse\n"
        )
        posting = jobx.extract(text)
        assert [item.text for item in posting.minimum_qualifications] == [
            "abgeschlossene Ausbildung als PTA",
            "sehr gute Deutschkenntnisse",
        ], heading


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Votre rôle\nVous rejoignez le service Finance (5 personnes) et devenez son relais.\n", "Finance"),
        ("Missions\nVous rejoindrez le pôle Collecte, une équipe de cinq personnes.\n", "Collecte"),
        ("La empresa\nBuscamos dos personas que se incorporarán al equipo de Pisos del hotel.\n", "Pisos"),
        ("Chi siamo\nCerchiamo una risorsa da inserire nel team Sinistri RCA della sede.\n", "Sinistri RCA"),
        ("Sobre a vaga\nBuscamos um técnico para integrar a equipe do SESMT na fábrica.\n", "SESMT"),
        # scripts without spaces: a unit's word, then the words that place the hire in it
        ("仕事内容\n今回は、前橋工場の品質保証部で検査業務を担当するメンバーを募集します。\n", "品質保証部"),
        ("仕事内容\n＜配属先＞工事部 設備課（12名）に配属。\n", "工事部 設備課"),
        ("업무 내용\n이번 포지션은 이천 제2센터 출고운영팀에서 출고 라인을 운영합니다.\n", "출고운영팀"),
        ("职位描述\n你将加入华东运营中心，向区域总监汇报。\n", "华东运营中心"),
        # a team named as one compound word after 'our'
        ("Om tjänsten\nDu blir en del av vårt serviceteam och får en egen handledare.\n", "serviceteam"),
        ("Over de functie\nJe komt in ons renovatieteam van zes timmerlieden.\n", "renovatieteam"),
        # not a place where the work is done, nor a unit the posting says it is not
        ("仕事内容\n・麹室での製麹作業\n", None),
        ("仕事内容\nよくある保守運用チームではなく、開発も担当します。\n", None),
    ],
    ids=["fr-le-service", "fr-le-pole", "es-equipo-de", "it-nel-team", "pt-equipe-do", "ja-de", "ja-ni-haizoku",
         "ko-eseo", "zh-jiaru", "sv-vart-team", "nl-ons-team", "ja-place", "ja-dewa-naku"],
)
def test_a_team_named_after_its_word_in_other_languages(text: str, expected: str | None) -> None:
    assert jobx.extract(text).team == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a legal form written before names too opens the next name, not ends the words before it
        ("求人 土日祝休み 株式会社清流ライフサポート 法人営業\n\n仕事内容\n・法人営業\n", "株式会社清流ライフサポート"),
        # a form written only after a name ends it whatever follows
        ("青禾科技有限公司成立于2015年\n\n岗位职责\n1. 负责数据分析\n", "青禾科技有限公司"),
        # a scrape's header run into one long line: the name near its start
        ("エン転職 トップ 求人を探す ＞ 仙台市の求人 ＞ 株式会社東北エアテック 施工管理 " + "未経験歓迎の求人です。" * 40
         + "\n\n仕事内容\n・施工管理\n", "株式会社東北エアテック"),
    ],
    ids=["ja-form-before-a-name", "zh-form-after-a-name", "ja-one-line-header"],
)
def test_a_legal_name_in_a_script_without_spaces(text: str, expected: str) -> None:
    assert jobx.extract(text).company == expected


def test_french_board_items_marked_required_under_a_heading_of_pluses_are_requirements() -> None:
    # France Travail writes 'Profil souhaité' over every posting's requirements, each marked 'Exigé' or 'Souhaité'
    record = jobx.extract(
        "Jardinier paysagiste\n\nVos missions :\n- tonte et débroussaillage\n\nLes plus :\n- CACES R482 catégorie A\n\n"
        "Profil souhaité\n- 1 an - Expérience exigée\n- Certiphyto - Souhaité\n- CAP, BEP et équivalents - Exigé\n"
    ).to_dict()
    assert record["minimum_qualifications"] == ["1 an - Expérience exigée", "CAP, BEP et équivalents - Exigé"]
    assert record["preferred_qualifications"] == ["CACES R482 catégorie A", "Certiphyto - Souhaité"]


def test_french_duties_entrusted_a_place_among_terms_and_a_range_between_two_amounts() -> None:
    """'Ce que nous vous confions' heads the duties (written as nouns, which no verb votes for); the only
    part of a terms line shaped as a place is the place; 'entre 30 000 € et 38 000 €' among the perks is pay."""
    record = jobx.extract(
        "# Comptable (H/F)\n\nCabinet Lemoine & Fils\n\nCDI · Temps plein · Saint-Malo · De 2 à 5 ans d'expérience\n\n"
        "## Ce que nous vous confions\n\n- la tenue des dossiers comptables de nos clients ;\n"
        "- la préparation des bilans et des liasses fiscales.\n\n"
        "## Ce que nous vous proposons\n\n- Une rémunération selon profil, entre 30 000 € et 38 000 € brut annuel ;\n"
        "- Des tickets restaurant.\n"
    ).to_dict()
    assert record["responsibilities"] == [
        "la tenue des dossiers comptables de nos clients", "la préparation des bilans et des liasses fiscales."]
    assert record["logistics"]["location"] == "Saint-Malo"
    assert record["logistics"]["salary"] == "entre 30 000 € et 38 000 €"


def test_italian_headings_for_a_plus_and_for_why_choose_us() -> None:
    text = (
        "Addetto/a al magazzino\n\n**Il profilo che cerchiamo**\n\n- Esperienza di almeno 6 mesi in magazzino\n"
        "- Patentino del muletto\n\n**Un vantaggio se hai anche**\n\n- esperienza con SAP EWM\n\n"
        "**Perché scegliere Logiverde**\n\n- buoni pasto da 7 €\n- parcheggio gratuito\n"
    )
    posting = jobx.extract(text).to_dict()
    assert posting["preferred_qualifications"] == ["esperienza con SAP EWM"]
    assert posting["benefits"] == ["buoni pasto da 7 €", "parcheggio gratuito"]


def test_korean_headings_glued_to_the_word_before_them_in_a_one_line_scrape() -> None:
    text = (
        "사람인 채용정보 로그인 회원가입 [㈜푸른건설] 물류센터 현장 공무 담당자 채용 (경력 2년↑) 스크랩 공유 상세요강 ㈜푸른건설은 "
        "물류센터와 공장을 전문으로 하는 종합건설사입니다. 현장 공무팀에서 함께할 분을 모집합니다.담당업무- 공정표 작성 및 "
        "관리- 협력업체 기성 검토- 현장 문서 관리자격요건- 건설현장 공무 경력 2년 이상- 엑셀 문서작성 가능자- 현장 상주 근무 "
        "가능자우대사항- 건축기사 자격증 소지자- 평택 인근 거주자- 물류센터 현장 경험자복리후생- 현장 숙소 제공- 중식 제공- 명절 "
        "상여금 지급 지원 방법은 사람인 입사지원으로만 받습니다. 서류전형 후 면접 일정은 합격자에 한해 개별 통보합니다."
    )
    posting = jobx.extract(text).to_dict()
    assert posting["responsibilities"] == ["공정표 작성 및 관리", "협력업체 기성 검토", "현장 문서 관리"]
    assert posting["preferred_qualifications"] == ["건축기사 자격증 소지자", "평택 인근 거주자", "물류센터 현장 경험자"]


def test_spanish_headings_as_sentences_buscamos_puntos_extra_and_mexican_prestaciones() -> None:
    # 'Buscamos a alguien con:' (we look for someone with), 'Te damos puntos extra si cuentas con:' (bonus points),
    # 'Prestaciones:' (Mexico's word for the perks), and a board's similar jobs after them
    record = jobx.extract(
        "Ejecutivo de Ventas\n\nLo que harás:\n- Visitar clientes industriales\n- Elaborar cotizaciones\n"
        "Buscamos a alguien con:\n- Licenciatura en Administración o afín\n- Manejo de CRM\n"
        "Te damos puntos extra si cuentas con:\n✔ Inglés intermedio\n✔ Conocimiento de SAP Business One\n"
        "Prestaciones:\n- Prestaciones de ley\n- Vales de despensa\n\nEmpleos similares\n- Asesor comercial - Monterrey\n"
    ).to_dict()
    assert record["responsibilities"] == ["Visitar clientes industriales", "Elaborar cotizaciones"]
    assert record["minimum_qualifications"] == ["Licenciatura en Administración o afín", "Manejo de CRM"]
    assert record["preferred_qualifications"] == ["Inglés intermedio", "Conocimiento de SAP Business One"]
    assert record["benefits"] == ["Prestaciones de ley", "Vales de despensa"]


@pytest.mark.parametrize(
    "heading", ["### Votre rôle au sein de notre atelier", "Ton rôle chez nous", "## Tu rol en el equipo"]
)
def test_your_role_heads_the_duties_in_french_and_spanish(heading: str) -> None:
    # as 'Your role', 'Deine Rolle' and 'Il tuo ruolo' do: the heading names the duties, whatever its list says
    from jobx.segment import find_headings

    text = f"Horloger rhabilleur\n\n{heading}\n\n- Saisie des interventions dans l'ERP\n"
    found = [(h.text, h.kind_name) for h in find_headings(text, jobx.rules.default_rules()) if h.text]
    assert found[-1] == (heading.lstrip("# "), "responsibilities")


def test_dutch_what_you_may_expect_from_us_over_belgian_perks_in_one_line() -> None:
    # 'Dit mag je van ons verwachten' (what you may expect from us) over meal vouchers and a hospital insurance
    record = jobx.extract(
        "Vrachtwagenchauffeur CE\n\n## Wat verwachten we van jou?\n\n- Rijbewijs CE en code 95\n\n"
        "## Dit mag je van ons verwachten\n\nEen vast contract na een proefperiode • een correct loon, aangevuld met "
        "maaltijdcheques van € 8 per dag • hospitalisatieverzekering na 1 jaar dienst\n"
    ).to_dict()
    assert record["minimum_qualifications"] == ["Rijbewijs CE en code 95"]
    assert record["benefits"] == [
        "Een vast contract na een proefperiode",
        "een correct loon, aangevuld met maaltijdcheques van € 8 per dag",
        "hospitalisatieverzekering na 1 jaar dienst",
    ]


def test_french_perks_run_in_glued_to_the_last_requirement_in_a_one_line_scrape() -> None:
    record = jobx.extract(
        "Aide-soignant de nuit H/F - EHPAD Les Tilleuls Angers CDI Temps plein Profil recherché :- Diplôme d'État "
        "d'aide-soignant (DEAS) obligatoire- Expérience en EHPAD appréciée, débutants acceptés- Capacité à "
        "travailler de nuit en autonomie Seraient appréciés :- Formation d'assistant de soins en gérontologie- "
        "Connaissance du logiciel NETSoinsNous vous proposons :une rémunération selon la convention collective, "
        "une prime de nuit, un 13e mois, une mutuelle prise en charge à 60 %, des repas fournis la nuit."
    ).to_dict()
    assert "une prime de nuit" in record["benefits"]
    assert not any("Nous vous proposons" in item for item in record["preferred_qualifications"])


def test_german_nouns_of_action_name_a_list_under_a_heading_no_rule_knows() -> None:
    # 'Womit du dich beschäftigst' names no kind; its items open with nouns in '-ung' (and 'Mitarbeit')
    record = jobx.extract(
        "Schreiner:in (m/w/d)\n\n### Womit du dich bei uns beschäftigst\n\n- Anfertigung von Möbeln nach Plan\n"
        "- Bedienung der Kantenleimmaschine\n- Vorbereitung und Lieferung der Aufträge\n- Mitarbeit in der Montage\n\n"
        "### Was du mitbringen solltest\n\n- Abgeschlossene Lehre als Tischler:in\n"
    ).to_dict()
    assert record["responsibilities"] == [
        "Anfertigung von Möbeln nach Plan",
        "Bedienung der Kantenleimmaschine",
        "Vorbereitung und Lieferung der Aufträge",
        "Mitarbeit in der Montage",
    ]


def test_german_plural_nouns_of_action_and_an_austrian_board_s_perks_name_their_lists() -> None:
    # 'Womit du deinen Tag verbringst' and 'Was dich bei uns erwartet' name no kind: the duties open with nouns
    # of action, some plural ('Abgasmessungen'), and the perks are a company car, work clothes, drinks, an outing
    record = jobx.extract(
        "# Installateur (m/w/d)\n\n## Womit du deinen Tag verbringst\n- Wartung von Gasthermen\n"
        "- Abgasmessungen an Öl- und Gasanlagen\n- Dichtheitsprüfungen von Leitungen\n- Ausbrennen von Kesseln\n\n"
        "## Was dich bei uns erwartet\n- Firmenauto, auch für die Heimfahrt\n- Hochwertige Arbeitskleidung\n"
        "- Jause und Getränke in der Werkstatt\n- Jährlicher Betriebsausflug\n"
    ).to_dict()
    assert record["responsibilities"] == [
        "Wartung von Gasthermen", "Abgasmessungen an Öl- und Gasanlagen", "Dichtheitsprüfungen von Leitungen",
        "Ausbrennen von Kesseln"]
    assert record["benefits"] == [
        "Firmenauto, auch für die Heimfahrt", "Hochwertige Arbeitskleidung", "Jause und Getränke in der Werkstatt",
        "Jährlicher Betriebsausflug"]


def test_german_nouns_of_action_do_not_outvote_a_named_list_or_a_requirement_compound() -> None:
    # under a heading that names the pluses, '-ung' words ('Fachweiterbildung') are no duties; nor is
    # 'Berufserfahrung', a compound of the requirement cue 'erfahrung', in an unnamed list
    record = jobx.extract(
        "Pflegefachkraft (m/w/d)\n\n## Was uns besonders freut\n\n- Fachweiterbildung Intensivpflege\n"
        "- Berufserfahrung auf einer Intensivstation\n- Erfahrung mit COPRA\n\n## Was wir Ihnen bieten\n\n"
        "- Vergütung nach TVöD\n"
    ).to_dict()
    assert record["preferred_qualifications"] == [
        "Fachweiterbildung Intensivpflege", "Berufserfahrung auf einer Intensivstation", "Erfahrung mit COPRA"]
    assert record["responsibilities"] == []
    rules = jobx.rules.default_rules()
    assert is_duty_noun("Anfertigung", rules) and is_duty_noun("Registrazione", rules)
    assert not is_duty_noun("Berufserfahrung", rules) and not is_duty_noun("Ausbildung", rules)
    assert not is_duty_noun("Young", rules) and not is_duty_noun("zeitung", rules)


def test_korean_marked_headings_in_a_dump_head_their_dash_lists() -> None:
    # a board page scraped into one line: '■' marks each heading, its items glued on with '- ', and the
    # perks' heading glued to its text ('복리후생중식 제공')
    record = jobx.extract(
        "채용정보 상세 (주)한빛주택관리 경리 직원 채용 (경력 2년 이상) 등록일 2027-01-25 | 마감일 2027-02-12 | 조회수 184 "
        "저희 (주)한빛주택관리는 2009년부터 지역 아파트 11개 단지를 위탁관리하고 있는 주택관리업체입니다. 이번에 관리사무소에서 "
        "관리소장님, 관리과장님과 함께 일하실 경리 직원을 모십니다. 정규직으로 오래 함께 일하실 분을 찾습니다. 관리사무소는 소장, "
        "과장, 경리, 시설기사 3명, 미화원 6명, 경비원 8명으로 구성되어 있고, 분위기가 가족적입니다. "
        "■ 맡으실 일- 관리비 부과 및 수납- 전표 작성 및 월별 결산 보조- 민원 전화 응대 ■ 꼭 갖추셔야 할 조건- 회계 사무 경력 2년 이상- 전산회계 2급 자격증 소지자- 한글, 엑셀 능숙자- 꼼꼼하신 분 "
        "■ 있으면 좋은 조건- XpERP 사용 경험자 ■ 근무환경 및 복리후생중식 제공, 명절 상여금 지급, 연차 15일, 4대보험 가입"
    ).to_dict()
    assert record["responsibilities"] == ["관리비 부과 및 수납", "전표 작성 및 월별 결산 보조", "민원 전화 응대"]
    assert record["minimum_qualifications"] == [
        "회계 사무 경력 2년 이상", "전산회계 2급 자격증 소지자", "한글, 엑셀 능숙자", "꼼꼼하신 분"]
    assert record["preferred_qualifications"] == ["XpERP 사용 경험자"]
    assert record["benefits"][0].startswith("중식 제공")


def test_japanese_marked_items_are_no_headings() -> None:
    # '■' marks items here; an item's keyword ('資格') glued to its words is no heading, as no alias ends it
    text = (
        "施工管理スタッフ 仙台本社での募集です。＜応募資格＞■普通自動車運転免許をお持ちの方■基本的なPC操作ができる方"
        "＜歓迎条件＞■2級管工事施工管理技士の資格をお持ちの方■建設業界での実務経験がある方"
    )
    assert list(marked_headings(text, default_rules())) == []


def test_japanese_headings_inside_a_scraped_run_of_text_are_found() -> None:
    # a board scraped into one line: '仕事内容' stands in the middle of a run of text, after the board's chips,
    # and its one opening sentence comes before the '●' items; '【未経験歓迎】' is a tag, not a preferred
    # heading; '給与[正]' is the pay's label, which ends the list of pluses before it
    text = (
        "求人トップ＞愛知県＞豊橋市 ひまわり青果株式会社 仕分けスタッフ（正社員）交通費支給社保完備シフト制仕事内容"
        "市場から届いた野菜の仕分けと出荷をお任せします。●野菜の検品と箱詰め●出荷伝票の確認●フォークリフトでの積み込み"
        "応募資格【未経験歓迎】●高校卒業以上●早朝勤務ができる方歓迎条件●フォークリフト免許をお持ちの方"
        "●青果市場での勤務経験がある方給与[正]月給23万円～27万円※試用期間2ヶ月あり。"
    )
    record = jobx.extract(text).to_dict()
    assert record["responsibilities"][-3:] == ["野菜の検品と箱詰め", "出荷伝票の確認", "フォークリフトでの積み込み"]
    assert record["minimum_qualifications"] == ["高校卒業以上", "早朝勤務ができる方"]
    assert record["preferred_qualifications"] == ["フォークリフト免許をお持ちの方", "青果市場での勤務経験がある方"]


def test_austrian_minimum_pay_notice_is_no_perk() -> None:
    # Austria's law makes every ad state the collective agreement's minimum pay and any readiness to pay more:
    # a notice, not a perk, wherever it stands
    record = jobx.extract(
        "Koch (m/w/d)\n\nWir bieten\n\n- 5-Tage-Woche\n- Kostenlose Personalverpflegung\n"
        "- Für diese Position gilt ein kollektivvertragliches Mindestentgelt von EUR 2.310,- brutto pro Monat.\n"
        "- Bereitschaft zur Überzahlung je nach Qualifikation\n"
    ).to_dict()
    assert record["benefits"] == ["5-Tage-Woche", "Kostenlose Personalverpflegung"]


def test_japanese_marked_headings_named_by_their_keywords() -> None:
    # '■仕事の内容' (内容), '■求める人材' (求める), '■あると嬉しい資格' (あると, over 資格 and 嬉しい), '■うれしいポイント'
    text = (
        "【正社員】倉庫スタッフ募集\n\n■仕事の内容\n・入荷した商品の検品\n・フォークリフトでの運搬\n\n"
        "■求める人材\n◆普通自動車免許をお持ちの方\n◆体力に自信のある方\n\n■あると嬉しい資格・経験\n◆フォークリフト運転技能講習の修了\n\n"
        "■うれしいポイント\n社会保険完備、交通費支給、制服貸与。\n"
    )
    record = jobx.extract(text).to_dict()
    assert record["responsibilities"] == ["入荷した商品の検品", "フォークリフトでの運搬"]
    assert record["minimum_qualifications"] == ["普通自動車免許をお持ちの方", "体力に自信のある方"]
    assert record["preferred_qualifications"] == ["フォークリフト運転技能講習の修了"]
    assert record["benefits"] == ["社会保険完備", "交通費支給", "制服貸与。"]


def test_chinese_in_traditional_characters_names_its_perks_and_ends_at_the_application_steps() -> None:
    # '四、福利' over a list of Hong Kong perks in traditional characters (年假, 強積金, 醫療津貼): perks, not the
    # employer's prose; '申請方法' ends the lists; a board's warning against deposits is no item
    text = (
        "職位名稱：保健員（安老院）\n\n二、入職要求\n1、中五或以上程度；\n2、持有有效急救證書；\n\n四、福利\n"
        "有薪年假12天起、強積金、勤工獎每月$500、醫療津貼。\n\n申請方法：\n有意者請致電 2555 0136 與人事部聯絡。\n"
        "求職人士如遇到僱主要求繳付按金，應立即舉報。\n"
    )
    record = jobx.extract(text).to_dict()
    assert record["minimum_qualifications"] == ["中五或以上程度；", "持有有效急救證書；"]
    assert record["benefits"] == ["有薪年假12天起", "強積金", "勤工獎每月$500", "醫療津貼。"]


def test_dutch_duties_under_a_question_about_your_time_and_perks_led_by_the_pay() -> None:
    # 'Waar besteed je je tijd aan?' (je tijd) names the duties; a perks sentence led by a long pay clause is
    # still a list of perks
    text = (
        "Laboratoriumanalist\n\n## Waar besteed je je tijd aan?\n\n- Monsters voorbehandelen\n- Analyses uitvoeren\n\n"
        "## Wat wij bieden\n\nEen salaris van minimaal € 3.120 en maximaal € 4.285 bruto per maand bij een "
        "volledige werkweek (schaal 7 cao Onderzoeksinstellingen), 8% vakantiegeld, een goed pensioen via het ABP, "
        "29 vakantiedagen.\n"
    )
    record = jobx.extract(text).to_dict()
    assert record["responsibilities"] == ["Monsters voorbehandelen", "Analyses uitvoeren"]
    assert record["benefits"] == [
        "Een salaris van minimaal € 3.120 en maximaal € 4.285 bruto per maand bij een volledige werkweek (schaal 7 "
        "cao Onderzoeksinstellingen)", "8% vakantiegeld", "een goed pensioen via het ABP", "29 vakantiedagen."]


def test_french_run_ins_of_a_one_line_scrape_after_a_label_and_a_spaced_colon() -> None:
    # a label opens the line ('Entreprise :'); later run-ins follow a sentence ('Au quotidien, vous serez
    # chargé(e) de :') or a list's last item with no stop, closed by a colon set off by a space as French writes it
    text = (
        "Accueil > Offres Entreprise :Les Serres Amira SARL est une exploitation familiale de serres. Poste :Rattaché(e) "
        "au Directeur de production, vous prenez en charge un bloc de serres. Au quotidien, vous serez chargé(e) de "
        ":Planifier les travaux culturauxPiloter la fertigation des serresOrganiser le travail des contremaîtres "
        "Le profil que nous cherchons :Ingénieur agronome ou technicien spécialiséAu moins 3 ans d'expérience sous serre "
        "Seraient un atout :une expérience des ordinateurs climatiques ; la lutte biologique ; un permis B Ce que nous "
        "offrons :un salaire "
        "attractif, une prime de fin de campagne, un logement de fonction. Merci de postuler via le site."
    )
    record = jobx.extract(text).to_dict()
    assert record["responsibilities"] == [
        "Planifier les travaux culturaux", "Piloter la fertigation des serres", "Organiser le travail des contremaîtres"]
    assert record["minimum_qualifications"] == [
        "Ingénieur agronome ou technicien spécialisé", "Au moins 3 ans d'expérience sous serre"]
    assert record["preferred_qualifications"] == [
        "une expérience des ordinateurs climatiques", "la lutte biologique", "un permis B"]


def test_german_perks_under_what_you_get() -> None:
    # 'Dafür bekommst du' (bekommst: what you get) names the perks, which hold no perk word the rules list
    record = jobx.extract(
        "Seilbahntechniker (m/w/d)\n\n### Was dich erwartet\n- Wartung unserer Seilbahnanlagen\n\n### Dafür bekommst du\n"
        "- ✓ Ganzjahresstelle in einem familiengeführten Unternehmen\n- ✓ Kostenlose Saisonkarte für dich\n"
        "- ✓ Dienstwohnung in Zwieselstein möglich\n"
    ).to_dict()
    assert record["benefits"] == [
        "Ganzjahresstelle in einem familiengeführten Unternehmen", "Kostenlose Saisonkarte für dich",
        "Dienstwohnung in Zwieselstein möglich"]


@pytest.mark.parametrize(
    "requirements, sentence",
    [
        ("Krav", "Det är meriterande om du redan har praktik hos ett elföretag, har gått kursen ESA Fackkunnig, eller "
         "har certifikat för Heta arbeten."),
        ("Functie-eisen", "Het is een pré als je ervaring hebt met restauratiewerk, het VCA-diploma hebt, of met "
         "SketchUp kunt werken."),
    ],
)
def test_a_condition_set_the_reader_in_another_language_states_the_pluses(requirements, sentence) -> None:
    # 'om du', 'als je': a language's condition_openers, as 'if you' is English's
    text = f"Elektriker\n\n{requirements}\n\n- Körkort B\n- Svenska\n\n{sentence}\n"
    record = jobx.extract(text).to_dict()
    assert record["minimum_qualifications"] == ["Körkort B", "Svenska"]
    assert len(record["preferred_qualifications"]) == 3


def test_german_requirement_words_name_a_list_that_no_heading_names() -> None:
    # 'Das hast du drauf' (no keyword) over a licence, a willingness and a resilience the hire must bring
    from jobx.votes import content_kind

    rules = default_rules()
    text = (
        "• Abgeschlossene Lehre als Elektriker\n• Führerschein B\n• Bereitschaft zu Wochenenddiensten\n"
        "• Belastbarkeit und Teamgeist\n• Zuverlässige und genaue Arbeitsweise\n"
    )
    assert content_kind(text, 0, len(text), rules) is SectionKind.MINIMUM


def test_italian_wish_and_offer_headings_name_the_pluses_and_the_perks() -> None:
    text = (
        "# Magazziniere\n\n**Cosa ti chiediamo**\n\n- esperienza di almeno 2 anni in magazzino\n"
        "- attestato di sicurezza in corso di validità\n\n**Ci farà piacere se hai:**\n\n"
        "- patentino per il carrello elevatore\n- conoscenza di SAP\n\n"
        "**La nostra offerta:** contratto a tempo indeterminato, buoni pasto, mensa aziendale gratuita.\n"
    )
    posting = jobx.extract(text)
    assert [i.text for i in posting.preferred_qualifications] == [
        "patentino per il carrello elevatore", "conoscenza di SAP"]
    assert "buoni pasto" in [i.text for i in posting.benefits]


def test_korean_headings_of_the_work_and_of_the_conditions_to_apply() -> None:
    # '하시는 일' (the work you will do, honorific) and '[지원 조건]' (the conditions to apply) over their lists
    text = (
        "로컬푸드 직매장 직원 모집\n\n■ 하시는 일\n- 계산대(POS) 운영 및 고객 응대\n- 매장 청소 및 마감 정산\n\n"
        "[지원 조건]\n1. 주 5일 근무가 가능하신 분\n2. 10kg 내외의 농산물 박스를 운반하실 수 있는 분\n\n"
        "◆ 우대합니다\n· 유통관리사 2급 자격증 소지자\n"
    )
    posting = jobx.extract(text)
    assert [i.text for i in posting.responsibilities] == ["계산대(POS) 운영 및 고객 응대", "매장 청소 및 마감 정산"]
    assert [i.text for i in posting.minimum_qualifications] == [
        "주 5일 근무가 가능하신 분", "10kg 내외의 농산물 박스를 운반하실 수 있는 분",
    ]


def test_spanish_perks_of_chile_and_mexico_and_a_plus_called_an_advantage_in_a_dump() -> None:
    dump = (
        "Profesor/a de Historia Colegio Los Aromos Funciones Planificar las clases de historia de primero a cuarto "
        "medioEvaluar a los estudiantes y registrar las notas Requisitos indispensables Título de Profesor/a de "
        "Historia Experiencia mínima de 2 años en aula No figurar en el registro de inhabilidades Se considerará una "
        "ventajaPostítulo en didáctica de la historia, experiencia en liceos técnico-profesionales, haber trabajado "
        "con estudiantes PIE, y manejo de planillas Excel para las notas.Beneficios del cargoBono de locomoción y "
        "colaciónSeguro complementario de saludConvenio con caja de compensación Cómo postularPara postular debes "
        "ingresar con tu ClaveÚnica y adjuntar tu título."
    )
    posting = jobx.extract(dump)
    assert [i.text for i in posting.benefits] == [
        "Bono de locomoción y colación", "Seguro complementario de salud", "Convenio con caja de compensación",
    ]
    assert [i.text for i in posting.preferred_qualifications][:3] == [
        "Postítulo en didáctica de la historia", "experiencia en liceos técnico-profesionales",
        "haber trabajado con estudiantes PIE",
    ]


def test_a_list_of_belgian_perks_after_a_salary_label_s_value_is_the_perks_and_the_salary_stays() -> None:
    text = (
        "Fonction\nChauffeur-livreur (H/F/X)\n\nVos tâches\n- charger le camion\n- livrer les clients\n\n"
        "Conditions\nContrat : Contrat à durée indéterminée\nSalaire : à partir de 15,80 € brut/heure\n\n"
        "· chèques-repas de 8 € par jour presté\n· assurance hospitalisation après six mois\n"
        "· éco-chèques chaque année\n\nContact\nMme Dupont\n"
    )
    posting = jobx.extract(text)
    assert [i.text for i in posting.benefits] == [
        "chèques-repas de 8 € par jour presté", "assurance hospitalisation après six mois", "éco-chèques chaque année",
    ]
    assert posting.logistics.salary == "à partir de 15,80 € brut/heure"


def test_portuguese_perks_of_portugal_name_the_perks_under_oferece_se() -> None:
    text = (
        "Requisitos:\n- Licenciatura em Química\n- Domínio de Excel\n\nOferece-se: Contrato de trabalho com integração "
        "na equipa; subsídio de alimentação de 9,60 €/dia; seguro de saúde após o período experimental.\n"
    )
    assert [i.text for i in jobx.extract(text).benefits] == [
        "Contrato de trabalho com integração na equipa", "subsídio de alimentação de 9,60 €/dia",
        "seguro de saúde após o período experimental.",
    ]


def test_in_a_french_dump_a_question_of_the_perks_heads_a_sentence_that_lists_them() -> None:
    dump = (
        "Technicienne juridique Tâches ✓ Ouvrir les dossiers ✓ Préparer les actes Exigences ✓ DEC en techniques "
        "juridiques ✓ Deux ans d'expérience en étude. Pourquoi nous choisir? Parce que chez nous, vous aurez droit à un "
        "horaire d'été, à quatre semaines de vacances dès la première année, à des assurances collectives payées à 50 % "
        "et à cinq congés mobiles. " + "Postulez en ligne dès aujourd'hui. " * 8
    )
    benefits = [i.text for i in jobx.extract(dump).benefits]
    assert "à quatre semaines de vacances dès la première année" in benefits
    assert "à des assurances collectives payées à 50 %" in benefits


def test_an_italian_heading_that_says_what_we_ask_names_the_requirements() -> None:
    # 'chiediamo' (we ask), in 'Cosa chiediamo', 'Ti chiediamo', 'Chiediamo:': the requirements
    record = jobx.extract(
        "OPERAIO/A ADDETTO/A AL FRUTTETO\n\nAttività principali\n- raccolta delle mele;\n- potatura invernale.\n\n"
        "Cosa chiediamo\n• esperienza di almeno una stagione in frutteto;\n• patente B e automunito/a.\n"
    ).to_dict()
    assert record["minimum_qualifications"] == [
        "esperienza di almeno una stagione in frutteto", "patente B e automunito/a."]


def test_a_rioplatense_heading_that_says_what_you_need_names_the_requirements() -> None:
    # the voseo of Argentina and Uruguay: 'Lo que sí o sí necesitás:' (tú: 'lo que necesitas')
    record = jobx.extract(
        "Operario/a de vivero\n\nLo que sí o sí necesitás:\n· Primaria completa\n· Carné de salud vigente\n"
    ).to_dict()
    assert record["minimum_qualifications"] == ["Primaria completa", "Carné de salud vigente"]


def test_spanish_labores_name_the_duties_and_lunch_free_and_lodging_name_perks() -> None:
    text = (
        "Técnico en Sanidad Vegetal\n\nLabores principales en finca\n- Realizar el muestreo semanal de Sigatoka\n"
        "- Supervisar las cuadrillas de deshoja\n\nLo que pedimos\n- Técnico en Agronomía\n- Licencia B1 al día\n\n"
        "Trabajar con nosotros\n- Almuerzo subsidiado en el comedor de la finca\n- Transporte gratuito desde Guápiles\n"
        "- Alojamiento en la finca para quien venga de lejos\n"
    )
    posting = jobx.extract(text)
    assert len(posting.responsibilities) == 2
    assert len(posting.benefits) == 3
