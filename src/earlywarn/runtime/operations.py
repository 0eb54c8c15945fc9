"""What the worker shows people: the operations dashboard, readiness, and broker-side metrics.

``install_operations(web_app, runtime, faust_app)`` adds, to the edge's aiohttp app:

- ``GET /dashboard`` and ``/dashboard/static/*``: the page and its assets, shipped in the
  package (``earlywarn/web``), no CDN; a strict Content-Security-Policy forbids inline
  script, so hostile feed text could not run even if it were ever inserted as markup;
- ``GET /api/situation`` (levels, open escalations, recent alerts), ``GET /api/trends/{dep}``
  and ``GET /api/events`` (server-sent events: a ``snapshot``, then each new ``alert``);
- background tasks started and stopped with the web app: a reader of the alerts and
  incidents topics (every partition, no consumer group, so each worker shows the whole
  country), a consumer-lag sampler and a broker probe that readiness relies on.

It also registers the scrape-time collector of escalation levels.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from importlib import resources
from typing import Any

from aiohttp import web
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

from earlywarn.errors import InvalidRecord
from earlywarn.model import Alert, Incident, loads
from earlywarn.runtime.faust_app import Runtime, decode_incidents
from earlywarn.runtime.signals_consumer import signals_group_id
from earlywarn.situation import Situation, alert_view

log = logging.getLogger("earlywarn.operations")

ASSETS = {
    "dashboard.js": "text/javascript",
    "dashboard.css": "text/css",
    "peru_departments.geojson": "application/geo+json",
    "favicon.svg": "image/svg+xml",
}
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
BROKER_PROBE_SECONDS = 2.0
BROKER_STALE_SECONDS = 6.0  # three missed probes
LAG_SAMPLE_SECONDS = 5.0
CLIENT_QUEUE = 100
HEARTBEAT_SECONDS = 15.0
RESTART_FIRST_SECONDS = 2.0  # a failed background view restarts after this, doubling
RESTART_MAX_SECONDS = 30.0


def bootstrap_of(faust_app: Any) -> str:
    """``host:port,…`` from Faust's ``kafka://`` broker URLs."""
    return ",".join(f"{url.host}:{url.port}" for url in faust_app.conf.broker)


@contextlib.asynccontextmanager
async def running(consumer: AIOKafkaConsumer) -> AsyncIterator[AIOKafkaConsumer]:
    """Start ``consumer`` and always stop it, also when starting fails (broker away):
    a consumer whose start() raised still holds a client and leaks it unless stopped."""
    try:
        await consumer.start()
        yield consumer
    finally:
        await consumer.stop()


def _asset(name: str) -> bytes:
    return resources.files("earlywarn").joinpath("web", name).read_bytes()


async def seek_to_time(consumer: AIOKafkaConsumer, tps: list[TopicPartition], ms: int) -> None:
    """Seek each partition to its first offset at or after ``ms``; the beginning if unknown.

    tansu answers ListOffsets by timestamp, but a partition with nothing that late answers
    None: those are sought to the end, as Kafka does.
    """
    found = await consumer.offsets_for_times(dict.fromkeys(tps, ms))
    late = [tp for tp, at in found.items() if at is None]
    for tp, at in found.items():
        if at is not None:
            consumer.seek(tp, at.offset)
    if late:
        await consumer.seek_to_end(*late)


class Operations:
    """The dashboard's state and streams, the lag sampler and the broker probe of one worker."""

    def __init__(self, runtime: Runtime, bootstrap: str, group_id: str) -> None:
        self.runtime = runtime
        self.bootstrap = bootstrap
        self.group_id = group_id
        settings = runtime.settings
        self.situation = Situation(settings.detect, runtime.components.region_names())
        self._clients: set[asyncio.Queue[bytes | None]] = set()
        self._tasks: list[asyncio.Task[None]] = []
        self._broker_ok_at: float | None = None
        self._feed_started = asyncio.Event()

    # ------------------------------------------------------------------ readiness

    def readiness(self) -> dict[str, Any]:
        """Ready = started (the signals consumer too), broker answered recently, model and
        gazetteer loaded."""
        loop = asyncio.get_running_loop()
        components = self.runtime.components
        checks = {
            "started": self.runtime.ready.is_set() and self.runtime.signals_joined.is_set(),
            "broker": self._broker_ok_at is not None
            and loop.time() - self._broker_ok_at < BROKER_STALE_SECONDS,
            "model": bool(components.classifier.categories),
            "gazetteer": len(components.region_names()) == 25,
        }
        status = "ready" if all(checks.values()) else "not ready"
        return {"status": status, "checks": checks}

    # ------------------------------------------------------------------ background tasks

    async def start(self, _: web.Application | None = None) -> None:
        self._spawn("operations:feed", self._feed)
        self._spawn("operations:lag", self._sample_lag)
        self._spawn("operations:broker", self._probe_broker)

    def _spawn(self, name: str, body: Callable[[], Awaitable[None]]) -> None:
        async def guarded() -> None:
            delay = RESTART_FIRST_SECONDS
            while True:
                try:
                    await body()
                    return
                except asyncio.CancelledError:
                    raise
                except (KafkaError, OSError) as exc:
                    # The broker is away: expected, and said once per attempt without a
                    # traceback; attempts back off so an outage does not flood the log.
                    log.warning("%s: broker unavailable (%r); retrying in %g s", name, exc, delay)
                except Exception:  # a view must not take the worker down
                    log.exception("%s failed; restarting in %g s", name, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, RESTART_MAX_SECONDS)

        self._tasks.append(asyncio.create_task(guarded(), name=name))

    async def shutdown(self, _: web.Application | None = None) -> None:
        for queue in list(self._clients):
            with contextlib.suppress(asyncio.QueueFull):
                queue.put_nowait(None)  # ends the event stream handlers promptly

    async def stop(self, _: web.Application | None = None) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()

    async def _probe_broker(self) -> None:
        loop = asyncio.get_running_loop()
        metrics = self.runtime.metrics
        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, enable_auto_commit=False)
        try:
            await consumer.start()
        except (KafkaError, OSError):
            metrics.broker_up.set(0)
            await consumer.stop()
            raise
        try:
            while True:
                try:
                    async with asyncio.timeout(BROKER_PROBE_SECONDS * 2):
                        await consumer.topics()  # a metadata round trip to the cluster
                    self._broker_ok_at = loop.time()
                    metrics.broker_up.set(1)
                except (KafkaError, OSError, TimeoutError) as exc:
                    metrics.broker_up.set(0)
                    log.warning("broker probe failed: %r", exc)
                await asyncio.sleep(BROKER_PROBE_SECONDS)
        finally:
            await consumer.stop()

    async def _sample_lag(self) -> None:
        """Group lag per input topic partition, from the group's committed offsets.

        A consumer per group that only reads committed offsets with the group's id: it never
        subscribes (so it never joins the group or triggers a rebalance) and never commits.
        The signals topic has a group of its own (``runtime/signals_consumer.py``).
        """
        topics = self.runtime.topics
        groups = {
            signals_group_id(self.group_id): [topics.signals],
            self.group_id: [topics.incidents, topics.escalations, topics.alerts],
        }
        metrics = self.runtime.metrics
        async with contextlib.AsyncExitStack() as stack:
            consumers = {
                group: await stack.enter_async_context(
                    running(
                        AIOKafkaConsumer(
                            bootstrap_servers=self.bootstrap,
                            group_id=group,
                            enable_auto_commit=False,
                        )
                    )
                )
                for group in groups
            }
            while True:
                for group, inputs in groups.items():
                    consumer = consumers[group]
                    tps = [
                        TopicPartition(t, p)
                        for t in inputs
                        for p in sorted(consumer.partitions_for_topic(t) or ())
                    ]
                    if not tps:
                        await consumer._client.force_metadata_update()  # topics not yet known
                        continue
                    ends = await consumer.end_offsets(tps)
                    for tp in tps:
                        committed = await consumer.committed(tp)
                        labels = (tp.topic, str(tp.partition))
                        done = committed if committed is not None else 0
                        metrics.kafka_committed_offset.labels(*labels).set(done)
                        metrics.kafka_consumer_lag.labels(*labels).set(max(0, ends[tp] - done))
                await asyncio.sleep(LAG_SAMPLE_SECONDS)

    async def _feed(self) -> None:
        """Read alerts (all of them) and recent incidents into the situation, push alerts."""
        topics = self.runtime.topics
        settings = self.runtime.settings
        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, enable_auto_commit=False)
        async with running(consumer):
            alert_tps: list[TopicPartition] = []
            incident_tps: list[TopicPartition] = []
            while not alert_tps or not incident_tps:
                await consumer._client.force_metadata_update()
                alert_tps = [
                    TopicPartition(topics.alerts, p)
                    for p in sorted(consumer.partitions_for_topic(topics.alerts) or ())
                ]
                incident_tps = [
                    TopicPartition(topics.incidents, p)
                    for p in sorted(consumer.partitions_for_topic(topics.incidents) or ())
                ]
            consumer.assign(alert_tps + incident_tps)
            await consumer.seek_to_beginning(*alert_tps)
            # Incidents: only what the trend charts can show (history + chart span).
            horizon = settings.detect.bucket_seconds * (
                self.situation.trends.keep_buckets or settings.detect.baseline_buckets
            )
            since = self.runtime.clock.now() - timedelta(seconds=horizon)
            await seek_to_time(consumer, incident_tps, int(since.timestamp() * 1000))
            self._feed_started.set()
            while True:
                batches = await consumer.getmany(timeout_ms=500, max_records=2000)
                for tp, messages in batches.items():
                    if tp.topic == topics.incidents:
                        self.situation.observe_incidents(self._decode_incidents(messages))
                    else:
                        for message in messages:
                            self._take_alert(message.value)

    def _decode_incidents(self, messages: list[Any]) -> list[Incident]:
        # Decoded as the detect agent decodes (shared with it on its partitions); a bad
        # message or record is the detect agent's to dead-letter, the view only skips it.
        values = [m.value for m in messages if isinstance(m.value, bytes)]
        incidents, rejects = decode_incidents(
            values, self.runtime.clock.now(), self.runtime.decoded_incidents
        )
        for reject in rejects:
            log.debug("dashboard skipped an incidents record: %s", reject.error)
        return incidents

    def _take_alert(self, raw: bytes | None) -> None:
        if raw is None:
            return
        try:
            alert = Alert.from_dict(loads(raw))
        except InvalidRecord as exc:
            log.debug("dashboard skipped an alert: %s", exc.message)
            return
        if not self.situation.observe_alert(alert):
            return
        event = _sse("alert", {"alert": alert_view(alert), "levels": self.situation.levels()})
        for queue in list(self._clients):
            try:
                queue.put_nowait(event)
            except asyncio.QueueFull:
                # A stalled browser: drop it; EventSource reconnects and gets a snapshot.
                self._clients.discard(queue)
                self.runtime.metrics.dashboard_clients.set(len(self._clients))

    # ------------------------------------------------------------------ HTTP

    async def page(self, _: web.Request) -> web.Response:
        return web.Response(
            body=_asset("index.html"),
            content_type="text/html",
            charset="utf-8",
            headers=_headers(),
        )

    async def static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in ASSETS:
            raise web.HTTPNotFound()
        return web.Response(body=_asset(name), headers={**_headers(), "Content-Type": ASSETS[name]})

    async def situation_json(self, _: web.Request) -> web.Response:
        return web.json_response(self.situation.snapshot(), headers=_headers())

    async def trends_json(self, request: web.Request) -> web.Response:
        department = request.match_info["department"]
        if department not in self.situation.region_names:
            raise web.HTTPNotFound(text="unknown department: use a 2-digit UBIGEO code")
        return web.json_response(self.situation.trend(department), headers=_headers())

    async def events(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(
            headers={
                **_headers(),
                "Content-Type": "text/event-stream",
                "Cache-Control": "no-cache",
            }
        )
        await response.prepare(request)
        queue: asyncio.Queue[bytes | None] = asyncio.Queue(maxsize=CLIENT_QUEUE)
        # Registered before the snapshot is taken: nothing falls between the two.
        self._clients.add(queue)
        self.runtime.metrics.dashboard_clients.set(len(self._clients))
        try:
            await response.write(_sse("snapshot", self.situation.snapshot()))
            while True:
                try:
                    event = await asyncio.wait_for(queue.get(), HEARTBEAT_SECONDS)
                except TimeoutError:
                    event = b": keep-alive\n\n"
                if event is None:
                    break
                await response.write(event)
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            self._clients.discard(queue)
            self.runtime.metrics.dashboard_clients.set(len(self._clients))
        return response


def _headers() -> dict[str, str]:
    return {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff"}


def _sse(event: str, data: Any) -> bytes:
    # json.dumps never emits a raw newline, so one data: line carries the whole event.
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


def install_operations(web_app: web.Application, runtime: Runtime, faust_app: Any) -> Operations:
    """Add the dashboard routes and background tasks to ``web_app``; see the module doc."""
    ops = Operations(runtime, bootstrap_of(faust_app), group_id=faust_app.conf.id)
    runtime.metrics.track_escalation_levels(
        lambda: runtime.detection.detector.firing(), runtime.components.region_names()
    )
    web_app.router.add_get("/dashboard", ops.page)
    web_app.router.add_get("/dashboard/static/{name}", ops.static)
    web_app.router.add_get("/api/situation", ops.situation_json)
    web_app.router.add_get("/api/trends/{department}", ops.trends_json)
    web_app.router.add_get("/api/events", ops.events)
    web_app.on_startup.append(ops.start)
    web_app.on_shutdown.append(ops.shutdown)
    web_app.on_cleanup.append(ops.stop)
    return ops
