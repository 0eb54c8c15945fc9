"""Offline replay: the live stages, in-process, over an archive, in event-time order.

Reads JSONL — full ``Signal`` records (as on the signals topic) or the short form that
``earlywarn enrich`` takes (``title``, ``text``, ``published_at``, optional ``lang``, ``lat``,
``lon``, ``kind``, ``id``, ``source``) — and returns the alerts the live path would have sent.
No clock is read: the watermark is the newest event time, or ``until`` at the end.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from earlywarn.errors import InvalidRecord
from earlywarn.model import (
    Alert,
    DeadLetter,
    Escalation,
    Incident,
    Signal,
    SignalKind,
    dumps,
    parse_time,
    stable_id,
)
from earlywarn.pipeline import Components, Enriched
from earlywarn.reasons import DeadLetterReason, EnrichOutcome, Stage

EPOCH = "1970-01-01T00:00:00Z"


def signal_from_record(obj: Any, default_source: str, default_time: str | None) -> Signal:
    """A Signal from one archive record (full or short form); InvalidRecord says why not."""
    if not isinstance(obj, dict):
        raise InvalidRecord(DeadLetterReason.INVALID_SIGNAL, "record is not a JSON object")
    if {"id", "source", "kind", "received_at"} <= obj.keys():
        return Signal.from_dict(obj)
    title = obj.get("title")
    text = obj.get("text", "")
    if not isinstance(title, str) or not isinstance(text, str) or not (title or text):
        raise InvalidRecord(DeadLetterReason.INVALID_SIGNAL, "title/text must be strings")
    published = obj.get("published_at", default_time)
    if published is None:
        raise InvalidRecord(
            DeadLetterReason.INVALID_SIGNAL, "published_at is required (event time) for replay"
        )
    published_at = parse_time(published, "published_at")
    kind_value = obj.get("kind", "news")
    try:
        kind = SignalKind(kind_value)
    except ValueError as exc:
        raise InvalidRecord(
            DeadLetterReason.INVALID_SIGNAL, f"unknown kind {kind_value!r}"
        ) from exc
    given_source, given_id = obj.get("source"), obj.get("id")
    source = given_source if isinstance(given_source, str) else default_source
    key = given_id if isinstance(given_id, str) else stable_id(title, text, str(published))
    language = obj.get("lang") or obj.get("language")
    if language is not None and not isinstance(language, str):
        raise InvalidRecord(DeadLetterReason.INVALID_SIGNAL, "lang must be a string")
    return Signal(
        id=Signal.make_id(source, key),
        source=source,
        kind=kind,
        title=title,
        text=text,
        published_at=published_at,
        received_at=published_at,
        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
        language=language,
        lat=_coordinate(obj, "lat"),
        lon=_coordinate(obj, "lon"),
    )


def _coordinate(obj: dict[str, Any], key: str) -> float | None:
    # Refused rather than dropped: a field report silently losing its point would be
    # geolocated from its text instead, and nobody would know.
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidRecord(DeadLetterReason.INVALID_SIGNAL, f"{key} must be a finite number")
    return float(value)


def read_records(
    lines: Iterable[str],
    stage: Stage,
    default_source: str,
    default_time: str | None,
    *,
    keep_blank: bool = False,
) -> Iterator[Signal | DeadLetter]:
    """Signals from JSONL lines; a bad line becomes a dead letter naming its line number.

    Blank lines are skipped, unless ``keep_blank`` (``earlywarn enrich`` answers every line
    in place, so a blank one becomes a dead letter too).
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            if keep_blank:
                yield _bad_line(stage, DeadLetterReason.DECODE_ERROR, line, f"line {number}: empty")
            continue
        try:
            yield signal_from_record(json.loads(line), default_source, default_time)
        except json.JSONDecodeError as exc:
            yield _bad_line(stage, DeadLetterReason.DECODE_ERROR, line, f"line {number}: {exc}")
        except InvalidRecord as exc:
            yield _bad_line(stage, exc.reason, line, f"line {number}: {exc.message}")


def _bad_line(stage: Stage, reason: DeadLetterReason, line: str, error: str) -> DeadLetter:
    return DeadLetter(
        stage=stage.value,
        reason=reason,
        payload=line.rstrip("\n"),
        error=error,
        first_seen=parse_time(EPOCH, "first_seen"),
    )


@dataclass
class ReplayResult:
    alerts: list[Alert] = field(default_factory=list)
    escalations: list[Escalation] = field(default_factory=list)
    dead_letters: list[DeadLetter] = field(default_factory=list)
    outcomes: Counter[str] = field(default_factory=Counter)
    signals: int = 0

    def summary(self) -> dict[str, Any]:
        return {
            "signals": self.signals,
            "outcomes": dict(sorted(self.outcomes.items())),
            "escalations": len(self.escalations),
            "alerts": len(self.alerts),
            "dead_letters": len(self.dead_letters),
        }


def replay(
    signals: Sequence[Signal],
    components: Components,
    until: datetime | None = None,
    batch_size: int = 500,
    progress: Callable[[int], None] | None = None,
    on_incidents: Callable[[Sequence[Incident]], None] | None = None,
) -> ReplayResult:
    """Run enrich → detect → alert over ``signals`` in event-time order.

    ``on_incidents`` sees each batch's incidents the detector accepted (the replay report
    counts them); those it refuses end in ``dead_letters`` (stage detect).
    """
    ordered = sorted(signals, key=lambda s: s.published_at)  # stable: ties keep input order
    enricher = components.enricher()
    detection = components.detection()
    alerting = components.alerting()
    result = ReplayResult(signals=len(ordered))
    for start in range(0, len(ordered), batch_size):
        batch = ordered[start : start + batch_size]
        enriched: list[Enriched] = enricher.enrich(batch)
        for item in enriched:
            result.outcomes[item.outcome.value] += 1
            if item.dead_letter is not None:
                result.dead_letters.append(item.dead_letter)
        incidents = [e.incident for e in enriched if e.incident is not None]
        observation = detection.observe(incidents)
        escalations = observation.escalations
        # As live: what the detector cannot count is a detect-stage dead letter, first seen
        # when the archive says its batch was received (no clock is read), and not reported.
        if observation.refused:
            received = max(s.received_at for s in batch)
            result.dead_letters.extend(r.dead_letter(received) for r in observation.refused)
        incidents = observation.accepted
        if on_incidents is not None:
            on_incidents(incidents)
        result.escalations.extend(escalations)
        result.alerts.extend(alerting.accept(escalations))
        if progress is not None:
            progress(len(batch))
    if until is not None:
        escalations = detection.advance(until)
        result.escalations.extend(escalations)
        result.alerts.extend(alerting.accept(escalations))
    return result


def alert_line(alert: Alert) -> str:
    return dumps(alert.to_dict()).decode()


__all__ = [
    "EnrichOutcome",
    "ReplayResult",
    "alert_line",
    "read_records",
    "replay",
    "signal_from_record",
]
