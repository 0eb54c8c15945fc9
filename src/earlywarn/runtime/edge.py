"""The worker's edge: HTTP (intake, /metrics, /healthz, /readyz), feed pollers, webhooks.

Started by Faust as the app's web server, i.e. after table recovery, so nothing is accepted
before the worker can process it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from typing import Any

import aiohttp
from aiohttp import web
from aiokafka.errors import KafkaError
from mode import Service
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from earlywarn.alert.dispatch import Dispatcher
from earlywarn.alert.silence import load_silences, silences_path
from earlywarn.alert.ssrf import guarded_connector
from earlywarn.alert.webhook import WebhookDeliverer
from earlywarn.collect.http import feed_session
from earlywarn.collect.intake import add_intake_routes, intake_tokens, token_variables
from earlywarn.collect.rss import FeedPoller
from earlywarn.config import secret_from_env
from earlywarn.errors import BrokerError
from earlywarn.model import DeadLetter, Signal, dumps
from earlywarn.runtime.demo import DemoServer
from earlywarn.runtime.faust_app import Runtime
from earlywarn.runtime.operations import install_operations
from earlywarn.runtime.silences import add_silence_routes

log = logging.getLogger("earlywarn.edge")


class KafkaSink:
    """SignalSink over the worker's producer; returns once the broker acknowledged."""

    def __init__(self, app: Any, runtime: Runtime) -> None:
        self.app = app
        self.runtime = runtime

    async def _send(self, records: Sequence[tuple[str, bytes, bytes]]) -> None:
        # Bounded: with the broker away the producer waits for it (Faust's request timeout
        # is 20 minutes), and an intake request must get its 503 long before that. Records
        # already queued may still go out after a timeout: the client's resend then makes a
        # duplicate with the same id, never a loss.
        timeout = self.runtime.settings.kafka.publish_timeout_seconds
        try:
            async with asyncio.timeout(timeout):
                pending = [
                    await self.app.producer.send(t, k, v, None, None, None) for t, k, v in records
                ]
                await asyncio.gather(*pending)
        except TimeoutError as exc:
            raise BrokerError(
                f"broker did not acknowledge {len(records)} record(s) within {timeout:g}s"
            ) from exc
        except (KafkaError, OSError) as exc:
            # Collectors treat BrokerError as "try again later" and keep what they hold.
            raise BrokerError(f"broker did not accept {len(records)} record(s): {exc!r}") from exc

    # The collectors count what they publish (signals_in, dead_letters); the sink does not.
    async def publish_signals(self, signals: Sequence[Signal]) -> None:
        topic = self.runtime.topics.signals
        await self._send([(topic, s.source.encode(), dumps(s.to_dict())) for s in signals])

    async def publish_dead_letters(self, dead_letters: Sequence[DeadLetter]) -> None:
        topic = self.runtime.topics.deadletter
        await self._send([(topic, d.stage.encode(), dumps(d.to_dict())) for d in dead_letters])


class EdgeService(Service):
    """Owns every socket the worker opens besides Kafka's."""

    def __init__(self, app: Any, runtime: Runtime, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.faust_app = app
        self.runtime = runtime
        self._stop = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self._webhook_session: aiohttp.ClientSession | None = None  # SSRF-guarded connector
        self._pollers: list[asyncio.Task[None]] = []
        self._demo: DemoServer | None = None
        self.listening: dict[str, str] = {}

    def _web_app(self) -> web.Application:
        settings = self.runtime.settings
        app = web.Application(client_max_size=settings.intake.max_body_bytes)
        sink = KafkaSink(self.faust_app, self.runtime)
        if settings.intake.enabled:
            tokens = intake_tokens(settings.intake)
            if not tokens:
                log.warning(
                    "field intake is disabled: set %s to a bearer token to enable it",
                    token_variables(settings.intake),
                )
            add_intake_routes(
                app, sink, tokens, settings.intake, self.runtime.clock, self.runtime.metrics
            )
        if self.runtime.dispatcher is not None:
            add_silence_routes(
                app,
                self.runtime.dispatcher.silences,
                silences_path(settings),
                secret_from_env(settings.alert.admin_token_env),
                settings.alert.admin_token_env,
                self.runtime.clock,
            )
        registry = self.runtime.metrics.registry

        async def metrics(request: web.Request) -> web.Response:
            # ?name[]=… renders only those families, as prometheus_client's own handlers do
            # (cheap enough for a benchmark to poll often without slowing the worker).
            names = request.query.getall("name[]", [])
            body = generate_latest(registry.restricted_registry(names) if names else registry)
            return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

        async def healthz(_: web.Request) -> web.Response:
            return web.json_response({"status": "alive"})

        # Dashboard, /api/*, lag and broker probe; readiness = started + broker + model + gazetteer.
        operations = install_operations(app, self.runtime, self.faust_app)

        async def readyz(_: web.Request) -> web.Response:
            report = operations.readiness()
            return web.json_response(report, status=200 if report["status"] == "ready" else 503)

        app.router.add_get("/metrics", metrics)
        app.router.add_get("/healthz", healthz)
        app.router.add_get("/readyz", readyz)
        return app

    async def on_start(self) -> None:
        settings = self.runtime.settings
        if settings.demo.enabled:
            self._demo = DemoServer(settings)
            await self._demo.start()
            self.listening["demo feeds and alert sink"] = self._demo.url
        # Feed polling only: its connector refuses addresses outside collect's SSRF policy.
        self._session = feed_session(settings.collect)
        self.runtime.secrets = self._secrets()
        self._webhook_session = aiohttp.ClientSession(
            connector=guarded_connector(settings.alert.allow_private_networks)
        )
        assert self.runtime.outbox_store is not None and self.runtime.park is not None
        self.runtime.dispatcher = Dispatcher(
            settings.alert,
            WebhookDeliverer(
                self._webhook_session,
                self.runtime.metrics,
                self.runtime.clock,
                settings.alert.allow_private_networks,
            ),
            self.runtime.outbox_store,
            self.runtime.secrets,
            self.runtime.metrics,
            self.runtime.clock,
            self.runtime.park,
            silences=load_silences(silences_path(settings)),
        )
        self._runner = web.AppRunner(self._web_app(), access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, settings.http.host, settings.http.port)
        await site.start()
        base = f"http://{settings.http.host}:{settings.http.port}"
        self.listening["field intake"] = f"{base}/v1/signals"
        self.listening["metrics"] = f"{base}/metrics"
        self.listening["health"] = f"{base}/healthz, {base}/readyz"
        self.listening["operations dashboard"] = f"{base}/dashboard"
        sink = KafkaSink(self.faust_app, self.runtime)
        for feed in settings.feeds:
            poller = FeedPoller(
                feed,
                settings.collect,
                self._session,
                sink,
                self.runtime.clock,
                self.runtime.metrics,
            )
            self._pollers.append(
                asyncio.create_task(poller.run(self._stop), name=f"feed:{feed.id}")
            )
        self.runtime.ready.set()
        for what, where in self.listening.items():
            print(f"earlywarn: {what:<26} {where}", flush=True)
        print(
            f"earlywarn: polling {len(settings.feeds)} feed(s), "
            f"{len(settings.alert.subscriptions)} webhook subscription(s); Ctrl-C stops",
            flush=True,
        )

    def _secrets(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for sub in self.runtime.settings.alert.subscriptions:
            secret = secret_from_env(sub.secret_env)
            if secret is not None:
                # Two space-separated secrets sign with both (rotation).
                out[sub.name] = secret.get_secret_value().split()
            elif self._demo is not None and self._demo.owns(sub.url):
                out[sub.name] = [self._demo.secret]
        return out

    async def on_stop(self) -> None:
        self.runtime.ready.clear()
        self._stop.set()
        for task in self._pollers:
            task.cancel()
        for task in self._pollers:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._runner is not None:
            await self._runner.cleanup()
        if self.runtime.dispatcher is not None:
            await self.runtime.dispatcher.close()
        if self._webhook_session is not None:
            await self._webhook_session.close()
        if self._session is not None:
            await self._session.close()
        if self._demo is not None:
            await self._demo.stop()
