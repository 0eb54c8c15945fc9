"""Baseline: expectation from a region's own history and the Poisson threshold."""

from __future__ import annotations

import math
import random

import pytest

from earlywarn.config import DetectConfig
from earlywarn.detect.baseline import (
    PRIOR_WEIGHT_WINDOWS,
    RULE,
    compute_baseline,
    expected_per_window,
    history_periods,
    poisson_upper_threshold,
)
from earlywarn.detect.window import BucketCounts


def _survival(lam: float, k: int) -> float:
    """P(X >= k) for X ~ Poisson(lam), summed directly."""
    return 1.0 - sum(math.exp(-lam) * lam**i / math.factorial(i) for i in range(k))


@pytest.mark.parametrize("lam", [0.01, 0.25, 1.0, 2.5, 7.0, 30.0, 120.0])
def test_threshold_is_the_smallest_count_with_tail_below_alpha(lam: float) -> None:
    """The threshold k has P(X >= k) <= 0.01 and k - 1 does not."""
    k = poisson_upper_threshold(lam, 0.01)
    assert _survival(lam, k) <= 0.01
    assert _survival(lam, k - 1) > 0.01


def test_threshold_known_values() -> None:
    """Known quantiles: nothing expected → 1, mean 1 → 5, and the rule is named for 0.99."""
    assert poisson_upper_threshold(0.0) == 1
    assert poisson_upper_threshold(1.0) == 5
    assert RULE == "poisson_upper_0.99"


def test_threshold_for_large_means_uses_a_sane_normal_approximation() -> None:
    """Very large means stay finite and land between mean + 2σ and mean + 3σ."""
    k = poisson_upper_threshold(10_000.0)
    assert 10_000 + 200 < k < 10_000 + 300


def test_threshold_rejects_bad_alpha() -> None:
    """alpha outside (0, 1) is a programming error."""
    with pytest.raises(ValueError):
        poisson_upper_threshold(1.0, 0.0)


def test_expected_blends_prior_by_history_length() -> None:
    """No history gives the prior; long history approaches the observed mean."""
    assert expected_per_window(0, 0.0, 0.25, PRIOR_WEIGHT_WINDOWS) == 0.25
    long = expected_per_window(280, 280.0, 0.25, PRIOR_WEIGHT_WINDOWS)
    assert 0.99 < long < 1.0


def test_region_without_history_gets_the_prior_and_min_count() -> None:
    """A region seen for the first time expects the prior and needs min_count incidents."""
    cfg = DetectConfig()
    counts = BucketCounts()
    counts.add(1000)
    base = compute_baseline(counts, 1000, first_bucket=1000, cfg=cfg)
    assert base.expected == pytest.approx(cfg.prior_rate_per_window)
    assert base.history_windows == 0
    assert base.threshold == cfg.min_count


def test_busy_history_raises_the_threshold_and_current_window_is_excluded() -> None:
    """Two incidents a day for 28 days lift the threshold; the burst itself is not history."""
    cfg = DetectConfig(method="poisson")
    counts = BucketCounts()
    first = 0
    for day in range(28):
        counts.add(first + day * 24 + 3)
        counts.add(first + day * 24 + 15)
    end = 28 * 24 + 23
    for bucket in range(end - 5, end + 1):
        counts.add(bucket, 5)  # burst inside the current window
    base = compute_baseline(counts, end, first_bucket=first, cfg=cfg)
    assert base.history_count == 56
    assert base.history_windows == 28
    assert base.expected == pytest.approx((56 + 0.25 * 2) / 30)
    assert base.threshold == poisson_upper_threshold(base.expected)
    assert base.threshold > cfg.min_count


def test_history_is_limited_to_baseline_buckets() -> None:
    """Counts older than baseline_buckets before the window do not enter the expectation."""
    cfg = DetectConfig(window_buckets=24, baseline_buckets=48, method="poisson")
    counts = BucketCounts()
    counts.add(0, 100)  # far in the past
    counts.add(200)
    base = compute_baseline(counts, 223, first_bucket=0, cfg=cfg)
    assert base.history_count == 0
    assert base.history_windows == 2


def test_history_periods_from_period_sums_equal_a_scan_of_held_buckets() -> None:
    """Whole-period history read from per-period sums equals summing the held buckets."""
    cfg = DetectConfig()
    width = cfg.window_buckets
    rng = random.Random(3)
    with_periods = BucketCounts(period=width)
    plain = BucketCounts()
    for step in range(3000):
        bucket = step // 2 - rng.choice([0, 0, 0, 5, 200])
        n = rng.randrange(1, 3)
        with_periods.add(bucket, n)
        plain.add(bucket, n)
        if step % 97 == 0:
            with_periods.expire(step // 2 - 700)
            plain.expire(step // 2 - 700)
        if step % 31 == 0:
            end = (step // 2 // width) * width
            first = rng.choice([0, end - 10 * width - 5])
            assert history_periods(with_periods, end, first, cfg) == history_periods(
                plain, end, first, cfg
            )
