"""Escaping and highlighting by character spans, chart JSON embedding, links from data."""

from __future__ import annotations

import html
import json
import random
import re
from html.parser import HTMLParser

from detente.store import SearchHit
from detente.web.charts import embed_json
from detente.web.highlight import Span, find_trigger, highlight, highlight_trigger
from detente.web.views import MARK_CLOSE, MARK_OPEN, safe_url, snippet_html

HOSTILE = (
    'Kim <script>alert("x")</script> met <img src=x onerror=alert(1)> Putin & "friends" \'here\''
)


class Tags(HTMLParser):
    """Records every start tag with its attributes, checks nesting, and collects the text inside
    each mark by anchor id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.starts: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.text: list[str] = []
        self.balanced = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.starts.append((tag, dict(attrs)))
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.balanced = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(markup: str) -> Tags:
    p = Tags()
    p.feed(markup)
    p.close()
    return p


def strip_marks(markup: str) -> str:
    return html.unescape(re.sub(r"</?mark[^>]*>", "", markup))


def test_highlight_escapes_every_piece_and_keeps_the_text():
    spans = [Span(4, 12, "event", 'a "label" <b>'), Span(0, 3, "actor"), Span(40, 45, "quote")]
    out = str(highlight(HOSTILE, spans))
    tags = parse(out)
    assert {t for t, _ in tags.starts} == {"mark"}, tags.starts  # no <script>, no <img>
    assert tags.balanced and not tags.stack
    assert strip_marks(out) == HOSTILE
    assert "&lt;script&gt;" in out
    assert 'title="a &#34;label&#34; &lt;b&gt;"' in out


def test_crossing_and_nested_spans_nest_cleanly_in_random_cases():
    rng = random.Random(7)
    text = HOSTILE * 3
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(1, 8)):
            a, b = sorted(rng.sample(range(-5, len(text) + 5), 2))
            spans.append(Span(a, b, rng.choice(["actor", "event", "quote"]), label=text[:10]))
        out = str(highlight(text, spans))
        tags = parse(out)
        assert tags.balanced and not tags.stack, out
        assert {t for t, _ in tags.starts} <= {"mark"}
        assert strip_marks(out) == text
        for _, attrs in tags.starts:
            assert set(attrs) <= {"class", "title", "id"}


def test_anchor_marks_the_span_once_and_covers_its_text():
    text = "Russia and North Korea signed a treaty in Pyongyang."
    # An actor inside a trigger inside a quote, and a span crossing the quote's end.
    spans = [
        Span(11, 38, "quote"),
        Span(23, 29, "event", anchor="ev-7"),
        Span(23, 26, "actor"),
        Span(30, 45, "actor"),
    ]
    out = str(highlight(text, spans))
    assert out.count('id="ev-7"') == 1
    # The anchored mark's own text starts with the trigger's first characters.
    start = out.index('id="ev-7"')
    assert strip_marks(out[out.index(">", start) + 1 :]).startswith("sig")
    assert strip_marks(out) == text


def test_spans_outside_the_text_are_clamped_or_dropped():
    out = str(
        highlight("short", [Span(3, 99, "event"), Span(50, 60, "actor"), Span(4, 2, "quote")])
    )
    assert out == 'sho<mark class="hl hl-event">rt</mark>'


def test_unknown_kind_cannot_inject_a_class_attribute():
    out = str(highlight("abc", [Span(0, 1, 'x" onclick="alert(1)')]))
    assert parse(out).starts == [("mark", {"class": "hl hl-xonclickalert1"})]


def test_find_trigger_prefers_whole_words_near_the_hint():
    s = "Talks on talks: the talks resumed."
    assert find_trigger(s, "talks") == (0, 5)
    assert find_trigger(s, "talks", hint=19) == (20, 25)
    assert find_trigger("He met them at the meeting", "meet") is None
    assert find_trigger("", "x") is None


def test_highlight_trigger_uses_the_offset_when_it_matches():
    s = "Iran met Iraq; Iraq met Iran."
    assert str(highlight_trigger(s, "met", offset=20)).count("<mark") == 1
    assert '<mark class="hl hl-event">met</mark> Iran.' in str(
        highlight_trigger(s, "met", offset=20)
    )
    # A wrong offset falls back to searching the words.
    assert '<mark class="hl hl-event">met</mark> Iraq' in str(highlight_trigger(s, "met", offset=2))


def test_embed_json_cannot_close_its_script_element():
    value = {"title": "</script><script>alert(1)</script><!--", "amp": "a & b", "ls": "x\u2028y"}
    out = str(embed_json(value))
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out
    assert json.loads(out) == value


def test_search_snippet_marks_matches_and_escapes_the_rest():
    hit = SearchHit(
        "sha256:x",
        None,
        None,
        f"a <b>{MARK_OPEN}treaty{MARK_CLOSE}</b> {MARK_OPEN}<i>{MARK_CLOSE}",
        0.0,
    )
    out = str(snippet_html(hit))
    assert out == "a &lt;b&gt;<mark>treaty</mark>&lt;/b&gt; <mark>&lt;i&gt;</mark>"


def test_only_http_urls_become_links():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url(" JAVASCRIPT:alert(1)") is None
    assert safe_url("data:text/html,<script>") is None
    assert safe_url(None) is None


def test_every_piece_of_a_split_quotation_is_marked_and_the_attribution_is_not() -> None:
    from detente.model import Actor, Quote
    from detente.web.views import article_html
    from support.records import analysis

    text = "“We will talk,” the envoy said, “but not today.”"
    first, second = (1, 13), (33, 47)
    envoy = Actor("the envoy", None, None, "GOV", "person")
    quote = Quote(
        "We will talk but not today.", envoy, "said", True, (1, 47), 0, (first, second), (16, 25)
    )
    page = str(article_html(analysis(text, quotes=(quote,)), []))
    marked = re.findall(r'<mark class="hl hl-quote"[^>]*>([^<]*)</mark>', page)
    assert marked == ["We will talk", "but not today."]
    assert page.count('id="quote-0"') == 1
    assert "the envoy said" in re.sub(r"<mark[^>]*>[^<]*</mark>", "", page)
