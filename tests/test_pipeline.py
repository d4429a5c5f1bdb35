"""``pipeline.analyze_doc`` is the one wiring of the stages after parsing: every way into event
coding (an article, a short text, the CLI, a scorer, a corpus run) goes through it, and it gives
each kind of caller what it needs."""

from __future__ import annotations

import json
import sys

import pytest
from typer.testing import CliRunner

import detente
from detente import corpus, pipeline
from detente.cli import app
from detente.events import Trace, coder
from detente.model import Analysis, Article, Document

ARTICLE = (
    "Kim visits Moscow\n"
    "North Korean leader Kim Jong Un met Russian President Vladimir Putin in Moscow on Tuesday. "
    '"Our friendship is unbreakable," Putin told reporters after the talks. '
    "The United States condemned the meeting and threatened new sanctions on Pyongyang."
)
SENTENCE = "Japan pledged emergency aid to Turkey after the earthquake."


@pytest.fixture()
def coding_callers(monkeypatch) -> list[str]:
    """The functions that called ``events.code``, one per call, however they imported it: the
    coder builds its ``Context`` by a global name at every call, so wrapping that class sees each
    one."""
    callers: list[str] = []

    class Watched(coder.Context):
        @classmethod
        def build(cls, *args, **kwargs):  # type: ignore[override]
            caller = sys._getframe(2).f_code  # Context.build() ← code() ← the caller
            callers.append(f"{caller.co_filename.rsplit('/', 1)[-1]}:{caller.co_name}")
            return super().build(*args, **kwargs)

    monkeypatch.setattr(coder, "Context", Watched)
    return callers


def test_an_article_and_a_short_text_get_what_they_need(resources) -> None:
    doc = resources.nlp(ARTICLE.partition("\n")[2])
    article = Article(id="a", title="Kim visits Moscow", text=doc.text, source="test")
    analysis = pipeline.analyze_doc(doc, resources, None, article=article)
    coded = pipeline.analyze_doc(doc, resources, None)

    assert isinstance(analysis, Analysis)
    assert analysis.quotes and analysis.key_points and analysis.events
    assert coded.events == analysis.events and coded.mentions == analysis.mentions
    assert not hasattr(coded, "quotes")  # a short text is coded, not summarised
    # publisher key points are kept as given
    given = Article(id="b", title=None, text=doc.text, source="test", key_points=("Given.",))
    assert pipeline.analyze_doc(doc, resources, None, article=given).key_points == ("Given.",)


def test_a_trace_records_the_decisions(resources) -> None:
    trace = Trace()
    coded = pipeline.analyze_doc(resources.nlp(SENTENCE), resources, None, trace)
    assert coded.events and trace.entries


def test_every_way_in_codes_events_through_analyze_doc(tmp_path, resources, coding_callers):
    detente.analyze(ARTICLE, resources=resources)
    detente.code(SENTENCE, date="2023-02-07", resources=resources)
    records = tmp_path / "in.jsonl"
    records.write_text(json.dumps({"id": "r1", "text": SENTENCE}) + "\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["code", str(records)]).exit_code == 0
    assert runner.invoke(app, ["explain", SENTENCE]).exit_code == 0
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"text": SENTENCE, "event": "AID"}) + "\n", encoding="utf-8")
    from detente.evaluate.events import evaluate_events

    evaluate_events(gold, resources)
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "c1", "text": ARTICLE}) + "\n", encoding="utf-8")
    with detente.open(tmp_path / "d.db") as store:
        corpus.run([articles], store, resources=resources)

    assert len(coding_callers) >= 6
    assert set(coding_callers) == {"pipeline.py:analyze_doc"}


def test_events_does_not_import_the_pipeline() -> None:
    """The stage is below the wiring: importing it must not pull the pipeline in."""
    import subprocess

    probe = "import sys, detente.events; print('detente.pipeline' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize(
    "text",
    [
        "Iranian Cmdr. Qassem Soleimani was killed in Baghdad on Friday.",
        "Brig. Gen. Hossein Salami said Sgt. Maj. Ali Rezaei was wounded.",
    ],
)
def test_a_title_abbreviation_never_ends_a_sentence(resources, text):
    assert len(list(resources.parser(text).sents)) == 1


def test_a_sentence_ending_before_a_title_still_ends(resources):
    doc = resources.parser("The talks ended on Monday. Gen. Mark Milley left for Kabul.")
    assert [s.text.split()[0] for s in doc.sents] == ["The", "Gen."]


def test_documents_are_parsed_in_batches_bounded_by_count_and_by_characters(
    resources, monkeypatch
) -> None:
    sizes: list[int] = []
    real = pipeline._parse_batch

    def recording(nlp, texts, batch_size):
        sizes.append(len(texts))
        return real(nlp, texts, batch_size)

    monkeypatch.setattr(pipeline, "_parse_batch", recording)
    sentence = "Japan pledged emergency aid to Turkey after the earthquake in the south. "
    documents = [
        Document(f"d{i}.txt", f"Brief {i}\n" + sentence * 6, "text/plain") for i in range(10)
    ]
    length = len(sentence * 6)
    out = list(pipeline.analyze_many(documents, resources, batch_chars=int(2.5 * length)))
    assert sizes == [3, 3, 3, 1]
    sizes.clear()
    again = list(pipeline.analyze_many(documents, resources, batch_size=4))
    assert sizes == [4, 4, 2]
    assert [a.to_dict() for a in again] == [a.to_dict() for a in out]
    assert all(isinstance(a, Analysis) and a.events for a in out)
