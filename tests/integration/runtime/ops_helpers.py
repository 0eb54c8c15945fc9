"""Helpers for the operations tests: a worker config, HTTP calls, a real Prometheus server."""

from __future__ import annotations

import json
import shutil
import subprocess
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from earlywarn.testing import WorkerProcess, free_port, until_blocking, write_config

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,1300",
)


@dataclass
class RunningWorker:
    base: str
    port: int
    prefix: str
    token: str
    process: WorkerProcess


def worker_config(tmp: Path, repo_root: Path, bootstrap: str) -> tuple[Path, int, str]:
    prefix = f"ops{uuid.uuid4().hex[:8]}"
    port = free_port()
    config = write_config(
        tmp / "earlywarn.yaml",
        {
            "kafka": {"bootstrap_servers": [bootstrap], "topic_prefix": prefix},
            "worker": {"id": prefix, "state_dir": str(tmp / "state"), "tick_seconds": 1},
            "http": {"host": "127.0.0.1", "port": port},
            "intake": {"token_env": "TEST_INTAKE_TOKEN"},
            "enrich": {"model_path": str(repo_root / "models" / "threat-classifier")},
        },
    )
    return config, port, prefix


def http_get(url: str, timeout: float = 10.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def http_post_json(url: str, body: Any, token: str) -> int:
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(response.status)


def wait_until(condition: Any, timeout: float, what: str, interval: float = 0.2) -> Any:
    """Poll ``condition()`` until it returns something truthy (a live server, not a sleep)."""
    return until_blocking(condition, what, timeout, interval)


class PrometheusServer:
    """Debian's prometheus binary on 127.0.0.1, scraping ``targets`` every second."""

    def __init__(self, workdir: Path, targets: list[str]) -> None:
        self.workdir = workdir
        self.port = free_port()
        config = {
            "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
            "scrape_configs": [{"job_name": "earlywarn", "static_configs": [{"targets": targets}]}],
        }
        self.config = workdir / "prometheus.yml"
        self.config.write_text(yaml.safe_dump(config), encoding="utf-8")
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> PrometheusServer:
        binary = shutil.which("prometheus")
        assert binary, "Debian's prometheus package is missing: run scripts/ci-deps.sh"
        log = (self.workdir / "prometheus.log").open("wb")
        self.process = subprocess.Popen(
            [
                binary,
                f"--config.file={self.config}",
                f"--storage.tsdb.path={self.workdir / 'data'}",
                f"--web.listen-address=127.0.0.1:{self.port}",
                "--web.enable-lifecycle",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        log.close()
        wait_until(lambda: self._ready(), 30, "prometheus /-/ready")
        return self

    def _ready(self) -> bool:
        assert self.process is not None
        if self.process.poll() is not None:
            raise RuntimeError((self.workdir / "prometheus.log").read_text())
        try:
            return http_get(f"{self.url}/-/ready", timeout=2)[0] == 200
        except OSError:
            return False

    def query(self, expr: str) -> list[dict[str, Any]]:
        status, body = http_get(f"{self.url}/api/v1/query?query={urllib.parse.quote(expr)}")
        assert status == 200, body
        return list(json.loads(body)["data"]["result"])

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
