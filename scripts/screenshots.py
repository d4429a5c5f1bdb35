#!/usr/bin/env python3
"""Screenshots of the dashboard for the README: overview, a dyad page, an article page, the map.

Serves the given store with ``detente.web.create_app`` (read-only) on a free localhost port,
opens each page in Debian's Chromium through Playwright, waits until the Vega charts are drawn,
and writes PNGs:

    .venv/bin/python scripts/screenshots.py --db demo.db
    .venv/bin/python scripts/screenshots.py --db big.db --dyad PRK RUS --by year --out docs/img

By default the dyad is the store's most active pair and the article is the one holding the most
events of that pair; ``--dyad`` and ``--article`` choose them. Pages are captured at a laptop's
size (1366 px wide); ``--full-page`` captures whole pages instead of the first screen.
"""

from __future__ import annotations

import argparse
import socket
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CHARTS_DRAWN = (
    "() => [...document.querySelectorAll('div.chart[data-spec]')]"
    ".every(el => el.dataset.rendered === 'true' && el.querySelector('svg, canvas'))"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(db: Path) -> tuple[Any, threading.Thread, str]:
    """Start uvicorn on the dashboard in a thread; return the server, thread and base URL."""
    import uvicorn

    from detente.web import create_app

    port = free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise SystemExit("the dashboard did not start")
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{port}"


def pick_targets(base: str, dyad: list[str] | None, article: str | None) -> tuple[str, str, str]:
    """The dyad and article to show: as given, else the most active pair and its busiest
    article."""
    import httpx

    if dyad:
        a, b = (x.upper() for x in dyad)
    else:
        pairs = httpx.get(f"{base}/api/dyads", params={"limit": 1}, timeout=120).json()["items"]
        if not pairs:
            raise SystemExit("the store has no events between two known actors")
        a, b = pairs[0]["source"], pairs[0]["target"]
    if article is None:
        events = httpx.get(
            f"{base}/api/events",
            params={"source": a, "target": b, "newest_first": "true", "limit": 200},
            timeout=120,
        ).json()["items"]
        if not events:
            raise SystemExit(f"no events between {a} and {b}")
        article = Counter(e["document"]["id"] for e in events).most_common(1)[0][0]
    return a, b, article


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="the store to show")
    parser.add_argument("--out", type=Path, default=Path("docs/img"), help="output directory")
    parser.add_argument("--dyad", nargs=2, metavar=("A", "B"), help="actor codes, e.g. PRK RUS")
    parser.add_argument(
        "--by", default="month", choices=["day", "week", "month", "quarter", "year"]
    )
    parser.add_argument("--article", help="document id (default: the dyad's busiest article)")
    parser.add_argument("--width", type=int, default=1366)
    parser.add_argument("--height", type=int, default=1000)
    parser.add_argument("--full-page", action="store_true", help="capture whole pages")
    parser.add_argument("--chromium", default="/usr/bin/chromium", help="Chromium executable")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    if not Path(args.chromium).exists():
        raise SystemExit(f"{args.chromium} is absent: apt-get install chromium (or make browser)")
    args.out.mkdir(parents=True, exist_ok=True)
    server, thread, base = serve(args.db)
    errors: list[str] = []
    try:
        a, b, article = pick_targets(base, args.dyad, args.article)
        shots = {
            "overview.png": "/",
            f"dyad-{a}-{b}.png": f"/dyad/{a}/{b}?by={args.by}",
            "article.png": f"/article/{article}",
            "map.png": "/map",
        }
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": args.width, "height": args.height})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            for name, path in shots.items():
                response = page.goto(base + path, wait_until="load", timeout=300_000)
                if response is None or response.status != 200:
                    raise SystemExit(f"{path}: HTTP {response.status if response else '?'}")
                page.wait_for_function(CHARTS_DRAWN, timeout=60_000)
                page.screenshot(path=str(args.out / name), full_page=args.full_page)
                print(args.out / name)
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    if errors:
        print("browser errors:", *errors, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
