"""Keep a broker outage from flooding the log.

While the broker is away, aiokafka retries every ``retry_backoff_ms`` (100 ms) and logs each
failure: about 125 lines a second for one worker (measured in
tests/integration/faults/test_broker_restart.py), hours of noise for an outage at night.
``RepeatFilter`` lets the first record of each message template through, then at most one
per ``window`` seconds saying how many were held back; the outage stays visible, its end
too (the first record after a quiet window passes at once).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable

#: aiokafka's loggers that repeat per retry while the broker is unreachable.
KAFKA_LOGGERS = (
    "aiokafka",
    "aiokafka.conn",
    "aiokafka.client",
    "aiokafka.cluster",
    "aiokafka.consumer.consumer",
    "aiokafka.consumer.fetcher",
    "aiokafka.consumer.group_coordinator",
    "aiokafka.producer.sender",
    "aiokafka.producer.producer",
)


class RepeatFilter(logging.Filter):
    """Pass the first record of a template, then one per ``window`` s with a count."""

    def __init__(self, window: float = 30.0, now: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.window = window
        self._now = now
        # template -> (when the last record passed, records held back since)
        self._state: dict[tuple[str, int], tuple[float, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        key = (str(record.msg), record.levelno)
        now = self._now()
        passed_at, held = self._state.get(key, (None, 0))
        if passed_at is not None and now - passed_at < self.window:
            self._state[key] = (passed_at, held + 1)
            return False
        if held:
            record.msg = f"{record.msg} [{held} similar messages held back in {self.window:g}s]"
        self._state[key] = (now, 0)
        if len(self._state) > 1000:  # templates are few; bound it anyway
            self._state.clear()
        return True


def install_repeat_filter(
    window: float = 30.0, loggers: Iterable[str] = KAFKA_LOGGERS
) -> RepeatFilter:
    """Attach one ``RepeatFilter`` to each of ``loggers`` (a logger's filter sees only the
    records logged on it, hence the list); returns it."""
    repeat = RepeatFilter(window)
    for name in loggers:
        logging.getLogger(name).addFilter(repeat)
    return repeat
