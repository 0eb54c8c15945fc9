"""Inhibition: a firing alert that matches a rule's ``source`` mutes alerts matching its
``target`` when the labels named in ``equal`` have the same values (Alertmanager's rules).

Example: a critical armed attack in a department mutes that department's watch-level alerts.
Pure; the state is the set of firing alerts this worker has seen (rebuilt as alerts arrive
after a restart, so inhibition may let an alert through right after one — never the reverse).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from earlywarn.alert.route import alert_labels, match_decision
from earlywarn.config import InhibitRuleConfig
from earlywarn.model import Alert, AlertStatus
from earlywarn.reasons import RouteDecision

MAX_FIRING = 10_000


class Inhibitor:
    """Remembers firing alerts; says whether a new one is muted by one of them."""

    def __init__(self, rules: Sequence[InhibitRuleConfig], max_firing: int = MAX_FIRING) -> None:
        self.rules = tuple(rules)
        self.max_firing = max_firing
        self._firing: OrderedDict[str, Alert] = OrderedDict()

    def observe(self, alert: Alert) -> None:
        """Track ``alert``: firing ones may inhibit others; a resolution ends that."""
        if not self.rules:
            return
        if alert.status is AlertStatus.FIRING:
            self._firing[alert.fingerprint] = alert
            self._firing.move_to_end(alert.fingerprint)
            while len(self._firing) > self.max_firing:
                self._firing.popitem(last=False)
        else:
            self._firing.pop(alert.fingerprint, None)

    def inhibited_by(self, alert: Alert) -> tuple[int, Alert] | None:
        """(rule index, source alert) muting ``alert``, or None. An alert never mutes itself."""
        for index, rule in enumerate(self.rules):
            if match_decision(alert, rule.target) is not RouteDecision.MATCHED:
                continue
            labels = alert_labels(alert)
            for source in self._firing.values():
                if source.fingerprint == alert.fingerprint:
                    continue
                if match_decision(source, rule.source) is not RouteDecision.MATCHED:
                    continue
                source_labels = alert_labels(source)
                if all(source_labels.get(n) == labels.get(n) for n in rule.equal):
                    return index, source
        return None
