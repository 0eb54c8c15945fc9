"""`earlywarn run` refuses to start on a broken disk, model or gazetteer: exit 3, one clear
message naming the file and what to do, and no broker or worker left behind."""

from __future__ import annotations

import errno
import gzip
import os
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from earlywarn.testing import free_port, write_config

pytestmark = pytest.mark.integration


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _run(
    tmp_path: Path, repo_root: Path, **overrides: Any
) -> tuple[subprocess.CompletedProcess[str], int]:
    """`earlywarn run` with an embedded broker on a known port; returns (result, that port)."""
    broker_port = free_port()
    worker = {"id": "startup", "state_dir": str(tmp_path / "state"), **overrides.get("worker", {})}
    enrich = {
        "model_path": str(repo_root / "models" / "threat-classifier"),
        **overrides.get("enrich", {}),
    }
    config = write_config(
        tmp_path / "earlywarn.yaml",
        {
            "kafka": {"embedded": {"port": broker_port}},
            "worker": worker,
            "http": {"port": free_port()},
            "intake": {"enabled": False},
            "demo": {"enabled": False},
            "feeds": [],
            "enrich": enrich,
        },
    )
    result = subprocess.run(
        [sys.executable, "-m", "earlywarn.cli.main", "run", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result, broker_port


def _assert_refused(
    result: subprocess.CompletedProcess[str], broker_port: int, *needles: str
) -> None:
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    for needle in needles:
        assert needle in result.stderr, result.stderr
    # Nothing was started: no broker line printed, nobody listens on its port.
    assert "embedded broker" not in result.stdout, result.stdout
    assert not _listening(broker_port)


def test_state_dir_under_a_file_is_refused(tmp_path: Path, repo_root: Path) -> None:
    """A state_dir whose parent is a regular file (ENOTDIR) exits 3 naming worker.state_dir."""
    (tmp_path / "file").write_text("not a directory")
    state_dir = tmp_path / "file" / "sub"
    result, port = _run(tmp_path, repo_root, worker={"state_dir": str(state_dir)})
    _assert_refused(result, port, str(state_dir), "worker.state_dir", "writable directory")


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs filled to the last byte (the test runs as root, which may mount)."""
    mount_point = tmp_path / "full"
    mount_point.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)], check=True)
    try:
        (mount_point / "state").mkdir()
        fd = os.open(mount_point / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
        finally:
            os.close(fd)
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=True)


def test_full_state_disk_is_refused(tmp_path: Path, repo_root: Path, full_disk: Path) -> None:
    """A state_dir on a full disk exits 3 saying the disk is full."""
    state_dir = full_disk / "state"
    result, port = _run(tmp_path, repo_root, worker={"state_dir": str(state_dir)})
    _assert_refused(result, port, str(state_dir), "disk is full")


def _corrupt_model(tmp_path: Path) -> Path:
    model_dir = tmp_path / "model"
    model_dir.mkdir()
    (model_dir / "model.joblib").write_bytes(b"\x80\x04 this is not a pickle" * 10)
    return model_dir


def _gz_garbage(tmp_path: Path) -> Path:
    path = tmp_path / "ccpp.csv.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage, not a gzip stream" * 4)
    return path


def _wrong_columns(tmp_path: Path) -> Path:
    path = tmp_path / "places.csv"
    path.write_text("name,lat\nPataz,-7.7\n")
    return path


def _ok_gz(tmp_path: Path) -> Path:
    path = tmp_path / "empty.csv.gz"
    path.write_bytes(gzip.compress(b""))
    return path


CASES: dict[str, tuple[Callable[[Path], dict[str, Any]], tuple[str, ...]]] = {
    "model missing": (
        lambda tmp: {"model_path": str(tmp / "no-such-model")},
        ("no-such-model", "is missing", "earlywarn train"),
    ),
    "model corrupt": (
        lambda tmp: {"model_path": str(_corrupt_model(tmp))},
        ("model.joblib", "corrupt", "earlywarn train"),
    ),
    "gazetteer missing": (
        lambda tmp: {"extra_gazetteer": [str(tmp / "no-such-ccpp.csv")]},
        ("no-such-ccpp.csv", "enrich.extra_gazetteer"),
    ),
    "gazetteer corrupt gzip": (
        lambda tmp: {"extra_gazetteer": [str(_gz_garbage(tmp))]},
        ("ccpp.csv.gz", "enrich.extra_gazetteer"),
    ),
    "gazetteer wrong columns": (
        lambda tmp: {"extra_gazetteer": [str(_wrong_columns(tmp))]},
        ("places.csv", "missing columns"),
    ),
    "gazetteer empty": (
        lambda tmp: {"extra_gazetteer": [str(_ok_gz(tmp))]},
        ("empty.csv.gz", "missing columns"),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_broken_model_or_gazetteer_is_refused(case: str, tmp_path: Path, repo_root: Path) -> None:
    """A missing or corrupt model or gazetteer file exits 3 naming the file and the fix."""
    make_enrich, needles = CASES[case]
    result, port = _run(tmp_path, repo_root, enrich=make_enrich(tmp_path))
    _assert_refused(result, port, *needles)
