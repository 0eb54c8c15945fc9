"""route(): matchers on department, category, level and resolved alerts, with reasons."""

from __future__ import annotations

from earlywarn.alert.route import decide, matched, route
from earlywarn.model import Alert, AlertStatus, Category, Level
from earlywarn.reasons import RouteDecision

from ._helpers import escalation, subscription


def test_empty_matchers_match_everything() -> None:
    """A subscription without matchers receives every alert."""
    [result] = route(Alert.of(escalation()), [subscription()])
    assert result.matched
    assert result.decision is RouteDecision.MATCHED


def test_each_non_match_carries_its_reason() -> None:
    """Department, category and level mismatches are told apart."""
    alert = Alert.of(escalation(level=Level.WARNING))
    subs = [
        subscription("puno", departments=("21",)),
        subscription("kidnap", categories=(Category.KIDNAPPING,)),
        subscription("crit", min_level="critical"),
        subscription("libertad", departments=("13", "21"), min_level="warning"),
    ]
    results = route(alert, subs)
    assert [(r.subscription.name, r.decision) for r in results] == [
        ("puno", RouteDecision.DEPARTMENT_MISMATCH),
        ("kidnap", RouteDecision.CATEGORY_MISMATCH),
        ("crit", RouteDecision.LEVEL_TOO_LOW),
        ("libertad", RouteDecision.MATCHED),
    ]
    assert [s.name for s in matched(alert, subs)] == ["libertad"]


def test_resolved_alerts_respect_send_resolved() -> None:
    """send_resolved=false refuses resolutions and still receives firing alerts."""
    quiet = subscription("quiet", send_resolved=False)
    resolved = Alert.of(escalation(status=AlertStatus.RESOLVED))
    assert decide(resolved, quiet) is RouteDecision.RESOLVED_NOT_WANTED
    assert decide(Alert.of(escalation()), quiet) is RouteDecision.MATCHED


def test_resolution_reaches_subscribers_of_the_highest_level() -> None:
    """A resolution carries the episode's top level, so a warning-only subscriber gets it."""
    sub = subscription(min_level="warning")
    assert decide(Alert.of(escalation(level=Level.WATCH)), sub) is RouteDecision.LEVEL_TOO_LOW
    resolved = Alert.of(escalation(status=AlertStatus.RESOLVED, level=Level.WARNING))
    assert decide(resolved, sub) is RouteDecision.MATCHED
