"""Token buckets keyed by reporter: how many intake requests each bearer token may make.

Pure: the caller passes the time (from its injected clock), so tests drive it with a
``ManualClock`` and the same requests always get the same answers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime


@dataclass(slots=True)
class _Bucket:
    tokens: float
    updated: datetime


class RateLimiter:
    """``burst`` requests at once per key, refilled at ``per_second``; keys are token names.

    Keys are the configured reporters only (bounded); unauthenticated callers never get a
    bucket, so they cannot grow this map.
    """

    def __init__(self, per_second: float, burst: int) -> None:
        if per_second <= 0 or burst < 1:
            raise ValueError("per_second must be > 0 and burst >= 1")
        self.per_second = per_second
        self.burst = burst
        self._buckets: dict[str, _Bucket] = {}

    def acquire(self, key: str, now: datetime) -> float:
        """Take one request from ``key``'s bucket: 0.0 if allowed, else seconds to wait."""
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(float(self.burst), now)
        # A clock that steps backwards refills nothing (never a negative refill).
        elapsed = max(0.0, (now - bucket.updated).total_seconds())
        bucket.tokens = min(float(self.burst), bucket.tokens + elapsed * self.per_second)
        bucket.updated = max(now, bucket.updated)
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return 0.0
        return (1.0 - bucket.tokens) / self.per_second

    @staticmethod
    def retry_after(wait_seconds: float) -> str:
        """The ``Retry-After`` header value: whole seconds, at least 1."""
        return str(max(1, math.ceil(wait_seconds)))
