"""Geolocation of news text and field coordinates on INEI UBIGEO units."""

from __future__ import annotations

from pathlib import Path

import pytest

from earlywarn.enrich.gazetteer import Gazetteer
from earlywarn.enrich.geolocate import Geolocator
from earlywarn.errors import InvalidRecord
from earlywarn.model import Place, Precision
from earlywarn.reasons import DeadLetterReason

CCPP = Path(__file__).parents[3] / ".." / "shared" / "data" / "gazetteer" / "ubigeo_ccpp.csv.gz"


@pytest.fixture(scope="module")
def geo() -> Geolocator:
    return Geolocator(Gazetteer.load())


def chain(place: Place) -> tuple[str | None, str | None, str | None]:
    return place.department_ubigeo, place.province_ubigeo, place.district_ubigeo


def test_pataz_headline(geo: Geolocator) -> None:
    """'Ataque en Pataz deja 13 mineros muertos' → La Libertad 13, province Pataz 1308."""
    place = geo.locate("Ataque en Pataz deja 13 mineros muertos", "")
    assert place.department_ubigeo == "13" and place.province_ubigeo == "1308"
    assert place.department_name == "La Libertad"
    assert place.precision == Precision.PROVINCE
    assert place.evidence is not None and "Pataz" in place.evidence


def test_pataz_named_as_district(geo: Geolocator) -> None:
    """'distrito de Pataz' picks the district 130809 rather than the province."""
    place = geo.locate("Balacera", "Ocurrió en el distrito de Pataz, en La Libertad.")
    assert chain(place) == ("13", "1308", "130809")


def test_retamas_default_is_parcoy(geo: Geolocator) -> None:
    """Retamas alone is the mining town in Parcoy (Pataz)."""
    place = geo.locate("Asesinan a minero en Retamas", "")
    assert chain(place) == ("13", "1308", "130808")
    assert place.precision == Precision.DISTRICT and place.name == "Retamas"


def test_retamas_with_pataz_co_mention(geo: Geolocator) -> None:
    """Retamas with 'provincia de Pataz' stays in Parcoy, with both spans as evidence."""
    place = geo.locate("Balacera en Retamas", "Ocurrió en Retamas, provincia de Pataz.")
    assert chain(place) == ("13", "1308", "130808")
    assert place.evidence is not None and "Pataz" in place.evidence


def test_retamas_with_bolivar_co_mention(geo: Geolocator) -> None:
    """Retamas co-mentioned with Condormarca/Bolívar is the homonym in Condormarca 130303."""
    place = geo.locate(
        "Hallan cuerpo en Retamas",
        "El caserío Retamas, del distrito de Condormarca, provincia de Bolívar.",
    )
    assert chain(place) == ("13", "1303", "130303")


def test_la_rinconada(geo: Geolocator) -> None:
    """La Rinconada → Puno 21, San Antonio de Putina 2110, Ananea 211002, with coordinates."""
    place = geo.locate("Derrumbe en mina de La Rinconada", "Tres mineros murieron.")
    assert chain(place) == ("21", "2110", "211002")
    assert place.department_name == "Puno"
    assert place.lat == pytest.approx(-14.63, abs=0.05)


def test_la_pampa(geo: Geolocator) -> None:
    """La Pampa is the Madre de Dios corridor (17)."""
    place = geo.locate("Operativo contra minería ilegal en La Pampa", "")
    assert place.department_ubigeo == "17"


def test_nazca_is_nasca(geo: Geolocator) -> None:
    """'Nazca' is INEI's Nasca (Ica 11, province 1103)."""
    place = geo.locate("Mineros informales bloquean vía en Nazca", "")
    assert chain(place)[:2] == ("11", "1103") and place.name == "Nasca"


def test_cuzco_is_cusco(geo: Geolocator) -> None:
    """'Cuzco' is the department of Cusco (08)."""
    place = geo.locate("Paro en Cuzco", "")
    assert place.department_ubigeo == "08" and place.department_name == "Cusco"


def test_accents_are_optional(geo: Geolocator) -> None:
    """'Chaparra' and 'Cháparra' both find the district in Caravelí, Arequipa."""
    for spelling in ("Chaparra", "Cháparra", "CHÁPARRA"):
        assert chain(geo.locate(f"Asalto en {spelling}", "")) == ("04", "0403", "040308")


@pytest.mark.parametrize(
    "text",
    [
        "Defendemos la libertad de expresión y la unión de todos.",
        "La libertad de prensa está en riesgo.",
        "El progreso trae la esperanza de un futuro mejor.",
        "Firmaron un acta por la paz social.",
        "Un homenaje al libertador José de San Martín en su aniversario.",
        "El asalto ocurrió en el Jr. Junín y luego en la Av. Arequipa.",
        "Alumnos del Colegio La Unión celebraron.",
    ],
)
def test_false_positives_are_not_places(geo: Geolocator, text: str) -> None:
    """Common words, people, streets and institutions named like places are not places."""
    assert geo.locate("", text).precision == Precision.NONE


def test_street_address_does_not_hide_the_scene(geo: Geolocator) -> None:
    """'Av. Arequipa' is a street; the scene named elsewhere (Chala) wins."""
    place = geo.locate(
        "Detienen a extorsionador", "Fue capturado en la Av. Arequipa tras un ataque en Chala."
    )
    assert chain(place) == ("04", "0403", "040307")


def test_capitalised_common_word_mid_sentence_is_a_place(geo: Geolocator) -> None:
    """A common-word district capitalised mid-sentence with its province counts."""
    place = geo.locate("", "Asesinan a cobrador en La Esperanza, provincia de Trujillo.")
    assert chain(place) == ("13", "1301", "130105")


def test_victims_taken_elsewhere(geo: Geolocator) -> None:
    """'trasladados a Trujillo tras el ataque en Pataz' → Pataz, not Trujillo."""
    place = geo.locate("", "Los heridos fueron trasladados a Trujillo tras el ataque en Pataz.")
    assert place.province_ubigeo == "1308"


def test_lima_dateline_is_weak(geo: Geolocator) -> None:
    """A 'LIMA (Andina).—' dateline yields to the place in the story (Vijus, Pataz)."""
    place = geo.locate(
        "Mineros asesinados", "LIMA (Andina).— Un ataque armado en Vijus dejó tres muertos."
    )
    assert chain(place) == ("13", "1308", "130809") and place.name == "Vijus"


def test_city_dateline_is_weak(geo: Geolocator) -> None:
    """A 'Trujillo, 3 jun.' dateline yields to the scene (Huaylillas)."""
    place = geo.locate(
        "Ataque", "Trujillo, 3 jun. Un ataque armado en Huaylillas dejó tres muertos."
    )
    assert place.district_ubigeo == "130805"


def test_dateline_alone_still_locates(geo: Geolocator) -> None:
    """A dateline is weak but, when it is the only place, it is used."""
    place = geo.locate("Reunión de ministros", "LIMA (Andina).— El consejo se reunió hoy.")
    assert place.department_ubigeo == "15"


def test_no_peruvian_place_is_none(geo: Geolocator) -> None:
    """A story without a Peruvian place gives Place.unknown()."""
    assert geo.locate("Storm hits London", "Paris and Berlin also saw rain.") == Place.unknown()


def test_peru_alone_is_country(geo: Geolocator) -> None:
    """'Perú' with no finer place → precision country."""
    assert geo.locate("La economía del Perú crece", "").precision == Precision.COUNTRY


def test_foreign_homonym_with_other_country(geo: Geolocator) -> None:
    """'Santa Cruz' in a story about Bolivia is not the Peruvian Santa Cruz."""
    place = geo.locate("Enfrentamientos en Santa Cruz", "La policía de Bolivia informó.")
    assert place.precision == Precision.NONE


def test_peru_over_neighbour(geo: Geolocator) -> None:
    """A Peruvian place wins over a neighbouring country's mention (Tacna next to Chile)."""
    place = geo.locate("Contrabando de oro", "Incautan oro en Tacna que iba a Chile.")
    assert place.department_ubigeo == "23"


def test_co_mentions_choose_the_province(geo: Geolocator) -> None:
    """'Secocha, Camaná' keeps Secocha in Mariano Nicolás Valcárcel (Camaná, Arequipa)."""
    place = geo.locate("Atentado en Secocha", "En Secocha, provincia de Camaná, Arequipa.")
    assert chain(place) == ("04", "0402", "040203")


def test_department_only(geo: Geolocator) -> None:
    """Only a department named → precision department with its capital's coordinates."""
    place = geo.locate("Minería ilegal avanza en Madre de Dios", "")
    assert place.precision == Precision.DEPARTMENT and place.department_ubigeo == "17"
    assert place.lat is not None


def test_lima_metropolitana_vs_callao(geo: Geolocator) -> None:
    """Lima Metropolitana is province 1501; Callao is its own department 07."""
    assert geo.locate("Robos en Lima Metropolitana", "").province_ubigeo == "1501"
    assert geo.locate("Balacera en el Callao", "").department_ubigeo == "07"


def test_reverse_geocode_inside_peru(geo: Geolocator) -> None:
    """A point near Retamas resolves to Retamas (Parcoy) with the distance as evidence."""
    place = geo.reverse_geocode(-8.022, -77.476)
    assert chain(place) == ("13", "1308", "130808")
    assert place.evidence is not None and place.evidence.startswith("nearest: Retamas (")
    assert place.lat == -8.022 and place.lon == -77.476


@pytest.mark.parametrize("lat,lon", [(-16.50, -68.15), (40.4, -3.7), (-2.9, -79.0)])
def test_reverse_geocode_outside_peru(geo: Geolocator, lat: float, lon: float) -> None:
    """La Paz, Madrid and Cuenca (Ecuador) are outside Peru: InvalidRecord OUTSIDE_PERU."""
    with pytest.raises(InvalidRecord) as info:
        geo.reverse_geocode(lat, lon)
    assert info.value.reason == DeadLetterReason.OUTSIDE_PERU


def test_reverse_geocode_invalid_coordinates(geo: Geolocator) -> None:
    """NaN coordinates are an invalid signal, not a place."""
    with pytest.raises(InvalidRecord) as info:
        geo.reverse_geocode(float("nan"), -77.0)
    assert info.value.reason == DeadLetterReason.INVALID_SIGNAL


def test_populated_centre_from_extended_gazetteer() -> None:
    """With INEI populated centres loaded, 'centro poblado Cambria' in Putina is found."""
    geo = Geolocator(Gazetteer.load([CCPP]))
    place = geo.locate("Enfrentamiento en el centro poblado Cambria", "distrito de Putina, Puno.")
    assert chain(place) == ("21", "2110", "211001") and place.name == "Cambria"
    # admin units still win over same-named populated centres
    assert geo.locate("Ataque en Pataz", "").province_ubigeo == "1308"
    assert geo.locate("", "Firmaron un acta por la paz social.").precision == Precision.NONE
