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
    _HOW_BADLY_EN,
    _LABEL_NOUNS,
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
from ._number_kind import _ANIMALS, _DETERMINERS, _DIED_ONE, _surname
from ._numbers import _DEFINITE, _Number, _sentence_bounds
from ._rewrite import _DISEASES, _KILLED_WORDS, _VEHICLES
from ._vocabulary import _HEALTH_PLACES

_WOUND_NOUNS = _words("herida heridas wound wounds")

_WOUND_BEARERS = _words("presenta presentaba presentan presentaban una")

# Words between a person and the wound they carry ("esta internado con una herida")
_BEFORE_A_WOUND = _words(
    "una un a internado internada hospitalizado hospitalizada in hospital with"
)

# A story of the dead, where wounds a person "presents" are most likely on a body
_BODY_WORDS = _words("cuerpo cuerpos cadaver cadaveres restos body bodies victima")


_OWNER_REACH = 4  # words from a vehicle to the person after "del", at most


def _owner_of_a_vehicle(tokens: list[str], j: int) -> bool:
    """Whether the person at or just before ``j`` follows "<vehicle> del" / "<vehicle> de la"
    ("la camioneta del jefe de operaciones"): the vehicle is what was hit."""
    for k in range(j, max(0, j - _OWNER_REACH), -1):
        if k >= 2 and tokens[k - 1] == "del" and tokens[k - 2] in _VEHICLES:
            return True
        if k >= 3 and tokens[k - 2 : k] == ["de", "la"] and tokens[k - 3] in _VEHICLES:
            return True
    return False


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
        # ((round thirty) "No se registra personal herido", "no se reporto trabajador herido")
        if tok == "no" and back == 4 and tokens[i - 3] == "se" and tokens[i - 2] in _RECORDED:
            return True
    return False


_RECORDED = _words("registra registro reporta reporto registran reportan")


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
    k = i
    while k + 1 < min(i + _SUBJECT_REACH, len(tokens)):
        k += 1
        tok = tokens[k]
        # ((round twenty-seven) a place in brackets: "en Retamas (Parcoy, Pataz) fallecio")
        if tok == "(" and ")" in tokens[k + 1 : k + _ASIDE_REACH]:
            k = tokens.index(")", k + 1)
            continue
        if tok in _SUBJECT_SEPARATORS:
            return False
        # (round nineteen) "herido de bala durante un ataque de mineros ilegales ... falleció":
        # people after "de" or "by" are a complement, no other subject
        if tok in _PEOPLE_PLURAL and tokens[k - 1] not in _COMPLEMENT_OF:
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

_ASIDE_REACH = 8  # words of a bracketed aside the walk steps over, at most

# (one shot and then taken for care is alive)
_TAKEN_FOR_CARE = _words(
    "trasladado trasladada internado internada hospitalizado hospitalizada evacuado evacuada "
    "referido referida estable recupera recovering"
)
_CARE_REACH = 8

_COMPLEMENT_OF = _words("de del por of by")

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
            # ("the body of a 28-year-old miner": an age may stand between; (round twenty-five)
            # "The body of the other, Ismael Torres, was found")
            if not _PEOPLE_SINGULAR.isdisjoint(tokens[i + 2 : i + 7]) or tokens[i + 2 : i + 4] == [
                "the",
                "other",
            ]:
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
        # (round nineteen) "dejó amarrado al vigilante del nivel", "tiene retenido al chofer":
        # the held one after the participle
        if (
            word in _HELD_BEFORE_OBJECT
            and (
                _person_object(tokens, i + 1) or _person_object(tokens, _after_since(tokens, i + 1))
            )
        ) or (word == "tiedup" and _english_person_object(tokens, i + 1)):
            kinds.add(_AFTER_PERSON[word])
            continue
        # ((round twenty-two) "resbalo en la rampa 4 y sufrio fractura de tibia", merged as
        # "lesiones": the same subject as "y se fractura", below)
        if (
            word in _CON_INJURIES
            and tokens[i - 1 : i] != ["con"]
            and not (word == "lesiones" and tokens[i - 1 : i] == ["y"])
        ):
            continue
        # ("La victima presentaba 3 heridas de bala": wounds on a body, as in _participle_kinds;
        # (round twenty-seven) in a story of a death only: "El tercer trabajador ... esta
        # internado con una herida de bala" is one wounded)
        if (
            word in _WOUND_NOUNS
            and not _WOUND_BEARERS.isdisjoint(tokens[max(0, i - 2) : i])
            and not (_KILLED_WORDS | _DYING_VERBS | _BODY_WORDS).isdisjoint(tokens)
        ):
            continue
        # (round fifteen) "agente Mamani Huarca cae y se fractura la muneca", "trabajador ...
        # resbala en escalera y se fractura el tobillo": the same subject, a verb before
        if (
            (
                (word in ("selesiona", "lesiones") and tokens[i - 1 : i] == ["y"])
                # ((round twenty-two) "Contractor electrician slipped on wet grating and
                # twisted his right ankle", merged as "hurtlimb"; (round twenty-three) also
                # with no "and": "Operator L. Ccahuana slipped on wet grating, fractured left
                # wrist")
                or (word in ("wounded", "hurtlimb") and tokens[i - 1 : i] == ["and"])
                or word == "hurtlimb"
            )
            and _singular_subject_before(tokens, i - 1)
            # (not in a story of a death: "cayo y se fracturo ...; murio en el hospital")
            and _KILLED_WORDS.isdisjoint(tokens)
            and _DYING_VERBS.isdisjoint(tokens)
        ):
            kinds.add(_Kind.INJURED)
            continue
        # ((round thirty-two) one in hospital only after a verb of staying: "Otro trabajador
        # sigue internado"; not an apposition, "El agente, internado desde el domingo en la
        # UCI, es la segunda victima")
        if word in _IN_HOSPITAL and tokens[i - 1 : i] not in _STAYING_IN:
            continue
        # ((round thirty-two) a harm denied is none: "evaluados por el medico de la unidad, sin
        # lesiones")
        if tokens[i - 1 : i] in (["sin"], ["without"]):
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
            # ((round twenty-one) an age in years: "al vigilante Pari, 52 anos, sin vida")
            # (not "de 52 anos", read after this walk)
            if tokens[j] in _YEARS and j > 1 and tokens[j - 1].isdigit() and tokens[j - 2] != "de":
                j -= 2
                continue
            if (
                tokens[j] not in _PERSON_AUX
                and tokens[j] not in _HOW_BADLY_EN
                and not tokens[j].isdigit()
                and not (word == "sinvida" and tokens[j] in _LIFELESS_AUX)
                # ((round twenty-seven) "Un trabajador esta internado con una herida de bala",
                # "A guard is in hospital with a gunshot wound")
                and not (word in _WOUND_NOUNS and tokens[j] in _BEFORE_A_WOUND)
            ):
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
        # ((round twenty-three) a name of three or four words: "El trabajador Jose Luis Puma
        # Huanca (19), retenido desde el martes")
        elif j >= 3 and _long_name_before(tokens, j) >= 0:
            j = _long_name_before(tokens, j)
        # (round nineteen) "El minero desaparecido fue hallado sin vida", "el vigilante
        # colombiano fue baleado": one adjective after the person
        elif (
            j >= 1
            and j < i - 1
            and tokens[j - 1] in _PEOPLE_SINGULAR
            and tokens[j].endswith(_ADJECTIVE_ENDINGS)
            and tokens[j] not in _SINGLE_WORDS_AFTER
        ):
            j -= 1
        # (round eighteen) "El vigilante que intento apagar el fuego sufrio quemaduras": a
        # relative clause between the person and the verb of the harm
        # ((round twenty-three) and "Una mujer que atendia el local recibio un balazo", merged
        # as "baleado")
        if (
            j >= 0
            and (tokens[i - 1] in _HARM_VERBS or word == "baleado")
            and tokens[j] not in _PEOPLE_SINGULAR
        ):
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
                # (round twenty) "Uno de ellos con corte en la ceja": one of a group
                or (tokens[j] in _THEM_ONE and tokens[max(0, j - 2) : j] in _ONE_OF)
                # ((round twenty-seven) "Uno de los vigilantes recibio un disparo en el brazo")
                or (tokens[j] in _PEOPLE_PLURAL and tokens[max(0, j - 3) : j] in _ONE_OF_THE)
                # (round twenty-two) "Pelea entre dos trabajadores; uno con corte en la ceja":
                # "uno" opening its clause
                or (tokens[j] in ("uno", "una") and j > 0 and tokens[j - 1] in (";", ":"))
            )
            and not _negated(tokens, j)  # "Ningun operario se lesiono"
            # ((round twenty-seven) not the owner of a vehicle shot at: "La camioneta del jefe
            # de operaciones recibio cuatro impactos de bala")
            and not _owner_of_a_vehicle(tokens, j)
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
                    or (
                        word in _SHOT
                        and not _KILLED_WORDS.isdisjoint(tokens)
                        # ((round twenty-three) not one shot in a limb: "el conductor murio;
                        # el minero recibio un balazo en la pierna")
                        and _LIMBS.isdisjoint(tokens[i + 1 : i + 1 + _LIMB_REACH])
                        # ((round twenty-seven) nor one taken for care after: "su ayudante,
                        # baleado en el abdomen, fue trasladado al hospital de Nasca")
                        and _TAKEN_FOR_CARE.isdisjoint(tokens[i + 1 : i + 1 + _CARE_REACH])
                    )
                )
            ):
                continue
            kinds.add(kind)
        # (round twenty-two) "El vigilante nocturno J. Huillca fue golpeado por 3
        # desconocidos", "El conductor, que opuso resistencia, fue golpeado": a passive whose
        # subject, further back, is one person (of a harm only; no death in the story, which
        # the harmed one may be)
        # ((round thirty-two) an English adverb of how badly may stand between: "A guard at
        # the substation was slightly injured")
        elif (
            tokens[_aux_at(tokens, i) : _aux_at(tokens, i) + 1] in _PASSIVE_AUX
            # ((round twenty-six) not "said nobody was hurt": no one is the subject)
            and not _negated(tokens, _aux_at(tokens, i))
            and _singular_subject_before(tokens, _aux_at(tokens, i))
            and (
                _AFTER_PERSON[word] is not _Kind.INJURED
                or (_KILLED_WORDS.isdisjoint(tokens) and _DYING_VERBS.isdisjoint(tokens))
            )
        ):
            # ("An environmental activist who led opposition to a gold project was shot dead")
            kinds.add(_AFTER_PERSON[word])
    return kinds


_PASSIVE_AUX = [["fue"], ["resulto"], ["quedo"], ["was"]]

_IN_HOSPITAL = _words("internado internada hospitalizado hospitalizada")
_STAYING_IN = [["sigue"], ["permanece"], ["continua"], ["esta"], ["queda"], ["quedo"]]


def _aux_at(tokens: list[str], i: int) -> int:
    """Where the auxiliary of the participle at ``i`` would be: right before it, or before an
    English adverb of how badly ("was slightly injured")."""
    return i - 2 if i > 1 and tokens[i - 1] in _HOW_BADLY_EN else i - 1


# Limbs, where a shot seldom kills (see _after_person_kinds)
_LIMBS = _words(
    "pierna piernas brazo brazos mano manos pie pies hombro muslo rodilla tobillo cadera "
    "leg legs arm arms hand hands foot shoulder thigh knee ankle hip"
)

_LIMB_REACH = 4  # words from the shot to its limb, at most


def _shot_in_a_limb(tokens: list[str], shots: frozenset[str]) -> bool:
    """Whether one of ``shots`` is followed by a limb ("recibio un balazo en la pierna")."""
    return any(
        tok in shots and not _LIMBS.isdisjoint(tokens[k + 1 : k + 1 + _LIMB_REACH])
        for k, tok in enumerate(tokens)
    )


_SUBJECT_WINDOW = 12
_SUBJECT_WINDOW_EN = 20

# Verbs of one person lying dead, between them and "sin vida" (singular only)
_LIFELESS_AUX = _words("aparecio aparece tendido tendida yacia yace encontrado encontrada")

_ADJECTIVE_ENDINGS = ("ado", "ada", "ido", "ida", "ano", "ana", "ense", "ino", "ina")

# Participles that are harms of their own, never a mere adjective of the person before them
_SINGLE_WORDS_AFTER = frozenset(_AFTER_PERSON) | frozenset(_SINGLE)


def _singular_subject_before(tokens: list[str], k: int) -> bool:
    """Whether the sentence before ``tokens[k]`` names one person as its subject, with no other
    people, figure or negation after them (up to twelve words back)."""
    m = k
    # ((round twenty-four) in English "a" is an article, not the object marker "a": "A worker
    # who had refused to pay was shot dead"; its people's clause may be longer)
    english = tokens[k] == "was"
    window = _SUBJECT_WINDOW_EN if english else _SUBJECT_WINDOW
    while m > max(0, k - window):
        m -= 1
        tok = tokens[m]
        if english and tok in ("a", "an"):
            continue
        # ((round twenty-two) an aside in brackets is stepped over: "Rolando Tapia (29)
        # resbalo")
        if tok == ")" and "(" in tokens[max(0, m - _ASIDE_REACH) : m]:
            m = max(j for j in range(max(0, m - _ASIDE_REACH), m) if tokens[j] == "(")
            continue
        # (and an initial's stop: "El vigilante nocturno J. Huillca fue golpeado")
        if tok == "." and m > 0 and len(tokens[m - 1]) == 1 and tokens[m - 1].isalpha():
            continue
        # ((round twenty-one) not a label's digit: "resbala en la escalera de la faja 3 y se
        # fractura la muneca"; (round twenty-two) nor a measure's, "sufre caida de 3 m")
        label = tok.isdigit() and (
            (m > 0 and tokens[m - 1] in _LABEL_NOUNS)
            or tokens[m + 1 : m + 2] in ([unit] for unit in _MEASURES)
        )
        # ((round thirty-one) not the article of a thing: "Trabajador cae a un pique y sufre
        # fractura")
        thing_article = (
            tok in ("un", "una")
            and tokens[m + 1 : m + 2] != []
            and (tokens[m + 1] not in _PEOPLE_SINGULAR and tokens[m + 1] not in _NUMBER_WORDS)
        )
        if (
            tok in _BOUNDARY
            or tok in _PEOPLE_PLURAL
            or (tok in _NUMBER_WORDS and not thing_article)
            or (tok.isdigit() and not label)
        ):
            return False
        if tok in _ANIMALS or tok in _NEGATIONS:
            return False
        if tok in _PEOPLE_SINGULAR:
            # (not an object: "golpeo al")
            return m == 0 or english or tokens[m - 1] not in ("a", "al")
    return False


_YEARS = _words("anos years")

_ASIDE_REACH = 8  # words of a bracketed aside, at most

# (units after a figure that measures no people: "una caida de 3 m")
_MEASURES = _words("m mts metros km kg h hrs horas min minutos")

_SENTENCE_REACH = 30

_HELD_BEFORE_OBJECT = _words(
    "retenido retenida maniatado maniatada amarrado amarrada encerrado encerrada atado atada"
)


_ENGLISH_OBJECT_DETERMINERS = _words("the a an his her their its our")


def _english_person_object(tokens: list[str], k: int) -> bool:
    """Whether one person is the English object at ``tokens[k]``: "tie up guard", "tied up the
    night watchman" (one modifier may stand before the person)."""
    if tokens[k : k + 1] and tokens[k] in _ENGLISH_OBJECT_DETERMINERS:
        k += 1
    head = tokens[k : k + 2]
    return bool(head) and (
        head[0] in _PEOPLE_SINGULAR
        or (len(head) == 2 and head[1] in _PEOPLE_SINGULAR and head[0] not in _NOT_MODIFIERS)
    )


def _english_objects_joined(tokens: list[str], word: str) -> int:
    """The most single people a "tied up" joins as its object ("tied up the driver and his
    assistant": two), 0 when it has no such object."""
    most = 0
    for i, tok in enumerate(tokens):
        if tok != word or not _english_person_object(tokens, i + 1):
            continue
        found = 1
        for k in range(i + 2, min(i + 5, len(tokens) - 1)):
            if tokens[k] in _BOUNDARY:
                break
            if tokens[k] == "and" and _english_person_object(tokens, k + 1):
                found = 2
                break
        most = max(most, found)
    return most


_LONG_NAME = 4  # words of a person's full name, at most


def _long_name_before(tokens: list[str], j: int) -> int:
    """Where the person noun is whose full name of three or four words ends at ``tokens[j]``,
    or -1."""
    k = j
    while k > 0 and j - k < _LONG_NAME and _surname(tokens[k]):
        if tokens[k - 1] in _PEOPLE_SINGULAR and j - k >= 2:
            return k - 1
        k -= 1
    return -1


_SINCE = _words("desde durante hace")

_SINCE_REACH = 4  # words of a time after "desde", at most


def _after_since(tokens: list[str], k: int) -> int:
    """(round twenty-three) Where the object starts after a time at ``tokens[k]`` ("mantienen
    retenido desde el lunes a un ingeniero"): the next "a"/"al" within a few words, else
    ``k``."""
    if tokens[k : k + 1] == [] or tokens[k] not in _SINCE:
        return k
    for j in range(k + 1, min(len(tokens), k + 1 + _SINCE_REACH)):
        if tokens[j] in _BOUNDARY:
            return k
        if tokens[j] in ("a", "al"):
            return j
    return k


def _person_object(tokens: list[str], k: int) -> bool:
    """Whether one person is the object starting at ``tokens[k]``: "al vigilante", "a un
    minero", "a la cocinera"."""
    if tokens[k : k + 1] == ["al"]:
        rest = tokens[k + 1 : k + 2]
    elif tokens[k : k + 1] == ["a"]:
        rest = tokens[k + 1 : k + 3]
        rest = rest[1:] if rest[:1] and rest[0] in _DETERMINERS else rest[:1]
    else:
        return False
    return bool(rest) and rest[0] in _PEOPLE_SINGULAR


def _one_person_opens_sentence(tokens: list[str], k: int) -> bool:
    """Whether the sentence of ``tokens[k]`` opens with one person ("A worker", "El vigilante
    de turno", "Security guard"; one modifier may come first) and names no other people before
    ``k``."""
    start = k
    while start > 0 and tokens[start - 1] not in _BOUNDARY and k - start < _SENTENCE_REACH:
        start -= 1
    if start > 0 and tokens[start - 1] not in _BOUNDARY:
        return False  # too long a sentence to tell
    head = start + (tokens[start] in _DETERMINERS) if start < k else start
    if head < k and tokens[head] not in _PEOPLE_SINGULAR:
        head += 1  # ("A contract worker", "Un joven minero")
    if head >= k or tokens[head] not in _PEOPLE_SINGULAR:
        return False
    # (a person in a complement of the first is no other: "El agente de seguridad que ...")
    return not any(
        (tok in _PEOPLE_PLURAL or tok in _PEOPLE_SINGULAR) and tokens[m - 1] not in ("de", "del")
        for m, tok in enumerate(tokens[head + 1 : k], start=head + 1)
    )


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

_THEM_ONE = _words("ellos ellas them")

# Participles that name one person after "el" / "la" ("el herido fallecio")
_NOMINAL_ONE = _words("herido herida baleado baleada lesionado lesionada secuestrado secuestrada")

_ONE_OF = [["uno", "de"], ["una", "de"], ["one", "of"]]

_ONE_OF_THE = [["uno", "de", "los"], ["una", "de", "las"], ["one", "of", "the"]]

_SHOT = _words("baleado baleada golpeado golpeada beaten shot") | frozenset(_STABBED)

_PRENOMINAL = _words("wounded injured kidnapped abducted slain murdered")

# Words that do not qualify the person after them ("murdered in Madre de Dios": a place)
_NOT_MODIFIERS = _words("in at on by of the a an and or to for from with near after")

_NOT_FIRST_NAMES = (
    _ANIMALS
    | _NONE_WORDS
    # (round twenty-six: "The grid operator said nobody was hurt": a verb of saying and no one
    # are no name)
    | _words("were are said says dijo dice")
)


# (round twenty: "a worker of a third-party transport company was killed", five words)
_COMPLEMENT_REACH = 7


_NAME_WORDS_MAX = 4  # words of a person's name after their noun, at most


def _named_person_ends(tokens: list[str], k: int) -> bool:
    """Whether a singular person's noun and then one to four name words end at ``k`` ("el
    conductor Mario Sulca Huaman")."""
    for m in range(k, max(-1, k - _NAME_WORDS_MAX - 1), -1):
        if m < k and tokens[m] in _PEOPLE_SINGULAR:
            return True
        if not _surname(tokens[m]):
            return False
    return False


def _person_of(tokens: list[str], j: int) -> bool:
    """Whether ``tokens[j]`` ends a complement of a singular person: "capataz de una contrata",
    "comerciante de oro" (the person, "de" and at most three words)."""
    for k in range(j - 1, max(0, j - 4), -1):
        if tokens[k] in _BOUNDARY:
            return False
        if tokens[k] in ("de", "del", "of") and tokens[k - 1] in _PEOPLE_SINGULAR:
            return True
    # (round twenty) "a worker of a third-party transport company was killed", "El vigilante,
    # de 62 anos, fue maniatado": a longer complement, with no people or figure in it but an
    # age, and no figure right before the harm ("de 40 anos tenia dos heridas")
    if tokens[j] in _NUMBER_WORDS or tokens[j].isdigit():
        return False
    for k in range(j - 1, max(0, j - _COMPLEMENT_REACH), -1):
        tok = tokens[k]
        if tok in _BOUNDARY and tok not in "()":
            return False
        if tok in _PEOPLE_PLURAL or tok in _NUMBER_WORDS:
            return False
        if tok.isdigit() and tokens[k + 1 : k + 2] not in (["anos"], [")"]):
            return False
        if tok in ("de", "del", "of") and tokens[k - 1] in _PEOPLE_SINGULAR:
            return True
        # ((round twenty-seven) and the person's name before the age: "El conductor Mario
        # Sulca Huaman, de 39 anos, fue baleado en el brazo")
        if tok == "de" and tokens[k + 2 : k + 3] == ["anos"] and _named_person_ends(tokens, k - 1):
            return True
    # (round nineteen) "A gold buyer in the southern town of Nasca was shot dead": an English
    # place after the person, up to six words
    for k in range(j - 1, max(0, j - 7), -1):
        if tokens[k] in _BOUNDARY or tokens[k] in _PEOPLE_PLURAL or tokens[k] == ",":
            return False
        if tokens[k] in ("in", "at", "from") and tokens[k - 1] in _PEOPLE_SINGULAR:
            return True
    return False


_ONE_BACK = 13  # words back from a dying verb to its one person, at most (and the verb)


def _of_an_illness(tokens: list[str], i: int) -> bool:
    """Whether the sentence of ``tokens[i]`` names an illness ("muere de infarto", "sufrio un
    paro cardiaco ... y llego sin vida")."""
    start, end = _sentence_bounds(tokens, _Number(i, i + 1, 1))
    return not _DISEASES.isdisjoint(tokens[start:end])


def _dying_single(tokens: list[str], word: str) -> bool:
    """A dying verb with a singular person right before or after it (an article between is
    allowed): "Muere vigilante baleado", "Fallece el minero", "Un minero murio"."""
    for i, tok in enumerate(tokens):
        if tok != word:
            continue
        # ((round twenty-three) "Ningun trabajador fallecio": no one died; (round twenty-six)
        # nor one who died of an illness, "Operador de mina muere de infarto")
        if _negated(tokens, i) or _of_an_illness(tokens, i):
            continue
        after = [t for t in tokens[i + 1 : i + 3] if t not in ("el", "la", "un", "una", "a", "the")]
        if after and after[0] in _PEOPLE_SINGULAR:
            return True
        if i > 0 and tokens[i - 1] in _PEOPLE_SINGULAR:
            return True
        # (round nineteen) "disparan contra Juan Carlos, de 29 años, quien murió camino a la
        # posta", "atacó al otro, quien falleció": "quien" is one person
        if i > 0 and tokens[i - 1] == "quien":
            return True
        # (round nineteen) "A scaffolder fell 12 m from the platform and died at the scene",
        # "A security guard who was shot during a raid on the plant died in hospital": the
        # dying verb of the sentence's one-person subject
        if _one_person_opens_sentence(tokens, i):
            return True
        # "El minero, de 34 años, murió", "Menor de 15 años muere": a person a few words back,
        # after an article or at the start of the sentence; (round twenty) "el herido de
        # anoche ... fallecio": the one wounded, after "el" / "la", is a person
        # ((round twenty-six) up to twelve words back: "el vigilante herido ayer en la garita El
        # Toro, Jose Aguilar Rios, fallecio")
        for j in range(i - 1, max(i - _ONE_BACK, -1), -1):
            if j < i - 1 and (tokens[j] in _BOUNDARY or tokens[j] in _CLAUSE_JOINS):
                break
            if tokens[j] in _NOMINAL_ONE and j > 0 and tokens[j - 1] in ("el", "la"):
                return True
            if j == i - 1:
                continue
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
        # (round twenty-two) "Fallecio Jorge Mendoza", "Ccahua died in surgery", "el
        # electricista R. Ayala (33) ... fallece a las 14:10 h": a singular dying verb is one
        # death whoever its subject is, a name or a person sentences back
        if word in _DIED_ONE and _one_death_at(tokens, i):
            return True
    return False


# (before a dying verb: a threat or a condition, "paga o muere", "if he dies")
_NOT_A_DEATH_BEFORE = _words("o or si if")


def _one_death_at(tokens: list[str], i: int) -> bool:
    """Whether the singular dying verb at ``tokens[i]`` tells of a person's death: not denied,
    threatened or supposed, and its sentence names no animal ("Una vicuna fue atropellada y
    murio") and no illness ("sufre un infarto y fallece")."""
    if (i > 0 and tokens[i - 1] in _NOT_A_DEATH_BEFORE) or _negated(tokens, i):
        return False
    start, end = _sentence_bounds(tokens, _Number(i, i + 1, 1))
    # ((round twenty-six) nor a share of many, "La mayoria de las victimas murio en disputas")
    return (
        _ANIMAL_NAMES.isdisjoint(tokens[start:end])
        and not _of_an_illness(tokens, i)
        and _SHARES.isdisjoint(tokens[start:i])
    )


_SHARES = _words("mayoria most majority")


# (not "cabeza", head of cattle but also a head: "murio por golpes en la cabeza")
_ANIMAL_NAMES = (_ANIMALS - _words("cabeza cabezas")) | _words("ganado livestock")


# A body found, or a kidnapping and a killing verb joined ("secuestran y asesinan a"): the one
# victim of both
# (round twenty: "Hallan muerto a gerente ... secuestrado", "aparece muerto")
_FOUND_DEAD = _words(
    "cuerpo cadaver restos body remains halladosinvida sinvida hallanmuerto hallanmuertos"
)
