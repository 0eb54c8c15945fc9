"""What count is normal for a region × category, and what count is surprising.

The expectation comes from the region's own history: the mean count per window over the
``baseline_buckets`` before the current window (the current window is excluded so a burst
does not raise its own bar). Short histories are blended with ``prior_rate_per_window`` as
if the prior had been observed for :data:`PRIOR_WEIGHT_WINDOWS` windows, so a region seen for
the first time still has a finite, sensible expectation that history then overrides.

The threshold is the Poisson upper quantile of that expectation (counts of independent
incidents are roughly Poisson), never below ``min_count`` so that one or two stories cannot
escalate a quiet region on their own.

With ``method="nb_cusum"`` (the default) and enough history, the window is judged by the
detector ``bench/detect.py`` evaluates (:func:`~earlywarn.detect.methods.nb_cusum`): a CUSUM
of negative-binomial likelihood ratios on a harmonic GLM's expectations over window-sized
periods, its bound turned into a count threshold (see :func:`_nb_cusum`).

With ``method="farrington"`` and enough history, the expectation comes instead
from the improved-Farrington GLM (:mod:`earlywarn.detect.methods`) fitted on the history cut
into window-sized periods, with trend and a ``season_periods`` cycle (day of week for daily
windows), past bursts down-weighted; the window fires above the negative-binomial upper
quantile, or when it and the window before it together exceed theirs (the rule
``bench/detect.py`` evaluates as ``early_farrington``). ``method="harmonic"`` takes the
expectation from a GLM with trend and seasonal harmonics instead (the rule
``early_harmonic``); the EARS and ACLED rules are available the same way. A
region with too little history uses the Poisson rule above.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from statistics import NormalDist
from typing import Protocol

import numpy as np
import numpy.typing as npt

from earlywarn.config import DetectConfig
from earlywarn.detect.methods import (
    FarringtonParams,
    FloatArray,
    HarmonicParams,
    NbCusumParams,
    SurgeParams,
    _harmonic_design,
    acled_surge,
    ears,
    farrington_baseline,
    harmonic_baseline,
    overdispersed_quantile,
)
from earlywarn.detect.nbfit import compiled_nb_cusum
from earlywarn.detect.poisson import exact_upper_threshold

IntArray = npt.NDArray[np.int64]


class Counts(Protocol):
    """Held bucket counts of one region × category, as the baselines read them."""

    def total(self, start: int, end: int) -> int:
        """Sum of buckets ``[start, end)``."""
        ...

    def period_totals(self, start: int, n: int, width: int) -> list[int]:
        """Sums of ``n`` consecutive ``width``-bucket periods from bucket ``start``."""
        ...


ALPHA = 0.01
"""Tail probability of the threshold: a count this high happens by chance ≤ 1% of windows."""

PRIOR_WEIGHT_WINDOWS = 2.0
"""How many windows of evidence the prior is worth; after ~28 windows history dominates."""

RULE = f"poisson_upper_{1 - ALPHA:.2f}"

# Beyond this mean exp(-lam) underflows; the normal approximation is excellent there.
EXACT_LIMIT = 500.0


@dataclass(frozen=True, slots=True)
class Baseline:
    """The expectation and threshold for the window ending at one bucket."""

    expected: float
    threshold: int
    history_windows: float
    history_count: int
    rule: str = RULE
    # Fires too when this window plus the one before reach it (None: single-window rule).
    threshold_two: int | None = None


def poisson_upper_threshold(expected: float, alpha: float = ALPHA) -> int:
    """Smallest ``k`` with P(X >= k) <= ``alpha`` for X ~ Poisson(``expected``)."""
    if not 0 < alpha < 1:
        raise ValueError("alpha must be in (0, 1)")
    if expected <= 0:
        return 1  # P(X >= 1) = 0 when nothing is expected
    target = 1.0 - alpha
    if expected > EXACT_LIMIT:
        z = NormalDist().inv_cdf(target)
        return math.ceil(expected + z * math.sqrt(expected) + 0.5)
    return exact_upper_threshold(expected, target)  # the kernel's own (detect/poisson.py)


def expected_per_window(
    history_count: int, history_windows: float, prior: float, prior_weight: float
) -> float:
    """Mean count per window over the history, shrunk towards ``prior`` when history is short."""
    return (history_count + prior * prior_weight) / (history_windows + prior_weight)


WEEKLY_NB_CUSUM = DetectConfig(
    method="nb_cusum",
    bucket_seconds=7 * 86400,
    window_buckets=1,
    baseline_buckets=5 * 52 + 1,
    season_periods=52,
    excluded_periods=1,
    min_count=1,
    prior_rate_per_window=0.0,
)
"""The live detector on weekly counts, set up like :func:`methods.nb_cusum`'s defaults (one-week
windows, a 52-period season, 5 years + the excluded week of history, every count judged): it
then alarms exactly when ``nb_cusum`` does (``bench/detect.py``'s ``nb_cusum_live`` row)."""


def baseline_tag(end_bucket: int, cfg: DetectConfig) -> int:
    """What the baseline of the window ending at ``end_bucket`` depends on, besides counts.

    The Poisson rule slides with the window. The period methods fit once per window length:
    their history is whole windows on a fixed grid ending at or before the current window's
    start, so the (costly) fit is shared by every window that starts in the same grid cell.
    The lowest bit says whether the window ends in the next cell (it is judged as that
    cell: the day of week it ends on), i.e. is not aligned with the grid.
    """
    if cfg.method == "poisson":
        return end_bucket
    width = cfg.window_buckets
    start = end_bucket - width + 1
    grid = (start // width) * width
    return 2 * grid + (1 if start != grid else 0)


def history_end(tag: int, cfg: DetectConfig) -> int:
    """First bucket after the history of a baseline with this tag (later counts never enter it)."""
    return tag - cfg.window_buckets + 1 if cfg.method == "poisson" else tag // 2


def compute_baseline(
    counts: Counts, end_bucket: int, first_bucket: int, cfg: DetectConfig
) -> Baseline:
    """Baseline for the window ending at ``end_bucket``; history starts at ``first_bucket``.

    ``first_bucket`` is the first bucket in which the region had any qualifying incident:
    before it we know nothing, after it a bucket without incidents is evidence of quiet.
    The result depends only on counts before :func:`history_end`, ``first_bucket`` and the
    :func:`baseline_tag`, so it may be cached per tag.
    """
    if cfg.method == "poisson":
        return poisson_baseline(counts, end_bucket, first_bucket, cfg)
    tag = baseline_tag(end_bucket, cfg)
    end, ahead = tag // 2, 1 + tag % 2
    periods = history_periods(counts, end, first_bucket, cfg)
    if cfg.method == "farrington":
        base = _farrington([*periods, *([0] * (ahead - 1))], ahead, cfg)
    elif cfg.method == "harmonic":
        base = _harmonic([*periods, *([0] * (ahead - 1))], ahead, cfg)
    elif cfg.method == "nb_cusum":
        base = _nb_cusum([*periods, *([0] * (ahead - 1))], ahead, cfg)
    elif cfg.method == "acled_surge":
        base = _surge(periods, cfg)
    else:
        base = _ears(periods, cfg)
    if base is not None:
        return base
    # Too little history for the method: the Poisson rule with its prior, at the grid.
    return poisson_baseline(counts, end + cfg.window_buckets - 1, first_bucket, cfg)


def history_periods(counts: Counts, end: int, first_bucket: int, cfg: DetectConfig) -> list[int]:
    """Window-sized period counts ending at bucket ``end`` (exclusive), oldest first, plus a
    trailing 0 standing for the period being judged (the methods never read it).

    Only whole periods after ``first_bucket`` and within ``baseline_buckets`` are history.
    """
    width = cfg.window_buckets
    known = max(0, (end - first_bucket) // width)
    n = min(cfg.baseline_buckets // width, known)
    return [*counts.period_totals(end - n * width, n, width), 0]


def _farrington_params(n_history: int, ahead: int, cfg: DetectConfig) -> FarringtonParams | None:
    freq = cfg.season_periods
    w = 1 if freq >= 5 else 0
    cycles = (n_history - w) // freq
    if cycles < 1 or n_history < 3 + cfg.excluded_periods + 2 * w + 1:
        return None
    gap = freq - 2 * w - 1
    levels = 1 if gap < 1 else min(3, gap + 1)
    return FarringtonParams(
        freq=freq,
        b=cycles,
        w=w,
        no_periods=levels,
        # The placeholder periods between history and the judged one are never fitted.
        past_excluded=cfg.excluded_periods + ahead - 1,
        alpha=cfg.alpha,
        limit54=(0, 1),
    )


def _farrington(periods: list[int], ahead: int, cfg: DetectConfig) -> Baseline | None:
    t = len(periods) - 1
    params = _farrington_params(t, ahead, cfg)
    if params is None:
        return None
    fitted = farrington_baseline(periods, t, params)
    if fitted is None:
        return None
    threshold = max(cfg.min_count, fitted.upper(cfg.alpha) + 1)
    threshold_two = max(cfg.min_count, fitted.upper(cfg.alpha, 2) + 1)
    history = sum(periods[:-1])
    rule = f"farrington_nb_{1 - cfg.alpha:.3f}"
    return Baseline(fitted.expected, threshold, float(t - ahead + 1), history, rule, threshold_two)


def _harmonic_params(t: int, ahead: int, cfg: DetectConfig) -> HarmonicParams:
    """The harmonic GLM on all ``t`` window-sized periods of history held."""
    freq = cfg.season_periods
    return HarmonicParams(
        freq=freq,
        cycles=t // freq + 1,  # all the history held
        harmonics=min(2, (freq - 1) // 2),
        # The placeholder periods between history and the judged one are never fitted.
        past_excluded=cfg.excluded_periods + ahead - 1,
    )


def _harmonic(periods: list[int], ahead: int, cfg: DetectConfig) -> Baseline | None:
    t = len(periods) - 1
    fitted = harmonic_baseline(periods, t, _harmonic_params(t, ahead, cfg))
    if fitted is None:
        return None
    expected, phi = fitted.expected[-1], fitted.phi
    threshold = max(cfg.min_count, overdispersed_quantile(1 - cfg.alpha, expected, phi) + 1)
    threshold_two = max(cfg.min_count, overdispersed_quantile(1 - cfg.alpha, 2 * expected, phi) + 1)
    rule = f"harmonic_nb_{1 - cfg.alpha:.3f}"
    history = sum(periods[:-1])
    return Baseline(expected, threshold, float(t - ahead + 1), history, rule, threshold_two)


def nb_cusum_params(t: int, ahead: int, cfg: DetectConfig) -> NbCusumParams:
    """The weekly benchmark's default (:class:`NbCusumParams`) on ``t`` window-sized periods
    of history: its shift, decision intervals and run; the harmonic fit on all of it."""
    return NbCusumParams(baseline=_harmonic_params(t, ahead, cfg))


def _nb_cusum(periods: list[int], ahead: int, cfg: DetectConfig) -> Baseline | None:
    """The CUSUM's bound as a count threshold for the judged window.

    The evidence carried in comes from whole periods before the history's end, so it is
    fixed per tag; the threshold is the smallest count of the judged window that takes the
    statistic over its decision interval now (``h``, or ``h_sparse`` where few cases are
    expected). A window that straddles two grid cells (``ahead`` = 2) is judged as the cell
    it ends in; the cell it starts in is partly inside it and not over yet, so it adds no
    evidence (counting it would count the window's own incidents twice, and counting it as 0
    would be evidence of quiet that nobody observed).
    """
    t = len(periods) - 1
    params = nb_cusum_params(t, ahead, cfg)
    # The compiled fit decides as methods.nb_cusum does (its edge cases go to numpy).
    decision = compiled_nb_cusum(periods, t, params, unknown=ahead - 1)
    if decision is None:
        return None
    # nb_cusum's upper already exceeds the expectation and is at least 1.
    threshold = max(cfg.min_count, int(decision.upper))
    rule = f"nb_cusum_h{params.interval(decision.expected):g}"  # the interval applied
    history = sum(periods[: t - ahead + 1])
    return Baseline(decision.expected, threshold, float(t - ahead + 1), history, rule)


def kernel_rules(cfg: DetectConfig) -> tuple[str, str, str]:
    """The rule of a baseline the detector's kernel cached, by its ``BASE_RULE``: the Poisson
    rule's, then nb_cusum's with interval ``h`` and ``h_sparse`` (as :func:`_nb_cusum`
    names them)."""
    params = nb_cusum_params(0, 1, cfg)
    return (
        RULE,
        f"nb_cusum_h{params.h:g}",
        f"nb_cusum_h{params.h_sparse:g}",
    )


def nb_cusum_tables(
    cfg: DetectConfig,
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray, IntArray, FloatArray]:
    """What the kernel needs to fit :func:`_nb_cusum` itself, for every ``t`` and ``ahead``:
    the designs ``nbfit`` would use (the same floats, zero-padded), (fitted rows, run) with
    0 rows where the method has too little history, and the float parameters. Empty tables
    (no ``t``) for the other methods."""
    width = cfg.window_buckets
    most = cfg.baseline_buckets // width + 2 if cfg.method == "nb_cusum" else 0
    params = nb_cusum_params(0, 1, cfg)
    shape = np.zeros((2, most, 2), dtype=np.int64)
    designs: dict[tuple[int, int], tuple[FloatArray, ...]] = {}
    for ahead in (1, 2):
        for t in range(most):
            base = nb_cusum_params(t, ahead, cfg).baseline
            run = min(params.run, t + 1)
            fitted = t - base.past_excluded  # the fit starts at 0: cycles cover all history
            if fitted < base.min_history:
                continue
            x_trend, a_trend = _harmonic_design(fitted, run, t % base.freq, True, base)
            x_flat, a_flat = _harmonic_design(fitted, run, t % base.freq, False, base)
            shape[ahead - 1, t] = (fitted, run)
            designs[(ahead, t)] = (x_trend, a_trend, x_flat, a_flat)
    rows = int(shape[:, :, 0].max()) if most else 0
    some = next(iter(designs.values()), None)
    columns = [1, 1, 1, 1] if some is None else [design.shape[1] for design in some]
    tables = [
        np.zeros((2, most, size, columns[j]), dtype=np.float64)
        for j, size in enumerate((rows, params.run, rows, params.run))
    ]
    for (ahead, t), found in designs.items():
        for table, design in zip(tables, found, strict=True):
            table[ahead - 1, t, : design.shape[0], : design.shape[1]] = design
    # Read-only like the designs nbfit's Python path passes: numba compiles a kernel once
    # per argument type, and writable and read-only arrays are two types (two compiles).
    for table in tables:
        table.setflags(write=False)
    floats = np.array(
        [
            params.baseline.weights_threshold,
            params.shift,
            params.h,
            params.h_sparse,
            params.sparse_below,
        ],
        dtype=np.float64,
    )
    return tables[0], tables[1], tables[2], tables[3], shape, floats


def _ears(periods: list[int], cfg: DetectConfig) -> Baseline | None:
    variant = cfg.method.removeprefix("ears_").upper()
    t = len(periods) - 1
    if t < 7 + (4 if variant == "C3" else 2):
        return None
    # The bound does not depend on the current count except through C3's carry-over.
    decision = ears([float(c) for c in periods], t, variant, cfg.alpha)
    threshold = max(cfg.min_count, math.floor(decision.upper) + 1)
    return Baseline(decision.expected, threshold, float(t), sum(periods[:-1]), decision.rule)


def _surge(periods: list[int], cfg: DetectConfig) -> Baseline | None:
    t = len(periods) - 1
    if t < 4:
        return None
    decision = acled_surge([float(c) for c in periods], t, SurgeParams(floor=cfg.min_count))
    threshold = max(cfg.min_count, math.ceil(decision.upper))
    return Baseline(decision.expected, threshold, float(t), sum(periods[:-1]), decision.rule)


def poisson_baseline(
    counts: Counts, end_bucket: int, first_bucket: int, cfg: DetectConfig
) -> Baseline:
    """The Poisson rule on the mean count per window, shrunk towards the prior."""
    window_start = end_bucket - cfg.window_buckets + 1
    history_start = max(window_start - cfg.baseline_buckets, first_bucket)
    span = max(0, window_start - history_start)
    history_count = counts.total(history_start, window_start) if span else 0
    history_windows = span / cfg.window_buckets
    expected = expected_per_window(
        history_count, history_windows, cfg.prior_rate_per_window, PRIOR_WEIGHT_WINDOWS
    )
    threshold = max(cfg.min_count, _poisson_threshold(expected))
    return Baseline(expected, threshold, history_windows, history_count)


# The Poisson rule asks for the same few expectations over and over (a count over a window
# count): the quantile loop runs once per distinct value.
_poisson_threshold = lru_cache(maxsize=4096)(poisson_upper_threshold)
