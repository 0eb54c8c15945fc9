"""A learned, mention-level casualty extractor (issue #4, casualty round ten; an experiment).

Every candidate mention of victims in a text is enumerated (digits and number words, and
implicit single victims: a singular person noun, a body, or a personal name), described by its
context (the words around it by side and distance, the nearest casualty words of the rules'
lexicons and their distance, negation, clause boundaries, restatement cues), and classified
into a role (killed, injured, kidnapped or none) by a small scikit-learn model; the roles are
then aggregated per kind (a repeated figure counts once, an updated toll counts its latest
figure, numbered parts joined by "otros" add up, named victims count one each).

Training labels per mention come from aligning each item's gold counts to its mentions
(``align``); items whose alignment is ambiguous are left out of training.

Pure: no I/O and no clock; the model is fitted from labelled items in memory. As a whole
extractor it did not beat the hand-written rules leave-one-file-out (corpus/README.md, round
ten; ``bench/casualty_lofo.py``), so the live path keeps the rules; since stop 18 its mention
roles name the count where :mod:`earlywarn.enrich.casualty_backstop` finds a kind the rules
missed.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from earlywarn.enrich import severity as rules
from earlywarn.enrich.text import normalize
from earlywarn.model import Severity


class Role(Enum):
    NONE = "none"
    KILLED = "killed"
    INJURED = "injured"
    KIDNAPPED = "kidnapped"


KINDS = (Role.KILLED, Role.INJURED, Role.KIDNAPPED)


class Source(Enum):
    NUMBER = "number"  # digits, number words, collective numerals
    PERSON = "person"  # one singular person noun: an implicit single victim
    BODY = "body"  # "cadaver", "cuerpo": one dead person
    NAME = "name"  # a personal name (two or more capitalised words)


@dataclass(frozen=True, slots=True)
class Mention:
    """One candidate count of victims: tokens ``[start, end)`` of the text, and its value."""

    start: int
    end: int
    value: int
    source: Source


@dataclass(frozen=True, slots=True)
class Document:
    """A text as the model sees it: lower-case tokens, capitalisation, and its mentions."""

    tokens: list[str]
    capitalised: list[bool]
    mentions: list[Mention]
    kinds: list[rules._Kind | None]  # the casualty kind each token names (``lexicon_kinds``)


# Case kept: the same token shapes as the rules' tokenizer (letters, digits, punctuation).
# (commas too, which the rules drop: they separate the names of a list)
_CASED_TOKEN = re.compile(r" *([A-Za-z]+|\d+(?:[.,]\d{3})*|[.;:!?()\[\],])")
_BODIES = rules._words("cadaver cuerpo body restos remains")
_NAME_STOPWORDS = rules._words(
    "el la los las de del en y a al un una the of in at and on for por con su sus se que"
)


def _cased_tokens(text: str) -> tuple[list[str], set[int]]:
    """The rules' tokens with their capitals back, and the positions of the tokens a comma
    follows (nothing when normalising changed the text's length)."""
    low = normalize(text)
    if len(low) != len(text):
        return [], set()
    restored = "".join(n.upper() if ch.isupper() else n for ch, n in zip(text, low, strict=True))
    tokens: list[str] = []
    commas: set[int] = set()
    for tok in _CASED_TOKEN.findall(restored):
        if tok == ",":
            commas.add(len(tokens) - 1)
        else:
            tokens.append(tok)
    return tokens, commas


def read_document(text: str) -> Document:
    """The tokens and candidate mentions of ``text``."""
    tokens = rules._tokens(text)
    cased, commas = _cased_tokens(text)
    if [tok.lower() for tok in cased] == tokens:
        capitalised = [tok[:1].isupper() for tok in cased]
    else:
        capitalised, commas = [False] * len(tokens), set()
    mentions = enumerate_mentions(tokens, capitalised, commas)
    return Document(tokens, capitalised, mentions, lexicon_kinds(tokens))


def enumerate_mentions(
    tokens: Sequence[str], capitalised: Sequence[bool], commas: Iterable[int] = ()
) -> list[Mention]:
    """Numbers, single person nouns, bodies and personal names, left to right, not overlapping.

    A name is a run of two or more capitalised words that are not function words and not the
    first word of a sentence (where every word is capitalised), ending at a comma (``commas``:
    the positions of the tokens a comma follows); a person noun inside a number's span ("dos
    mineros") belongs to that number.
    """
    breaks = set(commas)
    token_list = list(tokens)
    found = [
        Mention(n.start, n.end, n.value, Source.NUMBER)
        for n in rules._numbers(token_list)
        if n.value > 0
    ]
    taken = {i for m in found for i in range(m.start, m.end + 1)}  # (+1: the noun after it)
    i = 0
    n = len(token_list)
    while i < n:
        tok = token_list[i]
        if i in taken:
            i += 1
            continue
        if tok in rules._PEOPLE_SINGULAR:
            found.append(Mention(i, i + 1, 1, Source.PERSON))
        elif tok in _BODIES:
            found.append(Mention(i, i + 1, 1, Source.BODY))
        elif capitalised[i] and i not in breaks and _starts_name(token_list, capitalised, i):
            end = i + 1
            while (
                end < n
                and end - 1 not in breaks
                and capitalised[end]
                and token_list[end] not in _NAME_STOPWORDS
            ):
                end += 1
            found.append(Mention(i, end, 1, Source.NAME))
            i = end
            continue
        i += 1
    return sorted(found, key=lambda m: m.start)


def _starts_name(tokens: Sequence[str], capitalised: Sequence[bool], i: int) -> bool:
    sentence_start = i == 0 or tokens[i - 1] in rules._BOUNDARY
    return (
        not sentence_start
        and tokens[i] not in _NAME_STOPWORDS
        and tokens[i][0].isalpha()
        and len(tokens[i]) > 1
        and i + 1 < len(tokens)
        and capitalised[i + 1]
        and tokens[i + 1] not in _NAME_STOPWORDS
        and tokens[i + 1][0].isalpha()
    )


# ------------------------------------------------------------------------------ features
_LEFT = 6
_RIGHT = 8
_NEGATIONS = rules._NEGATIONS | rules._words("not never nunca tampoco")
_ATTEMPT = rules._words(
    "intento tentativa frustran frustraron frustrado frustrada evitan evitaron amenaza amenazas "
    "amenazan attempt attempted foiled threat threats threatened"
)
# An updated or restated toll ("la cifra subio a 9", "ya son 5", "toll rises to")
RESTATEMENT_CUES = rules._words(
    "cifra asciende ascendio subio sube elevo eleva total suman suma ya son toll rises rose "
    "climbs climbed risen now actualizado actualiza balance"
)
_ADDITIONS = rules._words("otros otras otro otra other another additional mas ademas tambien")
_SENTENCE_ENDS = frozenset(".!?")
_REJECTING = rules._words("no not ni")
_KIND_ROLE = {
    rules._Kind.KILLED: Role.KILLED,
    rules._Kind.INJURED: Role.INJURED,
    rules._Kind.KIDNAPPED: Role.KIDNAPPED,
}


def _bucket(distance: int) -> str:
    return str(distance) if distance <= 2 else ("3-4" if distance <= 4 else "5+")


def _value_bucket(value: int) -> str:
    return str(value) if value <= 3 else ("4-10" if value <= 10 else "11+")


def _lexicon_kind(tok: str) -> rules._Kind | None:
    return (
        rules._AFTER_NUMBER.get(tok)
        or rules._BEFORE_NUMBER.get(tok)
        or rules._SINGLE.get(tok)
        or rules._AFTER_PERSON.get(tok)
        or rules._SINGLE_VERBS.get(tok)
        or (rules._Kind.KILLED if tok in rules._DYING_VERBS else None)
    )


def lexicon_kinds(tokens: Sequence[str]) -> list[rules._Kind | None]:
    """The casualty kind each token names in the rules' lexicons; a several-word expression
    ("perdieron la vida", "death toll") gives its kind to every word it spans."""
    kinds = [_lexicon_kind(tok) for tok in tokens]
    for i, tok in enumerate(tokens):
        for words, merged in rules._PHRASES.get(tok, ()):
            if tuple(tokens[i : i + len(words)]) == words:
                kind = _lexicon_kind(merged.split()[-1])
                if kind is not None:
                    kinds[i : i + len(words)] = [kind] * len(words)
                break
    return kinds


def mention_features(
    doc: Document, index: int, rules_said: Severity | None = None
) -> dict[str, float]:
    """Context features of ``doc.mentions[index]`` (``rules_said``: the rules' counts, for
    the hybrid)."""
    tokens = doc.tokens
    mention = doc.mentions[index]
    features: dict[str, float] = {
        f"src={mention.source.value}": 1.0,
        f"val={_value_bucket(mention.value)}": 1.0,
        f"src_val={mention.source.value}:{_value_bucket(mention.value)}": 1.0,
        "bias": 1.0,
    }
    head = " ".join(tokens[mention.start : mention.end])
    features[f"head={head}"] = 1.0
    if mention.source is Source.NUMBER:
        number = rules._Number(mention.start, mention.end, mention.value)
        features[f"digit={tokens[mention.start][0].isdigit()}"] = 1.0
        if not rules._is_count_of_people(tokens, number):
            features["not_people"] = 1.0
        forward = rules._forward(tokens, number)
        backward = rules._backward(tokens, number)
        features[f"rule_fwd={forward.value if forward else None}"] = 1.0
        features[f"rule_bwd={backward.value if backward else None}"] = 1.0
    title_end = next((i for i, t in enumerate(tokens) if t in rules._BOUNDARY), len(tokens))
    features[f"in_title={mention.start < title_end}"] = 1.0
    # order among the mentions: the first, a middle one, the last (an update comes last)
    order = "first" if index == 0 else "last" if index == len(doc.mentions) - 1 else "mid"
    features[f"order={order}"] = 1.0
    kinds = doc.kinds
    _side_features(features, tokens, kinds, mention.start - 1, -1, _LEFT, "L")
    _side_features(features, tokens, kinds, mention.end, 1, _RIGHT, "R")
    # the kinds the mention's sentence and the whole text name (a verb far from its object)
    start, end = mention.start, mention.end
    while start > 0 and tokens[start - 1] not in _SENTENCE_ENDS:
        start -= 1
    while end < len(tokens) and tokens[end] not in _SENTENCE_ENDS:
        end += 1
    for kind in {k for k in kinds[start:end] if k is not None}:
        features[f"sentence_kind={kind.value}"] = 1.0
    for kind in {k for k in kinds if k is not None}:
        features[f"text_kind={kind.value}"] = 1.0
    if mention.start > 0 and tokens[mention.start - 1] in _REJECTING:
        features["rejected"] = 1.0
    if any(t in RESTATEMENT_CUES for t in tokens[max(0, mention.start - 5) : mention.start]):
        features["restated"] = 1.0
    if any(m.value == mention.value and m is not mention for m in doc.mentions):
        features["value_repeated"] = 1.0
    if rules_said is not None:
        counts = {
            Role.KILLED: rules_said.killed,
            Role.INJURED: rules_said.injured,
            Role.KIDNAPPED: rules_said.kidnapped,
        }
        for role, count in counts.items():
            if count == mention.value:
                features[f"rules_equal={role.value}"] = 1.0
            elif count > mention.value:
                features[f"rules_more={role.value}"] = 1.0
            if count == 0:
                features[f"rules_zero={role.value}"] = 1.0
    return features


def _side_features(
    features: dict[str, float],
    tokens: Sequence[str],
    kinds: Sequence[rules._Kind | None],
    j: int,
    step: int,
    width: int,
    side: str,
) -> None:
    """Words on one side by distance (a clause boundary marks the words past it), the nearest
    casualty word of the rules' lexicons and its distance, negation and attempts."""
    clause = "c"  # same clause until a boundary is crossed
    lexicon_seen = False
    for distance in range(1, width + 1):
        if not 0 <= j < len(tokens):
            features[f"{side}edge@{_bucket(distance)}"] = 1.0
            break
        tok = tokens[j]
        if tok in rules._BOUNDARY:
            features[f"{side}boundary@{_bucket(distance)}:{tok}"] = 1.0
            clause = "x"
        else:
            features[f"{side}{clause}:{tok}"] = 1.0
            features[f"{side}{clause}@{_bucket(distance)}:{tok}"] = 1.0
            features[f"{side}{clause}s:{tok[:5]}"] = 1.0
            kind = kinds[j]
            if kind is not None and not lexicon_seen:
                lexicon_seen = True
                features[f"{side}{clause}kind={kind.value}"] = 1.0
                features[f"{side}{clause}kind={kind.value}@{_bucket(distance)}"] = 1.0
            if tok in _NEGATIONS and clause == "c":
                features[f"{side}neg"] = 1.0
            if tok in _ATTEMPT and clause == "c":
                features[f"{side}attempt"] = 1.0
            if tok in _ADDITIONS and distance <= 2:
                features[f"{side}addition"] = 1.0
        j += step


# ----------------------------------------------------------------------------- alignment
_MAX_SUBSET = 12


def align(doc: Document, gold: tuple[int, int, int]) -> list[Role] | None:
    """A role per mention that reproduces ``gold`` (killed, injured, kidnapped), or None when
    the alignment is ambiguous or impossible.

    Per kind: every mention whose value equals the gold count takes that kind (a repeated
    figure); otherwise the one smallest set of numbers, or of single victims, that sums to it.
    A mention claimed by two kinds, or a kind with two equally small sets, is ambiguous.
    """
    roles = [Role.NONE] * len(doc.mentions)
    for role, count in zip(KINDS, gold, strict=True):
        if count == 0:
            continue
        claim = _claim(doc.mentions, count)
        if claim is None:
            return None
        for i in claim:
            if roles[i] is not Role.NONE:
                return None
            roles[i] = role
    return roles


def _claim(mentions: Sequence[Mention], count: int) -> list[int] | None:
    exact = [i for i, m in enumerate(mentions) if m.value == count and m.source is Source.NUMBER]
    if exact:
        return exact
    singles = [i for i, m in enumerate(mentions) if m.source is not Source.NUMBER]
    if count == 1:
        return singles or None
    # parts that add up: the smallest set of numbers (then of names) summing to the count
    numbers = [i for i, m in enumerate(mentions) if m.source is Source.NUMBER and m.value < count]
    if len(numbers) <= _MAX_SUBSET:
        best = _unique_smallest_subset(mentions, numbers, count)
        if best is not None:
            return best
    names = [i for i in singles if mentions[i].source is Source.NAME]
    if len(names) == count:
        return names
    return None


def _unique_smallest_subset(
    mentions: Sequence[Mention], candidates: list[int], count: int
) -> list[int] | None:
    for size in range(2, min(len(candidates), 4) + 1):
        hits = [s for s in _subsets(candidates, size) if sum(mentions[i].value for i in s) == count]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            return None
    return None


def _subsets(items: list[int], size: int) -> Iterable[list[int]]:
    if size == 0:
        yield []
        return
    for k in range(len(items) - size + 1):
        for rest in _subsets(items[k + 1 :], size - 1):
            yield [items[k], *rest]


# ---------------------------------------------------------------------------- aggregation
def aggregate(doc: Document, roles: Sequence[Role]) -> Severity:
    """Counts per kind from the mentions' roles.

    Numbers: a repeated figure counts once (the maximum); when a restatement cue ("la cifra
    subio a", "ya son", "toll rises") stands before a later number of the kind, that number is
    the count (an updated toll, even when lower); a number right after "otros"/"otra" adds to
    the ones before it. Without numbers: named victims count one each, else any single victim
    counts one.
    """
    counts = [0, 0, 0]
    for k, role in enumerate(KINDS):
        picked = [m for m, r in zip(doc.mentions, roles, strict=True) if r is role]
        if not picked:
            continue
        numbers = [m for m in picked if m.source is Source.NUMBER]
        if numbers:
            counts[k] = _aggregate_numbers(doc.tokens, numbers)
            continue
        names = {" ".join(doc.tokens[m.start : m.end]) for m in picked if m.source is Source.NAME}
        counts[k] = max(len(names), 1)
    return Severity(killed=counts[0], injured=counts[1], kidnapped=counts[2])


def _aggregate_numbers(tokens: Sequence[str], numbers: Sequence[Mention]) -> int:
    # "three, not five": a rejected figure does not count, nor does it when repeated
    rejected = {m.value for m in numbers if m.start > 0 and tokens[m.start - 1] in _REJECTING}
    kept = [m for m in numbers if m.value not in rejected] or list(numbers)
    restated = [m for m in kept if _restated(tokens, m)]
    if restated:
        return restated[-1].value
    total = 0
    values = {m.value for m in kept}
    for m in kept:
        before = tokens[max(0, m.start - 2) : m.start]
        # "los otros tres" adds to the two before it, unless a figure already states the
        # whole it completes ("dos de los cinco ... los otros tres" is five)
        whole_stated = any(v - m.value in values for v in values if v > m.value)
        if total and any(t in _ADDITIONS for t in before) and not whole_stated:
            total += m.value
            continue
        total = max(total, m.value)
    return total


def _restated(tokens: Sequence[str], mention: Mention) -> bool:
    window = tokens[max(0, mention.start - 5) : mention.start]
    if rules._BOUNDARY.intersection(window):
        window = window[max(i for i, t in enumerate(window) if t in rules._BOUNDARY) + 1 :]
    return not RESTATEMENT_CUES.isdisjoint(window)


# --------------------------------------------------------------------------------- model
@dataclass(frozen=True, slots=True)
class TrainingSet:
    """Mention features and roles from aligned items, and how many items were left out."""

    features: list[dict[str, float]]
    roles: list[str]
    items_used: int
    items_ambiguous: int


def training_set(
    labelled: Iterable[tuple[str, tuple[int, int, int]]], *, hybrid: bool
) -> TrainingSet:
    """Features and aligned roles of every mention of the items whose alignment is clear."""
    features: list[dict[str, float]] = []
    roles: list[str] = []
    used = ambiguous = 0
    for text, gold in labelled:
        doc = read_document(text)
        aligned = align(doc, gold)
        if aligned is None:
            ambiguous += 1
            continue
        used += 1
        said = rules.extract_severity(text) if hybrid else None
        for i, role in enumerate(aligned):
            features.append(mention_features(doc, i, said))
            roles.append(role.value)
    return TrainingSet(features, roles, used, ambiguous)


def with_compact_coefficients(model: Any) -> Any:
    """``model`` (a fitted linear model) with its coefficients rounded to half precision and
    held as float32. They are most of the shipped artifact: pickled as float16
    (:func:`half_precision_copy`) they take half the room of float32, and rounding here, at
    fit, means a loaded model reads exactly as the fitted one. Rounding changed no read of the
    49,991 casualty corpus texts at stop 32 (float32 did none at stop 25)."""
    model.coef_ = model.coef_.astype("float16").astype("float32")
    return model


def half_precision_copy(model: Any) -> Any:
    """A shallow copy of ``model`` whose coefficients are float16, for pickling; they were
    rounded by :func:`with_compact_coefficients`, so nothing is lost."""
    half = copy.copy(model)
    half.coef_ = model.coef_.astype("float16")
    return half


def restore_precision(model: Any) -> None:
    """Undo :func:`half_precision_copy` on a loaded model: float32 coefficients, so predictions
    compute in float32 as fitted rather than upcasting a float16 array on every call."""
    if getattr(model, "coef_", None) is not None and model.coef_.dtype != "float32":
        model.coef_ = model.coef_.astype("float32")


class MentionModel:
    """Logistic regression over mention features; ``hybrid`` adds the rules' counts as features
    and ``fallback`` keeps the rules' answer unless the model is confident about every mention."""

    def __init__(self, *, hybrid: bool = False, c: float = 1.0) -> None:
        self.hybrid = hybrid
        self.c = c
        self._vectorizer: Any = None
        self._classifier: Any = None

    def fit(self, data: TrainingSet) -> MentionModel:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression

        self._vectorizer = DictVectorizer()
        matrix = self._vectorizer.fit_transform(data.features)
        self._classifier = with_compact_coefficients(
            LogisticRegression(C=self.c, max_iter=2000).fit(matrix, data.roles)
        )
        return self

    def __getstate__(self) -> dict[str, Any]:
        """The pickled state, without the vectorizer's vocabulary: its list of feature names
        holds the same names in column order, and the two together were over a third of the
        shipped artifact (stop 30: 5.2 MB, over the 5 MB a tracked file should stay under).
        The coefficients go as float16 (stop 32)."""
        state = dict(self.__dict__)
        if state.get("_classifier") is not None:
            state["_classifier"] = half_precision_copy(state["_classifier"])
        vectorizer = state.get("_vectorizer")
        if vectorizer is not None and hasattr(vectorizer, "vocabulary_"):
            vectorizer = copy.copy(vectorizer)
            del vectorizer.vocabulary_
            state["_vectorizer"] = vectorizer
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore a pickled model, the vocabulary rebuilt from the feature names."""
        self.__dict__.update(state)
        if self._classifier is not None:
            restore_precision(self._classifier)
        vectorizer = self._vectorizer
        if vectorizer is not None and not hasattr(vectorizer, "vocabulary_"):
            names = vectorizer.feature_names_
            vectorizer.vocabulary_ = {name: column for column, name in enumerate(names)}

    def roles(self, doc: Document, said: Severity | None) -> tuple[list[Role], list[float]]:
        """The most likely role of each mention, and its probability."""
        if not doc.mentions:
            return [], []
        rows = [mention_features(doc, i, said) for i in range(len(doc.mentions))]
        proba = self._classifier.predict_proba(self._vectorizer.transform(rows))
        classes = [Role(c) for c in self._classifier.classes_]
        best = proba.argmax(axis=1)
        return [classes[b] for b in best], [float(proba[i, b]) for i, b in enumerate(best)]

    def role_probabilities(self, asked: Sequence[tuple[Document, Role]]) -> list[list[float]]:
        """For each (document, role): how likely each of its mentions is to count victims of
        that role. One prediction for the whole batch (per-call overhead dwarfs the model)."""
        rows = [
            mention_features(doc, i, None) for doc, _ in asked for i in range(len(doc.mentions))
        ]
        if not rows:
            return [[] for _ in asked]
        proba = self._classifier.predict_proba(self._vectorizer.transform(rows))
        columns = [str(c) for c in self._classifier.classes_]
        out: list[list[float]] = []
        start = 0
        for doc, role in asked:
            end = start + len(doc.mentions)
            out.append([float(p) for p in proba[start:end, columns.index(role.value)]])
            start = end
        return out

    def extract(self, text: str, *, fallback_below: float | None = None) -> Severity:
        """Casualty counts of ``text``; with ``fallback_below``, the rules' counts whenever a
        mention's role is less likely than that."""
        doc = read_document(text)
        said = rules.extract_severity(text) if self.hybrid or fallback_below else None
        roles, confidence = self.roles(doc, said if self.hybrid else None)
        if (
            fallback_below is not None
            and said is not None
            and (any(p < fallback_below for p in confidence))
        ):
            return said
        return aggregate(doc, roles)
