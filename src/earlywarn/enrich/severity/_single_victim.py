"""One unnumbered victim next to a singular person: the casualty word after the person
("minero asesinado"), a dying verb beside them, a death after injuries, and negation."""

from __future__ import annotations

from ._lexicon import (
    _AFTER_PERSON,
    _BOUNDARY,
    _CLAUSE_JOINS,
    _CON_INJURIES,
    _DEATH_NOUNS,
    _DYING_VERBS,
    _NEGATIONS,
    _NONE_WORDS,
    _NUMBER_WORDS,
    _PEOPLE_PLURAL,
    _PEOPLE_SINGULAR,
    _PERSON_AUX,
    _SINGLE,
    _STABBED,
    _Kind,
    _words,
)
from ._number_kind import _ANIMALS, _DETERMINERS, _surname
from ._numbers import _DEFINITE
from ._rewrite import _KILLED_WORDS
from ._vocabulary import _HEALTH_PLACES

_WOUND_NOUNS = _words("herida heridas wound wounds")

_WOUND_BEARERS = _words("presenta presentaba presentan presentaban una")


def _negated(tokens: list[str], i: int) -> bool:
    """A negation a few words before ``tokens[i]`` in its clause: "ningun herido", "Ninguno
    de sus companeros resulto herido"; a plain "no"/"sin" only right before it, since "no"
    often belongs to another verb ("el vigilante, que no portaba arma, resulto herido")."""
    # (six words back: "ninguno de los 40 trabajadores resulto herido")
    for back, tok in enumerate(reversed(tokens[max(0, i - 6) : i]), start=1):
        if tok in _BOUNDARY or tok in _CLAUSE_JOINS:
            return False
        if tok in _NONE_WORDS or (tok in _NEGATIONS and back <= 2):
            return True
        # (round fifteen) "no hay personal herido", "no hubo trabajador lesionado"
        if tok == "no" and back == 3 and tokens[i - 2] in _THERE_IS:
            return True
    return False


_THERE_IS = _words("hay hubo habia existe existio")


def _died_of_injuries(tokens: list[str], i: int, word: str) -> bool:
    """An injured participle describing someone a dying verb just before has killed ("Fallece
    minero herido"): that person counts as killed, not also as injured."""
    # (likewise a kidnapped one: "Muere ingeniero que habia sido secuestrado")
    return _SINGLE[word] is not _Kind.KILLED and _dying_near(tokens, i)


def _dying_near(tokens: list[str], i: int) -> bool:
    """A singular dying verb in the clause of ``tokens[i]``: up to seven words before it
    ("Fallece en el hospital el vigilante baleado") or three after ("un trabajador herido murio
    en el hospital")."""
    for tok in reversed(tokens[max(0, i - 7) : i]):
        if tok in _BOUNDARY or tok in _CLAUSE_JOINS:
            break
        if tok in _DYING_VERBS or tok in _DEATH_NOUNS:
            return True
    for k, tok in enumerate(tokens[i + 1 : i + 4], start=i + 1):
        if tok in _BOUNDARY or tok in _CLAUSE_JOINS:
            break
        # ("el tercer herido tambien ha fallecido")
        if tok in _DYING_VERBS or (tok in _DIED_PARTICIPLES and tokens[k - 1] in ("ha", "habia")):
            return True
    return _dying_later_in_sentence(tokens, i) or _dying_before_relative(tokens, i)


_SUBJECT_SEPARATORS = _BOUNDARY | _words("y e and")


def _dying_later_in_sentence(tokens: list[str], i: int) -> bool:
    """(round thirteen) The participle's person is the subject of a singular dying verb later
    in its sentence, with no other person between ("El minero Quispe, herido de bala el 12 de
    mayo en el sector Trapiche, fallecio ayer"; "que habia sido herido por un perdigon ...
    fallecio en el hospital")."""
    # (round eighteen: twenty words, "que resulto herido con una piedra en la cabeza durante
    # el desbloqueo del corredor minero sur en Chumbivilcas, fallecio")
    for k in range(i + 1, min(i + _SUBJECT_REACH, len(tokens))):
        tok = tokens[k]
        if tok in _SUBJECT_SEPARATORS or tok in _PEOPLE_PLURAL:
            return False
        # ("durante el desbloqueo del corredor minero sur ... fallecio": "minero" after a noun
        # is an adjective, no other person)
        if tok in _PEOPLE_SINGULAR and not (
            tok in _ADJECTIVE_PEOPLE and tokens[k - 1] not in _BEFORE_A_NOUN
        ):
            return False
        if tok in _DIED_ONE:
            return True
    return False


_SUBJECT_REACH = 21

_ADJECTIVE_PEOPLE = _words("minero minera")

_BEFORE_A_NOUN = _words("el la un una al del de a otro otra su este esta ese esa joven")


_WAS_HURT = _words("resulto fue quedo habia sido")


def _dying_before_relative(tokens: list[str], i: int) -> bool:
    """(round thirteen) The participle is in a relative clause about the one person a singular
    dying verb before it names ("fallecio en el hospital de Cusco el comunero de 34 anos que
    resulto herido de bala")."""
    k = i - 1
    while k >= 0 and tokens[k] in _WAS_HURT:
        k -= 1
    if k == i - 1 or k < 0 or tokens[k] != "que":
        return False
    people = 0
    for tok in reversed(tokens[max(0, k - 14) : k]):
        if tok in _SUBJECT_SEPARATORS or tok in _PEOPLE_PLURAL:
            return False
        if tok in _PEOPLE_SINGULAR:
            people += 1
        if tok in _DIED_ONE:
            return people == 1
    return False


_DIED_PARTICIPLES = _words("fallecido fallecida muerto muerta")


_HARM_VERBS = _words("sufrio sufre")

_RELATIVE_REACH = 7  # words of a relative clause, at most


def _before_relative(tokens: list[str], j: int) -> int:
    """Where the singular person is whose relative clause "que ..." ends at ``j``, else ``j``."""
    for k in range(j, max(0, j - _RELATIVE_REACH), -1):
        if tokens[k] in _BOUNDARY or tokens[k] == ",":
            return j
        if tokens[k] == "que":
            return k - 1 if tokens[k - 1] in _PEOPLE_SINGULAR else j
    return j


def _after_person_kinds(tokens: list[str], word: str) -> set[_Kind]:
    """A singular person noun before a participle: "worker shot dead", "a guard was wounded",
    "capataz retenido"."""
    kinds: set[_Kind] = set()
    for i, tok in enumerate(tokens):
        if tok != word:
            continue
        # "Body of kidnapped miner found"
        if word == "body" and tokens[i + 1 : i + 2] == ["of"]:
            # ("the body of a 28-year-old miner": an age may stand between)
            if not _PEOPLE_SINGULAR.isdisjoint(tokens[i + 2 : i + 7]):
                kinds.add(_Kind.KILLED)
            continue
        # "says wounded guard", "kidnapped mining engineer": an English participle before one
        # person (one modifier may stand between)
        after = tokens[i + 1 : i + 3]
        if word in _PRENOMINAL and (
            (after[:1] and after[0] in _PEOPLE_SINGULAR)
            or (
                len(after) == 2
                and after[1] in _PEOPLE_SINGULAR
                and after[0].isalpha()
                and after[0] not in _NUMBER_WORDS
                and after[0] not in _NOT_MODIFIERS
            )
        ):
            # "Wounded mine worker dies in hospital": killed only
            if _AFTER_PERSON[word] is not _Kind.INJURED or not _dying_near(tokens, i):
                kinds.add(_AFTER_PERSON[word])
            continue
        if word in _CON_INJURIES and tokens[i - 1 : i] != ["con"]:
            continue
        # ("La victima presentaba 3 heridas de bala": wounds on a body, as in _participle_kinds)
        if word in _WOUND_NOUNS and not _WOUND_BEARERS.isdisjoint(tokens[max(0, i - 2) : i]):
            continue
        # (round fifteen) "agente Mamani Huarca cae y se fractura la muneca", "trabajador ...
        # resbala en escalera y se fractura el tobillo": the same subject, a verb before
        if (
            word == "selesiona"
            and tokens[i - 1 : i] == ["y"]
            and _singular_subject_before(tokens, i - 1)
            # (not in a story of a death: "cayo y se fracturo ...; murio en el hospital")
            and _KILLED_WORDS.isdisjoint(tokens)
            and _DYING_VERBS.isdisjoint(tokens)
        ):
            kinds.add(_Kind.INJURED)
            continue
        # ("Miner hacked to death": the verb of "to death" stands between)
        j = i - 2 if word == "todeath" else i - 1
        # (an age may stand between: "The guard, 52, was wounded")
        steps = i - j
        while j >= 0 and steps <= 3:
            # (round ten: an aside in brackets too, "Cocinera (Sra. Huanca) fue encerrada")
            if tokens[j] == ")" and "(" in tokens[max(0, j - 8) : j]:
                j = max(k for k in range(max(0, j - 8), j) if tokens[k] == "(") - 1
                continue
            if tokens[j] not in _PERSON_AUX and not tokens[j].isdigit():
                break
            j -= 1
            steps += 1
        # (round ten) "Vigilante Roque golpeado", "el copiloto RAMOS sufrio fractura": a
        # surname after the person
        if j >= 1 and tokens[j - 1] in _PEOPLE_SINGULAR and _surname(tokens[j]):
            j -= 1
        # (round fifteen) "El vigilante Juan Chura resulto con lesiones": a first name too
        elif (
            j >= 2
            and tokens[j - 2] in _PEOPLE_SINGULAR
            and _surname(tokens[j - 1])
            and _surname(tokens[j])
            # (not "the guard dog were killed")
            and _NOT_FIRST_NAMES.isdisjoint(tokens[j - 1 : j + 1])
        ):
            j -= 2
        # (round eighteen) "El vigilante que intento apagar el fuego sufrio quemaduras": a
        # relative clause between the person and the verb of the harm
        if j >= 0 and tokens[i - 1] in _HARM_VERBS and tokens[j] not in _PEOPLE_SINGULAR:
            j = _before_relative(tokens, j)
        # "one worker killed and another wounded"; "Capataz de una contrata es baleado"
        if (
            j >= 0
            and (
                tokens[j] in _PEOPLE_SINGULAR
                or tokens[j] == "another"
                or _person_of(tokens, j)
                # (round twelve) "uno murio. El otro recibio un disparo en la espalda"
                or (tokens[j] in _THE_OTHER and j > 0 and tokens[j - 1] in _DEFINITE)
            )
            and not _negated(tokens, j)  # "Ningun operario se lesiono"
        ):
            # (round twelve) "The guard shot at the intruders": active, its own object after it
            # (and "Miner's body found ... The man, 42, had been shot twice": the dead one)
            if word == "shot" and (_shot_someone(tokens, i) or not _FOUND_DEAD.isdisjoint(tokens)):
                continue
            kind = _AFTER_PERSON[word]
            # "Muere vigilante baleado": the dying verb counts that person as killed; and
            # "baleado" in a story that states a death is most likely the one who died
            # ("el otro" is by its word not the one who died)
            if (
                kind is _Kind.INJURED
                and tokens[j] not in _THE_OTHER
                and (
                    _dying_near(tokens, i)
                    or (word in _SHOT and not _KILLED_WORDS.isdisjoint(tokens))
                )
            ):
                continue
            kinds.add(kind)
    return kinds


_SUBJECT_WINDOW = 12


def _singular_subject_before(tokens: list[str], k: int) -> bool:
    """Whether the sentence before ``tokens[k]`` names one person as its subject, with no other
    people, figure or negation after them (up to twelve words back)."""
    for m in range(k - 1, max(-1, k - 1 - _SUBJECT_WINDOW), -1):
        tok = tokens[m]
        if tok in _BOUNDARY or tok in _PEOPLE_PLURAL or tok in _NUMBER_WORDS or tok.isdigit():
            return False
        if tok in _ANIMALS or tok in _NEGATIONS:
            return False
        if tok in _PEOPLE_SINGULAR:
            return m == 0 or tokens[m - 1] not in ("a", "al")  # (not an object: "golpeo al")
    return False


def _shot_someone(tokens: list[str], i: int) -> bool:
    """Whether "shot" at ``tokens[i]`` is active: people or a pronoun right after it, or after
    "at" ("shot two intruders", "shot at the attackers", "shot at them")."""
    after = [t for t in tokens[i + 1 : i + 4] if t not in _DETERMINERS and t != "at"]
    return bool(after) and (
        after[0] in _PEOPLE_PLURAL
        or after[0] in _PEOPLE_SINGULAR
        or after[0] in _OBJECT_PRONOUNS
        or after[0] in _NUMBER_WORDS
        or after[0][0].isdigit()
    )


_OBJECT_PRONOUNS = _words("him her them intruders thieves robbers suspects")

_THE_OTHER = _words("otro otra other")

_SHOT = _words("baleado baleada golpeado golpeada beaten shot") | frozenset(_STABBED)

_PRENOMINAL = _words("wounded injured kidnapped abducted slain murdered")

# Words that do not qualify the person after them ("murdered in Madre de Dios": a place)
_NOT_MODIFIERS = _words("in at on by of the a an and or to for from with near after")

_NOT_FIRST_NAMES = _ANIMALS | _words("were are")


def _person_of(tokens: list[str], j: int) -> bool:
    """Whether ``tokens[j]`` ends a complement of a singular person: "capataz de una contrata",
    "comerciante de oro" (the person, "de" and at most three words)."""
    for k in range(j - 1, max(0, j - 4), -1):
        if tokens[k] in _BOUNDARY:
            return False
        if tokens[k] in ("de", "del", "of") and tokens[k - 1] in _PEOPLE_SINGULAR:
            return True
    return False


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
        # "El minero, de 34 años, murió", "Menor de 15 años muere": a person a few words back,
        # after an article or at the start of the sentence
        for j in range(i - 2, max(i - 11, -1), -1):
            if tokens[j] in _BOUNDARY or tokens[j] in _CLAUSE_JOINS:
                break
            if tokens[j] in _PEOPLE_SINGULAR and (
                j == 0 or tokens[j - 1] in _BOUNDARY or tokens[j - 1] in _DETERMINERS
            ):
                return True
        # "Fallece en el hospital el vigilante": an article and a person a few words on
        for j in range(i + 1, min(i + 7, len(tokens) - 1)):
            if tokens[j] in _BOUNDARY or tokens[j] in _CLAUSE_JOINS:
                break
            if tokens[j] in _DETERMINERS and tokens[j + 1] in _PEOPLE_SINGULAR:
                return True
        # (round thirteen) "Muere en hospital vigilante baleado": a headline's bare person after
        # the health place where the death was
        place = tokens[i + 1 : i + 5]
        if place[:1] == ["en"] and place[1:2] in (["el"], ["la"]):
            place = ["en", *place[2:]]
        if (
            place[:1] == ["en"]
            and len(place) > 2
            and place[1] in _HEALTH_PLACES
            and place[2] in _PEOPLE_SINGULAR
        ):
            return True
    return False


# A body found, or a kidnapping and a killing verb joined ("secuestran y asesinan a"): the one
# victim of both
_FOUND_DEAD = _words("cuerpo cadaver restos body remains halladosinvida sinvida")

_DIED_ONE = _words("murio fallecio muere fallece died")
