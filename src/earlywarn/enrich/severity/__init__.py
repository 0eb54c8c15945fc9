"""Casualty counts from text: how many killed, injured and kidnapped a report mentions.

Pure and rule-based. A count is taken only when a number sits next to a casualty word
("13 mineros asesinados", "murieron tres trabajadores", "two guards injured"), possibly with
person nouns and auxiliaries in between. Numbers that measure something else (years, soles,
kilos, calibres, dates such as "13 de agosto", "km 45", hours, ages) never count. A singular
person noun next to a singular casualty word ("minero asesinado", "asesinan a vigilante")
counts as one; a bare plural without a number ("mineros asesinados") counts as nothing,
because guessing would inflate severity.

When a report repeats a figure (title and body), counts of one kind are combined with ``max``
rather than summed, so "Trece muertos en Pataz. Los trece muertos ..." gives 13, not 26; only
parts of one group add up ("un minero y un policia murieron", "dos ... y otros tres en Vijus").
The conventions (attackers count, freed people were kidnapped, the injured or kidnapped who die
count as killed only) are those of docs/labelling-guide.md.

The rules are split by the construction family they read (``_extract`` runs them in order):
``_lexicon`` and ``_phrases`` (words), ``_vocabulary`` (the quick check), ``_tokens`` and
``_rewrite`` (passes over the token list), ``_numbers`` and ``_number_kind`` (figures and what
they count), ``_single_victim`` and ``_implicit_singles`` (victims without a figure),
``_groups`` and ``_combine`` (joining counts), ``_lists`` and ``_forms`` (lists, field forms,
spoken wording). Each module imports only from the ones before it in that order.
"""

from __future__ import annotations

from ._extract import extract_severity

# The learned mention model (casualty_model.py) reads the rules' lexicon and number readers
# (and the backstop, casualty_backstop.py, their nouns of perpetrators)
# through this package as ``rules._X``, so that bench/casualty_lofo.py can swap in the rules of
# an older revision, single file or package, under the same names.
from ._lexicon import (
    _AFTER_NUMBER,
    _AFTER_PERSON,
    _BEFORE_NUMBER,
    _BOUNDARY,
    _DYING_VERBS,
    _NEGATIONS,
    _NOT_PEOPLE_AFTER,
    _PEOPLE_PLURAL,
    _PEOPLE_SINGULAR,
    _PERPETRATORS,
    _SINGLE,
    _SINGLE_VERBS,
    _Kind,
    _words,
)
from ._number_kind import _backward, _forward, _is_count_of_people
from ._numbers import _Number, _numbers
from ._phrases import _PHRASES
from ._tokens import _tokens

__all__ = [
    "_AFTER_NUMBER",
    "_AFTER_PERSON",
    "_BEFORE_NUMBER",
    "_BOUNDARY",
    "_DYING_VERBS",
    "_NEGATIONS",
    "_NOT_PEOPLE_AFTER",
    "_PEOPLE_PLURAL",
    "_PEOPLE_SINGULAR",
    "_PERPETRATORS",
    "_PHRASES",
    "_SINGLE",
    "_SINGLE_VERBS",
    "_Kind",
    "_Number",
    "_backward",
    "_forward",
    "_is_count_of_people",
    "_numbers",
    "_tokens",
    "_words",
    "extract_severity",
]
