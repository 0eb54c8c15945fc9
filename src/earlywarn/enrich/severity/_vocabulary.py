"""Every word a count can hang on: the quick check of ``extract_severity`` skips a text that has
none of them (the casualty words, a word of each merged phrase, and the words that only the
later constructions read: health places, broken limbs, verbs of object pronouns)."""

from __future__ import annotations

from ._lexicon import (
    _AFTER_NUMBER,
    _AFTER_PERSON,
    _BEFORE_NUMBER,
    _DYING_VERBS,
    _KILLINGS,
    _NUMBER_WORDS,
    _SINGLE,
    _SINGLE_VERBS,
    _Kind,
    _words,
)
from ._phrases import _BODY_PARTS_ES, _PHRASES, _PROJECTILES

_SINGLE_WORDS = (
    frozenset(_SINGLE) | frozenset(_SINGLE_VERBS) | frozenset(_AFTER_PERSON) | _DYING_VERBS
)

# "obligado a subir a una camioneta", "forced into a pickup": taken away, when a vehicle follows
_FORCING: dict[str, str] = {
    **dict.fromkeys(("obligado", "obligada"), "llevadoalafuerza"),
    **dict.fromkeys(("obligados", "obligadas"), "llevadosalafuerza"),
    **dict.fromkeys(("obligan", "obligaron", "obligo"), "llevaronalafuerza"),
    **dict.fromkeys(("forced", "bundled", "dragged", "pushed"), "takenhostage"),
}

_CAPTOR_WORDS = _words(
    "captores captor secuestradores secuestrador kidnappers kidnapper captors ransom"
)

# (round twenty-seven: "lo subieron a otro vehiculo", see _forced_into_vehicle)
_PUTTING_IN = _words("subieron suben subio subian metieron meten metio")

_ABDUCTION_HINTS = frozenset(_FORCING) | _CAPTOR_WORDS | {"rescate"} | _PUTTING_IN

# (round twenty-three) "dicen tenerlo en su poder", "exigen 50 000 soles para devolverlo": a
# captor's claim to hold one person (see _captors_hold_one)
_CAPTIVE_CLITICS = _words("tenerlo tenerla devolverlo devolverla liberarlo liberarla")

_FUNCTION_WORDS = _words("a de la el en se sin con su their by an of the los las unos")

# (nor a count or a wound, common in attack news: "recibio dos balazos" is found by "recibio")
_COMMON_PHRASE_WORDS = (
    _NUMBER_WORDS.keys()
    | _words(
        "varios varias balazos disparos tiros punaladas cuchilladas disparo balazo tiro bala "
        "punalada cuchillada machetazo impacto "
        # (round eight: "held by illegal", "llevado por la banda", "sufre corte" are found by their
        # rarer words)
        "illegal banda corte por "
        # (round twelve: "alcanzado en la mano por los perdigones", "recibio 2 tiros", "suffered a
        # broken arm" are found by "alcanzado", "recibio", "suffered")
        "2 3 4 5 impactos broken "
        # (round twenty-three: "held by approx. 60 comuneros" is found by "held"; an estimate's
        # word would pass too many texts, and reads as no casualty word, see _tokens)
        "approx about around some "
        # (round twenty-four: "put him in their car" is found by "into" or "in", "llevados con
        # rumbo desconocido" by "rumbo"; vehicles and "desconocido" are in most news)
        "car vehicle truck pickup van suv desconocido"
    )
    | _PROJECTILES
    | _BODY_PARTS_ES
)

# Every word a count can hang on: without one of them in the text there is nothing to count.
_CASUALTY_WORDS = (
    frozenset(_AFTER_NUMBER)
    | frozenset(_BEFORE_NUMBER)
    | _SINGLE_WORDS
    # a word of each merged phrase ("vida" of "sin vida", "toll" of "death toll", "llevaron" of
    # "se llevaron a"): the last one that is not a common function word, so it is rare
    | frozenset(
        [w for w in words if w not in _FUNCTION_WORDS and w not in _COMMON_PHRASE_WORDS][-1]
        for phrases in _PHRASES.values()
        for words, _ in phrases
    )
    # words of the abduction constructions (forced into a vehicle, captors, ransom) that
    # name no casualty on their own
    | _ABDUCTION_HINTS
    | _KILLINGS
    # (round eleven: "1 fallec. y 2 her.", the log's abbreviations)
    | frozenset(("fallec", "herid"))
    # (round eleven: "3 contractor employees taken from bus into pickup")
    | frozenset(("taken",))
    # (round twelve: "atendidos por intoxicacion", see _treated_for)
    | _words("intoxicacion inhalacion gaseamiento")
    # (round nineteen: "atendidos por gases lacrimógenos", "por el Samu")
    | _words("gases asfixia samu traumatismos")
    # (round nineteen: "terminaron con perdigones en las piernas", see _with_harms_as_injured)
    | _words("perdigones contusiones moretones")
    # (round nineteen: "Protesters hold 11 police officers", see _held_people)
    | _words("hold holds holding")
    | _CAPTIVE_CLITICS
)

# A person taken to or treated at a health place is injured ("Siete pasajeros fueron atendidos
# en el hospital", "Two others were taken to hospital", "evacuado a la posta").
_HEALTH_PLACES = _words(
    "hospital hospitales clinica clinicas posta postas topico essalud emergencia salud clinic "
    # (round twelve: "were being treated in hospitals in Juliaca and Putina")
    "hospitals clinics "
    # (round twenty: "were treated at a health post", "a medical post")
    "health medical"
)

# (round twenty-four: a body part's harm after "con", "con el rostro hinchado", "con dos
# costillas rotas", see _rewrite._harm_at)
_CASUALTY_WORDS |= _words(
    "hinchado hinchada hinchados hinchadas quemadas quemados rotas rotos ensangrentado "
    "ensangrentada amoratado amoratada "
    # (and a half's singular of care, "la mitad de los ocho fue hospitalizada")
    "hospitalizada hospitalizado internada internado evacuada evacuado"
)

# (a health place alone lets a text past the quick check of extract_severity; round twenty:
# and "kept", as in "30 workers kept inside the camp by protesters")
_CASUALTY_WORDS |= _HEALTH_PLACES | _words("kept")

# ((round thirty) projectiles that hit people: "Las balas alcanzaron a dos mineros", see
# _number_kind._HITTING)
_CASUALTY_WORDS |= _words("alcanzan alcanzaron alcanza alcanzo")

# ((round twenty-nine) a serious state, read as hurt after a verb of state: "Dos mineros estan
# graves")
_CASUALTY_WORDS |= _words("grave graves")

# ((round twenty-two) "Tres sujetos lo obligaron a subir a una camioneta": the verbs of forcing
# someone into a vehicle, which _forced_into_vehicle reads)
_CASUALTY_WORDS |= frozenset(_FORCING)

# (round fourteen) "fue rescatado con una pierna rota", "quedo con el brazo fracturado": a
# person with a broken limb is injured (only a body part: "con el parabrisas roto" is no one;
# a step of its own, not merged phrases, which would all start with the common "con")
_BROKEN = _words("rota roto fracturada fracturado")

_CASUALTY_WORDS |= _BROKEN

# (round twenty-one) Whipping, the punishment rondas give the people they capture ("recibieron
# diez chicotazos cada uno", "los azotaron en la plaza"): those captured are injured (the guide)
_WHIPPING = _words(
    "chicotazos chicotazo latigazos latigazo azotes azotaron azotan azoto azotados azotadas "
    "chicotearon chicotean chicoteo chicotea whipped flogged lashed "
    # (round twenty-seven: "Tras azotarlos en la plaza, los entregaron a la comisaria")
    "azotarlos azotarlas chicotearlos chicotearlas "
    # ("Se les aplica castigo de chicote segun costumbre")
    "chicote latigo"
)

_CASUALTY_WORDS |= _WHIPPING

# ((round twenty-one) "took two workers away", "presentan mareos por gases": see _took_away
# and _gas_symptoms)
_CASUALTY_WORDS |= _words("away")

# (round twenty-one) The verbs of showing symptoms, read as poisoned where gas is named
# (_gas_symptoms), and what each is read as
_SHOWING = {
    "presenta": "intoxicado",
    "presento": "intoxicado",
    "presentan": "intoxicados",
    "presentaron": "intoxicados",
    "complained": "injured",
    # (round twenty-five: "acuden 5 mineros con cefalea, nauseas y mareos tras inhalar gases")
    "con": "intoxicados",
    # (round twenty-six: "Seis pobladores atendidos por vomitos, mareos ... relave con cianuro")
    "atendido": "intoxicado",
    "atendida": "intoxicado",
    "atendidos": "intoxicados",
    "atendidas": "intoxicados",
    # (round twenty-nine: "Intoxicacion deja tres mineros afectados", "Evacuan a tres mineros
    # afectados por gases": people affected where gas is told, read with their people)
    "afectados": "intoxicados",
    "afectadas": "intoxicados",
    # (round twenty-seven: "were treated for vomiting and dizziness after drinking water from a
    # canal contaminated by a tailings spill")
    "treated": "injured",
}

_CASUALTY_WORDS |= frozenset(_SHOWING) - {"con"}

# (round twenty-five: "two mine workers who were snatched from a pickup", read as abducted)
_CASUALTY_WORDS |= _words("snatched")

# (round twenty-two) Verbs of attacking, read as hurting with blades, sticks or stones
# (_attacked_with_blows), and what each is read as
_ATTACKED = {
    "atacado": "herido",
    "atacada": "herida",
    "atacados": "heridos",
    "atacadas": "heridas",
    "agredido": "herido",
    "agredida": "herida",
    "agredidos": "heridos",
    "agredidas": "heridas",
    "atacan": "hieren",
    "agreden": "hieren",
    "atacaron": "hirieron",
    "agredieron": "hirieron",
    "ataco": "hirio",
    "agredio": "hirio",
}

_CASUALTY_WORDS |= frozenset(_ATTACKED)


# Victims as object pronouns of spoken Spanish ("Lo mataron porque no quiso
# pagar", "A mi hermano y a mi primo los mataron", "al chofer y a su ayudante los han golpeado",
# "Le han matado a mi esposo", "a dos perforistas se los llevaron")
_CLITIC_VERBS: dict[str, _Kind] = {
    **dict.fromkeys(
        _words(
            "mataron mato matan asesinaron asesinan ejecutaron victimaron ultimaron acribillaron "
            "degollaron matado asesinado ejecutado victimado ultimado acribillado degollado"
        ),
        _Kind.KILLED,
    ),
    **dict.fromkeys(
        _words(
            "golpearon golpean hirieron balearon chancaron apunalaron acuchillaron lesionaron "
            "golpeado herido baleado chancado apunalado acuchillado lesionado "
            # (round twenty-nine: a headline's present, "Atacan a dos mineros y los hieren")
            "hieren balean"
        ),
        _Kind.INJURED,
    ),
    **dict.fromkeys(
        _words(
            "secuestraron raptaron amarraron encerraron secuestrado raptado amarrado encerrado "
            # (round nineteen: the present of field reports, "Reducen a los 3 vigilantes y los
            # encierran en la caseta")
            "encierran amarran maniatan maniataron ataron "
            # ("lo obligaron a subir a un auto", merged)
            "llevaron llevaronalafuerza "
            # (round twenty: the present of a headline, "se los llevan en Cajabamba")
            "llevan "
            # (round twenty-three: one attacker's or a group's singular, "un grupo de 8 a 10
            # delincuentes redujo a los cuatro agentes y los amarro con precintos")
            "amarro encerro maniato "
            # (round thirty-two: "redujo a los tres vigilantes, los ato de pies y manos")
            "ato"
        ),
        _Kind.KIDNAPPED,
    ),
}

_CLITIC_VERB_WORDS = frozenset(_CLITIC_VERBS)

# (the verbs of object pronouns let a text past the quick check, "le han chancado")
_CASUALTY_WORDS |= _CLITIC_VERB_WORDS

# A crime an accused person is charged with, in the infinitive, and the finite verb it states
# ("acusado de matar a tres vigilantes": the three were killed; the guide counts a trial's
# victims)
_CHARGED_CRIMES = {
    "asesinar": "asesinaron",
    "matar": "mataron",
    "secuestrar": "secuestraron",
    "herir": "hirieron",
}
_ACCUSED = _words("acusado acusada acusados acusadas sindicado sindicada sindicados sindicadas")
_CASUALTY_WORDS |= frozenset(_CHARGED_CRIMES)

# (round twenty-one) Infinitives that an "after" makes done ("tras encerrar a cinco
# trabajadores" reads "encerraron a cinco trabajadores"; see _done_before): the charged crimes
# and the ways of holding or beating people
_DONE_INFINITIVES = {
    **_CHARGED_CRIMES,
    "encerrar": "encerraron",
    "amarrar": "amarraron",
    "maniatar": "maniataron",
    "atar": "ataron",
    "retener": "retuvieron",
    "golpear": "golpearon",
}
_CASUALTY_WORDS |= frozenset(_DONE_INFINITIVES)
