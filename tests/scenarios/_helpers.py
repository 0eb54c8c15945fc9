"""The place and start time the scenarios share: Pataz district, La Libertad, from a Monday."""

from __future__ import annotations

from datetime import UTC, datetime

from earlywarn.model import Place, Precision

PATAZ = Place(
    Precision.DISTRICT,
    department_ubigeo="13",
    province_ubigeo="1308",
    district_ubigeo="130801",
    name="Pataz",
    department_name="La Libertad",
)
START = datetime(2026, 3, 2, tzinfo=UTC)  # a Monday
