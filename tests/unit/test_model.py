"""Data contracts: JSON round trips, InvalidRecord on bad input, stable identities."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from earlywarn.errors import InvalidRecord
from earlywarn.model import (
    INCIDENT_BATCH_BYTES,
    SCHEMA_VERSION,
    Alert,
    AlertStatus,
    Category,
    Contribution,
    DeadLetter,
    Escalation,
    Incident,
    Level,
    Place,
    Precision,
    Severity,
    Signal,
    SignalKind,
    dumps,
    encode_incident,
    format_time,
    incident_batches,
    incident_records,
    loads,
    parse_time,
    stable_id,
    to_utc,
)
from earlywarn.reasons import DeadLetterReason
from earlywarn.testing import make_incident as shared_make_incident

T0 = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
LIMA = timezone(timedelta(hours=-5))


def make_signal(**changes: Any) -> Signal:
    fields: dict[str, Any] = {
        "id": Signal.make_id("rpp", "pataz-1"),
        "source": "rpp",
        "kind": SignalKind.NEWS,
        "title": "Atacan a balazos a mineros en Pataz",
        "text": "Un grupo armado disparó contra mineros artesanales; dos heridos.",
        "published_at": T0,
        "received_at": T0 + timedelta(minutes=3),
        "url": "https://news.example/pataz-1",
        "language": "es",
        "lat": None,
        "lon": None,
        "raw": {"guid": "pataz-1"},
    }
    fields.update(changes)
    return Signal(**fields)


def make_place() -> Place:
    return Place(
        precision=Precision.DISTRICT,
        department_ubigeo="13",
        province_ubigeo="1308",
        district_ubigeo="130809",
        name="Pataz",
        department_name="La Libertad",
        lat=-7.78,
        lon=-77.6,
        evidence="Pataz",
    )


def make_incident() -> Incident:
    """Every field set explicitly: the round-trip tests compare each one."""
    return shared_make_incident(
        id="inc-1",
        signal_ids=("sig-1", "sig-2"),
        story_id="story-1",
        category=Category.ARMED_ATTACK,
        confidence=0.8125,
        severity=Severity(killed=1, injured=2, kidnapped=0),
        place=make_place(),
        occurred_at=T0,
        source="rpp",
        kind=SignalKind.NEWS,
        title="Atacan a balazos a mineros en Pataz",
        url="https://news.example/pataz-1",
    )


def make_escalation(
    status: AlertStatus = AlertStatus.FIRING, level: Level = Level.WARNING
) -> Escalation:
    incident = make_incident()
    return Escalation(
        region="13",
        region_name="La Libertad",
        category=Category.ARMED_ATTACK,
        status=status,
        level=level,
        window_start=T0 - timedelta(hours=24),
        window_end=T0 + timedelta(hours=1),
        count=4,
        baseline=0.25,
        threshold=3.0,
        score=4.5,
        rule="count >= threshold",
        reason="4 incidents in 24 h against a baseline of 0.25",
        episode_started_at=T0,
        contributions=(Contribution.of(incident),),
    )


def make_dead_letter() -> DeadLetter:
    return DeadLetter(
        stage="enrich",
        reason=DeadLetterReason.UNKNOWN_PLACE,
        payload='{"title": "x"}',
        error="no Peruvian department found",
        first_seen=T0,
        source="rpp",
    )


def through_json(data: dict[str, Any]) -> dict[str, Any]:
    return loads(dumps(data))


# --------------------------------------------------------------------------- round trips


def test_signal_round_trip() -> None:
    """A Signal survives to_dict → JSON → from_dict unchanged."""
    signal = make_signal(lat=-7.78, lon=-77.6)
    assert Signal.from_dict(through_json(signal.to_dict())) == signal


def test_incident_round_trip() -> None:
    """An Incident survives to_dict → JSON → from_dict unchanged."""
    incident = make_incident()
    assert Incident.from_dict(through_json(incident.to_dict())) == incident


@pytest.mark.parametrize("status", list(AlertStatus))
def test_escalation_round_trip(status: AlertStatus) -> None:
    """An Escalation (firing or resolved) survives to_dict → JSON → from_dict unchanged."""
    escalation = make_escalation(status)
    assert Escalation.from_dict(through_json(escalation.to_dict())) == escalation


@pytest.mark.parametrize("status", list(AlertStatus))
def test_alert_round_trip(status: AlertStatus) -> None:
    """An Alert survives to_dict → JSON → from_dict unchanged."""
    alert = Alert.of(make_escalation(status))
    assert Alert.from_dict(through_json(alert.to_dict())) == alert


def test_dead_letter_round_trip() -> None:
    """A DeadLetter survives to_dict → JSON → from_dict unchanged."""
    dead_letter = make_dead_letter()
    assert DeadLetter.from_dict(through_json(dead_letter.to_dict())) == dead_letter


def test_parts_round_trip() -> None:
    """Severity, Place and Contribution each survive their own to_dict/from_dict."""
    assert Severity.from_dict(Severity(1, 2, 3).to_dict()) == Severity(1, 2, 3)
    assert Place.from_dict(make_place().to_dict()) == make_place()
    assert Place.from_dict(Place.unknown().to_dict()) == Place.unknown()
    contribution = Contribution.of(make_incident())
    assert Contribution.from_dict(contribution.to_dict()) == contribution


def test_records_carry_the_schema_version() -> None:
    """Every top-level record says which schema version it is written in."""
    for data in (
        make_signal().to_dict(),
        make_incident().to_dict(),
        make_escalation().to_dict(),
        Alert.of(make_escalation()).to_dict(),
        make_dead_letter().to_dict(),
    ):
        assert data["schema"] == SCHEMA_VERSION


def test_dumps_is_deterministic() -> None:
    """The same record always serialises to the same bytes, keys sorted, non-ASCII kept."""
    first = dumps(make_signal().to_dict())
    assert first == dumps(make_signal().to_dict())
    assert b"dispar\xc3\xb3" in first  # UTF-8, not \u escapes
    keys = list(json.loads(first))
    assert keys == sorted(keys)


# --------------------------------------------------------------------------- bad input


def test_signal_missing_field_names_it() -> None:
    """A signal without a title is InvalidRecord(INVALID_SIGNAL) naming the field."""
    data = make_signal().to_dict()
    del data["title"]
    with pytest.raises(InvalidRecord) as caught:
        Signal.from_dict(data)
    assert caught.value.reason is DeadLetterReason.INVALID_SIGNAL
    assert "title" in caught.value.message


@pytest.mark.parametrize(
    ("change", "mentions"),
    [
        ({"text": 42}, "text"),
        ({"kind": "rumour"}, "rumour"),
        ({"published_at": "yesterday"}, "published_at"),
        ({"published_at": 1732453200}, "published_at"),
        ({"received_at": None}, "received_at"),
        ({"lat": "-7.7"}, "lat"),
        ({"lon": True}, "lon"),
        ({"raw": ["not", "an", "object"]}, "raw"),
    ],
)
def test_signal_bad_field_is_invalid_signal(change: dict[str, Any], mentions: str) -> None:
    """A signal field of the wrong type or value is InvalidRecord(INVALID_SIGNAL) saying which."""
    data = {**make_signal().to_dict(), **change}
    with pytest.raises(InvalidRecord) as caught:
        Signal.from_dict(data)
    assert caught.value.reason is DeadLetterReason.INVALID_SIGNAL
    assert mentions in caught.value.message


def test_signal_naive_time_refused() -> None:
    """A published_at without a timezone is refused: event time must be explicit."""
    data = {**make_signal().to_dict(), "published_at": "2026-11-24T13:00:00"}
    with pytest.raises(InvalidRecord) as caught:
        Signal.from_dict(data)
    assert "timezone" in caught.value.message


@pytest.mark.parametrize(
    ("cls", "good"),
    [
        (Incident, lambda: make_incident().to_dict()),
        (Escalation, lambda: make_escalation().to_dict()),
        (Alert, lambda: Alert.of(make_escalation()).to_dict()),
        (DeadLetter, lambda: make_dead_letter().to_dict()),
    ],
)
def test_downstream_records_refuse_bad_input_with_decode_error(cls: Any, good: Any) -> None:
    """Incident/Escalation/Alert/DeadLetter: missing, wrong-valued or naive-time fields are
    InvalidRecord(DECODE_ERROR), never a bare KeyError/ValueError."""
    time_key = {
        Incident: "occurred_at",
        Escalation: "window_end",
        Alert: "starts_at",
        DeadLetter: "first_seen",
    }[cls]
    value_key = {
        Incident: "category",
        Escalation: "level",
        Alert: "status",
        DeadLetter: "reason",
    }[cls]
    missing = good()
    del missing[value_key]
    bad_value = {**good(), value_key: "no-such-value"}
    naive = {**good(), time_key: "2026-11-24T13:00:00"}
    for data in (missing, bad_value, naive, {}):
        with pytest.raises(InvalidRecord) as caught:
            cls.from_dict(data)
        assert caught.value.reason is DeadLetterReason.DECODE_ERROR, data


@pytest.mark.parametrize("raw", [b"{not json", b"\xff\xfe", b"[1, 2]", b'"a string"', b"null"])
def test_loads_refuses_non_objects(raw: bytes) -> None:
    """loads() gives InvalidRecord(DECODE_ERROR) for bytes that are not one JSON object."""
    with pytest.raises(InvalidRecord) as caught:
        loads(raw)
    assert caught.value.reason is DeadLetterReason.DECODE_ERROR


@pytest.mark.parametrize("depth", [1500, 100_000])
def test_loads_parks_records_nested_too_deeply(depth: int) -> None:
    """A record nested deeper than json reads is InvalidRecord(DECODE_ERROR), not a crash."""
    raw = b'{"a":' * depth + b"1" + b"}" * depth
    with pytest.raises(InvalidRecord) as caught:
        loads(raw)
    assert caught.value.reason is DeadLetterReason.DECODE_ERROR
    assert "nested too deeply" in caught.value.message


# --------------------------------------------------------------------------- times


def test_naive_datetimes_refused() -> None:
    """to_utc, format_time and a record's to_dict refuse a naive datetime."""
    naive = datetime(2026, 11, 24, 13, 0)
    with pytest.raises(ValueError, match="naive"):
        to_utc(naive)
    with pytest.raises(ValueError, match="naive"):
        format_time(naive)
    with pytest.raises(ValueError, match="naive"):
        make_signal(published_at=naive).to_dict()


def test_times_are_normalised_to_utc() -> None:
    """A Lima-time instant is written as the same instant in UTC with a Z suffix."""
    lima = datetime(2026, 11, 24, 8, 0, tzinfo=LIMA)
    assert format_time(lima) == "2026-11-24T13:00:00Z"
    parsed = parse_time("2026-11-24T08:00:00-05:00", "t")
    assert parsed == T0 and parsed.tzinfo is UTC


# --------------------------------------------------------------------------- identities


def test_stable_id_is_stable_and_separates_parts() -> None:
    """stable_id depends only on its parts, and ("ab","c") differs from ("a","bc")."""
    assert stable_id("a", "b") == stable_id("a", "b")
    assert stable_id("ab", "c") != stable_id("a", "bc")
    assert len(stable_id("x")) == 24
    # Pinned: ids appear on topics and at receivers, so the hash must never change silently.
    assert Signal.make_id("rpp", "pataz-1") == stable_id("signal", "rpp", "pataz-1")


def test_fingerprint_shared_by_firing_and_resolved() -> None:
    """The firing and the resolved escalation of one episode have the same fingerprint."""
    firing = make_escalation(AlertStatus.FIRING, Level.WARNING)
    critical = make_escalation(AlertStatus.FIRING, Level.CRITICAL)
    resolved = make_escalation(AlertStatus.RESOLVED, Level.CRITICAL)
    assert firing.fingerprint == critical.fingerprint == resolved.fingerprint


def test_fingerprint_differs_between_episodes_regions_and_categories() -> None:
    """A new episode, region or category is a different fingerprint."""
    base = make_escalation()
    others = [
        Escalation.from_dict(
            {**base.to_dict(), "episode_started_at": format_time(T0 + timedelta(days=3))}
        ),
        Escalation.from_dict({**base.to_dict(), "region": "21"}),
        Escalation.from_dict({**base.to_dict(), "category": "extortion"}),
    ]
    assert len({base.fingerprint, *(o.fingerprint for o in others)}) == 4


def test_alert_id_stable_per_fingerprint_status_and_level() -> None:
    """Alert.id is the same for the same (fingerprint, status, level) and differs otherwise."""
    warning = Alert.of(make_escalation(AlertStatus.FIRING, Level.WARNING))
    again = Alert.from_dict(warning.to_dict())
    critical = Alert.of(make_escalation(AlertStatus.FIRING, Level.CRITICAL))
    resolved = Alert.of(make_escalation(AlertStatus.RESOLVED, Level.WARNING))
    assert warning.id == again.id
    assert len({warning.id, critical.id, resolved.id}) == 3
    assert warning.to_dict()["id"] == warning.id


def test_alert_of_sets_lifetime_and_links() -> None:
    """A resolved alert ends at its window end; a firing one has no end; links are URLs."""
    firing = Alert.of(make_escalation(AlertStatus.FIRING))
    resolved = Alert.of(make_escalation(AlertStatus.RESOLVED))
    assert firing.ends_at is None and firing.starts_at == T0
    assert resolved.ends_at == T0 + timedelta(hours=1)
    assert firing.links == ("https://news.example/pataz-1",)


def test_level_parse() -> None:
    """Level.parse takes names in any case and numbers; anything else says what is allowed."""
    assert Level.parse("Critical") is Level.CRITICAL
    assert Level.parse(1) is Level.WATCH
    assert Level.WARNING.label == "warning"
    with pytest.raises(ValueError, match="watch, warning or critical"):
        Level.parse("panic")


# --------------------------------------------------------------------------- wire speed-ups


@pytest.mark.parametrize(
    "raw",
    [
        b'{"a":1,"b":[true,null,1.5e-7],"t":"Pataz \xc3\xb1 \\u00e9"}',
        b'{"a":NaN,"b":Infinity}',  # json's extension; orjson refuses it
        b'{"a":"\\ud800"}',  # lone surrogate escape
        b'{"a":123456789012345678901234567890}',  # beyond 64 bits
        b'{"a":-9999999999999999999}',  # below the 64-bit minimum
        b'{"a":1,"a":2}',
        '{"a":"text, not bytes"}',
    ],
)
def test_loads_gives_what_json_gives(raw: bytes | str) -> None:
    """loads (orjson when it agrees, json otherwise) returns exactly json.loads's value."""
    assert repr(loads(raw)) == repr(json.loads(raw))


@pytest.mark.parametrize("raw", [b"\xff{}", b"", b"{x", b"[1]"])
def test_loads_rejects_what_json_rejects(raw: bytes) -> None:
    """Undecodable bytes, bad JSON and non-objects are decode errors, as before."""
    with pytest.raises(InvalidRecord) as info:
        loads(raw)
    assert info.value.reason is DeadLetterReason.DECODE_ERROR


def test_encode_incident_is_byte_for_byte_dumps() -> None:
    """The fast incident encoding gives the very bytes of dumps(to_dict())."""
    plain = make_incident()
    unplaced = replace(plain, url=None, place=replace(plain.place, lat=None, lon=None))
    accented = replace(plain, title="Secuestran a ingeniero en Ñuñoa — «urgente»")
    for incident in (plain, unplaced, accented):
        assert encode_incident(incident) == dumps(incident.to_dict())


def test_incident_batches_keep_order_and_stay_under_the_size_limit() -> None:
    """Batches decode to the same incidents in order, each message under the size limit."""
    incidents = [
        replace(make_incident(), id=f"inc-{i}", title=f"Ataque {i} en Pataz " + "x" * 200)
        for i in range(3000)
    ]
    messages = incident_batches(incidents)
    assert len(messages) > 1
    assert all(len(m) <= INCIDENT_BATCH_BYTES for m in messages)
    decoded = [Incident.from_dict(r) for m in messages for r in incident_records(loads(m))]
    assert decoded == incidents
    assert loads(messages[0])["schema"] == SCHEMA_VERSION


def test_incident_records_reads_single_incidents_and_refuses_bad_batches() -> None:
    """A message holding one incident (the older form) still reads; a non-list batch is refused."""
    single = make_incident().to_dict()
    assert incident_records(single) == [single]
    with pytest.raises(InvalidRecord) as info:
        incident_records({"incidents": {"not": "a list"}, "schema": SCHEMA_VERSION})
    assert info.value.reason is DeadLetterReason.DECODE_ERROR


def test_with_story_is_replace_of_story_and_confidence() -> None:
    """Incident.with_story gives what dataclasses.replace gives, every other field kept."""
    plain = make_incident()
    assert plain.with_story("story-9", 0.91) == replace(plain, story_id="story-9", confidence=0.91)


@pytest.mark.parametrize("category", ["no-such-value", ["homicide"], {"a": 1}, None, 3])
def test_incident_category_that_is_no_members_value_is_refused(category: Any) -> None:
    """A category that is not a member's value, hashable or not, is InvalidRecord(DECODE_ERROR)
    with the enum's own error."""
    with pytest.raises(InvalidRecord) as caught:
        Incident.from_dict({**make_incident().to_dict(), "category": category})
    assert caught.value.reason is DeadLetterReason.DECODE_ERROR
    assert "Category" in caught.value.message
