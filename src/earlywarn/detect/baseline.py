"""What count is normal for a region × category, and what count is surprising.

The expectation comes from the region's own history: the mean count per window over the
``baseline_buckets`` before the current window (the current window is excluded so a burst
does not raise its own bar). Short histories are blended with ``prior_rate_per_window`` as
if the prior had been observed for :data:`PRIOR_WEIGHT_WINDOWS` windows, so a region seen for
the first time still has a finite, sensible expectation that history then overrides.

The threshold is the Poisson upper quantile of that expectation (counts of independent
incidents are roughly Poisson), never below ``min_count`` so that one or two stories cannot
escalate a quiet region on their own. Standard library only (``math``): no scipy at runtime.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

from earlywarn.config import DetectConfig
from earlywarn.detect.window import BucketCounts

ALPHA = 0.01
"""Tail probability of the threshold: a count this high happens by chance ≤ 1% of windows."""

PRIOR_WEIGHT_WINDOWS = 2.0
"""How many windows of evidence the prior is worth; after ~28 windows history dominates."""

RULE = f"poisson_upper_{1 - ALPHA:.2f}"

# Beyond this mean exp(-lam) underflows; the normal approximation is excellent there.
_EXACT_LIMIT = 500.0


@dataclass(frozen=True, slots=True)
class Baseline:
    """The expectation and threshold for the window ending at one bucket."""

    expected: float
    threshold: int
    history_windows: float
    history_count: int


def poisson_upper_threshold(expected: float, alpha: float = ALPHA) -> int:
    """Smallest ``k`` with P(X >= k) <= ``alpha`` for X ~ Poisson(``expected``)."""
    if not 0 < alpha < 1:
        raise ValueError("alpha must be in (0, 1)")
    if expected <= 0:
        return 1  # P(X >= 1) = 0 when nothing is expected
    target = 1.0 - alpha
    if expected > _EXACT_LIMIT:
        z = NormalDist().inv_cdf(target)
        return math.ceil(expected + z * math.sqrt(expected) + 0.5)
    pmf = math.exp(-expected)
    cdf = pmf
    k = 0
    while cdf < target:
        k += 1
        pmf *= expected / k
        cdf += pmf
    # cdf(k) = P(X <= k) >= 1 - alpha, hence P(X >= k + 1) <= alpha.
    return k + 1


def expected_per_window(
    history_count: int, history_windows: float, prior: float, prior_weight: float
) -> float:
    """Mean count per window over the history, shrunk towards ``prior`` when history is short."""
    return (history_count + prior * prior_weight) / (history_windows + prior_weight)


def compute_baseline(
    counts: BucketCounts, end_bucket: int, first_bucket: int, cfg: DetectConfig
) -> Baseline:
    """Baseline for the window ending at ``end_bucket``; history starts at ``first_bucket``.

    ``first_bucket`` is the first bucket in which the region had any qualifying incident:
    before it we know nothing, after it a bucket without incidents is evidence of quiet.
    """
    window_start = end_bucket - cfg.window_buckets + 1
    history_start = max(window_start - cfg.baseline_buckets, first_bucket)
    span = max(0, window_start - history_start)
    history_count = counts.cached_total(counts.HISTORY, history_start, window_start) if span else 0
    history_windows = span / cfg.window_buckets
    expected = expected_per_window(
        history_count, history_windows, cfg.prior_rate_per_window, PRIOR_WEIGHT_WINDOWS
    )
    threshold = max(cfg.min_count, poisson_upper_threshold(expected))
    return Baseline(expected, threshold, history_windows, history_count)
