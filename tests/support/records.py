"""Builders of ``Analysis`` objects for the store, export, story and relations tests.

The texts are written for these tests: ``analysis`` makes an article with hand-coded events,
``event`` and ``actor`` the records in it, ``rich_analysis`` one article with every kind of row.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from detente.model import Actor, ActorSummary, Analysis, Article, Event, Location, Mention, Quote

COUNTRY_NAMES = {
    "PRK": "North Korea",
    "RUS": "Russia",
    "USA": "United States",
    "CHN": "China",
    "UKR": "Ukraine",
    "KOR": "South Korea",
    "JPN": "Japan",
}

# PLOVER type → (CAMEO code, Goldstein, quad class), as the events stage would code them.
CODES = {
    "CONSULT": ("042", 1.9, 1),
    "AGREE": ("057", 8.0, 1),
    "SUPPORT": ("051", 3.4, 1),
    "COOPERATE": ("061", 6.4, 2),
    "AID": ("070", 7.0, 2),
    "ACCUSE": ("112", -2.0, 3),
    "THREATEN": ("138", -7.0, 3),
    "SANCTION": ("163", -8.0, 4),
    "ASSAULT": ("190", -10.0, 4),
    "MOBILIZE": ("150", -7.2, 4),
}


def actor(code: str, sector: str | None = "GOV", text: str | None = None) -> Actor:
    return Actor(
        text=text or COUNTRY_NAMES.get(code, code),
        name=COUNTRY_NAMES.get(code, code),
        code=code,
        sector=sector,
        kind="country",
        id=f"country:{code.lower()}",
    )


def event(
    event_type: str,
    source: str | tuple[str, ...],
    target: str | tuple[str, ...] = (),
    *,
    date: str | None = None,
    sentence: str = "",
    negated: bool = False,
    hypothetical: bool = False,
    future: bool = False,
    goldstein: float | None = None,
    sector: str | None = "GOV",
    target_sector: str | None = "GOV",
    position: int = 0,
    mutual: bool = False,
) -> Event:
    cameo, g, quad = CODES[event_type]
    sources = (source,) if isinstance(source, str) else source
    targets = (target,) if isinstance(target, str) else target
    sentence = sentence or f"{' and '.join(sources)} {event_type.lower()} {' and '.join(targets)}."
    return Event(
        event_type=event_type,
        mode=None,
        context=("diplomatic",),
        cameo=cameo,
        goldstein=g if goldstein is None else goldstein,
        quad_class=quad,
        source=tuple(actor(c, sector) for c in sources),
        target=tuple(actor(c, target_sector) for c in targets),
        negated=negated,
        hypothetical=hypothetical,
        future=future,
        date=dt.date.fromisoformat(date) if date else None,
        date_precision="day" if date else None,
        sentence_index=position,
        sentence=sentence,
        trigger=event_type.lower(),
        char_span=(0, len(event_type)),
        confidence=0.8,
        rule=f"test:{event_type}",
        mutual=mutual,
    )


def analysis(
    text: str,
    *,
    title: str | None = "A test article",
    published: str | None = "2023-09-13",
    events: tuple[Event, ...] = (),
    quotes: tuple[Quote, ...] = (),
    source: str | None = None,
    key_points: tuple[str, ...] = (),
    publisher_points: bool = False,
    external_id: str | None = None,
) -> Analysis:
    """An analysis of ``text`` whose id is the sha256 of the text, as extraction makes it."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    article = Article(
        id=f"sha256:{digest}",
        title=title,
        text=text,
        source=source or f"test/{digest[:8]}.txt",
        url=None,
        published=dt.date.fromisoformat(published) if published else None,
        key_points=key_points if publisher_points else (),
        credits=("With inputs from agencies",),
        external_id=external_id,
    )
    codes = sorted({a.code for e in events for a in (*e.source, *e.target) if a.code})
    actors = tuple(ActorSummary(actor(c), 2, (COUNTRY_NAMES.get(c, c),)) for c in codes)
    mentions = tuple(
        Mention(actor(c), i * 10, i * 10 + 5, i * 2, i * 2 + 1, i * 2, 0, via="catalogue")
        for i, c in enumerate(codes)
    )
    return Analysis(
        article=article,
        actors=actors,
        mentions=mentions,
        events=events,
        quotes=quotes,
        key_points=key_points,
        warnings=(),
    )


def rich_analysis() -> Analysis:
    """One analysis with every kind of row: key points from the publisher, actors, mentions,
    events with a location, a reporting actor and modality, and quotes with and without speaker."""
    text = (
        "North Korean leader Kim Jong Un travelled to the Russian Far East by armoured train.\n"
        "He met President Vladimir Putin at a spaceport, where the two discussed arms and food.\n"
        "Officials in Seoul said Pyongyang could send artillery shells to Moscow.\n"
        '"This is a marriage of convenience," an analyst said.'
    )
    kim = Actor("Kim Jong Un", "Kim Jong Un", "PRK", "GOV", "person", "person:kim-jong-un")
    putin = Actor("Putin", "Vladimir Putin", "RUS", "GOV", "person", "person:vladimir-putin")
    seoul = Actor("Officials in Seoul", "South Korea", "KOR", "GOV", "country", "country:kor")
    visit = Event(
        event_type="CONSULT",
        mode="visit",
        context=("diplomatic",),
        cameo="042",
        goldstein=1.9,
        quad_class=1,
        source=(kim,),
        target=(putin,),
        negated=False,
        hypothetical=False,
        future=False,
        date=dt.date(2023, 9, 13),
        date_precision="day",
        sentence_index=1,
        sentence="He met President Vladimir Putin at a spaceport, where the two discussed arms and food.",
        trigger="met",
        char_span=(89, 92),
        confidence=0.9,
        rule="meet.v:CONSULT",
        location=Location("Vostochny Cosmodrome", "RUS", 51.8, 128.3),
    )
    shells = Event(
        event_type="AID",
        mode="military",
        context=("military",),
        cameo="074",
        goldstein=8.5,
        quad_class=2,
        source=(Actor("Pyongyang", "North Korea", "PRK", "GOV", "country", "country:prk"),),
        target=(Actor("Moscow", "Russia", "RUS", "GOV", "country", "country:rus"),),
        negated=False,
        hypothetical=True,
        future=False,
        date=None,
        date_precision=None,
        sentence_index=2,
        sentence="Officials in Seoul said Pyongyang could send artillery shells to Moscow.",
        trigger="send",
        char_span=(200, 204),
        confidence=0.6,
        rule="send.v:AID/military",
        reported_by=(seoul,),
    )
    quote = Quote(
        content="This is a marriage of convenience,",
        speaker=Actor("an analyst", None, None, None, "person", None),
        cue="said",
        direct=True,
        char_span=(240, 276),
        sentence_index=3,
        pieces=((240, 258), (262, 276)),
        speaker_span=(278, 288),
    )
    unattributed = Quote("unnamed words", None, None, False, (0, 5), 0)
    base = analysis(
        text,
        title="Kim meets Putin at spaceport",
        key_points=("Kim travelled by train.", "The leaders discussed arms."),
        publisher_points=True,
        events=(visit, shells),
        quotes=(quote, unattributed),
        external_id="test:kim-putin",
    )
    mentions = (
        Mention(kim, 20, 31, 3, 6, 5, 0, "catalogue"),
        Mention(putin.with_text("Vladimir Putin"), 110, 124, 20, 22, 21, 1, "catalogue"),
        Mention(putin.with_text("He"), 85, 87, 16, 17, 16, 1, "coref"),
    )
    summaries = (
        ActorSummary(kim, 1, ("Kim Jong Un",)),
        ActorSummary(putin, 2, ("Vladimir Putin", "He")),
    )
    return Analysis(
        article=base.article,
        actors=summaries,
        mentions=mentions,
        events=base.events,
        quotes=base.quotes,
        key_points=base.key_points,
        warnings=("short text",),
    )
