"""Escalations → alerts, with exact duplicates suppressed.

Processing is at-least-once: after a crash the detector's output can be replayed, and the same
escalation arrives twice. An alert's id is stable per (fingerprint, status, level), so a
bounded LRU of recent ids is enough to drop replays; receivers de-duplicate on the same id
(``webhook-id``) for whatever slips past a restart without state.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from earlywarn.model import Alert, AlertStatus, Escalation, Level
from earlywarn.reasons import AlertDecision

DEFAULT_MAX_IDS = 10_000
SNAPSHOT_VERSION = 1


@dataclass(frozen=True, slots=True)
class TrackResult:
    """What the tracker decided; ``alert`` is None when the escalation was suppressed."""

    decision: AlertDecision
    alert: Alert | None

    @property
    def emitted(self) -> bool:
        return self.alert is not None


class AlertTracker:
    """Turns escalations into alerts; remembers recent alert ids and open episodes (LRU)."""

    def __init__(self, max_ids: int = DEFAULT_MAX_IDS) -> None:
        if max_ids < 1:
            raise ValueError("max_ids must be at least 1")
        self.max_ids = max_ids
        self._ids: OrderedDict[str, None] = OrderedDict()
        # fingerprint → highest level seen while firing; removed when it resolves.
        self._episodes: OrderedDict[str, Level] = OrderedDict()

    def __len__(self) -> int:
        return len(self._ids)

    def track(self, escalation: Escalation) -> TrackResult:
        """Decide NEW, LEVEL_RAISED, RESOLVED, UNKNOWN_EPISODE (still sent) or DUPLICATE."""
        alert = Alert.of(escalation)
        if alert.id in self._ids:
            self._ids.move_to_end(alert.id)
            return TrackResult(AlertDecision.DUPLICATE, None)
        known = self._episodes.get(alert.fingerprint)
        if alert.status is AlertStatus.FIRING:
            if known is not None and escalation.level <= known:
                # A replayed lower level after a raise: stale, the receiver has newer news.
                return TrackResult(AlertDecision.DUPLICATE, None)
            decision = AlertDecision.NEW if known is None else AlertDecision.LEVEL_RAISED
            self._remember(self._episodes, alert.fingerprint, escalation.level)
        else:
            # A resolution for an episode we never saw (state lost in a restart) is still
            # sent: a dangling firing alert at the receiver is worse than a redundant resolve.
            decision = (
                AlertDecision.RESOLVED if known is not None else AlertDecision.UNKNOWN_EPISODE
            )
            self._episodes.pop(alert.fingerprint, None)
        self._remember(self._ids, alert.id, None)
        return TrackResult(decision, alert)

    def accept(self, escalation: Escalation) -> tuple[Alert | None, AlertDecision]:
        """:meth:`track` as a pair ``(alert or None, decision)``."""
        result = self.track(escalation)
        return result.alert, result.decision

    def _remember(self, lru: OrderedDict[str, Any], key: str, value: Any) -> None:
        lru[key] = value
        lru.move_to_end(key)
        while len(lru) > self.max_ids:
            lru.popitem(last=False)

    def snapshot(self) -> dict[str, Any]:
        """JSON-able state (ids oldest first, so LRU order survives a restore)."""
        return {
            "version": SNAPSHOT_VERSION,
            "ids": list(self._ids),
            "episodes": [[fp, int(level)] for fp, level in self._episodes.items()],
        }

    def restore(self, data: Mapping[str, Any]) -> None:
        version = data.get("version")
        if version != SNAPSHOT_VERSION:
            raise ValueError(f"alert tracker snapshot version {version!r}, expected 1")
        self._ids = OrderedDict((str(i), None) for i in data["ids"][-self.max_ids :])
        self._episodes = OrderedDict(
            (str(fp), Level(int(level))) for fp, level in data["episodes"][-self.max_ids :]
        )
