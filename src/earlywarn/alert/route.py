"""Which subscriptions an alert goes to, and why the others do not get it.

Pure: the same function serves delivery and ``earlywarn routes test``, so every non-match
carries the :class:`~earlywarn.reasons.RouteDecision` that explains it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from earlywarn.config import SubscriptionConfig
from earlywarn.model import Alert, AlertStatus
from earlywarn.reasons import RouteDecision


@dataclass(frozen=True, slots=True)
class RouteResult:
    """The routing decision for one subscription."""

    subscription: SubscriptionConfig
    decision: RouteDecision

    @property
    def matched(self) -> bool:
        return self.decision is RouteDecision.MATCHED


def decide(alert: Alert, subscription: SubscriptionConfig) -> RouteDecision:
    """The first matcher that refuses ``alert``, or MATCHED.

    A resolved alert carries the highest level its episode reached, so a subscription that
    received the firing alert also receives its resolution.
    """
    match = subscription.match
    escalation = alert.escalation
    if alert.status is AlertStatus.RESOLVED and not subscription.send_resolved:
        return RouteDecision.RESOLVED_NOT_WANTED
    if match.departments and escalation.region not in match.departments:
        return RouteDecision.DEPARTMENT_MISMATCH
    if match.categories and escalation.category not in match.categories:
        return RouteDecision.CATEGORY_MISMATCH
    if escalation.level < match.level:
        return RouteDecision.LEVEL_TOO_LOW
    return RouteDecision.MATCHED


def route(alert: Alert, subscriptions: Sequence[SubscriptionConfig]) -> list[RouteResult]:
    """One result per subscription, in configuration order."""
    return [RouteResult(sub, decide(alert, sub)) for sub in subscriptions]


def matched(alert: Alert, subscriptions: Sequence[SubscriptionConfig]) -> list[SubscriptionConfig]:
    """The subscriptions that should receive ``alert``."""
    return [r.subscription for r in route(alert, subscriptions) if r.matched]
