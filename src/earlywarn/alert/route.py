"""Which subscriptions an alert goes to, and why the others do not get it.

Alertmanager-shaped and pure: a routing tree of matchers (``alert.route``), walked depth
first; the deepest matching nodes win, ``continue`` lets later siblings match too, and unset
receivers and timings are inherited from the parent. Each subscription then applies its own
``match`` and ``send_resolved`` as a receiver filter. Without ``alert.route`` the tree is
implicit: every subscription, filtered by its own ``match`` (the simple configuration).

The same functions serve delivery and ``earlywarn routes test``: every step of the walk and
every refusal carries the :class:`~earlywarn.reasons.RouteDecision` that explains it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from earlywarn.config import AlertConfig, MatchConfig, RouteConfig, SubscriptionConfig
from earlywarn.model import Alert, AlertStatus
from earlywarn.reasons import RouteDecision

ALERT_NAME = "EarlywarnEscalation"
ALL_LABELS = "..."


def alert_labels(alert: Alert) -> dict[str, str]:
    """The labels routing, grouping, inhibition and the Alertmanager format see."""
    esc = alert.escalation
    provinces = sorted({c.province for c in esc.contributions if c.province})
    kinds = sorted({c.kind.value for c in esc.contributions})
    return {
        "alertname": ALERT_NAME,
        "fingerprint": alert.fingerprint,
        "department": esc.region,
        "region": esc.region_name,
        "category": esc.category.value,
        "level": esc.level.label,
        "provinces": ",".join(provinces),
        "source_kinds": ",".join(kinds),
    }


def match_decision(alert: Alert, match: MatchConfig) -> RouteDecision:
    """The first matcher in ``match`` that refuses ``alert``, or MATCHED."""
    esc = alert.escalation
    if match.departments and esc.region not in match.departments:
        return RouteDecision.DEPARTMENT_MISMATCH
    if match.provinces and not any(c.province in match.provinces for c in esc.contributions):
        return RouteDecision.PROVINCE_MISMATCH
    if match.categories and esc.category not in match.categories:
        return RouteDecision.CATEGORY_MISMATCH
    if esc.level < match.level:
        return RouteDecision.LEVEL_TOO_LOW
    if esc.level > match.top_level:
        return RouteDecision.LEVEL_TOO_HIGH
    if match.source_kinds and not any(
        c.kind.value in match.source_kinds for c in esc.contributions
    ):
        return RouteDecision.SOURCE_KIND_MISMATCH
    return RouteDecision.MATCHED


def decide(alert: Alert, subscription: SubscriptionConfig) -> RouteDecision:
    """The receiver filter: ``send_resolved``, then the subscription's own matchers.

    A resolved alert carries the highest level its episode reached, so a subscription that
    received the firing alert also receives its resolution.
    """
    if alert.status is AlertStatus.RESOLVED and not subscription.send_resolved:
        return RouteDecision.RESOLVED_NOT_WANTED
    return match_decision(alert, subscription.match)


# --------------------------------------------------------------------------- the tree


@dataclass(frozen=True, slots=True)
class RouteNode:
    """A routing-tree node with inheritance resolved."""

    path: str
    match: MatchConfig
    receiver: str | None
    continue_: bool
    group_by: tuple[str, ...]
    group_wait_seconds: float
    group_interval_seconds: float
    repeat_interval_seconds: float
    children: tuple[RouteNode, ...] = ()

    def group_key(self, receiver: str, labels: Mapping[str, str]) -> str:
        """Alerts with the same key are notified together (same timers)."""
        if ALL_LABELS in self.group_by:
            values = f"fingerprint={labels['fingerprint']}"
        else:
            values = ",".join(f"{name}={labels.get(name, '')}" for name in self.group_by)
        return f"{self.path}|{receiver}|{{{values}}}"


def build_tree(config: AlertConfig) -> RouteNode:
    """The routing tree of ``config`` (the implicit one when ``alert.route`` is unset)."""
    if config.route is not None:
        root_config = config.route
    else:
        root_config = RouteConfig(
            routes=tuple(RouteConfig(receiver=s.name, continue_=True) for s in config.subscriptions)
        )
    return _node(root_config, "root", None, config)


def _node(
    route: RouteConfig, path: str, parent: RouteNode | None, config: AlertConfig
) -> RouteNode:
    def pick(own: float | None, inherited: float) -> float:
        return inherited if own is None else own

    inherited_receiver = parent.receiver if parent is not None else None
    group_by = route.group_by
    if group_by is None:
        group_by = parent.group_by if parent else config.group_by
    node = RouteNode(
        path=path,
        match=route.match,
        receiver=route.receiver if route.receiver is not None else inherited_receiver,
        continue_=route.continue_,
        group_by=group_by,
        group_wait_seconds=pick(
            route.group_wait_seconds,
            parent.group_wait_seconds if parent else config.group_wait_seconds,
        ),
        group_interval_seconds=pick(
            route.group_interval_seconds,
            parent.group_interval_seconds if parent else config.group_interval_seconds,
        ),
        repeat_interval_seconds=pick(
            route.repeat_interval_seconds,
            parent.repeat_interval_seconds if parent else config.repeat_interval_seconds,
        ),
    )
    children = tuple(
        _node(child, f"{path}.{i}", node, config) for i, child in enumerate(route.routes)
    )
    return replace(node, children=children)


@dataclass(frozen=True, slots=True)
class Step:
    """One node tried during the walk, and what its matchers said."""

    path: str
    receiver: str | None
    decision: RouteDecision
    continue_: bool


@dataclass(frozen=True, slots=True)
class Target:
    """A subscription that receives the alert, and the node that sent it there."""

    subscription: SubscriptionConfig
    node: RouteNode


@dataclass(frozen=True, slots=True)
class Refusal:
    """A subscription the walk reached whose receiver filter refused the alert."""

    subscription: str
    path: str
    decision: RouteDecision


@dataclass
class Routing:
    """The outcome of routing one alert."""

    targets: list[Target] = field(default_factory=list)
    refusals: list[Refusal] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)


class Router:
    """Routes alerts through the tree of ``config``; pure and reusable."""

    def __init__(self, config: AlertConfig) -> None:
        self.config = config
        self.tree = build_tree(config)
        self.subscriptions = {s.name: s for s in config.subscriptions}

    def route(self, alert: Alert) -> Routing:
        routing = Routing()
        root_decision = match_decision(alert, self.tree.match)
        routing.steps.append(Step("root", self.tree.receiver, root_decision, False))
        if root_decision is not RouteDecision.MATCHED:
            return routing
        seen: set[str] = set()
        for node in self._walk(self.tree, alert, routing.steps):
            if node.receiver is None:
                routing.refusals.append(Refusal("-", node.path, RouteDecision.NOT_ROUTED))
                continue
            if node.receiver in seen:  # reached twice through `continue`: send once
                continue
            seen.add(node.receiver)
            subscription = self.subscriptions[node.receiver]
            decision = decide(alert, subscription)
            if decision is RouteDecision.MATCHED:
                routing.targets.append(Target(subscription, node))
            else:
                routing.refusals.append(Refusal(subscription.name, node.path, decision))
        return routing

    def _walk(self, node: RouteNode, alert: Alert, steps: list[Step]) -> list[RouteNode]:
        found: list[RouteNode] = []
        for child in node.children:
            decision = match_decision(alert, child.match)
            steps.append(Step(child.path, child.receiver, decision, child.continue_))
            if decision is RouteDecision.MATCHED:
                found.extend(self._walk(child, alert, steps))
                if not child.continue_:
                    break
        return found or [node]


# --------------------------------------------------------------------------- flat helpers


@dataclass(frozen=True, slots=True)
class RouteResult:
    """The receiver-filter decision for one subscription."""

    subscription: SubscriptionConfig
    decision: RouteDecision

    @property
    def matched(self) -> bool:
        return self.decision is RouteDecision.MATCHED


def route(alert: Alert, subscriptions: Sequence[SubscriptionConfig]) -> list[RouteResult]:
    """One receiver-filter result per subscription, in configuration order (no tree)."""
    return [RouteResult(sub, decide(alert, sub)) for sub in subscriptions]


def matched(alert: Alert, subscriptions: Sequence[SubscriptionConfig]) -> list[SubscriptionConfig]:
    """The subscriptions whose receiver filter accepts ``alert``."""
    return [r.subscription for r in route(alert, subscriptions) if r.matched]
