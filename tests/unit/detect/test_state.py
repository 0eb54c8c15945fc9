"""State: rows of bucket counts and stories in arrays, with the old dict counts' expiry."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import numpy as np

from earlywarn.config import DetectConfig
from earlywarn.detect import EscalationDetector
from earlywarn.detect.baseline import (
    baseline_tag,
    compute_baseline,
    nb_cusum_params,
    nb_cusum_tables,
)
from earlywarn.detect.nbfit import _designs_for, compiled_nb_cusum
from earlywarn.detect.state import (
    BASE_OWNED,
    BASE_TAG,
    CONTRIBUTION_CAP,
    NEWEST,
    NO_BUCKET,
    SWEPT,
    RowCounts,
    State,
    ring_size,
)
from earlywarn.detect.window import BucketCounts
from earlywarn.model import Category, Place, Precision, Severity, SignalKind
from earlywarn.testing import make_incident

WIDTH = 4
BASELINE = 20


def _dict_sweep(counts: BucketCounts) -> None:
    """The sweep the dict-based detector ran per count (the reference semantics)."""
    newest = counts.max_bucket
    assert newest is not None
    if counts.swept_at is not None and newest - counts.swept_at < WIDTH:
        return
    counts.swept_at = newest
    before = newest - WIDTH - BASELINE
    if counts.counts and next(iter(counts.counts)) < before:
        counts.expire(before)


def _array_sweep(state: State, row: int) -> None:
    swept_at = int(state.rows[row, SWEPT])
    if swept_at == NO_BUCKET or int(state.rows[row, NEWEST]) - swept_at >= WIDTH:
        state.sweep(row)


def _restored(state: State, reference: BucketCounts) -> int:
    """A new row holding ``reference``'s snapshot, as _Key.from_dict restores it."""
    row = state.new_row(0)
    for bucket, n in reference.to_list():
        state.add(row, bucket, n)
    state.rows[row, NEWEST] = reference.max_bucket
    state.rows[row, SWEPT] = NO_BUCKET if reference.swept_at is None else reference.swept_at
    return row


def test_ring_holds_every_bucket_a_sweep_keeps() -> None:
    """The ring spans two windows and the baseline: in-order buckets never collide."""
    assert ring_size(24, 24 * 28) == 2 * 24 + 24 * 28 + 1


def test_rows_hold_exactly_what_the_dict_counts_held() -> None:
    """Under the same counts and sweeps, including late and very late buckets and
    snapshot restores, a row holds the same buckets and sums as the dict counts did."""
    rng = random.Random(11)
    state = State(WIDTH, BASELINE, capacity=4)
    reference = BucketCounts()
    row = state.new_row(0)
    counts = RowCounts(state, row)
    newest = 1000
    for step in range(4000):
        roll = rng.random()
        if roll < 0.7:
            newest += rng.choice((0, 0, 1, 1, 2, 5, 40))
            bucket = newest
        elif roll < 0.95:
            bucket = newest - rng.randint(1, 3 * ring_size(WIDTH, BASELINE))
        else:
            bucket = newest - rng.randint(0, 6)
        n = rng.randint(1, 3)
        reference.add(bucket, n)
        state.add(row, bucket, n)
        _dict_sweep(reference)
        _array_sweep(state, row)
        buckets, sums = state.buckets(row)
        assert [[b, n] for b, n in zip(buckets, sums, strict=True)] == reference.to_list()
        start = bucket - rng.randint(0, 30)
        end = start + rng.randint(0, 40)
        assert counts.total(start, end) == reference.total(start, end)
        assert counts.window_sum(bucket, WIDTH) == reference.window_sum(bucket, WIDTH)
        assert counts.max_bucket == reference.max_bucket
        if step % 500 == 499:
            # A snapshot restore sorts the buckets: late ones then expire in bucket order.
            reference = BucketCounts.from_list(
                reference.to_list(), reference.max_bucket, reference.swept_at
            )
            state.free_rows([row])
            row = _restored(state, reference)
            counts = RowCounts(state, row)


def test_period_totals_match_range_sums() -> None:
    """Period sums are the range sums of consecutive window-sized periods."""
    state = State(WIDTH, BASELINE)
    row = state.new_row(0)
    for bucket in (3, 4, 4, 9, 12, 15, 16):
        state.add(row, bucket, 1)
    counts = RowCounts(state, row)
    assert counts.period_totals(4, 3, WIDTH) == [2, 1, 2]
    assert counts.period_totals(4, 0, WIDTH) == []


def test_stories_are_forgotten_after_a_sweep_past_them() -> None:
    """A story is held until a sweep's bound passes its bucket, written since or not."""
    state = State(WIDTH, BASELINE)
    row = state.new_row(0)
    state.add(row, 100, 1)
    state.put_story(row, 7, 100)
    state.put_story(row, 8, 90)  # late: held until the next sweep
    assert sorted(state.stories(row)[0]) == [7, 8]
    state.add(row, 105, 1)
    state.sweep(row)  # stories below 105 - 2 × WIDTH go
    assert state.stories(row) == ([7], [100])


def test_story_table_stays_bounded_over_a_long_stream() -> None:
    """Stories of windows long gone are dropped when the table is rehashed: its size
    follows the stories held, not the stories ever seen."""
    state = State(WIDTH, BASELINE)
    rows = [state.new_row(0) for _ in range(8)]
    story = 0
    sizes = []
    for bucket in range(5000):
        for row in rows:
            state.add(row, bucket, 1)
            state.put_story(row, story, bucket)
            story += 1
            if bucket % WIDTH == 0:
                state.sweep(row)
        sizes.append(state.st_k.shape[0])
    assert state.held_stories() <= len(rows) * 3 * WIDTH
    assert max(sizes) <= 1024  # ~40,000 stories seen, a few hundred held


def test_freed_rows_leave_nothing_behind() -> None:
    """A freed row's buckets and stories are gone, and a reused row starts empty."""
    state = State(WIDTH, BASELINE, capacity=1)
    row = state.new_row(0)
    state.add(row, 50, 2)
    state.add(row, 10, 1)  # late: in the overflow table
    state.put_story(row, 3, 50)
    state.free_rows([row])
    again = state.new_row(0)
    assert again == row
    assert state.buckets(again) == ([], [])
    assert state.stories(again) == ([], [])
    assert state.held_buckets() == 0


def test_rows_keep_their_counts_across_growth_and_new_rows_start_empty() -> None:
    """Rows grow by doubling; held counts survive each growth, and every new row is empty."""
    state = State(WIDTH, BASELINE, capacity=1)
    rows = []
    capacities = []
    for i in range(300):
        row = state.new_row(0)
        assert state.buckets(row) == ([], [])
        state.add(row, 100 + i % 7, i + 1)
        rows.append(row)
        capacities.append(state.rows.shape[0])
    assert sorted(set(capacities)) == [1, 64, 128, 256, 512]
    for i, row in enumerate(rows):
        assert state.buckets(row) == ([100 + i % 7], [i + 1])
    assert state.held_buckets() == 300


def test_kernel_nb_cusum_baselines_equal_compute_baseline() -> None:
    """Every nb_cusum baseline the kernel fits and caches equals compute_baseline's, float for float."""
    cfg = DetectConfig(method="nb_cusum", min_count=2)
    detector = EscalationDetector(cfg, {})
    rng = random.Random(6)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    event_time: dict[str, datetime] = {}
    checked = 0
    for day in range(45):
        batch = [
            make_incident(
                id=f"i{day}-{n}",
                signal_ids=(f"s{day}-{n}",),
                story_id=f"s{day}-{n}",
                category=rng.choice([Category.ARMED_ATTACK, Category.EXTORTION]),
                confidence=0.9,
                severity=Severity(),
                place=Place(Precision.DEPARTMENT, department_ubigeo=rng.choice(["13", "21"])),
                occurred_at=start + timedelta(days=day, seconds=rng.uniform(0, 86_400)),
                source="test",
                kind=SignalKind.NEWS,
                title="t",
            )
            for n in range(rng.choice([2, 5, 30]))
        ]
        batch.sort(key=lambda item: item.occurred_at)
        detector.observe_batch(batch, event_time)
        state = detector._state
        for region in detector._regions.values():
            for key in region.keys.values():
                row = state.rows[key.row]
                tag = int(row[BASE_TAG])
                if tag == NO_BUCKET or row[BASE_OWNED]:
                    continue  # nothing cached, or Python's own object
                bucket = tag // 2 + cfg.window_buckets - 1 + tag % 2  # a window with that tag
                assert baseline_tag(bucket, cfg) == tag
                cached = detector._baseline(region, key, bucket)
                assert cached == compute_baseline(key.counts, bucket, region.first_bucket, cfg)
                checked += 1
    assert checked > 20


def test_nb_cusum_tables_hold_the_fit_designs() -> None:
    """The kernel's design tables are nbfit's designs, with no fit where nb_cusum has too little history."""
    cfg = DetectConfig(method="nb_cusum")
    x_trend, a_trend, x_flat, a_flat, shape, _ = nb_cusum_tables(cfg)
    for ahead in (1, 2):
        for t in range(shape.shape[1]):
            params = nb_cusum_params(t, ahead, cfg)
            y = [1.0] * (t + 1)
            fitted, run = (int(v) for v in shape[ahead - 1, t])
            if fitted == 0:
                assert compiled_nb_cusum(y, t, params, unknown=ahead - 1) is None
                continue
            designs = _designs_for(fitted, run, t % params.baseline.freq, params.baseline)
            tables = (x_trend, a_trend, x_flat, a_flat)
            for table, design, size in zip(
                tables, designs, (fitted, run, fitted, run), strict=True
            ):
                assert np.array_equal(table[ahead - 1, t, :size], design)
    assert not nb_cusum_tables(DetectConfig(method="farrington"))[4].size


def test_contributions_keep_the_newest_counted_and_the_first_repeats_in_order() -> None:
    """A row keeps its newest CONTRIBUTION_CAP counted incidents and its first CONTRIBUTION_CAP
    repeats in arrival order; a sweep drops those at or before newest - window, order kept."""
    state = State(WIDTH, BASELINE)
    row = state.new_row(0)
    arrivals = range(CONTRIBUTION_CAP + 5)
    for item in arrivals:
        state.put_counted(row, item, 100 + item % 3)
        state.put_dup(row, 1000 + item, 100 + item % 3)
    numbers, buckets = state.counted(row)
    assert numbers == list(arrivals)[5:]
    assert buckets == [100 + n % 3 for n in numbers]
    assert state.dups(row)[0] == [1000 + n for n in range(CONTRIBUTION_CAP)]
    state.add(row, 100 + WIDTH + 1, 1)
    state.sweep(row)  # newest 105: buckets up to 101 leave every window
    kept = [n for n in list(arrivals)[5:] if n % 3 == 2]
    assert state.counted(row) == (kept, [102] * len(kept))
    kept_dups = [1000 + n for n in range(CONTRIBUTION_CAP) if n % 3 == 2]
    assert state.dups(row) == (kept_dups, [102] * len(kept_dups))
    state.put_counted(row, 99, 106)  # appended after the survivors
    assert state.counted(row)[0] == [*kept, 99]
