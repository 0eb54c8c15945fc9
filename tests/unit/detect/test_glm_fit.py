"""The IRLS fit against the textbook one: the same floats, bit for bit (alerts carry them)."""

from __future__ import annotations

import math
import random

import numpy as np

from earlywarn.detect.methods import (
    FarringtonParams,
    FloatArray,
    GlmFit,
    HarmonicParams,
    _designs,
    _harmonic_design,
    _poisson_deviance,
    anscombe_residuals,
    fit_quasipoisson,
    outbreak_weights,
    refit_downweighted,
)


def _textbook_fit(
    x: FloatArray, y: FloatArray, weights: FloatArray | None = None, max_iter: int = 25
) -> GlmFit:
    """The IRLS as first written: numpy's public solve/inv, errstate and where per step."""
    n, p = x.shape
    w_prior = np.ones(n) if weights is None else weights
    mu = y + 0.1
    eta = np.log(mu)
    dev_old = math.inf
    converged = False
    coef = np.zeros(p)
    for _ in range(max_iter):
        z = eta + (y - mu) / mu
        w = w_prior * mu
        xtw = x.T * w
        xtwx = xtw @ x
        try:
            coef = np.asarray(np.linalg.solve(xtwx, xtw @ z), dtype=np.float64)
        except np.linalg.LinAlgError:
            try:
                coef = np.asarray(np.linalg.lstsq(xtwx, xtw @ z, rcond=None)[0], dtype=np.float64)
            except np.linalg.LinAlgError:
                break
        eta = np.clip(x @ coef, -30.0, 700.0)
        mu = np.exp(eta)
        with np.errstate(divide="ignore", invalid="ignore"):
            term = np.where(y > 0, y * np.log(y / mu), 0.0)
        dev = float(2 * np.sum(w_prior * (term - (y - mu))))
        if abs(dev - dev_old) / (abs(dev) + 0.1) < 1e-8:
            converged = True
            break
        dev_old = dev
    w = w_prior * mu
    xtwx = (x.T * w) @ x
    try:
        xtwx_inv = np.asarray(np.linalg.inv(xtwx), dtype=np.float64)
    except np.linalg.LinAlgError:
        xtwx_inv = np.asarray(np.linalg.pinv(xtwx), dtype=np.float64)
    dispersion = float(np.sum(w_prior * (y - mu) ** 2 / mu) / max(1, n - p))
    return GlmFit(coef, mu, xtwx_inv, dispersion, converged)


def _assert_same(fast: GlmFit, slow: GlmFit) -> None:
    assert fast.converged == slow.converged
    assert np.array_equal(fast.coef, slow.coef)
    assert np.array_equal(fast.mu, slow.mu)
    assert np.array_equal(fast.xtwx_inv, slow.xtwx_inv)
    assert fast.dispersion == slow.dispersion


def _counts(rng: random.Random, n: int) -> FloatArray:
    level = rng.choice([0.3, 1.0, 4.0, 20.0])
    values = [
        float(rng.choice([0, 0, 1, 2]) if level < 1 else round(rng.gammavariate(2, level)))
        for _ in range(n)
    ]
    return np.array(values, dtype=np.float64)


def test_fit_equals_textbook_irls_on_farrington_and_harmonic_designs() -> None:
    """Dummy-coded and harmonic designs, unweighted and down-weighted: identical floats."""
    rng = random.Random(6)
    designs = []
    for freq, b in ((7, 3), (7, 4), (52, 5)):
        params = FarringtonParams(
            freq=freq, b=b, w=1 if freq < 52 else 3, no_periods=3, past_excluded=2
        )
        built = _designs(freq * b + params.w, params)
        assert built is not None
        designs += [built[1][0], built[2][0]]
    for rows, trend in ((26, True), (30, False), (250, True)):
        harmonic = HarmonicParams(freq=7 if rows < 100 else 52, cycles=5)
        designs.append(_harmonic_design(rows, 1, 3, trend, harmonic)[0])
    for x in designs:
        for _ in range(20):
            y = _counts(rng, x.shape[0])
            first = fit_quasipoisson(x, y)
            _assert_same(first, _textbook_fit(x, y))
            weights = outbreak_weights(anscombe_residuals(x, y, first, 1.5), 1.0)
            _assert_same(fit_quasipoisson(x, y, weights), _textbook_fit(x, y, weights))


def test_fit_equals_textbook_irls_when_a_level_has_no_cases_or_the_design_is_singular() -> None:
    """mu → 0 on an empty level, and the least-squares fallback, take the same path."""
    params = FarringtonParams(freq=7, b=3, w=1, no_periods=3, past_excluded=2)
    built = _designs(7 * 3 + 1, params)
    assert built is not None
    x = built[1][0]
    y = np.array([0.0 if row[2] else 3.0 for row in x])  # the level of column 2: no cases
    _assert_same(fit_quasipoisson(x, y), _textbook_fit(x, y))
    singular = np.column_stack([x, x[:, 1]])  # a repeated column: the solve raises
    y = np.array([float(i % 4) for i in range(x.shape[0])])
    _assert_same(fit_quasipoisson(singular, y), _textbook_fit(singular, y))


def test_poisson_deviance_counts_zero_counts_as_zero_terms() -> None:
    """0 · log 0 is 0; weights multiply each term; the residual may be passed in."""
    y = np.array([0.0, 1.0, 4.0])
    mu = np.array([0.5, 1.0, 2.0])
    expected = 2 * ((0 - (0 - 0.5)) + (0 - 0.0) + (4 * math.log(2) - 2))
    assert math.isclose(_poisson_deviance(y, mu), expected, rel_tol=1e-15)
    w = np.array([2.0, 1.0, 0.5])
    weighted = 2 * (2 * 0.5 + 0.5 * (4 * math.log(2) - 2))
    assert math.isclose(_poisson_deviance(y, mu, w, y > 0, y - mu), weighted, rel_tol=1e-15)


def test_refit_downweighted_equals_the_weighted_refit_and_skips_it_without_outbreaks() -> None:
    """No residual above the threshold: the first fit itself (unit weights give its floats)."""
    rng = random.Random(8)
    skipped = refitted = 0
    for rows, trend in ((26, True), (27, False), (250, True)):
        params = HarmonicParams(freq=7 if rows < 100 else 52, cycles=5)
        x = _harmonic_design(rows, 2, 1, trend, params)[0]
        for _ in range(30):
            y = _counts(rng, x.shape[0])
            first = fit_quasipoisson(x, y)
            for threshold in (2.58, 1.0):
                residuals = anscombe_residuals(x, y, first, max(first.dispersion, 1.0))
                weights = outbreak_weights(residuals, threshold)
                refit = refit_downweighted(x, y, first, threshold)
                _assert_same(refit, fit_quasipoisson(x, y, weights))
                if refit is first:
                    skipped += 1
                    assert np.all(weights == 1.0)
                else:
                    refitted += 1
    assert skipped and refitted
