"""Story keys: articles about one incident share a story id, so detectors count incidents.

Two layers:

- :func:`story_id`, stateless: the same department and category, the same event-time day and
  the same salient title words (accent- and case-folded) — syndicated copies of one wire story.
- :class:`StoryGrouper`, a sliding window in event time per department × category: an
  article whose word-shingle set (title and lead) is similar enough (Jaccard) to a story
  seen within ``window`` joins it and gets its id, so rewritten headlines about one incident
  count once. More sources raise a story's confidence, not the count; a field report
  corroborates a news story (or stands alone). Deterministic: the same articles in the same
  order give the same ids; memory is bounded by the window and ``max_stories``.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from earlywarn.enrich.text import strip_accents
from earlywarn.model import Category, format_time, parse_time, stable_id

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
    return strip_accents(text.lower())  # the same folding, at C speed


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


_NUMBER_WORDS = {
    "un": "1", "uno": "1", "una": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5",
    "seis": "6", "siete": "7", "ocho": "8", "nueve": "9", "diez": "10", "once": "11",
    "doce": "12", "trece": "13", "catorce": "14", "quince": "15", "veinte": "20",
}  # fmt: skip


def shingles(text: str) -> frozenset[str]:
    """Content-word stems (first 6 letters) and victim-style numbers of a folded text.

    Stems make "asesinan"/"asesinados" and word order irrelevant; numbers are kept as
    ``#n`` ("trece" and "13" alike) because they tell one incident from the next.
    """
    out: set[str] = set()
    for word in _WORD.findall(_fold(text)):
        number = _NUMBER_WORDS.get(word, word if word.isdigit() and len(word) <= 3 else None)
        if number is not None:
            out.add("#" + number)
        elif len(word) > 3 and word not in _STOPWORDS:
            out.add(word[:6])
    return frozenset(out)


def _numbers_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    numbers_a = {w for w in a if w.startswith("#")}
    numbers_b = {w for w in b if w.startswith("#")}
    return bool(numbers_a and numbers_b and not numbers_a & numbers_b)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity; 0 when the two name different numbers (two dead ≠ thirteen)."""
    if not a or not b or _numbers_conflict(a, b):
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


@dataclass
class Story:
    """One incident as reported: its id, when it was last reported, and by whom."""

    id: str
    last_seen: datetime
    signature: frozenset[str]
    sources: dict[str, float] = field(default_factory=dict)  # source → its best confidence
    field_reports: int = 0
    articles: int = 0

    @property
    def confidence(self) -> float:
        """Noisy-OR over sources: independent outlets agreeing make the story more certain."""
        doubt = 1.0
        for value in self.sources.values():
            doubt *= 1.0 - value
        return 1.0 - doubt

    @property
    def corroborated(self) -> bool:
        """A field report and at least one other source agree on it."""
        return self.field_reports > 0 and len(self.sources) > 1


class StoryGrouper:
    """Assign story ids by text similarity within a sliding event-time window."""

    def __init__(
        self,
        window: timedelta = timedelta(hours=48),
        threshold: float = 0.4,
        max_stories: int = 200,
    ) -> None:
        self.window = window
        self.threshold = threshold
        self.max_stories = max_stories  # per department × category: bounded memory
        self._recent: dict[tuple[str, Category], deque[Story]] = {}

    def assign(
        self,
        department: str | None,
        category: Category,
        occurred_at: datetime,
        title: str,
        text: str = "",
        source: str = "",
        field_report: bool = False,
        confidence: float = 0.0,
        article_id: str = "",
    ) -> Story:
        """The story this article belongs to (an existing one, or a new one).

        A new story is named after its first article (``article_id``) when given: two
        different incidents with the same headline words on one day stay two stories.
        """
        key = (department or "-", category)
        recent = self._recent.setdefault(key, deque())
        oldest = occurred_at - self.window
        while recent and recent[0].last_seen < oldest:
            recent.popleft()
        signature = shingles(title)  # the lead adds noise: outlets rewrite it most
        best: Story | None = None
        best_score = self.threshold
        for story in recent:
            if abs(occurred_at - story.last_seen) > self.window:
                continue
            score = jaccard(signature, story.signature)
            if score >= best_score:  # ties: the newer story (later in the deque)
                best, best_score = story, score
        if best is None:
            new_id = (
                stable_id("story", department or "-", category.value, article_id)
                if article_id
                else story_id(department, category, occurred_at, title)
            )
            best = Story(new_id, occurred_at, signature)
            recent.append(best)
            if len(recent) > self.max_stories:
                recent.popleft()
        else:
            if occurred_at > best.last_seen:
                best.last_seen = occurred_at
                recent.remove(best)  # keep the deque ordered by last_seen
                recent.append(best)
        best.articles += 1
        if source:
            best.sources[source] = max(best.sources.get(source, 0.0), confidence)
        if field_report:
            best.field_reports += 1
        return best

    def story_count(self) -> int:
        return sum(len(d) for d in self._recent.values())

    # State per department: it travels with the department's detector state (one table
    # entry), so a restarted or rebalanced worker groups the next article as before.

    def snapshot_department(self, department: str) -> list[dict[str, Any]]:
        return [
            {
                "category": category.value,
                "id": story.id,
                "last_seen": format_time(story.last_seen),
                "signature": sorted(story.signature),
                "sources": story.sources,
                "field_reports": story.field_reports,
                "articles": story.articles,
            }
            for (dep, category), recent in sorted(self._recent.items())
            if dep == department
            for story in recent
        ]

    def restore_department(self, department: str, stories: Sequence[Mapping[str, Any]]) -> None:
        for key in [k for k in self._recent if k[0] == department]:
            del self._recent[key]
        for data in stories:
            key = (department, Category(data["category"]))
            self._recent.setdefault(key, deque()).append(
                Story(
                    id=data["id"],
                    last_seen=parse_time(data["last_seen"], "last_seen"),
                    signature=frozenset(data["signature"]),
                    sources=dict(data["sources"]),
                    field_reports=int(data["field_reports"]),
                    articles=int(data["articles"]),
                )
            )

    def departments(self) -> set[str]:
        return {department for department, _ in self._recent}

    def clear(self) -> None:
        self._recent.clear()
