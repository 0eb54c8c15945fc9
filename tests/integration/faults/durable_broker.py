"""A tansu broker whose storage survives its own restarts, for the broker-restart tests.

tansu 0.6 offers three storage engines: ``memory://`` (gone when the process stops),
``postgres://`` (PostgreSQL refuses to run as root, which CI and the dev machines are) and
``s3://``. The last one, against ``moto_server`` (PyPI ``moto[server]``, a dev dependency)
on 127.0.0.1, keeps every topic, offset and consumer-group commit while the broker is
stopped and restarted: the S3 emulator outlives the broker.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

from earlywarn.runtime.broker import EmbeddedBroker, free_port, wait_for_port

BUCKET = "tansu"


class S3Emulator:
    """``moto_server`` in a child process on a free 127.0.0.1 port, with one bucket."""

    def __init__(self, log_path: Path) -> None:
        self.port = free_port()
        self.log_path = log_path
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        """What tansu's S3 client reads (moto accepts any credentials)."""
        return {
            "AWS_ACCESS_KEY_ID": "earlywarn-test",
            "AWS_SECRET_ACCESS_KEY": "earlywarn-test",
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_ENDPOINT": self.url,
            "AWS_ALLOW_HTTP": "true",
        }

    def start(self) -> S3Emulator:
        with self.log_path.open("ab") as log:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        wait_for_port("127.0.0.1", self.port, timeout=30)
        # Unsigned PUT: moto does not check signatures; us-east-1 needs no location body.
        request = urllib.request.Request(f"{self.url}/{BUCKET}", method="PUT")
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200, response.status
        return self

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=5)


def durable_broker(s3: S3Emulator, log_path: Path) -> EmbeddedBroker:
    """A tansu broker (not started) storing in ``s3``'s bucket; restartable on its port."""
    return EmbeddedBroker(storage=f"s3://{BUCKET}/", env=s3.env(), log_path=log_path)


def kill_broker(broker: EmbeddedBroker) -> None:
    """SIGKILL, as a power cut or the OOM killer would, then reap it (``stop`` sees it gone)."""
    assert broker.pid is not None
    with contextlib.suppress(ProcessLookupError):
        os.kill(broker.pid, signal.SIGKILL)
    broker.stop()
