"""Map PETRARCH-2 / Phoenix records onto detente's own knowledge formats.

Output shapes are the ones detente already reads (``actors/data/README.md``, ``docs/lexicon.md``):
person rows with terms, organisation and armed-group rows, role words in the shape of
``agents.yaml``'s ``roles``, and lexicon entries. Whatever the target formats cannot say is left
out and counted by reason in ``Converter.skipped`` rather than approximated: the converter never
invents a title, a gender or a recipient slot the dictionaries do not give.

Facts the mapping rests on:
  * a CAMEO actor code is a three-letter country (or IGO/NGO/MNC/IMG, or a region) followed by
    three-letter role codes; the first role after the country gives the sector;
  * PETRARCH date limits are inclusive, detente's ``end`` is the successor's first day, so an
    end date moves one day on;
  * a pattern code ``A:B`` codes a second event from the target back to the source; ``A:A`` is a
    mutual event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import pycountry
import yaml

from detente.knowledge.petrarch import Actor, Agent, CodeSpan, Pattern, Phrase, VerbDictionary


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# CAMEO country codes pycountry and detente's countries.yaml do not resolve; facts from the CAMEO
# codebook's country list.
CAMEO_COUNTRIES = {
    "KSV": "XKX",  # Kosovo
    "SRP": "BIH",  # Republika Srpska, an entity of Bosnia and Herzegovina
    "FRY": "YUG",  # Federal Republic of Yugoslavia
    "DDR": "DDR",  # German Democratic Republic (ISO 3166-3)
    "CSK": "CSK",  # Czechoslovakia (ISO 3166-3)
}
# Three-letter CAMEO region codes: an armed group coded by region is transnational (IMG).
CAMEO_REGIONS = {
    "AFR", "ASA", "BLK", "BLT", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR", "LAM",
    "MEA", "MED", "NAF", "NAM", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "SEU", "WAF",
    "WEU", "WST", "INT",
}  # fmt: skip
# CAMEO role codes → detente sectors (agents.yaml `sectors`); others are counted as unmapped.
# common nouns that PETRARCH's files list as a group's synonym ("TANZIM_ +ORGANIZATION_"):
# alone, they would name every body of that kind
GENERIC_ALIASES = frozenset(
    {"organization", "organisation", "group", "movement", "front", "army", "party", "council",
     "committee", "brigade", "brigades", "militia", "union", "league", "alliance", "forces"}
)  # fmt: skip
CAMEO_SECTORS = {
    "GOV": "GOV", "MIL": "MIL", "COP": "COP", "JUD": "JUD", "LEG": "LEG", "SPY": "SPY",
    "REB": "REB", "INS": "REB", "SEP": "REB", "OPP": "OPP", "PTY": "PTY", "CVL": "CVL",
    "MED": "MED", "BUS": "BUS", "MNC": "BUS", "EDU": "EDU", "REL": "REL", "REF": "REF",
    "LAB": "LAB", "AGR": "AGR", "HLH": "HLH", "CRM": "CRM", "ELI": "ELI", "UAF": "UAF",
    "IGO": "IGO", "NGO": "NGO", "NGM": "NGO", "CHR": "REL", "MUS": "REL", "JEW": "REL",
    "BUD": "REL", "HIN": "REL", "SIK": "REL", "JAN": "REL", "ATH": "REL", "CON": "REL",
    "DOX": "REL", "ITR": "REL", "SHI": "REL", "SUN": "REL", "CTH": "REL", "PRO": "REL",
}  # fmt: skip
# The sectors a term can carry: detente codes a person by the office held (agents.yaml offices).
SECTOR_OFFICE = {"GOV": "official", "MIL": "military", "REB": "rebel"}
# Words that make a name an institution or a group rather than a person.
INSTITUTION_WORDS = _words(
    """
    ACADEMY ACTION ADMINISTRATION AGENCY ALLIANCE ARMY ASSEMBLY ASSOCIATION AUTHORITY BANK
    BATTALION BATTALIONS BOARD BRIGADE BRIGADES BUREAU CABINET CELL CELLS CENTER CENTRE CHAMBER
    COALITION COLLEGE COMMAND COMMISSION COMMITTEE COMMUNITY COMPANY CONFERENCE CONGRESS
    CONTINGENT CORPORATION CORPS COUNCIL COURT DEPARTMENT DIRECTORATE DIVISION EMBASSY FACTION
    FEDERATION FORCE FORCES FORUM FOUNDATION FRONT FUND GROUP GROUPS GUARD GUARDS INC INSTITUTE
    LEAGUE LIBERATION MINISTRY MISSION MOVEMENT NETWORK OFFICE ORGANISATION ORGANIZATION PARLIAMENT
    PARTY POLICE PROGRAM PROGRAMME REGIME REPUBLIC SECRETARIAT SENATE SERVICE SERVICES SOCIETY
    SQUAD STAFF TASK TEAM TRIBUNAL UNION UNIT UNITS UNIVERSITY
    """
)
# Particles that make a multi-word verb a phrasal verb (detente's `prt`); other second words are
# prepositions (detente's `prep`).
PARTICLES = _words(
    "up down off out in on over back away through around along aside forward apart together"
)
_SMALL = _words(
    "al el bin ibn bint de del della der di da dos du la le van von ul ud y "
    "of and the in for on to at with"
)
PREPOSITIONS = _words(
    """
    about above across after against along among around at before behind below beside between
    beyond by despite during for from in inside into near of off on onto out outside over past
    since through throughout to toward towards under until upon with within without
    """
)
_CONFIDENCE = 0.6  # below detente's default 0.8: a converted entry never outranks its own data


@dataclass
class Tables:
    """What the converter reads from detente's own data files: country codes, sectors, offices,
    and the CAMEO codes of the ontology with the PLOVER type each implies."""

    iso3: set[str]
    cameo_iso: dict[str, str]
    sectors: set[str]
    offices: set[str]
    cameo: dict[str, dict[str, Any]]

    @classmethod
    def load(cls) -> Tables:
        # the data folders only: importing detente.actors or detente.events would load spaCy
        root = resources.files("detente")
        actors = root.joinpath("actors", "data")
        events = root.joinpath("events", "data")
        countries = yaml.safe_load(actors.joinpath("countries.yaml").read_text("utf-8"))
        agents = yaml.safe_load(actors.joinpath("agents.yaml").read_text("utf-8"))
        onto = yaml.safe_load(events.joinpath("ontology.yaml").read_text("utf-8"))
        iso3 = {c.alpha_3 for c in pycountry.countries} | set(countries["countries"])
        cameo_iso = dict(CAMEO_COUNTRIES)
        for iso, spec in countries["countries"].items():
            for code in spec.get("cameo") or ():
                cameo_iso[code] = iso
        return cls(
            iso3=iso3,
            cameo_iso=cameo_iso,
            sectors=set(agents["sectors"]),
            offices=set(agents["offices"]),
            cameo={str(k): v for k, v in onto["cameo"].items()},
        )

    def country(self, code: str) -> str | None:
        if code in self.cameo_iso:
            return self.cameo_iso[code]
        return code if code in self.iso3 else None

    def plover(self, code: str) -> str | None:
        """The PLOVER type a listed CAMEO code implies (its own or its nearest parent's)."""
        while code:
            spec = self.cameo.get(code)
            if spec is not None and "plover" in spec:
                plover: str | None = spec["plover"]  # the ontology file's field: a type or null
                return plover
            code = code[:3] if len(code) == 4 else code[:2] if len(code) == 3 else ""
        return None


def display(phrase: str) -> str:
    """``NURI AL-MALIKI`` → ``Nuri al-Maliki``; a single word of up to four letters stays in
    capitals, as an acronym (``ETA``, ``IAEA``)."""
    words = phrase.split()
    if len(words) == 1 and len(re.sub(r"[^A-Z]", "", words[0])) <= 4:
        return words[0]
    out = []
    for i, word in enumerate(words):
        parts = []
        for j, part in enumerate(word.lower().split("-")):
            small = part in _SMALL and (i > 0 or j > 0)
            text = part if small else part[:1].upper() + part[1:]
            if text.startswith("Mc") and len(text) > 2:
                text = "Mc" + text[2].upper() + text[3:]
            text = re.sub(r"(?<=')([a-z])(?=[a-z]{2})", lambda m: m[1].upper(), text)
            parts.append(text)
        out.append("-".join(parts))
    return " ".join(out)


def split_parenthesis(phrase: str) -> tuple[str, list[str]]:
    """``ANIMAL LIBERATION FRONT (ALF)`` → the name without the bracket, and the bracketed
    acronym (up to six characters) as an alias; any other bracket ("(AMERICAN)", "(COLOMBIA)")
    is dropped, never made an alias of its own."""
    found = re.findall(r"\(([^()]*)\)", phrase)
    if not found:
        return phrase, []
    name = " ".join(re.sub(r"\([^()]*\)", " ", phrase).split())
    extra = [f.strip() for f in found if re.fullmatch(r"[A-Z][A-Z0-9.-]{1,5}", f.strip())]
    return name, extra


@dataclass
class Converter:
    """Converts records into rows; ``skipped`` counts what could not be carried over, by reason,
    and ``counts`` what was."""

    tables: Tables
    skipped: Counter[str] = field(default_factory=Counter)
    counts: Counter[str] = field(default_factory=Counter)

    def skip(self, reason: str, n: int = 1) -> None:
        self.skipped[reason] += n

    # --------------------------------------------------------------------------------------------
    # actors

    def actor_rows(
        self, actors: Iterable[Actor], source: str
    ) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
        """People (one row per term) and organisations/groups from one actor file. ``source`` is
        ``countries``, ``international`` or ``nonstate``."""
        people: list[dict[str, str]] = []
        orgs: list[dict[str, str]] = []
        for actor in actors:
            self.counts[f"{source} actors read"] += 1
            codes = [s.code for s in actor.spans] + ([actor.code] if actor.code else [])
            codes = [c for c in codes if c != "---"]
            if not codes:
                self.skip(f"{source}: no code (or the null code ---)")
                continue
            name, extra = split_parenthesis(actor.name)
            if not name:
                self.skip(f"{source}: name is only a bracket")
                continue
            kind = self._kind(actor, name, source, codes)
            if kind is None:
                continue
            aliases = self._aliases(actor, name, extra)
            if kind == "person":
                rows = self._person(actor, name, aliases, source)
                if rows:
                    people.extend(rows)
                    self.counts[f"{source} people"] += 1
            else:
                row = self._org(actor, name, aliases, kind, source)
                if row:
                    orgs.append(row)
                    self.counts[f"{source} {kind}s"] += 1
        return people, orgs

    def _kind(self, actor: Actor, name: str, source: str, codes: list[str]) -> str | None:
        words = set(re.split(r"[\s-]+", name))
        institution = bool(words & INSTITUTION_WORDS)
        if source == "countries":
            if "CountryInfo" in actor.comment:
                return "person"
            if not any(c[3:6] in CAMEO_SECTORS for c in codes):
                self.skip("countries: a country or territory (detente's countries.yaml has them)")
                return None
            if institution:
                return "organization"
            if len(name.split()) < 2 or any(
                w in words for w in ("PRESIDENT", "MINISTER", "AMBASSADOR", "SECRETARY")
            ):
                self.skip("countries: a role phrase or a single word, not a name")
                return None
            return "person"
        if source == "nonstate":  # the file marks its individuals with a double underscore
            return "person" if actor.written.endswith("__") else "group"
        prefix = codes[-1][:3]
        if prefix in ("NGO", "MNC") or institution or len(name.split()) < 2:
            return "organization"
        if actor.spans:
            return "person"
        self.skip("international: undated IGO entry that may be a person or a body")
        return None

    def _aliases(self, actor: Actor, name: str, extra: list[str]) -> list[str]:
        out = [*extra]
        for syn in actor.synonyms:
            syn, more = split_parenthesis(syn)
            out.extend([syn, *more] if syn else more)
        shown = display(name)
        seen: dict[str, None] = {}
        for alias in out:
            text = alias if alias in extra else display(alias)
            if text.lower() in GENERIC_ALIASES:
                # "TANZIM_ +ORGANIZATION_": a common noun alone would name every organisation
                self.skip("aliases: a common noun alone")
                continue
            if text.lower() != shown.lower():
                seen.setdefault(text, None)
        self.counts["aliases"] += len(seen)
        return list(seen)

    def _split_code(self, code: str, source: str) -> tuple[str | None, str | None]:
        """``AFGGOVLAB`` → (``AFG``, ``GOV``); the country may be an organisation code (UN, IGO,
        NGO, IMG) and the sector None when the code names none detente has."""
        if code in CAMEO_SECTORS and code in CAMEO_REGIONS:
            # "REUTERS [MED]": a role alone names no country ("MED" is the media here, not the
            # Mediterranean region as in "MEDREB"); such an entry has no country to be coded to
            self.skip(f"{source}: a role code alone ({code}), no country")
            return None, CAMEO_SECTORS[code]
        head, rest = code[:3], code[3:]
        roles = [rest[i : i + 3] for i in range(0, len(rest), 3)]
        sector = next((CAMEO_SECTORS[r] for r in roles if r in CAMEO_SECTORS), None)
        country: str | None
        if head == "IGO":
            country = "UN" if rest.startswith("UNO") else "IGO"
            sector = sector if sector in ("MIL", "JUD") else "IGO"
        elif head == "NGO":
            country, sector = "NGO", "NGO"
        elif head == "MNC":
            country = self.tables.country(rest[:3]) or None
            sector = "BUS"
        elif head == "IMG" or head in CAMEO_REGIONS:
            country = "IMG"
            sector = sector if sector in ("REB", "UAF", "CRM") else "REB"
        else:
            country = self.tables.country(head)
            if country is None:
                self.skip(f"{source}: code {head} names no country detente knows")
        if sector is not None and sector not in self.tables.sectors:
            self.skip(f"{source}: sector {sector} is not one of detente's")
            sector = None
        return country, sector

    def _person(
        self, actor: Actor, name: str, aliases: list[str], source: str
    ) -> list[dict[str, str]]:
        terms: list[dict[str, str]] = []
        for span in sorted(actor.spans, key=lambda s: (s.start or dt.date.min, s.code)):
            term = self._term(span, source)
            if term:
                terms.append(term)
        country, sector = self._split_code(actor.code, source) if actor.code else (None, None)
        if country is None and actor.spans:
            country = self._split_code(actor.spans[-1].code, source)[0]
        if sector in SECTOR_OFFICE and actor.code:
            # an undated GOV/MIL/REB code is a role without a term: keep it as the person's sector
            self.counts["people with an undated office code"] += 1
        if not terms and country is None:
            self.skip(f"{source}: person with no country and no usable term")
            return []
        base = {
            "name": display(name),
            "kind": "person",
            "code": country or "",
            "sector": sector or "",
            "surname": "-",
            "gender": "",
            "aliases": "|".join(aliases),
        }
        empty = {"office": "", "country": "", "title": "", "start": "", "end": ""}
        if not terms:
            return [{**base, **empty}]
        # sector and code go on every row (each row rebuilds the entry); aliases on the first
        rows = [
            {**base, **t, "aliases": base["aliases"] if i == 0 else ""} for i, t in enumerate(terms)
        ]
        self.counts["terms"] += len(terms)
        return rows

    def _term(self, span: CodeSpan, source: str) -> dict[str, str] | None:
        if span.start and span.end and span.end < span.start:
            self.skip(f"{source}: term ends before it starts")
            return None
        country, sector = self._split_code(span.code, source)
        if country is None:
            return None
        office = SECTOR_OFFICE.get(sector or "")
        if country in ("UN", "IGO") and sector == "IGO":
            office = "sg"  # IGO entries with dated terms are heads of international bodies
        if office is None:
            self.skip(
                f"{source}: term coded {sector or span.code[3:] or 'without sector'}: no office"
            )
            return None
        end = span.end + dt.timedelta(days=1) if span.end else None
        if span.end is None:
            self.counts["open-ended terms (still in office in the 2014 data)"] += 1
        return {
            "office": office,
            "country": country,
            "title": "",
            "start": span.start.isoformat() if span.start else "",
            "end": end.isoformat() if end else "",
        }

    def _org(
        self, actor: Actor, name: str, aliases: list[str], kind: str, source: str
    ) -> dict[str, str] | None:
        code = actor.code or actor.spans[-1].code
        country, sector = self._split_code(code, source)
        if country is None:
            return None
        if actor.spans and actor.code is None:
            self.counts[f"{source}: organisation dates dropped"] += 1
        if kind == "group" and sector is None:
            sector = "REB"
        return {
            "name": display(name),
            "kind": kind,
            "code": country,
            "sector": sector or "",
            "aliases": "|".join(aliases),
        }

    # --------------------------------------------------------------------------------------------
    # agents

    def roles(self, agents: Iterable[Agent]) -> dict[str, dict[str, str]]:
        """Agent phrases → ``roles`` entries (lower-case phrase: sector) in agents.yaml's shape.
        A later phrase does not replace an earlier one."""
        out: dict[str, dict[str, str]] = {}
        for agent in agents:
            self.counts["agents read"] += 1
            roles = [agent.code[i : i + 3] for i in range(0, len(agent.code), 3)]
            sector = next((CAMEO_SECTORS[r] for r in roles if r in CAMEO_SECTORS), None)
            if sector is None or sector not in self.tables.sectors:
                self.skip(f"agents: code {agent.code} has no detente sector")
                continue
            forms = set(agent.forms)
            for form in sorted(forms):
                if re.search(r"[^A-Z' .-]", form):
                    self.skip("agents: form with characters other than letters")
                    continue
                if form.endswith("S") and (form[:-1] in forms or form[:-3] + "Y" in forms):
                    continue  # a plural of another form: detente matches lemmas
                key = " ".join(form.lower().split())
                if key not in out:
                    out[key] = {"sector": sector}
                    self.counts["agent phrases"] += 1
        return out

    # --------------------------------------------------------------------------------------------
    # verbs

    def lexicon(self, verbs: VerbDictionary) -> list[dict[str, Any]]:
        """Verb blocks → lexicon entries: one per coded verb, one per expressible pattern (over
        all the verbs of its block)."""
        out: list[dict[str, Any]] = []
        for block in verbs.blocks:
            lemmas: dict[tuple[str, str, str], str | None] = {}
            for verb in block.verbs:
                self.counts["verbs read"] += 1
                key = self._verb_key(verb.lemma, verb.before, verb.after)
                if key is None:
                    continue
                lemmas.setdefault(key, verb.code)
            slug = re.sub(r"[^a-z0-9]+", "-", block.name.lower()).strip("-")
            for (lemma, prt, prep), own in sorted(lemmas.items()):
                code = own or block.code
                if code is None:
                    self.skip("verbs: verb alone codes nothing (null code ---)")
                    continue
                ident = f"petrarch:{slug}:{lemma}" + (f"_{prt or prep}" if prt or prep else "")
                entry: dict[str, Any] = {"id": ident, "v": lemma}
                entry.update({k: w for k, w in (("prt", prt), ("prep", prep)) if w})
                if self._coded(entry, code, "verbs") is None:
                    continue
                out.append(entry)
                self.counts["verb entries"] += 1
            simple = sorted({lemma for (lemma, prt, prep) in lemmas if not prt and not prep})
            for n, pattern in enumerate(block.patterns, start=1):
                self.counts["patterns read"] += 1
                if not simple:
                    self.skip("patterns: block has only multi-word verbs")
                    continue
                found = self._pattern(pattern, verbs)
                if found is None:
                    continue
                entry = {"id": f"petrarch:{slug}:p{n}", "v": "|".join(simple), **found}
                out.append(entry)
                self.counts["pattern entries"] += 1
        return out

    def _verb_key(
        self, lemma: str, before: tuple[str, ...], after: tuple[str, ...]
    ) -> tuple[str, str, str] | None:
        if before:
            self.skip("verbs: words before the verb (WIRE_+TAP, RE_+ARREST)")
            return None
        if not re.fullmatch(r"[A-Z][A-Z-]*", lemma):
            self.skip("verbs: verb is not a plain word")
            return None
        if len(after) > 1:
            self.skip("verbs: more than one word after the verb")
            return None
        word = after[0].lower() if after else ""
        if word in PARTICLES:
            return lemma.lower(), word, ""
        if word and word not in PREPOSITIONS:
            self.skip("verbs: word after the verb is neither a particle nor a preposition")
            return None
        return lemma.lower(), "", word

    def _coded(self, entry: dict[str, Any], code: str, what: str) -> dict[str, Any] | None:
        """Attach a CAMEO code (and ``mutual`` for ``A:A``), or count why it cannot be."""
        first, colon, second = code.partition(":")
        if colon:
            if not first:
                self.skip(f"{what}: code names only the reverse event (:CODE)")
                return None
            if first == second:
                entry["mutual"] = True
            else:
                self.counts[f"{what}: reverse events dropped"] += 1
        if first == "---":
            self.skip(f"{what}: null code ---")
            return None
        if not re.fullmatch(r"\d{2,4}", first):
            self.skip(f"{what}: code {first!r} is not a CAMEO code")
            return None
        listed = first
        while listed and listed not in self.tables.cameo:
            listed = listed[:3] if len(listed) == 4 else ""
        if not listed:
            self.skip(f"{what}: CAMEO code not in the ontology")
            return None
        if listed != first:
            self.counts[f"{what}: code generalised to its listed parent"] += 1
        if self.tables.plover(listed) is None:
            self.skip(f"{what}: CAMEO 01 public statement (no PLOVER type)")
            return None
        entry["cameo"] = listed
        entry["conf"] = _CONFIDENCE
        return entry

    def _pattern(self, pattern: Pattern, verbs: VerbDictionary) -> dict[str, Any] | None:
        if pattern.before or pattern.before_preps:
            self.skip("patterns: words before the verb (a subject constraint)")
            return None
        words = [w for p in pattern.after for w in p.words]
        words += [w for pp in pattern.after_preps for p in pp.objects for w in p.words]
        if any(w in ("+", "$", "%", "^") for w in words):
            self.skip("patterns: actor markers (+ $ % ^) inside the pattern")
            return None
        entry: dict[str, Any] = {}
        nps = list(pattern.after)
        if len(nps) > 1 and len(nps[0].words) == 1 and nps[0].words[0].lower() in PARTICLES:
            entry["prt"] = nps.pop(0).words[0].lower()
        if len(nps) > 1:
            self.skip("patterns: several object phrases")
            return None
        if nps:
            objs = self._phrase(nps[0], verbs)
            if objs is None:
                return None
            entry["obj"] = "|".join(objs)
        if len(pattern.after_preps) > 1:
            self.skip("patterns: several prepositional phrases")
            return None
        if pattern.after_preps:
            pp = pattern.after_preps[0]
            if not re.fullmatch(r"[A-Z]+", pp.prep):
                self.skip("patterns: preposition is not a word")
                return None
            entry["prep"] = pp.prep.lower()
            if len(pp.objects) > 1:
                self.skip("patterns: several objects of a preposition")
                return None
            if pp.objects:
                pobjs = self._phrase(pp.objects[0], verbs)
                if pobjs is None:
                    return None
                entry["pobj"] = "|".join(pobjs)
        if not entry:
            self.skip("patterns: nothing after the verb (the verb's own code)")
            return None
        return self._coded(entry, pattern.code, "patterns")

    def _phrase(self, phrase: Phrase, verbs: VerbDictionary) -> list[str] | None:
        """A noun phrase → detente object lemmas (``head`` or ``mod head``), synsets expanded."""
        if len(phrase.words) > 2:
            self.skip("patterns: noun phrase of more than two words")
            return None
        options: list[list[str]] = []
        last = len(phrase.words) - 1
        for i, word in enumerate(phrase.words):
            if word.startswith("&"):
                members = verbs.synsets[word.rstrip("_")].members
                options.append([phrase_key(m) for m in members])
            else:
                key = phrase_key(word)
                options.append(_with_singular(key) if i == last else [key])
        if len(options) == 1:
            found = [o for o in options[0] if 1 <= len(o.split()) <= 2]
        else:
            found = [f"{a} {b}" for a in options[0] for b in options[1] if " " not in a + b]
        dropped = sum(len(o) for o in options) - len(found) if len(options) == 1 else 0
        if dropped:
            self.counts["patterns: synset members of 3+ words left out"] += dropped
        found = [f for f in dict.fromkeys(found) if re.fullmatch(r"[a-z][a-z' -]*", f)]
        if not found:
            self.skip("patterns: no usable object word")
            return None
        return found


def _with_singular(word: str) -> list[str]:
    """A pattern word and, for a plural form, its singular too: PETRARCH matches word forms,
    detente object lemmas ("villages" → also "village")."""
    if word.endswith("ies") and len(word) > 4:
        return [word, word[:-3] + "y"]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return [word, word[:-1]]
    return [word]


def phrase_key(text: str) -> str:
    """``DEBT_RELIEF_`` → ``debt relief``: lower case, words joined by blanks."""
    return " ".join(text.replace("_", " ").lower().split())
