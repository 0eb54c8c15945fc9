"""Outbreak detection methods on a count series: pure functions, event time only.

Every method looks at a series ``y`` of counts per period (oldest first) and decides about
period ``t`` from ``y[: t + 1]`` alone, returning a :class:`Decision` (expected count, upper
bound, alarm, score). The same functions drive the benchmark against R's ``surveillance``
package (``bench/detect.py``, weekly series) and the live detector (window-sized periods).

- :func:`ears` — CDC EARS C1/C2/C3 (mean + z·sd of the last 7 periods; C2 with a 2-period
  guard; C3 adds the excess of the two previous C2 statistics). C1 and C2 reproduce
  ``surveillance::earsC`` exactly; C3 follows the EARS definition (R's C3 compares the
  previous periods only, a quirk we do not copy).
- :func:`farrington_flexible` — the improved Farrington method (Noufaily et al. 2013) as in
  ``surveillance::farringtonFlexible``: quasi-Poisson GLM with trend and a 10-level seasonal
  factor, fitted on ``b`` past years, past outbreaks down-weighted by Anscombe residuals,
  negative-binomial upper quantile.
- :func:`cusum` — a one-sided CUSUM of standardised counts that resets after each alarm.
- :func:`acled_surge` — ACLED's surge rule: ≥ 100 % over the mean of the past four periods,
  with a floor so that 1 → 2 is no surge.
- :func:`early_farrington` — the improved Farrington baseline, tested on the current period
  and on the sum of the last two (outbreaks spread over weeks), without the "5 cases in 4
  weeks" gate that hides small outbreaks in sparse series.
- :func:`harmonic_baseline` — a quasi-Poisson GLM with trend and two seasonal harmonics on
  five cycles of history, past outbreaks down-weighted as in Farrington: one parameter per
  harmonic instead of one per seasonal level, so a sharper expectation;
  :func:`early_harmonic` tests it like :func:`early_farrington`.
- :func:`nb_cusum` — the default: a CUSUM of negative-binomial likelihood ratios on the
  harmonic expectation that resets after each alarm (cf. ``surveillance::glrnb``), with a
  larger decision interval where the expectation rests on few cases.

numpy only (no scipy): the quantiles are computed by summing the pmf.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from statistics import NormalDist
from typing import Any

import numpy as np
import numpy.typing as npt
from numpy.linalg import _umath_linalg

_NORMAL = NormalDist()

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True, slots=True)
class Decision:
    """What a method says about one period: the expectation, the bound and the verdict."""

    expected: float
    upper: float
    alarm: bool
    score: float  # observed relative to the bound: > 1 means above it (rule-specific scale)
    rule: str


def z_quantile(alpha: float) -> float:
    """The standard normal ``1 - alpha`` quantile."""
    return _NORMAL.inv_cdf(1.0 - alpha)


# --------------------------------------------------------------------------- quantiles


def poisson_quantile(p: float, mu: float) -> int:
    """Smallest ``k`` with P(X <= k) >= ``p`` for X ~ Poisson(``mu``) (R's ``qpois``)."""
    if mu <= 0:
        return 0
    if mu > 500:
        return max(0, math.ceil(mu + _NORMAL.inv_cdf(p) * math.sqrt(mu) - 0.5))
    log_pmf = -mu
    cdf = math.exp(log_pmf)
    k = 0
    while cdf < p * (1 - 64 * 2.2e-16):  # R's fuzz: a cdf a rounding error short counts
        k += 1
        log_pmf += math.log(mu / k)
        cdf += math.exp(log_pmf)
    return k


def nbinom_quantile(p: float, size: float, prob: float) -> int:
    """Smallest ``k`` with P(X <= k) >= ``p`` for X ~ NB(``size``, ``prob``) (R's ``qnbinom``)."""
    mean = size * (1 - prob) / prob
    if mean <= 0:
        return 0
    if mean > 1e5:
        sd = math.sqrt(mean / prob)
        return max(0, math.ceil(mean + _NORMAL.inv_cdf(p) * sd - 0.5))
    log_q = math.log1p(-prob)
    log_pmf = size * math.log(prob)
    cdf = math.exp(log_pmf)
    k = 0
    target = p * (1 - 64 * 2.2e-16)
    while cdf < target:
        log_pmf += math.log((k + size) / (k + 1)) + log_q
        k += 1
        cdf += math.exp(log_pmf)
        if k > 10 * mean + 1000:  # unreachable for sane inputs; never loop forever
            break
    return k


def overdispersed_quantile(p: float, mu: float, phi: float) -> int:
    """Upper quantile of a count with mean ``mu`` and variance ``phi·mu`` (NB, or Poisson)."""
    if phi > 1:
        return nbinom_quantile(p, mu / (phi - 1), 1 / phi)
    return poisson_quantile(p, mu)


# --------------------------------------------------------------------------- EARS


def _mean_sd(values: Sequence[float]) -> tuple[float, float]:
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / (n - 1)
    return mean, math.sqrt(var)


def ears(
    y: Sequence[float],
    t: int,
    variant: str = "C1",
    alpha: float = 0.001,
    baseline: int = 7,
    min_sigma: float = 0.0,
) -> Decision:
    """EARS C1/C2/C3 for period ``t`` (needs ``baseline + 2`` periods before it, C3 + 4)."""
    z = z_quantile(alpha)
    if variant == "C1":
        mean, sd = _mean_sd(y[t - baseline : t])
        sd = max(sd, min_sigma)
        upper = mean + z * sd
        return Decision(mean, upper, y[t] > upper, _ratio(y[t] - mean, upper - mean), "ears_c1")

    def c2(at: int) -> tuple[float, float, float]:
        mean, sd = _mean_sd(y[at - baseline - 2 : at - 2])
        sd = max(sd, min_sigma)
        stat = (y[at] - mean) / sd if sd > 0 else (math.inf if y[at] > mean else 0.0)
        return mean, sd, stat

    mean, sd, stat = c2(t)
    if variant == "C2":
        upper = mean + z * sd
        return Decision(mean, upper, y[t] > upper, _ratio(y[t] - mean, upper - mean), "ears_c2")
    if variant != "C3":
        raise ValueError(f"unknown EARS variant {variant!r}; use C1, C2 or C3")
    carry = sum(max(0.0, c2(t - lag)[2] - 1.0) for lag in (1, 2))
    # C3 = C2(t) + carry > z  ⇔  y[t] > mean + sd·(z - carry)
    upper = max(0.0, mean + sd * (z - carry)) if math.isfinite(carry) else 0.0
    alarm = stat + carry > z
    return Decision(mean, upper, alarm, (stat + carry) / z, "ears_c3")


def _ratio(num: float, den: float) -> float:
    if den > 0:
        return num / den
    return math.inf if num > 0 else 0.0


# --------------------------------------------------------------------------- GLM


@dataclass(frozen=True, slots=True)
class GlmFit:
    coef: FloatArray
    mu: FloatArray
    xtwx_inv: FloatArray
    dispersion: float  # the Pearson estimate (may be < 1)
    converged: bool


def fit_quasipoisson(
    x: FloatArray, y: FloatArray, weights: FloatArray | None = None, max_iter: int = 25
) -> GlmFit:
    """Log-link quasi-Poisson GLM by IRLS, started and stopped as R's ``glm`` does.

    Each step is the textbook one (``np.linalg.solve`` on the weighted normal equations);
    the designs are tiny, so numpy's per-call overhead dominates and the step calls the
    same LAPACK solver and ufuncs directly: the same floats for a fraction of the time.
    """
    n, p = x.shape
    positive = y > 0
    ratio = np.ones(n)  # y / mu where y > 0, 1 elsewhere (the deviance's log argument)
    mu = y + 0.1
    eta = np.log(mu)
    resid = y - mu
    dev_old = math.inf
    converged = False
    coef = np.zeros(p)
    xt = x.T
    for _ in range(max_iter):
        z = eta + resid / mu
        w = mu if weights is None else weights * mu  # unit prior weights: 1 · mu is mu
        xtw = xt * w
        xtwx = xtw @ x
        try:
            coef = _solve_raising(xtwx, xtw @ z)
        except np.linalg.LinAlgError:
            try:
                coef = np.asarray(np.linalg.lstsq(xtwx, xtw @ z, rcond=None)[0], dtype=np.float64)
            except np.linalg.LinAlgError:
                break
        eta = _clip(x @ coef, -30.0, 700.0)  # a level with no cases: mu → 0, not NaN
        mu = np.exp(eta)
        resid = y - mu
        dev = _poisson_deviance(y, mu, weights, positive, resid, ratio)
        if abs(dev - dev_old) / (abs(dev) + 0.1) < 1e-8:
            converged = True
            break
        dev_old = dev
    # Unit prior weights are left out (1.0 · v is v), and ``resid`` is y - mu of the last mu.
    w = mu if weights is None else weights * mu
    xtwx = (xt * w) @ x
    try:
        xtwx_inv = _inv_raising(xtwx)
    except np.linalg.LinAlgError:
        try:
            xtwx_inv = np.asarray(np.linalg.pinv(xtwx), dtype=np.float64)
        except np.linalg.LinAlgError:
            return GlmFit(coef, mu, np.eye(p), 1.0, False)
    df = max(1, n - p)
    pearson = resid**2 / mu if weights is None else weights * resid**2 / mu
    dispersion = float(np.add.reduce(pearson) / df)
    return GlmFit(coef, mu, xtwx_inv, dispersion, converged)


def _raise_singular(err: str, flag: int) -> None:
    raise np.linalg.LinAlgError("Singular matrix")


# What np.linalg.solve sets around its LAPACK call: a singular system raises.
_SINGULAR: dict[str, Any] = {
    "call": _raise_singular,
    "invalid": "call",
    "over": "ignore",
    "divide": "ignore",
    "under": "ignore",
}
_solve1 = _umath_linalg.solve1  # np.linalg.solve's gufunc for one right-hand side
_inv = _umath_linalg.inv  # np.linalg.inv's

try:
    # numpy 2: the error state np.errstate(**_SINGULAR) installs, built once; building it
    # anew was most of errstate's cost, a sixth of a fit (it only carries the error modes,
    # the callback and the buffer size, none of which changes a float).
    from numpy._core._multiarray_umath import _make_extobj  # type: ignore[import-not-found]
    from numpy._core._ufunc_config import _extobj_contextvar  # type: ignore[attr-defined]

    _SINGULAR_STATE: Any = _make_extobj(**_SINGULAR)
    _ERROR_STATE: Any = _extobj_contextvar
except (ImportError, TypeError):  # numpy 1.x (or a changed internal): np.errstate each time
    _ERROR_STATE = None


def _solve_raising(a: FloatArray, b: FloatArray) -> FloatArray:
    """``_solve1`` where a singular system raises LinAlgError, as in np.linalg.solve."""
    if _ERROR_STATE is None:
        with np.errstate(**_SINGULAR):
            return np.asarray(_solve1(a, b, signature="dd->d"), dtype=np.float64)
    token = _ERROR_STATE.set(_SINGULAR_STATE)
    try:
        solved: FloatArray = _solve1(a, b, signature="dd->d")
        return solved
    finally:
        _ERROR_STATE.reset(token)


def _inv_raising(a: FloatArray) -> FloatArray:
    """``_inv`` where a singular matrix raises LinAlgError, as in np.linalg.inv."""
    if _ERROR_STATE is None:
        with np.errstate(**_SINGULAR):
            return np.asarray(_inv(a, signature="d->d"), dtype=np.float64)
    token = _ERROR_STATE.set(_SINGULAR_STATE)
    try:
        inverse: FloatArray = _inv(a, signature="d->d")
        return inverse
    finally:
        _ERROR_STATE.reset(token)


# np.clip's ufunc without its Python wrapper on numpy 2 (the wrapper itself on 1.x).
_clip = np._core.umath.clip if hasattr(np, "_core") else np.clip


def _poisson_deviance(
    y: FloatArray,
    mu: FloatArray,
    w: FloatArray | None = None,
    positive: BoolArray | None = None,
    resid: FloatArray | None = None,
    ratio: FloatArray | None = None,
) -> float:
    """Poisson deviance; ``w`` None: unit weights. The caller may pass ``positive``
    (``y > 0``), ``resid`` (``y - mu``) and ``ratio`` (a buffer of ones where ``y`` is 0)."""
    if positive is None:
        positive = y > 0
    if resid is None:
        resid = y - mu
    if ratio is None:
        ratio = np.ones_like(y)
    # log(1) = 0 where y = 0: the 0 · log 0 = 0 convention without a NaN to mask.
    np.divide(y, mu, out=ratio, where=positive)
    dev = y * np.log(ratio) - resid
    return 2.0 * float(np.add.reduce(dev if w is None else w * dev))


def _hat_values(x: FloatArray, fit: GlmFit, weights: FloatArray) -> FloatArray:
    w = weights * fit.mu
    xw = x * np.sqrt(w)[:, None]
    return np.asarray(np.einsum("ij,jk,ik->i", xw, fit.xtwx_inv, xw), dtype=np.float64)


def anscombe_residuals(x: FloatArray, y: FloatArray, fit: GlmFit, phi: float) -> FloatArray:
    """Standardised Anscombe residuals (what Farrington uses to spot past outbreaks)."""
    mu = fit.mu
    a = 1.5 * (np.power(y, 2 / 3) * np.power(mu, -1 / 6) - np.sqrt(mu))
    h = _hat_values(x, fit, np.ones_like(y))
    return np.asarray(a / np.sqrt(phi * np.maximum(1 - h, 1e-12)), dtype=np.float64)


def refit_downweighted(x: FloatArray, y: FloatArray, first: GlmFit, threshold: float) -> GlmFit:
    """Farrington's second fit: ``first`` refitted with past outbreaks down-weighted.

    With no residual above ``threshold`` every weight is exactly 1.0 (n / n), and a fit with
    unit weights computes the same floats as the unweighted one (1.0 · mu is mu, 1.0 · d
    is d): ``first`` is returned instead of repeating it (most fits, half their cost).
    """
    residuals = anscombe_residuals(x, y, first, max(first.dispersion, 1.0))
    if not np.greater(residuals, threshold).any():
        return first
    return fit_quasipoisson(x, y, outbreak_weights(residuals, threshold))


def outbreak_weights(residuals: FloatArray, threshold: float) -> FloatArray:
    """Farrington's weights: residual ``s > threshold`` → weight ∝ s⁻², rescaled to sum n."""
    high = residuals > threshold
    raw = np.where(high, np.power(np.where(high, residuals, 1.0), -2.0), 1.0)
    gamma = len(residuals) / float(np.sum(raw))
    return np.asarray(gamma * raw, dtype=np.float64)


# --------------------------------------------------------------------------- Farrington


@dataclass(frozen=True, slots=True)
class FarringtonParams:
    """``surveillance::farringtonFlexible`` controls (defaults: Noufaily et al. 2013)."""

    freq: int = 52  # periods per season cycle (52 weeks a year; 7 days a week)
    b: int = 5  # cycles back
    w: int = 3  # half-width of the window around the same period in past cycles
    no_periods: int = 10  # seasonal factor levels
    past_excluded: int = 26  # recent periods left out of the fit (a running outbreak)
    alpha: float = 0.01
    weights_threshold: float = 2.58
    p_trend: float = 1.0  # keep the trend when its p-value is below this (1: always)
    limit54: tuple[int, int] = (5, 4)  # alarm only with ≥ 5 cases in the last 4 periods

    @property
    def history(self) -> int:
        """Periods needed before the first decision."""
        return self.freq * self.b + self.w


@dataclass(frozen=True, slots=True)
class FarringtonBaseline:
    """The fitted expectation for period ``t`` and what the threshold is built from."""

    expected: float
    phi: float

    def upper(self, alpha: float, periods: int = 1) -> int:
        """Upper ``1 - alpha`` quantile of the sum over ``periods`` periods like this one."""
        return overdispersed_quantile(1 - alpha, self.expected * periods, self.phi)


def seasonal_blocks(t: int, params: FarringtonParams) -> dict[int, int]:
    """Period index → seasonal level (``surveillance:::blocks``): level ``no_periods`` is the
    window around ``t`` in past cycles, the gaps between are cut into the other levels."""
    p, w, freq = params.no_periods, params.w, params.freq
    refs = [t - freq * i for i in range(params.b + 1)]
    levels: dict[int, int] = {i: p for i in range(t - w, t + 1)}
    for i in range(1, params.b + 1):
        ref = refs[i]
        for j in range(ref - w, ref + w + 1):
            levels[j] = p
        if p != 1:
            gap = refs[i - 1] - 2 * w - 1 - ref
            if gap < p - (2 * w + 1):
                raise ValueError("too many seasonal levels for this cycle length")
            size, rest = divmod(gap, p - 1)
            start = ref + w + 1
            for level in range(1, p):
                length = size + (1 if level <= rest else 0)
                for j in range(start, start + length):
                    levels[j] = level
                start += length
    return levels


_Design = tuple[FloatArray, FloatArray]


@lru_cache(maxsize=256)
def _designs(t: int, params: FarringtonParams) -> tuple[list[int], _Design, _Design] | None:
    """Rows used, and the (design, prediction row) with and without trend, for period ``t``.

    They depend only on ``t`` and the parameters, so they are built once and shared (the
    live detector asks for the same few shapes over and over); arrays are read-only.
    """
    levels = seasonal_blocks(t, params)
    cutoff = t - params.past_excluded
    idx = sorted(i for i in levels if 0 <= i < cutoff)
    if len(idx) < 3:
        return None
    season = [levels[i] for i in idx]
    present = sorted(set(season))
    dummies = [lv for lv in present if lv != present[0]]
    # The trend column is centred (not R's raw index): the same fit, better conditioned.
    time_col = np.array([(i - t) / params.freq for i in idx], dtype=np.float64)
    cols_season = [np.array([1.0 if s == lv else 0.0 for s in season]) for lv in dummies]
    x0_season = [1.0 if params.no_periods == lv else 0.0 for lv in dummies]

    def build(trend: bool) -> _Design:
        x = np.column_stack([np.ones(len(idx)), *([time_col] if trend else []), *cols_season])
        x0 = np.array([1.0, *([0.0] if trend else []), *x0_season])
        x.setflags(write=False)
        x0.setflags(write=False)
        return x, x0

    return idx, build(True), build(False)


SMALL_FIT_ROWS = 64
"""Up to this many fitted periods the closed-form path (:func:`_small_baseline`) is used."""


def farrington_baseline(
    y: Sequence[float], t: int, params: FarringtonParams
) -> FarringtonBaseline | None:
    """The improved-Farrington expectation for period ``t``; ``None`` if the GLM fails.

    Short histories (the live detector's daily windows) take the closed-form path, which
    fits the same model without numpy's per-call overhead; it hands anything unusual (a
    level without cases, no convergence) to the general IRLS fit.
    """
    if params.p_trend >= 1.0 and params.b >= 2:  # one cycle: the slope is barely identified
        structure = _structure(t, params)
        if structure is not None and len(structure[0]) <= SMALL_FIT_ROWS:
            small = _small_baseline(y, structure, params.weights_threshold)
            if small is not None:
                return small
    return glm_baseline(y, t, params)


_Group = tuple[tuple[int, float], ...]  # (row, centred time) of the rows of one seasonal level
_Structure = tuple[tuple[int, ...], tuple[_Group, ...], int]


@lru_cache(maxsize=256)
def _structure(t: int, params: FarringtonParams) -> _Structure | None:
    """Rows fitted for period ``t``, grouped by seasonal level, and the level of ``t``."""
    levels = seasonal_blocks(t, params)
    cutoff = t - params.past_excluded
    idx = tuple(sorted(i for i in levels if 0 <= i < cutoff))
    if len(idx) < 3:
        return None
    groups: dict[int, list[tuple[int, float]]] = {}
    for row, i in enumerate(idx):
        groups.setdefault(levels[i], []).append((row, (i - t) / params.freq))
    present = sorted(groups)
    if params.no_periods not in groups:
        return None
    return idx, tuple(tuple(groups[lv]) for lv in present), present.index(params.no_periods)


def _level_fit(
    y: list[float], w: list[float], groups: tuple[_Group, ...], trend: bool, b: float = 0.0
) -> tuple[float, list[float], list[float]] | None:
    """Weighted Poisson fit of log mu = a_level (+ b·time): the Farrington GLM's design.

    For a given slope each level's intercept has a closed form (its weighted count over its
    weighted exp(b·time)), so only the slope needs Newton steps on the profile likelihood:
    the same maximum as IRLS on the dummy-coded design. Returns (slope, per-level scale,
    fitted means) or ``None`` when it does not converge.
    """
    totals = [sum([w[r] * y[r] for r, _ in g]) for g in groups]
    if trend:
        target = sum([w[r] * y[r] * tt for g in groups for r, tt in g])
        exp = math.exp
        for step_no in range(60):
            slope = target
            curvature = 0.0
            for g, total in zip(groups, totals, strict=True):
                e0 = e1 = e2 = 0.0
                for r, tt in g:
                    e = w[r] * exp(b * tt)
                    e0 += e
                    e1 += e * tt
                    e2 += e * tt * tt
                slope -= total * e1 / e0
                curvature -= total * (e2 * e0 - e1 * e1) / (e0 * e0)
            if curvature >= 0 or not math.isfinite(slope):
                return None
            step = slope / curvature
            b -= step
            if abs(step) <= 1e-11 * (1.0 + abs(b)):
                break
            if step_no == 59 or abs(b) > 50:
                return None
    scales: list[float] = []
    mu = [0.0] * len(y)
    for g, total in zip(groups, totals, strict=True):
        e0 = sum([w[r] * math.exp(b * tt) for r, tt in g]) if trend else sum([w[r] for r, _ in g])
        scale = total / e0
        scales.append(scale)
        for r, tt in g:
            mu[r] = scale * math.exp(b * tt) if trend else scale
    return b, scales, mu


def _small_baseline(
    y: Sequence[float], structure: _Structure, weights_threshold: float
) -> FarringtonBaseline | None:
    """:func:`glm_baseline` for short histories, in closed form (see :func:`_level_fit`)."""
    idx, groups, target = structure
    resp = [float(y[i]) for i in idx]
    if any(sum([resp[r] for r, _ in g]) <= 0 for g in groups):
        return None  # a level without cases: its mean is 0, left to the general fit
    n = len(resp)
    ones = [1.0] * n

    def pearson(mu: list[float], w: list[float], p: int) -> float:
        return sum([wi * (yi - m) ** 2 / m for yi, m, wi in zip(resp, mu, w, strict=True)]) / max(
            1, n - p
        )

    def fit(trend: bool) -> tuple[float, float] | None:
        p = len(groups) + (1 if trend else 0)
        first = _level_fit(resp, ones, groups, trend)
        if first is None:
            return None
        b, _scales, mu = first
        phi = max(pearson(mu, ones, p), 1.0)
        # Hat values of the level + slope design in closed form (Schur complement).
        hat = [0.0] * n
        moments = []
        for g in groups:
            s0 = sum([mu[r] for r, _ in g])
            s1 = sum([mu[r] * tt for r, tt in g]) if trend else 0.0
            moments.append((s0, s1))
        schur = 0.0
        if trend:
            s2 = sum([mu[r] * tt * tt for g in groups for r, tt in g])
            schur = s2 - sum([s1 * s1 / s0 for s0, s1 in moments])
            if schur <= 0:
                return None
        for g, (s0, s1) in zip(groups, moments, strict=True):
            for r, tt in g:
                extra = (tt - s1 / s0) ** 2 / schur if trend else 0.0
                hat[r] = mu[r] * (1.0 / s0 + extra)
        raw = []
        for yi, m, h in zip(resp, mu, hat, strict=True):
            a = 1.5 * (yi ** (2 / 3) * m ** (-1 / 6) - math.sqrt(m))
            s = a / math.sqrt(phi * max(1 - h, 1e-12))
            raw.append(s**-2 if s > weights_threshold else 1.0)
        gamma = n / sum(raw)
        weights = [gamma * r for r in raw]
        second = _level_fit(resp, weights, groups, trend, b)
        if second is None:
            return None
        _b, scales, mu2 = second
        return scales[target], max(pearson(mu2, weights, p), 1.0)

    result = fit(True)
    if result is None or result[0] > max(resp):
        result = fit(False)  # the trend would extrapolate above anything seen: drop it
        if result is None:
            return None
    return FarringtonBaseline(result[0], result[1])


def glm_baseline(y: Sequence[float], t: int, params: FarringtonParams) -> FarringtonBaseline | None:
    """:func:`farrington_baseline` by IRLS on the dummy-coded design (any history length)."""
    designs = _designs(t, params)
    if designs is None:
        return None
    idx = designs[0]
    resp = np.array([y[i] for i in idx], dtype=np.float64)

    def design(trend: bool) -> tuple[FloatArray, FloatArray]:
        return designs[1] if trend else designs[2]

    def fit(trend: bool) -> tuple[GlmFit, FloatArray, FloatArray, float] | None:
        x, x0 = design(trend)
        first = fit_quasipoisson(x, resp)
        if not first.converged:
            return None
        second = refit_downweighted(x, resp, first, params.weights_threshold)
        return second, x, x0, max(second.dispersion, 1.0)

    result = fit(True)
    if result is None:
        result = fit(False)
        if result is None:
            return None
    else:
        model, _x, x0, _phi = result
        expected = math.exp(min(700.0, float(x0 @ model.coef)))
        keep = expected <= float(resp.max())
        if keep and params.p_trend < 1.0:
            se = math.sqrt(max(0.0, model.dispersion * float(model.xtwx_inv[1, 1])))
            # df is in the hundreds: the normal approximates Student's t closely.
            p_value = 2 * (1 - _NORMAL.cdf(abs(float(model.coef[1])) / se)) if se > 0 else 0.0
            keep = p_value < params.p_trend
        if not keep:
            result = fit(False)
            if result is None:
                return None
    model, _x, x0, phi = result
    expected = math.exp(min(700.0, float(x0 @ model.coef)))
    return FarringtonBaseline(expected, phi)


def farrington_flexible(
    y: Sequence[float], t: int, params: FarringtonParams | None = None
) -> Decision | None:
    """``surveillance::farringtonFlexible`` with the Noufaily threshold (``nbPlugin``)."""
    params = params or FarringtonParams()
    base = farrington_baseline(y, t, params)
    if base is None:
        return None
    observed = y[t]
    upper = base.upper(params.alpha)
    cases, span = params.limit54
    enough = sum(y[max(0, t - span + 1) : t + 1]) >= cases
    score = _ratio(observed - base.expected, upper - base.expected)
    alarm = enough and score > 1 and observed != 0
    return Decision(base.expected, float(upper), alarm, score, "farrington_flexible")


@dataclass(frozen=True, slots=True)
class EarlyParams:
    """``early_farrington``: improved-Farrington baseline, two horizons, no 5-in-4 gate.

    Chosen on 630 fresh series from R (``bench/detect_simulate.R``, seeds 11-13), not on the
    shared sample: the largest POD whose FPR stays below 1 % on every seed (0.65 / 0.89 /
    0.95 %; the previous 13 weeks excluded and 0.005 / 0.005 reached 1.11-1.16 % on two).
    """

    farrington: FarringtonParams = FarringtonParams(past_excluded=6, limit54=(0, 4))
    alpha_one: float = 0.003  # the current period alone
    alpha_two: float = 0.005  # the sum of the current and the previous period
    min_count: int = 1  # never alarm on fewer cases in the tested horizon


def early_farrington(
    y: Sequence[float], t: int, params: EarlyParams | None = None
) -> Decision | None:
    """Alarm when the period, or the last two periods together, exceed their NB bound."""
    params = params or EarlyParams()
    base = farrington_baseline(y, t, params.farrington)
    if base is None:
        return None
    one = y[t]
    upper_one = base.upper(params.alpha_one)
    two = y[t] + (y[t - 1] if t > 0 else 0)
    upper_two = base.upper(params.alpha_two, 2)
    score_one = _ratio(one, upper_one)
    score_two = _ratio(two, upper_two)
    # Both tests are about *this* period: it must be above its expectation, so that the
    # tail of an outbreak that has ended does not keep the two-period sum alarming.
    current = one > base.expected and one >= params.min_count
    alarm_one = current and one > upper_one
    alarm_two = current and two > upper_two
    score = max(score_one, score_two)
    return Decision(
        base.expected, float(upper_one), alarm_one or alarm_two, score, "early_farrington"
    )


# --------------------------------------------------------------------------- NB CUSUM


@dataclass(frozen=True, slots=True)
class HarmonicParams:
    """A log-linear GLM with trend and ``harmonics`` sine/cosine pairs per ``freq`` periods."""

    freq: int = 52  # periods per season cycle
    cycles: int = 5  # cycles of history fitted
    harmonics: int = 2
    past_excluded: int = 1  # periods before ``t`` left out of the fit (a running outbreak)
    weights_threshold: float = 2.58  # Anscombe residual above which a period is down-weighted

    @property
    def min_history(self) -> int:
        """Fitted periods needed: a full cycle, so the seasonal terms are identified."""
        return max(self.freq, 2 * self.harmonics + 3)


@dataclass(frozen=True, slots=True)
class HarmonicBaseline:
    """Expectations for the last periods up to ``t`` (oldest first) and the dispersion."""

    expected: tuple[float, ...]
    phi: float


@lru_cache(maxsize=256)
def _harmonic_design(
    rows: int, ahead: int, phase: int, trend: bool, params: HarmonicParams
) -> tuple[FloatArray, FloatArray]:
    """Design of ``rows`` fitted periods, and of the ``ahead`` periods ending at ``t``.

    Time is centred on ``t`` and the season is the phase of each period in its cycle, so
    the matrices depend only on the shape: built once, shared, read-only.
    """
    last = rows + params.past_excluded  # t sits at offset ``last`` from the first row
    offsets = np.arange(last + 1, dtype=np.float64)
    cols = [np.ones_like(offsets)]
    if trend:
        cols.append((offsets - last) / params.freq)
    harmonics = min(params.harmonics, (params.freq - 1) // 2)
    angle = 2 * math.pi * (offsets + phase - last) / params.freq
    for j in range(1, harmonics + 1):
        cols.extend((np.cos(j * angle), np.sin(j * angle)))
    full = np.column_stack(cols)
    x, x_ahead = full[:rows].copy(), full[last - ahead + 1 :].copy()
    x.setflags(write=False)
    x_ahead.setflags(write=False)
    return x, x_ahead


def harmonic_baseline(
    y: Sequence[float], t: int, params: HarmonicParams | None = None, periods: int = 1
) -> HarmonicBaseline | None:
    """Expected counts for periods ``t - periods + 1 .. t`` from a harmonic GLM on the past.

    Quasi-Poisson with trend and seasonal harmonics, fitted on up to ``cycles`` cycles
    ending ``past_excluded + 1`` periods before ``t``, refitted with past outbreaks
    down-weighted by their Anscombe residuals (as Farrington). The trend is dropped when it
    would extrapolate above every count seen. ``None``: too little history or no fit.
    """
    params = params or HarmonicParams()
    end = t - params.past_excluded
    start = max(0, end - params.cycles * params.freq)
    if end - start < params.min_history or periods > t + 1:
        return None
    resp = np.array(y[start:end], dtype=np.float64)
    if not resp.any():
        return HarmonicBaseline((0.0,) * periods, 1.0)
    phase = t % params.freq
    for trend in (True, False):
        x, x_ahead = _harmonic_design(end - start, periods, phase, trend, params)
        first = fit_quasipoisson(x, resp)
        if not first.converged:
            continue
        second = refit_downweighted(x, resp, first, params.weights_threshold)
        if not second.converged:
            continue
        expected = np.exp(np.minimum(x_ahead @ second.coef, 700.0))
        if trend and float(expected[-1]) > float(np.maximum.reduce(resp)):
            continue
        return HarmonicBaseline(tuple(expected.tolist()), max(second.dispersion, 1.0))
    return None


@dataclass(frozen=True, slots=True)
class EarlyHarmonicParams:
    """The harmonic baseline tested like :class:`EarlyParams`: the period and the last two.

    Chosen on fresh R samples (``bench/detect_simulate.R``, seeds 11-14 and 21-27), never on
    the shared one: FPR 0.81 % and POD 0.565 averaged over the seeds (the Farrington-baseline
    ``early_farrington`` 0.80 % / 0.53). The live ``detect.method="harmonic"`` uses this rule.
    """

    baseline: HarmonicParams = HarmonicParams()
    alpha_one: float = 0.0005  # the current period alone (a sharp one-period spike)
    alpha_two: float = 0.007  # the sum of the current and the previous period
    min_count: int = 1  # never alarm on fewer cases in the current period


def early_harmonic(
    y: Sequence[float], t: int, params: EarlyHarmonicParams | None = None
) -> Decision | None:
    """Alarm when the period, or the last two together, exceed their NB bound (harmonic GLM).

    Outbreaks spread over about two periods (reporting delays), so the two-period sum is the
    main test; the period must itself be above its expectation, so that the tail of an
    outbreak that has ended does not keep the sum alarming.
    """
    params = params or EarlyHarmonicParams()
    base = harmonic_baseline(y, t, params.baseline)
    if base is None:
        return None
    expected, phi = base.expected[-1], base.phi
    one = y[t]
    two = one + (y[t - 1] if t > 0 else 0)
    upper_one = overdispersed_quantile(1 - params.alpha_one, expected, phi)
    upper_two = overdispersed_quantile(1 - params.alpha_two, 2 * expected, phi)
    current = one > expected and one >= params.min_count
    alarm = current and (one > upper_one or two > upper_two)
    score = max(_ratio(one, upper_one), _ratio(two, upper_two))
    return Decision(expected, float(upper_one), alarm, score, "early_harmonic")


@dataclass(frozen=True, slots=True)
class NbCusumParams:
    """The default detector: a CUSUM of negative-binomial log-likelihood ratios.

    Where fewer than ``sparse_below`` cases are expected in a period, its expectation rests
    on few cases and is uncertain (on the R seeds the sd of log(fitted / true expectation)
    is 0.12-0.83 for the θ ≤ 0.5 series, ≤ 0.10 above; with the true expectation their FPR
    would be as low as the rest's), so that period is judged with the larger ``h_sparse``:
    the same evidence counts for less.

    Chosen on fresh R samples (``bench/detect_simulate.R``), never on the shared one: the
    largest mean POD whose FPR averages ≤ 1 % and whose FPR on the sparse series (θ ≤ 0.5)
    averages ≥ 0.1 point below R farringtonFlexible's, over 27 seeds (11-14, 21-31, 41-46,
    51-56; 5,670 series): 0.83 % / POD 0.588, sparse 0.88 % against 1.01 % (one ``h`` for
    all needs 3.6 for that, POD 0.579; ``h`` = 3.3 alone: sparse 1.19 %); on seeds 61-66,
    held out from every choice, 0.83 % / 0.589, sparse 0.86 % against 0.91 %. Per-seed
    figures and the rules tried instead are in ``docs/architecture.md``.
    """

    baseline: HarmonicParams = HarmonicParams()
    shift: float = 2.5  # the outbreak it is tuned to: expected + shift · sd per period
    h: float = 3.3  # decision interval (log-likelihood ratio)
    h_sparse: float = 3.8  # the decision interval of a period expecting < sparse_below cases
    sparse_below: float = 3.0  # expected cases per period below which h_sparse applies
    run: int = 6  # periods accumulated before ``t``; the statistic resets after each alarm

    def interval(self, expected: float) -> float:
        """The decision interval of a period with this expectation."""
        return self.h if expected >= self.sparse_below else self.h_sparse


def nb_log_likelihood_ratio(count: float, expected: float, phi: float, shift: float) -> float:
    """log P(count | outbreak) / P(count | none), variance ``phi · mean`` under both, the
    outbreak mean being ``expected + shift · sd``."""
    mean0 = max(expected, 1e-3)  # a period where nothing was ever seen still has a mean
    mean1 = mean0 + shift * math.sqrt(phi * mean0)
    if phi <= 1.0:
        return count * math.log(mean1 / mean0) - (mean1 - mean0)
    size0, size1 = mean0 / (phi - 1), mean1 / (phi - 1)
    return (
        math.lgamma(count + size1)
        - math.lgamma(size1)
        - math.lgamma(count + size0)
        + math.lgamma(size0)
        + (size1 - size0) * math.log(1 / phi)
    )


def nb_cusum(
    y: Sequence[float], t: int, params: NbCusumParams | None = None, unknown: int = 0
) -> Decision | None:
    """Alarm when the CUSUM of NB likelihood ratios over the last ``run`` periods crosses ``h``
    (``h_sparse`` in a period expecting fewer than ``sparse_below`` cases).

    A period adds evidence in proportion to how much better an outbreak explains it, so two
    or three moderately high periods add up where a single-period bound would wait; the
    statistic resets after each alarm. It is recomputed from the counts alone (no hidden
    state), with the expectations of one harmonic fit. The alarming period itself must be
    above its expectation, so the tail of an outbreak that has ended does not alarm.

    ``unknown``: the periods just before ``t`` whose counts are not known yet (the live
    detector's window straddles them); they carry the statistic over unchanged.
    """
    params = params or NbCusumParams()
    run = min(params.run, t + 1)
    base = harmonic_baseline(y, t, params.baseline, run)
    if base is None:
        return None
    phi, shift = base.phi, params.shift
    stat = before = 0.0
    alarm = False
    for at, expected in zip(range(t - run + 1, t + 1), base.expected, strict=True):
        if t - unknown <= at < t:
            continue
        before = stat
        stat = max(0.0, stat + nb_log_likelihood_ratio(y[at], expected, phi, shift))
        alarm = stat > params.interval(expected) and y[at] >= 1 and y[at] > expected
        if alarm and at < t:
            stat = 0.0
    expected = base.expected[-1]
    h = params.interval(expected)

    # The smallest count that alarms now, given the evidence carried in from before.
    def alarms_at(count: int) -> bool:
        return before + nb_log_likelihood_ratio(count, expected, phi, shift) > h

    low = max(1, math.floor(expected) + 1)  # the count must also exceed the expectation
    high = low
    while not alarms_at(high):  # the ratio grows with the count: double, then bisect
        low, high = high + 1, 2 * high
    while low < high:
        mid = (low + high) // 2
        low, high = (low, mid) if alarms_at(mid) else (mid + 1, high)
    upper = high
    return Decision(expected, float(upper), alarm, stat / h, "nb_cusum")


# --------------------------------------------------------------------------- CUSUM, ACLED


@dataclass(frozen=True, slots=True)
class CusumParams:
    baseline: int = 52  # periods the reference mean and sd come from
    guard: int = 4  # recent periods left out of the reference
    k: float = 0.5  # allowance in standard deviations
    h: float = 4.0  # decision interval
    run: int = 26  # periods the statistic is accumulated over before ``t``


def cusum(y: Sequence[float], t: int, params: CusumParams | None = None) -> Decision:
    """One-sided CUSUM of standardised counts, reset to zero after each alarm.

    Recomputed over the last ``run`` periods from the counts alone (no hidden state), so
    it gives the same answer whenever and however often it is asked.
    """
    params = params or CusumParams()
    stat = 0.0
    alarm = False
    mean = sd = 0.0
    for at in range(max(params.baseline + params.guard, t - params.run), t + 1):
        ref = y[at - params.guard - params.baseline : at - params.guard]
        mean, sd = _mean_sd(ref)
        sd = max(sd, math.sqrt(max(mean, 0.25)))  # Poisson floor: a flat history is not exact
        stat = max(0.0, stat + (y[at] - mean) / sd - params.k)
        alarm = stat > params.h
        if alarm and at < t:
            stat = 0.0
    upper = mean + sd * (params.h + params.k)
    return Decision(mean, upper, alarm, stat / params.h, "cusum")


@dataclass(frozen=True, slots=True)
class SurgeParams:
    periods: int = 4  # the past-4-week mean
    increase: float = 1.0  # ≥ 100 % over it
    floor: float = 3.0  # and at least this many cases


def acled_surge(y: Sequence[float], t: int, params: SurgeParams | None = None) -> Decision:
    """ACLED's surge rule: at least double the past-periods mean, and at least ``floor``."""
    params = params or SurgeParams()
    past = y[max(0, t - params.periods) : t]
    mean = sum(past) / len(past) if past else 0.0
    upper = max(mean * (1 + params.increase), params.floor)
    return Decision(mean, upper, y[t] >= upper, _ratio(y[t], upper), "acled_surge")
