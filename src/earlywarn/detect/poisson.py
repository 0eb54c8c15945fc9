"""The Poisson rule's upper quantile, compiled: one implementation for the kernel and Python.

The detector's kernel (:mod:`earlywarn.detect.state`) computes the Poisson rule's threshold
where it evaluates, and :func:`earlywarn.detect.baseline.poisson_upper_threshold` computes it
everywhere else; both call :func:`exact_upper_threshold`, so they cannot drift apart.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import cast

from numba import njit


@njit(cache=True)
def exact_upper_threshold_kernel(expected: float, target: float) -> int:
    if expected <= 0:
        return 1  # P(X >= 1) = 0 when nothing is expected
    pmf = math.exp(-expected)
    cdf = pmf
    k = 0
    while cdf < target:
        k += 1
        pmf *= expected / k
        cdf += pmf
    # cdf(k) = P(X <= k) >= target, hence P(X >= k + 1) <= 1 - target.
    return k + 1


exact_upper_threshold = cast(Callable[[float, float], int], exact_upper_threshold_kernel)
"""Smallest ``k`` with P(X >= k) <= 1 - ``target`` for X ~ Poisson(``expected``), summing the
pmf exactly (for expectations up to ``baseline.EXACT_LIMIT``, where exp(-expected) is still a
normal float); callable from Python and from compiled code."""
