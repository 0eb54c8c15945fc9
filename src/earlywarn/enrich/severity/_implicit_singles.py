"""Victims stated without a number (``_implicit_singles``): singular participles and verbs,
more objects of one verb, ordinal deaths, wounds of a body, attacks, anaphors, people forced
into a vehicle, the missing, English pronouns, the kidnapped who came back hurt."""

from __future__ import annotations

from itertools import pairwise

from ._lexicon import (
    _AFTER_NUMBER,
    _AFTER_PERSON,
    _ARTICLES,
    _BEATING,
    _BEFORE_NUMBER,
    _BODY_NOUNS,
    _BOUNDARY,
    _DEATH_NOUNS,
    _DYING_VERBS,
    _MONTHS,
    _NEGATIONS,
    _NUMBER_WORDS,
    _PEOPLE_PLURAL,
    _PEOPLE_SINGULAR,
    _PERPETRATORS,
    _PERSON_AUX,
    _SENTENCE_ENDS,
    _SINGLE,
    _SINGLE_VERBS,
    _VERB_GAP,
    _Kind,
    _words,
)
from ._number_kind import (
    _ANIMALS,
    _COUNTERFACTUAL,
    _DIED_ONE_ES,
    _KIDNAP_NOUNS,
    _SHOTS,
    _dead_later_in_clause,
    _instrument_start,
    _not_done,
)
from ._numbers import _AND, _Number
from ._rewrite import _KILLED_WORDS, _VEHICLES, _sentence_span
from ._single_victim import (
    _ENGLISH_OBJECT_DETERMINERS,
    _FOUND_DEAD,
    _WOUND_BEARERS,
    _WOUND_NOUNS,
    _after_person_kinds,
    _died_of_injuries,
    _dying_single,
    _english_objects_joined,
    _english_person_object,
    _negated,
    _one_death_at,
    _singular_subject_before,
)
from ._vocabulary import _CAPTIVE_CLITICS, _FORCING, _HEALTH_PLACES, _PUTTING_IN, _SINGLE_WORDS

_RETAIN = _words(
    "retienen retuvieron ataron amarraron maniataron amarran maniatan encierran encerraron "
    "llevaronalafuerza retuvo retiene"
)

# (round twenty: "un asesino a sueldo", a hired killer, where "asesino" is the noun)
_NOT_ONE_PERSON = _words(
    "los las perro perros caballo caballos burro mula ganado animal dog sueldo "
    # (round twenty-four: "si no pagamos, nos matan a todos", a threat to many, no one person)
    "todos todas varios varias muchos muchas ellos ellas nosotros ustedes "
    # (round twenty: "Balean a camioneta de minera", "el baleo a la camioneta": a vehicle or a
    # building shot at is no one hurt)
    "camioneta camion bus vehiculo auto mototaxi volquete casa vivienda campamento garita "
    # (round thirty-one: "Heladas matan a mas de 300 alpacas", a figure's bound, many)
    "mas menos"
)


def _implicit_singles(tokens: list[str]) -> dict[_Kind, int]:
    """Kinds stated for unnumbered victims, one each.

    A singular participle ("minero asesinado", "fue secuestrado"), or a casualty verb whose
    object is one person ("Raptan a supervisor", "Dan muerte a vigilante", "Matan a golpes a
    minero": "a" then a word that is not a number, within three words of the verb); objects
    listed one by one after the verb count one each ("Hieren a minero y a su esposa" is two).
    """
    present = _SINGLE_WORDS.intersection(tokens)
    counts: dict[_Kind, int] = {}
    # (round nineteen) "Hallan cuerpo con herida de bala", "Police found a body near the mine":
    # one body found is one killed
    if not _ONE_BODY.isdisjoint(tokens) and _found_one_body(tokens):
        counts[_Kind.KILLED] = 1
    # (round twenty-seven) "Un trabajador esta internado con una herida de bala", "A guard is
    # in hospital with a gunshot wound": one person who carries a wound
    if not _ONE_WOUND.isdisjoint(tokens) and _one_carries_a_wound(tokens):
        counts[_Kind.INJURED] = 1
    # (round twenty-nine) "Restos hallados en Chaparra son del minero desaparecido", "el cuerpo
    # corresponde a un vigilante": remains identified as one person's
    if not _REMAINS.isdisjoint(tokens) and _remains_of_one(tokens):
        counts[_Kind.KILLED] = 1
    bound = set() if _BINDING_EN_WORDS.isdisjoint(tokens) else _BINDING_EN.keys() & set(tokens)
    if bound:
        _bound_objects(tokens, bound, counts)
    if not present:
        return counts  # most texts: no such word at all, found at C speed
    # (round twenty-three) "El trabajador ..., secuestrado el 10NOV por sujetos que exigian
    # dinero, fue encontrado sin vida", "Mine engineer kidnapped in Pataz found dead": one
    # found dead, however far back the person
    if not _FOUND_DEAD_WORDS.isdisjoint(present) and _one_found_dead(tokens):
        counts[_Kind.KILLED] = 1
    verbs = []
    for word in present:
        if word in _SINGLE:
            counts.update(dict.fromkeys(_participle_kinds(tokens, word), 1))
        elif word in _AFTER_PERSON:
            counts.update(dict.fromkeys(_after_person_kinds(tokens, word), 1))
            # (round twenty-five) "Gunmen killed the driver": the English past before its
            # object, read by the object walk below only
            if word in _ENGLISH_PAST:
                verbs.append(word)
            # (round nineteen) "tied up the driver and his assistant": two
            if word == "tiedup" and _english_objects_joined(tokens, word) == 2:
                counts[_Kind.KIDNAPPED] = 2
            if word in _SINGLE_VERBS:  # (round ten: "Police shot dead a suspect" too)
                verbs.append(word)
        elif word in _DYING_VERBS:
            if _dying_single(tokens, word):
                counts[_Kind.KILLED] = 1
        else:
            verbs.append(word)
    # ((round twenty-eight) "Matan a un minero y se llevan a otro": the merged "a" leaves
    # "otro" right after the verb)
    for k in range(len(tokens) - 1) if "sellevarona" in tokens else ():
        if tokens[k] == "sellevarona" and tokens[k + 1] in ("otro", "otra"):
            after = tokens[k + 2 : k + 3]
            if not after or after[0] in _BOUNDARY or after[0] in _PREPOSITIONS_AFTER_OTHER:
                counts[_Kind.KIDNAPPED] = max(counts.get(_Kind.KIDNAPPED, 0), 1)
    if bound:  # (again: a participle's one person above must not undo them)
        _bound_objects(tokens, bound, counts)
    if not verbs:
        return counts
    n = len(tokens)
    for i, tok in enumerate(tokens):
        kind = (_SINGLE_VERBS.get(tok) or _ENGLISH_PAST.get(tok)) if tok in verbs else None
        # ((round twenty-three) a kind found for one person is read on: a later verb may list
        # more, "Toman como rehenes a la esposa ... tomaron como rehenes a la esposa del dueno y
        # a sus dos hijos")
        if kind is None or counts.get(kind, 0) > 1:
            continue
        # "reporta vigilante sin vida": one person right before
        if tok == "sinvida" and i > 0 and tokens[i - 1] in _PEOPLE_SINGULAR:
            counts.setdefault(kind, 1)
            continue
        # "Acuchillan a vigilante" in a story that states a death: most likely the one who died
        # ((round twenty-eight) not "a otro" after "y": "Matan a un minero y golpean a otro")
        if (
            (tok in _STAB_VERBS or tok in _BEATING)
            and not _KILLED_WORDS.isdisjoint(tokens)
            and not (
                tokens[i + 1 : i + 3] in (["a", "otro"], ["a", "otra"])
                and tokens[i - 1 : i] in (["y"], ["e"])
            )
        ):
            continue
        # ((round twenty-five) "Balean y matan a minero": a harm joined to a killing of the same
        # object is how they died)
        if (
            kind is _Kind.INJURED
            and tokens[i + 1 : i + 2] in (["y"], ["e"])
            and _SINGLE_VERBS.get(tokens[i + 2] if i + 2 < n else "") is _Kind.KILLED
        ):
            continue
        # (round ten) "an attempt to kidnap a mine manager": not done
        if kind is _Kind.KIDNAPPED and _not_done(tokens, i):
            continue
        # ((round twenty-six) "la muerte de 40 alpacas": animals a few words on are no casualty)
        if not _ANIMALS.isdisjoint(tokens[i + 1 : i + 5]):
            continue
        # (round twenty) "Se llevaron a su hermano al hospital": taken for care
        if tok == "sellevarona" and not _HEALTH_PLACES.isdisjoint(tokens[i + 1 : i + 7]):
            continue

        # (round nineteen) "beat him and his assistant", "kidnap the manager": an English
        # object with "the", a possessive or a pronoun
        # (not an infinitive: "a plot to kidnap the general manager", "threatened to kill him")
        if tok in _ENGLISH_VERBS:
            # ((round twenty-six) an infinitive states nothing done, whatever its object: "a
            # plan to kidnap the owner of a gold processing plant")
            if tokens[i - 1 : i] == ["to"]:
                continue
            # ((round twenty-eight) a gerund of a charge is the court's, not the story's: "accused
            # of killing four miners and wounding a fifth")
            if (
                tok in _GERUNDS
                and tokens[i + 1 : i + 2] != ["of"]
                and not _COURT_WORDS.isdisjoint(tokens[max(0, i - 12) : i])
            ):
                continue
            people = _english_objects(tokens, i + 1)
            # ((round twenty-seven) a headline's bare person: "Gunmen kill miner in Pataz")
            if not people:
                people = _bare_person_objects(tokens, i + 1)
            if people:
                counts[kind] = max(counts.get(kind, 0), people)
                continue
        # (the English past: its object only, and not a passive, "was killed the day after")
        if tok in _ENGLISH_PAST:
            # (round twenty-five) not "a" / "an" after a relative: "Hitman who killed a
            # shopkeeper in Callao arrested" describes the arrested
            if tokens[i - 1 : i] in (["who"], ["that"]) and tokens[i + 1 : i + 2] in (
                ["a"],
                ["an"],
            ):
                continue
            # ((round twenty-nine) nor the shot who died: "shot a guard, who died in hospital")
            if tok == "shot" and (
                not _DIED_EN.isdisjoint(tokens[i + 1 : i + _SHOT_DIED_REACH])
                or "dead" in tokens[i + 1 : i + 5]
            ):
                continue
            if tokens[i - 1 : i] not in _PASSIVE_AUX_EN:
                people = _english_objects(tokens, i + 1)
                if people:
                    counts[kind] = max(counts.get(kind, 0), people)
            continue
        reach = i + 5
        for j in range(i + 1, min(i + 7, n - 1)):
            if j >= reach or tokens[j] in _BOUNDARY:
                break
            # (round twenty-five) "Matan a balazos a empresario y a su chofer": the manner is
            # no object; the people come after it
            if tokens[j] == "a" and tokens[j + 1] in _MANNER:
                reach += 2
                continue
            # ("death threats against a miner": "death" takes its person only after "of")
            if tokens[j] in ("a", "an", "al") and tok not in _BODY_NOUNS and tok not in _OF_ONLY:
                nxt = tokens[j + 1]
                # "Retienen a ingeniero" (not "a camion"): a person must follow
                # (round twelve: nor "golpea a la mineria", beaten are people; "mata a un
                # minero", "mata a su pareja", not "mata a cientos de alpacas")
                # ((round twenty-eight) or after its article: "retuvieron a la esposa y los dos
                # hijos de un minero")
                # ((round twenty-eight) or "otro" after a clause and "y": "Matan a un minero y
                # golpean a otro")
                if (
                    (tok in _RETAIN or tok in _BEATING)
                    and nxt not in _PEOPLE_SINGULAR
                    and not (
                        nxt in ("el", "la")
                        and tokens[j + 2 : j + 3] != []
                        and tokens[j + 2] in _PEOPLE_SINGULAR
                    )
                    and not (nxt in ("otro", "otra") and tokens[i - 1 : i] in (["y"], ["e"]))
                ):
                    break
                if tok in _PERSON_MUST_FOLLOW and not (
                    nxt in _PEOPLE_SINGULAR
                    or nxt in _OWNERS
                    or (
                        nxt in _ARTICLES
                        and tokens[j + 2 : j + 3]
                        and tokens[j + 2] in _PEOPLE_SINGULAR
                    )
                ):
                    break
                # "Matan a perro guardian": an animal is no casualty
                # ("Balean a trabajadores": an unnumbered plural is no count)
                if not (
                    nxt in _NUMBER_WORDS
                    or nxt[0].isdigit()
                    or nxt in _NOT_ONE_PERSON
                    or nxt in _PEOPLE_PLURAL
                ):
                    # (only after a person: "Matan a balazos a minero" is one)
                    more = _more_objects(tokens, j + 2) if nxt in _PEOPLE_SINGULAR else 0
                    # ((round twenty-three) "a la esposa del dueno y a sus dos hijos": the
                    # first object after its article)
                    if (
                        nxt in ("el", "la")
                        and tokens[j + 2 : j + 3]
                        and (tokens[j + 2] in _PEOPLE_SINGULAR)
                    ):
                        more = _more_objects(tokens, j + 3)
                    counts[kind] = max(counts.get(kind, 0), 1 + more)
                # ((round thirty-one) one person after "un" and more objects listed: "Asesinan a
                # un minero, a su esposa y a su hija")
                elif (
                    nxt in ("un", "una")
                    and tokens[j + 2 : j + 3]
                    and tokens[j + 2] in _PEOPLE_SINGULAR
                    and (listed := _more_objects(tokens, j + 3))
                ):
                    counts[kind] = max(counts.get(kind, 0), 1 + listed)
                # (round nineteen) "asesinaron de cinco balazos a un acopiador": the figure of
                # shots between keeps "un" from reaching the verb, so the object counts here
                elif (
                    nxt in _ARTICLES
                    and tokens[j + 2 : j + 3]
                    and tokens[j + 2] in _PEOPLE_SINGULAR
                    and not _SHOTS.isdisjoint(tokens[i + 1 : j])
                ):
                    counts.setdefault(kind, 1)
                break
            # "Muerte de minero en Pataz", "el deceso del operario Huaman", "secuestro de
            # contador"
            if (
                tok in _VICTIM_NOUNS
                and tokens[j] in ("de", "del", "of")
                and _person_next(tokens, j + 1)
                # (the prosecutor attends a body: "custodian el cuerpo hasta la llegada del
                # fiscal")
                and tokens[j + 1 : j + 2] != ["fiscal"]
                and not (tok in _KIDNAP_NOUNS and _not_done(tokens, i))
            ):
                counts.setdefault(kind, 1)
                break
    return counts


_FOUND_DEAD_WORDS = _words("halladosinvida sinvida dead")


def _one_found_dead(tokens: list[str]) -> bool:
    """Whether a singular verb tells of one person found dead: "fue hallado sin vida",
    "aparecio sin vida", "was found dead" or "found dead" after one person."""
    for k, tok in enumerate(tokens):
        before = tokens[k - 1] if k > 0 else ""
        if (
            (tok == "halladosinvida" and before == "fue")
            or (tok == "sinvida" and before in ("aparecio", "aparece"))
            or (
                tok == "found"
                and tokens[k + 1 : k + 2] == ["dead"]
                # (or a rank of people: "free two hostages in Pataz raid, third found dead")
                and (
                    before in ("was", "third", "fourth", "fifth", "sixth")
                    or _singular_subject_before(tokens, k)
                )
            )
        ) and _one_death_at(tokens, k):
            return True
    return False


# Nouns that take their victim only after "of" ("death threats against a miner")
_OF_ONLY = _words("death killing kidnapping abduction")

# (round twenty-eight: "Gunmen attacked the camp, injuring a security contractor", "killing a
# guard"; the noun, "the killing of a guard", has no object after it)
_GERUNDS = _words("injuring wounding killing")

_ENGLISH_VERBS = _GERUNDS | _words(
    "kill kills murder murders injure injures wound wounds kidnap kidnaps abduct abducts beat "
    "beating pistolwhipped"
)

_HIM_HER = _words("him her")

# (the words after "se llevan a otro" that end the person: not "otro camion de mineral")
_PREPOSITIONS_AFTER_OTHER = _words("en de con hacia rumbo y e que")

_COURT_WORDS = _words("accused charged convicted sentenced suspected trial")


def _bare_person_objects(tokens: list[str], k: int) -> int:
    """How many people a headline's bare singular person, perhaps after one English modifier,
    at ``tokens[k]`` makes: 1 ("kill miner", "kill mine guard"), (round twenty-eight) 2 with
    another after "and" and a possessive ("kill engineer and his driver"); 0 when it is the
    first of a plural or a compound ("kill miner's wife") or "and" brings anything but a verb
    of its own ("kill miner and wound two others" is one)."""
    if tokens[k : k + 1] and tokens[k] in _ENGLISH_MODIFIERS:
        k += 1
    if tokens[k : k + 1] == [] or tokens[k] not in _PEOPLE_SINGULAR:
        return 0
    after = tokens[k + 1 : k + 4]
    if after[:1] == ["s"]:
        return 0
    if after[:1] == ["and"]:
        # ((round twenty-eight) "kill miner and wound two others": a second verb of its own)
        if after[1:2] != [] and (after[1] in _ENGLISH_VERBS or after[1] in _ENGLISH_PAST):
            return 1
        companion = after[1:2] != [] and after[1] in _OWNERS
        return 2 if companion and after[2:3] != [] and after[2] in _PEOPLE_SINGULAR else 0
    return 1


_ENGLISH_PAST = {
    **dict.fromkeys(_words("killed murdered"), _Kind.KILLED),
    **dict.fromkeys(_words("wounded injured"), _Kind.INJURED),
    **dict.fromkeys(_words("kidnapped abducted"), _Kind.KIDNAPPED),
    # (round twenty-nine: "Gunmen shot the guard and two workers", "locked the owner and two
    # employees in the bathroom")
    "shot": _Kind.INJURED,
    "locked": _Kind.KIDNAPPED,
    # (round twenty-seven: "Kidnappers freed the engineer after a ransom was paid", in a story
    # of a kidnapping only, see _RELEASE)
    **dict.fromkeys(_words("freed released"), _Kind.KIDNAPPED),
}

_PASSIVE_AUX_EN = [["was"], ["were"], ["been"], ["be"], ["is"], ["are"], ["being"]]

_DIED_EN = _words("died dies")

_BINDING_EN = {
    **dict.fromkeys(_words("tiedup locked seized"), _Kind.KIDNAPPED),
    "beat": _Kind.INJURED,
}
_BINDING_EN_WORDS = frozenset(_BINDING_EN)
_SHOT_DIED_REACH = 10


def _bound_objects(tokens: list[str], bound: set[str], counts: dict[_Kind, int]) -> None:
    """(round twenty-nine) A person and a figure of people joined as an English binding or
    beating verb's object, in place: "Gunmen locked the owner and two employees in the
    bathroom", "tied up a guard and two miners", "beat the foreman and his two assistants"."""
    for verb in bound:
        most = max(_english_objects(tokens, i + 1) for i, tok in enumerate(tokens) if tok == verb)
        if most > 1:
            kind = _BINDING_EN[verb]
            counts[kind] = max(counts.get(kind, 0), most)


def _english_objects(tokens: list[str], k: int) -> int:
    """How many single people (one or two, "him and his assistant") are the English object at
    ``tokens[k]``: a pronoun, or a person after "the" or a possessive; 0 when none is."""
    if k >= len(tokens):
        return 0
    if tokens[k] in _HIM_HER:
        end = k + 1
    # ((round twenty-seven) and after "a" / "an": "Gunmen killed a miner", "Armed men kidnapped
    # an engineer")
    elif tokens[k] in _ENGLISH_OBJECT_DETERMINERS:
        if not _english_person_object(tokens, k):
            return 0
        end = k + 2 if tokens[k + 1 : k + 2] and tokens[k + 1] in _PEOPLE_SINGULAR else k + 3
    else:
        return 0
    if tokens[end : end + 1] == ["and"] and (
        (tokens[end + 1 : end + 2] and tokens[end + 1] in _HIM_HER)
        or _english_person_object(tokens, end + 1)
    ):
        return 2
    # ((round twenty-nine) and a figure of people: "killed the driver and two passengers",
    # "locked the owner and two of his employees")
    if tokens[end : end + 1] == ["and"] and end + 3 < len(tokens):
        # (a possessive first: "and his two assistants")
        at = end + 1 + (tokens[end + 1] in _OWNERS)
        figure = tokens[at]
        noun = at + 1 + 2 * (tokens[at + 1 : at + 3] in _OF_HIS)
        # (one qualifier before the people: "and two artisanal miners")
        if (
            noun + 1 < len(tokens)
            and tokens[noun] not in _PEOPLE_PLURAL
            and tokens[noun] not in _AFTER_NUMBER
            and tokens[noun + 1] in _PEOPLE_PLURAL
        ):
            noun += 1
        value = _NUMBER_WORDS.get(figure) or (int(figure) if figure.isdigit() else 0)
        if value > 1 and noun < len(tokens) and tokens[noun] in _PEOPLE_PLURAL:
            return 1 + value
    return 1


# Verbs whose object after "a" must be a person (round twelve: "mata a cientos de alpacas";
# round twenty, the singular preterites: "baleo a la camioneta", "ejecuto a cabalidad")
# (how a person is attacked, after "a": "a balazos", "a quemarropa")
_MANNER = _words(
    "balazos tiros golpes punaladas machetazos cuchilladas pedradas palazos quemarropa"
)

_PERSON_MUST_FOLLOW = _words("mata ejecuto baleo acuchillo apunalo hiere")

_STAB_VERBS = _words("acuchillan acuchillaron apunalan apunalaron acuchillo apunalo")

_VICTIM_NOUNS = _DEATH_NOUNS | _KIDNAP_NOUNS | _words("death murder homicidio killing asesino")

_OBJECT_DETERMINERS = _words("un una el la su")

_PERSON_QUALIFIERS = _words("minero minera artesanal informal formal")


def _more_objects(tokens: list[str], start: int) -> int:
    """How many more singular people follow a verb's first object, each after "a"/"al" ("al
    chofer, a un ayudante y a un pasajero": two more), in the same clause."""
    more = 0
    k = start
    # (round sixteen) "retienen a supervisor Salas y conductor Gomez": two people each told by
    # a name, the second with no "a" (not "a minero y comerciante", one person)
    if (
        start + 3 < len(tokens)
        and tokens[start + 1] in _AND
        and tokens[start + 2] in _PEOPLE_SINGULAR
        and _is_bare_name(tokens[start])
        and _is_bare_name(tokens[start + 3])
    ):
        return 1
    # (round sixteen) "retienen al supervisor de seguridad Ing. Paredes y a su chofer": the
    # first person's complement, a few words, is stepped over up to "y a"
    for gap in range(1, _OBJECT_COMPLEMENT + 1):
        if start + gap + 1 >= len(tokens):
            break
        previous = tokens[start + gap - 1]
        if (
            previous in _NOT_IN_COMPLEMENT
            # ("Ing. Paredes": the stop of a title is no boundary)
            and not (previous == "." and gap > 1 and tokens[start + gap - 2] in _OBJECT_TITLES)
        ):
            break
        if tokens[start + gap] in _AND and tokens[start + gap + 1] in ("a", "al"):
            # ((round twenty-three) a one-word complement too, a surname: "al ingeniero
            # Paredes y al chofer")
            k = start + gap
            break
    while k < len(tokens) and k < start + 16:
        # ("a empresario minero y a su chofer": a qualifier of the person before is stepped over)
        if tokens[k] in _PERSON_QUALIFIERS:
            k += 1
        # (round twelve) "a comprador de oro y a su chofer": a one-word complement too
        if tokens[k : k + 1] == ["de"] and k + 2 < len(tokens) and tokens[k + 2] in _AND:
            k += 2
        if k < len(tokens) and tokens[k] in _AND:
            k += 1
            # ((round twenty-three) "retienen a fiscal y tres policias": a figure of people
            # joined last)
            figure = k + 1 if tokens[k : k + 1] == ["a"] else k
            # ("y a sus dos hijos": a plural possessive or article first)
            if tokens[figure : figure + 1] and tokens[figure] in _PLURAL_DETERMINERS:
                figure += 1
            # ((round twenty-nine) or a part of the first's people: "y a dos de sus
            # trabajadores", "and two of his workers")
            noun = figure + 1
            if tokens[noun : noun + 2] in _OF_HIS:
                noun += 2
            if (
                noun < len(tokens)
                and tokens[noun] in _PEOPLE_PLURAL
                and tokens[figure] not in _ARTICLES
                and (tokens[figure] in _NUMBER_WORDS or tokens[figure].isdigit())
            ):
                value = _NUMBER_WORDS.get(tokens[figure]) or int(tokens[figure])
                return more + value
            # ((round twenty-three) a kin noun joined bare: "golpearon a su esposa e hijo";
            # not a second trade of one person, "a minero y comerciante")
            if tokens[k : k + 1] and tokens[k] in _KIN:
                more += 1
                k += 1
                continue
        if k >= len(tokens) or tokens[k] not in ("a", "al"):
            break
        k += 1
        if k < len(tokens) and tokens[k] in _OBJECT_DETERMINERS and tokens[k - 1] == "a":
            k += 1
        if k >= len(tokens) or tokens[k] not in _PEOPLE_SINGULAR:
            break
        more += 1
        k += 1
        # "a un pasajero que intento resistirse": the person's qualifiers end the list
    return more


_PLURAL_DETERMINERS = _words("sus los las mis nuestros")

_OF_HIS = [
    ["de", "sus"],
    ["de", "los"],
    ["of", "his"],
    ["of", "their"],
    ["of", "the"],
    ["of", "her"],
]

_KIN = _words(
    "hijo hija esposa esposo hermano hermana padre madre sobrino sobrina nieto nieta suegro "
    "suegra cunado yerno nuera"
)

_OWNERS = _words("su mi nuestro nuestra tu our his her their my")

_OBJECT_COMPLEMENT = 6  # words of a first object's complement, at most

_OBJECT_TITLES = _words("ing dr dra sr sra lic sup vig")

# (words that end a first object's complement: a boundary, a join, the next object, a clause)
_NOT_IN_COMPLEMENT = _BOUNDARY | _words("y e a al que quien cuando mientras para")


def _is_bare_name(tok: str) -> bool:
    """Whether ``tok`` may be a surname standing alone after a person noun: a word of no
    list the rules know (tokens are lower case, so names are told only by what they are not)."""
    return (
        tok.isalpha()
        and len(tok) > 2
        and tok not in _PEOPLE_SINGULAR
        and tok not in _PERSON_QUALIFIERS
        and tok not in _BEFORE_NUMBER
        and tok not in _AFTER_NUMBER
        and tok not in _NUMBER_WORDS
        and tok not in _NOT_NAME_WORDS
    )


# (common words that follow a person noun and are no name)
_NOT_NAME_WORDS = _words(
    "del los las por con sin en que para desde hasta entre sobre tras ante como pero"
)


def _person_next(tokens: list[str], j: int) -> bool:
    """Whether a singular person noun is at ``tokens[j]``, after an article if any."""
    # (round ten: "the death of our comrade", "la muerte de su hijo")
    if j < len(tokens) and (tokens[j] in _OBJECT_ARTICLES or tokens[j] in _OWNERS):
        j += 1
    if j < len(tokens) and tokens[j] in _PEOPLE_SINGULAR:
        return True
    # (round nineteen) "the killing of a police officer", "the killing of a 24-year-old
    # protester": English modifiers before the person
    for k in range(j, min(j + _MODIFIERS_BEFORE, len(tokens))):
        tok = tokens[k]
        if tok in _PEOPLE_SINGULAR:
            return k > j
        if tok in _BOUNDARY or tok in _AND or tok in _PEOPLE_PLURAL - {"police"}:
            return False
        if not (tok.isdigit() or tok in _ENGLISH_MODIFIERS):
            return False
    return False


_MODIFIERS_BEFORE = 4
_OBJECT_ARTICLES = _words("el la un una the a an")
_ENGLISH_MODIFIERS = _words(
    "police security mine mining union informal artisanal young local year old indigenous "
    "forest community contract contractor private"
)


def _participle_kinds(tokens: list[str], word: str) -> set[_Kind]:
    """Kinds a singular participle states, wherever it occurs un-negated ("ningun herido" is
    none); a kidnapped victim found dead later in the clause counts as killed."""
    kinds: set[_Kind] = set()
    for i, tok in enumerate(tokens):
        if tok != word or _negated(tokens, i) or _died_of_injuries(tokens, i, word):
            continue
        # ((round thirty-one) nor a sentence whose subject is "ninguno", however long: "Ninguno
        # de los 14 trabajadores que dormian en el lugar resulto herido")
        if _no_one_opens_the_sentence(tokens, i):
            continue
        # "Personal fallecido: ninguno" (a form's field left empty); "Presenta herida PAF en
        # craneo" (a wound on a body, not an injured person)
        if tokens[i + 1 : i + 2] == [":"] and tokens[i + 2 : i + 3] and tokens[i + 2] in _NIL:
            continue
        if word in ("herida", "heridas") and i > 0 and tokens[i - 1] in _WOUND_BEARERS:
            continue
        if i > 0 and tokens[i - 1] in _ANIMALS:  # "1 perro muerto"
            continue
        # (round twenty-one) "Familia intoxicada con vapores de mercurio": a group, not one
        # (but "padre de familia asesinado" is one)
        if i > 0 and tokens[i - 1] in _GROUP_NOUNS and tokens[i - 2 : i - 1] != ["de"]:
            continue
        if i > 0 and tokens[i - 1] in _COUNTERFACTUAL:  # (round ten) "hubieran muerto"
            continue
        # (round twenty-four) "¿Hay algun herido?": asked, not stated
        if _in_a_question(tokens, i):
            continue
        # (round twenty-four) a blow in a story of deaths: most likely the one who died
        if word == "golpeadoenelacto" and not _KILLED_WORDS.isdisjoint(tokens):
            continue
        kind = _SINGLE[word]
        if kind is _Kind.KIDNAPPED and _dead_later_in_clause(tokens, i + 1):
            kind = _Kind.KILLED
        kinds.add(kind)
    return kinds


_GROUP_NOUNS = _words("familia comunidad poblacion cuadrilla grupo")

_NO_ONE = _words("ninguno ninguna nadie none nobody")
_NO_ONE_REACH = 16  # words from "ninguno" opening a sentence to its participle, at most


def _no_one_opens_the_sentence(tokens: list[str], i: int) -> bool:
    """Whether the sentence of ``tokens[i]`` opens with "ninguno" / "nadie" / "none"."""
    for j in range(i - 1, max(-1, i - 1 - _NO_ONE_REACH), -1):
        if tokens[j] in _BOUNDARY:
            return tokens[j + 1] in _NO_ONE
        if j == 0:
            return tokens[0] in _NO_ONE
    return False


_ONE_WOUND = _words("herida wound")

# Between one person and the wound they carry: "esta internado con una herida de bala", "is
# in hospital with a gunshot wound", "presenta una herida", "has a stab wound"
_TO_A_WOUND = _words(
    "una un a con with presenta presentaba tiene tenia has had sufrio received recibio "
    "suffered sustained esta is was sigue permanece quedo fue internado internada "
    "hospitalizado hospitalizada in hospital gunshot bullet stab knife head deep serious minor"
)

_WOUND_REACH = 8

# A story of the dead, where a wound is most likely on a body ("la victima presentaba una
# herida de bala en la cabeza")
_STORY_OF_THE_DEAD = (
    _KILLED_WORDS | _DYING_VERBS | _BODY_NOUNS | _words("victima victim cadaver body")
)


def _one_carries_a_wound(tokens: list[str]) -> bool:
    """Whether a singular person carries "una herida" / "a wound", in a story of no death."""
    if not _STORY_OF_THE_DEAD.isdisjoint(tokens):
        return False
    for i, tok in enumerate(tokens):
        if tok not in _ONE_WOUND or tokens[i - 1 : i] not in (
            ["una"],
            ["a"],
            ["gunshot"],
            ["stab"],
            ["bullet"],
            ["knife"],
        ):
            continue
        for j in range(i - 1, max(-1, i - 1 - _WOUND_REACH), -1):
            if tokens[j] in _PEOPLE_SINGULAR:
                return not _negated(tokens, j)
            if tokens[j] not in _TO_A_WOUND:
                break
    return False


_QUESTION_REACH = 4  # words from a participle to its question mark, at most


def _in_a_question(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` ends a short question ("hay algun herido ?")."""
    for tok in tokens[i + 1 : i + 1 + _QUESTION_REACH]:
        if tok == "?":
            return True
        if tok in _BOUNDARY:
            return False
    return False


_NIL = _words("ninguno ninguna ningun none nadie nobody no 0 00")

_DEATH_ORDINALS = {
    **dict.fromkeys(["segundo", "segunda", "second"], 2),
    **dict.fromkeys(["tercer", "tercero", "tercera", "third"], 3),
    **dict.fromkeys(["cuarto", "cuarta", "fourth"], 4),
    **dict.fromkeys(["quinto", "quinta", "fifth"], 5),
}

_DEATH_ORDINAL_NOUNS = _words(
    "victima victimas muerto muerta fallecido fallecida victim death "
    # (round twenty-four: "es la segunda victima mortal del enfrentamiento", merged)
    "victimasmortales"
)

_ORDINAL_DYING = _words("muere murio fallece fallecio dies died")

_ORDINAL_HURT = _words("herido herida wounded")  # ("Fallece el segundo herido")


def _ordinal_deaths(tokens: list[str], deaths_told: bool) -> int:
    """(round fourteen) The deaths an ordinal counts: a dying verb before an ordinal person
    ("Muere segundo minero baleado", "Fallece la tercera victima") or, in a story of deaths, an
    ordinal victim ("Es la segunda victima del ataque"); not "el tercer herido sigue grave"."""
    found = 0
    for i, tok in enumerate(tokens):
        n = _DEATH_ORDINALS.get(tok)
        if n is None or i + 1 >= len(tokens):
            continue
        # ((round twenty-nine) and "un" / "una": "Fallece un segundo trabajador intoxicado")
        before = [t for t in tokens[max(0, i - 2) : i] if t not in _ORDINAL_ARTICLES]
        noun = tokens[i + 1]
        if (
            before[-1:]
            and before[-1] in _ORDINAL_DYING
            and (noun in _PEOPLE_SINGULAR or noun in _DEATH_ORDINAL_NOUNS or noun in _ORDINAL_HURT)
        ) or (
            (deaths_told and noun in _DEATH_ORDINAL_NOUNS)
            # (round twenty) "Second miner dies after Chala shooting", "A second worker
            # wounded in last week's shooting has died": the dying verb after the person
            # (only "second": "un quinto murio" is the fifth of a group, one death)
            or (n == 2 and noun in _PEOPLE_SINGULAR and _dies_later(tokens, i + 2))
            # (round twenty-six) "Fallecio en el Hospital Regional ... el segundo de los
            # trabajadores baleados": a sentence opened by one's dying verb, its subject last
            or (_ordinal_of_a_group(tokens, i) and _opened_by_one_dying(tokens, i))
        ):
            # (round nineteen) "Es la tercera víctima de rayos en lo que va de la temporada":
            # the rank in a period's toll, not this incident's count
            # ((round twenty-five) nor one who survived: "la cuarta victima reportada
            # inicialmente sobrevivio al ataque")
            if _in_a_period(tokens, i) or not _SURVIVED.isdisjoint(tokens[i + 2 : i + 8]):
                continue
            # ((round thirty) nor one told hurt and not dead: "A fifth victim, shot in the
            # abdomen, was flown to Puerto Maldonado")
            told = tokens[i + 2 : i + 10]
            if n > 2 and not _TOLD_HURT.isdisjoint(told) and _TOLD_DEAD.isdisjoint(told):
                continue
            found = max(found, n)
    return found


_SURVIVED = _words("sobrevivio sobrevive survived survives")

_TOLD_HURT = _words(
    "wounded injured hurt flown evacuated hospitalised hospitalized herido herida evacuado "
    "evacuada trasladado trasladada internado internada hospitalizado hospitalizada grave"
)
_TOLD_DEAD = _words(
    "died dies dead killed murio muere fallecio fallece muerto muerta sinvida perdiolavida"
)

_ORDINAL_ARTICLES = _words("el la a the un una")


def _ordinal_of_a_group(tokens: list[str], i: int) -> bool:
    """Whether the ordinal at ``tokens[i]`` ranks one of a plural group: "el segundo de los
    trabajadores"."""
    return tokens[i + 1 : i + 3] in (["de", "los"], ["de", "las"]) and (
        tokens[i + 3 : i + 4] != [] and tokens[i + 3] in _PEOPLE_PLURAL
    )


def _opened_by_one_dying(tokens: list[str], i: int) -> bool:
    """Whether the sentence of ``tokens[i]`` opens with one person's dying verb."""
    start = i
    while start > 0 and tokens[start - 1] not in _SENTENCE_ENDS:
        start -= 1
    return tokens[start] in _DIED_ONE_ES


_DIES_REACH = 10  # words from an ordinal person to its dying verb


def _dies_later(tokens: list[str], start: int) -> bool:
    """Whether a dying verb follows in the clause from ``start`` ("dies", "has died",
    "fallecio"), no other person or figure between."""
    for tok in tokens[start : start + _DIES_REACH]:
        if tok in _BOUNDARY or tok in _PEOPLE_SINGULAR or tok in _PEOPLE_PLURAL:
            return False
        if tok in _DYING_VERBS:
            return True
    return False


def _in_a_period(tokens: list[str], i: int) -> bool:
    """Whether the sentence of ``tokens[i]`` speaks of a period ("en lo que va", "so far",
    "this year", "del año")."""
    start, end = _sentence_span(tokens, i, _BOUNDARY)
    return any(pair in _PERIOD_PAIRS for pair in pairwise(tokens[start:end]))


_PERIOD_PAIRS = frozenset(
    {("que", "va"), ("so", "far"), ("this", "year"), ("este", "ano"), ("del", "ano")}
    # (round twenty-seven: "es el tercer crimen del mes en Huamachuco", "this month")
    | {("del", "mes"), ("este", "mes"), ("this", "month"), ("esta", "semana")}
    # (round twenty-five: "the third death of a police officer in the province since
    # January", "desde enero")
    | {(since, month) for since in ("since", "desde") for month in _MONTHS}
)


_ONE_BODY = _words("cuerpo cadaver body corpse")
_FINDING = _words(
    "hallan hallaron halla hallo encuentran encontraron encuentra encontro ubican ubicaron "
    # (round twenty-seven: a patrol log's "Se ubica cuerpo sin vida en quebrada")
    "ubica ubico localizan localizaron localiza localizo "
    "found finds find recovered recover discovered reports reported "
    # (round twenty-five: "el hallazgo de su cuerpo")
    "hallazgo"
)


def _found_one_body(tokens: list[str]) -> bool:
    """Whether a verb of finding has one new body as its object ("Hallan cuerpo", "found a
    body", "ubican un cadáver")."""
    for i, tok in enumerate(tokens):
        if tok not in _ONE_BODY:
            continue
        k = i - 1
        # (a new body: "el cuerpo", "the body" may be one the text already counts, or none)
        if k >= 0 and tokens[k] in ("a", "un"):
            k -= 1
        # ((round twenty-five) the noun of finding, "comunicaron el hallazgo de su cuerpo",
        # "el hallazgo del cadaver de un vigilante")
        elif k >= 1 and tokens[k] in ("su", "un") and tokens[k - 1] == "de":
            k -= 2
        elif k >= 0 and tokens[k] == "del":
            k -= 1
        # ("No se halló el cuerpo", "the body was never found" has no verb before it)
        if k >= 0 and tokens[k] in _FINDING and _NEGATIONS.isdisjoint(tokens[max(0, k - 3) : k]):
            return True
    return False


_REMAINS = _words("restos cuerpo cadaver remains body")
_IDENTIFYING = _words(
    "son es pertenecen pertenece pertenecerian perteneceria corresponden corresponde "
    "corresponderian corresponderia belong belongs"
)
_IDENTIFY_REACH = 10


def _remains_of_one(tokens: list[str]) -> bool:
    """Whether remains or a body are said, later in their sentence, to be one person's
    ("Restos hallados en Huepetuhe son de vigilante forestal", "el cuerpo corresponde a un
    minero"; not "los restos son de animales")."""
    for i, tok in enumerate(tokens):
        if tok not in _REMAINS:
            continue
        for k in range(i + 1, min(len(tokens) - 2, i + _IDENTIFY_REACH)):
            if tokens[k] in _BOUNDARY:
                break
            if tokens[k] not in _IDENTIFYING or tokens[k + 1] not in ("a", "de", "del", "to"):
                continue
            person = k + 2 + (tokens[k + 2] in ("un", "una", "a", "the"))
            if person < len(tokens) and tokens[person] in _PEOPLE_SINGULAR:
                return True
    return False


_BODY_WORDS = _words("cuerpo cadaver body corpse cuerpos cadaveres bodies corpses")

# A body without the noun: "encuentra a un trabajador sin vida" (merged phrases), "fueron
# hallados muertos"
_LIFELESS = _words("sinvida halladosinvida hallanmuerto hallanmuertos")
_FOUND_WORDS = _words(
    "hallado hallada hallados halladas encontrado encontrada encontrados encontradas"
)
_DEAD_FOUND = _words("muerto muerta muertos muertas")
# Words one of which a text naming a body has (a cheap check before the sentences are read)
_BODY_HINTS = _BODY_WORDS | _FOUND_WORDS | _LIFELESS


# Words of someone hurt besides the body, which a text naming no body noun must lack
_HURT_BESIDES = _words(
    "consciente conscientes cortes contusiones lesiones quemaduras fracturas golpes evacuado "
    "evacuada evacuados"
)


def _names_a_body(sentence: list[str]) -> bool:
    if not _BODY_WORDS.isdisjoint(sentence) or not _LIFELESS.isdisjoint(sentence):
        return True
    return any(tok in _FOUND_WORDS and nxt in _DEAD_FOUND for tok, nxt in pairwise(sentence))


# (round twenty-one) "La necropsia determino que ambos tenian heridas de bala": the wounds a
# necropsy finds are the dead's
_NECROPSY = _words("necropsia autopsia necropsy autopsy postmortem")


def _wounds_of_a_body(tokens: list[str]) -> bool:
    """Whether every wound noun is in a sentence naming a body, or in the sentence right after
    one with no person of its own ("El cuerpo de un joven ... Tenia una herida en la cabeza")."""
    if _BODY_WORDS.isdisjoint(tokens) and not _HURT_BESIDES.isdisjoint(tokens):
        # (a dead man "sin vida, con herida de arma blanca" beside "un segundo trabajador ...
        # con cortes en las manos, consciente": the wounded one is another)
        return False
    sentences: list[list[str]] = [[]]
    for tok in tokens:
        if tok == ".":
            sentences.append([])
        else:
            sentences[-1].append(tok)
    found = False
    for n, sentence in enumerate(sentences):
        if _WOUND_NOUNS.isdisjoint(sentence):
            continue
        found = True
        if _names_a_body(sentence) or not _NECROPSY.isdisjoint(sentence):
            continue
        # (no person before the wound: "Tenia una herida en la cabeza, por lo que la Policia")
        before = sentence[: min(sentence.index(w) for w in _WOUND_NOUNS if w in sentence)]
        if (
            n > 0
            and _names_a_body(sentences[n - 1])
            and _PEOPLE_SINGULAR.isdisjoint(before)
            and _PEOPLE_PLURAL.isdisjoint(before)
        ):
            continue
        return False
    return found


_ATTACK_VERBS = _words(
    "agreden agredieron atacan atacaron golpean golpearon acuchillan acuchillaron apunalan "
    "apunalaron machetean emboscan emboscaron asaltan asaltaron attack attacked assault "
    "assaulted ambush ambushed beat "
    # (round eleven: "Delincuentes disparan a dos mineros ... Los heridos se encuentran estables")
    "disparan dispararon"
)

# A definite unnumbered plural that refers back to people already counted ("Los heridos")
_ANAPHORS: dict[str, _Kind] = {
    **dict.fromkeys(_words("heridos lesionados wounded injured"), _Kind.INJURED),
    **dict.fromkeys(_words("muertos fallecidos cuerpos cadaveres dead bodies"), _Kind.KILLED),
}


def _attacked(tokens: list[str], number: _Number) -> bool:
    """Whether an attack verb takes ``number`` as its object ("Atacan a pedradas a tres
    ingenieros", "Gunmen attack four miners"): the walk of ``_backward``, with attack verbs."""
    if _attacked_passive(tokens, number):
        return True
    j = number.start - 1
    gap = 0
    while j >= 0 and gap <= 3:
        tok = tokens[j]
        if tok in _ATTACK_VERBS:
            return True
        # (round twenty-five) "Gunmen opened fire on four geologists"
        if tok == "on" and j > 0 and tokens[j - 1] in ("fire", "fired"):
            return True
        # ((round twenty-seven) the people a vehicle carries: "Gunmen fire on van carrying
        # three mining engineers")
        if tok in _CARRYING and j > 0 and tokens[j - 1] in _VEHICLES:
            j -= 2
            gap += 1
            continue
        if tok not in _VERB_GAP:
            j = _instrument_start(tokens, j)
            if j < 0:
                return False
        j -= 1
        gap += 1
    return False


_CARRYING = _words("carrying transporting")

_ATTACKED_PARTICIPLES = _words(
    "emboscados emboscadas atacados atacadas agredidos agredidas asaltados asaltadas "
    "attacked ambushed"
)

_PASSIVE_REACH = 10  # words from the figure to its passive participle, at most


def _attacked_passive(tokens: list[str], number: _Number) -> bool:
    """(round twenty-five) Whether ``number`` is the subject of a passive attack: "Tres
    topografos de una empresa minera fueron emboscados", "Four guards were attacked"."""
    if tokens[number.end : number.end + 1] == [] or tokens[number.end] not in _PEOPLE_PLURAL:
        return False
    for k in range(number.end, min(number.end + _PASSIVE_REACH, len(tokens) - 1)):
        if tokens[k] in _BOUNDARY:
            return False
        if tokens[k] in ("fueron", "were") and tokens[k + 1] in _ATTACKED_PARTICIPLES:
            return True
    return False


def _anaphor_kind(tokens: list[str], start: int) -> _Kind | None:
    """The kind of "los heridos" / "the wounded" after an attack on a count: those people
    ("Atacan a tres ingenieros. Los heridos fueron evacuados" is three injured). An attack
    alone states no harm (docs/labelling-guide.md: "agreden a dos periodistas" is no casualty;
    beating is, round twelve)."""
    for k in range(start, len(tokens) - 1):
        if tokens[k] in ("los", "las", "the"):
            kind = _ANAPHORS.get(tokens[k + 1])
            # ("los heridos de un accidente anterior" are other people)
            if kind is not None and tokens[k + 2 : k + 3] not in (["de"], ["of"]):
                return kind
    return None


_BOARDING = (
    ["a", "subir"],
    ["a", "abordar"],
    ["into"],
    # (round twenty-two: "lo obligaron a bajar y a subir a un auto")
    ["a", "bajar", "y", "a", "subir"],
)

_FORCING_EN = _words("forced bundled dragged pushed")


def _forced_into_vehicle(tokens: list[str]) -> list[str]:
    """``tokens`` with "obligaron a subir" / "forced into" merged into a word of taking people
    away, where a vehicle follows within a few words ("Mineros se ven obligados a subir el
    precio" stays as it is)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        # (round twenty-seven) "bajaron al gerente de una minera y lo subieron a otro
        # vehiculo": one person put into the attackers' vehicle (not by the police, "lo
        # subieron al patrullero")
        if (
            tok in ("lo", "la")
            and tokens[i + 1 : i + 2] in _PUT_IN
            and not _VEHICLES.isdisjoint(tokens[i + 2 : i + 6])
            and _ARREST_WORDS.isdisjoint(tokens)
        ):
            out.append("llevadoalafuerza")
            i += 2
            continue
        if tok in _FORCING:
            for boarding in _BOARDING:
                end = i + 1 + len(boarding)
                if tokens[i + 1 : end] == boarding and not _VEHICLES.isdisjoint(
                    tokens[end : end + 7]
                ):
                    out.append(_FORCING[tok])
                    i = end
                    # ((round thirty) a single person after the vehicle is the one taken, the
                    # vehicle phrase stepped over: "obligaron a subir a un auto al ingeniero")
                    vehicle = next(k for k in range(end, end + 7) if tokens[k] in _VEHICLES)
                    if tokens[vehicle + 1 : vehicle + 2] == ["al"] or tokens[
                        vehicle + 1 : vehicle + 3
                    ] == ["a", "la"]:
                        i = vehicle + 1
                    break
            else:
                # "Obligan a trabajador minero a subir a un auto": the person between the verb
                # and its boarding
                object_end = _boarded_object_end(tokens, i)
                if object_end:
                    # ((round twenty-one) "forced two welders into a pickup": the active verb
                    # before its object)
                    english = tokens[object_end] == "into"
                    out.append("abducted" if english else _FORCING[tok])
                    out.extend(tokens[i + 1 : object_end])
                    i = object_end + (1 if english else 2)
                else:
                    out.append(tok)
                    i += 1
            continue
        out.append(tok)
        i += 1
    return out


_PUT_IN = [[word] for word in _PUTTING_IN]

# (the police put the arrested into their vehicles)
_ARREST_WORDS = _words(
    "policia policias pnp patrullero detenido detenida arrestaron capturado capturada "
    "intervenido intervenida arrestado arrestada"
)

# words of "a trabajador minero" (round twenty-six: "al administrador y a dos operarios")
# between the verb and "a subir", at most
_FORCED_OBJECT = 7


def _boarded_object_end(tokens: list[str], verb: int) -> int:
    """Where "a subir" starts after "obligan a <person>" (or "into" after "forced <people>")
    when a vehicle follows, else 0."""
    english = tokens[verb] in _FORCING_EN
    # ((round twenty-six) or "al": "obligaron al administrador y a dos operarios a subir")
    if tokens[verb + 1 : verb + 2] not in (["a"], ["al"]) and not english:
        return 0
    start, first = (verb + 2, verb + 1) if english else (verb + 3, verb + 2)
    for k in range(start, min(verb + 2 + _FORCED_OBJECT, len(tokens) - 1)):
        if tokens[k] in _BOUNDARY:
            return 0
        boarding = 1 if english else 2
        if (
            tokens[k : k + boarding] in _BOARDING
            and not _VEHICLES.isdisjoint(tokens[k + boarding : k + boarding + 7])
            and not (
                _PEOPLE_SINGULAR.isdisjoint(tokens[first:k])
                and _PEOPLE_PLURAL.isdisjoint(tokens[first:k])
            )
        ):
            return k
    return 0


_MISSING_VERBS = _words("desaparece desaparecio missing")


def _missing_single(tokens: list[str]) -> bool:
    """One person said to disappear in a story with captors or a ransom ("Desaparece ingeniero;
    sus captores exigen rescate", "ransom for missing mine manager")."""
    for i, tok in enumerate(tokens):
        if tok not in _MISSING_VERBS:
            continue
        for nxt in tokens[i + 1 : i + 4]:
            if nxt in _PEOPLE_SINGULAR:
                return True
            if nxt in _BOUNDARY:
                break
        # (round ten) "A geologist has been missing since Friday"
        for before in reversed(tokens[max(0, i - 4) : i]):
            if before in _PEOPLE_SINGULAR:
                return True
            if before not in _PERSON_AUX:
                break
    return False


# (round twenty-three) A captor's claim to hold one person: a clitic infinitive
# (_CAPTIVE_CLITICS), "holding him" or "que lo tienen"
_HIM_OR_HER = _words("him her")

# (what makes the claim a demand for money, in its sentence; not a bare verb of asking: "pidio
# a la empresa devolverlo al almacen")
_MONEY = _words("soles dolares usd rescate ransom plata dinero money")

_CLAIM_REACH = 14  # words from the claim to its demand, at most, in its sentence


def _captors_hold_one(tokens: list[str]) -> bool:
    """Whether callers claim to hold one person and ask money for them ("Su esposa recibio una
    llamada de sujetos que dicen tenerlo y exigen 100 mil soles", "men who said they were
    holding him demanded 300,000 soles", "que lo tienen ellos y que depositemos 50 mil
    soles")."""
    for k, tok in enumerate(tokens):
        if not (
            tok in _CAPTIVE_CLITICS
            or (tok == "holding" and tokens[k + 1 : k + 2] and tokens[k + 1] in _HIM_OR_HER)
            or (tok == "tienen" and tokens[max(0, k - 2) : k] in (["que", "lo"], ["que", "la"]))
            # ((round twenty-seven) one person's captors who ask a ransom: "sus captores piden
            # 200 000 soles", "The kidnappers have since asked his family for 500,000 soles")
            or (
                tok in _CAPTOR_NOUNS
                and not _DEMANDING.isdisjoint(tokens[k + 1 : k + 5])
                and _one_person_told(tokens)
            )
        ):
            continue
        start = k
        while start > max(0, k - _CLAIM_REACH) and tokens[start - 1] not in _SENTENCE_ENDS:
            start -= 1
        end = k + 1
        while end < min(len(tokens), k + _CLAIM_REACH) and tokens[end] not in _SENTENCE_ENDS:
            end += 1
        if not _MONEY.isdisjoint(tokens[start:end]) and not (
            _NEGATIONS.intersection(tokens[max(0, k - 2) : k])
        ):
            return True
    return False


_CAPTOR_NOUNS = _words("captores kidnappers captors secuestradores")

_DEMANDING = _words("piden pidieron exigen exigieron demand demanded asked asking ask")


def _one_person_told(tokens: list[str]) -> bool:
    """Whether the text tells of one person only: a singular person noun, and no plural one
    besides the captors."""
    return (
        not _PEOPLE_SINGULAR.isdisjoint(tokens)
        and all(
            tok in _CAPTOR_NOUNS or tok in _NO_VICTIMS
            for tok in _PEOPLE_PLURAL.intersection(tokens)
        )
        # (nor one and another joined: "the mine supervisor and his son")
        and not any(
            tokens[k : k + 2] in (["and", "his"], ["and", "her"], ["y", "su"], ["y", "a"])
            for k in range(len(tokens) - 1)
        )
    )


# (plural people who are no victims: the takers, and the police who report)
_NO_VICTIMS = _PERPETRATORS | _words("men hombres police policia policias")

# (the words that let a text reach _captors_hold_one)
_CAPTIVE_CLAIMS = _CAPTIVE_CLITICS | _words("holding tienen") | _CAPTOR_NOUNS


_JOINED_KILLING = _words("asesinan asesinaron matan mataron ejecutan ejecutaron killed murdered")


_APPEARS = _words("aparece aparecio")

_COMPANIONS = _words("companero companera companeros colega colegas colleague colleagues otro")

_DEAD_ONE = _words("muerto muerta")

_FOUND_ONE = _words("hallado hallada encontrado encontrada")


def _kidnapped_one_died(tokens: list[str]) -> bool:
    """Whether the text says the one kidnapped victim was found dead or was kidnapped and killed
    in one phrase, rather than naming a second victim."""
    # (round twenty) "Liberan a minero secuestrado; su companero fue hallado muerto", "del
    # otro, los captores volvieron a llamar": a companion is a second victim
    if not _COMPANIONS.isdisjoint(tokens):
        return False
    if not _FOUND_DEAD.isdisjoint(tokens) or ("found" in tokens and "dead" in tokens):
        return True
    # (round twenty) "Trabajador retenido por comuneros aparece muerto"; ((round twenty-four)
    # "Minero secuestrado hace una semana es hallado muerto")
    if any(
        (tok in _APPEARS or tok in _FOUND_ONE)
        and tokens[k + 1 : k + 2]
        and tokens[k + 1] in _DEAD_ONE
        for k, tok in enumerate(tokens)
    ):
        return True
    return any(
        tok in _AND
        and _SINGLE_VERBS.get(tokens[k - 1]) is _Kind.KIDNAPPED
        and tokens[k + 1 : k + 2] != []
        and tokens[k + 1] in _JOINED_KILLING
        for k, tok in enumerate(tokens)
        if k > 0
    )


# "Family reports he was abducted from his car", "she was shot in the leg": an English
# pronoun before a passive casualty participle is one victim.
_HE_SHE = _words("he she")

_PASSIVE_ENGLISH = {
    **dict.fromkeys(_words("killed murdered slain"), _Kind.KILLED),
    **dict.fromkeys(_words("injured wounded hurt beaten stabbed"), _Kind.INJURED),
    **dict.fromkeys(_words("abducted kidnapped"), _Kind.KIDNAPPED),
}


def _pronoun_victims(tokens: list[str]) -> set[_Kind]:
    kinds = set()
    for i, tok in enumerate(tokens[:-2]):
        if tok in _HE_SHE and tokens[i + 1] == "was":
            kind = _PASSIVE_ENGLISH.get(tokens[i + 2])
            # ((round twenty-four) "A police officer was killed when he was hit in the head by
            # a rock": a harm told of the one killed in the same sentence is how they died)
            if kind is _Kind.INJURED and _killed_earlier_in_sentence(tokens, i):
                continue
            if kind is not None:
                kinds.add(kind)
    return kinds


_WHEN = _words("when after as cuando")


def _killed_earlier_in_sentence(tokens: list[str], i: int) -> bool:
    """Whether the sentence of ``tokens[i]`` says someone was killed before it, then "when"."""
    saw_when = False
    for tok in reversed(tokens[:i]):
        if tok in _SENTENCE_ENDS:
            return False
        saw_when = saw_when or tok in _WHEN
        if saw_when and _PASSIVE_ENGLISH.get(tok) is _Kind.KILLED:
            return True
    return False


# A kidnapped person who came back hurt: a bearing word right before an injury noun ("con
# heridas", "presentaba golpes", "with bruises"; not "sin lesiones", "with no injuries").
_BEARING = _words(
    "con presenta presentaba presentan presentaban with "
    # (round twenty: "One has a cut on the forearm", "One of them had a gunshot wound")
    "has had tiene tenia"
)

_CARRIED_INJURIES = _words(
    "heridas golpes lesiones cortes contusiones quemaduras moretones hematomas injuries bruises "
    "cuts wounds "
    # (round twenty: one of them, after an article: "con una herida de bala", "a gunshot wound")
    "herida corte fractura wound cut gunshot fracture "
    # (round thirty: "Liberan a empresario secuestrado ...; presentaba fracturas")
    "fracturas"
)


def _came_back_hurt(tokens: list[str]) -> bool:
    # ("Ninguno presenta lesiones", "no presenta heridas": none)
    for k, tok in enumerate(tokens):
        if k < 2 or tok not in _CARRIED_INJURIES:
            continue
        bearing = k - 2 if tokens[k - 1] in _ARTICLES else k - 1
        if tokens[bearing] in _BEARING and (bearing < 1 or tokens[bearing - 1] not in _NEGATIONS):
            return True
    return False
