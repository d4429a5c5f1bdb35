"""The dyadic scorer shared by the real-news benches, on small hand-made predictions."""

from __future__ import annotations

from detente.evaluate.dyadic import Label, Tally, in_span, locate, matches, pairs, parse_events
from detente.model import Event


def event(
    etype: str,
    src: tuple[str, ...],
    tgt: tuple[str, ...] = (),
    *,
    mutual: bool = False,
    negated: bool = False,
    historical: bool = False,
    span: tuple[int, int] = (0, 4),
) -> Event:
    return Event.from_dict(
        {
            "event_type": etype,
            "cameo": "010",
            "goldstein": 0.0,
            "quad_class": 1,
            "source": [{"code": c} for c in src],
            "target": [{"code": c} for c in tgt],
            "mutual": mutual,
            "negated": negated,
            "historical": historical,
            "char_span": list(span),
        }
    )


def test_parse_events_reads_directed_mutual_optional_and_multi_type():
    labs = parse_events("REJECT|ACCUSE CHN>USA; ?CONSULT PRK+KOR")
    assert labs == [
        Label(("REJECT", "ACCUSE"), "CHN", "USA", False, False),
        Label(("CONSULT",), "PRK", "KOR", True, True),
    ]
    assert str(labs[1]) == "?CONSULT PRK+KOR"
    assert parse_events("") == []


def test_pairs_keep_asserted_events_one_pair_per_country_pair():
    got = pairs(
        [
            event("ACCUSE", ("USA",), ("IRN", "SYR")),
            event("CONSULT", ("GRC", "CYP", "ISR"), mutual=True),
            event("ASSAULT", ("TUR",), ("SYR",), negated=True),
            event("ASSAULT", ("FRA",), ("CIV",), historical=True),  # background: no fresh event
            event("SUPPORT", ("FRA",)),  # no target, not mutual: no dyad
            event("AID", ("USA",), ("USA",)),  # one country: no dyad
        ]
    )
    assert got == {
        ("ACCUSE", "USA", "IRN", False),
        ("ACCUSE", "USA", "SYR", False),
        ("CONSULT", "CYP", "GRC", True),
        ("CONSULT", "CYP", "ISR", True),
        ("CONSULT", "GRC", "ISR", True),
    }


def test_directed_label_needs_the_direction_unless_one_side_is_mutual():
    directed = Label(("ACCUSE",), "USA", "IRN", False, False)
    assert matches(("ACCUSE", "USA", "IRN", False), directed)
    assert not matches(("ACCUSE", "IRN", "USA", False), directed)
    assert matches(("ACCUSE", "IRN", "USA", True), directed)  # a mutual pair: either order
    mutual = Label(("CONSULT",), "GBR", "IRL", True, False)
    assert matches(("CONSULT", "IRL", "GBR", False), mutual)
    assert not matches(("CONSULT", "IRL", "FRA", False), mutual)


def test_multi_type_label_accepts_any_of_its_types_and_pair_only_ignores_type():
    lab = Label(("SANCTION", "COERCE"), "DEU", "IRN", False, False)
    assert matches(("COERCE", "DEU", "IRN", False), lab)
    assert not matches(("ACCUSE", "DEU", "IRN", False), lab)
    assert matches(("ACCUSE", "DEU", "IRN", False), lab, typed=False)


def test_tally_counts_optional_labels_for_precision_never_for_recall():
    t = Tally()
    labs = parse_events("ACCUSE USA>IRN; ?ASSAULT YEM>SAU; REQUEST GBR>USA")
    got = {
        ("ACCUSE", "USA", "IRN", False),  # right, required
        ("ASSAULT", "YEM", "SAU", False),  # right, optional
        ("CONSULT", "GBR", "USA", False),  # wrong type, right pair
        ("AID", "FRA", "DEU", False),  # wrong
    }
    wrong, missed = t.add(got, labs)
    assert wrong == [("AID", "FRA", "DEU", False), ("CONSULT", "GBR", "USA", False)]
    assert [str(m) for m in missed] == ["REQUEST GBR>USA"]
    assert (t.coded, t.right, t.right_any) == (4, 2, 3)
    assert (t.required, t.found, t.found_any) == (2, 1, 2)
    assert t.precision == 0.5 and t.recall == 0.5 and t.f1 == 0.5
    assert t.recall_by_type() == {"ACCUSE": (1, 1), "REQUEST": (0, 1)}


def test_tally_counts_no_event_items_that_got_a_pair():
    t = Tally()
    t.add(set(), [])
    t.add({("ACCUSE", "USA", "IRN", False)}, [])
    t.add({("ACCUSE", "USA", "IRN", False)}, parse_events("?ACCUSE USA>IRN"))
    assert (t.items, t.empty_items, t.empty_coded) == (3, 2, 1)
    assert t.to_dict()["no_event_items_coded"] == 1


def test_in_span_takes_events_whose_trigger_starts_in_the_sentence():
    a, b = event("ACCUSE", ("USA",), ("IRN",), span=(5, 9)), event("AID", ("USA",), ("SYR",))
    assert in_span([a, b], (5, 20)) == [a]


def test_locate_tolerates_collapsed_whitespace_and_prefers_the_nearest_copy():
    text = "Title\n\nThe talks  ended.\nMore.\n\nThe talks ended."
    assert locate("The talks ended.", text) == (7, 24)
    assert locate("The talks ended.", text, near=40) == (32, 48)
    assert locate("The talks\nended.", text) == (7, 24)
    assert locate("Nothing like it.", text) is None
