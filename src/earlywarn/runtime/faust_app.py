"""The live pipeline on Faust: thin agents that decode, call pipeline stages, and forward.

``create_app(...)`` builds a fresh app (no module-level app, no import-time side effects).
Agents work in micro-batches (``stream.take_events``) and publish with the raw producer,
awaiting every send before releasing the batch's held messages (runtime/held.py): with
``at_least_once`` that is what makes the offsets Faust commits safe, and it costs far less
than one ``topic.send`` future per message.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Any

import faust
from aiokafka.partitioner import DefaultPartitioner

from earlywarn.alert.dispatch import Dispatcher
from earlywarn.clock import Clock
from earlywarn.config import Settings
from earlywarn.errors import BrokerError, InvalidRecord
from earlywarn.metrics import Metrics
from earlywarn.model import (
    Alert,
    DeadLetter,
    Escalation,
    Incident,
    dumps,
    incident_records,
    loads,
)
from earlywarn.pipeline import Alerting, Components, Detection, EnrichedBatch
from earlywarn.reasons import DeadLetterReason, Stage
from earlywarn.runtime.decoded import DecodedIncidents, cyclic_gc_paused
from earlywarn.runtime.enrich_process import EnrichProcess
from earlywarn.runtime.held import HeldMessages
from earlywarn.runtime.monitor import StallWatchMonitor
from earlywarn.runtime.outbox import KafkaOutboxStore
from earlywarn.runtime.ownership import PartitionsHeld, RegionOwnership
from earlywarn.runtime.signals_consumer import SignalsConsumer, signals_group_id
from earlywarn.runtime.state_codec import encode_state
from earlywarn.runtime.topics import TopicNames

log = logging.getLogger("earlywarn.runtime")

# tansu holds every fetch for its whole max wait, with data or without, and Faust
# hard-codes fetch_max_wait_ms=1500: each topic hop then costs up to 1.5 s (median ≈ 0.4 s
# measured; 3 ms with 100 ms). Shortened on the worker's consumer once it exists.
FETCH_MAX_WAIT_MS = 100

ENRICH_BATCHES_IN_FLIGHT = 3
"""Enrich batches consumed but not yet committed: enough to keep the enrich process busy
while earlier batches wait for the broker; all are read again after a crash."""


def shorten_fetch_wait(app: Any, wait_ms: int = FETCH_MAX_WAIT_MS) -> bool:
    """Set the worker consumer's fetch max wait (private aiokafka attribute; True if set)."""
    consumer = getattr(getattr(app.consumer, "_thread", None), "_consumer", None)
    fetcher = getattr(consumer, "_fetcher", None)
    if fetcher is None or not hasattr(fetcher, "_fetch_max_wait_ms"):
        return False
    fetcher._fetch_max_wait_ms = wait_ms
    return True


def keep_fetch_wait_short(app: Any) -> None:
    """Shorten the consumer's fetch wait at every assignment (the consumer is recreated).

    Every app that consumes on tansu needs it, the benchmarks' bare agent as much as the
    worker: aiokafka keeps one fetch per broker in flight, so a wait held for the idle
    partitions also delays the next fetch of a busy one (a 1.5 s wait made the bare
    agent's rate jump between ~5.6k and ~11k msg/s from run to run).
    """

    @app.on_partitions_assigned.connect  # type: ignore[untyped-decorator]
    async def shorten(sender: Any, *args: Any, signal: Any, **kwargs: Any) -> None:
        if not shorten_fetch_wait(app):
            log.warning("could not shorten the consumer's fetch wait: hops may take 1.5 s")


def freeze_loaded_objects() -> None:
    """Exempt everything loaded so far (model, gazetteer, app) from cyclic GC scans.

    Call once per process, after loading and before forking. A full collection otherwise
    walks every one of these ~190k long-lived objects: in a 20k-signal run the worker made
    3, of ~110 ms of CPU each (each a pause of the event loop); with the minor ones, ~15 %
    of its CPU. A process forked afterwards does not touch their pages when it collects.
    """
    gc.collect()
    gc.freeze()


def faust_settings(settings: Settings, bootstrap: str) -> dict[str, Any]:
    """Faust settings that work on tansu as on Kafka (see ARCHITECTURE.md, "The broker")."""
    session = settings.worker.session_timeout_seconds
    return {
        "broker": f"kafka://{bootstrap}",
        "store": "memory://",
        # exactly_once needs InitProducerId, which tansu rejects.
        "processing_guarantee": "at_least_once",
        # tansu under-reports ListOffsets LATEST for multi-record batches; the check crashes.
        "recovery_consistency_check": False,
        "broker_session_timeout": session,
        "broker_heartbeat_interval": 2.0,
        "broker_rebalance_timeout": session * 3,
        "topic_replication_factor": 1,
        "topic_partitions": settings.kafka.partitions,
        "table_standby_replicas": 0,
        "consumer_auto_offset_reset": "earliest",
        "datadir": str(settings.worker.state_dir / "faust"),
        "web_enabled": True,  # our own EdgeService is registered as the web server
        "producer_linger": 0.005,
        "stream_wait_empty": False,
        "broker_commit_interval": 1.0,
        # Faust's statistics cost ~2–3 % of the worker's CPU per message; nothing reads them.
        "Monitor": StallWatchMonitor,
    }


def _dead_letter(
    stage: Stage, reason: DeadLetterReason, payload: bytes, error: str, now: datetime
) -> DeadLetter:
    return DeadLetter(
        stage=stage.value,
        reason=reason,
        payload=payload.decode("utf-8", errors="replace"),
        error=error,
        first_seen=now,
    )


def decode_incidents(
    values: Sequence[bytes], now: datetime, shared: DecodedIncidents | None = None
) -> tuple[list[Incident], list[DeadLetter]]:
    """Incidents from incidents-topic messages (batches or singles), in order; a bad
    message, or a bad record inside a batch, becomes a dead letter of its own. With
    ``shared``, messages the dashboard's reader decoded already are not decoded again."""
    # Cyclic GC paused: collections set off by decoding took ≈ 7 of its ≈ 21 µs per incident
    # in the live worker (runtime/decoded.py). The parsed JSON is freed when _decode returns.
    with cyclic_gc_paused():
        return _decode(values, now, shared)


def _decode(
    values: Sequence[bytes], now: datetime, shared: DecodedIncidents | None
) -> tuple[list[Incident], list[DeadLetter]]:
    incidents: list[Incident] = []
    rejects: list[DeadLetter] = []
    for raw in values:
        if shared is not None and (found := shared.take(raw)) is not None:
            incidents.extend(found)
            continue
        try:
            records = incident_records(loads(raw))
        except InvalidRecord as exc:
            rejects.append(_dead_letter(Stage.DETECT, exc.reason, raw, exc.message, now))
            continue
        first, clean = len(incidents), True
        for record in records:
            try:
                incidents.append(Incident.from_dict(record))
            except InvalidRecord as exc:
                # Only the bad record is set aside, not the rest of its batch.
                clean = False
                payload = raw if len(records) == 1 else json.dumps(record).encode()
                rejects.append(_dead_letter(Stage.DETECT, exc.reason, payload, exc.message, now))
        if shared is not None and clean:
            shared.keep(raw, incidents[first:])
    return incidents, rejects


@dataclass
class LiveWatermark:
    """Event time that keeps moving when the stream is idle.

    watermark = newest event time + wall time elapsed since that event was seen. A burst of
    historical events advances it only by event time (as replay does); a quiet stream lets
    it advance with the wall clock, so escalations resolve with no new events.
    """

    max_event_time: datetime | None = None
    wall_at_max: datetime | None = None
    # Never step back: an event newer than the last event but older than the idle-advanced
    # watermark must not undo resolutions already decided.
    highest: datetime | None = None

    def observe(self, event_time: datetime, wall_now: datetime) -> None:
        if self.max_event_time is None or event_time > self.max_event_time:
            self.max_event_time = event_time
            self.wall_at_max = wall_now

    def current(self, wall_now: datetime) -> datetime | None:
        if self.max_event_time is None or self.wall_at_max is None:
            return None
        idle = max(wall_now - self.wall_at_max, timedelta(0))
        candidate = self.max_event_time + idle
        if self.highest is None or candidate > self.highest:
            self.highest = candidate
        return self.highest


@dataclass
class Runtime:
    """Per-worker live state shared by the agents (one instance per app)."""

    settings: Settings
    components: Components
    metrics: Metrics
    clock: Clock
    topics: TopicNames
    detection: Detection
    alerting: Alerting
    # One per department: a department's clock moves with its own events, or with wall
    # time while it is quiet -- never with another department's events.
    watermarks: dict[str, LiveWatermark] = field(default_factory=dict)
    dispatcher: Dispatcher | None = None  # set by the edge service (it owns the HTTP session)
    outbox_store: KafkaOutboxStore | None = None
    park: Callable[[Sequence[DeadLetter]], Awaitable[None]] | None = None
    outbox_partitions: set[int] = field(default_factory=set)
    secrets: dict[str, list[str]] = field(default_factory=dict)
    ready: asyncio.Event = field(default_factory=asyncio.Event)
    # Set once the signals consumer has joined its group (runtime/signals_consumer.py).
    signals_joined: asyncio.Event = field(default_factory=asyncio.Event)
    # Decoded by whichever of the detect agent and the dashboard reads a message first.
    decoded_incidents: DecodedIncidents = field(default_factory=DecodedIncidents)


def create_app(
    settings: Settings,
    components: Components,
    metrics: Metrics,
    clock: Clock,
    bootstrap: str,
) -> tuple[faust.App, Runtime]:
    """A new Faust app wired to ``bootstrap``, and the runtime state its agents share."""
    topics = TopicNames(settings.kafka.topic_prefix)
    app = faust.App(settings.worker.id, **faust_settings(settings, bootstrap))
    keep_fetch_wait_short(app)
    runtime = Runtime(
        settings=settings,
        components=components,
        metrics=metrics,
        clock=clock,
        topics=topics,
        detection=components.detection(),
        alerting=components.alerting(),
    )
    # Every agent's batch is held until its work is durable; a batch that fails stops the
    # worker (runtime/held.py). Counted in earlywarn_held_messages{agent}.
    batches = HeldMessages(clock)
    batches.export(metrics, (Stage.DETECT.value, Stage.ALERT.value, Stage.DELIVER.value))
    freeze_loaded_objects()
    # Forked here, before Faust starts its threads; stopped with the app.
    enrich_process = EnrichProcess(
        components.enricher(),
        in_child=settings.worker.enrich_in_child_process,
        processes=settings.worker.enrich_processes,
    )

    batch = settings.worker.batch_size
    within = settings.worker.batch_within_seconds
    # Longer: each detect batch saves every touched department's state once.
    detect_within = max(within, settings.worker.detect_batch_within_seconds)

    def raw_topic(name: str) -> Any:
        return app.topic(
            name,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=settings.kafka.partitions,
        )

    incidents_topic = raw_topic(topics.incidents)
    escalations_topic = raw_topic(topics.escalations)
    alerts_topic = raw_topic(topics.alerts)

    # Detector state per department: the latest record per department on the state topic,
    # in the partition the department has on the incidents topic. Not a Faust table: its
    # recovery reads up to the end offsets, which tansu under-reports, so a restarted
    # worker could resume from a stale state; loading reads up to a fence record instead.
    state_store = KafkaOutboxStore(app, topics.state, bootstrap)
    saved_states: dict[str, bytes] = {}
    partitioner = DefaultPartitioner()
    all_partitions = list(range(settings.kafka.partitions))

    def state_partition(department: str) -> int:
        return int(partitioner(department.encode(), all_partitions, all_partitions))

    # Rebalances: a revocation waits for the batch in flight to save its state, and a batch
    # leaves incidents of partitions it no longer owns to their new owner.
    regions_owned = RegionOwnership(state_partition)

    async def publish(records: Sequence[tuple[str, bytes | None, bytes]]) -> None:
        if not records:
            return
        pending: list[Awaitable[Any]] = []
        for topic, key, value in records:
            pending.append(await app.producer.send(topic, key, value, None, None, None))
        await asyncio.gather(*pending)

    async def park(dead_letters: Sequence[DeadLetter]) -> None:
        for dl in dead_letters:
            metrics.dead_letters.labels(dl.stage, dl.reason.value).inc()
            log.warning(
                "dead letter stage=%s reason=%s error=%s", dl.stage, dl.reason.value, dl.error
            )
        await publish(
            [(topics.deadletter, dl.stage.encode(), dumps(dl.to_dict())) for dl in dead_letters]
        )

    def lag(stage: Stage, newest: datetime | None) -> None:
        if newest is not None:
            metrics.event_time_lag.labels(stage.value).set((clock.now() - newest).total_seconds())

    # ------------------------------------------------------------------ enrich
    # Not a Faust agent: a plain aiokafka consumer (runtime/signals_consumer.py) spares the
    # worker Faust's per-message path; enrichment is stateless, so it needs no table and no
    # co-partitioning. Offsets are committed once a batch's output is acknowledged.
    async def publish_enriched(enriching: Awaitable[EnrichedBatch], started: float) -> None:
        """Publish one enriched batch (its offsets are committed only after this returns)."""
        enriched = await enriching
        # Counted per batch: a labelled child lookup per item cost more than the count.
        for outcome, count in enriched.outcomes.items():
            metrics.stage_items.labels(Stage.ENRICH.value, outcome.value).inc(count)
        for (dep, category), count in enriched.incidents.items():
            metrics.incidents.labels(dep, category.value).inc(count)
        for confidence in enriched.confidences:
            metrics.classification_confidence.observe(confidence)
        incidents = [
            (topics.incidents, dep.encode(), message)
            for dep, messages in enriched.messages.items()
            for message in messages
        ]
        # One round trip to the broker for both, not two in a row.
        await asyncio.gather(publish(incidents), park(enriched.dead_letters))
        lag(Stage.ENRICH, enriched.newest)
        metrics.stage_latency.labels(Stage.ENRICH.value).observe(time.perf_counter() - started)

    def start_enrich(values: list[bytes]) -> Awaitable[None]:
        # The enrich process starts at once; publishing waits for the batch before.
        enriching = asyncio.ensure_future(enrich_process.enrich(values, clock.now()))
        return publish_enriched(enriching, time.perf_counter())

    signals = SignalsConsumer(
        bootstrap=bootstrap,
        group_id=signals_group_id(settings.worker.id),
        topic=topics.signals,
        start_batch=start_enrich,
        batch_size=batch,
        batch_within_seconds=within,
        in_flight=ENRICH_BATCHES_IN_FLIGHT,
        session_timeout_seconds=settings.worker.session_timeout_seconds,
        fetch_max_wait_ms=FETCH_MAX_WAIT_MS,
        joined=runtime.signals_joined,
    )
    consuming: list[asyncio.Task[Any]] = []

    @app.task  # type: ignore[untyped-decorator]
    async def consume_signals() -> None:
        task = asyncio.current_task()
        assert task is not None
        consuming.append(task)
        await signals.run()

    @app.on_before_shutdown.connect  # type: ignore[arg-type]  # mode types reject async receivers
    async def stop_consuming_signals(sender: Any, *args: Any, signal: Any, **kwargs: Any) -> None:
        # Before Faust's producer stops: batches in flight are dropped uncommitted (read
        # again after a restart), and the consumer leaves its group.
        for task in consuming:
            task.cancel()
        await asyncio.gather(*consuming, return_exceptions=True)
        enrich_process.close()

    # ------------------------------------------------------------------ detect
    def restore_regions(incidents: Sequence[Incident]) -> None:
        known = set(runtime.detection.regions())
        for dep in {i.department for i in incidents if i.department}:
            if dep in known:
                continue
            saved = saved_states.get(dep)
            if saved:
                runtime.detection.restore_region(dep, loads(saved))

    async def persist_regions(regions: set[str]) -> None:
        """Save the departments' state and wait for the broker: only then may the offsets
        of the incidents it includes be committed (at-least-once without losing state)."""
        records = []
        for dep in sorted(regions):
            saved_states[dep] = encode_state(runtime.detection.snapshot_region(dep))
            records.append((state_partition(dep), dep, saved_states[dep]))
        if records:
            await (await state_store.append(records))

    async def emit_escalations(escalations: Sequence[Escalation]) -> None:
        for e in escalations:
            metrics.escalations.labels(
                e.region, e.category.value, e.status.value, e.level.label
            ).inc()
            log.info(
                "escalation %s %s %s level=%s count=%d baseline=%.2f",
                e.status.value,
                e.region_name,
                e.category.value,
                e.level.label,
                e.count,
                e.baseline,
            )
        await publish(
            [(topics.escalations, e.region.encode(), dumps(e.to_dict())) for e in escalations]
        )

    @app.agent(incidents_topic, name="detect")
    async def detect_agent(stream: faust.StreamT[bytes]) -> None:
        async for events in stream.take_events(batch, within=detect_within):  # type: ignore[attr-defined]
            # Uncommitted until the state includes them: Faust acks a batch it abandons
            # (Ctrl-C while waiting for the turn or the broker); a batch that raises stops
            # the worker rather than be left behind (runtime/held.py).
            # The departments' saved state, after each assignment; held until it is saved.
            async with batches.batch("detect", events, app), regions_owned.turn():
                started = time.perf_counter()
                now = clock.now()
                # Messages of partitions revoked since they were taken stay held: their new
                # owner reads them (a department's incidents are keyed to its partition).
                done = [e for e in events if e.message.partition in regions_owned.partitions]
                if len(done) < len(events):
                    left = sorted({e.message.partition for e in events} - regions_owned.partitions)
                    log.info("detect: %d messages of partitions %s left uncommitted to their "
                             "new owner", len(events) - len(done), left)  # fmt: skip
                values = [e.value for e in done]
                incidents, rejects = decode_incidents(values, now, runtime.decoded_incidents)
                # Per department, not per incident: ownership hashes the department.
                departments = {i.department for i in incidents}
                unowned = {d for d in departments if d is not None and not regions_owned.owns(d)}
                if unowned:
                    incidents = [i for i in incidents if i.department not in unowned]
                restore_regions(incidents)
                observation = runtime.detection.observe(incidents)
                escalations = observation.escalations
                # Incidents Detection set aside (an event time beyond the detector's buckets)
                # are parked, as replay lists them; nor do they move the watermark below.
                rejects.extend(r.dead_letter(now) for r in observation.refused)
                incidents = observation.accepted
                # The newest event per department: observing every incident at the same wall
                # time ends in the same watermark.
                newest: dict[str, datetime] = {}
                for incident in incidents:
                    department = incident.department
                    if department is not None:
                        at = newest.get(department)
                        if at is None or incident.occurred_at > at:
                            newest[department] = incident.occurred_at
                for department, at in newest.items():
                    watermark = runtime.watermarks.get(department)
                    if watermark is None:
                        watermark = runtime.watermarks[department] = LiveWatermark()
                    watermark.observe(at, now)
                # Escalations first, then the state that no longer expects them: a crash
                # between the two redoes the batch from the old state and re-emits the same
                # records (same ids); the other order would lose them.
                await emit_escalations(escalations)
                await persist_regions({d for d in newest if d})
                await park(rejects)
                metrics.stage_items.labels(Stage.DETECT.value, "incident").inc(len(incidents))
                if incidents:
                    lag(Stage.DETECT, max(i.occurred_at for i in incidents))
                elapsed = time.perf_counter() - started
                metrics.stage_latency.labels(Stage.DETECT.value).observe(elapsed)
                batches.release("detect", done)

    @app.timer(interval=settings.worker.tick_seconds, name="watermark-tick")  # type: ignore[untyped-decorator]
    async def watermark_tick() -> None:
        async with regions_owned.held():
            now = clock.now()
            resolved: list[Escalation] = []
            for department, clock_of_department in runtime.watermarks.items():
                watermark = clock_of_department.current(now)
                if watermark is not None:
                    resolved.extend(runtime.detection.advance(watermark, (department,)))
            if resolved:
                await emit_escalations(resolved)  # before the state, as in the detect agent
                # Provinces and districts live in their department's state.
                await persist_regions({e.region[:2] for e in resolved})

    @app.on_partitions_revoked.connect  # type: ignore[arg-type]  # mode types reject async receivers
    async def forget_regions(sender: Any, *args: Any, signal: Any, **kwargs: Any) -> None:
        # The regions may move to another worker; reload their state when they come back.
        async with regions_owned.revoking():
            saved_states.clear()
            runtime.detection.clear()
            runtime.watermarks.clear()

    state_ownership = asyncio.Lock()  # one load at a time, in the order assignments came

    async def load_states(partitions: set[int], generation: int) -> None:
        async with state_ownership:
            while True:
                try:
                    loaded = await state_store.load(partitions)
                    break
                except BrokerError as exc:  # the detect agent waits for this load
                    if not regions_owned.current(generation):
                        return  # a newer assignment loads its own
                    log.error("could not load detector state: %s; retrying in 1 s", exc)
                    await asyncio.sleep(1.0)
            if regions_owned.current(generation):  # else a newer assignment loads its own
                saved_states.clear()
                saved_states.update({key: value for key, value in loaded.items()})
                regions_owned.loaded(generation)

    @app.on_partitions_assigned.connect  # type: ignore[arg-type]  # mode types reject async receivers
    async def take_states(sender: Any, *args: Any, signal: Any, **kwargs: Any) -> None:
        assigned = args[0] if args else kwargs.get("assigned", set())
        partitions = {tp.partition for tp in assigned if tp.topic == topics.incidents}
        # In the background, like the outbox: reading must not hold up the rebalance.
        generation = regions_owned.assigned(partitions)
        task = asyncio.ensure_future(load_states(partitions, generation))
        loading_states.add(task)
        task.add_done_callback(loading_states.discard)

    loading_states: set[asyncio.Task[None]] = set()

    # ------------------------------------------------------------------ alert
    @app.agent(escalations_topic, name="alert")
    async def alert_agent(stream: faust.StreamT[bytes]) -> None:
        async for events in stream.take_events(batch, within=within):  # type: ignore[attr-defined]
            # Uncommitted until its alerts are published: Faust acks a batch it abandons.
            async with batches.batch("alert", events, app):
                now = clock.now()
                escalations: list[Escalation] = []
                rejects: list[DeadLetter] = []
                for event in events:
                    raw = event.value
                    try:
                        escalations.append(Escalation.from_dict(loads(raw)))
                    except InvalidRecord as exc:
                        rejects.append(_dead_letter(Stage.ALERT, exc.reason, raw, exc.message, now))
                alerts = runtime.alerting.accept(escalations)
                await publish(
                    [(topics.alerts, a.fingerprint.encode(), dumps(a.to_dict())) for a in alerts]
                )
                await park(rejects)
                # Also for partitions revoked meanwhile: published, the alerts are safe to skip.
                batches.release("alert", events)

    # ------------------------------------------------------------------ deliver
    # Routing, silences, inhibition and group timers, then the durable outbox
    # (alert/dispatch.py): the agent returns once the outbox holds the deliveries, so its
    # offsets are safe to commit; the POSTs and their retries run in the background.
    runtime.outbox_store = KafkaOutboxStore(app, topics.outbox, bootstrap)
    runtime.park = park

    ownership = asyncio.Lock()  # one assignment at a time, in the order they came
    loading: set[asyncio.Task[None]] = set()
    alerts_held = PartitionsHeld()

    async def own_outbox(partitions: set[int]) -> None:
        async with ownership:
            await runtime.ready.wait()
            dispatcher = runtime.dispatcher
            assert dispatcher is not None
            await dispatcher.release(runtime.outbox_partitions - partitions)
            runtime.outbox_partitions = set(partitions)
            while True:
                try:
                    await dispatcher.load(partitions)
                    return
                except BrokerError as exc:  # the deliver agent waits for this load
                    log.error("could not load the outbox: %s; retrying in 1 s", exc)
                    await asyncio.sleep(1.0)

    @app.on_partitions_assigned.connect  # type: ignore[arg-type]  # mode types reject async receivers
    async def take_outbox(sender: Any, *args: Any, signal: Any, **kwargs: Any) -> None:
        assigned = args[0] if args else kwargs.get("assigned", set())
        partitions = {tp.partition for tp in assigned if tp.topic == topics.alerts}
        alerts_held.assigned(partitions)
        # In the background: loading reads the outbox, which must not hold up the rebalance.
        task = asyncio.ensure_future(own_outbox(partitions))
        loading.add(task)
        task.add_done_callback(loading.discard)

    @app.on_partitions_revoked.connect  # type: ignore[arg-type]  # mode types reject async receivers
    async def hand_over_outbox(sender: Any, *args: Any, signal: Any, **kwargs: Any) -> None:
        # Now, before the group assigns the queues again: two workers sending one queue
        # would break its order (a late retry of a firing alert after its resolution).
        alerts_held.revoked()
        dispatcher = runtime.dispatcher
        if not runtime.ready.is_set() or dispatcher is None:
            return  # nothing loaded yet
        async with ownership:
            await dispatcher.release(runtime.outbox_partitions)
            runtime.outbox_partitions = set()

    @app.agent(alerts_topic, name="deliver")
    async def deliver_agent(stream: faust.StreamT[bytes]) -> None:
        async for events in stream.take_events(batch, within=within):  # type: ignore[attr-defined]
            # Uncommitted until in the outbox: Faust acks a batch it abandons (Ctrl-C).
            async with batches.batch("deliver", events, app):
                await runtime.ready.wait()  # the dispatcher lives in the edge service
                dispatcher = runtime.dispatcher
                assert dispatcher is not None
                now = clock.now()
                held = {
                    partition
                    for partition in sorted({e.message.partition for e in events})
                    if await alerts_held.wait(partition, partial(dispatcher.wait_loaded, partition))
                }
                # Under the lock a revocation hands the outbox over with: after this submit, or
                # before it (then those partitions are left whole, held, to their new owner).
                async with ownership:
                    owned = held & alerts_held.partitions & runtime.outbox_partitions
                    done = [e for e in events if e.message.partition in owned]
                    if len(done) < len(events):
                        left = sorted({e.message.partition for e in events} - owned)
                        log.info("deliver: %d alerts of partitions %s left uncommitted to their "
                                 "new owner", len(events) - len(done), left)  # fmt: skip
                    alerts: list[tuple[Alert, int]] = []
                    rejects: list[DeadLetter] = []
                    for event in done:
                        raw = event.value
                        try:
                            alerts.append((Alert.from_dict(loads(raw)), event.message.partition))
                        except InvalidRecord as exc:
                            rejects.append(
                                _dead_letter(Stage.DELIVER, exc.reason, raw, exc.message, now)
                            )
                    await dispatcher.submit(alerts)
                await park(rejects)
                batches.release("deliver", done)

    return app, runtime
