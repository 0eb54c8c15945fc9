"""Baseline: expectation from a region's own history and the Poisson threshold."""

from __future__ import annotations

import csv
import math
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from earlywarn.config import DetectConfig
from earlywarn.detect import EscalationDetector
from earlywarn.detect.baseline import (
    PRIOR_WEIGHT_WINDOWS,
    RULE,
    WEEKLY_NB_CUSUM,
    compute_baseline,
    expected_per_window,
    history_periods,
    nb_cusum_params,
    poisson_upper_threshold,
)
from earlywarn.detect.methods import NbCusumParams, nb_cusum
from earlywarn.detect.window import BucketCounts
from earlywarn.model import AlertStatus, Category, Incident, Place, Precision, Severity, SignalKind
from earlywarn.testing import make_incident


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


# --------------------------------------------------------------------------- nb_cusum

WEEK = 7 * 86400
FIRST_WEEK, LAST_WEEK = 576, 624  # the evaluation weeks of ../shared/data/detect/SOURCES.md
# The live detector on weekly counts that alarms exactly when methods.nb_cusum does, judged
# week by week (an episode resolves after one quiet week) on departments only.
WEEKLY = WEEKLY_NB_CUSUM.model_copy(update={"quiet_buckets": 1, "province_regions": False})


def _shared_series(shared_data: Path) -> dict[int, list[int]]:
    series: dict[int, list[int]] = {}
    with (shared_data / "detect" / "series.csv").open() as fh:
        for row in csv.DictReader(fh):
            series.setdefault(int(row["series_id"]), []).append(int(row["observed"]))
    return series


def _counts(y: list[int], end: int, period: int = 1) -> BucketCounts:
    counts = BucketCounts(period)
    for bucket, n in enumerate(y[:end]):
        if n:
            counts.add(bucket, n)
    return counts


def test_live_nb_cusum_alarms_equal_the_benchmarked_method_on_every_evaluation_week(
    shared_data: Path,
) -> None:
    """On weekly buckets the live threshold alarms exactly when methods.nb_cusum does."""
    compared = alarms = 0
    rules: set[str] = set()
    for y in _shared_series(shared_data).values():
        counts = _counts(y, FIRST_WEEK - 1)
        for t in range(FIRST_WEEK - 1, LAST_WEEK):
            base = compute_baseline(counts, t, 0, WEEKLY)
            reference = nb_cusum([float(v) for v in y], t)
            assert reference is not None
            # The rule names the decision interval the judged week's expectation selects.
            assert base.rule == f"nb_cusum_h{NbCusumParams().interval(reference.expected):g}"
            assert (y[t] >= base.threshold) == reference.alarm, (t, y[t], base, reference)
            assert base.expected == pytest.approx(reference.expected, rel=1e-6)
            compared += 1
            alarms += reference.alarm
            rules.add(base.rule)
            if y[t]:
                counts.add(t, y[t])
    assert compared == 84 * 49 and alarms > 50
    assert rules == {"nb_cusum_h3.3", "nb_cusum_h3.8"}  # sparse and busy weeks both judged


def _weekly_incidents(y: list[int], weeks: range) -> list[Incident]:
    place = Place(Precision.DEPARTMENT, department_ubigeo="13")
    out = []
    for week in weeks:
        for i in range(y[week]):
            ident = f"w{week}-{i}"
            out.append(
                make_incident(
                    id=ident,
                    signal_ids=(ident,),
                    story_id=ident,
                    category=Category.HOMICIDE,
                    confidence=0.9,
                    severity=Severity(),
                    place=place,
                    occurred_at=datetime.fromtimestamp(week * WEEK + 60 * (i + 1), UTC),
                    source="series",
                    kind=SignalKind.NEWS,
                    title=ident,
                )
            )
    return out


@pytest.mark.parametrize("series_id", [30, 40, 60, 84])
def test_escalation_detector_on_weekly_counts_opens_episodes_where_nb_cusum_starts_alarming(
    shared_data: Path, series_id: int
) -> None:
    """Fed a shared series week by week, the detector opens an episode at each run of alarms."""
    y = _shared_series(shared_data)[series_id]
    detector = EscalationDetector(WEEKLY, {})
    event_time: dict[str, datetime] = {}
    escalations = detector.observe_batch(_weekly_incidents(y, range(300, LAST_WEEK)), event_time)
    episodes: dict[datetime, int] = {}  # the week of each episode's first record
    for e in escalations:
        if e.status is AlertStatus.FIRING:
            episodes.setdefault(e.episode_started_at, int(e.window_start.timestamp()) // WEEK)
    opened = sorted(week for week in episodes.values() if week >= FIRST_WEEK - 1)
    alarm = {}
    for t in range(FIRST_WEEK - 2, LAST_WEEK):  # list indexes: week FIRST_WEEK is t = 575
        reference = nb_cusum([float(v) for v in y], t)
        assert reference is not None
        alarm[t] = reference.alarm
    starts = [t for t in range(FIRST_WEEK - 1, LAST_WEEK) if alarm[t] and not alarm[t - 1]]
    assert starts and opened == starts


def test_straddling_window_is_judged_as_the_cell_it_ends_in_without_the_cell_it_starts_in() -> None:
    """A window over two days carries evidence from the days before it only."""
    cfg = DetectConfig(method="nb_cusum")
    width = cfg.window_buckets
    rng = random.Random(5)
    daily = [rng.choice([1, 2, 2, 3]) for _ in range(28)] + [6, 7]
    counts = BucketCounts(width)
    for day, n in enumerate(daily):
        for i in range(n):
            counts.add(day * width + 2 * i + 1)
    end = 29 * width + 5  # the window starts in day 28 and ends in day 29
    base = compute_baseline(counts, end, 0, cfg)
    assert base.rule == "nb_cusum_h3.8"  # about 2 a day expected: the sparse interval
    periods = [*daily[:28], 0, 0]
    reference = nb_cusum(periods, 29, nb_cusum_params(29, 2, cfg), unknown=1)
    assert reference is not None
    assert base.threshold == max(cfg.min_count, int(reference.upper))
    # Whatever day 28 held, the threshold is the same: it is not evidence yet.
    counts.add(28 * width + 3, 10)
    assert compute_baseline(counts, end, 0, cfg).threshold == base.threshold


def test_nb_cusum_threshold_falls_after_raised_days_and_resets_after_an_alarm() -> None:
    """Raised days lower the next day's threshold until one alarms; then it is back up."""
    cfg = DetectConfig(
        method="nb_cusum", bucket_seconds=86400, window_buckets=1, baseline_buckets=28
    )
    daily = [2] * 28 + [5, 5, 5, 5]
    thresholds = []
    for day in range(28, 32):
        base = compute_baseline(_counts(daily, day), day, 0, cfg)
        thresholds.append(base.threshold)
    single, second, third, after = thresholds
    assert daily[28] < single  # one raised day alone is not enough
    assert third <= daily[30] < single  # three add up: the third alarms
    assert second >= third
    assert after > daily[31]  # the alarm reset the statistic: a fourth needs a day's own case
