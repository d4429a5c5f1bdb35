"""A small store for the dashboard tests, built from analyses written here by hand.

The articles are short, invented, and in the project's own words. Their events are written out
(type, CAMEO, Goldstein, actors, trigger) rather than produced by the event coder, so the web
tests check the dashboard, not the coder: a known number of PRK–RUS events in known quad
classes, a story told by two outlets, negated and hypothetical events, and one hostile article
whose title, text, quote, key point, URL, actor name and event sentence all carry markup that
would run if any page failed to escape it.

Named ``test_*`` so pytest puts this directory on ``sys.path`` for the browser tests too; it
holds no tests itself.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

from detente.model import Actor, ActorSummary, Analysis, Article, Event, Mention, Quote
from detente.store import Store

__all__ = [
    "HOSTILE_CODE",
    "HOSTILE_MARKERS",
    "HOSTILE_TITLE",
    "build_store",
    "fixture_analyses",
    "hostile_analysis",
    "pipeline_hostile_text",
]

COUNTRIES = {
    "PRK": "North Korea",
    "RUS": "Russia",
    "USA": "United States",
    "CHN": "China",
    "KOR": "South Korea",
    "UKR": "Ukraine",
}

# Every payload sets window.__xss or opens a dialog if it ever runs in a browser.
XSS_SCRIPT = "<script>window.__xss = 1; alert('xss')</script>"
XSS_IMG = '<img src=x onerror="window.__xss = 2; alert(2)">'
XSS_ATTR = '" onmouseover="window.__xss=3" data-x=\''
XSS_SVG = "<svg/onload=window.__xss=4>"
HOSTILE_TITLE = f"Envoys talk {XSS_SCRIPT} {XSS_ATTR} & more"
HOSTILE_CODE = "X</script><script>window.__xss=6</script>"
HOSTILE_MARKERS = ("window.__xss = 1", "onerror=", "onmouseover=", "<svg/onload")


def _actor(
    code: str, text: str | None = None, *, name: str | None = None, kind: str = "country"
) -> Actor:
    name = name or COUNTRIES.get(code, code)
    return Actor(text or name, name, code, None, kind, f"{kind}:{code}")  # type: ignore[arg-type]


def _event(
    text: str,
    sentence: str,
    trigger: str,
    event_type: str,
    cameo: str,
    goldstein: float,
    quad: int,
    source: list[str],
    target: list[str],
    day: dt.date,
    *,
    sentence_index: int,
    negated: bool = False,
    hypothetical: bool = False,
    future: bool = False,
    historical: bool = False,
) -> Event:
    """``historical``: the sentence recalls something five years before publication."""
    start = text.index(sentence) + sentence.index(trigger)
    return Event(
        event_type=event_type,
        mode=None,
        context=("diplomatic",) if quad in (1, 2) else ("military",),
        cameo=cameo,
        goldstein=goldstein,
        quad_class=quad,
        source=tuple(_actor(c) for c in source),
        target=tuple(_actor(c) for c in target),
        negated=negated,
        hypothetical=hypothetical,
        future=future,
        date=day.replace(year=day.year - 5) if historical else day,
        date_precision="year" if historical else "day",
        sentence_index=sentence_index,
        sentence=sentence,
        trigger=trigger,
        char_span=(start, start + len(trigger)),
        confidence=0.8,
        rule=f"test:{event_type}",
        historical=historical,
    )


def _analysis(
    title: str,
    day: dt.date,
    sentences: list[str],
    events: list[tuple[Any, ...]],
    *,
    quotes: list[tuple[str, str | None]] = (),  # type: ignore[assignment]
    url: str | None = None,
    key_points: tuple[str, ...] = (),
    extra_actors: tuple[Actor, ...] = (),
    source: str = "fixture",
) -> Analysis:
    text = " ".join(sentences)
    article = Article(
        id="sha256:" + hashlib.sha256(text.encode()).hexdigest(),
        title=title,
        text=text,
        source=source,
        url=url,
        published=day,
        key_points=key_points,
    )
    coded = []
    for spec in events:
        index, trigger, etype, cameo, g, quad, src, tgt, *flags = spec
        sentence = sentences[index]
        kw = {f: True for f in flags}
        coded.append(
            _event(
                text,
                sentence,
                trigger,
                etype,
                cameo,
                g,
                quad,
                src,
                tgt,
                day,
                sentence_index=index,
                **kw,
            )
        )
    mentions = []
    counts: dict[str, int] = {}
    for code, name in COUNTRIES.items():
        pos = text.find(name)
        while pos >= 0:
            sentence_index = next(
                i for i, s in enumerate(sentences) if text.index(s) <= pos < text.index(s) + len(s)
            )
            mentions.append(Mention(_actor(code), pos, pos + len(name), 0, 1, 0, sentence_index))
            counts[code] = counts.get(code, 0) + 1
            pos = text.find(name, pos + len(name))
    for actor in extra_actors:
        pos = text.find(actor.text)
        if pos >= 0:
            mentions.append(Mention(actor, pos, pos + len(actor.text), 0, 1, 0, 0))
    mentions.sort(key=lambda m: m.start)
    summaries = [ActorSummary(_actor(c), n, (COUNTRIES[c],)) for c, n in counts.items()]
    summaries += [ActorSummary(a, 1, (a.text,)) for a in extra_actors]
    coded_quotes = []
    for content, speaker in quotes:
        start = text.index(content)
        sentence_index = next(i for i, s in enumerate(sentences) if content in s)
        coded_quotes.append(
            Quote(
                content,
                _actor(speaker) if speaker else None,
                "said",
                True,
                (start, start + len(content)),
                sentence_index,
            )
        )
    return Analysis(
        article=article,
        actors=tuple(summaries),
        mentions=tuple(mentions),
        events=tuple(coded),
        quotes=tuple(coded_quotes),
        key_points=key_points or (sentences[0],),
    )


def fixture_analyses() -> list[Analysis]:
    """The fixture articles: PRK–RUS from cool to close (2017–2024), PRK–USA summits and
    tests, one story carried by two outlets, a 2017 article recalling a 2012 meeting (a
    historical mention), and the hostile article."""
    d = dt.date
    out = [
        _analysis(
            "Pyongyang fires a missile over the sea",
            d(2017, 7, 4),
            [
                "North Korea launched a long-range missile into the sea on Tuesday.",
                "The United States condemned the launch and asked for a meeting of the Security Council.",
            ],
            [
                (1, "condemned", "ACCUSE", "111", -2.0, 3, ["USA"], ["PRK"]),
                (1, "asked", "REQUEST", "020", -2.0, 3, ["USA"], ["PRK"]),
            ],
        ),
        _analysis(
            "Moscow criticises the test",
            d(2017, 9, 5),
            [
                "Russia criticised North Korea for its nuclear test on Sunday.",
                "Officials in Moscow said they would not support new sanctions against North Korea.",
            ],
            [
                (0, "criticised", "ACCUSE", "111", -2.0, 3, ["RUS"], ["PRK"]),
                (1, "support", "SANCTION", "163", -8.0, 4, ["RUS"], ["PRK"], "negated"),
            ],
        ),
        _analysis(
            "Leaders meet in Singapore",
            d(2018, 6, 12),
            [
                "The United States and North Korea held a summit in Singapore on Tuesday.",
                "Both sides signed a short statement on denuclearisation.",
            ],
            [
                (0, "summit", "CONSULT", "043", 2.8, 1, ["USA"], ["PRK"]),
                (1, "signed", "AGREE", "057", 8.0, 1, ["USA"], ["PRK"]),
            ],
        ),
        _analysis(
            "Kim visits Vladivostok",
            d(2019, 4, 25),
            [
                "North Korea and Russia held talks in Vladivostok on Thursday.",
                "Russia promised to keep humanitarian aid flowing to North Korea.",
            ],
            [
                (0, "talks", "CONSULT", "040", 1.0, 1, ["PRK"], ["RUS"]),
                (1, "promised", "AID", "030", 7.0, 2, ["RUS"], ["PRK"], "future"),
            ],
        ),
        _analysis(
            "A summit at the cosmodrome",
            d(2023, 9, 13),
            [
                "North Korea and Russia met at a space launch site in the Russian Far East on Wednesday.",
                "Russia agreed to help North Korea build satellites, officials said.",
                "Analysts said North Korea could send artillery shells to Russia.",
            ],
            [
                (0, "met", "CONSULT", "042", 1.9, 1, ["PRK"], ["RUS"]),
                (1, "agreed", "AGREE", "057", 8.0, 1, ["RUS"], ["PRK"]),
                (2, "send", "AID", "070", 7.0, 2, ["PRK"], ["RUS"], "hypothetical"),
            ],
        ),
        # One story told by two outlets, in different words: counted once in the series.
        _analysis(
            "Treaty signed in Pyongyang",
            d(2024, 6, 19),
            [
                "North Korea and Russia signed a treaty of comprehensive strategic partnership in Pyongyang on Wednesday.",
                "The pact commits each side to aid the other if it is attacked.",
            ],
            [
                (0, "signed", "AGREE", "057", 8.0, 1, ["PRK"], ["RUS"]),
                (1, "aid", "COOPERATE", "062", 6.4, 2, ["PRK"], ["RUS"]),
            ],
            source="outlet-a",
        ),
        _analysis(
            "Treaty signed in Pyongyang",
            d(2024, 6, 19),
            [
                "North Korea and Russia signed a treaty of comprehensive strategic partnership in Pyongyang on Wednesday.",
                "The pact commits each side to aid the other if it is attacked, state media reported.",
            ],
            [
                (0, "signed", "AGREE", "057", 8.0, 1, ["PRK"], ["RUS"]),
                (1, "aid", "COOPERATE", "062", 6.4, 2, ["PRK"], ["RUS"]),
            ],
            source="outlet-b",
        ),
        _analysis(
            "Troops sent to Kursk",
            d(2024, 10, 24),
            [
                "North Korea sent troops to Russia to fight against Ukraine, officials in Kyiv said.",
                "Ukraine accused North Korea of joining the war.",
            ],
            [
                (0, "sent", "COOPERATE", "062", 6.4, 2, ["PRK"], ["RUS"]),
                (1, "accused", "ACCUSE", "112", -2.0, 3, ["UKR"], ["PRK"]),
            ],
            quotes=[("joining the war", "UKR")],
        ),
    ]
    out.append(
        _analysis(
            "Envoys look back on an earlier meeting",
            d(2017, 7, 20),
            [
                "Five years ago North Korea and Russia held talks in Vladivostok, diplomats recalled on Thursday.",
            ],
            [(0, "talks", "CONSULT", "040", 1.0, 1, ["PRK"], ["RUS"], "historical")],
        )
    )
    out.append(hostile_analysis())
    return out


def hostile_analysis() -> Analysis:
    """An article whose every field carries markup: the XSS test's subject. Besides title,
    text, key point, quote and URL, a person whose catalogue name and words are markup is
    mentioned and quoted, and an event targets an actor whose *code* is markup (a user catalogue
    could hold one), so that it reaches tables, links and chart data."""
    s0 = f"North Korea and Russia held talks {XSS_SCRIPT} near the border {XSS_IMG} on Friday."
    s1 = f'Russia said "{XSS_SVG} we will help {XSS_ATTR}" after the meeting.'
    s2 = "Russia warned the rebels across the river."
    a = _analysis(
        HOSTILE_TITLE,
        dt.date(2024, 11, 1),
        [s0, s1, s2],
        [
            (0, "talks", "CONSULT", "040", 1.0, 1, ["PRK"], ["RUS"]),
            (1, "help", "AID", "070", 7.0, 2, ["RUS"], ["PRK"], "future"),
            (2, "warned", "THREATEN", "130", -4.4, 3, ["RUS"], [HOSTILE_CODE]),
        ],
        quotes=[(f"{XSS_SVG} we will help {XSS_ATTR}", "RUS")],
        url="javascript:window.__xss=5",
        key_points=(f"Key {XSS_IMG} point",),
        source="hostile",
    )
    spy = Actor(
        f"agent {XSS_IMG}", f"Agent {XSS_SCRIPT}", "RUS", "GOV", "person", "person:xss-agent"
    )
    start = a.article.text.index(s1)
    spy_mention = Mention(spy, start, start + len("Russia"), 0, 1, 0, 1, "coref")
    quote = replace(a.quotes[0], speaker=spy)
    return replace(
        a,
        actors=(*a.actors, ActorSummary(spy, 1, (spy.text,))),
        mentions=tuple(sorted((*a.mentions, spy_mention), key=lambda m: m.start)),
        quotes=(quote,),
    )


def build_store(path: Path, analyses: list[Analysis] | None = None) -> Path:
    """Write the fixture analyses (or the ones given) into a new store at ``path``."""
    with Store(path) as store:
        for analysis in analyses if analyses is not None else fixture_analyses():
            store.add(analysis)
    return path


def pipeline_hostile_text() -> tuple[str, str]:
    """A hostile article as plain text, for the real pipeline (``detente.analyze``): markup in
    the title, in the body and inside a quotation."""
    title = f"Talks resume {XSS_SCRIPT}"
    text = (
        f"North Korea and Russia resumed talks in Moscow on Monday {XSS_IMG}, officials said.\n"
        f'"We will deepen our cooperation {XSS_SVG}," the Russian foreign minister said after the meeting.\n'
        f"Russia promised to send food aid to North Korea before the winter {XSS_ATTR}."
    )
    return title, text
