"""Spoken and form wording: victims as object pronouns ("lo mataron"), form fields and their
copulas, a field's tally of figures, and questions answered with a figure."""

from __future__ import annotations

from itertools import pairwise

from ._lexicon import (
    _AFTER_NUMBER,
    _ARTICLES,
    _BEFORE_NUMBER,
    _BOUNDARY,
    _DYING_VERBS,
    _NEGATIONS,
    _NUMBER_WORDS,
    _PEOPLE_PLURAL,
    _PEOPLE_SINGULAR,
    _SINGLE,
    _VERB_GAP,
    _Kind,
    _words,
)
from ._lists import _LIST_WORDS
from ._number_kind import _DETERMINERS, _KIDNAP_NOUNS, _THE_PLURAL
from ._numbers import _is_number_token, _Number
from ._rewrite import _KILLED_WORDS
from ._single_victim import _negated
from ._tokens import _DYING_PLURAL
from ._vocabulary import _CLITIC_VERB_WORDS, _CLITIC_VERBS

# The copulas of "ya son tres"
_COPULAS = _words("son eran fueron are were")

# (round twenty: "QEPD companero, te mataron por no pagar el cupo": the dead addressed)
_CLITICS = _words("lo la le los las les te")

_HELD_VERBS = _words(
    "amarraron encerraron amarrado encerrado encierran amarran maniatan maniataron ataron"
)

_SINGULAR_CLITICS = _words("lo la le te")

_TAKEN_AWAY = _words("llevaron llevan")

_CLITIC_AUX = _words("han ha habian habia hayan ya")

_POSSESSIVES = _words("mi mis su sus tu tus nuestro nuestra nuestros nuestras")

_PARTICIPLE_ENDINGS = ("ado", "ido")


def _clitic_victims(tokens: list[str]) -> dict[_Kind, int]:
    """Kinds stated by a victim verb whose object is a pronoun: one for "lo/la/le", for
    "los/las/les" the people named before it as objects ("a X y a Y"), each one, or their
    number ("a dos perforistas"); nothing for an unnumbered plural. Not negated ("no lo
    mataron"); a participle needs its auxiliary ("lo han matado"); "llevaron" needs "se" (taken
    away); beating, tying up or locking up in a story of deaths is how the dead were found."""
    found: dict[_Kind, int] = {}
    deaths = not _KILLED_WORDS.isdisjoint(tokens)
    # (the verbs are rarer than the pronouns: each verb looks back for its pronoun)
    for k in [k for k, tok in enumerate(tokens) if tok in _CLITIC_VERB_WORDS]:
        verb = tokens[k]
        aux = k >= 2 and tokens[k - 1] in _CLITIC_AUX
        i = k - 2 if aux else k - 1
        if i < 0 or tokens[i] not in _CLITICS:
            continue
        tok = tokens[i]
        kind = _CLITIC_VERBS[verb]
        if verb.endswith(_PARTICIPLE_ENDINGS) and not aux:
            continue
        if i > 0 and tokens[i - 1] in _NEGATIONS:
            continue
        # ("se lo llevaron" alone is read with its vehicle, see _taken_away_in_vehicle: "se lo
        # llevaron al hospital" is no kidnapping)
        if verb in _TAKEN_AWAY and (i == 0 or tokens[i - 1] != "se" or tok in _SINGULAR_CLITICS):
            continue
        # (in a story of deaths the beaten, tied or locked up one is most likely the dead)
        if deaths and (kind is _Kind.INJURED or verb in _HELD_VERBS):
            continue
        start = i - 1 if verb in _TAKEN_AWAY else i
        count = 1 if tok in _SINGULAR_CLITICS else _fronted_objects(tokens, start)
        if count:
            found[kind] = max(found.get(kind, 0), count)
    return found


# (round thirty-two) English: a verb of holding and "them" after it, its people a figure told
# before ("overpowered three security guards at a plant ..., tied them up and loaded ore")
_HOLDING_THEM = _words("tied bound locked handcuffed gagged held")
# (no arrest: "Police arrested three suspects and held them at the station")
_ARRESTS_EN = _words("arrested detained arrest police suspects custody")


def _held_them(tokens: list[str]) -> int:
    """How many "tied them up" / "locked them in" holds: the last figure of people before it in
    its sentence; 0 in a story of deaths (the bound are then most likely the dead)."""
    if not _KILLED_WORDS.isdisjoint(tokens):
        return 0
    held = 0
    for k, tok in enumerate(tokens[:-1]):
        if tok not in _HOLDING_THEM or tokens[k + 1] != "them":
            continue
        for j in range(k - 1, max(-1, k - _FRONTED_REACH), -1):
            if tokens[j] in _BOUNDARY or (tok == "held" and tokens[j] in _ARRESTS_EN):
                break
            if _is_number_token(tokens[j]) and any(
                t in _PEOPLE_PLURAL for t in tokens[j + 1 : j + 3]
            ):
                value = int(tokens[j]) if tokens[j].isdigit() else _NUMBER_WORDS.get(tokens[j], 0)
                held = max(held, value)
                break
    return held


_FRONTED_REACH = 18  # words back from the pronoun to its fronted objects, at most
_ASIDE_REACH = 6


def _fronted_objects(tokens: list[str], end: int) -> int:
    """How many people stand as objects before ``tokens[end]`` in its clause: each "a"/"al"
    with a person, a possessive and a word, or a count of people ("a dos perforistas")."""
    count = 0
    k = end
    while k > 0 and end - k < _FRONTED_REACH:
        k -= 1
        tok = tokens[k]
        # ((round twenty-nine) a bracketed aside is stepped over: "a los cuatro vigilantes de
        # una planta en Secocha (Camana), los encerro")
        if tok == ")":
            opening = k
            while opening > 0 and tokens[opening] != "(" and k - opening < _ASIDE_REACH:
                opening -= 1
            if tokens[opening] == "(":
                k = opening
                continue
        # (the verb of a clause before ends the objects: "al operador lo mataron, y a dos
        # perforistas se los llevaron")
        if tok in _BOUNDARY or tok in _CLITIC_VERBS or tok in _BEFORE_NUMBER:
            break
        if tok not in ("a", "al") or k + 1 >= end:
            continue
        nxt = tokens[k + 1]
        # (round twelve) "redujeron a los cuatro vigilantes de turno y los encerraron"
        the = nxt in _THE_PLURAL and k + 3 <= end and _is_number_token(tokens[k + 2])
        if the:
            nxt = tokens[k + 2]
        if _is_number_token(nxt) and nxt not in _ARTICLES and k + 2 + the <= end:
            value = _NUMBER_WORDS.get(nxt) or (int(nxt) if nxt.isdigit() else 0)
            # ((round twenty-three) or the figure alone right before the pronoun: "a los tres
            # los encerraron en el laboratorio")
            alone = the and k + 2 + the == end
            count += value if alone or tokens[k + 2 + the] in _PEOPLE_PLURAL else 0
        elif (
            nxt in _PEOPLE_SINGULAR
            or nxt in _POSSESSIVES
            or (nxt in _DETERMINERS and k + 2 < end and tokens[k + 2] in _PEOPLE_SINGULAR)
        ):
            count += 1
    return count


# The singular dying verbs (English "died" and "perished" serve both numbers)
_DYING_SINGULAR = _DYING_VERBS - _words("died perished")


_OWN_AUXILIARIES = _words("resulto quedo resulta queda")


def _own_auxiliary_after(tokens: list[str], number: _Number) -> bool:
    """Whether one person and a singular auxiliary of their own follow ``number`` ("un
    vigilante resulto herido")."""
    after = tokens[number.end : number.end + 2]
    return len(after) == 2 and after[0] in _PEOPLE_SINGULAR and after[1] in _OWN_AUXILIARIES


def _dying_verb_before(tokens: list[str], number: _Number) -> bool:
    """A dying verb right before ``number`` ("Fallecen dos", "murieron los 3")."""
    for tok in reversed(tokens[max(0, number.start - 3) : number.start]):
        if tok in _DYING_PLURAL:
            # (round twenty) "Un minero murio, dos resultaron heridos": a singular verb is
            # the clause before's, never the verb of two or more; (round twenty-six) nor of
            # one person with an auxiliary of their own, "el conductor murio, un vigilante
            # resulto herido"
            if tok in _DYING_SINGULAR:
                return number.value == 1 and not _own_auxiliary_after(tokens, number)
            return True
        # ("A worker died and three others were injured": the verb of the clause before)
        if tok not in _VERB_GAP or tok in ("y", "e", "and"):
            return False
    return False


def _form_field(tokens: list[str], number: _Number) -> _Kind | None:
    """The kind of an incident form's field the number fills: "Muertos: 2", "Injuries: 1"."""
    # (round ten) "Casualties: KIA 0 / WIA 2": the abbreviated field right before its figure
    # ((round thirty-one) not one whose own figure stands before it: "Hostile: 2 KIA, 3
    # detained")
    if (
        number.start >= 1
        and tokens[number.start - 1] in _FIELD_ABBREVIATIONS
        and not (number.start >= 2 and tokens[number.start - 2].isdigit())
    ):
        return _AFTER_NUMBER[tokens[number.start - 1]]
    if number.start < 2 or tokens[number.start - 1] != ":":
        return None
    field = tokens[number.start - 2]
    # ("Personal herido: 4": a singular field after a collective noun)
    if field in _SINGLE and (number.start < 3 or tokens[number.start - 3] not in _COLLECTIVES):
        return None
    # ((round thirty-one) not a field of what came without harm: "Incidentes sin lesion: 3")
    if number.start >= 3 and tokens[number.start - 3] in ("sin", "without"):
        return None
    return _AFTER_NUMBER.get(field)


def _held_victims_field(tokens: list[str], number: _Number) -> bool:
    """(round thirty-two) Whether ``number`` fills the victims' field of a kidnapping's form, no
    death in it: its victims are the held ("Ficha de incidente - Secuestro de operadores.
    Victimas: 2", "Type: abduction. Victim: 1"), not the dead "victimas" alone would be."""
    return (
        number.start >= 2
        and tokens[number.start - 1] == ":"
        and tokens[number.start - 2] in _VICTIM_FIELDS
        and not _KIDNAP_NOUNS.isdisjoint(tokens[: number.start])
        and _DEATH_WORDS.isdisjoint(tokens)
    )


_VICTIM_FIELDS = _words("victimas victima victims victim")
_DEATH_WORDS = _KILLED_WORDS - _VICTIM_FIELDS  # ("victimas" itself is one)

_COLLECTIVES = _words("personal total numero staff")

_FIELD_ABBREVIATIONS = _words("kia wia")


def _after_copula(tokens: list[str], number: _Number) -> _Kind | None:
    """The kind of a plural casualty word a few words before "son/eran N" ("Muertos en Pataz ya
    son tres", "Mineros hallados muertos: eran tres trabajadores")."""
    if number.start == 0 or tokens[number.start - 1] not in _COPULAS:
        return None
    # (round ten: the subject may be long, "las personas fallecidas en el enfrentamiento
    # registrado en el nivel 1900 fueron cuatro")
    for j in range(number.start - 2, max(-1, number.start - 20), -1):
        tok = tokens[j]
        if tok in _BOUNDARY and tok != ":":
            return None
        if tok in _AFTER_NUMBER and tok not in _SINGLE and not _negated(tokens, j):
            return _AFTER_NUMBER[tok]
    return None


# "Heridos reportados: 6 policias, 3 manifestantes", "Lesionados: 4 agentes de seguridad
# (contusiones) y 2 policias (uno con herida en la cabeza)": a plural casualty field (up to
# two words before its colon) followed by two or more figures of people, each with its people
# word, asides in brackets stepped over; the figures add up.
_TALLY_FIELD_WORDS = 3  # the casualty word and at most two more before the colon

# Words of a complement between one item and the next, at most. Twelve, not the four once
# written: a field ends at its stop anyway, and an item may carry a long complement ("Heridos:
# 3 policias de la comisaria sectorial de Chala y 2 vigilantes" is 5; four words read 3). Four
# changed no development item nor any of the 25,084 texts of bench/severity_speed.py.
_FIELD_TALLY_GAP = 12

_TALLY_STOPS = frozenset(".;:!?")

_POLICE_ABBREVIATIONS = _words("pnp")


def _tally_figure(tok: str) -> int | None:
    if tok.isdigit():
        return int(tok)
    return _NUMBER_WORDS.get(tok)


def _field_tally(tokens: list[str]) -> dict[_Kind, int]:
    found: dict[_Kind, int] = {}
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok != ":":
            continue
        kind = None
        for k in range(i - 1, max(-1, i - 1 - _TALLY_FIELD_WORDS), -1):
            if tokens[k] in _BOUNDARY:
                break
            if tokens[k] in _LIST_WORDS and not _negated(tokens, k):
                kind = _AFTER_NUMBER.get(tokens[k])
                break
        if kind is None:
            continue
        items: list[int] = []
        j, gap = i + 1, 0
        while j < n and tokens[j] not in _TALLY_STOPS and gap <= _FIELD_TALLY_GAP:
            if tokens[j] == "(":  # an aside: "(contusiones)"
                close = tokens.index(")", j) if ")" in tokens[j:] else n
                j = close + 1
                continue
            figure = _tally_figure(tokens[j])
            if figure is not None and j + 1 < n:
                people = tokens[j + 1]
                # ((round twenty-four) a modifier before the noun, "1 company driver", and
                # "6 PNP", police)
                modified = (
                    people not in _PEOPLE_PLURAL
                    and people not in _PEOPLE_SINGULAR
                    and j + 2 < n
                    and people.isalpha()
                    and (tokens[j + 2] in _PEOPLE_PLURAL or tokens[j + 2] in _PEOPLE_SINGULAR)
                )
                if modified:
                    people = tokens[j + 2]
                if (
                    people in _PEOPLE_PLURAL
                    or people in _POLICE_ABBREVIATIONS
                    or (figure == 1 and people in _PEOPLE_SINGULAR)
                ):
                    items.append(figure)
                    j, gap = j + 2 + modified, 0
                    continue
                break  # a figure of something else: no tally
            j += 1
            gap += 1
        if len(items) >= 2:
            found[kind] = max(found.get(kind, 0), sum(items))
    return found


# "¿Hay heridos? Sí, uno", "¿Hubo heridos? SÍ (1, vigilante)", "Reportero: ¿Hay heridos?
# Trabajador: Sí, uno": a question about a plural casualty word answered by a figure states
# that figure (an answer "No" or a bare "Sí" states none).
_ASKING = _words("hay hubo habia habian any cuantos cuantas many")

# at most this many words of a speaker's label before its ":" ((round twenty-four)
# "Respuesta del jefe de guardia: Si, cuatro operarios")
_ANSWER_LABEL = 5


def _answered_questions(tokens: list[str]) -> dict[_Kind, int]:
    found: dict[_Kind, int] = {}
    for i, tok in enumerate(tokens):
        if tok == "?":
            start = i
            while start > 0 and tokens[start - 1] not in _BOUNDARY and i - start < _QUESTION_WORDS:
                start -= 1
            question = tokens[start:i]
        elif (
            tok == ":"
            and i > 0
            and (
                tokens[i - 1] in _ANSWERING
                # ((round twenty-nine) or "told reporters:", "dijo a la prensa:")
                or (i > 1 and tokens[i - 2] in _TELLING)
                or (i > 3 and tokens[i - 4] in _TELLING and tokens[i - 3] == "a")
            )
        ):
            # (round twenty-four) "Asked how many people were killed, Colonel Rios said:
            # 'Three, all of them guards'": a question told, then its answer
            # ((round thirty-two) past a semicolon too: "central pregunta si hay heridos;
            # garita responde: si, dos, leves")
            start = i
            while (
                start > 0
                and (tokens[start - 1] not in _BOUNDARY or tokens[start - 1] == ";")
                and i - start < _TOLD_WORDS
            ):
                start -= 1
            question = tokens[start:i]
            if _TOLD_QUESTION.isdisjoint(question):
                continue
        else:
            continue
        kind = next(
            (
                _AFTER_NUMBER.get(w, _Kind.KIDNAPPED)
                for w in reversed(question)
                # ((round thirty-two) "Q: Are any of our staff being held? A: Yes, three")
                if (w in _AFTER_NUMBER and w not in _SINGLE) or w in _HELD_ASKED
            ),
            None,
        )
        # ((round twenty-nine) or the question's taking verb: "¿Cuantos se llevaron?")
        if kind is None and any(a == "se" and b in _TAKING_VERBS for a, b in pairwise(question)):
            kind = _Kind.KIDNAPPED
        # a question asks ("¿Hay heridos?", "How many were killed?") or is short ("Q:
        # Wounded?", "¿Y los secuestrados?")
        if kind is None or (_ASKING.isdisjoint(question) and len(question) > _SHORT_QUESTION):
            continue
        j = opened = i + 1
        # ((round thirty-two) a form's colon after its question, "¿Heridos?: Sí, 1 (vigilante
        # ...)", and the narrator's clause of who asked whom, "'¿Hay heridos, comandante?', le
        # pregunto la radio local al comisario. 'Si, dos trabajadores ...'")
        if tokens[j : j + 1] == [":"] and tok == "?":
            j += 1
        elif tok == "?" and _ASKED.intersection(tokens[j : j + 2]):
            while j < len(tokens) and j < i + _ASKED_CLAUSE and tokens[j] not in _BOUNDARY:
                j += 1
            j = opened = j + 1
        # ((round twenty-four) a log's clock time before the answer, "17:32 h Patrulla 1: Si,
        # dos", is no figure of it; (round thirty-two) nor a chat's, in brackets: "[21:04]
        # Shift lead: Three, all contractor staff")
        bracket = tokens[j : j + 1] == ["["]
        if (
            tokens[j + bracket : j + bracket + 1] != []
            and tokens[j + bracket].isdigit()
            and tokens[j + bracket + 1 : j + bracket + 2] == [":"]
            and tokens[j + bracket + 2 : j + bracket + 3] != []
            and tokens[j + bracket + 2].isdigit()
        ):
            j += bracket + 3 + (tokens[j + bracket + 3 : j + bracket + 4] == ["h"])
            j += tokens[j : j + 1] == ["]"]
            opened = j
        # (a speaker's label: "Trabajador: Sí, uno", "A: Three confirmed")
        label = tokens[j : j + _ANSWER_LABEL + 1]
        if (
            ":" in label
            and label.index(":") > 0
            and not label[0].isdigit()
            # ((round twenty-seven) not the answer itself before its detail: "¿Hay heridos? Si,
            # uno: el vigilante del porton")
            and label[0] not in ("si", "yes")
            and (label[0] not in _NUMBER_WORDS or label[0] in _ARTICLES)
            and not _BOUNDARY.intersection(label[: label.index(":")])
        ):
            j += label.index(":") + 1
        while j < len(tokens) and j < opened + _ANSWER_LABEL + 3 and tokens[j] in _ANSWER_OPENERS:
            j += 1
        answer = tokens[j] if j < len(tokens) else ""
        value = int(answer) if answer.isdigit() else _NUMBER_WORDS.get(answer, 0)
        if 0 < value < 1000:
            found[kind] = max(found.get(kind, 0), value)
    return found


_QUESTION_WORDS = 14  # (round twenty-five: "How many people died in last night's attack on ...?")

# (a question told: "asked how many were killed, he said:", "preguntado cuantos murieron,
# respondio:")
_ANSWERING = _words("said answered replied dijo respondio contesto responde contesta")
_TOLD_QUESTION = _words("asked preguntado preguntada pregunta")
_TOLD_WORDS = 22
_TELLING = _words("told dijo declaro")

_TAKING_VERBS = _words("llevaron llevan llevo")

_HELD_ASKED = _words("held")

# (a narrator's "le pregunto la radio local al comisario" after a quoted question)
_ASKED = _words("pregunto preguntaron asked")
_ASKED_CLAUSE = 12

_SHORT_QUESTION = 3

_ANSWER_OPENERS = _words(
    "si yes son eran fueron are were a ( "
    # (round twenty-four: "—Hasta ahora cuatro", "So far, three", "Por ahora dos")
    "hasta ahora por so far"
)


# (round twenty-four) A SITREP's sides: "Friendly: 0 KIA, 1 WIA (guard). Hostile: 1 WIA",
# "Own casualties: 1 x KIA, 2 x WIA. Hostile: 1 x KIA": attackers count as anyone (the guide),
# so each kind adds up over the sides.
_SIDES = _words("friendly own hostile enemy propios atacantes")


def _sides_tally(
    tokens: list[str], counted: list[tuple[_Number, _Kind | None]]
) -> dict[_Kind, int]:
    """Per kind, the sum of its largest figure in each side's section of a form, where two
    sections or more state it; empty otherwise."""
    starts = [
        k
        for k, tok in enumerate(tokens[:-1])
        if tok in _SIDES and (tokens[k + 1] == ":" or tokens[k + 1 : k + 3] == ["casualties", ":"])
    ]
    if len(starts) < 2:
        return {}
    bounds = [*starts, len(tokens)]
    per_side: list[dict[_Kind, int]] = []
    for start, end in pairwise(bounds):
        side: dict[_Kind, int] = {}
        for number, kind in counted:
            if kind is not None and start < number.start < end:
                side[kind] = max(side.get(kind, 0), number.value)
        per_side.append(side)
    found: dict[_Kind, int] = {}
    for kind in {kind for side in per_side for kind in side}:
        values = [side[kind] for side in per_side if side.get(kind)]
        if len(values) >= 2:
            found[kind] = sum(values)
    return found
