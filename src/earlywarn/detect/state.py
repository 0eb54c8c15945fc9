"""The detector's counting state in flat arrays, updated per batch by numba kernels.

Every region × category is a *row*. Its bucket counts are a ring of ``2 × window + baseline
+ 1`` slots tagged with the bucket they hold (enough for every bucket a sweep keeps behind
the newest, see :func:`ring_size`). Story ids seen recently and buckets that do not fit the
ring (late ones) live in two open-addressing tables shared by all rows.

Expiry is lazy and exact. The dict-based counts this replaces dropped, at each sweep, the
*prefix in insertion order* of buckets below ``before``; so a bucket is dropped at the first
sweep whose ``before`` exceeds its *expiry key* (the bucket itself, or for a late bucket the
newest bucket when it was inserted, behind which it sat). ``before`` only grows, so a bucket
is held iff its key ≥ the row's last ``before``. Stories likewise: one is forgotten by the
first sweep after it was written whose oldest story bucket is above it, i.e. it is held iff
no sweep came since it was written (generation) or it is ≥ the last sweep's bound.

The kernel runs a batch of region updates in order and returns to Python whenever an update
needs more than counting (a decision, an episode, a late window, a department's advance, a
table to grow); Python resumes it where it stopped, so decisions see the same state as one
update at a time. Baselines the kernel computes itself where the detector evaluates: the
Poisson rule (closed form) and the nb_cusum fit (``nbfit.nb_cusum_kernel``, the floats the
Python path computes), unless the fit hands the input to numpy (``EDGE``).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from numba import njit

from earlywarn.detect.nbfit import OK, nb_cusum_kernel
from earlywarn.detect.poisson import exact_upper_threshold_kernel

Int64s = npt.NDArray[np.int64]
Int32s = npt.NDArray[np.int32]
Floats = npt.NDArray[np.float64]
Flags = npt.NDArray[np.int8]
Floats4 = npt.NDArray[np.float64]
# nb_cusum's designs per (ahead - 1, t) padded, (fitted rows, run) per (ahead - 1, t) (0 rows:
# too little history), and (weights_threshold, shift, h, h_sparse, sparse_below).
NbTables = tuple[Floats4, Floats4, Floats4, Floats4, Int64s, Floats]

NO_BUCKET = -(2**62)  # below every bucket: "none yet"
_EMPTY_TAG = np.iinfo(np.int32).min  # a ring slot that never held a bucket
_FREE = -1  # table slot never used
_DEAD = -2  # table slot of a freed row (probing continues past it)

# Per-row scalars: columns of ``State.rows`` (int64).
NEWEST = 0  # newest bucket ever counted (NO_BUCKET: none)
SWEPT = 1  # NEWEST at the last sweep (NO_BUCKET: never)
BEFORE = 2  # the last sweep's bound: buckets with expiry key below it are gone
GEN = 3  # sweep generation: stories written since the last sweep are held
OLDEST_STORY = 4  # the last sweep's bound for stories
BASE_TAG = 5  # baseline_tag of the cached baseline (NO_BUCKET: none)
BASE_STOP = 6  # history_end of the cached baseline (a count before it invalidates it)
BASE_THRESHOLD = 7
BASE_TWO = 8  # two-window threshold (-1: single-window rule)
FIRING = 9  # 1 while an episode is open
PARENT = 10  # row of the department key of the same category (-1: none / is one)
OVERFLOW = 11  # entries this row has in the overflow table (dead ones until rehash)
DEPARTMENT = 12  # the department's number (its first bucket is the history's start)
BASE_OWNED = 13  # 1 while the cached baseline is the one Python set (its object is valid)
BASE_HISTORY = 14  # the kernel's Poisson baseline: history count
BASE_SPAN = 15  # and history buckets
EP_LAST = 16  # the open episode's newest bucket with a counted story
EP_LEVEL = 17  # its highest level reached
EP_DIRTY = 18  # 1 when its cached resolution bucket is stale
EP_THRESHOLD_FLOAT = 19  # its threshold (``State.ep_threshold``) came from a snapshot (float)
HISTORY_START = 20  # the Poisson rule's history sum over [start, end), moved by differences
HISTORY_END = 21
HISTORY_TOTAL = 22
BASE_RULE = 23  # the cached baseline's rule: 0 the Poisson rule's, 1 nb_cusum's h, 2 h_sparse
_COLUMNS = 24

# What the kernel reports per update (``State.status``).
DUP = 1
COUNTED = 2

# Why the kernel stopped.
DONE = 0
DECIDE = 1  # after counting an update: Python decides
ADVANCE = 2  # before an incident: its department has an episode due
SLOW = 3  # before an incident: Python must update its region first
GROW = 4  # before an update: a table needs room


def ring_size(window: int, baseline: int) -> int:
    """Slots per row: a sweep keeps buckets ≥ newest - window - baseline, and sweeps come
    before newest moves a window on, so in-order buckets never collide with held ones."""
    return 2 * window + baseline + 1


@njit(cache=True)
def _find(tab_k: Int64s, tab_x: Int64s, row: int, x: int) -> int:
    """Index of (row, x) in an open-addressing table, or -1 - the first free index."""
    mask = tab_k.shape[0] - 1
    # A 64-bit mix (wrapping): sequential rows and ids must not cluster the probes.
    h = row * -7046029254386353131 + x
    h ^= h >> 29
    h *= -4658895280553007687
    h ^= h >> 32
    i = h & mask
    while True:
        k = tab_k[i]
        if k == _FREE:
            return int(-1 - i)
        if k == row and tab_x[i] == x:
            return int(i)
        i = (i + 1) & mask


@njit(cache=True)
def _get(
    rows: Int64s,
    ring_c: Int32s,
    ring_b: Int32s,
    ov_k: Int64s,
    ov_b: Int64s,
    ov_c: Int64s,
    ov_e: Int64s,
    k: int,
    b: int,
) -> int:
    size = ring_b.shape[1]
    s = b % size
    before = rows[k, BEFORE]
    if ring_b[k, s] == b and b >= before:
        return int(ring_c[k, s])
    if rows[k, OVERFLOW] > 0:
        i = _find(ov_k, ov_b, k, b)
        if i >= 0 and ov_e[i] >= before:
            return int(ov_c[i])
    return 0


@njit(cache=True)
def _total(
    rows: Int64s,
    ring_c: Int32s,
    ring_b: Int32s,
    ov_k: Int64s,
    ov_b: Int64s,
    ov_c: Int64s,
    ov_e: Int64s,
    k: int,
    start: int,
    end: int,
) -> int:
    total = 0
    if rows[k, OVERFLOW] == 0 and end - start <= ring_b.shape[1]:
        size = ring_b.shape[1]
        first = max(start, rows[k, BEFORE])
        s = first % size  # one division, then the slot moves with the bucket
        for b in range(first, end):
            if ring_b[k, s] == b:
                total += ring_c[k, s]
            s += 1
            if s == size:
                s = 0
        return total
    for b in range(start, end):
        total += _get(rows, ring_c, ring_b, ov_k, ov_b, ov_c, ov_e, k, b)
    return total


@njit(cache=True)
def _overflow_put(
    rows: Int64s,
    ov_k: Int64s,
    ov_b: Int64s,
    ov_c: Int64s,
    ov_e: Int64s,
    used: Int64s,
    k: int,
    b: int,
    n: int,
    expiry: int,
) -> None:
    i = _find(ov_k, ov_b, k, b)
    if i < 0:
        i = -1 - i
        ov_k[i] = k
        ov_b[i] = b
        used[1] += 1
        rows[k, OVERFLOW] += 1
    ov_c[i] = n
    ov_e[i] = expiry


@njit(cache=True)
def _add(
    rows: Int64s,
    ring_c: Int32s,
    ring_b: Int32s,
    ov_k: Int64s,
    ov_b: Int64s,
    ov_c: Int64s,
    ov_e: Int64s,
    used: Int64s,
    k: int,
    b: int,
    n: int,
) -> None:
    size = ring_b.shape[1]
    s = b % size
    before = rows[k, BEFORE]
    newest = rows[k, NEWEST]
    if ring_b[k, s] == b and b >= before:
        ring_c[k, s] += n
    else:
        if rows[k, OVERFLOW] > 0:
            i = _find(ov_k, ov_b, k, b)
            if i >= 0 and ov_e[i] >= before:
                ov_c[i] += n
                if rows[k, HISTORY_START] <= b < rows[k, HISTORY_END]:
                    rows[k, HISTORY_TOTAL] += n
                return
        if b > newest:
            held = int(ring_b[k, s])
            if held != _EMPTY_TAG and held >= before and ring_c[k, s] != 0:
                # Still held (a stale restored bucket): keep it, out of the way.
                _overflow_put(rows, ov_k, ov_b, ov_c, ov_e, used, k, held, int(ring_c[k, s]), held)
            ring_b[k, s] = b
            ring_c[k, s] = n
        else:
            # A late new bucket sits behind the newest one: it expires with it.
            _overflow_put(rows, ov_k, ov_b, ov_c, ov_e, used, k, b, n, newest)
    if b > newest:
        rows[k, NEWEST] = b
    if rows[k, HISTORY_START] <= b < rows[k, HISTORY_END]:
        rows[k, HISTORY_TOTAL] += n


@njit(cache=True)
def _sweep(rows: Int64s, gen: Int64s, k: int, width: int, baseline: int) -> None:
    """Forget what can no longer influence a decision (the kernel calls it once per window
    of progress): buckets below the history of the newest window, stories below the
    window before it (lazily: see the module's docstring)."""
    newest = rows[k, NEWEST]
    rows[k, SWEPT] = newest
    rows[k, BEFORE] = max(rows[k, BEFORE], newest - width - baseline)
    gen[0] += 1
    rows[k, GEN] = gen[0]
    rows[k, OLDEST_STORY] = newest - 2 * width


@njit(cache=True)
def _tag(bucket: int, width: int, periodic: bool) -> int:
    if not periodic:
        return bucket
    start = bucket - width + 1
    grid = (start // width) * width
    return 2 * grid + (1 if start != grid else 0)


@njit(cache=True)
def _poisson_base(
    rows: Int64s,
    base_expected: Floats,
    ring_c: Int32s,
    ring_b: Int32s,
    ov_k: Int64s,
    ov_b: Int64s,
    ov_c: Int64s,
    ov_e: Int64s,
    dep_first: Int64s,
    k: int,
    b: int,
    tag: int,
    width: int,
    baseline: int,
    min_count: int,
    fparams: Floats,
) -> bool:
    """Cache baseline.poisson_baseline's result (same floats) for row ``k``; False (nothing
    cached) beyond the exact limit of the quantile, where Python computes it."""
    window_start = b - width + 1
    history_start = max(window_start - baseline, dep_first[rows[k, DEPARTMENT]])
    span = max(0, window_start - history_start)
    history = 0
    if span:
        cached_start = rows[k, HISTORY_START]
        cached_end = rows[k, HISTORY_END]
        if (
            cached_start < cached_end
            and rows[k, BEFORE] <= cached_start  # nothing in the cached range expired
            and history_start < cached_end
            and cached_start < window_start
        ):
            # Overlapping the cached range: move its edges (a bucket or two per step).
            history = rows[k, HISTORY_TOTAL]
            if history_start > cached_start:
                history -= _total(
                    rows, ring_c, ring_b, ov_k, ov_b, ov_c, ov_e, k, cached_start, history_start
                )
            elif history_start < cached_start:
                history += _total(
                    rows, ring_c, ring_b, ov_k, ov_b, ov_c, ov_e, k, history_start, cached_start
                )
            if window_start > cached_end:
                history += _total(
                    rows, ring_c, ring_b, ov_k, ov_b, ov_c, ov_e, k, cached_end, window_start
                )
            elif window_start < cached_end:
                history -= _total(
                    rows, ring_c, ring_b, ov_k, ov_b, ov_c, ov_e, k, window_start, cached_end
                )
        else:
            history = _total(
                rows, ring_c, ring_b, ov_k, ov_b, ov_c, ov_e, k, history_start, window_start
            )
        rows[k, HISTORY_START] = history_start
        rows[k, HISTORY_END] = window_start
        rows[k, HISTORY_TOTAL] = history
    prior_weight = fparams[1]
    expected = (history + fparams[0] * prior_weight) / (span / width + prior_weight)
    if expected > fparams[3]:
        return False
    rows[k, BASE_TAG] = tag
    rows[k, BASE_STOP] = window_start
    rows[k, BASE_THRESHOLD] = max(min_count, exact_upper_threshold_kernel(expected, fparams[2]))
    rows[k, BASE_TWO] = -1
    rows[k, BASE_OWNED] = 0
    rows[k, BASE_HISTORY] = history
    rows[k, BASE_SPAN] = span
    base_expected[k] = expected
    return True


@njit(cache=True)
def _nb_base(
    rows: Int64s,
    base_expected: Floats,
    ring_c: Int32s,
    ring_b: Int32s,
    ov_k: Int64s,
    ov_b: Int64s,
    ov_c: Int64s,
    ov_e: Int64s,
    dep_first: Int64s,
    k: int,
    tag: int,
    width: int,
    baseline: int,
    min_count: int,
    nb: NbTables,
) -> bool:
    """Cache baseline._nb_cusum's result (same floats: the same compiled fit on the same
    periods and designs) for row ``k``; False (nothing cached) where Python decides: too
    little history (the Poisson fallback) or an input the fit hands to numpy (EDGE)."""
    x_trend, a_trend, x_flat, a_flat, shape, fparams = nb
    end = tag // 2
    ahead = 1 + tag % 2
    known = max(0, (end - dep_first[rows[k, DEPARTMENT]]) // width)
    n = min(baseline // width, known)
    t = n + ahead - 1
    fitted = shape[ahead - 1, t, 0]
    if fitted <= 0:
        return False
    run = shape[ahead - 1, t, 1]
    # history_periods: whole periods ending at ``end``, then the judged one(s) as 0.
    y = np.zeros(t + 1)
    first = end - n * width
    history = 0
    for p in range(n):
        lo = first + p * width
        c = _total(rows, ring_c, ring_b, ov_k, ov_b, ov_c, ov_e, k, lo, lo + width)
        y[p] = c
        history += c
    status, expected, upper, _, _, interval = nb_cusum_kernel(
        y,
        fitted,
        x_trend[ahead - 1, t, :fitted],
        a_trend[ahead - 1, t, :run],
        x_flat[ahead - 1, t, :fitted],
        a_flat[ahead - 1, t, :run],
        ahead - 1,
        fparams[0],
        fparams[1],
        fparams[2],
        fparams[3],
        fparams[4],
    )
    if status != OK:
        return False
    rows[k, BASE_TAG] = tag
    rows[k, BASE_STOP] = end
    rows[k, BASE_THRESHOLD] = max(min_count, int(upper))
    rows[k, BASE_TWO] = -1
    rows[k, BASE_OWNED] = 0
    rows[k, BASE_HISTORY] = history
    rows[k, BASE_SPAN] = n * width
    rows[k, BASE_RULE] = 1 if interval == fparams[2] else 2
    base_expected[k] = expected
    return True


@njit(cache=True)
def _base(
    rows: Int64s,
    base_expected: Floats,
    ring_c: Int32s,
    ring_b: Int32s,
    ov_k: Int64s,
    ov_b: Int64s,
    ov_c: Int64s,
    ov_e: Int64s,
    dep_first: Int64s,
    k: int,
    b: int,
    tag: int,
    width: int,
    baseline: int,
    min_count: int,
    fparams: Floats,
    poisson: bool,
    nb: NbTables,
) -> bool:
    """The kernel's baseline for row ``k`` at ``tag`` (cached in the row), where it has one."""
    if poisson:
        return _poisson_base(
            rows, base_expected, ring_c, ring_b, ov_k, ov_b, ov_c, ov_e, dep_first, k, b, tag,
            width, baseline, min_count, fparams,
        )  # fmt: skip
    if nb[4].shape[1] == 0:
        return False  # another method: Python fits
    return _nb_base(
        rows, base_expected, ring_c, ring_b, ov_k, ov_b, ov_c, ov_e, dep_first, k, tag, width,
        baseline, min_count, nb,
    )  # fmt: skip


@njit(cache=True)
def _run(
    rows: Int64s,
    base_expected: Floats,
    ring_c: Int32s,
    ring_b: Int32s,
    st_k: Int64s,
    st_s: Int64s,
    st_b: Int64s,
    st_g: Int64s,
    ov_k: Int64s,
    ov_b: Int64s,
    ov_c: Int64s,
    ov_e: Int64s,
    used: Int64s,
    gen: Int64s,
    inc_first: Int64s,
    inc_dep: Int64s,
    inc_time: Floats,
    inc_slow: Flags,
    upd_k: Int64s,
    upd_b: Int64s,
    upd_w: Int64s,
    upd_s: Int64s,
    dep_due: Int64s,
    dep_first: Int64s,
    ep_threshold: Floats,
    params: Int64s,
    fparams: Floats,
    start: Int64s,
    status: Flags,
    swept: Int64s,
    count_out: Int64s,
    nb: NbTables,
) -> int:
    """Count updates from incident ``start[0]``, update ``start[1]`` (pre-checks done when
    ``start[2]``) until one needs Python; leave where to resume in ``start``."""
    width = params[0]
    baseline = params[1]
    min_count = params[2]
    inhibit = params[3] != 0
    periodic = params[4] != 0
    bucket_seconds = params[5]
    poisson = params[6] != 0
    quiet = params[7]
    warning_factor = fparams[4]
    critical_factor = fparams[5]
    st_cap = st_k.shape[0]
    ov_cap = ov_k.shape[0]
    i = start[0]
    r = start[1]
    pre_done = start[2] != 0
    n_inc = inc_dep.shape[0]
    while i < n_inc:
        if r == 0 and not pre_done:
            if inc_slow[i]:
                start[0], start[1], start[2] = i, 0, 1
                return SLOW
            d = inc_dep[i]
            if d >= 0 and inc_time[i] == inc_time[i]:
                due = dep_due[d]
                if due != NO_BUCKET and due * bucket_seconds <= inc_time[i]:
                    start[0], start[1], start[2] = i, 0, 1
                    return ADVANCE
        pre_done = False
        first = inc_first[i]
        last = inc_first[i + 1]
        while first + r < last:
            if 2 * (used[0] + 1) > st_cap or 2 * (used[1] + 2) > ov_cap:
                start[0], start[1], start[2] = i, r, 1
                return GROW
            u = first + r
            r += 1
            k = upd_k[u]
            b = upd_b[u]
            story = upd_s[u]
            # Another article of a counted story changes no count and decides nothing.
            j = _find(st_k, st_s, k, story)
            if j >= 0 and (st_g[j] == rows[k, GEN] or st_b[j] >= rows[k, OLDEST_STORY]):
                seen = st_b[j]
                if -width < b - seen < width:
                    status[u] = DUP
                    continue
            if j < 0:
                j = -1 - j
                st_k[j] = k
                st_s[j] = story
                used[0] += 1
            st_b[j] = b
            st_g[j] = rows[k, GEN]
            status[u] = COUNTED
            _add(rows, ring_c, ring_b, ov_k, ov_b, ov_c, ov_e, used, k, b, upd_w[u])
            if b < rows[k, BASE_STOP]:
                rows[k, BASE_TAG] = NO_BUCKET  # a late count landed in the cached history
                rows[k, BASE_STOP] = NO_BUCKET
                rows[k, BASE_OWNED] = 0
            newest = rows[k, NEWEST]
            swept_at = rows[k, SWEPT]
            swept[u] = NO_BUCKET
            if swept_at == NO_BUCKET or newest - swept_at >= width:
                _sweep(rows, gen, k, width, baseline)
                swept[u] = newest
            count = _total(rows, ring_c, ring_b, ov_k, ov_b, ov_c, ov_e, k, b - width + 1, b + 1)
            count_out[u] = count
            if newest > b:
                start[0], start[1], start[2] = i, r, 1
                return DECIDE  # a late window: Python
            tag = _tag(b, width, periodic)
            if rows[k, FIRING] != 0:
                # The open episode: what _count and _evaluate do, until a level goes up
                # or a baseline needs a fit (then Python, which repeats the idempotent part).
                rows[k, EP_DIRTY] = 1
                if b > rows[k, EP_LAST]:
                    rows[k, EP_LAST] = b
                d = rows[k, DEPARTMENT]
                bound = rows[k, EP_LAST] + quiet
                if dep_due[d] == NO_BUCKET or bound < dep_due[d]:
                    dep_due[d] = bound
                if count < min_count:
                    continue
                if rows[k, BASE_TAG] != tag and not _base(
                    rows,
                    base_expected,
                    ring_c,
                    ring_b,
                    ov_k,
                    ov_b,
                    ov_c,
                    ov_e,
                    dep_first,
                    k,
                    b,
                    tag,
                    width,
                    baseline,
                    min_count,
                    fparams,
                    poisson,
                    nb,
                ):
                    start[0], start[1], start[2] = i, r, 1
                    return DECIDE
                threshold = rows[k, BASE_THRESHOLD]
                if ep_threshold[k] != threshold:
                    ep_threshold[k] = threshold
                    rows[k, EP_THRESHOLD_FLOAT] = 0
                    bound = rows[k, EP_LAST] + quiet
                    if dep_due[d] == NO_BUCKET or bound < dep_due[d]:
                        dep_due[d] = bound
                expected = base_expected[k]
                if count < threshold:
                    two = rows[k, BASE_TWO]
                    if two < 0 or count <= expected:
                        continue
                    previous = _total(
                        rows,
                        ring_c,
                        ring_b,
                        ov_k,
                        ov_b,
                        ov_c,
                        ov_e,
                        k,
                        b - 2 * width + 1,
                        b - width + 1,
                    )
                    if count + previous < two:
                        continue
                reference = max(expected, float(min_count))
                level = 1
                if count >= critical_factor * reference:
                    level = 3
                elif count >= warning_factor * reference:
                    level = 2
                if level <= rows[k, EP_LEVEL]:
                    continue
                start[0], start[1], start[2] = i, r, 1
                return DECIDE
            if count < min_count:
                continue
            if rows[k, BASE_TAG] == tag and count < rows[k, BASE_THRESHOLD]:
                two = rows[k, BASE_TWO]
                if two < 0 or count <= base_expected[k]:
                    continue
                previous = _total(
                    rows,
                    ring_c,
                    ring_b,
                    ov_k,
                    ov_b,
                    ov_c,
                    ov_e,
                    k,
                    b - 2 * width + 1,
                    b - width + 1,
                )
                if count + previous < two:
                    continue
            parent = rows[k, PARENT]
            if inhibit and parent >= 0 and rows[parent, FIRING] != 0:
                continue
            # Where the detector evaluates, the Poisson rule (closed-form) is computed and
            # cached here as _baseline would (the cache is kept until invalidated, so *when*
            # it is computed matters); beyond the exact limit Python does it.
            if (
                rows[k, BASE_TAG] != tag
                and _base(
                    rows,
                    base_expected,
                    ring_c,
                    ring_b,
                    ov_k,
                    ov_b,
                    ov_c,
                    ov_e,
                    dep_first,
                    k,
                    b,
                    tag,
                    width,
                    baseline,
                    min_count,
                    fparams,
                    poisson,
                    nb,
                )
                and count < rows[k, BASE_THRESHOLD]
            ):
                continue  # _evaluate: below the threshold, no episode to update
            start[0], start[1], start[2] = i, r, 1
            return DECIDE
        i += 1
        r = 0
    start[0], start[1], start[2] = i, 0, 0
    return DONE


@njit(cache=True)
def _story_held(rows: Int64s, k: int, generation: int, bucket: int) -> bool:
    """A story entry of row ``k`` still counts: made since its last reset, or not swept."""
    return bool(generation == rows[k, GEN] or bucket >= rows[k, OLDEST_STORY])


@njit(cache=True)
def _slot_held(ring_c: Int32s, ring_b: Int32s, k: int, s: int, before: int) -> bool:
    """Ring slot ``s`` of row ``k`` holds a non-zero count at or after ``before``."""
    return bool(ring_b[k, s] != _EMPTY_TAG and ring_b[k, s] >= before and ring_c[k, s] != 0)


@njit(cache=True)
def _rehash(
    rows: Int64s,
    tab_k: Int64s,
    tab_x: Int64s,
    val0: Int64s,
    val1: Int64s,
    size: int,
    stories: bool,
) -> tuple[Int64s, Int64s, Int64s, Int64s, int]:
    """A table of ``size`` slots with the held entries of ``tab_*`` (dead ones dropped)."""
    new_k = np.full(size, _FREE, dtype=np.int64)
    new_x = np.zeros(size, dtype=np.int64)
    new_0 = np.zeros(size, dtype=np.int64)
    new_1 = np.zeros(size, dtype=np.int64)
    used = 0
    for i in range(tab_k.shape[0]):
        k = tab_k[i]
        if k < 0:
            continue
        held = _story_held(rows, k, val1[i], val0[i]) if stories else val1[i] >= rows[k, BEFORE]
        if not held:
            if not stories:
                rows[k, OVERFLOW] -= 1
            continue
        j = -1 - _find(new_k, new_x, k, tab_x[i])
        new_k[j] = k
        new_x[j] = tab_x[i]
        new_0[j] = val0[i]
        new_1[j] = val1[i]
        used += 1
    return new_k, new_x, new_0, new_1, used


@njit(cache=True)
def _kill_rows(tab_k: Int64s, dead: Flags) -> int:
    n = 0
    for i in range(tab_k.shape[0]):
        k = tab_k[i]
        if k >= 0 and dead[k]:
            tab_k[i] = _DEAD
            n += 1
    return n


@njit(cache=True)
def _row_stories(
    rows: Int64s, st_k: Int64s, st_s: Int64s, st_b: Int64s, st_g: Int64s, k: int
) -> tuple[Int64s, Int64s]:
    n = 0
    for i in range(st_k.shape[0]):
        if st_k[i] == k and _story_held(rows, k, st_g[i], st_b[i]):
            n += 1
    ids = np.empty(n, dtype=np.int64)
    buckets = np.empty(n, dtype=np.int64)
    n = 0
    for i in range(st_k.shape[0]):
        if st_k[i] == k and _story_held(rows, k, st_g[i], st_b[i]):
            ids[n] = st_s[i]
            buckets[n] = st_b[i]
            n += 1
    return ids, buckets


@njit(cache=True)
def _row_buckets(
    rows: Int64s,
    ring_c: Int32s,
    ring_b: Int32s,
    ov_k: Int64s,
    ov_b: Int64s,
    ov_c: Int64s,
    ov_e: Int64s,
    k: int,
) -> tuple[Int64s, Int64s]:
    before = rows[k, BEFORE]
    n = 0
    for s in range(ring_b.shape[1]):
        if _slot_held(ring_c, ring_b, k, s, before):
            n += 1
    for i in range(ov_k.shape[0]):
        if ov_k[i] == k and ov_e[i] >= before:
            n += 1
    buckets = np.empty(n, dtype=np.int64)
    counts = np.empty(n, dtype=np.int64)
    n = 0
    for s in range(ring_b.shape[1]):
        if _slot_held(ring_c, ring_b, k, s, before):
            buckets[n] = ring_b[k, s]
            counts[n] = ring_c[k, s]
            n += 1
    for i in range(ov_k.shape[0]):
        if ov_k[i] == k and ov_e[i] >= before:
            buckets[n] = ov_b[i]
            counts[n] = ov_c[i]
            n += 1
    order = np.argsort(buckets, kind="mergesort")
    return buckets[order], counts[order]


@njit(cache=True)
def _held_counts(
    rows: Int64s, ring_c: Int32s, ring_b: Int32s, ov_k: Int64s, ov_e: Int64s, live: Flags
) -> int:
    n = 0
    for k in range(rows.shape[0]):
        if not live[k]:
            continue
        before = rows[k, BEFORE]
        for s in range(ring_b.shape[1]):
            if _slot_held(ring_c, ring_b, k, s, before):
                n += 1
    for i in range(ov_k.shape[0]):
        k = ov_k[i]
        if k >= 0 and live[k] and ov_e[i] >= rows[k, BEFORE]:
            n += 1
    return n


@njit(cache=True)
def _held_stories(rows: Int64s, st_k: Int64s, st_b: Int64s, st_g: Int64s, live: Flags) -> int:
    n = 0
    for i in range(st_k.shape[0]):
        k = st_k[i]
        if k >= 0 and live[k] and _story_held(rows, k, st_g[i], st_b[i]):
            n += 1
    return n


class State:
    """The arrays of every row, and typed entry points to the kernels."""

    def __init__(self, window: int, baseline: int, capacity: int = 64) -> None:
        self.window = window
        self.baseline = baseline
        self.ring = ring_size(window, baseline)
        self.rows: Int64s = np.zeros((0, _COLUMNS), dtype=np.int64)
        self.base_expected: Floats = np.zeros(0, dtype=np.float64)
        self.ring_c: Int32s = np.zeros((0, self.ring), dtype=np.int32)
        self.ring_b: Int32s = np.zeros((0, self.ring), dtype=np.int32)
        self.ep_threshold: Floats = np.zeros(0, dtype=np.float64)
        self.live: Flags = np.zeros(0, dtype=np.int8)
        self._free: list[int] = []
        self._grow_rows(capacity)
        # Stories: (row, story number) → [bucket, generation written].
        self.st_k: Int64s = np.full(1024, _FREE, dtype=np.int64)
        self.st_s: Int64s = np.zeros(1024, dtype=np.int64)
        self.st_b: Int64s = np.zeros(1024, dtype=np.int64)
        self.st_g: Int64s = np.zeros(1024, dtype=np.int64)
        # Buckets outside the ring: (row, bucket) → [count, expiry key].
        self.ov_k: Int64s = np.full(256, _FREE, dtype=np.int64)
        self.ov_b: Int64s = np.zeros(256, dtype=np.int64)
        self.ov_c: Int64s = np.zeros(256, dtype=np.int64)
        self.ov_e: Int64s = np.zeros(256, dtype=np.int64)
        self.used: Int64s = np.zeros(2, dtype=np.int64)  # occupied slots: stories, overflow
        self.gen: Int64s = np.zeros(1, dtype=np.int64)

    # ------------------------------------------------------------------ rows

    def _grow_rows(self, capacity: int) -> None:
        old = self.rows.shape[0]
        rows = np.zeros((capacity, _COLUMNS), dtype=np.int64)
        rows[:old] = self.rows
        self.rows = rows
        self.base_expected = np.concatenate(
            (self.base_expected, np.zeros(capacity - old, dtype=np.float64))
        )
        ring_c = np.zeros((capacity, self.ring), dtype=np.int32)
        ring_c[:old] = self.ring_c
        # Left unset (untouched pages stay unmapped): new_row empties a row's ring when used.
        ring_b = np.empty((capacity, self.ring), dtype=np.int32)
        ring_b[:old] = self.ring_b
        self.ring_c, self.ring_b = ring_c, ring_b
        self.live = np.concatenate((self.live, np.zeros(capacity - old, dtype=np.int8)))
        self.ep_threshold = np.concatenate(
            (self.ep_threshold, np.zeros(capacity - old, dtype=np.float64))
        )
        self._free.extend(range(capacity - 1, old - 1, -1))

    def new_row(self, department: int, parent: int = -1) -> int:
        if not self._free:
            # Double: each growth copies every ring, so geometric growth keeps the copying
            # linear in the rows made (keys come early, then stop).
            self._grow_rows(max(64, 2 * self.rows.shape[0]))
        k = self._free.pop()
        row = self.rows[k]
        row[:] = 0
        row[NEWEST] = row[SWEPT] = row[BEFORE] = NO_BUCKET
        row[OLDEST_STORY] = row[BASE_TAG] = row[BASE_STOP] = NO_BUCKET
        row[BASE_TWO] = -1
        row[PARENT] = parent
        row[DEPARTMENT] = department
        self.gen[0] += 1
        row[GEN] = self.gen[0]
        self.ring_c[k] = 0
        self.ring_b[k] = _EMPTY_TAG
        self.live[k] = 1
        return k

    def sweep(self, k: int) -> None:
        """Sweep row ``k`` now, as the kernel does once per window of progress."""
        _sweep(self.rows, self.gen, k, self.window, self.baseline)

    def free_rows(self, freed: list[int]) -> None:
        """Forget rows (their regions were cleared or restored): table entries die now."""
        if not freed:
            return
        dead = np.zeros(self.rows.shape[0], dtype=np.int8)
        dead[freed] = 1
        _kill_rows(self.st_k, dead)
        _kill_rows(self.ov_k, dead)
        for k in freed:
            self.rows[k, OVERFLOW] = 0
            self.live[k] = 0
        self._free.extend(freed)

    # ------------------------------------------------------------------ tables

    def grow(self) -> list[int] | None:
        """Rehash the table(s) short of room; the story numbers still held when the story
        table was rehashed (so the caller can forget the others), else None."""
        held: list[int] | None = None
        if 2 * (int(self.used[0]) + 1) > self.st_k.shape[0]:
            size = self.st_k.shape[0]
            while True:
                self.st_k, self.st_s, self.st_b, self.st_g, n = _rehash(
                    self.rows, self.st_k, self.st_s, self.st_b, self.st_g, size, True
                )
                if 4 * n <= size:
                    break
                size *= 2
            self.used[0] = n
            held = self.st_s[self.st_k >= 0].tolist()
        if 2 * (int(self.used[1]) + 2) > self.ov_k.shape[0]:
            size = self.ov_k.shape[0]
            while True:
                self.ov_k, self.ov_b, self.ov_c, self.ov_e, n = _rehash(
                    self.rows, self.ov_k, self.ov_b, self.ov_c, self.ov_e, size, False
                )
                if 4 * n <= size:
                    break
                size *= 2
            self.used[1] = n
        return held

    # ------------------------------------------------------------------ counts

    def _counts_args(self) -> tuple[Int64s, Int32s, Int32s, Int64s, Int64s, Int64s, Int64s]:
        return self.rows, self.ring_c, self.ring_b, self.ov_k, self.ov_b, self.ov_c, self.ov_e

    def total(self, k: int, start: int, end: int) -> int:
        """Held counts of row ``k`` in buckets ``[start, end)``."""
        if end <= start:
            return 0
        return int(_total(*self._counts_args(), k, start, end))

    def get(self, k: int, bucket: int) -> int:
        return int(_get(*self._counts_args(), k, bucket))

    def add(self, k: int, bucket: int, n: int) -> None:
        """Count ``n`` in ``bucket`` (restoring a snapshot; the kernel counts live)."""
        if 2 * (int(self.used[1]) + 2) > self.ov_k.shape[0]:
            self.grow()
        _add(*self._counts_args(), self.used, k, bucket, n)

    def buckets(self, k: int) -> tuple[list[int], list[int]]:
        """Held buckets of row ``k`` and their counts, in bucket order."""
        buckets, counts = _row_buckets(*self._counts_args(), k)
        return buckets.tolist(), counts.tolist()

    def stories(self, k: int) -> tuple[list[int], list[int]]:
        """Held story numbers of row ``k`` and their buckets (table order)."""
        ids, buckets = _row_stories(self.rows, self.st_k, self.st_s, self.st_b, self.st_g, k)
        return ids.tolist(), buckets.tolist()

    def put_story(self, k: int, story: int, bucket: int) -> None:
        if 2 * (int(self.used[0]) + 1) > self.st_k.shape[0]:
            self.grow()
        i = _find(self.st_k, self.st_s, k, story)
        if i < 0:
            i = -1 - i
            self.st_k[i] = k
            self.st_s[i] = story
            self.used[0] += 1
        self.st_b[i] = bucket
        self.st_g[i] = self.rows[k, GEN]

    def held_buckets(self) -> int:
        return int(
            _held_counts(self.rows, self.ring_c, self.ring_b, self.ov_k, self.ov_e, self.live)
        )

    def held_stories(self) -> int:
        return int(_held_stories(self.rows, self.st_k, self.st_b, self.st_g, self.live))


@njit(cache=True)
def _period_totals(
    rows: Int64s,
    ring_c: Int32s,
    ring_b: Int32s,
    ov_k: Int64s,
    ov_b: Int64s,
    ov_c: Int64s,
    ov_e: Int64s,
    k: int,
    start: int,
    n: int,
    width: int,
) -> Int64s:
    out = np.zeros(n, dtype=np.int64)
    for p in range(n):
        s = start + p * width
        out[p] = _total(rows, ring_c, ring_b, ov_k, ov_b, ov_c, ov_e, k, s, s + width)
    return out


class RowCounts:
    """The bucket counts of one row, read the way the baselines and decisions read them."""

    __slots__ = ("row", "state")

    HISTORY = 1
    PREVIOUS = 2

    def __init__(self, state: State, row: int) -> None:
        self.state = state
        self.row = row

    @property
    def max_bucket(self) -> int | None:
        newest = int(self.state.rows[self.row, NEWEST])
        return None if newest == NO_BUCKET else newest

    def total(self, start: int, end: int) -> int:
        return self.state.total(self.row, start, end)

    def get(self, bucket: int) -> int:
        return self.state.get(self.row, bucket)

    def cached_total(self, slot: int, start: int, end: int) -> int:
        """:meth:`total` (the slot named the range cached by the old dict counts)."""
        return self.state.total(self.row, start, end)

    def window_sum(self, end_bucket: int, width: int) -> int:
        """Sum of the ``width`` buckets ending at ``end_bucket`` (inclusive)."""
        return self.state.total(self.row, end_bucket - width + 1, end_bucket + 1)

    def period_totals(self, start: int, n: int, width: int) -> list[int]:
        """Sums of ``n`` consecutive ``width``-bucket periods from bucket ``start``."""
        if n <= 0:
            return []
        sums = _period_totals(*self.state._counts_args(), self.row, start, n, width)
        return [int(v) for v in sums.tolist()]


def run(
    state: State,
    inc_first: Int64s,
    inc_dep: Int64s,
    inc_time: Floats,
    inc_slow: Flags,
    upd_k: Int64s,
    upd_b: Int64s,
    upd_w: Int64s,
    upd_s: Int64s,
    dep_due: Int64s,
    dep_first: Int64s,
    params: Int64s,
    fparams: Floats,
    start: Int64s,
    status: Flags,
    swept: Int64s,
    count_out: Int64s,
    nb: NbTables,
) -> int:
    """The kernel over one batch's columns (see :func:`_run`); why it stopped."""
    return int(
        _run(
            state.rows,
            state.base_expected,
            state.ring_c,
            state.ring_b,
            state.st_k,
            state.st_s,
            state.st_b,
            state.st_g,
            state.ov_k,
            state.ov_b,
            state.ov_c,
            state.ov_e,
            state.used,
            state.gen,
            inc_first,
            inc_dep,
            inc_time,
            inc_slow,
            upd_k,
            upd_b,
            upd_w,
            upd_s,
            dep_due,
            dep_first,
            state.ep_threshold,
            params,
            fparams,
            start,
            status,
            swept,
            count_out,
            nb,
        )
    )
