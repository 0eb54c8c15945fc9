"""Alert stage: escalations → alerts (dedup), routing, silences, inhibition, grouping,
payloads, signing and durable webhook delivery."""

from earlywarn.alert.dedup import AlertTracker, TrackResult
from earlywarn.alert.dispatch import Dispatcher
from earlywarn.alert.outbox import Delivery, MemoryOutboxStore, Outbox, OutboxStore
from earlywarn.alert.payload import acled_for, alert_body, alert_payload, render
from earlywarn.alert.route import Router, Routing, alert_labels, decide, matched, route
from earlywarn.alert.sign import headers, sign, signature_header
from earlywarn.alert.silence import Silence, SilenceBook, parse_matchers
from earlywarn.alert.webhook import AttemptResult, WebhookDeliverer

__all__ = [
    "AlertTracker",
    "AttemptResult",
    "Delivery",
    "Dispatcher",
    "MemoryOutboxStore",
    "Outbox",
    "OutboxStore",
    "Router",
    "Routing",
    "Silence",
    "SilenceBook",
    "TrackResult",
    "WebhookDeliverer",
    "acled_for",
    "alert_body",
    "alert_labels",
    "alert_payload",
    "decide",
    "headers",
    "matched",
    "parse_matchers",
    "render",
    "route",
    "sign",
    "signature_header",
]
