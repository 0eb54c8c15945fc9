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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Una veintena de comuneros murieron en el conflicto", Severity(killed=20)),
        ("Media docena de mineros secuestrados en Atico", Severity(kidnapped=6)),
        ("Un par de policías heridos en el desalojo", Severity(injured=2)),
        ("Ambos vigilantes murieron en el acto", Severity(killed=2)),
        ("Más de una docena de heridos tras la explosión", Severity(injured=12)),
    ],
)
def test_collective_numerals(text: str, expected: Severity) -> None:
    """Collective numerals ("una veintena", "media docena", "un par de", "ambos") are counts."""
    assert extract_severity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un minero y un vigilante fueron asesinados en la garita", Severity(killed=2)),
        ("Secuestran a un ingeniero y a un chofer en Chala", Severity(kidnapped=2)),
        ("Dos mineros murieron en Vijus y otros cuatro en Retamas", Severity(killed=6)),
        ("Tres heridos en Pataz y otros dos heridos en Parcoy", Severity(injured=5)),
        ("Murieron dos mineros y otros 30 fueron evacuados", Severity(killed=2)),
        ("Dos muertos y tres heridos en el asalto", Severity(killed=2, injured=3)),
    ],
)
def test_counts_add_up_across_coordinated_victims(text: str, expected: Severity) -> None:
    """Coordinated victims and "otros N" of the same kind add up; other kinds stay apart."""
    assert extract_severity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heridos en la balacera ya son cuatro", Severity(injured=4)),
        ("Mineros secuestrados: eran cinco operarios de la contrata", Severity(kidnapped=5)),
        ("Ana Ruiz (31) y Eva Mamani (27) fueron asesinadas", Severity(killed=2)),
    ],
)
def test_counts_after_copula_and_named_victims(text: str, expected: Severity) -> None:
    """A count after "ya son" takes the casualty word before it; named victims with ages count."""
    assert extract_severity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Murió un minero de 40 años. Ninguno de sus compañeros resultó herido",
            Severity(killed=1),
        ),
        ("Cinco asaltantes huyeron; ningún guardia quedó herido", Severity()),
        ("El cadáver presentaba 3 heridas de bala", Severity()),
        ("Dirigente recibió amenazas de muerte de dos desconocidos", Severity()),
        ("Fallece trabajador herido en el ataque del lunes", Severity(killed=1)),
        ("Mueren dos vigilantes heridos en el asalto", Severity(killed=2)),
    ],
)
def test_negations_wounds_and_died_of_injuries(text: str, expected: Severity) -> None:
    """Negations a few words back, bullet wounds, death threats: none; died of injuries: killed."""
    assert extract_severity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hieren de bala al vigilante de la garita", Severity(injured=1)),
        ("Encuentran sin vida a comunero en la quebrada", Severity(killed=1)),
        ("La muerte de cuatro mineros conmociona a Pataz", Severity(killed=4)),
        ("Muerte de vigilante: capturan a sospechoso", Severity(killed=1)),
        ("Hallan el cuerpo de un minero en el río", Severity(killed=1)),
        ("Masacre de 8 trabajadores en la galería", Severity(killed=8)),
        ("Ataque dejó cinco vidas perdidas", Severity(killed=5)),
        ("Una víctima mortal en el asalto al convoy", Severity(killed=1)),
        ("Tres mineros fueron llevados a la fuerza por encapuchados", Severity(kidnapped=3)),
        ("Two engineers taken hostage at the camp", Severity(kidnapped=2)),
        ("Four geologists freed by police a week after the kidnapping", Severity(kidnapped=4)),
        ("One guard killed and another injured at the gate", Severity(killed=1, injured=1)),
        ("Trabajador quedó malherido tras la golpiza", Severity(injured=1)),
    ],
)
def test_more_casualty_expressions(text: str, expected: Severity) -> None:
    """More verbs, nouns and phrases carry counts ("hieren al", "muerte de", "taken hostage")."""
    assert extract_severity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liberan a cinco rehenes tras 3 días de cautiverio", Severity(kidnapped=5)),
        ("Dos ingenieros fueron liberados por sus captores", Severity(kidnapped=2)),
        ("Juez ordena liberar a 3 detenidos; fueron liberados anoche", Severity()),
    ],
)
def test_release_counts_as_kidnapped_only_in_a_kidnapping(text: str, expected: Severity) -> None:
    """People freed count as kidnapped when the text is about a kidnapping, not detainees."""
    assert extract_severity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un comunero y su hermano fueron asesinados", Severity(killed=2)),
        ("Secuestran a un empresario y a su chofer", Severity(kidnapped=2)),
        ("Capturan al asesino de tres mineros", Severity(killed=3)),
        ("El homicidio de dos vigilantes sigue impune", Severity(killed=2)),
        ("Sujetos armados se llevaron a la fuerza a cuatro operarios", Severity(kidnapped=4)),
        ("Capataz fue llevado a la fuerza por encapuchados", Severity(kidnapped=1)),
        ("Patrulla halla vigilante sin vida junto a la garita", Severity(killed=1)),
        ("Obrero muere tras ser golpeado por invasores", Severity(killed=1)),
        ("Fallece el operario que quedó herido en la explosión", Severity(killed=1)),
    ],
)
def test_relatives_crimes_and_forced_removal(text: str, expected: Severity) -> None:
    """Relatives ("y su hermano"), "asesino de N", "a la fuerza", "sin vida" after a person count."""
    assert extract_severity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uno de los cuatro rehenes murió y los otros tres fueron rescatados", Severity(1, 0, 3)),
        ("Dos de los heridos fallecieron en la posta", Severity(killed=2)),
        ("Cuatro heridos fueron trasladados al hospital, donde murieron", Severity(killed=4)),
        ("Tres heridos; un vigilante murió en el acto", Severity(killed=1, injured=3)),
        (
            "Raptaron a seis obreros: uno apareció muerto y cinco fueron liberados",
            Severity(1, 0, 5),
        ),
    ],
)
def test_parts_of_a_group_with_a_different_fate(text: str, expected: Severity) -> None:
    """A part that died counts as killed and the rest keep their kind (partitives, "los otros")."""
    assert extract_severity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Las cinco víctimas mortales eran de Huamachuco", Severity(killed=5)),
        ("El ataque empezó a las 3 y dejó dos heridos", Severity(injured=2)),
        ("Tres comuneros fueron victimados en la trocha", Severity(killed=3)),
        ("Operario retenido por invasores en la bocamina", Severity(kidnapped=1)),
        ("Camión retenido por comuneros en la vía", Severity()),
        ("Dos vigilantes murieron el sábado y otros tres el domingo", Severity(killed=5)),
    ],
)
def test_clock_times_victimados_retenido_and_ellipsis(text: str, expected: Severity) -> None:
    """ "las N" is a time only after "a las"; "victimados"; "retenido" needs a person; ellipsis."""
    assert extract_severity(text) == expected
