"""Combining the counts read: corrections and negated figures, repeats of a rejected figure,
graded counts that add up, totals over a period, dead parts subtracted from a whole, parts of
one group added, and figures a confirming verb states."""

from __future__ import annotations

from itertools import pairwise

from ._groups import (
    _ORDINAL_PEOPLE,
    _OTHERS,
    _coordinated,
    _distinct_groups,
    _elliptic,
    _ends_phrase,
    _more_people,
    _tally_with_own_harms,
)
from ._implicit_singles import _DEATH_ORDINALS
from ._lexicon import (
    _AFTER_NUMBER,
    _ARTICLES,
    _BEFORE_NUMBER,
    _BOUNDARY,
    _CLAUSE_JOINS,
    _DE_LOS,
    _MONTHS,
    _NUMBER_WORDS,
    _OF_THE_WHOLE,
    _PEOPLE_PLURAL,
    _PEOPLE_SINGULAR,
    _PERPETRATORS,
    _SENTENCE_ENDS,
    _TOLL,
    _Kind,
    _words,
)
from ._number_kind import (
    _DIED_ONE,
    _DYING_PLURAL_ONLY,
    _NEGATED_FIGURE,
    _PARTITIVE_STARTS,
    _RISES,
    _THE_PLURAL,
    _forward,
)
from ._numbers import _AND, _is_number_token, _Number, _partitive_length, _sentence_bounds
from ._tokens import _AUXILIARIES, _DYING_PLURAL, _OF_THEM, _of_the_latter, _without_asides


def _without_rejected(
    counted: list[tuple[_Number, _Kind | None]], rejected: set[int]
) -> list[tuple[_Number, _Kind | None]]:
    """``counted`` without repeats of a rejected figure whose kind has another count."""
    kept = [entry for entry in counted if entry[0].value not in rejected]
    kinds = {kind for _, kind in kept}
    return [entry for entry in counted if entry in kept or entry[1] not in kinds]


def _negated_before(
    tokens: list[str], counted: list[tuple[_Number, _Kind | None]], number: _Number
) -> tuple[_Number, _Kind | None] | None:
    """The count of the sentence of ``number`` that a "no"/"not" a few words before negates
    ("no fueron seis", "no fallecieron 14 personas"), if any."""
    for entry in reversed(counted):
        other = entry[0]
        between = tokens[other.end : number.start]
        if _BOUNDARY.intersection(between) - {":"}:
            return None
        if not _NEGATED_FIGURE.isdisjoint(tokens[max(0, other.start - 3) : other.start]):
            return entry
    return None


def _correct(
    tokens: list[str], counted: list[tuple[_Number, _Kind | None]], rejected: _Number
) -> None:
    """Give the kind of a rejected figure ("no seis ... asesinados") to the figure just before
    it that has none ("Eran cuatro")."""
    previous, kind = counted[-1]
    if kind is not None or not set(tokens[previous.end : rejected.start]) <= _CORRECTION_GAP:
        return
    counted[-1] = (previous, _forward(tokens, rejected))


_CORRECTION_GAP = _words("y e no and not")


def _died_in_sentence(tokens: list[str], number: _Number) -> bool:
    """Whether the sentence of ``number`` has one person's dying verb ("Horas despues fallecio
    un tercer trabajador"; not "un tercer trabajador, dado por muerto, fue hallado con vida")."""
    start, end = _sentence_bounds(tokens, number)
    return not _DIED_ONE.isdisjoint(tokens[start:end])


def _combine(tokens: list[str], counted: list[tuple[_Number, _Kind | None]]) -> dict[_Kind, int]:
    """The largest count of each kind, where one count may be a sum of several numbers.

    Numbers add up when they name parts of one group: coordinated victims sharing one casualty
    word ("Un minero y un policia murieron", "Asesinan a un vigilante y a un minero") or "otros
    N" after a count of the same kind ("Murio un minero en Pataz y otros tres en Vijus", "dos
    asesinados en Pataz y otros tres asesinados en Vijus"). Otherwise a repeated figure is the
    same people (title and body), so counts combine with ``max``.
    """
    best: dict[_Kind, int] = {}
    latest: dict[_Kind, int] = {}  # the latest (possibly summed) count of each kind
    latest_at: dict[_Kind, _Number] = {}  # where that count ends
    totals: dict[_Kind, set[int]] = {}
    group_kind: _Kind | None = None
    group_total = 0
    previous: _Number | None = None
    previous_kind: _Kind | None = None
    # (round seventeen) the latest figure with a kind: "Un trabajador murio en una galeria y
    # otros tres ..." ("una galeria" is a figure of no kind between the death and the others)
    kinded: _Number | None = None
    kinded_kind: _Kind | None = None
    for number, kind in counted:
        # "otros tres" are more people; "los otros dos" are the rest of a group already counted
        others = (
            _more_people(tokens, number)
            or (
                # (round twenty) "Dos manifestantes murieron ... y un tercero perdio la vida": one
                # more dead (of the other kinds, "un tercero resulto herido" is often the one
                # already counted)
                kind is _Kind.KILLED
                and kinded_kind is _Kind.KILLED
                and kinded is not None
                # ((round twenty-nine) or a figure of no kind between: "Dos mineros murieron en la
                # bocamina de una labor ... y un tercero fallecio")
                and previous_kind in (_Kind.KILLED, None)
                and number.end - number.start == 2
                and tokens[number.start] in _ARTICLES
                and tokens[number.start + 1] in _ORDINAL_PEOPLE
                and (
                    "." not in tokens[kinded.end : number.start]
                    # ((round twenty-eight) in a sentence of its own when the rank follows the toll:
                    # "dos muertos. Un tercer minero murio horas despues")
                    or (
                        _DEATH_ORDINALS.get(tokens[number.start + 1])
                        == latest.get(_Kind.KILLED, 0) + 1
                        and _died_in_sentence(tokens, number)
                    )
                )
            )
        )
        # ((round twenty-nine) "dos muertos en la bocamina y tres en el campamento": a bare
        # figure in a place of its own, parallel to the count before)
        others = others or (
            kind is None
            and previous_kind is not None
            and previous is not None
            and _in_a_parallel_place(tokens, previous, number)
        )
        joined = (
            previous is not None
            and _coordinated(tokens, previous, number)
            and not _other_with_own_verb(tokens, number)
        )
        if (
            joined
            and (kind is not None or _ends_phrase(tokens, number))
            and (kind is None or group_kind is None or kind is group_kind)
        ):
            group_kind = group_kind or kind
            group_total += number.value
        elif (
            previous is not None
            and group_kind is not None
            and (kind is None or kind is group_kind)
            and _graded(tokens, number)
            and _graded(tokens, previous)
            # (round eleven: "un herido grave (conductor, PAF en torax) y tres leves")
            and _BOUNDARY.isdisjoint(_without_asides(tokens[previous.end : number.start]))
        ):
            # "dos heridos graves y tres leves": grades of one kind add up
            group_total += number.value
        elif others and kind is None and previous is not None and group_kind is not None:
            # elliptic "y otros tres en Vijus": the kind of the count before, same sentence
            if _elliptic(tokens, previous, number):
                group_total += number.value
            else:
                # (round seventeen) "otros nueve manifestantes y cuatro policias resultaron
                # heridos": a group of its own, which a coordinated figure may still join
                group_kind, group_total = None, number.value
        elif (
            others
            and kind is not None
            and kind in latest
            and not _besides_other_kind(
                tokens, kinded, kinded_kind, kind, latest_at[kind], number, latest[kind]
            )
            and not (
                previous is not None
                and previous_kind is None
                and _besides_other_kind(
                    tokens,
                    previous,
                    _kind_between(tokens, previous, number),
                    kind,
                    latest_at[kind],
                    number,
                    latest[kind],
                )
            )
            and not _one_and_others_of_whole(tokens, latest_at[kind], latest[kind], number)
            and not _besides_one_dead(
                tokens, kind, latest_at[kind], number, latest[kind], latest_at.get(_Kind.KILLED)
            )
            # ((round twenty-six) "Cinco muertos. Dos vigilantes cayeron en la garita y otros
            # tres trabajadores fueron ultimados": the parts of the total told before)
            and not _parts_of_total(
                tokens, previous, previous_kind, latest_at[kind], latest[kind], number
            )
            and not _besides_one_hurt(tokens, kind, latest_at[kind], latest[kind], number)
            and not _a_total(tokens, latest_at[kind])
            # ((round twenty-three) not the same "otros N" of the title told again: "asesinan
            # a minero y hieren a otros dos. ... otros dos trabajadores quedaron heridos")
            and not _others_told_again(tokens, latest_at[kind], latest[kind], number, kind)
        ):
            group_kind, group_total = kind, latest[kind] + number.value
        elif (
            kind is not None
            and tokens[number.start - 1] in _OTHERS
            and kind in latest
            and _rest_after_part(tokens, latest_at[kind], number)
        ):
            # (round fifteen) "Se llevaron a tres de ellos ... Los otros cuatro trabajadores
            # quedaron amarrados": the rest of an unnumbered group, besides its part
            group_kind, group_total = kind, latest[kind] + number.value
        elif (
            previous is not None
            # ((round twenty-four) or the kind of the list, read again from a word after the
            # last figure: "Resultaron con lesiones 4 efectivos (...) y 2 manifestantes,
            # trasladados al hospital")
            and (kind is None or kind is group_kind)
            and group_kind is not None
            and previous_kind is group_kind
            and _listed_after_verb(tokens, previous, number)
            and not _other_with_own_verb(tokens, number)
        ):
            # (round twenty) "resultaron heridos 6 efectivos policiales y 3 pobladores",
            # "heridos 6 policias, 4 comuneros y 1 periodista": a list after the casualty word
            group_total += number.value
        elif (
            previous is not None
            and kind is not None
            and kind is previous_kind
            and (
                _distinct_groups(tokens, previous, number)
                or _harmed_differently(tokens, previous, number)
                or _tally_with_own_harms(tokens, previous, number)
            )
        ):
            # (round eleven) "6 policias heridos, 4 comuneros heridos", "Protesters injured: 3.
            # Police injured: 1": a tally of different people of one kind adds up; (round
            # twenty) so do groups each with its own harm, "Dos heridos de bala y uno golpeado
            # con un fierro", "Un herido de bala y cuatro contusos"
            group_kind, group_total = kind, latest[kind] + number.value
        elif (
            kind is None
            and previous is not None
            and previous_kind is not None
            and group_kind is previous_kind
            and _verbless_conjunct(tokens, previous, number)
        ):
            # (round twenty-two) "un vigilante murio en la garita y dos mineros en el
            # comedor": a conjunct with no verb of its own shares the kind before
            group_total += number.value
        elif kind is not None and kind in latest and _also_others(tokens, latest_at[kind], number):
            group_kind, group_total = kind, latest[kind] + number.value
        elif (
            kind is _Kind.KILLED
            and kind in latest
            and _attackers_besides_victims(tokens, latest_at[kind], number)
        ):
            # (round twenty-seven) "killing two security guards ... Police said one of the
            # attackers was shot dead": the attackers who died are more dead
            group_kind, group_total = kind, latest[kind] + number.value
        elif (
            kind is not None
            and previous is not None
            and previous_kind is kind
            and previous.value == 1
            and _figure_with_own_verb(tokens, previous, number)
        ):
            # (round twenty-three) "un colaborador resulto herido de gravedad y cuatro
            # presentan lesiones leves": one, and a figure with its own verb, are five
            group_kind, group_total = kind, latest[kind] + number.value
        else:
            group_kind, group_total = kind, number.value
        if group_kind is not None:
            latest[group_kind] = group_total
            latest_at[group_kind] = number
            best[group_kind] = max(best.get(group_kind, 0), group_total)
            totals.setdefault(group_kind, set()).add(group_total)
        previous, previous_kind = number, kind
        if kind is not None:
            kinded, kinded_kind = number, kind
    # "Secuestraron a cinco: dos aparecieron muertos y tres fueron liberados": when the dead and
    # a smaller kidnapped count make up the kidnapped total, the dead were among the kidnapped,
    # and they count as killed only (labelling guide)
    kidnapped = totals.get(_Kind.KIDNAPPED, set())
    dead = best.get(_Kind.KILLED, 0)
    if dead and dead + min(kidnapped, default=0) == max(kidnapped, default=0):
        best[_Kind.KIDNAPPED] = min(kidnapped)
    return best


_CONJUNCT_PEOPLE = _PEOPLE_PLURAL | _PEOPLE_SINGULAR

_CONJUNCT_PLACE = _words("en in at")

_VERB_ENDINGS = ("aron", "ieron", "eron", "aban", "ian")


# (round twenty-four) "rescatan a un minero y otro muere": "otro" and a singular verb are a
# clause of their own, not a conjunct sharing the harm ("un minero y otro murieron" share it)
_SINGULAR_OWN_VERBS = _words(
    "muere murio fallece fallecio resulto resulta fue queda quedo sufrio sufre desaparecio"
)


_PLACE_PREPOSITIONS = _words("en at in")


def _in_a_parallel_place(tokens: list[str], previous: _Number, number: _Number) -> bool:
    """Whether ``number`` follows "y"/"and" and a place preposition follows it as one follows
    ``previous`` ("dos muertos en la bocamina y tres en el campamento"; not "y tres en 2025")."""
    if number.start < 1 or tokens[number.start - 1] not in _AND:
        return False
    at = tokens[number.end : number.end + 2]
    return (
        len(at) == 2
        and at[0] in _PLACE_PREPOSITIONS
        and not _is_number_token(at[1])
        and at[1] not in _MONTHS
        and at[0] in tokens[previous.end : number.start - 1]
    )


def _other_with_own_verb(tokens: list[str], number: _Number) -> bool:
    """Whether ``number`` is "otro"/"otra", or (round twenty-six) an article and one person
    ("mueren dos atacantes y un guardia queda herido"), followed by a singular verb of its
    own."""
    if number.end - number.start != 1 or number.end >= len(tokens):
        return False
    if tokens[number.start] in ("otro", "otra"):
        return tokens[number.end] in _SINGULAR_OWN_VERBS
    return (
        tokens[number.start] in _A
        and tokens[number.end] in _PEOPLE_SINGULAR
        and tokens[number.end + 1 : number.end + 2] != []
        and tokens[number.end + 1] in _SINGULAR_OWN_VERBS
    )


def _verbless_conjunct(tokens: list[str], previous: _Number, number: _Number) -> bool:
    """Whether ``number`` opens "y <people> en <place>" after ``previous`` in its clause, with
    no verb of its own up to the clause's end."""
    between = tokens[previous.end : number.start]
    if not between or between[-1] not in _AND or not _BOUNDARY.isdisjoint(between):
        return False
    if tokens[number.end : number.end + 1] == [] or tokens[number.end] not in _CONJUNCT_PEOPLE:
        return False
    if tokens[number.end + 1 : number.end + 2] not in ([word] for word in _CONJUNCT_PLACE):
        return False
    for tok in tokens[number.end + 2 :]:
        if tok in _BOUNDARY or tok in _AND:
            return True
        if tok in _AUXILIARIES or tok.endswith(_VERB_ENDINGS) or tok in _AFTER_NUMBER:
            return False
    return True


# (plural verbs a figure of other people takes after "y": "y cuatro presentan lesiones")
_OWN_PLURAL_VERBS = _words(
    "presentan presentaron sufren sufrieron resultaron quedaron tienen tuvieron fueron "
    "were suffered sustained"
)

_OWN_VERB_GAP = 12  # words from the one person to the figure, at most


def _figure_with_own_verb(tokens: list[str], previous: _Number, number: _Number) -> bool:
    """Whether ``number`` follows one person's count after a single "y" in its clause and
    takes a plural verb of its own ("y cuatro presentan lesiones leves")."""
    between = tokens[previous.end : number.start]
    return (
        0 < len(between) <= _OWN_VERB_GAP
        and between[-1] in _AND
        and sum(tok in _AND for tok in between) == 1
        and _BOUNDARY.isdisjoint(between)
        and tokens[number.end : number.end + 1] != []
        and tokens[number.end] in _OWN_PLURAL_VERBS
    )


_ALSO = _words("tambien also too")


def _attackers_besides_victims(tokens: list[str], previous: _Number, number: _Number) -> bool:
    """Whether ``number`` counts attackers ("uno de los asaltantes", "one attacker"), in a
    sentence after ``previous``, whose sentence counts no attackers ("mueren dos asaltantes y
    un agente ... perdieron la vida dos de los asaltantes y un vigilante" is the same three)."""
    if _SENTENCE_ENDS.isdisjoint(tokens[previous.end : number.start]):
        return False
    start = _sentence_bounds(tokens, previous)[0]
    return _names_attackers(tokens, number.end) and not any(
        _is_number_token(tokens[k]) and _names_attackers(tokens, k + 1)
        for k in range(start, previous.end)
    )


def _names_attackers(tokens: list[str], end: int) -> bool:
    """Whether the figure ending at ``end`` counts attackers: "dos asaltantes", "one of the
    gunmen"."""
    after = tokens[end : end + 3]
    return (bool(after) and after[0] in _ATTACKER_NOUNS) or (
        after[:2] in (["de", "los"], ["of", "the"])
        and after[2:] != []
        and after[2] in _ATTACKER_NOUNS
    )


def _also_others(tokens: list[str], previous: _Number, number: _Number) -> bool:
    """(round twenty-two) Whether ``number`` counts other people "too", in a sentence after
    ``previous``: "Cuatro agricultores resultaron heridos ... Dos agentes tambien sufrieron
    contusiones" (six), "Two soldiers were hurt. Three police officers were also injured"."""
    if _SENTENCE_ENDS.isdisjoint(tokens[previous.end : number.start]):
        return False
    clause = []
    for tok in tokens[number.end : number.end + 4]:
        if tok in _BOUNDARY:
            break
        clause.append(tok)
    if _ALSO.isdisjoint(clause):
        return False
    # (other people: not the same noun as before, "Cuatro heridos. Los cuatro heridos tambien")
    noun = tokens[number.end : number.end + 1]
    return (
        bool(noun) and noun[0] in _PEOPLE_PLURAL and noun != tokens[previous.end : previous.end + 1]
    )


def _others_told_again(
    tokens: list[str], latest: _Number, latest_total: int, number: _Number, kind: _Kind
) -> bool:
    """Whether ``number``, "otros N", repeats the "otros N" of its kind in an earlier sentence
    (the title's, told again in the body); (round twenty-eight) or the title's own figure of
    its kind, the latest told ("Un comunero muerto y siete heridos ... Otras siete personas
    resultaron heridas": "otras" sets them beside the dead, not beside the seven)."""
    if latest_total != number.value or _SENTENCE_ENDS.isdisjoint(tokens[latest.end : number.start]):
        return False
    return (
        _more_people(tokens, latest)
        # (the title's figure told again with a definite article: "los cinco salieron")
        or (
            latest.value == number.value
            and number.start > 0
            and tokens[number.start - 1] in _THE_PLURAL
        )
        or (
            latest.value == number.value
            and _SENTENCE_ENDS.isdisjoint(tokens[: latest.start])
            and _title_tells_another_kind(tokens, latest, kind)
        )
    )


def _title_tells_another_kind(tokens: list[str], latest: _Number, own: _Kind) -> bool:
    """Whether the title that ``latest`` is in counts a kind besides its own ("Un comunero
    muerto y siete heridos", "Matan a dos mineros y hieren a tres"): the body's "otras siete"
    are set beside that other kind."""
    end = latest.end
    while end < len(tokens) and tokens[end] not in _SENTENCE_ENDS:
        end += 1
    return any(
        kind is not None and kind is not own
        for kind in (_AFTER_NUMBER.get(tok) or _BEFORE_NUMBER.get(tok) for tok in tokens[:end])
    )


def _a_total(tokens: list[str], number: _Number) -> bool:
    """(round twenty-two) Whether ``number`` is a toll that includes what follows: "Suben a
    cinco los muertos ... sacaron otros dos cuerpos", "Ya son nueve los muertos ... encontraron
    otros dos cuerpos" (the two are of the five, the nine)."""
    before = tokens[max(0, number.start - 2) : number.start]
    return (len(before) == 2 and before[1] in ("a", "to") and before[0] in _RISES) or (
        before[-1:] == ["son"]
    )


def _one_and_others_of_whole(
    tokens: list[str], latest: _Number, latest_total: int, number: _Number
) -> bool:
    """(round twenty-two) Whether "otros N" follows one person in a sentence after the count of
    its kind and one and N make that count: "Cuatro vigilantes resultaron heridos. ... uno
    recibio un disparo y otros tres sufrieron lesiones" tells the four apart, it adds none."""
    if number.value + 1 != latest_total:
        return False
    start, _ = _sentence_bounds(tokens, number)
    if start < latest.end:
        return False  # the count is in the same sentence
    return any(tok in _ONE_PART or tok in _PEOPLE_SINGULAR for tok in tokens[start : number.start])


_ONE_PART = _words("uno una one")


def _rest_after_part(tokens: list[str], part: _Number, number: _Number) -> bool:
    """Whether ``number`` is "los otros N" after ``part`` was "N de ellos" (a part of a group
    the text does not number): the rest, so more people than the part."""
    return (
        number.start >= 2
        and tokens[number.start - 1] in _OTHERS
        and tokens[number.start - 2] in _THE_PLURAL
        and tokens[part.end : part.end + 2] in _OF_THEM
        and part.end <= number.start
    )


def _besides_other_kind(
    tokens: list[str],
    previous: _Number | None,
    previous_kind: _Kind | None,
    kind: _Kind,
    latest: _Number,
    number: _Number,
    latest_total: int,
) -> bool:
    """Whether "otros N" counts people besides a count of another kind in its own sentence
    while the same figure of its kind is in an earlier sentence (round thirteen: "Un muerto y
    cinco heridos. Un minero murio y otros cinco resultaron heridos" is five injured, not ten;
    "Dos heridos en Pataz. ... y otros tres resultaron heridos en Vijus" still adds up; round
    fourteen: the figure may be a sum, "un herido grave y dos leves. ... y otros tres heridos")."""
    return (
        number.value in (latest.value, latest_total)
        and previous is not None
        and previous_kind is not None
        and previous_kind is not kind
        and (
            _BOUNDARY.isdisjoint(tokens[previous.end : number.start])
            # (round seventeen) "Un trabajador murio por inhalacion ... (Puno). Otros tres
            # mineros fueron atendidos": "Otros" opening the next sentence, same figure
            or (
                number.start >= 2
                and tokens[number.start - 2] == "."
                and _SENTENCE_ENDS.isdisjoint(tokens[previous.end : number.start - 2])
            )
        )
        and not _BOUNDARY.isdisjoint(tokens[latest.end : previous.start])
    )


def _parts_of_total(
    tokens: list[str],
    previous: _Number | None,
    previous_kind: _Kind | None,
    latest: _Number,
    latest_total: int,
    number: _Number,
) -> bool:
    """Whether "otros N" and a figure of no kind before it in its sentence add up to the total
    of its kind an earlier sentence gave: the parts of that total, told again."""
    return (
        previous is not None
        and previous_kind is None
        and previous.value + number.value == latest_total
        and latest.end <= previous.start
        and "." in tokens[latest.end : previous.start]
        # ((round twenty-seven) a semicolon between the parts: "Un chofer recibio dos balazos
        # y esta grave; otros tres sufrieron heridas leves")
        and "." not in tokens[previous.end : number.start]
    )


_ONE_HURT = _words("baleado baleada herido herida lesionado lesionada shot wounded injured")


def _besides_one_hurt(
    tokens: list[str], kind: _Kind, latest: _Number, latest_total: int, number: _Number
) -> bool:
    """(round twenty-seven) Whether "otros N" hurt stands beside one person hurt, told with no
    figure before it in its sentence, and the two make up the total of hurt an earlier sentence
    gave: "deja un herido grave y tres leves. ... El chofer recibio un balazo en el cuello;
    otros tres pasajeros sufrieron cortes" is four injured, not seven."""
    if kind is not _Kind.INJURED or number.value + 1 != latest_total:
        return False
    start = number.start
    while start > 0 and tokens[start - 1] != ".":
        start -= 1
    clause = tokens[start : number.start]
    return (
        latest.end <= start
        and not _PEOPLE_SINGULAR.isdisjoint(clause)
        and not _ONE_HURT.isdisjoint(clause)
        and not any(_is_number_token(tok) for tok in clause)
    )


def _besides_one_dead(
    tokens: list[str],
    kind: _Kind,
    latest: _Number,
    number: _Number,
    latest_total: int,
    dead: _Number | None,
) -> bool:
    """(round twenty-six) Whether "otros N", hurt or held, stands beside one person who died,
    told with no figure, in its own sentence, while an earlier sentence gave one dead and the
    same figure of its kind: "Deja un muerto y dos heridos. ... El operador Wilmer Anticona
    murio en el acto; otros dos mineros fueron evacuados" is two injured, not four."""
    if kind is _Kind.KILLED or number.value not in (latest.value, latest_total):
        return False
    start = number.start
    while start > 0 and tokens[start - 1] != ".":
        start -= 1
    # ((round twenty-seven) or the sentence before: "Hilario Huaman, de 52 anos, murio durante
    # el desbloqueo. Otras doce personas ... resultaron heridas")
    before = start - 1
    while before > 0 and tokens[before - 1] != ".":
        before -= 1
    return (
        latest.end <= start
        and dead is not None
        and dead.value == 1
        and dead.end <= start
        and (
            not _DIED_ONE.isdisjoint(tokens[start : number.start])
            or (latest.end <= before and not _DIED_ONE.isdisjoint(tokens[max(0, before) : start]))
        )
    )


def _kind_between(tokens: list[str], single: _Number, number: _Number) -> _Kind | None:
    """The casualty word of a lone person whose figure read no kind, before ``number`` in its
    clause: "Un vigilante de una planta de beneficio murio y otros dos quedaron heridos" (the
    complement kept "un" from "murio"; the dead man is still a count of another kind)."""
    if single.value != 1:
        return None
    for tok in tokens[single.end : number.start]:
        if tok in _BOUNDARY or tok[0].isdigit() or (tok in _NUMBER_WORDS and tok not in _A):
            return None
        found = _AFTER_NUMBER.get(tok)
        if found is not None:
            return found
    return None


_A = _words("un una")  # an article in the complement: "de una planta"


_GRADES = _words(
    "leve leves grave graves gravedad gravemente critico criticos critica criticas "
    # ((round twenty-eight) English: "one seriously injured and three lightly hurt")
    "seriously critically badly lightly slightly minor "
    # ((round thirty-one) a field's grades: "WIA: 1 serious (driver, GSW chest), 2 minor")
    "serious critical"
)


def _graded(tokens: list[str], number: _Number) -> bool:
    """Whether a severity grade follows ``number`` in its phrase ("un herido de gravedad", "tres
    leves"), not a partitive ("dos de ellos de gravedad" is part of a count, not more people)."""
    after = tokens[number.end : number.end + 4]
    if after[:1] == ["de"] and after[1:2] != ["gravedad"]:
        return False
    for tok in after:
        if tok in _BOUNDARY or tok in _CLAUSE_JOINS or tok[0].isdigit() or tok in _NUMBER_WORDS:
            return False
        if tok in _GRADES:
            return True
    return False


# (round twenty-five: "supera la de todo 2024, cuando se contabilizaron 18")
_PERIOD_PREPOSITIONS = _words("en in durante during desde since todo")

_PERIOD_STARTS = _words("inicios comienzos principios enero january jan ene")


# Without one of these a text names no period (found at C speed before any scan)
_WEEKDAYS = _words(
    "lunes martes miercoles jueves viernes sabado domingo monday tuesday wednesday thursday "
    "friday saturday sunday"
)

_SUPERLATIVES = _words("deadliest worst bloodiest largest biggest peor mayor mas most")


_BRINGING = _words(
    "bringing raising taking elevando elevandose sumando elevan eleva "
    # (round twenty-seven: "Asesinan a dos mineros y en lo que va del año ya suman 41",
    # "Asesinan a tres mineros ... y Caraveli ya registra 19 muertes violentas en el año")
    "suman acumula acumulan registra registran"
)


def _over_a_period(tokens: list[str], number: _Number) -> bool:
    """Whether the sentence of ``number`` speaks of a period, not one incident: "en lo que va
    del año", "so far", "desde enero", "en 2024"."""
    start, end = _sentence_bounds(tokens, number)
    sentence = tokens[start:end]
    # (round twenty-five) "3 x miners shot dead ..., bringing the tally since January to 41":
    # a figure before the words that carry it into a total is the incident's own
    if any(tok in _BRINGING for tok in sentence[number.end - start :]):
        return False
    # ((round twenty-nine) "Con el crimen de dos perforistas ya son 41 los mineros asesinados
    # desde enero": the crime that adds to the total is the incident)
    if tokens[max(0, number.start - 4) : number.start - 2] in _WITH_THE and tokens[
        number.start - 2 : number.start
    ] in ([word, "de"] for word in _CRIMES):
        return False
    # ((round twenty-nine) and "Con este triple crimen, la cifra ... llega a 41")
    if tokens[max(0, number.start - 2) : number.start] in _WITH_THIS:
        return False
    # ((round twenty-nine) a figure before "y" and a total's verb is the incident's: "Matan a
    # tres mineros en Parcoy y Pataz ya suma 41 asesinatos en 2026")
    after = sentence[number.end - start :]
    for k, tok in enumerate(after):
        if tok in _AND and not _TOTAL_VERBS.isdisjoint(after[k + 1 : k + 4]):
            return False
        # ((round thirty-one) or "y ya son": "Asesinan a dos mineros en Parcoy y ya son 41 las
        # victimas en la provincia desde enero")
        if tok in _AND and after[k + 1 : k + 3] in _ALREADY_ARE:
            return False
        if _is_number_token(tok):
            break
    if _in_an_earlier_incident(tokens, number, start, end):
        return True
    # ((round thirty) a total of a whole place, reached: "las muertes violentas en la provincia
    # llegan a 44", "la cifra de muertes en la region asciende a 30")
    # ((round thirty-two) the verb may open its clause: "Asesinan a vigilante ...; van 21
    # muertes violentas en la provincia")
    verb_at = number.start - 1 - (tokens[number.start - 1 : number.start] == ["a"])
    if (
        verb_at >= start
        and tokens[verb_at] in _TOTAL_VERBS
        and (
            not _SCOPES.isdisjoint(tokens[max(start, verb_at - _SCOPE_REACH) : verb_at])
            # ((round thirty-one) or after the figure's word: "y ya suman 29 asesinatos en la
            # provincia")
            # ((round thirty-two) "eleva a 22 los homicidios en la provincia", the article
            # one word more)
            or not _PLACE_SCOPES.isdisjoint(
                tokens[number.end : min(end, number.end + _PLACE_AFTER_REACH)]
            )
        )
    ):
        return True
    # ((round thirty) "Con este crimen ya son cinco los trabajadores asesinados en la provincia":
    # the figure the crime told before brings the total to)
    if tokens[max(0, number.start - 2) : number.start] in _ALREADY_ARE and any(
        sentence[k : k + 2] in _WITH_THIS
        and sentence[k + 2 : k + 3] != []
        and sentence[k + 2] in _CRIMES
        for k in range(number.start - start - 2)
    ):
        return True
    # ((round twenty-nine) a log's running total: "Cumulative since Jan in province: 41
    # killed", "Acumulado del ano: 41 asesinados")
    opening = number.start
    while opening > 0 and tokens[opening - 1] not in _SENTENCE_ENDS:
        opening -= 1
    if not _CUMULATIVE.isdisjoint(tokens[opening : number.start]):
        return True
    for k in range(len(sentence) - 1):
        tok, nxt = sentence[k], sentence[k + 1]
        # ((round twenty-six) "Year to date, 17 violent deaths in the district")
        if (tok, nxt) in (("que", "va"), ("so", "far")) or sentence[k : k + 3] == _YEAR_TO_DATE:
            return True
        # (round twenty-seven) "la cifra anual de trabajadores asesinados en la provincia llega
        # a 43", "the annual toll"
        # ((round thirty-one) "as yearly toll reaches 39", "provincial toll at 41")
        if tok in ("anual", "annual", "yearly", "provincial") and (
            (k > 0 and sentence[k - 1] in _TALLY_NOUNS) or nxt in _TALLY_NOUNS
        ):
            return True
        # (round ten) "ya son 14 los muertos ... desde el lunes", "since Monday"
        if (
            tok in ("desde", "since")
            and (
                nxt in _WEEKDAYS
                # ((round thirty-one) or a month: "son tres los policias muertos en la provincia
                # desde agosto")
                or nxt in _MONTHS
                or (nxt == "el" and sentence[k + 2 : k + 3] and sentence[k + 2] in _WEEKDAYS)
            )
        ):
            return True
        # (round ten) "more than 30 people have been killed this year", "asesinados este año";
        # not a superlative's frame ("the deadliest this year": the incident itself)
        # (round fifteen) "suman 41 muertos en el año" (the toll of the year, not the incident)
        # (round nineteen) "the number of people killed in the province this month", "los
        # muertos de la semana", "esta semana"
        if (
            (tok, nxt) in _THIS_PERIOD
            or (tok == "en" and nxt == "el" and sentence[k + 2 : k + 3] == ["ano"])
            or (tok == "de" and nxt == "la" and sentence[k + 2 : k + 3] == ["semana"])
        ) and _SUPERLATIVES.isdisjoint(sentence[max(0, k - 6) : k]):
            return True
        # (round sixteen) "Three killed as year's death toll rises to 41": the toll of the
        # year (only for a figure after it: the three are the incident's)
        # ((round twenty-nine) and "Three more miners killed, toll for year reaches 52")
        if k < number.start - start and (tok, nxt) == ("for", "year"):
            return True
        # ((round thirty) and a year's own toll: "Three miners shot dead as 2026 toll reaches
        # 41")
        if (
            k < number.start - start
            and nxt in ("toll", "tally")
            and len(tok) == 4
            and tok.isdigit()
            and 1900 <= int(tok) <= 2100
        ):
            return True
        if (
            k < number.start - start
            and tok == "year"
            and nxt == "s"
            and sentence[k + 2 : k + 3]
            and sentence[k + 2] in (_TOLL, "toll")
        ):
            return True
        if tok in _PERIOD_PREPOSITIONS and (
            nxt in _PERIOD_STARTS or (len(nxt) == 4 and nxt.isdigit() and 1900 <= int(nxt) <= 2100)
        ):
            return True
        # (round twenty-five) "otros dos guardianes fueron asesinados en marzo de 2024": a month
        # of a past year, no day (not the incident's date, "el 12 de marzo de 2025")
        if (
            tok == "en"
            and nxt in _MONTHS
            and sentence[k + 2 : k + 3] == ["de"]
            and _is_year(sentence[k + 3 : k + 4])
        ):
            return True
        # (round twelve) "in the past three years", "en los ultimos seis meses"
        if (
            tok in _PAST
            and sentence[k + 1 : k + 3]
            and (
                nxt in _PERIOD_UNITS or (_is_number_token(nxt) and sentence[k + 2] in _PERIOD_UNITS)
            )
        ):
            return True
    return False


_PAST = _words("past ultimos ultimas")

_CUMULATIVE = _words("cumulative acumulado acumulados acumulada")

_WITH_THE = [["con", "el"], ["con", "la"], ["con", "los"], ["with", "the"]]

_WITH_THIS = [["con", "este"], ["con", "esta"], ["with", "this"]]

_ALREADY_ARE = [["ya", "son"], ["ya", "suman"], ["ya", "van"]]

_TOTAL_VERBS = _words(
    "suma suman llega llegan acumula acumulan asciende ascienden van "
    # ((round thirty-two) "Crimen en Ocona eleva a 22 los homicidios en la provincia")
    "eleva elevan elevo elevaron"
)
_PLACE_AFTER_REACH = 5  # words from a total's figure to its place, at most

# The places whose totals are a period's, not an incident's ("en la provincia llegan a 44")
_PLACE_SCOPES = _words("provincia region departamento pais province region country")
# ((round thirty-one) or the period itself: "Matan a tres mineros; el ano ya suma 41 victimas")
_SCOPES = _PLACE_SCOPES | _words("ano year")
_SCOPE_REACH = 4  # words from the place to the total's verb, at most

_CRIMES = _words("crimen asesinato muerte homicidio masacre ataque killing deaths murder")

_TALLY_NOUNS = _words("cifra balance saldo conteo toll tally count")

_YEAR_TO_DATE = ["year", "to", "date"]


def _is_year(words: list[str]) -> bool:
    """Whether ``words`` is one year, "2024"."""
    return len(words) == 1 and len(words[0]) == 4 and words[0].isdigit()


def _dated_earlier(tokens: list[str], number: _Number) -> bool:
    """(round twenty-five) Whether the sentence of ``number`` dates it to a past year or an
    earlier incident ("la misma donde en 2023 murieron diez mineros", "el ano pasado", "last
    year"), not a running total ("en lo que va del ano")."""
    start, end = _sentence_bounds(tokens, number)
    sentence = tokens[start:end]
    if any(pair in (("que", "va"), ("so", "far")) for pair in pairwise(sentence)):
        return False
    return any(_is_year([tok]) for tok in sentence) or any(
        pair in (("ano", "pasado"), ("last", "year")) for pair in pairwise(sentence)
    )


_RELATIVES = _words("where donde when cuando")


def _in_an_earlier_incident(tokens: list[str], number: _Number, start: int, end: int) -> bool:
    """(round twenty-two) Whether ``number`` is in a relative clause of an earlier incident:
    "the tunnel where seven others were killed last November", "donde siete fueron asesinados
    el ano pasado" (not the sentence's own count before it)."""
    if _RELATIVES.isdisjoint(tokens[start : number.start]):
        return False
    after = tokens[number.end : end]
    return any(
        (tok == "last" and (nxt in _MONTHS or nxt == "year")) or (tok == "ano" and nxt == "pasado")
        for tok, nxt in pairwise(after)
    )


_THIS_PERIOD = frozenset(
    {
        ("this", "year"),
        ("este", "ano"),
        ("this", "month"),
        ("este", "mes"),
        ("this", "week"),
        ("esta", "semana"),
        # (round twenty-five: "Asesinan a dos mineros en Pataz y el ano suma 41 victimas")
        ("ano", "suma"),
        ("del", "ano"),
        ("ano", "suman"),
        ("ano", "acumula"),
    }
)

_PERIOD_UNITS = _words("years year months month weeks anos meses semanas")


_ALL_VICTIMS = _words("victims victimas")

_DEAD_NOUN_AFTER = [["muertos"], ["muertas"], ["fallecidos"], ["fallecidas"], ["dead"]]


# (round twenty-nine) Burial verbs, whose figure counts the buried, not always the dead
_BURYING = _words("sepulto sepulta sepultan sepultaron buries buried")
# The one left of a buried group, by the rank after the dead: "el tercero", "the other"
_LEFT_OF_GROUP = {**_DEATH_ORDINALS, "otro": 0, "other": 0}
_FULL_STOPS = _SENTENCE_ENDS - {";"}


def _without_buried_survivors(
    tokens: list[str], counted: list[tuple[_Number, _Kind | None]]
) -> list[tuple[_Number, _Kind | None]]:
    """``counted`` without a burial's figure that a later sentence splits into the dead and one
    left alive: "Un derrumbe sepulto a tres trabajadores. Dos murieron en el lugar y el tercero
    fue rescatado con fracturas" is two dead (the third is counted by his own harm)."""
    kept = []
    for number, kind in counted:
        if (
            kind is _Kind.KILLED
            and _buried_object(tokens, number)
            and any(
                other_kind is _Kind.KILLED
                and other.value < number.value
                # (a sentence or a clause after a colon: "sepulto a tres trabajadores: dos
                # fallecieron en el lugar y el tercero fue trasladado")
                and not _BOUNDARY.isdisjoint(tokens[number.end : other.start])
                and _one_left_after(tokens, other, number.value)
                for other, other_kind in counted
            )
        ):
            continue
        kept.append((number, kind))
    return kept


def _buried_object(tokens: list[str], number: _Number) -> bool:
    """Whether ``number`` is the object of a burial verb: "sepulto a tres", "buried three"."""
    before = tokens[max(0, number.start - 2) : number.start]
    return (len(before) == 2 and before[0] in _BURYING and before[1] == "a") or (
        before[-1:] != [] and before[-1] in _BURYING
    )


def _one_left_after(tokens: list[str], dead: _Number, whole: int) -> bool:
    """Whether the sentence of ``dead`` names the last of a group of ``whole`` after them ("Dos
    murieron y el tercero fue rescatado", "Uno murio; el otro fue rescatado")."""
    end = dead.end
    # (";" joins the one left to the dead: "Uno de ellos murio sepultado; el otro ...")
    while end < len(tokens) and tokens[end] not in _FULL_STOPS:
        end += 1
    for k in range(dead.end + 1, end):
        rank = _LEFT_OF_GROUP.get(tokens[k])
        if rank is not None and tokens[k - 1] in ("el", "the") and rank in (0, whole):
            return dead.value == whole - 1
    return False


def _beside_a_whole(
    tokens: list[str], counted: list[tuple[_Number, _Kind | None]], dead: _Number
) -> bool:
    """Whether the sentence of a figure of the dead also counts the injured or kidnapped ("deja
    dos muertos y tres heridos"): the dead are a group of their own there."""
    start, end = _sentence_bounds(tokens, dead)
    return any(
        kind in (_Kind.INJURED, _Kind.KIDNAPPED) and start <= number.start < end
        for number, kind in counted
    )


def _subtract_dead_parts(
    tokens: list[str], counted: list[tuple[_Number, _Kind | None]], best: dict[_Kind, int]
) -> None:
    """A part of a kidnapped or injured group that died counts as killed only: "Secuestran a
    dos mineros y uno es hallado sin vida" is one killed and one kidnapped, "Muere uno de los
    tres mineros heridos" one killed and two injured. The part is "uno"/"one" or a partitive
    ("dos de ellos"); the whole is the count it is taken from, and nothing after the part
    counts the rest again ("y los otros dos fueron liberados" is counted already)."""
    for index, (part, kind) in enumerate(counted):
        if kind is not _Kind.KILLED or not _is_bare_part(tokens, part):
            continue
        # (round twenty-two) "buscaban a uno de los fallecidos": a part of the dead, not a
        # death among the wounded
        if _of_the_dead(tokens, part):
            continue
        # (round twenty-seven) "killing two guards and wounding three workers ... one of the
        # attackers was shot dead": a part of the attackers is no part of their victims
        if _of_the_attackers(tokens, part):
            continue
        # ((round twenty-eight) nor a part of all the victims: "Two of the victims died at the
        # scene; the three wounded are stable")
        if not _ALL_VICTIMS.isdisjoint(tokens[part.end : part.end + 3]):
            continue
        # ((round twenty-eight) nor the dead told before, told again with no partitive: "deja
        # dos muertos y tres heridos ... Dos murieron en la bocamina; tres mas fueron
        # trasladados")
        if (
            part.end < len(tokens)
            and tokens[part.end] in _DYING_PLURAL_ONLY
            and any(
                other_kind is _Kind.KILLED
                and other.value == part.value
                and other.end <= part.start
                and tokens[other.end : other.end + 1] in _DEAD_NOUN_AFTER
                and _beside_a_whole(tokens, counted, other)
                # ((round twenty-nine) not when all the victims are told again before the part,
                # in its sentence: "Un muerto y tres heridos. Cuatro personas fueron baleadas;
                # una murio camino al hospital")
                and not _all_told_before_part(tokens, counted, other, part)
                for other, other_kind in counted
            )
        ):
            continue
        # ((round thirty-one) and the one dead told before, told again: "un minero muere y tres
        # son hospitalizados. ... Uno fallecio en el lugar y sus companeros fueron trasladados")
        if (
            part.value == 1
            and tokens[part.end : part.end + 1] != []
            and tokens[part.end] in _DIED_ONE
            and any(
                other_kind is _Kind.KILLED
                and other.value == 1
                and other.end <= part.start
                and _beside_a_whole(tokens, counted, other)
                for other, other_kind in counted
            )
            # (the living told once, not a larger whole the dead one is of: "One dead, three
            # wounded. Four people were shot ...; one died")
            and len({n.value for n, k in counted if k in (_Kind.INJURED, _Kind.KIDNAPPED)}) == 1
        ):
            continue
        whole: tuple[_Number, _Kind] | None = None
        for other, other_kind in counted:
            if other_kind not in (_Kind.KIDNAPPED, _Kind.INJURED) or other.value <= part.value:
                continue
            if (
                other.start == part.end + _partitive_length(tokens, part.end)
                and other.start > part.end
            ) or other.end <= part.start:
                whole = (other, other_kind)  # the partitive whole, or the latest before
        if whole is None:
            continue
        number, whole_kind = whole
        rest = [
            other.value
            for other, other_kind in counted[index + 1 :]
            if other_kind is whole_kind
            and other.start > part.start
            and other is not number
            # (round ten: the whole told again, and a part of it told again, "corresponde a
            # uno de los tres ingenieros raptados", count nothing new)
            and other.value != number.value
            and not (
                other.end < len(tokens)
                and tokens[other.end] in _PARTITIVE_STARTS
                and _partitive_length(tokens, other.end)
            )
        ]
        # ((round thirty) or the latter of two groups told together, named as such: "dejo
        # once policias y seis comuneros heridos. Uno de estos ultimos murio")
        of_the_latter_group = best.get(whole_kind, 0) > number.value and (
            _of_the_latter(tokens, part)
            or (
                number.end < len(tokens)
                and tokens[part.end : part.end + 3]
                in (["de", "los", tokens[number.end]], ["de", "las", tokens[number.end]])
            )
        )
        if best.get(whole_kind) != number.value and not of_the_latter_group:
            continue
        if rest and number.value - part.value not in rest:
            continue
        # ((round twenty-seven) "Gunmen kill two, wound three ... killing two of them and
        # wounding three": the whole told again beside the part, in its sentence, is a group
        # of its own)
        if any(
            other_kind is whole_kind
            and other.value == number.value
            and other is not number
            # (not the part's own whole: "dos de los cinco mineros")
            and other.start > part.end + _partitive_length(tokens, part.end)
            and _SENTENCE_ENDS.isdisjoint(tokens[part.end : other.start])
            for other, other_kind in counted
        ):
            continue
        # ((round twenty-five) "Of the three workers taken ..., two were released ... and one
        # was found dead": the two and the one are parts of a whole named before them, so the
        # two are the rest already)
        if any(
            other_kind is whole_kind
            and other.value == number.value + part.value
            and other.end <= number.start
            and tokens[max(0, other.start - 2) : other.start] in _OF_THE_WHOLE
            for other, other_kind in counted
        ):
            continue
        # ("... uno fallecio. Los otros dos siguen internados": the rest, counted again)
        best[whole_kind] = best[whole_kind] - part.value
        # (round twenty-four) "Casualties: 1 KIA, 2 WIA. Update: one of the wounded guards
        # died": the dead told beside the whole, in its sentence, and the part who died since,
        # in a later one (a title's "Muere uno de los cuatro heridos" is the part told first)
        dead_before = [
            other.value
            for other, other_kind in counted
            if other_kind is _Kind.KILLED
            and other.end <= number.start
            and (
                _SENTENCE_ENDS.isdisjoint(tokens[other.end : number.start])
                # ((round twenty-nine) or a form's field right before: "Fallecidos: 1. Heridos:
                # 4. Observacion: fallece ... uno de los heridos")
                or (
                    tokens[other.start - 1 : other.start] == [":"]
                    and tokens[number.start - 1 : number.start] == [":"]
                    and number.start - other.end <= _NEXT_FIELD
                )
            )
            and not _SENTENCE_ENDS.isdisjoint(tokens[number.end : part.start])
        ]
        if whole_kind is _Kind.INJURED and dead_before and _of_the_injured(tokens, part):
            best[_Kind.KILLED] = max(best.get(_Kind.KILLED, 0), max(dead_before) + part.value)


def _all_told_before_part(
    tokens: list[str], counted: list[tuple[_Number, _Kind | None]], dead: _Number, part: _Number
) -> bool:
    """Whether a figure of the wounded stands before ``part`` in its sentence that counts the
    dead and the wounded told in the sentence of ``dead`` together (1 + 3 = "Cuatro personas
    fueron baleadas")."""
    start, end = _sentence_bounds(tokens, dead)
    wounded = [n.value for n, k in counted if k is _Kind.INJURED and start <= n.start < end]
    return any(
        kind is _Kind.INJURED
        and number.start >= dead.end
        and number.end <= part.start
        and "." not in tokens[number.end : part.start]
        and number.value in (dead.value + value for value in wounded)
        for number, kind in counted
    )


_NEXT_FIELD = 4  # a field's end, the next label and its colon


def _of_the_injured(tokens: list[str], part: _Number) -> bool:
    """Whether ``part`` is taken from the injured by name: "uno de los heridos", "one of the
    wounded guards" (not a bare "uno murio", which may be the death already told)."""
    after = tokens[part.end : part.end + 4]
    # ((round twenty-nine) or of the latter, the wounded named last: "dos muertos y tres
    # heridos. Uno de estos ultimos murio")
    return (
        after[:1] in (["de"], ["of"])
        and any(_AFTER_NUMBER.get(tok) is _Kind.INJURED for tok in after[1:])
    ) or _of_the_latter(tokens, part)


def _of_the_dead(tokens: list[str], part: _Number) -> bool:
    """Whether ``part`` is taken from the dead: "uno de los fallecidos", "one of the dead"."""
    after = tokens[part.end : part.end + 3]
    return (
        len(after) == 3
        and after[:2] in (["de", "los"], ["de", "las"], ["of", "the"])
        and _AFTER_NUMBER.get(after[2]) is _Kind.KILLED
    )


# The perpetrators a count may name as its people (not "armados", "desconocidos": adjectives)
_ATTACKER_NOUNS = _PERPETRATORS - _words("armados armed desconocidos masked")


def _of_the_attackers(tokens: list[str], part: _Number) -> bool:
    """Whether ``part`` is taken from the attackers: "uno de los asaltantes", "one of the
    gunmen"."""
    after = tokens[part.end : part.end + 3]
    return (
        len(after) == 3
        and after[:2] in (["de", "los"], ["of", "the"])
        and after[2] in _ATTACKER_NOUNS
    )


# (round seventeen: "25 heridos; dos de estos fallecieron")
_PART_FOLLOWERS = _words("ellos ellas los las them the estos estas these")

_PART_VERBS = _words(
    "aparecieron fueron were murieron fallecieron died "
    # (round twenty-six: "trae a tres varones baleados ... Dos llegan sin signos vitales")
    "llegan llegaron arrived"
)


def _is_bare_part(tokens: list[str], number: _Number) -> bool:
    """Whether ``number`` is a pronoun for part of a group ("uno es hallado sin vida", "one
    later found dead", "dos de ellos murieron"), not a new person ("un vigilante murio")."""
    after = tokens[number.end : number.end + 2]
    if after[:1] in (["de"], ["of"]) and after[1:2] and after[1] in _PART_FOLLOWERS:
        return True
    # (round twelve) "Two of five miners shot ... have died": a number for the whole
    if after[:1] == ["of"] and after[1:2] and _is_number_token(after[1]):
        return True
    # "De los siete mineros raptados, dos fueron hallados muertos": the sentence opens with the
    # whole, and no person follows the part
    if after and after[0] not in _PEOPLE_PLURAL and after[0] not in _PEOPLE_SINGULAR:
        start = _sentence_bounds(tokens, number)[0]
        opening = tokens[start : start + 3]
        if start + 3 < number.start and opening[:2] in _DE_LOS and _is_number_token(opening[2]):
            return True
    # (round twelve) "Cinco mineros secuestrados: tres aparecieron muertos": a bare number
    # opening its clause, its verb right after it
    if (
        after
        and after[0] in _PART_VERBS
        and number.start > 0
        and (tokens[number.start - 1] in _BOUNDARY or tokens[number.start - 1] in _AND)
    ):
        return True
    # ((round twenty-nine) and a woman or a person: "Cuatro personas fueron baleadas; una murio")
    # ((round twenty-nine) a log's digit with one person's dying verb: "ingresan 6 trabajadores
    # alcanzados por disparos. 1 fallece a su llegada")
    if tokens[number.start] == "1" and after and after[0] in _DIED_ONE:
        return True
    if tokens[number.start] not in ("uno", "una", "one") or not after:
        return False
    nxt = after[0]
    return nxt not in _PEOPLE_SINGULAR and (nxt not in _AFTER_NUMBER or nxt in _DYING_PLURAL)


_CONFIRMING = _words(
    "confirma confirmo confirmar confirman confirmaron confirmed confirms preciso precisa "
    "precisaron "
    # (round nineteen: "la Policía solo ha confirmado el hallazgo de tres cadáveres")
    "confirmado confirm "
    # (round twenty-four: "Se habla de diez muertos, pero confirmados son cuatro")
    "confirmados confirmadas"
)

_CONFIRM_WINDOW = 4


def _confirmed(tokens: list[str], counted: list[tuple[_Number, _Kind | None]]) -> dict[_Kind, int]:
    """Figures a confirming verb a few words before states, by kind; a bare figure ("confirma
    cuatro") takes the one kind the other counts have."""
    kinds = {kind for _, kind in counted if kind is not None}
    found: dict[_Kind, int] = {}
    for number, kind in counted:
        if _CONFIRMING.isdisjoint(tokens[max(0, number.start - _CONFIRM_WINDOW) : number.start]):
            continue
        # ((round twenty-six) not a part of kind unread: "preciso que uno de los guardias
        # sobrevivio" confirms no toll of one)
        if kind is None and _partitive_length(tokens, number.end):
            continue
        # ((round twenty-nine) nor the breakdown after a confirmed figure's colon: "confirmo
        # tres: dos carretilleros y un cocinero")
        if (
            number.start >= 2
            and tokens[number.start - 1] == ":"
            and _is_number_token(tokens[number.start - 2])
        ):
            continue
        if kind is None and len(kinds) == 1:
            kind = next(iter(kinds))
        if kind is not None:
            found[kind] = number.value
    return found


_LIST_GAP = 3  # a people noun and up to two modifiers between the figures of a list

_LIST_PEOPLE = _PEOPLE_PLURAL | _PEOPLE_SINGULAR


def _listed_after_verb(tokens: list[str], previous: _Number, number: _Number) -> bool:
    """Whether ``number`` continues a list of people that opens right after a casualty word
    ("heridos 6 policias, 4 comuneros y 1 periodista"): each figure before its people noun,
    joined by commas (gone from the tokens) or "y", with no verb or other figure between."""
    # (the first figure follows the casualty word; a later one follows the people noun of the
    # figure before it)
    opener = tokens[previous.start - 1] if previous.start > 0 else ""
    if opener not in _BEFORE_NUMBER and opener not in _LIST_PEOPLE:
        return False
    # ((round twenty-four) a bracketed aside on the people is stepped over, a whole one: a
    # figure inside brackets is a part of the one before, "02 efectivos (01 suboficial ...)")
    raw = tokens[previous.end : number.start]
    if raw.count("(") != raw.count(")"):
        return False
    between = _without_asides(raw)
    if not between or len(between) > _LIST_GAP or between[0] not in _LIST_PEOPLE:
        return False
    if any(tok in _BOUNDARY or tok in _AFTER_NUMBER or tok in _BEFORE_NUMBER for tok in between):
        return False
    if any(tok in _AND for tok in between[:-1]):
        return False
    return number.end < len(tokens) and tokens[number.end] in _LIST_PEOPLE


_HARM_GAP = 5  # words between the two figures: the first harm, its complement and "y"


def _harmed_differently(tokens: list[str], first: _Number, second: _Number) -> bool:
    """Whether two figures each stand right before a different casualty word of one kind,
    joined by one "y" in one clause ("dos heridos de bala y uno golpeado")."""
    if first.end >= len(tokens) or second.end >= len(tokens):
        return False
    one, two = tokens[first.end], tokens[second.end]
    kind = _AFTER_NUMBER.get(one)
    if kind is None or _AFTER_NUMBER.get(two) is not kind or one == two:
        return False
    # (the same word in its singular and plural is the same harm: "un herido y dos heridos")
    if one.rstrip("s") == two.rstrip("s"):
        return False
    between = tokens[first.end : second.start]
    return (
        len(between) <= _HARM_GAP
        and sum(tok in _AND for tok in between) == 1
        and between[-1] in _AND
        and _BOUNDARY.isdisjoint(between)
    )
