"""The English check: other languages are reported (E202), English is never rejected.

Every test sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from detente.extract.language import detect_language

FOREIGN = {
    "de": (
        "Die Außenminister der beiden Länder haben sich am Dienstag in der Grenzstadt getroffen "
        "und vereinbart, den Übergang für den Güterverkehr wieder zu öffnen. Nach Angaben der "
        "Ministerien soll eine gemeinsame Kommission jeden Monat tagen, um Streit über den Fluss "
        "beizulegen."
    ),
    "fr": (
        "Les ministres des Affaires étrangères des deux pays se sont rencontrés mardi dans la "
        "ville frontalière et ont convenu de rouvrir le passage aux camions. Selon les deux "
        "ministères, une commission commune se réunira chaque mois pour régler les différends."
    ),
    "es": (
        "Los ministros de Asuntos Exteriores de los dos países se reunieron el martes en la "
        "ciudad fronteriza y acordaron reabrir el paso para los camiones. Según los ministerios, "
        "una comisión conjunta se reunirá cada mes para resolver las disputas sobre el río."
    ),
    "ru": (
        "Министры иностранных дел двух стран встретились во вторник в пограничном городе и "
        "договорились вновь открыть переход для грузовиков. По словам чиновников, совместная "
        "комиссия будет собираться каждый месяц."
    ),
    "zh": (
        "两国外交部长星期二在边境城市会晤，同意重新开放货运口岸。两国官员表示，联合委员会将每月开会，"
        "解决有关河流的争端。"
    ),
    "ja": "両国の外相は火曜日に国境の町で会談し、貨物の通行のために国境検問所を再開することで合意した。",
    "it": (
        "I ministri degli Esteri dei due paesi si sono incontrati martedì nella città di confine "
        "e hanno deciso di riaprire il valico per i camion. Secondo i ministeri, una commissione "
        "comune si riunirà ogni mese."
    ),
    "nl": (
        "De ministers van Buitenlandse Zaken van de twee landen hebben dinsdag in de grensstad "
        "afgesproken om de grensovergang weer te openen voor vrachtverkeer. Volgens de "
        "ministeries zal een gezamenlijke commissie elke maand bijeenkomen."
    ),
}

ENGLISH = [
    "Putin met Kim.",
    "Kim Jong Un, Vladimir Putin, Sergei Shoigu, Choe Son Hui and Sergei Lavrov at Vostochny.",
    "Luiz Inácio Lula da Silva met Ursula von der Leyen and Abdel Fattah el-Sisi in Brasília.",
    "Xi Jinping and Narendra Modi met Cyril Ramaphosa, Recep Tayyip Erdoğan and Mohammed bin "
    "Salman in Johannesburg on Tuesday, with Emmanuel Macron and Olaf Scholz joining by video.",
    "Ministers from Estland and Valoria agreed to reopen the Ostra crossing to freight next "
    "month, officials said. A joint commission will meet every month to settle disputes over "
    "the river. Farmers welcomed the news.",
    "The delegation visited Bogotá, São Paulo, Montréal and Zürich before flying home.",
    "«Nous sommes prêts», the French minister said in Paris, adding that talks with Berlin "
    "would resume next week after the summit in Brussels was postponed by the presidency.",
]


@pytest.mark.parametrize("code", sorted(FOREIGN))
def test_foreign_text_is_reported_with_its_language(code: str) -> None:
    guess = detect_language(FOREIGN[code])
    assert not guess.english
    assert guess.code == code
    assert guess.evidence


@pytest.mark.parametrize("text", ENGLISH)
def test_english_is_accepted(text: str) -> None:
    guess = detect_language(text)
    assert guess.english, guess.evidence
    assert guess.code == "en"


def test_unprofiled_language_is_not_english() -> None:
    # Estonian has no profile of its own (Finnish, its neighbour, may claim it).
    text = (
        "Välisministrid kohtusid teisipäeval piirilinnas ja leppisid kokku kaubaveo taastamises. "
        * 6
    )
    guess = detect_language(text)
    assert not guess.english
    assert guess.code != "en"


def test_long_text_without_any_known_function_words_is_und() -> None:
    text = "Zorblat quimenna vostrak pelundi arrastek morvani, telbrak sunnavi orlestem. " * 8
    guess = detect_language(text)
    assert not guess.english
    assert guess.code == "und"


def test_english_article_quoting_german_stays_english() -> None:
    text = (
        'The chancellor told the Bundestag that the deal was fair. "Wir haben das Beste für '
        'unser Land erreicht", she said, before the opposition leader accused the government '
        "of giving in to pressure from its partners in the coalition and from abroad."
    )
    assert detect_language(text).english
