"""Reason enums: their values are metric labels and dead-letter reasons, so they are fixed."""

from __future__ import annotations

import re

from earlywarn.reasons import (
    AlertDecision,
    DeadLetterReason,
    DeliveryOutcome,
    EnrichOutcome,
    RouteDecision,
    Stage,
)

LABEL = re.compile(r"^[a-z][a-z_.]*$")


def test_values_are_label_safe_and_unique() -> None:
    """Every reason value is a lower-case label, unique within its enum."""
    for enum in (AlertDecision, DeadLetterReason, DeliveryOutcome, EnrichOutcome, RouteDecision):
        values = [member.value for member in enum]
        assert len(values) == len(set(values))
        assert all(LABEL.match(v) for v in values), enum


def test_documented_dead_letter_reasons_exist() -> None:
    """The reasons docs/architecture.md lists per stage are all defined."""
    documented = {
        "malformed_feed",
        "feed_http_error",
        "feed_unreachable",
        "entry_without_text",
        "invalid_signal",
        "decode_error",
        "unknown_place",
        "outside_peru",
        "webhook_rejected",
        "webhook_gone",
        "retries_exhausted",
    }
    assert documented <= {r.value for r in DeadLetterReason}


def test_stage_names() -> None:
    """Stage values are the names used in dead letters and metric labels."""
    assert {
        "collect.rss",
        "collect.intake",
        "enrich",
        "detect",
        "alert",
        "deliver",
    } <= {s.value for s in Stage}
