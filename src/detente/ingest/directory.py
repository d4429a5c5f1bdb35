"""Directories: every file below, recursively, in a stable (sorted) order.

Hidden files and directories (names starting with ".", such as ``.git`` or ``.DS_Store``) are
skipped; symbolic links to directories are not followed, so a link cycle cannot loop. Every other
file is read and sniffed: a file that is not an article (an image, a PDF) becomes a Failure with
its reason rather than vanishing silently; so does a FIFO, a socket or a device (E118, without
ever opening it).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

__all__ = ["walk"]


def walk(root: Path) -> Iterator[Path]:
    """Non-hidden entries under ``root`` that are not directories, sorted by path."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            yield Path(dirpath, name)
