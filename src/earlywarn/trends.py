"""Counts over time per department × category, with the detector's expected band.

Pure: incidents in, series out. It counts as the detector does (same filter, one count per
story per window, hourly buckets of event time) and asks :func:`compute_baseline` for the
expectation and threshold of every window, so a chart shows exactly what the detector
compared. Used by the live dashboard and by the replay report.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from earlywarn.config import DetectConfig
from earlywarn.detect.baseline import compute_baseline
from earlywarn.detect.window import BucketCounts, bucket_start
from earlywarn.model import Category, Incident, format_time

EXPIRY_STEP = 64  # buckets between expiry sweeps: memory stays within keep + this


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """The window ending at ``end`` (exclusive): its count, expectation and threshold."""

    end: datetime
    count: int
    expected: float
    threshold: int

    def to_dict(self) -> dict[str, object]:
        return {
            "end": format_time(self.end),
            "count": self.count,
            "expected": round(self.expected, 3),
            "threshold": self.threshold,
        }


class _Series:
    __slots__ = ("counts", "incidents", "stories")

    def __init__(self) -> None:
        self.counts = BucketCounts()
        self.stories: dict[str, int] = {}
        self.incidents = 0


class TrendBook:
    """Bucketed story counts per (department, category); bounded by ``keep_buckets``."""

    def __init__(self, cfg: DetectConfig, keep_buckets: int | None = None) -> None:
        self.cfg = cfg
        # None keeps everything (a replay report); live keeps baseline + a few windows.
        self.keep_buckets = keep_buckets
        self._series: dict[tuple[str, Category], _Series] = {}
        self._first_bucket: dict[str, int] = {}
        self.newest_bucket: int | None = None
        # Expiry runs in steps of EXPIRY_STEP buckets: scanning every series on each new
        # bucket cost ~9% of the worker's event loop when event time moves fast.
        self._expire_from: int | None = None

    def observe(self, incidents: Iterable[Incident]) -> None:
        cfg = self.cfg
        width = cfg.window_buckets
        for incident in incidents:
            department = incident.place.department_ubigeo
            if (
                incident.category is Category.NOT_RELEVANT
                or incident.confidence < cfg.min_confidence
                or not department
            ):
                continue
            bucket = int(incident.occurred_at.timestamp() // cfg.bucket_seconds)
            first = self._first_bucket.get(department)
            if first is None or bucket < first:
                self._first_bucket[department] = bucket
            series = self._series.get((department, incident.category))
            if series is None:
                series = self._series[(department, incident.category)] = _Series()
            series.incidents += 1
            seen = series.stories.get(incident.story_id)
            if seen is not None and abs(bucket - seen) < width:
                continue  # the same story again: the detector does not count it either
            series.stories[incident.story_id] = bucket
            series.counts.add(bucket)
            if self.newest_bucket is None or bucket > self.newest_bucket:
                self.newest_bucket = bucket
                self._expire()

    def _expire(self) -> None:
        if self.keep_buckets is None or self.newest_bucket is None:
            return
        horizon = self.newest_bucket - self.keep_buckets
        if self._expire_from is not None and horizon < self._expire_from:
            return
        self._expire_from = horizon + EXPIRY_STEP
        for series in self._series.values():
            series.counts.expire(horizon)
            series.stories = {s: b for s, b in series.stories.items() if b >= horizon}

    def series_keys(self) -> list[tuple[str, Category]]:
        """(department, category) pairs with counts, sorted."""
        return sorted(self._series, key=lambda k: (k[0], k[1].value))

    def incidents(self, department: str, category: Category) -> int:
        series = self._series.get((department, category))
        return series.incidents if series else 0

    def span(self) -> tuple[int, int] | None:
        """First and newest bucket over all series, or None when nothing was counted."""
        if self.newest_bucket is None or not self._first_bucket:
            return None
        return min(self._first_bucket.values()), self.newest_bucket

    def series(
        self, department: str, category: Category, first: int, last: int, step: int = 1
    ) -> list[TrendPoint]:
        """Windows ending at buckets ``first, first+step, … ≤ last``.

        With ``step > 1`` each point is the fullest window in its step, so a peak that
        crossed the threshold is never averaged away.
        """
        series = self._series.get((department, category))
        region_first = self._first_bucket.get(department)
        if series is None or region_first is None:
            return []
        cfg = self.cfg
        width = cfg.window_buckets
        counts = series.counts
        points: list[TrendPoint] = []
        for start in range(first, last + 1, step):
            best: TrendPoint | None = None
            for bucket in range(start, min(start + step, last + 1)):
                count = counts.total(bucket - width + 1, bucket + 1)
                base = compute_baseline(counts, bucket, min(region_first, bucket), cfg)
                point = TrendPoint(
                    bucket_start(bucket + 1, cfg.bucket_seconds),
                    count,
                    base.expected,
                    base.threshold,
                )
                if best is None or point.count - point.threshold > best.count - best.threshold:
                    best = point
            if best is not None:
                points.append(best)
        return points

    def bucket_of(self, when: datetime) -> int:
        return int(when.timestamp() // self.cfg.bucket_seconds)
