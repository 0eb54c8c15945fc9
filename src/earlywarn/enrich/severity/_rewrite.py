"""Passes that rewrite a construction into the casualty word it means: tied or locked-up
people, people taken away in a vehicle or out of one, people taken for care or treated, broken
limbs, people held, a serious state; and whether the text is a kidnapping story."""

from __future__ import annotations

from ._lexicon import (
    _AFTER_NUMBER,
    _ARREST,
    _BEFORE_NUMBER,
    _BOUNDARY,
    _DEATH_AFTER_KIDNAP,
    _DYING_VERBS,
    _LOCKED_UP,
    _NUMBER_WORDS,
    _PEOPLE_PLURAL,
    _PEOPLE_SINGULAR,
    _PERPETRATORS,
    _SENTENCE_ENDS,
    _SINGLE,
    _SINGLE_VERBS,
    _TIED,
    _TIED_BEFORE,
    _TIED_ONE,
    _TRAPPING,
    _Kind,
    _words,
)
from ._numbers import _is_number_token
from ._phrases import _BODY_PARTS_ES
from ._tokens import _CARED_PLURAL
from ._vocabulary import (
    _ACCUSED,
    _ATTACKED,
    _BROKEN,
    _CHARGED_CRIMES,
    _DONE_INFINITIVES,
    _HEALTH_PLACES,
    _SHOWING,
)

_NATURAL_FORCES = _words("rio corriente huaico avalancha aluvion riada crecida mar lodo aguas")


# "los 02 vigilantes amarrados": people tied up are held, so kidnapped (not in a story of deaths,
# where they are the dead: "fueron encontrados maniatados")
def _resolved_by_story(tokens: list[str]) -> list[str]:
    """``tokens`` with the words whose meaning depends on their story resolved (taken away,
    fallen into the hands of the police, tied up, locked up)."""
    if not _TOOK_AWAY.isdisjoint(tokens) or "sellevarona" in tokens:
        tokens = _taken_away_in_vehicle(tokens)
    # ((round twenty-eight) "El rio se llevo a dos mineros": swept away, not taken by anyone)
    if "sellevarona" in tokens and not _NATURAL_FORCES.isdisjoint(tokens):
        tokens = [
            "_"
            if tok == "sellevarona" and not _NATURAL_FORCES.isdisjoint(tokens[max(0, k - 3) : k])
            else tok
            for k, tok in enumerate(tokens)
        ]
    # "Han caido tres integrantes de la banda": fallen into the hands of the police, not dead
    if "hancaido" in tokens and not _ARREST.isdisjoint(tokens):
        tokens = [tok if tok != "hancaido" else "_" for tok in tokens]
    tied = _TIED | _TIED_ONE | _TIED_BEFORE
    if not tied.isdisjoint(tokens) and not _DEATH_WORDS.isdisjoint(tokens):
        tokens = [
            "_" if tok in tied and not _tied_group_of_its_own(tokens, k) else tok
            for k, tok in enumerate(tokens)
        ]
    if not _LOCKED_UP.isdisjoint(tokens) and not _TRAPPING.isdisjoint(tokens):
        tokens = [tok if tok not in _LOCKED_UP else "_" for tok in tokens]
    return tokens


def _tied_group_of_its_own(tokens: list[str], k: int) -> bool:
    """(round twenty-six) Whether the tied word at ``tokens[k]`` closes a group of its own in a
    list of the harmed ("deja un vigilante muerto, dos heridos y tres trabajadores
    maniatados"), not the dead found tied."""
    return (
        k >= 3
        and tokens[k - 1] in _PEOPLE_PLURAL
        and _is_number_token(tokens[k - 2])
        and tokens[k - 3] in ("y", "e", "and")
    )


_MAX_TAKINGS = 4  # takings rewritten in one text, at most

# ((round twenty-eight) and a singular subject's "se llevo": "Una banda se llevo al ingeniero")
_TOOK_AWAY = _words("llevaron llevan llevo")


def _taken_away_in_vehicle(tokens: list[str]) -> list[str]:
    """``tokens`` with "se lo/la llevaron" merged into one person taken by force where a vehicle
    follows ("se lo llevaron en una camioneta"), not otherwise ("se lo llevaron al hospital").
    (round twenty-seven) Every taking, not the first only: a title's "se llevan al chofer" and
    the body's "se llevaron al chofer y a su ayudante". Each rewrite consumes its pattern."""
    for _ in range(_MAX_TAKINGS):
        taken = _one_taken_away(tokens)
        if taken is tokens:
            break
        tokens = taken
    return tokens


def _one_taken_away(tokens: list[str]) -> list[str]:
    """``tokens`` with the first taking of _taken_away_in_vehicle rewritten, or ``tokens``."""
    for i in range(len(tokens) - 2):
        # (round twenty) "se llevaron a mi hermano", merged: one person taken, as "a un"
        if (
            tokens[i] == "sellevarona"
            and tokens[i + 1] in ("mi", "su")
            and tokens[i + 2] in _PEOPLE_SINGULAR
            and _AUTHORITIES.isdisjoint(tokens[max(0, i - 5) : i + 8])
            and _HEALTH_PLACES.isdisjoint(tokens[i + 3 : i + 8])
        ):
            return [*tokens[: i + 1], "un", *tokens[i + 2 :]]
        if (
            tokens[i] == "se"
            and tokens[i + 1] in ("lo", "la")
            and tokens[i + 2] in _TOOK_AWAY
            and (
                not _VEHICLES.isdisjoint(tokens[i + 3 : i + 7])
                # (round twenty-four) "a su companero se lo llevaron", "obligan a bajar al
                # conductor, Sr. R. Paredes, y se lo llevan": a person before, in the sentence
                or _person_before(tokens, i, _PEOPLE_SINGULAR)
                # ((round twenty-seven) or a person taken with them: "y se lo llevaron junto
                # con su hijo de 19 anos")
                or _taken_along(tokens, i + 3)
            )
            and _ARREST.isdisjoint(tokens[i + 3 : i + 7])
            and _AUTHORITIES.isdisjoint(tokens[max(0, i - 8) : i + 7])
            and _HEALTH_PLACES.isdisjoint(tokens[i + 3 : i + 8])
        ):
            return [*tokens[:i], "llevadoalafuerza", *tokens[i + 3 :]]
        # (round twenty-four) "a dos perforistas se los llevaron", "2 companeros no aparecen,
        # dicen que se los llevaron encapuchados": people taken, read as after their figure
        if (
            tokens[i] == "se"
            and tokens[i + 1] in ("los", "las")
            and tokens[i + 2] in _TOOK_AWAY
            and _person_before(tokens, i, _PEOPLE_PLURAL)
            and _ARREST.isdisjoint(tokens[i + 3 : i + 7])
            and _AUTHORITIES.isdisjoint(tokens[max(0, i - 8) : i + 7])
            and _HEALTH_PLACES.isdisjoint(tokens[i + 3 : i + 8])
        ):
            return [*tokens[:i], "llevadosalafuerza", *tokens[i + 3 :]]
        # (round seventeen) "Se llevaron al conductor, Sr. A. Poma": one person taken, read as
        # "se llevaron a un conductor" (not by the police, nor to a health post)
        # (round twenty: "se llevaron a mi hermano Wilmer", "a su chofer")
        owned = tokens[i + 2 : i + 4] in _TO_OWNED and i + 4 < len(tokens)
        if (
            tokens[i] == "se"
            and tokens[i + 1] in _TOOK_AWAY
            and (tokens[i + 2] == "al" or owned)
            and i + 3 + owned < len(tokens)
            and tokens[i + 3 + owned] in _PEOPLE_SINGULAR
            and _AUTHORITIES.isdisjoint(tokens[max(0, i - 5) : i + 8])
            and _HEALTH_PLACES.isdisjoint(tokens[i + 4 : i + 9])
        ):
            return [*tokens[:i], "sellevarona", "un", *tokens[i + 3 + owned :]]
    return tokens


# ((round twenty-eight) not "banda", a gang that takes people: "Una banda criminal se llevo al
# ingeniero")
_AUTHORITIES = (_ARREST - {"banda"}) | _words("agentes efectivos comisaria fiscalia serenazgo")


def _taken_along(tokens: list[str], k: int) -> bool:
    """Whether "junto con su <person>" starts at ``tokens[k]`` ("se lo llevaron junto con su
    hijo"): one more person taken with the one."""
    return (
        tokens[k : k + 3] in (["junto", "con", "su"], ["junto", "a", "su"])
        and tokens[k + 3 : k + 4] != []
        and tokens[k + 3] in _PEOPLE_SINGULAR
    )


_ANTECEDENT_REACH = 12  # words back from a clitic to the person it stands for, at most


def _person_before(tokens: list[str], i: int, people: frozenset[str]) -> bool:
    """Whether one of ``people`` stands in the sentence before ``tokens[i]``, near enough to be
    what a clitic after it stands for."""
    for tok in reversed(tokens[max(0, i - _ANTECEDENT_REACH) : i]):
        if tok in _SENTENCE_ENDS:
            return False
        if tok in people:
            return True
    return False


_VEHICLES = _words(
    "camioneta camionetas vehiculo vehiculos auto autos carro carros mototaxi moto combi van "
    "pickup car truck vehicle suv automovil automoviles "
    # (round twenty: "se lo llevaron en una lancha hacia la frontera")
    "lancha bote deslizador"
)

_TO_OWNED = [["a", "mi"], ["a", "su"], ["a", "un"], ["a", "una"]]

_KILLED_WORDS = frozenset(
    word
    for words in (_AFTER_NUMBER, _BEFORE_NUMBER, _SINGLE, _SINGLE_VERBS)
    for word, kind in words.items()
    if kind is _Kind.KILLED
)

# ((round twenty-two) the killed words less the verbs of finding, which find the tied too:
# "Hallan a minero amarrado dentro de galeria")
_DEATH_WORDS = _KILLED_WORDS - _words(
    "hallan hallaron halla hallo encuentran encontraron encuentra"
)

_DEMANDS = _words(
    "piden pidieron pide pidio exigen exigieron exige exigio pago pagar cobrar pidiendo "
    "exigiendo demanding demanded"
)


def _ransom_demanded(tokens: list[str]) -> bool:
    """Whether a ransom is demanded ("piden rescate", "exigen un rescate"), not a rescue."""
    if "rescate" not in tokens:
        return False
    return any(
        tok == "rescate" and not _DEMANDS.isdisjoint(tokens[max(0, k - 3) : k])
        for k, tok in enumerate(tokens)
    )


_RELEASE = _words(
    "liberados liberadas liberan liberaron rescatados rescatadas rescatan rescataron freed "
    "release released releases rescued free frees "
    # (round twenty-four: "Personal policial libero a cuatro obreros")
    "libero rescato "
    # (round twenty-seven: "El ingeniero fue liberado tras tres dias de cautiverio")
    "liberado liberada"
)

_KIDNAP_CONTEXT = _words(
    "secuestro secuestros secuestrado secuestrados secuestrada secuestradas secuestran "
    "secuestraron secuestradores secuestrar rehen rehenes cautiverio cautivos captores rescate "
    "plagio plagiados plagiado plagian plagiaron raptados raptado raptan raptaron raptada "
    "raptadas retenidos retenido enpoderde privadosdelibertad kidnapped kidnappers "
    "kidnapping abducted abduction hostage hostages captivity captors ransom takenhostage "
    # (round nine: "geologists who were seized by armed men have been released")
    "seized snatched abduct abducts "
    # (round twenty-two: "Comuneros liberan a los tres ingenieros que retenian")
    "retienen retenian retenia retiene retuvieron retuvo retenidas retenida "
    # (round twenty-four: "liberan a 15 trabajadores que mantenian en el campamento", "a
    # quienes una cuadrilla rival habia encerrado en un socavon")
    "mantenian mantuvieron encerrado encerrada encerrados encerradas encerraron"
)


def _broken_limbs(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for tok in tokens:
        if (
            tok in _BROKEN
            and len(out) >= 3
            and out[-1] in _BODY_PARTS_ES
            and out[-2] in ("un", "una", "el", "la")
            and out[-3] == "con"
        ):
            del out[-3:]
            out.append("herido")
        else:
            out.append(tok)
    return out


_CARED_SINGULAR = _words(
    "atendido atendida trasladado trasladada evacuado evacuada llevado llevada derivado "
    "derivada internado internada "
    # (round twenty-five: "su companero sigue hospitalizado")
    "hospitalizado hospitalizada"
)

_ADMITTED = _words("internado internada hospitalizado hospitalizada")

_SUBJECT_WALK = 8  # words back from "internado" to its person, at most


def _person_subject_before(tokens: list[str], i: int) -> bool:
    """Whether a person, no figure nor attackers, is the subject a few words before
    ``tokens[i]`` ("su companero sigue internado", "un vigilante quedo hospitalizado")."""
    for k in range(i - 1, max(-1, i - 1 - _SUBJECT_WALK), -1):
        tok = tokens[k]
        if tok in _PEOPLE_SINGULAR or tok in _SECOND_PERSONS:
            return True
        # (an age is no figure of people: "Su companero, de 34 anos, permanece internado")
        if tok[0].isdigit() and tokens[k - 1 : k] == ["de"]:
            continue
        if tok in _BOUNDARY or tok in _PEOPLE_PLURAL or tok[0].isdigit():
            return False
    return False


_CARED_ENGLISH = _words("taken rushed airlifted evacuated treated admitted flown")

_SENDING = _words("sends sent")

_SENDING_EVENTS = _words(
    "leak blast explosion attack crash collapse fire clash clashes shooting fumes accident riot"
)

_CARE_WINDOW = 6

# (a body taken to the morgue of a hospital is no injured person)
_MORGUE = _words("morgue necropsia autopsia morgue mortuary")


def _taken_for_care(tokens: list[str]) -> list[str]:
    """``tokens`` with a participle of taking or treating a person replaced by "heridos" /
    "herido" / "injured" where a health place follows in its clause."""
    out = list(tokens)
    # One person taken to hospital is injured only in a story of violence or an accident that
    # states no death ("Muere minero ... permanecio internado": the one who died; "Sufre ataque
    # cardiaco ... llevado al hospital": an illness)
    singular = (
        not _VIOLENCE.isdisjoint(tokens)
        and _KILLED_WORDS.isdisjoint(tokens)
        and _DISEASES.isdisjoint(tokens)
    )
    # (round twenty-seven) "2 trabajadores con mal de altura atendidos en el topico": people
    # treated for an illness, where no violence, accident or poison is told, are not injured
    illness = (
        not _DISEASES.isdisjoint(tokens)
        and _VIOLENCE.isdisjoint(tokens)
        and (_GASES | _POISONS).isdisjoint(tokens)
    )
    for i, tok in enumerate(tokens):
        if (
            tok not in _CARED_PLURAL
            and tok not in _CARED_SINGULAR
            and tok not in _CARED_ENGLISH
            and tok not in _SENDING
        ):
            continue
        if illness:
            continue
        if tok in _CARED_SINGULAR and not (
            singular or (_DISEASES.isdisjoint(tokens) and _ordinal_survivor(tokens, i))
        ):
            continue
        window = []
        for nxt in tokens[i + 1 : i + 1 + _CARE_WINDOW]:
            if nxt in _BOUNDARY:
                break
            window.append(nxt)
        if not _MORGUE.isdisjoint(window):
            continue
        # (round twenty-five) "sigue internado con un disparo en el abdomen": admitted is in a
        # health place already (not the noun, "el internado" of a school)
        # (and its subject a person, not the attackers before it: "lo golpearon cinco sujetos
        # encapuchados y que esta internado")
        admitted = (
            tok in _ADMITTED
            and tokens[i - 1 : i] not in (["el"], ["un"], ["del"], ["al"])
            and _person_subject_before(tokens, i)
        )
        if _HEALTH_PLACES.isdisjoint(window) and not admitted:
            continue
        if tok in _SENDING:
            # (round twelve) "Gas leak sends nine workers to hospital": an event sends them
            if i > 0 and tokens[i - 1] in _SENDING_EVENTS:
                out[i] = "injure"
        elif tok in _CARED_ENGLISH:
            out[i] = "injured"
        else:
            out[i] = "heridos" if tok in _CARED_PLURAL else "herido"
    return out


# (round fifteen) "Dos mineros murieron. Un tercer companero fue rescatado con vida y trasladado
# al hospital": one more person, besides the dead, taken for care
_SURVIVOR_ORDINALS = _words("tercer tercero tercera cuarto cuarta quinto quinta sexto sexta")

_SURVIVOR_WINDOW = 10


def _ordinal_survivor(tokens: list[str], i: int) -> bool:
    """Whether the clause of the care participle ``tokens[i]`` opens with "un tercer", "una
    cuarta" ...: a person besides those counted, so taken for care even in a story of deaths."""
    for k in range(i - 1, max(0, i - _SURVIVOR_WINDOW) - 1, -1):
        if tokens[k] in _BOUNDARY:
            return False
        if tokens[k] in _SURVIVOR_ORDINALS and k > 0 and tokens[k - 1] in ("un", "una"):
            return True
        # (round twenty-five) "Un minero murio; su companero sigue internado", "y otro quedo
        # internado": a second person, besides the dead
        # (not one who died on the way: "y otro fallecio mientras era trasladado")
        if (
            tokens[k] in _SECOND_PERSONS
            and k > 0
            and tokens[k - 1] in ("su", "y", "el", "la")
            and _KILLED_WORDS.isdisjoint(tokens[k:i])
            and _DYING_VERBS.isdisjoint(tokens[k:i])
        ):
            return True
    return False


_SECOND_PERSONS = _words("otro otra companero companera hermano hermana colega socio")


# (round twelve) "3 trabajadores atendidos por golpes", "fueran atendidos por intoxicacion con
# gases": treated for an injury or acute poisoning (the guide, round seven), with no health
# place named
_CARE_CAUSES = _words(
    "golpes heridas cortes contusiones quemaduras fracturas intoxicacion inhalacion gaseamiento "
    # (round nineteen: "atendidos por gases lacrimógenos", "por asfixia", "por perdigones";
    # and by the emergency service, "fueron atendidos por el Samu")
    "gases asfixia perdigones traumatismos lesiones samu "
    # (round thirty-one: "atendidos por inhalar vapores de mercurio")
    "inhalar"
)

# (round thirty-one) admitted to care: "15:30 ingresan 5 mineros de un socavon por intoxicacion
# con monoxido"
_ADMITTED_NOW = _words("ingresan ingresaron ingreso")

_CARE_REACH = 8  # words from "atendidos" to "por" ("atendidos en el centro de salud por")


def _treated_for(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for i, tok in enumerate(tokens[:-2]):
        if (tok in _CARED_PLURAL or tok in _CARED_SINGULAR) and _cared_for(tokens, i + 1):
            out[i] = "heridos" if tok in _CARED_PLURAL else "herido"
        elif (
            tok in _ADMITTED_NOW
            and _is_number_token(tokens[i + 1])
            and tokens[i + 2] in _PEOPLE_PLURAL
            and _cared_for(tokens, i + 3)
        ):
            out[i + 2] = "heridos"
    return out


def _cared_for(tokens: list[str], k: int) -> bool:
    """Whether "por" and a harm (or the emergency service) follow ``tokens[k]`` in its clause:
    "por golpes", (round nineteen) "en la posta de salud por asfixia", "por el Samu", or "con"
    and a harm."""
    for j in range(k, min(k + _CARE_REACH, len(tokens) - 1)):
        if tokens[j] in _BOUNDARY or tokens[j] in ("y", "e"):
            return False
        if tokens[j] == "por":
            after = tokens[j + 1 : j + 3]
            return bool(after) and (
                after[0] in _CARE_CAUSES or (after[0] in ("el", "la") and after[1:] == ["samu"])
            )
        # ((round twenty-eight) or "con" and the harm: "fueron atendidos con cortes y golpes")
        if tokens[j] == "con":
            return tokens[j + 1] in _CARE_CAUSES
    return False


_IN_CUSTODY = _words("arrested detained suspects suspect custody prison jail court meeting")


def _held_people(tokens: list[str]) -> list[str]:
    """``tokens`` with English "held" read as "retenidos" (held against their will, round ten:
    "A gang held 13 mine workers inside a tunnel ... officers freed them") in a story of a
    kidnapping or a release, and not of arrests, courts or meetings."""
    # (round twelve: "Peru police free six workers held in illegal mine tunnel", "are free now")
    if _RELEASE.isdisjoint(tokens) and "free" not in tokens and not _kidnap_story(tokens):
        return _held_against_will(tokens)
    # (round seventeen) the words of custody, courts or meetings make a "held" theirs only near
    # it ("three suspects held in custody"), not anywhere in a story of freed workers ("Police
    # rescued three workers held inside a tunnel ... Two suspects were arrested")
    # ((round twenty-five) not an active "held him": "he says 3 x men held him for about 1 hr",
    # the figure is of the holders)
    out = [
        (
            _HELD_ONE
            if k > 0 and (tokens[k - 1] == "was" or _one_who_had_been(tokens, k))
            else "retenidos"
        )
        if tok == "held"
        and _IN_CUSTODY.isdisjoint(tokens[max(0, k - _CUSTODY_REACH) : k + 4])
        # ((round twenty-seven) "Nine held as police dismantle gang": held by the police)
        and tokens[k + 1 : k + 3] not in (["as", "police"], ["by", "police"])
        # ((round twenty-nine) nor a checkpoint's minutes: "1 driver held 10 min for missing
        # SOAT, released")
        and not _held_minutes(tokens, k)
        and tokens[k + 1 : k + 2] not in (["him"], ["her"], ["them"], ["us"])
        else tok
        for k, tok in enumerate(tokens)
    ]
    # (round twenty) "Protesters in Peru hold 11 police officers, demand release of leaders":
    # the figure after "hold" in a story of a release too
    for k, tok in enumerate(tokens):
        if tok in _HOLDING and _holds_a_figure(tokens, k):
            out[k] = "retienen"
        # ((round thirty) and an active "held" before its figure, whose subject is the
        # holders: "a group of about 60 people from a neighbouring community held three members
        # of our team")
        elif (
            tok == "held"
            and out[k] == "retenidos"
            and tokens[k - 1 : k] not in (["were"], ["was"], ["been"], ["being"])
            and _holds_a_figure(tokens, k)
        ):
            out[k] = "retuvieron"
    return out


_MINUTES = _words("min mins minute minutes minuto minutos")


def _held_minutes(tokens: list[str], k: int) -> bool:
    """Whether "held" at ``tokens[k]`` lasts a few minutes ("held 10 min pending ID check",
    (round thirty-one) "retained approx. 10 min"; (round thirty-two) "was retained for about 10
    minutes")."""
    if tokens[k + 1 : k + 2] in (["for"], ["durante"]):
        k += 1
    if tokens[k + 1 : k + 2] != [] and tokens[k + 1] in _ROUGHLY_EN_ES:
        k += 1
    return (
        k + 2 < len(tokens)
        and tokens[k + 1].isdigit()
        and tokens[k + 2] in _MINUTES
        and int(tokens[k + 1]) < _CHECK_MINUTES
    )


_ROUGHLY_EN_ES = _words("approx aprox about around some unos")


_CHECK_MINUTES = 60


def _one_who_had_been(tokens: list[str], k: int) -> bool:
    """(round twenty-six) Whether one person "who had been" stands before ``tokens[k]`` ("freed
    a mining contractor who had been held for nine days")."""
    return (
        k >= 4 and tokens[k - 3 : k] == ["who", "had", "been"] and tokens[k - 4] in _PEOPLE_SINGULAR
    )


def _held_against_will(tokens: list[str]) -> list[str]:
    """(round nineteen) Outside a story of a kidnapping, "held" of people right before it and
    followed by where or by whom they are kept ("Twelve miners held inside tunnel by rival
    group", "Four drillers held by community members") is "retenidos", unless custody words
    are near or the police hold them."""
    out = list(tokens)
    for k, tok in enumerate(tokens):
        # "Protesters hold 11 police officers", "is holding 12 workers inside a tunnel": a figure
        # of people right after the verb (not by the police, nor of suspects)
        if tok in _HOLDING and _holds_a_figure(tokens, k):
            out[k] = "retienen"
            continue
        if tok not in ("held", "kept") or k == 0:
            continue
        before = k - 1
        while before > 0 and tokens[before] in _HELD_AUX:
            before -= 1
        after = tokens[k + 1 : k + 3]
        if (
            tokens[before] in _PEOPLE_PLURAL
            and after[:1]
            and after[0] in (_KEPT_HOW if tok == "held" else _KEPT_INSIDE)
            and not (after[0] == "by" and after[1:] and after[1] in _POLICE)
            and _IN_CUSTODY.isdisjoint(tokens[max(0, k - _CUSTODY_REACH) : k + 4])
        ):
            out[k] = "retenidos"
    return out


_HOLDING = _words(
    "hold holds holding "
    # (round twenty-six: "Comuneros kept about a dozen contractor workers inside the camp")
    "kept"
)

# (round twenty: "About 30 workers kept inside the camp by protesters"; not "kept in hospital")
_KEPT_INSIDE = _words("inside underground hostage captive")


_ABOUT_FIGURE = [[word] for word in _words("about around some nearly almost roughly")]


_A_DOZEN = [[word] for word in _words("dozen dozens decena docena veintena treintena")]


def _holds_a_figure(tokens: list[str], k: int) -> bool:
    """Whether "hold" at ``tokens[k]`` holds a figure of people ("hold 11 police officers"),
    not by the police nor of suspects."""
    figure = k + 1 + (tokens[k + 1 : k + 2] in _ABOUT_FIGURE)
    return (
        _figure_of_people(tokens, figure)
        and _POLICE.isdisjoint(tokens[max(0, k - 3) : k])
        and _IN_CUSTODY.isdisjoint(tokens[k + 1 : k + 5])
        # ((round twenty-eight) not kept from work: "The strike has kept 1,800 workers off the
        # job", "kept 300 workers away from the mine")
        and _KEPT_AWAY.isdisjoint(tokens[figure + 2 : figure + 4])
    )


_KEPT_AWAY = _words("off away out idle home")


def _figure_of_people(tokens: list[str], k: int) -> bool:
    """Whether a figure at ``tokens[k]`` counts people right after it ("11 police officers")."""
    figure = tokens[k : k + 1]
    # ((round twenty-six) "a dozen contractor workers": the collective is part of the figure)
    if tokens[k + 1 : k + 2] in _A_DOZEN:
        k += 1
    elif not figure or not (figure[0][0].isdigit() or figure[0] in _NUMBER_WORDS):
        return False
    return not _PEOPLE_PLURAL.isdisjoint(tokens[k + 1 : k + 3])


_HELD_AUX = _words("were are being been had have still")
_KEPT_HOW = _words("inside underground hostage captive by against in at for since")
_POLICE = _words("police officers authorities prosecutors troops soldiers")


# (round seventeen) "A Canadian geologist who was held for two days ... was released": one
_HELD_ONE = "retenido"


_CUSTODY_REACH = 3  # words before "held" that may make it custody ("suspects were being held")


def _kidnap_story(tokens: list[str]) -> bool:
    """Whether the text is about a kidnapping, so that freed or rescued people were kidnapped
    ("rescate" only as a ransom: "el personal de rescate" saves trapped miners)."""
    found = _KIDNAP_CONTEXT.intersection(tokens)
    # ((round thirty) shut in by a collapse is trapped, no kidnapping: "quedaron encerrados
    # once horas por un derrumbe")
    if found and found <= _LOCKED_UP and not _TRAPPING.isdisjoint(tokens):
        return False
    return bool(found - {"rescate"}) or ("rescate" in found and _ransom_demanded(tokens))


# Words of an illness: deaths from them are no casualties unless violence or an accident is named
_DISEASES = _words(
    "brote outbreak epidemia epidemic dengue colera cholera malaria paludismo covid coronavirus "
    "neumonia pneumonia influenza gripe leptospirosis tuberculosis enfermedad disease "
    "cardiaco infarto "
    # (round ten: altitude sickness, "muere por el soroche")
    "soroche edema"
)

_VIOLENCE = _words(
    "ataque ataques attack atacantes attackers balacera tiroteo shooting sicarios gunmen "
    "asesinados asesinado asesinada asesinaron asesinan asesinato murdered murder killing "
    "derrumbe collapse explosion accidente accident crash choque huaico landslide inundacion "
    "flood baleados baleado disparos shot "
    # (round ten: "an outbreak of violence", "a gunfight between gangs")
    "violence violencia gunfight shootout enfrentamiento clash "
    # (round twenty-five: "llevado al hospital tras recibir un disparo durante un asalto")
    "asalto asaltantes assault robbery disparo balazo emboscada ambush atentado "
    "enfrentamientos clashes golpiza agresion"
)

# "uno murio ahi mismo y el otro esta grave en el hospital", "su companero sigue grave": a
# person in a serious state after a verb of state is injured.
_SERIOUS = {"grave": "herido", "graves": "heridos"}

_STATE_VERBS = _words(
    "esta estan quedo quedaron sigue siguen continua continuan encuentra encuentran "
    # (round twenty-five: "permanece grave", and "se debate entre la vida y la muerte", read
    # as it)
    "permanece permanecen"
)


# (round nineteen) "otros tres con impactos de bala", "terminaron con perdigones en las
# piernas": people, a figure or a verb of ending up, then "con" and a harm: hurt
_HARMS_WITH = _words(
    "impactos heridas perdigones balazos disparos lesiones golpes cortes fracturas quemaduras "
    "contusiones moretones"
)
_ENDED_UP = _words("quedaron terminaron resultaron llegaron volvieron regresaron")


# (round twenty-one) Gas poisoning, and its signs: "02 trabajadores con sintomas de
# gaseamiento", "fueron evacuados con signos de intoxicacion", "Trabajador con intoxicacion
# por monoxido"
_POISONING = _words("intoxicacion gaseamiento asfixia")
_SIGNS = _words("sintomas signos")
_MOVED = _words(
    "evacuados evacuadas atendidos atendidas trasladados trasladadas rescatados hallados"
)


def _poisoning_at(tokens: list[str], k: int) -> bool:
    """Whether gas poisoning or its signs follow "con" at ``tokens[k]``."""
    nxt = tokens[k + 1]
    return nxt in _POISONING or (
        nxt in _SIGNS
        and tokens[k + 2 : k + 3] == ["de"]
        and tokens[k + 3 : k + 4] != []
        and tokens[k + 3] in _POISONING
    )


def _people_just_before(tokens: list[str], k: int) -> bool:
    """Whether people stand a few words before ``tokens[k]`` in its clause, with their
    complement between ("Dos trabajadores de contrata con sintomas de intoxicacion")."""
    for j in range(k - 1, max(-1, k - 5), -1):
        if tokens[j] in _BOUNDARY:
            return False
        if tokens[j] in _PEOPLE_PLURAL:
            return True
    return False


# (round twenty-three) One person left with a harm: "el chofer quedo con una herida de bala",
# "lo dejaron con un corte de machete", "Un vigilante resulto con fracturas"
_ENDED_UP_ONE = _words(
    "quedo resulto termino llego volvio regreso "
    # (round twenty-three: "fue dejado ... con golpes", "fue encontrado ... con un golpe")
    "dejado dejada encontrado encontrada hallado hallada abandonado abandonada"
)
_LEFT_REACH = 8  # words back from "con" to the verb of ending up, at most


def _sentence_span(
    tokens: list[str], k: int, stops: frozenset[str] = _SENTENCE_ENDS
) -> tuple[int, int]:
    """Where the sentence of ``tokens[k]`` starts and ends (a full stop, ";", "!" or "?"; or
    the tokens of ``stops``, a clause's edges with ``_BOUNDARY``)."""
    start = k
    while start > 0 and tokens[start - 1] not in stops:
        start -= 1
    end = k
    while end < len(tokens) and tokens[end] not in stops:
        end += 1
    return start, end


def _one_person_back(tokens: list[str], k: int, start: int, complement: frozenset[str]) -> bool:
    """Whether one person stands a few words before ``tokens[k]`` (from ``start`` on), with
    only the words of their ``complement`` or digits between, and is no conjunct or agent."""
    for j in range(k - 1, max(start - 1, k - 1 - _PERSON_WITH_HARM_REACH), -1):
        tok = tokens[j]
        if tok in _PEOPLE_SINGULAR:
            return j == 0 or tokens[j - 1] not in _NOT_BEFORE_THE_ONE
        if (
            tok not in complement
            and not tok.isdigit()
            and not (j > 0 and tokens[j - 1] in complement and tok.isalpha())
        ):
            return False
    return False


_LEFT_ONE = (["lo", "dejaron"], ["la", "dejaron"], ["lo", "dejan"], ["la", "dejan"])
_HARM_ONE = _words("herida corte fractura quemadura lesion golpe contusion balazo disparo")
_ONE_PERSON_REACH = 10  # words back from the verb to its person, at most, in its clause


def _one_left_with_harm(tokens: list[str], k: int) -> bool:
    """Whether "con" at ``tokens[k]`` leaves one person with a harm: a singular verb of ending
    up whose subject is a person, or "lo dejaron", then a harm."""
    if not _harm_at(tokens, k + 1):
        return False
    if tokens[max(0, k - 2) : k] in _LEFT_ONE:
        return True
    # ((round twenty-three) the verb may stand a few words back, a place or time between: "fue
    # dejado anoche en la trocha con golpes en el rostro")
    verb = -1
    for j in range(k - 1, max(-1, k - 1 - _LEFT_REACH), -1):
        if tokens[j] in _BOUNDARY or tokens[j] in ("y", "e", "and"):
            break
        if tokens[j] in _ENDED_UP_ONE:
            verb = j
            break
    if verb < 0:
        return False
    for j in range(verb - 1, max(-1, verb - 1 - _ONE_PERSON_REACH), -1):
        if tokens[j] in _BOUNDARY or tokens[j] in _VEHICLES:
            return False
        # ((round twenty-three) or one of a group: "Uno de los secuestrados fue abandonado
        # ... con un balazo en la pierna")
        if tokens[j] in _PEOPLE_SINGULAR or (
            tokens[j] in ("uno", "una", "one") and tokens[j + 1 : j + 2] in (["de"], ["of"])
        ):
            return True
    return False


_ONE_FIGURES = _words("1 01 un una")


def _harm_at(tokens: list[str], k: int) -> bool:
    """Whether a harm stands at ``tokens[k]``: "heridas", "herida", "una herida", "posible
    fractura"."""
    nxt = tokens[k : k + 1]
    if not nxt:
        return False
    if nxt[0] in _HARMS_WITH or nxt[0] in _HARM_ONE:
        return True
    # (round twenty-four) a body part and its harm: "llego con el rostro hinchado", "con las
    # manos quemadas", "con dos costillas rotas"
    part = k + 1 if nxt[0] in _PART_DETERMINERS or nxt[0] in _NUMBER_WORDS else k
    if (
        tokens[part : part + 1] != []
        and tokens[part] in _HARMED_PARTS
        and tokens[part + 1 : part + 2] != []
        and tokens[part + 1].startswith(_HARMED_STEMS)
    ):
        return True
    return (
        nxt[0] in _HARM_DETERMINERS and tokens[k + 1 : k + 2] != [] and tokens[k + 1] in _HARM_ONE
    )


_PART_DETERMINERS = _words("el la los las su sus")
_HARMED_PARTS = _BODY_PARTS_ES | _words(
    "manos brazos piernas pies costilla costillas dedos ojo ojos nariz labio"
)
# (participles of a harmed body part, in any gender and number)
_HARMED_STEMS = (
    "golpead",
    "hinchad",
    "quemad",
    "fracturad",
    "rot",
    "herid",
    "ensangrentad",
    "amoratad",
    "cortad",
)


_HARM_DETERMINERS = _words("un una posible")


_PERSON_WITH_HARM_REACH = 10  # words back from "con" to its one person, at most


def _one_person_with_harm(tokens: list[str], k: int) -> bool:
    """(round twenty-three) Whether "con" at ``tokens[k]`` gives one person a wound, the person
    a few words back in its clause with only their complement between, no other people,
    figure or death in the sentence: "Conductor de unidad 7 con corte en antebrazo", "caida de
    un trabajador de la contrata desde la tolva, con fractura de muneca"."""
    nxt = tokens[k + 1] if tokens[k + 1] not in _HARM_DETERMINERS else tokens[k + 2 : k + 3]
    if not nxt or (nxt if isinstance(nxt, str) else nxt[0]) not in _WOUNDS:
        return False
    start, end = _sentence_span(tokens, k)
    sentence = tokens[start:end]
    if not (_DEAD_WORDS.isdisjoint(sentence) and _DYING_VERBS.isdisjoint(sentence)):
        return False
    return _one_person_back(tokens, k, start, _COMPLEMENT_WORDS)


# (round twenty-three) The English of it: "Patrol found a local miner, approx. 40, with a
# gunshot wound to the leg"
_WOUNDS_EN = _words(
    "wound wounds cut cuts burns fracture fractures bruises bruising laceration lacerations "
    "injuries "
    # (round thirty-one: a medic's "2 with GSW", gunshot wounds)
    "gsw gsws"
)
_WOUND_QUALIFIERS = _words("a gunshot stab minor serious multiple deep bullet knife")
# (round twenty-five: of a group's wounds, "with head wounds", "three with light injuries")
_GROUP_WOUND_QUALIFIERS = _WOUND_QUALIFIERS | _words(
    "head light slight "
    # (round twenty-six: "two other miners with leg fractures")
    "leg legs arm arms hand hands face facial back chest"
)
_NUMBER_WORDS_EN = _words("two three four five six seven eight nine ten")
_COMPLEMENT_WORDS_EN = _words("of the a an his her local from at in approx aged")


_ARRIVING = _words("arrived came reached brought admitted")

_ARRIVED_REACH = 8  # words from the arriving people to "with", at most


def _people_arrived_before(tokens: list[str], k: int) -> bool:
    """(round twenty-six) Whether people of a figure arrived somewhere just before "with" at
    ``tokens[k]``: "two contractors arrived at the site clinic with gunshot wounds"."""
    window = tokens[max(0, k - _ARRIVED_REACH) : k]
    for j, tok in enumerate(window):
        if tok in _ARRIVING and j >= 2:
            return window[j - 1] in _PEOPLE_PLURAL and _is_number_token(window[j - 2])
    return False


def _with_wounds_as_injured(tokens: list[str]) -> list[str]:
    """``tokens`` with English "with" read as "wounded" where one person, a few words back in
    a sentence that tells of no death, has a wound after it."""
    out = tokens
    for k, tok in enumerate(tokens):
        if tok != "with":
            continue
        # ((round twenty-five) or people right before it: "2 guards with cuts on the hands",
        # "three with light injuries")
        before = tokens[k - 1] if k else ""
        group = (
            before in _PEOPLE_PLURAL
            or before in _NUMBER_WORDS_EN
            or before.isdigit()
            or _people_arrived_before(tokens, k)
        )
        qualifiers = _GROUP_WOUND_QUALIFIERS if group else _WOUND_QUALIFIERS
        j = k + 1
        while j < min(len(tokens), k + 4) and tokens[j] in qualifiers:
            j += 1
        if tokens[j : j + 1] == [] or tokens[j] not in _WOUNDS_EN:
            continue
        start, end = _sentence_span(tokens, k)
        sentence = tokens[start:end]
        if (
            _DEAD_WORDS.isdisjoint(sentence)
            and _DYING_VERBS.isdisjoint(sentence)
            and (group or _one_person_back(tokens, k, start, _COMPLEMENT_WORDS_EN))
        ):
            if out is tokens:
                out = list(tokens)
            out[k] = "wounded"
    return out


# (the words a person's complement is made of, between them and "con": "de la contrata
# desde la tolva de un volquete")
_COMPLEMENT_WORDS = _words("de del la el los las un una su desde en unidad")

_WOUNDS = _words(
    "herida heridas corte cortes fractura fracturas quemadura quemaduras lesion lesiones "
    "golpe golpes contusion contusiones moretones "
    # (round twenty-six: "vigilante J. Ticlla con esquirla en el antebrazo izquierdo")
    "esquirla esquirlas perdigon perdigones"
)

# (a conjunct or an agent is not the one person: "Conductor y copiloto con lesiones", "por un
# policia con")
_NOT_BEFORE_THE_ONE = _words("y e and por by")


def _with_harms_as_injured(tokens: list[str]) -> list[str]:
    """``tokens`` with "con" read as "heridos" where a group ends up with a harm (or "herido",
    one person with gas poisoning or left with a harm)."""
    out = list(tokens)
    for k in range(1, len(tokens) - 1):
        if tokens[k] != "con":
            continue
        if (
            _one_left_with_harm(tokens, k) or _one_person_with_harm(tokens, k)
        ) and _DEAD_WORDS.isdisjoint(tokens[_sentence_span(tokens, k)[0] : k]):
            out[k] = "herido"
            continue
        before = tokens[k - 1]
        # (round twenty-three) "3 policias con contusiones y 1 poblador con herida en la
        # cabeza", "1 ocupante con posible fractura": one person with a figure, of a tally
        if (
            before in _PEOPLE_SINGULAR
            and k >= 2
            and tokens[k - 2] in _ONE_FIGURES
            and _harm_at(tokens, k + 1)
            and _DEAD_WORDS.isdisjoint(tokens[max(0, k - 8) : k])
        ):
            out[k] = "herido"
            continue
        poisoned = _poisoning_at(tokens, k)
        if tokens[k + 1] not in _HARMS_WITH and not poisoned:
            continue
        if poisoned and before in _PEOPLE_SINGULAR:
            out[k] = "herido"
            continue
        # ((round twenty-six) the people before an aside of their names: "Un par de vigilantes
        # (Ticona y Mamani) con perdigones en brazos")
        if before == ")" and "(" in tokens[max(0, k - 8) : k - 1]:
            opening = max(i for i in range(max(0, k - 8), k - 1) if tokens[i] == "(")
            before = tokens[opening - 1] if opening else before
        if not (
            before in _ENDED_UP
            or before in _PEOPLE_PLURAL
            or (before in _NUMBER_WORDS and before not in ("un", "una", "a"))
            or (poisoned and (before in _MOVED or _people_just_before(tokens, k)))
        ):
            continue
        # (not the wounds of the dead: "los cuerpos de tres mineros con impactos de bala",
        # "dos fallecidos ... con heridas")
        clause = k
        while (
            clause > 0
            and tokens[clause - 1] not in _BOUNDARY
            and tokens[clause - 1]
            not in (
                "y",
                "e",
                "and",
                "pero",
                "mientras",
            )
        ):
            clause -= 1
        if _DEAD_WORDS.isdisjoint(tokens[clause:k]):
            out[k] = "heridos"
    return out


_DEAD_WORDS = _DEATH_AFTER_KIDNAP | _words("cuerpo cuerpos restos occisos occiso body")


def _serious_as_injured(tokens: list[str]) -> list[str]:
    out = list(tokens)
    graded = []
    for i in range(1, len(tokens)):
        full = _SERIOUS.get(tokens[i])
        if full is not None and tokens[i - 1] in _STATE_VERBS and _someone_before(tokens, i - 1):
            out[i] = full
        # (round thirty-one) the wounded told out by grade: "trajeron a los heridos de la
        # emboscada al convoy, dos graves, que ya los derivan a Trujillo, y cinco leves"
        elif (
            tokens[i] == "graves"
            and _is_number_token(tokens[i - 1])
            and tokens[i - 1] not in ("un", "una", "1")
            and (i + 1 == len(tokens) or tokens[i + 1] in _AFTER_A_GRADE)
            and _wounded_named_before(tokens, i - 1)
        ):
            graded.append(i)
    # (read "dos heridos graves", so that grades of one kind still add up)
    for i in reversed(graded):
        out.insert(i, "heridos")
    return out


# (a grade standing for its people ends its phrase: "dos graves, que ...", "dos graves y")
_AFTER_A_GRADE = _BOUNDARY | _words("que y e en con")

_WOUNDED_BEFORE_REACH = 10  # words back from a graded figure to "los heridos", at most


def _wounded_named_before(tokens: list[str], k: int) -> bool:
    """Whether "heridos" stands a few words before ``tokens[k]`` in its sentence."""
    for j in range(k - 1, max(-1, k - 1 - _WOUNDED_BEFORE_REACH), -1):
        if tokens[j] in _SENTENCE_ENDS:
            return False
        if tokens[j] in ("heridos", "heridas"):
            return True
    return False


_SERIOUS_SUBJECT_REACH = 14  # words back from the verb of state to its person, at most

# (the one a serious state is told of, besides a person noun: "el otro esta grave", "uno sigue
# grave", "lucha por su vida" read as "permanece grave" after "el hombre")
_SERIOUS_SUBJECTS = _words("otro otra uno una ambos ambas")


def _someone_before(tokens: list[str], verb: int) -> bool:
    """(round twenty-five) Whether a person stands a few words before the verb of state at
    ``verb``, in its clause ("El minero permanece en estado critico"; not "La carretera se
    encuentra en estado critico", "La situacion esta grave")."""
    for k in range(verb - 1, max(-1, verb - 1 - _SERIOUS_SUBJECT_REACH), -1):
        tok = tokens[k]
        if tok in _BOUNDARY:
            return False
        if tok in _PEOPLE_SINGULAR or tok in _PEOPLE_PLURAL or tok in _SERIOUS_SUBJECTS:
            return True
    return False


# "3 contractor employees taken from bus into pickup", "he was taken from his car at gunpoint",
# "three drivers taken out of trucks 2, 4 and 5": people taken from a vehicle or a home are
# abducted (not "taken from the scene to hospital").
_TAKEN_FROM = _VEHICLES | _words(
    "bus buses trucks cars vans vehicles home house camp "
    # (round twenty-three: "taken from the patrol boat", "taken from their room", "pulled from
    # the cab")
    "boat boats skiff cab room rooms homes houses hut cabin tent "
    # (round twenty-four: "pulled our two drivers out of the cabs")
    "cabs"
)

_TAKING = _words("taken pulled")


def _taken_from_vehicle(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for i, tok in enumerate(tokens):
        if (
            (
                tok in _TAKING
                and tokens[i + 1 : i + 2] in (["from"], ["out"])
                and not _TAKEN_FROM.isdisjoint(tokens[i + 2 : i + 6])
                and _HEALTH_PLACES.isdisjoint(tokens[i + 2 : i + 10])
            )
            or (
                # ((round twenty-five) or away, into the hills, or from anywhere not to care:
                # "both drivers taken into the hills", "two mine workers who were snatched from a
                # pickup")
                tok in _TAKEN_AWAY_WORDS and _taken_away(tokens, i)
            )
            or (
                # ((round twenty-one) "Seven employees were taken by residents of a community",
                # not "taken by ambulance" or by police)
                tok == "taken"
                and tokens[i + 1 : i + 2] == ["by"]
                and not _TAKERS.isdisjoint(tokens[i + 2 : i + 5])
            )
        ):
            out[i] = "abducted"
        # (round twenty-four) the active: "They pulled our two drivers out of the cabs", read
        # as "seized" (people only) before its object
        elif (
            tok in _TAKING_ACTIVE
            and "out" in tokens[i + 2 : i + 6]
            and not _TAKEN_FROM.isdisjoint(tokens[i + 3 : i + 10])
            and _RESCUE.isdisjoint(tokens[slice(*_sentence_span(tokens, i))])
        ):
            out[i] = "seized"
    return out


_TAKING_ACTIVE = _words("pulled dragged took")

_TAKEN_AWAY_WORDS = _words("taken snatched")

_TAKEN_REACH = 8  # words after "taken" that may tell it was for care, at most

_NOT_TAKEN_AWAY = _words("custody hospital care morgue body bodies remains")

_DEAD_WORDS_EN = _words("dead injured wounded victims casualties")


def _taken_away(tokens: list[str], k: int) -> bool:
    """Whether "taken" / "snatched" at ``tokens[k]`` takes people away by force: "taken from
    their pickup", "taken away", "taken into the hills"; not to care, into custody, nor
    bodies."""
    nxt = tokens[k + 1 : k + 3]
    if not nxt or not (nxt[0] in ("from", "away") or (nxt[0] == "into" and nxt[1:] != ["custody"])):
        return False
    after = tokens[k + 1 : k + 1 + _TAKEN_REACH]
    before = tokens[max(0, k - 3) : k]
    return (
        _HEALTH_PLACES.isdisjoint(after)
        and _NOT_TAKEN_AWAY.isdisjoint(after)
        and _NOT_TAKEN_AWAY.isdisjoint(before)
        and _DEAD_WORDS_EN.isdisjoint(before)
    )


# (people pulled out by rescuers, or to care: "Rescuers pulled two miners out of the truck")
_RESCUE = _HEALTH_PLACES | _words(
    "rescuers rescue rescued firefighters brigade paramedics ambulance rescatistas bomberos"
)


_TAKERS = _PERPETRATORS | _words("villagers residents comuneros protesters community gang")

# (round twenty-two) "Redujeron al chofer y a su copiloto, a quienes dejaron amarrados", "los
# dejaron atados": the subdued who are then tied up or shut in are held, as "amarraron a"
_SUBDUING = {
    "redujeron": "amarraron",
    "reducen": "amarraron",
    # (round twenty-six: "Una decena de delincuentes redujo a los tres vigilantes ... y los
    # dejo maniatados": a band, singular)
    "redujo": "amarraron",
    "reduce": "amarraron",
    # ("overpowered five guards ..., took their weapons and locked them in a storeroom")
    "overpowered": "tiedup",
    "overpower": "tiedup",
}

_HELD_AFTER = _words(
    "amarrados amarradas maniatados maniatadas atados atadas encerraron encierran encerrados "
    "encerradas "
    # ("los dejaron atados", "locked them", merged)
    "secuestrados secuestradas tiedup handcuffed locked"
)


def _subdued_and_tied(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for i, tok in enumerate(tokens):
        held = _SUBDUING.get(tok)
        if held is None:
            continue
        for later in tokens[i + 1 : i + _SUBDUED_REACH]:
            if later in _SENTENCE_ENDS:
                break
            if later in _HELD_AFTER:
                out[i] = held
                break
    return out


_SUBDUED_REACH = 25  # words from the subduing verb to the tying, at most


# (round twenty-two) "Un minero fue atacado a machetazos por dos sujetos", "Dos trabajadores
# fueron agredidos con machetes", "Atacan a machetazos a minero": attacked with blades, sticks
# or stones, so hurt (not "a balazos", which may miss)

_BLOWS = [
    ["a", "machetazos"],
    ["a", "pedradas"],
    ["a", "palazos"],
    ["a", "golpes"],
    ["a", "cuchilladas"],
    ["a", "punaladas"],
    ["con", "machetes"],
    ["con", "palos"],
    ["con", "piedras"],
]


def _attacked_with_blows(tokens: list[str]) -> list[str]:
    # (in a story of a death the attacked are most likely the dead)
    if not _KILLED_WORDS.isdisjoint(tokens) or not _DYING_VERBS.isdisjoint(tokens):
        return tokens
    out = list(tokens)
    for i, tok in enumerate(tokens):
        hurt = _ATTACKED.get(tok)
        if hurt is None or tokens[i + 1 : i + 3] not in _BLOWS:
            continue
        # (the active verb with one person as object only: "agredio con machetes a dos
        # vigilantes" says they were attacked, not that both were hurt)
        if hurt.startswith(("hier", "hir")) and not (
            tokens[i + 3 : i + 4] in (["a"], ["al"])
            and tokens[i + 4 : i + 5] != []
            and not tokens[i + 4][0].isdigit()
            and tokens[i + 4] not in _NUMBER_WORDS
        ):
            continue
        out[i] = hurt
    return out


# (round twenty-two) "El winchero fue llevado por 3 sujetos armados hacia la parte alta",
# "interceptado y llevado por 4 encapuchados": taken away by a number of armed men, so held
# (the phrases without a figure are merged in _phrases)
_TAKEN_ES = {
    "llevado": "llevadoalafuerza",
    "llevada": "llevadoalafuerza",
    "llevados": "llevadosalafuerza",
    "llevadas": "llevadosalafuerza",
}


_BAND_DETERMINERS = _words("los las la el unos unas sus")

_DAY_WORDS = _words("ayer anoche hoy anteayer")

_BANDS = _words(
    "banda captores "
    # (round twenty-seven: "el supervisor ... fue llevado ayer por los informales")
    "informales"
)


def _taken_by_a_band(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for i, tok in enumerate(tokens[:-3]):
        taken = _TAKEN_ES.get(tok)
        if taken is None:
            continue
        # ((round twenty-seven) a day between: "fue llevado ayer por los informales")
        k = i + 2 if tokens[i + 1] in _DAY_WORDS else i + 1
        if tokens[k : k + 1] != ["por"] or k + 3 > len(tokens):
            continue
        by = tokens[k + 1 : k + 3]
        if (
            # ((round twenty-six) or a determiner: "el supervisor fue llevado por los
            # atacantes", "2 operadores llevados por los atacantes")
            (
                (by[0].isdigit() or by[0] in _NUMBER_WORDS or by[0] in _BAND_DETERMINERS)
                and by[1:] != []
                and (by[1] in _PERPETRATORS or by[1] in _BANDS)
            )
            # ((round twenty-seven) or the takers with no determiner: "fueron llevados por
            # hombres armados", "llevado por encapuchados")
            or by[0] in _PERPETRATORS
            or by in (["hombres", "armados"], ["men", "armed"])
        ):
            out[i] = taken
    return out


# (round twenty-one) Symptoms of gas in HSE logs: "tres trabajadores presentan mareos y
# vomitos por acumulacion de monoxido", "Four mechanics complained of headaches and dizziness"
# (only where gas is named: dizziness from altitude is no injury, the guide)
_GASES = _words(
    "gases gas monoxido nitrosos cianuro cianurada vapores gaseamiento intoxicacion monoxide "
    "sulphide sulfide fumes "
    # (round twenty-six: "intoxicacion aguda por vapor de mercurio", "gas cianhidrico")
    "vapor cianhidrico"
)
_SYMPTOMS = _words(
    "mareos nauseas vomitos dolor cefalea dificultad headaches headache dizziness nausea vomiting "
    # (round twenty-five: "presentan mareo y vomitos tras quemar amalgama")
    "mareo vomito nausea dizzy "
    # (round twenty-six: "Ingresan 12 trabajadores con tos, irritacion ocular y disnea tras
    # inhalar gases nitrosos", "atendidos por temblores, tos ... vapor de mercurio")
    "tos disnea temblores irritacion cough"
)


_AFFECTED = _words("afectados afectadas")


def _gas_symptoms(tokens: list[str]) -> list[str]:
    """``tokens`` with a verb of showing symptoms read as poisoned, in a text that names gas."""
    out = list(tokens)
    for k, tok in enumerate(tokens):
        read = _SHOWING.get(tok)
        if read is None:
            continue
        if tok in _AFFECTED:
            if k > 0 and tokens[k - 1] in _PEOPLE_PLURAL:
                out[k] = read
            continue
        after = tokens[k + 1 : k + 3]
        if after[:1] == ["of"]:
            after = tokens[k + 2 : k + 3]
        # ((round twenty-six) or people treated where a leak of gas or cyanide is told,
        # the symptoms named or not: "una treintena de trabajadores atendidos tras fuga de
        # cianuro")
        if not _SYMPTOMS.isdisjoint(after) or _treated_after_a_leak(tokens, k):
            out[k] = read
    return out


def _treated_after_a_leak(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]`` tells people treated ("trabajadores atendidos", "fueron
    atendidos") in a text that tells of a leak, or of symptoms after contaminated water."""
    return (
        tokens[k] in _TREATED
        and k > 0
        and (
            tokens[k - 1] in _PEOPLE_PLURAL
            or tokens[k - 1] in _WERE
            # ("Nueve comuneros de Lircay atendidos": a place between)
            or (k > 2 and tokens[k - 2] == "de" and tokens[k - 3] in _PEOPLE_PLURAL)
        )
        and (
            not _LEAKS.isdisjoint(tokens)
            # ((round twenty-seven) "Nueve comuneros atendidos tras beber agua con relaves ...
            # llegaron con nauseas y vomitos", "were treated ... for vomiting after drinking
            # water contaminated by a tailings spill")
            or (not _POISONS.isdisjoint(tokens) and not _SYMPTOMS.isdisjoint(tokens))
            # ("Intoxicacion por monoxido en mina: cuatro trabajadores atendidos. Los mineros
            # inhalaron gases tras una voladura")
            or (not _GASES.isdisjoint(tokens) and not _INHALING.isdisjoint(tokens))
        )
    )


_TREATED = _words("atendido atendida atendidos atendidas treated")

_WERE = _words("fue fueron was were")

_INHALING = _words("inhalaron inhalar inhalo inhalacion gaseamiento inhaled")

# (round twenty-seven) What poisons water or soil, where symptoms are poisoning
_POISONS = _words(
    "relave relaves tailings contaminada contaminado contaminated mercurio mercury arsenico arsenic"
)

_LEAKS = _words("fuga fugas escape leak leaks emanacion emanaciones")


# (round twenty-one) "took two workers (cook and helper) away", "took both of them away":
# people taken away by their attackers are abducted (a person, a figure or a pronoun between)
_TOOK = _words(
    "took take takes taking "
    # (round twenty-six: "forced their way into the house ... and drove him away in a van")
    "drove dragged"
)
_TAKEN_ONES = _words("them him her both")


def _took_away(tokens: list[str]) -> list[str]:
    """``tokens`` with "took" read as "abducted" where people and then "away" follow it."""
    out = tokens
    for i, tok in enumerate(tokens):
        if tok not in _TOOK:
            continue
        # (round twenty-three) "They took my brother and two of his workers", "they took the
        # driver, sir": the attackers' taking of a person, with no place of care after it
        if tok == "took" and i > 0 and tokens[i - 1] == "they" and _took_a_person(tokens, i):
            if out is tokens:
                out = list(tokens)
            out[i] = "abduct"  # (a verb before its object, as "kidnap the manager")
            continue
        # ((round twenty-six) "took away three employees of a gold mining firm": the active
        # verb and "away" before its people, read as "seized" (people only))
        if tokens[i + 1 : i + 2] == ["away"] and _took_a_person(tokens, i + 1):
            if out is tokens:
                out = list(tokens)
            out[i : i + 2] = ["_", "seized"]
            continue
        for k in range(i + 2, min(i + 11, len(tokens))):
            if tokens[k] in (".", ";", ":", "!", "?"):
                break
            # ("took two guards with them when they fled")
            away = tokens[k] == "away" or tokens[k : k + 2] == ["with", "them"]
            if not away:
                continue
            between = tokens[i + 1 : k]
            if not (
                _PEOPLE_SINGULAR.isdisjoint(between)
                and _PEOPLE_PLURAL.isdisjoint(between)
                and _TAKEN_ONES.isdisjoint(between)
            ):
                if out is tokens:
                    out = list(tokens)
                out[i] = "abducted"
            break
    return out


_TOOK_OBJECT_REACH = 3  # words from "took" to its person, at most

_CARE_REACH = 8  # words from "took" to a place of care, at most


def _took_a_person(tokens: list[str], i: int) -> bool:
    """Whether a person is the object of "took" at ``tokens[i]`` and no place of care follows
    ("they took him to the clinic")."""
    for tok in tokens[i + 1 : i + 1 + _TOOK_OBJECT_REACH]:
        if tok in _BOUNDARY:
            return False
        if tok in _PEOPLE_SINGULAR or tok in _PEOPLE_PLURAL:
            return _HEALTH_PLACES.isdisjoint(tokens[i + 1 : i + 1 + _CARE_REACH])
    return False


_LOCKING = _words("locked locks")
_LOCKED_OBJECT_DETERMINERS = _words("the a an his her their our")


def _locked_people(tokens: list[str]) -> list[str]:
    """(round twenty-three) ``tokens`` with "locked" read as "tiedup" where a person is its
    object: "locked the cashier and a customer in the bathroom" (not "locked the gate")."""
    out = tokens
    for k, tok in enumerate(tokens):
        if tok not in _LOCKING or k + 2 >= len(tokens):
            continue
        head = k + 2 if tokens[k + 1] in _LOCKED_OBJECT_DETERMINERS else k + 1
        if tokens[head] in _PEOPLE_SINGULAR or tokens[head] in _PEOPLE_PLURAL:
            if out is tokens:
                out = list(tokens)
            out[k] = "tiedup"
    return out


# (round thirteen) "dos operadores fueron sacados de la camioneta por cinco sujetos armados":
# Spanish people taken out of a vehicle or a home are abducted (not "sacados del socavón")
_TAKEN_OUT = {
    "sacado": "secuestrado",
    "sacada": "secuestrada",
    "sacados": "secuestrados",
    "sacadas": "secuestradas",
}

_TAKEN_OUT_OF = _VEHICLES | _words("casa vivienda cuarto habitacion domicilio")


def _taken_out_of_vehicle(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for i, tok in enumerate(tokens):
        if (
            tok in _TAKEN_OUT
            and tokens[i + 1 : i + 2] in (["de"], ["del"])
            and not _TAKEN_OUT_OF.isdisjoint(tokens[i + 2 : i + 5])
            and _HEALTH_PLACES.isdisjoint(tokens[i + 2 : i + 10])
        ):
            out[i] = _TAKEN_OUT[tok]
    return out


# (round twenty-one) "Roban oro de planta tras encerrar a cinco trabajadores", "luego de
# amarrar a los vigilantes": an infinitive after "tras" / "luego de" / "despues de" was done
# (the infinitives, ``_DONE_INFINITIVES``, stand beside the charged crimes they extend)
_AFTER_DOING = _words("tras luego despues")


def _done_before(tokens: list[str]) -> list[str]:
    """``tokens`` with an infinitive of harm after "tras" / "luego de" / "despues de" read as
    done ("tras encerrar a cinco trabajadores" reads "encerraron a cinco trabajadores")."""
    out = tokens
    for i in range(1, len(tokens)):
        done = _DONE_INFINITIVES.get(tokens[i])
        if done is None:
            continue
        before = tokens[i - 1]
        if before == "tras" or (before == "de" and i > 1 and tokens[i - 2] in _AFTER_DOING):
            if out is tokens:
                out = list(tokens)
            out[i] = done
    return out


def _charged_crimes(tokens: list[str]) -> list[str]:
    """``tokens`` with the crime an accused person is charged with stated as done ("banda
    acusada de asesinar a cuatro vigilantes" reads "asesinaron a cuatro vigilantes"); other
    infinitives stay ("amenazo con matar a dos", "acusado de intentar matar")."""
    out = tokens
    for i in range(2, len(tokens)):
        done = _CHARGED_CRIMES.get(tokens[i])
        if done is not None and tokens[i - 1] == "de" and tokens[i - 2] in _ACCUSED:
            if out is tokens:
                out = list(tokens)
            out[i] = done
    return out
