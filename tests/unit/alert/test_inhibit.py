"""Inhibition rules: a firing source alert mutes matching targets with equal labels."""

from __future__ import annotations

from datetime import timedelta

from earlywarn.alert.inhibit import Inhibitor
from earlywarn.config import InhibitRuleConfig, MatchConfig
from earlywarn.model import Alert, AlertStatus, Category, Level

from ._helpers import T0, escalation

RULE = InhibitRuleConfig(
    source=MatchConfig(min_level="critical"),
    target=MatchConfig(max_level="watch"),
    equal=("department",),
)


def test_critical_alert_mutes_watch_alerts_of_its_department() -> None:
    """While a critical alert fires in La Libertad, its watch alerts are muted, Puno's are not."""
    inhibitor = Inhibitor([RULE])
    source = Alert.of(escalation(level=Level.CRITICAL, category=Category.HOMICIDE))
    inhibitor.observe(source)
    target = Alert.of(escalation(started=T0 + timedelta(hours=1)))
    elsewhere = Alert.of(escalation(region="21", started=T0 + timedelta(hours=1)))
    assert inhibitor.inhibited_by(target) == (0, source)
    assert inhibitor.inhibited_by(elsewhere) is None


def test_resolution_of_the_source_lifts_the_inhibition() -> None:
    """Once the source resolves, targets go through again."""
    inhibitor = Inhibitor([RULE])
    inhibitor.observe(Alert.of(escalation(level=Level.CRITICAL, category=Category.HOMICIDE)))
    inhibitor.observe(
        Alert.of(
            escalation(
                level=Level.CRITICAL, category=Category.HOMICIDE, status=AlertStatus.RESOLVED
            )
        )
    )
    assert inhibitor.inhibited_by(Alert.of(escalation(started=T0 + timedelta(hours=1)))) is None


def test_an_alert_never_inhibits_itself() -> None:
    """A rule whose source and target both match one alert does not mute that alert."""
    rule = InhibitRuleConfig(source=MatchConfig(), target=MatchConfig(), equal=("department",))
    inhibitor = Inhibitor([rule])
    alert = Alert.of(escalation())
    inhibitor.observe(alert)
    assert inhibitor.inhibited_by(alert) is None
