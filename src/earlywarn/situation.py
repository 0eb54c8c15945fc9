"""The operations centre's picture: levels per department, recent alerts, trends.

Pure: fed the alerts and incidents that the topics carry (the dashboard reads every
partition, so each worker shows the whole country, not just the departments it owns), and
asked for JSON-able views. No clock: "now" is the newest event time seen.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from typing import Any

from earlywarn.config import DetectConfig
from earlywarn.model import Alert, AlertStatus, Category, Incident, Level
from earlywarn.trends import TrendBook

RECENT_ALERTS = 200
"""Alerts kept for the list (newest first); enough for a shift, bounded for memory."""

TREND_BUCKETS = 7 * 24
"""How far back a trend chart reaches, in buckets (a week of hours by default)."""


def alert_view(alert: Alert) -> dict[str, Any]:
    """What the dashboard shows of one alert (text is data: the page escapes it)."""
    e = alert.escalation
    return {
        "id": alert.id,
        "fingerprint": alert.fingerprint,
        "status": alert.status.value,
        "level": e.level.label,
        "department": e.region,
        "region_name": e.region_name,
        "category": e.category.value,
        "observed": e.count,
        "expected": round(e.baseline, 3),
        "threshold": e.threshold,
        "window_start": e.window_start.isoformat(),
        "window_end": e.window_end.isoformat(),
        "starts_at": alert.starts_at.isoformat(),
        "ends_at": alert.ends_at.isoformat() if alert.ends_at else None,
        "explanation": e.reason,
        "sources": [
            {
                "title": c.title,
                "source": c.source,
                "url": c.url,
                "occurred_at": c.occurred_at.isoformat(),
            }
            for c in e.contributions
        ],
    }


class Situation:
    """Current escalation levels, the recent alerts and the trend counts."""

    def __init__(self, cfg: DetectConfig, region_names: Mapping[str, str]) -> None:
        self.cfg = cfg
        self.region_names = dict(region_names)
        self.trends = TrendBook(cfg, keep_buckets=cfg.baseline_buckets + TREND_BUCKETS)
        self._open: dict[tuple[str, Category], Alert] = {}
        self._recent: deque[Alert] = deque(maxlen=RECENT_ALERTS)
        self._seen_ids: set[str] = set()

    def observe_incidents(self, incidents: Iterable[Incident]) -> None:
        self.trends.observe(incidents)

    def observe_alert(self, alert: Alert) -> bool:
        """Take one alert; False when it was seen already (at-least-once redelivery)."""
        if alert.id in self._seen_ids:
            return False
        if len(self._seen_ids) > 50 * RECENT_ALERTS:
            self._seen_ids = {a.id for a in self._recent}
        self._seen_ids.add(alert.id)
        key = (alert.escalation.region, alert.escalation.category)
        current = self._open.get(key)
        if alert.status is AlertStatus.FIRING:
            if current is None or alert.escalation.level >= current.escalation.level:
                self._open[key] = alert
        elif current is not None and current.fingerprint == alert.fingerprint:
            del self._open[key]
        self._recent.appendleft(alert)
        return True

    def levels(self) -> dict[str, int]:
        """Highest open level per department (0 for quiet), every known department."""
        out = dict.fromkeys(self.region_names, 0)
        for (department, _), alert in self._open.items():
            out[department] = max(out.get(department, 0), int(alert.escalation.level))
        return out

    def snapshot(self) -> dict[str, Any]:
        levels = self.levels()
        departments = {
            code: {
                "name": self.region_names.get(code, code),
                "level": Level(level).label if level else "quiet",
                "open": [
                    alert_view(a)
                    for (dep, _), a in sorted(self._open.items(), key=lambda kv: kv[0][1].value)
                    if dep == code
                ],
            }
            for code, level in sorted(levels.items())
        }
        return {"departments": departments, "alerts": [alert_view(a) for a in self._recent]}

    def trend(self, department: str) -> dict[str, Any]:
        """Per category with counts in ``department``: the last TREND_BUCKETS windows."""
        newest = self.trends.newest_bucket
        charts: list[dict[str, Any]] = []
        if newest is not None:
            first = newest - TREND_BUCKETS + 1
            for dep, category in self.trends.series_keys():
                if dep != department:
                    continue
                points = self.trends.series(dep, category, first, newest)
                if any(p.count for p in points):
                    charts.append(
                        {
                            "category": category.value,
                            "points": [p.to_dict() for p in points],
                            "alerts": [
                                {"at": a.escalation.window_end.isoformat(), "status": a.status}
                                for a in self._recent
                                if a.escalation.region == dep and a.escalation.category == category
                            ],
                        }
                    )
        return {
            "department": department,
            "name": self.region_names.get(department, department),
            "window_hours": self.cfg.window_buckets * self.cfg.bucket_seconds / 3600,
            "charts": charts,
        }
