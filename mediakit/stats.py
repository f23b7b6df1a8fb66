"""Small statistics used by the comparison analytics, with no dependency beyond the standard library.

* :func:`poisson_interval`: exact (Garwood 1936) confidence interval for a count,
  used for rates per 1,000 words, so two 500-word articles are not over-read.
* :func:`g2`: the log-likelihood statistic for a word's frequency in two corpora
  (Dunning 1993; Rayson & Garside 2000), with its chi-square p-value (1 df).
* :func:`bh_adjust`: Benjamini-Hochberg (1995) adjusted p-values (false discovery rate).
* :func:`log_ratio`: Hardie's (2014) log ratio effect size, in binary logs.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

__all__ = ["bh_adjust", "g2", "log_ratio", "poisson_interval"]


def _poisson_cdf(k: int, mu: float) -> float:
    """P(X <= k) for X ~ Poisson(mu), summed in log space."""
    if k < 0:
        return 0.0
    if mu == 0:
        return 1.0
    log_term = -mu
    total = math.exp(log_term)
    for i in range(1, k + 1):
        log_term += math.log(mu) - math.log(i)
        total += math.exp(log_term)
    return min(total, 1.0)


def _solve(f, low: float, high: float) -> float:
    """Root of a decreasing function ``f`` on [low, high] by bisection (to 1e-10 relative)."""
    while f(high) > 0:
        high *= 2
    for _ in range(200):
        mid = (low + high) / 2
        if f(mid) > 0:
            low = mid
        else:
            high = mid
        if high - low <= 1e-10 * max(1.0, high):
            break
    return (low + high) / 2


@lru_cache(maxsize=4096)
def _interval(k: int, level: float) -> tuple[float, float]:
    alpha = 1 - level
    upper = _solve(lambda mu: _poisson_cdf(k, mu) - alpha / 2, 0.0, k + 10.0)
    if k == 0:
        return 0.0, upper
    lower = _solve(lambda mu: alpha / 2 - (1 - _poisson_cdf(k - 1, mu)), 0.0, k + 10.0)
    return lower, upper


def poisson_interval(k: int, *, level: float = 0.95) -> tuple[float, float]:
    """Exact two-sided confidence interval for the mean of a Poisson count ``k``.

    Garwood (1936): the lower limit solves P(X >= k | mu) = alpha/2 and the
    upper limit P(X <= k | mu) = alpha/2 (the "exact" interval; it covers at
    least ``level``). Divide by the number of words and multiply by 1,000 to get
    an interval for a rate per 1,000 words.

    >>> [round(x, 3) for x in poisson_interval(0)]
    [0.0, 3.689]
    >>> [round(x, 3) for x in poisson_interval(5)]
    [1.623, 11.668]
    """
    if k < 0 or int(k) != k:
        raise ValueError(f"k must be a whole number >= 0, got {k!r}")
    return _interval(int(k), float(level))


def g2(a: int, b: int, c: int, d: int) -> tuple[float, float]:
    """Log-likelihood G2 of a term seen ``a`` times in ``c`` target words and ``b`` times in ``d`` others.

    ``G2 = 2 * (a ln(a/E1) + b ln(b/E2))`` with ``E1 = c (a+b) / (c+d)`` and
    ``E2 = d (a+b) / (c+d)`` (Rayson & Garside 2000), ``0 ln 0 = 0``. Returns
    ``(G2, p)`` with ``p`` from the chi-square distribution with one degree of
    freedom. Larger G2 means stronger evidence that the frequencies differ; it
    says nothing about the size of the difference (see :func:`log_ratio`).
    """
    total = a + b
    n = c + d
    if total == 0 or c == 0 or d == 0:
        return 0.0, 1.0
    e1 = c * total / n
    e2 = d * total / n
    value = 0.0
    if a:
        value += a * math.log(a / e1)
    if b:
        value += b * math.log(b / e2)
    value = max(2 * value, 0.0)
    return value, math.erfc(math.sqrt(value / 2))


def log_ratio(a: int, b: int, c: int, d: int, *, zero: float = 0.5) -> float:
    """Hardie's (2014) log ratio: ``log2((a / c) / (b / d))``, zero counts replaced by ``zero``.

    +1 means twice as frequent in the target, -1 half as frequent. Positive =
    over-used in the target, negative = under-used.
    """
    return math.log2((max(a, zero) / c) / (max(b, zero) / d))


def bh_adjust(p: Sequence[float]) -> list[float]:
    """Benjamini-Hochberg (1995) adjusted p-values, in the input order.

    >>> [round(x, 4) for x in bh_adjust([0.01, 0.04, 0.03, 0.2])]
    [0.04, 0.0533, 0.0533, 0.2]
    """
    m = len(p)
    order = sorted(range(m), key=lambda i: p[i])
    adjusted = [0.0] * m
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, p[i] * m / rank)
        adjusted[i] = running
    return adjusted
