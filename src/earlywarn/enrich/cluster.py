"""Story keys: articles about one incident share a story id, so detectors count incidents.

A first, stateless grouping: the same department and category, the same event-time day,
and the same set of salient title words (accent- and case-folded, short words dropped).
Syndicated copies of one wire story — the common case — collapse to one story; rewritten
headlines do not yet (a similarity-based grouping over a sliding window replaces this).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from earlywarn.model import Category, stable_id

_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
    [
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "unos",
        "unas",
        "de",
        "del",
        "al",
        "en",
        "y",
        "o",
        "que",
        "por",
        "para",
        "con",
        "sin",
        "sus",
        "su",
        "se",
        "le",
        "les",
        "lo",
        "es",
        "son",
        "fue",
        "han",
        "ha",
        "tras",
        "ante",
        "sobre",
        "entre",
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "and",
        "or",
        "to",
        "for",
        "with",
        "by",
        "at",
        "from",
        "is",
        "are",
        "was",
        "were",
        "after",
    ]
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def salient_words(title: str, limit: int = 8) -> tuple[str, ...]:
    """The longest distinct content words of a title, sorted: a cheap order-free signature."""
    words = {w for w in _WORD.findall(_fold(title)) if len(w) > 3 and w not in _STOPWORDS}
    return tuple(sorted(sorted(words, key=lambda w: (-len(w), w))[:limit]))


def story_id(department: str | None, category: Category, occurred_at: datetime, title: str) -> str:
    """Stable id of the story an article belongs to (same inputs → same id, live and replay)."""
    day = occurred_at.strftime("%Y-%m-%d")
    return stable_id(
        "story", department or "-", category.value, day, " ".join(salient_words(title))
    )
