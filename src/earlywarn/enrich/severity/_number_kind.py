"""The kind of casualty a number counts: whether it counts people at all, the casualty word
after it (``_forward``) or before it (``_backward``), an updated toll, and the places,
instruments and surnames a reading steps over."""

from __future__ import annotations

import re

from ._lexicon import (
    _AFTER_NUMBER,
    _ARTICLES,
    _BEATING,
    _BEFORE_NUMBER,
    _BODY_NOUNS,
    _BOUNDARY,
    _CLAUSE_JOINS,
    _CLOCK_BEFORE_LAS,
    _DEATH_AFTER_KIDNAP,
    _DYING_VERBS,
    _FILLER,
    _LABEL_NOUNS,
    _LABEL_PLURALS,
    _MAX_GAP,
    _MONTHS,
    _NEGATIONS,
    _NONE_WORDS,
    _NOT_PEOPLE_AFTER,
    _NOT_PEOPLE_BEFORE,
    _NUMBER_WORDS,
    _OF_THE_WHOLE,
    _PEOPLE_PLURAL,
    _PEOPLE_SINGULAR,
    _PERPETRATORS,
    _PERSON_AUX,
    _SENTENCE_ENDS,
    _SINGLE,
    _SINGLE_VERBS,
    _TIED,
    _TOLL,
    _TOLL_WINDOW,
    _VERB_GAP,
    _WOUND_OF,
    _Kind,
    _words,
)
from ._numbers import (
    _AND,
    _DEFINITE,
    _MULTIPLES,
    _ORDINALS,
    _PARTICIPLE_ENDINGS,
    _RANGE_JOINS,
    _is_number_token,
    _is_partitive_whole,
    _measure_length,
    _Number,
    _partitive_length,
    _people_or_casualty,
    _sentence_bounds,
    _unit_of_measure,
)
from ._phrases import _PROJECTILES
from ._rewrite import _DISEASES, _KILLED_WORDS, _STATE_VERBS, _TREATED, _VEHICLES
from ._tokens import _AMONG_THEM, _AUXILIARIES, _NAME_STOPS
from ._vocabulary import _CASUALTY_WORDS

# Digits after "de" that are ages: a list of them ending in "anos", or one before a name's end
# ("de 32 fueron encontrados" has lost its comma; "de 32 mineros" goes on to people)
_DIED_ONE_ES = _words("murio fallecio muere fallece")

# (round nineteen: the headline's present, "Guard wounded in Chala plant raid dies")
_DIED_ONE = _DIED_ONE_ES | _words("died dies")

_THEM = _words("ellos ellas them")

# (nouns that qualify English people: "13 mine security workers", "two contract drillers")
_QUALIFIERS_EN = _words(
    "mine mining security private contract company site "
    # (round twenty-six: "the massacre of 10 artisanal miners", "informal miners")
    "artisanal informal illegal local"
)

# (letters that are no word before a digit: codes of vehicles, units and posts)
_CODE_LETTERS = frozenset("bcdfghjklmpqrtvwz")

_AGES_AFTER_DE = re.compile(
    r"^\d{2}(?: \d{2})*(?: y \d{2})? anos\b|^\d{2} (?:fueron|fue|y su)\b"
    # (round seventeen) "Rony Vilchez, de 19, murio", "su hermano Efrain, de 30, resulto herido"
    r"|^\d{2} (?:murio|fallecio|resulto|quedo|sigue|permanece)\b"
)

# ("the murder of two miners", "the deaths of three guards" are counts too)
# ((round twenty-nine) and "the body of one of the four miners abducted")
_OF_THE_DEAD = _words("bodies remains murder murders killing killings deaths body")

_MERIDIEM = [["a", ".", "m"], ["p", ".", "m"]]

_AGE_WORDS = _words("aged ages edades")


_SHOTS = _PROJECTILES | _words(
    "tiros punaladas cuchilladas machetazos impactos shots bullets rounds stab"
)

_CLOCK_BEFORE = _words("at until till hasta desde")

# Words a log entry's time follows: "SITREP 1630", "UPDATE 1800", "Parte 0300"
_LOG_HEADS = _words(
    "update updates sitrep flash parte log handover novedad actualizacion reporte report entry"
)


def _is_clock_time(tok: str) -> bool:
    """Whether four digits read as a time of day (HHMM)."""
    return int(tok[:2]) < 24 and int(tok[2:]) < 60


def _opens_log_entry(tokens: list[str], start: int) -> bool:
    """Whether the figure at ``start`` opens its sentence or follows a log's heading word."""
    return start == 0 or tokens[start - 1] in _BOUNDARY or tokens[start - 1] in _LOG_HEADS


_AGE_LIST_JOINS = _words("to and a y between entre")

_AGE_LIST_REACH = 8


def _in_list_of_ages(tokens: list[str], start: int) -> bool:
    """Whether the digits at ``start`` continue a list or range of ages after "aged"."""
    k = start - 1
    while k >= max(0, start - _AGE_LIST_REACH) and (
        tokens[k].isdigit() or tokens[k] in _AGE_LIST_JOINS
    ):
        k -= 1
    return 0 <= k < start - 1 and tokens[k] in _AGE_WORDS


_PLURAL_AFTER_AGE = _words(
    "murieron fallecieron resultaron quedaron siguen permanecen fueron volvian viajaban "
    "asesinados asesinadas heridos heridas baleados baleadas secuestrados secuestradas"
)

_AGE_BEFORE_REACH = 12  # words back from a second age to the first one's "de 25 anos"


def _age_given_before(tokens: list[str], end: int) -> bool:
    """Whether "de", digits and "anos" stand in the words before ``end`` (one clause)."""
    for k in range(end - 1, max(1, end - _AGE_BEFORE_REACH), -1):
        if tokens[k] in _BOUNDARY:
            return False
        if tokens[k] == "anos" and tokens[k - 1].isdigit() and tokens[k - 2 : k - 1] == ["de"]:
            return True
    return False


_ABOUT = _words("approx aprox about around circa")


_EACH = _words("cada every")


_ONES_VERBS = [[word] for word in _words("died dies was is murio fallecio fue")]

# ((round twenty-seven) and after each of several names: "Juan Huaman, 38, and Elmer Rojas,
# 26, were shot dead")
_AFTER_AN_AGE_OF_NAMED = _ONES_VERBS + [
    [word] for word in _words("and y were fueron murieron fallecieron have had han")
]


_FROM_A_PLACE = [["from"], ["on"], ["at"], ["desde"], ["en"]]


def _is_count_of_people(tokens: list[str], number: _Number) -> bool:
    """False for years, money, weights, dates, kilometre posts, hours, calibres and ages."""
    tok = tokens[number.start]
    # (round twenty-seven) "la produccion de toda una quincena": a fortnight, not fifteen
    # people ("una quincena de trabajadores" is)
    if tokens[number.end - 1] == "quincena" and not (
        tokens[number.end : number.end + 1] == ["de"]
        and tokens[number.end + 1 : number.end + 2] != []
        and tokens[number.end + 1] in _PEOPLE_PLURAL
    ):
        return False
    # (round twenty-six) "solo en una de cada cinco muertes hay un detenido", "one in every
    # five": a ratio's figures count no one
    if number.start > 0 and tokens[number.start - 1] in _EACH:
        return False
    # (round twenty-two) "los dejaron amarrados en un descampado": after "en", "un" is an
    # article of a place unless a person follows
    # ((round thirty-one) and after "dentro de", "fuera de", "inside": "secuestrados dentro de
    # un socavon")
    if (
        tok in _ARTICLES
        and number.start > 0
        and (
            tokens[number.start - 1] in ("en", "durante", "inside", "outside", "near")
            or (
                tokens[number.start - 1] == "de"
                and tokens[number.start - 2 : number.start - 1] in (["dentro"], ["fuera"])
            )
        )
        and tokens[number.end : number.end + 1] != []
        and tokens[number.end] not in _PEOPLE_SINGULAR
    ):
        return False
    if tok[0].isdigit():
        if len(tok) == 4 and 1900 <= number.value <= 2100:
            return False
        if number.value > 5000:
            return False
        # "The guard, 45, was shot": digits right after one person are an age
        if number.start > 0 and tokens[number.start - 1] in _PEOPLE_SINGULAR:
            return False
        # ((round twenty-six) and after a full name before one person's verb: "Alejandro
        # Ticona, 37, died in Camana hospital")
        if (
            number.start > 1
            and 15 <= number.value <= 99
            and _surname(tokens[number.start - 1])
            # ((round twenty-seven) or one surname after the person: "El ingeniero Ccori, 45,
            # fallecio")
            and (_surname(tokens[number.start - 2]) or tokens[number.start - 2] in _PEOPLE_SINGULAR)
            and tokens[number.end : number.end + 1] in _AFTER_AN_AGE_OF_NAMED
        ):
            return False
        # (round twenty-two) "male, approx. 30, brought in dead": an estimated age
        if (
            number.start > 1
            and tokens[number.start - 1] in _ABOUT
            and tokens[number.start - 2] in _PEOPLE_SINGULAR
        ):
            return False
        # (round twelve) "killed at about 4 a.m.", "at 11 p.m.": a clock time
        if tokens[number.end : number.end + 3] in _MERIDIEM:
            return False
        # "nivel 1 900": the second group of a number written with a space
        if number.start > 0 and len(tok) == 3 and tokens[number.start - 1].isdigit():
            return False
        # "found at 0610", "at 2235": a clock time written as four digits (field logs); (round
        # ten) "Nv. 1600", "released 1600": four digits count only before people or a casualty
        # word ("1600 heridos")
        if len(tok) == 4 and (
            tok[0] == "0"
            # (round nineteen: "held in the dining tent until 1640")
            or (number.start > 0 and tokens[number.start - 1] in _CLOCK_BEFORE)
            # ((round twenty-seven) a log entry's time: "UPDATE 1800 miners taken from ...",
            # "1410 of the eight drillers at Platform 3, half were taken")
            # (not before its word of the dead or hurt: "Parte: 1600 heridos en la marcha";
            # (round twenty-seven) a release is the log's event, "1730 released after phone
            # call with manager")
            or (
                _is_clock_time(tok)
                and _opens_log_entry(tokens, number.start)
                and _AFTER_NUMBER.get(tokens[number.end] if number.end < len(tokens) else "")
                in (None, _Kind.KIDNAPPED)
            )
            or not _people_or_casualty(tokens, number.end)
        ):
            return False
        # (round seventeen) "The workers, aged 22 to 45, were forced": the upper age of a range;
        # (round nineteen) and every age of a list, "aged 22, 30 and 47", "aged between 22 and
        # 47"
        if _in_list_of_ages(tokens, number.start):
            return False
        # "de 23, 27 y 31 años", "su hijo Henry, de 32, fue...": ages after "de", the comma
        # gone; a count after "de" goes on to its people
        if (
            number.start > 0
            and tokens[number.start - 1] == "de"
            and _AGES_AFTER_DE.match(" ".join(tokens[number.start : number.start + 6]))
        ):
            return False
        # ((round twenty-seven) and after a name, before the harm: "Rosa Condori Apaza, de 38,
        # con fractura de brazo")
        if (
            number.start > 1
            and 15 <= number.value <= 99
            and tokens[number.start - 1] == "de"
            and _surname(tokens[number.start - 2])
            and tokens[number.end : number.end + 1] == ["con"]
        ):
            return False
        # (round twenty) "Felipe Ramos, de 25 anos, y Wilson Cruz, de 30, murieron": the
        # second age of a pair, its "anos" left to the first
        if (
            number.start > 0
            and tokens[number.start - 1] == "de"
            and tokens[number.end : number.end + 1]
            # ((round twenty-three) or people in apposition after it: "Javier Huaman, de 25
            # anos, y su hermano Ronaldo, de 22, mineros artesanales, fueron asesinados")
            and (
                tokens[number.end] in _PLURAL_AFTER_AGE
                or (
                    tokens[number.end] in _PEOPLE_PLURAL
                    # (not their own casualty word: "la marcha de 30 mineros heridos")
                    and tokens[number.end + 1 : number.end + 2] != []
                    and tokens[number.end + 1] not in _AFTER_NUMBER
                )
            )
            and _age_given_before(tokens, number.start - 1)
        ):
            return False
    # "the bodies of four workers" is a count; "the age of 25" is not
    bodies_of = (
        number.start > 1
        and tokens[number.start - 1] == "of"
        and tokens[number.start - 2] in _OF_THE_DEAD
    )
    before = tokens[number.start - 1] if number.start > 0 else ""
    after = tokens[number.end] if number.end < len(tokens) else ""
    # "ninguno de los 40 trabajadores resulto herido", "none of the 12 miners": nobody
    if (
        # ((round twenty-nine) and a possessive: "none of its 80 workers on site had been hurt")
        before in ("los", "las", "the", "its", "their", "sus")
        and number.start >= 3
        and tokens[number.start - 3] in _NONE_WORDS
        and tokens[number.start - 2] in ("de", "of")
    ):
        return False
    # (round nineteen) "asesinaron de cinco balazos a un acopiador", "shot him three times":
    # a figure of shots or blows, not of people
    if after in _SHOTS:
        return False
    # (round fifteen) "Siete vecinos, entre ellos cuatro ninos": a part of a whole already counted
    if (
        number.start >= 2
        and tokens[number.start - 1] in _THEM
        and tokens[max(0, number.start - 2) : number.start] in _AMONG_THEM
    ):
        return False
    # ("Rescatan a las tres trabajadoras", "Patrulla 3 informa", "en la garita, 2 heridos": people
    # or a casualty word after the number make it a count)
    people_follow = after in _PEOPLE_PLURAL or after in _AFTER_NUMBER
    # ((round twenty-five) past the nouns that qualify people: "the massacre of 13 mine
    # security workers")
    if not people_follow and after in _QUALIFIERS_EN:
        rest = [tok for tok in tokens[number.end : number.end + 3] if tok not in _QUALIFIERS_EN]
        people_follow = rest[:1] != [] and rest[0] in _PEOPLE_PLURAL
    if before == "las":
        if (
            number.start >= 2
            and tokens[number.start - 2] in _CLOCK_BEFORE_LAS
            and not people_follow
        ):
            return False
    elif (
        (
            before in _NOT_PEOPLE_BEFORE
            and not bodies_of
            and tok not in _MULTIPLES  # "autor del triple crimen"
            # "Status of 2 abducted surveyors"; "hace 1 hora, 3 heridos" (the unit of a measure
            # before, whose comma is gone): people or a casualty word follow
            # ((round twenty-six) or an English possessive's "s": "the plant owner's two sons")
            and not (
                people_follow
                and (before in ("of", "s") or _unit_of_measure(tokens, number.start - 1))
            )
        )
        or (
            before in _LABEL_NOUNS
            and tok[0].isdigit()
            # ((round twenty-one) "Nv. 3100, trasladados a la posta": a label's figure in the
            # hundreds or thousands is the label even where a casualty word follows)
            and (
                not people_follow
                or number.value >= 100
                # ((round thirty) or where the label is a place someone came from or was at:
                # "brought by co-workers from Level 3 with gunshot wound")
                or tokens[number.start - 2 : number.start - 1] in _FROM_A_PLACE
            )
        )
    ):
        return False
    # (round twenty-five) "el cargador C-3", "la unidad K9", "camion T-14": a digit after a
    # lone letter is a code (not "a 3 mineros", "y 2 heridos", "x 2")
    # ((round thirty-two) not the "h" of a clock time before a figure: "Desde las 04:00 h 12
    # perforistas permanecen retenidos")
    if (
        before in _CODE_LETTERS
        and tok[0].isdigit()
        and not (before == "h" and number.start > 1 and tokens[number.start - 2].isdigit())
    ):
        return False
    # (round fifteen) "el ataque a la balsa 5 murio uno": a singular verb after a label's digit
    # makes it the label ("en la garita, 2 heridos" still counts)
    if before in _LABEL_NOUNS and tok[0].isdigit() and number.value > 1 and after in _DIED_ONE_ES:
        return False
    # "April 26": a date
    if before in _MONTHS and tok[0].isdigit():
        return False
    # (round eleven) "The driller, 32, who was killed": a singular relative after digits
    # makes them one person's age
    if tok[0].isdigit() and (
        tokens[number.end : number.end + 2] in _SINGULAR_RELATIVES
        or (number.value > 1 and after in _SINGULAR_VERBS)
    ):
        return False
    # (round eleven) "released 14:30": the hour of a clock time
    minutes = tokens[number.end + 1] if number.end + 1 < len(tokens) else ""
    if tok[0].isdigit() and after == ":" and len(minutes) == 2 and minutes.isdigit():
        return False
    # (round eleven) "cuatro trabajadores del tajo 7 retenidos": the label of a place the
    # people before it belong to, even before a casualty word
    if (
        before in _LABEL_NOUNS
        and tok[0].isdigit()
        and number.start >= 3
        and tokens[number.start - 2] in ("del", "de")
        and not _PEOPLE_PLURAL.isdisjoint(tokens[max(0, number.start - 6) : number.start - 2])
    ):
        return False
    # "madre de 6 hijos": a complement of one person, not the victims
    if (
        before in ("de", "del")
        and number.start >= 2
        and tokens[number.start - 2] in _PEOPLE_SINGULAR
    ):
        return False
    # ((round twenty-five) "dos ingenieros de una minera y a su chofer": "una" of a complement
    # of people, no one more)
    if (
        before == "de"
        and tok in ("un", "una")
        and number.start >= 2
        and tokens[number.start - 2] in _PEOPLE_PLURAL
    ):
        return False
    # "volquetes 11 y 12", "garitas 2 y 3": the second label of a pair
    if before in _AND and tok[0].isdigit() and number.start >= 3:
        label = tokens[number.start - 3]
        if tokens[number.start - 2][0].isdigit() and (
            label in _NOT_PEOPLE_BEFORE or label in _LABEL_NOUNS or label in _LABEL_PLURALS
        ):
            return False
    if after in _NOT_PEOPLE_AFTER or after in _MONTHS or after in _ANIMALS:
        return False
    # ((round twenty-nine) "About 200 dead fish counted along the bank": animals past the word)
    if (
        after in _AFTER_NUMBER
        and number.end + 1 < len(tokens)
        and tokens[number.end + 1] in _ANIMALS
    ):
        return False
    # ((round twenty-nine) "sepulto una decena de viviendas": a collective of things)
    if (
        after == "de"
        and number.end - number.start > 1
        and tokens[number.end - 1] in _COLLECTIVE_NOUNS
        and number.end + 1 < len(tokens)
        and tokens[number.end + 1] in _NOT_PEOPLE_AFTER
    ):
        return False
    # (round twenty-five) "dos de sus cuatro patas presentan cortes": a part of things
    whole = tokens[number.end : number.end + 4]
    if whole[:2] in (["de", "sus"], ["de", "los"], ["de", "las"], ["of", "the"], ["of", "its"]):
        nouns = [tok for tok in whole[2:] if not _is_number_token(tok)]
        if nouns and (nouns[0] in _NOT_PEOPLE_AFTER or nouns[0] in _ANIMALS):
            return False
    # (round twenty-four) "el cadaver ... con dos heridas por PAF en la cabeza": wounds on
    # someone, not people
    if before == "con" and after in _WOUNDS_COUNTED:
        return False
    # (round twenty-four) "2 supply trucks held at km 14", "3 contractor vehicles": a modifier,
    # then a vehicle or a machine
    if (
        after.isalpha()
        and after not in _AFTER_NUMBER
        and after not in _PEOPLE_PLURAL
        and after not in _PEOPLE_SINGULAR
        and tokens[number.end + 1 : number.end + 2] != []
        and tokens[number.end + 1] in _THINGS
    ):
        return False
    # (round ten) "3 000 truchas": thousands written with a space, never a casualty count
    if tok[0].isdigit() and len(after) == 3 and after.isdigit():
        return False
    # "El 3er vigilante", "the 2nd guard": an ordinal written with digits
    if after in _ORDINAL_SUFFIXES and tok[0].isdigit():
        return False
    # "de 17 y 19 años": the first number shares the unit of the second
    if after in _RANGE_JOINS and _measure_length(tokens, number.end + 1) == 2:
        return False
    # "10:15 se confirma un fallecido": minutes of a clock time (two digits: "bocamina 3: 2
    # trabajadores fallecidos" is a label, then a count)
    if (
        before == ":"
        and tok[0].isdigit()
        and len(tok) == 2
        and number.start > 1
        and tokens[number.start - 2][0].isdigit()
        # ((round twenty-four) "Nivel 2200: 02 trabajadores": a label's number, not an hour;
        # (round twenty-six) with its people right after it, not "gate 20:15 the third guard")
        and not (
            number.start > 2
            and tokens[number.start - 3] in _LABEL_NOUNS
            and _people_or_casualty(tokens, number.end)
        )
    ):
        return False
    # "bocamina nivel 2, vigilante herido": several people take a plural noun (round eleven:
    # a noun before the plural one is its modifier, "3 contractor employees")
    if (
        number.value > 1
        and (after in _PEOPLE_SINGULAR or after in _SINGLE)
        and tokens[number.end + 1 : number.end + 2] not in _PLURAL_HEAD
        # (round twenty) "Two contractor security guards": two modifiers before the head
        and not (
            tokens[number.end + 2 : number.end + 3] in _PLURAL_HEAD
            and tokens[number.end + 1].isalpha()
            and tokens[number.end + 1] not in _AND
        )
    ):
        return False
    # "presentaba 2 heridas de bala": wounds on one body, not injured people
    if after in ("heridas", "herida") and tokens[number.end + 1 : number.end + 3] in _WOUND_OF:
        return False
    # "13 de agosto", "el 5 de mayo del 2024"
    return not (
        after == "de" and number.end + 1 < len(tokens) and tokens[number.end + 1] in _MONTHS
    )


_ORDINAL_SUFFIXES = _words("er ero era ro ra do da to ta vo va mo ma no na th st nd rd")

_SINGULAR_RELATIVES = [["who", "was"], ["who", "is"], ["who", "has"], ["quien", "fue"]]

# ("Ccapa, 41, was stabbed to death": a singular verb right after digits, which a count of
# several people would not take)
_SINGULAR_VERBS = _words("was is has")

# ((round twenty-three) any plural of people: "Three contractor personnel", "two contractor
# surveyors"; it was six English words)
# ((round twenty-nine) and bodies: "patrol finds 2 male bodies")
_PLURAL_HEAD = [
    [word] for word in _PEOPLE_PLURAL | _words("employees personnel crew bodies corpses")
]


def _dying_in_sentence(tokens: list[str], number: _Number) -> bool:
    """Whether the sentence of ``number`` has a singular dying verb ("Fallecio ... el minero X,
    uno de los cuatro baleados"; "Uno de los siete heridos en la huelga fallecio anoche")."""
    start, end = _sentence_bounds(tokens, number)
    return not _DYING_VERBS.isdisjoint(tokens[start:end])


# An updated toll ("la cifra de muertos sube a seis", "pasó de 7 a 9").
_RISES = _words(
    "sube subio suben subieron aumenta aumento aumentan aumentaron asciende ascendio ascienden "
    "llega llego llegan eleva elevo elevan elevaron elevando paso pasa rise rises rose climbs "
    "climbed reaches reached increases increased risen "
    # (round twenty-eight: "La cifra de muertos se incremento a tres")
    "incrementa incremento incrementan incrementaron"
)

_RAISING = _words("eleva elevo elevan elevaron elevando")

_MODALS = _words("could may might would podria podrian puede pueden")

# (round sixteen: "The death toll from Saturday's attack ... rose to six", merged as "deathtoll")
_TOLL_NOUNS = _words(
    "cifra numero saldo balance total toll number deathtoll "
    # (round twenty-five: "Asesinatos en Pataz llegan a 27", "Killings rise to 27")
    "asesinatos homicidios killings murders "
    # (round twenty-eight: "Deaths rise to three", "Las muertes suben a cinco")
    "deaths muertes"
)


_REACHING = _words("reach reaches reached alcanzan alcanza alcanzaron suman totalizan")

_KILLING_TALLIES = _words("killings murders deaths homicides asesinatos homicidios muertes")


def _toll_update(tokens: list[str], number: _Number) -> _Kind | None:
    """The kind of a toll that rises to ``number`` ("Cifra de mineros asesinados sube a seis",
    "La cifra de muertos paso de 7 a 9", "Aumenta a seis el numero de heridos", "elevando los
    fallecidos a cuatro"): the casualty word nearest the verb in its sentence, with a toll noun
    in the sentence (or a verb of raising, whose object is the casualty word)."""
    j = number.start - 1
    stays = _toll_stays(tokens, number)
    if stays is not None:
        return stays
    # ((round twenty-five) or a verb of reaching with its figure as object: "Killings in Pataz
    # reach 27 so far this year")
    if (
        j >= 1
        and tokens[j] in _REACHING
        and _KILLING_TALLIES.intersection(tokens[max(0, j - 4) : j])
    ):
        return _Kind.KILLED
    # ((round thirty-one) "the hospital later put the number at 6", "Earlier reports had put
    # the number of injured at 15": a figure put at, of the casualty word told just before
    # or in its own noun phrase)
    if (
        j >= 3
        and tokens[j] == "at"
        and not _PUTTING.isdisjoint(tokens[max(0, j - 6) : j - 1])
        and not _TOLL_NOUNS.isdisjoint(tokens[max(0, j - 5) : j])
    ):
        phrase = [tok for tok in tokens[max(0, j - 5) : j] if tok in _AFTER_NUMBER]
        if phrase:
            return _AFTER_NUMBER[phrase[-1]]
        earlier = [tok for tok in tokens[max(0, j - _TOLL_BACK) : j] if tok in _AFTER_NUMBER]
        return _AFTER_NUMBER[earlier[-1]] if earlier else None
    if j < 1 or tokens[j] not in ("a", "to", "hasta"):
        return None
    j -= 1
    # ("paso de 7 a 9": the figure it rose from)
    if j >= 1 and _is_number_token(tokens[j]) and tokens[j - 1] in ("de", "from"):
        j -= 2
    verb = -1
    for k in range(j, max(-1, j - 4), -1):
        if tokens[k] in _BOUNDARY:
            break
        if tokens[k] in _RISES:
            verb = k
            break
    # ("could reach 20": a guess, not an update)
    if verb < 0 or not _MODALS.isdisjoint(tokens[max(0, verb - 2) : verb]):
        return None
    start = verb
    while start > 0 and tokens[start - 1] not in _BOUNDARY:
        start -= 1
    end = number.end
    while end < len(tokens) and tokens[end] not in _BOUNDARY:
        end += 1
    sentence = tokens[start:end]
    # ((round thirty-one) or a casualty noun as its subject: "Balance actualizado: fallecidos
    # suben a 4 (se suma un trabajador ...)")
    subject = tokens[verb - 1] if verb > 0 else ""
    if (
        tokens[verb] not in _RAISING
        and _TOLL_NOUNS.isdisjoint(sentence)
        and not (subject in _AFTER_NUMBER and subject not in _SINGLE and verb - 1 == start)
    ):
        return None
    # ((round twenty-six) not the cause after "tras ser": "la cifra de trabajadores asesinados
    # tras ser raptados ... subio a cuatro" is of the killed)
    before = [
        tok
        for k, tok in reversed(list(enumerate(tokens[start:verb], start)))
        if tok in _AFTER_NUMBER
        and tokens[max(0, k - 2) : k] not in _AFTER_BEING
        # ((round thirty-one) nor a part's whole: "murieron ... tres de los heridos, con lo que
        # la cifra subio a nueve" is of the dead)
        and not (k >= 3 and tokens[k - 2 : k] in _OF_THE_WHOLE and _is_number_token(tokens[k - 3]))
    ]
    # ((round twenty-seven) not past the cause: "la cifra subio a cuatro, luego de que dos de
    # los heridos fallecieran" is of the dead)
    cause = next((k for k in range(number.end, end) if tokens[k] in _TOLL_CAUSES), end)
    after = [tok for tok in tokens[number.end : cause] if tok in _AFTER_NUMBER]
    between = [tok for tok in tokens[verb + 1 : number.start] if tok in _AFTER_NUMBER]
    words = between or before or after
    # (round twelve) "the toll had risen to eight, and the other 14 passengers were being
    # treated": an English "toll" with no casualty word before it is the dead
    if not between and not before and ("toll" in sentence or _TOLL in sentence):
        return _Kind.KILLED
    # ((round twenty-five) "Asesinatos en Pataz llegan a 27", "Killings rise to 27")
    if not words and _KILLING_TALLIES.intersection(tokens[start:verb]):
        return _Kind.KILLED
    if not words and verb > 0 and tokens[verb - 1] in _TOLL_NOUNS:
        # (round seventeen) "la Policia reporto un muerto ...; al mediodia la cifra subio a
        # tres": the toll of the casualty word the clause before names
        earlier = tokens[max(0, start - _TOLL_BACK) : start]
        words = [tok for tok in earlier if tok in _AFTER_NUMBER][-1:]
    return _AFTER_NUMBER[words[0]] if words else None


_AFTER_BEING = [["tras", "ser"], ["after", "being"], ["de", "ser"]]

# (round twenty-seven) Verbs of a toll that stays: "Los heridos se mantienen en 6", "los
# heridos siguen siendo seis", "the injured remain at six"
_STAYING = _words("mantiene mantienen sigue siguen continua continuan remains remain stays stay")

_STAY_REACH = 4  # words from the verb back to the casualty word it keeps, at most


def _toll_stays(tokens: list[str], number: _Number) -> _Kind | None:
    """The kind of a toll that stays at ``number``, its casualty word right before the verb."""
    j = number.start - 1
    if j < 1 or not (
        (tokens[j] in ("en", "at") and tokens[j - 1] in _STAYING)
        or (tokens[j] == "siendo" and tokens[j - 1] in ("sigue", "siguen"))
    ):
        return None
    for k in range(j - 2, max(-1, j - 2 - _STAY_REACH), -1):
        if tokens[k] in _BOUNDARY:
            return None
        kind = _AFTER_NUMBER.get(tokens[k])
        if kind is not None and tokens[k] not in _SINGLE:
            return kind
    return None


_PUTTING = _words("put puts putting placed places")

_TOLL_BACK = 15  # words before a toll's sentence searched for the casualty word it updates


_OF_A_GROUP = [["de", "ellas"], ["de", "ellos"], ["de", "las"], ["de", "los"]]


def _forward(tokens: list[str], number: _Number) -> _Kind | None:
    """The casualty word after ``number`` in the same clause, within a few words, if any.

    A kidnapped or injured count that the clause then says died is killed ("los tres
    secuestrados fueron hallados muertos", "dos de los heridos murieron"), except the whole of
    a partitive ("uno de los tres secuestrados murio": the three stay kidnapped, the one died).
    """
    j = number.end
    # ((round thirty) the agent after a passive participle is no victim of a word after it:
    # "fueron rodeados por unos 50 pobladores, golpeados y obligados a permanecer")
    by_at = number.start - (1 if number.start > 1 and tokens[number.start - 1] in _ROUGHLY else 0)
    if (
        by_at > 1
        and tokens[by_at - 1] in ("por", "by")
        and tokens[by_at - 2].endswith((*_PARTICIPLE_ENDINGS, "ed"))
    ):
        return None
    # An article ("un vigilante") is a count only with filler words before the casualty word.
    # ((round twenty-seven) not "una" of a partitive: "una de ellas fallece durante el
    # traslado" is a pronoun, as "uno de ellos")
    article = (
        number.end - number.start == 1
        and tokens[number.start] in ("un", "una", "a")
        and tokens[number.end : number.end + 2] not in _OF_A_GROUP
    )
    whole = _is_partitive_whole(tokens, number)
    # "dos de los tres ...": step over the whole to reach the casualty word of the part
    partitive = (
        _partitive_length(tokens, j) if j < len(tokens) and tokens[j] in _PARTITIVE_STARTS else 0
    )
    skip = j + partitive if partitive else -1
    negated = False  # "Los 12 trabajadores no sufrieron lesiones"
    # (round twenty) "cuatro de los cinco mineros atacados en la bocamina murieron": the
    # partitive and its whole take no steps of the reach
    limit = _MAX_GAP + 1 + (partitive + 1 if partitive else 0)
    relative = False
    step = -1
    while step + 1 < limit:
        step += 1
        if j >= len(tokens):
            return None
        tok = tokens[j]
        # "2 delincuentes que disparaban contra la patrulla murieron": a relative clause right
        # after the people may be longer; the count then needs a plural verb or auxiliary
        if (tok == "que" or tok == "who") and step <= 2 and not article:
            relative = True
            limit = _MAX_GAP + 6
            # ((round thirty) a half's relative may be longer: "La mitad de los doce mineros
            # que trabajaban en el nivel 4 de una galeria de Cerro Lunar murio asfixiada")
            if tokens[max(0, number.start - 3) : number.start] in _HALF_OF_THE:
                limit += 4
        # (round eleven) "three people, not five, were killed": the rejected figure is stepped
        # over (it is corrected where it stands)
        if (
            tok in _NEGATED_FIGURE
            and step <= 2
            and j + 1 < len(tokens)
            and _is_number_token(tokens[j + 1])
        ):
            j += 2
            continue
        if j == skip and (tok[0].isdigit() or tok in _NUMBER_WORDS):
            j += 1
            continue
        # "dos vigilantes estuvieron 12 horas en poder de ...": a measure is stepped over
        measure = _measure_length(tokens, j)
        if measure:
            j += measure
            continue
        # "02 vigilantes de garita 1 asesinados": a label number is stepped over, and a date
        # ("reported missing on April 26, were found dead")
        if tok[0].isdigit() and (tokens[j - 1] in _LABEL_NOUNS or tokens[j - 1] in _MONTHS):
            j += 1
            step -= tokens[j - 2] in _MONTHS  # (a date is part of its month's word)
            # ("nivel 1 900": thousands written with a space)
            if j < len(tokens) and len(tokens[j]) == 3 and tokens[j].isdigit():
                j += 1
            continue
        # (round twenty) "patrulla de 4 agentes ubica a trabajador sin vida": the people who
        # find the dead are not the dead; "dueno de dos quimbaletes, fue asesinado": a
        # singular verb is no count's above one
        if (
            # ((round twenty-seven) not the reflexive "se encuentran", a verb of state: "Dos
            # mineros se encuentran graves")
            (tok in _FINDING and tokens[j - 1] != "se")
            or (
                number.value > 1
                and tok in _SINGULAR_AUXILIARIES
                # (a collective takes the singular: "la pareja fue secuestrada", "la mitad de los
                # ocho trabajadores resulto herida")
                and not _SINGULAR_GROUP.intersection(tokens[max(0, number.start - 3) : number.end])
            )
        ):
            return None
        # (round twenty) "Agraviados: 2 (occisos)": a casualty word alone in brackets names
        # the kind
        if (
            tok == "("
            and step == 0
            and tokens[j + 2 : j + 3] == [")"]
            and tokens[j + 1] in _AFTER_NUMBER
        ):
            return _AFTER_NUMBER[tokens[j + 1]]
        # "Two drivers (contractor Transp. Sur) reported taken": an aside is stepped over
        if tok == "(" and ")" in tokens[j + 1 : j + 6]:
            j = tokens.index(")", j + 1) + 1
            continue
        if tok in _BOUNDARY or tok[0].isdigit() or (tok in _NUMBER_WORDS and tok not in _ARTICLES):
            return None
        # "dos de los seis vigilantes resultaron heridos": the verb is the part's, not the whole's
        # ((round twenty-eight) and a singular one's: "uno de los cuatro mineros murio", "fue
        # asesinado", which had read the four as killed)
        if whole and (
            tok in _AUXILIARIES
            or tok in _DYING_PLURAL_ONLY
            or tok in _DIED_ONE
            or tok in _SINGULAR_AUXILIARIES
            # ((round thirty-one) and a suffered harm, its verb merged away: "Uno de los tres
            # ocupantes sufrio cortes", read "lesiones"; "sufrio heridas", read "herido")
            or ((tok == "lesiones" or tok in _SINGLE) and step >= 1)
        ):
            return None
        # ((round twenty-four) and a plural casualty word past the whole's complement, after a
        # plural part: "Seis de los doce mineros del turno, heridos de bala" (not "dos de los
        # tres secuestrados", the whole's; not "uno de los dos comerciantes de oro raptados",
        # whose one part takes no plural)
        if whole and tok in _AFTER_NUMBER and step > 1 and _plural_part(tokens, number):
            return None
        # "de cuatro a seis, y los heridos son cuatro": a new subject
        if tok in _AND and tokens[j + 1 : j + 2] and tokens[j + 1] in _THE_PLURAL:
            return None
        # "matan a dos trabajadores y dejan herido a otro": a new clause, with its own victims;
        # (round ten) "shot dead three protesters and wounded 40 others": its own verb
        if (
            tok in _AND
            and tokens[j + 1 : j + 2]
            and (tokens[j + 1] in _LEAVING or _clause_verb(tokens, j + 1))
        ):
            return None
        # ("un efectivo con fractura de muneca", round ten: "con" before the injury)
        if (
            article
            and tok not in _FILLER
            and tok not in _AFTER_NUMBER
            and not (tok == "con" and tokens[j + 1 : j + 2] and tokens[j + 1] in _AFTER_NUMBER)
        ):
            return None
        # (round ten) "trabajadores de una contrata fueron asesinados": a firm is no person
        if article and step == 0 and tok in _FIRMS:
            return None
        # (round ten) "cinco detenidos por el homicidio del minero": the arrested are no victims
        if (
            tok in _FORWARD_STOP_HINTS
            and _stops_forward(tokens, number, j)
            # ((round thirty-two) but one of the arrested hurt is hurt: "Uno de los intervenidos
            # se fracturo un tobillo al intentar huir")
            and not (j == skip and tok in _DETAINED and _hurt_next(tokens, j + 1))
        ):
            return None
        if tok in _AFTER_NUMBER and (negated or tokens[j - 1] in _GAP_NEGATIONS):
            return None
        # (round twelve) "los 40 trabajadores del nivel 600 hubieran muerto": it did not happen
        # (not "habrian muerto", hearsay: the guide counts it)
        if tok in _AFTER_NUMBER and tokens[j - 1] in _DID_NOT_HAPPEN:
            return None
        negated = negated or tok in _GAP_NEGATIONS
        # ((round thirty-two) a casualty word of animals is none of the figure's: "Los
        # agricultores de tres anexos reportaron agua turbia y peces muertos")
        if tok in _AFTER_NUMBER and step > 0 and tokens[j - 1] in _ANIMALS:
            return None
        if tok in _AFTER_NUMBER:
            if (
                relative
                and step > _MAX_GAP
                # ("were found dead": a participle may stand after the auxiliary)
                and not (
                    tok in _DYING_PLURAL_ONLY
                    or _RELATIVE_AUXILIARIES.intersection(tokens[j - 2 : j])
                    # ((round thirty) or a half's singular: "La mitad de los doce mineros que
                    # trabajaban en el turno noche murio en el ataque")
                    or tokens[max(0, number.start - 3) : number.start] in _HALF_OF_THE
                )
            ):
                return None
            # (round twenty) "300 policias llegan a Pataz tras asesinato de vigilante": a
            # figure above one never counts a singular crime
            if tok in _ONE_CRIME and number.value > 1:
                return None
            # "victimas" counts the dead as "victimas mortales", or in a story of killing only
            if (
                tok == "victimas"
                and tokens[j + 1 : j + 2] != ["mortales"]
                and not _only_killing(tokens)
            ):
                return None
            kind = _AFTER_NUMBER[tok]
            if kind is not _Kind.KILLED and not whole and _dead_later_in_clause(tokens, j + 1):
                return _Kind.KILLED
            # (round twenty-six) "Los dos mineros heridos por la detonacion de un explosivo en
            # la bocamina de una concesion de Urasqui fallecieron": a determined group whose
            # plural dying verb stands past a long complement died
            if (
                kind is not _Kind.KILLED
                and not whole
                and not partitive
                and number.value > 1
                and tokens[number.start - 1 : number.start] in (["los"], ["las"])
                and _part_dies_in_sentence(tokens, j + 1, False)
            ):
                return _Kind.KILLED
            # (round twenty-six) "Dos de los seis heridos del atentado contra una bocamina en
            # Atico (Caraveli) murieron el lunes": the whole's word names the whole; the part's
            # plural dying verb may stand further on in its sentence
            if (
                kind is not _Kind.KILLED
                and partitive
                and (j == skip + 1 or (j == skip + 2 and tokens[skip + 1] in _PEOPLE_PLURAL))
                and _part_dies_in_sentence(tokens, j + 1, number.value == 1)
            ):
                return _Kind.KILLED
            return kind
        if tok in _BEFORE_NUMBER and tok not in _AFTER_NUMBER and tokens[j - 1] != "se":
            return None  # a verb that belongs to the next count ("dos muertos y hieren a ...")
        j += 1
    return None


def _plural_part(tokens: list[str], whole: _Number) -> bool:
    """Whether the part taken from ``whole`` ("seis" of "seis de los doce") is above one."""
    start = whole.start
    # ("de los" / "of the" before the whole, or a bare "of": "one of two")
    k = start - 3 if start >= 3 and tokens[start - 2] in ("de", "of") else start - 2
    return (
        k >= 0
        and tokens[k] not in ("uno", "una", "un", "one", "1", "a")
        and _is_number_token(tokens[k])
    )


_WOUNDS_COUNTED = _words("heridas cortes lesiones fracturas quemaduras")

_THINGS = _words(
    "trucks camiones volquetes cisternas camionetas vehicles vehiculos cars buses motores "
    "dragas balsas engines dredges rafts excavators excavadoras"
)

_DETAINED = _words(
    "detenidos detenidas capturados capturadas arrestados intervenidos acusados investigados "
    "procesados sentenciados condenados arrested detained defendants accused suspects"
)

_COLLECTIVE_NOUNS = _words(
    "decena decenas docena docenas centenar centenares veintena dozen dozens"
)

# (round twenty: "the gang locked five guards in a storeroom")
_PEOPLE_ONLY = _words("seized held locked lock locks seize seizes bound")

# (tokens that may stop the walk of _forward: one set lookup per step)
# (round twenty-two: "cuatro fueron rescatados ilesos y el quinto sufrio una fractura": the
# unhurt are not the harm's)
_UNHURT_WORDS = _words(
    "ileso ilesa ilesos ilesas unhurt unharmed uninjured "
    # (round twenty-five: "Los doce fueron evaluados y ninguno presentaba lesiones")
    "ninguno ninguna nadie"
)

_FORWARD_STOP_HINTS = (
    _DETAINED | _PEOPLE_ONLY | _TIED | _UNHURT_WORDS | _words("killed murdered wounded injured")
)


_HAVE = _words("had have has")


def _hurt_next(tokens: list[str], j: int) -> bool:
    """Whether ``tokens[j]``, or the word after its singular auxiliary, says one was hurt."""
    if tokens[j : j + 1] != [] and tokens[j] in _SINGULAR_AUXILIARIES:
        j += 1
    return j < len(tokens) and _AFTER_NUMBER.get(tokens[j]) is _Kind.INJURED


def _stops_forward(tokens: list[str], number: _Number, j: int) -> bool:
    """Whether the walk of ``_forward`` stops at ``tokens[j]``: the arrested are no victims
    ("cinco detenidos por el homicidio del minero"); a verb with its own count is the number's
    act, not its harm ("eight armed men tied up the three guards"); "seized" and "held" count
    people only ("six workers seized", not "8 dredges seized")."""
    tok = tokens[j]
    if tok in _DETAINED or tok in _UNHURT_WORDS:
        return True
    if tok in _PEOPLE_ONLY and _PEOPLE_PLURAL.isdisjoint(tokens[number.end : j]):
        return True
    # (round twenty-six) "about 150 people who had seized tunnels": the active perfect is the
    # people's act ("who had been seized" is done to them)
    if tok in _PEOPLE_ONLY and tokens[j - 1] in _HAVE:
        return True
    return _object_count_after(tokens, j + 1)


def _object_count_after(tokens: list[str], j: int) -> bool:
    """Whether a count of people follows ``tokens[j]`` as an object after a determiner ("the
    three guards", "a los dos"; a bare number may be a count of its own: "one killed, two
    released")."""
    after_a = j < len(tokens) and tokens[j] == "a"
    j += after_a
    if j < len(tokens) and tokens[j] in ("the", "los", "las"):
        j += 1
    elif not after_a:
        return False
    # (round seventeen: "seis delincuentes maniataron a tres vigilantes": after "a" a bare
    # number is the object too)
    return (
        j < len(tokens)
        and (tokens[j][0].isdigit() or tokens[j] in _NUMBER_WORDS)
        and tokens[j] not in _ARTICLES
        and (_people_or_casualty(tokens, j + 1) or _people_or_casualty(tokens, j + 2))
    )


def _clause_verb(tokens: list[str], j: int) -> bool:
    """Whether ``tokens[j]`` is a casualty verb with its own object ("and wounded 40 others",
    "y hieren a"), not a participle of the same people ("y atendidos en el hospital")."""
    if tokens[j] not in _BEFORE_NUMBER:
        return False
    if tokens[j] not in _AFTER_NUMBER:
        return True
    after = tokens[j + 1] if j + 1 < len(tokens) else ""
    return bool(after) and (_is_number_token(after) or after in ("at", "a", "al"))


_GAP_NEGATIONS = _words("sin no without ningun not ni")

_FIRMS = _words("empresa compania contrata mineria company firm")

_LEAVING = _words("dejan deja dejaron dejo dejando leave leaves left leaving")

_DYING_PLURAL_ONLY = _words("murieron mueren fallecieron fallecen died murieran fallecieran")


def _only_killing(tokens: list[str]) -> bool:
    """Whether the text states deaths and no injured or kidnapped people, so that its
    "victimas" are the dead ("Las siete victimas de la masacre")."""
    return not _KILLED_BESIDES_VICTIMS.isdisjoint(tokens) and _OTHER_HARM_WORDS.isdisjoint(tokens)


_PARTITIVE_STARTS = _words("de of")

_KILLED_PARTICIPLES = _words("asesinados asesinadas ejecutados ejecutadas killed murdered")


def _dead_later_in_clause(tokens: list[str], start: int) -> bool:
    """Whether the clause from ``start`` says the people were found dead (a few words on); it
    ends at a count of other people ("tres heridos, un vigilante murio")."""
    end = min(start + 8, len(tokens))
    j = start - 1
    while j + 1 < end:
        j += 1
        tok = tokens[j]
        # (round ten) "fueron secuestrados en una bocamina y luego asesinados": the same people
        if tok in _AND and tokens[j + 1 : j + 2] and tokens[j + 1] in _THEN:
            end = min(end + 2, len(tokens))
            continue
        # (round twelve) "fueron secuestrados y asesinados", "kidnapped and killed": the same
        # people, two participles joined
        if tok in _AND and tokens[j + 1 : j + 2] and tokens[j + 1] in _KILLED_PARTICIPLES:
            return True
        if tok in _BOUNDARY or tok in _CLAUSE_JOINS:
            return False
        # ("secuestrado hace 8 dias fue hallado sin vida": a measure is no other count)
        measure = _measure_length(tokens, j)
        if measure:
            j += measure - 1
            continue
        # (round twenty: "secuestrados el 28 de abril fueron hallados muertos": a date)
        if (
            tok[0].isdigit()
            and tokens[j + 1 : j + 2] == ["de"]
            and tokens[j + 2 : j + 3]
            and (tokens[j + 2] in _MONTHS)
        ):
            j += 2
            end = min(end + 3, len(tokens))
            continue
        # ("De los tres raptados, uno fue hallado muerto": the one, not the three; (round
        # twenty-three) nor a rank, "free two hostages in Pataz raid, third found dead")
        if tok[0].isdigit() or (tok in _NUMBER_WORDS and tok not in _ARTICLES) or tok in _RANKS:
            return False
        # ((round twenty-five) nor one person of them, "De los tres heridos, el minero Quispe
        # fallecio")
        if tok in ("el", "la") and tokens[j + 1 : j + 2] and tokens[j + 1] in _PEOPLE_SINGULAR:
            return False
        if tok in _DEATH_AFTER_KIDNAP:
            return True
    return False


_THEN = _words("luego despues posteriormente then later")


_PART_VERB_REACH = 20  # words from a partitive's whole to the part's dying verb, at most


def _part_dies_in_sentence(tokens: list[str], start: int, one: bool) -> bool:
    """Whether a plural dying verb ("murieron"), or for ``one`` a singular one ("fallecio"),
    follows ``start`` in its sentence, past the whole's complement and asides, before any
    figure or other casualty word."""
    dying = _DIED_ONE if one else _DYING_PLURAL_ONLY
    j = start
    end = min(start + _PART_VERB_REACH, len(tokens))
    while j < end:
        tok = tokens[j]
        if tok == "(" and ")" in tokens[j + 1 : j + 6]:
            j = tokens.index(")", j + 1) + 1
            continue
        if tok in dying:
            return True
        if (
            tok in _SENTENCE_ENDS
            or tok in _AFTER_NUMBER
            or tok in _RELATIVES
            or tok[0].isdigit()
            or (tok in _NUMBER_WORDS and tok not in _ARTICLES)
        ):
            return False
        j += 1
    return False


# (a relative clause has its own verb: "contra un minibus ... en el que murieron el chofer")
_RELATIVES = _words("que quien quienes who which where donde")


# (ranks from the third on; not "segundo", also a second of time, nor "cuarto", a room)
_RANKS = _ORDINALS - _words("segundo segunda second cuarto cuarta")


_CAUSE_OPENERS = _words("after tras")

# Words that open a toll's cause after its figure
_TOLL_CAUSES = _CAUSE_OPENERS | _words("luego despues since cuando when porque because")


def _after_toll(tokens: list[str], number: _Number) -> bool:
    """Whether ``number`` closes "death toll ... rises to N" in its clause."""
    # (round twenty) "The death toll rose to 8 after one of the injured died": a part of a
    # group is no toll
    if number.end < len(tokens) and _partitive_length(tokens, number.end):
        return False
    for tok in reversed(tokens[max(0, number.start - _TOLL_WINDOW) : number.start]):
        if tok in _BOUNDARY or tok in _MODALS:  # (round ten: "the toll could reach 20")
            return False
        # (round twenty-six) "the toll rose to seven on Tuesday after two wounded men died":
        # the figure of the cause, not the toll
        if tok in _CAUSE_OPENERS:
            return False
        if tok == _TOLL or tok == "toll":  # "Toll climbs to nine"
            return True
    return False


_FOUND = _words("hallan hallaron encuentran encontraron")


def _dead_near(tokens: list[str], verb: int, end: int) -> bool:
    """Whether what a found verb counts is the dead: a killed or body word in the few words
    after the count ("hallan 2 mineros muertos", "encontraron tres cuerpos") or just before
    the verb ("Torturados y asesinados: así encontraron a dos mineros")."""
    after = tokens[end : end + 5]
    if _BOUNDARY.intersection(after):
        after = after[: min(after.index(b) for b in _BOUNDARY.intersection(after))]
    return any(
        _AFTER_NUMBER.get(tok) is _Kind.KILLED or tok in _BODY_NOUNS
        for tok in (*tokens[max(0, verb - 6) : verb], *after)
    )


# (round twenty: "over the kidnapping of a mine manager", English nouns too)
_KIDNAP_NOUNS = _words(
    "secuestro rapto plagio kidnapping abduction "
    # (round twenty-six: "Frustran la retencion de dos ingenieros")
    "retencion"
)

_ATTEMPTS = _words(
    "intento tentativa frustran frustraron frustrado frustrada evitan evitaron "
    # (round seventeen: "La Policia frustro el secuestro de un empresario")
    "frustro frustra evito evita "
    # (round ten: "Police foiled an attempt to kidnap a mine manager")
    "attempt attempted tried foil foiled thwart thwarted intentaron intentan"
)


def _not_done(tokens: list[str], i: int) -> bool:
    """A kidnapping noun at ``tokens[i]`` that did not happen or is only alleged: "intento de
    secuestro", "frustran secuestro", "denuncia de secuestro" (a complaint, not yet a fact)."""
    before = tokens[max(0, i - 2) : i]
    # ((round twenty-five) a time between: "frustraron el jueves el secuestro de un empresario")
    wider = tokens[max(0, i - 4) : i]
    return (
        not _ATTEMPTS.isdisjoint(before)
        or before == ["denuncia", "de"]
        or (wider[-1:] in (["el"], ["un"]) and not _ATTEMPTS.isdisjoint(wider))
    )


_AMONG_VERBS_ES = _words("hay figuran figura estan")

# States that harm no one, and the reach from a figure to its own one
_UNHARMED_STATES = _words(
    "desaparecidos desaparecidas ilesos ilesas evacuados evacuadas detenidos detenidas missing "
    "unhurt unharmed evacuated arrested"
)
_STATE_REACH = 3
_BODIES_BEFORE = _words("cuerpos cadaveres restos bodies remains")
# (of those states, the ones a figure's own people are in, not a form's next field: "comuneros
# heridos 2, detenidos 4")
_MISSING_OR_UNHURT = _words("desaparecidos desaparecidas ilesos ilesas missing unhurt unharmed")
_STATE_VERBS_OF_PEOPLE = _STATE_VERBS | _words("remain are")


def _backward(tokens: list[str], number: _Number) -> _Kind | None:
    """The casualty verb before ``number`` ("murieron 13", "asesinaron a dos"), if any."""
    # (round twenty-seven) not a figure with a predicate of its own that harms no one: "Dos
    # trabajadores murieron, otros tres estan desaparecidos"
    if tokens[number.start - 1 : number.start] in (
        ["otros"],
        ["otras"],
        ["other"],
    ) and not _UNHARMED_STATES.isdisjoint(tokens[number.end : number.end + _STATE_REACH]):
        return None
    # ((round thirty-one) nor any figure whose people then "siguen" in such a state: "Una mujer
    # murio, tres personas siguen desaparecidas")
    # ((round thirty-two) or right after it: "One miner killed, three missing")
    after = tokens[number.end : number.end + _STATE_REACH + 1]
    # (not an adjective before its people: "bodies of two missing miners")
    if (
        after[:1] != []
        and after[0] in _MISSING_OR_UNHURT
        and (after[1:2] == [] or after[1] not in _PEOPLE_PLURAL)
        # (nor the bodies found of the missing: "Hallan cuerpos de padre e hijo desaparecidos")
        and _BODIES_BEFORE.isdisjoint(tokens[max(0, number.start - 3) : number.start])
    ):
        return None
    if any(
        tok in _STATE_VERBS_OF_PEOPLE
        and after[k + 1 : k + 2] != []
        and after[k + 1] in _UNHARMED_STATES
        for k, tok in enumerate(after)
    ):
        return None
    # (round twenty-two) "Dos vigilantes son heridos a golpes por 3 sujetos": after "por" /
    # "by" a figure is the agent, never the victims of the verb before
    # ((round thirty) past a rough figure's word: "fueron rodeados por unos 50 pobladores,
    # golpeados")
    by_at = number.start - (1 if number.start > 1 and tokens[number.start - 1] in _ROUGHLY else 0)
    if (
        by_at > 0
        and tokens[by_at - 1] in ("por", "by")
        and tokens[number.end : number.end + 1] != []
        and (tokens[number.end] in _PERPETRATORS or tokens[number.end] in _PEOPLE_PLURAL)
    ):
        return None
    # (round twenty-four) "Intoxicados atendidos en CS Ananea: 2", "Personal herido en el mes:
    # 2 agentes": a form's field whose label opens with a casualty word and goes on
    if number.start > 2 and tokens[number.start - 1] == ":":
        label = _field_label_kind(tokens, number.start - 1)
        if label is not None:
            return label
    # (round twenty-seven) "Entre los fallecidos hay dos policias", "Entre los muertos
    # figuran dos policias y un comunero": people among a kind are of it
    if (
        number.start > 3
        and tokens[number.start - 1] in _AMONG_VERBS_ES
        and tokens[number.start - 4 : number.start - 2] in (["entre", "los"], ["entre", "las"])
        and tokens[number.start - 2] in _AFTER_NUMBER
        and tokens[number.start - 2] not in _SINGLE
    ):
        return _AFTER_NUMBER[tokens[number.start - 2]]
    # (round twenty-four) "Muertos no. Heridos si, dos choferes": a spoken field's answer
    if (
        number.start > 1
        and tokens[number.start - 1] in ("si", "yes")
        and tokens[number.start - 2] in _AFTER_NUMBER
        and tokens[number.start - 2] not in _SINGLE
    ):
        return _AFTER_NUMBER[tokens[number.start - 2]]
    j = number.start - 1
    gap = 0
    while j >= 0 and gap <= 3:
        tok = tokens[j]
        # ((round thirty) "se llevaron", not merged past a complement: "Se llevaron de su casa
        # a dos mineros")
        # ((round thirty) "Gunmen shot two miners": the attackers' shooting, right after them,
        # wounds (a death of it is told apart); not "Two of those shot died")
        if tok == "shot" and j > 0 and tokens[j - 1] in _PERPETRATORS and gap == 0:
            return _Kind.INJURED
        # ((round thirty) and "Gunmen take two engineers from company pickup")
        if (
            tok in _TAKING_EN
            and j > 0
            and tokens[j - 1] in _PERPETRATORS
            and gap == 0
            and tokens[number.end : number.end + 1] != []
            and tokens[number.end] in _PEOPLE_PLURAL
        ):
            return _Kind.KIDNAPPED
        # ((round thirty) "Bombas lacrimogenas alcanzan a siete vecinos": hit by projectiles)
        if (
            tok in _HITTING
            and tokens[j + 1 : j + 2] == ["a"]
            and not _HITTERS.isdisjoint(tokens[max(0, j - 3) : j])
        ):
            return _Kind.INJURED
        if (
            tok == "llevaron"
            and j > 0
            and tokens[j - 1] == "se"
            and gap > 0
            and tokens[number.start - 1] == "a"
            and _complement_start(tokens, number.start - 2) == j + 1
        ):
            return _Kind.KIDNAPPED
        if tok in _BEFORE_NUMBER:
            # "one killed, two released": "killed" belongs to the count right before it (not a
            # day of the month, round ten: "la noche del 5 murieron 4")
            if (
                j > 0
                and _is_number_token(tokens[j - 1])
                and tok in _AFTER_NUMBER
                and (j < 2 or tokens[j - 2] != "del")
                # ((round twenty-six) nor a clock's minutes: "Rockfall at 14:40 killed two")
                and (j < 2 or tokens[j - 2] != ":")
                # (round twenty-two: "por la chimenea del nivel 1800, amarraron a 3
                # trabajadores": a label's figure counts no one)
                and (j < 2 or tokens[j - 2] not in _LABEL_NOUNS)
            ):
                return None
            # (round ten) "hubieran muerto los 12": it did not happen; (round twenty-six) nor a
            # harm denied, "Rescatan sin lesiones a siete mineros"
            if j > 0 and (tokens[j - 1] in _COUNTERFACTUAL or tokens[j - 1] in _WITHOUT):
                return None
            # (round twenty-two) "Six people were injured, four miners and two officers": an
            # English passive takes no object, the figure after it is an apposition
            # (not the progressive: "Villagers are holding 14 contractors")
            if j > 0 and tokens[j - 1] in _ENGLISH_PASSIVE_AUX and not tok.endswith("ing"):
                return None
            # "Los heridos de un accidente anterior": "de un" is no object of a participle
            if tok in _PLURAL_PARTICIPLES and number.start == j + 2 and tokens[j + 1] == "de":
                return None
            # "Se hallaron 2 sacos de basura": what was found must be the dead
            if tok in _FOUND and not _dead_near(tokens, j, number.end):
                return None
            # (round ten) "Community members held 2 journalists", "seized five workers", not
            # "seized 8 dredges"
            if tok in _PEOPLE_ONLY and _PEOPLE_PLURAL.isdisjoint(
                tokens[number.end : number.end + 2]
            ):
                return None
            # (round seventeen) "frustro el secuestro de un empresario", "intento de secuestro
            # de tres mineros": an attempted or foiled kidnapping counts nothing (the guide)
            if tok in _KIDNAP_NOUNS and _not_done(tokens, j):
                return None
            # (round twenty-six) "demanding the release of four people arrested in the
            # operation", "exigen la liberacion de tres detenidos": the arrested, no hostages
            if _BEFORE_NUMBER[tok] is _Kind.KIDNAPPED and not _DETAINED.isdisjoint(
                tokens[number.end : number.end + 3]
            ):
                return None
            # (round twenty) "cartuchos ... atados a un cartel": tied to a thing, not a person
            # ((round thirty-two) nor remains of a thing: "restos de un cartucho de dinamita")
            if (
                (tok in _TIED_TO or tok == "restos")
                and tokens[number.start] in ("un", "una")
                and tokens[number.end : number.end + 1] != []
                and tokens[number.end] not in _PEOPLE_SINGULAR
            ):
                return None
            # ((round thirty) care for an illness is no harm: "La posta atendio a 40 mineros
            # con dengue")
            if tok in _CARE_VERBS and not _DISEASES.isdisjoint(
                tokens[number.end : number.end + _ILLNESS_REACH]
            ):
                return None
            # ((round thirty) a present of care only as a health post's impersonal, "Se atiende
            # a 3 trabajadores tras ataque"; not a campaign's or a restaurant's "atiende a 150")
            if tok in _CARE_PRESENTS and tokens[j - 1 : j] != ["se"]:
                return None
            # (round twelve) "lo golpearon cinco sujetos": the beaters; the beaten follow "a"
            if tok in _BEATING and tok != "beat" and "a" not in tokens[j + 1 : number.start]:
                return None
            return _BEFORE_NUMBER[tok]
        # ((round twenty-four) a time between the verb and its object "a": "retuvieron desde
        # las 11:00 h a dos ingenieros")
        if tokens[j + 1 : j + 2] == ["a"] and _time_start(tokens, j) >= 0:
            j = _time_start(tokens, j) - 1
            gap += 1
            continue
        # ((round twenty-five) and a span: "retuvieron durante toda la noche a tres
        # trabajadores", "retienen por seis horas a dos ingenieros")
        if tokens[j + 1 : j + 2] == ["a"] and _span_start(tokens, j) >= 0:
            j = _span_start(tokens, j) - 1
            gap += 1
            continue
        # ((round twenty-eight) and a manner: "Golpean con palos y culatas a dos guardianes",
        # "Secuestran a punta de pistola a dos ingenieros")
        if tokens[j + 1 : j + 2] == ["a"] and _manner_start(tokens, j) >= 0:
            j = _manner_start(tokens, j) - 1
            gap += 1
            continue
        # ((round thirty) and one person joined before the figure or its article, after a
        # plural verb or participle: "Murieron el chofer y los dos vigilantes" (not "Murio el
        # chofer, y cuatro pasajeros ... fueron llevados", nor an object "a": "al chofer y a
        # sus 2 ayudantes" is read whole elsewhere)
        if (
            tok in _AND
            and j >= 3
            and tokens[j + 1] != "a"
            and tokens[j - 1] in _PEOPLE_SINGULAR
            and tokens[j - 2] in _DEFINITE
            # ((round thirty-one) or any casualty verb right before: "held the owner and two
            # employees at gunpoint")
            and (
                tokens[j - 3].endswith(("n", "s"))
                or (tokens[j - 2] == "the" and tokens[j - 3] in _BEFORE_NUMBER)
            )
        ):
            j -= 3
            gap += 1
            continue
        # ((round thirty) a half's verb before it: "muere la mitad de los doce pasajeros", the
        # figure halved where it is counted)
        if tok == "mitad" and j >= 2 and tokens[j - 1] == "la" and tokens[j + 1 : j + 2] == ["de"]:
            j -= 2
            gap += 1
            continue
        # ((round thirty-one) a range's first figure is part of the figure, no step: "tienen
        # encerrados desde el sabado a entre 10 y 12 trabajadores")
        if (
            tok in ("entre", "between")
            and j == number.start - 1
            and tokens[number.start + 1 : number.start + 2] in (["y"], ["and"])
        ):
            j -= 1
            continue
        # (and a half's "la mitad de los", one step: "hieren a la mitad de los doce ocupantes")
        if (
            j == number.start - 1
            and j >= 3
            and tokens[j - 3] == "la"
            and tokens[j - 2 : j + 1] in _HALF_OF_THE
        ):
            j -= 4
            gap += 1
            continue
        # (and a rough figure's "cerca de" / "alrededor de": "retienen durante seis horas a
        # cerca de 20 funcionarios")
        if (
            tok == "de"
            and j == number.start - 1
            and j >= 1
            and tokens[j - 1] in ("cerca", "alrededor")
        ):
            j -= 2
            continue
        # "Permanecen secuestrados desde hace 3 dias dos trabajadores": a measure is stepped over
        if j > 0 and _measure_length(tokens, j - 1) == 2:
            j -= 2
            continue
        if tok not in _VERB_GAP:
            # (round seventeen) "golpean y expulsan a tres trabajadores": a casualty verb and a
            # second verb share the object
            if (
                j >= 2
                and tokens[j - 1] in ("y", "e")
                and tokens[j - 2] in _BEFORE_NUMBER
                and tokens[j - 2] not in _AFTER_NUMBER
                and tok.endswith(_PLURAL_VERB_ENDINGS)
                and "a" in tokens[j + 1 : number.start]
            ):
                return _BEFORE_NUMBER[tokens[j - 2]]
            # "Hieren de un balazo a un rondero", "hirieron con armas de fuego a dos": the weapon
            # between the verb and its object is stepped over
            start = _instrument_start(tokens, j)
            if start < 0:
                # (round fifteen) "retienen en la plaza a 2 topografos": a place between the
                # verb and its object "a"
                start = _place_start(tokens, j)
            if start < 0:
                # ((round thirty) any short complement of time or place: "Secuestraron en la
                # madrugada a dos mineros", "Mataron cerca de la garita a tres vigilantes")
                start = _complement_start(tokens, j)
            if start < 0:
                return None
            j = start
        j -= 1
        gap += 1
    return None


_ROUGHLY = _words("unos unas about around some nearly")

_CARE_VERBS = _words("atendio atendieron atiende atienden")
_CARE_PRESENTS = _words("atiende atienden")
_ILLNESS_REACH = 6  # words from the cared-for people to their illness, at most

_TAKING_EN = _words("take takes took")
_HITTING = _words("alcanzan alcanzaron alcanza alcanzo")
_HITTERS = _PROJECTILES | _words("lacrimogenas lacrimogena piedras perdigones")

_HALF_OF_THE = [["mitad", "de", "los"], ["mitad", "de", "las"]]

_PLURAL_VERB_ENDINGS = ("an", "en", "aron", "ieron")

_WITHOUT = _words("sin without")

_LABEL_REACH = 6  # words of a field's label, at most
_LABEL_OPENERS = _words("personal staff")


def _field_label_kind(tokens: list[str], colon: int) -> _Kind | None:
    """The kind of a field's label that opens its sentence with a plural casualty word (after
    "Personal", perhaps) and goes on a few words before the colon; None for a label of one
    word (read elsewhere) or of no casualty."""
    start = colon
    while start > 0 and tokens[start - 1] not in _BOUNDARY:
        start -= 1
        if colon - start > _LABEL_REACH:
            return None
    label = tokens[start:colon]
    if len(label) < 2:
        return None
    head = 1 if label[0] in _LABEL_OPENERS else 0
    # ((round twenty-nine) people first, then their harm or their care: "Efectivos con
    # lesiones leves: 3", "Pasajeros atendidos en hospital de Huari: 5", "Pacientes atendidos
    # tras enfrentamiento: 4")
    if label[0] in _PEOPLE_PLURAL or label[0] in _PATIENTS:
        harm = label[2] if label[1] == "con" and len(label) > 2 else label[1]
        if harm in _TREATED:
            return _Kind.INJURED
        if harm in _AFTER_NUMBER and harm not in _SINGLE:
            return _AFTER_NUMBER[harm]
    word = label[head] if head < len(label) else ""
    # (a singular only after "Personal", a collective: "Personal herido en el mes")
    if word not in _AFTER_NUMBER or (word in _SINGLE and not head):
        return None
    if any(tok[0].isdigit() for tok in label):
        return None
    # ((round twenty-seven) "Victimas atendidas: 5. Fallecidos: 2. Heridos: 3": the victims a
    # service treated are the total of the kinds after, of no kind of their own)
    if word in ("victimas", "victims") and not _CARE_LABELS.isdisjoint(label):
        return None
    return _AFTER_NUMBER[word]


_PATIENTS = _words("pacientes patients")

_CARE_LABELS = _words(
    "atendidas atendidos trasladadas trasladados evacuadas evacuados treated total totales"
)


_ENGLISH_PASSIVE_AUX = _words("were was been")

_ONE_CRIME = _words("asesinato homicidio")

_FINDING = _words(
    "ubica ubico ubican ubicaron encuentra encuentran halla hallo locate locates located finds"
)

_SINGULAR_AUXILIARIES = _words("fue es resulto quedo was is")

# Collective nouns of people, which take a singular verb ("una treintena ... estaria
# retenida")
_COLLECTIVES = _words("decena docena quincena veintena treintena centenar")

_SINGULAR_GROUP = _COLLECTIVES | _words("pareja par couple pair mitad half")

# The plural participles of tying ("amarrados", "atadas")
_TIED_TO = frozenset(word for word in _TIED if word.endswith(("dos", "das")))

_PLACE_DETERMINERS = _words("el la los las su un una")

_PLACE_WORDS = 7  # a determiner and up to six words of a place (its complement) after "en"

_PLACE_LINKS = _words("de del km minero minera")


_COMPLEMENT_REACH = 8  # words of a complement between a verb and its object "a", at most
_COMPLEMENT_OPENERS = _words(
    "en de del desde durante cerca frente a al con por tras hacia junto anoche ayer hoy"
)
# ("esta manana", "este lunes"; not an article, which opens an object: "ataron el camion a
# una grua")
_THIS = _words("esta este")
_NOT_IN_A_COMPLEMENT = _words("y e o que and quien quienes donde cuando mientras no")


def _complement_start(tokens: list[str], j: int) -> int:
    """Where a short complement of time or place ending at ``tokens[j]``, right before the
    object marker "a", starts, when a casualty verb stands right before it; or -1."""
    if j + 1 >= len(tokens) or tokens[j + 1] != "a":
        return -1
    for k in range(j, max(-1, j - _COMPLEMENT_REACH), -1):
        tok = tokens[k]
        if (
            tok in _BOUNDARY
            or tok in _NOT_IN_A_COMPLEMENT
            or tok in _AFTER_NUMBER
            or tok in _PEOPLE_SINGULAR
            or tok in _PEOPLE_PLURAL
            or (tok in _NUMBER_WORDS and tok not in ("un", "una"))
            or tok.endswith(("aron", "ieron", "aban", "ian"))
        ):
            return -1
        if tok in _BEFORE_NUMBER:
            return -1  # a verb inside: the walk reads it itself
        # (after a plural verb only: not a noun, "el doble asesinato en el campamento tiene
        # con miedo a los 400 mineros")
        if (
            (
                tok in _COMPLEMENT_OPENERS
                or (
                    tok in _THIS
                    and k < j
                    and (tokens[k + 1] in _DAY_PARTS or tokens[k + 1] in _WEEKDAYS_ES)
                )
            )
            and k > 0
            and (
                (tokens[k - 1] in _BEFORE_NUMBER and tokens[k - 1].endswith(_PLURAL_VERB_ENDINGS))
                or (tokens[k - 1] == "llevaron" and tokens[k - 2 : k - 1] == ["se"])
            )
        ):
            return k
    return -1


_FROM_DETERMINERS = _words("su sus la el")
_HOMES = _words("vivienda casa domicilio cuarto habitacion camioneta vehiculo auto carro")
# (places whose ending is a verb's: "dejaron maniatados en el almacen a los cuatro vigilantes")
_PLACES_LIKE_VERBS = _words("almacen anden")


def _place_start(tokens: list[str], j: int) -> int:
    """Where "en la plaza" ends at ``tokens[j]`` before the object marker "a": the index of
    "en", or -1."""
    if j + 1 >= len(tokens) or tokens[j + 1] != "a":
        return -1
    for k in range(j, max(-1, j - 1 - _PLACE_WORDS), -1):
        tok = tokens[k]
        if tok == "en":
            return k if k < j else -1
        # ((round thirty) and a home someone was taken from, right after the verb: "sacaron a
        # la fuerza de su vivienda a un dirigente")
        if (
            tok in ("de", "desde")
            and k == j - 2
            and tokens[k + 1] in _FROM_DETERMINERS
            and tokens[j] in _HOMES
            and k > 0
            and tokens[k - 1] in _BEFORE_NUMBER
        ):
            return k
        # ((round twenty-five) with its complement and a kilometre: "en la plaza de la
        # comunidad", "en el km 42 del corredor minero")
        # (not a verb before "a": "asesinato en la planta de Chaparra, detienen a tres")
        if not (
            tok in _PLACE_DETERMINERS
            or tok in _PLACE_LINKS
            or (_surname(tok) and not (k == j and tok.endswith(_PLURAL_VERB_ENDINGS)))
            or (tok.isdigit() and tokens[k - 1 : k] == ["km"])
            or (k == j and (tok in _HOMES or tok in _PLACES_LIKE_VERBS))
        ):
            return -1
    return -1


_SPAN_WORDS = _words(
    "la el las los toda todo todas todos noche dia madrugada tarde manana horas hora dias "
    "varias varios unas unos mas de"
)

_ALL_OF = _words("toda todo todas todos")

_SPAN_UNITS = _words("horas hora dias")

_SPAN_REACH = 5  # words of a span after "durante" / "por", at most


# (the words of a manner between a verb and its object: "con palos y culatas", "a punta de
# pistola", "con armas de fuego")
_MANNER_WORDS = _words(
    "palos palo piedras piedra culatas culata machete machetes cuchillo cuchillos armas arma "
    "fuego escopetas escopeta fusiles fusil pistola pistolas dinamita explosivos combas comba "
    "fierros fierro chicote latigo hondas honda punta golpes balazos y e de sus su"
)

_MANNER_REACH = 6  # words of a manner, at most


def _manner_start(tokens: list[str], j: int) -> int:
    """Where "con palos y culatas" / "a punta de pistola" ends at ``tokens[j]`` before the
    object marker "a": the index of "con" / "a", or -1."""
    for k in range(j, max(-1, j - _MANNER_REACH), -1):
        tok = tokens[k]
        if tok in ("con", "a") and k < j:
            return k
        if tok not in _MANNER_WORDS:
            return -1
    return -1


def _span_start(tokens: list[str], j: int) -> int:
    """Where "durante toda la noche" / "por seis horas" ends at ``tokens[j]`` before the object
    marker "a": the index of "durante" / "por", or -1."""
    for k in range(j, max(-1, j - _SPAN_REACH), -1):
        tok = tokens[k]
        if tok in ("durante", "por") and k < j:
            return k
        if not (tok in _SPAN_WORDS or tok in _NUMBER_WORDS or tok.isdigit()):
            # ((round twenty-six) or a bare span: "retienen toda la noche a", "retienen cinco
            # horas a")
            bare = tokens[k + 1 : k + 3]
            if k < j - 1 and (
                bare[0] in _ALL_OF
                or ((bare[0] in _NUMBER_WORDS or bare[0].isdigit()) and bare[1] in _SPAN_UNITS)
            ):
                return k + 1
            return -1
    return -1


def _time_start(tokens: list[str], j: int) -> int:
    """Where "desde las 11:00 h" / "a las 22 h" ends at ``tokens[j]``: the index of its
    preposition, or -1."""
    # ((round twenty-six) or a part of a day: "libero la tarde del miercoles a los tres
    # tecnicos", "retuvieron el lunes a dos ingenieros")
    day = _part_of_day_start(tokens, j)
    if day >= 0:
        return day
    k = j - (tokens[j] == "h")
    if k < 0 or not tokens[k].isdigit():
        return -1
    if k >= 2 and tokens[k - 1] == ":" and tokens[k - 2].isdigit():
        k -= 2
    if k >= 2 and tokens[k - 1] == "las" and tokens[k - 2] in ("desde", "a", "hasta"):
        return k - 2
    return -1


_DAY_PARTS = _words("tarde noche madrugada manana")

_WEEKDAYS_ES = _words("lunes martes miercoles jueves viernes sabado domingo")


def _part_of_day_start(tokens: list[str], j: int) -> int:
    """Where "la tarde del miercoles" / "el lunes" ends at ``tokens[j]``: the index of its
    article, or -1."""
    if tokens[j] in _WEEKDAYS_ES:
        if (
            j >= 3
            and tokens[j - 1] == "del"
            and tokens[j - 2] in _DAY_PARTS
            and tokens[j - 3] == "la"
        ):
            return j - 3
        if j >= 1 and tokens[j - 1] == "el":
            return j - 1
        return -1
    if j >= 1 and tokens[j] in _DAY_PARTS and tokens[j - 1] == "la":
        # ("toda la noche": the whole of it; (round thirty) "en la madrugada", "por la noche":
        # its preposition)
        return j - 2 if j >= 2 and tokens[j - 2] in _DAY_PART_OPENERS else j - 1
    return -1


_DAY_PART_OPENERS = _ALL_OF | _words("en por durante de")


_COUNTERFACTUAL = _words(
    "hubieran hubiera habrian habria "
    # (round twenty-seven: "Si no saliamos, hubieramos muerto los 12")
    "hubieramos habriamos hubiesemos hubiesen hubiese"
)

_DID_NOT_HAPPEN = _words("hubieran hubiera")

_PLURAL_PARTICIPLES = _words(
    "heridos lesionados muertos fallecidos asesinados secuestrados retenidos rehenes cautivos "
    "victimasmortales"
)

_INSTRUMENTS = _words(
    "bala balas arma armas cuchillo cuchillos machete machetes piedra piedras palo palos fierro "
    "fierros gunfire knife knives machetes guns gun"
)

_INSTRUMENT_TAILS = _words("blanca blancas punzocortante punzocortantes contundente contundentes")

_INSTRUMENT_PREPOSITIONS = _words("de con a al en por with")


def _instrument_start(tokens: list[str], j: int) -> int:
    """Where a weapon or vehicle phrase ending at ``tokens[j]`` starts ("de bala", "con arma
    blanca", "con armas de fuego", "a una camioneta"), or -1."""
    if tokens[j] in _INSTRUMENT_TAILS:
        j -= 1
    elif tokens[j] == "fuego" and j >= 2 and tokens[j - 1] == "de":
        j -= 2
    if j < 1 or (tokens[j] not in _INSTRUMENTS and tokens[j] not in _VEHICLES):
        return -1
    j -= 1
    if j >= 1 and tokens[j] in _DETERMINERS:
        j -= 1
    return j if tokens[j] in _INSTRUMENT_PREPOSITIONS else -1


# "1 perro muerto", "3 cattle killed": animals are no casualties
_ANIMALS = _words(
    "perro perros caballo caballos burro burros mula mulas vaca vacas toro toros oveja ovejas "
    "cabeza cabezas animal animales dog dogs horse horses cattle cow cows sheep mule mules "
    # (round ten)
    "alpaca alpacas llama llamas vicuna vicunas truchas peces cuyes gallinas trout fish"
)

# (endings of verbs and participles, which a surname rarely has: "la victima tenia heridas")
_VERB_ENDINGS = (
    "ia",
    "ian",
    "aba",
    "aban",
    "aron",
    "ieron",
    "io",
    "ado",
    "ada",
    "ido",
    "ida",
    "ando",
    "iendo",
    "ed",
    "ing",
)


# (round twenty-one) Names with the endings of verbs ("El vigilante Julio Rojas", "el agente
# Rolando Mendoza", "Garcia"), common in the names of field logs
_NAMES_LIKE_VERBS = _words(
    "julio mario antonio sergio emilio rogelio eusebio virgilio eulogio gregorio ignacio "
    "horacio dionisio elio ambrosio anastasio lucio mauricio patricio arcadio nazario rolando "
    "fernando armando orlando hernando maria lucia sofia rosalia garcia valdivia murcia"
)


def _surname(tok: str) -> bool:
    """Whether ``tok`` may be a surname after a person noun (no casualty, function, auxiliary,
    number or person word)."""
    return (
        tok.isalpha()
        and (not tok.endswith(_VERB_ENDINGS) or tok in _NAMES_LIKE_VERBS)
        and tok not in _CASUALTY_WORDS
        and tok not in _NAME_STOPS
        and tok not in _PERSON_AUX
        and tok not in _NUMBER_WORDS
        and tok not in _PEOPLE_SINGULAR
        and tok not in _PEOPLE_PLURAL
        and tok not in _NEGATIONS
        and tok not in _CLAUSE_JOINS
    )


_DETERMINERS = _words("el la un una the")

_KILLED_BESIDES_VICTIMS = _KILLED_WORDS - {"victimas"}

_OTHER_HARM_WORDS = frozenset(
    word
    for words in (_AFTER_NUMBER, _BEFORE_NUMBER, _SINGLE, _SINGLE_VERBS)
    for word, kind in words.items()
    if kind is not _Kind.KILLED
) | _words(
    # (round twenty-six: "deja nueve victimas ... Cuatro de ellas fallecieron y el resto
    # permanece internado": people in care and people hit are victims too)
    "internado internada internados internadas hospitalizado hospitalizada hospitalizados "
    "hospitalizadas alcanzados alcanzadas"
)

# (round eleven) "los otros dos que estaban con el en el nivel salieron baleados"
_RELATIVE_AUXILIARIES = _AUXILIARIES | _words(
    "salieron "
    # (round twenty-six) "a los tres ingenieros que los comuneros de Ccapacmarca tenian
    # retenidos": the holders' "tenian" before the held people's participle
    "tenian tenia mantenian mantenia"
)

_THE_PLURAL = _words("los las the")

_NEGATED_FIGURE = _words("no not")
