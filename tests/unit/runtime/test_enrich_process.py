"""The enrich process: the same answers as enriching in the loop, and no orphan left behind."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from earlywarn.testing import until_blocking

KIT = Path(__file__).with_name("enrich_child_kit.py")


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status  # a zombie has exited


def test_child_process_enriches_exactly_as_the_event_loop_does() -> None:
    """A batch enriched in the child process equals the same batch enriched in-loop."""
    out = subprocess.run(
        [sys.executable, str(KIT), "compare"], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result == {"in_child": True, "same": True, "records": 41}


def test_enrichment_continues_in_the_loop_when_the_child_dies() -> None:
    """If the enrich process dies, the batch is enriched in-loop with the same result."""
    out = subprocess.run(
        [sys.executable, str(KIT), "orphaned"], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result == {"in_child": False, "same": True, "records": 41}
    assert "the enrich process died" in out.stderr


def test_two_enrich_processes_answer_each_batch_as_the_event_loop_does() -> None:
    """Two batches enriched at once by two child processes each equal their in-loop result."""
    out = subprocess.run(
        [sys.executable, str(KIT), "side-by-side", "2"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result == {"in_child": True, "same": True, "records": 41}


@pytest.mark.parametrize("processes", [1, 2])
def test_every_enrich_process_dies_when_the_worker_is_killed(processes: int) -> None:
    """SIGKILL of the worker takes each of its enrich processes with it (no orphan)."""
    parent = subprocess.Popen(
        [sys.executable, str(KIT), "hold", str(processes)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert parent.stdout is not None
        assert parent.stdout.readline().strip() == "ready"
        children = Path(f"/proc/{parent.pid}/task/{parent.pid}/children").read_text().split()
        assert len(children) == processes, children
        assert all(_alive(int(child)) for child in children)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=30)
        until_blocking(
            lambda: not any(_alive(int(child)) for child in children),
            "the enrich processes gone",
            timeout=30,
        )
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
