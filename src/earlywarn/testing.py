"""Test kit shipped with earlywarn: fakes we own, so tests never mock our own code.

Each section belongs to one part of the pipeline; add new helpers in their own section.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import inspect
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import feedparser
import numpy as np
import yaml
from aiohttp import web

from earlywarn.errors import BrokerError
from earlywarn.model import (
    Category,
    DeadLetter,
    Incident,
    Place,
    Precision,
    Severity,
    Signal,
    SignalKind,
)

# =========================================================================== collect: ListSink


class ListSink:
    """An in-memory ``SignalSink``: keeps what was published, can pretend the broker is down.

    ``fail_next(n)`` makes the next ``n`` publish calls (signals or dead letters) raise
    ``BrokerError`` without keeping anything, as a Kafka sink does when the broker is away.
    ``wait_until`` lets a test wait for a condition instead of sleeping.
    """

    def __init__(self) -> None:
        self.signals: list[Signal] = []
        self.dead_letters: list[DeadLetter] = []
        self.calls = 0
        self.failed_calls = 0
        self._failures_left = 0
        self._changed = asyncio.Event()

    def fail_next(self, calls: int = 1) -> None:
        """Make the next ``calls`` publish calls raise ``BrokerError``."""
        self._failures_left = calls

    @property
    def signal_ids(self) -> list[str]:
        return [s.id for s in self.signals]

    def _maybe_fail(self) -> None:
        self.calls += 1
        if self._failures_left > 0:
            self._failures_left -= 1
            self.failed_calls += 1
            self._notify()
            raise BrokerError("ListSink: simulated broker failure")

    def _notify(self) -> None:
        # Wake every waiter, then re-arm for the next change.
        self._changed.set()
        self._changed = asyncio.Event()

    async def publish_signals(self, signals: Sequence[Signal]) -> None:
        self._maybe_fail()
        self.signals.extend(signals)
        self._notify()

    async def publish_dead_letters(self, dead_letters: Sequence[DeadLetter]) -> None:
        self._maybe_fail()
        self.dead_letters.extend(dead_letters)
        self._notify()

    async def wait_until(
        self, condition: Callable[[ListSink], bool], timeout: float = 10.0
    ) -> None:
        """Return once ``condition(self)`` holds after a publish; ``TimeoutError`` otherwise."""
        async with asyncio.timeout(timeout):
            while not condition(self):
                await self._changed.wait()


# --------------------------------------------------------------------------- live-path kit
# Real HTTP servers on 127.0.0.1 for tests and demos: a webhook recorder and a feed server.


@dataclasses.dataclass(frozen=True)
class RecordedRequest:
    """One request a WebhookRecorder received, as it arrived."""

    path: str
    headers: dict[str, str]
    body: bytes
    received_at: float = 0.0  # time.time() on arrival: benchmarks measure latency with it

    def json(self) -> Any:
        return json.loads(self.body)


class WebhookRecorder:
    """A webhook receiver on 127.0.0.1 that records every POST and answers with a script.

    ``responses`` is consumed in order (status codes, or (status, headers) pairs); when it is
    empty every request gets 200. ``wait_for(predicate)`` waits on a condition, not a sleep.
    """

    def __init__(self, responses: Sequence[int | tuple[int, dict[str, str]]] = ()) -> None:
        self.requests: list[RecordedRequest] = []
        self.responses: list[int | tuple[int, dict[str, str]]] = list(responses)
        self._runner: web.AppRunner | None = None
        self._changed = asyncio.Condition()
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        async with self._changed:
            self.requests.append(
                RecordedRequest(
                    request.path,
                    {k.lower(): v for k, v in request.headers.items()},
                    body,
                    time.time(),
                )
            )
            self._changed.notify_all()
        status, headers = 200, dict[str, str]()
        if self.responses:
            scripted = self.responses.pop(0)
            status, headers = scripted if isinstance(scripted, tuple) else (scripted, {})
        return web.Response(status=status, headers=headers, text="recorded")

    async def start(self) -> WebhookRecorder:
        app = web.Application(client_max_size=16 * 1024 * 1024)
        app.router.add_route("POST", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def wait_for(
        self, predicate: Callable[[list[RecordedRequest]], bool], timeout: float = 60.0
    ) -> list[RecordedRequest]:
        async with self._changed:
            await asyncio.wait_for(
                self._changed.wait_for(lambda: predicate(self.requests)), timeout
            )
            return list(self.requests)


class FeedServer:
    """Serves feed documents from memory on 127.0.0.1, with ETag / If-None-Match support."""

    def __init__(self, documents: Mapping[str, bytes] | None = None) -> None:
        self.documents: dict[str, bytes] = dict(documents or {})
        self.hits: dict[str, int] = {}
        self._runner: web.AppRunner | None = None
        self.port = 0

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/{name}"

    async def _handle(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        self.hits[name] = self.hits.get(name, 0) + 1
        body = self.documents.get(name)
        if body is None:
            return web.Response(status=404, text="no such feed")
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(body=body, headers={"ETag": etag, "Content-Type": "application/xml"})

    async def start(self) -> FeedServer:
        app = web.Application()
        app.router.add_get("/{name}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


class WorkerProcess:
    """``earlywarn run`` in a child process, as an operator would start it.

    Used by integration tests and benchmarks: a real worker against a real broker,
    stopped with SIGINT (Ctrl-C) or killed with SIGKILL.
    """

    def __init__(
        self, config_path: Path, log_path: Path, env: Mapping[str, str] | None = None
    ) -> None:
        self.config_path = config_path
        self.log_path = log_path
        self.env = {**os.environ, **(env or {})}
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> WorkerProcess:
        log = self.log_path.open("ab")
        try:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "earlywarn.cli.main",
                    "run",
                    "--config",
                    str(self.config_path),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=self.env,
            )
        finally:
            log.close()
        return self

    def log_tail(self, lines: int = 60) -> str:
        text = self.log_path.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    async def wait_ready(self, base_url: str, timeout: float = 90.0) -> None:
        """Wait until GET /readyz answers 200; fail early, with the log, if the worker died."""
        deadline = asyncio.get_running_loop().time() + timeout
        async with aiohttp.ClientSession() as session:
            while True:
                if self.process is not None and self.process.poll() is not None:
                    raise RuntimeError(
                        f"worker exited with {self.process.returncode}:\n{self.log_tail()}"
                    )
                try:
                    async with session.get(f"{base_url}/readyz") as response:
                        if response.status == 200:
                            return
                except aiohttp.ClientError:
                    pass
                if asyncio.get_running_loop().time() > deadline:
                    raise TimeoutError(f"worker not ready after {timeout}s:\n{self.log_tail()}")
                await asyncio.sleep(0.1)

    def peak_rss_mb(self) -> float:
        """Peak resident set size of the worker so far (VmHWM), in MiB."""
        assert self.process is not None
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self, timeout: float = 30.0) -> int:
        """Ctrl-C, then wait; SIGKILL if it does not exit in time. Returns the exit code."""
        if self.process is None:
            return 0
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return int(self.process.returncode)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def write_config(path: Path, sections: Mapping[str, Any]) -> Path:
    """Write a config YAML (for tests and benchmarks); returns ``path``."""
    path.write_text(yaml.safe_dump(dict(sections), sort_keys=False), encoding="utf-8")
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def assign_from_start(consumer: Any, topic: str) -> list[Any]:
    """Assign every partition of ``topic`` to a started aiokafka ``consumer``, positioned at
    the beginning, once the topic's metadata is known; returns the partitions."""
    from aiokafka import TopicPartition

    partitions = consumer.partitions_for_topic(topic)
    while not partitions:
        await consumer._client.force_metadata_update()
        partitions = consumer.partitions_for_topic(topic)
    tps = [TopicPartition(topic, p) for p in sorted(partitions)]
    consumer.assign(tps)
    await consumer.seek_to_beginning(*tps)
    return tps


async def read_topic(
    bootstrap: str,
    topic: str,
    until: Callable[[list[dict[str, Any]]], bool],
    timeout: float = 60.0,
) -> list[dict[str, Any]]:
    """Read a topic from the beginning (no consumer group) until ``until(records)`` holds."""
    from aiokafka import AIOKafkaConsumer, TopicPartition

    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    records: list[dict[str, Any]] = []
    try:
        deadline = asyncio.get_running_loop().time() + timeout
        partitions = None
        while not partitions:
            partitions = consumer.partitions_for_topic(topic) or set()
            if not partitions:
                await consumer._client.force_metadata_update()
                if asyncio.get_running_loop().time() > deadline:
                    raise TimeoutError(f"topic {topic} does not exist")
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        while not until(records):
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError(f"condition on {topic} not met; got {len(records)} records")
            batch = await consumer.getmany(timeout_ms=200)
            for messages in batch.values():
                records.extend(json.loads(m.value) for m in messages if m.value is not None)
        return records
    finally:
        await consumer.stop()


async def scrape_metric(base_url: str, name: str, **labels: str) -> float:
    """Sum of the samples of ``name`` at ``base_url``/metrics whose labels include ``labels``."""
    async with aiohttp.ClientSession() as session, session.get(f"{base_url}/metrics") as response:
        text = await response.text()
    total = 0.0
    for line in text.splitlines():
        if not (line.startswith(name + "{") or line.startswith(name + " ")):
            continue
        if all(f'{key}="{value}"' in line for key, value in labels.items()):
            total += float(line.rsplit(" ", 1)[1])
    return total


async def wait_for_metric(
    base_url: str, name: str, at_least: float, timeout: float = 60.0, **labels: str
) -> float:
    """Wait until the metric's sum reaches ``at_least`` (polling the scrape endpoint)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        value = await scrape_metric(base_url, name, **labels)
        if value >= at_least:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"{name}{labels} = {value}, still below {at_least}")
        await asyncio.sleep(0.05)


async def until(
    condition: Callable[[], Any],
    what: str = "condition",
    timeout: float = 60.0,
    interval: float = 0.01,
) -> Any:
    """Poll ``condition()`` (plain or async) until it returns something truthy and return it;
    TimeoutError naming ``what`` otherwise. The one place tests wait on state they cannot
    subscribe to (a broker's committed offsets, a server's internal queue)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        value = condition()
        if inspect.isawaitable(value):
            value = await value
        if value:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"not {what} after {timeout}s")
        await asyncio.sleep(interval)


def until_blocking(
    condition: Callable[[], Any],
    what: str = "condition",
    timeout: float = 60.0,
    interval: float = 0.2,
) -> Any:
    """:func:`until` for synchronous tests (e.g. driving a browser or a Prometheus server)."""
    deadline = time.monotonic() + timeout
    while not (value := condition()):
        if time.monotonic() > deadline:
            raise TimeoutError(f"not {what} after {timeout}s")
        time.sleep(interval)
    return value


# --------------------------------------------------------------------------- collect: conformance
# feedparser's own test suite (files with "Header:" comments) run through our collector.

_DECLARED_HEADER = re.compile(rb"^Header:\s+([A-Za-z-]+):\s*(.*?)\s*$", re.MULTILINE)


def declared_headers(body: bytes) -> dict[str, str]:
    """The headers a feedparser test file asks its HTTP server to send (``Header: ...``)."""
    head = body[:2048]
    return {m[1].decode().lower(): m[2].decode("latin-1") for m in _DECLARED_HEADER.finditer(head)}


def entry_count(body: bytes, content_type: str | None) -> int:
    """Entries in the document as feedparser itself sees them (JSON Feed: object items)."""
    if body.lstrip()[:1] == b"{":
        try:
            document = json.loads(body)
        except ValueError:
            document = None
        if isinstance(document, dict) and "jsonfeed.org" in str(document.get("version")):
            items = document.get("items")
            return sum(isinstance(i, dict) for i in items) if isinstance(items, list) else 0
    headers = {"content-type": content_type} if content_type else None
    parsed = feedparser.parse(
        io.BytesIO(body), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    return len(parsed.get("entries") or ())


# --------------------------------------------------------------------------- detector fits


def live_shaped_histories(
    count: int, seed: int, full_share: float = 0.7
) -> list[tuple[list[int], int]]:
    """Random daily histories shaped as the live detector's baselines see them, with how many
    periods ahead each is judged (1 or 2): 9-28 periods (28 with ``full_share``),
    overdispersed, a weekly season, 30 % with a past outbreak, from very sparse (0.05 a day)
    to busy (40 a day). For comparing fit implementations (bench/nbfit.py, its tests)."""
    rng = np.random.default_rng(seed)
    out: list[tuple[list[int], int]] = []
    for _ in range(count):
        n = 28 if rng.random() < full_share else int(rng.integers(9, 28))
        mean = float(np.exp(rng.uniform(np.log(0.05), np.log(40))))
        size = float(np.exp(rng.uniform(np.log(0.3), np.log(20))))
        season = 1 + 0.3 * np.sin(2 * np.pi * np.arange(n) / 7 + rng.uniform(0, 6.3))
        y = rng.poisson(rng.gamma(size, mean * season / size))
        if rng.random() < 0.3:
            at = int(rng.integers(0, n))
            y[at : at + 3] += rng.poisson(3 * mean + 3, size=len(y[at : at + 3]))
        out.append(([int(c) for c in y], 1 if rng.random() < 0.25 else 2))
    return out


# --------------------------------------------------------------------------- model: Incident

# The defaults of make_incident: an armed attack in Pataz (La Libertad), reported by one outlet.
INCIDENT_TIME = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
PATAZ_DISTRICT = Place(Precision.DISTRICT, department_ubigeo="13", name="Pataz")
NO_CASUALTIES = Severity()


def make_incident(
    *,
    id: str = "inc-1",
    signal_ids: tuple[str, ...] | None = None,
    story_id: str | None = None,
    category: Category = Category.ARMED_ATTACK,
    confidence: float = 0.9,
    severity: Severity = NO_CASUALTIES,
    place: Place = PATAZ_DISTRICT,
    occurred_at: datetime = INCIDENT_TIME,
    source: str = "rpp",
    kind: SignalKind = SignalKind.NEWS,
    title: str | None = None,
    url: str | None = None,
) -> Incident:
    """An :class:`~earlywarn.model.Incident` for tests; pass only what the test is about.

    Defaults: ``id`` "inc-1"; ``signal_ids`` ("sig-<id>",); ``story_id`` "story-<id>" (a story
    of its own); an armed attack at confidence 0.9 with no casualties; district precision in
    Pataz, La Libertad (department "13"); event time :data:`INCIDENT_TIME` (aware UTC); a news
    item from "rpp" titled "Ataque en Pataz (<id>)" with no url.
    """
    return Incident(
        id=id,
        signal_ids=signal_ids if signal_ids is not None else (f"sig-{id}",),
        story_id=story_id if story_id is not None else f"story-{id}",
        category=category,
        confidence=confidence,
        severity=severity,
        place=place,
        occurred_at=occurred_at,
        source=source,
        kind=kind,
        title=title if title is not None else f"Ataque en Pataz ({id})",
        url=url,
    )
