"""Spanish-aware text normalisation for the threat classifier.

Pure functions, no state beyond a stem cache: the same text always gives the same tokens.
News in the mining regions is mostly Spanish with some English; stemming with the Snowball
Spanish stemmer folds "asesinado/asesinados/asesinan" together, and English words pass through
it mostly unchanged, which is good enough for a bag-of-words model.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

import snowballstemmer


def _words(text: str) -> frozenset[str]:
    """A word set written as one space-separated string (easier to read and extend)."""
    return frozenset(text.split())


# Word characters after accent stripping; digits are kept because "13 muertos" matters less
# for the category than for severity, but a token like "km" next to a number still helps.
_TOKEN = re.compile(r"[a-z0-9]+")
_STEMMER = snowballstemmer.stemmer("spanish")

# Very common function words carry no category signal; dropping them keeps bigrams meaningful
# ("ataque mineros" rather than "ataque a", "a los").
STOPWORDS: frozenset[str] = _words(
    "a al algo ante como con contra cual de del desde donde durante e el ella ellos en "
    "entre era es esa ese eso esta este esto fue ha han hasta la las le les lo los mas me "
    "mi muy no o para pero por que se sea segun ser si sin sobre su sus tambien te tras "
    "un una uno unos unas y ya the of and to in on at for by with from is was were are be "
    "been has have had an as it its this that"
)


class _FoldTable(dict[int, str]):
    """Code point -> its NFKD decomposition without combining marks, filled on first use.

    Folding per character gives the same result as folding the whole string (canonical
    reordering only moves combining marks, which are dropped), and ``str.translate`` over a
    cache runs at C speed: the generator over every character was the hot spot of enrichment.
    """

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def _latin1_fold() -> tuple[bytes, bytes, re.Pattern[bytes]]:
    """``_FOLD`` as byte tables for Latin-1 text (as is, and lower-cased first: Latin-1
    lower-cases within Latin-1), and the few Latin-1 characters they cannot hold (µ and the
    vulgar fractions fold to other or several characters)."""
    table = bytearray(range(256))
    lower = bytearray(range(256))
    special = bytearray()
    for code in range(256):
        folded = _FOLD[code]
        if len(folded) == 1 and ord(folded) < 256:
            table[code] = ord(folded)
            lower[code] = ord(_FOLD[ord(chr(code).lower())])
        else:
            special.append(code)
    return bytes(table), bytes(lower), re.compile(b"[" + re.escape(bytes(special)) + b"]")


_LATIN1_FOLD, _LATIN1_LOWER_FOLD, _LATIN1_SPECIAL = _latin1_fold()


def strip_accents(text: str) -> str:
    """Remove combining marks: "Apurímac" -> "Apurimac"; "ñ" becomes "n" too (consistently)."""
    if text.isascii():
        return text
    # Spanish news is mostly Latin-1: one byte-table pass, several times faster than the
    # per-character lookups of str.translate, which handles everything else
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        return text.translate(_FOLD)
    if _LATIN1_SPECIAL.search(raw):
        return text.translate(_FOLD)
    return raw.translate(_LATIN1_FOLD).decode("latin-1")


def normalize(text: str) -> str:
    """Lowercase and strip accents."""
    if text.isascii():
        return text.lower()
    try:  # one byte-table pass for both (see strip_accents)
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        return strip_accents(text.lower())
    if _LATIN1_SPECIAL.search(raw):
        return strip_accents(text.lower())
    return raw.translate(_LATIN1_LOWER_FOLD).decode("latin-1")


def tokenize(text: str) -> list[str]:
    """Normalised word tokens, stopwords included (severity and tests want them)."""
    return _TOKEN.findall(normalize(text))


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """The Snowball Spanish stem of one normalised token (cached: stemming is the slow part)."""
    return str(_STEMMER.stemWord(token))


def stems(text: str) -> list[str]:
    """Stemmed content tokens of ``text``: stopwords and one-letter tokens dropped."""
    return [
        stem(tok)
        for tok in _TOKEN.findall(normalize(text))
        if tok not in STOPWORDS and len(tok) > 1
    ]


# Stems whose presence puts a text in the mining context: the same crime words are an incident
# near a mine and ordinary city crime elsewhere, and a marker feature lets the model weigh that.
MINING_CONTEXT: frozenset[str] = frozenset(
    stem(word)
    for word in _words(
        "mina minas minero mineros minera mineras mineria socavon socavones bocamina bocaminas "
        "concesion concesiones concentrado mineral polvorin galeria galerias relave relaves "
        "draga dragas veta vetas tajo labor labores aurifera aurifero acopiador acopiadores "
        "quimbalete planta pallaquera pallaqueras campamento explosivos dinamita winche garita "
        "tolva cancha nivel mine mines miner miners mining ore tunnel tunnels concentrate "
        "dredge dredges pit camp"
    )
)
MINING_FEATURE = "__mining__"
NO_MINING_FEATURE = "__no_mining__"


@lru_cache(maxsize=200_000)
def _token_features(token: str) -> tuple[str, tuple[str, ...]]:
    """The stem of ``token`` and the character 4-grams of `` token `` (marked "#"), cached.

    The 4-grams carry inflections and spellings the stemmer misses ("secuestradores",
    "kidnappers", typos) and cost one cache lookup per token, unlike scikit-learn's char
    analysers, which are several times slower than the whole word pipeline.
    """
    padded = f" {token} "
    return stem(token), tuple("#" + padded[i : i + 4] for i in range(len(padded) - 3))


def analyze(text: str) -> list[str]:
    """Features for the vectoriser: stems, adjacent-stem bigrams, character 4-grams of the
    content tokens, and whether the text is in the mining context (``MINING_FEATURE`` or
    ``NO_MINING_FEATURE``).

    A module-level function (not a lambda) so that a fitted vectoriser that refers to it can be
    pickled into the model artifact.
    """
    per_token = [
        _token_features(tok)
        for tok in _TOKEN.findall(normalize(text))
        if tok not in STOPWORDS and len(tok) > 1
    ]
    unigrams = [unigram for unigram, _ in per_token]
    features = unigrams + [f"{a} {b}" for a, b in itertools.pairwise(unigrams)]
    for _, grams in per_token:
        features.extend(grams)
    features.append(NO_MINING_FEATURE if MINING_CONTEXT.isdisjoint(unigrams) else MINING_FEATURE)
    return features
