"""An incident the runtime unit tests decode, batch and share."""

from __future__ import annotations

from datetime import UTC, datetime

from earlywarn.model import Category, Incident, Place, Precision, Severity, SignalKind
from earlywarn.testing import make_incident

T0 = datetime(2026, 5, 1, tzinfo=UTC)


def incident(ident: str) -> Incident:
    """A La Libertad homicide with two killed, its ids derived from ``ident``."""
    return make_incident(
        id=ident,
        signal_ids=(f"s-{ident}",),
        category=Category.HOMICIDE,
        confidence=0.75,
        severity=Severity(killed=2),
        place=Place(precision=Precision.DEPARTMENT, department_ubigeo="13", name="La Libertad"),
        occurred_at=T0,
        source="rpp",
        kind=SignalKind.NEWS,
        title=f"Asesinan a dos mineros ({ident})",
    )
