"""Pass 1, catalogue matching: one left-to-right walk of the token trie, longest alias first.

Capitalisation is evidence ("US" but not "us", "Turkey" but not "turkey"). Hyphenated pairs need
nothing special: the tokenizer splits "North Korea-Russia" at the hyphen, so both sides match; a
name the tokenizer left glued to a longer word ("U.S.-led") is matched on its prefix. A name
shortened in a coordination ("North and South Korea", "East and West Germany") is matched as the
full name it stands for, on its one word. A name right after "pro-" ("the pro-Russian governor")
names a party sided with, not the one acting, and is no match.
"""

from __future__ import annotations

from .article import Article, Candidate
from .words import case_ok, normalise

__all__ = ["match_aliases"]


def match_aliases(art: Article) -> list[Candidate]:
    """Every catalogue alias of the article, longest first, none crossing a sentence."""
    doc, keys = art.doc, art.keys
    out: list[Candidate] = []
    i = 0
    n = len(doc)
    while i < n:
        found = art.cat.walk(keys, i)
        best: Candidate | None = None
        for end, hits in reversed(found):  # longest first
            if art.sent_start(end - 1) != art.sent_start(i):
                continue
            surface = [t.text for t in doc[i:end]]
            # a combining form names a country only joined to another party ("Indo-Pakistani",
            # "Sino-Russian"), not to a region or a family of languages ("the Indo-Pacific",
            # "Indo-European")
            paired = end + 1 < n and keys[end] == "-" and bool(art.cat.walk(keys, end + 1))
            usable = [h for h in hits if case_ok(h, surface) and (paired or h.via != "prefix")]
            if usable:
                best = Candidate(i, end, usable)
                break
        if best is None and "-" in keys[i]:
            glued = _glued(art, i)
            if glued:
                out.extend(glued)
                i = glued[-1].end
                continue
        if best is None:
            i += 1
            continue
        later = _longer_name_inside(art, best)
        if later is not None:
            i = later
            continue
        if i >= 2 and keys[i - 1] == "-" and keys[i - 2] == "pro":
            # "the pro-Russian governor of Gagauzia", "pro-Iranian Hezbollah": a party one
            # sides with is not the one named
            i = best.end
            continue
        out.append(best)
        i = best.end
    elided = _elided(art, out)
    if elided:
        # the full name outranks what the word alone matched ("North" as a metonym)
        gone = {c.start for c in elided}
        out = sorted([*(c for c in out if c.start not in gone), *elided], key=lambda c: c.start)
    return out


def _elided(art: Article, found: list[Candidate]) -> list[Candidate]:
    """The first word of "North and South Korea": a word that replaces the first word of the
    coordinated name after it and makes another name of the catalogue."""
    doc, keys = art.doc, art.keys
    longer = {i for c in found if c.end - c.start > 1 for i in range(c.start, c.end)}
    out = []
    for c in found:
        i = c.start - 2
        if c.end - c.start < 2 or i < 0 or i in longer or keys[i + 1] not in {"and", "or"}:
            continue
        if not doc[i].text[:1].isupper() or art.sent_start(i) != art.sent_start(c.start):
            continue
        rest = keys[c.start + 1 : c.end]
        whole = [keys[i], *rest]
        surface = [doc[i].text, *(t.text for t in doc[c.start + 1 : c.end])]
        hits = [
            h
            for end, hs in art.cat.walk(whole, 0)
            if end == len(whole)
            for h in hs
            if case_ok(h, surface) and h.via != "prefix"
        ]
        if hits:
            out.append(Candidate(i, i + 1, hits, via="elided"))
    return out


def _longer_name_inside(art: Article, found: Candidate) -> int | None:
    """Where a fuller name starts inside a match that begins with a title and runs past its end.

    A title-plus-name alias ("President Xi") must not swallow the first word of the full name
    it precedes ("President Xi Jinping"): the full name is matched instead, and the people pass
    reads the title before it. The family name comes first in Chinese, Korean and Vietnamese
    usage, so the title alias and the full name share their first name word."""
    keys, cat = art.keys, art.cat
    titled = keys[found.start] in cat.honorifics or any(
        " ".join(keys[found.start : found.start + n]) in cat.titles
        for n in range(1, min(cat.max_title_words, found.end - found.start) + 1)
    )
    if not titled:
        return None
    sent = art.sent_start(found.start)
    for j in range(found.start + 1, found.end):
        for end, hits in art.cat.walk(keys, j):
            if end > found.end and art.sent_start(end - 1) == sent:
                surface = [t.text for t in art.doc[j:end]]
                if any(case_ok(h, surface) and h.via != "prefix" for h in hits):
                    return j
    return None


def _glued(art: Article, i: int) -> list[Candidate]:
    """Names the tokenizer left glued to a hyphenated word: the first part ("U.S.-led",
    "U.S.-based") and, when that is a name, a name after the hyphen too ("U.S.-Japanese drills",
    "E.U.-Turkish talks", "U.S.-South Korean exercises", running on into the next words)."""
    doc = art.doc
    text = doc[i].text
    if "-" not in text[1:-1]:
        return []
    prefix, rest = text.split("-", 1)
    found = art.cat.walk([normalise(prefix)], 0)
    usable = [h for h in found[0][1] if case_ok(h, [prefix])] if found else []
    if not usable:
        return []
    out = [Candidate(i, i + 1, usable, char_end=doc[i].idx + len(prefix))]
    if not rest[:1].isupper():
        return out  # "U.S.-led", "U.S.-backed": no second name
    sent = art.sent_start(i)
    words = [normalise(rest), *art.keys[i + 1 :]]
    for end, hits in reversed(art.cat.walk(words, 0)):  # longest first
        if art.sent_start(i + end - 1) != sent:
            continue
        surface = [rest, *(t.text for t in doc[i + 1 : i + end])]
        second = [h for h in hits if case_ok(h, surface) and h.via != "prefix"]
        if second:
            start = doc[i].idx + len(prefix) + 1
            out.append(Candidate(i, i + end, second, char_start=start))
            break
    return out
