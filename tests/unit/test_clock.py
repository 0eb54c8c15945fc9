"""Clocks: the manual clock only moves when told to and never holds a naive time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from earlywarn.clock import ManualClock, SystemClock

T0 = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)


def test_manual_clock_refuses_naive_times() -> None:
    """ManualClock refuses a naive start and a naive set()."""
    with pytest.raises(ValueError, match="aware"):
        ManualClock(datetime(2026, 11, 24, 13, 0))
    clock = ManualClock(T0)
    with pytest.raises(ValueError, match="aware"):
        clock.set(datetime(2026, 11, 25))
    assert clock.now() == T0


def test_manual_clock_stands_still_until_advanced() -> None:
    """now() is constant until advance() or set() moves it."""
    clock = ManualClock(T0)
    assert clock.now() == clock.now() == T0
    assert clock.advance(timedelta(minutes=5)) == T0 + timedelta(minutes=5)
    assert clock.now() == T0 + timedelta(minutes=5)
    clock.set(T0 + timedelta(days=1))
    assert clock.now() == T0 + timedelta(days=1)


def test_manual_clock_keeps_utc() -> None:
    """A Lima-time start is held as the same instant in UTC."""
    clock = ManualClock(datetime(2026, 11, 24, 8, 0, tzinfo=timezone(timedelta(hours=-5))))
    assert clock.now() == T0 and clock.now().tzinfo is UTC


def test_system_clock_is_aware_utc() -> None:
    """SystemClock gives aware UTC times."""
    assert SystemClock().now().tzinfo is UTC
