"""Directories: every regular file below, recursively, in a stable (sorted) order.

Hidden files and directories (names starting with ".", such as ``.git`` or ``.DS_Store``) are
skipped; symbolic links to directories are not followed, so a link cycle cannot loop. Every other
file is read and sniffed: a file that is not an article (an image, a PDF) becomes a Failure with
its reason rather than vanishing silently.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

__all__ = ["walk"]


def walk(root: Path) -> Iterator[Path]:
    """Regular, non-hidden files under ``root``, sorted by path."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath, name)
            if path.is_file():
                yield path
