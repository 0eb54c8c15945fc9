"""Tests for casualty extraction."""

import pytest

from earlywarn.enrich.severity import extract_severity
from earlywarn.model import Severity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trece mineros asesinados en Pataz", Severity(killed=13)),
        ("Ataque deja al menos 13 muertos", Severity(killed=13)),
        ("Un vigilante herido en Vijus", Severity(injured=1)),
        ("Dos trabajadores secuestrados en Chala", Severity(kidnapped=2)),
        ("Three miners killed in La Rinconada", Severity(killed=3)),
        ("Confirman 13 fallecidos tras el ataque", Severity(killed=13)),
        ("Murieron treinta y dos personas", Severity(killed=32)),
        ("Gunmen killed twenty-one miners", Severity(killed=21)),
        (
            "Asesinaron a dos vigilantes y secuestran a cinco obreros",
            Severity(killed=2, kidnapped=5),
        ),
        ("Balacera deja 4 muertos y 7 heridos", Severity(killed=4, injured=7)),
        ("Dos policías resultaron heridos", Severity(injured=2)),
        ("Asesinan a minero en Retamas", Severity(killed=1)),
    ],
)
def test_counts_casualties(text: str, expected: Severity) -> None:
    """Digits and Spanish/English number words next to casualty words are counted."""
    assert extract_severity(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "El 13 de agosto hubo un operativo en Pataz",
        "Roban 50 kilos de oro y S/ 20 000 en efectivo",
        "Incautan un revólver calibre 38 en el km 45",
        "A las 3 de la mañana llegaron 200 policías",
        "En 2023 la producción creció 5 por ciento",
        "Operativo de 12 horas en La Pampa",
    ],
)
def test_ignores_numbers_that_are_not_casualties(text: str) -> None:
    """Dates, money, weights, calibres, kilometre posts, hours and years are not casualties."""
    assert extract_severity(text) == Severity()


def test_ignores_age_of_victim() -> None:
    """An age ("de 25 años") is not a count: one miner killed, not 25."""
    assert extract_severity("En el km 45 asesinaron a un minero de 25 años") == Severity(killed=1)


def test_repeated_figure_is_not_summed() -> None:
    """A figure repeated in title and body counts once (max, not sum)."""
    text = "Trece muertos en Pataz. Los trece muertos eran trabajadores de una contrata."
    assert extract_severity(text) == Severity(killed=13)


def test_plural_without_number_is_zero() -> None:
    """A bare plural ("mineros asesinados") gives no count rather than a guess."""
    assert extract_severity("Mineros asesinados en Pataz") == Severity()


def test_no_casualties_in_plain_text() -> None:
    """Text with no casualty words gives an empty severity."""
    assert extract_severity("Precio del oro sube por tercera semana") == Severity()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El vigilante fue asesinado durante la noche", Severity(killed=1)),
        ("Raptan a supervisor de seguridad de minera en Lucanas", Severity(kidnapped=1)),
        ("Once mineros permanecen secuestrados en una galería", Severity(kidnapped=11)),
        ("Nueve mineros murieron tras el ataque", Severity(killed=9)),
        ("Hallan los cuerpos de dos mineros en una fosa", Severity(killed=2)),
        ("Dispararon contra una cisterna, sin causar heridos", Severity()),
        ("Garita 4 reporta que tres trabajadores fueron retenidos", Severity(kidnapped=3)),
    ],
)
def test_clause_window_singles_and_negation(text: str, expected: Severity) -> None:
    """Counts a few words from their casualty word, singular victims as one, not negations."""
    assert extract_severity(text) == expected
