"""Scenario: moderately raised days add up under the default nb_cusum, and it resets."""

from __future__ import annotations

from datetime import datetime, timedelta

from earlywarn.config import DetectConfig
from earlywarn.detect import EscalationDetector
from earlywarn.model import (
    AlertStatus,
    Category,
    Escalation,
    Incident,
    Severity,
    SignalKind,
)
from earlywarn.testing import make_incident

from ._helpers import PATAZ, START

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
RAISED = START + 28 * DAY  # four weeks of two extortions a day, then the raised days


class _Stream:
    """Extortion reports in Pataz, each its own story."""

    def __init__(self) -> None:
        self.n = 0

    def day(self, day: datetime, count: int, first_hour: int) -> list[Incident]:
        out = []
        for i in range(count):
            self.n += 1
            out.append(
                make_incident(
                    id=f"cupo-{self.n}",
                    signal_ids=(f"sig-{self.n}",),
                    story_id=f"story-{self.n}",
                    category=Category.EXTORTION,
                    confidence=0.9,
                    severity=Severity(),
                    place=PATAZ,
                    occurred_at=day + (first_hour + i) * HOUR,
                    source="rpp",
                    kind=SignalKind.NEWS,
                    title=f"Cobro de cupos en Pataz ({self.n})",
                )
            )
        return out


def _run(cfg: DetectConfig, raised: list[int]) -> list[list[Escalation]]:
    """The escalations of each raised day after the usual history (watermark: event time)."""
    stream = _Stream()
    detector = EscalationDetector(cfg, {"13": "La Libertad"})
    event_time: dict[str, datetime] = {}
    history = [i for d in range(28) for i in stream.day(START + d * DAY, 2, 8)]
    assert detector.observe_batch(history, event_time) == []
    out = []
    for d, count in enumerate(raised):
        day = RAISED + d * DAY
        out.append(detector.observe_batch(stream.day(day, count, 9), event_time))
    return out


def test_three_moderately_raised_days_escalate_where_single_day_bounds_wait() -> None:
    """5 a day against 2 usual: quiet on days 1 to 3, the default fires on day 4."""
    per_day = _run(DetectConfig(), [5, 5, 5, 5])
    assert per_day[0] == [] and per_day[1] == [] and per_day[2] == []
    [fired] = per_day[3]
    # 2 a day is a sparse expectation: the larger decision interval, so a day later than 3.3.
    assert fired.status is AlertStatus.FIRING and fired.rule == "nb_cusum_h3.8"
    assert fired.count == 5 and fired.threshold == 5  # a day's bound alone is above 5
    assert "rule nb_cusum_h3.8, score 1.00" in fired.reason
    # The single-window bounds (Farrington, harmonic; with their two-window test) still wait.
    for method in ("farrington", "harmonic"):
        assert _run(DetectConfig(method=method), [5, 5, 5, 5]) == [[], [], [], []]
    # It is the run that counts: the same day after usual days is no escalation.
    assert _run(DetectConfig(), [2, 2, 2, 5]) == [[], [], [], []]


def test_the_statistic_resets_after_an_alarm() -> None:
    """With day-long windows, the day after an alarm needs evidence of its own again."""
    daily = DetectConfig(
        bucket_seconds=86400, window_buckets=1, baseline_buckets=28, quiet_buckets=1
    )
    per_day = _run(daily, [5, 5, 5, 5, 5])
    assert per_day[0] == [] and per_day[1] == []
    [fired] = per_day[2]
    assert fired.status is AlertStatus.FIRING and fired.threshold <= 5
    # Day 4 has the same 5, but the evidence of days 1-3 went into the alarm: its bound is
    # a single day's again, so the episode ends after it (resolved on day 5's first story).
    assert per_day[3] == []
    [resolved] = per_day[4]
    assert resolved.status is AlertStatus.RESOLVED
    assert resolved.fingerprint == fired.fingerprint
    assert resolved.window_end == RAISED + 4 * DAY
    assert resolved.count == 5 < resolved.threshold
