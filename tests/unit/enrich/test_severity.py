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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tres mineros pierden la vida en ataque armado", Severity(killed=3)),
        ("Hallan sin vida a cuatro mineros en una labor", Severity(killed=4)),
        ("Un vigilante perdió la vida al enfrentarse a los asaltantes", Severity(killed=1)),
        ("Siete trabajadores fueron privados de su libertad", Severity(kidnapped=7)),
        ("Dos vigilantes permanecen en poder de los captores", Severity(kidnapped=2)),
        ("Una decena de mineros fueron secuestrados", Severity(kidnapped=10)),
        ("Death toll from mine massacre rises to 12", Severity(killed=12)),
        ("Mataron a balazos a dos hermanos mineros", Severity(killed=2)),
        ("La balacera cobró la vida de tres mineros artesanales", Severity(killed=3)),
        ("El número de víctimas mortales asciende a 14", Severity(killed=14)),
        ("El ataque mató a dos mineros e hirió a otros tres", Severity(killed=2, injured=3)),
        ("Gunmen stormed the camp, killing seven miners", Severity(killed=7)),
        ("The bodies of four kidnapped workers were found", Severity(killed=4)),
    ],
)
def test_several_word_expressions(text: str, expected: Severity) -> None:
    """Phrases ("pierden la vida", "sin vida", "en poder de", "death toll") carry counts."""
    assert extract_severity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Muere vigilante baleado en ataque a minera", Severity(killed=1)),
        ("Fallece el minero que fue baleado el sábado", Severity(killed=1)),
        ("El minero, de 34 años, murió en el acto", Severity(killed=1)),
        ("Mine worker shot dead on his way home", Severity(killed=1)),
        ("A guard was wounded in the shooting", Severity(injured=1)),
        ("Gunmen kill a security guard at the mine gate", Severity(killed=1)),
        ("Ataque a bocamina: ningún herido, según la empresa", Severity()),
        ("Mineros hallados sin vida en Pataz", Severity()),
    ],
)
def test_singular_victims_in_more_forms(text: str, expected: Severity) -> None:
    """A dying verb or an English participle next to one person counts one; negations none."""
    assert extract_severity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los tres trabajadores secuestrados fueron encontrados muertos", Severity(killed=3)),
        ("Trabajador secuestrado hace 8 días fue hallado sin vida", Severity(killed=1)),
        ("Dos mineros secuestrados y un vigilante muerto", Severity(killed=1, kidnapped=2)),
    ],
)
def test_kidnapped_then_found_dead_counts_as_killed(text: str, expected: Severity) -> None:
    """People kidnapped and found dead count as killed only (labelling guide)."""
    assert extract_severity(text) == expected
