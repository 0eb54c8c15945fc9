"""The default detector's fit compiled with numba: :func:`methods.nb_cusum` in ~13 µs.

:func:`compiled_nb_cusum` takes the arguments of :func:`~earlywarn.detect.methods.nb_cusum`
and returns the same :class:`~earlywarn.detect.methods.Decision`. It runs the same algorithm
in one compiled call: the harmonic quasi-Poisson GLM by IRLS (R's start, 25 iterations, the
same deviance test), the Anscombe-residual refit, the trend check, the NB CUSUM and the
bisection for the bound. numpy's per-call overhead on ~28-point designs was ~90 % of a fit.

The floats are not bit-identical: numpy's products go through BLAS/LAPACK, whose summation
order is the library's. Sums over rows are numpy's pairwise summation (those are the ones
large enough for the order to show), so expectations agree to ~1e-15 on well-conditioned
fits (up to ~1e-2 on sparse, ill-conditioned ones, where they are tiny). A float difference
can still flip a yes/no that sits on an edge, so every comparison the algorithm makes on a
float (deviance convergence, residual above the weight threshold, trend above the largest
count, sparse expectation, CUSUM over its interval, count over the expectation, the bound's
bisection) is checked for a margin of :data:`EDGE_REL`, widened by the fit's condition
number (:data:`COND_ERROR`); a comparison within it, a system conditioned worse than
:data:`COND_LIMIT` or singular, a non-finite float or a fit that does not converge sends the
input to ``methods.nb_cusum`` itself. That test depends on the input alone, so an input
always takes the same path, and thresholds and alarms equal numpy's on every input
(``tests/unit/detect/test_nbfit.py``, ``bench/nbfit.py``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast

import numpy as np
from numba import njit

from earlywarn.detect.methods import (
    Decision,
    FloatArray,
    HarmonicParams,
    NbCusumParams,
    _harmonic_design,
    nb_cusum,
)

EDGE_REL = 1e-9
"""A float comparison closer than this (relative) is an edge: the numpy path decides it.
The compiled floats differ from numpy's by ≤ ~1e-11 relative on well-conditioned fits."""

COND_ERROR = 3e-13
"""Relative error assumed per unit of XᵀWX's (1-norm) condition number, where that exceeds
``EDGE_REL / COND_ERROR``. Sparse series whose fit drives some periods' mean towards 0 leave
directions the data barely determine (condition 1e8-1e15): on 20,000 random daily histories
the expectations then differed from numpy's by ≤ 4e-15 × the condition number below 1e13
(≤ 4e-14 × above), and the edges widen to match (70× that margin)."""

CONVERGENCE_BAND = 1e-11
"""The deviance test (criterion < 1e-8) is an edge within this of 1e-8 (absolute)."""

COND_LIMIT = 1e13
"""1-norm condition number of XᵀWX above which the fit is degenerate: the numpy path."""

OK = 0
"""Kernel status: the decision is the compiled one."""
EDGE = 1
"""Kernel status: an edge case, singular or non-finite: decide with numpy."""
_ALL_ZERO = 2  # nothing in the fitted history: expectations 0 (numpy's shortcut)

_MAX_ITER = 25
_CONVERGED = 1e-8

_F = TypeVar("_F", bound=Callable[..., Any])


def _compiled(func: _F) -> _F:
    """``numba.njit`` cached on disk, keeping the Python signature for the type checker."""
    return cast(_F, njit(cache=True)(func))


@_compiled
def _pairwise_block(a: Any, lo: int, n: int) -> float:
    """numpy's pairwise summation of ``a[lo : lo + n]`` for ``n`` ≤ 128 (8 accumulators)."""
    if n < 8:
        res: float = -0.0
        for i in range(lo, lo + n):
            res += a[i]
        return res
    r0, r1, r2, r3 = a[lo], a[lo + 1], a[lo + 2], a[lo + 3]
    r4, r5, r6, r7 = a[lo + 4], a[lo + 5], a[lo + 6], a[lo + 7]
    i = 8
    while i < n - (n % 8):
        r0 += a[lo + i]
        r1 += a[lo + i + 1]
        r2 += a[lo + i + 2]
        r3 += a[lo + i + 3]
        r4 += a[lo + i + 4]
        r5 += a[lo + i + 5]
        r6 += a[lo + i + 6]
        r7 += a[lo + i + 7]
        i += 8
    res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
    while i < n:
        res += a[lo + i]
        i += 1
    return res


@_compiled
def _pairwise_sum(a: Any, lo: int, n: int) -> float:
    """numpy's pairwise summation of ``a[lo : lo + n]`` (``add.reduce`` floats): above 128
    the two halves (the first a multiple of 8) summed apart, then added. The recursion runs
    on an explicit stack: numba's on-disk cache does not reload recursive functions safely."""
    if n <= 128:
        return _pairwise_block(a, lo, n)
    starts = np.empty(64, dtype=np.int64)
    sizes = np.empty(64, dtype=np.int64)
    stages = np.zeros(64, dtype=np.int64)  # 0: sum the first half; 1: the second; 2: add
    firsts = np.empty(64)
    starts[0], sizes[0], depth = lo, n, 1
    value = 0.0  # what the frame last popped returned
    while depth > 0:
        k = depth - 1
        if sizes[k] <= 128:
            value = _pairwise_block(a, starts[k], sizes[k])
            depth -= 1
            continue
        half = sizes[k] // 2
        half -= half % 8
        if stages[k] == 0:
            stages[k] = 1
            starts[depth], sizes[depth], stages[depth] = starts[k], half, 0
            depth += 1
        elif stages[k] == 1:
            firsts[k] = value
            stages[k] = 2
            starts[depth], sizes[depth], stages[depth] = starts[k] + half, sizes[k] - half, 0
            depth += 1
        else:
            value = float(firsts[k]) + value
            depth -= 1
    return value


@_compiled
def _reduce(a: Any, n: int) -> float:
    """``np.add.reduce(a[:n])``: the identity 0.0 plus the pairwise sum."""
    return 0.0 + _pairwise_sum(a, 0, n)


@_compiled
def _edge(value: float, exact: float, tolerance: float) -> bool:
    """Whether ``value``, as far from numpy's as ``tolerance`` (relative) allows, could fall
    on the other side of ``exact`` (a constant or a count) than numpy's."""
    return abs(value - exact) <= tolerance * abs(value) + EDGE_REL * abs(exact)


@_compiled
def _stat_edge(stat: float, error: float, interval: float) -> bool:
    """Whether a statistic known to within ``error`` could cross ``interval`` differently."""
    return abs(stat - interval) <= error + EDGE_REL * max(abs(stat), interval)


@_compiled
def _solve(a: Any, b: Any, p: int, out: Any, inv: Any, want_inv: bool) -> bool:
    """LU with partial pivoting on ``a`` (p×p, left intact): ``out`` = a⁻¹b, and ``inv`` = a⁻¹
    if ``want_inv``. False when a pivot is exactly 0 (numpy raises LinAlgError there)."""
    m = np.empty((p, p))
    cols = p + 1 if want_inv else 1
    rhs = np.zeros((p, cols))
    for i in range(p):
        for j in range(p):
            m[i, j] = a[i, j]
        rhs[i, 0] = b[i]
        if want_inv:
            rhs[i, i + 1] = 1.0
    for k in range(p):
        piv = k
        best = abs(m[k, k])
        for i in range(k + 1, p):
            if abs(m[i, k]) > best:
                best = abs(m[i, k])
                piv = i
        if best == 0.0:
            return False
        if piv != k:
            for j in range(p):
                m[k, j], m[piv, j] = m[piv, j], m[k, j]
            for j in range(cols):
                rhs[k, j], rhs[piv, j] = rhs[piv, j], rhs[k, j]
        reciprocal = 1.0 / m[k, k]  # LAPACK's dgetf2 scales by the reciprocal too
        for i in range(k + 1, p):
            f = m[i, k] * reciprocal
            for j in range(k + 1, p):
                m[i, j] -= f * m[k, j]
            for j in range(cols):
                rhs[i, j] -= f * rhs[k, j]
    for j in range(cols):
        for i in range(p - 1, -1, -1):
            s = rhs[i, j]
            for q in range(i + 1, p):
                s -= m[i, q] * rhs[q, j]
            rhs[i, j] = s / m[i, i]
    for i in range(p):
        out[i] = rhs[i, 0]
        if want_inv:
            for j in range(p):
                inv[i, j] = rhs[i, j + 1]
    return True


@_compiled
def _normal_equations(
    x: Any, w: Any, z: Any, n: int, p: int, xw: Any, xtwx: Any, xtwz: Any
) -> None:
    """XᵀWX and XᵀWz, each product formed as numpy's ``(xt * w) @ ...`` forms it; XᵀWX is
    symmetric, so its lower half is the upper one's mirror. Rows outermost: every entry is
    still summed in row order, but the p(p+1)/2 + p sums advance together (no one long chain
    of dependent additions)."""
    for a in range(p):
        xtwz[a] = 0.0
        for b in range(a, p):
            xtwx[a, b] = 0.0
    for i in range(n):
        for a in range(p):
            xw[i, a] = x[i, a] * w[i]
        for a in range(p):
            left = xw[i, a]
            for b in range(a, p):
                xtwx[a, b] += left * x[i, b]
            xtwz[a] += left * z[i]
    for a in range(p):
        for b in range(a + 1, p):
            xtwx[b, a] = xtwx[a, b]


@_compiled
def _norm1(a: Any, p: int) -> float:
    best = 0.0
    for j in range(p):
        s = 0.0
        for i in range(p):
            s += abs(a[i, j])
        best = max(best, s)
    return best


@_compiled
def _fit(
    x: Any, y: Any, n: int, p: int, weights: Any, weighted: bool, coef: Any, mu: Any, xinv: Any
) -> tuple[int, float, float]:
    """``methods.fit_quasipoisson``: (status, dispersion, tolerance of comparisons on what
    follows from the fit); status OK (converged), EDGE, or -1 (did not converge in 25
    iterations, every test clear of its edge)."""
    eta = np.empty(n)
    resid = np.empty(n)
    ratio = np.ones(n)
    z = np.empty(n)
    w = np.empty(n)
    terms = np.empty(n)
    for i in range(n):
        mu[i] = y[i] + 0.1
        eta[i] = math.log(mu[i])
        resid[i] = y[i] - mu[i]
    xw = np.empty((n, p))
    xtwx = np.empty((p, p))
    xtwz = np.empty(p)
    dev_old = np.inf
    converged = False
    for _ in range(_MAX_ITER):
        for i in range(n):
            z[i] = eta[i] + resid[i] / mu[i]
            w[i] = weights[i] * mu[i] if weighted else mu[i]
        _normal_equations(x, w, z, n, p, xw, xtwx, xtwz)
        if not _solve(xtwx, xtwz, p, coef, xinv, False):
            return EDGE, 1.0, 1.0  # numpy would try lstsq
        for i in range(n):
            e = 0.0
            for j in range(p):
                e += x[i, j] * coef[j]
            e = min(max(e, -30.0), 700.0)
            eta[i] = e
            mu[i] = math.exp(e)
            resid[i] = y[i] - mu[i]
            if y[i] > 0:
                ratio[i] = y[i] / mu[i]
                d = y[i] * math.log(ratio[i]) - resid[i]
            else:  # numpy's 0 · log(1) - resid, without the log call
                d = 0.0 - resid[i]
            terms[i] = weights[i] * d if weighted else d
        dev = 2.0 * _reduce(terms, n)
        if not math.isfinite(dev):
            return EDGE, 1.0, 1.0
        criterion = abs(dev - dev_old) / (abs(dev) + 0.1)
        if abs(criterion - _CONVERGED) <= CONVERGENCE_BAND:
            return EDGE, 1.0, 1.0
        if criterion < _CONVERGED:
            converged = True
            break
        dev_old = dev
    if not converged:
        return -1, 1.0, 1.0
    for i in range(n):
        w[i] = weights[i] * mu[i] if weighted else mu[i]
    _normal_equations(x, w, z, n, p, xw, xtwx, xtwz)
    if not _solve(xtwx, xtwz, p, z, xinv, True):
        return EDGE, 1.0, 1.0  # numpy would take the pseudo-inverse
    cond = _norm1(xtwx, p) * _norm1(xinv, p)
    if not cond < COND_LIMIT:  # also NaN
        return EDGE, 1.0, 1.0
    for i in range(n):
        terms[i] = weights[i] * resid[i] ** 2 / mu[i] if weighted else resid[i] ** 2 / mu[i]
    dispersion = _reduce(terms, n) / max(1, n - p)
    if not math.isfinite(dispersion):
        return EDGE, 1.0, 1.0
    return OK, dispersion, max(EDGE_REL, cond * COND_ERROR)


@_compiled
def _llr(count: float, expected: float, phi: float, shift: float) -> float:
    """``methods.nb_log_likelihood_ratio``."""
    mean0 = max(expected, 1e-3)
    mean1 = mean0 + shift * math.sqrt(phi * mean0)
    if phi <= 1.0:
        return count * math.log(mean1 / mean0) - (mean1 - mean0)
    size0 = mean0 / (phi - 1)
    size1 = mean1 / (phi - 1)
    return (
        math.lgamma(count + size1)
        - math.lgamma(size1)
        - math.lgamma(count + size0)
        + math.lgamma(size0)
        + (size1 - size0) * math.log(1 / phi)
    )


@_compiled
def _llr_error(
    count: float, expected: float, dispersion: float, shift: float, tolerance: float
) -> float:
    """How far numpy's log-likelihood ratio may be from ours when ``expected`` and the
    ``dispersion`` are known to ``tolerance`` (relative): twice the largest change over the
    corners of that box (0 where the floors make both exact)."""
    if tolerance <= EDGE_REL:
        return 0.0  # well-conditioned: the statistic's own edge covers it
    central = _llr(count, expected, max(dispersion, 1.0), shift)
    worst = 0.0
    for ex_factor in (1.0 - tolerance, 1.0 + tolerance):
        for phi_factor in (1.0 - tolerance, 1.0 + tolerance):
            phi = max(dispersion * phi_factor, 1.0)
            worst = max(worst, abs(_llr(count, expected * ex_factor, phi, shift) - central))
    return 2.0 * worst


@_compiled
def _harmonic_expectations(
    y: Any,
    rows: int,
    x_trend: Any,
    ahead_trend: Any,
    x_flat: Any,
    ahead_flat: Any,
    weights_threshold: float,
    expected: Any,
) -> tuple[int, float, float]:
    """``methods.harmonic_baseline`` on ``y[:rows]``: fills ``expected``; (status, dispersion
    (φ before its floor of 1), the relative tolerance of both)."""
    any_count = False
    largest = 0.0
    for i in range(rows):
        any_count = any_count or y[i] != 0
        largest = max(largest, y[i])
    if not any_count:
        for r in range(expected.shape[0]):
            expected[r] = 0.0
        return _ALL_ZERO, 1.0, EDGE_REL
    p_max = x_trend.shape[1]
    coef = np.empty(p_max)
    mu = np.empty(rows)
    xinv = np.empty((p_max, p_max))
    ones = np.ones(rows)
    weights = np.empty(rows)
    residuals = np.empty(rows)
    for trend in (True, False):
        x = x_trend if trend else x_flat
        x_ahead = ahead_trend if trend else ahead_flat
        p = x.shape[1]
        status, dispersion, tolerance = _fit(x, y, rows, p, ones, False, coef, mu, xinv)
        if status == EDGE:
            return EDGE, 1.0, 1.0
        if status != OK:
            continue
        # Anscombe residuals standardised by the hat values (unit prior weights).
        phi = max(dispersion, 1.0)
        high = False
        for i in range(rows):
            a = 1.5 * (y[i] ** (2.0 / 3.0) * mu[i] ** (-1.0 / 6.0) - math.sqrt(mu[i]))
            root_w = math.sqrt(mu[i])
            h = 0.0
            for j in range(p):
                for k in range(p):
                    h += (x[i, j] * root_w) * xinv[j, k] * (x[i, k] * root_w)
            r = a / math.sqrt(phi * max(1 - h, 1e-12))
            if not math.isfinite(r) or _edge(r, weights_threshold, tolerance):
                return EDGE, 1.0, 1.0
            residuals[i] = r
            high = high or r > weights_threshold
        if high:
            for i in range(rows):
                r = residuals[i]
                weights[i] = r**-2.0 if r > weights_threshold else 1.0
            gamma = rows / _reduce(weights, rows)
            for i in range(rows):
                weights[i] = gamma * weights[i]
            status, dispersion, refit_tolerance = _fit(x, y, rows, p, weights, True, coef, mu, xinv)
            tolerance = max(tolerance, refit_tolerance)
            if status == EDGE:
                return EDGE, 1.0, 1.0
            if status != OK:
                continue
        for r in range(expected.shape[0]):
            e = 0.0
            for j in range(p):
                e += x_ahead[r, j] * coef[j]
            expected[r] = math.exp(min(e, 700.0))
        last = expected[expected.shape[0] - 1]
        if trend and _edge(last, largest, tolerance):
            return EDGE, 1.0, 1.0
        if trend and last > largest:
            continue
        return OK, dispersion, tolerance
    return EDGE, 1.0, 1.0  # no fit converged: numpy returns None; let it say so


@_compiled
def nb_cusum_kernel(
    y: Any,
    rows: int,
    x_trend: Any,
    ahead_trend: Any,
    x_flat: Any,
    ahead_flat: Any,
    unknown: int,
    weights_threshold: float,
    shift: float,
    h: float,
    h_sparse: float,
    sparse_below: float,
) -> tuple[int, float, float, bool, float, float]:
    """:func:`methods.nb_cusum` on ``y``: the fitted history ``y[:rows]`` and, last, the
    ``run`` judged periods (``run`` = rows of ``ahead_trend``; the period judged is ``y[-1]``).

    The designs are ``methods._harmonic_design``'s with and without trend. Returns (status,
    expected, upper, alarm, statistic, interval); status :data:`EDGE`: ask numpy instead.
    Callable from other compiled code.
    """
    run = ahead_trend.shape[0]
    expected = np.empty(run)
    status, dispersion, tolerance = _harmonic_expectations(
        y, rows, x_trend, ahead_trend, x_flat, ahead_flat, weights_threshold, expected
    )
    if status == EDGE:
        return EDGE, 0.0, 0.0, False, 0.0, h
    phi = max(dispersion, 1.0)
    t = y.shape[0] - 1
    stat = error = 0.0  # error: how far numpy's statistic may be from ``stat``
    before = before_error = 0.0
    alarm = False
    for r in range(run):
        at = t - run + 1 + r
        if t - unknown <= at < t:
            continue
        ex = expected[r]
        if _edge(ex, sparse_below, tolerance) or (y[at] >= 1 and _edge(ex, y[at], tolerance)):
            return EDGE, 0.0, 0.0, False, 0.0, h
        interval = h if ex >= sparse_below else h_sparse
        before, before_error = stat, error
        step = stat + _llr(y[at], ex, phi, shift)
        error += _llr_error(y[at], ex, dispersion, shift, tolerance)
        if step <= 0.0:  # the floor at 0: only what may lie above it carries on
            error = max(0.0, step + error)
        stat = max(0.0, step)
        if not math.isfinite(stat) or _stat_edge(stat, error, interval):
            return EDGE, 0.0, 0.0, False, 0.0, h
        alarm = stat > interval and y[at] >= 1 and y[at] > ex
        if alarm and at < t:
            stat = error = 0.0
    ex = expected[run - 1]
    interval = h if ex >= sparse_below else h_sparse
    if not ex < 1e15:  # the bound's integers stay exact (and numpy's Python ints unbounded)
        return EDGE, 0.0, 0.0, False, 0.0, h
    if _edge(ex, float(round(ex)), tolerance) and ex >= 0.5:  # floor(ex) + 1 starts the search
        return EDGE, 0.0, 0.0, False, 0.0, h
    low = max(1, math.floor(ex) + 1)
    high = low
    while not before + _llr(high, ex, phi, shift) > interval:
        low, high = high + 1, 2 * high
    while low < high:
        mid = (low + high) // 2
        if before + _llr(mid, ex, phi, shift) > interval:
            high = mid
        else:
            low = mid + 1
    # The bound is the first count over the interval: both it and the one below clear the edge.
    for count in (high - 1, high):
        if count >= 1:
            value = before + _llr(count, ex, phi, shift)
            spread = before_error + _llr_error(count, ex, dispersion, shift, tolerance)
            if _stat_edge(value, spread, interval):
                return EDGE, 0.0, 0.0, False, 0.0, h
    return OK, ex, float(high), alarm, stat, interval


_Designs = tuple[FloatArray, FloatArray, FloatArray, FloatArray]
_designs: dict[tuple[int, int, int, int, int, int], _Designs] = {}


def _designs_for(rows: int, run: int, phase: int, params: HarmonicParams) -> _Designs:
    """``methods._harmonic_design`` with and without trend (its very floats), cached by shape."""
    key = (rows, run, phase, params.freq, params.harmonics, params.past_excluded)
    found = _designs.get(key)
    if found is None:
        x_trend, ahead_trend = _harmonic_design(rows, run, phase, True, params)
        x_flat, ahead_flat = _harmonic_design(rows, run, phase, False, params)
        found = (x_trend, ahead_trend, x_flat, ahead_flat)
        if len(_designs) < 4096:
            _designs[key] = found
    return found


def _kernel_on(
    y: Sequence[float], t: int, params: NbCusumParams, unknown: int
) -> tuple[int, float, float, bool, float, float] | None:
    """The kernel on ``y`` up to ``t``; None where ``methods.nb_cusum`` has too little history."""
    base = params.baseline
    run = min(params.run, t + 1)
    end = t - base.past_excluded
    start = max(0, end - base.cycles * base.freq)
    if end - start < base.min_history or run > t + 1:
        return None
    history = np.array(y[start : t + 1], dtype=np.float64)
    designs = _designs_for(end - start, run, t % base.freq, base)
    return nb_cusum_kernel(
        history,
        end - start,
        *designs,
        unknown,
        base.weights_threshold,
        params.shift,
        params.h,
        params.h_sparse,
        params.sparse_below,
    )


def compiled_nb_cusum(
    y: Sequence[float], t: int, params: NbCusumParams | None = None, unknown: int = 0
) -> Decision | None:
    """:func:`methods.nb_cusum` (same arguments, same decision), compiled.

    Edge cases (see the module docstring) are decided by ``methods.nb_cusum`` itself.
    """
    params = params or NbCusumParams()
    found = _kernel_on(y, t, params, unknown)
    if found is None:
        return None
    status, expected, upper, alarm, stat, interval = found
    if status == EDGE:
        return nb_cusum(y, t, params, unknown)
    return Decision(expected, upper, bool(alarm), stat / interval, "nb_cusum")


def takes_numpy_path(
    y: Sequence[float], t: int, params: NbCusumParams | None = None, unknown: int = 0
) -> bool:
    """Whether :func:`compiled_nb_cusum` hands this input to ``methods.nb_cusum``."""
    found = _kernel_on(y, t, params or NbCusumParams(), unknown)
    return found is not None and found[0] == EDGE
