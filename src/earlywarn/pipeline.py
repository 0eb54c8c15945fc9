"""The stage functions of the signal's path, composed; driven live by Faust and offline by replay.

Everything here is pure: records in, records out, no Kafka, no HTTP, no clock reads.
``runtime/faust_app.py`` calls these per batch; ``replay.py`` calls the very same methods
over an archive, which is why live and replay give the same alerts.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from earlywarn.alert.dedup import AlertTracker
from earlywarn.config import Settings
from earlywarn.detect.escalation import EscalationDetector
from earlywarn.enrich.classify import Classification, ThreatClassifier
from earlywarn.enrich.cluster import StoryGrouper, story_id
from earlywarn.enrich.gazetteer import Gazetteer
from earlywarn.enrich.geolocate import Geolocator
from earlywarn.errors import InvalidRecord
from earlywarn.model import (
    Alert,
    Category,
    DeadLetter,
    Escalation,
    Incident,
    Place,
    Severity,
    Signal,
    SignalKind,
    dumps,
    format_time,
    incident_batches,
    loads,
    parse_time,
    stable_id,
)
from earlywarn.reasons import DeadLetterReason, EnrichOutcome, Stage

log = logging.getLogger("earlywarn.pipeline")


def signal_text(signal: Signal) -> str:
    """What the classifier reads: the title, then the body."""
    return f"{signal.title}. {signal.text}" if signal.text else signal.title


@dataclass(frozen=True, slots=True)
class Enriched:
    """Everything enrichment decided about one signal (the ``earlywarn enrich`` record)."""

    signal: Signal
    classification: Classification
    severity: Severity
    place: Place
    outcome: EnrichOutcome
    incident: Incident | None = None
    dead_letter: DeadLetter | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.signal.id,
            "title": self.signal.title,
            "category": self.classification.category.value,
            "confidence": round(self.classification.confidence, 4),
            "killed": self.severity.killed,
            "injured": self.severity.injured,
            "kidnapped": self.severity.kidnapped,
            "place": {
                "department_ubigeo": self.place.department_ubigeo,
                "province_ubigeo": self.place.province_ubigeo,
                "district_ubigeo": self.place.district_ubigeo,
                "name": self.place.name,
                "precision": self.place.precision.value,
            },
            "outcome": self.outcome.value,
            "story_id": self.incident.story_id if self.incident else None,
            "dead_letter_reason": self.dead_letter.reason.value if self.dead_letter else None,
        }


class Enricher:
    """classify → severity → geolocate → story id, for a batch of signals."""

    def __init__(
        self, classifier: ThreatClassifier, geolocator: Geolocator, min_confidence: float
    ) -> None:
        self.classifier = classifier
        self.geolocator = geolocator
        self.min_confidence = min_confidence

    def enrich(self, signals: Sequence[Signal]) -> list[Enriched]:
        if not signals:
            return []
        texts = [signal_text(s) for s in signals]
        # One predict and one casualty reading per batch: per-document calls cost far more
        # than the models themselves. Counts: the rules plus the learned backstop.
        classifications = self.classifier.predict(texts)
        severities = self.classifier.read_casualties(texts)
        return [
            self._one(s, c, sev)
            for s, c, sev in zip(signals, classifications, severities, strict=True)
        ]

    def _one(self, signal: Signal, classification: Classification, severity: Severity) -> Enriched:
        try:
            place = self._place(signal)
        except InvalidRecord as exc:
            return Enriched(
                signal,
                classification,
                severity,
                Place.unknown(),
                EnrichOutcome.DEAD_LETTER,
                dead_letter=self._dead_letter(signal, exc.reason, exc.message),
            )
        if classification.category is Category.NOT_RELEVANT:
            return Enriched(signal, classification, severity, place, EnrichOutcome.NOT_RELEVANT)
        if place.department_ubigeo is None:
            return Enriched(
                signal,
                classification,
                severity,
                place,
                EnrichOutcome.DEAD_LETTER,
                dead_letter=self._dead_letter(
                    signal,
                    DeadLetterReason.UNKNOWN_PLACE,
                    f"relevant ({classification.category.value}) but no Peruvian department "
                    "found in the text",
                ),
            )
        incident = Incident(
            id=stable_id("incident", signal.id),
            signal_ids=(signal.id,),
            # Provisional: the detection stage, which owns the department's state, groups
            # near-duplicate articles into stories and sets the final id.
            story_id=story_id(
                place.department_ubigeo,
                classification.category,
                signal.published_at,
                signal.title,
            ),
            category=classification.category,
            confidence=classification.confidence,
            severity=severity,
            place=place,
            occurred_at=signal.published_at,
            source=signal.source,
            kind=signal.kind,
            title=signal.title,
            url=signal.url,
        )
        # Low confidence is carried forward as such; the detector decides what counts.
        outcome = (
            EnrichOutcome.INCIDENT
            if classification.confidence >= self.min_confidence
            else EnrichOutcome.LOW_CONFIDENCE
        )
        return Enriched(signal, classification, severity, place, outcome, incident=incident)

    def _place(self, signal: Signal) -> Place:
        if signal.kind is SignalKind.FIELD and signal.lat is not None and signal.lon is not None:
            return self.geolocator.reverse_geocode(signal.lat, signal.lon)
        return self.geolocator.locate(signal.title, signal.text)

    @staticmethod
    def _dead_letter(signal: Signal, reason: DeadLetterReason, error: str) -> DeadLetter:
        from earlywarn.model import dumps

        return DeadLetter(
            stage=Stage.ENRICH.value,
            reason=reason,
            payload=dumps(signal.to_dict()).decode(),
            error=error,
            first_seen=signal.received_at,
            source=signal.source,
        )


@dataclass
class DetectionResult:
    escalations: list[Escalation] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Refused:
    """An incident the detector cannot count (``Observation.refused``), and why."""

    incident: Incident
    reason: DeadLetterReason
    error: str

    def dead_letter(self, first_seen: datetime) -> DeadLetter:
        """The detect-stage dead letter (``first_seen``: when the caller read it)."""
        return DeadLetter(
            stage=Stage.DETECT.value,
            reason=self.reason,
            payload=dumps(self.incident.to_dict()).decode(),
            error=self.error,
            first_seen=first_seen,
            source=self.incident.source,
        )


@dataclass(frozen=True, slots=True)
class Observation:
    """What ``Detection.observe`` made of a batch.

    The refused incidents travel in the result, not in state the caller must remember to
    drain: a caller that reads the escalations has the dead letters in hand too.
    """

    escalations: list[Escalation]
    # Set aside before grouping, in input order: the caller parks each (Refused.dead_letter).
    refused: list[Refused]
    # The batch without the refused, in input order (redeliveries included): what moves
    # the caller's watermark and what it reports as observed.
    accepted: list[Incident]


SEEN_PER_DEPARTMENT = 512
"""Incident ids remembered per department for redeliveries (bounds memory and state size)."""


class Detection:
    """Story grouping, the detector, and the event-time watermark (max event time observed).

    Grouping lives here, not in enrichment, because it is state: incidents arrive here
    partitioned by department, so one worker sees all of a department's articles, and the
    stories are saved with the department's detector state (restart- and rebalance-safe).
    """

    def __init__(self, detector: EscalationDetector, stories: StoryGrouper | None = None) -> None:
        self.detector = detector
        self.stories = stories if stories is not None else StoryGrouper()
        # Event time per department: incidents arrive partitioned by department and the
        # partitions do not keep pace, so one department's clock must not resolve another's
        # episodes (live would then differ from replay's single time-ordered pass).
        self.event_time: dict[str, datetime] = {}
        # Recent incident ids per department and the story each joined: at-least-once
        # delivery hands the same incident over again (after a crash, a rebalance), and a
        # redelivered article must land in the story it joined, not open a new one.
        self.seen: dict[str, dict[str, str]] = {}

    @property
    def max_event_time(self) -> datetime | None:
        return max(self.event_time.values(), default=None)

    def group(self, incident: Incident) -> Incident:
        """The incident with its story id; more sources raise confidence, never the count."""
        department = incident.department
        if incident.category is Category.NOT_RELEVANT or department is None:
            return incident
        seen = self.seen.setdefault(department, {})
        known = seen.get(incident.id)
        if known is not None:
            return incident.with_story(known, incident.confidence)
        story = self.stories.assign(
            incident.department,
            incident.category,
            incident.occurred_at,
            incident.title,
            source=incident.source,
            field_report=incident.kind is SignalKind.FIELD,
            confidence=incident.confidence,
            article_id=incident.id,
        )
        seen[incident.id] = story.id
        if len(seen) > SEEN_PER_DEPARTMENT:
            del seen[next(iter(seen))]  # oldest first: dicts keep insertion order
        return incident.with_story(story.id, max(incident.confidence, story.confidence))

    def observe(self, incidents: Sequence[Incident]) -> Observation:
        # Advance the department's event time before each newer incident, so that an episode
        # that ended before it resolves first: alerts then depend neither on batch boundaries
        # nor on how departments interleave.
        # Grouping does not depend on the detector, so the batch is grouped first and counted
        # in one observe_batch call (same output as advance + observe per incident).
        # An incident the detector cannot count is set aside before grouping: it must join
        # no story and no redelivery memory (live and replay both take it as a dead letter).
        fresh: list[Incident] = []
        refused: list[Refused] = []
        accepted: list[Incident] = []
        refusal = self.detector.refusal
        for incident in incidents:
            if (error := refusal(incident)) is not None:
                refused.append(Refused(incident, DeadLetterReason.EVENT_TIME_OUT_OF_RANGE, error))
                continue
            accepted.append(incident)
            department = incident.department
            if department is not None and incident.id in self.seen.get(department, ()):
                # A redelivery (at-least-once, after a crash or a rebalance): it was counted
                # or set aside the first time. Judged again against its story's newer bucket
                # it would count as a recurrence and open an episode replay never saw.
                continue
            fresh.append(self.group(incident))
        escalations = self.detector.observe_batch(fresh, self.event_time)
        return Observation(escalations, refused, accepted)

    def advance(
        self, watermark: datetime, departments: Collection[str] | None = None
    ) -> list[Escalation]:
        """Resolve what is quiet by ``watermark`` (in ``departments``, or everywhere)."""
        return self.detector.advance(watermark, departments)

    def regions(self) -> set[str]:
        """Departments with state here (detector counts or open stories)."""
        return set(self.detector.regions()) | self.stories.departments()

    def snapshot_region(self, department: str) -> dict[str, Any]:
        seen = self.event_time.get(department)
        return {
            "detector": self.detector.snapshot_region(department),
            "stories": self.stories.snapshot_department(department),
            "event_time": format_time(seen) if seen else None,
            "seen": list(self.seen.get(department, {}).items()),
        }

    def restore_region(self, department: str, data: Mapping[str, Any]) -> None:
        self.detector.restore_region(department, data["detector"])
        self.stories.restore_department(department, data.get("stories", ()))
        if data.get("event_time"):
            self.event_time[department] = parse_time(data["event_time"], "event_time")
        self.seen[department] = {ident: story for ident, story in data.get("seen", ())}

    def clear(self) -> None:
        self.detector.clear()
        self.stories.clear()
        self.event_time.clear()
        self.seen.clear()


class Alerting:
    """Escalations → alerts, without duplicates from at-least-once redelivery."""

    def __init__(self, tracker: AlertTracker) -> None:
        self.tracker = tracker

    def accept(self, escalations: Iterable[Escalation]) -> list[Alert]:
        alerts: list[Alert] = []
        for escalation in escalations:
            alert, _decision = self.tracker.accept(escalation)
            if alert is not None:
                alerts.append(alert)
        return alerts


@dataclass(frozen=True)
class Components:
    """What the stages need, loaded once at start-up (slow: model and gazetteer)."""

    settings: Settings
    classifier: ThreatClassifier
    gazetteer: Gazetteer
    geolocator: Geolocator

    @classmethod
    def load(cls, settings: Settings) -> Components:
        classifier = ThreatClassifier.load(
            Path(settings.enrich.model_path),
            not_relevant_threshold=settings.enrich.not_relevant_threshold,
        )
        gazetteer = Gazetteer.load(settings.enrich.extra_gazetteer)
        return cls(settings, classifier, gazetteer, Geolocator(gazetteer))

    def enricher(self) -> Enricher:
        return Enricher(self.classifier, self.geolocator, self.settings.enrich.min_confidence)

    def detection(self) -> Detection:
        return Detection(EscalationDetector(self.settings.detect, self.region_names()))

    def alerting(self) -> Alerting:
        return Alerting(AlertTracker())

    def region_names(self) -> dict[str, str]:
        codes = (f"{n:02d}" for n in range(1, 26))
        return {code: name for code in codes if (name := self.gazetteer.department_name(code))}


def enrich_outcomes(items: Iterable[Enriched]) -> Counter[EnrichOutcome]:
    return Counter(item.outcome for item in items)


@dataclass
class EnrichedBatch:
    """One batch of signals-topic records, enriched: what the enrich agent publishes and counts.

    Plain data (it crosses a process boundary when enrichment runs in a child process).
    """

    messages: dict[str, list[bytes]] = field(default_factory=dict)
    """Incidents-topic messages per department (``incident_batches``), in input order."""
    dead_letters: list[DeadLetter] = field(default_factory=list)
    outcomes: Counter[EnrichOutcome] = field(default_factory=Counter)
    incidents: Counter[tuple[str, Category]] = field(default_factory=Counter)
    confidences: list[float] = field(default_factory=list)
    newest: datetime | None = None
    """The newest event time among the signals that decoded."""


def enrich_records(enricher: Enricher, values: Sequence[bytes], now: datetime) -> EnrichedBatch:
    """Decode, enrich and encode one batch of signals-topic records (``now``: when it was
    read, the ``first_seen`` of a record that does not decode)."""
    out = EnrichedBatch()
    signals: list[Signal] = []
    for raw in values:
        try:
            signals.append(Signal.from_dict(loads(raw)))
        except InvalidRecord as exc:
            out.outcomes[EnrichOutcome.DEAD_LETTER] += 1
            out.dead_letters.append(
                DeadLetter(
                    stage=Stage.ENRICH.value,
                    reason=exc.reason,
                    payload=raw.decode("utf-8", errors="replace"),
                    error=exc.message,
                    first_seen=now,
                )
            )
    per_department: dict[str, list[Incident]] = {}
    for item in enricher.enrich(signals):
        out.outcomes[item.outcome] += 1
        out.confidences.append(item.classification.confidence)
        if item.dead_letter is not None:
            out.dead_letters.append(item.dead_letter)
        elif item.incident is not None:
            department = item.incident.department or "00"
            out.incidents[department, item.incident.category] += 1
            per_department.setdefault(department, []).append(item.incident)
    # One message per department (split by size), not per incident: the detect agent's
    # Faust hop costs per message, and a department's incidents keep their order.
    out.messages = {dep: incident_batches(items) for dep, items in per_department.items()}
    out.newest = max((s.published_at for s in signals), default=None)
    return out
