"""A batch whose durable step stalls is held and shown; one whose durable step fails stops
the worker, and is neither skipped nor committed (runtime/held.py)."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from partition_kit import committed, publish

from earlywarn.runtime.broker import EmbeddedBroker, free_port, tansu_binary, wait_for_port
from earlywarn.runtime.topics import ensure_topics
from earlywarn.testing import read_topic, scrape_metric, until

pytestmark = pytest.mark.integration

AGENT = Path(__file__).with_name("stalled_batch_agent.py")


@contextmanager
def output_broker() -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A second tansu (in memory) that the test can pause (SIGSTOP) like a hung broker."""
    port = free_port()
    url = f"tcp://127.0.0.1:{port}"
    process = subprocess.Popen(
        [
            tansu_binary(),
            "broker",
            "--listener-url",
            url,
            "--advertised-listener-url",
            url,
            "--storage-engine",
            "memory://tansu/",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port("127.0.0.1", port, 20)
        yield f"127.0.0.1:{port}", process
    finally:
        process.send_signal(signal.SIGCONT)
        process.terminate()
        process.wait(timeout=30)


@contextmanager
def paused(process: subprocess.Popen[bytes]) -> Iterator[None]:
    process.send_signal(signal.SIGSTOP)
    try:
        yield
    finally:
        process.send_signal(signal.SIGCONT)


class Copier:
    """One run of stalled_batch_agent.py (its output in a log file, its gauges on a port)."""

    def __init__(self, args: list[str], send_timeout_ms: int, log: Path) -> None:
        self.log = log
        port = free_port()
        self.base = f"http://127.0.0.1:{port}"
        with open(log, "ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, str(AGENT), *args, str(port), str(send_timeout_ms)],
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def wait(self, timeout: float) -> int:
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(
                f"still running after {timeout}s\n{self.output()[-3000:]}"
            ) from None

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        return self.wait(60)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


async def _copied(bootstrap: str, topic: str, values: set[str]) -> set[str]:
    records = await read_topic(bootstrap, topic, lambda got: values <= set(got), timeout=60)
    return set(records)


@pytest.fixture
def topics(broker: EmbeddedBroker) -> tuple[str, str, str]:
    """Fresh input topic, group and output topic names."""
    tag = uuid.uuid4().hex[:8]
    return f"in-{tag}", f"copy-{tag}", f"out-{tag}"


async def test_a_stalled_batch_is_held_shown_and_then_completed(
    broker: EmbeddedBroker, topics: tuple[str, str, str], tmp_path: Path
) -> None:
    """While the broker of a batch's durable step hangs, the batch stays uncommitted and the
    held gauges show it (count and a growing age); once the broker answers, the batch is
    copied, committed, and the gauges are back to 0."""
    topic, group, out_topic = topics
    await ensure_topics(broker.bootstrap, (topic,), 1)
    with output_broker() as (out_bootstrap, out_process):
        await ensure_topics(out_bootstrap, (out_topic,), 1)
        args = [broker.bootstrap, topic, group, str(tmp_path), out_bootstrap, out_topic]
        copier = Copier(args, 120_000, tmp_path / "copier.log")
        try:
            await _first_committed(broker.bootstrap, topic, group)
            with paused(out_process):
                await publish(broker.bootstrap, topic, [b'"stalled"'])

                async def held_for_a_second() -> bool:
                    held = await scrape_metric(copier.base, "earlywarn_held_messages", agent="copy")
                    age = await scrape_metric(
                        copier.base, "earlywarn_held_oldest_seconds", agent="copy"
                    )
                    return held == 1 and age >= 1.0

                await until(held_for_a_second, "the stalled batch shown as held", 60, 0.1)
                assert await committed(broker.bootstrap, group, topic) == 1
            assert await _copied(out_bootstrap, out_topic, {"first", "stalled"})
            await until(
                lambda: _committed_at_least(broker.bootstrap, group, topic, 2),
                "the stalled batch committed once copied",
                60,
                0.2,
            )
            assert await scrape_metric(copier.base, "earlywarn_held_messages", agent="copy") == 0
            assert (
                await scrape_metric(copier.base, "earlywarn_held_oldest_seconds", agent="copy") == 0
            )
            assert copier.stop() == 0, copier.output()[-3000:]
        finally:
            copier.kill()


async def test_a_failed_batch_stops_the_worker_and_is_copied_after_the_restart(
    broker: EmbeddedBroker, topics: tuple[str, str, str], tmp_path: Path
) -> None:
    """A single-message batch whose send fails after the producer's own retries (its broker
    hung) stops the worker with exit status 1 and a CRITICAL line naming its offsets; it is
    not committed (Faust alone would commit past it, faust-streaming#606), and the worker
    started again copies it."""
    topic, group, out_topic = topics
    await ensure_topics(broker.bootstrap, (topic,), 1)
    with output_broker() as (out_bootstrap, out_process):
        await ensure_topics(out_bootstrap, (out_topic,), 1)
        args = [broker.bootstrap, topic, group, str(tmp_path), out_bootstrap, out_topic]
        first = Copier(args, 1_500, tmp_path / "first.log")
        try:
            await _first_committed(broker.bootstrap, topic, group)
            with paused(out_process):
                await publish(broker.bootstrap, topic, [b'"failed"'])
                code = await asyncio.to_thread(first.wait, 90)
        finally:
            first.kill()
        out = first.output()
        assert code == 1, out[-3000:]
        assert "CRITICAL" in out and "a batch of 1 messages failed" in out, out[-3000:]
        assert f"{topic}[0] offsets 1-1" in out, out[-3000:]
        assert await committed(broker.bootstrap, group, topic) == 1

        await publish(broker.bootstrap, topic, [b'"later"'])
        again = Copier(args, 10_000, tmp_path / "again.log")
        try:
            assert await _copied(out_bootstrap, out_topic, {"first", "failed", "later"})
            await until(
                lambda: _committed_at_least(broker.bootstrap, group, topic, 3),
                "everything committed after the restart",
                60,
                0.2,
            )
            assert again.stop() == 0, again.output()[-3000:]
        finally:
            again.kill()


async def _first_committed(bootstrap: str, topic: str, group: str) -> None:
    """Publish "first" and wait until the copier has committed it (the worker is running)."""
    await publish(bootstrap, topic, [b'"first"'])
    await until(lambda: committed(bootstrap, group, topic), "first committed", 120, 0.2)


async def _committed_at_least(bootstrap: str, group: str, topic: str, offset: int) -> bool:
    return await committed(bootstrap, group, topic) >= offset
