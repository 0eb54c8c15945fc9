"""LiveWatermark: event time that keeps moving with the wall clock while the stream is idle."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from earlywarn.runtime.faust_app import LiveWatermark

EVENT = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
WALL = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
MINUTE = timedelta(minutes=1)


def test_no_events_no_watermark() -> None:
    """Before any event there is no watermark."""
    assert LiveWatermark().current(WALL) is None


def test_idle_wall_time_advances_the_watermark() -> None:
    """With no new events, the watermark moves on by the wall time elapsed since the last one."""
    watermark = LiveWatermark()
    watermark.observe(EVENT, WALL)
    assert watermark.current(WALL) == EVENT
    assert watermark.current(WALL + 90 * MINUTE) == EVENT + 90 * MINUTE
    assert watermark.current(WALL + timedelta(days=2)) == EVENT + timedelta(days=2)


def test_historical_burst_advances_only_by_event_time() -> None:
    """A burst of old events, read within a second, moves the watermark by event time only."""
    watermark = LiveWatermark()
    for hour in range(48):  # two days of history read in 48 ms of wall time
        watermark.observe(
            EVENT + hour * timedelta(hours=1), WALL + hour * timedelta(milliseconds=1)
        )
    done = WALL + 48 * timedelta(milliseconds=1)
    assert watermark.current(done) == EVENT + 47 * timedelta(hours=1) + timedelta(milliseconds=1)


def test_late_events_do_not_move_it_back_or_reset_idle_time() -> None:
    """An event older than the newest one changes nothing: idle time keeps counting."""
    watermark = LiveWatermark()
    watermark.observe(EVENT, WALL)
    watermark.observe(EVENT - timedelta(days=1), WALL + 30 * MINUTE)
    assert watermark.max_event_time == EVENT
    assert watermark.current(WALL + 60 * MINUTE) == EVENT + 60 * MINUTE


def test_wall_clock_going_backwards_never_moves_it_back() -> None:
    """If the wall clock steps back (NTP), the watermark stays at the newest event time."""
    watermark = LiveWatermark()
    watermark.observe(EVENT, WALL)
    assert watermark.current(WALL - 5 * MINUTE) == EVENT


def test_watermark_never_steps_back_when_a_newer_event_arrives_after_idle_time() -> None:
    """An event newer than the last one but older than the idle-advanced watermark keeps it."""
    watermark = LiveWatermark()
    watermark.observe(EVENT, WALL)
    advanced = watermark.current(WALL + 300 * MINUTE)
    watermark.observe(EVENT + 60 * MINUTE, WALL + 300 * MINUTE)
    assert watermark.current(WALL + 300 * MINUTE) == advanced
