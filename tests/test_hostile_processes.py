"""Process hygiene (issue 11, item 10): the analysing workers exit when their parent dies, even
by SIGKILL, which gives the parent no chance to tell them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support import ROOT

PARENT = """
import sys, time
from detente import corpus
pool = corpus.worker_pool(2)
futures = [pool.submit(time.sleep, 120) for _ in range(2)]
time.sleep(0.5)
while len(pool._processes) < 2:
    time.sleep(0.1)
print(" ".join(str(pid) for pid in pool._processes), flush=True)
time.sleep(120)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat")
    if status.exists():  # a zombie has exited; only its parent's wait is missing
        return status.read_text().split(") ")[1][:1] != "Z"
    return True


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_workers_exit_when_the_parent_is_killed() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        line = parent.stdout.readline() if parent.stdout else ""
        workers = [int(pid) for pid in line.split()]
        assert len(workers) == 2, line
        assert all(_alive(pid) for pid in workers)
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
            time.sleep(0.2)
        left = [pid for pid in workers if _alive(pid)]
        for pid in left:  # leave no orphan behind, whatever the outcome
            os.kill(pid, signal.SIGKILL)
        assert left == []
    finally:
        if parent.poll() is None:
            parent.kill()
