"""Draw the Wikinews check set: a fixed, seeded sample of sentences to hand-label.

    PYTHONPATH=src .venv/bin/python scripts/draw_wikinews_sample.py > /tmp/draw.tsv
        [--review /tmp/review.txt]

The draw is made before anyone looks at what the event coder does with these articles, and it
never runs the coder: the text goes through detente's extraction stage (the cleaned article text
every later stage reads) and the spaCy model's sentence splitter as ``detente.nlp.load`` sets it
up, and each sentence is then located in the record's own ``text`` field, whose character
offsets the labels file stores.

Strata, decided by a gazetteer test written here (not by the coder):

* an *international actor mention* is a case-sensitive whole-word match of a country's name
  (pycountry's name, common name and official name, the part before a comma of names such as
  "Korea, Republic of", and a few aliases: "U.S.", "Britain", "Turkey", ...), its demonym or
  capital (the hand table ``PLACES`` below, newsworthy states only), a metonym ("Kremlin",
  "White House") or an international organisation (``IGOS``); every mention resolves to one key
  (ISO3 or the organisation's name);
* an article is *international* when its text mentions at least two distinct keys;
* stratum **A**: sentences mentioning at least two distinct keys (any article);
  stratum **B**: the other sentences of international articles (to measure false positives on
  sentences that mostly carry no international event).

``random.Random(SEED)`` samples ``N_A`` sentences from A and then ``N_B`` from B, each pool in
corpus order; the output is sorted by article and offset. Sentences shorter than four words
(headings, datelines, photo credits) are left out of both pools.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path

import pycountry

from detente import nlp as nlp_stage
from detente.evaluate.dyadic import locate
from detente.extract import extract
from detente.ingest.jsonl import record_document

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews" / "articles.jsonl"
SEED = 9
N_A = 240
N_B = 80

ALIASES = {
    "USA": "U.S.|US|U.S.A.|USA|America|United States",
    "GBR": "UK|U.K.|Britain|Great Britain|England|Scotland|Wales",
    "TUR": "Turkey",
    "CZE": "Czech Republic",
    "RUS": "Russia",
    "COD": "DR Congo|DRC|Democratic Republic of the Congo",
    "CIV": "Ivory Coast",
    "MMR": "Burma",
    "PRK": "DPRK",
    "PSE": "Gaza|Gaza Strip|West Bank|Palestinians",
    "VAT": "Vatican",
}
# Demonyms, capitals and metonyms of the states most often in international news.
PLACES = {
    "AFG": "Afghan|Afghans|Kabul",
    "ARG": "Argentine|Argentinian|Buenos Aires",
    "ARM": "Armenian|Armenians|Yerevan",
    "AUS": "Australian|Australians|Canberra",
    "AUT": "Austrian|Vienna",
    "AZE": "Azerbaijani|Azeri|Baku",
    "BEL": "Belgian|Brussels",
    "BGD": "Bangladeshi|Dhaka",
    "BLR": "Belarusian|Minsk",
    "BOL": "Bolivian|La Paz",
    "BRA": "Brazilian|Brazilians|Brasília|Brasilia",
    "CAN": "Canadian|Canadians|Ottawa",
    "CHE": "Swiss|Bern",
    "CHL": "Chilean|Santiago",
    "CHN": "Chinese|Beijing",
    "COL": "Colombian|Bogotá|Bogota",
    "CUB": "Cuban|Cubans|Havana",
    "DEU": "German|Germans|Berlin",
    "DNK": "Danish|Copenhagen",
    "EGY": "Egyptian|Egyptians|Cairo",
    "ESP": "Spanish|Madrid",
    "ETH": "Ethiopian|Addis Ababa",
    "FRA": "French|Paris|Élysée|Elysee",
    "GBR": "British|Briton|Britons|London|Downing Street|Whitehall",
    "GEO": "Georgian|Tbilisi",
    "GRC": "Greek|Athens",
    "IND": "Indian|Indians|New Delhi",
    "IDN": "Indonesian|Jakarta",
    "IRN": "Iranian|Iranians|Tehran",
    "IRQ": "Iraqi|Iraqis|Baghdad",
    "IRL": "Irish|Dublin",
    "ISR": "Israeli|Israelis|Jerusalem|Tel Aviv",
    "ITA": "Italian|Italians|Rome",
    "JPN": "Japanese|Tokyo",
    "JOR": "Jordanian|Amman",
    "KAZ": "Kazakh|Nur-Sultan|Astana",
    "KEN": "Kenyan|Nairobi",
    "KOR": "South Korean|Seoul",
    "LBN": "Lebanese|Beirut",
    "LBY": "Libyan|Tripoli",
    "MEX": "Mexican|Mexicans|Mexico City",
    "NGA": "Nigerian|Abuja",
    "NLD": "Dutch|Amsterdam|The Hague",
    "NOR": "Norwegian|Oslo",
    "NZL": "New Zealander|Wellington",
    "PAK": "Pakistani|Islamabad",
    "PHL": "Filipino|Philippine|Manila",
    "POL": "Polish|Warsaw",
    "PRK": "North Korean|Pyongyang",
    "PSE": "Palestinian|Ramallah",
    "SAU": "Saudi|Saudis|Riyadh",
    "RUS": "Russian|Russians|Moscow|Kremlin",
    "SDN": "Sudanese|Khartoum",
    "SWE": "Swedish|Stockholm",
    "SYR": "Syrian|Syrians|Damascus",
    "THA": "Thai|Bangkok",
    "TUR": "Turkish|Ankara",
    "TWN": "Taiwanese|Taipei",
    "UKR": "Ukrainian|Ukrainians|Kyiv|Kiev",
    "USA": "American|Americans|Washington|White House|Pentagon",
    "VEN": "Venezuelan|Venezuelans|Caracas",
    "VNM": "Vietnamese|Hanoi",
    "YEM": "Yemeni|Sanaa|Houthi|Houthis",
    "ZAF": "South African|Pretoria",
}
IGOS = {
    "UN": "United Nations|UN|U.N.|Security Council|UNESCO|UNICEF|UNHCR",
    "NATO": "NATO",
    "EU": "European Union|EU|E.U.|European Commission|European Parliament",
    "IGO": "World Health Organization|WHO|IAEA|OPEC|African Union|Arab League|ASEAN|IMF"
    "|International Monetary Fund|World Bank|WTO|World Trade Organization|G7|G20"
    "|International Criminal Court|ICC|Interpol",
}


class Gazetteer:
    """Every name of an international actor, matched whole-word and case-sensitively."""

    def __init__(self) -> None:
        self.names = _names()
        body = "|".join(re.escape(n) for n in sorted(self.names, key=len, reverse=True))
        self.pattern = re.compile(rf"(?<![\w.])(?:{body})(?!\w)")

    def keys(self, text: str) -> set[str]:
        """The distinct actors (ISO3 or organisation) that ``text`` mentions."""
        return {self.names[m.group(0)] for m in self.pattern.finditer(text)}


def _names() -> dict[str, str]:
    """Name → key (ISO3, or UN/NATO/EU/IGO)."""
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names[value] = c.alpha_3
                names[value.split(",")[0]] = c.alpha_3
    for table in (ALIASES, PLACES, IGOS):
        for key, alts in table.items():
            for name in alts.split("|"):
                names[name] = key
    names.pop("Korea", None)  # pycountry's "Korea, ..." halves: ambiguous between the two
    return names


def sentences(records: list[dict]) -> list[dict]:
    """Every sentence of every record, located in the record's ``text``."""
    nlp = nlp_stage.load()
    out = []
    lost = 0
    for rec in records:
        article = extract(record_document(rec, rec["id"]))
        cursor = 0
        for sent in nlp(article.text).sents:
            s = sent.text.strip()
            if len(s.split()) < 4:
                continue
            span = locate(s, rec["text"], cursor)
            if span is None:
                lost += 1
                continue
            cursor = span[1]
            out.append({"id": rec["id"], "start": span[0], "end": span[1]})
    if lost:
        print(f"{lost} sentences not found in their record's text", file=sys.stderr)
    return out


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--review", type=Path, help="also write sentences in context (private)")
    args = parser.parse_args()
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    by_id = {r["id"]: r for r in records}
    gaz = Gazetteer()
    international = {r["id"] for r in records if len(gaz.keys(r["text"])) >= 2}
    pool_a, pool_b = [], []
    for s in sentences(records):
        text = by_id[s["id"]]["text"][s["start"] : s["end"]]
        if len(gaz.keys(text)) >= 2:
            pool_a.append(s)
        elif s["id"] in international:
            pool_b.append(s)
    rng = random.Random(SEED)
    drawn = [{**s, "stratum": "A"} for s in rng.sample(pool_a, N_A)]
    drawn += [{**s, "stratum": "B"} for s in rng.sample(pool_b, N_B)]
    order = {r["id"]: i for i, r in enumerate(records)}
    drawn.sort(key=lambda s: (order[s["id"]], s["start"]))
    print(
        f"# {len(records)} articles, {len(international)} international; pool A "
        f"{len(pool_a)}, pool B {len(pool_b)} sentences; drawn {N_A} + {N_B} (seed {SEED})"
    )
    for s in drawn:
        text = by_id[s["id"]]["text"][s["start"] : s["end"]]
        print(f"{s['id']}\t{s['start']}\t{s['end']}\t{sha1(text)}\t{s['stratum']}")
    if args.review:
        write_review(args.review, drawn, by_id)
    return 0


_LONGEST_PARAGRAPH = 2000  # characters; longer is a text without paragraph breaks


def write_review(path: Path, drawn: list[dict], by_id: dict[str, dict]) -> None:
    """The drawn sentences with their paragraph, title and date, for the labeller only; a text
    without paragraph breaks (a CNN story) gives the text around the sentence instead."""
    with path.open("w", encoding="utf-8") as fh:
        for n, s in enumerate(drawn, 1):
            rec = by_id[s["id"]]
            text = rec["text"]
            para_start = text.rfind("\n\n", 0, s["start"])
            para_end = text.find("\n\n", s["end"])
            para = text[max(para_start, 0) : para_end if para_end >= 0 else len(text)].strip()
            if len(para) > _LONGEST_PARAGRAPH:
                before = " ".join(text[max(0, s["start"] - 500) : s["start"]].split())
                after = " ".join(text[s["end"] : s["end"] + 200].split())
                para = f"... {before}\n[...] {after} ..."
            fh.write(
                f"=== {n} {s['id']} {s['start']} {s['end']} {s['stratum']} "
                f"{rec.get('date', 'no date')} | {rec.get('title', '')}\n{para}\n"
                f">>> {text[s['start'] : s['end']]}\n\n"
            )


if __name__ == "__main__":
    raise SystemExit(main())
