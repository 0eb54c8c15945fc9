"""Silences: operator-made mutes with matchers and an end time, created and expired at run time.

Pure rules (:class:`SilenceBook`) plus a small file adapter (:func:`load_silences`,
:func:`save_silences`): the worker persists its silences in ``worker.state_dir`` so that
they survive restarts (and a broker in memory). Times are wall-clock times chosen by
operators, passed in by the caller; nothing here reads a clock.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from earlywarn.alert.route import match_decision
from earlywarn.config import MatchConfig, Settings
from earlywarn.model import Alert, format_time, parse_time, stable_id, to_utc
from earlywarn.reasons import RouteDecision

FILE_VERSION = 1
KEEP_EXPIRED = timedelta(days=7)  # expired silences stay listed this long, then are dropped

# matcher keys on the command line and in the API → MatchConfig fields
_LIST_KEYS = {
    "department": "departments",
    "province": "provinces",
    "category": "categories",
    "source_kind": "source_kinds",
}


class MatcherError(ValueError):
    """A matcher expression that cannot be understood (the message says what to write)."""


def parse_matchers(expressions: Iterable[str]) -> MatchConfig:
    """``department=13,21 category=armed_attack level>=warning`` → :class:`MatchConfig`.

    ``level=X`` means exactly X; ``level>=X`` means X or higher.
    """
    data: dict[str, Any] = {}
    for expression in expressions:
        if ">=" in expression:
            key, value = (part.strip() for part in expression.split(">=", 1))
            if key != "level":
                raise MatcherError(f"{expression!r}: only level supports >=")
            data["min_level"] = value
            continue
        if "=" not in expression:
            raise MatcherError(
                f"{expression!r} is not a matcher; write key=value, e.g. department=13"
            )
        key, value = (part.strip() for part in expression.split("=", 1))
        if key == "level":
            data["min_level"] = data["max_level"] = value
        elif key in _LIST_KEYS:
            field = _LIST_KEYS[key]
            data[field] = [*data.get(field, []), *(v for v in value.split(",") if v)]
        else:
            known = ", ".join([*_LIST_KEYS, "level"])
            raise MatcherError(f"{expression!r}: unknown key {key!r} (use {known})")
    try:
        return MatchConfig.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise MatcherError(problems) from exc


def describe_matchers(match: MatchConfig) -> str:
    """The matchers as the command line writes them (``any`` when there are none)."""
    parts = [f"department={','.join(match.departments)}"] if match.departments else []
    if match.provinces:
        parts.append(f"province={','.join(match.provinces)}")
    if match.categories:
        parts.append(f"category={','.join(c.value for c in match.categories)}")
    if match.min_level == match.max_level:
        parts.append(f"level={match.min_level}")
    elif match.min_level != "watch":
        parts.append(f"level>={match.min_level}")
    if match.source_kinds:
        parts.append(f"source_kind={','.join(match.source_kinds)}")
    return " ".join(parts) or "any"


@dataclass(frozen=True, slots=True)
class Silence:
    """Mutes every alert its matchers accept while ``starts_at <= now < ends_at``."""

    id: str
    match: MatchConfig
    starts_at: datetime
    ends_at: datetime
    created_by: str
    comment: str

    def active(self, now: datetime) -> bool:
        return self.starts_at <= now < self.ends_at

    def state(self, now: datetime) -> str:
        if now < self.starts_at:
            return "pending"
        return "active" if now < self.ends_at else "expired"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "matchers": describe_matchers(self.match),
            "match": self.match.model_dump(mode="json"),
            "starts_at": format_time(self.starts_at),
            "ends_at": format_time(self.ends_at),
            "created_by": self.created_by,
            "comment": self.comment,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Silence:
        return cls(
            id=str(data["id"]),
            match=MatchConfig.model_validate(data["match"]),
            starts_at=parse_time(data["starts_at"], "starts_at"),
            ends_at=parse_time(data["ends_at"], "ends_at"),
            created_by=str(data.get("created_by", "")),
            comment=str(data.get("comment", "")),
        )


class SilenceBook:
    """The silences of one worker, in creation order."""

    def __init__(self, silences: Iterable[Silence] = ()) -> None:
        self._silences: dict[str, Silence] = {s.id: s for s in silences}

    def __len__(self) -> int:
        return len(self._silences)

    def all(self) -> list[Silence]:
        return list(self._silences.values())

    def get(self, silence_id: str) -> Silence | None:
        return self._silences.get(silence_id)

    def add(
        self,
        match: MatchConfig,
        starts_at: datetime,
        ends_at: datetime,
        created_by: str,
        comment: str,
    ) -> Silence:
        """A new silence; its id is derived from its content and creation time."""
        starts_at, ends_at = to_utc(starts_at), to_utc(ends_at)
        if ends_at <= starts_at:
            raise MatcherError("a silence must end after it starts")
        silence_id = stable_id(
            "silence", describe_matchers(match), format_time(starts_at), format_time(ends_at),
            created_by, comment, str(len(self._silences)),
        )  # fmt: skip
        silence = Silence(silence_id, match, starts_at, ends_at, created_by, comment)
        self._silences[silence_id] = silence
        return silence

    def expire(self, silence_id: str, now: datetime) -> Silence:
        """End ``silence_id`` now (KeyError if unknown); an expired one is left as it is."""
        silence = self._silences[silence_id]
        if silence.ends_at > now:
            silence = replace(silence, ends_at=max(now, silence.starts_at))
            self._silences[silence_id] = silence
        return silence

    def silencing(self, alert: Alert, now: datetime) -> Silence | None:
        """The first active silence that mutes ``alert``, if any."""
        for silence in self._silences.values():
            if (
                silence.active(now)
                and match_decision(alert, silence.match) is RouteDecision.MATCHED
            ):
                return silence
        return None

    def prune(self, now: datetime, keep: timedelta = KEEP_EXPIRED) -> list[str]:
        """Forget silences that expired more than ``keep`` ago; returns their ids."""
        old = [s.id for s in self._silences.values() if s.ends_at + keep < now]
        for silence_id in old:
            del self._silences[silence_id]
        return old

    def to_dict(self) -> dict[str, Any]:
        return {"version": FILE_VERSION, "silences": [s.to_dict() for s in self.all()]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SilenceBook:
        if data.get("version") != FILE_VERSION:
            raise ValueError(f"silences file version {data.get('version')!r}, expected 1")
        return cls(Silence.from_dict(item) for item in data["silences"])


# --------------------------------------------------------------------------- file adapter


def silences_path(settings: Settings) -> Path:
    """Where the worker keeps its silences (``alert.silences_file`` under the state dir)."""
    return settings.worker.state_dir / settings.alert.silences_file


def load_silences(path: Path) -> SilenceBook:
    """The silences saved at ``path`` (none when the file does not exist yet)."""
    if not path.exists():
        return SilenceBook()
    return SilenceBook.from_dict(json.loads(path.read_text(encoding="utf-8")))


def save_silences(path: Path, book: SilenceBook) -> None:
    """Write atomically: a crash leaves the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".silences-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(book.to_dict(), handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def silences_table(silences: Sequence[Silence], now: datetime) -> list[str]:
    """Human-readable lines for ``earlywarn silence list``."""
    lines = []
    for s in silences:
        lines.append(
            f"{s.id}  {s.state(now):<8} {format_time(s.starts_at)} → {format_time(s.ends_at)}  "
            f"{describe_matchers(s.match)}  by {s.created_by or '?'}: {s.comment}"
        )
    return lines
