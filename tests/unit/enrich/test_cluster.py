"""Story ids: syndicated copies of one incident share a story; different incidents do not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from earlywarn.config import DetectConfig
from earlywarn.detect import EscalationDetector
from earlywarn.enrich.cluster import StoryGrouper, salient_words, story_id
from earlywarn.model import Category, Incident, Place, Precision, Severity, SignalKind
from earlywarn.testing import make_incident

MORNING = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
TITLE = "Sicarios asesinan a trece mineros en un socavón de Pataz"


def test_syndicated_copies_share_a_story() -> None:
    """The same wire headline from two outlets, hours apart on one day, is one story."""
    first = story_id("13", Category.HOMICIDE, MORNING, TITLE)
    copy = story_id("13", Category.HOMICIDE, MORNING + timedelta(hours=5), TITLE)
    assert first == copy


def test_accents_case_and_small_words_do_not_matter() -> None:
    """A copy that drops accents, shouts, reorders words or changes stop words is the same story."""
    first = story_id("13", Category.HOMICIDE, MORNING, TITLE)
    variants = [
        "SICARIOS ASESINAN A TRECE MINEROS EN UN SOCAVON DE PATAZ",
        "sicarios asesinan a trece mineros en el socavón de Pataz",
        "Pataz: sicarios asesinan a trece mineros en socavón",
    ]
    for title in variants:
        assert story_id("13", Category.HOMICIDE, MORNING, title) == first, title


def test_different_incidents_differ() -> None:
    """Another headline, region, category or day is another story."""
    first = story_id("13", Category.HOMICIDE, MORNING, TITLE)
    others = {
        story_id("13", Category.HOMICIDE, MORNING, "Asesinan a vigilante de bocamina en Vijus"),
        story_id("21", Category.HOMICIDE, MORNING, TITLE),
        story_id("13", Category.ARMED_ATTACK, MORNING, TITLE),
        story_id("13", Category.HOMICIDE, MORNING + timedelta(days=1), TITLE),
        story_id(None, Category.HOMICIDE, MORNING, TITLE),
    }
    assert first not in others and len(others) == 5


def test_salient_words_are_folded_sorted_and_limited() -> None:
    """Salient words are accent-free, lower-case, long, without stop words, sorted, at most 8."""
    words = salient_words("Ataque armado en el socavón «La Poderosa»: PATAZ en alerta")
    assert words == ("alerta", "armado", "ataque", "pataz", "poderosa", "socavon")
    many = salient_words("uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece")
    assert len(many) == 8 and list(many) == sorted(many)


def _rewrites(n: int) -> list[str]:
    """``n`` different headlines about the one Pataz massacre (outlet-style rewrites)."""
    stems = [
        "Sicarios asesinan a trece mineros en un socavón de Pataz",
        "Pataz: sicarios asesinan a trece mineros en socavón",
        "Masacre en Pataz: sicarios asesinan a trece mineros dentro de un socavón",
        "Trece mineros asesinados por sicarios en un socavón de Pataz",
        "Sicarios asesinan a 13 mineros en socavón de Pataz, La Libertad",
    ]
    tails = ["", " | Últimas noticias", " (video)", " - actualización", " según la Policía"]
    outlets = ["RPP", "Infobae", "La República", "Perú21", "Exitosa", "Andina", "Correo", "Trome"]
    return [
        f"{stems[i % 5]}{tails[(i // 5) % 5]} - {outlets[(i // 25) % len(outlets)]}"
        for i in range(n)
    ]


def test_two_hundred_near_duplicates_make_one_story_with_many_sources() -> None:
    """200 rewritten articles about one incident are one story id, 200 articles, 40 sources."""
    grouper = StoryGrouper()
    ids = {
        grouper.assign(
            "13",
            Category.HOMICIDE,
            MORNING + timedelta(minutes=i),
            title,
            source=f"outlet-{i % 40}",
        ).id
        for i, title in enumerate(_rewrites(200))
    }
    assert len(ids) == 1
    story = grouper.assign("13", Category.HOMICIDE, MORNING + timedelta(hours=4), _rewrites(1)[0])
    assert story.articles == 201
    assert len(story.sources) == 40
    assert story.confidence == 0.0  # assigned without classifier confidences


def test_two_hundred_near_duplicates_raise_the_detector_count_by_one() -> None:
    """Through grouper and detector, 200 articles about one incident count as one incident."""
    grouper = StoryGrouper()
    detector = EscalationDetector(
        DetectConfig(min_count=1, method="poisson", prior_rate_per_window=0), {"13": "LL"}
    )
    incidents = []
    for i, title in enumerate(_rewrites(200)):
        at = MORNING + timedelta(minutes=i)
        story = grouper.assign("13", Category.HOMICIDE, at, title, source=f"o{i}")
        incidents.append(_incident(f"a{i}", story.id, at, title))
    fired = detector.observe(incidents)
    assert [e.count for e in fired] == [1]
    assert detector.story_count() == 1


def test_different_incidents_and_other_places_stay_apart() -> None:
    """An unrelated headline, or the same one in another department, is a new story."""
    grouper = StoryGrouper()
    first = grouper.assign("13", Category.HOMICIDE, MORNING, TITLE).id
    other = grouper.assign(
        "13", Category.HOMICIDE, MORNING, "Sicarios asesinan a dos mineros en Pataz"
    )
    elsewhere = grouper.assign("21", Category.HOMICIDE, MORNING, TITLE)
    assert len({first, other.id, elsewhere.id}) == 3


def test_window_ends_a_story_and_memory_is_bounded() -> None:
    """The same headline after the window is a new story; old stories are forgotten."""
    grouper = StoryGrouper(window=timedelta(hours=48), max_stories=50)
    first = grouper.assign("13", Category.HOMICIDE, MORNING, TITLE).id
    later = grouper.assign("13", Category.HOMICIDE, MORNING + timedelta(days=3), TITLE).id
    assert first != later
    for i in range(500):
        grouper.assign("13", Category.THEFT, MORNING, f"robo numero {i} en planta {i * 7}")
    assert grouper.story_count() <= 50 + 2


def test_field_report_corroborates_news() -> None:
    """A field report joining a news story marks it corroborated; alone it stands alone."""
    grouper = StoryGrouper()
    grouper.assign("13", Category.HOMICIDE, MORNING, TITLE, source="rpp")
    story = grouper.assign(
        "13", Category.HOMICIDE, MORNING, TITLE, source="field-intake", field_report=True
    )
    assert story.corroborated
    alone = grouper.assign(
        "13", Category.INVASION, MORNING, "Invasores toman bocamina", source="f", field_report=True
    )
    assert not alone.corroborated


def _incident(ident: str, story: str, at: datetime, title: str) -> Incident:
    return make_incident(
        id=ident,
        signal_ids=(ident,),
        story_id=story,
        category=Category.HOMICIDE,
        confidence=0.9,
        severity=Severity(killed=13),
        place=Place(Precision.DISTRICT, department_ubigeo="13"),
        occurred_at=at,
        source="rpp",
        kind=SignalKind.NEWS,
        title=title,
    )


def test_more_sources_raise_confidence_not_count() -> None:
    """Two outlets at 0.6 make a story 0.84 certain; a third copy from one of them adds nothing."""
    grouper = StoryGrouper()
    grouper.assign("13", Category.HOMICIDE, MORNING, TITLE, source="rpp", confidence=0.6)
    story = grouper.assign("13", Category.HOMICIDE, MORNING, TITLE, source="andina", confidence=0.6)
    assert story.confidence == pytest.approx(0.84)
    again = grouper.assign("13", Category.HOMICIDE, MORNING, TITLE, source="rpp", confidence=0.5)
    assert again.id == story.id and again.confidence == pytest.approx(0.84)
