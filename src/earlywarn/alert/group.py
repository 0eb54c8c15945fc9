"""Group timers (Alertmanager's ``group_wait`` / ``group_interval``): when a notification is due.

A new group waits ``group_wait`` before its first notification (so that alerts arriving
together go out together); after that, changes go out on the group's ticks, every
``group_interval`` after the first flush. Here every alert still gets its own message
(its own ``webhook-id``): the timers decide *when*, not how many. Pure and in memory: after a
restart a group starts again with ``group_wait``, which can only delay, never lose, a message.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from datetime import datetime, timedelta

MAX_GROUPS = 10_000


class GroupTimers:
    """The first-flush time of each group, bounded (least recently used dropped first)."""

    def __init__(self, max_groups: int = MAX_GROUPS) -> None:
        self.max_groups = max_groups
        self._first_flush: OrderedDict[str, datetime] = OrderedDict()

    def __len__(self) -> int:
        return len(self._first_flush)

    def due(
        self, key: str, now: datetime, wait_seconds: float, interval_seconds: float
    ) -> datetime:
        """When a notification for a change in group ``key`` seen at ``now`` goes out."""
        first = self._first_flush.get(key)
        if first is None:
            first = now + timedelta(seconds=wait_seconds)
            self._first_flush[key] = first
            while len(self._first_flush) > self.max_groups:
                self._first_flush.popitem(last=False)
            return first
        self._first_flush.move_to_end(key)
        if now <= first:
            return first  # joins the pending first flush
        if interval_seconds <= 0:
            return now
        ticks = math.ceil((now - first).total_seconds() / interval_seconds)
        return first + timedelta(seconds=ticks * interval_seconds)
