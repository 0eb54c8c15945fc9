"""The embedded broker never outlives the process that started it."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

STARTER = (
    "from earlywarn.runtime.broker import EmbeddedBroker\n"
    "import time\n"
    "broker = EmbeddedBroker().start()\n"
    "print(broker.pid, flush=True)\n"
    "time.sleep(120)\n"
)


def _running(pid: int) -> bool:
    stat = Path(f"/proc/{pid}/stat")
    try:
        return stat.read_text().split()[2] != "Z"
    except (FileNotFoundError, ProcessLookupError):
        return False


def test_broker_stops_when_its_parent_is_sigkilled() -> None:
    """SIGKILL of the starting process takes the tansu child down with it (no orphan)."""
    parent = subprocess.Popen([sys.executable, "-c", STARTER], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    broker_pid = int(parent.stdout.readline())
    assert _running(broker_pid)
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while _running(broker_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(broker_pid)
