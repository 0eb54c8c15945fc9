"""Alert stage: escalations → alerts (dedup), routing, payloads, signed webhook delivery."""

from earlywarn.alert.dedup import AlertTracker, TrackResult
from earlywarn.alert.payload import acled_for, alert_body, alert_payload
from earlywarn.alert.route import RouteResult, decide, matched, route
from earlywarn.alert.sign import headers, sign, signature_header
from earlywarn.alert.webhook import DeliveryResult, WebhookDeliverer

__all__ = [
    "AlertTracker",
    "DeliveryResult",
    "RouteResult",
    "TrackResult",
    "WebhookDeliverer",
    "acled_for",
    "alert_body",
    "alert_payload",
    "decide",
    "headers",
    "matched",
    "route",
    "sign",
    "signature_header",
]
