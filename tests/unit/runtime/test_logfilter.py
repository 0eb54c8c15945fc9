"""RepeatFilter: a broker outage logs one line per message per window, with a count."""

from __future__ import annotations

import logging

from earlywarn.runtime.logfilter import RepeatFilter, install_repeat_filter


class Ticks:
    """A settable monotonic clock for the filter."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def record(msg: str, *args: object, level: int = logging.ERROR) -> logging.LogRecord:
    return logging.LogRecord("aiokafka", level, __file__, 1, msg, args, None)


def test_repeats_within_the_window_are_held_back_and_counted() -> None:
    """The first record passes, repeats of its template within the window do not, and the
    first one after the window says how many were held back."""
    ticks = Ticks()
    repeat = RepeatFilter(window=30.0, now=ticks)
    template = "Unable connect to node with id %s: %s"
    assert repeat.filter(record(template, 111, "refused"))
    passed = []
    for step in range(1, 300):  # 0.1 s apart, as aiokafka retries
        ticks.now = step * 0.1
        passed.append(repeat.filter(record(template, 111, "refused")))
    assert not any(passed)
    ticks.now = 30.0
    late = record(template, 111, "refused")
    assert repeat.filter(late)
    assert "299 similar messages held back" in late.getMessage()
    assert late.getMessage().startswith("Unable connect to node with id 111: refused")


def test_different_templates_and_levels_pass_independently() -> None:
    """Another message, or the same one at another level, is not held back by the first."""
    repeat = RepeatFilter(window=30.0, now=Ticks())
    assert repeat.filter(record("Unable to update metadata from %s", [111]))
    assert repeat.filter(record("Failed fetch messages from %s: %s", 111, "x"))
    assert repeat.filter(record("Unable to update metadata from %s", [111], level=logging.WARNING))
    assert not repeat.filter(record("Unable to update metadata from %s", [111]))


def test_installed_on_the_kafka_loggers() -> None:
    """install_repeat_filter attaches one filter to each named logger."""
    name = "earlywarn.test.logfilter"
    repeat = install_repeat_filter(loggers=[name])
    try:
        assert repeat in logging.getLogger(name).filters
    finally:
        logging.getLogger(name).removeFilter(repeat)
