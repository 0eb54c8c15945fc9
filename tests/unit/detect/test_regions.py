"""Province/district regions, roll-up inhibition, severity weights and their snapshots."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from earlywarn.config import DetectConfig
from earlywarn.detect import EscalationDetector
from earlywarn.model import Escalation, Incident, Place, Precision, Severity

from ._helpers import DAY, HOUR, NAMES, T0, incident

PATAZ_PLACE = Place(
    Precision.DISTRICT,
    department_ubigeo="13",
    province_ubigeo="1308",
    district_ubigeo="130801",
    name="Pataz",
)
TRUJILLO_PLACE = Place(Precision.PROVINCE, department_ubigeo="13", province_ubigeo="1301")
POISSON = DetectConfig(method="poisson")


def _at(at: datetime, place: Place = PATAZ_PLACE, killed: int = 0) -> Incident:
    return replace(incident(at), place=place, severity=Severity(killed=killed))


def _regions(out: list[Escalation]) -> list[str]:
    return [e.region for e in out]


def test_province_escalates_beside_its_department_when_not_inhibited() -> None:
    """Three stories in Pataz fire the department and, uninhibited, the province 1308."""
    cfg = replace_cfg(inhibit_subregions=False)
    out = EscalationDetector(cfg, NAMES).observe([_at(T0 + i * HOUR) for i in range(3)])
    assert _regions(out) == ["13", "1308"]
    assert out[1].region_name == "1308 (La Libertad)"


def test_department_escalation_inhibits_its_provinces() -> None:
    """With inhibition (default) the operations centre gets the department's alert only."""
    detector = EscalationDetector(POISSON, NAMES)
    out = detector.observe([_at(T0 + i * HOUR) for i in range(3)])
    assert _regions(out) == ["13"]
    assert [e.region for e in detector.firing()] == ["13"]


def test_province_alone_can_escalate_when_the_department_is_busy() -> None:
    """A busy department does not fire on a Pataz burst its own baseline absorbs; 1308 does."""
    # The prior matches the busy rate, so Trujillo's steady six a day never escalates.
    detector = EscalationDetector(replace_cfg(prior_rate_per_window=6.0), NAMES)
    busy = [_at(T0 + i * 4 * HOUR, TRUJILLO_PLACE) for i in range(6 * 28)]
    for item in busy:
        detector.advance(item.occurred_at)
        detector.observe([item])
    detector.advance(T0 + 28 * DAY)
    assert detector.firing() == []
    out = detector.observe([_at(T0 + 28 * DAY + i * HOUR) for i in range(4)])
    assert _regions(out) == ["1308"]


def test_watched_district_has_its_own_state_and_snapshot_round_trips() -> None:
    """A configured district counts separately; snapshots keep department, province, district."""
    cfg = replace_cfg(inhibit_subregions=False, district_regions=("130801",))
    detector = EscalationDetector(cfg, NAMES)
    out = detector.observe([_at(T0 + i * HOUR) for i in range(3)])
    assert _regions(out) == ["13", "1308", "130801"]
    assert out[2].region_name == "Pataz (La Libertad)"
    snapshot = detector.snapshot_region("13")
    assert set(snapshot["keys"]) == {"armed_attack", "1308/armed_attack", "130801/armed_attack"}
    restored = EscalationDetector(cfg, NAMES)
    restored.restore_region("13", snapshot)
    assert restored.snapshot_region("13") == snapshot
    assert [e.region for e in restored.firing()] == ["13", "1308", "130801"]


def test_severity_weights_make_deadly_stories_count_more() -> None:
    """With weights (1, 2, 3) one story with deaths counts 3 (fires), two count 6 (warning)."""
    cfg = replace_cfg(severity_weights=(1, 2, 3), province_regions=False)
    out = EscalationDetector(cfg, NAMES).observe([_at(T0 + i * HOUR, killed=2) for i in range(2)])
    assert [e.count for e in out] == [3, 6]


def replace_cfg(**changes: object) -> DetectConfig:
    return POISSON.model_copy(update=changes)
