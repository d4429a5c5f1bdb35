"""Story clusters: the copies of one wire story that several outlets carried, found at ingest.

Why: an agency story reprinted by twenty sites is one event in the world, not twenty. Relations
count each story once (see ``detente.relations``), so every document gets a ``story_id`` and every
event carries it.

How: near-duplicate detection with MinHash and locality-sensitive hashing (Broder 1997; Leskovec,
Rajaraman & Ullman, *Mining of Massive Datasets*, ch. 3), using the ``datasketch`` package.

- A document is the set of its word shingles: overlapping ``shingle_size``-word windows (3 by
  default) of the cleaned text, case-folded, punctuation dropped. A reprint with another first
  line and byline shares almost all of them; a different story about the same event shares few.
- ``datasketch.MinHash`` (the ``affine32`` scheme: 32-bit values) turns that set into a signature
  of ``num_perm`` values; the share of equal positions in two signatures estimates the Jaccard
  similarity of the two sets.
- LSH banding: the signature is cut into ``bands`` bands of ``rows`` values; documents that agree
  on a whole band are candidates. ``datasketch.MinHashLSH`` chooses ``bands`` × ``rows`` for the
  similarity threshold, minimising a weighted sum of the false positive and false negative
  areas; the weights (0.2, 0.8) favour recall, because every candidate is checked against its
  full signature anyway, so a false positive costs a comparison while a false negative costs a
  story counted twice. With 64 permutations that gives 14 bands of 4 rows: a pair at similarity
  0.6 becomes a candidate with probability 0.86, at 0.7 with 0.98.
- Each candidate's similarity is then estimated from the full signatures; a document joins the
  story of its most similar earlier document when that similarity is at least ``threshold`` (0.6)
  and their publication dates are at most ``window_days`` (7) apart — a yearly statement with the
  same wording is a new story. Otherwise it opens a new story. Stories never merge afterwards, so
  a ``story_id`` once given stays valid.

Scale: ``datasketch.MinHashLSH`` keeps its buckets in a dict, which grows with the corpus and is
lost when the process ends. Here the buckets and signatures are rows in the store
(``story_buckets``, ``story_signatures``), written in the same transaction as their document: a
later ingest run joins the stories already there, memory stays at SQLite's page cache whatever
the corpus size, and a crash never leaves a document without its buckets. With the defaults a
document costs 256 bytes of signature and one bucket row per band.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

__all__ = ["StoryIndex", "StoryMatch", "StoryParams", "bucket_keys", "shingles", "signature"]

_WORD = re.compile(r"\w+")
_LSH_WEIGHTS = (0.2, 0.8)  # false positive, false negative: see the module docstring
_MAX_CANDIDATES = 256  # bounds the work for a document that lands in very popular buckets


@dataclass(frozen=True, slots=True)
class StoryParams:
    """Clustering parameters; a store keeps the ones it was created with in ``settings``."""

    threshold: float = 0.6
    num_perm: int = 64
    bands: int = 0  # 0: let datasketch choose bands and rows for the threshold
    rows: int = 0
    shingle_size: int = 3
    window_days: int = 7
    seed: int = 1

    def resolved(self) -> StoryParams:
        """These parameters with ``bands`` and ``rows`` chosen by datasketch when unset."""
        if self.bands and self.rows:
            return self
        from datasketch import MinHashLSH  # imported here: readers of a store never need it

        lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm, weights=_LSH_WEIGHTS)
        return StoryParams(
            self.threshold,
            self.num_perm,
            lsh.b,
            lsh.r,
            self.shingle_size,
            self.window_days,
            self.seed,
        )

    def to_settings(self) -> dict[str, str]:
        p = self.resolved()
        return {
            "story.threshold": repr(p.threshold),
            "story.num_perm": str(p.num_perm),
            "story.bands": str(p.bands),
            "story.rows": str(p.rows),
            "story.shingle_size": str(p.shingle_size),
            "story.window_days": str(p.window_days),
            "story.seed": str(p.seed),
        }

    @classmethod
    def from_settings(cls, settings: Mapping[str, str]) -> StoryParams | None:
        if "story.num_perm" not in settings:
            return None
        return cls(
            threshold=float(settings["story.threshold"]),
            num_perm=int(settings["story.num_perm"]),
            bands=int(settings["story.bands"]),
            rows=int(settings["story.rows"]),
            shingle_size=int(settings["story.shingle_size"]),
            window_days=int(settings["story.window_days"]),
            seed=int(settings["story.seed"]),
        )


def shingles(text: str, size: int = 3) -> set[str]:
    """The set of overlapping ``size``-word windows of ``text`` (case-folded, words only).
    A text shorter than ``size`` words is one shingle; a text without words is the empty set."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


class _Signer:
    """Builds MinHash signatures with permutations generated once (not once per document)."""

    def __init__(self, params: StoryParams):
        from datasketch import MinHash

        self._minhash = MinHash
        self.params = params
        self._template = MinHash(num_perm=params.num_perm, seed=params.seed, scheme="affine32")

    def __call__(self, text: str) -> np.ndarray | None:
        items = shingles(text, self.params.shingle_size)
        if not items:
            return None
        m = self._minhash(
            num_perm=self.params.num_perm,
            seed=self.params.seed,
            permutations=self._template.permutations,
            scheme="affine32",
        )
        m.update_batch([s.encode("utf-8") for s in items])
        hashes: np.ndarray = m.hashvalues.astype("<u4")  # datasketch is untyped: name the type
        return hashes


def signature(text: str, params: StoryParams | None = None) -> np.ndarray | None:
    """The MinHash signature (little-endian uint32) of ``text``'s shingles; None without words."""
    return _Signer((params or StoryParams()).resolved())(text)


def bucket_keys(sig: np.ndarray, params: StoryParams) -> list[int]:
    """One signed 64-bit key per LSH band: a hash of the band number and the band's values, so
    that all bands share one indexed column."""
    p = params.resolved()
    raw = np.ascontiguousarray(sig, dtype="<u4")
    keys = []
    for band in range(p.bands):
        chunk = raw[band * p.rows : (band + 1) * p.rows].tobytes()
        digest = hashlib.blake2b(band.to_bytes(2, "little") + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


@dataclass(frozen=True, slots=True)
class StoryMatch:
    """The outcome of looking a document up: the story it joins (None: a new story), how similar
    its closest earlier document is, and the signature to record once the document is written."""

    story_id: int | None
    similarity: float
    signature: np.ndarray | None
    matched_document: int | None = None  # documents.pk of the closest earlier document
    keys: tuple[int, ...] = ()  # the signature's bucket keys


class StoryIndex:
    """Looks documents up in, and adds them to, the LSH buckets kept in the store.

    Works on the writer's connection inside the writer's transaction: ``match`` before the
    document row is inserted, ``record`` after it (the bucket rows reference the document).
    """

    def __init__(self, conn: sqlite3.Connection, params: StoryParams):
        self.conn = conn
        self.params = params.resolved()
        self._sign = _Signer(self.params)

    def match(self, text: str, published: dt.date | None) -> StoryMatch:
        sig = self._sign(text)
        if sig is None:
            return StoryMatch(None, 0.0, None)
        keys = tuple(bucket_keys(sig, self.params))
        marks = ",".join("?" * len(keys))
        rows = self.conn.execute(
            f"""SELECT s.document, s.signature, d.story_id, d.published
                FROM story_signatures s JOIN documents d ON d.pk = s.document
                WHERE s.document IN (
                    SELECT DISTINCT document FROM story_buckets WHERE key IN ({marks}) LIMIT ?)""",
            (*keys, _MAX_CANDIDATES),
        ).fetchall()
        best: tuple[float, int, int] | None = None  # similarity, -story, document
        for doc_pk, blob, story_id, other_published in rows:
            if story_id is None or not self._in_window(published, other_published):
                continue
            other = np.frombuffer(blob, dtype="<u4")
            if other.shape != sig.shape:
                continue
            sim = float(np.count_nonzero(other == sig)) / len(sig)
            if sim >= self.params.threshold and (best is None or (sim, -story_id) > best[:2]):
                best = (sim, -story_id, doc_pk)
        if best is None:
            return StoryMatch(None, 0.0, sig, None, keys)
        return StoryMatch(-best[1], best[0], sig, best[2], keys)

    def _in_window(self, a: dt.date | None, b: str | None) -> bool:
        if a is None or not b:
            return True
        return abs((a - dt.date.fromisoformat(b)).days) <= self.params.window_days

    def record(self, document_pk: int, match: StoryMatch) -> None:
        if match.signature is None:
            return
        self.conn.execute(
            "INSERT INTO story_signatures(document, signature) VALUES (?, ?)",
            (document_pk, match.signature.tobytes()),
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO story_buckets(key, document) VALUES (?, ?)",
            [(k, document_pk) for k in match.keys or bucket_keys(match.signature, self.params)],
        )
