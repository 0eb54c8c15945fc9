"""Casualty counts from text: how many killed, injured and kidnapped a report mentions.

Pure and rule-based. A count is taken only when a number sits next to a casualty word
("13 mineros asesinados", "murieron tres trabajadores", "two guards injured"), possibly with
person nouns and auxiliaries in between. Numbers that measure something else (years, soles,
kilos, calibres, dates such as "13 de agosto", "km 45", hours, ages) never count. A singular
person noun next to a singular casualty word ("minero asesinado", "asesinan a vigilante")
counts as one; a bare plural without a number ("mineros asesinados") counts as nothing,
because guessing would inflate severity.

When a report repeats a figure (title and body), counts of one kind are combined with ``max``
rather than summed, so "Trece muertos en Pataz. Los trece muertos ..." gives 13, not 26.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from earlywarn.enrich.text import normalize
from earlywarn.model import Severity


class _Kind(Enum):
    KILLED = "killed"
    INJURED = "injured"
    KIDNAPPED = "kidnapped"


def _words(text: str) -> frozenset[str]:
    """A word set written as one space-separated string (easier to read and extend)."""
    return frozenset(text.split())


# Digits (with thousands separators), words, and sentence punctuation as a boundary token.
# (Letters first, and the spaces before a token skipped inside the match: the same tokens,
# found faster; ``findall`` returns the group.)
_TOKEN = re.compile(r" *([a-z]+|\d+(?:[.,]\d{3})*|[.;:!?()\[\]])")
_BOUNDARY = frozenset(".;:!?()[]")

_UNITS = {
    "un": 1,
    "uno": 1,
    "una": 1,
    "one": 1,
    "dos": 2,
    "two": 2,
    "tres": 3,
    "three": 3,
    "cuatro": 4,
    "four": 4,
    "cinco": 5,
    "five": 5,
    "seis": 6,
    "six": 6,
    "siete": 7,
    "seven": 7,
    "ocho": 8,
    "eight": 8,
    "nueve": 9,
    "nine": 9,
}
_NUMBER_WORDS: dict[str, int] = {
    **_UNITS,
    "diez": 10,
    "ten": 10,
    "once": 11,
    "eleven": 11,
    "doce": 12,
    "twelve": 12,
    "trece": 13,
    "thirteen": 13,
    "catorce": 14,
    "fourteen": 14,
    "quince": 15,
    "fifteen": 15,
    "dieciseis": 16,
    "sixteen": 16,
    "diecisiete": 17,
    "seventeen": 17,
    "dieciocho": 18,
    "eighteen": 18,
    "diecinueve": 19,
    "nineteen": 19,
    "veinte": 20,
    "twenty": 20,
    "veintiun": 21,
    "veintiuno": 21,
    "veintiuna": 21,
    "veintidos": 22,
    "veintitres": 23,
    "veinticuatro": 24,
    "veinticinco": 25,
    "veintiseis": 26,
    "veintisiete": 27,
    "veintiocho": 28,
    "veintinueve": 29,
    "treinta": 30,
    "thirty": 30,
    "cuarenta": 40,
    "forty": 40,
    "cincuenta": 50,
    "fifty": 50,
    "sesenta": 60,
    "sixty": 60,
    "setenta": 70,
    "seventy": 70,
    "ochenta": 80,
    "eighty": 80,
    "noventa": 90,
    "ninety": 90,
    "cien": 100,
    "hundred": 100,
}
_TENS = frozenset(
    {
        "treinta",
        "cuarenta",
        "cincuenta",
        "sesenta",
        "setenta",
        "ochenta",
        "noventa",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
    }
)

# The casualty words, by what they count. Participles/nouns follow a number; verbs precede one.
_AFTER_NUMBER: dict[str, _Kind] = {}
_BEFORE_NUMBER: dict[str, _Kind] = {}
for _kind, _after, _before in (
    (
        _Kind.KILLED,
        "muerto muertos muerta muertas fallecido fallecidos fallecida fallecidas asesinado "
        "asesinados asesinada asesinadas cadaver cadaveres cuerpos victimas ejecutados "
        "acribillados abatidos calcinados killed dead murdered deaths bodies fatalities shot "
        "murieron mueren fallecieron fallecen die died",
        "murieron mueren muere murio fallecieron fallecen asesinaron asesinan asesinar mataron "
        "matan matar acribillaron acribillan ejecutaron ejecutan hallan hallaron encuentran "
        "encontraron killed kill kills murdered asesinados muertos fallecidos cuerpos "
        "cadaveres restos bodies",
    ),
    (
        _Kind.INJURED,
        "herido heridos herida heridas lesionado lesionados lesionada lesionadas injured wounded "
        "hurt",
        "hieren hirieron herir lesionaron injured wounded injuring heridos lesionados",
    ),
    (
        _Kind.KIDNAPPED,
        "secuestrado secuestrados secuestrada secuestradas raptado raptados raptada raptadas "
        "plagiados plagiado retenidos retenido rehenes kidnapped abducted hostages hostage "
        "cautivos cautivo raptadas",
        "secuestran secuestraron secuestrar raptan raptaron plagiaron retienen retuvieron "
        "kidnapped kidnap abducted secuestrados retenidos rehenes plagian",
    ),
):
    _AFTER_NUMBER.update(dict.fromkeys(_after.split(), _kind))
    _BEFORE_NUMBER.update(dict.fromkeys(_before.split(), _kind))

# Words that may sit between a number and its casualty word ("13 mineros artesanales fueron
# asesinados"): people, their qualifiers, auxiliaries and articles.
_PEOPLE_SINGULAR = _words(
    "minero trabajador vigilante policia agente efectivo comunero hombre mujer joven "
    "persona empresario chofer conductor operario guardia soldado militar ingeniero "
    "dirigente transportista menor adolescente socio contratista seguridad miner worker "
    "guard officer man woman person driver soldier engineer"
)
_PEOPLE_PLURAL = _words(
    "mineros trabajadores vigilantes policias agentes efectivos comuneros hombres mujeres "
    "jovenes personas empresarios choferes conductores operarios guardias soldados "
    "militares ingenieros dirigentes transportistas menores adolescentes socios "
    "contratistas ciudadanos pobladores civiles miners workers guards officers men women "
    "people persons drivers soldiers police policemen villagers civilians"
)
_FILLER = (
    _PEOPLE_SINGULAR
    | _PEOPLE_PLURAL
    | _words(
        "que obreros obrero artesanales artesanal informales informal formales ilegales "
        "ilegal mas otros otras otro otra fueron fue han ha sido resultaron resulto quedaron "
        "quedo estan esta serian habrian habria la el los las de del mineria minera empresa "
        "compania contrata seguridad privada were was have has been are more other at least "
        "mining company private security"
    )
)
# Between a casualty verb and its number: "asesinaron a dos", "murieron al menos 13".
_VERB_GAP = frozenset(
    ["a", "al", "menos", "por", "lo", "otros", "otras", "mas", "de", "at", "least", "another"]
)
# A number immediately followed by these measures something other than people.
_NOT_PEOPLE_AFTER = _words(
    "soles sol s dolares dollars usd us kilos kilo kg kgs gramos g gr onzas oz toneladas "
    "tn t km kilometros kilometers metros m mm cm horas hora h hrs hours hour minutos min "
    "minutes dias dia days semanas weeks meses months anos ano years year am pm hectareas "
    "ha calibre millones mil millon million thousand por percent veces times cuadras "
    "disparos balas tiros casquillos cartuchos explosivos dinamita camiones volquetes"
)
_MONTHS = _words(
    "enero febrero marzo abril mayo junio julio agosto setiembre septiembre octubre "
    "noviembre diciembre january february march april may june july august september "
    "october november december"
)
# A number right after these is a label, a time or a measure, not a count of people.
_NOT_PEOPLE_BEFORE = _words(
    "s km kilometro calibre las nro numero n no hora horas ruc dni lote sector ano edad "
    "of de del el la los cerca pm am"
) - {"de", "el", "la", "los"}  # "de" etc. precede real counts too ("ataque de 13 ..."): allowed

_MAX_FILLER = 5
_ARTICLES = frozenset({"un", "una", "uno", "a"})
# Between a number and its casualty word, up to this many words of any kind within one clause
# ("Once mineros permanecen secuestrados", "Tres mineros de Ananea fueron secuestrados").
_MAX_GAP = 5
# Singular participles and verbs that, with no number, still state one victim
# ("vigilante fue asesinado", "Raptan a supervisor", "Dan muerte a vigilante").
_SINGLE: dict[str, _Kind] = {
    **dict.fromkeys(
        [
            "asesinado",
            "asesinada",
            "fallecido",
            "fallecida",
            "muerto",
            "muerta",
            "ejecutado",
            "ejecutada",
            "ultimado",
            "ultimada",
        ],
        _Kind.KILLED,
    ),
    **dict.fromkeys(["herido", "herida", "lesionado", "lesionada"], _Kind.INJURED),
    **dict.fromkeys(
        ["secuestrado", "secuestrada", "raptado", "raptada", "plagiado", "plagiada"],
        _Kind.KIDNAPPED,
    ),
}
_SINGLE_VERBS: dict[str, _Kind] = {
    **dict.fromkeys(
        [
            "asesinan",
            "asesinaron",
            "matan",
            "mataron",
            "ejecutan",
            "ejecutaron",
            "ultiman",
            "ultimaron",
            "acribillan",
            "acribillaron",
            "muerte",
        ],
        _Kind.KILLED,
    ),
    **dict.fromkeys(["hieren", "hirieron"], _Kind.INJURED),
    **dict.fromkeys(
        ["secuestran", "secuestraron", "raptan", "raptaron", "plagian", "plagiaron"],
        _Kind.KIDNAPPED,
    ),
}


@dataclass(frozen=True, slots=True)
class _Number:
    start: int
    end: int  # exclusive
    value: int


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalize(text))


# Tokens that may start a number: the number words, and the articles of "una docena".
# (Digit tokens are recognised by their first character: a token starts with a digit exactly
# when it matched the digits branch of ``_TOKEN``.)
_NUMBER_STARTS = frozenset(_NUMBER_WORDS) | {"una", "un", "a"}
_NOT_DIGIT_FIRST = frozenset("abcdefghijklmnopqrstuvwxyz") | _BOUNDARY


def _numbers(tokens: list[str]) -> list[_Number]:
    """Every count-like number in ``tokens``, digits or words (compound words combined)."""
    found: list[_Number] = []
    # Only the few tokens that can start a number are looked at, left to right; a number
    # consumes the tokens it spans (``done``), as a scan over every token would.
    done = 0
    n = len(tokens)
    for i in [
        i for i, tok in enumerate(tokens) if tok in _NUMBER_STARTS or tok[0] not in _NOT_DIGIT_FIRST
    ]:
        if i < done:
            continue
        tok = tokens[i]
        if tok[0].isdigit():
            value = int(tok.replace(".", "").replace(",", ""))
            found.append(_Number(i, i + 1, value))
            done = i + 1
            continue
        if tok in ("una", "un", "a") and i + 1 < n and tokens[i + 1] in ("docena", "dozen"):
            found.append(_Number(i, i + 2, 12))
            done = i + 2
            continue
        if tok in _NUMBER_WORDS:
            value = _NUMBER_WORDS[tok]
            end = i + 1
            # "treinta y dos", "twenty one" (the hyphen of "twenty-one" is gone by now)
            if tok in _TENS:
                if end + 1 < n and tokens[end] == "y" and tokens[end + 1] in _UNITS:
                    value += _UNITS[tokens[end + 1]]
                    end += 2
                elif end < n and tokens[end] in _UNITS and tokens[end] != "a":
                    value += _UNITS[tokens[end]]
                    end += 1
            found.append(_Number(i, end, value))
            done = end
    return found


def _is_count_of_people(tokens: list[str], number: _Number) -> bool:
    """False for years, money, weights, dates, kilometre posts, hours, calibres and ages."""
    tok = tokens[number.start]
    if tok[0].isdigit():
        if len(tok) == 4 and 1900 <= number.value <= 2100:
            return False
        if number.value > 5000:
            return False
    if number.start > 0 and tokens[number.start - 1] in _NOT_PEOPLE_BEFORE:
        return False
    after = tokens[number.end] if number.end < len(tokens) else ""
    if after in _NOT_PEOPLE_AFTER or after in _MONTHS:
        return False
    # "13 de agosto", "el 5 de mayo del 2024"
    return not (
        after == "de" and number.end + 1 < len(tokens) and tokens[number.end + 1] in _MONTHS
    )


def _forward(tokens: list[str], number: _Number) -> _Kind | None:
    """The casualty word after ``number`` in the same clause, within a few words, if any."""
    j = number.end
    # An article ("un vigilante") is a count only with filler words before the casualty word.
    article = tokens[number.start] in ("un", "una", "a")
    for _ in range(_MAX_GAP + 1):
        if j >= len(tokens):
            return None
        tok = tokens[j]
        if tok in _BOUNDARY or tok[0].isdigit() or (tok in _NUMBER_WORDS and tok not in _ARTICLES):
            return None
        if article and tok not in _FILLER and tok not in _AFTER_NUMBER:
            return None
        if tok in _AFTER_NUMBER and tokens[j - 1] in ("sin", "no", "without", "ningun"):
            return None
        if tok in _AFTER_NUMBER:
            # "victimas" counts the dead only as "victimas mortales"
            if tok == "victimas" and (j + 1 >= len(tokens) or tokens[j + 1] != "mortales"):
                return None
            return _AFTER_NUMBER[tok]
        if tok in _BEFORE_NUMBER and tok not in _AFTER_NUMBER:
            return None  # a verb that belongs to the next count ("dos muertos y hieren a ...")
        j += 1
    return None


def _backward(tokens: list[str], number: _Number) -> _Kind | None:
    """The casualty verb before ``number`` ("murieron 13", "asesinaron a dos"), if any."""
    j = number.start - 1
    gap = 0
    while j >= 0 and gap <= 3:
        tok = tokens[j]
        if tok in _BEFORE_NUMBER:
            return _BEFORE_NUMBER[tok]
        if tok not in _VERB_GAP:
            return None
        j -= 1
        gap += 1
    return None


_SINGLE_WORDS = frozenset(_SINGLE) | frozenset(_SINGLE_VERBS)


def _implicit_singles(tokens: list[str]) -> set[_Kind]:
    """Kinds stated for one unnumbered victim.

    A singular participle ("minero asesinado", "fue secuestrado"), or a casualty verb whose
    object is one person ("Raptan a supervisor", "Dan muerte a vigilante", "Matan a golpes a
    minero": "a" then a word that is not a number, within three words of the verb).
    """
    present = _SINGLE_WORDS.intersection(tokens)
    kinds: set[_Kind] = set()
    if not present:
        return kinds  # most texts: no such word at all, found at C speed
    verbs = []
    for word in present:
        if word in _SINGLE:
            kinds.add(_SINGLE[word])
        else:
            verbs.append(word)
    if not verbs:
        return kinds
    n = len(tokens)
    for i, tok in enumerate(tokens):
        kind = _SINGLE_VERBS.get(tok) if tok in verbs else None
        if kind is None or kind in kinds:
            continue
        for j in range(i + 1, min(i + 5, n - 1)):
            if tokens[j] in _BOUNDARY:
                break
            if tokens[j] == "a":
                nxt = tokens[j + 1]
                if nxt not in _NUMBER_WORDS and not nxt[0].isdigit() and nxt not in ("los", "las"):
                    kinds.add(kind)
                break
    return kinds


# Every word a count can hang on: without one of them in the text there is nothing to count.
_CASUALTY_WORDS = frozenset(_AFTER_NUMBER) | frozenset(_BEFORE_NUMBER) | _SINGLE_WORDS


def extract_severity(text: str) -> Severity:
    """Killed, injured and kidnapped counts mentioned in ``text`` (0 when not stated)."""
    tokens = _tokens(text)
    if _CASUALTY_WORDS.isdisjoint(tokens):
        return Severity()  # most news: one set operation instead of the scans below
    best: dict[_Kind, int] = {}
    for number in _numbers(tokens):
        if number.value <= 0 or not _is_count_of_people(tokens, number):
            continue
        kind = _forward(tokens, number) or _backward(tokens, number)
        if kind is not None:
            best[kind] = max(best.get(kind, 0), number.value)
    for kind in _implicit_singles(tokens):
        best.setdefault(kind, 1)
    return Severity(
        killed=best.get(_Kind.KILLED, 0),
        injured=best.get(_Kind.INJURED, 0),
        kidnapped=best.get(_Kind.KIDNAPPED, 0),
    )
