"""Fault-injection kit shared by tests/integration/faults and bench/faults.py.

A realistic signal stream (noise, background violence, and bursts that escalate in a few
departments), the replay reference for it, and the checks a faulted live run must pass:
every signal accounted for by id, and the set of alerts equal to the replay's.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import uuid
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from earlywarn.config import load_settings
from earlywarn.model import Incident, Signal, SignalKind, dumps, incident_records
from earlywarn.pipeline import Components
from earlywarn.replay import replay
from earlywarn.runtime.signals_consumer import signals_group_id
from earlywarn.testing import (
    WorkerProcess,
    assign_from_start,
    free_port,
    until,
    wait_for_metric,
    write_config,
)

NOISE = [
    "Precio del oro sube y reactiva inversión minera en {place}",
    "Festival de música reúne a miles de vecinos en {place}",
    "Club de {place} gana con un ataque demoledor en el segundo tiempo",
    "Inauguran posta médica y colegio en {place}",
    "Contaminación por mercurio afecta ríos de {place}",
]
VIOLENCE = [
    "Atacan a balazos a mineros artesanales en {place}",
    "Asesinan a {n} trabajadores mineros en {place}",
    "Denuncian cobro de cupos a mineros informales en {place}",
    "Secuestran a ingeniero de empresa minera en {place}",
    "Roban cargamento de mineral aurífero en la vía a {place}",
]
PLACES = [
    "Pataz, La Libertad",
    "La Rinconada, Puno",
    "La Pampa, Madre de Dios",
    "Chala, Arequipa",
    "Nasca, Ica",
    "Challhuahuacho, Apurímac",
    "Tambogrande, Piura",
    "Cenepa, Amazonas",
]
# Bursts (several distinct reports of one kind of violence within hours in one department)
# make the escalations. Distinct wording: near-copies share a story and count once.
BURST_KINDS = [
    [
        "Atacan a balazos a mineros artesanales en {place}",
        "Encapuchados disparan contra campamento minero en {place}",
        "Emboscada a trabajadores de contratista minera en {place}",
        "Sicarios atacan a balazos bocamina en {place}",
        "Pistoleros disparan contra mineros durante la madrugada en {place}",
        "Grupo armado ataca socavón y hiere a obreros en {place}",
    ],
    [
        "Denuncian cobro de cupos a mineros en {place}",
        "Extorsionadores amenazan a mineros que no pagan cupos en {place}",
        "Banda criminal cobra cupos a comerciantes y mineros en {place}",
        "Mineros denuncian nuevas extorsiones de banda criminal en {place}",
        "Exigen pago de cupos bajo amenaza de muerte a mineros de {place}",
        "Policía recibe denuncias de extorsión a mineros en {place}",
    ],
]
BURST_PLACES = [
    ["Pataz, La Libertad", "Retamas, Parcoy", "Llacuabamba, Parcoy", "Vijus, Pataz"],
    ["La Rinconada, Puno", "Ananea, Puno", "Cerro Lunar, Ananea"],
    ["La Pampa, Madre de Dios", "Huepetuhe, Madre de Dios", "Laberinto, Tambopata"],
]


def make_titles(n: int, seed: int) -> Iterator[str]:
    """``n`` headlines: 92 % noise, 1 % violence with no place (dead-lettered as
    unknown_place), background violence, and every ~600 a burst of 4-6 distinct reports of
    one kind of violence in one of three mining departments (the escalations)."""
    rng = random.Random(seed)
    burst: list[str] = []
    for _ in range(n):
        if not burst and rng.random() < 1 / 600:
            places = rng.choice(BURST_PLACES)
            burst = [
                t.format(place=rng.choice(places))
                for t in rng.sample(rng.choice(BURST_KINDS), rng.randint(4, 6))
            ]
        if burst:
            yield burst.pop()
        elif (roll := rng.random()) < 0.92:
            yield rng.choice(NOISE).format(place=rng.choice(PLACES))
        elif roll < 0.93:
            yield rng.choice(VIOLENCE).format(place="la zona", n=rng.randint(2, 9))
        else:
            yield rng.choice(VIOLENCE).format(place=rng.choice(PLACES), n=rng.randint(2, 9))


def make_signals(n: int, seed: int = 11) -> list[Signal]:
    """``n`` news signals 7 minutes apart: 92 % noise, 1 % violence with no place (dead
    letters), background violence, and every ~600 signals a burst of 4-6 distinct reports
    of one kind of violence in one of three mining departments (the escalations)."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    out: list[Signal] = []
    for i, title in enumerate(make_titles(n, seed)):
        when = start + timedelta(minutes=7 * i)
        out.append(
            Signal(
                id=Signal.make_id("faults", f"{seed}-{i}"),
                source="faults",
                kind=SignalKind.NEWS,
                title=title,
                text=f"{title}. Según fuentes locales, el hecho ocurrió durante la madrugada.",
                published_at=when,
                received_at=when,
                url=f"http://faults.invalid/{seed}/{i}",
                language="es",
            )
        )
    return out


class AlertKey(NamedTuple):
    """One member of the alert set: an episode (region × category, and the event time it
    started, which its fingerprint hashes), the status and level announced, and the window
    and count the detector judged. Two runs raise the same alerts when their sets of keys
    are equal: copies of one alert (at-least-once redelivery) count once, while an extra or
    missing episode, level or resolution, or a resolution decided at another time (its
    window and count would differ), makes the sets differ."""

    region: str
    category: str
    episode_started_at: str
    status: str
    level: str
    window_start: str
    window_end: str
    incidents: int  # the window's count ("count" would hide tuple.count)


def alert_key(alert: dict[str, Any]) -> AlertKey:
    """The alert-set member of an alert record (as on the alerts topic)."""
    esc = alert["escalation"]
    return AlertKey(
        esc["region"],
        esc["category"],
        esc["episode_started_at"],
        alert["status"],
        esc["level"],
        esc["window_start"],
        esc["window_end"],
        esc["count"],
    )


@dataclass
class Reference:
    """What an uninterrupted run gives: the replay path, which equals the live path."""

    alerts: set[AlertKey]
    incident_signals: set[str]  # signal ids that become incidents
    dead_letter_signals: set[str]
    not_relevant: set[str]  # neither: classified not relevant, nothing published
    outcomes: Counter[str]


def reference(signals: Sequence[Signal], model_path: Path) -> Reference:
    """Replay ``signals`` in process (what ``earlywarn replay`` runs) and record outcomes."""
    settings = load_settings(None).model_copy(deep=True)
    settings = settings.model_copy(
        update={"enrich": settings.enrich.model_copy(update={"model_path": model_path})}
    )
    incident_signals: set[str] = set()

    def keep(incidents: Sequence[Incident]) -> None:
        for incident in incidents:
            incident_signals.update(incident.signal_ids)

    result = replay(signals, Components.load(settings), on_incidents=keep)
    dead = {json.loads(d.payload)["id"] for d in result.dead_letters}
    ids = {s.id for s in signals}
    return Reference(
        alerts={alert_key(a.to_dict()) for a in result.alerts},
        incident_signals=incident_signals,
        dead_letter_signals=dead,
        not_relevant=ids - incident_signals - dead,
        outcomes=result.outcomes,
    )


def worker_config(
    path: Path,
    bootstrap: str,
    prefix: str,
    state_dir: Path,
    model_path: Path,
    port: int,
    alert: dict[str, Any] | None = None,
) -> Path:
    """A worker config on an existing broker: no feeds, no intake, and no webhooks unless
    ``alert`` (the config's alert section) subscribes some."""
    return write_config(
        path,
        {
            "kafka": {"bootstrap_servers": [bootstrap], "topic_prefix": prefix},
            "worker": {
                "id": prefix,
                "state_dir": str(state_dir),
                "session_timeout_seconds": 6,
            },
            "http": {"port": port},
            "intake": {"enabled": False},
            "demo": {"enabled": False},
            "feeds": [],
            "enrich": {"model_path": str(model_path)},
            **({"alert": alert} if alert is not None else {}),
        },
    )


@dataclass
class LiveRun:
    """One live pipeline on a broker: its topics, config and worker processes."""

    bootstrap: str
    workdir: Path
    model_path: Path
    prefix: str = field(default_factory=lambda: f"f{uuid.uuid4().hex[:8]}")
    alert: dict[str, Any] | None = None  # the workers' alert section (webhooks)
    env: dict[str, str] = field(default_factory=dict)  # e.g. the webhook secrets
    workers: list[WorkerProcess] = field(default_factory=list)
    started: int = 0

    def topic(self, name: str) -> str:
        return f"{self.prefix}.{name}"

    async def start_worker(self) -> tuple[WorkerProcess, str]:
        """A new worker in the same group (own port and state dir); waits until ready."""
        self.started += 1
        port = free_port()
        config = worker_config(
            self.workdir / f"worker{self.started}.yaml",
            self.bootstrap,
            self.prefix,
            self.workdir / f"state{self.started}",
            self.model_path,
            port,
            self.alert,
        )
        log = self.workdir / f"worker{self.started}.log"
        worker = WorkerProcess(config, log, self.env).start()
        self.workers.append(worker)
        base = f"http://127.0.0.1:{port}"
        await worker.wait_ready(base, timeout=120)
        return worker, base

    def stop_all(self) -> None:
        for worker in self.workers:
            worker.stop()


async def produce(bootstrap: str, topic: str, signals: Sequence[Signal]) -> None:
    """One key: one partition, so the worker sees the signals in order, as replay does."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5)
    await producer.start()
    try:
        pending = []
        for s in signals:
            pending.append(await producer.send(topic, dumps(s.to_dict()), key=b"faults"))
            if len(pending) >= 2000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()


async def produce_paced(
    run: LiveRun,
    signals: Sequence[Signal],
    chunk: int,
    holds: Sequence[tuple[int, asyncio.Event]] = (),
) -> None:
    """``signals`` in chunks, each once the group has committed the one before: the stream
    keeps flowing at the workers' pace (and waits through rebalances) instead of landing
    all at once, so joins, leaves and kills happen while batches are in flight. From
    signal ``at`` on it waits for the event of each ``(at, event)`` in ``holds`` (however
    slowly a worker starts or stops)."""
    for start in range(0, len(signals), chunk):
        await wait_progress(run, start)  # the chunks before this one are committed
        for at, release in holds:
            if start >= at:
                await release.wait()
        await produce(run.bootstrap, run.topic("signals"), signals[start : start + chunk])


async def read_all(bootstrap: str, topic: str, stall_seconds: float = 60) -> list[dict[str, Any]]:
    """Every record now in ``topic`` (all partitions, from the beginning).

    Done once every partition is read up to the end offset reported at the start and a
    fetch then comes back empty. Neither is enough alone: tansu under-reports end offsets
    (so the first is only a lower bound), and it holds each fetch for the whole fetch max
    wait, as long as ``getmany``'s timeout, so on a loaded machine the first fetch of a
    topic came back empty-handed before its records (every incident read as missing).
    TimeoutError if no record arrives for ``stall_seconds`` short of those end offsets.
    """
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = await assign_from_start(consumer, topic)
        ends: dict[TopicPartition, int] = await consumer.end_offsets(partitions)
        records: list[dict[str, Any]] = []
        loop = asyncio.get_running_loop()
        last_record = loop.time()
        while True:
            batch = await consumer.getmany(timeout_ms=500, max_records=10_000)
            for messages in batch.values():
                records.extend(json.loads(m.value) for m in messages if m.value is not None)
            if batch:
                last_record = loop.time()
                continue
            behind = {tp: ends[tp] for tp in partitions if await consumer.position(tp) < ends[tp]}
            if not behind:
                return records
            if loop.time() - last_record > stall_seconds:
                raise TimeoutError(
                    f"{topic}: nothing fetched for {stall_seconds}s short of {behind}"
                )
    finally:
        await consumer.stop()


async def committed_total(bootstrap: str, group: str, topic: str) -> int:
    """Sum over partitions of the group's committed offsets on ``topic``."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False
    )
    await consumer.start()
    try:
        partitions = consumer.partitions_for_topic(topic)
        while not partitions:
            await consumer._client.force_metadata_update()
            partitions = consumer.partitions_for_topic(topic)
        total = 0
        for p in partitions:
            total += await consumer.committed(TopicPartition(topic, p)) or 0
        return total
    finally:
        await consumer.stop()


async def wait_progress(run: LiveRun, at_least: int, timeout: float = 300) -> None:
    """Until the group has committed ``at_least`` signals (a moment defined by progress)."""

    async def committed() -> bool:
        done = await committed_total(
            run.bootstrap, signals_group_id(run.prefix), run.topic("signals")
        )
        return done >= at_least

    await until(committed, f"{at_least} signals committed", timeout, interval=0.2)


async def wait_accounted(run: LiveRun, ref: Reference, timeout: float = 120) -> Accounting:
    """Until every expected incident, dead letter and alert is in its topic (end offsets
    from tansu cannot tell: it under-reports them); returns the final accounting."""
    latest: list[Accounting] = []

    async def complete() -> bool:
        result = await account(run, ref)
        latest[:] = [result]
        return (
            not result.missing_incidents
            and not result.missing_dead_letters
            and result.live_alerts >= ref.alerts
        )

    with contextlib.suppress(TimeoutError):  # the caller's assertions say what is missing
        await until(complete, "everything accounted for", timeout, interval=0.5)
    return latest[0] if latest else await account(run, ref)


@dataclass
class Accounting:
    """How a faulted live run compares with the reference, signal by signal."""

    missing_incidents: set[str]  # should have become an incident, did not
    missing_dead_letters: set[str]
    unexpected: set[str]  # published although the reference classed them not relevant
    duplicate_incidents: int  # extra copies of an incident (at-least-once), recognised by id
    duplicate_dead_letters: int
    live_alerts: set[AlertKey]
    alert_records: int

    def figures(self) -> dict[str, int]:
        return {
            "missing_incidents": len(self.missing_incidents),
            "missing_dead_letters": len(self.missing_dead_letters),
            "unexpected": len(self.unexpected),
            "duplicate_incidents": self.duplicate_incidents,
            "duplicate_dead_letters": self.duplicate_dead_letters,
            "alert_records": self.alert_records,
            "distinct_alerts": len(self.live_alerts),
        }


async def account(run: LiveRun, ref: Reference) -> Accounting:
    """Read incidents, dead letters and alerts; account for every signal by id."""
    messages = await read_all(run.bootstrap, run.topic("incidents"))
    incidents = [i for m in messages for i in incident_records(m)]  # batches per department
    dead = await read_all(run.bootstrap, run.topic("deadletter"))
    alerts = await read_all(run.bootstrap, run.topic("alerts"))
    incident_ids = Counter(i["id"] for i in incidents)
    dead_ids = Counter(json.loads(d["payload"])["id"] for d in dead if d["stage"] == "enrich")
    live_incident_signals = {sid for i in incidents for sid in i["signal_ids"]}
    return Accounting(
        missing_incidents=ref.incident_signals - live_incident_signals,
        missing_dead_letters=ref.dead_letter_signals - set(dead_ids),
        unexpected=(live_incident_signals | set(dead_ids)) & ref.not_relevant,
        duplicate_incidents=sum(incident_ids.values()) - len(incident_ids),
        duplicate_dead_letters=sum(dead_ids.values()) - len(dead_ids),
        live_alerts={alert_key(a) for a in alerts},
        alert_records=len(alerts),
    )


# --------------------------------------------------------------------------- scenarios


async def run_with_kills(
    run: LiveRun, signals: Sequence[Signal], ref: Reference, kill_points: Sequence[int]
) -> Accounting:
    """All ``signals`` produced at once to one worker, SIGKILLed when the group has
    committed each of ``kill_points`` signals and restarted each time."""
    producing: asyncio.Task[None] | None = None
    try:
        worker, _ = await run.start_worker()
        producing = asyncio.create_task(produce(run.bootstrap, run.topic("signals"), signals))
        for at in sorted(kill_points):
            await wait_progress(run, at)
            worker.kill()
            worker, _ = await run.start_worker()
        await producing
        return await wait_accounted(run, ref, timeout=max(120.0, len(signals) / 200))
    finally:
        if producing is not None:
            producing.cancel()
        run.stop_all()


@dataclass
class ScaleOut:
    """What happened while a second worker took part."""

    joined_at: int  # signals committed when it had detected incidents of its own
    left_at: int  # signals committed when it was asked to leave (Ctrl-C)
    exit_code: int


async def scale_out_and_back(
    run: LiveRun, signals: Sequence[Signal], chunk: int, share: float = 0.2
) -> ScaleOut:
    """One worker, then a second joining early in a paced stream (which waits at 60 % until
    it is ready), detecting, and leaving after ``share`` of the stream more while it flows
    (the stream waits at 90 % until it has left, so that the last tenth comes after it,
    however slowly the second worker got going). Workers stay running: the caller reads the
    topics, then stops them."""
    total = len(signals)
    joined = asyncio.Event()
    left = asyncio.Event()
    last_tenth = total * 9 // 10
    await run.start_worker()
    feeding = asyncio.create_task(
        produce_paced(run, signals, chunk, holds=((total * 6 // 10, joined), (last_tenth, left)))
    )
    try:
        await wait_progress(run, total // 10)
        second, base = await run.start_worker()  # ready: it has its partitions
        joined.set()
        # It has taken over departments once it has detected incidents of its own.
        await wait_for_metric(base, "earlywarn_stage_items_total", 1, timeout=120, stage="detect")
        at_join = await committed_total(
            run.bootstrap, signals_group_id(run.prefix), run.topic("signals")
        )
        await wait_progress(run, min(at_join + int(total * share), last_tenth))
        left_at = await committed_total(
            run.bootstrap, signals_group_id(run.prefix), run.topic("signals")
        )
        exit_code = await asyncio.to_thread(second.stop)  # leaves the group
        left.set()
        await feeding
        return ScaleOut(at_join, left_at, exit_code)
    finally:
        feeding.cancel()
