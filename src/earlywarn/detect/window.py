"""Bucketed counts in event time, one :class:`BucketCounts` per region × category.

Time is cut into buckets of ``bucket_seconds`` (bucket index = floor(epoch seconds / size)),
so a window is a contiguous run of bucket indexes and every sum is over small ints. Only
buckets that can still matter (the window plus the baseline history behind the newest bucket)
are kept, so memory per key stays bounded however long the stream runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime


def bucket_of(epoch_seconds: float, bucket_seconds: int) -> int:
    """The bucket holding ``epoch_seconds`` (floor division, correct before 1970 too)."""
    return int(epoch_seconds // bucket_seconds)


def bucket_start(bucket: int, bucket_seconds: int) -> datetime:
    """The aware UTC instant at which ``bucket`` begins."""
    return datetime.fromtimestamp(bucket * bucket_seconds, UTC)


class _RangeSum:
    """A cached sum over ``[start, end)``, moved by differences instead of re-summed."""

    __slots__ = ("end", "start", "total")

    def __init__(self) -> None:
        self.start = 0
        self.end = 0
        self.total = 0


class BucketCounts:
    """A sparse map bucket → count with expiry and cached range sums.

    The detector asks for nearly the same ranges (the current window, the one before it,
    the history behind them) over and over as event time moves on, so each range sum is
    cached in a slot and moved by the buckets that entered and left it; :meth:`add` and
    :meth:`expire` keep the slots exact. The window's slot is plain fields (every key uses
    it, on every count); the others are made when first asked for. With ``period`` > 0 the
    held counts are also summed per period (``bucket // period``), so whole-period history
    is read in O(periods). A cached sum always equals :meth:`total` over the same range, so
    caches never change decisions (and are not part of snapshots).
    """

    __slots__ = (
        "_history",
        "_previous",
        "counts",
        "in_order",
        "max_bucket",
        "period",
        "periods",
        "swept_at",
        "window_end",
        "window_start",
        "window_total",
    )

    WINDOW = 0
    HISTORY = 1
    PREVIOUS = 2

    def __init__(self, period: int = 0) -> None:
        self.counts: dict[int, int] = {}
        # Newest bucket ever counted; expiry is relative to it (event time, not wall time).
        self.max_bucket: int | None = None
        # max_bucket at the last sweep: sweeping is amortised over a window of progress.
        self.swept_at: int | None = None
        # The WINDOW slot: the cached sum over [window_start, window_end).
        self.window_start = 0
        self.window_end = 0
        self.window_total = 0
        self._history: _RangeSum | None = None
        self._previous: _RangeSum | None = None
        self.period = period
        # Held counts per period (bucket // period); empty when period is 0.
        self.periods: dict[int, int] = {}
        # The map's keys are in increasing order (no bucket was inserted behind a newer one),
        # so sums reaching the newest bucket can walk back from the end and stop early.
        self.in_order = True

    def __len__(self) -> int:
        return len(self.counts)

    def add(self, bucket: int, n: int = 1) -> None:
        counts = self.counts
        held = counts.get(bucket)
        newest = self.max_bucket
        if held is None:
            counts[bucket] = n
            if newest is not None and bucket < newest:
                self.in_order = False
        else:
            counts[bucket] = held + n
        if self.window_start <= bucket < self.window_end:
            self.window_total += n
        cached = self._history
        if cached is not None and cached.start <= bucket < cached.end:
            cached.total += n
        cached = self._previous
        if cached is not None and cached.start <= bucket < cached.end:
            cached.total += n
        period = self.period
        if period:
            periods = self.periods
            index = bucket // period
            periods[index] = periods.get(index, 0) + n
        if newest is None or bucket > newest:
            self.max_bucket = bucket

    def add_in_window(self, bucket: int, n: int, width: int) -> int:
        """:meth:`add`, then :meth:`window_sum` of the ``width`` buckets ending at ``bucket``:
        the detector's step for every counted story, cheap when the cached window is that one."""
        self.add(bucket, n)
        if self.window_end == bucket + 1 and self.window_start == bucket + 1 - width:
            return self.window_total
        return self.window_sum(bucket, width)

    def get(self, bucket: int) -> int:
        return self.counts.get(bucket, 0)

    def total(self, start: int, end: int) -> int:
        """Sum of buckets in ``[start, end)``; iterates whichever is smaller, range or map."""
        if end <= start:
            return 0
        counts = self.counts
        if end - start <= len(counts):
            get = counts.get
            total = 0
            for b in range(start, end):
                total += get(b, 0)
            return total
        return sum([n for b, n in counts.items() if start <= b < end])

    def period_totals(self, start: int, n: int, width: int) -> list[int]:
        """Sums of ``n`` consecutive ``width``-bucket periods from bucket ``start``."""
        if self.period == width and start % width == 0:
            # Periods on the counts' own grid: n look-ups of the sums kept per period.
            get = self.periods.get
            first = start // width
            return [get(index, 0) for index in range(first, first + n)]
        history = [0] * n
        end = start + n * width
        # One pass over the held buckets (at most window + baseline of them), not n sums.
        for bucket, count in self.counts.items():
            if start <= bucket < end:
                history[(bucket - start) // width] += count
        return history

    def _signed(self, a: int, b: int) -> int:
        return self.total(a, b) if b >= a else -self.total(b, a)

    def _moved(self, old_start: int, old_end: int, old_total: int, start: int, end: int) -> int:
        """The sum over ``[start, end)`` from the sum over ``[old_start, old_end)``."""
        moved = abs(end - old_end) + abs(start - old_start)
        if moved < end - start:
            # S[s, e) = P(e) - P(s): shift each edge by the buckets it crossed.
            return old_total + self._signed(old_end, end) - self._signed(old_start, start)
        return self.total(start, end)

    def cached_total(self, slot: int, start: int, end: int) -> int:
        """:meth:`total` over ``[start, end)``, moved from the slot's previous range."""
        if slot == self.WINDOW:
            if self.window_start != start or self.window_end != end:
                self.window_total = self._moved(
                    self.window_start, self.window_end, self.window_total, start, end
                )
                self.window_start = start
                self.window_end = end
            return self.window_total
        cached = self._history if slot == self.HISTORY else self._previous
        if cached is None:
            cached = _RangeSum()
            if slot == self.HISTORY:
                self._history = cached
            else:
                self._previous = cached
        if cached.start != start or cached.end != end:
            cached.total = self._moved(cached.start, cached.end, cached.total, start, end)
            cached.start = start
            cached.end = end
        return cached.total

    def window_sum(self, end_bucket: int, width: int) -> int:
        """Sum of the ``width`` buckets ending at ``end_bucket`` (inclusive); cached."""
        end = end_bucket + 1
        start = end - width
        old_end = self.window_end
        if old_end == end and self.window_start == start:
            return self.window_total
        counts = self.counts
        newest = self.max_bucket
        # The window reaches the newest bucket of an in-order map: walking back from the
        # end reads the held buckets inside it (about as many as it counts, when counts are
        # weights ≥ 1) instead of every bucket that entered and left.
        walk_back = self.in_order and newest is not None and newest < end
        if (
            old_end < end < old_end + width
            and self.window_start == old_end - width
            and not (walk_back and self.window_total < 2 * (end - old_end))
        ):
            # Moved forward by less than a window (in-order counting): add what entered,
            # subtract what left, bucket by bucket (cheaper where the window is busy).
            get = counts.get
            total = self.window_total
            for b in range(old_end, end):
                total += get(b, 0)
            for b in range(old_end - width, start):
                total -= get(b, 0)
        elif walk_back:
            total = 0
            for b, n in reversed(counts.items()):
                if b < start:
                    break
                total += n
        else:
            total = self._moved(self.window_start, old_end, self.window_total, start, end)
        self.window_start = start
        self.window_end = end
        self.window_total = total
        return total

    def expire(self, before: int) -> int:
        """Drop buckets older than ``before``; return how many were dropped.

        Buckets are mostly added in time order, so the oldest sit at the front of the dict
        and the scan stops at the first one to keep: O(dropped), not O(held). A late bucket
        added behind newer ones waits for them to expire (a bounded delay, and counts outside
        the ranges asked for never change a sum).
        """
        old = []
        for b in self.counts:
            if b >= before:
                break
            old.append(b)
        period = self.period
        periods = self.periods
        caches = [c for c in (self._history, self._previous) if c is not None]
        for b in old:
            n = self.counts.pop(b)
            if self.window_start <= b < self.window_end:
                self.window_total -= n
            for cached in caches:
                if cached.start <= b < cached.end:
                    cached.total -= n
            if period:
                index = b // period
                left = periods.get(index, 0) - n
                if left:
                    periods[index] = left
                else:
                    periods.pop(index, None)
        return len(old)

    def to_list(self) -> list[list[int]]:
        """JSON-able ``[[bucket, count], ...]`` in bucket order (stable bytes for snapshots)."""
        return [[b, self.counts[b]] for b in sorted(self.counts)]

    @classmethod
    def from_list(
        cls,
        pairs: Iterable[Iterable[int]],
        max_bucket: int | None,
        swept_at: int | None,
        period: int = 0,
    ) -> BucketCounts:
        counts = cls(period)
        last: int | None = None
        for bucket, n in (tuple(p) for p in pairs):
            counts.counts[int(bucket)] = int(n)
            if last is not None and int(bucket) < last:
                counts.in_order = False
            last = int(bucket)
            if period:
                index = int(bucket) // period
                counts.periods[index] = counts.periods.get(index, 0) + int(n)
        counts.max_bucket = max_bucket
        counts.swept_at = swept_at
        return counts
