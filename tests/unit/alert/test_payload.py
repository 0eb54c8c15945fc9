"""alert_payload(): the JSON body subscribers receive."""

from __future__ import annotations

import json

from earlywarn.alert.payload import acled_for, alert_body, alert_payload
from earlywarn.model import Alert, AlertStatus, Category, SignalKind

from ._helpers import escalation


def test_payload_fields() -> None:
    """The body names the alert, region, category with ACLED type, numbers and window."""
    alert = Alert.of(escalation())
    body = alert_payload(alert, "ops")
    assert body["type"] == "earlywarn.alert"
    assert body["id"] == alert.id
    assert body["status"] == "firing"
    assert body["fingerprint"] == alert.fingerprint
    assert body["region"] == {"department_ubigeo": "13", "name": "La Libertad"}
    assert body["category"] == {
        "id": "armed_attack",
        "acled": {"event_type": "Violence against civilians", "sub_event_type": "Attack"},
    }
    assert body["level"] == "watch"
    assert (body["observed"], body["expected"], body["threshold"]) == (3, 0.1545, 3.0)
    assert body["rule"] == "poisson_upper_0.99"
    assert body["reason"].startswith("armed_attack in La Libertad")
    assert body["window"] == {"start": "2024-03-28T15:00:00Z", "end": "2024-03-29T15:00:00Z"}
    assert body["starts_at"] == "2024-03-29T12:00:00Z"
    assert body["ends_at"] is None
    assert len(body["contributing"]) == 3
    assert body["contributing"][0]["url"] == "https://news.example/0"
    assert body["contributing"][2]["kind"] == "field"


def test_corroboration_needs_news_and_field() -> None:
    """Corroborated only when a field report and a news item both contributed."""
    both = alert_payload(Alert.of(escalation()), "ops")["corroboration"]
    assert both == {"news": 2, "field": 1, "corroborated": True}
    news_only = escalation(kinds=(SignalKind.NEWS,) * 3)
    assert alert_payload(Alert.of(news_only), "ops")["corroboration"]["corroborated"] is False


def test_resolved_payload_has_an_end() -> None:
    """A resolved alert says when it ended."""
    body = alert_payload(Alert.of(escalation(status=AlertStatus.RESOLVED)), "ops")
    assert body["status"] == "resolved"
    assert body["ends_at"] == "2024-03-29T15:00:00Z"


def test_body_bytes_are_stable_json() -> None:
    """The same alert always serialises to the same UTF-8 JSON bytes."""
    alert = Alert.of(escalation())
    assert alert_body(alert, "ops") == alert_body(alert, "ops")
    assert json.loads(alert_body(alert, "ops"))["id"] == alert.id


def test_acled_for_not_relevant_is_none() -> None:
    """not_relevant has no ACLED type."""
    assert acled_for(Category.NOT_RELEVANT) is None


def test_every_format_renders_the_same_bytes_for_one_delivery() -> None:
    """A retried delivery carries identical bytes in each format, with its content type."""
    from earlywarn.alert.outbox import Delivery
    from earlywarn.alert.payload import render

    from ._helpers import T0

    delivery = Delivery("id-1", "ops", Alert.of(escalation()), 0, "g", T0, T0)
    for fmt, content_type in [
        ("standard", "application/json"),
        ("cloudevents", "application/cloudevents+json; charset=utf-8"),
        ("alertmanager", "application/json"),
    ]:
        body, given = render(delivery, fmt)
        assert render(delivery, fmt) == (body, given)
        assert given == content_type
    standard = json.loads(render(delivery, "standard")[0])
    assert standard["notification"] == {"webhook_id": "id-1", "repeat": 0, "group": "g"}
    assert standard["contributing"][0]["province_ubigeo"] == "1308"
