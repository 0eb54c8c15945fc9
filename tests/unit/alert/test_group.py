"""Group timers: group_wait for a new group, then ticks every group_interval."""

from __future__ import annotations

from datetime import timedelta

from earlywarn.alert.group import GroupTimers

from ._helpers import T0


def test_new_group_waits_then_joins_the_pending_flush() -> None:
    """The first alert waits group_wait; others before the flush go with it."""
    timers = GroupTimers()
    assert timers.due("g", T0, 30, 300) == T0 + timedelta(seconds=30)
    assert timers.due("g", T0 + timedelta(seconds=10), 30, 300) == T0 + timedelta(seconds=30)
    assert timers.due("other", T0, 0, 300) == T0


def test_later_changes_go_out_on_the_next_tick() -> None:
    """After the first flush, a change waits for first + k × group_interval."""
    timers = GroupTimers()
    timers.due("g", T0, 0, 300)
    assert timers.due("g", T0 + timedelta(seconds=20), 0, 300) == T0 + timedelta(seconds=300)
    assert timers.due("g", T0 + timedelta(seconds=301), 0, 300) == T0 + timedelta(seconds=600)
    assert timers.due("g", T0 + timedelta(seconds=400), 0, 0) == T0 + timedelta(seconds=400)


def test_groups_are_bounded() -> None:
    """The least recently used group is forgotten beyond max_groups."""
    timers = GroupTimers(max_groups=2)
    for key in ("a", "b", "c"):
        timers.due(key, T0, 0, 0)
    assert len(timers) == 2
