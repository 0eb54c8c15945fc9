"""The embedded broker never outlives the process that started it."""

from __future__ import annotations

import os
import select
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

STARTER = (
    "from earlywarn.runtime.broker import EmbeddedBroker\n"
    "import threading\n"
    "broker = EmbeddedBroker().start()\n"
    "print(broker.pid, flush=True)\n"
    "threading.Event().wait()  # until killed\n"
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
    exited = os.pidfd_open(broker_pid)  # readable once the broker has exited: no polling
    try:
        parent.kill()
        parent.wait()
        readable, _, _ = select.select([exited], [], [], 10)
    finally:
        os.close(exited)
    assert readable, "the broker outlived its SIGKILLed parent"
    assert not _running(broker_pid)
