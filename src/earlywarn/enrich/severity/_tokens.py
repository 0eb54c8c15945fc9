"""Tokenising, and the passes that take out of the token list what would mislead the counts:
abbreviation stops, names of field logs, body parts, asides, parts named among a whole, first
reports, hypothetical deaths, vague manies; and occupations read as person nouns."""

from __future__ import annotations

import re
from itertools import pairwise

from earlywarn.enrich.text import normalize

from ._lexicon import (
    _AFTER_NUMBER,
    _AFTER_PERSON,
    _BOUNDARY,
    _DIED_SUBJUNCTIVE,
    _DYING_VERBS,
    _HYPOTHETICAL,
    _NUMBER_WORDS,
    _PEOPLE_PLURAL,
    _PEOPLE_SINGULAR,
    _PERSON_AUX,
    _SENTENCE_ENDS,
    _SINGLE,
    _Kind,
    _words,
)
from ._numbers import _AND, _is_number_token, _Number
from ._vocabulary import _CASUALTY_WORDS

# Digits (with thousands separators), words, and sentence punctuation as a boundary token.
# (Letters first, and the spaces before a token skipped inside the match: the same tokens,
# found faster; ``findall`` returns the group.)
_TOKEN = re.compile(r" *([a-z]+|\d+(?:[.,]\d{3})*|[.;:!?()\[\]])")


def _without_hypothetical_deaths(tokens: list[str]) -> list[str]:
    """``tokens`` without subjunctive deaths that a purpose, a fear or a condition governs."""
    out = list(tokens)
    for i, tok in enumerate(tokens):
        if tok in _DIED_SUBJUNCTIVE:
            for back in reversed(tokens[max(0, i - 8) : i]):
                if back in _BOUNDARY:
                    break
                if back in _HYPOTHETICAL:
                    out[i] = "_"
                    break
    return out


def _without_denied_harms(tokens: list[str]) -> list[str]:
    """(round seventeen) ``tokens`` without a casualty word right after a subjunctive verb in a
    clause "sin que" opens ("sin que su conductor, de 44 anos, sufriera heridas", "sin que el
    chofer resultara herido"): it did not happen."""
    out = tokens
    for i in range(1, len(tokens) - 1):
        if tokens[i] != "que" or tokens[i - 1] != "sin":
            continue
        for k in range(i + 1, min(i + _DENIED_REACH, len(tokens) - 1)):
            if tokens[k] in _BOUNDARY:
                break
            if tokens[k].endswith(_SUBJUNCTIVE_ENDINGS) and tokens[k + 1] in _CASUALTY_WORDS:
                if out is tokens:
                    out = list(tokens)
                out[k + 1] = "_"
                break
    return out


_DENIED_REACH = 10  # words from "sin que" to its verb, at most

# (round twenty-seven) Verbs of ruling out: what follows in their clause did not happen
_RULING_OUT = frozenset(
    ["descarto", "descartaron", "descarta", "descartan", "descartando", "descartado", "descartada"]
)

_RULED_OUT_REACH = 10  # words of a ruled-out clause, at most

# ("no se trato de un accidente": it was not)
_IT_WAS = frozenset(("trato", "trata"))


def _without_ruled_out(tokens: list[str]) -> list[str]:
    """``tokens`` without the clause a verb of ruling out governs ("La empresa descarto que se
    trate de un accidente laboral", "El medico legista descarto lesiones", "descarto signos de
    violencia"): an illness stays an illness."""
    out = list(tokens)
    for i, tok in enumerate(tokens):
        # ("La empresa informo que no se trato de un accidente laboral")
        if tok in _IT_WAS and tokens[max(0, i - 2) : i] == ["no", "se"]:
            tok = "descarto"
        if tok not in _RULING_OUT:
            continue
        # ("Police ruled out foul play")
        start = i + 2 if tok == "ruled" else i + 1
        if tok == "ruled" and tokens[i + 1 : i + 2] != ["out"]:
            continue
        for k in range(start, min(start + _RULED_OUT_REACH, len(tokens))):
            if tokens[k] in _BOUNDARY:
                break
            out[k] = "_"
    return out


_SUBJUNCTIVE_ENDINGS = ("ara", "aran", "iera", "ieran", "ase", "asen", "iese", "iesen")


# "2º", "3ª", "40°": an ordinal or degrees, never a count ("quemadura de 2º grado"); written
# as a spelled ordinal suffix, which the count rules already step over
_ORDINAL_SIGN = re.compile(r"(\d)\s?[º°ª]")

# (round twenty-four) "de aprox. 30 anos, N.N., con herida": the name of an unidentified person
_NO_NAME = re.compile(r"\bN\.\s?N\.?")

# A day and month, perhaps a year: "20/11", "03/05/2025"
_DATE = re.compile(r"\b(?:[0-2]?\d|3[01])/(?:0?[1-9]|1[0-2])(?:/\d{2,4})?\b")

# (round fourteen) "1 SO2 PNP herido": a police rank (suboficial de segunda), not a figure
_RANK = re.compile(r"\bS[OT][1-3]\b")


# (round twenty-five) "placa A3X-905", "camioneta EGV-341", "linea L-2250": a code of
# capitals (one at least a letter) and digits after a hyphen, never a figure
_CODE = re.compile(r"\b(?=[A-Z0-9]{0,2}[A-Z])[A-Z0-9]{1,3}-\d{1,4}\b")


def _clock_times_after_las(tokens: list[str]) -> None:
    """(round twenty-seven) "retorno a las 10.20", a chat's clock time with a full stop, read
    as "10 : 20" in place."""
    for k, tok in enumerate(tokens[:-3]):
        if (
            tok == "las"
            and tokens[k + 2] == "."
            and tokens[k + 1].isdigit()
            and int(tokens[k + 1]) < 24
            and tokens[k + 3].isdigit()
            and len(tokens[k + 3]) == 2
            and int(tokens[k + 3]) < 60
        ):
            tokens[k + 2] = ":"


# (a capitalised name, then ", de NN" or (round twenty-nine) ", NN" closed by a comma or
# semicolon)
# (the cheap hint of a bare age: a literal ", " first, which the search skips to)
_BARE_AGE = re.compile(r", \d{2}\s*[,;]")

_AGE_AFTER_NAME = re.compile(r"(\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+), (?:de )?\d{2}(?=\s*[,;])")


def _tokens(text: str) -> list[str]:
    if "º" in text or "°" in text or "ª" in text:  # (rare: the regex only when needed)
        text = _ORDINAL_SIGN.sub(r"\1ro ", text)
    if "/" in text:  # (round thirteen) "secuestrado el 20/11": a date, not two figures
        text = _DATE.sub(" fecha ", text)
    if "SO" in text or "ST" in text:
        text = _RANK.sub("suboficial", text)
    if "-" in text:
        text = _CODE.sub(" codigo ", text)
    if "%" in text:  # (round twenty-two) "about 2% of global supply": a share, not people
        text = text.replace("%", " percent ")
    if "N.N" in text:  # (round twenty-four) "N.N.", a police report's unknown name, no full stop
        text = _NO_NAME.sub(" nn ", text)
    if ", de " in text or _BARE_AGE.search(text) is not None:
        # (round twenty-seven) "Felix Sanchez Llanos, de 40, asesinados", "Rosa Condori Apaza,
        # de 38, con fractura": an age in commas after a name, without its "anos"; (round
        # twenty-nine) "Security guard Raul Ccama, 45, shot dead one of two men"
        text = _AGE_AFTER_NAME.sub(r"\1,", text)
    tokens: list[str] = _TOKEN.findall(normalize(text))
    if "." in tokens and "las" in tokens:
        _clock_times_after_las(tokens)
    if not _TYPOS.keys().isdisjoint(tokens):
        tokens = [_TYPOS.get(tok, tok) for tok in tokens]
    if "q" in tokens:
        _chat_que(tokens)
    if "son" in tokens:
        _english_sons(tokens)
    if "old" in tokens:
        tokens = _aged_people(tokens)
    return tokens


def _chat_que(tokens: list[str]) -> None:
    """(round twenty-six) A chat message's "q" for "que" ("los 3 mineros q se llevaron"), in
    place; not a question's "Q:" nor an initial ("Q. Mamani")."""
    for k, tok in enumerate(tokens):
        if tok == "q" and tokens[k + 1 : k + 2] not in ([":"], ["."]):
            tokens[k] = "que"


# (round twenty-three) A field report's slips of the keyboard on a casualty word of seven
# letters or more: two letters swapped ("heridso") or one doubled ("asesinadoss"), read as the
# word. Not a letter dropped: that spells common words ("perecio" less an "e" is "precio",
# "drowned" less an "r" "downed"). A slip that spells another known word stays.
_TYPO_BASES = [word for word in (*_AFTER_NUMBER, *_SINGLE) if len(word) >= 7 and word.isalpha()]


def _slips(word: str) -> set[str]:
    """The misspellings of ``word`` one swapped or doubled letter away."""
    swapped = {
        word[:k] + word[k + 1] + word[k] + word[k + 2 :]
        for k in range(len(word) - 1)
        if word[k] != word[k + 1]
    }
    doubled = {word[: k + 1] + word[k] + word[k + 1 :] for k in range(len(word))}
    return (swapped | doubled) - {word}


_KNOWN = (
    frozenset(_AFTER_NUMBER)
    | frozenset(_SINGLE)
    | _CASUALTY_WORDS
    | _PEOPLE_SINGULAR
    | _PEOPLE_PLURAL
    | frozenset(_NUMBER_WORDS)
)
_TYPOS: dict[str, str] = {}
for _base in _TYPO_BASES:
    for _slip in _slips(_base):
        if _slip not in _KNOWN:
            _TYPOS.setdefault(_slip, _base)
# (round twenty-six) A health post's "PAF" (proyectil de arma de fuego): "Los otros dos, con
# PAF en brazo", a gunshot wound, read as the wound's word with the slips
_TYPOS["paf"] = "heridas"


# (what follows an English age standing for a person: "The 19-year-old was taken")
_AFTER_AGED_PERSON = _words("was is who had has remains died dies")


def _aged_people(tokens: list[str]) -> list[str]:
    """(round twenty-two) "The 19-year-old was taken from his car": an age as the noun of a
    sentence's subject is one person, read as "man" (and its figure as no count)."""
    out = []
    k = 0
    while k < len(tokens):
        if (
            tokens[k].isdigit()
            and tokens[k + 1 : k + 3] == ["year", "old"]
            and tokens[k + 3 : k + 4]
            and tokens[k + 3] in _AFTER_AGED_PERSON
        ):
            out.append("man")
            k += 3
            continue
        out.append(tokens[k])
        k += 1
    return out


# (words before an English "son": "the mine owner's son", "the 19-year-old son", "his son")
_BEFORE_SON = _words("s old the his her a their our my")


def _english_sons(tokens: list[str]) -> None:
    """(round twenty-two) Read the English "son" ("Mine manager's son abducted", "son of a mine
    owner") as the person "hijo", in place; the Spanish verb "son" ("son tres los heridos")
    has neither an English determiner before it nor "of" after it."""
    for k, tok in enumerate(tokens):
        if tok == "son" and (
            (k > 0 and tokens[k - 1] in _BEFORE_SON) or tokens[k + 1 : k + 2] == ["of"]
        ):
            tokens[k] = "hijo"


# Words in -ista that name no person ("pista", "lista", "entrevista").
_ISTA_NOT_PEOPLE = _words(
    "pista pistas lista listas vista vistas revista revistas entrevista entrevistas conquista "
    "arista aristas despista alista vistas imprevista prevista previstas autopista autopistas"
)


def _occupations(tokens: list[str]) -> list[str]:
    """Occupations in -ista(s) the people lists lack ("mototaxista", "maquinistas") read as
    one such person: writers name many trades, and Spanish makes them with this suffix."""
    if "ista" not in " ".join(tokens):  # most texts: one search at C speed
        return tokens
    out = []
    for tok in tokens:
        if (
            len(tok) >= 7
            and tok not in _ISTA_NOT_PEOPLE
            and tok not in _PEOPLE_SINGULAR
            and tok not in _PEOPLE_PLURAL
        ):
            if tok.endswith("ista"):
                tok = "contratista"
            elif tok.endswith("istas"):
                tok = "contratistas"
        out.append(tok)
    return out


_AMONG_THEM = [["entre", "ellos"], ["entre", "ellas"], ["among", "them"]]

# ((round twenty-eight) one word that opens the same aside: "Six people, including two
# children, were injured", "Seis personas, incluidos dos ninos, resultaron heridas")
_INCLUDING = _words("including incluidos incluidas incluyendo")

_OF_THEM = [["de", "ellos"], ["de", "ellas"], ["of", "them"]]

_AUXILIARIES = _words("fueron resultaron quedaron were")

_DYING_PLURAL = _DYING_VERBS | _words("mueren murieron fallecen fallecieron murieran fallecieran")

# Abbreviations whose full stop is no sentence end ("Nv. 1650, fueron cuatro", "aprox. 12")
_ABBREVIATIONS = _words(
    "nv aprox approx cod cal tec ing "
    # (round twenty-seven: "on Nov. 12, died", an abbreviated month before its day; not "mar",
    # "ago", "set", words of their own: "three days ago. 12 workers")
    "jan feb apr jun jul aug sep sept oct nov dec ene abr dic"
)


# (round twenty-six) Works carried out ("En el operativo, ejecutado por la FEMA", "la
# interdiccion fue ejecutada"): "ejecutado" of a thing kills no one
_CARRIED_OUT = _words("ejecutado ejecutada ejecutados ejecutadas")
_WORKS = _words(
    "operativo operativos operacion operaciones interdiccion interdicciones intervencion "
    "intervenciones obra obras proyecto proyectos plan planes accion acciones trabajo trabajos "
    "desalojo desalojos allanamiento allanamientos presupuesto pago pagos orden embargo "
    "voladura voladuras diligencia diligencias inversion mantenimiento programa"
)
_WORK_REACH = 3  # words back from "ejecutado" to the work, at most

# (a force or a body that carries out works: "ejecutado por la Policia", "por una empresa")
_CARRIERS = _words(
    "policia policias agentes efectivos fuerzas militares fiscalia empresa empresas "
    "municipalidad gobierno contratista"
)

_WITHOUT_MISHAP = [
    ["sin", word] for word in ("incidentes", "incidente", "novedad", "novedades", "contratiempos")
]


def _without_works_carried_out(tokens: list[str]) -> list[str]:
    """``tokens`` without "ejecutado" whose subject, a few words before, is a work, or that
    went "sin incidentes" ((round thirty) "Voladura programada 13:00 en banco 3210 ejecutada
    sin incidentes": a blast carried out, no one killed)."""
    return [
        "_"
        if tok in _CARRIED_OUT
        and (
            not _WORKS.isdisjoint(tokens[max(0, k - _WORK_REACH) : k])
            or tokens[k + 1 : k + 3] in _WITHOUT_MISHAP
            # ((round thirty-one) or carried out by a force: "el desalojo de los ocupantes de
            # la concesion ..., ejecutado por 120 policias")
            or (
                tokens[k + 1 : k + 2] == ["por"]
                and tokens[k + 2 : k + 3] != []
                and (tokens[k + 2].isdigit() or _CARRIERS.intersection(tokens[k + 2 : k + 4]))
            )
        )
        else tok
        for k, tok in enumerate(tokens)
    ]


def _without_body_parts(tokens: list[str]) -> list[str]:
    """``tokens`` without "cuerpo" as a body part ("3 balas en el cuerpo") and "ataque" as a
    heart attack ("sufre ataque cardiaco": an illness, not an attack)."""
    return [
        "_"
        if (tok == "cuerpo" and tokens[k - 2 : k] in (["en", "el"], ["en", "su"]))
        or (tok == "ataque" and tokens[k + 1 : k + 2] == ["cardiaco"])
        else tok
        for k, tok in enumerate(tokens)
    ]


def _without_abbreviation_stops(tokens: list[str]) -> list[str]:
    return [
        tok
        for k, tok in enumerate(tokens)
        if not (
            tok == "."
            and k > 0
            and tokens[k - 1] in _ABBREVIATIONS
            and k + 1 < len(tokens)
            and _is_number_token(tokens[k + 1])
        )
    ]


_CARED_PLURAL = _words(
    "atendidos atendidas trasladados trasladadas evacuados evacuadas llevados llevadas "
    "derivados derivadas internados internadas"
)

# (round fifteen) "Siete vecinos, entre ellos cuatro ninos, fueron atendidos", "Cuatro personas,
# entre ellas una mujer y su hijo de 8 anos, murieron": the aside names a part of the whole; it
# is dropped so that the whole reaches its verb (up to this many words of aside)
_AMONG_WINDOW = 10


def _without_parts_among(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i, n = 0, len(tokens)
    while i < n:
        among = _among_opening(tokens, i, out)
        if among:
            for j in range(i + among, min(n, i + among + _AMONG_WINDOW)):
                tok = tokens[j]
                if tok in _BOUNDARY:
                    break
                if tok in _AMONG_VERBS or (tok in _AFTER_NUMBER and tok not in _SINGLE):
                    # the aside ends where the whole's verb or casualty word starts; (a figure
                    # of them with a harm of its own keeps it: "Los cinco agentes, dos de ellos
                    # con heridas en la cabeza, fueron retenidos")
                    if tok in _AMONG_VERBS or among != _FIGURE_OF_THEM:
                        i = j
                    break
        out.append(tokens[i])
        i += 1
    return out


def _among_opening(tokens: list[str], i: int, out: list[str]) -> int:
    """How many words at ``i`` open an aside naming a part of the people just said ("entre
    ellos", "including"; (round twenty-eight) a figure "of them" right after the people: "At
    least seven people, four of them police officers, were injured"), or 0."""
    if tokens[i : i + 2] in _AMONG_THEM:
        return 2 if _people_just_said(out) else 0
    if tokens[i] in _INCLUDING:
        return 1 if _people_just_said(out) else 0
    if (
        out
        and out[-1] in _PEOPLE_PLURAL
        and tokens[i + 1 : i + 3] in _OF_THEM
        and _is_number_token(tokens[i])
    ):
        return _FIGURE_OF_THEM
    return 0


_FIGURE_OF_THEM = 3  # the words of "cuatro de ellos"


_AMONG_VERBS = _AUXILIARIES | _DYING_PLURAL | _CARED_PLURAL

_AMONG_REACH = 7  # words back from "entre ellos" to the people it parts, at most (round
# twenty-five: 4 -> 7, "Catorce pobladores de la comunidad de Ccochaccasa, entre ellos seis ninos")


def _people_just_said(out: list[str], reach: int = _AMONG_REACH) -> bool:
    """Whether people end ``out``, or stand up to ``reach`` words back with their complement
    in its clause ("Cuatro integrantes de una familia, entre ellos dos ninos")."""
    # ((round twenty-eight) past a bracketed place: "Siete vecinos de San Mateo de Huanchor
    # (Huarochiri, Lima), entre ellos cuatro ninos")
    said = _without_bracketed(out[-reach - _BRACKETED_REACH :])[-reach:]
    for tok in reversed(said):
        if tok in _PEOPLE_PLURAL:
            return True
        if tok in _BOUNDARY:
            return False
    return False


_BRACKETED_REACH = 6  # words of a bracketed place, brackets included, at most


def _without_bracketed(words: list[str]) -> list[str]:
    """``words`` without a short bracketed aside at their end ("( huarochiri lima )")."""
    if words[-1:] == [")"] and "(" in words[-_BRACKETED_REACH:]:
        opening = len(words) - 1 - words[::-1].index("(")
        return words[:opening]
    return words


_FIRST_REPORT = _words(
    "inicialmente initially primeramente principio inicial iniciales initial unconfirmed "
    "rumores rumors rumours"
)

# (round ten) "su primer reporte", "las primeras versiones", "the first reports": a first figure
_FIRST = _words("primer primera primeros primeras first earlier")

_REPORT_NOUNS = _words(
    "reporte reportes informe informes version versiones cifra cifras balance parte report "
    "reports figure figures "
    # (round twenty: "En un primer momento se informo de cuatro muertos")
    "momento"
)


def _without_first_reports(
    tokens: list[str], counted: list[tuple[_Number, _Kind | None]]
) -> list[tuple[_Number, _Kind | None]]:
    """``counted`` without the counts of a sentence that gives a first, superseded figure
    ("Inicialmente se hablo de seis fallecidos"), when another count of that kind remains."""
    first = [entry for entry in counted if _in_first_report(tokens, entry[0])]
    rest = [entry for entry in counted if entry not in first]
    # ((round twenty-nine) a part of the wounded who died since supersedes no first toll: "dejo
    # en un primer momento dos muertos y tres heridos. Uno de estos ultimos murio")
    kinds = {kind for number, kind in rest if not _part_of_the_wounded(tokens, number)}
    return rest + [entry for entry in first if entry[1] not in kinds]


_LATTER = [["de", "estos", "ultimos"], ["de", "estas", "ultimas"], ["of", "the", "latter"]]


def _of_the_latter(tokens: list[str], number: _Number) -> bool:
    """Whether ``number`` is a part of the group named last: "uno de estos ultimos"."""
    return tokens[number.end : number.end + 3] in _LATTER


def _part_of_the_wounded(tokens: list[str], number: _Number) -> bool:
    """Whether ``number`` is a part of the wounded: "uno de los heridos", "uno de estos
    ultimos" (the group named last)."""
    after = tokens[number.end : number.end + 3]
    return _of_the_latter(tokens, number) or (
        len(after) == 3
        and after[:2] in (["de", "los"], ["de", "las"], ["of", "the"])
        and _AFTER_NUMBER.get(after[2]) is _Kind.INJURED
    )


def _in_first_report(tokens: list[str], number: _Number) -> bool:
    start = number.start
    while start > 0 and tokens[start - 1] not in _BOUNDARY:
        start -= 1
    before = tokens[start : number.start]
    # ((round twenty-five) a contrast after the first report opens the corrected figure:
    # "Inicialmente se informo de tres fallecidos, pero la Fiscalia confirmo que ... fueron
    # dos")
    # (not more people or a part after it: "pero se hallaron otros tres cuerpos", "but later
    # said two of those reported dead had been found alive")
    contrasts = [k for k, tok in enumerate(before) if tok in _CONTRASTS]
    if (
        contrasts
        and tokens[number.start - 1 : number.start] not in (["otros"], ["otras"], ["more"])
        and tokens[number.end : number.end + 1] not in (["de"], ["of"])
    ):
        before = before[contrasts[-1] + 1 :]
    return not _FIRST_REPORT.isdisjoint(before) or any(
        tok in _FIRST and nxt in _REPORT_NOUNS for tok, nxt in pairwise(before)
    )


_CONTRASTS = _words("pero but however embargo")


# Field logs name people by a title or an initial and a surname ("Vig. Condori", "supervisor J.
# Salas"); the name is dropped so that the person noun meets its casualty word.
_TITLES = _words("vig sup sr sra")

_INITIALS = frozenset("bcdfghjklmnpqrtvwxz")
# (round twenty-one) letters that are also words ("a", "e", "o", "y"): an initial only with
# its full stop ("Vigilante A. Huaman", "Ccori A. herido"), which the word never takes there
_WORD_INITIALS = frozenset("aeiousy")


def _without_names(tokens: list[str]) -> list[str]:
    """``tokens`` without the initial and surname after a title or a singular person noun (and
    the full stops of their abbreviations)."""
    tokens = _without_trailing_initials(tokens)
    out: list[str] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        out.append(tok)
        i += 1
        if tok not in _PEOPLE_SINGULAR:
            continue
        k = i + 1 if tok in _TITLES and tokens[i : i + 1] == ["."] else i
        initial = k < n and (
            tokens[k] in _INITIALS
            or (tokens[k] in _WORD_INITIALS and tokens[k + 1 : k + 2] == ["."])
        )
        if initial:
            k += 2 if tokens[k + 1 : k + 2] == ["."] else 1
        elif tok not in _TITLES:
            continue
        # a surname is any word that is no casualty, auxiliary or function word
        if (
            k < n
            and tokens[k].isalpha()
            and tokens[k] not in _CASUALTY_WORDS
            and tokens[k] not in _PERSON_AUX
            and tokens[k] not in _NAME_STOPS
        ):
            i = k + 1
        elif initial:
            i = k
    return out


_NAME_STOPS = _words("y e o a de del en con the and of in at on el la los las un una se")

_AN_INITIAL = [[letter] for letter in _INITIALS | _WORD_INITIALS]


def _has_word_initial(tokens: list[str]) -> bool:
    """Whether a letter that is also a word stands before a full stop ("Vigilante A. Huaman")."""
    return any(a in _WORD_INITIALS and b == "." for a, b in pairwise(tokens))


def _surname_and_initial_at(tokens: list[str], k: int) -> bool:
    """Whether a surname and an initial with its full stop start at ``k`` ("... y Ccori A.")."""
    return (
        len(tokens[k : k + 1]) == 1
        and len(tokens[k]) >= 3
        and tokens[k].isalpha()
        and tokens[k + 1 : k + 2] in _AN_INITIAL
        and tokens[k + 2 : k + 3] == ["."]
    )


def _without_trailing_initials(tokens: list[str]) -> list[str]:
    """``tokens`` without the initial and its full stop after a surname in field logs ("(Mamani
    R., Ticona L.)", "Vigilante Ramos T. golpeado"), where a bracket's end, another such name or
    a casualty participle follows: the full stop ends no sentence."""
    drop: set[int] = set()
    n = len(tokens)
    for k in range(2, n - 1):
        if tokens[k] != "." or (
            tokens[k - 1] not in _INITIALS and tokens[k - 1] not in _WORD_INITIALS
        ):
            continue
        surname = tokens[k - 2]
        if len(surname) < 3 or not surname.isalpha() or surname in _CASUALTY_WORDS:
            continue
        nxt = tokens[k + 1]
        if (
            nxt == ")"
            or nxt in _SINGLE
            or nxt in _CASUALTY_WORDS
            or nxt in _AFTER_PERSON
            or nxt in _PERSON_AUX
            or (tokens[k + 2 : k + 3] in _AN_INITIAL and tokens[k + 3 : k + 4] == ["."])
            or (nxt in _AND and _surname_and_initial_at(tokens, k + 2))
        ):
            drop.update((k - 1, k))
    if not drop:
        return tokens
    return [tok for k, tok in enumerate(tokens) if k not in drop]


# "1 fallec. y 2 her. x PAF": the abbreviations of a log, after their figure only.
_LOG_ABBREVIATIONS = {"fallec": "fallecidos", "her": "heridos", "herid": "heridos"}


def _without_log_abbreviations(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for i in range(1, len(tokens) - 1):
        full = _LOG_ABBREVIATIONS.get(tokens[i])
        if full is not None and tokens[i - 1].isdigit() and tokens[i + 1] == ".":
            out[i] = full
    return out


def _without_asides(tokens: list[str]) -> list[str]:
    """``tokens`` without the words in brackets ("(conductor, PAF en torax)")."""
    if "(" not in tokens:
        return tokens
    out: list[str] = []
    depth = 0
    for tok in tokens:
        if tok == "(":
            depth += 1
        elif tok == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(tok)
    return out


# (round twenty-one) Participles that say how, joined by "y" to the harm: "fue reducido y
# maniatado", "encanonados y maniatados", "reducidos y amarrados"
_PARTICIPLE = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")


# (taken on to care, read as hurt where a place of care follows)
_TAKEN_ON = frozenset(("trasladados", "trasladadas", "evacuados", "evacuadas", "llevados"))
_FOUND_ALIVE = frozenset(
    ("rescatados", "rescatadas", "hallados", "halladas", "encontrados", "encontradas", "sacados")
)


def _without_joined_participles(tokens: list[str]) -> list[str]:
    """``tokens`` without a participle that is no casualty word and its "y" right before a
    casualty participle: the harm then meets its person, auxiliary or figure."""
    drop: set[int] = set()
    for k in range(len(tokens) - 2):
        if tokens[k + 1] not in ("y", "e"):
            continue
        first, harm = tokens[k], tokens[k + 2]
        # ((round thirty-one) past "con vida": "Otros dos fueron rescatados con vida y
        # trasladados al hospital")
        if (
            first == "vida"
            and k >= 3
            and tokens[k - 1] == "con"
            and tokens[k - 2] in _FOUND_ALIVE
            and (harm in _CASUALTY_WORDS or harm in _TAKEN_ON)
            and harm.endswith(_PARTICIPLE)
        ):
            drop.update((k - 2, k - 1, k, k + 1))
            continue
        if (
            first.endswith(_PARTICIPLE)
            # ((round twenty-two) a casualty word by its kind, not a word the quick check
            # merely lets through: "encanonados", of "mantuvieron encanonados")
            and first not in _AFTER_NUMBER
            and first not in _AFTER_PERSON
            and first not in _SINGLE
            and harm in _CASUALTY_WORDS
            and harm.endswith(_PARTICIPLE)
        ):
            drop.update((k, k + 1))
    if not drop:
        return tokens
    return [tok for k, tok in enumerate(tokens) if k not in drop]


def _without_bracketed_ages(tokens: list[str]) -> list[str]:
    """(round seventeen) ``tokens`` without a bracketed age between a name and its singular
    verb ("El conductor, Hernan Chavez Diaz (47), fallecio"), so the person meets the verb; a
    bracketed figure after people or a casualty word ("Heridos (2)") stays."""
    ages: list[int] = []
    i = tokens.index("(")  # (the caller checked that there is one)
    while True:
        if (
            0 < i < len(tokens) - 3
            and tokens[i + 2] == ")"
            and len(tokens[i + 1]) <= 2
            and tokens[i + 1].isdigit()
            and (
                tokens[i + 3] in _DYING_VERBS
                or tokens[i + 3] in _SINGLE_VERBS_AFTER
                or tokens[i + 3] in _PERSON_AUX
            )
            and tokens[i - 1].isalpha()
            and tokens[i - 1] not in _CASUALTY_WORDS
            and tokens[i - 1] not in _PEOPLE_PLURAL
        ):
            ages.append(i)
        try:
            i = tokens.index("(", i + 1)
        except ValueError:
            break
    if not ages:
        return tokens
    out: list[str] = []
    kept = 0
    for age in ages:
        out += tokens[kept:age]
        kept = age + 3
    return out + tokens[kept:]


# (the singular verbs and participles a person meets after a bracketed age)
_SINGLE_VERBS_AFTER = frozenset(_SINGLE) | _words("resulto quedo fue murio fallecio")


# (round sixteen) "decenas resultaron heridos", "dozens were injured": a vague many is no
# count, and no single victim either (the guide counts stated figures only)
_VAGUE_MANY = _words("decenas centenares cientos dozens hundreds scores")

_VAGUE_REACH = 4  # words from the vague many to its casualty word, at most


def _without_vague_many(tokens: list[str]) -> list[str]:
    """``tokens`` with the casualty word a vague many is the subject or head of blanked out."""
    tokens = list(tokens)
    for i, tok in enumerate(tokens):
        if tok not in _VAGUE_MANY:
            continue
        for k in range(i + 1, min(i + 1 + _VAGUE_REACH, len(tokens))):
            word = tokens[k]
            if word in _BOUNDARY or word in _NUMBER_WORDS or word[0].isdigit():
                break
            if word in _AFTER_NUMBER:
                tokens[k] = "_"
                break
    return tokens


# (round twenty-eight) A clause that opens with its verb and puts a complement before its
# figure of people: "Resultaron heridos en el ataque tres mineros", "Quedan retenidos dentro
# del tunel seis trabajadores", "Fueron atendidos en la posta seis mineros"
_INVERTED_AUXILIARIES = _words("resultaron resultan quedaron quedan fueron permanecen siguen")

_INVERTED_PARTICIPLES = _words(
    "heridos heridas lesionados lesionadas retenidos retenidas secuestrados secuestradas "
    "atendidos atendidas evacuados evacuadas internados internadas"
)

_COMPLEMENT_OPENINGS = _words("en dentro durante tras por luego despues al a cerca")

_COMPLEMENT_REACH = 8  # words of the complement, at most


def _figure_after_complement(tokens: list[str]) -> list[str]:
    """``tokens`` with such a clause's verb moved after its figure of people ("en el ataque tres
    mineros resultaron heridos"), where the figure reads it."""
    out = list(tokens)
    for i in range(len(tokens) - 4):
        if (
            tokens[i] not in _INVERTED_AUXILIARIES
            or tokens[i + 1] not in _INVERTED_PARTICIPLES
            or (i > 0 and tokens[i - 1] not in _BOUNDARY)
            or tokens[i + 2] not in _COMPLEMENT_OPENINGS
        ):
            continue
        for k in range(i + 3, min(len(tokens) - 1, i + 2 + _COMPLEMENT_REACH)):
            tok = tokens[k]
            if tok in _BOUNDARY or tok in _PEOPLE_PLURAL or tok in _PEOPLE_SINGULAR:
                break
            if _is_number_token(tok):
                if tokens[k + 1] in _PEOPLE_PLURAL:
                    # the verb goes right after the people: "... tres mineros resultaron heridos"
                    out[i : k + 2] = [*tokens[i + 2 : k + 2], tokens[i], tokens[i + 1]]
                    return out
                break
    return out


# (round twenty-eight) "Two workers were murdered and a miner died": after a clause and "and"
# / "while" / ";", "a" and one person with a verb of its own are a figure of one, as "one
# miner" is, so that the group adds to the one before
_A_JOINERS = _words("and while ;")

_ONE_PERSON_VERBS = _words("was died")


def _one_for_a_joined(tokens: list[str]) -> list[str]:
    return [
        "one"
        if tok in ("a", "an")
        and k < len(tokens) - 2
        and (
            k == 0
            or tokens[k - 1] in _SENTENCE_ENDS
            or tokens[k - 1] == ":"
            or (
                tokens[k - 1] in _A_JOINERS
                # (a clause before, not a person joined to this one: "A man and a woman died")
                and k >= 2
                and tokens[k - 2] not in _PEOPLE_SINGULAR
                and tokens[k - 2] not in _PEOPLE_PLURAL
            )
        )
        and tokens[k + 1] in _PEOPLE_SINGULAR
        and tokens[k + 2] in _ONE_PERSON_VERBS
        else tok
        for k, tok in enumerate(tokens)
    ]
