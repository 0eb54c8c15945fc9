"""The order of the passes: ``extract_severity`` rewrites the tokens, reads every number and
single victim, and combines the counts by kind."""

from __future__ import annotations

import re

from earlywarn.model import Severity

from ._combine import (
    _BURYING,
    _CONFIRMING,
    _PERIOD_STARTS,
    _WEEKDAYS,
    _combine,
    _confirmed,
    _correct,
    _dated_earlier,
    _negated_before,
    _over_a_period,
    _subtract_dead_parts,
    _without_buried_survivors,
    _without_rejected,
)
from ._forms import (
    _CLITICS,
    _COPULAS,
    _HOLDING_THEM,
    _SIDES,
    _TOLD_QUESTION,
    _after_copula,
    _answered_questions,
    _clitic_victims,
    _dying_verb_before,
    _field_tally,
    _form_field,
    _held_them,
    _held_victims_field,
    _sides_tally,
)
from ._groups import (
    _HALF,
    _HELD_PARTICIPLES,
    _HURT_PLURAL_PARTICIPLES,
    _IN_CARE,
    _LONG_PREDICATES,
    _ORDINAL_PEOPLE,
    _OTHERS,
    _REST,
    _STILL,
    _THE_ALL,
    _TRAVELLING,
    _carried_under_fire,
    _elliptic_start,
    _half_of,
    _held_by_ronda,
    _long_subject,
    _one_more_person_after,
    _one_ranked_object_after,
    _only_more_people,
    _ordinal_person_hurt,
    _ordinal_word,
    _rest_of_group,
    _survivors_in_care,
    _verb_before,
    _whipped_captives,
)
from ._implicit_singles import (
    _BEARING,
    _BODY_HINTS,
    _CAPTIVE_CLAIMS,
    _CARRIED_INJURIES,
    _DEATH_ORDINALS,
    _HE_SHE,
    _HIM_HER,
    _ONE_BODY,
    _anaphor_kind,
    _attacked,
    _came_back_hurt,
    _captors_hold_one,
    _forced_into_vehicle,
    _implicit_singles,
    _kidnapped_one_died,
    _missing_single,
    _more_objects,
    _ordinal_deaths,
    _pronoun_victims,
    _wounds_of_a_body,
)
from ._lexicon import (
    _AFTER_NUMBER,
    _AFTER_PERSON,
    _ARTICLES,
    _BEFORE_NUMBER,
    _BOUNDARY,
    _DE_LOS,
    _DIED_SUBJUNCTIVE,
    _KILLINGS,
    _MAX_GAP,
    _NUMBER_WORDS,
    _OF_THE_WHOLE,
    _PEOPLE_PLURAL,
    _PEOPLE_SINGULAR,
    _PERPETRATORS,
    _SENTENCE_ENDS,
    _SINGLE,
    _SINGLE_VERBS,
    _STORY_WORD_HINTS,
    _Kind,
    _words,
)
from ._lists import (
    _APPOSED_HEAD,
    _DIED_PLURAL,
    _INVERTED_HELD,
    _INVERTING_VERBS,
    _LIST_WORDS,
    _coordinated_subjects,
    _died_list,
    _form_type,
    _inverted_list,
    _itemised,
    _listed_by_name,
    _named_victims,
    _people_by_ages,
    _single_objects_of_joined_verbs,
)
from ._number_kind import (
    _COLLECTIVES,
    _DAY_PARTS,
    _DIED_ONE,
    _DYING_PLURAL_ONLY,
    _GAP_NEGATIONS,
    _PUTTING,
    _REACHING,
    _RISES,
    _STAYING,
    _THE_PLURAL,
    _WEEKDAYS_ES,
    _after_toll,
    _backward,
    _dying_in_sentence,
    _forward,
    _is_count_of_people,
    _surname,
    _toll_update,
)
from ._numbers import (
    _AND,
    _DEFINITE,
    _MULTIPLES,
    _ONE_PERSON_VERB,
    _ROMAN,
    _is_number_token,
    _Number,
    _numbers,
    _partitive_length,
    _sentence_bounds,
)
from ._phrases import _merge_phrases
from ._rewrite import (
    _ADMITTED,
    _CARE_CAUSES,
    _DISEASES,
    _GASES,
    _HARM_ONE,
    _HARMED_PARTS,
    _HARMS_WITH,
    _HELD_AFTER,
    _LOCKING,
    _POISONING,
    _POISONS,
    _RELEASE,
    _SERIOUS,
    _SUBDUING,
    _TAKEN_ES,
    _TAKEN_OUT,
    _TOOK,
    _VEHICLES,
    _VIOLENCE,
    _WOUNDS_EN,
    _attacked_with_blows,
    _broken_limbs,
    _charged_crimes,
    _done_before,
    _gas_symptoms,
    _held_minutes,
    _held_people,
    _kidnap_story,
    _locked_people,
    _ransom_demanded,
    _resolved_by_story,
    _sentence_span,
    _serious_as_injured,
    _subdued_and_tied,
    _taken_along,
    _taken_by_a_band,
    _taken_for_care,
    _taken_from_vehicle,
    _taken_out_of_vehicle,
    _took_away,
    _treated_for,
    _with_harms_as_injured,
    _with_wounds_as_injured,
)
from ._single_victim import _THE_OTHER, _WOUND_NOUNS, _dying_later_in_sentence, _shot_in_a_limb
from ._tokens import (
    _A_JOINERS,
    _ABBREVIATIONS,
    _CARRIED_OUT,
    _FIRST,
    _FIRST_REPORT,
    _INCLUDING,
    _INITIALS,
    _INVERTED_AUXILIARIES,
    _IT_WAS,
    _LOG_ABBREVIATIONS,
    _OF_THEM,
    _RULING_OUT,
    _TITLES,
    _VAGUE_MANY,
    _figure_after_complement,
    _has_word_initial,
    _in_first_report,
    _occupations,
    _one_for_a_joined,
    _people_just_said,
    _tokens,
    _without_abbreviation_stops,
    _without_body_parts,
    _without_bracketed_ages,
    _without_denied_harms,
    _without_first_reports,
    _without_hypothetical_deaths,
    _without_joined_participles,
    _without_log_abbreviations,
    _without_names,
    _without_parts_among,
    _without_ruled_out,
    _without_vague_many,
    _without_works_carried_out,
)
from ._vocabulary import (
    _ABDUCTION_HINTS,
    _ACCUSED,
    _ATTACKED,
    _BROKEN,
    _CAPTOR_WORDS,
    _CASUALTY_WORDS,
    _CLITIC_VERB_WORDS,
    _DONE_INFINITIVES,
    _FORCING,
    _HEALTH_PLACES,
    _PUTTING_IN,
    _SHOWING,
    _WHIPPING,
)

# "Uno de los siete heridos ... fallecio": the one of a partitive
_ONE = _words("uno una one")

_ARRESTING = _words("arrested detained arrest detain detienen detuvieron capturaron capturan")

# Words that name an injured person, not only a wound
_INJURED_PEOPLE_WORDS = _words(
    "herido heridos lesionado lesionados lesionada lesionadas malherido malheridos injured "
    "wounded hurt baleado baleados baleada sobrevivio sobrevivieron survived survivor"
)


_NO_INJURED_FIELDS = _words("heridos herido lesionados injured wounded wia")

_ZERO = _words("0 00 cero ninguno none nil no")


def _states_no_injured(tokens: list[str]) -> bool:
    """Whether a form field says no one was injured ("Heridos: 0", "Injured: none")."""
    return any(
        tok in _NO_INJURED_FIELDS
        and tokens[k + 1 : k + 2] == [":"]
        and tokens[k + 2 : k + 3] != []
        and tokens[k + 2] in _ZERO
        for k, tok in enumerate(tokens)
    )


def _only_zero_fields(tokens: list[str]) -> bool:
    """Whether every word of injured people is a form field stating none ("Heridos: 0")."""
    return all(
        tokens[k + 1 : k + 3] == [":", "0"]
        for k, tok in enumerate(tokens)
        if tok in _INJURED_PEOPLE_WORDS
    )


_MISSING_AS_KIDNAPPED = {
    "desaparecieron": "secuestrados",
    "desaparecido": "secuestrado",
    "desaparecida": "secuestrada",
    "desaparecidos": "secuestrados",
    "desaparecidas": "secuestradas",
    "desaparecen": "secuestran",
}


# (round twenty-two: 6 -> 8, "un par de vigilantes de la contrata fue alcanzado"; (round thirty)
# 8 -> 10, "Un par de vigilantes que intento impedir el ingreso termino herido")
_COLLECTIVE_REACH = 10


def _singular_participle_after(
    tokens: list[str], k: int, more: frozenset[str] = frozenset(), reach: int = 0
) -> _Kind | None:
    """The kind of the first singular casualty participle within a few words after
    ``tokens[k]`` in its clause ("de mineros estaría retenida"); ``more`` are words of care
    that count as injured there."""
    for tok in tokens[k : k + (reach or _COLLECTIVE_REACH)]:
        # ((round thirty-one) nor a harm denied: "Personal de turno (2 vigilantes) sin
        # lesiones")
        if tok in _BOUNDARY or tok in ("sin", "without"):
            return None
        kind = _SINGLE.get(tok) or _AFTER_PERSON.get(tok)
        if kind is not None:
            return kind
        if tok in more:
            return _Kind.INJURED
    return None


# (a half's people may take a relative clause: "la mitad de los ocho trabajadores de una
# cuadrilla que laboraba en el nivel 1.200 fue hospitalizada")
_HALF_REACH = 14

# (a group's singular of care: "la mitad de los ocho trabajadores fue hospitalizada")
_HOSPITALISED_ONE = _words("hospitalizada hospitalizado internada internado evacuada evacuado")


_COLLECTIVE_PAIRS = _COLLECTIVES | _words("par pareja")

_BRACKET_REACH = 6  # words of people in brackets after their figure, at most

_ASIDE_PEOPLE_REACH = 6  # words back from an aside to the people it explains, at most


def _without_asides_on_people(tokens: list[str]) -> list[str]:
    """(round twenty-three) ``tokens`` without a bracketed aside that explains people named
    just before it, with no figure and no casualty word inside ("dos colaboradores del area de
    Relaciones Comunitarias (un ingeniero y una asistenta social) fueron retenidos"): the
    people then meet their verb."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if tok == "(" and ")" in tokens[k + 1 : k + 1 + _ASIDE_REACH_MAX]:
            close = tokens.index(")", k + 1)
            inside = tokens[k + 1 : close]
            if (
                inside
                and (
                    not any(_is_number_token(word) and word not in _ARTICLES for word in inside)
                    or _breakdown_of_figure(out, inside)
                )
                and _CASUALTY_WORDS.isdisjoint(inside)
                and _people_just_said(out, _ASIDE_PEOPLE_REACH)
            ):
                k = close + 1
                continue
        out.append(tok)
        k += 1
    return out


_ASIDE_REACH_MAX = 10  # words of an aside, at most


def _own_harm_after_group(tokens: list[str], number: _Number, forward: _Kind | None) -> bool:
    """Whether "uno de los asaltantes" at ``number`` is one of the attackers, with a harm other
    than death after them ("uno de los asaltantes quedo herido")."""
    if forward is None or forward is _Kind.KILLED:
        return False
    group = tokens[number.end : number.end + 4]
    return (
        group[:2] in _OF_THE_WHOLE
        and group[2:3] != []
        and group[2] in _ATTACKERS
        and all(word not in _AFTER_NUMBER for word in group[3:])
    )


def _wounded_one_dies_later(tokens: list[str], number: _Number) -> bool:
    """Whether the one person at ``number``, wounded by a participle a word or two on ("un
    segundo trabajador herido"), dies later in the sentence."""
    for k in range(number.end, min(number.end + 3, len(tokens))):
        if _AFTER_NUMBER.get(tokens[k]) is _Kind.INJURED:
            return _dying_later_in_sentence(tokens, k)
    return False


def _named_one_of_whole_died(tokens: list[str], whole: _Number) -> bool:
    """Whether ``whole`` opens its sentence as "De los dos vigilantes heridos" and one person
    of it, "el agente Rios", dies later in that sentence."""
    start = whole.start - 2
    if start < 0 or tokens[start : whole.start] not in (["de", "los"], ["de", "las"]):
        return False
    if start > 0 and tokens[start - 1] not in _BOUNDARY:
        return False
    _, end = _sentence_bounds(tokens, whole)
    for k in range(whole.end, end - 1):
        if tokens[k] in ("el", "la") and tokens[k + 1] in _PEOPLE_SINGULAR:
            return not _ONE_DIED_OR_FOUND_DEAD.isdisjoint(tokens[k + 2 : end])
    return False


_ONE_DIED_OR_FOUND_DEAD = _DIED_ONE | _words("halladosinvida sinvida")


_FIELD_LABEL_REACH = 4  # words of a field's label before its colon, at most

# (round twenty-six) "Retenidos: 4. Heridos: 0. Liberados: 4": the freed are the held told
# again, no label of more people
_FREED_LABELS = _words("liberados liberadas rescatados rescatadas released freed rescued")


def _fields_of_one_kind(
    tokens: list[str], counted: list[tuple[_Number, _Kind | None]]
) -> dict[_Kind, int]:
    """(round twenty-five) The sum of a form's fields of one kind under different labels, each
    a figure right after its colon ("Heridos: 2 (vigilantes). Contusos: 1 (chofer)", "Heridos
    propios: 4 ... Heridos de contrata: 2"); a label told twice counts once. Only kinds with two
    labels or more."""
    by_kind: dict[_Kind, dict[tuple[str, ...], int]] = {}
    for number, kind in counted:
        if kind is None or number.start < 2 or tokens[number.start - 1] != ":":
            continue
        label: list[str] = []
        for k in range(number.start - 2, max(-1, number.start - 2 - _FIELD_LABEL_REACH), -1):
            if tokens[k] in _BOUNDARY:
                break
            label.insert(0, tokens[k])
        if not label or _AFTER_NUMBER.get(label[0]) is not kind or label[0] in _FREED_LABELS:
            continue
        labels = by_kind.setdefault(kind, {})
        labels[tuple(label)] = max(labels.get(tuple(label), 0), number.value)
    return {kind: sum(labels.values()) for kind, labels in by_kind.items() if len(labels) > 1}


def _first_of_two_verbs(tokens: list[str], number: _Number) -> _Kind | None:
    """The kind of the first of two casualty verbs joined before the object "a" of
    ``number`` ("retienen y golpean a cuatro policias": kidnapped); None otherwise."""
    k = number.start - 1
    if k < 3 or tokens[k] not in ("a", "al") or tokens[k - 2] not in ("y", "e"):
        return None
    first, second = tokens[k - 3], tokens[k - 1]
    if first not in _BEFORE_NUMBER or second not in _BEFORE_NUMBER or first in _AFTER_NUMBER:
        return None
    return _BEFORE_NUMBER[first]


_NONE_ANSWERS = _words("ninguno ninguna none nadie")


def _field_states_none(tokens: list[str], kind: _Kind) -> bool:
    """Whether a form's field of ``kind`` answers none ("Heridos: ninguno", "WIA: none")."""
    return any(
        tok == ":"
        and k >= 1
        and _AFTER_NUMBER.get(tokens[k - 1]) is kind
        and tokens[k + 1 : k + 2] != []
        and tokens[k + 1] in _NONE_ANSWERS
        for k, tok in enumerate(tokens)
    )


# (the held named as caught in their field's aside: intruders, suspects)
_CAUGHT = _words(
    "intrusos intruders sospechosos suspects capturados capturadas detenidos detenidas "
    "intervenidos arrested detained"
)
_ASIDE_REACH = 8  # words of a field's aside read, at most

_VICTIMS_FIELD = [
    ["victimas", ":"],
    ["agraviados", ":"],
    ["afectados", ":"],
    ["afectadas", ":"],
    ["victims", ":"],
    ["affected", ":"],
    ["casualties", ":"],
]

# (round twenty-eight) the harms of the hurt a victims field's aside may name (besides the
# casualty words)
_ASIDE_INJURIES = _words(
    "heridas herida lesiones contusiones intoxicacion fracturas fractura golpes quemaduras "
    "cortes injuries wounds inhalation poisoning burns"
)


def _aside_harms(tokens: list[str], number: _Number) -> list[_Kind]:
    """The kinds of harm the bracket right after a victims field's figure names, in order."""
    start = tokens.index("(", number.end)
    kinds: list[_Kind] = []
    for tok in tokens[start + 1 : start + 1 + _ASIDE_REACH]:
        if tok == ")":
            break
        if tok[0].isdigit():
            return []  # (a breakdown, "Casualties: 2 (1 KIA, 1 WIA)", counts itself)
        kind = _Kind.INJURED if tok in _ASIDE_INJURIES else _AFTER_NUMBER.get(tok)
        if kind is not None and kind not in kinds:
            kinds.append(kind)
    return kinds


def _stated_zero(tokens: list[str], kind: _Kind) -> bool:
    """Whether a zero of ``kind`` is stated: "0 WIA", "0 heridos", "WIA: 0"."""
    for k, tok in enumerate(tokens[:-1]):
        if tok != "0":
            continue
        if _AFTER_NUMBER.get(tokens[k + 1]) is kind:
            return True
        if k >= 2 and tokens[k - 1] == ":" and _AFTER_NUMBER.get(tokens[k - 2]) is kind:
            return True
    return False


_THREATENED_EN = _words("kill kills")

# (round twenty-six) "a caller warning that 'the 20 workers will die' unless S/ 50,000 is paid":
# the English future of a harm is a threat or a fear, nothing done
_FUTURE_HARMS = _words("die killed kill hurt injured kidnapped")

# (round twenty-six) "Si no pagamos, nos matan a los 12": the Spanish present and future
_THREATENED_ES = _words("matan mata mataran matara")

_THREATENED = _THREATENED_EN | _THREATENED_ES

# (and, after the verb, (round twenty-nine) "unless": "it would kill 'one worker a week'
# unless each tunnel paid")
_CONDITIONS = _words("if si")


def _without_threatened_killings(tokens: list[str]) -> list[str]:
    """``tokens`` without a present or future "kill" whose sentence opens a condition with "if"
    or "si" before it ("if we do not pay ... they kill the two supervisors", "si no pagamos,
    nos matan")."""
    out = list(tokens)
    for i, tok in enumerate(tokens):
        if tok not in _THREATENED:
            continue
        start, end = _sentence_span(tokens, i)
        if not _CONDITIONS.isdisjoint(tokens[start:i]) or "unless" in tokens[i:end]:
            out[i] = "_"
    return out


def _one_of_the_others(tokens: list[str]) -> bool:
    """Whether "uno de ellos" follows "los otros" (the rest of a group, besides the dead)."""
    for k in range(len(tokens) - 1):
        if tokens[k : k + 2] in (["los", "otros"], ["las", "otras"]):
            rest = tokens[k + 2 : k + 2 + _OTHERS_REACH]
            return any(rest[j : j + 3] in _ONE_OF_THEM for j in range(len(rest)))
    return False


_OTHERS_REACH = 16  # words after "los otros" to "uno de ellos", at most

_ONE_OF_THEM = (["uno", "de", "ellos"], ["una", "de", "ellas"])


_HOLDING_EN = _words("tiedup abducted kidnapped seized took")
_OBJECT_OPENERS_EN = _words("the his their our him her them both")
_HOLDER_REACH = 12  # words from the holders' figure to their verb, at most


_ACTIVE_HARMS_EN = _words("killed murdered wounded injured shot")

_OBJECT_OPENERS_EN = _words("a an the his her their two three four five six")


def _english_verb_with_object(tokens: list[str], start: int) -> bool:
    """Whether an English past verb of harm, a few words on from ``start``, has its own object
    after it ("shot and killed a gold buyer"), not a passive ("were killed")."""
    for k in range(start, min(start + _ACTIVE_REACH, len(tokens) - 1)):
        if tokens[k] in _BOUNDARY:
            return False
        if tokens[k] in _ACTIVE_HARMS_EN:
            if tokens[k - 1] in ("were", "was", "been", "be"):
                return False
            if tokens[k + 1] in _OBJECT_OPENERS_EN:
                return True
    return False


_ACTIVE_REACH = 8


def _holding_verb_with_object(tokens: list[str], number: _Number) -> bool:
    """Whether an English verb of holding, with its own object after it, follows the figure
    at ``number`` in its sentence ("4 men blocked the road, tied the driver to a tree")."""
    for k in range(number.end, min(number.end + _HOLDER_REACH, len(tokens) - 1)):
        if tokens[k] in _SENTENCE_ENDS:
            return False
        if tokens[k] in _HOLDING_EN and tokens[k + 1] in _OBJECT_OPENERS_EN:
            # (a person for its object: not "Six workers were locked in the dining hall")
            obj = tokens[k + 1 : k + 4]
            return tokens[k - 1 : k] not in (["was"], ["were"]) and (
                obj[0] in _HIM_THEM
                or not _PEOPLE_SINGULAR.isdisjoint(obj)
                or not _PEOPLE_PLURAL.isdisjoint(obj)
            )
    return False


_HIM_THEM = _HIM_HER | _words("them")


_DISEASE_TALLIES = ("pacientes", "casos", "cases", "treated for", "atendidos por")

_DENIED_HARMS_EN = _words("hurt injured wounded harmed")


# Verbs by which people bear wounds, not receive them ("presentaban", "fueron hallados con")
_BEARING_WOUNDS = [
    ["presentaban"],
    ["tenian"],
    ["fueron", "hallados", "con"],
    ["fueron", "encontrados", "con"],
    ["were", "found", "with"],
    ["had"],
]

# Words of the living in a sentence of wounds: care, survival
_LIVING_SIGNS = _words(
    "hospital posta clinica llevados trasladados evacuados atendidos internados vida vivos "
    "sobrevivieron heridos alive survived hospitalised hospitalized treated taken"
)


def _wounds_of_the_dead(
    tokens: list[str], number: _Number, counted: list[tuple[_Number, _Kind | None]]
) -> bool:
    """Whether the injured figure at ``number`` is the dead's, counted before it, who "bear"
    wounds in a sentence of their own with no word of the living."""
    if not any(
        kind is _Kind.KILLED and other.value == number.value and other.end <= number.start
        for other, kind in counted
    ):
        return False
    start, end = _sentence_bounds(tokens, number)
    # ((round twenty-nine) or after an attribution: "Segun la Policia, ambos presentaban golpes
    # en la cabeza")
    attributed = (
        tokens[start] in _ATTRIBUTIONS
        and number.start - start <= _ATTRIBUTION_REACH
        and _PEOPLE_PLURAL.isdisjoint(tokens[start : number.start])
    )
    if (start != number.start and not attributed) or not _LIVING_SIGNS.isdisjoint(
        tokens[start:end]
    ):
        return False
    verb = number.end + (
        tokens[number.end : number.end + 1] != [] and tokens[number.end] in _PEOPLE_PLURAL
    )
    return any(tokens[verb : verb + len(words)] == words for words in _BEARING_WOUNDS)


_ATTRIBUTIONS = _words("segun according")
_ATTRIBUTION_REACH = 6


def _breakdown_of_figure(out: list[str], inside: list[str]) -> bool:
    """(round twenty-five) Whether a bracket's figures, each of people, add up to the figure
    of people just said ("3 trabajadores de la contratista (1 topografo y 2 ayudantes)",
    "5 x contractor staff (2 x surveyors, 3 x drivers)"): the figure before counts them all."""
    parts = _numbers(inside)
    if not parts:
        return False
    counted_people: set[int] = set()
    for part in parts:
        person = part.end + (inside[part.end : part.end + 1] == ["x"])
        if person >= len(inside) or not (
            inside[person] in _PEOPLE_PLURAL or inside[person] in _PEOPLE_SINGULAR
        ):
            return False
        counted_people.add(person)
    # ((round twenty-eight) and single people with no figure: "cuatro trabajadores
    # (perforista, ayudante y dos cargadores)")
    singles = sum(
        1
        for k, tok in enumerate(inside)
        if tok in _PEOPLE_SINGULAR
        and k not in counted_people
        # (the list's commas are gone: a person opens the bracket or follows "y" or a person)
        and (k == 0 or inside[k - 1] in _AND or inside[k - 1] in _PEOPLE_SINGULAR)
    )
    said = out[-_ASIDE_PEOPLE_REACH:]
    for whole in reversed(_numbers(said)):
        if any(tok in _BOUNDARY for tok in said[whole.end :]):
            return False
        return whole.value == sum(part.value for part in parts) + singles
    return False


_OBJECT_REACH = 6  # words back from a bracket to the verb of its group, at most

# (the singular of a holding verb too: "un grupo ingresa y retiene al personal (06
# trabajadores)"; not "se retuvo", a guards' check, blanked before)
_OBJECT_VERBS = _SINGLE_VERBS | dict.fromkeys(_words("retiene retuvo"), _Kind.KIDNAPPED)


def _verb_of_object(tokens: list[str], bracket: int) -> _Kind | None:
    """The kind of a casualty verb whose object is the group a bracket at ``tokens[bracket]``
    counts ("redujeron al personal de guardia (4 vigilantes)", read as "amarraron al"; "retiene
    al personal (06 trabajadores)"): the verb then "a"/"al" a few words back."""
    for k in range(bracket - 1, max(0, bracket - _OBJECT_REACH) - 1, -1):
        if tokens[k] in _BOUNDARY:
            return None
        if tokens[k] in ("a", "al") and k > 0 and tokens[k - 1] in _OBJECT_VERBS:
            return _OBJECT_VERBS[tokens[k - 1]]
    return None


def _bracketed_people_end(tokens: list[str], number: _Number) -> int:
    """Where the bracket closes after ``number`` when it opens it and counts people ("(4
    personas)", "(4 trabajadores de topografia)"); 0 otherwise."""
    if tokens[number.end : number.end + 1] == [] or tokens[number.end] not in _PEOPLE_PLURAL:
        return 0
    for k in range(number.end + 1, min(len(tokens), number.end + 1 + _BRACKET_REACH)):
        if tokens[k] == ")":
            return k
        if tokens[k] in _BOUNDARY or _is_number_token(tokens[k]):
            return 0
    return 0


# (round nineteen) "por aprox. 7 sujetos", "by about 6 men"
_BY_ABOUT = [["por", "aprox"], ["por", "unos"], ["por", "unas"], ["by", "about"], ["by", "some"]]

# (round nineteen) The attackers of _PERPETRATORS, and the intruders of a theft of ore
_ATTACKERS = _PERPETRATORS | _words("intruders intrusos chacales invasores")

# English holding of people, read again by _held_people ("held", round nineteen "hold")
_HELD_WORDS = _words("held hold holds holding kept")

_DRILLS = _words("simulacro simulacros simulado simulados simuladas simularon drill simulated")

# (round twenty) "2 x WIA (drill operators)", "a drill rig": the mining drill, no exercise
_DRILL_TOOLS = _words(
    "operator operators rig rigs hole holes bit bits crew crews site pipe string core cores "
    # (round twenty-five: "the drill contractor's geologist", a drilling company)
    "contractor contractors company"
)


def _an_exercise(tokens: list[str]) -> bool:
    """Whether a drill word in ``tokens`` is an exercise, not the mining drill."""
    return any(
        tok in _DRILLS
        and not (tok == "drill" and k + 1 < len(tokens) and tokens[k + 1] in _DRILL_TOOLS)
        for k, tok in enumerate(tokens)
    )


_BODY_PART_HINTS = _words("cuerpo cardiaco")

# (round fifteen, speed) Severity is frozen, so most texts share one empty value instead of
# building their own (a frozen dataclass's __init__ is slow Python code)
_NO_CASUALTIES = Severity()


_LIST_MARKS = _words(") .")
_VICTIMS = _words("victimas victima victims victim afectados affected")
_LIST_REACH = 60  # words of a field's numbered list, at most


def _numbered_list_length(tokens: list[str], number: _Number) -> int:
    """How many entries a numbered list opened by a field's "1)" or "1." at ``number`` has,
    up to the next field ("KIA: 1. Mendoza Tuesta, Angel (guard). 2. Cruz Alayo, Wilmer
    (driver). WIA: nil": 2); 0 when ``number`` opens none."""
    if (
        number.start == 0
        or tokens[number.start - 1] != ":"
        or tokens[number.start] != "1"
        or tokens[number.end : number.end + 1] == []
        or tokens[number.end] not in _LIST_MARKS
    ):
        return 0
    expected = 2
    for j in range(number.end + 1, min(len(tokens) - 1, number.end + _LIST_REACH)):
        if tokens[j + 1] == ":":
            break  # the next field
        if (
            tokens[j] == str(expected)
            and tokens[j + 1] in _LIST_MARKS
            and tokens[j - 1] in _LIST_ENTRY_ENDS
        ):
            expected += 1
    return expected - 1


_LIST_ENTRY_ENDS = _words(". ; )")


def _half_of_a_whole_before(tokens: list[str], number: _Number, kind: _Kind) -> bool:
    """Whether a partitive whole's half takes its casualty word: "De los diez trabajadores que
    estabamos en el campamento, la mitad fueron retenidos", "Of the ten workers at the camp,
    half were held" (five)."""
    if number.start < 2 or tokens[number.start - 2 : number.start] not in _OF_THE_WHOLE:
        return False
    end = _sentence_span(tokens, number.end)[1]
    for j in range(number.end, min(end, number.end + _MAX_GAP + 8)):
        tok = tokens[j]
        if _AFTER_NUMBER.get(tok) is kind:
            return False
        if (tok == "mitad" and tokens[j - 1] == "la") or (
            tok == "half" and tokens[j + 1 : j + 2] in (["were"], ["was"], ["had"], ["died"])
        ):
            return _AFTER_NUMBER.get(tokens[j + 2] if j + 2 < len(tokens) else "") is kind or (
                _AFTER_NUMBER.get(tokens[j + 1] if j + 1 < len(tokens) else "") is kind
            )
    return False


def extract_severity(text: str) -> Severity:
    """Killed, injured and kidnapped counts mentioned in ``text`` (0 when not stated)."""
    tokens = _tokens(text)
    if _CASUALTY_WORDS.isdisjoint(tokens):
        return _NO_CASUALTIES  # most news: one set operation instead of the scans below
    tokens = _merge_phrases(tokens)
    # (the checks below look their hint words up in this set, one lookup per hint word, where
    # the steps before them cannot have added or removed one)
    vocabulary = frozenset(tokens)
    if not _BROKEN.isdisjoint(vocabulary):
        tokens = _broken_limbs(tokens)
        vocabulary = frozenset(tokens)
    # (round ten) "Simulacro de evacuacion ... se simularon cinco heridos": a drill's victims
    # are made up
    if not _DRILLS.isdisjoint(vocabulary) and _an_exercise(tokens):
        return _NO_CASUALTIES
    if not _ABBREVIATIONS.isdisjoint(vocabulary):
        tokens = _without_abbreviation_stops(tokens)
    if not _LOG_ABBREVIATION_HINTS.isdisjoint(vocabulary):
        tokens = _without_log_abbreviations(tokens)
    if not vocabulary.isdisjoint(_SERIOUS):
        tokens = _serious_as_injured(tokens)
    if "con" in vocabulary and not (
        _HARMS_WITH.isdisjoint(vocabulary)
        and _POISONING.isdisjoint(vocabulary)
        and _HARM_ONE.isdisjoint(vocabulary)
        and _HARMED_PARTS.isdisjoint(vocabulary)
    ):
        tokens = _with_harms_as_injured(tokens)
    if "with" in vocabulary and not _WOUNDS_EN.isdisjoint(vocabulary):
        tokens = _with_wounds_as_injured(tokens)
    # (round nineteen) "1 x KIA, 2 x WIA": the multiplication sign of a field form
    # ((round twenty-five) and of any log's tally of people, "2 x guards and 1 x protester
    # slightly hurt"; not a measure, "3 x 4 m")
    if "x" in vocabulary:
        tokens = [
            tok
            for k, tok in enumerate(tokens)
            if not (
                tok == "x"
                and k > 0
                and tokens[k - 1].isdigit()
                and tokens[k + 1 : k + 2] != []
                and not tokens[k + 1][0].isdigit()
            )
        ]
    if (
        "taken" in vocabulary
        or "pulled" in vocabulary
        or "dragged" in vocabulary
        or "took" in vocabulary
        or "snatched" in vocabulary
    ):
        tokens = _taken_from_vehicle(tokens)
    if "por" in vocabulary and not _TAKEN_ES.keys().isdisjoint(vocabulary):
        tokens = _taken_by_a_band(tokens)
    if not _ATTACKED.keys().isdisjoint(vocabulary):
        tokens = _attacked_with_blows(tokens)
        vocabulary = frozenset(tokens)
    if not _LOCKING.isdisjoint(vocabulary):
        tokens = _locked_people(tokens)
        vocabulary = frozenset(tokens)
    if not _SUBDUING.keys().isdisjoint(vocabulary) and not _HELD_AFTER.isdisjoint(vocabulary):
        tokens = _subdued_and_tied(tokens)
        vocabulary = frozenset(tokens)
    if not (_GASES | _POISONS).isdisjoint(vocabulary) and not _SHOWING.keys().isdisjoint(
        vocabulary
    ):
        tokens = _gas_symptoms(tokens)
    if ("away" in vocabulary or "them" in vocabulary or "they" in vocabulary) and not (
        _TOOK.isdisjoint(vocabulary)
    ):
        tokens = _took_away(tokens)
    if not vocabulary.isdisjoint(_TAKEN_OUT):
        tokens = _taken_out_of_vehicle(tokens)
    # (round twenty) "One employee sustained a head laceration", "suffered a broken arm": the
    # verb of an English injury, read as "wounded"
    if not _SUFFERING.isdisjoint(vocabulary):
        tokens = [
            "wounded"
            if tok in _SUFFERING and not _INJURY_NOUNS_EN.isdisjoint(tokens[k + 1 : k + 5])
            else tok
            for k, tok in enumerate(tokens)
        ]
    # (round twenty-six) "one was treated for a head wound", "two of them were treated for
    # dehydration and minor injuries", "one had a broken rib from beatings": hurt (not "had no
    # injuries")
    if not _TREATED_OR_HAD.isdisjoint(vocabulary):
        tokens = [
            "wounded"
            if tok in _TREATED_OR_HAD
            and not _INJURY_NOUNS_EN.isdisjoint(tokens[k + 1 : k + 6])
            and _NO_HARM_EN.isdisjoint(tokens[k + 1 : k + 6])
            and (
                tokens[k + 1 : k + 2] == ["for"]
                if tok == "treated"
                else tokens[k - 1 : k] in _HAD_SUBJECTS
            )
            else tok
            for k, tok in enumerate(tokens)
        ]
    # (round twenty-five) "Says if we not pay the 15 mil by Friday they kill the 2
    # supervisors": a killing a condition governs is a threat
    if (
        not _CONDITIONS.isdisjoint(vocabulary) or "unless" in vocabulary
    ) and not _THREATENED.isdisjoint(vocabulary):
        tokens = _without_threatened_killings(tokens)
    if "will" in vocabulary:
        tokens = [
            "_"
            if tok in _FUTURE_HARMS
            and (tokens[k - 1 : k] == ["will"] or tokens[max(0, k - 2) : k] == ["will", "be"])
            else tok
            for k, tok in enumerate(tokens)
        ]
    # (round twenty-five) "Driver of our vehicle left behind, not hurt": a harm denied right
    # before it is none (not "not seriously hurt", hurt all the same)
    if "not" in vocabulary:
        tokens = [
            "_" if tok in _DENIED_HARMS_EN and tokens[k - 1 : k] == ["not"] else tok
            for k, tok in enumerate(tokens)
        ]
    # (round twenty-five) an HSE report's "2 x contractors fatal": people, then "fatal" with no
    # noun of its own after it (not "two fatal accidents")
    if "fatal" in vocabulary:
        tokens = [
            "dead" if tok == "fatal" and k and tokens[k - 1] in _PEOPLE_PLURAL else tok
            for k, tok in enumerate(tokens)
        ]
    # (round twenty-six) "Five miners were shot ..., two of them fatally", "Five miners shot,
    # two fatally": the part that died; "two miners fatally shot": killed
    if "fatally" in vocabulary:
        tokens = _fatally_read(tokens)
    if not _BODY_PART_HINTS.isdisjoint(vocabulary):
        tokens = _without_body_parts(tokens)
    if not _CARRIED_OUT.isdisjoint(vocabulary):
        tokens = _without_works_carried_out(tokens)
    # (round twenty-six) "de los 3 mineros q se llevaron el lunes": people a relative says
    # were taken, held
    if "llevaron" in vocabulary or not _HOLDING_ES.isdisjoint(vocabulary):
        tokens = _taken_in_a_relative(tokens)
    # (round twenty-six) "convoy escort vehicle hit by two rounds": an English person noun
    # before a vehicle is the vehicle's kind, no person
    if not _VEHICLES_EN.isdisjoint(vocabulary):
        tokens = [
            "_" if tok in _PEOPLE_SINGULAR and tokens[k + 1 : k + 2] in _A_VEHICLE_EN else tok
            for k, tok in enumerate(tokens)
        ]
    # ((round thirty-one) and in Spanish after a vehicle's "de": "Camioneta de escolta del
    # convoy recibio 3 impactos de bala")
    if not _VEHICLES.isdisjoint(vocabulary):
        tokens = [
            "_"
            if tok in _PEOPLE_SINGULAR
            and k >= 2
            and tokens[k - 1] == "de"
            and tokens[k - 2] in _VEHICLES
            else tok
            for k, tok in enumerate(tokens)
        ]
    tokens = _occupations(tokens)
    if "grave" in vocabulary or "seriously" in vocabulary:
        tokens = _the_gravest_of_the_wounded(tokens)
    if "shot" in vocabulary and not _KILLED_EN.isdisjoint(vocabulary):
        tokens = _shot_beside_a_killing(tokens)
        vocabulary = frozenset(tokens)
    if (
        ("entre" in vocabulary and ("ellos" in vocabulary or "ellas" in vocabulary))
        or ("among" in vocabulary and "them" in vocabulary)
        or not _INCLUDING.isdisjoint(vocabulary)
        or "them" in vocabulary
        or (("ellos" in vocabulary or "ellas" in vocabulary) and "de" in vocabulary)
    ):
        tokens = _without_parts_among(tokens)
    if not _NAME_HINTS.isdisjoint(vocabulary) or _has_word_initial(tokens):
        tokens = _without_names(tokens)
    if not _INVERTED_AUXILIARIES.isdisjoint(vocabulary):
        tokens = _figure_after_complement(tokens)
    if ("a" in vocabulary or "an" in vocabulary) and not _A_JOINERS.isdisjoint(vocabulary):
        tokens = _one_for_a_joined(tokens)
    if "(" in vocabulary:
        tokens = _without_bracketed_ages(tokens)
        tokens = _without_asides_on_people(tokens)
    if "y" in vocabulary or "e" in vocabulary:
        tokens = _without_joined_participles(tokens)
    if not _HEALTH_PLACES.isdisjoint(vocabulary) or not _ADMITTED.isdisjoint(vocabulary):
        tokens = _taken_for_care(tokens)
    if ("por" in vocabulary or "con" in vocabulary) and not _CARE_CAUSES.isdisjoint(vocabulary):
        tokens = _treated_for(tokens)
    if not _HELD_WORDS.isdisjoint(vocabulary):
        tokens = _held_people(tokens)
    if not _ACCUSED.isdisjoint(vocabulary):
        tokens = _charged_crimes(tokens)
    if not _DONE_INFINITIVES.keys().isdisjoint(vocabulary):
        tokens = _done_before(tokens)
    if not _RELEASE.isdisjoint(vocabulary) and not _kidnap_story(tokens):
        # "liberan a 3 detenidos": freeing counts as kidnapped only in a kidnapping story
        # ((round twenty-three) and a rescue joined to a harm leaves the harm to meet its
        # people: "Otros dos fueron rescatados (por sus companeros) y llevados al centro de
        # salud")
        tokens = _without_rescues_before_harm(tokens)
        tokens = [tok if tok not in _RELEASE else "_" for tok in tokens]
    if not _STORY_WORD_HINTS.isdisjoint(vocabulary):
        tokens = _resolved_by_story(tokens)
    if not _DIED_SUBJUNCTIVE.isdisjoint(vocabulary):
        tokens = _without_hypothetical_deaths(tokens)
    if "sin" in vocabulary and "que" in vocabulary:
        tokens = _without_denied_harms(tokens)
    if not _RULING_OUT.isdisjoint(vocabulary) or (
        "no" in vocabulary and not _IT_WAS.isdisjoint(vocabulary)
    ):
        tokens = _without_ruled_out(tokens)
    if "retuvo" in vocabulary:
        # (round fourteen) "Se retuvo 1 volquete", "se retuvo por 10 min a un visitante": the
        # impersonal is a check by guards or police, not a kidnapping
        tokens = [
            "_" if tok == "retuvo" and k > 0 and tokens[k - 1] == "se" else tok
            for k, tok in enumerate(tokens)
        ]
    if "disposicion" in vocabulary:
        # ((round thirty) the held "puestas a disposicion de" the authorities are detained: "3
        # personas retenidas y puestas a disposicion de la FEMA")
        tokens = [
            "_"
            if tok in _HELD_PARTICIPLES
            and any(
                tokens[m : m + 3] in _PUT_AT_DISPOSAL for m in range(k + 1, min(k + 4, len(tokens)))
            )
            else tok
            for k, tok in enumerate(tokens)
        ]
    if "anos" in vocabulary and "de" in vocabulary:
        tokens = _without_listed_ages(tokens)
    if "retained" in vocabulary:
        # ((round thirty) a check's minutes, as "held 10 min": "1 visitor retained 10 min at
        # post for ID check, then released")
        tokens = [
            "_" if tok == "retained" and _held_minutes(tokens, k) else tok
            for k, tok in enumerate(tokens)
        ]
    if not _VAGUE_MANY.isdisjoint(vocabulary):
        tokens = _without_vague_many(tokens)
    held_missing = False
    if not _ABDUCTION_HINTS.isdisjoint(vocabulary):
        if not _FORCING.keys().isdisjoint(tokens) or not _PUTTING_IN.isdisjoint(tokens):
            tokens = _forced_into_vehicle(tokens)
            # ((round twenty-two) the merged word is a verb of object pronouns too: "Tres
            # sujetos lo obligaron a subir a una camioneta")
            vocabulary = frozenset(tokens)
        held_missing = not _CAPTOR_WORDS.isdisjoint(tokens) or _ransom_demanded(tokens)
    if held_missing:
        # "Desaparece ingeniero; sus captores exigen rescate": missing people held by captors
        # are kidnapped (docs/labelling-guide.md)
        tokens = [_MISSING_AS_KIDNAPPED.get(tok, tok) for tok in tokens]
    counted: list[tuple[_Number, _Kind | None]] = []
    updates: dict[_Kind, int] = {}  # the latest figure of an updated toll, by kind
    update_ends: dict[_Kind, int] = {}  # where that figure ends
    check_updates = (
        not _RISES.isdisjoint(vocabulary)
        or not _REACHING.isdisjoint(vocabulary)
        or not _STAYING.isdisjoint(vocabulary)
        or not _PUTTING.isdisjoint(vocabulary)
    )
    corrections = not _CORRECTING.isdisjoint(vocabulary)
    long_subjects = not _LONG_SUBJECT_HINTS.isdisjoint(vocabulary)
    form_type = _form_type(tokens) if "tipo" in vocabulary or "type" in vocabulary else None
    rejected: set[int] = set()  # figures a correction rejects ("injured three, not five")
    questions = "?" in vocabulary
    for number in _numbers(tokens):
        # (round twenty-four) "¿Es cierto que tienen secuestrados a cuatro jovenes?": a figure
        # asked about is not stated (its answer, after the question, is read on its own)
        if questions and _in_a_question_sentence(tokens, number):
            continue
        # (round twelve: "left nine dead, not the twenty reported")
        negated_figure = number.start > 0 and (
            tokens[number.start - 1] in ("no", "not")
            or (
                tokens[number.start - 1] in _THE_ALL
                and number.start > 1
                and tokens[number.start - 2] in ("no", "not")
            )
        )
        if negated_figure and counted:
            # "Eran cuatro, no seis, los mineros asesinados": the corrected figure takes the
            # casualty word of the one it replaces
            _correct(tokens, counted, number)
            rejected.add(number.value)
            continue
        # (round ten) "no fueron seis sino tres los heridos", "no fallecieron 14, sino 7": the
        # figure after "sino" replaces the negated one, and takes its kind
        if number.start > 0 and tokens[number.start - 1] in _INSTEAD and counted:
            replaced = _negated_before(tokens, counted, number)
            if replaced is not None:
                counted.remove(replaced)
                rejected.add(replaced[0].value)
                forward = _forward(tokens, number)
                counted.append((number, forward or replaced[1]))
                continue
        if number.value <= 0 or not _is_count_of_people(tokens, number):
            continue
        forward = _forward(tokens, number)
        backward = _backward(tokens, number)
        toll = _after_toll(tokens, number)
        if toll:
            backward = _Kind.KILLED
        # "the bodies of four kidnapped workers": the dead, not the kidnapped; (round eleven)
        # "the deaths of six people shot": the dead, not the wounded
        # ((round twenty-six) and "tras la muerte de dos heridos": the wounded who died)
        if backward is _Kind.KILLED and (
            forward is _Kind.KIDNAPPED
            or (
                forward is _Kind.INJURED
                and (
                    "shot" in tokens[number.end : number.end + 4]
                    or tokens[max(0, number.start - 2) : number.start] in _DEATH_OF
                )
            )
        ):
            forward = backward
        # ((round twenty-nine) "Raptan a padre e hijo y el padre aparece muerto": the death is
        # a part's, told by its own noun; the pair were taken)
        if (
            backward is _Kind.KIDNAPPED
            and forward is _Kind.KILLED
            and _a_part_of_pair_after(tokens, number)
        ):
            forward = backward
        # ((round thirty-one) a part of the wounded after its dying verb, a complement between:
        # "el domingo murieron en el hospital tres de los heridos")
        # (or before "no resistieron": "dos de los heridos no resistieron")
        if (
            forward is _Kind.INJURED
            and tokens[number.end : number.end + 2] in _DE_LOS
            and (
                (
                    any(
                        tok in _DYING_PLURAL_ONLY
                        for tok in tokens[max(0, number.start - _PART_DYING_REACH) : number.start]
                    )
                    and _BOUNDARY.isdisjoint(
                        tokens[max(0, number.start - _PART_DYING_REACH) : number.start]
                    )
                )
                or tokens[number.end + 3 : number.end + 5] in _DID_NOT_SURVIVE
            )
        ):
            forward = _Kind.KILLED
        # "Fallecen dos mineros heridos": the injured died, so they count as killed
        # ((round twenty-nine) and "Dos mineros fueron baleados y murieron")
        if forward is _Kind.INJURED and (
            _dying_verb_before(tokens, number) or _hurt_then_died(tokens, number)
        ):
            forward = _Kind.KILLED
        # (round twenty-five) "Un segundo trabajador herido en el ataque ..., fallecio": one
        # wounded person, the subject of a singular dying verb later in the sentence
        if (
            forward is _Kind.INJURED
            and number.value == 1
            and _wounded_one_dies_later(tokens, number)
        ):
            forward = _Kind.KILLED
        # ("los heridos son tres y hay un fallecido": the copula names the kind first)
        copula = _after_copula(tokens, number)
        kind = copula or forward or backward or _form_field(tokens, number)
        if kind is not _Kind.KIDNAPPED and _held_victims_field(tokens, number):
            kind = _Kind.KIDNAPPED
        # (round twenty-five) "KIA: 3, WIA: 1", its comma gone: a figure between two fields
        # is the one before's (the casualty word after it labels the next field)
        label = _AFTER_NUMBER.get(tokens[number.start - 2]) if number.start >= 2 else None
        if label is not None and tokens[number.start - 1] == ":":
            nxt = number.end + (tokens[number.end : number.end + 1] in (["and"], ["y"]))
            if tokens[nxt + 1 : nxt + 2] == [":"]:
                kind = label
        # ((round thirty) and with no colons, a tally's "label figure" pairs: "Balance final:
        # fallecidos 2, heridos 0", "Final tally: dead 2, injured 1")
        if number.start >= 1 and _in_a_tally_of_pairs(tokens, number):
            kind = _AFTER_NUMBER[tokens[number.start - 1]]
        # (round twenty-six) "Retenidos: 2 (intrusos con sacos capturados por la patrulla y
        # entregados a la PNP)": a field's aside that names the held as caught is of the
        # detained, no hostages
        if (
            kind is _Kind.KIDNAPPED
            and number.start >= 1
            and tokens[number.start - 1] == ":"
            and tokens[number.end : number.end + 1] == ["("]
            and not _CAUGHT.isdisjoint(tokens[number.end : number.end + _ASIDE_REACH])
        ):
            kind = None
        # (round twenty-six) "Tipo: secuestro. Victimas: III (trabajadores)": a form's victims
        # are of the kind its type names
        if (
            form_type is not None
            and number.start >= 2
            and tokens[number.start - 2 : number.start] in _VICTIMS_FIELD
        ):
            kind = form_type
        # ((round twenty-eight) "Victimas: 2 (heridas leves)", "Afectados: 4 vigilantes
        # (golpeados y maniatados)": a victims field's aside names their harms)
        if (
            number.start >= 2
            and tokens[number.start - 2 : number.start] in _VICTIMS_FIELD
            and "(" in tokens[number.end : number.end + 2]
        ):
            aside_kinds = _aside_harms(tokens, number)
            if aside_kinds:
                kind = aside_kinds[0]
                for other_kind in aside_kinds[1:]:
                    counted.append((number, other_kind))
        # "Uno de los siete heridos ... fallecio": the one is the subject of a singular dying
        # verb of its sentence, however far, so killed (and taken from the whole)
        # ((round twenty-five) not one of a group of no casualty word with a harm of its own:
        # "murio un vigilante y uno de los asaltantes quedo herido")
        if (
            tokens[number.start] in _ONE
            and number.end == number.start + 1
            and _partitive_length(tokens, number.end)
            and _dying_in_sentence(tokens, number)
            and not _own_harm_after_group(tokens, number, forward)
        ):
            kind = _Kind.KILLED
        # ((round twenty-nine) and "Dos de los heridos en el ataque del martes a una labor del
        # sector Cedro fallecieron": a plural part of the wounded, a plural dying verb far on)
        if (
            kind is _Kind.INJURED
            and number.value > 1
            and tokens[number.end : number.end + 3]
            in (["de", "los", "heridos"], ["of", "the", "wounded"])
            and _plural_dying_later(tokens, number)
        ):
            kind = _Kind.KILLED
        # "La cifra de muertos subio a 9": an updated toll counts its latest figure, whatever
        # other counts of its kind say (docs/labelling-guide.md)
        update = _toll_update(tokens, number) if check_updates else None
        if update is not None:
            kind = update
        # (and "Death toll rises to seven ... two more bodies": the toll is the latest figure,
        # not a sum with the bodies it counts; a toll over a period is a total, counted only as
        # such, "en lo que va del año sube a 39"; a first report's toll and the figure a toll
        # rose from are no update)
        if (
            (
                update is not None
                or (toll and kind is _Kind.KILLED and tokens[number.start - 1] != "from")
            )
            and (_PERIOD_HINTS.isdisjoint(vocabulary) or not _over_a_period(tokens, number))
            and (_FIRST_REPORT_HINTS.isdisjoint(vocabulary) or not _in_first_report(tokens, number))
        ):
            updates[update or _Kind.KILLED] = number.value
            update_ends[update or _Kind.KILLED] = number.end
        # (round twenty-four) "3 heridos jefe ... perdon, son 2 heridos", "se corrige: fueron
        # dos los trabajadores fallecidos": a figure right after a correction is the count of
        # its kind, even when lower
        if kind is not None and corrections and _corrected_figure(tokens, number):
            updates[kind] = number.value
        # (round ten) "fue encerrada por 3 sujetos", "held at gunpoint by 4 illegal miners":
        # the captors are not kidnapped
        if (
            kind is _Kind.KIDNAPPED
            and number.start > 0
            and (
                tokens[number.start - 1] in ("by", "por")
                # (round nineteen) "maniatados por aprox. 7 sujetos"
                or tokens[max(0, number.start - 2) : number.start] in _BY_ABOUT
            )
        ):
            kind = None
        # (round twenty) "Se llevaron a su hermano al hospital": taken for care
        if (
            kind is _Kind.KIDNAPPED
            and number.start > 0
            and tokens[number.start - 1] == "sellevarona"
            and not _HEALTH_PLACES.isdisjoint(tokens[number.end : number.end + 5])
        ):
            kind = None
        # (round nineteen) "Six armed men tied up three security guards", "Cuatro sujetos
        # amarraron a un poste al guardián": the figure of the attackers, whose verb follows
        # them, counts no one held
        if (
            kind is _Kind.KIDNAPPED
            and forward is _Kind.KIDNAPPED
            and backward is not _Kind.KIDNAPPED
            and (
                _ATTACKERS.intersection(tokens[number.end : number.end + 2])
                # ((round twenty-five) or any people whose English verb of holding has its own
                # object: "4 men blocked the road with stones, tied the driver to a tree")
                or _holding_verb_with_object(tokens, number)
            )
        ):
            kind = None
        # (round twenty-seven) "Two hitmen on a motorcycle shot and killed a 39-year-old gold
        # buyer": the figure of the attackers, the subject of an English verb with its own
        # object, counts no one harmed
        if (
            kind in (_Kind.KILLED, _Kind.INJURED)
            and forward is kind
            and backward is None
            and _ATTACKERS.intersection(tokens[number.end : number.end + 2])
            and _english_verb_with_object(tokens, number.end)
        ):
            kind = None
        # "Ronderos retienen a seis presuntos abigeos": detained by a ronda, not kidnapped
        if (
            _Kind.KIDNAPPED in (backward, forward)
            and kind is _Kind.KIDNAPPED
            and _held_by_ronda(tokens, number)
        ):
            kind = None
        # (round twelve) "Otros dos agentes de la empresa de seguridad resultaron heridos"
        if kind is None and long_subjects:
            kind = _long_subject(tokens, number)
        # "Mataron al vigilante; luego, a los dos operarios": the verb of the clause before
        if kind is None and _elliptic_start(tokens, number) >= 0:
            kind = _verb_before(tokens, _elliptic_start(tokens, number))
        if kind is None and tokens[number.end : number.end + 1] and tokens[number.end] in _KILLINGS:
            kind = _Kind.KILLED
        # (round nineteen) "Una treintena de mineros estaría retenida": a collective noun
        # takes a singular participle
        # ((round twenty-two) and "un par de vigilantes ... fue alcanzado por perdigones")
        if kind is None and tokens[number.end - 1] in _COLLECTIVE_PAIRS:
            kind = _singular_participle_after(tokens, number.end)
        # (round twenty-four) "La mitad de los ocho trabajadores fue hospitalizada": a half is
        # a collective too (the figure is halved below)
        if kind is None and number.start >= 3 and _half_of(tokens, number.start):
            kind = _singular_participle_after(tokens, number.end, _HOSPITALISED_ONE, _HALF_REACH)
        # (round twenty-three) "El equipo de relaciones comunitarias (4 personas) fue
        # retenido": a group's figure in brackets takes the group's singular participle
        if kind is None and tokens[number.start - 1 : number.start] == ["("]:
            close = _bracketed_people_end(tokens, number)
            if close:
                kind = _singular_participle_after(tokens, close + 1) or _verb_of_object(
                    tokens, number.start - 1
                )
        # (round twenty) "vigilante Condori herido ... y vigilante Ticona con golpe ..., ambos
        # en topico": both in a place of care
        if (
            kind is None
            and tokens[number.start] in _BOTH
            and tokens[number.end : number.end + 1] in (["en"], ["in"], ["at"])
            and not _HEALTH_PLACES.isdisjoint(tokens[number.end + 1 : number.end + 4])
        ):
            kind = _Kind.INJURED
        if kind is None and tokens[number.start] in _MULTIPLES:
            kind = _Kind.KILLED  # "Triple crimen en una bocamina"
        if kind is None and (
            _attacked(tokens, number)
            or (
                (not _TRAVELLING.isdisjoint(vocabulary) or "con" in vocabulary)
                and _carried_under_fire(tokens, number)
                # ((round thirty-two) not where a figure of them is told: "fired on a bus
                # carrying around 30 miners ..., wounding about a dozen of them")
                and not _a_part_of_them(tokens)
            )
        ):
            kind = _anaphor_kind(tokens, number.end)
        # (round twelve) "Officers arrested 11 people and seized US$1.2 million": the arrested
        # are no casualties (the guide)
        if kind is not None and number.start > 0 and tokens[number.start - 1] in _ARRESTING:
            kind = None
        # (round twelve) "el chofer y 2 vigilantes heridos", "El chofer y un supervisor
        # resultaron baleados": a determined person joined before the count is one more
        # ((round thirty) and with the figure's own article: "El chofer y los dos vigilantes
        # fueron maniatados", "The driver and the two escort guards were tied up")
        joined_at = number.start - (
            1 if number.start >= 3 and tokens[number.start - 1] in _PLURAL_DEFINITE else 0
        )
        # ((round thirty) past the person's name in commas, now gone: "El chofer, Luis Alfaro,
        # y dos operarios quedaron heridos"; the indices before the name stay as they are)
        named = _name_before_and(tokens, joined_at) or _complement_before_and(tokens, joined_at)
        tokens_before = tokens[: joined_at - 1 - named] + tokens[joined_at - 1 :]
        joined_at -= named
        # ((round thirty) or a bare noun opening its sentence, as headlines and logs write it:
        # "Driver and 3 escorts tied up", "Chofer y dos vigilantes heridos")
        if (
            kind is not None
            and joined_at >= 2
            and tokens_before[joined_at - 1] in _AND
            and tokens_before[joined_at - 2] in _PEOPLE_SINGULAR
            # ((round thirty) not the institution: "se enfrentaron con la Policia y dos agentes
            # resultaron heridos")
            and tokens[joined_at - 3 : joined_at - 1] != ["la", "policia"]
            and (
                joined_at == 2
                or tokens[joined_at - 3] in _ONE_ARTICLES_JOINED
                or tokens[joined_at - 3] in _OPENING_PUNCTUATION
            )
            # ((round thirty-one) nor one told before and named: "Hubo un herido grave, el
            # conductor, y cuatro heridos leves")
            and not _one_told_before(tokens, joined_at - 3)
            # ((round thirty) nor when the person has a singular verb of their own before:
            # "Murio el chofer, y cuatro pasajeros fueron llevados al hospital")
            and (joined_at <= 3 or tokens[joined_at - 4] not in _ONE_PERSON_VERB)
            # ((round twenty-nine) not when the count has a singular verb of its own: "muere el
            # chofer y su copiloto queda herido")
            and not (
                number.value == 1
                and tokens[number.end + 1 : number.end + 2] != []
                and tokens[number.end + 1] in _ONE_PERSON_VERB
            )
        ):
            number = _Number(
                joined_at - 2 - (joined_at > 2 and tokens[joined_at - 3] in _ONE_ARTICLES_JOINED),
                number.end,
                number.value + 1,
            )
        # ((round twenty-nine) "El y otros tres trabajadores habian sido baleados": the one
        # told before and the others are one group, not more people)
        if (
            kind is not None
            and number.start >= 3
            and tokens[number.start - 1] in _OTHERS
            and tokens[number.start - 2] in _AND
            and tokens[number.start - 3] in _HE_SHE_PRONOUNS
            and (number.start == 3 or tokens[number.start - 4] in _BOUNDARY)
        ):
            number = _Number(number.start - 3, number.end, number.value + 1)
        # (round twenty) "Encerraron a los 3 vigilantes y al operador": one more person
        if (kind is not None and _one_more_person_after(tokens, number)) or (
            kind is not None and number.value > 1 and _one_ranked_object_after(tokens, number)
        ):
            number = _Number(number.start, number.end, number.value + 1)
        # (round twenty-three) "se llevaron al ingeniero Paredes y al chofer", read as
        # "sellevarona un ingeniero": the verb's more objects after "y al", one by one (a
        # figure after "y a", "y a su ayudante", is counted of its own)
        if (
            kind is _Kind.KIDNAPPED
            and tokens[number.start - 1 : number.start] == ["sellevarona"]
            and tokens[number.end : number.end + 1] != []
            and tokens[number.end] in _PEOPLE_SINGULAR
            and ["y", "al"] in (tokens[k : k + 2] for k in range(number.end + 1, number.end + 3))
        ):
            more = _more_objects(tokens, number.end + 1)
            if 1 + more > number.value:
                number = _Number(number.start, number.end, 1 + more)
        # (round thirty-one) two objects put first, each after "a", the second counted: "Al
        # chofer y a su ayudante los dejaron amarrados", "Al conductor y a su copiloto los
        # dejaron atados"
        first = number.start - 4
        if (
            kind is not None
            and number.value == 1
            and first >= 0
            and tokens[first] == "al"
            and (first == 0 or tokens[first - 1] in _BOUNDARY)
            and tokens[first + 1] in _PEOPLE_SINGULAR
            and tokens[first + 2 : first + 4] == ["y", "a"]
        ):
            number = _Number(number.start, number.end, 2)
        # (round thirty-one) a field's figure that opens a numbered list of its people: "KIA:
        # 1) Juan Carlos Huamani, 34, driller; 2) Wilber Ccahuana ...; 3) unidentified male"
        if kind is not None and number.value == 1:
            field = tokens[number.start - 2] if number.start >= 2 else ""
            listed = (
                _numbered_list_length(tokens, number)
                if kind in (_AFTER_NUMBER.get(field), _BEFORE_NUMBER.get(field))
                # (not "Relacion de victimas: 1) ..., fallecido; ...; 3) ..., herida": victims
                # of every kind)
                and field not in _VICTIMS
                else 0
            )
            if listed > 1:
                number = _Number(number.start, number.end, listed)
        # "la mitad de los doce trabajadores resultaron heridos": six; "De los ocho mineros
        # atacados, la mitad murio": four
        if (
            kind is not None
            and (
                (number.start >= 3 and _half_of(tokens, number.start))
                or "mitad"
                in tokens[
                    number.end : min(number.end + _MAX_GAP, _sentence_span(tokens, number.end)[1])
                ]
                or _half_of_a_whole_before(tokens, number, kind)
            )
            # ((round twenty-two) not half discharged: "La mitad de los ocho heridos ya fue
            # dada de alta" leaves eight injured)
            and not _DISCHARGED.intersection(tokens[number.end : number.end + _MAX_GAP + 4])
            # ((round twenty-nine) nor half of the held freed: "Liberan a la mitad de los doce
            # trabajadores retenidos" leaves twelve held)
            and not (
                kind is _Kind.KIDNAPPED
                and not _RELEASE.isdisjoint(tokens[max(0, number.start - 8) : number.start])
            )
            # ((round thirty) nor the whole's own participle, the half's harm told after it:
            # "La mitad de los doce trabajadores retenidos presentaba contusiones", twelve held)
            and not (
                kind is _Kind.KIDNAPPED
                and tokens[number.end : number.end + 1] != []
                and tokens[number.end] in _PEOPLE_PLURAL
                and _AFTER_NUMBER.get(
                    tokens[number.end + 1] if number.end + 1 < len(tokens) else ""
                )
                is _Kind.KIDNAPPED
                and any(
                    _AFTER_NUMBER.get(tok) not in (None, _Kind.KIDNAPPED)
                    for tok in tokens[number.end + 2 : _sentence_span(tokens, number.end)[1]]
                )
            )
        ):
            number = _Number(number.start, number.end, number.value // 2)
        counted.append((number, kind))
        # (round twenty-five) "Comuneros retienen y golpean a cuatro policias": two casualty
        # verbs share their object, which counts for both
        shared = _first_of_two_verbs(tokens, number)
        # (not "Secuestran y asesinan a dos": the kidnapped who die are killed only)
        if (
            kind is not None
            and shared is not None
            and shared is not kind
            and _Kind.KILLED not in (kind, shared)
        ):
            counted.append((number, shared))
    # "Inicialmente se hablo de seis fallecidos": a first figure gives way to any other count of
    # its kind (the later, corrected one)
    if len(counted) > 1 and not _FIRST_REPORT_HINTS.isdisjoint(vocabulary):
        counted = _without_first_reports(tokens, counted)
    # ("An earlier version said five guards were wounded": a rejected figure repeated, dropped
    # when another count of its kind remains)
    if rejected and len(counted) > 1:
        counted = _without_rejected(counted, rejected)
    # ((round thirty-two) "dejo dos muertos, padre e hijo, y un herido": a pair right after a
    # figure and its casualty word, of the same value, names those people again)
    if len(counted) > 2:
        counted = [
            (number, kind)
            for number, kind in counted
            if not _pair_naming_figure_before(tokens, number, counted)
        ]
    # "En lo que va del año suman 39 muertos": a total over a period counts only for the kinds
    # the incident itself gives no count of (docs/labelling-guide.md)
    # (an unnumbered victim is a count of the incident too: "Minero muerto de un balazo ... en
    # lo que va del año van 44 muertos" is one)
    cumulative = []
    if counted and not _PERIOD_HINTS.isdisjoint(vocabulary):
        cumulative = [entry for entry in counted if _over_a_period(tokens, entry[0])]
    if cumulative:
        counted = [entry for entry in counted if entry not in cumulative]
    if not _BURYING.isdisjoint(vocabulary):
        counted = _without_buried_survivors(tokens, counted)
    best = _combine(tokens, counted)
    _subtract_dead_parts(tokens, counted, best)
    # (round thirty-one) a field of the attackers' dead beside the dead of one's own: "KIA: 1
    # (security contractor) ... Attackers: 1 KIA by return fire" is two
    if ":" in vocabulary and not _ATTACKER_LABELS.isdisjoint(vocabulary):
        attackers: list[int] = []
        own: list[int] = []
        for number, kind in counted:
            if kind is _Kind.KILLED:
                (attackers if _attackers_dead_field(tokens, number) else own).append(number.value)
        if attackers and own:
            best[_Kind.KILLED] = max(best.get(_Kind.KILLED, 0), max(own) + sum(attackers))
    # (round twenty-eight) "Doble asesinato ... Dos mineros fueron hallados con heridas de bala",
    # "Asesinan a dos mineros. Ambos presentaban heridas de bala": the dead's wounds, told again
    if best.get(_Kind.INJURED) and best.get(_Kind.INJURED) == best.get(_Kind.KILLED):
        injured_figures = [number for number, kind in counted if kind is _Kind.INJURED]
        if all(_wounds_of_the_dead(tokens, number, counted) for number in injured_figures):
            del best[_Kind.INJURED]
    # (round twenty) "subio a cinco luego de que dos de los heridos murieran; el primer
    # reporte hablaba de tres fallecidos y cuatro heridos": the injured of the first report,
    # less those who died since
    if _Kind.INJURED in best and not _FIRST_REPORT_HINTS.isdisjoint(vocabulary):
        left = _injured_left_of_first_report(tokens, counted)
        if left:
            best[_Kind.INJURED] = left
    if not _REST_HINTS.isdisjoint(vocabulary):
        _rest_of_group(tokens, counted, best)
    if updates:
        best.update(updates)
        # (round twenty-nine) "09:30 la cifra sube a dos. 12:05 La Policia confirma tres
        # fallecidos": a higher figure of the kind in a later sentence is newer than the update
        for kind, end in update_ends.items():
            later = [
                number.value
                for number, other in counted
                if other is kind
                and number.start > end
                and not _SENTENCE_ENDS.isdisjoint(tokens[end : number.start])
                and _confirmed_later(tokens, number)
            ]
            if later and later[-1] > best[kind]:
                best[kind] = later[-1]
    # (round eleven) "Pobladores hablan de 10 muertos; Fiscalia confirma cuatro": hearsay set
    # against a confirmed figure gives way to it (docs/labelling-guide.md, round ten)
    if not _CONFIRMING.isdisjoint(vocabulary) and not _HEARSAY.isdisjoint(vocabulary):
        for kind, value in _confirmed(tokens, counted).items():
            if value < best.get(kind, 0):
                best[kind] = value
    # (each pattern only where its words are: most texts have none)
    plural_word = not _LIST_WORDS.isdisjoint(vocabulary)
    listed = (
        (plural_word and (":" in vocabulary or not _COPULAS.isdisjoint(vocabulary)))
        or ((plural_word or "victimas" in vocabulary) and _LIST_OPENING.search(text) is not None)
        # ((round twenty-four) "Police have identified the men killed ... as A, 27, B, 45",
        # "Las victimas fueron identificadas como A, B y C")
        or (("identified" in vocabulary or "named" in vocabulary) and "as" in vocabulary)
        or ("victimas" in vocabulary and not _IDENTIFIED_AS.isdisjoint(vocabulary))
        # ((round twenty-eight) "Las victimas son A, B y C")
        or ("victimas" in vocabulary and not _COPULAS.isdisjoint(vocabulary))
        # ((round twenty-seven) "La Policia identifico a los fallecidos como A, B y C")
        # ((round thirty) or the names first, "La policia identifico a A (29), B (35) y C (22),
        # los mineros encontrados muertos")
        or (plural_word and "identifico" in vocabulary)
        # ((round twenty-eight) "Los heridos, Perez, Ramos y Quispe, estan estables")
        or (plural_word and _APPOSED_HEAD.search(text) is not None)
    )
    bodies = not _LIST_HINTS.isdisjoint(vocabulary)
    name_join = _NAME_JOIN.search(text) is not None or (
        not _KIN_OWNERS.isdisjoint(vocabulary) and _KIN_JOIN.search(text) is not None
    )
    if listed or bodies or name_join:
        for kind, value in _listed_by_name(text, listed, bodies, name_join).items():
            # (round nineteen) "Los hermanos Fredy y Nilo fueron raptados ... uno aparece
            # muerto": the dead were among the named kidnapped, who count as killed only
            if (
                kind is _Kind.KIDNAPPED
                and best.get(_Kind.KIDNAPPED, 0)
                and value == best[_Kind.KIDNAPPED] + best.get(_Kind.KILLED, 0)
            ):
                continue
            best[kind] = max(best.get(kind, 0), value)
    numbered = "1" in vocabulary and "2" in vocabulary and ("1)" in text or "1. " in text)
    field_list = ":" in vocabulary and (";" in vocabulary or ": - " in text)
    if numbered or field_list:
        for kind, value in _itemised(text, numbered, field_list).items():
            best[kind] = max(best.get(kind, 0), value)
    if "(" in tokens:
        for kind, value in _named_victims(tokens).items():
            best[kind] = max(best.get(kind, 0), value)
    if not _CLITICS.isdisjoint(vocabulary) and not _CLITIC_VERB_WORDS.isdisjoint(vocabulary):
        for kind, value in _clitic_victims(tokens).items():
            best[kind] = max(best.get(kind, 0), value)
    if "them" in vocabulary and not _HOLDING_THEM.isdisjoint(vocabulary):
        held_them = _held_them(tokens)
        if held_them > best.get(_Kind.KIDNAPPED, 0):
            best[_Kind.KIDNAPPED] = held_them
    answered: dict[_Kind, int] = {}
    if "?" in vocabulary or (":" in vocabulary and not _TOLD_QUESTION.isdisjoint(vocabulary)):
        answered = _answered_questions(tokens)
        for kind, value in answered.items():
            best[kind] = max(best.get(kind, 0), value)
        # (round twenty-seven) "Q: How many dead ...? A: Three, all drillers, shot at the
        # entrance": the answer's figure is of the question's kind, not of a wound word after
        if (
            answered.get(_Kind.KILLED)
            and best.get(_Kind.INJURED) == answered[_Kind.KILLED]
            and _Kind.INJURED not in answered
            and all(
                _answer_kind(tokens, number) is _Kind.KILLED
                for number, kind in counted
                if kind is _Kind.INJURED
            )
        ):
            del best[_Kind.INJURED]
    if ":" in vocabulary and not _SIDES.isdisjoint(vocabulary):
        for kind, value in _sides_tally(tokens, counted).items():
            best[kind] = max(best.get(kind, 0), value)
    if plural_word and ":" in vocabulary:
        for kind, value in _field_tally(tokens).items():
            best[kind] = max(best.get(kind, 0), value)
    if ":" in vocabulary:
        for kind, value in _fields_of_one_kind(tokens, counted).items():
            best[kind] = max(best.get(kind, 0), value)
    if "was" in vocabulary and not _HE_SHE.isdisjoint(vocabulary):
        for kind in _pronoun_victims(tokens):
            best.setdefault(kind, 1)
    if not _AND.isdisjoint(vocabulary):
        for kind, value in _coordinated_subjects(tokens).items():
            best[kind] = max(best.get(kind, 0), value)
        for kind, value in _single_objects_of_joined_verbs(tokens).items():
            best[kind] = max(best.get(kind, 0), value)
    if "anos" in vocabulary and "de" in vocabulary:
        for kind, value in _people_by_ages(tokens).items():
            # ((round twenty-seven) "Fallecen los dos vigilantes heridos ... Los guardianes, de
            # 31 y 45 anos, estaban internados": the aged in care are the dead, told before)
            if kind is _Kind.INJURED and best.get(_Kind.KILLED) == value:
                continue
            best[kind] = max(best.get(kind, 0), value)
    singles = _implicit_singles(tokens)
    for kind, count in singles.items():
        # ((round thirty) the abducted whose bodies were found are the dead, told again:
        # "recovered the bodies of 13 workers ... who had been abducted a week earlier")
        if (
            kind is _Kind.KIDNAPPED
            and kind not in best
            and best.get(_Kind.KILLED, 0) > count
            and not _BODY_WORDS.isdisjoint(vocabulary)
        ):
            continue
        if kind in best and _only_more_people(tokens, counted, kind):
            # "Asesinan a minero ... murieron tambien otros dos": the one and two more
            best[kind] += count
        elif count > best.get(kind, 0) and all(
            number.value == 1 and tokens[number.start] in _ONE_DETERMINERS
            for number, counted_kind in counted
            if counted_kind is kind
        ):
            # (round twenty-two) "Amarraron al chofer y a su copiloto, a quienes dejaron
            # amarrados": the verb's two objects, of which "su copiloto" read as one
            best[kind] = count
        else:
            best.setdefault(kind, count)
    # (round sixteen) "Resultaron heridos Edgar Pari (19) y el cocinero": a list after a
    # clause-opening verb, one person a conjunct
    if not _INVERTING_VERBS.isdisjoint(vocabulary):
        listed_after = _inverted_list(tokens)
        if listed_after > best.get(_Kind.INJURED, 0):
            best[_Kind.INJURED] = listed_after
    # (round twenty-seven) "Fueron secuestrados el ingeniero Juan Rios y su asistente"
    if "fueron" in vocabulary and not _INVERTED_HELD.isdisjoint(vocabulary):
        listed_after = _inverted_list(tokens, _words("fueron"), _INVERTED_HELD)
        if listed_after > best.get(_Kind.KIDNAPPED, 0):
            best[_Kind.KIDNAPPED] = listed_after
    # (round twenty-five) "earlier report of 1 x WIA was wrong ... Final: 0 KIA, 0 WIA": a
    # kind counted only by a first report, then stated as zero, is none
    if "0" in vocabulary and not _FIRST_REPORT_HINTS.isdisjoint(vocabulary):
        for kind in [kind for kind in best if _stated_zero(tokens, kind)]:
            if all(_in_first_report(tokens, n) for n, k in counted if k is kind):
                del best[kind]
    # (round twenty-six) "Heridos: ninguno. Observacion: los tres presentan PAF": a form's
    # field that states none of its kind outweighs the wounds told of others
    if ":" in vocabulary and not _NONE_ANSWERS.isdisjoint(vocabulary):
        for kind in [kind for kind in best if _field_states_none(tokens, kind)]:
            del best[kind]
    # (round twenty-five) "The bodies of four miners were recovered ... all four had been shot
    # in the head": the dead told again by "all", their wounds no injured people
    # ((round twenty-six) and of the kidnapped: "Identifican a los dos mineros secuestrados
    # cuyos cuerpos aparecieron ... Ambos habian sido secuestrados el 3 de noviembre")
    for told_again in (_Kind.INJURED, _Kind.KIDNAPPED):
        if (
            told_again in best
            and best[told_again] == best.get(_Kind.KILLED)
            and not _BODY_STORY.isdisjoint(vocabulary)
            and any(kind is told_again for _, kind in counted)
            and all(
                tokens[n.start - 1 : n.start] in (["all"], ["todos"], ["todas"])
                or tokens[n.start] in ("ambos", "ambas", "both")
                or (
                    told_again is _Kind.KIDNAPPED
                    and (
                        _dead_told_as_held(tokens, n)
                        or tokens[n.start - 1 : n.start] in (["los"], ["las"], ["the"])
                    )
                )
                for n, kind in counted
                if kind is told_again
            )
        ):
            del best[told_again]
    # (round twenty-seven) "se lo llevaron junto con su hijo de 19 anos": the one taken and
    # the one taken along
    if (
        best.get(_Kind.KIDNAPPED, 0) < 2
        and "junto" in vocabulary
        and any(
            tok == "llevadoalafuerza" and _taken_along(tokens, k + 1)
            for k, tok in enumerate(tokens)
        )
    ):
        best[_Kind.KIDNAPPED] = 2
    # (round twenty-seven) "El dueno y sus dos hijos fueron secuestrados", "the owner and his
    # two sons were kidnapped": one person joined before the figure of their own people
    for number, kind in counted:
        if (
            kind is not None
            and best.get(kind) == number.value
            and _one_joined_before(tokens, number)
        ):
            best[kind] += _singles_listed_before(tokens, number.start - 3)
            break
    # (round twenty-seven) "Edison Huamani, herido de bala ..., fallecio. Era uno de los 23
    # heridos que dejo el enfrentamiento": the dead one was of the wounded whole
    if _Kind.KILLED in best and _Kind.INJURED in best and not _WAS_ONE.isdisjoint(vocabulary):
        for number, kind in counted:
            if (
                kind is _Kind.INJURED
                and best[_Kind.INJURED] == number.value > 1
                and tokens[max(0, number.start - 4) : number.start - 2] in _WAS_ONE_OF
                and tokens[number.start - 2 : number.start] in (["de", "los"], ["of", "the"])
            ):
                best[_Kind.INJURED] -= 1
                break
    # (round twenty-five) "De los dos vigilantes heridos ..., el agente Rios fallecio": the one
    # named who died is of the wounded whole, which loses him
    # ((round twenty-five) and of a kidnapped whole: "De los cuatro trabajadores raptados ...,
    # tres fueron liberados ..., pero el cuarto, el capataz Zavaleta, fue encontrado sin vida")
    for whole_kind in (_Kind.INJURED, _Kind.KIDNAPPED):
        if whole_kind not in best or _Kind.KILLED not in best:
            continue
        for number, kind in counted:
            if (
                kind is whole_kind
                and best[whole_kind] == number.value > 1
                and _named_one_of_whole_died(tokens, number)
            ):
                best[whole_kind] -= 1
                break
    # (round twenty-five) "en el que murieron el chofer y un pasajero": one dead per person
    if not _DIED_PLURAL.isdisjoint(vocabulary):
        listed_dead = _died_list(tokens)
        if listed_dead > best.get(_Kind.KILLED, 0):
            best[_Kind.KILLED] = listed_dead
    # "Secuestran y asesinan a comerciante", "Hallan cuerpo de ingeniero secuestrado": one
    # unnumbered victim kidnapped and killed counts as killed only (docs/labelling-guide.md);
    # "Secuestran a empresario y matan a vigilante" names two victims and keeps both
    if (
        singles.get(_Kind.KIDNAPPED) == 1
        and singles.get(_Kind.KILLED) == 1
        and best.get(_Kind.KILLED) == 1
        and best.get(_Kind.KIDNAPPED) == 1
        and _kidnapped_one_died(tokens)
        # (round twelve) "Hallan muerto a uno de los dos comerciantes raptados": one of a group,
        # the other still held
        and not any(kind is _Kind.KIDNAPPED and number.value > 1 for number, kind in counted)
    ):
        del best[_Kind.KIDNAPPED]
    if cumulative:
        # ((round twenty-five) the dead of a dated earlier incident are background when the
        # text counts anything of its own: "la misma donde en 2023 murieron diez mineros. Esta
        # vez, dos trabajadores resultaron heridos")
        if any(best.values()):
            cumulative = [entry for entry in cumulative if not _dated_earlier(tokens, entry[0])]
        for kind, value in _combine(tokens, cumulative).items():
            best.setdefault(kind, value)
    if held_missing and _missing_single(tokens):
        best.setdefault(_Kind.KIDNAPPED, 1)
    # (round twenty-three) "una llamada de sujetos que dicen tenerlo y exigen 100 mil soles":
    # one person held for ransom, unless the story counts its dead
    if (
        _Kind.KIDNAPPED not in best
        and _Kind.KILLED not in best
        and not _CAPTIVE_CLAIMS.isdisjoint(vocabulary)
        and _captors_hold_one(tokens)
    ):
        best[_Kind.KIDNAPPED] = 1
    # (round twelve) "Minero secuestrado vuelve a casa con heridas", "released with bruises to
    # his face", "uno presenta golpes": the kidnapped one who came back hurt is injured too (the
    # guide, round ten)
    if (
        _Kind.KIDNAPPED in best
        and _Kind.INJURED not in best
        and _Kind.KILLED not in best
        and not _BEARING.isdisjoint(vocabulary)
        and not _CARRIED_INJURIES.isdisjoint(vocabulary)
        and _came_back_hurt(tokens)
    ):
        best[_Kind.INJURED] = 1
    # (round fourteen) "Muere segundo minero baleado", "Es la segunda victima": the ordinal of
    # a death counts the deaths so far
    if not _DEATH_ORDINALS.keys().isdisjoint(vocabulary):
        ordinal_dead = _ordinal_deaths(tokens, _Kind.KILLED in best)
        if ordinal_dead > best.get(_Kind.KILLED, 0):
            best[_Kind.KILLED] = ordinal_dead
    # (round twenty-one) "La ronda capturo a dos sujetos ... los azotaron en la plaza": the
    # captured were whipped, so injured
    if _Kind.INJURED not in best and not _WHIPPING.isdisjoint(vocabulary):
        whipped = _whipped_captives(tokens)
        if whipped:
            best[_Kind.INJURED] = whipped
    # (round twenty) "Uno murio; los otros dos siguen internados": the survivors in care are
    # the injured count now
    if _Kind.KILLED in best and (
        (not _STILL.isdisjoint(vocabulary) and not _IN_CARE.isdisjoint(vocabulary))
        or "recuperan" in vocabulary
        or "recovering" in vocabulary
        # ((round twenty-nine) "the two others remain in hospital", merged)
        or "hospitalised" in vocabulary
    ):
        survivors = _survivors_in_care(tokens, _numbers(tokens))
        if survivors:
            best[_Kind.INJURED] = survivors
    # (round twenty) "Un tercer minero logro salir con lesiones": one more person hurt; "el
    # tercero sigue en UCI", after deaths: the one left of the wounded
    if not _ORDINAL_PEOPLE.isdisjoint(vocabulary):
        definite = _ordinal_person_hurt(tokens)
        if definite is not None:
            injured = best.get(_Kind.INJURED, 0)
            # ((round twenty-six) "el tercer comunero herido sigue en UCI. Ademas de el, se
            # atendio a otros once heridos": the others are more than the ordinal one)
            others = max(
                (
                    number.value
                    for number, kind in counted
                    if kind is _Kind.INJURED
                    and number.start > 0
                    and tokens[number.start - 1] in _OTHERS
                ),
                default=0,
            )
            if definite and others:
                best[_Kind.INJURED] = max(injured, others + 1)
            elif injured == 0 or (definite and injured > 1 and _Kind.KILLED in best):
                best[_Kind.INJURED] = 1
            # ((round twenty-three) "Two army soldiers were hurt by stones ... and a third
            # sprained his ankle": an indefinite third after two hurt is one more)
            elif (
                not definite
                and _Kind.KILLED not in best
                and _DEATH_ORDINALS.get(_ordinal_word(tokens), 0) == injured + 1
            ):
                best[_Kind.INJURED] = injured + 1
    # (round thirteen) "Hallan cuerpo de joven ... Tenia una herida en la cabeza", "body found
    # with stab wounds": the wound is the dead one's, not an injured person
    # (round seventeen: "The bodies of two miners were found ... Both had gunshot wounds", and a
    # form's "Heridos: 0" names no injured person)
    if (
        0 < best.get(_Kind.INJURED, 0) <= best.get(_Kind.KILLED, 0)
        and not _BODY_HINTS.isdisjoint(vocabulary)
        and (_INJURED_PEOPLE_WORDS.isdisjoint(vocabulary) or _only_zero_fields(tokens))
        and _wounds_of_a_body(tokens)
        # ((round twenty-five) not one of the survivors: "Los otros dos lograron escapar; uno
        # de ellos llego con una herida de bala")
        and not _one_of_the_others(tokens)
    ):
        del best[_Kind.INJURED]
    # (round twenty) "Muere minero herido en ataque ... quien habia resultado herido de bala",
    # "Farmer wounded in protest dies": the wounded one is the one who died
    if (
        best.get(_Kind.INJURED) == 1
        and _Kind.KILLED in best
        and not _DYING_ONE.isdisjoint(vocabulary)
        # (round twenty-two: or "Un comunero de 27 anos, herido de bala ..., fallecio", whose
        # "un" read as one injured)
        and all(
            kind is not _Kind.INJURED
            or (number.value == 1 and _in_sentence_of_one_death(tokens, number))
            for number, kind in counted
        )
        and _wounded_one_died(tokens)
    ):
        del best[_Kind.INJURED]
    # (round twenty-three) "Muere ingeniero ... Sus captores lo abandonaron herido", "persona
    # herida por PAF ... fallecio", "was killed when he was hit in the head": one person hurt
    # and one dead, neither a figure, and no word of another person: the hurt one died
    if (
        best.get(_Kind.KILLED) == 1
        and best.get(_Kind.INJURED) == 1
        and all(kind is not _Kind.INJURED for _, kind in counted)
        # ((round twenty-seven) not two answers: "¿Heridos? Si, uno (...). ¿Fallecidos? Uno")
        and _Kind.INJURED not in answered
        and _ANOTHER.isdisjoint(vocabulary)
        and not _plural_people_besides_agents(tokens)
        # (not a list of the afflicted, "Afectados: X - fallecido; Y - fractura", nor a wound
        # of a limb, which is seldom the death: "Vigilante Rojas herido en el brazo")
        and ";" not in vocabulary
        and not _shot_in_a_limb(tokens, _INJURED_ONE_WORDS)
        # (nor two people named by two nouns: "Un vigilante resulto herido cuando el minero
        # fallecio")
        # ((round twenty-six) "comisaria" mostly the police station: "se comunica a la
        # comisaria")
        and len(_PEOPLE_SINGULAR.intersection(vocabulary) - _STATIONS) < 2
        and not _another_person(tokens)
        # ((round thirty-two) nor a form's field of the hurt with its own figure: "Occiso: 1
        # (NN). Herido: 1 (Wilmer C. V.), trasladado al hospital")
        and not _hurt_field_with_figure(tokens)
    ):
        del best[_Kind.INJURED]
    # ((round thirty) "Balean a padre e hijo; el padre murio en la posta": the one of a wounded
    # pair named dead by their own noun is no longer among the wounded
    if (
        best.get(_Kind.KILLED) == 1
        and best.get(_Kind.INJURED) == 2
        and len(_PAIR_ROLES.intersection(vocabulary)) >= 2
        and any(
            kind is _Kind.INJURED
            and number.value == 2
            and len(_PAIR_ROLES.intersection(tokens[number.start : number.end])) >= 2
            and _pair_member_died_after(tokens, number.end)
            for number, kind in counted
        )
    ):
        best[_Kind.INJURED] = 1
    # (round twenty) "Dos de los tres mineros secuestrados fueron liberados; el tercero
    # aparecio muerto", "Raptan a dos mineros y uno aparece sin vida": the dead are a part of
    # the kidnapped, who count as killed only (docs/labelling-guide.md)
    if (
        0 < best.get(_Kind.KILLED, 0) < best.get(_Kind.KIDNAPPED, 0)
        and (
            not _HELD_PART_MARKERS.isdisjoint(vocabulary)
            # ((round twenty-nine) a relative of a pair: "Secuestran a padre e hijo; el padre
            # aparece muerto")
            or len(_PAIR_ROLES.intersection(vocabulary)) >= 2
        )
        # (only when no step above has taken the dead from the whole already, and "el
        # tercero" of three: "Rescatan a dos; el tercero aparecio muerto" is one more)
        and best[_Kind.KIDNAPPED]
        == max((n.value for n, kind in counted if kind is _Kind.KIDNAPPED), default=0)
        and _a_held_one_died(tokens) in (-1, best[_Kind.KIDNAPPED])
    ):
        best[_Kind.KIDNAPPED] -= best[_Kind.KILLED]
    # ((round twenty-eight) "solto a tres tras el pago de un rescate; los cuerpos de los otros
    # dos aparecieron": the rest of the kidnapped, found dead, count as killed only)
    elif (
        0 < best.get(_Kind.KILLED, 0) < best.get(_Kind.KIDNAPPED, 0)
        and ("otros" in vocabulary or "others" in vocabulary)
        and best[_Kind.KIDNAPPED]
        == max((n.value for n, kind in counted if kind is _Kind.KIDNAPPED), default=0)
    ):
        others_dead = _the_others_held_died(tokens)
        # (the whole, not the ones freed: "rescato a tres ...; los cuerpos de los otros dos"
        # with three read is already the living; the living's figure must stand in the text,
        # not an article's "una quebrada")
        living = best[_Kind.KIDNAPPED] - others_dead
        if 0 < others_dead <= best[_Kind.KILLED] and any(
            number.value == living and tokens[number.start] not in _ARTICLES
            for number in _numbers(tokens)
        ):
            best[_Kind.KIDNAPPED] = living
    # (round twenty) "padre e hijo mineros baleados ... fueron asesinados a balazos", "The
    # bodies of three men were found ... All three had been shot": when the only word of harm
    # besides the deaths is a shooting, the shot are the dead
    if (
        0 < best.get(_Kind.INJURED, 0) <= best.get(_Kind.KILLED, 0)
        and (
            not _SHOOTING_ONLY.isdisjoint(vocabulary)
            or (best[_Kind.INJURED] >= 2 and not _SHOOTING_VERBS.isdisjoint(vocabulary))
        )
        and _HARM_BESIDES_SHOOTING.isdisjoint(vocabulary)
        and not _another_person(tokens)
        # ((round twenty-three) nor one shot in a limb, seldom a death: "Una mujer que
        # atendia el local recibio un balazo en el brazo")
        and not _shot_in_a_limb(tokens, _SHOOTING_ONLY)
        # (not a group of its own: "Dos muertos y dos baleados")
        and not any(
            kind is _Kind.INJURED and number.start > 0 and tokens[number.start - 1] in _AND
            for number, kind in counted
        )
        # ((round twenty-seven) nor the rest of a group shot that outnumbers its dead: "Two
        # guards were shot; one died")
        and not any(
            kind is _Kind.INJURED and number.value > best[_Kind.KILLED] for number, kind in counted
        )
    ):
        del best[_Kind.INJURED]
    # (round twenty-two) "Causa de muerte: herida perforante por proyectil", "Causa de
    # fallecimiento del asegurado: herida por proyectil": the wound of a form's cause of death
    # is the dead one's
    if (
        best.get(_Kind.INJURED) == 1
        and _Kind.KILLED not in best
        and "causa" in vocabulary
        and _cause_of_death(tokens)
    ):
        del best[_Kind.INJURED]
        best[_Kind.KILLED] = 1
    # (round twenty-two) "Mataron de un disparo a Edison Cutipa. Su companero Javier ... murio
    # horas despues": a companion's death is one more
    if best.get(_Kind.KILLED) == 1 and not _COMPANIONS.isdisjoint(vocabulary):
        best[_Kind.KILLED] += _companions_died(tokens)
    # (round twenty-two) "Se reporto un (01) fallecido y un (01) herido; el herido ...
    # fallecio posteriormente": the wounded one of a figure told before has died since
    if (
        _Kind.KILLED in best
        and best.get(_Kind.INJURED, 0) >= 1
        and not _THE_WOUNDED_ONE.isdisjoint(vocabulary)
        and not _DYING_ONE.isdisjoint(vocabulary)
    ):
        died_at = _the_wounded_one_died(tokens)
        injured_before = [
            number for number, kind in counted if kind is _Kind.INJURED and number.end <= died_at
        ]
        if died_at >= 0 and injured_before and best[_Kind.INJURED] == injured_before[-1].value:
            best[_Kind.INJURED] -= 1
            if not best[_Kind.INJURED]:
                del best[_Kind.INJURED]
            # (unless a later figure counts the dead anew: "Son 2 fallecidos en total")
            if all(number.end <= died_at for number, kind in counted if kind is _Kind.KILLED):
                best[_Kind.KILLED] += 1
    # (round twenty) "Occiso: 1 (varon, herida por PAF en torax). Heridos: 0.": a form that
    # states no injured, beside a count of deaths, outweighs a wound word of the dead
    if (
        best.get(_Kind.INJURED) == 1
        and _Kind.KILLED in best
        and ":" in vocabulary
        and _states_no_injured(tokens)
        and all(kind is not _Kind.INJURED for _, kind in counted)
    ):
        del best[_Kind.INJURED]
    # (round twenty-three) "Identifican a los tres mineros hallados en socavon", "los restos
    # hallados son de los cuatro mineros desaparecidos": people found, or missing, in a story of
    # bodies or of their identification are the dead
    if (
        _Kind.KILLED not in best
        and not (_BODY_STORY.isdisjoint(vocabulary))
        and _ALIVE.isdisjoint(vocabulary)
        # ((round thirty-one) not bodies denied: "Rescue teams had recovered no bodies")
        and any(
            tok in _BODY_STORY and not _GAP_NEGATIONS.intersection(tokens[max(0, k - 2) : k])
            for k, tok in enumerate(tokens)
        )
    ):
        found = _found_as_bodies(tokens)
        # ((round thirty-one) not the kidnapped only named, no body, finding or loss told:
        # "Identifican a los tres trabajadores secuestrados en Caraveli. Se trata de ...")
        if (
            found
            and best.get(_Kind.KIDNAPPED) == found
            and _BODY_STORY.intersection(vocabulary) <= _IDENTIFYING
            and _FOUND_OR_LOST.isdisjoint(vocabulary)
        ):
            found = 0
        if found:
            best[_Kind.KILLED] = found
            if best.get(_Kind.KIDNAPPED) == found:
                del best[_Kind.KIDNAPPED]
    # "Brote de dengue deja cuatro fallecidos": deaths from disease are no casualties
    # ((round thirty-one) and care for it: "Brote de dengue ... La Diresa atendio a 86 mineros
    # con sintomas")
    if not _DISEASES.isdisjoint(tokens) and not _violence_told(tokens):
        best.pop(_Kind.KILLED, None)
        # (not a harm told beside the illness: "visitante con mal de altura ... Un minero con
        # herida de bala")
        if _HARMS_BESIDE_ILLNESS.isdisjoint(tokens):
            best.pop(_Kind.INJURED, None)
    # (round twenty-nine) "Ademas del chofer, murio un pasajero", "Besides the driver, a passenger
    # was killed": one more of the kind told of the other
    if not _BESIDES.isdisjoint(vocabulary):
        besides = _one_besides(tokens)
        if besides is not None and best.get(besides) == 1:
            best[besides] = 2
    # (round twenty-nine) "Fallece por un infarto dirigente ... murio tras sufrir un ataque
    # cardiaco": one death of the heart, no violence or accident named, is no casualty
    if (
        best.get(_Kind.KILLED) == 1
        and not _HEART.isdisjoint(vocabulary)
        # (the heart's "ataque cardiaco" is no attack; "Choque" is a surname as often as a
        # crash)
        and (_VIOLENCE - {"choque"}).isdisjoint(
            tok
            for k, tok in enumerate(tokens)
            if not (tok == "ataque" and tokens[k + 1 : k + 2] in (["cardiaco"], ["al"]))
            # ((round thirty-one) nor violence denied: "No hubo hechos de violencia")
            and not _GAP_NEGATIONS.intersection(tokens[max(0, k - _DENIAL_REACH) : k])
        )
        and _ACCIDENTS.isdisjoint(tokens)
    ):
        del best[_Kind.KILLED]
    # ((round twenty-two) and "120 pacientes atendidos por dengue" are no injured)
    if (
        _Kind.INJURED in best
        # ((round twenty-five) or cases, or people treated for it: "23 casos de dengue ... 2
        # fueron hospitalizados", "14 workers treated for dengue")
        and any(word in text.lower() for word in _DISEASE_TALLIES)
        and not _DISEASES.isdisjoint(tokens)
        and _VIOLENCE.isdisjoint(tokens)
    ):
        del best[_Kind.INJURED]
    # "60 ninos intoxicados con plomo": chronic exposure to metals is no injury
    # ((round twenty-two) not acute poisoning by fumes: "Tres ninos intoxicados por vapores de
    # mercurio al quemar amalgama")
    if (
        _Kind.INJURED in best
        and not _METALS.isdisjoint(tokens)
        and not _POISONED.isdisjoint(tokens)
        and _INJURY_WORDS.isdisjoint(tokens)
        and _ACUTE.isdisjoint(tokens)
    ):
        del best[_Kind.INJURED]
    # (round thirty-one) a double or triple murder's victims found with wounds, no one told
    # alive: "Investigan doble asesinato ... donde dos trabajadores fueron hallados con heridas
    # de arma blanca", "se constata doble asesinato: dos varones con impactos de bala"
    if (
        best.get(_Kind.INJURED)
        and best.get(_Kind.INJURED) == best.get(_Kind.KILLED)
        and any(
            tok in _MULTIPLES and tokens[k + 1 : k + 2] != [] and tokens[k + 1] in _MURDERS
            for k, tok in enumerate(tokens)
        )
        and _LIVING_SIGNS.isdisjoint(tokens)
    ):
        del best[_Kind.INJURED]
    # ((round thirty-two) one body found and one person "con herida(s)" told of, unnumbered,
    # no one in care: the body's wounds, "Alertaron sobre un cuerpo varado en el rio. Se trata
    # de un varon ..., con herida punzocortante en el cuello")
    if (
        best.get(_Kind.KILLED) == 1
        and best.get(_Kind.INJURED) == 1
        and all(kind is not _Kind.INJURED for _, kind in counted)
        and not _ONE_BODY.isdisjoint(vocabulary)
        and not _WOUND_NOUNS.isdisjoint(vocabulary)
        and _LIVING_SIGNS.isdisjoint(vocabulary)
        and _ANOTHER_PERSON.isdisjoint(vocabulary)
    ):
        del best[_Kind.INJURED]
    # (round thirty-one) a health post's form of one patient and a harm: "Registro de topico.
    # Paciente: varon, 34 a. Motivo: intoxicacion por gases nitrosos", "Dx: probable fractura
    # de tobillo derecho"
    if not best and not _PATIENT_FIELDS.isdisjoint(vocabulary) and _one_patients_form(tokens):
        best[_Kind.INJURED] = 1
    # (round thirty-one) one person hurt, unnumbered, who then died, told of no one else: "El
    # agente de seguridad, herido el jueves al repeler a asaltantes, fallecio el sabado",
    # "persona herida por PAF ... Trasladado al CS Mazuko, fallecio"
    if (
        best.get(_Kind.KILLED) == 1
        and best.get(_Kind.INJURED) == 1
        and all(kind is not _Kind.INJURED for _, kind in counted)
        and _ANOTHER_PERSON.isdisjoint(tokens)
        and _hurt_one_then_dead(tokens)
    ):
        del best[_Kind.INJURED]
    if not any(best.values()):
        return _NO_CASUALTIES
    return Severity(
        killed=best.get(_Kind.KILLED, 0),
        injured=best.get(_Kind.INJURED, 0),
        kidnapped=best.get(_Kind.KIDNAPPED, 0),
    )


_FIRST_REPORT_HINTS = _FIRST_REPORT | _FIRST

# (words of a story of bodies or of their identification, and of people found alive)
_THEIR = _words("sus su his her their")

_ONE_ARTICLES = _words("el la the un una a an")


def _confirmed_later(tokens: list[str], number: _Number) -> bool:
    """Whether the sentence of ``number`` confirms it or opens with a log's clock time ("12:05
    La Policia confirma tres fallecidos"), and dates it to no earlier incident."""
    start, end = _sentence_bounds(tokens, number)
    clock = start >= 3 and tokens[start - 2] == ":" and _is_number_token(tokens[start - 1])
    return (clock or not _CONFIRMING.isdisjoint(tokens[start:end])) and not _dated_earlier(
        tokens, number
    )


_HURT_REACH = 5


def _hurt_then_died(tokens: list[str], number: _Number) -> bool:
    """Whether the harm word after ``number`` is joined to a plural dying verb ("Dos mineros
    fueron baleados y murieron", "were shot and died")."""
    for k in range(number.end, min(len(tokens) - 2, number.end + _HURT_REACH)):
        if _AFTER_NUMBER.get(tokens[k]) is _Kind.INJURED:
            return tokens[k + 1] in ("y", "and") and (
                tokens[k + 2] in _DYING_PLURAL_ONLY or tokens[k + 2] == "died"
            )
    return False


_HEART = _words("infarto cardiaco cardiorrespiratorio")
_ACCIDENTS = _words(
    "aplastado aplastada roca rocas desprendimiento caida cayo volcadura electrocutado "
    "atrapado gases intoxicacion crushed fell rockfall"
)

_BESIDES = _words("ademas besides")
_BESIDES_REACH = 5  # words from "ademas del" to its person


def _one_besides(tokens: list[str]) -> _Kind | None:
    """The kind told of one person in a sentence that opens with another person besides him
    ("Ademas del chofer, murio un pasajero": killed), or None."""
    for i, tok in enumerate(tokens):
        if tok not in _BESIDES or (i > 0 and tokens[i - 1] not in _BOUNDARY):
            continue
        if tokens[i + 1 : i + 2] not in (["del"], ["de"], ["the"]):
            continue
        person = next(
            (
                k
                for k in range(i + 2, min(len(tokens), i + _BESIDES_REACH))
                if tokens[k] in _PEOPLE_SINGULAR
            ),
            -1,
        )
        if person < 0 or _PEOPLE_PLURAL.intersection(tokens[i + 1 : person]):
            continue
        end = _sentence_bounds(tokens, _Number(person, person + 1, 1))[1]
        for tok2 in tokens[person + 1 : end]:
            kind = (
                _AFTER_NUMBER.get(tok2)
                or _SINGLE.get(tok2)
                or _BEFORE_NUMBER.get(tok2)
                or _SINGLE_VERBS.get(tok2)
            )
            if kind is not None:
                return kind
    return None


_HE_SHE_PRONOUNS = _HE_SHE | _words("el ella")


def _plural_dying_later(tokens: list[str], number: _Number) -> bool:
    """Whether a plural dying verb follows ``number`` in its sentence, before any other figure
    or harm word ("Dos de los heridos en el ataque del martes ... fallecieron")."""
    end = _sentence_bounds(tokens, number)[1]
    for tok in tokens[number.end + 3 : end]:
        if tok in _DYING_PLURAL_ONLY:
            return True
        if tok in _AFTER_NUMBER:
            return False
    return False


# ((round thirty) "otros": "El chofer y otros dos vigilantes fueron secuestrados")
_PLURAL_DEFINITE = _words("los las the otros otras")
_ONE_ARTICLES_JOINED = _words("el la the a an one")
_OPENING_PUNCTUATION = _words(". ; :")


# (round thirty) "El mas grave fallecio en el hospital", "the most seriously injured died":
# one of the wounded told before
_THE_GRAVEST = (
    ["el", "mas", "grave"],
    ["la", "mas", "grave"],
    ["el", "herido", "mas", "grave"],
    ["the", "most", "seriously", "injured"],
    ["the", "most", "seriously", "wounded"],
    ["the", "most", "seriously", "hurt"],
)
_ONE_OF_THE_WOUNDED = ["uno", "de", "los", "heridos"]


def _the_gravest_of_the_wounded(tokens: list[str]) -> list[str]:
    """``tokens`` with "el mas grave" read as "uno de los heridos"."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        for phrase in _THE_GRAVEST:
            if tokens[k : k + len(phrase)] == phrase:
                out.extend(_ONE_OF_THE_WOUNDED)
                k += len(phrase)
                break
        else:
            out.append(tokens[k])
            k += 1
    return out


def _tally_pair_at(tokens: list[str], k: int) -> bool:
    """Whether a plural casualty label and a figure stand at ``k`` ("heridos 0")."""
    return (
        0 <= k < len(tokens) - 1
        and tokens[k] in _AFTER_NUMBER
        and tokens[k] not in _SINGLE
        # ((round thirty-one) or a roman figure: "occisos II, heridos III")
        and (tokens[k + 1][0].isdigit() or (tokens[k + 1] in _ROMAN and len(tokens[k + 1]) > 1))
    )


def _in_a_tally_of_pairs(tokens: list[str], number: _Number) -> bool:
    """Whether ``number`` is the figure of a "label figure" pair next to another such pair
    ("fallecidos 2, heridos 0"; the commas are gone)."""
    at = number.start - 1
    if number.end - number.start != 1 or not _tally_pair_at(tokens, at):
        return False
    # ((round thirty-one) not "figure label" pairs, a figure before the label: "leaves 4 dead,
    # 6 wounded, 2 missing")
    if at >= 1 and _is_number_token(tokens[at - 1]) and not _tally_pair_at(tokens, at - 2):
        return False
    following = number.end + (tokens[number.end : number.end + 1] in (["and"], ["y"]))
    return _tally_pair_at(tokens, following) or _tally_pair_at(tokens, at - 2)


_PUT_AT_DISPOSAL = [[put, "a", "disposicion"] for put in ("puesto", "puesta", "puestos", "puestas")]


def _without_listed_ages(tokens: list[str]) -> list[str]:
    """``tokens`` without a list of ages right after people ((round thirty) "Ingresan 3
    pacientes varones, de 22, 30 y 45 anos, con herida por PAF": the figure reaches its harm)."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        # (only after a figure of the people: "Las mujeres, de 45 y 60 anos" are counted by
        # their ages)
        if (
            tokens[k] == "de"
            and out
            and out[-1] in _PEOPLE_PLURAL
            and any(_is_number_token(tok) for tok in out[-3:-1])
        ):
            j = k + 1
            ages = 0
            while j < len(tokens) and (tokens[j].isdigit() or tokens[j] in _AND):
                ages += tokens[j].isdigit()
                j += 1
            if ages >= 2 and tokens[j : j + 1] == ["anos"]:
                k = j + 1
                continue
        out.append(tokens[k])
        k += 1
    return out


_KILLED_EN = _words("killed murdered")
_NOT_SHOOTING_ITS_OBJECT = _words("was were been being is are fatally and dead")
_SHOT_OBJECT_REACH = 5  # words from "shot" to the "and" of the killing, at most


def _shot_beside_a_killing(tokens: list[str]) -> list[str]:
    """(round thirty) "Gunmen shot two guards and killed a miner": the people shot, beside
    others killed by the same clause, are the wounded."""
    out = list(tokens)
    for k, tok in enumerate(tokens):
        if tok != "shot" or k == 0 or tokens[k - 1] in _NOT_SHOOTING_ITS_OBJECT:
            continue
        if tokens[k + 1 : k + 2] == [] or tokens[k + 1] in _NOT_SHOOTING_ITS_OBJECT:
            continue
        for j in range(k + 2, min(len(tokens) - 1, k + 2 + _SHOT_OBJECT_REACH)):
            if tokens[j] in _BOUNDARY:
                break
            if tokens[j] == "and" and tokens[j + 1] in _KILLED_EN:
                out[k] = "wounded"
                break
    return out


def _one_joined_before(tokens: list[str], number: _Number) -> bool:
    """Whether one person stands joined right before a figure of their own people ("el dueno
    y sus dos hijos", "the owner and his two sons"), the figure's people plural."""
    k = number.start
    return (
        k >= 4
        and tokens[k - 1] in _THEIR
        and tokens[k - 2] in ("y", "and")
        and tokens[k - 3] in _PEOPLE_SINGULAR
        and tokens[k - 4] in _ONE_ARTICLES
        and number.value > 1
        and tokens[number.end : number.end + 1] != []
        and tokens[number.end] in _PEOPLE_PLURAL
    )


_NAME_REACH = 3  # words of a person's name between them and "y", at most


def _name_before_and(tokens: list[str], joined_at: int) -> int:
    """How many words of a name stand between a person and the "y" before ``joined_at`` ("el
    chofer luis alfaro y dos operarios": 2), 0 when none."""
    if joined_at < 3 or tokens[joined_at - 1] not in _AND:
        return 0
    for size in range(1, _NAME_REACH + 1):
        person = joined_at - 2 - size
        if person < 0:
            return 0
        if not _surname(tokens[person + 1]):
            return 0
        # (a full name, two words at least: "el escolta intervino y uno de los agresores"
        # has a verb there)
        if tokens[person] in _PEOPLE_SINGULAR:
            return size if size >= 2 else 0
    return 0


_OF = _words("de del of")
_GRADES_ONE = _words("grave leve critico critica")

_COMPLEMENT_REACH = 4  # words of a person's complement before "y", at most ("of the lead truck")


def _complement_before_and(tokens: list[str], joined_at: int) -> int:
    """(round thirty-one) How many words of a complement stand between a person and the "y"
    before ``joined_at`` ("el chofer del camion 2 y un vigilante": 3; "Driver of the lead
    truck and two guards": 4), 0 when none; no people, figures but a vehicle's digits, or
    casualty words in it."""
    if joined_at < 3 or tokens[joined_at - 1] not in _AND:
        return 0
    for size in range(1, _COMPLEMENT_REACH + 1):
        of = joined_at - 1 - size
        if of < 1:
            return 0
        tok = tokens[of]
        if (
            tok in _PEOPLE_SINGULAR
            or tok in _PEOPLE_PLURAL
            or tok in _AFTER_NUMBER
            or tok in _BEFORE_NUMBER
            or tok in _BOUNDARY
            or tok in _AND
            or (tok in _NUMBER_WORDS and tok not in _ONE_ARTICLES_JOINED)
        ):
            return 0
        if tok in _OF and tokens[of - 1] in _PEOPLE_SINGULAR:
            # (not an apposition of one counted before: "Resultado: un herido grave, el chofer
            # del minibus, y tres heridos leves")
            return 0 if _one_told_before(tokens, of - 2) else size
    return 0


def _one_told_before(tokens: list[str], article: int) -> bool:
    """Whether one casualty is told right before the person's ``article``, which then names
    them ("Hubo un herido grave, el conductor, y cuatro heridos leves")."""
    k = article - 1
    while k >= 1 and tokens[k] in _GRADES_ONE:
        k -= 1
    return (
        k >= 1
        and _AFTER_NUMBER.get(tokens[k]) is not None
        and tokens[k - 1] in ("un", "una", "1", "one", "a", "an")
    )


def _singles_listed_before(tokens: list[str], last: int) -> int:
    """How many single people a list ending with the person at ``last`` names, its commas
    gone ((round thirty) "Un padre, su esposa y sus dos hijos": two, the padre and the esposa;
    "El dueno y sus dos hijos": one)."""
    count = 1
    k = last - 1  # the last person's article
    while k >= 2 and tokens[k - 1] in _PEOPLE_SINGULAR and tokens[k - 2] in _LISTED_ARTICLES:
        count += 1
        k -= 2
    return count


_LISTED_ARTICLES = _ONE_ARTICLES | _THEIR


# "Era uno de los 23 heridos", "He was one of the 12 wounded"
_WAS_ONE = _words("era fue es was is")
_WAS_ONE_OF = [[was, one] for was in _WAS_ONE for one in ("uno", "una", "one")]

_BODY_STORY = _words(
    "cuerpos restos cadaveres bodies remains identifican identifico identificadas "
    "identificados identified adn dna necropsia necropsias morgue"
)
_IDENTIFYING = _words("identifican identifico identificadas identificados identified")
_FOUND_OR_LOST = _words(
    "hallados halladas encontrados encontradas found desaparecidos desaparecidas "
    "desaparecieron missing"
)
_ALIVE = _words(
    "vida vivos vivas alive rescatados rescatadas liberados liberadas ilesos ilesas heridos "
    "released rescued freed unharmed "
    # (still searched for: "la policia busca sus cuerpos" finds no one yet)
    "busca buscan buscaban busqueda search searching"
)
_FOUND_OR_MISSING = _FOUND_OR_LOST | _words(
    # (people attacked, then only their bodies told: "dos vigilantes fueron emboscados ...
    # Los cuerpos fueron recogidos")
    "emboscados emboscadas ambushed atacados atacadas attacked "
    # ((round twenty-seven) people kidnapped, then only their bodies told: "Identifican en la
    # morgue a los cinco guardianes raptados en octubre")
    "raptados raptadas secuestrados secuestradas kidnapped abducted"
)
_FOUND_REACH = 6  # words from the people to their finding, at most


def _found_as_bodies(tokens: list[str]) -> int:
    """The largest figure of people (above one) found or missing a few words on in their
    clause ("los tres mineros hallados en socavon", "Tres ronderos de Huaylillas
    desaparecieron"); 0 when there is none."""
    found = 0
    for number in _numbers(tokens):
        if number.value < 2 or not _is_count_of_people(tokens, number):
            continue
        people = tokens[number.end : number.end + 1]
        if not people or not (people[0] in _PEOPLE_PLURAL or people[0] == "victimas"):
            continue
        for k in range(number.end + 1, min(number.end + 1 + _PASSIVE_FOUND_REACH, len(tokens))):
            tok = tokens[k]
            if tok in _BOUNDARY:
                break
            # ((round twenty-five) further on only as a passive: "Dos topografos de una
            # consultora que hacia estudios para un proyecto minero fueron atacados")
            if tok in _FOUND_OR_MISSING and (
                k <= number.end + _FOUND_REACH or tokens[k - 1] == "fueron"
            ):
                found = max(found, number.value)
                break
    return found


_PASSIVE_FOUND_REACH = 14


_RESCUER_REACH = 4  # words of the rescuers after "por", at most


def _without_rescues_before_harm(tokens: list[str]) -> list[str]:
    """``tokens`` without a rescue word, its agent ("por sus companeros") and "y" where a
    plural participle of harm follows: the harm then meets its people."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if tok in _RELEASE:
            j = k + 1
            if tokens[j : j + 1] == ["por"]:
                j += 1
                while j < min(len(tokens), k + 2 + _RESCUER_REACH) and tokens[j] != "y":
                    j += 1
            if (
                tokens[j : j + 1] == ["y"]
                and tokens[j + 1 : j + 2] != []
                and _AFTER_NUMBER.get(tokens[j + 1]) is _Kind.INJURED
            ):
                k = j + 1
                continue
        out.append(tok)
        k += 1
    return out


# (the words of one person hurt, before the place of the wound)
_INJURED_ONE_WORDS = _words(
    "herido herida baleado baleada lesionado lesionada wounded injured shot"
)

# (figures that are a determiner of one person: "su copiloto", "un vigilante")
_ONE_DETERMINERS = _words("su un una")

_BOTH = _words("ambos ambas both")

_SUFFERING = _words("sustained suffered suffers sustains")

_TREATED_OR_HAD = _words("treated had")

_NO_HARM_EN = _words("no not without none")

# (who "had" a wound: a part of a group told before, or a pronoun)
_HAD_SUBJECTS = [[word] for word in _words("one he she them both who each two three")]

_INJURY_NOUNS_EN = _words(
    "laceration lacerations cut cuts burns fracture fractures injuries injury wound wounds "
    "bruises bruising concussion broken "
    # (round twenty-six: "three others were treated for fume inhalation", acute poisoning)
    "inhalation poisoning"
)

# The rank of a part of a group ("el tercero", "the fifth"; a field report's "3er")
_PART_RANKS = {word: rank for word, rank in _DEATH_ORDINALS.items() if rank > 2} | {"3er": 3}

# Words that name one part of a group: "el tercero", "uno de ellos", "the other", "a fifth"
_HELD_PART_MARKERS = frozenset(_PART_RANKS) | _words("uno una one otro other")

# (round twenty-nine) The relatives of a pair taken together, each a part of it: "padre e hijo"
_PAIR_ROLES = _words(
    "padre hijo madre hija hermano hermana esposo esposa father son mother daughter brother "
    "sister husband wife"
)

_PAIR_PART_REACH = 6


def _a_part_of_pair_after(tokens: list[str], number: _Number) -> bool:
    """Whether a relative of a pair follows ``number`` in a clause of its own ("padre e hijo
    ... y el padre aparece muerto")."""
    if len(_PAIR_ROLES.intersection(tokens[number.start : number.end])) < 2:
        return False
    window = tokens[number.end : number.end + _PAIR_PART_REACH]
    return any(
        joint in (",", ";", "y", "and") and article in ("el", "la", "the") and role in _PAIR_ROLES
        for joint, article, role in zip(window, window[1:], window[2:], strict=False)
    )


def _pair_member_died_after(tokens: list[str], start: int) -> bool:
    """Whether "el padre murio", a relative of a pair with a dying verb right after, stands
    after ``start``."""
    return any(
        tokens[k] in ("el", "la", "the")
        and tokens[k + 1] in _PAIR_ROLES
        and tokens[k + 2] in _DYING_ONE
        for k in range(start, len(tokens) - 2)
    )


# One person's dying verb, and "no resistio (las heridas)"
_DYING_ONE = _DIED_ONE | _words("resistio")

_DEATH_SIGNS = _DYING_ONE | _words(
    "muerto muerta sinvida hallanmuerto asesinado asesinada dead body cuerpo cadaver killed "
    "ejecutado murdered "
    # ((round twenty-eight: "el tercero fue hallado sin vida")
    "halladosinvida"
)


def _a_held_one_died(tokens: list[str]) -> int:
    """The rank of the part of a group a sentence names as dead ("el tercero aparecio muerto":
    3), -1 for "uno" / "one" / "el otro", 0 when no part is named dead (right at a sentence's
    start or after "y" / ";")."""
    markers = _HELD_PART_MARKERS
    if len(_PAIR_ROLES.intersection(tokens)) >= 2:
        markers = markers | _PAIR_ROLES
    for k, tok in enumerate(tokens):
        if tok not in markers:
            continue
        before = tokens[k - 1] if k else "."
        # ((round twenty-six) "found the body of one of the two miners kidnapped")
        if tokens[max(0, k - 2) : k] in _BODY_OF and tokens[k + 1 : k + 2] in (["of"], ["de"]):
            return _PART_RANKS.get(tok, -1)
        # ((round twenty-six) and "al": "y al tercero lo encontraron muerto")
        if before not in (".", ";", ",", "y", "and", "el", "la", "the", "a", "un", "al"):
            continue
        if tok in ("uno", "una", "one", "otro", "other") and before in ("a", "un"):
            continue
        # ((round twenty-five) "The body of the other, Ismael Torres, was found")
        if tokens[max(0, k - 3) : k] == ["body", "of", "the"] or tokens[max(0, k - 2) : k] == [
            "cuerpo",
            "del",
        ]:
            return _PART_RANKS.get(tok, -1)
        clause = []
        for later in tokens[k + 1 : k + 12]:
            if later in (".", ";"):
                break
            clause.append(later)
        if not _DEATH_SIGNS.isdisjoint(clause):
            return _PART_RANKS.get(tok, -1)
    return 0


_BODY_OF = [["body", "of"], ["cuerpo", "de"], ["cadaver", "de"]]

_OTHERS_DEAD_SIGNS = _DEATH_SIGNS | _words("cuerpos cadaveres bodies muertos sinvida")


def _the_others_held_died(tokens: list[str]) -> int:
    """The figure of "los otros dos" / "the other two" in a sentence that tells they died or
    their bodies were found, or 0."""
    for k, tok in enumerate(tokens[1:-1], start=1):
        if tok not in ("otros", "other") or tokens[k - 1] not in ("los", "the"):
            continue
        figure = tokens[k + 1]
        value = int(figure) if figure.isdigit() else _NUMBER_WORDS.get(figure, 0)
        start, end = _sentence_span(tokens, k)
        if value and not _OTHERS_DEAD_SIGNS.isdisjoint(tokens[start:end]):
            return value
    return 0


_SHOOTING_ONLY = _words(
    "baleado baleada baleados baleadas shot "
    # ((round thirty) and stabbed, the manner of a death as often: "Acuchillan a los hermanos
    # Elias y Pablo ... murieron acuchillados")
    "acuchillado acuchillada acuchillados acuchilladas apunalado apunalada apunalados "
    "apunaladas stabbed"
)
# ((round thirty) and a headline's verb of it, for two or more: "Acuchillan a dos mineros ...
# Ambos murieron" (not one shot beside another killed: "Balean a minero y matan a su hermano")
_SHOOTING_VERBS = _words("balean balearon acuchillan acuchillaron apunalan apunalaron")

# Words of a harm other than being shot: any of them keeps the injured count
_HARM_BESIDES_SHOOTING = _words(
    "herido herida heridos heridas lesionado lesionada lesionados lesionadas wounded injured "
    "injuries hurt wia hospital hospitalizado hospitalizados internado internados posta "
    "clinica clinic atendido atendidos trasladado trasladados evacuado evacuados sobrevivio "
    "survived survivor sobreviviente tercer tercero third "
    "leves grave graves estable estables hieren hirieron hirio hiere wounding wound wounds "
    "salud quinto fifth cuarto fourth"
)

_OTHER_WORDS = _OTHERS | _THE_OTHER | _words("others")

_DEFINITE_ARTICLES = _DEFINITE | _THE_PLURAL


def _another_person(tokens: list[str]) -> bool:
    """(round twenty-two) Whether "otro(s)" / "other" names more people, as a pronoun or before
    a person ("y otros dos", "otro minero", "two others"); not "con otra familia", "otra
    concesion"."""
    for k, tok in enumerate(tokens):
        if tok not in _OTHER_WORDS:
            continue
        after = tokens[k + 1 : k + 3]
        if (
            not after
            # ("El otro recibio un disparo": the definite pronoun)
            or (k > 0 and tokens[k - 1] in _DEFINITE_ARTICLES)
            or after[0] in _BOUNDARY
            or after[0] in _AND
            or after[0] in _PEOPLE_SINGULAR
            or after[0] in _PEOPLE_PLURAL
            or after[0] in _AFTER_NUMBER
            or _is_number_token(after[0])
            or (len(after) == 2 and (after[1] in _PEOPLE_PLURAL or after[1] in _AFTER_NUMBER))
        ):
            return True
    return False


_WOUNDED_ONE = _words(
    "herido herida baleado baleada wounded injured lesionado lesionada "
    # (round twenty-two: "A second miner has died of gunshot wounds sustained in an attack")
    "wounds gunshotwounds"
)


_STATIONS = _words("comisaria")

_AGENT_OPENERS = [["por", "sus"], ["por", "los"], ["by", "his"], ["by", "their"]]


def _plural_people_besides_agents(tokens: list[str]) -> bool:
    """Whether plural people stand in ``tokens`` other than as the agents of a passive
    ((round twenty-six) "Minero traido por sus companeros con herida ... Llega sin vida": the
    companions brought him)."""
    return any(
        tok in _PEOPLE_PLURAL and tokens[max(0, k - 2) : k] not in _AGENT_OPENERS
        for k, tok in enumerate(tokens)
    )


# (words that bring in another person than the one who died)
_ANOTHER = _words(
    "otro otra otros otras other another others segundo second tercer tercero third companero y and"
)


# (the ordinals, which in a sentence of one death rank that death: "Muere segundo herido",
# "A second miner has died of gunshot wounds", "fallecio un tercer trabajador")
_DEATH_RANKS = _words("segundo second tercer tercero third")


# (words of a death beside a rank: "Es el segundo fallecido")
_RANKED_DEATH = _DEATH_SIGNS | _words("fallecido fallecida victima victim")


def _another_in(sentence: list[str]) -> bool:
    """Whether ``sentence``, which has one person's dying verb, brings in another person than
    the one who died; (round twenty-two) not "y" / "and" before a dying verb ("no resistio la
    herida y fallecio") nor an ordinal, the death's rank."""
    for k, tok in enumerate(sentence):
        if tok not in _ANOTHER or tok in _DEATH_RANKS:
            continue
        if tok in _AND and sentence[k + 1 : k + 2] and sentence[k + 1] in _DYING_ONE:
            continue
        return True
    return False


_OF_DEATH = [["demuerte"], ["de", "fallecimiento"], ["de", "deceso"], ["of", "death"]]


def _cause_of_death(tokens: list[str]) -> bool:
    """Whether a "causa de muerte" / "cause of death" field names the death of the text."""
    for k, tok in enumerate(tokens):
        if tok != "causa" and tok != "cause":
            continue
        if tokens[k + 1 : k + 2] in _OF_DEATH or tokens[k + 1 : k + 3] in _OF_DEATH:
            return True
    return False


_COMPANIONS = _words("companero companera colleague")

_COMPANION_REACH = 12  # words from "su companero" to its dying verb, at most


def _companions_died(tokens: list[str]) -> int:
    """How many sentences after the first tell that "su companero" / "his colleague" died:
    "Su companero Javier, que tambien fue alcanzado, murio horas despues", "El martes, su
    companero Ruben Sucso habia fallecido" (a sentence of its own, so not the one dead already
    told)."""
    found = 0
    for k, tok in enumerate(tokens):
        if tok not in _COMPANIONS or k == 0 or tokens[k - 1] not in ("su", "his", "her"):
            continue
        start = k
        while start > 0 and tokens[start - 1] not in _SENTENCE_ENDS:
            start -= 1
        if start == 0:
            continue
        window = []
        for later in tokens[k + 1 : k + _COMPANION_REACH]:
            # (not the companion telling of the death: "Su companero conto que murio")
            if later in _SENTENCE_ENDS or later in _TELLING:
                break
            window.append(later)
        if not _DYING_ONE.isdisjoint(window) or "fallecido" in window:
            found += 1
    return found


_TELLING = _words(
    "conto dijo relato narro explico senalo aseguro indico said told recalled explained"
)


_THE_WOUNDED_ONE = _words("herido herida wounded injured")

_THE_WOUNDED_REACH = 8  # words between "el herido" and its dying verb, either way


def _the_wounded_one_died(tokens: list[str]) -> int:
    """Where a sentence starts that tells "el herido" / "the wounded man" died ("el herido, de 23
    anos, fallecio posteriormente", "Se informa que fallecio en el hospital el herido"), or -1."""
    for k in range(1, len(tokens) - 1):
        if tokens[k] not in _THE_WOUNDED_ONE or tokens[k - 1] not in ("el", "the"):
            continue
        if tokens[k] in ("wounded", "injured") and tokens[k + 1] not in ("man", "worker", "miner"):
            continue
        start = k
        while start > 0 and tokens[start - 1] not in _SENTENCE_ENDS:
            start -= 1
        window = tokens[max(start, k - _THE_WOUNDED_REACH) : k + _THE_WOUNDED_REACH]
        stops = [m for m, tok in enumerate(window) if tok in _SENTENCE_ENDS]
        if stops:
            window = window[: stops[0]]
        if not _DYING_ONE.isdisjoint(window):
            return start
    return -1


def _in_sentence_of_one_death(tokens: list[str], number: _Number) -> bool:
    """Whether the sentence of ``number`` has one person's dying verb."""
    start, end = _sentence_bounds(tokens, number)
    return not _DYING_ONE.isdisjoint(tokens[start:end])


def _wounded_one_died(tokens: list[str]) -> bool:
    """Whether every sentence naming one person wounded also has a dying verb and names no
    other person ("Murio el minero herido en la balacera")."""
    found = False
    start = 0
    for end, tok in enumerate([*tokens, "."]):
        if tok not in (".", ";", "!", "?"):
            continue
        sentence = tokens[start:end]
        start = end + 1
        if _WOUNDED_ONE.isdisjoint(sentence):
            # (round twenty-two) "A third man remains in intensive care": a ranked person of
            # a sentence of no death is another one, perhaps hurt
            if not _DEATH_RANKS.isdisjoint(sentence) and _RANKED_DEATH.isdisjoint(sentence):
                return False
            continue
        if (
            _DYING_ONE.isdisjoint(sentence)
            or _another_in(sentence)
            # ("Un vigilante resulto herido cuando el minero fallecio": two people)
            or len(_PEOPLE_SINGULAR.intersection(sentence)) > 1
        ):
            return False
        found = True
    return found


_OF_THE_INJURED = [
    ["de", "los", "heridos"],
    ["of", "the", "wounded"],
    ["of", "the", "injured"],
]


_IDENTIFIED_AS = _words("identificadas identificados identifico")


def _in_a_question_sentence(tokens: list[str], number: _Number) -> bool:
    """Whether the sentence of ``number`` is a yes-or-no question (not one that takes its
    facts as given: "¿Donde estan los seis mineros secuestrados?", "¿Quien mato a los dos
    vigilantes?")."""
    end = _sentence_span(tokens, number.start)[1]
    if tokens[end : end + 1] != ["?"]:
        return False
    start = _sentence_span(tokens, number.start, _BOUNDARY)[0]
    return _WH_WORDS.isdisjoint(tokens[start : start + 2])


_ANSWER_OPENING = _words("a : si yes")

_ANSWER_REACH = 4  # words from a question mark to its answer's figure, at most


def _answer_kind(tokens: list[str], number: _Number) -> _Kind | None:
    """The kind a question asks, where ``number`` answers it ("? A: Three"), else None."""
    q = number.start - 1
    while q >= 0 and number.start - q <= _ANSWER_REACH and tokens[q] in _ANSWER_OPENING:
        q -= 1
    if q < 0 or tokens[q] != "?":
        return None
    for k in range(q - 1, max(-1, q - 1 - _QUESTION_REACH), -1):
        if tokens[k] in _BOUNDARY:
            break
        if tokens[k] in _AFTER_NUMBER and tokens[k] not in _SINGLE:
            return _AFTER_NUMBER[tokens[k]]
    return None


_QUESTION_REACH = 14

_WH_WORDS = _words(
    "donde quien quienes cuando como cuantos cuantas cual que where who whom when why how what"
)

# (round twenty-four) the words of a correction, and the reach from one to the figure it gives
_CORRECTING = _words("perdon corrige corrigio rectifica rectifico corrijo corregimos")
_CORRECTION_REACH = 4
# (words that tell the figure after a correction is the one corrected away: "corrigio la cifra
# inicial de tres muertos")
_CORRECTED_AWAY = _words("de del of cifra inicial inicialmente primer first")


def _corrected_figure(tokens: list[str], number: _Number) -> bool:
    """Whether a correction stands a few words before ``number``, in its sentence, with no word
    between that makes the figure the one corrected away."""
    for j in range(number.start - 1, max(-1, number.start - 1 - _CORRECTION_REACH), -1):
        tok = tokens[j]
        if tok in _SENTENCE_ENDS or tok in _CORRECTED_AWAY:
            return False
        if tok in _CORRECTING:
            return True
    return False


def _injured_left_of_first_report(
    tokens: list[str], counted: list[tuple[_Number, _Kind | None]]
) -> int:
    """The injured figure of a first report less the injured who died since ("dos de los
    heridos murieron"), when every injured figure is the first report's; else 0."""
    injured = [number for number, kind in counted if kind is _Kind.INJURED]
    if not injured or not all(_in_first_report(tokens, number) for number in injured):
        return 0
    died = sum(
        number.value
        for number, kind in counted
        if kind is _Kind.KILLED
        and tokens[number.end : number.end + 3] in _OF_THE_INJURED
        and not _in_first_report(tokens, number)
    )
    first = max(number.value for number in injured)
    return first - died if 0 < died < first else 0


_METALS = _words("plomo mercurio arsenico cadmio metales lead mercury arsenic cadmium")

_DISCHARGED = _words("alta discharged")

_ACUTE = _words("vapores vapor fumes gases aguda acute quemar quema quemaban refogar refogado")

_POISONED = _words(
    "intoxicados intoxicadas intoxicado intoxicada sangre blood intoxican intoxicaron intoxico"
)

_INJURY_WORDS = _words(
    "heridos herido lesionados lesionado injured wounded quemaduras hospitalizados internados"
)

_NAME_HINTS = _TITLES | _INITIALS

_REST_HINTS = _REST | _HALF

_INSTEAD = _words("sino but")

_PERIOD_HINTS = (
    # (round sixteen: "year", of "as year's death toll rises to 41")
    _words(
        "va far this este esta past ultimos ultimas ano year semana last anual annual yearly "
        "provincial "
        # (round twenty-nine: "Cumulative since Jan: 41 killed")
        "cumulative acumulado acumulados acumulada"
    )
    | _PERIOD_STARTS
    | _WEEKDAYS
    | frozenset(str(y) for y in range(1900, 2101))
    # ((round thirty) a whole place's total: "las muertes violentas en la provincia llegan a 44")
    | _words("provincia region departamento pais province country")
)

# (two names joined, "Ticona & Flores", "Juan y Pedro": the named-subject pattern's cheap hint;
# (round twenty-nine) or a kin alone after a name, "Eusebio Mamani y su hijo")
_NAME_JOIN = re.compile(r" (?:y|e|and|&) (?:(?:su|his|her) [a-z]+ )?[A-ZÁÉÍÓÚÑ]")

_KIN_JOIN = re.compile(r" (?:y|e|and) (?:su|his|her) [a-z]+ [a-z]")

_KIN_OWNERS = _words("su his her")

# (without ":" or one of these a text has no list the patterns could match)
_LIST_OPENING = re.compile(r"(?:Son|Eran|Se trata de|They are|They were) ")

_DID_NOT_SURVIVE = [["no", "resistieron"], ["no", "sobrevivieron"]]
_ATTACKER_LABELS = _words("attackers atacantes hostile hostiles assailants asaltantes")
_DEAD_ABBREVIATIONS = _words("kia muertos abatidos killed dead fallecidos")


def _attackers_dead_field(tokens: list[str], number: _Number) -> bool:
    """Whether ``number`` fills an attackers' field with their dead ("Attackers: 1 KIA")."""
    return (
        number.start >= 2
        and tokens[number.start - 1] == ":"
        and tokens[number.start - 2] in _ATTACKER_LABELS
        and tokens[number.end : number.end + 1] != []
        and tokens[number.end] in _DEAD_ABBREVIATIONS
    )


_PATIENT_FIELDS = _words("paciente dx diagnostico")
_PATIENT_HARMS = _words(
    "fractura fracturas intoxicacion herida heridas corte cortes contusion contusiones quemadura "
    "quemaduras tec golpeado golpeada esguince luxacion laceracion traumatismo paf"
)


def _one_patients_form(tokens: list[str]) -> bool:
    """Whether a form's "Paciente:" or "Dx:" field tells one patient with a harm, no illness."""
    fielded = any(
        tok in _PATIENT_FIELDS and tokens[k + 1 : k + 2] == [":"] for k, tok in enumerate(tokens)
    )
    return (
        fielded
        and not _PATIENT_HARMS.isdisjoint(tokens)
        and _DISEASES.isdisjoint(tokens)
        and "pacientes" not in tokens
    )


_PART_DYING_REACH = 8  # words from a dying verb to the part of the wounded after it, at most

_MURDERS = _words("asesinato crimen homicidio murder killing")


# (another person told beside the one who died)
_ANOTHER_PERSON = _words(
    "otro otra otros otras segundo segunda companero companera companeros another other second "
    "both ambos ambas dos two tres three heridos wounded injured colleague"
)

_HURT_ONE = _words("herido herida baleado baleada golpeado golpeada wounded beaten shot")


def _hurt_one_then_dead(tokens: list[str]) -> bool:
    """Whether a singular harm word comes before a singular dying verb, with no wound told
    after the death (of someone else: "El propietario murio y su ayudante, baleado en el
    abdomen, fue trasladado")."""
    hurt = next((k for k, tok in enumerate(tokens) if tok in _HURT_ONE), -1)
    if hurt < 0:
        return False
    died = [k for k in range(hurt + 1, len(tokens)) if tokens[k] in _DIED_ONE]
    return bool(died) and _WOUNDS_AFTER.isdisjoint(tokens[died[-1] + 1 :])


_WOUNDS_AFTER = _words(
    "herido herida heridos heridas baleado baleada balazo balazos perdigon perdigones disparo "
    "wounded wound shot"
)


def _violence_told(tokens: list[str]) -> bool:
    """Whether a word of violence or accident stands in ``tokens`` un-negated ((round
    thirty-one) not "No es accidente laboral")."""
    return any(
        tok in _VIOLENCE and not _GAP_NEGATIONS.intersection(tokens[max(0, k - 2) : k])
        for k, tok in enumerate(tokens)
    )


_DENIAL_REACH = 4  # words from a denial to the violence it denies, at most

_HARMS_BESIDE_ILLNESS = _HARMS_WITH | _words(
    "herida quemadura fractura corte golpe contusion bala heridos herido lesionado lesionados"
)

_LIST_HINTS = _words("cuerpos cadaveres bodies morgue")

_LOG_ABBREVIATION_HINTS = frozenset(_LOG_ABBREVIATIONS)

_DEATH_OF = [[death, "de"] for death in _words("muerte muertes fallecimiento")] + [
    [death, "of"] for death in _words("death deaths")
]


def _taken_in_a_relative(tokens: list[str]) -> list[str]:
    """``tokens`` with "que se llevaron" right after plural people read as their being held
    ("los 3 mineros que se llevaron el lunes": the ones taken)."""
    out = tokens
    for k in range(1, len(tokens) - 2):
        if tokens[k] != "que" or tokens[k - 1] not in _PEOPLE_PLURAL:
            continue
        if tokens[k - 1] in _PERPETRATORS:
            continue
        if tokens[k + 1 : k + 3] == ["se", "llevaron"]:
            verb_end = k + 3
        elif tokens[k + 1] in _HOLDING_ES:
            # ((round twenty-six) "a la mitad de los doce trabajadores que retienen desde el
            # domingo": the ones they hold)
            verb_end = k + 2
        else:
            continue
        if _no_object_after(tokens, verb_end):
            if out is tokens:
                out = list(tokens)
            out[k + 1 : verb_end] = [*["_"] * (verb_end - k - 2), "secuestrados"]
    return out


_HOLDING_ES = _words("retienen retenian retuvieron retiene retenia retuvo mantienen")


_OBJECT_OPENERS = _words("un una unos unas el la los las a al")

_WHEN_WORDS = _WEEKDAYS_ES | _DAY_PARTS | _words("dia")


def _no_object_after(tokens: list[str], j: int) -> bool:
    """Whether no object follows a verb ending at ``j`` (a time may: "el lunes", "ayer")."""
    nxt = tokens[j : j + 2]
    if not nxt or _is_number_token(nxt[0]):
        return not nxt
    if nxt[0] in _OBJECT_OPENERS:
        return nxt[1:2] != [] and nxt[1] in _WHEN_WORDS
    return True


_VEHICLES_EN = _words("vehicle vehicles truck trucks car cars pickup van bus")

_A_VEHICLE_EN = [[word] for word in _VEHICLES_EN]


def _dead_told_as_held(tokens: list[str], number: _Number) -> bool:
    """Whether ``number`` names the dead by their kidnapping, their bodies found in its
    sentence ("los dos mineros secuestrados cuyos cuerpos aparecieron")."""
    end = _sentence_bounds(tokens, number)[1]
    return not _BODY_WORDS.isdisjoint(tokens[number.end : end])


_BODY_WORDS = _words("cuerpos cadaveres restos bodies remains")

# (after "fatally", the manner of another harm: "two fatally wounded", not a part that died)
_FATALLY_HOW = [[word] for word in _words("wounded injured hit struck")]


def _a_part_of_them(tokens: list[str]) -> bool:
    """Whether a figure of "them" is told ("a dozen of them", "tres de ellos")."""
    return any(
        tokens[k : k + 2] in _OF_THEM
        and (_is_number_token(tokens[k - 1]) or tokens[k - 1] in _GROUP_WORDS)
        for k in range(1, len(tokens) - 1)
    )


_GROUP_WORDS = _words("dozen docena")


def _hurt_field_with_figure(tokens: list[str]) -> bool:
    """Whether a form's field of the hurt is filled by a figure ("Herido: 1")."""
    return any(
        tok == ":"
        and 0 < k < len(tokens) - 1
        and _AFTER_NUMBER.get(tokens[k - 1]) is _Kind.INJURED
        and tokens[k + 1].isdigit()
        and tokens[k + 1] != "0"
        for k, tok in enumerate(tokens)
    )


def _pair_naming_figure_before(
    tokens: list[str], number: _Number, counted: list[tuple[_Number, _Kind | None]]
) -> bool:
    """Whether ``number`` is a pair ("padre e hijo") right after another figure of the same
    value and its casualty word ("dos muertos")."""
    return (
        number.end - number.start == 3
        and tokens[number.start + 1] in _AND
        and any(
            other.value == number.value
            and other.end == number.start - 1
            and tokens[other.end] in _AFTER_NUMBER
            and kind is not None
            for other, kind in counted
        )
    )


def _fatally_read(tokens: list[str]) -> list[str]:
    """``tokens`` with "fatally" after a part ("two of them fatally", "two fatally") read as
    "died", and "fatally shot" or "stabbed" as "killed"."""
    out = list(tokens)
    for k, tok in enumerate(tokens):
        if tok != "fatally" or not k:
            continue
        if tokens[k + 1 : k + 2] in _FATALLY_KILLING:
            out[k + 1] = "killed"
        elif (tokens[k - 1] == "them" or _is_number_token(tokens[k - 1])) and tokens[
            k + 1 : k + 2
        ] not in _FATALLY_HOW:
            out[k] = "died"
    return out


# ((round thirty-two) and "fatally wounded", "fatally injured": the wound killed)
_FATALLY_KILLING = [["shot"], ["stabbed"], ["wounded"], ["injured"]]

_HEARSAY = _words(
    "hablan hablaban habla hablaba hablo fuentes versiones rumores testimonios dicen habria "
    "habrian reportedly "
    "spoke claim claims claimed "
    # (round nineteen: "Pobladores hablaron de seis fallecidos", "dirigentes habían denunciado
    # entre 10 y 12 muertos", "Local media had reported as many as eight deaths")
    "hablaron denunciado denunciaban aseguran aseguraban many "
    # (round twenty-six: "Police confirmed ... one miner was killed ..., although residents said
    # three people had died")
    "say says said "
    # (round twenty-seven: "la cifra de 10 a 12 muertos difundida por los ronderos no ha sido
    # confirmada")
    "difundida difundidas difundido difundidos difundio difundieron"
)

# (and "sufrieron lesiones", merged into "lesionados" by _merge_phrases)
# (the vocabulary is the text's before its rewrites: "atendidos por quemaduras" reads "heridos")
_LONG_SUBJECT_HINTS = (
    _LONG_PREDICATES | _DYING_PLURAL_ONLY | _HURT_PLURAL_PARTICIPLES | _words("atendidos atendidas")
)
