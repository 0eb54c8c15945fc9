"""Token buckets per reporter, driven by the caller's clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from earlywarn.collect.ratelimit import RateLimiter

T0 = datetime(2024, 5, 10, 12, tzinfo=UTC)


def test_burst_then_wait() -> None:
    """A full bucket allows `burst` requests at once, then says how long to wait."""
    limiter = RateLimiter(per_second=2.0, burst=3)
    assert [limiter.acquire("a", T0) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.acquire("a", T0) == pytest.approx(0.5)
    assert limiter.acquire("a", T0 + timedelta(seconds=0.5)) == 0.0


def test_buckets_are_per_key() -> None:
    """One reporter spending its bucket does not limit another."""
    limiter = RateLimiter(per_second=1.0, burst=1)
    assert limiter.acquire("a", T0) == 0.0
    assert limiter.acquire("a", T0) > 0
    assert limiter.acquire("b", T0) == 0.0


def test_refill_is_capped_and_clock_steps_back_safely() -> None:
    """A long pause refills at most `burst`; a clock stepping back refills nothing."""
    limiter = RateLimiter(per_second=1.0, burst=2)
    assert limiter.acquire("a", T0 + timedelta(hours=1)) == 0.0
    assert limiter.acquire("a", T0) == 0.0
    assert limiter.acquire("a", T0) > 0


def test_retry_after_is_whole_seconds_at_least_one() -> None:
    """Retry-After rounds up and never says 0."""
    assert RateLimiter.retry_after(0.01) == "1"
    assert RateLimiter.retry_after(2.2) == "3"
