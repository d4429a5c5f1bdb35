"""Is this text English? A script and function-word heuristic, by choice.

detente's parser, catalogue and lexicon are English, so a text in another language must be
reported (E202) rather than coded into nonsense. Statistical detectors were tried and rejected
for this job: the light offline ones (langid.py / py3langid, 4.5 MB) call short English texts
and English sentences dense with foreign names Finnish, Luxembourgish or Bikol ("Putin met
Kim.", "Kim Jong Un, Vladimir Putin, Sergei Shoigu and Lavrov in Vostochny."), and the accurate
ones (lingua) weigh hundreds of megabytes. News text answers the question more simply:

1. Letters of a non-Latin script (Cyrillic, Han, Arabic, ...) make up more than a set share of
   the letters → that script's language.
2. Otherwise the text's very frequent function words ("the", "of" vs "und", "der" vs "les",
   "des", ...) are counted per language, from ``data/language.yaml``. Name particles ("de",
   "von", "al", "da") count for nobody, so "Lula da Silva met von der Leyen" stays English.
3. A text is rejected only when another language clearly outscores English, or when a long text
   holds almost no English function words at all. A text too short to judge is accepted: a
   wrong rejection loses an article, while a wrong acceptance only yields few events.

A text that is mostly one passage repeated (a hundred sentences or more, at most one in ten
distinct) is judged on its distinct sentences: a headline repeated 100,000 times ("Russia
sanctions Ukraine.") is one short English sentence, not a long text without function words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

__all__ = ["LanguageGuess", "detect_language"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MIN_LETTERS = 20  # below this nothing is judged
_MIN_VOTES = 3  # function-word hits needed before another language can win
_MARGIN = 2.0  # another language must score this many times English
_MIN_EN_SHARE = 0.03  # a long text with fewer English function words than this is not English
_LONG_TEXT_WORDS = 60
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
_REPEATED_SENTENCES = 100  # this many sentences, at most a tenth distinct: judge the distinct


def _distinct(text: str) -> str:
    """``text``, or its distinct sentences when it is mostly one passage repeated."""
    sentences = _SENTENCE_BREAK.split(text)
    if len(sentences) < _REPEATED_SENTENCES:
        return text
    distinct = dict.fromkeys(sentences)
    return "\n".join(distinct) if len(distinct) * 10 <= len(sentences) else text


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str  # ISO 639-1 code, "en" when English or undecided; "und" when unknown non-English
    name: str
    english: bool
    evidence: str  # one line: why


@dataclass(frozen=True, slots=True)
class _Profile:
    scripts: tuple[tuple[str, str, tuple[tuple[int, int], ...]], ...]  # (code, label, ranges)
    max_foreign_script_share: float
    words: dict[str, frozenset[str]]
    names: dict[str, str]


@functools.cache
def _profile() -> _Profile:
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("detente.extract").joinpath("data/language.yaml").read_text("utf-8")
    )
    particles = {w.lower() for w in raw["name_particles"]}
    english = frozenset(w.lower() for w in raw["function_words"]["en"]) - particles
    words = {"en": english}
    for code, lst in raw["function_words"].items():
        if code != "en":
            words[str(code)] = frozenset(w.lower() for w in lst) - english - particles
    scripts = tuple(
        (s["language"], s["label"], tuple((int(a), int(b)) for a, b in s["ranges"]))
        for s in raw["scripts"]
    )
    return _Profile(scripts, float(raw["max_foreign_script_share"]), words, dict(raw["names"]))


def _script_of(cp: int, scripts: tuple[tuple[str, str, tuple[tuple[int, int], ...]], ...]) -> int:
    for i, (_code, _label, ranges) in enumerate(scripts):
        for lo, hi in ranges:
            if lo <= cp <= hi:
                return i
    return -1


def detect_language(text: str) -> LanguageGuess:
    """Decide whether ``text`` is English; name the language when it is not."""
    prof = _profile()
    text = _distinct(text)
    letters = [c for c in text if c.isalpha()]
    if len(letters) < _MIN_LETTERS:
        return LanguageGuess("en", "English", True, "too short to judge")
    counts = [0] * len(prof.scripts)
    for c in letters:
        if c < "\u0370":  # Latin, and everything before Greek
            continue
        i = _script_of(ord(c), prof.scripts)
        if i >= 0:
            counts[i] += 1
    foreign = sum(counts)
    if foreign / len(letters) > prof.max_foreign_script_share:
        codes = [s[0] for s in prof.scripts]
        best = max(range(len(counts)), key=counts.__getitem__)
        if codes[best] == "zh" and counts[codes.index("ja")] > 0.05 * foreign:
            best = codes.index("ja")  # kana among Han characters: Japanese
        code, label, _ = prof.scripts[best]
        share = round(100 * foreign / len(letters))
        return LanguageGuess(code, label, False, f"{share}% of letters are in a non-Latin script")
    tokens = [t.lower() for t in _WORD.findall(text)]
    scores = {code: sum(1 for t in tokens if t in ws) for code, ws in prof.words.items()}
    en = scores.pop("en")
    other, best_score = max(scores.items(), key=lambda kv: kv[1], default=("und", 0))
    if best_score >= _MIN_VOTES and best_score > _MARGIN * en:
        name = prof.names.get(other, other)
        return LanguageGuess(
            other,
            name,
            False,
            f"{best_score} {name} function words against {en} English ones",
        )
    if len(tokens) >= _LONG_TEXT_WORDS and en < _MIN_EN_SHARE * len(tokens):
        return LanguageGuess(
            "und",
            "an unrecognised language",
            False,
            f"only {en} English function words in {len(tokens)} words",
        )
    return LanguageGuess("en", "English", True, f"{en} English function words")
