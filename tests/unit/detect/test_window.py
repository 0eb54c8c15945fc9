"""BucketCounts: event-time buckets, range sums, caches and expiry."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from earlywarn.detect.window import BucketCounts, bucket_of, bucket_start


def test_bucket_of_floors_epoch_seconds() -> None:
    """A bucket index is floor(epoch seconds / bucket size), also before 1970."""
    assert bucket_of(7199.9, 3600) == 1
    assert bucket_of(7200, 3600) == 2
    assert bucket_of(-1, 3600) == -1


def test_bucket_start_is_aware_utc() -> None:
    """bucket_start returns the aware UTC instant at which a bucket begins."""
    assert bucket_start(2, 3600) == datetime(1970, 1, 1, 2, tzinfo=UTC)


def test_total_and_window_sum() -> None:
    """total sums [start, end) and window_sum the width buckets ending at a bucket."""
    counts = BucketCounts()
    for bucket in (10, 10, 12, 15, 40):
        counts.add(bucket)
    assert counts.total(10, 16) == 4
    assert counts.total(11, 15) == 1
    assert counts.total(16, 10) == 0
    assert counts.window_sum(15, 6) == 4
    assert counts.window_sum(40, 24) == 1
    assert counts.max_bucket == 40


def test_cached_sums_stay_exact_under_random_moves_adds_and_expiry() -> None:
    """Cached range sums always equal a fresh total, whatever moves, adds and expiries happen."""
    rng = random.Random(7)
    counts = BucketCounts()
    for _ in range(3000):
        action = rng.random()
        if action < 0.5:
            counts.add(rng.randrange(0, 500), rng.randrange(1, 3))
        elif action < 0.55:
            counts.expire(rng.randrange(0, 200))
        else:
            slot = rng.choice((BucketCounts.WINDOW, BucketCounts.HISTORY))
            start = rng.randrange(0, 500)
            end = start + rng.randrange(0, 80)
            assert counts.cached_total(slot, start, end) == counts.total(start, end)


def test_expire_drops_old_buckets_only() -> None:
    """expire(before) removes buckets older than ``before`` and keeps the rest."""
    counts = BucketCounts()
    for bucket in range(100):
        counts.add(bucket)
    assert counts.window_sum(99, 10) == 10
    assert counts.expire(95) == 95
    assert len(counts) == 5
    assert counts.window_sum(99, 10) == 5


def test_list_round_trip() -> None:
    """to_list/from_list keep counts, the newest bucket and the sweep mark."""
    counts = BucketCounts()
    for bucket in (3, 1, 3):
        counts.add(bucket)
    copy = BucketCounts.from_list(counts.to_list(), counts.max_bucket, 2)
    assert copy.to_list() == [[1, 1], [3, 2]]
    assert copy.max_bucket == 3
    assert copy.swept_at == 2
    assert copy.window_sum(3, 3) == 3
