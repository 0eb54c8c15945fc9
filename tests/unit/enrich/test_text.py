"""Tests for Spanish-aware normalisation."""

import unicodedata

from earlywarn.enrich.text import (
    ACCIDENT_FEATURE,
    CRIME_MINING_FEATURE,
    CRIME_NO_MINING_FEATURE,
    DEATH_FEATURE,
    MINING_FEATURE,
    NO_MINING_FEATURE,
    NONVIOLENT_DEATH_FEATURE,
    VIOLENCE_FEATURE,
    VIOLENT_DEATH_FEATURE,
    analyze,
    event_markers,
    normalize,
    stem,
    stems,
    strip_accents,
    tokenize,
)


def test_strip_accents_removes_marks() -> None:
    """Accents and the tilde are removed: Apurímac -> Apurimac, Huánuco -> Huanuco."""
    assert strip_accents("Apurímac Huánuco señor") == "Apurimac Huanuco senor"


def test_normalize_lowercases_and_strips() -> None:
    """Normalisation lowercases and strips accents in one step."""
    assert normalize("ASESINATO en Pataz, Perú") == "asesinato en pataz, peru"


def test_tokenize_splits_on_word_characters() -> None:
    """Tokens are runs of letters and digits; punctuation is dropped."""
    assert tokenize("¡13 mineros, en La Rinconada!") == ["13", "mineros", "en", "la", "rinconada"]


def test_stem_folds_inflections() -> None:
    """Inflected forms of the same verb share one stem."""
    assert stem("asesinados") == stem("asesinado") == stem("asesinan")


def test_stems_drop_stopwords_and_single_letters() -> None:
    """Function words and one-letter tokens carry no category signal and are dropped."""
    assert stems("Asesinan a un minero en la mina") == [
        stem("asesinan"),
        stem("minero"),
        stem("mina"),
    ]


def test_analyze_adds_bigrams() -> None:
    """The analyser returns stems followed by adjacent-stem bigrams."""
    features = analyze("torre eléctrica derribada")
    assert list(features[:3]) == stems("torre eléctrica derribada")
    assert f"{stem('torre')} {stem('electrica')}" in features


def test_analyze_is_deterministic() -> None:
    """The same text always gives the same features."""
    assert analyze("Secuestran a dos mineros") == analyze("Secuestran a dos mineros")


def _folded(text: str) -> str:
    """The definition: compatibility decomposition, combining marks dropped."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def test_fast_folding_matches_the_unicode_definition() -> None:
    """strip_accents and normalize (byte table for Latin-1 text, a cached table otherwise)
    equal NFKD-without-marks for every Latin character and for mixed text."""
    for code in range(0x250):
        char = chr(code)
        assert strip_accents(char) == _folded(char), hex(code)
        assert normalize(char) == _folded(char.lower()), hex(code)
    for text in ("Ñañez «Cusco» ½ µg", "“Pataz” — Áncash", "ÀÉÎÕÜ ß ÿ", "a\u0301b", "Σίσυφος"):
        assert strip_accents(text) == _folded(text)
        assert normalize(text) == _folded(text.lower())


def test_analyze_adds_character_grams_of_words() -> None:
    """Character 4-grams of each word let inflections the stemmer misses share features."""
    assert "#secu" in analyze("secuestradores") and "#secu" in analyze("secuestro")
    assert "#kidn" in analyze("kidnappers")


def test_analyze_marks_the_mining_context() -> None:
    """A text that mentions mines, miners, tunnels or ore carries the mining-context marker."""
    assert MINING_FEATURE in analyze("Asesinan a minero en un socavón")
    assert NO_MINING_FEATURE in analyze("Asesinan a un barbero en Chiclayo")
    assert MINING_FEATURE not in analyze("Asesinan a un barbero en Chiclayo")


def _markers(text: str) -> set[str]:
    return {feature for feature in analyze(text) if feature.startswith("__")}


def test_a_killing_is_a_violent_death() -> None:
    """A death with violence words carries the death and violent-death markers."""
    assert {DEATH_FEATURE, VIOLENT_DEATH_FEATURE, VIOLENCE_FEATURE} <= _markers(
        "Acribillan a balazos a dos mineros en Pataz"
    )
    assert VIOLENT_DEATH_FEATURE in _markers("Two miners shot dead at a camp in Secocha")


def test_an_accident_death_is_a_death_without_violence() -> None:
    """Deaths in a collapse carry the accident and non-violent-death markers, not violence."""
    markers = _markers("Derrumbe en una galería deja tres mineros muertos")
    assert {DEATH_FEATURE, NONVIOLENT_DEATH_FEATURE, ACCIDENT_FEATURE} <= markers
    assert VIOLENCE_FEATURE not in markers and VIOLENT_DEATH_FEATURE not in markers


def test_a_body_found_without_life_is_a_death_but_rescued_alive_is_not() -> None:
    """Phrases "sin vida" and "perdió la vida" state a death; "con vida" does not."""
    assert DEATH_FEATURE in _markers("Hallan sin vida a un vigilante")
    assert DEATH_FEATURE in _markers("Minero perdió la vida en la labor")
    assert DEATH_FEATURE not in _markers("Rescatan con vida a cuatro mineros atrapados")


def test_negated_or_threatened_deaths_are_no_death() -> None:
    """Phrases "no hubo muertos", "amenazas de muerte", "nobody killed" state no death."""
    for text in (
        "Atacan la garita; no hubo muertos",
        "Dirigente minero recibe amenazas de muerte",
        "Shots fired at the camp, nobody killed",
        "Sin víctimas mortales tras el ataque a la bocamina",
    ):
        assert DEATH_FEATURE not in _markers(text), text


def test_crime_words_are_marked_in_or_out_of_the_mining_context() -> None:
    """The same crime words carry crime+mining near a mine and crime-mining elsewhere."""
    assert CRIME_MINING_FEATURE in _markers("Cobran cupos a mineros de Pataz")
    assert CRIME_NO_MINING_FEATURE in _markers("Cobran cupos a mototaxistas de Comas")
    assert not {CRIME_MINING_FEATURE, CRIME_NO_MINING_FEATURE} & _markers("Precio del oro sube")


def test_event_markers_read_normalised_tokens() -> None:
    """event_markers works on the normalised token list, stopwords included."""
    assert event_markers(tokenize("Asesinan a un taxista"), mining=False) == [
        VIOLENCE_FEATURE,
        DEATH_FEATURE,
        VIOLENT_DEATH_FEATURE,
        CRIME_NO_MINING_FEATURE,
    ]


def test_work_accidents_beyond_collapses_are_accidents() -> None:
    """Drowning, being run over, a vehicle overturning and a fall carry the accident marker."""
    for text in (
        "Dos mineros mueren ahogados al inundarse la galería",
        "Atropellan a un trabajador en el patio de la mina",
        "Camioneta de la minera se vuelca en la vía",
        "Miner killed in rockfall",
    ):
        assert ACCIDENT_FEATURE in _markers(text), text


def test_analyze_gives_the_same_features_when_asked_again() -> None:
    """A text analysed twice (classifier, then casualty backstop) gives equal, unchangeable
    features: the second reading comes from the cache."""
    text = "Dejan amarrado al vigilante de la planta en Secocha"
    first = analyze(text)
    hits = analyze.cache_info().hits
    assert analyze(text) == first
    assert analyze.cache_info().hits == hits + 1
    assert isinstance(first, tuple)
