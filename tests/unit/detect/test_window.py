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


def test_window_sums_and_period_sums_stay_exact_in_and_out_of_order() -> None:
    """add_in_window, window_sum and per-period sums equal fresh sums, late buckets or not."""
    rng = random.Random(11)
    for late_share in (0.0, 0.2):
        counts = BucketCounts(period=24)
        newest = 1000
        for _ in range(4000):
            action = rng.random()
            if action < 0.6:
                newest += rng.choice([0, 0, 1, 3, 30])
                late = rng.random() < late_share
                bucket = newest - rng.randrange(0, 400) if late else newest
                got = counts.add_in_window(bucket, rng.randrange(1, 3), 24)
                assert got == counts.total(bucket - 23, bucket + 1)
            elif action < 0.65:
                counts.expire(newest - rng.randrange(24, 700))
            else:
                end = newest - rng.randrange(0, 40)
                assert counts.window_sum(end, 24) == counts.total(end - 23, end + 1)
            if rng.random() < 0.02:
                held: dict[int, int] = {}
                for bucket, n in counts.counts.items():
                    held[bucket // 24] = held.get(bucket // 24, 0) + n
                assert {p: n for p, n in counts.periods.items() if n} == {
                    p: n for p, n in held.items() if n
                }
        assert counts.in_order is (late_share == 0.0)


def test_from_list_keeps_period_sums_and_notices_disorder() -> None:
    """from_list rebuilds per-period sums and knows whether its buckets came in order."""
    copy = BucketCounts.from_list([[30, 2], [5, 1], [6, 4]], 30, None, period=24)
    assert copy.periods == {0: 5, 1: 2}
    assert copy.in_order is False
    assert BucketCounts.from_list([[5, 1], [30, 2]], 30, None).in_order is True


def test_window_sum_is_exact_whether_it_walks_back_or_steps_forward() -> None:
    """Sparse and busy windows, moved forward by less than a window, zero counts held too."""
    rng = random.Random(12)
    for busy in (0.05, 0.5, 0.95):
        counts = BucketCounts(period=24)
        newest = 500
        for _ in range(3000):
            newest += rng.randrange(0, 24) if rng.random() > busy else 0
            got = counts.add_in_window(newest, rng.choice((0, 1, 1, 2)), 24)
            assert got == counts.total(newest - 23, newest + 1)
            if rng.random() < 0.01:
                counts.expire(newest - 24 * 29)
        assert counts.in_order
