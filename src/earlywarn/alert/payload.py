"""The JSON body a subscriber receives for one alert (``type: earlywarn.alert``).

Pure: the same alert always gives the same body, so a retried delivery (same ``webhook-id``)
carries the same bytes and a receiver can de-duplicate on either.
"""

from __future__ import annotations

from typing import Any

from earlywarn.model import Alert, Category, SignalKind, dumps, format_time

PAYLOAD_TYPE = "earlywarn.alert"
PAYLOAD_VERSION = 1


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
