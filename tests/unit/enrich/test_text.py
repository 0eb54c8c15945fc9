"""Tests for Spanish-aware normalisation."""

import unicodedata

from earlywarn.enrich.text import (
    MINING_FEATURE,
    NO_MINING_FEATURE,
    analyze,
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
    assert features[:3] == stems("torre eléctrica derribada")
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
