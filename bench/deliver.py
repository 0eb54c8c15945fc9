"""Webhook delivery through the live worker, beside a raw aiohttp POST baseline.

Run from the repo root inside the project's environment:  python bench/deliver.py

It starts its own tansu broker, a webhook receiver on 127.0.0.1 and an ``earlywarn run``
worker, then publishes escalations (each a new alert) to the escalations topic, so every
message goes escalation → alert agent → alerts topic → deliver agent (route, outbox
append) → signed POST. It prints:

- baseline: raw aiohttp POSTs/s to the same receiver (same concurrency as the subscription);
- burst: deliveries/s for N escalations published at once (first to last POST received);
- paced: p50/p99/max latency from publishing an escalation to its POST at the receiver, with
  escalations published at --rate per second for --seconds.

The last line is a JSON object with all figures.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
from aiohttp import web
from aiokafka import AIOKafkaProducer

from earlywarn.model import AlertStatus, Category, Contribution, Escalation, Level, SignalKind
from earlywarn.model import dumps as dumps_record
from earlywarn.runtime.broker import EmbeddedBroker
from earlywarn.runtime.topics import TopicNames, ensure_topics
from earlywarn.testing import WorkerProcess, free_port, write_config

ROOT = Path(__file__).resolve().parents[1]
SECRET = "whsec_" + base64.b64encode(b"bench-deliver-signing-key-32byte").decode()
CONCURRENCY = 32
CATEGORIES = [c for c in Category if c is not Category.NOT_RELEVANT]
T0 = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass
class Receiver:
    """Counts POSTs; for bench messages, the latency from the time carried in ``reason``."""

    received: int = 0
    first: float = 0.0
    last: float = 0.0
    latencies: list[float] = field(default_factory=list)
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        now = time.time()
        if request.path == "/hook":
            at = body.index(b"sent=") + 5  # cheaper than parsing the JSON: the bench's CPU
            self.latencies.append(now - float(body[at : body.index(b'"', at)]))
        self.received += 1
        self.first = self.first or now
        self.last = now
        self.changed.set()
        return web.Response(status=204)

    def reset(self) -> None:
        self.received, self.first, self.last = 0, 0.0, 0.0
        self.latencies = []

    async def wait(self, count: int, timeout: float) -> None:
        async with asyncio.timeout(timeout):
            while self.received < count:
                self.changed.clear()
                await self.changed.wait()


PLACEHOLDER = b"sent=0000000000.000000"


def stamped(template: bytes) -> bytes:
    """``template`` with the publish time written over its placeholder (same length)."""
    return template.replace(PLACEHOLDER, b"sent=%017.6f" % time.time())


def escalation(serial: int, sent: float | None = None) -> bytes:
    """A distinct escalation (its own fingerprint) carrying its publish time (or a placeholder
    that :func:`stamped` fills in when it is published)."""
    started = T0 + timedelta(minutes=serial)
    region = f"{serial % 25 + 1:02d}"
    category = CATEGORIES[serial % len(CATEGORIES)]
    contribution = Contribution(
        f"inc-{serial}", f"story-{serial}", started, "Ataque a mineros", None,
        SignalKind.NEWS, "bench", None,
    )  # fmt: skip
    record = Escalation(
        region=region, region_name=region, category=category, status=AlertStatus.FIRING,
        level=Level.WARNING, window_start=started, window_end=started, count=3, baseline=0.2,
        threshold=3.0, score=1.0, rule="bench",
        reason=f"bench sent={sent:017.6f}" if sent is not None else "bench " + PLACEHOLDER.decode(),
        episode_started_at=started, contributions=(contribution,),
    )  # fmt: skip
    return dumps_record(record.to_dict())


async def baseline(url: str, count: int) -> float:
    """Raw aiohttp POSTs/s with CONCURRENCY requests in flight, a similar JSON body."""
    body = escalation(0, time.time())
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(count):
        queue.put_nowait(i)

    async def worker(session: aiohttp.ClientSession) -> None:
        while not queue.empty():
            queue.get_nowait()
            async with session.post(url, data=body) as response:
                await response.read()

    async with aiohttp.ClientSession() as session:
        started = time.perf_counter()
        await asyncio.gather(*(worker(session) for _ in range(CONCURRENCY)))
        return count / (time.perf_counter() - started)


async def publish_burst(producer: AIOKafkaProducer, topic: str, start: int, count: int) -> None:
    templates = [escalation(serial) for serial in range(start, start + count)]
    futures = [await producer.send(topic, stamped(t), key=b"b") for t in templates]
    await asyncio.gather(*futures)


async def publish_paced(
    producer: AIOKafkaProducer, topic: str, start: int, rate: int, seconds: float
) -> int:
    """``rate`` escalations per second, in 10 ms ticks, each stamped when published."""
    per_tick = max(1, rate // 100)
    ticks = int(seconds * 100)
    templates = [escalation(serial) for serial in range(start, start + per_tick * ticks)]
    loop = asyncio.get_running_loop()
    begin = loop.time()
    serial = start
    futures = []
    for tick in range(ticks):
        for _ in range(per_tick):
            futures.append(await producer.send(topic, stamped(templates[serial - start]), key=b"p"))
            serial += 1
        delay = begin + (tick + 1) / 100 - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
    await asyncio.gather(*futures)
    return serial - start


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` so far (robust to a busy machine)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def main_async(burst: int, rate: int, seconds: float) -> dict[str, float]:
    receiver = Receiver()
    app = web.Application()
    app.router.add_post("/{name}", receiver.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    base_url = f"http://127.0.0.1:{runner.addresses[0][1]}"

    raw_rate = await baseline(f"{base_url}/baseline", 3000)
    print(
        f"baseline  raw aiohttp POST, {CONCURRENCY} in flight: {raw_rate:8.0f} POST/s", flush=True
    )
    receiver.reset()

    with (
        tempfile.TemporaryDirectory() as tmp,
        EmbeddedBroker(log_path=Path(tmp) / "tansu.log") as broker,
    ):
        prefix = "bench"
        topics = TopicNames(prefix)
        await ensure_topics(broker.bootstrap, topics.all(), 4)
        port = free_port()
        config = write_config(
            Path(tmp) / "earlywarn.yaml",
            {
                "kafka": {"bootstrap_servers": [broker.bootstrap], "topic_prefix": prefix},
                "worker": {"id": "bench-deliver", "state_dir": str(Path(tmp) / "state")},
                "http": {"host": "127.0.0.1", "port": port},
                "enrich": {"model_path": str(ROOT / "models" / "threat-classifier")},
                "log_level": "warning",
                "alert": {
                    "allow_private_networks": ["127.0.0.1/32"],
                    "repeat_interval_seconds": 0,
                    "subscriptions": [
                        {
                            "name": "bench",
                            "url": f"{base_url}/hook",
                            "secret_env": "BENCH_WEBHOOK_SECRET",
                            "max_concurrency": CONCURRENCY,
                        }
                    ],
                },
            },
        )
        worker = WorkerProcess(config, Path(tmp) / "worker.log", {"BENCH_WEBHOOK_SECRET": SECRET})
        worker.start()
        producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, linger_ms=2)
        await producer.start()
        try:
            await worker.wait_ready(f"http://127.0.0.1:{port}")
            # Warm-up: first rebalance and connections, not measured.
            await publish_burst(producer, topics.escalations, 10_000_000, 200)
            await receiver.wait(200, timeout=120)
            receiver.reset()

            assert worker.process is not None
            cpu_before = cpu_seconds(worker.process.pid)
            await publish_burst(producer, topics.escalations, 0, burst)
            await receiver.wait(burst, timeout=600)
            burst_rate = burst / max(receiver.last - receiver.first, 1e-9)
            cpu_ms = (cpu_seconds(worker.process.pid) - cpu_before) * 1000 / burst
            print(
                f"burst     {burst} escalations → POSTs:        {burst_rate:8.0f} deliveries/s "
                f"(worker CPU {cpu_ms:.2f} ms per alert: ≈ {1000 / cpu_ms:.0f}/s per core)"
            )
            receiver.reset()

            cpu_before = cpu_seconds(worker.process.pid)
            sent = await publish_paced(producer, topics.escalations, burst, rate, seconds)
            await receiver.wait(sent, timeout=600)
            paced_cpu_ms = (cpu_seconds(worker.process.pid) - cpu_before) * 1000 / sent
            lat = receiver.latencies
            p50, p99, worst = percentile(lat, 0.5), percentile(lat, 0.99), max(lat)
            achieved = sent / max(receiver.last - receiver.first, 1e-9)
            tenth = max(1, len(lat) // 10)  # sustained if the start and the end look alike
            early, late = statistics.median(lat[:tenth]), statistics.median(lat[-tenth:])
            print(
                f"paced     {rate}/s for {seconds:g}s ({sent} alerts), escalation → POST: "
                f"p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, max {worst * 1000:.0f} ms; "
                f"received {achieved:.0f}/s; worker CPU {paced_cpu_ms:.2f} ms per alert; "
                f"median first/last tenth {early * 1000:.0f}/{late * 1000:.0f} ms",
                flush=True,
            )
            rss = worker.peak_rss_mb()
        finally:
            await producer.stop()
            worker.stop()
            await runner.cleanup()
    return {
        "raw_post_per_s": round(raw_rate, 1),
        "burst_deliveries_per_s": round(burst_rate, 1),
        "worker_cpu_ms_per_alert": round(cpu_ms, 3),
        "paced_rate_per_s": rate,
        "paced_received_per_s": round(achieved, 1),
        "paced_worker_cpu_ms_per_alert": round(paced_cpu_ms, 3),
        "latency_p50_ms": round(p50 * 1000, 1),
        "latency_p99_ms": round(p99 * 1000, 1),
        "latency_max_ms": round(worst * 1000, 1),
        "latency_median_first_tenth_ms": round(early * 1000, 1),
        "latency_median_last_tenth_ms": round(late * 1000, 1),
        "latency_mean_ms": round(statistics.fmean(lat) * 1000, 1),
        "worker_peak_rss_mb": round(rss, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--burst", type=int, default=5000, help="escalations in the burst")
    parser.add_argument("--rate", type=int, default=1000, help="paced escalations per second")
    parser.add_argument("--seconds", type=float, default=10.0, help="length of the paced run")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(main_async(args.burst, args.rate, args.seconds))))


if __name__ == "__main__":
    main()
