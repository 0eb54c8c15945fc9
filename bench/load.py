"""Sustained load through the live path: field reports at a fixed rate, for minutes.

Run from the repo root inside the project's environment:

    python bench/load.py                               # 1,000 signals/s for 10 minutes
    python bench/load.py --rate 500 --duration 60      # a shorter look while developing

It starts its own tansu broker (in memory; ``--s3``: on tansu's S3 engine against moto, the
storage that survives a broker restart), a webhook receiver (``WebhookRecorder``) and an
``earlywarn run`` worker with the intake on, then:

1. **baseline**: the raw broker client in the same run — aiokafka produces N records of the
   signals' size to a scratch topic and consumes them back (records/s);
2. **load**: POSTs ``/v1/signals`` at ``--rate`` signals/s (batches of up to 100, every
   100 ms) for ``--duration`` seconds. The stream is mostly noise with background violence
   and, every ~600 signals, a burst of distinct reports of one kind of violence in one
   mining department: the escalations, hence firing alerts at the webhook;
3. every ``--sample`` seconds: the worker's RSS (with its children), the backlog (signals
   accepted with 202 minus signals the enrich stage has counted, from ``/metrics`` — exact,
   unlike end offsets on tansu), ``earlywarn_kafka_consumer_lag`` (a lower bound on tansu)
   and the broker's RSS.

Latency, each from the moment the POST carrying the signal was sent:

- intake → incident: when the signal's incident appears on the incidents topic (every
  relevant signal; read by a consumer of our own, no group);
- intake → webhook: for each firing alert, from the POST of its newest contributing signal
  (the one that tipped the count over the threshold: a new story, whose URL names the
  signal) to the alert's arrival at the receiver. Only a few hundred signals of 600,000 make
  alerts, so this figure rests on fewer samples than the first.

"Without growth": the slopes (least squares over the samples after the first tenth) of RSS
in MiB/min and of backlog in signals/min, and the mean of the first and last thirds. The
table ends with a JSON line of every figure.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import os
import re
import sys
import tempfile
import time
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from earlywarn.runtime.broker import EmbeddedBroker
from earlywarn.runtime.topics import TopicNames, ensure_topics
from earlywarn.testing import (
    WebhookRecorder,
    WorkerProcess,
    assign_from_start,
    free_port,
    write_config,
)

ROOT = Path(__file__).resolve().parents[1]
# The fault tests' stream (noise, background violence, escalating bursts), generated lazily.
sys.path.insert(0, str(ROOT / "tests" / "integration" / "faults"))
from durable_broker import S3Emulator, durable_broker  # noqa: E402
from faults_kit import make_titles  # noqa: E402

TOKEN = "bench-load-token"
SECRET = "whsec_" + base64.b64encode(b"bench-load-signing-key-32-bytes!").decode()
PER_REQUEST = 100  # intake.max_signals_per_request's default
TICK = 0.1
IN_FLIGHT = 32
URL_PREFIX = "http://load.invalid/"
SERIAL = re.compile(r"load\.invalid/(\d+)")


def reports(seed: int, count: int, step: timedelta) -> Iterator[dict[str, Any]]:
    """``count`` intake bodies, ``step`` apart in event time and ending now (intake refuses
    the future); serial ``i`` is in the URL so an incident or alert names its signal."""
    start = datetime.now(UTC) - step * (count + 10)
    for i, title in enumerate(make_titles(count, seed)):
        yield {
            "id": f"load-{seed}-{i}",
            "title": title,
            "text": f"{title}. Según fuentes locales, el hecho ocurrió durante la madrugada.",
            "published_at": (start + step * i).isoformat(),
            "url": f"{URL_PREFIX}{i}",
            "language": "es",
        }


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def p99_by_third(values: list[float]) -> list[float]:
    """p99 (ms) of each third of ``values`` in arrival order: a busy spell on a shared machine
    shows as one high third, growth as a rising sequence."""
    third = max(1, len(values) // 3)
    parts = [values[:third], values[third : 2 * third], values[2 * third :]]
    return [round(percentile(part, 0.99) * 1000, 1) for part in parts]


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of y over x (per unit of x)."""
    if len(points) < 2:
        return float("nan")
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    den = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / den if den else float("nan")


def rss_mb(pid: int) -> float:
    """Resident set of ``pid`` and all its descendants, in MiB (0 when gone)."""
    total = 0.0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
            for task in Path(f"/proc/{current}/task").iterdir():
                pending.extend(int(c) for c in (task / "children").read_text().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


# ---------------------------------------------------------------- baseline: raw aiokafka


async def raw_client(bootstrap: str, topic: str, count: int, size: int) -> tuple[float, float]:
    """Records/s the raw aiokafka client produces (acknowledged) and consumes back."""
    value = b"x" * size
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5)
    await producer.start()
    try:
        started = time.perf_counter()
        pending = []
        for i in range(count):
            pending.append(await producer.send(topic, value, key=str(i % 64).encode()))
            if len(pending) >= 5000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
        produce_rate = count / (time.perf_counter() - started)
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        await assign_from_start(consumer, topic)
        got = 0
        started = time.perf_counter()
        while got < count:
            batch = await consumer.getmany(timeout_ms=1000, max_records=10_000)
            got += sum(len(messages) for messages in batch.values())
        consume_rate = got / (time.perf_counter() - started)
    finally:
        await consumer.stop()
    return produce_rate, consume_rate


# ---------------------------------------------------------------- the load


@dataclass
class Load:
    """The client side: what was sent when, and what came back."""

    base: str
    sent_at: array[float]  # by serial: when the POST carrying it was sent (time.time())
    statuses: Counter[int] = field(default_factory=Counter)
    accepted: int = 0
    post_latencies: list[float] = field(default_factory=list)
    behind_ticks: int = 0

    async def post(self, session: aiohttp.ClientSession, batch: list[dict[str, Any]]) -> None:
        first = int(batch[0]["url"].rsplit("/", 1)[1])
        headers = {"Authorization": f"Bearer {TOKEN}"}
        while True:
            sent = time.time()
            for k in range(len(batch)):  # a resend after 503 is timed from the first try
                self.sent_at[first + k] = self.sent_at[first + k] or sent
            async with session.post(
                f"{self.base}/v1/signals", json={"signals": batch}, headers=headers
            ) as response:
                await response.read()
                self.statuses[response.status] += 1
                if response.status == 202:
                    self.accepted += len(batch)
                    self.post_latencies.append(time.time() - sent)
                    return
                if response.status not in (429, 503):
                    raise RuntimeError(f"intake answered {response.status}")
                wait = float(response.headers.get("Retry-After", "1"))
            await asyncio.sleep(wait)

    async def run(self, stream: Iterator[dict[str, Any]], rate: int, duration: float) -> None:
        per_tick = max(1, round(rate * TICK))
        ticks = int(duration / TICK)
        gate = asyncio.Semaphore(IN_FLIGHT)
        tasks: set[asyncio.Task[None]] = set()

        async def guarded(session: aiohttp.ClientSession, batch: list[dict[str, Any]]) -> None:
            try:
                await self.post(session, batch)
            finally:
                gate.release()

        loop = asyncio.get_running_loop()
        connector = aiohttp.TCPConnector(limit=IN_FLIGHT)
        async with aiohttp.ClientSession(connector=connector) as session:
            begin = loop.time()
            for tick in range(ticks):
                signals = [next(stream) for _ in range(per_tick)]
                for at in range(0, len(signals), PER_REQUEST):
                    await gate.acquire()
                    task = asyncio.create_task(guarded(session, signals[at : at + PER_REQUEST]))
                    tasks.add(task)
                    task.add_done_callback(tasks.discard)
                delay = begin + (tick + 1) * TICK - loop.time()
                if delay > 0:
                    await asyncio.sleep(delay)  # pacing the offered load, not waiting on state
                else:
                    self.behind_ticks += 1
            await asyncio.gather(*tasks)


async def incident_latencies(
    bootstrap: str, topic: str, sent_at: array[float], out: list[float], stop: asyncio.Event
) -> None:
    """Append (arrival − POST time) of every incident's signals on ``topic`` until ``stop``."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_wait_ms=50
    )
    await consumer.start()
    try:
        await assign_from_start(consumer, topic)
        seen: set[int] = set()  # an at-least-once duplicate is not a second measurement
        while not stop.is_set():
            batch = await consumer.getmany(timeout_ms=200, max_records=5000)
            now = time.time()
            for messages in batch.values():
                for message in messages:
                    # One incidents message carries a department's batch: every serial in it.
                    text = (message.value or b"").decode("utf-8", "replace")
                    for match in SERIAL.finditer(text):
                        serial = int(match.group(1))
                        if serial not in seen and sent_at[serial] > 0:
                            seen.add(serial)
                            out.append(now - sent_at[serial])
    finally:
        await consumer.stop()


def webhook_latencies(recorder: WebhookRecorder, sent_at: array[float]) -> list[float]:
    """For each firing alert: arrival − POST time of its newest contributing signal."""
    out: list[float] = []
    for request in recorder.requests:
        payload = request.json()
        if payload.get("status") != "firing":
            continue
        serials = [
            int(m.group(1))
            for c in payload.get("contributing", [])
            if c.get("url") and (m := SERIAL.search(c["url"]))
        ]
        if serials and sent_at[max(serials)] > 0:
            out.append(request.received_at - sent_at[max(serials)])
    return out


async def scrape(session: aiohttp.ClientSession, base: str) -> dict[str, float]:
    async with session.get(f"{base}/metrics") as response:
        text = await response.text()
    sums: dict[str, float] = {"enriched": 0.0, "lag": 0.0}
    for line in text.splitlines():
        if line.startswith("earlywarn_stage_items_total{") and 'stage="enrich"' in line:
            sums["enriched"] += float(line.rsplit(" ", 1)[1])
        elif line.startswith("earlywarn_kafka_consumer_lag{"):
            sums["lag"] += float(line.rsplit(" ", 1)[1])
    return sums


@dataclass
class Sample:
    t: float
    worker_rss: float
    broker_rss: float
    backlog: float
    lag: float


async def sampler(
    worker: WorkerProcess,
    broker: EmbeddedBroker,
    base: str,
    load: Load,
    every: float,
    out: list[Sample],
    stop: asyncio.Event,
) -> None:
    assert worker.process is not None and broker.pid is not None
    begin = time.monotonic()
    async with aiohttp.ClientSession() as session:
        while not stop.is_set():
            metrics = await scrape(session, base)
            sample = Sample(
                t=time.monotonic() - begin,
                worker_rss=rss_mb(worker.process.pid),
                broker_rss=rss_mb(broker.pid),
                backlog=load.accepted - metrics["enriched"],
                lag=metrics["lag"],
            )
            out.append(sample)
            print(
                f"  t={sample.t:6.0f}s  worker RSS {sample.worker_rss:7.1f} MiB  "
                f"backlog {sample.backlog:8.0f}  lag≥ {sample.lag:8.0f}  "
                f"broker RSS {sample.broker_rss:7.1f} MiB  accepted {load.accepted}",
                flush=True,
            )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), every)


def trend(samples: list[Sample], attribute: str) -> dict[str, float]:
    """Slope per minute after the first tenth, and the first/last-third means."""
    steady = samples[max(1, len(samples) // 10) :] or samples
    points = [(s.t / 60, float(getattr(s, attribute))) for s in steady]
    third = max(1, len(steady) // 3)
    first = [y for _, y in points[:third]]
    last = [y for _, y in points[-third:]]
    return {
        "slope_per_min": round(slope(points), 2),
        "first_third_mean": round(sum(first) / len(first), 1),
        "last_third_mean": round(sum(last) / len(last), 1),
        "max": round(max(y for _, y in points), 1),
    }


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    total = int(args.rate * args.duration) + args.rate  # a second to spare
    load_before = os.getloadavg()[0]  # the machine may be shared: say how busy it was
    sent_at = array("d", bytes(8 * total))
    recorder = await WebhookRecorder().start()
    with tempfile.TemporaryDirectory() as tmp_name, contextlib.ExitStack() as stack:
        tmp = Path(tmp_name)
        if args.s3:  # durable storage: tansu's S3 engine on moto, as the restart test uses
            s3 = S3Emulator(tmp / "moto.log").start()
            stack.callback(s3.stop)
            chosen = durable_broker(s3, tmp / "tansu.log")
        else:
            chosen = EmbeddedBroker(log_path=tmp / "tansu.log")
        with chosen as broker:
            prefix = "load"
            topics = TopicNames(prefix)
            await ensure_topics(broker.bootstrap, [*topics.all(), "load.raw"], 4)
            produce_rate, consume_rate = await raw_client(
                broker.bootstrap, "load.raw", args.raw_records, 400
            )
            print(
                f"baseline  raw aiokafka, {args.raw_records} records of 400 B: "
                f"produce {produce_rate:,.0f}/s, consume {consume_rate:,.0f}/s",
                flush=True,
            )
            port = free_port()
            config = write_config(
                tmp / "earlywarn.yaml",
                {
                    "kafka": {"bootstrap_servers": [broker.bootstrap], "topic_prefix": prefix},
                    "worker": {"id": "bench-load", "state_dir": str(tmp / "state")},
                    "http": {"host": "127.0.0.1", "port": port},
                    "intake": {
                        "token_env": "BENCH_INTAKE_TOKEN",
                        "rate_limit": {"per_second": 1_000, "burst": 1_000},
                    },
                    "demo": {"enabled": False},
                    "feeds": [],
                    "enrich": {"model_path": str(args.model)},
                    "log_level": "warning",
                    "alert": {
                        "allow_private_networks": ["127.0.0.1/32"],
                        "repeat_interval_seconds": 0,
                        "subscriptions": [
                            {
                                "name": "bench",
                                "url": f"{recorder.url}/hook",
                                "secret_env": "BENCH_WEBHOOK_SECRET",
                            }
                        ],
                    },
                },
            )
            worker = WorkerProcess(
                config,
                tmp / "worker.log",
                {"BENCH_WEBHOOK_SECRET": SECRET, "BENCH_INTAKE_TOKEN": TOKEN},
            )
            base = f"http://127.0.0.1:{port}"
            worker.start()
            try:
                await worker.wait_ready(base, timeout=180)
                load = Load(base, sent_at)
                samples: list[Sample] = []
                incident_lat: list[float] = []
                stop = asyncio.Event()
                watchers = [
                    asyncio.create_task(
                        sampler(worker, broker, base, load, args.sample, samples, stop)
                    ),
                    asyncio.create_task(
                        incident_latencies(
                            broker.bootstrap, topics.incidents, sent_at, incident_lat, stop
                        )
                    ),
                ]
                step = timedelta(minutes=args.event_minutes)
                started = time.monotonic()
                await load.run(reports(args.seed, total, step), args.rate, args.duration)
                offered_s = time.monotonic() - started
                # Drain: until the worker has enriched everything accepted (bounded wait).
                async with aiohttp.ClientSession() as session:
                    deadline = time.monotonic() + 120
                    while time.monotonic() < deadline:
                        if (await scrape(session, base))["enriched"] >= load.accepted:
                            break
                        await asyncio.sleep(0.5)
                drained_s = time.monotonic() - started
                await asyncio.sleep(3)  # let the last incidents and webhooks land
                stop.set()
                await asyncio.gather(*watchers)
                rss_peak = worker.peak_rss_mb()
            finally:
                worker.stop()
                await recorder.stop()
    webhook_lat = webhook_latencies(recorder, sent_at)
    alerts = Counter(r.json().get("status") for r in recorder.requests)
    rss = trend(samples, "worker_rss")
    backlog = trend(samples, "backlog")
    lag = trend(samples, "lag")
    broker_rss = trend(samples, "broker_rss")
    figures: dict[str, Any] = {
        "rate_offered_per_s": args.rate,
        "duration_s": args.duration,
        "raw_produce_per_s": round(produce_rate),
        "raw_consume_per_s": round(consume_rate),
        "accepted_signals": load.accepted,
        "accepted_per_s": round(load.accepted / offered_s, 1),
        "processed_per_s_incl_drain": round(load.accepted / drained_s, 1),
        "drain_s_after_load": round(drained_s - offered_s, 1),
        "intake_statuses": {str(k): v for k, v in sorted(load.statuses.items())},
        "pacing_ticks_behind": load.behind_ticks,
        "intake_post_p50_ms": round(percentile(load.post_latencies, 0.5) * 1000, 1),
        "intake_post_p99_ms": round(percentile(load.post_latencies, 0.99) * 1000, 1),
        "intake_to_incident_n": len(incident_lat),
        "intake_to_incident_p50_ms": round(percentile(incident_lat, 0.5) * 1000, 1),
        "intake_to_incident_p99_ms": round(percentile(incident_lat, 0.99) * 1000, 1),
        "intake_to_incident_max_ms": round(max(incident_lat, default=float("nan")) * 1000, 1),
        "intake_to_incident_p99_ms_by_third": p99_by_third(incident_lat),
        "intake_to_webhook_n": len(webhook_lat),
        "intake_to_webhook_p50_ms": round(percentile(webhook_lat, 0.5) * 1000, 1),
        "intake_to_webhook_p99_ms": round(percentile(webhook_lat, 0.99) * 1000, 1),
        "intake_to_webhook_max_ms": round(max(webhook_lat, default=float("nan")) * 1000, 1),
        "intake_to_webhook_p99_ms_by_third": p99_by_third(webhook_lat),
        "webhooks": dict(alerts),
        "worker_rss_mb": rss,
        "worker_peak_rss_mb": round(rss_peak, 1),
        "backlog_signals": backlog,
        "consumer_lag_lower_bound": lag,
        "broker_rss_mb": broker_rss,
        "loadavg_1m_before_after": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "cpus": os.cpu_count(),
        "broker_storage": "s3 (moto)" if args.s3 else "memory",
    }
    return figures


def table(f: dict[str, Any]) -> str:
    ms = "p50 {p50} ms, p99 {p99} ms, max {max} ms (n={n})"
    rows = [
        ("broker storage", f["broker_storage"]),
        ("raw aiokafka produce (same broker, same run)", f"{f['raw_produce_per_s']:,} records/s"),
        ("raw aiokafka consume", f"{f['raw_consume_per_s']:,} records/s"),
        ("offered through POST /v1/signals", f"{f['rate_offered_per_s']:,} signals/s"),
        ("accepted (202) during the load", f"{f['accepted_per_s']:,} signals/s"),
        ("processed incl. drain", f"{f['processed_per_s_incl_drain']:,} signals/s"),
        ("drain after the load ended", f"{f['drain_s_after_load']} s"),
        ("intake answers", json.dumps(f["intake_statuses"])),
        ("POST → 202", f"p50 {f['intake_post_p50_ms']} ms, p99 {f['intake_post_p99_ms']} ms"),
        (
            "intake → incident",
            ms.format(
                p50=f["intake_to_incident_p50_ms"],
                p99=f["intake_to_incident_p99_ms"],
                max=f["intake_to_incident_max_ms"],
                n=f["intake_to_incident_n"],
            ),
        ),
        (
            "intake → webhook (firing alerts)",
            ms.format(
                p50=f["intake_to_webhook_p50_ms"],
                p99=f["intake_to_webhook_p99_ms"],
                max=f["intake_to_webhook_max_ms"],
                n=f["intake_to_webhook_n"],
            ),
        ),
        (
            "p99 by third of the run: incident | webhook",
            f"{f['intake_to_incident_p99_ms_by_third']} ms | "
            f"{f['intake_to_webhook_p99_ms_by_third']} ms",
        ),
        ("webhooks received", json.dumps(f["webhooks"])),
        ("load average before/after (CPUs)", f"{f['loadavg_1m_before_after']} ({f['cpus']})"),
    ]
    for name, unit in [
        ("worker_rss_mb", "MiB"),
        ("backlog_signals", "signals"),
        ("consumer_lag_lower_bound", "records"),
        ("broker_rss_mb", "MiB"),
    ]:
        t = f[name]
        rows.append(
            (
                f"{name} ({unit})",
                f"slope {t['slope_per_min']}/min, first third {t['first_third_mean']}, "
                f"last third {t['last_third_mean']}, max {t['max']}",
            )
        )
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=int, default=1000, help="signals per second offered")
    parser.add_argument("--duration", type=float, default=600.0, help="seconds of load")
    parser.add_argument("--sample", type=float, default=10.0, help="seconds between samples")
    parser.add_argument("--raw-records", type=int, default=100_000, help="baseline records")
    parser.add_argument(
        "--event-minutes", type=float, default=7.0, help="event time between signals"
    )
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--s3", action="store_true", help="broker storage s3:// on moto")
    parser.add_argument(
        "--model", type=Path, default=ROOT / "models" / "threat-classifier", help="classifier"
    )
    args = parser.parse_args()
    figures = asyncio.run(main_async(args))
    print(table(figures))
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
