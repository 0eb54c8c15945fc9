"""A minimal Faust app with the worker's settings, run by test_fetch_wait.py.

Usage: python fetch_wait_agent.py BOOTSTRAP TOPIC WORKDIR — prints "FETCH_WAIT_MS <ms>" (its
consumer's fetch wait) when the first message arrives, then stops itself.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

import faust

from earlywarn.config import Settings
from earlywarn.runtime.faust_app import faust_settings, keep_fetch_wait_short


def main() -> None:
    bootstrap, topic_name, workdir = sys.argv[1], sys.argv[2], sys.argv[3]
    settings = Settings.model_validate({"worker": {"state_dir": workdir}})
    conf = faust_settings(settings, bootstrap)
    conf["web_enabled"] = False
    app = faust.App("fetch-wait-test", **conf)
    keep_fetch_wait_short(app)
    topic = app.topic(topic_name, value_serializer="raw")

    @app.agent(topic)
    async def report(stream: Any) -> None:
        async for _ in stream:
            fetcher = app.consumer._thread._consumer._fetcher
            print(f"FETCH_WAIT_MS {fetcher._fetch_max_wait_ms}", flush=True)
            os.kill(os.getpid(), signal.SIGTERM)

    faust.Worker(app, loglevel="WARNING", quiet=True).execute_from_commandline()


if __name__ == "__main__":
    main()
