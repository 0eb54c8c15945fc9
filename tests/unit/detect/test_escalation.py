"""EscalationDetector: firing, level raises, story counting, resolution, state, determinism."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from earlywarn.config import DetectConfig
from earlywarn.detect import EscalationDetector, poisson_upper_threshold
from earlywarn.detect.escalation import CONTRIBUTION_CAP, _Items
from earlywarn.detect.state import State
from earlywarn.detect.window import bucket_of
from earlywarn.model import (
    AlertStatus,
    Category,
    Escalation,
    Incident,
    Level,
    Place,
    Precision,
    SignalKind,
    format_time,
)

from ._helpers import DAY, HOUR, NAMES, PATAZ, T0, incident

# 1 h buckets, 24 h window, 28 days of baseline, min_count 3. The mechanics below are
# calibrated on the Farrington bounds; the default nb_cusum has its own tests
# (test_baseline.py, tests/scenarios/).
CFG = DetectConfig(method="farrington")
POISSON = DetectConfig(method="poisson")  # the pre-Farrington rule, with a closed-form baseline


def _detector(cfg: DetectConfig = CFG) -> EscalationDetector:
    return EscalationDetector(cfg, NAMES)


def _quiet_history() -> list[Incident]:
    """One armed attack a week in Pataz for four weeks."""
    return [incident(T0 + week * 7 * DAY + 12 * HOUR) for week in range(4)]


def _burst(start: datetime, n: int, **kwargs: object) -> list[Incident]:
    return [incident(start + i * HOUR, **kwargs) for i in range(n)]  # type: ignore[arg-type]


BURST_AT = T0 + 28 * DAY + 12 * HOUR


def test_burst_after_quiet_history_fires_with_count_baseline_and_threshold() -> None:
    """Three new stories in a day after a quiet month in Pataz fire a WATCH escalation."""
    detector = _detector(POISSON)
    assert detector.observe(_quiet_history()) == []
    burst = _burst(BURST_AT, 3)
    out = detector.observe(burst)
    assert len(out) == 1
    esc = out[0]
    assert esc.status is AlertStatus.FIRING
    assert esc.level is Level.WATCH
    assert (esc.region, esc.region_name) == (PATAZ, "La Libertad")
    assert esc.category is Category.ARMED_ATTACK
    assert esc.count == 3
    # History: 4 incidents over 651 buckets (27.125 windows) before the current window.
    assert esc.baseline == pytest.approx((4 + 0.25 * 2) / (651 / 24 + 2))
    assert esc.threshold == 3
    assert esc.score == pytest.approx(1.0)
    assert esc.rule == "poisson_upper_0.99"
    assert esc.reason == (
        "armed_attack in La Libertad: 3 incidents in 24h vs 0.15 expected (threshold 3)"
    )
    assert esc.episode_started_at == burst[2].occurred_at
    assert esc.window_end == BURST_AT.replace(minute=0) + 3 * HOUR
    assert esc.window_start == esc.window_end - 24 * HOUR
    assert [c.incident_id for c in esc.contributions] == [i.id for i in burst]


def test_level_rises_within_one_episode_with_the_same_fingerprint() -> None:
    """More stories raise WATCH → WARNING → CRITICAL, each a FIRING record of one episode."""
    detector = _detector()
    detector.observe(_quiet_history())
    out = detector.observe([incident(BURST_AT + i * timedelta(minutes=20)) for i in range(12)])
    assert [(e.level, e.count) for e in out] == [
        (Level.WATCH, 3),
        (Level.WARNING, 6),
        (Level.CRITICAL, 12),
    ]
    assert len({e.fingerprint for e in out}) == 1
    assert {e.episode_started_at for e in out} == {out[0].episode_started_at}
    assert [e.level for e in detector.firing()] == [Level.CRITICAL]


def test_near_duplicates_of_one_story_count_once() -> None:
    """200 incidents of one story add one to the count; contributions stay capped."""
    detector = _detector()
    same = [incident(BURST_AT + i * timedelta(minutes=1), story="story-X") for i in range(200)]
    assert detector.observe(same) == []
    out = detector.observe(_burst(BURST_AT + 4 * HOUR, 2))
    assert len(out) == 1
    assert out[0].count == 3
    assert len(out[0].contributions) == 20
    stories = {c.story_id for c in out[0].contributions}
    assert len(stories) == 3  # the distinct stories are never crowded out by repeats


def test_same_story_after_a_full_window_counts_again() -> None:
    """A story id seen again more than a window later is a new event for counting."""
    detector = _detector()
    detector.observe(_quiet_history())
    detector.observe([incident(BURST_AT, story="s"), incident(BURST_AT + 30 * HOUR, story="s")])
    out = detector.observe(_burst(BURST_AT + 31 * HOUR, 1))
    assert out == []  # the first "s" is outside the window, so the count is 2
    out = detector.observe(_burst(BURST_AT + 32 * HOUR, 1))
    assert [e.count for e in out] == [3]


def test_ignored_incidents_do_not_count() -> None:
    """not_relevant, low-confidence and placeless incidents never count."""
    detector = _detector()
    ignored = [
        incident(BURST_AT, category=Category.NOT_RELEVANT),
        incident(BURST_AT, confidence=0.1),
        incident(BURST_AT, department=None),
    ] * 5
    assert detector.observe(ignored) == []
    assert detector.regions() == []


def test_resolves_after_quiet_period_with_deterministic_end() -> None:
    """With no new events the episode resolves at a time computed from event times alone."""
    detector = _detector()
    detector.observe(_quiet_history())
    burst = _burst(BURST_AT, 5)
    fired = detector.observe(burst)
    assert len(fired) == 1
    first = bucket_of(BURST_AT.timestamp(), 3600)
    # The 24 h count drops below 3 in bucket first + 26; 24 quiet buckets later it resolves.
    resolved_at = datetime.fromtimestamp((first + 26 + 24) * 3600, BURST_AT.tzinfo)
    assert detector.resolves_at(PATAZ, Category.ARMED_ATTACK) == resolved_at
    assert detector.advance(resolved_at - timedelta(seconds=1)) == []
    out = detector.advance(resolved_at)
    assert len(out) == 1
    resolved = out[0]
    assert resolved.status is AlertStatus.RESOLVED
    assert resolved.fingerprint == fired[0].fingerprint
    assert resolved.window_end == resolved_at
    assert resolved.count == 0
    assert resolved.reason == (
        "resolved: armed_attack in La Libertad: 0 incidents in 24h (threshold 3); "
        f"no new story since {format_time(BURST_AT.replace(minute=0) + 5 * HOUR)}"
    )
    assert resolved.level is Level.WATCH
    assert resolved.contributions == fired[0].contributions
    assert detector.firing() == []
    assert detector.advance(resolved_at + 10 * DAY) == []

    late = _detector()  # a watermark far past the end (replay) gives the same record
    late.observe(_quiet_history())
    late.observe(burst)
    assert late.advance(resolved_at + 100 * DAY) == [resolved]


def test_new_story_during_quiet_period_postpones_resolution() -> None:
    """A counted story before the resolution time keeps the episode open."""
    detector = _detector()
    detector.observe(_burst(BURST_AT, 3))
    before = detector.resolves_at(PATAZ, Category.ARMED_ATTACK)
    assert before is not None
    detector.observe([incident(before - HOUR)])
    after = detector.resolves_at(PATAZ, Category.ARMED_ATTACK)
    assert after is not None and after > before
    assert detector.advance(before) == []


def test_new_episode_after_resolution_has_a_new_fingerprint() -> None:
    """After resolving, a new burst opens a new episode with its own fingerprint."""
    detector = _detector()
    first = detector.observe(_burst(BURST_AT, 3))
    detector.advance(BURST_AT + 10 * DAY)
    second = detector.observe(_burst(BURST_AT + 10 * DAY, 3))
    assert len(second) == 1
    assert second[0].fingerprint != first[0].fingerprint


def _mixed_stream(seed: int, n: int = 3000) -> list[Incident]:
    rng = random.Random(seed)
    out: list[Incident] = []
    at = T0
    for i in range(n):
        at += timedelta(minutes=rng.randrange(0, 90))
        out.append(
            incident(
                at,
                story=f"s{rng.randrange(0, n // 2)}",
                department=rng.choice(("13", "21", "04")),
                category=rng.choice((Category.ARMED_ATTACK, Category.EXTORTION)),
                kind=rng.choice((SignalKind.NEWS, SignalKind.FIELD)),
                ident=f"m{seed}-{i}",
            )
        )
    return out


def _run(
    stream: Sequence[Incident], detector: EscalationDetector, batch: int = 50
) -> list[Escalation]:
    out: list[Escalation] = []
    for start in range(0, len(stream), batch):
        chunk = stream[start : start + batch]
        out += detector.observe(chunk)
        out += detector.advance(chunk[-1].occurred_at)
    return out


def test_same_input_gives_identical_output() -> None:
    """Two detectors fed the same stream in the same order emit equal escalations."""
    stream = _mixed_stream(1)
    first = _run(stream, _detector())
    assert first  # the stream is busy enough to fire and resolve
    assert {e.status for e in first} == {AlertStatus.FIRING, AlertStatus.RESOLVED}
    assert _run(stream, _detector()) == first


def test_snapshot_restore_mid_stream_matches_uninterrupted_run() -> None:
    """Persisting state per region as JSON mid-stream and restoring it changes nothing."""
    stream = _mixed_stream(2)
    expected = _run(stream, _detector())
    half = len(stream) // 2
    detector = _detector()
    out = _run(stream[:half], detector)
    saved = {dep: json.dumps(detector.snapshot_region(dep)) for dep in detector.regions()}
    restored = _detector()
    for dep in reversed(sorted(saved)):
        restored.restore_region(dep, json.loads(saved[dep]))
    out += _run(stream[half:], restored)
    assert out == expected

    whole = _detector()
    _run(stream[:half], whole)
    again = _detector()
    again.restore(json.loads(json.dumps(whole.snapshot())))
    assert again.snapshot() == whole.snapshot()


def test_restore_refuses_unknown_version() -> None:
    """A snapshot from another format version is refused, not misread."""
    with pytest.raises(ValueError):
        _detector().restore_region(PATAZ, {"version": 99})


def test_memory_stays_bounded_as_buckets_expire() -> None:
    """A year of hourly incidents keeps about window + baseline buckets and a few windows of ids."""
    detector = _detector()
    stream = [incident(T0 + i * HOUR, ident=f"y{i}") for i in range(24 * 365)]
    for start in range(0, len(stream), 500):
        detector.observe(stream[start : start + 500])
    limit = CFG.window_buckets * 2 + CFG.baseline_buckets
    assert detector.bucket_count() <= limit
    assert detector.story_count() <= 3 * CFG.window_buckets + 1


def test_threshold_tracks_a_busy_region() -> None:
    """A region with steady activity needs more than min_count stories to fire."""
    detector = _detector()
    steady = [incident(T0 + i * 8 * HOUR, ident=f"b{i}") for i in range(3 * 28)]
    detector.observe(steady)
    out = detector.observe(_burst(T0 + 28 * DAY + 4 * HOUR, 12))
    assert out
    assert out[0].threshold == poisson_upper_threshold(out[0].baseline)
    assert out[0].threshold > CFG.min_count


def test_clear_forgets_all_regions() -> None:
    """clear() drops every region, as when a worker's partitions are revoked."""
    detector = _detector()
    detector.observe(_burst(BURST_AT, 3))
    detector.clear()
    assert detector.regions() == []
    assert detector.firing() == []


def test_resolutions_are_emitted_at_the_first_watermark_that_reaches_them() -> None:
    """Advancing per incident, every resolution appears as soon as the watermark passes it."""
    stream = _mixed_stream(3)
    detector = _detector()
    previous = None
    resolved = 0
    for item in stream:
        for esc in detector.advance(item.occurred_at):
            assert esc.window_end <= item.occurred_at
            assert previous is None or esc.window_end > previous
            resolved += 1
        for open_episode in detector.firing():  # nothing due is left behind
            due = detector.resolves_at(open_episode.region, open_episode.category)
            assert due is not None and due > item.occurred_at
        previous = item.occurred_at
        detector.observe([item])
    assert resolved > 0


def test_late_incident_completing_a_burst_fires_as_in_event_time_order() -> None:
    """Stories arriving out of order fire the same episode as when they arrive in order."""
    burst = _burst(BURST_AT, 3)
    in_order = _detector()
    in_order.observe(_quiet_history())
    expected = in_order.observe(burst)
    shuffled = _detector()
    shuffled.observe(_quiet_history())
    got = shuffled.observe([burst[2], burst[0], burst[1]])
    assert [(e.status, e.level, e.count, e.fingerprint) for e in got] == [
        (e.status, e.level, e.count, e.fingerprint) for e in expected
    ]
    assert got[0].episode_started_at == burst[2].occurred_at


def _unordered_stream(seed: int, n: int = 4000) -> list[Incident]:
    """Busy departments and provinces with late arrivals, repeated stories and redeliveries."""
    rng = random.Random(seed)
    out: list[Incident] = []
    clock = T0
    for _ in range(n):
        clock += timedelta(minutes=rng.expovariate(1 / 20.0))
        at = clock - rng.choice([timedelta(0)] * 8 + [30 * HOUR, 9 * DAY]) * rng.random()
        if out and rng.random() < 0.03:
            out.append(rng.choice(out[-50:]))  # an exact redelivery
            continue
        story = rng.choice(out[-30:]).story_id if out and rng.random() < 0.15 else None
        department = rng.choice(["13", "21", "04"])
        item = incident(at, story, department=department, category=rng.choice(CATEGORIES))
        province = f"{department}0{rng.randint(1, 3)}"
        place = Place(
            Precision.DISTRICT,
            department_ubigeo=department,
            province_ubigeo=province,
            district_ubigeo=f"{province}01",
        )
        out.append(replace(item, place=place))
    return out


CATEGORIES = [Category.ARMED_ATTACK, Category.EXTORTION, Category.HOMICIDE]


def _one_at_a_time(detector: EscalationDetector, stream: Sequence[Incident]) -> list[Escalation]:
    """What Detection.observe did per incident: advance the department's time, then observe."""
    seen: dict[str, datetime] = {}
    out: list[Escalation] = []
    for item in stream:
        department = item.place.department_ubigeo
        assert department is not None
        if department not in seen or item.occurred_at > seen[department]:
            seen[department] = item.occurred_at
            out += detector.advance(item.occurred_at, (department,))
        out += detector.observe([item])
    return out


@pytest.mark.parametrize("method", ["nb_cusum", "farrington", "poisson"])
def test_observe_batch_equals_advance_and_observe_one_at_a_time(method: str) -> None:
    """observe_batch gives the same escalations and state as one incident at a time."""
    cfg = DetectConfig(method=method, district_regions=("130101", "210201"))
    stream = _unordered_stream(5)
    single = EscalationDetector(cfg, NAMES)
    expected = _one_at_a_time(single, stream)
    assert {e.status for e in expected} == {AlertStatus.FIRING, AlertStatus.RESOLVED}
    rng = random.Random(9)
    batched = EscalationDetector(cfg, NAMES)
    event_time: dict[str, datetime] = {}
    got: list[Escalation] = []
    start = 0
    while start < len(stream):
        size = rng.choice([1, 2, 7, 50, 400])
        got += batched.observe_batch(stream[start : start + size], event_time)
        start += size
    assert got == expected
    assert json.dumps(batched.snapshot()) == json.dumps(single.snapshot())


def test_restore_mid_stream_then_batches_match_an_unrestored_run() -> None:
    """A JSON snapshot taken mid-stream and restored continues as the original detector."""
    stream = _unordered_stream(6, 3000)
    half = len(stream) // 2
    original = _detector()
    first = _one_at_a_time(original, stream[:half])
    restored = _detector()
    restored.restore(json.loads(json.dumps(original.snapshot())))
    event_time = {
        dep: max(i.occurred_at for i in stream[:half] if i.place.department_ubigeo == dep)
        for dep in ("13", "21", "04")
    }
    again = _detector()
    again.restore(json.loads(json.dumps(original.snapshot())))
    assert first
    assert restored.observe_batch(stream[half:], dict(event_time)) == _one_at_a_time_from(
        again, stream[half:], dict(event_time)
    )
    assert json.dumps(restored.snapshot()) == json.dumps(again.snapshot())


def _one_at_a_time_from(
    detector: EscalationDetector, stream: Sequence[Incident], seen: dict[str, datetime]
) -> list[Escalation]:
    out: list[Escalation] = []
    for item in stream:
        department = item.place.department_ubigeo
        assert department is not None
        if item.occurred_at > seen[department]:
            seen[department] = item.occurred_at
            out += detector.advance(item.occurred_at, (department,))
        out += detector.observe([item])
    return out


def test_observe_batch_resolves_at_the_first_department_incident_past_the_quiet_period() -> None:
    """Another department's episodes changing meanwhile neither hastens nor delays it."""
    detector = _detector(POISSON)
    event_time: dict[str, datetime] = {}
    opened = detector.observe_batch([*_quiet_history(), *_burst(BURST_AT, 6)], event_time)
    assert any(e.region == PATAZ and e.status is AlertStatus.FIRING for e in opened)
    due = detector.resolves_at(PATAZ, Category.ARMED_ATTACK)
    assert due is not None
    # Puno bursts and keeps counting past Pataz's resolution; Pataz only sees extortion
    # (its event time moves on, its armed-attack episode gets no new story).
    puno = _burst(BURST_AT + 8 * HOUR, 60, department="21")
    before = incident(due - HOUR, category=Category.EXTORTION)
    first_batch = sorted([*puno, before], key=lambda i: i.occurred_at)
    out = detector.observe_batch(first_batch, event_time)
    assert any(e.region == "21" for e in out)
    assert not [e for e in out if e.region == PATAZ and e.status is AlertStatus.RESOLVED]
    after = incident(due + timedelta(minutes=1), category=Category.EXTORTION)
    resolved = detector.observe_batch([after], event_time)
    assert [(e.region, e.status, e.window_end) for e in resolved] == [
        (PATAZ, AlertStatus.RESOLVED, due)
    ]


def test_contribution_store_keeps_only_what_live_rows_refer_to() -> None:
    """Once past its floor, the contribution store drops the incidents no live row refers to."""
    state = State(CFG.window_buckets, CFG.baseline_buckets)
    items = _Items(floor=8)
    rows = [state.new_row(0) for _ in range(2)]
    stream = [incident(T0 + i * HOUR) for i in range(60)]
    first = items.add_all(stream)
    for n in range(60):
        state.put_counted(rows[n % 2], first + n, n)  # each row keeps its newest CAP
    state.put_dup(rows[0], first, 0)  # a repeat keeps its incident
    freed = state.new_row(0)
    state.put_counted(freed, first + 1, 1)
    state.free_rows([freed])  # a freed row refers to nothing
    items.collect(state)
    held = [first] + [first + n for n in range(60 - 2 * CONTRIBUTION_CAP, 60)]
    assert sorted(items.by_number) == held
    assert items.limit == 2 * len(held)
    numbers, buckets = state.counted(rows[1])
    assert items.pairs(numbers, buckets) == [(n, stream[n]) for n in range(21, 60, 2)]


def test_restored_contributions_are_listed_as_by_the_uninterrupted_detector() -> None:
    """Contributions restored from a JSON snapshot are listed by later escalations exactly
    as the uninterrupted detector lists the incidents themselves."""
    history = _quiet_history()
    burst = _burst(BURST_AT, 3, story=None)
    whole = _detector(POISSON)
    whole.observe(history + burst[:2])
    restored = _detector(POISSON)
    restored.restore(json.loads(json.dumps(whole.snapshot())))
    expected = whole.observe(burst[2:])
    assert len(expected) == 1
    assert [c.incident_id for c in expected[0].contributions] == [i.id for i in burst]
    assert restored.observe(burst[2:]) == expected
    assert json.dumps(restored.snapshot()) == json.dumps(whole.snapshot())


def test_event_time_outside_the_buckets_is_refused_not_raised() -> None:
    """An incident whose bucket does not fit the rings (year 9000 in minute buckets) is
    refused with the range in the message; observed anyway, it is neither counted nor moves
    its department's time, and the batch around it counts."""
    cfg = DetectConfig(method="poisson", bucket_seconds=60, window_buckets=60, baseline_buckets=600)
    detector = EscalationDetector(cfg, NAMES)
    far = incident(datetime(9000, 1, 1, tzinfo=T0.tzinfo), ident="far")
    before, after = incident(T0, ident="before"), incident(T0 + HOUR, ident="after")
    assert detector.refusal(before) is None and detector.refusal(after) is None
    error = detector.refusal(far)
    assert error is not None and "far" in error and "9000-01-01" in error
    event_time: dict[str, datetime] = {}
    assert detector.observe_batch([before, far, after], event_time) == []
    assert event_time == {PATAZ: after.occurred_at}
    assert detector.bucket_count() == 2
