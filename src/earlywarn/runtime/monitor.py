"""Faust's main sensor without its per-message statistics.

Faust adds its ``Monitor`` to every app and calls it four times per message (message in,
event in, event out, message out): counters per topic, stream and task, a runtime sample
per event, timestamps on the message. Those statistics feed only Faust's own web views and
stats sensors, which the worker does not run (its web server is ``runtime/edge.py``, its
metrics are ``metrics.py``); in the worker's profile they were ≈ 2–3 % of its CPU.

What Faust itself reads from the monitor is kept: the time a partition's stream last took
an event (its "stream is idle / slow processing" warnings), commit and end offsets, send
and rebalance figures (a few per batch, not per message).
"""

from __future__ import annotations

from time import monotonic
from typing import Any

from faust.sensors import Monitor
from faust.types import TP, EventT, Message, StreamT


class StallWatchMonitor(Monitor):
    """``faust.sensors.Monitor`` minus the per-message work; set as the app's ``Monitor``."""

    def on_message_in(self, tp: TP, offset: int, message: Message) -> None:
        """Nothing per message (Faust counts and timestamps it)."""

    def on_stream_event_in(
        self, tp: TP, offset: int, stream: StreamT[Any], event: EventT[Any]
    ) -> dict[str, Any] | None:
        # Read by Faust's slow-processing check (transport/drivers/aiokafka.py).
        self.stream_inbound_time[tp] = monotonic()
        return None

    def on_stream_event_out(
        self,
        tp: TP,
        offset: int,
        stream: StreamT[Any],
        event: EventT[Any],
        state: dict[str, Any] | None = None,
    ) -> None:
        """Nothing per event (Faust samples its runtime)."""

    def on_message_out(self, tp: TP, offset: int, message: Message) -> None:
        """Nothing per message (Faust timestamps it)."""
