"""Faust's monitor in the worker: stall warnings kept, per-message statistics dropped."""

from __future__ import annotations

from pathlib import Path

import faust
from faust.types import TP, Message

from earlywarn.config import Settings
from earlywarn.runtime.faust_app import faust_settings
from earlywarn.runtime.monitor import StallWatchMonitor


def test_the_worker_app_keeps_stall_times_but_counts_nothing_per_message(tmp_path: Path) -> None:
    """With the worker's settings the app's monitor notes when a partition's stream last took
    an event (Faust's slow-processing warnings read it) and keeps no per-message counters."""
    settings = Settings.model_validate({"worker": {"state_dir": str(tmp_path)}})
    app = faust.App("monitor-test", **faust_settings(settings, "127.0.0.1:9092"))
    monitor = app.monitor
    assert isinstance(monitor, StallWatchMonitor)
    tp = TP("earlywarn.signals", 0)
    message = Message("earlywarn.signals", 0, 5, 0.0, 0, None, b"k", b"v", None)
    monitor.on_message_in(tp, 5, message)
    state = monitor.on_stream_event_in(tp, 5, None, None)
    monitor.on_stream_event_out(tp, 5, None, None, state)
    monitor.on_message_out(tp, 5, message)
    assert tp in monitor.stream_inbound_time
    assert monitor.messages_received_total == 0
    assert monitor.events_total == 0
    assert not monitor.events_runtime
