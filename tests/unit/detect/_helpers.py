"""Incident factory for detector tests (event times are explicit, never read from a clock)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from earlywarn.model import Category, Incident, Place, Precision, Severity, SignalKind
from earlywarn.testing import make_incident

T0 = datetime(2024, 3, 1, tzinfo=UTC)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
PATAZ = "13"  # La Libertad
NAMES = {"13": "La Libertad", "21": "Puno", "04": "Arequipa"}

_counter = 0


def incident(
    at: datetime,
    story: str | None = None,
    *,
    department: str | None = PATAZ,
    category: Category = Category.ARMED_ATTACK,
    confidence: float = 0.9,
    kind: SignalKind = SignalKind.NEWS,
    ident: str | None = None,
) -> Incident:
    """One incident at event time ``at``; a fresh story unless ``story`` is given."""
    global _counter
    _counter += 1
    ident = ident or f"inc-{_counter}"
    return make_incident(
        id=ident,
        story_id=story or f"story-{ident}",
        category=category,
        confidence=confidence,
        severity=Severity(),
        place=Place(Precision.DISTRICT, department_ubigeo=department, name="Pataz"),
        occurred_at=at,
        source="field-intake" if kind is SignalKind.FIELD else "rpp",
        kind=kind,
        title=f"Ataque en Pataz {ident}",
        url=None if kind is SignalKind.FIELD else f"https://news.example/{ident}",
    )
