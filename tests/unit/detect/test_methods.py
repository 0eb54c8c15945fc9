"""Detection methods against R ``surveillance`` 1.20.3 reference alarms (../shared/data/detect)."""

from __future__ import annotations

import csv
import math
import random
from collections import defaultdict
from pathlib import Path

import pytest

from earlywarn.config import DetectConfig
from earlywarn.detect import EscalationDetector
from earlywarn.detect.methods import (
    FarringtonParams,
    HarmonicParams,
    NbCusumParams,
    acled_surge,
    cusum,
    early_farrington,
    early_harmonic,
    ears,
    farrington_baseline,
    farrington_flexible,
    glm_baseline,
    harmonic_baseline,
    nb_cusum,
    nb_log_likelihood_ratio,
    nbinom_quantile,
    poisson_quantile,
)

from ._helpers import DAY, HOUR, NAMES, T0, incident

DATA = Path(__file__).resolve().parents[3] / "../shared/data/detect"
EVAL = range(576, 625)  # 1-based weeks, as in alarms_r.csv


def _series() -> dict[int, list[int]]:
    series: dict[int, list[int]] = defaultdict(list)
    with (DATA / "series.csv").open() as fh:
        for row in csv.DictReader(fh):
            series[int(row["series_id"])].append(int(row["observed"]))
    return series


def _reference(method: str) -> dict[tuple[int, int], tuple[str, str]]:
    out: dict[tuple[int, int], tuple[str, str]] = {}
    with (DATA / "alarms_r.csv").open() as fh:
        for row in csv.DictReader(fh):
            if row["method"] == method:
                out[(int(row["series_id"]), int(row["t"]))] = (row["upperbound"], row["alarm"])
    return out


def test_ears_c1_and_c2_agree_with_r_on_every_week() -> None:
    """EARS C1 and C2 give R's upper bound and alarm on all 84 × 49 evaluation weeks."""
    series = _series()
    for variant, method in (("C1", "ears_c1"), ("C2", "ears_c2")):
        reference = _reference(method)
        for (sid, week), (upper, alarm) in reference.items():
            decision = ears(series[sid], week - 1, variant, alpha=0.01)
            assert decision.upper == pytest.approx(float(upper), abs=1e-9), (method, sid, week)
            assert int(decision.alarm) == int(alarm), (method, sid, week)
        assert len(reference) == 84 * 49


def test_farrington_flexible_agrees_with_r() -> None:
    """The improved Farrington (Noufaily) matches R's bound and alarm on a dozen series."""
    series = _series()
    reference = _reference("farrington_noufaily")
    for (sid, week), (upper, alarm) in reference.items():
        if sid > 12:
            continue
        decision = farrington_flexible(series[sid], week - 1)
        assert decision is not None
        assert int(decision.alarm) == int(alarm), (sid, week)
        if upper != "NA":  # R hides the bound when the 5-cases-in-4-weeks rule applies
            assert decision.upper == pytest.approx(float(upper)), (sid, week)


def test_quantiles_match_known_r_values() -> None:
    """qpois and qnbinom values from R."""
    assert poisson_quantile(0.99, 1.0) == 4  # qpois(0.99, 1)
    assert poisson_quantile(0.99, 0.0) == 0
    assert nbinom_quantile(0.99, 2.0, 0.5) == 9  # qnbinom(0.99, 2, 0.5)
    assert nbinom_quantile(0.995, 0.5, 0.25) == 13  # qnbinom(0.995, 0.5, 0.25)


def test_cusum_alarms_on_a_shift_and_resets_after() -> None:
    """A sustained shift alarms; right after the alarm the statistic restarts from zero."""
    y = [2, 1, 3, 2, 2, 1, 2, 3, 2, 2] * 6 + [8, 9, 8, 2, 2]
    first = next(t for t in range(56, len(y)) if cusum(y, t).alarm)
    assert first == 61
    assert cusum(y, first + 3).score < cusum(y, first).score


def test_acled_surge_needs_double_the_recent_mean_and_the_floor() -> None:
    """1 → 2 is no surge (floor); 2 a week → 4 is; 2 a week → 3 is not."""
    assert not acled_surge([1, 1, 1, 1, 2], 4).alarm
    assert acled_surge([2, 2, 2, 2, 4], 4).alarm
    assert not acled_surge([2, 2, 2, 2, 3], 4).alarm


def test_default_detector_fires_on_two_elevated_weeks_the_single_test_misses() -> None:
    """Two moderately high weeks together cross the two-week bound."""
    y = [1, 0, 1, 2, 1, 0, 1, 1] * 80
    t = len(y) - 1
    two = early_farrington([*y[:-2], 4, 3], t)
    assert two is not None and two.alarm and two.upper == 4  # 3 alone is below the bound
    single = farrington_flexible([*y[:-2], 4, 3], t)
    assert single is not None and not single.alarm


def test_runtime_farrington_learns_day_of_week_pattern() -> None:
    """Three stories on the usual weekday do not escalate; the same three on another day do."""
    detector = EscalationDetector(DetectConfig(method="farrington"), NAMES)
    # Three stories every 7th day for four weeks, nothing else.
    for week in range(4):
        detector.advance(T0 + week * 7 * DAY)
        detector.observe([incident(T0 + week * 7 * DAY + h * HOUR) for h in (9, 10, 11)])
    detector.advance(T0 + 28 * DAY)
    assert detector.firing() == []
    assert detector.observe([incident(T0 + 28 * DAY + h * HOUR) for h in (9, 10, 11)]) == []
    fired = detector.observe([incident(T0 + 31 * DAY + h * HOUR) for h in (9, 10, 11)])
    assert fired and fired[0].rule == "farrington_nb_0.995"
    assert "score" in fired[0].reason


def test_closed_form_fit_matches_the_irls_fit_on_short_histories() -> None:
    """The fast path for daily windows gives IRLS's expectation, dispersion and bounds."""
    rng = random.Random(3)
    compared = 0
    for _ in range(400):
        rate = rng.choice([0.3, 1.0, 3.0, 10.0, 40.0])
        periods = rng.choice([15, 22, 29])
        y = [float(_poisson(rng, rate) + (5 if rng.random() < 0.05 else 0)) for _ in range(periods)]
        params = FarringtonParams(
            freq=7, b=(periods - 1) // 7, w=1, no_periods=3, past_excluded=2, limit54=(0, 1)
        )
        fast = farrington_baseline([*y, 0.0], periods, params)
        slow = glm_baseline([*y, 0.0], periods, params)
        assert (fast is None) == (slow is None)
        if fast is None or slow is None:
            continue
        compared += 1
        assert fast.expected == pytest.approx(slow.expected, rel=1e-6, abs=1e-9)
        assert fast.phi == pytest.approx(slow.phi, rel=1e-6)
        for alpha, horizon in ((0.005, 1), (0.005, 2), (0.01, 1)):
            assert fast.upper(alpha, horizon) == slow.upper(alpha, horizon)
    assert compared > 300


def _poisson(rng: random.Random, rate: float) -> int:
    # Knuth's method: small rates only, deterministic under the seeded generator.
    limit, k, p = math.exp(-rate), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def _seasonal(weeks: int) -> list[float]:
    """Exact expectations of a log-linear weekly series with trend and yearly season."""
    return [
        math.exp(
            1.2
            + 0.002 * i
            + 0.5 * math.cos(2 * math.pi * i / 52)
            - 0.3 * math.sin(2 * math.pi * i / 52)
        )
        for i in range(weeks)
    ]


def test_harmonic_baseline_recovers_trend_and_season() -> None:
    """On noise-free counts from its own model the harmonic GLM predicts the next weeks exactly."""
    y = _seasonal(300)
    base = harmonic_baseline(y, 299, HarmonicParams(), periods=3)
    assert base is not None
    assert base.expected == pytest.approx(y[297:300], rel=1e-6)
    assert base.phi == 1.0


# R 4.2 / surveillance 1.20.3: glm(y ~ t + 2 harmonics, quasipoisson) on the 260 weeks
# before t - 1, refitted with surveillance:::algo.farrington.assign.weights(anscombe, 2.58).
R_HARMONIC = [
    (3, 580, 2.341310511, 1.427341371),
    (3, 610, 0.3742303675, 1.553234931),
    (20, 580, 3.904645999, 2.184546159),
    (20, 610, 3.152879957, 2.035780598),
    (40, 580, 2.719097234, 3.737605749),
    (40, 610, 1.429580817, 3.573288162),
]


def test_harmonic_baseline_agrees_with_r_glm_and_farrington_weights() -> None:
    """The two-step reweighted harmonic fit gives R's expectation and dispersion."""
    series = _series()
    for sid, week, expected, phi in R_HARMONIC:
        base = harmonic_baseline([float(v) for v in series[sid]], week - 1)
        assert base is not None
        assert base.expected[-1] == pytest.approx(expected, rel=1e-5), (sid, week)
        assert base.phi == pytest.approx(phi, rel=1e-3), (sid, week)  # IRLS stopping rules


def test_harmonic_baseline_down_weights_a_past_outbreak() -> None:
    """A past burst barely lifts the expectation; without the reweighting it would."""
    rng = random.Random(5)
    y = [float(_poisson(rng, 3.0)) for _ in range(300)]
    y[246:249] = [30.0, 35.0, 25.0]  # same season last year, where the bias is largest
    kept = harmonic_baseline(y, 299, HarmonicParams(weights_threshold=1e9))
    weighted = harmonic_baseline(y, 299, HarmonicParams())
    assert kept is not None and weighted is not None
    assert abs(weighted.expected[-1] - 3.0) < 0.5 < 2.0 < kept.expected[-1] - 3.0


def test_harmonic_baseline_needs_a_full_cycle_of_history() -> None:
    """Less than one season of fitted history gives no baseline; an all-zero history expects 0."""
    assert harmonic_baseline([1.0] * 50, 49, HarmonicParams()) is None
    quiet = harmonic_baseline([0.0] * 60, 59, HarmonicParams())
    assert quiet is not None and quiet.expected == (0.0,)


def test_early_harmonic_fires_on_two_elevated_weeks_but_not_on_an_ended_outbreak() -> None:
    """Two high weeks together cross the two-week bound; a quiet week after them does not."""
    rng = random.Random(7)
    y = [float(_poisson(rng, 2.0)) for _ in range(300)]
    t = len(y) - 1
    quiet = early_harmonic(y, t)
    assert quiet is not None
    single = quiet.upper  # the single-week bound, beyond which one week alone alarms
    two = early_harmonic([*y[:-2], single - 1, single - 1], t)
    assert two is not None and two.alarm and two.rule == "early_harmonic"
    ended = early_harmonic([*y[:-3], single - 1, single - 1, 0.0], t)
    assert ended is not None and not ended.alarm


def test_nb_log_likelihood_ratio_grows_with_the_count() -> None:
    """Counts at the expectation favour no outbreak; higher counts favour it, increasingly."""
    for phi in (1.0, 2.5):
        ratios = [nb_log_likelihood_ratio(k, 3.0, phi, 2.0) for k in range(15)]
        assert ratios == sorted(ratios)
        assert ratios[3] < 0 < ratios[10]


def test_nb_cusum_adds_up_moderate_weeks_and_resets_after_an_alarm() -> None:
    """Moderately high weeks alarm together; its bound is the smallest alarming count."""
    rng = random.Random(11)
    y = [float(_poisson(rng, 4.0)) for _ in range(300)]
    t = len(y)  # the first of four moderately high weeks
    single = early_harmonic([*y, 0.0], t)
    assert single is not None
    count = 7.0  # about expected + 2 sd
    assert count < single.upper  # each week alone is far below the single-week bound
    moderate = [*y, *[count] * 4]
    decisions = [nb_cusum(moderate, at) for at in range(t, t + 4)]
    alarms = [d is not None and d.alarm for d in decisions]
    assert not alarms[0] and any(alarms) and not alarms[-1]  # they add up, then it resets
    first = alarms.index(True)
    fired = decisions[first]
    assert fired is not None and fired.rule == "nb_cusum"
    at = t + first
    assert nb_cusum([*moderate[:at], fired.upper], at).alarm  # type: ignore[union-attr]
    assert not nb_cusum([*moderate[:at], fired.upper - 1], at).alarm  # type: ignore[union-attr]
    last, after = decisions[-2], decisions[-1]
    assert last is not None and last.alarm and after is not None and after.score < last.score


def test_nb_cusum_judges_a_period_expecting_few_cases_with_the_sparse_interval() -> None:
    """Below 3 expected cases h_sparse decides: a higher bound, the smallest alarming count."""
    params = NbCusumParams()
    assert params.interval(2.99) == params.h_sparse > params.h == params.interval(3.0)
    rng = random.Random(11)
    y = [float(_poisson(rng, 1.5)) for _ in range(300)]
    series = [*y, 0.0, 0.0, 0.0]
    t = len(series) - 1
    sparse = nb_cusum(series, t)
    one_interval = nb_cusum(series, t, NbCusumParams(h_sparse=params.h))
    assert sparse is not None and one_interval is not None
    assert sparse.expected < params.sparse_below
    assert sparse.upper == one_interval.upper + 1
    assert nb_cusum([*series[:t], sparse.upper], t).alarm  # type: ignore[union-attr]
    assert not nb_cusum([*series[:t], sparse.upper - 1], t).alarm  # type: ignore[union-attr]


def test_runtime_harmonic_method_escalates_a_burst() -> None:
    """With ``method="harmonic"`` a quiet region's burst escalates under the harmonic rule."""
    detector = EscalationDetector(DetectConfig(method="harmonic"), NAMES)
    for day in range(28):
        detector.advance(T0 + day * DAY)
        if day % 3 == 0:
            detector.observe([incident(T0 + day * DAY + 9 * HOUR)])
    detector.advance(T0 + 28 * DAY)
    assert detector.firing() == []
    fired = detector.observe([incident(T0 + 28 * DAY + h * HOUR) for h in range(9, 15)])
    assert fired and fired[0].rule == "harmonic_nb_0.995"
