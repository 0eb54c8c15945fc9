"""Data contracts: the records that travel between stages.

Frozen dataclasses, JSON on the wire (``to_dict``/``from_dict``), each record carrying a
schema version. Times are aware UTC datetimes in memory and RFC 3339 strings on the wire.
``from_dict`` raises :class:`earlywarn.errors.InvalidRecord` with a reason, never a bare
``KeyError``, so that every stage can turn bad input into a dead letter.
"""

from __future__ import annotations

import enum
import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, TypeVar, cast

import orjson

from earlywarn.errors import InvalidRecord
from earlywarn.reasons import DeadLetterReason

SCHEMA_VERSION = 1


class SignalKind(enum.StrEnum):
    """Where a signal comes from: a published news item or a report from the field."""

    NEWS = "news"
    FIELD = "field"


class Category(enum.StrEnum):
    """Threat taxonomy (ARCHITECTURE.md); ``acled.py`` maps each to an ACLED event type."""

    EXTORTION = "extortion"
    ARMED_ATTACK = "armed_attack"
    HOMICIDE = "homicide"
    KIDNAPPING = "kidnapping"
    THEFT = "theft"
    INVASION = "invasion"
    ILLEGAL_MINING_ENFORCEMENT = "illegal_mining_enforcement"
    SABOTAGE = "sabotage"
    SOCIAL_CONFLICT = "social_conflict"
    ENVIRONMENTAL = "environmental"
    NOT_RELEVANT = "not_relevant"


class Precision(enum.StrEnum):
    """How finely a place is known, from finest to coarsest."""

    DISTRICT = "district"
    PROVINCE = "province"
    DEPARTMENT = "department"
    COUNTRY = "country"
    NONE = "none"


class Level(enum.IntEnum):
    """Escalation level; ordered so that ``level >= Level.WARNING`` reads naturally."""

    WATCH = 1
    WARNING = 2
    CRITICAL = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str | int) -> Level:
        if isinstance(value, int):
            return cls(value)
        try:
            return cls[value.upper()]
        except KeyError as exc:
            raise ValueError(f"unknown level {value!r}; use watch, warning or critical") from exc


class AlertStatus(enum.StrEnum):
    FIRING = "firing"
    RESOLVED = "resolved"


# --------------------------------------------------------------------------- helpers


def to_utc(value: datetime) -> datetime:
    """Return ``value`` as aware UTC; naive datetimes are refused (event time must be explicit)."""
    if value.tzinfo is None:
        raise ValueError("naive datetime: event times must carry a timezone")
    return value.astimezone(UTC)


def format_time(value: datetime) -> str:
    return to_utc(value).isoformat().replace("+00:00", "Z")


def parse_time(value: Any, field_name: str) -> datetime:
    if not isinstance(value, str):
        raise InvalidRecord(
            DeadLetterReason.INVALID_SIGNAL, f"{field_name} must be an RFC 3339 string"
        )
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidRecord(
            DeadLetterReason.INVALID_SIGNAL, f"{field_name} is not an RFC 3339 time: {value!r}"
        ) from exc
    if parsed.tzinfo is None:
        raise InvalidRecord(
            DeadLetterReason.INVALID_SIGNAL, f"{field_name} has no timezone: {value!r}"
        )
    return parsed.astimezone(UTC)


def stable_id(*parts: str) -> str:
    """A short, stable hash of ``parts`` (the same input gives the same id everywhere)."""
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=12)
    return digest.hexdigest()


_E = TypeVar("_E", bound=enum.Enum)


def _member(enum_type: type[_E], value: Any) -> _E:
    """``enum_type(value)``, by a dict lookup when ``value`` is a member's value (the live
    path decodes every incident; the call costs ~5x more); else the call, so errors are its own."""
    try:
        return cast(_E, enum_type._value2member_map_[value])
    except (KeyError, TypeError):
        return enum_type(value)


def _require(data: Mapping[str, Any], key: str, typ: type | tuple[type, ...], what: str) -> Any:
    if key not in data:
        raise InvalidRecord(DeadLetterReason.INVALID_SIGNAL, f"{what}: missing field {key!r}")
    value = data[key]
    if not isinstance(value, typ):
        raise InvalidRecord(
            DeadLetterReason.INVALID_SIGNAL,
            f"{what}: field {key!r} has type {type(value).__name__}",
        )
    return value


def _optional_float(data: Mapping[str, Any], key: str) -> float | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidRecord(
            DeadLetterReason.INVALID_SIGNAL, f"field {key!r} must be a finite number"
        )
    return float(value)


def dumps(data: Mapping[str, Any]) -> bytes:
    """Compact, key-sorted JSON: the same record always gives the same bytes."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


# Digits to "0", everything else to " ": a run of 19 digits is then a plain substring test.
_DIGITS_ONLY = bytes(48 if 48 <= b <= 57 else 32 for b in range(256))
_LONG_DIGIT_RUN = b"0" * 19


def _parse(raw: bytes | str) -> Any:
    """What ``json.loads`` gives; orjson does the work whenever its answer is the same.

    orjson is several times faster (the live path decodes every record) and parses what it
    accepts as json does, except integers beyond 64 bits (floats there): a run of 19 digits
    goes to json, as does whatever orjson refuses (NaN, lone surrogate escapes, non-UTF-8),
    so the value and the error are json's. Text (rare: files, not topics) goes to json.
    """
    if isinstance(raw, bytes | bytearray) and _LONG_DIGIT_RUN not in raw.translate(_DIGITS_ONLY):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
    return json.loads(raw)


def loads(raw: bytes | str) -> dict[str, Any]:
    try:
        value = _parse(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidRecord(DeadLetterReason.DECODE_ERROR, f"not JSON: {exc}") from exc
    except RecursionError as exc:
        # A record nested deeper than json can read is a bad record like any other: parked,
        # not an error of the batch (which would stop the worker on every restart).
        raise InvalidRecord(DeadLetterReason.DECODE_ERROR, "not JSON: nested too deeply") from exc
    if not isinstance(value, dict):
        raise InvalidRecord(DeadLetterReason.DECODE_ERROR, "JSON value is not an object")
    return value


# --------------------------------------------------------------------------- Signal


@dataclass(frozen=True, slots=True)
class Signal:
    """One news item or field report, as collected, before any enrichment."""

    id: str
    source: str
    kind: SignalKind
    title: str
    text: str
    published_at: datetime
    received_at: datetime
    url: str | None = None
    language: str | None = None
    lat: float | None = None
    lon: float | None = None
    raw: Mapping[str, str] = field(default_factory=dict)

    @staticmethod
    def make_id(source: str, key: str) -> str:
        """Stable id from the source and its own key for the item (entry id, link or report id)."""
        return stable_id("signal", source, key)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "source": self.source,
            "kind": self.kind.value,
            "title": self.title,
            "text": self.text,
            "url": self.url,
            "language": self.language,
            "published_at": format_time(self.published_at),
            "received_at": format_time(self.received_at),
            "lat": self.lat,
            "lon": self.lon,
            "raw": dict(self.raw),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Signal:
        what = "signal"
        kind_value = _require(data, "kind", str, what)
        try:
            kind = SignalKind(kind_value)
        except ValueError as exc:
            raise InvalidRecord(
                DeadLetterReason.INVALID_SIGNAL, f"signal: unknown kind {kind_value!r}"
            ) from exc
        raw = data.get("raw") or {}
        if not isinstance(raw, dict):
            raise InvalidRecord(DeadLetterReason.INVALID_SIGNAL, "signal: raw must be an object")
        url = data.get("url")
        language = data.get("language")
        return cls(
            id=_require(data, "id", str, what),
            source=_require(data, "source", str, what),
            kind=kind,
            title=_require(data, "title", str, what),
            text=_require(data, "text", str, what),
            url=url if isinstance(url, str) else None,
            language=language if isinstance(language, str) else None,
            published_at=parse_time(data.get("published_at"), "published_at"),
            received_at=parse_time(data.get("received_at"), "received_at"),
            lat=_optional_float(data, "lat"),
            lon=_optional_float(data, "lon"),
            raw={str(k): str(v) for k, v in raw.items()},
        )


# --------------------------------------------------------------------------- Incident


@dataclass(frozen=True, slots=True)
class Severity:
    killed: int = 0
    injured: int = 0
    kidnapped: int = 0

    def to_dict(self) -> dict[str, int]:
        return {"killed": self.killed, "injured": self.injured, "kidnapped": self.kidnapped}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Severity:
        return cls(
            killed=int(data.get("killed", 0)),
            injured=int(data.get("injured", 0)),
            kidnapped=int(data.get("kidnapped", 0)),
        )


@dataclass(frozen=True, slots=True)
class Place:
    """Where an incident happened, on INEI UBIGEO codes (6-digit district, 4 province, 2 dept)."""

    precision: Precision
    department_ubigeo: str | None = None
    province_ubigeo: str | None = None
    district_ubigeo: str | None = None
    name: str | None = None
    department_name: str | None = None
    lat: float | None = None
    lon: float | None = None
    evidence: str | None = None

    @classmethod
    def unknown(cls) -> Place:
        return cls(precision=Precision.NONE)

    def to_dict(self) -> dict[str, Any]:
        return {
            "department_ubigeo": self.department_ubigeo,
            "province_ubigeo": self.province_ubigeo,
            "district_ubigeo": self.district_ubigeo,
            "name": self.name,
            "department_name": self.department_name,
            "precision": self.precision.value,
            "lat": self.lat,
            "lon": self.lon,
            "evidence": self.evidence,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Place:
        return cls(
            precision=_member(Precision, data.get("precision", "none")),
            department_ubigeo=data.get("department_ubigeo"),
            province_ubigeo=data.get("province_ubigeo"),
            district_ubigeo=data.get("district_ubigeo"),
            name=data.get("name"),
            department_name=data.get("department_name"),
            lat=data.get("lat"),
            lon=data.get("lon"),
            evidence=data.get("evidence"),
        )


@dataclass(frozen=True, slots=True)
class Incident:
    """A classified, geolocated signal: what happened, how bad, where, and when (event time)."""

    id: str
    signal_ids: tuple[str, ...]
    story_id: str
    category: Category
    confidence: float
    severity: Severity
    place: Place
    occurred_at: datetime
    source: str
    kind: SignalKind
    title: str
    url: str | None = None

    @property
    def department(self) -> str | None:
        return self.place.department_ubigeo

    def with_story(self, story_id: str, confidence: float) -> Incident:
        """``replace(self, story_id=..., confidence=...)`` at less than half the cost (every
        incident is grouped into a story, live and in replay)."""
        return Incident(
            self.id,
            self.signal_ids,
            story_id,
            self.category,
            confidence,
            self.severity,
            self.place,
            self.occurred_at,
            self.source,
            self.kind,
            self.title,
            self.url,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "signal_ids": list(self.signal_ids),
            "story_id": self.story_id,
            "category": self.category.value,
            "confidence": round(self.confidence, 4),
            "severity": self.severity.to_dict(),
            "place": self.place.to_dict(),
            "occurred_at": format_time(self.occurred_at),
            "source": self.source,
            "kind": self.kind.value,
            "title": self.title,
            "url": self.url,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Incident:
        try:
            return cls(
                id=data["id"],
                signal_ids=tuple(data["signal_ids"]),
                story_id=data["story_id"],
                category=_member(Category, data["category"]),
                confidence=float(data["confidence"]),
                severity=Severity.from_dict(data["severity"]),
                place=Place.from_dict(data["place"]),
                occurred_at=parse_time(data["occurred_at"], "occurred_at"),
                source=data["source"],
                kind=_member(SignalKind, data["kind"]),
                title=data["title"],
                url=data.get("url"),
            )
        except (KeyError, TypeError, ValueError, InvalidRecord) as exc:
            raise InvalidRecord(DeadLetterReason.DECODE_ERROR, f"incident: {exc!r}") from exc


INCIDENT_BATCH_BYTES = 256 * 1024
"""Upper size of one incidents-topic message (well under Kafka's 1 MiB default)."""


def encode_incident(incident: Incident) -> bytes:
    """``dumps(incident.to_dict())``, by orjson when that gives the very same bytes.

    orjson writes non-finite floats as null and refuses integers beyond 64 bits; an
    incident's floats (confidence, lat, lon) are finite by construction, and anything else
    goes to ``dumps``.
    """
    data = incident.to_dict()
    floats = (incident.confidence, incident.place.lat, incident.place.lon)
    if all(x is None or math.isfinite(x) for x in floats):
        try:
            return orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
        except TypeError:
            pass
    return dumps(data)


def incident_batches(incidents: Sequence[Incident]) -> list[bytes]:
    """Incidents as messages of the incidents topic: ``{"incidents": [...], "schema": 1}``.

    One message carries a run of incidents (one department's, in order), split so that no
    message exceeds :data:`INCIDENT_BATCH_BYTES` unless a single incident does. The
    enrich agent publishes these: a Faust hop costs per message, not per byte.
    """
    head, tail = b'{"incidents":[', b'],"schema":%d}' % SCHEMA_VERSION
    out: list[bytes] = []
    parts: list[bytes] = []
    size = 0
    for incident in incidents:
        encoded = encode_incident(incident)
        if parts and size + len(encoded) > INCIDENT_BATCH_BYTES:
            out.append(head + b",".join(parts) + tail)
            parts, size = [], 0
        parts.append(encoded)
        size += len(encoded) + 1
    if parts:
        out.append(head + b",".join(parts) + tail)
    return out


def incident_records(data: Mapping[str, Any]) -> list[Any]:
    """The incident records in one decoded incidents-topic message (a batch or a single)."""
    batch = data.get("incidents")
    if batch is None:
        return [data]  # a single incident, as published before batches
    if not isinstance(batch, list):
        raise InvalidRecord(DeadLetterReason.DECODE_ERROR, "incidents: not a list")
    return batch


# --------------------------------------------------------------------------- Escalation


@dataclass(frozen=True, slots=True)
class Contribution:
    """One incident that counted towards an escalation (kept short for the payload)."""

    incident_id: str
    story_id: str
    occurred_at: datetime
    title: str
    url: str | None
    kind: SignalKind
    source: str
    province: str | None = None  # 4-digit UBIGEO when known (province matchers in routing)

    def to_dict(self) -> dict[str, Any]:
        return {
            "incident_id": self.incident_id,
            "story_id": self.story_id,
            "occurred_at": format_time(self.occurred_at),
            "title": self.title,
            "url": self.url,
            "kind": self.kind.value,
            "source": self.source,
            "province": self.province,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Contribution:
        return cls(
            incident_id=data["incident_id"],
            story_id=data["story_id"],
            occurred_at=parse_time(data["occurred_at"], "occurred_at"),
            title=data["title"],
            url=data.get("url"),
            kind=SignalKind(data["kind"]),
            source=data["source"],
            province=data.get("province"),
        )

    @classmethod
    def of(cls, incident: Incident) -> Contribution:
        return cls(
            incident_id=incident.id,
            story_id=incident.story_id,
            occurred_at=incident.occurred_at,
            title=incident.title,
            url=incident.url,
            kind=incident.kind,
            source=incident.source,
            province=incident.place.province_ubigeo,
        )


@dataclass(frozen=True, slots=True)
class Escalation:
    """A detector decision for one region × category: it is escalating, or it has ended."""

    region: str  # department UBIGEO
    region_name: str
    category: Category
    status: AlertStatus
    level: Level
    window_start: datetime
    window_end: datetime
    count: int
    baseline: float
    threshold: float
    score: float
    rule: str
    reason: str
    episode_started_at: datetime
    contributions: tuple[Contribution, ...] = ()

    @property
    def fingerprint(self) -> str:
        """Same region, category and episode → same fingerprint (firing and its resolution)."""
        return stable_id(
            "escalation", self.region, self.category.value, format_time(self.episode_started_at)
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "fingerprint": self.fingerprint,
            "region": self.region,
            "region_name": self.region_name,
            "category": self.category.value,
            "status": self.status.value,
            "level": self.level.label,
            "window_start": format_time(self.window_start),
            "window_end": format_time(self.window_end),
            "count": self.count,
            "baseline": round(self.baseline, 4),
            "threshold": round(self.threshold, 4),
            "score": round(self.score, 4),
            "rule": self.rule,
            "reason": self.reason,
            "episode_started_at": format_time(self.episode_started_at),
            "contributions": [c.to_dict() for c in self.contributions],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Escalation:
        try:
            return cls(
                region=data["region"],
                region_name=data["region_name"],
                category=Category(data["category"]),
                status=AlertStatus(data["status"]),
                level=Level.parse(data["level"]),
                window_start=parse_time(data["window_start"], "window_start"),
                window_end=parse_time(data["window_end"], "window_end"),
                count=int(data["count"]),
                baseline=float(data["baseline"]),
                threshold=float(data["threshold"]),
                score=float(data["score"]),
                rule=data["rule"],
                reason=data["reason"],
                episode_started_at=parse_time(data["episode_started_at"], "episode_started_at"),
                contributions=tuple(Contribution.from_dict(c) for c in data["contributions"]),
            )
        except (KeyError, TypeError, ValueError, InvalidRecord) as exc:
            raise InvalidRecord(DeadLetterReason.DECODE_ERROR, f"escalation: {exc!r}") from exc


# --------------------------------------------------------------------------- Alert


@dataclass(frozen=True, slots=True)
class Alert:
    """What subscribers receive: an escalation with its alert identity and lifetime."""

    fingerprint: str
    status: AlertStatus
    escalation: Escalation
    starts_at: datetime
    ends_at: datetime | None
    links: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        """Stable per (fingerprint, status, level): receivers de-duplicate on it."""
        return stable_id("alert", self.fingerprint, self.status.value, self.escalation.level.label)

    @classmethod
    def of(cls, escalation: Escalation) -> Alert:
        resolved = escalation.status is AlertStatus.RESOLVED
        links = tuple(dict.fromkeys(c.url for c in escalation.contributions if c.url))
        return cls(
            fingerprint=escalation.fingerprint,
            status=escalation.status,
            escalation=escalation,
            starts_at=escalation.episode_started_at,
            ends_at=escalation.window_end if resolved else None,
            links=links,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "fingerprint": self.fingerprint,
            "status": self.status.value,
            "starts_at": format_time(self.starts_at),
            "ends_at": format_time(self.ends_at) if self.ends_at else None,
            "links": list(self.links),
            "escalation": self.escalation.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Alert:
        try:
            ends_at = data.get("ends_at")
            return cls(
                fingerprint=data["fingerprint"],
                status=AlertStatus(data["status"]),
                escalation=Escalation.from_dict(data["escalation"]),
                starts_at=parse_time(data["starts_at"], "starts_at"),
                ends_at=parse_time(ends_at, "ends_at") if ends_at else None,
                links=tuple(data.get("links", ())),
            )
        except (KeyError, TypeError, ValueError, InvalidRecord) as exc:
            raise InvalidRecord(DeadLetterReason.DECODE_ERROR, f"alert: {exc!r}") from exc


# --------------------------------------------------------------------------- DeadLetter


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """Input a stage could not process, kept whole with the reason so it can be replayed."""

    stage: str
    reason: DeadLetterReason
    payload: str
    error: str
    first_seen: datetime
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "stage": self.stage,
            "reason": self.reason.value,
            "payload": self.payload,
            "error": self.error,
            "first_seen": format_time(self.first_seen),
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeadLetter:
        try:
            return cls(
                stage=data["stage"],
                reason=DeadLetterReason(data["reason"]),
                payload=data["payload"],
                error=data["error"],
                first_seen=parse_time(data["first_seen"], "first_seen"),
                source=data.get("source"),
            )
        except (KeyError, TypeError, ValueError, InvalidRecord) as exc:
            raise InvalidRecord(DeadLetterReason.DECODE_ERROR, f"dead letter: {exc!r}") from exc

    def with_error(self, error: str) -> DeadLetter:
        return replace(self, error=error)
