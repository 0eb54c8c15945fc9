"""AlertTracker: escalations become alerts once; replays are suppressed; memory is bounded."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from earlywarn.alert.dedup import AlertTracker
from earlywarn.model import AlertStatus, Level
from earlywarn.reasons import AlertDecision

from ._helpers import T0, escalation


def test_episode_lifecycle_decisions() -> None:
    """New, raised, resolved: each emits an alert with the escalation inside."""
    tracker = AlertTracker()
    new = tracker.track(escalation())
    raised = tracker.track(escalation(level=Level.WARNING))
    resolved = tracker.track(escalation(status=AlertStatus.RESOLVED, level=Level.WARNING))
    assert [new.decision, raised.decision, resolved.decision] == [
        AlertDecision.NEW,
        AlertDecision.LEVEL_RAISED,
        AlertDecision.RESOLVED,
    ]
    assert new.alert is not None and resolved.alert is not None
    assert new.alert.fingerprint == resolved.alert.fingerprint
    assert resolved.alert.ends_at == resolved.alert.escalation.window_end


def test_replayed_escalation_is_a_duplicate() -> None:
    """The same escalation seen twice (at-least-once replay) is emitted once."""
    tracker = AlertTracker()
    assert tracker.track(escalation()).emitted
    again = tracker.track(escalation())
    assert again.decision is AlertDecision.DUPLICATE
    assert again.alert is None


def test_stale_lower_level_after_a_raise_is_suppressed() -> None:
    """A replayed WATCH after the episode reached WARNING is not sent again."""
    tracker = AlertTracker(max_ids=1)  # the WATCH id itself has been forgotten
    tracker.track(escalation())
    tracker.track(escalation(level=Level.WARNING))
    assert tracker.track(escalation()).decision is AlertDecision.DUPLICATE


def test_resolution_of_unknown_episode_is_still_sent() -> None:
    """A resolution whose firing was never seen is emitted, flagged UNKNOWN_EPISODE."""
    result = AlertTracker().track(escalation(status=AlertStatus.RESOLVED))
    assert result.decision is AlertDecision.UNKNOWN_EPISODE
    assert result.emitted


def test_memory_is_bounded_by_max_ids() -> None:
    """The id LRU never holds more than max_ids entries."""
    tracker = AlertTracker(max_ids=50)
    for hour in range(500):
        tracker.track(escalation(started=T0 + timedelta(hours=hour)))
    assert len(tracker) == 50


def test_snapshot_restore_keeps_duplicates_suppressed() -> None:
    """After a JSON snapshot round trip, an already-sent escalation is still a duplicate."""
    tracker = AlertTracker()
    tracker.track(escalation())
    restored = AlertTracker()
    restored.restore(json.loads(json.dumps(tracker.snapshot())))
    assert restored.track(escalation()).decision is AlertDecision.DUPLICATE
    assert restored.track(escalation(level=Level.CRITICAL)).decision is AlertDecision.LEVEL_RAISED


def test_bad_arguments_are_refused() -> None:
    """A zero-sized LRU and foreign snapshot versions are errors."""
    with pytest.raises(ValueError):
        AlertTracker(max_ids=0)
    with pytest.raises(ValueError):
        AlertTracker().restore({"version": 7})


def test_accept_returns_alert_and_decision() -> None:
    """accept() gives the (alert, decision) pair the pipeline consumes."""
    tracker = AlertTracker()
    alert, decision = tracker.accept(escalation())
    assert alert is not None and decision is AlertDecision.NEW
    assert tracker.accept(escalation()) == (None, AlertDecision.DUPLICATE)
