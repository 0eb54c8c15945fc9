"""The embedded tansu broker: it starts, listens on 127.0.0.1, and leaves no process behind."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from earlywarn.errors import StartupError
from earlywarn.runtime.broker import EmbeddedBroker, free_port
from earlywarn.testing import WorkerProcess, write_config

pytestmark = pytest.mark.integration


def is_running(pid: int) -> bool:
    """True while ``pid`` is a live process (a zombie awaiting its reaper counts as gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    state = stat.rsplit(")", 1)[1].split()[0]
    return state not in ("Z", "X")


def children(pid: int) -> list[int]:
    """Direct child processes of ``pid``, from /proc (no psutil)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.extend(int(p) for p in (task / "children").read_text().split())
    return found


def command_line(pid: int) -> str:
    return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()


def accepts_connections(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def test_free_port_is_bindable() -> None:
    """free_port returns a port on 127.0.0.1 that can be bound right away."""
    port = free_port()
    assert 0 < port < 65536
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))


def test_start_stop_leaves_no_process(tmp_path: Path) -> None:
    """A started broker listens on 127.0.0.1; after stop its process is gone and the port shut."""
    broker = EmbeddedBroker(log_path=tmp_path / "tansu.log").start()
    pid = broker.pid
    assert pid is not None
    try:
        assert is_running(pid)
        assert "tansu" in command_line(pid)
        assert accepts_connections("127.0.0.1", broker.port)
        assert broker.bootstrap == f"127.0.0.1:{broker.port}"
    finally:
        broker.stop()
    assert not is_running(pid)
    assert broker.pid is None
    assert not accepts_connections("127.0.0.1", broker.port)
    broker.stop()  # a second stop is harmless


def test_context_manager_stops_on_error(tmp_path: Path) -> None:
    """Leaving the with-block by an exception still stops the broker."""
    pid = None
    with pytest.raises(RuntimeError, match="boom"), EmbeddedBroker() as broker:
        pid = broker.pid
        raise RuntimeError("boom")
    assert pid is not None and not is_running(pid)


def test_missing_binary_is_a_startup_error(tmp_path: Path) -> None:
    """A configured tansu binary that does not exist is a StartupError naming it (exit 3)."""
    missing = str(tmp_path / "no-tansu")
    with pytest.raises(StartupError, match="no-tansu") as caught:
        EmbeddedBroker(binary=missing).start()
    assert caught.value.exit_code == 3


async def test_run_stopped_with_sigint_leaves_no_broker(tmp_path: Path, repo_root: Path) -> None:
    """`earlywarn run` with the embedded broker, stopped with Ctrl-C, exits 0 and its tansu
    child is gone."""
    broker_port, http_port = free_port(), free_port()
    config = write_config(
        tmp_path / "earlywarn.yaml",
        {
            "kafka": {
                "bootstrap_servers": [],
                "partitions": 1,
                "embedded": {"port": broker_port},
            },
            "worker": {"id": "sigint-test", "state_dir": str(tmp_path / "state")},
            "http": {"host": "127.0.0.1", "port": http_port},
            "intake": {"enabled": False},
            "demo": {"enabled": False},
            "feeds": [],
            "enrich": {"model_path": str(repo_root / "models" / "threat-classifier")},
            "alert": {"subscriptions": []},
        },
    )
    worker = WorkerProcess(config, tmp_path / "worker.log").start()
    tansu: list[int] = []
    try:
        await worker.wait_ready(f"http://127.0.0.1:{http_port}")
        assert worker.process is not None
        tansu = [p for p in children(worker.process.pid) if "tansu" in command_line(p)]
        assert len(tansu) == 1, f"expected one tansu child: {worker.log_tail()}"
        assert accepts_connections("127.0.0.1", broker_port)
    finally:
        code = worker.stop()
    assert code == 0, worker.log_tail()
    assert not is_running(tansu[0]), f"tansu {tansu[0]} outlived the worker"
    assert not accepts_connections("127.0.0.1", broker_port)
