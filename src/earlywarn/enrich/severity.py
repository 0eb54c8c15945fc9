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
        "murieron mueren fallecieron fallecen die died murio muere fallecio fallece dies "
        "pierdenlavida perdieronlavida pierdelavida perdiolavida sinvida shotdead "
        "losttheirlives victimasmortales",
        "murieron mueren muere murio fallecieron fallecen asesinaron asesinan asesinar mataron "
        "matan matar acribillaron acribillan ejecutaron ejecutan hallan hallaron encuentran "
        "encontraron killed kill kills murdered asesinados muertos fallecidos cuerpos "
        "cadaveres restos bodies sinvida cobrolavida cobraronlavida acaboconlavida "
        "acabaronconlavida victimasmortales mato killing",
    ),
    (
        _Kind.INJURED,
        "herido heridos herida heridas lesionado lesionados lesionada lesionadas injured wounded "
        "hurt",
        "hieren hirieron hirio herir lesionaron injured wounded injuring wounding heridos "
        "lesionados",
    ),
    (
        _Kind.KIDNAPPED,
        "secuestrado secuestrados secuestrada secuestradas raptado raptados raptada raptadas "
        "plagiados plagiado retenidos retenido rehenes kidnapped abducted hostages hostage "
        "cautivos cautivo raptadas privadosdelibertad enpoderde",
        "secuestran secuestraron secuestrar raptan raptaron plagiaron retienen retuvieron "
        "kidnapped kidnap abducted secuestrados retenidos rehenes plagian freed release "
        "released releases secuestro rapto cautivos cautivas",
    ),
):
    _AFTER_NUMBER.update(dict.fromkeys(_after.split(), _kind))
    _BEFORE_NUMBER.update(dict.fromkeys(_before.split(), _kind))

# Words that may sit between a number and its casualty word ("13 mineros artesanales fueron
# asesinados"): people, their qualifiers, auxiliaries and articles.
_PEOPLE_SINGULAR = _words(
    "minero trabajador vigilante policia agente efectivo comunero hombre mujer joven "
    "persona empresario chofer conductor operario guardia soldado militar ingeniero "
    "dirigente transportista menor adolescente socio contratista seguridad supervisor "
    "acopiador comerciante geologo miner worker guard officer man woman person driver "
    "soldier engineer supervisor trader geologist policeman"
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
_VERB_GAP = _words(
    "a al menos por lo los las otros otras mas de at least another of the to balazos tiros "
    "golpes punaladas machetazos quemarropa asciende ascienden ascendio suma suman sube subio "
    "llega llego"
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

# Several-word casualty expressions, merged into one token before counting ("perdieron la vida"
# -> "perdieronlavida"), keyed by their first word.
_PHRASES: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase in (
    "pierden la vida",
    "perdieron la vida",
    "pierde la vida",
    "perdio la vida",
    "hallado sin vida",
    "hallada sin vida",
    "encontrado sin vida",
    "encontrada sin vida",
    "sin vida",
    "privados de su libertad",
    "privados de libertad",
    "privado de su libertad",
    "privado de libertad",
    "en poder de",
    "shot dead",
    "death toll",
    "cobro la vida",
    "cobraron la vida",
    "acabo con la vida",
    "acabaron con la vida",
    "victimas mortales",
    "lost their lives",
):
    _words_of = tuple(_phrase.split())
    _merged = "".join(_words_of).replace("halladasinvida", "halladosinvida")
    _merged = _merged.replace("encontradosinvida", "halladosinvida")
    _merged = _merged.replace("encontradasinvida", "halladosinvida")
    _merged = _merged.replace("privadodesulibertad", "privadodelibertad")
    _merged = _merged.replace("privadosdesulibertad", "privadosdelibertad")
    _PHRASES.setdefault(_words_of[0], []).append((_words_of, _merged))
for _first in _PHRASES:  # longest phrase first
    _PHRASES[_first].sort(key=lambda entry: -len(entry[0]))


def _merge_phrases(tokens: list[str]) -> list[str]:
    if _PHRASES.keys().isdisjoint(tokens):
        return tokens
    merged: list[str] = []
    i = 0
    n = len(tokens)
    while i < n:
        for words, token in _PHRASES.get(tokens[i], ()):
            if tuple(tokens[i : i + len(words)]) == words:
                merged.append(token)
                i += len(words)
                break
        else:
            merged.append(tokens[i])
            i += 1
    return merged


# "death toll ... rises to 12": the next number in the clause, a few words on, is the dead.
_TOLL = "deathtoll"
_TOLL_WINDOW = 7
# Words that state the dead: a count that first reads as kidnapped ("los tres secuestrados
# fueron hallados muertos") is killed when one of these follows in the same clause, because
# people kidnapped and found dead count as killed only (docs/labelling-guide.md).
_DEATH_AFTER_KIDNAP = _words(
    "muertos muertas muerto muerta asesinados asesinadas asesinado asesinada sinvida "
    "halladosinvida fallecidos fallecido cadaveres cadaver ejecutados ejecutado murieron murio "
    "dead killed murdered bodies"
)
# A new clause with its own victims starts here ("dos secuestrados y un vigilante muerto").
_CLAUSE_JOINS = _words("y e and mientras pero while but")
# A singular victim without a number, English: a singular person noun, optionally "was"/"is"
# and the like, then the participle ("worker shot dead", "a guard was wounded").
_EN_SINGLE: dict[str, _Kind] = {
    **dict.fromkeys(["killed", "murdered", "shotdead", "dead"], _Kind.KILLED),
    **dict.fromkeys(["wounded", "injured", "hurt"], _Kind.INJURED),
    **dict.fromkeys(["kidnapped", "abducted"], _Kind.KIDNAPPED),
}
_EN_AUX = _words("was is has been being had")
# A dying verb next to a singular person ("Muere vigilante baleado", "Fallece el minero").
_DYING_VERBS = _words("muere murio fallece fallecio dies died pierdelavida perdiolavida")
_NEGATIONS = _words("ningun ninguno ninguna sin no ni nadie without")

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
    **dict.fromkeys(["kill", "kills", "murder", "murders"], _Kind.KILLED),
    **dict.fromkeys(["hieren", "hirieron", "injure", "injures", "wound", "wounds"], _Kind.INJURED),
    **dict.fromkeys(["kidnap", "kidnaps", "abduct", "abducts"], _Kind.KIDNAPPED),
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
_GROUPS = {"docena": 12, "dozen": 12, "decena": 10}
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
        if tok in ("una", "un", "a") and i + 1 < n and tokens[i + 1] in _GROUPS:
            found.append(_Number(i, i + 2, _GROUPS[tokens[i + 1]]))
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
    # "the bodies of four workers" is a count; "the age of 25" is not
    bodies_of = (
        number.start > 1
        and tokens[number.start - 1] == "of"
        and tokens[number.start - 2] in ("bodies", "remains")
    )
    if number.start > 0 and tokens[number.start - 1] in _NOT_PEOPLE_BEFORE and not bodies_of:
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
            kind = _AFTER_NUMBER[tok]
            if kind is _Kind.KIDNAPPED and _dead_later_in_clause(tokens, j + 1):
                return _Kind.KILLED
            return kind
        if tok in _BEFORE_NUMBER and tok not in _AFTER_NUMBER:
            return None  # a verb that belongs to the next count ("dos muertos y hieren a ...")
        j += 1
    return None


def _dead_later_in_clause(tokens: list[str], start: int) -> bool:
    """Whether the clause from ``start`` says the people were found dead (a few words on)."""
    for tok in tokens[start : start + 8]:
        if tok in _BOUNDARY or tok in _CLAUSE_JOINS:
            return False
        if tok in _DEATH_AFTER_KIDNAP:
            return True
    return False


def _after_toll(tokens: list[str], number: _Number) -> bool:
    """Whether ``number`` closes "death toll ... rises to N" in its clause."""
    for tok in reversed(tokens[max(0, number.start - _TOLL_WINDOW) : number.start]):
        if tok in _BOUNDARY:
            return False
        if tok == _TOLL:
            return True
    return False


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


_SINGLE_WORDS = frozenset(_SINGLE) | frozenset(_SINGLE_VERBS) | frozenset(_EN_SINGLE) | _DYING_VERBS


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
            kinds.update(_participle_kinds(tokens, word))
        elif word in _EN_SINGLE:
            kinds.update(_english_single_kinds(tokens, word))
        elif word in _DYING_VERBS:
            if _dying_single(tokens, word):
                kinds.add(_Kind.KILLED)
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
            if tokens[j] in ("a", "an"):
                nxt = tokens[j + 1]
                if nxt not in _NUMBER_WORDS and not nxt[0].isdigit() and nxt not in ("los", "las"):
                    kinds.add(kind)
                break
    return kinds


def _participle_kinds(tokens: list[str], word: str) -> set[_Kind]:
    """Kinds a singular participle states, wherever it occurs un-negated ("ningun herido" is
    none); a kidnapped victim found dead later in the clause counts as killed."""
    kinds: set[_Kind] = set()
    for i, tok in enumerate(tokens):
        if tok != word or (i > 0 and tokens[i - 1] in _NEGATIONS):
            continue
        kind = _SINGLE[word]
        if kind is _Kind.KIDNAPPED and _dead_later_in_clause(tokens, i + 1):
            kind = _Kind.KILLED
        kinds.add(kind)
    return kinds


def _english_single_kinds(tokens: list[str], word: str) -> set[_Kind]:
    """A singular person noun before an English participle: "worker shot dead", "a guard was
    wounded"."""
    kinds: set[_Kind] = set()
    for i, tok in enumerate(tokens):
        if tok != word:
            continue
        j = i - 1
        while j >= 0 and tokens[j] in _EN_AUX and i - j <= 3:
            j -= 1
        if j >= 0 and tokens[j] in _PEOPLE_SINGULAR:
            kinds.add(_EN_SINGLE[word])
    return kinds


def _dying_single(tokens: list[str], word: str) -> bool:
    """A dying verb with a singular person right before or after it (an article between is
    allowed): "Muere vigilante baleado", "Fallece el minero", "Un minero murio"."""
    for i, tok in enumerate(tokens):
        if tok != word:
            continue
        after = [t for t in tokens[i + 1 : i + 3] if t not in ("el", "la", "un", "una", "a", "the")]
        if after and after[0] in _PEOPLE_SINGULAR:
            return True
        if i > 0 and tokens[i - 1] in _PEOPLE_SINGULAR:
            return True
        # "El minero, de 34 años, murió": an article and a person a few words back
        for j in range(i - 2, max(i - 7, 0), -1):
            if tokens[j] in _BOUNDARY or tokens[j] in _CLAUSE_JOINS:
                break
            if tokens[j] in _PEOPLE_SINGULAR and tokens[j - 1] in ("el", "la", "un", "una", "the"):
                return True
    return False


# Every word a count can hang on: without one of them in the text there is nothing to count.
_CASUALTY_WORDS = (
    frozenset(_AFTER_NUMBER)
    | frozenset(_BEFORE_NUMBER)
    | _SINGLE_WORDS
    # the words that start or end the merged phrases ("sin vida", "death toll", ...)
    | _words("vida libertad poder dead toll lives")
)


def extract_severity(text: str) -> Severity:
    """Killed, injured and kidnapped counts mentioned in ``text`` (0 when not stated)."""
    tokens = _tokens(text)
    if _CASUALTY_WORDS.isdisjoint(tokens):
        return Severity()  # most news: one set operation instead of the scans below
    tokens = _merge_phrases(tokens)
    best: dict[_Kind, int] = {}
    for number in _numbers(tokens):
        if number.value <= 0 or not _is_count_of_people(tokens, number):
            continue
        forward = _forward(tokens, number)
        backward = _backward(tokens, number)
        if _after_toll(tokens, number):
            backward = _Kind.KILLED
        # "the bodies of four kidnapped workers": the dead, not the kidnapped
        if forward is _Kind.KIDNAPPED and backward is _Kind.KILLED:
            forward = backward
        kind = forward or backward
        if kind is not None:
            best[kind] = max(best.get(kind, 0), number.value)
    for kind in _implicit_singles(tokens):
        best.setdefault(kind, 1)
    return Severity(
        killed=best.get(_Kind.KILLED, 0),
        injured=best.get(_Kind.INJURED, 0),
        kidnapped=best.get(_Kind.KIDNAPPED, 0),
    )
