"""Reason enums: why a stage rejected, suppressed or fired something.

The same values label metrics (``reason="..."``), structured log fields and dead letters,
so an SRE can go from a counter to the parked records that explain it.
"""

from __future__ import annotations

import enum


class Stage(enum.StrEnum):
    """Pipeline stages, as they appear in dead letters and metric labels."""

    COLLECT_RSS = "collect.rss"
    COLLECT_INTAKE = "collect.intake"
    ENRICH = "enrich"
    DETECT = "detect"
    ALERT = "alert"
    DELIVER = "deliver"


class DeadLetterReason(enum.StrEnum):
    """Why a record was parked instead of processed."""

    # collect
    MALFORMED_FEED = "malformed_feed"
    FEED_TOO_LARGE = "feed_too_large"
    FEED_HTTP_ERROR = "feed_http_error"
    FEED_UNREACHABLE = "feed_unreachable"
    FEED_URL_REFUSED = "feed_url_refused"
    ENTRY_WITHOUT_TEXT = "entry_without_text"
    INVALID_SIGNAL = "invalid_signal"
    # any consumer
    DECODE_ERROR = "decode_error"
    # enrich
    UNKNOWN_PLACE = "unknown_place"
    OUTSIDE_PERU = "outside_peru"
    # detect
    EVENT_TIME_OUT_OF_RANGE = "event_time_out_of_range"
    # deliver
    WEBHOOK_REJECTED = "webhook_rejected"
    WEBHOOK_GONE = "webhook_gone"
    RETRIES_EXHAUSTED = "retries_exhausted"
    WEBHOOK_URL_REFUSED = "webhook_url_refused"


class EnrichOutcome(enum.StrEnum):
    """What enrichment made of a signal (metric label ``outcome``)."""

    INCIDENT = "incident"
    NOT_RELEVANT = "not_relevant"
    LOW_CONFIDENCE = "low_confidence"
    DEAD_LETTER = "dead_letter"


class DeliveryOutcome(enum.StrEnum):
    """The end of one webhook delivery (metric label ``outcome``)."""

    DELIVERED = "delivered"
    RETRIED = "retried"
    REJECTED = "rejected"
    GONE = "gone"
    EXHAUSTED = "exhausted"
    REFUSED = "refused"


class RouteDecision(enum.StrEnum):
    """Why an alert was or was not sent to a subscription."""

    MATCHED = "matched"
    DEPARTMENT_MISMATCH = "department_mismatch"
    PROVINCE_MISMATCH = "province_mismatch"
    CATEGORY_MISMATCH = "category_mismatch"
    LEVEL_TOO_LOW = "level_too_low"
    LEVEL_TOO_HIGH = "level_too_high"
    SOURCE_KIND_MISMATCH = "source_kind_mismatch"
    RESOLVED_NOT_WANTED = "resolved_not_wanted"
    NOT_ROUTED = "not_routed"
    SILENCED = "silenced"
    INHIBITED = "inhibited"
    ENDPOINT_DISABLED = "endpoint_disabled"


class AlertDecision(enum.StrEnum):
    """What the alert stage did with an escalation."""

    NEW = "new"
    LEVEL_RAISED = "level_raised"
    RESOLVED = "resolved"
    DUPLICATE = "duplicate"
    UNKNOWN_EPISODE = "unknown_episode"
