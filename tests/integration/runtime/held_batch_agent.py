"""A minimal Faust app with the worker's settings, run by test_held_messages.py.

Usage: python held_batch_agent.py BOOTSTRAP TOPIC GROUP WORKDIR [hold|plain]. Its agent
batches with ``take_events`` as the deliver agent does; each message is ``release`` (done
with: let it be committed) or ``hold`` (not done). With ``hold`` (the default) a batch's
events are held with ``hold_messages`` and the ``release`` ones released; ``plain`` holds
nothing. On a batch with a ``hold`` message it prints "HOLDING <n>" and stops itself with
SIGINT while the batch is still unfinished, as Ctrl-C catches a deliver batch waiting for
the stopped edge service.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from typing import Any

import faust

from earlywarn.config import Settings
from earlywarn.runtime.faust_app import faust_settings, keep_fetch_wait_short
from earlywarn.runtime.held import hold_messages, release_messages


def main() -> None:
    bootstrap, topic_name, group, workdir = sys.argv[1:5]
    holding = (sys.argv[5] if len(sys.argv) > 5 else "hold") == "hold"
    settings = Settings.model_validate({"worker": {"state_dir": workdir}})
    conf = faust_settings(settings, bootstrap)
    conf["web_enabled"] = False
    app = faust.App(group, **conf)
    keep_fetch_wait_short(app)
    topic = app.topic(topic_name, value_serializer="raw")

    @app.agent(topic)
    async def work(stream: Any) -> None:
        async for events in stream.take_events(100, within=0.05):
            done = [e for e in events if e.value == b"release"]
            if holding:
                hold_messages(events)
                release_messages(done)
            if len(done) < len(events):
                print(f"HOLDING {len(events) - len(done)}", flush=True)
                os.kill(os.getpid(), signal.SIGINT)
                await asyncio.Event().wait()  # unfinished when the worker stops

    faust.Worker(app, loglevel="WARNING", quiet=True).execute_from_commandline()


if __name__ == "__main__":
    main()
