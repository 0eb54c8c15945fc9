"""Baseline for bench/throughput.py: a bare Faust agent that only consumes (and decodes JSON).

Usage: python bench/faust_bare.py BOOTSTRAP TOPIC N WORKDIR [APP_ID] — prints "RATE <msg/s>"
and "CPU <µs of this process's CPU time per message>" after N messages, timed from the first
message (group join excluded), then stops itself. Each run needs its own APP_ID (consumer
group) to read the topic from the beginning again. It is set up as the worker is (Faust
settings, fetch wait, objects loaded at start frozen for the GC), so the comparison stays fair.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

import faust

from earlywarn.config import Settings
from earlywarn.runtime.faust_app import (
    faust_settings,
    freeze_loaded_objects,
    keep_fetch_wait_short,
)


def main() -> None:
    bootstrap, topic_name, n, workdir = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    app_id = sys.argv[5] if len(sys.argv) > 5 else "bench-bare"
    Path(workdir).mkdir(parents=True, exist_ok=True)
    settings = Settings.model_validate({"worker": {"state_dir": workdir}})
    conf = faust_settings(settings, bootstrap)
    conf["web_enabled"] = False
    app = faust.App(app_id, **conf)
    keep_fetch_wait_short(app)
    topic = app.topic(topic_name, key_type=bytes, value_type=bytes, value_serializer="raw")
    state: dict[str, Any] = {"seen": 0, "started": None, "cpu": 0.0}

    @app.agent(topic)
    async def count(stream: Any) -> None:
        async for value in stream:
            if state["started"] is None:
                state["started"] = time.perf_counter()
                state["cpu"] = time.process_time()
            json.loads(value)
            state["seen"] += 1
            if state["seen"] == n:
                rate = n / (time.perf_counter() - state["started"])
                cpu_us = (time.process_time() - state["cpu"]) / n * 1e6
                print(f"RATE {rate:.1f}", flush=True)
                print(f"CPU {cpu_us:.1f}", flush=True)
                os.kill(os.getpid(), signal.SIGTERM)

    freeze_loaded_objects()
    worker = faust.Worker(app, loglevel="WARNING", quiet=True)
    worker.execute_from_commandline()


if __name__ == "__main__":
    main()
