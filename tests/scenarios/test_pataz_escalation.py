"""Scenario on a manual clock: a wave of attacks in Pataz escalates, then resolves in silence."""

from __future__ import annotations

from datetime import datetime, timedelta

from earlywarn.clock import ManualClock
from earlywarn.config import DetectConfig
from earlywarn.detect import EscalationDetector
from earlywarn.model import (
    AlertStatus,
    Category,
    Escalation,
    Incident,
    Level,
    Severity,
    SignalKind,
)
from earlywarn.pipeline import Detection
from earlywarn.runtime.faust_app import LiveWatermark
from earlywarn.testing import make_incident

from ._helpers import PATAZ, START

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
WAVE = START + 28 * DAY  # four weeks of history, then the wave


def _incident(n: int, at: datetime, kind: SignalKind = SignalKind.NEWS) -> Incident:
    return make_incident(
        id=f"pataz-{n}",
        signal_ids=(f"sig-{n}",),
        story_id=f"story-{n}",
        category=Category.ARMED_ATTACK,
        confidence=0.9,
        severity=Severity(killed=1),
        place=PATAZ,
        occurred_at=at,
        source="field-intake" if kind is SignalKind.FIELD else "rpp",
        kind=kind,
        title=f"Ataque armado en Pataz ({n})",
    )


def _history() -> list[Incident]:
    """One attack every five days for four weeks: Pataz's normal."""
    return [_incident(i, START + i * 5 * DAY + 10 * HOUR) for i in range(6)]


def _wave() -> list[Incident]:
    """Five attacks within nine hours on the 29th day, one of them a field report."""
    hours = (8, 10, 13, 15, 17)
    kinds = [SignalKind.NEWS, SignalKind.FIELD, SignalKind.NEWS, SignalKind.NEWS, SignalKind.NEWS]
    return [
        _incident(100 + i, WAVE + h * HOUR, k)
        for i, (h, k) in enumerate(zip(hours, kinds, strict=True))
    ]


def _live(
    clock: ManualClock, detection: Detection, watermark: LiveWatermark, incidents: list[Incident]
) -> list[Escalation]:
    """What the detect agent does: the clock stands at each event's arrival."""
    out: list[Escalation] = []
    for incident in incidents:
        clock.set(incident.occurred_at + timedelta(minutes=2))  # arrives 2 min later
        out.extend(detection.observe([incident]).escalations)
        watermark.observe(incident.occurred_at, clock.now())
    return out


def test_pataz_wave_escalates_then_resolves_on_the_clock_alone() -> None:
    """Fires during the wave, stays open while it lasts, resolves after 24 quiet hours."""
    cfg = DetectConfig()
    clock = ManualClock(START)
    detection = Detection(EscalationDetector(cfg, {"13": "La Libertad"}))
    watermark = LiveWatermark()

    assert _live(clock, detection, watermark, _history()) == []
    wave = _wave()
    fired = _live(clock, detection, watermark, wave)

    # Escalation between the third attack (a) and the end of the wave (b).
    assert fired, "the wave must escalate"
    first = fired[0]
    assert first.status is AlertStatus.FIRING
    assert (first.region, first.category) == ("13", Category.ARMED_ATTACK)
    assert wave[2].occurred_at <= first.episode_started_at <= wave[-1].occurred_at
    assert first.rule == "nb_cusum_h3.8"  # the default rule, few expected: its sparse interval
    assert first.count >= cfg.min_count and first.count >= first.threshold
    assert "expected" in first.reason and "score" in first.reason
    assert any(c.kind is SignalKind.FIELD for c in fired[-1].contributions)
    assert all(e.fingerprint == first.fingerprint for e in fired)
    assert max(e.level for e in fired) >= Level.WATCH

    # Silence: wall-clock ticks every 5 minutes move the watermark; no events arrive.
    last_wave_bucket_end = wave[-1].occurred_at.replace(minute=0) + HOUR
    resolved: list[Escalation] = []
    tick = timedelta(minutes=5)
    while not resolved:
        clock.set(clock.now() + tick)
        current = watermark.current(clock.now())
        assert current is not None
        resolved = detection.advance(current)
        assert clock.now() < WAVE + 4 * DAY, "never resolved"
    [end] = resolved
    assert end.status is AlertStatus.RESOLVED
    assert end.fingerprint == first.fingerprint
    # The window drops below threshold 24 h after the wave's first counted hour at the latest,
    # and then it must stay quiet for quiet_buckets more hours: an event-time end.
    assert (
        end.window_end > last_wave_bucket_end + cfg.quiet_buckets * HOUR - cfg.window_buckets * HOUR
    )
    assert end.window_end <= last_wave_bucket_end + (cfg.window_buckets + cfg.quiet_buckets) * HOUR
    assert end.window_end <= current
    assert detection.detector.firing() == []

    # Replay of the same incidents, watermark by event time, gives the same records.
    replay = Detection(EscalationDetector(cfg, {"13": "La Libertad"}))
    replayed = replay.observe([*_history(), *wave]).escalations
    replayed += replay.advance(end.window_end)
    assert [e.to_dict() for e in replayed] == [e.to_dict() for e in [*fired, end]]
