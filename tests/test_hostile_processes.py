"""Process hygiene (issue 11, item 10): the analysing workers exit when their parent dies, even
by SIGKILL, which gives the parent no chance to tell them."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from support import ROOT
from support.processes import alive, survivors_of_killed_parent

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
        assert all(alive(pid) for pid in workers)
        assert survivors_of_killed_parent(parent, workers) == []
    finally:
        if parent.poll() is None:
            parent.kill()
