"""Groups and their parts: the rest of a group, more people of a kind already counted, elliptic
counts, coordinated people, distinct groups of a tally, people held by a ronda, people carried
under fire, and numbered subjects with a long complement."""

from __future__ import annotations

from ._implicit_singles import _KIN, _OWNERS
from ._lexicon import (
    _AFTER_NUMBER,
    _AFTER_PERSON,
    _ARTICLES,
    _BEFORE_NUMBER,
    _BOUNDARY,
    _CLAUSE_JOINS,
    _DYING_VERBS,
    _FILLER,
    _NUMBER_WORDS,
    _OF_THE_WHOLE,
    _PEOPLE_PLURAL,
    _PEOPLE_SINGULAR,
    _PERPETRATORS,
    _SENTENCE_ENDS,
    _SINGLE,
    _SINGLE_VERBS,
    _Kind,
    _words,
)
from ._number_kind import (
    _DETAINED,
    _DIED_ONE,
    _DYING_PLURAL_ONLY,
    _GAP_NEGATIONS,
    _HALF_OF_THE,
    _ROUGHLY,
    _THE_PLURAL,
    _UNHARMED_STATES,
    _forward,
    _surname,
)
from ._numbers import (
    _AND,
    _DEFINITE,
    _is_partitive_whole,
    _measure_length,
    _Number,
    _partitive_length,
)
from ._rewrite import _CARED_ENGLISH, _CARED_SINGULAR, _VEHICLES, _sentence_span
from ._single_victim import _YEARS, _dying_near
from ._tokens import _AUXILIARIES, _CARED_PLURAL, _DYING_PLURAL, _OF_THEM, _without_asides
from ._vocabulary import _HEALTH_PLACES, _WHIPPING

# Words that join or continue counts (see ``_combine``).
_OTHERS = _words("otros otras other another")

_PREPOSITIONS = _words(
    "en a al de del in at el la los las on "
    # (round twenty-six: "retienen a tres fiscales y dos policias durante interdiccion", "a
    # una fiscal y a cuatro policias cerca del proyecto")
    "durante during cerca near"
)


def _half_of(tokens: list[str], start: int) -> bool:
    """Whether "la mitad de los" / "half of the" stands right before ``tokens[start]``."""
    return tokens[start - 3 : start] in _HALF_OF_THE or (
        tokens[start - 3 : start] == ["half", "of", "the"]
    )


# Those who hold people to hand them over: detained, not kidnapped (docs/labelling-guide.md)
_RONDA = _words("ronderos ronderas ronda rondas policia policias agentes serenazgo police")


# (a company's staff, see _held_by_ronda)
_STAFF = _words(
    "trabajadores ingenieros ingenieras topografos geologos supervisores tecnicos empleados "
    "funcionarios relacionistas colaboradores workers engineers surveyors geologists staff "
    # (round thirty: "Ronderos de Ocuviri retienen en el puente a 2 operadores de cisterna")
    "operadores operarios choferes conductores ayudantes contratistas drivers operators"
)

_SUSPECTED = _words(
    "robo robar presuntos presunto supuestos supuesto sospechosos sospechoso acusados acusado "
    "ladrones abigeos entregara entregaran entregados entregadas theft suspects suspected"
)


def _held_by_ronda(tokens: list[str], number: _Number) -> bool:
    """Whether a ronda or the police is the subject of the sentence that holds ``number``
    ("Ronderos retienen a seis ...", "La Policia retiene a cinco sospechosos"): detained."""
    # (round twenty-five) "retuvieron durante la noche a 14 mineros ... y los entregaron a la
    # comisaria": held to be handed to the authorities, whoever holds them, is detained
    # ((round twenty-seven) or "a cinco mineros ilegales retenidos": the held participle after
    # the figure)
    if _handed_to_authorities(tokens) and (
        _held_object(tokens, number)
        or not _HELD_PARTICIPLES.isdisjoint(tokens[number.end : number.end + 3])
    ):
        return True
    if _RONDA.isdisjoint(tokens):
        return False
    # (round nineteen) "Tres personas retenidas por los ronderos por robo de mineral, se las
    # entregará a la policía": the agent after the participle, holding suspects (workers the
    # ronda keeps "contra su voluntad" are kidnapped, the guide)
    for k in range(number.end, min(number.end + 6, len(tokens) - 2)):
        if tokens[k] in _BOUNDARY or _SUSPECTED.isdisjoint(tokens):
            break
        if tokens[k] in ("por", "by") and (
            tokens[k + 1] in _RONDA
            or (tokens[k + 1] in ("la", "los", "las", "the") and tokens[k + 2] in _RONDA)
        ):
            return True
    # (round twenty-three) "Ronderos de Chugur retienen a 2 trabajadores de topografia": a
    # company's staff held, where no one is suspected of a crime, are held as leverage
    # ((round thirty-one) and officials too: "Ronderos retienen a cinco policias durante
    # protesta contra minera")
    if (
        tokens[number.end : number.end + 1]
        and (tokens[number.end] in _STAFF or tokens[number.end] in _OFFICIALS)
        and (_SUSPECTED.isdisjoint(tokens))
    ):
        return False
    for k in range(number.start - 1, max(-1, number.start - 6), -1):
        if tokens[k] in _BOUNDARY:
            return False
        if tokens[k] in _RETAIN_VERBS:
            # the holder is the subject right before the verb ("Policia informa que
            # delincuentes retienen a 5" is a kidnapping)
            j = k - 1
            while j >= 0 and tokens[j] in _HOLDER_QUALIFIERS:
                j -= 1
            return j >= 0 and (tokens[j] in _RONDA or _ronda_subject(tokens, j))
    return False


_OFFICIALS = _words(
    "policias agentes efectivos suboficiales funcionarios fiscales inspectores supervisores"
)

_HANDING = _words("entregan entregaron entrego entrega entregados entregadas entregaran")
_AUTHORITIES = _words("policia comisaria autoridades fiscalia pnp police authorities")


def _handed_to_authorities(tokens: list[str]) -> bool:
    """Whether the people held are handed to the police or the authorities, told back by a
    pronoun ("y los entregaron al dia siguiente a la comisaria", "los entregan a la Policia";
    not the captors, "fueron entregados a la comisaria")."""
    return any(
        tok in _HANDING
        and tokens[k - 1 : k] in (["los"], ["las"], ["lo"], ["la"])
        and not _AUTHORITIES.isdisjoint(tokens[k + 1 : k + 7])
        for k, tok in enumerate(tokens)
    )


_HELD_REACH = 9  # words from a verb of holding to its object's figure, at most

_HELD_PARTICIPLES = _words("retenidos retenidas retenido retenida")


def _held_object(tokens: list[str], number: _Number) -> bool:
    """Whether ``number`` is the object of a verb of holding a few words before it, in its
    clause ("retuvieron durante la noche a 14 mineros")."""
    for k in range(number.start - 1, max(-1, number.start - 1 - _HELD_REACH), -1):
        if tokens[k] in _BOUNDARY:
            return False
        if tokens[k] in _RETAIN_VERBS:
            return True
    return False


_CAPTURING = (
    _words(
        "capturo capturaron capturan captura intervino intervinieron intervienen intervencion "
        "retuvieron retienen detuvieron detienen atraparon atrapan caught captured detained "
        # (round twenty-five: "Ronda campesina retiene a 3 presuntos ladrones ... los azotan")
        "retiene retuvo "
        # (the ronda hands them over, whipped: "entregan a la Policia a tres presuntos ladrones")
        "entregan entregaron entrego entrega "
        # (round twenty-six: "Ronderos agarran a tres presuntos chacales y los castigan")
        "agarran agarraron agarro "
        # (round twenty-seven: "Ronderos sorprendieron a dos presuntos chacales ... los
        # chicotearon", "Ronderos castigan a cuatro presuntos chacales")
        "sorprendio sorprendieron sorprenden sorprende castigan castigaron castigo castiga "
    )
    | _WHIPPING
)

_BEFORE_CAPTIVES = _words("a al la policia comisaria de los las the police")

_CAPTIVES_AFTER = _words("fueron capturados capturadas azotados azotadas")


def _whipped_captives(tokens: list[str]) -> int:
    """How many people a ronda captured, handed over or whipped, where a whipping is told: the
    figure after a capturing, handing or whipping word ("capturo a dos sujetos", "la captura
    de dos jovenes", "entregan a la Policia a tres presuntos ladrones", "whipped three men"),
    or before "fueron capturados"; 0 when there is none. A part whipped is that part ("Dos de
    ellos recibieron chicotazos")."""
    for k, tok in enumerate(tokens):
        if (
            tok in _WHIPPING
            and k >= 4
            and tokens[k - 3 : k - 1] in (["de", "ellos"], ["de", "ellas"])
        ):
            part = tokens[k - 4]
            value = _NUMBER_WORDS.get(part) or (int(part) if part.isdigit() else 0)
            if value:
                return value
    for k, tok in enumerate(tokens):
        if tok not in _CAPTURING:
            continue
        j = k + 1
        while j < len(tokens) - 1 and j < k + 6 and tokens[j] in _BEFORE_CAPTIVES:
            j += 1
        value = _captive_figure(tokens, j)
        if value:
            return value
    for k, tok in enumerate(tokens[:-1]):
        if tok in _CAPTIVES_AFTER and k >= 2:
            # ("los cuatro chacales que entraron a robar ... fueron capturados")
            for j in range(k - 1, max(-1, k - 10), -1):
                if tokens[j] in _BOUNDARY:
                    break
                value = _captive_figure(tokens, j)
                if value:
                    return value
    return 0


def _captive_figure(tokens: list[str], j: int) -> int:
    """The figure of people at ``tokens[j]`` ("dos sujetos", "3 presuntos ladrones"), above
    one, or 0."""
    if j + 1 >= len(tokens):
        return 0
    if tokens[j] in _NUMBER_WORDS and tokens[j] not in _ARTICLES:
        value = _NUMBER_WORDS[tokens[j]]
    elif tokens[j].isdigit() and len(tokens[j]) <= 2:
        value = int(tokens[j])
    else:
        return 0
    # (the captured are often named as suspects: "dos sujetos", "cuatro presuntos ladrones")
    who = tokens[j + 1]
    if value > 1 and (who in _PEOPLE_PLURAL or who in _PERPETRATORS or who in _SUSPECTED):
        return value
    return 0


def _ronda_subject(tokens: list[str], j: int) -> bool:
    """(round fourteen) A ronda with a complement before its verb ("los ronderos del sector
    Dos de Mayo retuvieron a tres mineros"): a ronda word back to the sentence's start, no
    "que" or other clause between."""
    for tok in reversed(tokens[max(0, j - 7) : j + 1]):
        if tok in _BOUNDARY or tok in _CLAUSE_JOINS or tok == "que":
            return False
        if tok in _RONDA:
            return True
    return False


_HOLDER_QUALIFIERS = _words("campesinas campesinos comunales nacional la las los el")

_RETAIN_VERBS = _words("retienen retuvieron retiene retuvo retenian retenia held")


def _only_more_people(
    tokens: list[str], counted: list[tuple[_Number, _Kind | None]], kind: _Kind
) -> bool:
    """Whether every count of ``kind`` names more people ("otros dos") and an unnumbered victim
    of that kind is named in another sentence, so that it adds to them ("Asesinan a minero.
    Murieron tambien otros dos"; not "Matan a otros dos", "un muerto y otro herido")."""
    numbers = [number for number, other in counted if other is kind]
    if not numbers or not all(_more_people(tokens, number) for number in numbers):
        return False
    sentence = 0
    sentence_of = []
    for tok in tokens:
        sentence_of.append(sentence)
        if tok in _BOUNDARY:
            sentence += 1
    sentences_of_counts = {sentence_of[number.start] for number in numbers}
    # ("El herido es evacuado": a definite article refers back to someone already counted)
    return any(
        _single_kind(tok) is kind
        and sentence_of[k] not in sentences_of_counts
        and (k == 0 or tokens[k - 1] not in _DEFINITE)
        # ((round twenty-four) not the same "otro" told in the title: "asesinan a vigilante y
        # hieren a otro. ... y otro quedo herido")
        and tokens[k + 1 : k + 3] not in (["a", "otro"], ["a", "otra"])
        # ((round twenty-five) nor "otro herido" told in the title of "otro trabajador, Abel
        # Quispe (25), resulto herido": one more person told twice, the same one)
        and not _another_just_before(tokens, k)
        # ((round twenty-five) nor the wound of one who died: "Muere segundo minero baleado
        # ... Otro trabajador herido sigue grave")
        and not (kind is _Kind.INJURED and _dying_near(tokens, k))
        for k, tok in enumerate(tokens)
    )


_ANOTHER_REACH = 10  # words back from a casualty word to "otro" in its clause, at most


def _another_just_before(tokens: list[str], k: int) -> bool:
    """Whether "otro" / "otra" stands a few words before ``tokens[k]`` in its sentence."""
    for j in range(k - 1, max(-1, k - 1 - _ANOTHER_REACH), -1):
        if tokens[j] in _BOUNDARY:
            return False
        if tokens[j] in ("otro", "otra"):
            return True
    return False


def _single_kind(tok: str) -> _Kind | None:
    """The kind an unnumbered-victim word states, if ``tok`` is one."""
    if tok in _DYING_VERBS:
        return _Kind.KILLED
    return _SINGLE.get(tok) or _SINGLE_VERBS.get(tok) or _AFTER_PERSON.get(tok)


def _more_people(tokens: list[str], number: _Number) -> bool:
    """Whether ``number`` counts people besides those already named: "otros tres", "otro
    vigilante", "Ademas, un cocinero"; not "los otros dos" (the rest of a group)."""
    if tokens[number.start] in ("otro", "otra"):
        return True
    # (round ten) "1 cuerpo en la bocamina y tres mas en la cancha", "two more"
    # ((round thirty) and the English "others" after the figure: "One driver was seriously
    # injured and two others suffered minor injuries"; not "the two others", the rest)
    if tokens[number.end : number.end + 1] in (["mas"], ["more"]) or (
        tokens[number.end : number.end + 1] == ["others"]
        and number.start > 0
        and tokens[number.start - 1] in _AND
    ):
        return True
    # ((round twenty-four) "de nuestro lado, cuatro heridos mas": the harm, then "mas")
    if (
        tokens[number.end : number.end + 1] != []
        and tokens[number.end] in _AFTER_NUMBER
        and tokens[number.end + 1 : number.end + 2] == ["mas"]
    ):
        return True
    before = tokens[number.start - 1] if number.start > 0 else ""
    # (an elliptic object has no verb of its own, round ten: "; los seis fueron llevados al
    # centro de salud" is the same six)
    if before in _BESIDES or (
        _elliptic_start(tokens, number) >= 0 and _forward(tokens, number) is None
    ):
        return True
    # ((round twenty-five) not others besides one who died, of another harm: "El suboficial
    # murio y otros dos policias resultaron heridos" are the two wounded a title may tell too)
    if (
        before in _OTHERS
        and not _DYING_VERBS.isdisjoint(tokens[max(0, number.start - 5) : number.start - 1])
        and _forward(tokens, number) not in (None, _Kind.KILLED)
        and _same_figure_elsewhere(tokens, number)
    ):
        return False
    return before in _OTHERS and (number.start < 2 or tokens[number.start - 2] not in _THE_PLURAL)


def _same_figure_elsewhere(tokens: list[str], number: _Number) -> bool:
    """Whether the figure at ``number`` is told again outside its clause ("Suboficial muere y
    dos policias resultan heridos. ... murio y otros dos policias"): the same people."""
    value = tokens[number.start]
    for k, tok in enumerate(tokens):
        if number.start - 6 <= k <= number.end + 6:
            continue
        if tok == value or (
            tok.isdigit() and value in _NUMBER_WORDS and int(tok) == _NUMBER_WORDS[value]
        ):
            return True
    return False


_BESIDES = _words("ademas tambien also")

_ELLIPSIS = _words("luego despues tambien ademas a al los las then also")


def _elliptic_start(tokens: list[str], number: _Number) -> int:
    """Where the clause of ``number`` starts, if it is an object without a verb after a
    semicolon ("; luego, a los dos operarios"), else -1."""
    k = number.start - 1
    while k >= 0 and tokens[k] in _ELLIPSIS:
        k -= 1
    return k if k >= 0 and tokens[k] == ";" and k < number.start - 1 else -1


def _verb_before(tokens: list[str], end: int) -> _Kind | None:
    """The kind of the casualty verb of the clause that ends at ``tokens[end]``."""
    for tok in reversed(tokens[max(0, end - 6) : end]):
        if tok in _BOUNDARY:
            return None
        if tok in _BEFORE_NUMBER and tok not in _AFTER_NUMBER:
            return _BEFORE_NUMBER[tok]
    return None


_REST = _words("resto demas rest")

# (round eleven) "la otra mitad fue llevada a la posta", "la mitad resulto con lesiones"
_HALF = _words("mitad half")

_CARED = _CARED_PLURAL | _CARED_SINGULAR | _CARED_ENGLISH


def _rest_of_group(
    tokens: list[str], counted: list[tuple[_Number, _Kind | None]], best: dict[_Kind, int]
) -> None:
    """The rest of a group after the part that died counts as the kind its clause states:
    "Cinco alcanzados: dos murieron y el resto fue trasladado al hospital" is three injured."""
    half_dead = 0
    for k, tok in enumerate(tokens):
        if k == 0:
            continue
        # (round eleven) "Ocho mineros ...; la otra mitad fue llevada a la posta": half the
        # group before, of the kind its clause states
        # ((round twenty-seven) and "La mitad de ellos resulto herida", "half of them")
        half = (
            tok in _HALF
            and tokens[k - 1] in ("la", "otra", "the")
            and tokens[k + 1 : k + 2] not in (["de"], ["of"])
        ) or (tok in _HALF and tokens[k + 1 : k + 3] in _OF_THEM)
        if half and tokens[k + 1 : k + 3] in _OF_THEM:
            k += 2
        if not half and (tok not in _REST or tokens[k - 1] not in _THE_ALL):
            continue
        kind = _rest_kind(tokens, k + 1)
        before = [(number, other) for number, other in counted if number.end <= k]
        # ((round thirty-one) the whole named after the rest: "Dos trabajadores murieron y el
        # resto de los siete que estaban en el lugar fue trasladado al hospital")
        named_after = [
            number
            for number, _ in counted
            if number.start == k + 3 and tokens[k + 1 : k + 3] in _OF_THE_WHOLE
        ]
        if named_after and kind is None:
            kind = _rest_kind(tokens, named_after[0].end, _NAMED_REST_REACH)
        if not half and named_after and kind is not None and kind is not _Kind.KILLED:
            dead = _dead_after(tokens, before, -1)
            if 0 < dead < named_after[0].value:
                best[kind] = max(best.get(kind, 0), named_after[0].value - dead)
            continue
        if not before:
            continue
        # ((round thirty) the rest of a halved whole that died is the other half: "murio la
        # mitad de los doce trabajadores alcanzados. Los demas siguen internados")
        halved = [
            number
            for number, other in before
            if other is _Kind.KILLED and number.start >= 3 and _half_of(tokens, number.start)
        ]
        if halved and kind is not None and kind is not _Kind.KILLED and not half:
            best[kind] = max(best.get(kind, 0), halved[-1].value)
            continue
        # (of the figures of the largest value, the latest with its dead after it: a title's
        # whole told again in the body, "Atacan camioneta con seis trabajadores ... De los seis
        # trabajadores ..., cuatro murieron y los demas", is the body's; "dos de los cinco
        # fallecieron" has its dead before its partitive whole)
        # ((round twenty-five) a whole named as such, "De los cuatro ocupantes, uno murio y
        # los demas", is the group, however large the figures before it: "CIA. 229")
        named = [
            number
            for number, _ in before
            if tokens[max(0, number.start - 2) : number.start] in _OF_THE_WHOLE
        ]
        largest = named[-1].value if named else max(number.value for number, _ in before)
        wholes = [number for number, _ in before if number.value == largest]
        whole = wholes[0]
        for candidate in reversed(wholes):
            after = sum(
                number.value
                for number, other in before
                if other is _Kind.KILLED and number.start > candidate.start
            )
            if 0 < after < candidate.value:
                whole = candidate
                break
        if half:
            if whole.value < 2 or whole.value % 2:
                continue
            # ("Seis obreros ...; la mitad murio en el lugar y el resto ...": the dead half)
            if not _DYING_PLURAL.isdisjoint(tokens[k + 1 : k + 3]):
                half_dead = whole.value // 2
                best[_Kind.KILLED] = max(best.get(_Kind.KILLED, 0), half_dead)
            elif kind is not None:
                best[kind] = max(best.get(kind, 0), whole.value // 2)
            continue
        # (round twenty) "Cinco vigilantes fueron alcanzados por los disparos: dos murieron y
        # el resto fue trasladado a Trujillo": the rest of a group hit is injured
        if kind is None and not _HIT.isdisjoint(tokens[max(0, whole.start - 4) : whole.end + 6]):
            kind = _Kind.INJURED
        if kind is None:
            continue
        dead = _dead_after(tokens, before, whole.start)
        if dead == 0 and half_dead:
            dead = half_dead
        # (round eleven) "Siete trabajadores fueron alcanzados: el perforista QUISPE murio en
        # el lugar y los demas fueron llevados al hospital": one unnumbered dead
        elif dead == 0 and not _DIED_ONE.isdisjoint(tokens[whole.end : k]):
            dead = 1
            best[_Kind.KILLED] = max(best.get(_Kind.KILLED, 0), 1)
        if 0 < dead < whole.value:
            # ((round thirty-one) the whole counted as of the rest's kind is the rest now:
            # "ingresan cinco trabajadores con heridas ... Dos fallecen; el resto es
            # estabilizado" is three hurt)
            # (not a whole told beside its dead: "un fallecido y una veintena de heridos ... El
            # manifestante murio; los demas heridos fueron atendidos" leaves twenty)
            whole_kinds = [other for number, other in before if number is whole]
            beside_dead = any(
                other is _Kind.KILLED and whole.start - 3 <= number.end <= whole.start
                for number, other in before
            )
            if whole_kinds == [kind] and best.get(kind) == whole.value and not beside_dead:
                best[kind] = whole.value - dead
            else:
                best[kind] = max(best.get(kind, 0), whole.value - dead)


_THE_ALL = _words("el los las the")

_NAMED_REST_REACH = 14  # words after a rest's named whole to its kind, at most


def _dead_after(tokens: list[str], before: list[tuple[_Number, _Kind | None]], start: int) -> int:
    """The dead told after ``tokens[start]``; (round thirty-one) a figure told again in a later
    sentence counts once ("Atacan camioneta con siete trabajadores: tres muertos. ... Tres
    ocupantes murieron y los demas fueron trasladados" leaves four)."""
    dead = 0
    told: list[tuple[int, int]] = []  # (value, sentence start) of the dead counted
    for number, other in before:
        if other is not _Kind.KILLED or number.start <= start:
            continue
        sentence = _sentence_span(tokens, number.start)[0]
        if any(value == number.value and start != sentence for value, start in told):
            continue
        told.append((number.value, sentence))
        dead += number.value
    return dead


_HIT = _words(
    "alcanzados alcanzadas baleados baleadas heridos heridas hitting hit shot shooting wounded "
    "wounding intoxicados"
)


def _rest_kind(tokens: list[str], start: int, reach: int = 8) -> _Kind | None:
    """The injured or kidnapped kind the clause from ``start`` states, if any ("fue trasladado
    al hospital", "fueron liberados")."""
    window = []
    for tok in tokens[start : start + reach]:
        if tok in _BOUNDARY:
            break
        window.append(tok)
    for i, tok in enumerate(window):
        kind = _AFTER_NUMBER.get(tok)
        # ((round twenty-nine) not a harm denied: "Los demas salieron ... sin lesiones")
        if kind is not None and i > 0 and window[i - 1] in ("sin", "without", "no"):
            return None
        if kind is not None and kind is not _Kind.KILLED:
            return kind
        if tok in _CARED and not _HEALTH_PLACES.isdisjoint(window[i + 1 :]):
            return _Kind.INJURED
    return None


def _coordinated(tokens: list[str], first: _Number, second: _Number) -> bool:
    """Whether only people words and one "y" stand between two numbers ("un minero y un")."""
    between = tokens[first.end : second.start]
    if sum(tok in _AND for tok in between) != 1:
        return False
    # (round ten) "tres, y uno de ellos ya fue dado de alta": a part of the first, not more
    if tokens[second.end : second.end + 2] in _OF_THEM:
        return False
    # ((round thirty-two) nor after the agents of a passive: "fue atacado con piedras por unos
    # 30 mineros y 2 efectivos sufrieron contusiones")
    agents_at = first.start - (first.start > 0 and tokens[first.start - 1] in _ROUGHLY)
    if agents_at > 0 and tokens[agents_at - 1] in ("por", "by"):
        return False
    if len(between) <= 4 and all(
        tok in _FILLER or tok in _AND or tok in _COORDINATION_EXTRA for tok in between
    ):
        return True
    return _one_person_with_complement(tokens, first, between)


_COMPLEMENT_WORDS = _words(
    "de del la el "
    # ((round thirty) English: "Two members of our security team and one contractor lost their
    # lives")
    "of the our their its his her security"
)

_COMPLEMENT_MAX = 7  # a person, a complement of up to five words, then "y"


def _one_person_with_complement(tokens: list[str], first: _Number, between: list[str]) -> bool:
    """(round fifteen) "Una fiscal de prevencion del delito y dos suboficiales ... fueron
    retenidos": one person named with a complement (no verb, figure or casualty word), then
    "y" and the second figure."""
    # (round seventeen) or numbered people so named: "Tres funcionarios del OEFA y dos policias"
    one = tokens[first.start] in _ARTICLES and between[0] in _PEOPLE_SINGULAR
    several = (
        first.value > 1
        and between[0] in _PEOPLE_PLURAL
        and (
            between[1:2] in (["de"], ["del"], ["of"])
            # ((round twenty-nine) or one plural adjective: "Tres fiscales ambientales y dos
            # policias fueron retenidos")
            or (len(between) == 3 and _plural_adjective(between[1]))
        )
        and _DETAINED.isdisjoint(between)
    )
    # ((round twenty-two) "Una mujer de 29 anos y sus dos hijos murieron": a possessive after
    # "y", and an age in the complement)
    if between[-1:] and between[-1] in _POSSESSIVES_AFTER_AND and len(between) > 2:
        between = between[:-1]
    return (
        len(between) <= _COMPLEMENT_MAX
        and (one or several)
        and between[-1] in _AND
        and all(
            tok in _COMPLEMENT_WORDS or tok in _YEARS or tok.isdigit() or _surname(tok)
            for tok in between[1:-1]
        )
    )


_POSSESSIVES_AFTER_AND = _OWNERS | _words("sus")


def _plural_adjective(tok: str) -> bool:
    """Whether ``tok`` may be a plural adjective after people ("ambientales", "informales",
    "artesanales", "armados" is the attackers', not here): a plural ending, no word the rules
    know."""
    return (
        tok.endswith(("les", "nos", "cos", "vos"))
        and tok not in _AFTER_NUMBER
        and tok not in _PEOPLE_PLURAL
        and tok not in _PERPETRATORS
    )


# "Matan a un minero y luego a su hermano"
_COORDINATION_EXTRA = _words(
    "a al sus luego tambien despues ademas "
    # (round twenty-six: a grade, "one seriously and three lightly wounded")
    "seriously lightly slightly critically badly"
)


def _ends_phrase(tokens: list[str], number: _Number) -> bool:
    """Whether ``number`` and the people words after it end their phrase with no verb of their
    own ("y a un minero en Pataz", not "y otros 30 fueron evacuados")."""
    j = number.end
    while j < len(tokens) and (tokens[j] in _PEOPLE_SINGULAR or tokens[j] in _PEOPLE_PLURAL):
        j += 1
    # ("y luego a su hermano que intento ayudarlo": a relative clause describes the person;
    # round twenty, "amarraron a cuatro vigilantes y dos operarios y escaparon": the next verb
    # is the attackers')
    return (
        j >= len(tokens)
        or tokens[j] in _BOUNDARY
        or tokens[j] in _PREPOSITIONS
        or tokens[j] == "que"
        # ((round twenty-eight) or a clause of when or while: "y a su hijo cuando salian de
        # la bocamina")
        or tokens[j] in _CLAUSE_OPENERS
        or (tokens[j] in _AND and _past_plural_verb(tokens, j + 1))
    )


_CLAUSE_OPENERS = _words("cuando mientras when while as")


def _past_plural_verb(tokens: list[str], j: int) -> bool:
    """Whether a plural preterite ("escaparon", "se llevaron") stands at ``tokens[j]``."""
    if tokens[j : j + 1] == ["se"]:
        j += 1
    return j < len(tokens) and len(tokens[j]) > 5 and tokens[j].endswith(("aron", "ieron"))


def _elliptic(tokens: list[str], previous: _Number, number: _Number) -> bool:
    """Whether "otros N" continues the sentence of ``previous`` with no verb of its own ("y
    otros tres en Vijus", not "y otros 40 fueron evacuados")."""
    if any(tok in _BOUNDARY for tok in tokens[previous.end : number.start]):
        return False
    # ((round thirty-one) not the searched-for: "recuperaron el cuerpo de un minero y siguen
    # buscando a otros dos")
    if not _SEARCHING.isdisjoint(tokens[previous.end : number.start]):
        return False
    end = number.end + (tokens[number.end : number.end + 1] in (["mas"], ["more"]))
    # ((round twenty-eight) past its people after "y": "y otros tres trabajadores en el
    # campamento"; not "con otros once trabajadores", company)
    if number.start >= 2 and tokens[number.start - 2] in _AND:
        while end < len(tokens) and tokens[end] in _PEOPLE_PLURAL:
            end += 1
    after = tokens[end] if end < len(tokens) else "."
    # ((round thirty-one) or a relative that tells no fate of its own: "y, minutos despues, a
    # otros tres que dormian en el campamento")
    # (not a comparison: "11 mas que en el mismo periodo")
    if after in ("que", "who") and tokens[end - 1] not in ("mas", "more"):
        stop = next((k for k in range(end, len(tokens)) if tokens[k] in _BOUNDARY), len(tokens))
        # (nor one that ends unhurt or freed: "y otros cinco que quedaron atrapados fueron
        # rescatados ilesos")
        return all(
            tok not in _AFTER_NUMBER
            and tok not in _BEFORE_NUMBER
            and tok not in _UNHARMED_STATES
            and tok not in _FREED_WORDS
            for tok in tokens[end:stop]
        )
    # ((round thirty) and a place told by an adverb: "y dos mas junto al pique")
    return after in _BOUNDARY or after in _PREPOSITIONS or after in _PLACE_ADVERBS


_SEARCHING = _words("buscando buscan busca buscar busqueda searching search looking")

_PLACE_ADVERBS = _words("junto cerca frente dentro fuera near inside outside")


# A tally of groups: "6 policias heridos por piedras, 4 comuneros heridos por perdigones" (a
# people noun right after each figure, in one sentence) or form fields "Protesters injured: 3.
# Police injured: 1." (a people noun before each field); different nouns are different people.
_TALLY_PEOPLE = _PEOPLE_PLURAL | _words("police policia staff personal pnp")

_TALLY_GAP = 12

_WHILE = _words("mientras while whereas")
_WHILE_GAP = 20  # words between two groups joined by "mientras que", at most


def _tally_noun(tokens: list[str], number: _Number) -> tuple[str, str] | None:
    """The people noun of a tallied figure, and its shape: a form "field", a field written
    "inline" with no colon, or "plain" prose."""
    if (
        number.start >= 3
        and tokens[number.start - 1] == ":"
        and tokens[number.start - 2] in _AFTER_NUMBER
    ):
        noun = tokens[number.start - 3]
        return (noun, "field") if noun in _TALLY_PEOPLE else None
    # ((round thirty-one) "PNP heridos 3 (contusos), comuneros heridos 2": a field with no
    # colon, the noun and its harm before the figure)
    if (
        number.start >= 2
        and tokens[number.start - 1] in _AFTER_NUMBER
        and tokens[number.start - 2] in _TALLY_PEOPLE
        and (
            number.start == 2
            or tokens[number.start - 3] in _BOUNDARY
            # (the field before it ends in its figure, its comma gone)
            or tokens[number.start - 3].isdigit()
        )
    ):
        return tokens[number.start - 2], "inline"
    at = _noun_at(tokens, number)
    if at < len(tokens) and tokens[at] in _PEOPLE_PLURAL and number.value > 1:
        return tokens[at], "plain"
    # (round twenty-three) "3 policias heridos y 1 poblador herido": one person of a tally
    if at < len(tokens) and tokens[at] in _PEOPLE_SINGULAR and number.value == 1:
        return tokens[at], "plain"
    return None


def _noun_at(tokens: list[str], number: _Number) -> int:
    """Where the people noun after a figure stands: right after it, or (round twenty-eight)
    after one modifier ("five police officers", "dos efectivos pnp" keeps its noun first)."""
    at = number.end
    if (
        at + 1 < len(tokens)
        and tokens[at] in _TALLY_MODIFIERS
        and (tokens[at + 1] in _PEOPLE_PLURAL or tokens[at + 1] in _PEOPLE_SINGULAR)
    ):
        return at + 1
    return at


_TOTAL_WORDS = _words("total totales all suma conjunto overall")


def _distinct_groups(tokens: list[str], first: _Number, second: _Number) -> bool:
    one = _tally_noun(tokens, first)
    two = _tally_noun(tokens, second)
    if (
        one is None
        or two is None
        or one[1] != two[1]
        # (one noun, singular or plural: "3 vigilantes heridos y 1 vigilante herido" may be
        # the one among the three)
        or one[0].startswith(two[0])
        or two[0].startswith(one[0])
    ):
        return False
    between = tokens[first.end : second.start]
    if one[1] == "field":
        # ((round thirty-one) past the first field's aside: "Efectivos heridos: 3 (PNP).
        # Civiles heridos: 2")
        bare = _without_asides(between)
        return len(bare) == 4 and bare[0] == "."
    if one[1] == "inline":
        # (each field's people and harm right before its figure, past an aside in brackets)
        aside = between[:-2]
        return (
            len(between) >= 2
            and _AFTER_NUMBER.get(between[-1]) is _AFTER_NUMBER.get(tokens[first.start - 1])
            and (not aside or (aside[0] == "(" and aside[-1] == ")" and len(aside) <= 6))
        )
    # ((round twenty-eight) not a total of the groups told before: "... y cinco personas
    # murieron en total")
    clause_end = second.end
    while clause_end < len(tokens) and tokens[clause_end] not in _BOUNDARY:
        clause_end += 1
    if not _TOTAL_WORDS.isdisjoint(tokens[second.end : clause_end]):
        return False
    joined = tokens[second.start - 1]
    # ((round thirty-one) or two fields of a report, each a group with its own casualty word:
    # "Personal PNP: 6 policias heridos (hondazos). Manifestantes: 4 comuneros heridos")
    if (
        joined == ":"
        and len(between) >= 3
        and between[-3] == "."
        and len(between) <= _TALLY_GAP
        and _own_word(tokens, first, second)
    ):
        return True
    # ((round twenty-eight) or two clauses of one sentence, each group with its own verb:
    # "Cinco agentes resultaron heridos; dos trabajadores sufrieron lesiones")
    if (
        joined in (";", ".")
        and _BOUNDARY.isdisjoint(between[:-1])
        and (joined == ";" or "." in tokens[: first.start])
    ):
        return (
            len(between) <= _TALLY_GAP
            and _BOUNDARY.isdisjoint(between[:-1])
            and _own_word(tokens, first, second)
        )
    # ((round thirty-one) or two groups in two clauses joined by "mientras que" / "while":
    # "resultaron heridos seis policias ..., mientras que ... cuatro comuneros fueron
    # alcanzados por perdigones")
    if (
        not _WHILE.isdisjoint(between)
        and _SENTENCE_ENDS.isdisjoint(between)
        and len(between) <= _WHILE_GAP
        # (not the freed of the taken: "one of the two geologists seized ... was found dead,
        # while his colleague was freed")
        and _FREED_WORDS.isdisjoint(tokens[first.start : second.end + _OWN_VERB_REACH + 2])
    ):
        return True
    return (
        len(between) <= _TALLY_GAP
        and _BOUNDARY.isdisjoint(between)
        and any(tok in _AFTER_NUMBER for tok in between)
        and (
            joined not in ("de", "of", "los", "las", "y", "e", "and")
            # (round twelve) "4 policias heridos y 2 comuneros heridos": after "y" only when
            # each group has its own casualty word of one kind
            or (joined in _AND and _own_word(tokens, first, second))
        )
    )


# (round twenty-four) a report's tally of groups, each figure with its own people noun and its
# own harm: "3 comuneros heridos por perdigones y 2 PNP con contusiones", "2 security staff
# injured (minor), 1 PNP officer injured". A modifier may stand on either side of the noun
# ("security staff", "efectivo PNP").
_TALLY_MODIFIERS = _words("pnp security police contract contractor")

_TALLY_NOUNS = _TALLY_PEOPLE | _PEOPLE_SINGULAR | _words("pnp officer officers")

_TALLY_HARM_GAP = 16  # words from the first figure to the second, in one sentence


def _tally_head(tokens: list[str], number: _Number) -> tuple[str, int] | None:
    """The people noun right after a figure (past one modifier on either side), and where the
    words after that noun phrase start."""
    at = number.end
    if at + 1 < len(tokens) and tokens[at] in _TALLY_MODIFIERS and tokens[at + 1] in _TALLY_NOUNS:
        at += 1
    if at >= len(tokens) or tokens[at] not in _TALLY_NOUNS:
        return None
    noun = tokens[at]
    at += 1
    if at < len(tokens) and tokens[at] == "pnp":
        at += 1
    return noun, at


def _own_harm(tokens: list[str], at: int) -> _Kind | None:
    """The kind of the casualty word right after a tallied noun phrase, or after its "con"."""
    if at < len(tokens) and tokens[at] == "con":
        at += 1
    return _AFTER_NUMBER.get(tokens[at]) if at < len(tokens) else None


def _tally_with_own_harms(tokens: list[str], first: _Number, second: _Number) -> bool:
    """Whether two figures of one kind are groups of a tally, each with its own people noun
    and harm: different nouns, or one noun joined by "y" with a different harm ("3 ocupantes
    con lesiones leves y 1 ocupante con posible fractura")."""
    heads = [_tally_head(tokens, n) for n in (first, second)]
    if heads[0] is None or heads[1] is None:
        return False
    (one, one_at), (two, two_at) = heads[0], heads[1]
    kind = _own_harm(tokens, one_at)
    if kind is None or _own_harm(tokens, two_at) is not kind:
        return False
    between = tokens[first.end : second.start]
    if len(between) > _TALLY_HARM_GAP or not _SENTENCE_ENDS.isdisjoint(between):
        return False
    if between[-1] in ("de", "of", "los", "las"):
        return False
    same = one.rstrip("s") == two.rstrip("s") or one.startswith(two) or two.startswith(one)
    if not same:
        return True
    # (one noun: "y" and each harm told in its own words, else it may be the one among the
    # others)
    details = [_harm_detail(tokens, at) for at in (one_at, two_at)]
    return between[-1] in _AND and None not in details and details[0] != details[1]


def _harm_detail(tokens: list[str], at: int) -> str | None:
    """The word that describes a tallied harm, right after its casualty word ("con lesiones
    leves", read "heridos lesiones"), if any."""
    at += 2 if at < len(tokens) and tokens[at] == "con" else 1
    if at >= len(tokens) or tokens[at] in _AND or tokens[at] in _BOUNDARY:
        return None
    return None if tokens[at] in ("en", "in", "por", "by", "de") else tokens[at]


def _own_word(tokens: list[str], first: _Number, second: _Number) -> bool:
    """Whether ``first`` and ``second`` are each followed by their people noun and a casualty
    word, of one kind; (round twenty-eight) perhaps after a verb of their own ("Dos mineros
    resultaron heridos y un policia quedo herido", "Two attackers were wounded and one guard
    was slightly hurt")."""
    words = [_word_after_noun(tokens, _noun_at(tokens, n) + 1) for n in (first, second)]
    if any(word in _FREED_WORDS for word in words):
        return False  # (the freed may be of the taken: "tres secuestrados y dos liberados")
    kinds = {_AFTER_NUMBER.get(word) for word in words}
    return len(kinds) == 1 and None not in kinds


# (the verbs and adverbs between a group's noun and its casualty word)
_OWN_VERB_WORDS = _words(
    "resultaron resulto quedaron quedo fueron fue were was are is salieron salio "
    "slightly seriously critically badly gravemente levemente tambien also"
)

_FREED_WORDS = _words(
    "liberados liberadas liberado liberada rescatados rescatadas rescatado rescatada freed "
    "released rescued"
)

_OWN_VERB_REACH = 3  # verbs and adverbs before the casualty word, at most


def _word_after_noun(tokens: list[str], k: int) -> str:
    """The casualty word a group's noun ending at ``k`` has: right after it, after "con"
    ((round seventeen) "tres comuneros heridos por perdigones y dos policias con
    contusiones"), or after its own verb and adverbs."""
    if k >= len(tokens):
        return ""
    if tokens[k] == "con":
        return tokens[k + 1] if k + 1 < len(tokens) else ""
    for j in range(k, min(len(tokens), k + _OWN_VERB_REACH + 1)):
        if tokens[j] not in _OWN_VERB_WORDS:
            return tokens[j]
    return ""


# "dispararon contra la camioneta en la que se desplazaban tres topografos ... Los heridos
# fueron llevados a la posta", "Gunmen opened fire on a pickup carrying four surveyors; the
# wounded were flown to Lima": the people a vehicle under fire carried are those the anaphor
# names (an accident's passengers are not: "los heridos" may be some of them).
_TRAVELLING = _words(
    "viajaban iban desplazaban trasladaban transportaba transportaban llevaba carrying "
    "transporting travelling traveling riding"
)

_FIRING = _words(
    "dispararon disparan disparo balean balearon balacean atacaron atacan atacada atacado "
    "emboscada emboscaron emboscado pedradas fire fired attacked ambushed"
)


def _carried_under_fire(tokens: list[str], number: _Number) -> bool:
    start = number.start
    before = tokens[max(0, start - 2) : start]
    # ((round twenty-six) or a vehicle "con" them: "Balean camioneta con cuatro trabajadores")
    carrying = len(before) == 2 and before[0] in _VEHICLES and before[1] in ("con", "with")
    if not before or (
        before[-1] not in _TRAVELLING and before[0] not in _TRAVELLING and not carrying
    ):
        return False
    if number.end >= len(tokens) or tokens[number.end] not in _TALLY_PEOPLE:
        return False
    sentence_start = start
    while sentence_start > 0 and tokens[sentence_start - 1] not in (".", "!", "?"):
        sentence_start -= 1
    return not _FIRING.isdisjoint(tokens[sentence_start:start])


# A numbered subject with a long complement before its plural predicate: "Otros dos agentes de
# la empresa de seguridad resultaron heridos", "Dos tecnicos de la empresa electrica que
# revisaban un tramo cercano resultaron heridos". Only a plural auxiliary right before a
# casualty word, or a plural dying verb, ends the subject; anything that may start another
# clause or count (a boundary, a number, a join, a verb of its own count) stops the walk.
_LONG_SUBJECT = 14  # words between the people and their predicate, at most

# ((round twenty-three) and the plural verbs of a state: "6 trabajadores de la contrata de
# sostenimiento permanecen retenidos")
_LONG_PREDICATES = _AUXILIARIES | _words("permanecen siguen continuan")


_BOTH_WORDS = _words("ambos ambas both")


_HURT_PLURAL_PARTICIPLES = _words(
    "lesionados lesionadas heridos heridas intoxicados intoxicadas baleados baleadas"
)


def _long_subject(tokens: list[str], number: _Number) -> _Kind | None:
    """The kind the plural predicate of a numbered subject states, across a long complement."""
    j = number.end
    if j < len(tokens) and tokens[j] in _OTHERS:
        j += 1
    if number.value < 2 or j >= len(tokens) or tokens[j] not in _PEOPLE_PLURAL:
        return None
    # ((round twenty-three) not "ambos" in apposition, the people just named: "Padre e hijo,
    # ambos operarios de una contratista, permanecen retenidos")
    if (
        tokens[number.start] in _BOTH_WORDS
        and number.start > 0
        and (
            tokens[number.start - 1] in _PEOPLE_SINGULAR
            or tokens[number.start - 1] in _PEOPLE_PLURAL
        )
    ):
        return None
    # ("dos de los cinco mineros atacados murieron": the verb is the part's)
    if _is_partitive_whole(tokens, number):
        return None
    k = j
    end = min(j + 1 + _LONG_SUBJECT, len(tokens) - 1)
    while k + 1 < end:
        k += 1
        tok = tokens[k]
        # ((round twenty-six) a measure is stepped over: "Two guards on foot patrol approx.
        # 150 m away hit by flying debris")
        measure = _measure_length(tokens, k)
        if measure:
            k += measure - 1
            continue
        if tok in _LONG_PREDICATES and tokens[k + 1] in _AFTER_NUMBER:
            return _AFTER_NUMBER[tokens[k + 1]]
        if tok in _DYING_PLURAL_ONLY:
            return _Kind.KILLED
        # ((round twenty-six) and the other plural participles of harm: "Tres policias del
        # operativo de interdiccion en Malinowski atendidos por quemaduras", read "heridos")
        if tok in _HURT_PLURAL_PARTICIPLES and tokens[k - 1] not in _ARTICLES | _THE_PLURAL:
            return _Kind.INJURED
        if (
            tok in _BOUNDARY
            or tok[0].isdigit()
            or (tok in _NUMBER_WORDS and tok not in _ARTICLES)
            or tok in _AND
            or tok in _AFTER_NUMBER
            or tok in _BEFORE_NUMBER
            or tok in _DETAINED
            or tok in _GAP_NEGATIONS  # "Los 12 trabajadores de turno no sufrieron lesiones"
        ):
            return None
    return None


# (round twenty) "Uno murio en el topico; los otros dos siguen internados", "the other three
# were in stable condition": the survivors of a group some of whom died, still in care, are
# the injured count now (not the whole group hit, nor a sum with it)
_STILL = _words(
    "siguen sigue permanecen permanece continuan continua estan esta remain remains were are"
)

_IN_CARE = _words(
    "estables estable internados internadas hospitalizados hospitalizadas graves observacion "
    "uci cuidados oxigeno stable hospital hospitalised hospitalized critical intensive "
    # (round twenty-seven: "Another five remain under care", "Three other workers remain in
    # treatment")
    "care treatment"
)

_MERGED_IN_CARE = [["hospitalised"]]

_RECOVERING = [["se", "recuperan"], ["se", "recupera"], ["are", "recovering"], ["is", "recovering"]]

_SURVIVED_AND = [["sobrevivio", "y"], ["survived", "and"]]

_SURVIVOR_NOUNS = _words(
    "heridos heridas lesionados lesionadas victimas pacientes afectados wounded injured victims "
    # (round twenty-six: "Three other workers remain in the hospital")
    "other otros otras "
    # (round thirty-one: "Two others remain in intensive care")
    "others"
)


def _survivors_in_care(tokens: list[str], numbers: list[_Number]) -> int:
    """The figure of "los otros dos siguen internados" (0 when the text has none); the last
    such figure when there are several."""
    found = 0
    for number in numbers:
        if number.start < 2:
            continue
        before = tokens[number.start - 1]
        # ((round twenty-nine) "the two others remain in hospital": "others" after the figure)
        others_after = (
            before in ("the", "los", "las")
            and number.end < len(tokens)
            and tokens[number.end] in ("others", "otros", "otras")
        )
        # ("los otros dos", "; otros nueve heridos", ". Cuatro personas continuan internadas")
        if not (
            others_after
            or (
                before in _OTHERS
                and (tokens[number.start - 2] in _THE_ALL or tokens[number.start - 2] in _BOUNDARY)
            )
            or before in _BOUNDARY
            # ((round twenty-six) a part told after "que": "preciso que uno de los guardias
            # sobrevivio y permanece internado")
            or (before == "que" and _partitive_length(tokens, number.end))
        ):
            continue
        k = number.end + _partitive_length(tokens, number.end) + others_after
        while k < len(tokens) and (tokens[k] in _SURVIVOR_NOUNS or tokens[k] in _PEOPLE_PLURAL):
            k += 1
        if tokens[k : k + 2] in _SURVIVED_AND:
            k += 2
        window = tokens[k : k + 5]
        # ((round twenty-six) "the other three remain in hospital", merged as one word)
        if window[:1] in _MERGED_IN_CARE:
            found = number.value
            continue
        # ((round twenty-nine) "los otros dos se recuperan", "the other two are recovering")
        if window[:2] in _RECOVERING:
            found = number.value
            continue
        if not window or window[0] not in _STILL:
            continue
        for tok in window[1:]:
            # ((round thirty) nor past the figure's own death: "Two miners were killed and
            # three hospitalised")
            if tok in _BOUNDARY or _AFTER_NUMBER.get(tok) is _Kind.KILLED:
                break
            if tok in _IN_CARE:
                found = number.value
                break
    return found


# (round twenty) "Dos mineros murieron ... Un tercer minero logro salir con lesiones", "A
# fifth man ... was pulled out unconscious and taken to hospital", "the third guard (Paredes)
# is stable": one more person, besides the dead, hurt or in care
_ORDINAL_PEOPLE = _words("tercer tercero tercera cuarto cuarta quinto quinta third fourth fifth")

_ORDINAL_NEXT = _PEOPLE_SINGULAR | _words(
    "que who was is sigue continua permanece resulto recibio logro tiene sobrevivio escaped "
    "survived sprained suffered sufrio presenta perdio fue esta remains herido afectado hurtlimb "
    "ocupante paciente pasajero passenger man woman wounded "
    # (round twenty-two: "el quinto sufrio una fractura", merged as "lesiones")
    "lesiones selesiona "
    # (round twenty-eight: "y un tercero, baleado en el hombro, fue llevado a Chala", "un
    # tercero se encuentra grave")
    "baleado baleada se "
    # (round thirty: "el tercero, con un disparo en el brazo, fue llevado al centro de salud")
    "con with"
)

_HURT_SIGNS = _words(
    "lesiones lesion herida heridas herido baleado bala balazo corte cortes fractura fracturas "
    "hospital hospitalizado internado internada uci cuidados inconsciente unconscious treated "
    "atendido estable stable grave recovering wound wounded injured hurt bruises gunshot "
    "bullet oxigeno sobrevivio survived clinic posta hurtlimb "
    # (round twenty-five: "A third man remains in intensive care")
    "intensive critical "
    # (round twenty-eight: "A third worker remains in serious condition")
    "serious "
    # (round twenty-six: "and a third was beaten with rifle butts", "el tercero fue golpeado")
    "beaten golpeado golpeada "
    # (round thirty: "el tercero, con un disparo en el brazo")
    "disparo disparos"
)

_UNHURT = _DYING_VERBS | _words(
    "ileso ilesa ilesos unhurt unharmed asustado scared no not sin without muerto muerta "
    "muertos fallecido fallecida dead killed deceased body cuerpo cadaver"
)


def _ordinal_word(tokens: list[str]) -> str:
    """The first ordinal of people in ``tokens`` ("tercer", "third"), or ""."""
    return next((tok for tok in tokens if tok in _ORDINAL_PEOPLE), "")


def _ordinal_person_hurt(tokens: list[str]) -> bool | None:
    """Whether the ordinal of "un tercer minero ... con lesiones" is definite ("el tercero
    sigue en UCI": the last of a group already counted); None when no such person is hurt."""
    for k, tok in enumerate(tokens):
        if tok not in _ORDINAL_PEOPLE or k == 0 or k + 1 >= len(tokens):
            continue
        article = tokens[k - 1]
        if article not in ("un", "una", "a", "el", "la", "the"):
            continue
        if tokens[k + 1] not in _ORDINAL_NEXT:
            continue
        sentence = []
        for later in tokens[k + 1 : k + 30]:
            if later in (".", ";", "!", "?"):
                break
            sentence.append(later)
        if not _UNHURT.isdisjoint(sentence) or _HURT_SIGNS.isdisjoint(sentence):
            continue
        return article in ("el", "la", "the")
    return None


# (round thirty-one) what an English person noun may take before it ("a truck driver", "the
# camp cook")
_PERSON_MODIFIERS_EN = _TALLY_MODIFIERS | _words(
    "truck bus pickup camp plant mine site company tanker ore"
)

# (round twenty) "Encerraron a los 3 vigilantes y al operador": one more person after a count
_ONE_MORE_OPENERS = [
    ["al"],
    ["a", "la"],
    # ((round thirty) English, after a figure: "Gunmen killed two guards and a driver")
    ["a"],
    ["an"],
    ["one"],
    ["the"],
    # ((round thirty) and their own one: "kidnapped two engineers and their driver"; the
    # Spanish "su" is a figure of its own, joined by the count step)
    ["their"],
    ["his"],
    ["her"],
]

# (round twenty-nine) "Matan a dos mineros en una bocamina y a un tercero en el campamento", "y a
# otro": one more object of the verb, a rank or "otro" for the person
_ONE_MORE_RANKED = [
    ["a", "un", "tercero"],
    ["a", "una", "tercera"],
    ["a", "un", "cuarto"],
    ["a", "otro"],
    ["a", "otra"],
]


def _one_ranked_object_after(tokens: list[str], number: _Number) -> bool:
    """Whether "y a un tercero" / "y a otro" ends the clause of the figure ``number``, past its
    people and a place ("a dos mineros en una bocamina y a un tercero en el campamento")."""
    end = number.end
    while end < len(tokens) and end < number.end + _RANKED_REACH and tokens[end] not in _AND:
        if tokens[end] in _BOUNDARY or tokens[end] in _AFTER_NUMBER:
            return False
        end += 1
    if end >= len(tokens) or tokens[end] not in _AND:
        return False
    for opener in _ONE_MORE_RANKED:
        k = end + 1 + len(opener)
        if tokens[end + 1 : k] == opener:
            # ("y a otro trabajador": the person noun, then the clause's end)
            k += k < len(tokens) and tokens[k] in _PEOPLE_SINGULAR
            return k >= len(tokens) or tokens[k] in _BOUNDARY or tokens[k] in _PREPOSITIONS
    return False


_RANKED_REACH = 10  # a figure's people and a place, at most


def _one_more_person_after(tokens: list[str], number: _Number) -> bool:
    """Whether "y al operador" (one determined person, ending the phrase) follows the people
    words of ``number``."""
    j = number.end
    # ((round thirty-one) past a modifier before the people: "three security guards and the
    # driver of an ore truck")
    if tokens[j : j + 1] != [] and tokens[j] in _TALLY_MODIFIERS:
        j += 1
        if j >= len(tokens) or tokens[j] not in _PEOPLE_PLURAL:
            return False
    while j < len(tokens) and tokens[j] in _PEOPLE_PLURAL:
        j += 1
    # ((round thirty) past a one-word complement of the people: "a 2 operadores de cisterna y
    # su ayudante")
    if (
        j > number.end
        and tokens[j : j + 1] == ["de"]
        and j + 2 < len(tokens)
        and tokens[j + 2] in _AND
        and _surname(tokens[j + 1])
    ):
        j += 2
    # ("se llevaron al ingeniero Paredes y al chofer", read "a un ingeniero ...": one person and
    # their surname)
    single = (
        j == number.end and number.value == 1 and j < len(tokens) and tokens[j] in _PEOPLE_SINGULAR
    )
    if single:
        j += 1
        while j < number.end + 3 and j < len(tokens) and _surname(tokens[j]):
            j += 1
    if j == number.end or j >= len(tokens) or tokens[j] not in _AND:
        return False
    j += 1
    # ((round twenty-three) a kin noun joined bare to one person: "golpearon a su esposa e
    # hijo"; not a second trade of the same person, "un minero y comerciante")
    if single and tokens[j : j + 1] and tokens[j] in _KIN:
        return True
    # (after one person only "y al ...": "y a su ayudante" is joined by the pair rules)
    for opener in _ONE_MORE_OPENERS[:1] if single else _ONE_MORE_OPENERS:
        if tokens[j : j + len(opener)] == opener:
            k = j + len(opener)
            # ((round thirty-one) an English person's modifier: "and a truck driver")
            if (
                opener[0] in ("a", "an", "the")
                and k + 1 < len(tokens)
                and tokens[k] in _PERSON_MODIFIERS_EN
                and tokens[k + 1] in _PEOPLE_SINGULAR
            ):
                k += 1
            return (
                k < len(tokens)
                and tokens[k] in _PEOPLE_SINGULAR
                and (
                    k + 1 >= len(tokens)
                    or tokens[k + 1] in _BOUNDARY
                    or tokens[k + 1] in _PREPOSITIONS
                    or tokens[k + 1] in _AND
                    # ((round thirty-one) "and the driver of an ore truck")
                    or tokens[k + 1] == "of"
                )
            )
    return False
