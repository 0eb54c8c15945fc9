"""The detector's counting state in flat arrays, updated per batch by numba kernels.

Every region × category is a *row*. Its bucket counts are a ring of ``2 × window + baseline
+ 1`` slots tagged with the bucket they hold (enough for every bucket a sweep keeps behind
the newest, see :func:`ring_size`). Story ids seen recently and buckets that do not fit the
ring (late ones) live in two open-addressing tables shared by all rows. A row also holds
its contributions: the item numbers (and buckets) of its newest counted incidents and its
first repeats, which the kernel books and sweeps with the counts.

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
# Contributions per row: item numbers and buckets of the counted incidents (a ring, newest
# CONTRIBUTION_CAP) and of the repeats (the first CONTRIBUTION_CAP).
Items = tuple[Int64s, Int64s, Int64s, Int64s]
# Every row's bucket counts: rows, ring counts and buckets, overflow (row, bucket, count, expiry).
Counts = tuple[Int64s, Int32s, Int32s, Int64s, Int64s, Int64s, Int64s]
# The story table: row, story number, bucket, generation written.
Stories = tuple[Int64s, Int64s, Int64s, Int64s]
# A batch's columns per incident: department, event time where it advances it (else NaN),
# late (SLOW), route, bucket, weight, story number.
Batch = tuple[Int64s, Floats, Flags, Int64s, Int64s, Int64s, Int64s]

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
COUNTED_HEAD = 24  # the oldest slot of the row's ring of counted incidents
COUNTED_LEN = 25  # incidents in it
DUPS_LEN = 26  # repeats kept (the first CONTRIBUTION_CAP since they were last swept)
_COLUMNS = 27

CONTRIBUTION_CAP = 20
"""Incidents kept per row (and escalation record): enough to read the story, bounded."""

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


@njit(cache=True, inline="always")
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


@njit(cache=True, inline="always")
def _get(
    counts: Counts,
    k: int,
    b: int,
) -> int:
    rows, ring_c, ring_b, ov_k, ov_b, ov_c, ov_e = counts
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


@njit(cache=True, inline="always")
def _quiet(counts: Counts, base_expected: Floats, k: int, b: int, width: int, count: int) -> bool:
    """Whether row ``k``'s window ending at bucket ``b`` (holding ``count``) stays under its
    cached baseline: below the threshold, and not over the two-window one (if it has one)
    with the window before it."""
    rows = counts[0]
    if count >= rows[k, BASE_THRESHOLD]:
        return False
    two = rows[k, BASE_TWO]
    if two < 0 or count <= base_expected[k]:
        return True
    return bool(count + _total(counts, k, b - 2 * width + 1, b - width + 1) < two)


@njit(cache=True, inline="always")
def _total(
    counts: Counts,
    k: int,
    start: int,
    end: int,
) -> int:
    rows, ring_c, ring_b = counts[0], counts[1], counts[2]
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
        total += _get(counts, k, b)
    return total


@njit(cache=True, inline="always")
def _period_sums(
    counts: Counts, k: int, start: int, n: int, width: int, out: Int64s | Floats
) -> int:
    """Sums of ``n`` consecutive ``width``-bucket periods of row ``k`` from bucket ``start``
    into ``out[:n]`` (zeroed first); their total. One pass over the ring, its arrays taken
    out of ``counts`` once: per period (a fit reads up to 28), each take increfs them."""
    rows, ring_c, ring_b = counts[0], counts[1], counts[2]
    end = start + n * width
    total = 0
    for p in range(n):
        out[p] = 0
    if rows[k, OVERFLOW] == 0 and end - start <= ring_b.shape[1]:
        size = ring_b.shape[1]
        first = max(start, rows[k, BEFORE])
        s = first % size
        for b in range(first, end):
            if ring_b[k, s] == b:
                out[(b - start) // width] += ring_c[k, s]
                total += ring_c[k, s]
            s += 1
            if s == size:
                s = 0
        return total
    for p in range(n):
        lo = start + p * width
        c = _total(counts, k, lo, lo + width)
        out[p] = c
        total += c
    return total


@njit(cache=True, inline="always")
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


@njit(cache=True, inline="always")
def _add(
    counts: Counts,
    used: Int64s,
    k: int,
    b: int,
    n: int,
) -> None:
    rows, ring_c, ring_b, ov_k, ov_b, ov_c, ov_e = counts
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


@njit(cache=True, inline="always")
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


@njit(cache=True, inline="always")
def _book_counted(
    rows: Int64s, numbers: Int64s, buckets: Int64s, k: int, item: int, b: int
) -> None:
    """Append a counted incident to row ``k``'s ring, dropping its oldest when full."""
    cap = numbers.shape[1]
    head = rows[k, COUNTED_HEAD]
    n = rows[k, COUNTED_LEN]
    if n < cap:
        s = head + n
        if s >= cap:
            s -= cap
        rows[k, COUNTED_LEN] = n + 1
    else:
        s = head
        rows[k, COUNTED_HEAD] = head + 1 if head + 1 < cap else 0
    numbers[k, s] = item
    buckets[k, s] = b


@njit(cache=True, inline="always")
def _book_dup(rows: Int64s, numbers: Int64s, buckets: Int64s, k: int, item: int, b: int) -> None:
    """Keep a repeat of a counted story while row ``k`` has room for it."""
    n = rows[k, DUPS_LEN]
    if n < numbers.shape[1]:
        numbers[k, n] = item
        buckets[k, n] = b
        rows[k, DUPS_LEN] = n + 1


@njit(cache=True, inline="always")
def _sweep_items(
    rows: Int64s,
    counted_n: Int64s,
    counted_b: Int64s,
    dups_n: Int64s,
    dups_b: Int64s,
    k: int,
    oldest: int,
) -> None:
    """Drop row ``k``'s contributions at or before bucket ``oldest`` (out of every window
    a decision reads), keeping the order of the others."""
    cap = counted_n.shape[1]
    n = rows[k, COUNTED_LEN]
    head = rows[k, COUNTED_HEAD]
    kept = 0
    read = write = head
    for _ in range(n):
        if counted_b[k, read] > oldest:
            counted_n[k, write] = counted_n[k, read]
            counted_b[k, write] = counted_b[k, read]
            kept += 1
            write = write + 1 if write + 1 < cap else 0
        read = read + 1 if read + 1 < cap else 0
    rows[k, COUNTED_LEN] = kept
    n = rows[k, DUPS_LEN]
    kept = 0
    for s in range(n):
        if dups_b[k, s] > oldest:
            dups_n[k, kept] = dups_n[k, s]
            dups_b[k, kept] = dups_b[k, s]
            kept += 1
    rows[k, DUPS_LEN] = kept


@njit(cache=True, inline="always")
def _tag(bucket: int, width: int, periodic: bool) -> int:
    if not periodic:
        return bucket
    start = bucket - width + 1
    grid = (start // width) * width
    return 2 * grid + (1 if start != grid else 0)


@njit(cache=True)
def _poisson_base(
    counts: Counts,
    base_expected: Floats,
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
    rows = counts[0]
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
                history -= _total(counts, k, cached_start, history_start)
            elif history_start < cached_start:
                history += _total(counts, k, history_start, cached_start)
            if window_start > cached_end:
                history += _total(counts, k, cached_end, window_start)
            elif window_start < cached_end:
                history -= _total(counts, k, window_start, cached_end)
        else:
            history = _total(counts, k, history_start, window_start)
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
    counts: Counts,
    base_expected: Floats,
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
    rows = counts[0]
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
    history = _period_sums(counts, k, end - n * width, n, width, y)
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
    counts: Counts,
    base_expected: Floats,
    dep_first: Int64s,
    params: Int64s,
    fparams: Floats,
    nb: NbTables,
    k: int,
    b: int,
    tag: int,
) -> bool:
    """The kernel's baseline for row ``k`` at ``tag`` (cached in the row), where it has one;
    ``params``/``fparams`` as ``_run`` takes them."""
    width, baseline, min_count = params[0], params[1], params[2]
    if params[6] != 0:  # the Poisson rule
        return _poisson_base(
            counts,
                    base_expected, dep_first, k, b, tag,
            width, baseline, min_count, fparams,
        )  # fmt: skip
    if nb[4].shape[1] == 0:
        return False  # another method: Python fits
    return _nb_base(
        counts,
                    base_expected, dep_first, k, tag, width,
        baseline, min_count, nb,
    )  # fmt: skip


@njit(cache=True)
def _run(
    counts: Counts,
    stories: Stories,
    items: Items,
    base_expected: Floats,
    ep_threshold: Floats,
    used: Int64s,
    gen: Int64s,
    batch: Batch,
    route_rows: Int64s,
    item_base: int,
    dep_due: Int64s,
    dep_first: Int64s,
    params: Int64s,
    fparams: Floats,
    start: Int64s,
    nb: NbTables,
) -> int:
    """Count the region updates of incident ``start[0]`` (its route's rows), from update
    ``start[1]`` (pre-checks done when ``start[2]``), until one needs Python; leave where to
    resume in ``start`` and the count of the update it stopped after in ``start[3]``.
    Incident ``i`` is item ``item_base + i`` in the rows' contributions."""
    rows, ov_k = counts[0], counts[3]
    st_k, st_s, st_b, st_g = stories
    counted_n, counted_b, dups_n, dups_b = items
    inc_dep, inc_time, inc_slow, inc_route, inc_b, inc_w, inc_s = batch
    width = params[0]
    baseline = params[1]
    min_count = params[2]
    inhibit = params[3] != 0
    periodic = params[4] != 0
    bucket_seconds = params[5]
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
        route = inc_route[i]
        b = inc_b[i]
        story = inc_s[i]
        item = item_base + i
        while r < route_rows.shape[1] and route_rows[route, r] >= 0:
            if 2 * (used[0] + 1) > st_cap or 2 * (used[1] + 2) > ov_cap:
                start[0], start[1], start[2] = i, r, 1
                return GROW
            k = route_rows[route, r]
            r += 1
            # Another article of a counted story changes no count and decides nothing.
            j = _find(st_k, st_s, k, story)
            if j >= 0 and (st_g[j] == rows[k, GEN] or st_b[j] >= rows[k, OLDEST_STORY]):
                seen = st_b[j]
                if -width < b - seen < width:
                    _book_dup(rows, dups_n, dups_b, k, item, b)
                    continue
            if j < 0:
                j = -1 - j
                st_k[j] = k
                st_s[j] = story
                used[0] += 1
            st_b[j] = b
            st_g[j] = rows[k, GEN]
            _book_counted(rows, counted_n, counted_b, k, item, b)
            _add(counts, used, k, b, inc_w[i])
            if b < rows[k, BASE_STOP]:
                rows[k, BASE_TAG] = NO_BUCKET  # a late count landed in the cached history
                rows[k, BASE_STOP] = NO_BUCKET
                rows[k, BASE_OWNED] = 0
            newest = rows[k, NEWEST]
            swept_at = rows[k, SWEPT]
            if swept_at == NO_BUCKET or newest - swept_at >= width:
                _sweep(rows, gen, k, width, baseline)
                _sweep_items(rows, counted_n, counted_b, dups_n, dups_b, k, newest - width)
            count = _total(counts, k, b - width + 1, b + 1)
            start[3] = count
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
                    counts, base_expected, dep_first, params, fparams, nb, k, b, tag
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
                if _quiet(counts, base_expected, k, b, width, count):
                    continue
                reference = max(base_expected[k], float(min_count))
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
            if rows[k, BASE_TAG] == tag and _quiet(counts, base_expected, k, b, width, count):
                continue
            parent = rows[k, PARENT]
            if inhibit and parent >= 0 and rows[parent, FIRING] != 0:
                continue
            # Where the detector evaluates, the Poisson rule (closed-form) is computed and
            # cached here as _baseline would (the cache is kept until invalidated, so *when*
            # it is computed matters); beyond the exact limit Python does it.
            if (
                rows[k, BASE_TAG] != tag
                and _base(counts, base_expected, dep_first, params, fparams, nb, k, b, tag)
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
    counts: Counts,
    k: int,
) -> tuple[Int64s, Int64s]:
    rows, ring_c, ring_b, ov_k, ov_b, ov_c, ov_e = counts
    before = rows[k, BEFORE]
    n = 0
    for s in range(ring_b.shape[1]):
        if _slot_held(ring_c, ring_b, k, s, before):
            n += 1
    for i in range(ov_k.shape[0]):
        if ov_k[i] == k and ov_e[i] >= before:
            n += 1
    buckets = np.empty(n, dtype=np.int64)
    sums = np.empty(n, dtype=np.int64)
    n = 0
    for s in range(ring_b.shape[1]):
        if _slot_held(ring_c, ring_b, k, s, before):
            buckets[n] = ring_b[k, s]
            sums[n] = ring_c[k, s]
            n += 1
    for i in range(ov_k.shape[0]):
        if ov_k[i] == k and ov_e[i] >= before:
            buckets[n] = ov_b[i]
            sums[n] = ov_c[i]
            n += 1
    order = np.argsort(buckets, kind="mergesort")
    return buckets[order], sums[order]


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


@njit(cache=True)
def _held_items(rows: Int64s, items: Items, live: Flags) -> Int64s:
    """The item numbers the contributions of live rows refer to (with repeats)."""
    counted_n, _, dups_n, _ = items
    cap = counted_n.shape[1]
    n = 0
    for k in range(rows.shape[0]):
        if live[k]:
            n += rows[k, COUNTED_LEN] + rows[k, DUPS_LEN]
    out = np.empty(n, dtype=np.int64)
    n = 0
    for k in range(rows.shape[0]):
        if not live[k]:
            continue
        s = rows[k, COUNTED_HEAD]
        for _ in range(rows[k, COUNTED_LEN]):
            out[n] = counted_n[k, s]
            n += 1
            s = s + 1 if s + 1 < cap else 0
        for s in range(rows[k, DUPS_LEN]):
            out[n] = dups_n[k, s]
            n += 1
    return out


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
        empty = np.zeros((0, CONTRIBUTION_CAP), dtype=np.int64)
        self.items: Items = (empty, empty, empty, empty)
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
        # Unset too: a row's lengths say how much of them holds contributions.
        grown = []
        for old_items in self.items:
            items = np.empty((capacity, CONTRIBUTION_CAP), dtype=np.int64)
            items[:old] = old_items
            grown.append(items)
        self.items = (grown[0], grown[1], grown[2], grown[3])
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
        oldest = int(self.rows[k, NEWEST]) - self.window
        _sweep_items(self.rows, *self.items, k, oldest)

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

    def grow(self) -> Int64s | None:
        """Rehash the table(s) short of room; the story numbers still held when the story
        table was rehashed (so the caller can forget the others), else None."""
        held: Int64s | None = None
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
            held = self.st_s[self.st_k >= 0]
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

    def count_arrays(self) -> Counts:
        return self.rows, self.ring_c, self.ring_b, self.ov_k, self.ov_b, self.ov_c, self.ov_e

    def total(self, k: int, start: int, end: int) -> int:
        """Held counts of row ``k`` in buckets ``[start, end)``."""
        if end <= start:
            return 0
        return int(_total(self.count_arrays(), k, start, end))

    def get(self, k: int, bucket: int) -> int:
        return int(_get(self.count_arrays(), k, bucket))

    def add(self, k: int, bucket: int, n: int) -> None:
        """Count ``n`` in ``bucket`` (restoring a snapshot; the kernel counts live)."""
        if 2 * (int(self.used[1]) + 2) > self.ov_k.shape[0]:
            self.grow()
        _add(self.count_arrays(), self.used, k, bucket, n)

    def buckets(self, k: int) -> tuple[list[int], list[int]]:
        """Held buckets of row ``k`` and their counts, in bucket order."""
        buckets, counts = _row_buckets(self.count_arrays(), k)
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

    # ------------------------------------------------------------------ contributions

    def counted(self, k: int) -> tuple[list[int], list[int]]:
        """Item numbers and buckets of row ``k``'s counted incidents, oldest first."""
        numbers, buckets, _, _ = self.items
        head = int(self.rows[k, COUNTED_HEAD])
        order = [(head + s) % CONTRIBUTION_CAP for s in range(int(self.rows[k, COUNTED_LEN]))]
        return numbers[k, order].tolist(), buckets[k, order].tolist()

    def dups(self, k: int) -> tuple[list[int], list[int]]:
        """Item numbers and buckets of row ``k``'s repeats, first seen first."""
        _, _, numbers, buckets = self.items
        n = int(self.rows[k, DUPS_LEN])
        return numbers[k, :n].tolist(), buckets[k, :n].tolist()

    def put_counted(self, k: int, item: int, bucket: int) -> None:
        """Append a counted incident (restoring a snapshot; the kernel books live)."""
        _book_counted(self.rows, self.items[0], self.items[1], k, item, bucket)

    def put_dup(self, k: int, item: int, bucket: int) -> None:
        _book_dup(self.rows, self.items[2], self.items[3], k, item, bucket)

    def held_items(self) -> Int64s:
        """The item numbers live rows refer to (with repeats)."""
        return _held_items(self.rows, self.items, self.live)

    def held_buckets(self) -> int:
        return int(
            _held_counts(self.rows, self.ring_c, self.ring_b, self.ov_k, self.ov_e, self.live)
        )

    def held_stories(self) -> int:
        return int(_held_stories(self.rows, self.st_k, self.st_b, self.st_g, self.live))


@njit(cache=True)
def _period_totals(
    counts: Counts,
    k: int,
    start: int,
    n: int,
    width: int,
) -> Int64s:
    out = np.zeros(n, dtype=np.int64)
    _period_sums(counts, k, start, n, width, out)
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
        sums = _period_totals(self.state.count_arrays(), self.row, start, n, width)
        return [int(v) for v in sums.tolist()]


def run(
    state: State,
    batch: Batch,
    route_rows: Int64s,
    item_base: int,
    dep_due: Int64s,
    dep_first: Int64s,
    params: Int64s,
    fparams: Floats,
    start: Int64s,
    nb: NbTables,
) -> int:
    """The kernel over one batch's columns (see :func:`_run`); why it stopped."""
    return int(
        _run(
            state.count_arrays(),
            (state.st_k, state.st_s, state.st_b, state.st_g),
            state.items,
            state.base_expected,
            state.ep_threshold,
            state.used,
            state.gen,
            batch,
            route_rows,
            item_base,
            dep_due,
            dep_first,
            params,
            fparams,
            start,
            nb,
        )
    )
