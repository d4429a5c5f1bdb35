#!/usr/bin/env python3
"""Screenshots of the watch pages for the README: the alerts page and the sources page.

Serves the demo corpus as a local news site (``detente.watch.demosite``) that publishes its
briefs a few at a time, in date order, with a ``detente watch`` cycle of the bundled sample
config (its failing feed included) after each batch — the news as a watcher meets it — then
serves the store with the dashboard and captures ``/alerts`` and ``/watch`` in Debian's
Chromium through Playwright:

    .venv/bin/python scripts/watch_screenshots.py --out docs/img

``--db`` keeps the store (default: a temporary file).
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import CHROMIUM_ARGS, serve  # the dashboard screenshots' helpers

STEP = 8  # briefs published between two polls
SAMPLE = Path(__file__).resolve().parents[1] / "src" / "detente" / "data" / "watch" / "sample.yaml"


def build(db: Path, workdir: Path) -> None:
    """Watch the demo site once into ``db`` with the sample config."""
    from detente.watch import Watcher, load_config
    from detente.watch.demosite import NewsServer, demo_briefs

    briefs = demo_briefs()
    with NewsServer(briefs, published=0) as site:
        text = SAMPLE.read_text("utf-8").replace("http://127.0.0.1:8765", site.url)
        data = yaml.safe_load(text)
        data["settings"].update(host_delay=0, retries=1, backoff=0.1)
        config_path = workdir / "watch.yaml"
        config_path.write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")
        with Watcher(load_config(config_path), db, console=io.StringIO()) as watcher:
            for published in range(STEP, len(briefs) + STEP, STEP):  # the news, as it comes
                site.publish(min(published, len(briefs)))
                report = watcher.cycle(force=True)
                print(
                    f"{site.published} published: {report.stored} stored, "
                    f"{len(report.alerts)} alerts"
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/img"))
    parser.add_argument("--db", type=Path, help="keep the store here (default: temporary)")
    parser.add_argument("--width", type=int, default=1366)
    parser.add_argument("--height", type=int, default=1000)
    parser.add_argument("--chromium", default="/usr/bin/chromium", help="Chromium executable")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    if not Path(args.chromium).exists():
        raise SystemExit(f"{args.chromium} is absent: apt-get install chromium (or make browser)")
    args.out.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "watch.db"
        build(db, Path(tmp))
        server, thread, base = serve(db)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": args.width, "height": args.height})
                page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
                page.on("pageerror", lambda e: errors.append(str(e)))
                for name, path in {"alerts.png": "/alerts", "watch.png": "/watch"}.items():
                    full = name == "alerts.png"  # every alert, of every kind
                    response = page.goto(base + path, wait_until="load")
                    if response is None or response.status != 200:
                        raise SystemExit(f"{path}: HTTP {response.status if response else '?'}")
                    page.screenshot(path=str(args.out / name), full_page=full)
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
    raise SystemExit(main())
