"""A minimal Faust app whose agent holds its batches as the worker's agents do, run by
test_failed_batches.py.

Usage: python stalled_batch_agent.py BOOTSTRAP TOPIC GROUP WORKDIR OUT_BOOTSTRAP OUT_TOPIC
METRICS_PORT SEND_TIMEOUT_MS. Each batch of TOPIC is copied to OUT_TOPIC on a second broker
(its durable step: the batch is released once every send is acknowledged), inside
``HeldMessages.batch`` as in ``runtime/faust_app.py``. The held gauges are served on
127.0.0.1:METRICS_PORT. A send the second broker does not acknowledge within
SEND_TIMEOUT_MS fails (aiokafka's KafkaTimeoutError, after its own retries).
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any

import faust
from aiokafka import AIOKafkaProducer
from prometheus_client import start_http_server

from earlywarn.clock import SystemClock
from earlywarn.config import Settings
from earlywarn.metrics import Metrics
from earlywarn.runtime.faust_app import faust_settings, keep_fetch_wait_short
from earlywarn.runtime.held import HeldMessages

AGENT = "copy"


def main() -> None:
    bootstrap, topic_name, group, workdir, out_bootstrap, out_topic = sys.argv[1:7]
    metrics_port, send_timeout_ms = int(sys.argv[7]), int(sys.argv[8])
    settings = Settings.model_validate({"worker": {"state_dir": workdir}})
    conf = faust_settings(settings, bootstrap)
    conf["web_enabled"] = False
    app = faust.App(group, **conf)
    keep_fetch_wait_short(app)
    topic = app.topic(topic_name, value_serializer="raw")
    metrics = Metrics()
    batches = HeldMessages(SystemClock())
    batches.export(metrics, (AGENT,))
    start_http_server(metrics_port, addr="127.0.0.1", registry=metrics.registry)

    @app.agent(topic)
    async def copy(stream: Any) -> None:
        producer = AIOKafkaProducer(
            bootstrap_servers=out_bootstrap, request_timeout_ms=send_timeout_ms
        )
        await producer.start()
        try:
            async for events in stream.take_events(100, within=0.05):
                async with batches.batch(AGENT, events, app):
                    offsets = [e.message.offset for e in events]
                    print(f"BATCH {offsets}", flush=True)
                    sent = [await producer.send(out_topic, e.value) for e in events]
                    await asyncio.gather(*sent)
                    batches.release(AGENT, events)
                    print(f"COPIED {offsets}", flush=True)
        finally:
            await producer.stop()

    faust.Worker(app, loglevel="WARNING", quiet=True).execute_from_commandline()


if __name__ == "__main__":
    main()
