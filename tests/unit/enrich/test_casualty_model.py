"""Tests for the learned mention-level casualty extractor (casualty round ten)."""

import pickle

import numpy as np

from earlywarn.enrich.casualty_model import (
    MentionModel,
    Role,
    Source,
    aggregate,
    align,
    read_document,
    training_set,
)
from earlywarn.model import Severity


def _mentions(text: str) -> list[tuple[str, int, Source]]:
    doc = read_document(text)
    return [(" ".join(doc.tokens[m.start : m.end]), m.value, m.source) for m in doc.mentions]


def test_mentions_are_numbers_people_bodies_and_names() -> None:
    """Digits, number words, single person nouns, bodies and personal names are candidates."""
    text = "Matan a dos mineros y a un vigilante. El cadáver de Juan Mamani tenía 3 balazos."
    assert _mentions(text) == [
        ("dos", 2, Source.NUMBER),
        ("un", 1, Source.NUMBER),
        ("cadaver", 1, Source.BODY),
        ("juan mamani", 1, Source.NAME),
        ("3", 3, Source.NUMBER),
    ]


def test_person_noun_of_a_number_is_not_a_second_mention() -> None:
    """The noun right after a number belongs to it; a lone person noun is one victim."""
    assert _mentions("Tres vigilantes heridos") == [("tres", 3, Source.NUMBER)]
    assert _mentions("Vigilante herido en Vijus") == [("vigilante", 1, Source.PERSON)]


def test_capitalised_first_word_of_a_sentence_starts_no_name() -> None:
    """Every sentence starts with a capital, so a name needs two capitalised words inside it."""
    assert _mentions("Hallan muerto a Pedro Quispe. Fuentes Policiales lo confirmaron.") == [
        ("pedro quispe", 1, Source.NAME)
    ]


def test_alignment_labels_every_mention_of_a_repeated_figure() -> None:
    """A figure repeated in title and body takes the kind both times; other numbers are none."""
    doc = read_document("Matan a dos mineros. Los dos tenían 30 años.")
    assert align(doc, (2, 0, 0)) == [Role.KILLED, Role.KILLED, Role.NONE]


def test_alignment_finds_parts_that_add_up() -> None:
    """Without the total written, the one set of numbers that sums to the gold count is taken."""
    doc = read_document("Dos murieron en la bocamina y otros tres en el campamento de 40 obreros.")
    assert align(doc, (5, 0, 0)) == [Role.KILLED, Role.KILLED, Role.NONE]


def test_alignment_is_ambiguous_when_a_mention_fits_two_kinds() -> None:
    """One figure that could be either kind's gold makes the item unusable for training."""
    doc = read_document("Ataque en Pataz: dos víctimas.")
    assert align(doc, (2, 2, 0)) is None
    assert align(doc, (7, 0, 0)) is None  # (no mention or sum reaches the gold)


def test_aggregate_counts_a_repeated_figure_once() -> None:
    """The same figure in the title and the body is one count, not a sum."""
    doc = read_document("Trece muertos en Pataz. Los trece muertos eran mineros.")
    assert aggregate(doc, [Role.KILLED, Role.KILLED]) == Severity(killed=13)


def test_aggregate_takes_the_latest_figure_of_an_updated_toll() -> None:
    """After a restatement cue the later figure is the count, even when it is lower."""
    rose = read_document("Tres muertos en Pataz. La cifra subió a cinco esta tarde.")
    assert aggregate(rose, [Role.KILLED, Role.KILLED]) == Severity(killed=5)
    fell = read_document("Seis muertos en Pataz. El balance oficial: ya son cuatro.")
    assert aggregate(fell, [Role.KILLED, Role.KILLED]) == Severity(killed=4)


def test_aggregate_adds_other_parts_but_not_a_stated_whole() -> None:
    """ "otros tres" adds to the figure before it, unless a figure already states the whole."""
    parts = read_document("Dos murieron en la bocamina y otros tres en el campamento.")
    assert aggregate(parts, [Role.KILLED, Role.KILLED]) == Severity(killed=5)
    whole = read_document("Rescatan a dos de los cinco secuestrados. Los otros tres siguen.")
    roles = [Role.KIDNAPPED] * len(whole.mentions)
    assert aggregate(whole, roles) == Severity(kidnapped=5)


def test_aggregate_drops_a_rejected_figure() -> None:
    """ "three, not five": the rejected figure does not count, even when repeated."""
    doc = read_document("Attack injured three, not five. A first report said five were wounded.")
    roles = [Role.INJURED] * len(doc.mentions)
    assert aggregate(doc, roles) == Severity(injured=3)


def test_aggregate_counts_named_victims_one_each() -> None:
    """Without a number, each distinct name of a kind is one victim."""
    doc = read_document("Asesinados en Retamas: son Edgar Rojas, Luis Cruz y Jhon Vera.")
    assert [m.source for m in doc.mentions] == [Source.NAME] * 3
    assert aggregate(doc, [Role.KILLED] * 3) == Severity(killed=3)


def test_model_learns_roles_from_aligned_items() -> None:
    """A model fitted on a few aligned items reads the kind from the words around a mention."""
    items = [
        ("Matan a dos mineros en Pataz", (2, 0, 0)),
        ("Asesinan a tres vigilantes en Vijus", (3, 0, 0)),
        ("Cuatro obreros heridos en Chala", (0, 4, 0)),
        ("Dos guardias heridos en Nazca", (0, 2, 0)),
        ("Secuestran a cinco mineros en Ananea", (0, 0, 5)),
        ("Secuestran a dos ingenieros en Caravelí", (0, 0, 2)),
        ("Oro sube a 2 000 dólares la onza", (0, 0, 0)),
        ("Producción de 40 toneladas en 2024", (0, 0, 0)),
    ]
    data = training_set(items, hybrid=False)
    assert data.items_used == len(items) and data.items_ambiguous == 0
    model = MentionModel().fit(data)
    assert model.extract("Matan a seis mineros en Huamachuco") == Severity(killed=6)
    assert model.extract("Secuestran a tres obreros en Relave") == Severity(kidnapped=3)


def _small_fitted_model() -> MentionModel:
    """A mention model fitted on four items, one per kind and one of none."""
    items = [
        ("Matan a dos mineros en Pataz", (2, 0, 0)),
        ("Cuatro obreros heridos en Chala", (0, 4, 0)),
        ("Secuestran a cinco mineros en Ananea", (0, 0, 5)),
        ("Oro sube a 2 000 dólares la onza", (0, 0, 0)),
    ]
    return MentionModel().fit(training_set(items, hybrid=False))


def test_a_pickled_model_reads_the_same_without_its_stored_vocabulary() -> None:
    """The pickle leaves out the vectorizer's vocabulary and rebuilds it from the feature names,
    so a loaded model reads texts as the fitted one did."""
    model = _small_fitted_model()
    stored = pickle.dumps(model)
    assert b"vocabulary_" not in stored
    loaded = pickle.loads(stored)
    assert loaded._vectorizer.vocabulary_ == model._vectorizer.vocabulary_
    for text in ("Matan a seis mineros en Huamachuco", "Secuestran a tres obreros en Relave"):
        assert loaded.extract(text) == model.extract(text)


def test_coefficients_are_rounded_at_fit_and_pickled_at_half_precision() -> None:
    """The fitted coefficients are float16 values held as float32, so the float16 pickle loses
    nothing: a loaded model has the very same float32 coefficients."""
    model = _small_fitted_model()
    coef = model._classifier.coef_
    assert coef.dtype == np.float32
    assert np.array_equal(coef.astype(np.float16).astype(np.float32), coef)
    loaded = pickle.loads(pickle.dumps(model))
    assert loaded._classifier.coef_.dtype == np.float32
    assert np.array_equal(loaded._classifier.coef_, coef)
    assert model._classifier.coef_ is coef  # pickling left the live model alone
