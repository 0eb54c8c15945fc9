"""The compiled nb_cusum fit (detect/nbfit.py) against the numpy one it replaces."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np

from earlywarn.config import DetectConfig
from earlywarn.detect.baseline import WEEKLY_NB_CUSUM, nb_cusum_params
from earlywarn.detect.methods import Decision, NbCusumParams, nb_cusum
from earlywarn.detect.nbfit import EDGE, compiled_nb_cusum, nb_cusum_kernel, takes_numpy_path
from earlywarn.testing import live_shaped_histories

DATA = Path(__file__).resolve().parents[3] / "../shared/data/detect"

Case = tuple[list[float], int, NbCusumParams, int]


def _daily_case(periods: list[int], ahead: int, cfg: DetectConfig | None = None) -> Case:
    """The arguments ``baseline._nb_cusum`` passes for this history and ``ahead``."""
    y = [float(c) for c in periods] + [0.0] * ahead
    t = len(y) - 1
    return y, t, nb_cusum_params(t, ahead, cfg or DetectConfig()), ahead - 1


def _random_daily(count: int, seed: int) -> list[Case]:
    return [_daily_case(y, ahead) for y, ahead in live_shaped_histories(count, seed, 0.6)]


def _same_decision(got: Decision | None, ref: Decision | None, rel_tol: float = 1e-9) -> bool:
    """Same verdict and bound; the expectation and score equal to float noise (``rel_tol``)."""
    if got is None or ref is None:
        return got is None and ref is None
    return (
        got.upper == ref.upper
        and got.alarm == ref.alarm
        and got.rule == ref.rule
        and math.isclose(got.expected, ref.expected, rel_tol=rel_tol, abs_tol=1e-300)
        and math.isclose(got.score, ref.score, rel_tol=rel_tol, abs_tol=1e-12)
    )


def test_random_daily_histories_get_numpys_bound_and_verdict() -> None:
    """On 600 random live-shaped histories every bound and verdict equals numpy's; the
    expectations to 1e-9, or to 0.1 where a sparse history leaves the fit ill-conditioned."""
    cases = _random_daily(600, seed=20261129)
    close = 0
    for case in cases:
        got, ref = compiled_nb_cusum(*case), nb_cusum(*case)
        assert _same_decision(got, ref, rel_tol=0.1), case
        close += _same_decision(got, ref)
    assert close >= 0.8 * len(cases)
    compiled = sum(not takes_numpy_path(*case) for case in cases)
    assert compiled >= 0.9 * len(cases)  # the numpy path stays the exception


def test_weekly_series_get_numpys_bound_and_verdict() -> None:
    """On the shared weekly series (52-period season, 5 years) every decision equals numpy's."""
    series: dict[str, list[float]] = {}
    with (DATA / "series.csv").open() as fh:
        for row in csv.DictReader(fh):
            series.setdefault(row["series_id"], []).append(float(row["observed"]))
    for y in list(series.values())[::7]:
        for t in range(575, 624, 4):
            assert _same_decision(compiled_nb_cusum(y, t), nb_cusum(y, t)), t


def test_the_live_weekly_setup_gets_numpys_bound() -> None:
    """The live detector's weekly configuration (one period judged) agrees as well."""
    rng = np.random.default_rng(5)
    history = [int(c) for c in rng.poisson(2.0, size=5 * 52 + 1)]
    case = _daily_case(history, 1, WEEKLY_NB_CUSUM)
    assert _same_decision(compiled_nb_cusum(*case), nb_cusum(*case))


def test_too_little_history_is_none_as_in_numpy() -> None:
    """Below a full season of fitted periods (9 days: 7 fitted, 2 excluded) both say None."""
    for n in range(0, 12):
        for ahead in (1, 2):
            case = _daily_case([3] * n, ahead)
            assert (compiled_nb_cusum(*case) is None) == (nb_cusum(*case) is None) == (n < 9)


def test_a_quiet_history_expects_nothing_and_needs_one_case() -> None:
    """No case in the fitted history: expectation 0 as in numpy, the bound a finite count."""
    case = _daily_case([0] * 28, 2)
    got = compiled_nb_cusum(*case)
    assert got is not None and not takes_numpy_path(*case)
    assert got == nb_cusum(*case)
    assert got.expected == 0.0 and got.upper >= 1


def test_a_single_case_among_zeros_is_degenerate_and_decided_by_numpy() -> None:
    """One case in 9 quiet days leaves XᵀWX near singular: numpy's path, numpy's answer."""
    case = _daily_case([1, 0, 0, 0, 0, 0, 0, 0, 0], 1)
    assert takes_numpy_path(*case)
    assert compiled_nb_cusum(*case) == nb_cusum(*case)


def test_a_singular_design_is_an_edge_not_a_crash() -> None:
    """A design whose columns repeat (XᵀWX exactly singular) makes the kernel defer to numpy."""
    rows = 14
    x = np.ones((rows, 2))  # the same column twice
    ahead = np.ones((1, 2))
    for design in (x, ahead):
        design.setflags(write=False)  # as methods._harmonic_design's: the compiled signature
    y = np.arange(rows + 1, dtype=np.float64)
    status = nb_cusum_kernel(y, rows, x, ahead, x, ahead, 0, 2.58, 2.5, 3.3, 3.8, 3.0)[0]
    assert status == EDGE


def test_seven_periods_for_six_parameters_never_give_nan() -> None:
    """The smallest fits (7 periods, 6 parameters) give numpy's finite bound on any counts."""
    rng = np.random.default_rng(3)
    for _ in range(100):
        history = [int(c) for c in rng.poisson(float(rng.uniform(0.1, 20)), size=9)]
        case = _daily_case(history, 1)
        got = compiled_nb_cusum(*case)
        assert _same_decision(got, nb_cusum(*case))
        assert got is not None and math.isfinite(got.upper) and math.isfinite(got.expected)


def test_a_constant_history_fits_exactly_and_agrees() -> None:
    """Identical counts every day (dispersion 0, so the Poisson likelihood) agree with numpy."""
    for level in (1, 3, 50):
        case = _daily_case([level] * 28, 2)
        assert _same_decision(compiled_nb_cusum(*case), nb_cusum(*case))


def test_huge_counts_take_the_numpy_path_without_overflow() -> None:
    """Counts beyond exact int64 bounds (1e16 a day) go to numpy rather than overflow."""
    case = _daily_case([10**16, 2 * 10**16] * 14, 2)
    assert takes_numpy_path(*case)
    assert compiled_nb_cusum(*case) == nb_cusum(*case)


def test_the_same_input_always_takes_the_same_path() -> None:
    """The path is a function of the input: asking twice gives the same path and decision."""
    for case in _random_daily(50, seed=11):
        first = (takes_numpy_path(*case), compiled_nb_cusum(*case))
        assert (takes_numpy_path(*case), compiled_nb_cusum(*case)) == first


def test_integer_counts_as_the_live_baseline_passes_them_agree() -> None:
    """``baseline._nb_cusum`` passes lists of ints: the same decisions as numpy on them."""
    for y, t, params, unknown in _random_daily(100, seed=4):
        counts = [int(c) for c in y]
        got = compiled_nb_cusum(counts, t, params, unknown)
        assert _same_decision(got, nb_cusum(counts, t, params, unknown), rel_tol=0.1)
