"""route(): matchers on department, category, level and resolved alerts, with reasons."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from earlywarn.alert.route import Router, alert_labels, decide, match_decision, matched, route
from earlywarn.config import AlertConfig, MatchConfig
from earlywarn.model import Alert, AlertStatus, Category, Level, SignalKind
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


# --------------------------------------------------------------------------- the tree


def _config(route: dict[str, object] | None, *names: str, **extra: object) -> AlertConfig:
    return AlertConfig.model_validate(
        {
            "subscriptions": [subscription(n).model_dump(mode="json") for n in names],
            "route": route,
            **extra,
        }
    )


def test_implicit_tree_sends_to_every_subscription_its_filter_accepts() -> None:
    """Without a route, each subscription is reached and filtered by its own match."""
    config = AlertConfig(
        subscriptions=(subscription("all"), subscription("puno", departments=("21",)))
    )
    routing = Router(config).route(Alert.of(escalation()))
    assert [t.subscription.name for t in routing.targets] == ["all"]
    assert [(r.subscription, r.decision) for r in routing.refusals] == [
        ("puno", RouteDecision.DEPARTMENT_MISMATCH)
    ]


def test_first_matching_child_wins_unless_continue() -> None:
    """A matching child stops the walk; with continue the next siblings are tried too."""
    route = {
        "receiver": "fallback",
        "routes": [
            {"match": {"departments": ["13"]}, "receiver": "libertad", "continue": True},
            {"match": {"categories": ["armed_attack"]}, "receiver": "attacks"},
            {"match": {}, "receiver": "never"},
        ],
    }
    config = _config(route, "fallback", "libertad", "attacks", "never")
    routing = Router(config).route(Alert.of(escalation()))
    assert [t.subscription.name for t in routing.targets] == ["libertad", "attacks"]
    assert [s.path for s in routing.steps] == ["root", "root.0", "root.1"]


def test_no_matching_child_falls_back_to_the_parent_receiver() -> None:
    """When no child matches, the node's own (inherited) receiver gets the alert."""
    route = {
        "receiver": "fallback",
        "routes": [{"match": {"departments": ["21"]}, "receiver": "puno"}],
    }
    routing = Router(_config(route, "fallback", "puno")).route(Alert.of(escalation()))
    assert [t.subscription.name for t in routing.targets] == ["fallback"]
    assert routing.steps[1].decision is RouteDecision.DEPARTMENT_MISMATCH


def test_children_inherit_receiver_and_timings() -> None:
    """Unset receiver, group_by and timers come from the parent; set ones override."""
    route = {
        "receiver": "ops",
        "group_wait_seconds": 30,
        "routes": [
            {
                "match": {"min_level": "warning"},
                "group_interval_seconds": 60,
                "routes": [{"match": {"categories": ["armed_attack"]}, "group_by": ["..."]}],
            }
        ],
    }
    config = _config(route, "ops", repeat_interval_seconds=600)
    [target] = Router(config).route(Alert.of(escalation(level=Level.CRITICAL))).targets
    node = target.node
    assert (node.path, node.receiver) == ("root.0.0", "ops")
    assert (node.group_wait_seconds, node.group_interval_seconds) == (30, 60)
    assert node.repeat_interval_seconds == 600
    assert node.group_by == ("...",)


def test_province_and_source_kind_matchers() -> None:
    """Province matches a contributing incident's province; source_kinds any contribution's kind."""
    alert = Alert.of(escalation(kinds=(SignalKind.NEWS, SignalKind.NEWS)))
    pataz = MatchConfig(provinces=("1308",))
    puno = MatchConfig(provinces=("2101",))
    assert match_decision(alert, pataz) is RouteDecision.MATCHED
    assert match_decision(alert, puno) is RouteDecision.PROVINCE_MISMATCH
    assert (
        match_decision(alert, MatchConfig(source_kinds=("field",)))
        is RouteDecision.SOURCE_KIND_MISMATCH
    )
    assert match_decision(alert, MatchConfig(max_level="watch")) is RouteDecision.MATCHED
    critical = Alert.of(escalation(level=Level.CRITICAL))
    assert (
        match_decision(critical, MatchConfig(max_level="warning")) is RouteDecision.LEVEL_TOO_HIGH
    )


def test_route_to_unknown_receiver_is_a_config_error() -> None:
    """A route naming no subscription is refused when the config is read."""
    with pytest.raises(ValidationError, match="not a subscription name"):
        _config({"receiver": "nobody"}, "ops")


def test_group_key_uses_group_by_labels() -> None:
    """Alerts of one department and category share a group; '...' gives one per alert."""
    config = _config({"receiver": "ops"}, "ops")
    tree = Router(config).tree
    a = Alert.of(escalation())
    b = Alert.of(escalation(started=escalation().episode_started_at.replace(hour=20)))
    assert tree.group_key("ops", alert_labels(a)) == tree.group_key("ops", alert_labels(b))
    each = Router(_config({"receiver": "ops", "group_by": ["..."]}, "ops")).tree
    assert each.group_key("ops", alert_labels(a)) != each.group_key("ops", alert_labels(b))
