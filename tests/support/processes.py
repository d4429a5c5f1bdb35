"""Processes a test starts and must not leave behind: is a pid alive, and which workers outlive
their killed parent."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path


def alive(pid: int) -> bool:
    """Whether ``pid`` runs; a zombie has exited (only its parent's wait is missing)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat")
    if status.exists():
        return status.read_text().split(") ")[1][:1] != "Z"
    return True


def survivors_of_killed_parent(
    parent: subprocess.Popen[str], workers: list[int], *, wait: float = 15.0
) -> list[int]:
    """SIGKILL ``parent``, give its ``workers`` ``wait`` seconds to exit, and return those still
    running, after killing them too: no orphan is left behind, whatever the outcome."""
    parent.send_signal(signal.SIGKILL)
    parent.wait(10)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline and any(alive(pid) for pid in workers):
        time.sleep(0.2)
    left = [pid for pid in workers if alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    return left
