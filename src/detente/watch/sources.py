"""What a source lists: the articles one poll of a feed, sitemap, URL list or folder offers.

A poll is two steps so that the expensive one can be skipped: ``listing`` fetches the source
itself (conditionally: an unchanged feed costs one 304 and nothing else) and returns
``Candidate``s, each an article with the key it is remembered by (its URL, or a file's path,
modification time and size) and a ``load`` that reads it only when asked. The loop asks only
for candidates it has not met before, one at a time, so that a stop lands between articles.

The existing readers do the reading: ``ingest.feed`` parses feeds, ``ingest.route`` sniffs and
reads a fetched page, ``ingest.read`` reads a folder's files.
"""

from __future__ import annotations

import dataclasses
import io
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from .. import ingest
from ..config import Limits
from ..errors import InputError
from ..ingest.directory import walk
from ..ingest.feed import read_feed
from ..ingest.route import read_stream
from ..model import Document, Failure
from .config import SourceConfig
from .fetch import Fetcher, Stopped
from .state import Validators

__all__ = ["Candidate", "Listing", "listing"]

MAX_SITEMAPS = 50  # nested sitemaps read from one sitemap index per poll


@dataclass(frozen=True, slots=True)
class Candidate:
    key: str  # what the article is remembered by
    url: str | None
    external_id: str | None
    load: Callable[[], list[Document | Failure]]


@dataclass(frozen=True, slots=True)
class Listing:
    """One poll's offer. ``validators``: per listing URL, to save once every candidate has been
    handled (saved earlier, a poll stopped half-way would see a 304 next time and never come
    back for the rest)."""

    candidates: tuple[Candidate, ...]
    validators: dict[str, Validators]
    not_modified: bool = False


def _limits(fetcher: Fetcher) -> Limits:
    s = fetcher.settings
    return Limits(max_bytes=s.max_bytes, timeout=s.timeout, user_agent=s.user_agent)


def _page(fetcher: Fetcher, url: str, entry: Document | None = None) -> list[Document | Failure]:
    """The documents of one fetched page; what the feed entry declared (title, date, id, site)
    wins over what extraction would guess."""
    response = fetcher.get(url)
    docs = list(
        read_stream(
            io.BytesIO(response.content),
            source=url,
            limits=_limits(fetcher),
            name=urlsplit(response.url).path,
            url=response.url,
            content_type=response.content_type,
        )
    )
    if entry is None:
        return docs
    out: list[Document | Failure] = []
    for doc in docs:
        if isinstance(doc, Document):
            meta = {**doc.meta, **{k: v for k, v in entry.meta.items() if k != "title_in_text"}}
            doc = dataclasses.replace(
                doc,
                id=doc.id or entry.id,
                title=doc.title or entry.title,
                published=doc.published or entry.published,
                meta=meta,
            )
        out.append(doc)
    return out


def _guarded(load: Callable[[], list[Document | Failure]], where: str) -> list[Document | Failure]:
    """``load()``, with an article that cannot be read turned into a Failure (never raised):
    one bad page must not fail its whole source. A stop request still ends the poll."""
    try:
        return load()
    except Stopped:
        raise
    except InputError as exc:
        return [Failure(exc.source or where, exc.reason, exc.code, "ingest")]
    except Exception as exc:  # a reader's bug on a hostile page
        why = f"{type(exc).__name__}: {exc}".splitlines()[0]
        return [Failure(where, f"{where} could not be read ({why})", "E119", "ingest")]


def _feed(source: SourceConfig, fetcher: Fetcher, validators: Validators) -> Listing:
    response = fetcher.get(source.location, validators)
    if response.not_modified:
        return Listing((), {}, not_modified=True)
    candidates = []
    try:
        entries = list(read_feed(response.content, source.location, _limits(fetcher)))
    except InputError as exc:
        if exc.code != "E102":  # a feed without entries yet is no error; a broken one is
            raise
        entries = []
    for entry in entries:
        if isinstance(entry, Failure):
            continue  # an entry without text may still link to a page
        key = entry.url or entry.id or entry.source
        if source.pages and entry.url:
            url = urljoin(response.url, entry.url)

            def load(url: str = url, entry: Document = entry) -> list[Document | Failure]:
                return _guarded(lambda: _page(fetcher, url, entry), url)

            candidates.append(Candidate(url, url, entry.id, load))
        else:

            def keep(entry: Document = entry) -> list[Document | Failure]:
                return [entry]

            candidates.append(Candidate(key, entry.url, entry.id, keep))
    return Listing(tuple(candidates), {source.location: response.validators})


def _page_candidates(fetcher: Fetcher, urls: list[str]) -> tuple[Candidate, ...]:
    out = []
    for url in dict.fromkeys(urls):

        def load(url: str = url) -> list[Document | Failure]:
            return _guarded(lambda: _page(fetcher, url), url)

        out.append(Candidate(url, url, None, load))
    return tuple(out)


def _xml(content: bytes, url: str) -> ET.Element:
    try:
        return ET.fromstring(content)  # expat: no external entities, bounded expansion
    except ET.ParseError as exc:
        raise InputError(
            f"{url} is not a readable sitemap ({exc})", code="E122", source=url
        ) from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _sitemap(
    source: SourceConfig,
    fetcher: Fetcher,
    validators: Validators,
    state_validators: Callable[[str], Validators],
) -> Listing:
    response = fetcher.get(source.location, validators)
    if response.not_modified:
        return Listing((), {}, not_modified=True)
    root = _xml(response.content, source.location)
    saved = {source.location: response.validators}
    urls: list[str] = []
    if _local(root.tag) == "sitemapindex":
        for loc in [e.text.strip() for e in root.iter() if _local(e.tag) == "loc" and e.text][
            :MAX_SITEMAPS
        ]:
            child_url = urljoin(response.url, loc)
            child = fetcher.get(child_url, state_validators(child_url))
            if child.not_modified:
                continue
            saved[child_url] = child.validators
            urls += _locs(_xml(child.content, child_url), child.url)
    elif _local(root.tag) == "urlset":
        urls = _locs(root, response.url)
    else:
        raise InputError(
            f"{source.location}: expected a <urlset> or <sitemapindex>, not <{_local(root.tag)}>",
            code="E122",
            source=source.location,
        )
    return Listing(_page_candidates(fetcher, urls), saved)


def _locs(root: ET.Element, base: str) -> list[str]:
    return [
        urljoin(base, e.text.strip())
        for e in root.iter()
        if _local(e.tag) == "loc" and e.text and e.text.strip()
    ]


def _url_list(source: SourceConfig, fetcher: Fetcher, validators: Validators) -> Listing:
    if source.urls:
        return Listing(_page_candidates(fetcher, list(source.urls)), {})
    response = fetcher.get(source.location, validators)
    if response.not_modified:
        return Listing((), {}, not_modified=True)
    try:
        text = response.content.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(
            f"{source.location}: a URL list must be UTF-8 text", code="E122", source=source.location
        ) from None
    urls = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            url = urljoin(response.url, line)
            if urlsplit(url).scheme in ("http", "https"):
                urls.append(url)
    return Listing(_page_candidates(fetcher, urls), {source.location: response.validators})


def _folder(source: SourceConfig) -> Listing:
    root = Path(source.location)
    if not root.is_dir():
        raise InputError(f"{root}: no such folder", code="E101", source=str(root))
    candidates = []
    for path in walk(root):
        try:
            info = path.stat()
        except OSError:
            continue  # removed while walking
        key = f"file:{path}:{info.st_mtime_ns}:{info.st_size}"

        def load(path: Path = path) -> list[Document | Failure]:
            return list(ingest.read([path]))

        candidates.append(Candidate(key, None, None, load))
    return Listing(tuple(candidates), {})


def listing(
    source: SourceConfig, fetcher: Fetcher, validators: Callable[[str], Validators]
) -> Listing:
    """What ``source`` offers now; raises ``InputError`` when the source itself cannot be read
    (the loop records it as the source's error and tries again later), ``Stopped`` when a stop
    was requested."""
    if source.kind == "feed":
        return _feed(source, fetcher, validators(source.location))
    if source.kind == "sitemap":
        return _sitemap(source, fetcher, validators(source.location), validators)
    if source.kind == "urls":
        return _url_list(source, fetcher, validators(source.location))
    return _folder(source)
