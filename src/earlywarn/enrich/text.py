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


def strip_accents(text: str) -> str:
    """Remove combining marks: "Apurímac" -> "Apurimac"; "ñ" becomes "n" too (consistently)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize(text: str) -> str:
    """Lowercase and strip accents."""
    return strip_accents(text.lower())


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


def analyze(text: str) -> list[str]:
    """Features for the vectoriser: stems plus adjacent-stem bigrams.

    A module-level function (not a lambda) so that a fitted vectoriser that refers to it can be
    pickled into the model artifact.
    """
    unigrams = stems(text)
    bigrams = [f"{a} {b}" for a, b in itertools.pairwise(unigrams)]
    return unigrams + bigrams
