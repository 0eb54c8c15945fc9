"""Silences: matcher parsing, activity windows, expiry and the file they persist in."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from earlywarn.alert.silence import (
    MatcherError,
    SilenceBook,
    describe_matchers,
    load_silences,
    parse_matchers,
    save_silences,
)
from earlywarn.model import Alert, Category, Level

from ._helpers import T0, escalation


def test_parse_matchers_reads_the_command_line_form() -> None:
    """key=value lists, level=X exact and level>=X from X up."""
    match = parse_matchers(["department=13,21", "category=armed_attack", "level>=warning"])
    assert match.departments == ("13", "21")
    assert match.categories == (Category.ARMED_ATTACK,)
    assert (match.min_level, match.max_level) == ("warning", "critical")
    exact = parse_matchers(["level=watch", "province=1308", "source_kind=field"])
    assert (exact.min_level, exact.max_level) == ("watch", "watch")
    assert describe_matchers(exact) == "province=1308 level=watch source_kind=field"


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("department", "write key=value"),
        ("colour=red", "unknown key 'colour'"),
        ("department=131", "2-digit UBIGEO"),
        ("category>=theft", "only level supports >="),
    ],
)
def test_bad_matchers_say_what_to_write(expression: str, message: str) -> None:
    """Each malformed matcher is refused with a message that names the fix."""
    with pytest.raises(MatcherError, match=message):
        parse_matchers([expression])


def test_active_silence_mutes_matching_alerts_only_while_active() -> None:
    """A silence mutes what it matches between its start and its end, nothing else."""
    book = SilenceBook()
    silence = book.add(parse_matchers(["department=13"]), T0, T0 + timedelta(hours=2), "ana", "x")
    libertad, puno = Alert.of(escalation()), Alert.of(escalation(region="21"))
    assert book.silencing(libertad, T0 + timedelta(minutes=5)) == silence
    assert book.silencing(puno, T0 + timedelta(minutes=5)) is None
    assert book.silencing(libertad, T0 - timedelta(seconds=1)) is None
    assert book.silencing(libertad, T0 + timedelta(hours=2)) is None


def test_expire_ends_a_silence_now_and_prune_forgets_old_ones() -> None:
    """Expiring sets the end to now; long-expired silences are pruned."""
    book = SilenceBook()
    silence = book.add(parse_matchers(["level>=watch"]), T0, T0 + timedelta(days=1), "ana", "")
    now = T0 + timedelta(hours=1)
    expired = book.expire(silence.id, now)
    assert expired.ends_at == now
    assert expired.state(now) == "expired"
    assert book.silencing(Alert.of(escalation(level=Level.CRITICAL)), now) is None
    with pytest.raises(KeyError):
        book.expire("nope", now)
    assert book.prune(now + timedelta(days=8)) == [silence.id]
    assert len(book) == 0


def test_silences_survive_a_save_and_load(tmp_path: Path) -> None:
    """The file keeps every silence with its matchers and times."""
    book = SilenceBook()
    book.add(
        parse_matchers(["department=13", "category=theft"]), T0, T0 + timedelta(hours=1), "a", "b"
    )
    path = tmp_path / "state" / "silences.json"
    save_silences(path, book)
    loaded = load_silences(path)
    assert [s.to_dict() for s in loaded.all()] == [s.to_dict() for s in book.all()]
    assert len(load_silences(tmp_path / "missing.json")) == 0


def test_a_silence_must_end_after_it_starts() -> None:
    """An empty window is refused."""
    with pytest.raises(MatcherError, match="end after it starts"):
        SilenceBook().add(parse_matchers([]), T0, T0, "a", "")
