"""The body a subscriber receives for one alert, in the subscription's ``format``.

- ``standard`` (default): earlywarn's own JSON (``type: earlywarn.alert``), which explains
  itself: region, category with its ACLED type, level, observed vs expected, the rule, the
  contributing incidents with their URLs and times, and the status.
- ``cloudevents``: a CloudEvents 1.0 event in structured mode
  (``application/cloudevents+json``) whose ``data`` is the standard body.
- ``alertmanager``: Alertmanager's webhook JSON (version 4), so that existing Alertmanager
  receivers work unchanged; one alert per message.

Pure: the same delivery always gives the same bytes, so a retried delivery (same
``webhook-id``) carries the same body and a receiver can de-duplicate on either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from earlywarn.model import Alert, AlertStatus, Category, SignalKind, dumps, format_time

if TYPE_CHECKING:
    from earlywarn.alert.outbox import Delivery

PAYLOAD_TYPE = "earlywarn.alert"
PAYLOAD_VERSION = 1
JSON = "application/json"
CLOUDEVENTS_JSON = "application/cloudevents+json; charset=utf-8"
CLOUDEVENTS_SOURCE = "urn:earlywarn"
ALERTMANAGER_ZERO_TIME = "0001-01-01T00:00:00Z"  # Alertmanager's "no end" for firing alerts


def acled_for(category: Category) -> dict[str, str] | None:
    """The ACLED event / sub-event type of ``category`` (None for not_relevant).

    Imported lazily so that the alert stage does not load enrichment modules at import time.
    """
    from earlywarn.enrich.acled import acled_type

    pair = acled_type(category)
    if pair is None:
        return None
    event_type, sub_event_type = pair
    return {"event_type": event_type, "sub_event_type": sub_event_type}


def alert_payload(alert: Alert, subscription_name: str) -> dict[str, Any]:
    """The webhook body for ``alert`` as delivered to ``subscription_name``."""
    esc = alert.escalation
    kinds = {c.kind for c in esc.contributions}
    return {
        "type": PAYLOAD_TYPE,
        "version": PAYLOAD_VERSION,
        "id": alert.id,
        "subscription": subscription_name,
        "status": alert.status.value,
        "fingerprint": alert.fingerprint,
        "region": {"department_ubigeo": esc.region, "name": esc.region_name},
        "category": {"id": esc.category.value, "acled": acled_for(esc.category)},
        "level": esc.level.label,
        "observed": esc.count,
        "expected": round(esc.baseline, 4),
        "threshold": round(esc.threshold, 4),
        "score": round(esc.score, 4),
        "rule": esc.rule,
        "reason": esc.reason,
        "window": {"start": format_time(esc.window_start), "end": format_time(esc.window_end)},
        "starts_at": format_time(alert.starts_at),
        "ends_at": format_time(alert.ends_at) if alert.ends_at else None,
        "contributing": [
            {
                "incident_id": c.incident_id,
                "story_id": c.story_id,
                "occurred_at": format_time(c.occurred_at),
                "title": c.title,
                "url": c.url,
                "kind": c.kind.value,
                "source": c.source,
                "province_ubigeo": c.province,
            }
            for c in esc.contributions
        ],
        # Corroborated when a field report and a news item both point at the same escalation.
        "corroboration": {
            "news": sum(1 for c in esc.contributions if c.kind is SignalKind.NEWS),
            "field": sum(1 for c in esc.contributions if c.kind is SignalKind.FIELD),
            "corroborated": kinds >= {SignalKind.NEWS, SignalKind.FIELD},
        },
        "links": list(alert.links),
    }


def alert_body(alert: Alert, subscription_name: str) -> bytes:
    """:func:`alert_payload` as compact, key-sorted UTF-8 JSON (stable bytes)."""
    return dumps(alert_payload(alert, subscription_name))


def notification_payload(delivery: Delivery) -> dict[str, Any]:
    """The standard body of ``delivery``: the alert, and which message this is."""
    payload = alert_payload(delivery.alert, delivery.subscription)
    payload["notification"] = {
        "webhook_id": delivery.id,
        "repeat": delivery.repeat,
        "group": delivery.group_key,
    }
    return payload


def cloudevent(delivery: Delivery) -> dict[str, Any]:
    """CloudEvents 1.0 structured-mode event carrying the standard body as ``data``."""
    alert = delivery.alert
    time = alert.ends_at if alert.status is AlertStatus.RESOLVED and alert.ends_at else None
    return {
        "specversion": "1.0",
        "id": delivery.id,
        "source": CLOUDEVENTS_SOURCE,
        "type": f"pe.earlywarn.alert.{alert.status.value}",
        "subject": f"{alert.escalation.region}/{alert.escalation.category.value}",
        "time": format_time(time or alert.starts_at),
        "datacontenttype": JSON,
        "data": notification_payload(delivery),
    }


def alertmanager_payload(delivery: Delivery) -> dict[str, Any]:
    """Alertmanager webhook JSON (version 4) with this one alert."""
    from earlywarn.alert.route import alert_labels

    alert = delivery.alert
    esc = alert.escalation
    labels = {k: v for k, v in alert_labels(alert).items() if v and k != "fingerprint"}
    annotations = {
        "summary": esc.reason,
        "observed": str(esc.count),
        "expected": f"{esc.baseline:.4f}",
        "rule": esc.rule,
        "links": " ".join(alert.links),
    }
    status = alert.status.value
    return {
        "version": "4",
        "groupKey": delivery.group_key,
        "truncatedAlerts": 0,
        "status": status,
        "receiver": delivery.subscription,
        "groupLabels": {"department": esc.region, "category": esc.category.value},
        "commonLabels": labels,
        "commonAnnotations": annotations,
        "externalURL": "",
        "alerts": [
            {
                "status": status,
                "labels": labels,
                "annotations": annotations,
                "startsAt": format_time(alert.starts_at),
                "endsAt": format_time(alert.ends_at) if alert.ends_at else ALERTMANAGER_ZERO_TIME,
                "generatorURL": alert.links[0] if alert.links else "",
                "fingerprint": alert.fingerprint,
            }
        ],
    }


def render(delivery: Delivery, fmt: str) -> tuple[bytes, str]:
    """``(body, content type)`` of ``delivery`` in format ``fmt``."""
    if fmt == "cloudevents":
        return dumps(cloudevent(delivery)), CLOUDEVENTS_JSON
    if fmt == "alertmanager":
        return dumps(alertmanager_payload(delivery)), JSON
    return dumps(notification_payload(delivery)), JSON
