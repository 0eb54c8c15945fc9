"""Offline replay: reading archives, bad lines as dead letters, event-time order, --until."""

from __future__ import annotations

import json
import random
from dataclasses import replace as replaced
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from earlywarn.config import load_settings
from earlywarn.errors import InvalidRecord
from earlywarn.model import AlertStatus, DeadLetter, Incident, Signal, SignalKind
from earlywarn.pipeline import Components
from earlywarn.reasons import DeadLetterReason, Stage
from earlywarn.replay import alert_line, read_records, replay, signal_from_record

T0 = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
SHORT: dict[str, Any] = {
    "title": "Atacan a balazos a mineros en Pataz",
    "text": "Dos heridos en un socavón.",
    "published_at": "2026-11-24T08:00:00-05:00",
}


@pytest.fixture(scope="module")
def components(repo_root: Path) -> Components:
    return Components.load(load_settings(repo_root / "config" / "earlywarn.yaml", environ={}))


@pytest.fixture(scope="module")
def pataz_lines(repo_root: Path) -> list[str]:
    path = repo_root / "tests" / "data" / "pataz_signals.jsonl"
    return path.read_text(encoding="utf-8").splitlines()


def signals_of(lines: list[str]) -> list[Signal]:
    records = list(read_records(lines, Stage.ENRICH, "replay", None))
    assert all(isinstance(r, Signal) for r in records)
    return [r for r in records if isinstance(r, Signal)]


# --------------------------------------------------------------------------- reading


def test_full_record_is_read_as_is() -> None:
    """A full Signal record (as on the signals topic) comes back unchanged."""
    signal = Signal(
        id="abc",
        source="rpp",
        kind=SignalKind.FIELD,
        title="Ataque en Vijus",
        text="Disparos",
        published_at=T0,
        received_at=T0 + timedelta(minutes=1),
        lat=-7.75,
        lon=-77.6,
    )
    assert signal_from_record(signal.to_dict(), "replay", None) == signal


def test_short_form_fills_in_defaults() -> None:
    """The short form gets the default source, news kind, received_at = published_at in UTC."""
    signal = signal_from_record(dict(SHORT), "replay", None)
    assert signal.source == "replay" and signal.kind is SignalKind.NEWS
    assert signal.published_at == T0 == signal.received_at
    assert signal.lat is None and signal.language is None
    # No id given: the id is derived from the content, so re-reading gives the same id.
    assert signal.id == signal_from_record(dict(SHORT), "replay", None).id


def test_short_form_takes_its_optional_fields() -> None:
    """id, source, kind, lang, lat, lon and url are taken from the short form when given."""
    record = {
        **SHORT,
        "id": "patrol-77",
        "source": "field-intake",
        "kind": "field",
        "lang": "es",
        "lat": -7.75,
        "lon": -77,
        "url": "https://x.example/1",
    }
    signal = signal_from_record(record, "replay", None)
    assert signal.id == Signal.make_id("field-intake", "patrol-77")
    assert signal.kind is SignalKind.FIELD and signal.language == "es"
    assert (signal.lat, signal.lon) == (-7.75, -77.0)
    assert signal.url == "https://x.example/1"


def test_default_time_is_used_only_when_missing() -> None:
    """Without published_at, the default time is used; with neither, it is refused."""
    record = {k: v for k, v in SHORT.items() if k != "published_at"}
    assert signal_from_record(record, "x", "2026-11-24T13:00:00Z").published_at == T0
    with pytest.raises(InvalidRecord, match="published_at is required"):
        signal_from_record(record, "x", None)


@pytest.mark.parametrize(
    ("record", "mentions"),
    [
        (["not", "an", "object"], "not a JSON object"),
        ({**SHORT, "title": 5}, "title/text"),
        ({**SHORT, "title": "", "text": ""}, "title/text"),
        ({**SHORT, "kind": "rumour"}, "rumour"),
        ({**SHORT, "published_at": "2026-11-24T08:00:00"}, "timezone"),
        ({**SHORT, "lat": "-7.75"}, "lat"),
        ({**SHORT, "lon": True}, "lon"),
        ({**SHORT, "lat": float("nan")}, "lat"),
        ({**SHORT, "lang": 5}, "lang"),
    ],
)
def test_bad_short_records_are_refused(record: Any, mentions: str) -> None:
    """A record that cannot be a signal is InvalidRecord(INVALID_SIGNAL) saying why —
    coordinates of the wrong type are refused, never silently dropped."""
    with pytest.raises(InvalidRecord) as caught:
        signal_from_record(record, "replay", None)
    assert caught.value.reason is DeadLetterReason.INVALID_SIGNAL
    assert mentions in caught.value.message


def test_bad_lines_become_dead_letters_naming_the_line() -> None:
    """Unreadable lines are dead letters with their line number and the line kept whole;
    blank lines are skipped but still counted."""
    lines = [
        json.dumps(SHORT),
        "",
        "{not json",
        json.dumps({**SHORT, "kind": "rumour"}),
        json.dumps(SHORT),
    ]
    records = list(read_records(lines, Stage.ENRICH, "replay", None))
    assert [type(r).__name__ for r in records] == ["Signal", "DeadLetter", "DeadLetter", "Signal"]
    decode, invalid = records[1], records[2]
    assert isinstance(decode, DeadLetter) and isinstance(invalid, DeadLetter)
    assert decode.reason is DeadLetterReason.DECODE_ERROR
    assert decode.error.startswith("line 3:") and decode.payload == "{not json"
    assert invalid.reason is DeadLetterReason.INVALID_SIGNAL
    assert invalid.error.startswith("line 4:") and "rumour" in invalid.payload
    assert decode.stage == invalid.stage == "enrich"


# --------------------------------------------------------------------------- replaying


def test_replay_of_the_pataz_archive(components: Components, pataz_lines: list[str]) -> None:
    """The two Pataz days raise an armed-attack escalation in La Libertad; the unplaced
    report is a dead letter and the market news is not relevant."""
    result = replay(signals_of(pataz_lines), components)
    assert result.signals == len(pataz_lines)
    assert result.outcomes["not_relevant"] == 2
    assert [d.reason for d in result.dead_letters] == [DeadLetterReason.UNKNOWN_PLACE]
    assert result.alerts, "the archive should escalate"
    first = result.alerts[0]
    assert first.status is AlertStatus.FIRING
    assert (first.escalation.region, first.escalation.category.value) == ("13", "armed_attack")
    # The two syndicated copies of the first attack count as one story.
    stories = {c.story_id for c in first.escalation.contributions}
    assert len(stories) == first.escalation.count
    summary = result.summary()
    assert summary["alerts"] == len(result.alerts) and summary["dead_letters"] == 1


def test_shuffled_input_gives_the_same_alerts(
    components: Components, pataz_lines: list[str]
) -> None:
    """Replay sorts by event time: any input order gives the same alert lines."""
    expected = [alert_line(a) for a in replay(signals_of(pataz_lines), components).alerts]
    for seed in range(3):
        shuffled = list(pataz_lines)
        random.Random(seed).shuffle(shuffled)
        got = [alert_line(a) for a in replay(signals_of(shuffled), components).alerts]
        assert got == expected


def test_batch_size_does_not_change_the_alerts(
    components: Components, pataz_lines: list[str]
) -> None:
    """Replaying in batches of 1, 3 or all gives the same alerts."""
    signals = signals_of(pataz_lines)
    until = datetime(2026, 11, 28, tzinfo=UTC)
    results = [
        [alert_line(a) for a in replay(signals, components, until=until, batch_size=size).alerts]
        for size in (1, 3, 500)
    ]
    assert results[0] == results[1] == results[2]


def test_until_resolves_quiet_escalations(components: Components, pataz_lines: list[str]) -> None:
    """Without --until the escalation is still firing at the end; a later --until resolves it."""
    signals = signals_of(pataz_lines)
    open_ended = replay(signals, components)
    assert {a.status for a in open_ended.alerts} == {AlertStatus.FIRING}
    until = datetime(2026, 11, 28, tzinfo=UTC)
    resolved = replay(signals, components, until=until)
    assert resolved.alerts[: len(open_ended.alerts)] == open_ended.alerts
    last = resolved.alerts[-1]
    assert last.status is AlertStatus.RESOLVED
    assert last.fingerprint == open_ended.alerts[0].fingerprint
    assert last.ends_at is not None and last.ends_at <= until


def test_progress_is_reported_per_batch(components: Components, pataz_lines: list[str]) -> None:
    """The progress callback receives each batch's size, adding up to the signal count."""
    seen: list[int] = []
    replay(signals_of(pataz_lines), components, batch_size=4, progress=seen.append)
    assert seen == [4, 4, 2]


def test_an_incident_the_detector_refuses_is_a_dead_letter(
    components: Components, pataz_lines: list[str]
) -> None:
    """With minute buckets, a Pataz report dated year 9000 ends in dead_letters (stage
    detect, event_time_out_of_range) and in the summary, the report's incidents leave it out,
    and the archive's alerts are exactly those without it."""
    detect = components.settings.detect.model_copy(
        update={"bucket_seconds": 60, "window_buckets": 1440, "baseline_buckets": 40320,
                "quiet_buckets": 1440}
    )  # fmt: skip
    minutes = replaced(
        components, settings=components.settings.model_copy(update={"detect": detect})
    )
    far = json.loads(pataz_lines[0]) | {"id": "far-future", "published_at": "9000-01-01T00:00Z"}
    until = datetime(2026, 11, 28, tzinfo=UTC)
    expected = replay(signals_of(pataz_lines), minutes, until=until)
    assert {a.status for a in expected.alerts} == {AlertStatus.FIRING, AlertStatus.RESOLVED}
    reported: list[Incident] = []
    result = replay(
        signals_of([*pataz_lines, json.dumps(far)]),
        minutes,
        until=until,
        batch_size=4,
        on_incidents=reported.extend,
    )
    assert [alert_line(a) for a in result.alerts] == [alert_line(a) for a in expected.alerts]
    refused = result.dead_letters[len(expected.dead_letters) :]
    assert result.dead_letters[: len(expected.dead_letters)] == expected.dead_letters
    assert [(d.stage, d.reason) for d in refused] == [
        (Stage.DETECT.value, DeadLetterReason.EVENT_TIME_OUT_OF_RANGE)
    ]
    assert "9000-01-01" in refused[0].error
    far_signal = signals_of([json.dumps(far)])[0]
    assert json.loads(refused[0].payload)["signal_ids"] == [far_signal.id]
    assert all(i.occurred_at < until for i in reported)
    assert result.summary()["dead_letters"] == len(expected.dead_letters) + 1
