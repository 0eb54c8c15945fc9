"""Casualty counts from text: how many killed, injured and kidnapped a report mentions.

Pure and rule-based. A count is taken only when a number sits next to a casualty word
("13 mineros asesinados", "murieron tres trabajadores", "two guards injured"), possibly with
person nouns and auxiliaries in between. Numbers that measure something else (years, soles,
kilos, calibres, dates such as "13 de agosto", "km 45", hours, ages) never count. A singular
person noun next to a singular casualty word ("minero asesinado", "asesinan a vigilante")
counts as one; a bare plural without a number ("mineros asesinados") counts as nothing,
because guessing would inflate severity.

When a report repeats a figure (title and body), counts of one kind are combined with ``max``
rather than summed, so "Trece muertos en Pataz. Los trece muertos ..." gives 13, not 26; only
parts of one group add up ("un minero y un policia murieron", "dos ... y otros tres en Vijus").
The conventions (attackers count, freed people were kidnapped, the injured or kidnapped who die
count as killed only) are those of docs/labelling-guide.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from itertools import pairwise

from earlywarn.enrich.text import normalize
from earlywarn.model import Severity


class _Kind(Enum):
    KILLED = "killed"
    INJURED = "injured"
    KIDNAPPED = "kidnapped"

    # (round fourteen) members are singletons compared by identity, so the identity hash is
    # right, and in C: Enum's own __hash__ is Python code, called for every dict lookup by kind
    __hash__ = object.__hash__


def _words(text: str) -> frozenset[str]:
    """A word set written as one space-separated string (easier to read and extend)."""
    return frozenset(text.split())


# Digits (with thousands separators), words, and sentence punctuation as a boundary token.
# (Letters first, and the spaces before a token skipped inside the match: the same tokens,
# found faster; ``findall`` returns the group.)
_TOKEN = re.compile(r" *([a-z]+|\d+(?:[.,]\d{3})*|[.;:!?()\[\]])")
_BOUNDARY = frozenset(".;:!?()[]")

_UNITS = {
    "un": 1,
    "uno": 1,
    "una": 1,
    "one": 1,
    "dos": 2,
    "two": 2,
    "tres": 3,
    "three": 3,
    "cuatro": 4,
    "four": 4,
    "cinco": 5,
    "five": 5,
    "seis": 6,
    "six": 6,
    "siete": 7,
    "seven": 7,
    "ocho": 8,
    "eight": 8,
    "nueve": 9,
    "nine": 9,
}
_NUMBER_WORDS: dict[str, int] = {
    **_UNITS,
    "diez": 10,
    "ten": 10,
    "once": 11,
    "eleven": 11,
    "doce": 12,
    "twelve": 12,
    "trece": 13,
    "thirteen": 13,
    "catorce": 14,
    "fourteen": 14,
    "quince": 15,
    "fifteen": 15,
    "dieciseis": 16,
    "sixteen": 16,
    "diecisiete": 17,
    "seventeen": 17,
    "dieciocho": 18,
    "eighteen": 18,
    "diecinueve": 19,
    "nineteen": 19,
    "veinte": 20,
    "twenty": 20,
    "veintiun": 21,
    "veintiuno": 21,
    "veintiuna": 21,
    "veintidos": 22,
    "veintitres": 23,
    "veinticuatro": 24,
    "veinticinco": 25,
    "veintiseis": 26,
    "veintisiete": 27,
    "veintiocho": 28,
    "veintinueve": 29,
    "treinta": 30,
    "thirty": 30,
    "cuarenta": 40,
    "forty": 40,
    "cincuenta": 50,
    "fifty": 50,
    "sesenta": 60,
    "sixty": 60,
    "setenta": 70,
    "seventy": 70,
    "ochenta": 80,
    "eighty": 80,
    "noventa": 90,
    "ninety": 90,
    "cien": 100,
    "hundred": 100,
    # "ambos mineros murieron": two, named by the determiner
    "ambos": 2,
    "ambas": 2,
    "both": 2,
}
_TENS = frozenset(
    {
        "treinta",
        "cuarenta",
        "cincuenta",
        "sesenta",
        "setenta",
        "ochenta",
        "noventa",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
    }
)


# "los 02 vigilantes amarrados": people tied up are held, so kidnapped (not in a story of deaths,
# where they are the dead: "fueron encontrados maniatados")
def _round_eight_words(tokens: list[str]) -> list[str]:
    """``tokens`` with the words of round eight that depend on their story resolved."""
    if "llevaron" in tokens:
        tokens = _taken_away_in_vehicle(tokens)
    # "Han caido tres integrantes de la banda": fallen into the hands of the police, not dead
    if "hancaido" in tokens and not _ARREST.isdisjoint(tokens):
        tokens = [tok if tok != "hancaido" else "_" for tok in tokens]
    tied = _TIED | _TIED_ONE | _TIED_BEFORE
    if not tied.isdisjoint(tokens) and not _KILLED_WORDS.isdisjoint(tokens):
        tokens = [tok if tok not in tied else "_" for tok in tokens]
    if not _LOCKED_UP.isdisjoint(tokens) and not _TRAPPING.isdisjoint(tokens):
        tokens = [tok if tok not in _LOCKED_UP else "_" for tok in tokens]
    return tokens


# (round thirteen) "luego de que uno de los dos heridos muriera": a death told in the
# subjunctive is a fact after "luego de que", "tras"; not after "para evitar que", "sin que"
_DIED_SUBJUNCTIVE = _words("muriera murieran falleciera fallecieran")
_HYPOTHETICAL = _words("evitar evito impedir impidio para sin antes temia temen temor riesgo si")


def _without_hypothetical_deaths(tokens: list[str]) -> list[str]:
    """``tokens`` without subjunctive deaths that a purpose, a fear or a condition governs."""
    out = list(tokens)
    for i, tok in enumerate(tokens):
        if tok in _DIED_SUBJUNCTIVE:
            for back in reversed(tokens[max(0, i - 8) : i]):
                if back in _BOUNDARY:
                    break
                if back in _HYPOTHETICAL:
                    out[i] = "_"
                    break
    return out


def _taken_away_in_vehicle(tokens: list[str]) -> list[str]:
    """``tokens`` with "se lo/la llevaron" merged into one person taken by force where a vehicle
    follows ("se lo llevaron en una camioneta"), not otherwise ("se lo llevaron al hospital")."""
    for i in range(len(tokens) - 2):
        if (
            tokens[i] == "se"
            and tokens[i + 1] in ("lo", "la")
            and tokens[i + 2] == "llevaron"
            and not _VEHICLES.isdisjoint(tokens[i + 3 : i + 7])
            and _ARREST.isdisjoint(tokens[i + 3 : i + 7])
        ):
            return [*tokens[:i], "llevadoalafuerza", *tokens[i + 3 :]]
    return tokens


_ARREST = _words(
    "policia police banda capturados capturado capturan capturaron detenidos detenido arrested "
    "captured"
)
_TIED = _words(
    "amarrados amarradas maniatados maniatadas "
    # (round ten: "after tying up three guards", "amarraron a los dos vigilantes")
    "tiedup amarraron maniataron "
    # (round thirteen: "maniató a los tres vigilantes")
    "maniato amarro"
)
# (round thirteen) "El conductor fue maniatado": one person tied up (only after a person)
_TIED_ONE = _words("maniatado maniatada amarrado amarrada")
# (words whose meaning depends on the story: looked at only when one of them is present)
_LOCKED_UP = _words("encerrado encerrada encerrados encerradas")
# (people shut in by a collapse or a flood are trapped, not held)
_TRAPPING = _words("derrumbe deslizamiento huaico inundacion atrapados atrapado collapse landslide")
# (round sixteen: "ataron al conductor", before its objects only, see _SINGLE_VERBS)
_TIED_BEFORE = _words("ataron")
_ROUND_EIGHT_HINTS = _TIED | _TIED_ONE | _TIED_BEFORE | _LOCKED_UP | _words("llevaron hancaido")
# "30 killings this year", "13 asesinatos", "encontramos un cuerpo": the dead, counted right
# before the noun only ("arrests 30 suspects over mine killings", "Dos policias custodian el
# cuerpo" are no counts); (round ten) "police confirmed one death"
_KILLINGS = _words("killings murders homicides asesinatos homicidios cuerpo death")

# The casualty words, by what they count. Participles/nouns follow a number; verbs precede one.
_AFTER_NUMBER: dict[str, _Kind] = {}
_BEFORE_NUMBER: dict[str, _Kind] = {}
for _kind, _after, _before in (
    (
        _Kind.KILLED,
        "muerto muertos muerta muertas fallecido fallecidos fallecida fallecidas asesinado "
        "asesinados asesinada asesinadas cadaver cadaveres cuerpos victimas ejecutados "
        "acribillados abatidos calcinados killed dead murdered deaths bodies fatalities "
        "murieron mueren fallecieron fallecen die died murio muere fallecio fallece dies "
        "pierdenlavida perdieronlavida pierdelavida perdiolavida sinvida shotdead "
        "losttheirlives victimasmortales vidasperdidas victimados victimadas halladosinvida "
        "occisos asesinato homicidio perecieron perecen perecio perece ultimados ultimadas "
        "degollados degolladas estrangulados bajas kia slain perished todeath "
        # (round seven: accident and wire-copy words)
        "drowned ahogados "
        # (round eight: "one (1) employee deceased", "02 ajusticiados")
        "deceased ajusticiados "
        # (round nine: the feminine forms, "Ocho personas fueron ejecutadas")
        "ejecutadas acribilladas abatidas ajusticiadas "
        # (round ten: spoken diminutives, "Dos ya han aparecido, pero muertitos")
        "muertitos muertitas "
        # (round thirteen: "luego de que uno de los dos heridos muriera")
        "muriera murieran falleciera fallecieran",
        "murieron mueren muere murio fallecieron fallecen asesinaron asesinan mataron "
        "matan acribillaron acribillan ejecutaron ejecutan hallan hallaron encuentran "
        "encontraron killed kill kills murdered asesinados muertos fallecidos cuerpos "
        "cadaveres restos bodies sinvida cobrolavida cobraronlavida acaboconlavida "
        "acabaronconlavida victimasmortales mato killing muerte masacre cadaver cuerpo asesino "
        "asesinos asesinato asesinatos crimen homicidio victimaron victiman abaten abatieron "
        "liquidan liquidaron perecieron perecen matado ultiman ultimaron "
        "fallecimiento deceso "
        # (round seven: "Derrumbe sepulta a dos trabajadores", "murder of two miners")
        "sepulta sepulto sepultan sepultaron buries buried abatio murder "
        # (round eight: present singular of a headline, "Perdieron la vida dos mineros")
        "mata ajustician ajusticiaron pierdenlavida perdieronlavida hancaido "
        # (round ten: "security forces shot dead three protesters")
        "shotdead "
        # (round eleven: "the deaths of the 13 miners", like "la muerte de los 13 mineros")
        "deaths "
        # (round twelve: "hallan muerto a uno de los cuatro")
        "hallanmuerto hallanmuertos",
    ),
    (
        _Kind.INJURED,
        "herido heridos herida heridas lesionado lesionados lesionada lesionadas malherido "
        "malheridos malherida malheridas injured wounded hurt lesiones quemaduras contusiones "
        "wounds wia baleados baleadas acuchillados apunalados macheteados hospitalizados "
        "hospitalizadas internados internadas "
        "hospitalised hospitalized "
        "contusion fracturas fractura injuries "
        # (round seven: "cuatro contusos", "siete atendidos en el hospital", "out of danger")
        "contusos contusas intoxicados intoxicadas fueradepeligro pronosticoreservado "
        # (round eight: "02 mineros con esquirlas en el rostro", "sustained minor burns")
        "esquirlas burns poisoning "
        # (round nine: "las mujeres fueron golpeadas con palos"; an assault alone
        # ("agredidos") states no injury)
        "golpeados golpeadas beaten "
        # (round ten: "01 trabajador con lesion en la mano", "One guard ... fractured his
        # wrist", "1 de ellos se fracturo el tobillo", diminutives)
        "lesion fractured selesiona heriditos heriditas "
        # (round eleven: "five miners shot", like "baleados": injured unless they died)
        "shot",
        "hieren hirieron hirio lesionaron balean balearon injured wounded injuring wounding "
        "heridos lesionados sickens sickened hiere lesiones "
        # (round nine: "Attackers injure two guards")
        "injure injures hurt hurts "
        # (round eleven: "Ronda azota a 3 presuntos chacales": whipped, so injured, the guide;
        # "se atendio a 4 comuneros con contusiones": treated, so injured, the guide)
        "azota azotan azotaron azoto chicotean chicotearon atendio atendieron "
        # (round twelve: "golpean a dos guardianes", "beat two plant workers": people beaten
        # are injured, the guide)
        "golpean golpearon golpeo beat",
    ),
    (
        _Kind.KIDNAPPED,
        "secuestrado secuestrados secuestrada secuestradas raptado raptados raptada raptadas "
        "plagiados plagiado retenidos retenido rehenes kidnapped abducted hostages hostage "
        "cautivos cautivo raptadas privadosdelibertad enpoderde freed llevadosalafuerza "
        "takenhostage liberados liberadas rescatados rescatadas rescued released cautiverio "
        "heldcaptive "
        # (round eleven: "Of the six workers seized by illegal miners"; people only, see
        # _round_ten_stop)
        "seized "
        # (round ten: locked up, so held, docs/labelling-guide.md; not in a collapse, see
        # _LOCKED_UP)
        "encerrados encerradas "
        "enmanosde " + " ".join(_TIED),
        "secuestran secuestraron raptan raptaron plagiaron retienen retuvieron "
        "kidnapped kidnap abducted secuestrados retenidos rehenes plagian freed release "
        "released releases secuestro rapto cautivos cautivas llevaronalafuerza liberan "
        "liberaron rescatan rescataron sellevarona secuestradores secuestrador "
        "privarondelibertad secuestrado secuestra rapta retiene "
        # (round fourteen: "la comunidad Soledad retuvo a dos trabajadores")
        "retuvo "
        # (round nine: "Gang abducts three miners")
        "abduct abducts "
        # (round ten: "the kidnapping of two engineers", "after tying up three guards",
        # "held 2 journalists", "seized five workers": these two with people only)
        "kidnapping abduction tiedup amarraron maniataron seized held "
        # (round eleven: "Banda encierra a 17 mineros", "amarran a los 2 vigilantes")
        "encierra encierran encerro encerraron amarra amarran maniatan "
        # (round twelve: "dejaron amarrados a los dos trabajadores")
        "amarrados amarradas maniatados maniatadas "
        # (round thirteen: "maniató a los tres vigilantes de turno")
        "maniato amarro "
        # (round sixteen: "ataron a los dos vigilantes")
        "ataron",
    ),
):
    _AFTER_NUMBER.update(dict.fromkeys(_after.split(), _kind))
    _BEFORE_NUMBER.update(dict.fromkeys(_before.split(), _kind))

# Words that may sit between a number and its casualty word ("13 mineros artesanales fueron
# asesinados"): people, their qualifiers, auxiliaries and articles.
_PEOPLE_SINGULAR = _words(
    "minero trabajador vigilante policia agente efectivo comunero hombre mujer joven "
    "persona empresario chofer conductor operario guardia soldado militar ingeniero "
    "dirigente transportista menor adolescente socio contratista seguridad supervisor "
    "acopiador comerciante geologo miner worker guard officer man woman person driver "
    "soldier engineer supervisor trader geologist policeman obrero operador administrador "
    "capataz tecnico funcionario poblador ciudadano hijo hija esposa esposo hermano hermana "
    "padre madre companero companera sobrino primo contractor varon sujeto individuo "
    "atacante asaltante delincuente sicario invasor intruso rondero campesino agricultor lider "
    "suboficial sargento cabo teniente capitan comandante nino nina anciano anciana estudiante "
    "copiloto ejecutivo executive bombero rescatista firefighter "
    "acompanante ocupante pasajero chambero pallaquero pallaquera motorista balsero dragero "
    "agraviado agraviada victima leader teenager youth child farmer villager boy "
    "girl resident attacker gunman intruder "
    # (round six: occupations and relatives a third writer used)
    "contador cajero mecanico ayudante electricista perforista topografo gerente empleado tio "
    "tia sobrina nieto nieta abuelo abuela cunado yerno suegro accountant surveyor cashier "
    "mechanic manager employee cambista "
    # (round eight) and the abbreviated titles of field logs ("Vig. Condori", "Sup. Castro")
    "cocinero cocinera operator guardian vig sup sr sra "
    # (round nine: English kin; not "son", the Spanish "they are")
    "daughter wife husband brother father mother nephew cousin "
    # (round ten: bodyguards, journalists, "body of unidentified male")
    "escolta guardaespaldas bodyguard journalist reporter photographer male female "
    "colaborador colaboradora protester manifestante colleague comrade "
    # (round eleven: English trades)
    "driller watchman welder blaster foreman "
    # (round twelve: gold buyers of ordinary news)
    "buyer comprador "
    # (round fourteen: "un draguero de apellido Rios", "un periodista y un camarografo", "un
    # infante de marina", "pistol-whipped the clerk")
    "draguero periodista camarografo infante clerk "
    # (round fifteen: "una fiscal ambiental y cuatro policias", "la funcionaria", "the boatman")
    "fiscal ingeniera funcionaria boatman"
)
_PEOPLE_PLURAL = _words(
    "mineros trabajadores vigilantes policias agentes efectivos comuneros hombres mujeres "
    "jovenes personas empresarios choferes conductores operarios guardias soldados "
    "militares ingenieros dirigentes transportistas menores adolescentes socios "
    "contratistas ciudadanos pobladores civiles miners workers guards officers men women "
    "people persons drivers soldiers police policemen villagers civilians engineers "
    "contractors geologists atacantes asaltantes delincuentes sicarios invasores intrusos "
    "ronderos campesinos agricultores hijos hermanos ocupantes pasajeros chamberos pallaqueros "
    "pallaqueras esposos motoristas balseros drageros leaders farmers "
    "attackers gunmen assailants residents passengers "
    "trabajadoras mecanicos ayudantes electricistas perforistas topografos tecnicos geologos "
    "acopiadores comerciantes supervisores operadores companeros companeras hermanas hijas "
    "ninos ninas ingenieras empleados periodistas surveyors mechanics employees obreros "
    "socavoneros profesionales jornaleros peones cargadores vecinos familiares colonos "
    "ganaderos inspectores fiscalizadores funcionarios brigadistas estudiantes turistas "
    "comuneras ronderas campesinas pobladoras cambistas bomberos rescatistas firefighters "
    "ejecutivos executives "
    # (round ten)
    "escoltas bodyguards journalists reporters mellizos mellizas gemelos gemelas twins "
    "colaboradores protesters manifestantes colleagues comrades "
    # (round eleven)
    "drillers watchmen welders blasters "
    # (round twelve)
    "buyers compradores "
    # (round fourteen)
    "dragueros camarografos infantes clerks "
    # (round fifteen)
    "fiscales suboficiales funcionarias escolares alumnos alumnas"
)
_FILLER = (
    _PEOPLE_SINGULAR
    | _PEOPLE_PLURAL
    | _words(
        "que obreros obrero artesanales artesanal informales informal formales ilegales "
        "ilegal mas otros otras otro otra fueron fue han ha sido resultaron resulto quedaron "
        "quedo estan esta serian habrian habria la el los las de del mineria minera empresa "
        "compania contrata seguridad privada were was have has been are more other at least "
        "mining company private security "
        # (round eight: "Ademas, un cocinero sufrio quemaduras")
        "sufrio sufrieron sufre sufren"
    )
)
# Between a casualty verb and its number: "asesinaron a dos", "murieron al menos 13".
_VERB_GAP = _words(
    "a al menos por lo los las otros otras mas de at least another of the to balazos tiros "
    "desde hace durante for "
    # (round eleven: "confirma muerte de sus cuatro vigilantes")
    "sus their "
    # (round eight: "murieron tambien otros dos", "retiene a cerca de 15")
    "tambien also ademas cerca alrededor unos unas aproximadamente aprox about around nearly "
    "golpes punaladas machetazos cuchilladas pedradas palazos culatazos quemarropa asciende "
    "ascienden ascendio suma suman sube subio "
    "llega llego quedaron quedan resultaron calcinados baleados acribillados asfixiados "
    "aplastados ahogados"
)
# A number immediately followed by these measures something other than people.
_NOT_PEOPLE_AFTER = _words(
    "soles sol s dolares dollars usd us kilos kilo kg kgs gramos g gr onzas oz toneladas "
    "tn t km kilometros kilometers metros m mm cm horas hora h hrs hours hour minutos min "
    "minutes dias dia days semanas weeks meses months anos ano years year am pm hectareas "
    # (round eleven: "secuestrados hace una semana")
    "semana week mes month "
    "ha calibre millones mil millon million thousand por percent veces times cuadras "
    "disparos balas tiros casquillos cartuchos explosivos dinamita camiones volquetes "
    # "de un balazo", "a una camioneta": a blow or a vehicle, not a person
    "balazo disparo tiro punalada punaladas cuchillada cuchilladas machetazo machetazos pedrada "
    "pedradas golpe golpes camioneta camionetas vehiculo vehiculos auto autos carro carros "
    "mototaxi mototaxis moto motos combi van pickup car cars vehicle vehicles bus buses omnibus "
    "pickups trucks "
    # (round fourteen: "left with about 5 kilograms of gold", the units spelled out)
    "kilogramos kilogramo gramo kilograms kilogram grams gram ounces ounce tonnes tons "
    # ("secuestra tres puntos en Cusco": football)
    "puntos points goles goals"
)
_WOUND_OF = [["de", "bala"], ["de", "arma"], ["por", "arma"], ["de", "proyectil"]]
_MONTHS = _words(
    "enero febrero marzo abril mayo junio julio agosto setiembre septiembre octubre "
    "noviembre diciembre january february march april may june july august september "
    "october november december"
)
# A number right after these is a label, a time or a measure, not a count of people.
_NOT_PEOPLE_BEFORE = _words(
    "s km kilometro calibre las nro numero n no hora horas ruc dni lote sector ano edad "
    "of de del el la los cerca pm am truck unit unidad camion volquete placa "
    # (round eleven: "The operator, aged 41, died")
    "aged age"
) - {"de", "el", "la", "los"}  # "de" etc. precede real counts too ("ataque de 13 ..."): allowed
# A digit after these is a label ("garita 1", "nivel 2200"), stepped over when it stands between
# a count and its casualty word; not a rule of its own, since the comma of "en la garita, 2
# heridos" is gone by the time tokens are read
_LABEL_NOUNS = _words(
    "garita nivel nv galeria labor bocamina socavon torre tajo patrulla turno grupo puesto "
    "campamento cuadrilla frente patrol unit gate checkpoint shift team squad post camp level "
    # (round ten: "adit 7", "SITREP 14", "portal 2", "rampa 3", "crucero 450")
    "adit shaft portal sitrep rampa crucero chimenea "
    # (round fifteen: "el ataque a la balsa 5", "la draga 7": a numbered dredge or raft)
    "balsa draga"
)
_LABEL_PLURALS = _words(
    "garitas niveles galerias labores bocaminas torres unidades camiones volquetes placas "
    "trucks units gates posts checkpoints"
)
# "las" before a number is a clock time only after these ("a las 3", "desde las 5"); otherwise
# it is a count ("las cuatro victimas mortales")
_CLOCK_BEFORE_LAS = _words("a desde hasta de entre sobre hacia pasadas")

# Several-word casualty expressions, merged into one token before counting ("perdieron la vida"
# -> "perdieronlavida"), keyed by their first word.
_PHRASES: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase in (
    "pierden la vida",
    "perdieron la vida",
    "pierde la vida",
    "perdio la vida",
    "hallado sin vida",
    "hallada sin vida",
    "encontrado sin vida",
    "encontrada sin vida",
    "sin vida",
    "sin signos vitales",
    "privados de su libertad",
    "privados de libertad",
    "privado de su libertad",
    "privado de libertad",
    "en poder de",
    "shot dead",
    "gunned down",
    "to death",
    "death toll",
    "cobro la vida",
    "cobra la vida",
    "cobran la vida",
    "claimed the lives of",
    "claimed the life of",
    "privaron de su libertad",
    "privan de su libertad",
    "taken captive",
    "held at gunpoint",
    "taken at gunpoint",
    # "han caido tres companeros": fallen, so killed
    "han caido",
    "cobraron la vida",
    "acabo con la vida",
    "acabaron con la vida",
    "victimas mortales",
    "victimas fatales",
    "victima fatal",
    "lost their lives",
    "vidas perdidas",
    "victima mortal",
    "llevados a la fuerza",
    "llevadas a la fuerza",
    "taken hostage",
    "taken by armed men",
    "taken by gunmen",
    "llevado a la fuerza",
    "llevada a la fuerza",
    "llevaron a la fuerza",
    "llevan a la fuerza",
    "en manos de",
    "held captive",
    # (round ten; "Escort vehicle: 2 x GSW", gunshot wounds of a field form)
    "x gsw",
    "tied up",
    "tying up",
    # (round eleven: "Thieves tie up guard")
    "tie up",
    "ties up",
    "shot and wounded",
    "shot and injured",
    "shot and killed",
    "sustained a cut",
    "sustained cuts",
    "sustained injuries",
    "suffered a cut",
    "suffered cuts",
    "suffered injuries",
    # (round twelve: "two police officers suffered bruises", "suffered a broken arm")
    *(
        f"{verb} {harm}"
        for verb in ("suffered", "sustained")
        for harm in (
            "bruises",
            "burns",
            "fractures",
            "a fracture",
            "a broken",
            "broken",
            "wounds",
            "minor injuries",
            "serious injuries",
            "head injuries",
            "gunshot wounds",
            "a gunshot wound",
            "a head wound",
            "a stab wound",
            "stab wounds",
        )
    ),
    # (round twelve: "Hallan muerto a uno de los cuatro trabajadores secuestrados": found
    # dead, a verb of the dead before its object)
    *(
        f"{verb} {dead}"
        for verb in ("hallan", "hallaron", "encuentran", "encontraron")
        for dead in ("muerto", "muerta", "muertos", "muertas")
    ),
    "held hostage",
    "held by armed",
    "held by an armed",
    "held by gunmen",
    "held by illegal",
    "held by an illegal",
    "se llevaron a",
    "se llevan a",
    "se llevaron a la fuerza",
    "se llevan a la fuerza",
    # "amenazas de muerte", "escuadron de la muerte": no one died; the merged token is no
    # casualty word
    "de muerte",
    "de la muerte",
):
    _words_of = tuple(_phrase.split())
    _merged = "".join(_words_of).replace("halladasinvida", "halladosinvida")
    _merged = _merged.replace("encontradosinvida", "halladosinvida")
    _merged = _merged.replace("encontradasinvida", "halladosinvida")
    _merged = _merged.replace("privadodesulibertad", "privadodelibertad")
    _merged = _merged.replace("privadosdesulibertad", "privadosdelibertad")
    _merged = _merged.replace("victimamortal", "victimasmortales")
    _merged = _merged.replace("victimasfatales", "victimasmortales")
    _merged = _merged.replace("victimafatal", "victimasmortales")
    _merged = _merged.replace("llevadasalafuerza", "llevadosalafuerza")
    _merged = _merged.replace("llevadaalafuerza", "llevadoalafuerza")
    _merged = _merged.replace("llevanalafuerza", "llevaronalafuerza")
    _merged = _merged.replace("sinsignosvitales", "sinvida").replace("sellevana", "sellevarona")
    if _merged.endswith("fuerza"):
        _merged = _merged.replace("sellev", "llev")
    if _merged == "xgsw":
        _merged = "wia"
    if _merged in ("tiedup", "tyingup", "tieup", "tiesup"):
        _merged = "tiedup"
    if _merged.startswith("shotand"):
        _merged = _merged[len("shotand") :]
    if _merged.startswith(("sustained", "suffered")):
        _merged = "lesiones"
    if _merged.startswith(("hallan", "encuentran", "encontraron")):
        _merged = "hallanmuertos" if _merged.endswith("s") else "hallanmuerto"
    if _merged == "gunneddown":
        _merged = "shotdead"
    if _merged.startswith(("cobra", "claimed")):
        _merged = "cobrolavida"
    _merged = _merged.replace("privandesulibertad", "privarondelibertad")
    _merged = _merged.replace("privarondesulibertad", "privarondelibertad")
    if _merged.startswith(
        ("takenby", "heldby", "heldhostage", "takencaptive", "heldat", "takenat")
    ):
        _merged = "takenhostage"
    _PHRASES.setdefault(_words_of[0], []).append((_words_of, _merged))
# Round six: constructions a third writer used, each merged into the casualty word it means.
_TAKERS = (
    "desconocidos",
    "sujetos armados",
    "sujetos",
    "encapuchados",
    "delincuentes",
    "hombres armados",
    "sus captores",
    "la banda",
    "una banda",
)
_BODY_PARTS = _words("arm leg shoulder chest head back stomach neck hand foot")
_HOLD_VERBS = "mantienen mantenian mantuvieron mantiene mantenia tienen tenian tuvieron tiene tenia"
_HELD_STEMS = ("encadenad", "amarrad", "maniatad", "encerrad", "cautiv", "atad")
_PROJECTILES = _words(
    "disparo disparos bala balas balazo balazos perdigon perdigones proyectil proyectiles "
    "esquirlas esquirla"
)
_BODY_PARTS_ES = _words(
    "muslo pierna brazo hombro pecho cabeza espalda abdomen rostro cara mano pie cuello torax "
    "cadera rodilla"
)
_PHRASES_AS: dict[str, list[str]] = {
    # "El perforista recibio un balazo en la pierna": one person shot or stabbed (after a person,
    # like "baleado")
    "baleado": [
        f"{verb} {wound}"
        for verb in ("recibio", "recibe")
        for wound in (
            "un disparo",
            "un balazo",
            "un tiro",
            "un impacto de bala",
            "impacto",
            "una punalada",
            "una cuchillada",
            "un machetazo",
            # "recibio dos disparos": the shots are counted, the person is one
            *(
                f"{n} {w}"
                for n in ("dos", "tres", "varios")
                for w in ("disparos", "balazos", "tiros")
            ),
            *(f"{n} {w}" for n in ("dos", "tres", "varias") for w in ("punaladas", "cuchilladas")),
            # (round twelve) "recibio 2 tiros", "recibio un corte de machete"
            *(
                f"{n} {w}"
                for n in ("2", "3", "4", "5", "cuatro", "cinco")
                for w in ("disparos", "balazos", "tiros", "impactos")
            ),
            "un corte",
        )
    ],
    # "son tomados como rehenes", "toman como rehen a un vigilante"
    "secuestrado": ["tomado como rehen", "tomado de rehen", "retenido como rehen"],
    "secuestrada": ["tomada como rehen", "tomada de rehen", "retenida como rehen"],
    "secuestrados": [
        *(
            f"{held} {how} rehenes"
            for held in ("tomados", "tomadas", "retenidos", "retenidas", "mantenidos")
            for how in ("como", "de")
        ),
        # (round fifteen) "rescato a 18 adolescentes victimas de trata": held for exploitation,
        # so kidnapped, rescued or not (docs/labelling-guide.md, round fifteen)
        "victimas de trata",
        "victims of trafficking",
        "trafficking victims",
    ],
    "secuestran": ["toman como rehen", "toman como rehenes", "toman de rehenes"],
    "secuestraron": ["tomaron como rehen", "tomaron como rehenes", "tomaron de rehenes"],
    "takenhostage": [
        "taken as hostages",
        "taken as hostage",
        "taken as a hostage",
        "held as hostages",
        "kept hostage",
        "kept captive",
    ],
    # "subido a la fuerza a una camioneta"; (round seven) "tomados por la fuerza", "llevado por
    # desconocidos" (taken away by strangers or armed men)
    "llevadoalafuerza": [
        *(f"{p} a la fuerza" for p in ("subido", "subida", "metido", "metida")),
        *(f"{p} por la fuerza" for p in ("tomado", "tomada", "llevado", "llevada")),
        *(f"{p} por {who}" for p in ("llevado", "llevada") for who in _TAKERS),
    ],
    "llevadosalafuerza": [
        *(f"{p} a la fuerza" for p in ("subidos", "subidas", "metidos")),
        *(f"{p} por la fuerza" for p in ("tomados", "tomadas", "llevados", "llevadas")),
        *(f"{p} por {who}" for p in ("llevados", "llevadas") for who in _TAKERS),
    ],
    # (round seven) "los otros dos están fuera de peligro", "con pronóstico reservado": injured
    "fueradepeligro": ["fuera de peligro"],
    "pronosticoreservado": ["pronostico reservado"],
    # "One guard hit in the arm", "four remain in hospital", "Tres personas sufrieron golpes"
    # (round eight) "was shot in the leg": wounded, not killed
    "wounded": [
        *(f"{hit} in the {part}" for hit in ("hit", "shot") for part in _BODY_PARTS),
        # (round nine) "guard hit by rubber pellet", "struck by a stone"
        *(f"{hit} by" for hit in ("hit", "struck")),
        # (round twelve) "Guard Rojas hit with a rock"
        *(f"{hit} with {det}" for hit in ("hit", "struck") for det in ("a", "an")),
    ],
    "hospitalised": [f"{verb} in hospital" for verb in ("remain", "remains", "remained")],
    "lesiones": [
        *(f"sufrio {harm}" for harm in ("golpes", "cortes")),
        # (round eight) "Vig. Condori sufre corte en antebrazo"
        *(f"{verb} {harm}" for verb in ("sufre", "sufrio") for harm in ("corte", "un corte")),
        # (round nine) "Mecánico sufre quemadura", "Jugador sufre lesión en la rodilla"
        *(
            f"{verb} {harm}"
            for verb in ("sufre", "sufrio")
            for harm in (
                "lesion",
                "una lesion",
                "quemadura",
                "una quemadura",
                "fractura",
                "una fractura",
                "golpes",
                # (round fifteen) "sufrio una luxacion del hombro"
                "luxacion",
                "una luxacion",
            )
        ),
    ],
    "lesionados": [
        f"{verb} {harm}"
        # (round nine: the present, "sufren cortes"; round thirteen: "Los tres resultaron con
        # golpes", the plural of "resulta con quemaduras")
        for verb in ("sufrieron", "sufren", "resultaron con", "quedaron con")
        for harm in ("golpes", "cortes", "contusiones", "lesiones", "quemaduras", "fracturas")
    ],
    "llevaronalafuerza": [f"{p} a la fuerza" for p in ("subieron", "suben", "metieron", "meten")],
    # "Operario se fracturo el tobillo": injured, after a person (see _AFTER_PERSON); the plural
    # is a count ("Dos ayudantes se lesionaron")
    "selesiona": [
        f"se {verb}"
        for verb in _words(
            "lesiona lesiono hiere hirio fractura fracturo quema quemo corta corto golpea golpeo"
        )
    ],
    "selesionan": [
        f"se {verb}" for verb in _words("lesionan lesionaron hieren hirieron fracturaron golpearon")
    ],
    # (round eleven) "falleció por mal de altura", "dies of heart attack": illnesses (the guide)
    "soroche": ["mal de altura", "altitude sickness"],
    "infarto": ["heart attack", "ataque al corazon"],
}
# (round twelve) "ha sido alcanzado en el muslo por un perdigon": hit by a projectile, so shot
# (not "alcanzado por la policia"; the plural stays as it is, the rest of a group "alcanzados"
# is read by _rest_of_group)
_PHRASES_AS["baleado"].extend(
    f"{hit} {where}"
    for hit in ("alcanzado", "alcanzada")
    for where in (
        *(
            f"por {det}{projectile}"
            for det in ("", "un ", "una ", "los ", "las ", "unos ", "varios ")
            for projectile in _PROJECTILES
        ),
        *(f"en {det} {part}" for det in ("el", "la") for part in _BODY_PARTS_ES),
        # (round fourteen) "fue alcanzado por arma de fuego"
        "por arma de fuego",
        "por un arma de fuego",
    )
)
# (round fourteen) "dos compañeros fueron alcanzados por arma de fuego": the plural when a
# firearm or a projectile is named (not "alcanzados por la policia", nor "los otros dos
# alcanzados", which _rest_of_group reads)
_PHRASES_AS.setdefault("baleados", []).extend(
    f"{hit} por {what}"
    for hit in ("alcanzados", "alcanzadas")
    for what in (
        "arma de fuego",
        "armas de fuego",
        "disparos",
        "balas",
        "perdigones",
        "proyectiles",
    )
)
# (round fourteen) "El agente Huaman recibe disparo en la pierna": the note's bare noun
_PHRASES_AS["baleado"].extend(
    f"{verb} {wound}" for verb in ("recibio", "recibe") for wound in ("disparo", "balazo")
)
# "lo tenian amarrado", "tenia encerrado a un acopiador": held, so kidnapped
for _ending in ("o", "a", "os", "as"):
    _PHRASES_AS.setdefault(f"secuestrad{_ending}", []).extend(
        f"{verb} {held}{_ending}" for verb in _HOLD_VERBS.split() for held in _HELD_STEMS
    )
for _merged, _phrases in _PHRASES_AS.items():
    for _phrase in _phrases:
        _merged_as = "lesionados" if _merged == "selesionan" else _merged
        _PHRASES.setdefault(_phrase.split()[0], []).append((tuple(_phrase.split()), _merged_as))
for _first in _PHRASES:  # longest phrase first
    _PHRASES[_first].sort(key=lambda entry: -len(entry[0]))


_DEATH_OF = _words("delamuerte")
_OF_WHOM = [["de"], ["del"]]


def _merge_phrases(tokens: list[str]) -> list[str]:
    # only the few positions where a phrase may start are looked at (found at C speed)
    starts = [i for i, tok in enumerate(tokens) if tok in _PHRASES]
    merged: list[str] = []
    done = 0
    for i in starts:
        if i < done:
            continue
        for words, token in _PHRASES[tokens[i]]:
            if tokens[i + 1 : i + 2] == [words[1]] and tuple(tokens[i : i + len(words)]) == words:
                # (round twelve) "a un ano de la muerte de los 13 mineros": the death of people
                # (not "amenazas de muerte"), so the phrase stays unmerged
                if token in _DEATH_OF and tokens[i + len(words) : i + len(words) + 1] in _OF_WHOM:
                    break
                merged += tokens[done:i]
                merged.append(token)
                done = i + len(words)
                break
    if not done:
        return tokens
    merged += tokens[done:]
    return merged


# "death toll ... rises to 12": the next number in the clause, a few words on, is the dead.
_TOLL = "deathtoll"
_TOLL_WINDOW = 7
# Words that state the dead: a count that first reads as kidnapped ("los tres secuestrados
# fueron hallados muertos") is killed when one of these follows in the same clause, because
# people kidnapped and found dead count as killed only (docs/labelling-guide.md).
_DEATH_AFTER_KIDNAP = _words(
    "muertos muertas muerto muerta asesinados asesinadas asesinado asesinada sinvida "
    "halladosinvida fallecidos fallecido cadaveres cadaver ejecutados ejecutado murieron murio "
    "mueren muere fallecieron fallecio fallecen fallece dead killed murdered bodies died "
    "muriera murieran falleciera fallecieran"
)
# A new clause with its own victims starts here ("dos secuestrados y un vigilante muerto").
_CLAUSE_JOINS = _words("y e and mientras pero while but")
# A singular victim without a number: a singular person noun, optionally "was"/"is" and the
# like, then the participle ("worker shot dead", "a guard was wounded", "capataz retenido").
# ("retenido" only after a person: goods and lorries are "retenidos" too.)
_STABBED = ("acuchillado", "acuchillada", "apunalado", "apunalada", "macheteado", "macheteada")
_AFTER_PERSON: dict[str, _Kind] = {
    **dict.fromkeys(["killed", "murdered", "shotdead", "dead", "slain", "todeath"], _Kind.KILLED),
    **dict.fromkeys(["wounded", "injured", "hurt"], _Kind.INJURED),
    **dict.fromkeys(["kidnapped", "abducted", "retenido", "retenida"], _Kind.KIDNAPPED),
    # (round thirteen) "El conductor, de 52 años, fue maniatado": tied up, so held
    **dict.fromkeys(_TIED_ONE, _Kind.KIDNAPPED),
    # "baleado" only after a person ("camioneta baleada" is no casualty); "miner's body"
    **dict.fromkeys(["baleado", "baleada"], _Kind.INJURED),
    # stabbed likewise ("Vigilante es acuchillado"); "se lesiona": "Operario se fracturo el pie"
    **dict.fromkeys(_STABBED, _Kind.INJURED),
    "selesiona": _Kind.INJURED,
    "takenhostage": _Kind.KIDNAPPED,
    "body": _Kind.KILLED,
    # "Trabajador sufrio heridas de bala", "Vigilante resulta con quemaduras"
    **dict.fromkeys(["heridas", "lesiones", "quemaduras"], _Kind.INJURED),
    # (round fifteen) "presento contusiones en el torax"
    **dict.fromkeys(["contusiones"], _Kind.INJURED),
    # (round seven) "Empresario sigue en poder de sus captores", "executive was snatched",
    # "vigilante con pronostico reservado"
    **dict.fromkeys(["enpoderde", "enmanosde", "snatched"], _Kind.KIDNAPPED),
    **dict.fromkeys(["fueradepeligro", "pronosticoreservado"], _Kind.INJURED),
    # (round ten) "Cocinera (Sra. Huanca) fue encerrada en el almacen": held, so kidnapped;
    # "Security contractor (male, 44) found deceased"
    **dict.fromkeys(["encerrado", "encerrada"], _Kind.KIDNAPPED),
    "deceased": _Kind.KILLED,
    # (round ten: the singular of "golpeados", after a person: the beaten are injured,
    # docs/labelling-guide.md; "golpeada por la fortaleza del dolar" is the gold price)
    **dict.fromkeys(["golpeado", "golpeada", "beaten"], _Kind.INJURED),
    **dict.fromkeys(["kia"], _Kind.KILLED),
    **dict.fromkeys(["wia"], _Kind.INJURED),
    # (round twelve: "The guard, 29, was shot in the thigh", "Guard shot at gold plant gate":
    # English "shot" after a person is wounded, like "baleado", the guide)
    "shot": _Kind.INJURED,
    # (round twelve: "vigilante Ticona con golpe en el hombro", "Vigilante A. Huaman con
    # contusion en la cabeza": only right after "con", see _CON_INJURIES)
    **dict.fromkeys(_words("corte golpe contusion fractura"), _Kind.INJURED),
}
_CON_INJURIES = _words("corte golpe contusion fractura")
_PERSON_AUX = _words(
    "was is has been being had fue quedo permanece sigue esta s sufrio sufre resulto resulta con "
    # headlines in the present: "Capataz es baleado", "Vigilante queda herido"
    "es queda sale salio termina termino "
    # "Contractor driver found dead"
    "found "
    # (round twelve) "un trabajador de la contrata ha sido alcanzado en el muslo"
    "ha sido "
    # (round fifteen) "El conductor Neyra presento contusiones en el torax"
    "presento presenta presentaba"
)
# A dying verb next to a singular person ("Muere vigilante baleado", "Fallece el minero").
_DYING_VERBS = _words(
    "muere murio fallece fallecio perece perecio dies died perished pierdelavida perdiolavida "
    # (round thirteen: "luego de que uno de los dos heridos muriera")
    "muriera falleciera"
)
# Nouns that name one death when a person follows ("el deceso del minero baleado")
_DEATH_NOUNS = _words("muerte deceso fallecimiento asesinato cuerpo restos")
# ("cuerpo" and "restos" count only so: "el cuerpo fue llevado a la morgue" says nothing new)
_BODY_NOUNS = _words("cuerpo restos")
_NEGATIONS = _words("ningun ninguno ninguna sin no ni nadie without")
_NONE_WORDS = _words("ningun ninguno ninguna nadie none nobody")

# "uno" stands alone ("y uno aparece muerto"): a number of its own, not an article
_ARTICLES = frozenset({"un", "una", "a"})
_DE_LOS = [["de", "los"], ["de", "las"]]
# Between a number and its casualty word, up to this many words of any kind within one clause
# ("Once mineros permanecen secuestrados", "Tres mineros de Ananea fueron secuestrados").
_MAX_GAP = 6
# Singular participles and verbs that, with no number, still state one victim
# ("vigilante fue asesinado", "Raptan a supervisor", "Dan muerte a vigilante").
_SINGLE: dict[str, _Kind] = {
    **dict.fromkeys(
        [
            "asesinado",
            "asesinada",
            "fallecido",
            "fallecida",
            "muerto",
            "muerta",
            "ejecutado",
            "ejecutada",
            "ultimado",
            "ultimada",
            "victimado",
            "victimada",
            "acribillado",
            "acribillada",
            "abatido",
            "abatida",
            "occiso",
            "degollado",
            "degollada",
            "estrangulado",
            "estrangulada",
            # a body is one dead person ("Se encontro cadaver de varon")
            "cadaver",
            # (round ten: the singular of "ajusticiados", spoken diminutives)
            "ajusticiado",
            "ajusticiada",
            "muertito",
            "muertita",
            # (round twelve: "Hallan muerto a minero", merged by _merge_phrases)
            "hallanmuerto",
        ],
        _Kind.KILLED,
    ),
    **dict.fromkeys(
        ["herido", "herida", "lesionado", "lesionada", "malherido", "malherida"], _Kind.INJURED
    ),
    **dict.fromkeys(
        [
            "secuestrado",
            "secuestrada",
            "raptado",
            "raptada",
            "plagiado",
            "plagiada",
            "llevadoalafuerza",
        ],
        _Kind.KIDNAPPED,
    ),
}
_BEATING = _words("golpean golpearon golpeo beat")
_SINGLE_VERBS: dict[str, _Kind] = {
    **dict.fromkeys(
        [
            "asesinan",
            "asesinaron",
            "matan",
            "mataron",
            "ejecutan",
            "ejecutaron",
            "ultiman",
            "ultimaron",
            "acribillan",
            "acribillaron",
            "muerte",
            "deceso",
            "fallecimiento",
            "asesinato",
            "cuerpo",
            "restos",
            "abaten",
            "abatieron",
            "liquidan",
            "liquidaron",
            "mato",
            "abatio",
            # (round twelve: the headline's present, "Sicario mata a acopiador de oro")
            "mata",
        ],
        _Kind.KILLED,
    ),
    **dict.fromkeys(["kill", "kills", "murder", "murders", "sinvida"], _Kind.KILLED),
    # (round ten) "Police shot dead a suspected extortionist", "the death of our comrade", "el
    # homicidio del minero"
    **dict.fromkeys(["shotdead", "death", "homicidio"], _Kind.KILLED),
    **dict.fromkeys(
        [
            "hieren",
            "hirieron",
            "hirio",
            "balean",
            "balearon",
            "injure",
            "injures",
            "wound",
            "wounds",
        ],
        _Kind.INJURED,
    ),
    **dict.fromkeys(["kidnap", "kidnaps", "abduct", "abducts"], _Kind.KIDNAPPED),
    **dict.fromkeys(
        [
            "secuestran",
            "secuestraron",
            "raptan",
            "raptaron",
            "plagian",
            "plagiaron",
            "retienen",
            "retuvieron",
            # (round sixteen: "ataron al conductor y a su ayudante"; a person must follow, as
            # for _RETAIN)
            "ataron",
            "amarraron",
            "maniataron",
            # (only in a kidnapping story: elsewhere these words are blanked out)
            "liberan",
            "liberaron",
            "rescatan",
            "rescataron",
        ],
        _Kind.KIDNAPPED,
    ),
    # (round seven) "Acuchillan a vigilante": stabbed, so injured (unless the story says died)
    **dict.fromkeys(_words("acuchillan acuchillaron apunalan apunalaron"), _Kind.INJURED),
    # (round twelve) "golpeo a un vigilante que intento detenerlos": beaten, so injured
    **dict.fromkeys(_BEATING, _Kind.INJURED),
    # (round nine) "Reportan secuestro de contador": only with "de" and one person after it
    **dict.fromkeys(_words("secuestro rapto plagio"), _Kind.KIDNAPPED),
}


@dataclass(frozen=True, slots=True)
class _Number:
    start: int
    end: int  # exclusive
    value: int


# "2º", "3ª", "40°": an ordinal or degrees, never a count ("quemadura de 2º grado"); written
# as a spelled ordinal suffix, which the count rules already step over
_ORDINAL_SIGN = re.compile(r"(\d)\s?[º°ª]")
# A day and month, perhaps a year: "20/11", "03/05/2025"
_DATE = re.compile(r"\b(?:[0-2]?\d|3[01])/(?:0?[1-9]|1[0-2])(?:/\d{2,4})?\b")


# (round fourteen) "1 SO2 PNP herido": a police rank (suboficial de segunda), not a figure
_RANK = re.compile(r"\bS[OT][1-3]\b")


def _tokens(text: str) -> list[str]:
    if "º" in text or "°" in text or "ª" in text:  # (rare: the regex only when needed)
        text = _ORDINAL_SIGN.sub(r"\1ro ", text)
    if "/" in text:  # (round thirteen) "secuestrado el 20/11": a date, not two figures
        text = _DATE.sub(" fecha ", text)
    if "SO" in text or "ST" in text:
        text = _RANK.sub("suboficial", text)
    return _TOKEN.findall(normalize(text))


# Words in -ista that name no person ("pista", "lista", "entrevista").
_ISTA_NOT_PEOPLE = _words(
    "pista pistas lista listas vista vistas revista revistas entrevista entrevistas conquista "
    "arista aristas despista alista vistas imprevista prevista previstas autopista autopistas"
)


def _occupations(tokens: list[str]) -> list[str]:
    """Occupations in -ista(s) the people lists lack ("mototaxista", "maquinistas") read as
    one such person: writers name many trades, and Spanish makes them with this suffix."""
    if "ista" not in " ".join(tokens):  # most texts: one search at C speed
        return tokens
    out = []
    for tok in tokens:
        if (
            len(tok) >= 7
            and tok not in _ISTA_NOT_PEOPLE
            and tok not in _PEOPLE_SINGULAR
            and tok not in _PEOPLE_PLURAL
        ):
            if tok.endswith("ista"):
                tok = "contratista"
            elif tok.endswith("istas"):
                tok = "contratistas"
        out.append(tok)
    return out


# Tokens that may start a number: the number words, and the articles of "una docena".
# (Digit tokens are recognised by their first character: a token starts with a digit exactly
# when it matched the digits branch of ``_TOKEN``.)
_MULTIPLES = {"doble": 2, "triple": 3, "cuadruple": 4, "double": 2}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "vi": 6, "vii": 7, "viii": 8}
# (round ten) "Asesinan a mellizos": twins are two, like "esposos"
_TWINS = _words("mellizos mellizas gemelos gemelas twins")
# "Doble crimen", "triple murder": a multiple before one of these counts the dead
_MULTIPLE_KILLINGS = _words("asesinato homicidio crimen ejecucion murder homicide killing")
_NUMBER_STARTS = (
    frozenset(_NUMBER_WORDS)
    | frozenset(_MULTIPLES)
    | _words("una un a media su his her otro otra docena dozen par pareja esposos")
    | _TWINS
    | frozenset(_ROMAN)
)
# Collective numerals after an article: "una veintena", "un par de", "a pair of"; "media
# docena" is six.
_GROUPS = {
    "docena": 12,
    "dozen": 12,
    "decena": 10,
    "quincena": 15,
    "veintena": 20,
    "treintena": 30,
    "centenar": 100,
    "par": 2,
    "pareja": 2,
    "pair": 2,
    "couple": 2,
}
_NOT_DIGIT_FIRST = frozenset("abcdefghijklmnopqrstuvwxyz") | _BOUNDARY
_ORDINALS = _words(
    "tercer tercera tercero cuarto cuarta quinto quinta third fourth fifth "
    # (round ten: "a second worker hit in the leg", "critically injuring a ninth")
    "segundo segunda second sexto sexta sixth seventh eighth ninth tenth"
)


_POSSESSIVE_ONE = _words("su his her")
_PAIR_DETERMINERS = _words("el la a the")


def _numbers(tokens: list[str]) -> list[_Number]:
    """Every count-like number in ``tokens``, digits or words (compound words combined)."""
    found: list[_Number] = []
    # Only the few tokens that can start a number are looked at, left to right; a number
    # consumes the tokens it spans (``done``), as a scan over every token would.
    done = 0
    n = len(tokens)
    for i in [
        i for i, tok in enumerate(tokens) if tok in _NUMBER_STARTS or tok[0] not in _NOT_DIGIT_FIRST
    ]:
        if i < done:
            continue
        tok = tokens[i]
        if tok[0].isdigit():
            value = int(tok.replace(".", "").replace(",", ""))
            end = i + 1
            # "03 (tres) cadaveres": the word repeats the digits
            if tokens[end : end + 1] == ["("] and _repeats(tokens, end, value):
                end += 3
            found.append(_Number(i, end, value))
            done = end
            continue
        # "un minero y su hijo": a possessive before one person names one victim
        # (round ten: "killed a man and his wife")
        if tok in _POSSESSIVE_ONE:
            if i + 1 < n and tokens[i + 1] in _PEOPLE_SINGULAR:
                # "el conductor y su copiloto": the pair, two people
                # (round twelve) "El dirigente de la asociacion de mineros y su escolta": a
                # complement of the first person may stand between
                start = _pair_start(tokens, i - 1) if i >= 3 and tokens[i - 1] in _AND else -1
                if start >= done:
                    found.append(_Number(start, i + 2, 2))
                    done = i + 2
                else:
                    found.append(_Number(i, i + 1, 1))
                    done = i + 1
            continue
        # "una tercera resulto con quemaduras", "a third officer": one more person
        if tok in ("una", "un", "a") and i + 1 < n and tokens[i + 1] in _ORDINALS:
            found.append(_Number(i, i + 2, 1))
            done = i + 2
            continue
        if tok in ("una", "un", "a") and i + 1 < n and tokens[i + 1] in _GROUPS:
            found.append(_Number(i, i + 2, _GROUPS[tokens[i + 1]]))
            done = i + 2
            continue
        # "Esposos mueren acribillados": a married couple is two ("pareja de esposos" is the pair)
        if tok == "esposos" or tok in _TWINS:
            # (round ten: "Los esposos ... fueron golpeados" names the two as well)
            if i == 0 or tokens[i - 1] not in ("de", "sus"):
                found.append(_Number(i, i + 1, 2))
                done = i + 1
            continue
        if tok in ("docena", "dozen"):  # "Dozen injured in clash"
            found.append(_Number(i, i + 1, 12))
            done = i + 1
            continue
        # "par de mineros acribillados", "Pareja de esposos secuestrada" (no article)
        if tok in ("par", "pareja"):
            if i + 1 < n and tokens[i + 1] == "de":
                found.append(_Number(i, i + 1, 2))
                done = i + 1
            continue
        # "Doble asesinato", "Triple homicidio"
        if tok in _MULTIPLES:
            if i + 1 < n and tokens[i + 1] in _MULTIPLE_KILLINGS:
                found.append(_Number(i, i + 1, _MULTIPLES[tok]))
                done = i + 1
            continue
        if tok == "media":
            if i + 1 < n and tokens[i + 1] == "docena":
                found.append(_Number(i, i + 2, 6))
                done = i + 2
            continue
        # (round ten) "Occisos: II (dos)", "II cuerpos sin vida": Roman numerals of field forms,
        # only before people, a casualty word or the number repeated in brackets
        if tok in _ROMAN:
            value = _ROMAN[tok]
            if tokens[i + 1 : i + 2] == ["("] and _repeats(tokens, i + 1, value):
                found.append(_Number(i, i + 4, value))
                done = i + 4
            elif _people_or_casualty(tokens, i + 1) or (
                # (round eleven) "Occisos: II. Heridos: I.": right after a casualty field
                i >= 2
                and tokens[i - 1] == ":"
                and tokens[i - 2] in _AFTER_NUMBER
                and tokens[i + 1 : i + 2] in ([], ["."], [";"], ["("])
            ):
                found.append(_Number(i, i + 1, value))
                done = i + 1
            continue
        if tok in _NUMBER_WORDS:
            # (round ten) "nos matan uno por uno": a manner, not a count
            if tokens[i + 1 : i + 3] in (["por", "uno"], ["by", "one"]):
                done = i + 3
                continue
            value = _NUMBER_WORDS[tok]
            end = i + 1
            # "treinta y dos", "twenty one" (the hyphen of "twenty-one" is gone by now)
            if tok in _TENS:
                if end + 1 < n and tokens[end] == "y" and tokens[end + 1] in _UNITS:
                    value += _UNITS[tokens[end + 1]]
                    end += 2
                elif end < n and tokens[end] in _UNITS and tokens[end] != "a":
                    value += _UNITS[tokens[end]]
                    end += 1
            # "Dos (2) personas", "dos (02)": the digits repeat the word
            if tokens[end : end + 1] == ["("] and _repeats(tokens, end, value):
                end += 3
            found.append(_Number(i, end, value))
            done = end
            continue
        # "un muerto en Pataz y otro en Vijus", "otro vigilante quedo herido": one more person
        if tok in ("otro", "otra") and i > 0 and tokens[i - 1] in _AND_OR_BOUNDARY:
            found.append(_Number(i, i + 1, 1))
            done = i + 1
        # (round ten) "uno fue liberado y el otro murio en cautiverio": the other one of a pair
        elif (
            tok in ("otro", "otra")
            and i > 1
            and tokens[i - 1] in ("el", "la")
            and tokens[i - 2] in _AND_OR_BOUNDARY
        ):
            found.append(_Number(i - 1, i + 1, 1))
            done = i + 1
    if not _PAIR_JOINS.isdisjoint(tokens):
        found = _pairs(tokens, found)
    return _ranges(tokens, found)


def _repeats(tokens: list[str], start: int, value: int) -> bool:
    """Whether "( N )" at ``start`` repeats ``value`` in the other notation ("(2)", "(tres)")."""
    if len(tokens) < start + 3 or tokens[start + 2] != ")":
        return False
    inner = tokens[start + 1]
    return (inner.isdigit() and int(inner) == value) or _NUMBER_WORDS.get(inner) == value


_PAIR_COMPLEMENT = 10  # words of the first person's complement, at most


def _pair_start(tokens: list[str], join: int) -> int:
    """Where "el conductor" or (round twelve) "el dirigente de la asociacion" starts, ending
    right before the join at ``join``; -1 when no determined person ends there."""
    if tokens[join - 1] in _PEOPLE_SINGULAR and tokens[join - 2] in _PAIR_DETERMINERS:
        return join - 2
    for k in range(join - 2, max(1, join - _PAIR_COMPLEMENT), -1):
        tok = tokens[k]
        if tok in _BOUNDARY or tok in _AND or tok[0].isdigit():
            return -1
        if (
            tok in ("de", "del", "of")
            and tokens[k - 1] in _PEOPLE_SINGULAR
            and k >= 2
            and tokens[k - 2] in _PAIR_DETERMINERS
        ):
            return k - 2
    return -1


def _pairs(tokens: list[str], found: list[_Number]) -> list[_Number]:
    """Two singular people named as a pair, with no numbers ("Madre e hija mueren", "eran padre
    e hijo"), are a count of two."""
    taken = {i for number in found for i in range(number.start, number.end)}
    pairs = []
    for i in range(1, len(tokens) - 1):
        if tokens[i] not in _PAIR_JOINS or tokens[i - 1] not in _PEOPLE_SINGULAR:
            continue
        # (round twelve) "el chofer y el ayudante resultaron heridos": both determined alike
        if (
            i >= 2
            and tokens[i - 2] in _DEFINITE
            and tokens[i + 1] in _DEFINITE
            and i + 2 < len(tokens)
            and tokens[i + 2] in _PEOPLE_SINGULAR
            and taken.isdisjoint(range(i - 2, i + 3))
        ):
            pairs.append(_Number(i - 2, i + 3, 2))
            continue
        # English articles are no numbers here: "a man and a woman died"
        english = tokens[i] == "and"
        end = i + 2 if english and tokens[i + 1] in ("a", "the") else i + 1
        if end >= len(tokens) or tokens[end] not in _PEOPLE_SINGULAR:
            continue
        before = tokens[i - 2] if i >= 2 else ""
        if before in _NOT_BEFORE_PAIR and not (english and before in ("a", "the")):
            continue
        if taken.isdisjoint(range(i - 1, end + 1)):
            pairs.append(_Number(i - 1, end + 1, 2))
    return sorted(found + pairs, key=lambda number: number.start) if pairs else found


_PAIR_JOINS = _words("y e and")


# A determiner before the first person makes the pair two counts already ("un minero y un")
# (Spanish "a" is the personal preposition: "asesinan a padre e hijo" is a pair)
_NOT_BEFORE_PAIR = _words("un una el la al su the an")


_AND_OR_BOUNDARY = _BOUNDARY | frozenset({"y", "e"})


def _ranges(tokens: list[str], found: list[_Number]) -> list[_Number]:
    """ "entre 10 y 12 mineros" is one number, its upper figure (docs/labelling-guide.md)."""
    if "entre" not in tokens and "between" not in tokens:
        return found
    merged: list[_Number] = []
    for number in found:
        if merged:
            low = merged[-1]
            if (
                low.start > 0
                and tokens[low.start - 1] in ("entre", "between")
                and tokens[low.end : number.start] in (["y"], ["and"])
            ):
                merged[-1] = _Number(low.start, number.end, number.value)
                continue
        merged.append(number)
    return merged


# Digits after "de" that are ages: a list of them ending in "anos", or one before a name's end
# ("de 32 fueron encontrados" has lost its comma; "de 32 mineros" goes on to people)
_DIED_ONE_ES = _words("murio fallecio muere fallece")
_AMONG_THEM = [["entre", "ellos"], ["entre", "ellas"], ["among", "them"]]
_THEM = _words("ellos ellas them")
_AGES_AFTER_DE = re.compile(r"^\d{2}(?: \d{2})*(?: y \d{2})? anos\b|^\d{2} (?:fueron|fue|y su)\b")

# ("the murder of two miners", "the deaths of three guards" are counts too)
_OF_THE_DEAD = _words("bodies remains murder murders killing killings deaths")


def _people_or_casualty(tokens: list[str], j: int) -> bool:
    """Whether people or a casualty word stand at ``tokens[j]``."""
    return j < len(tokens) and (tokens[j] in _PEOPLE_PLURAL or tokens[j] in _AFTER_NUMBER)


_MERIDIEM = [["a", ".", "m"], ["p", ".", "m"]]


def _is_count_of_people(tokens: list[str], number: _Number) -> bool:
    """False for years, money, weights, dates, kilometre posts, hours, calibres and ages."""
    tok = tokens[number.start]
    if tok[0].isdigit():
        if len(tok) == 4 and 1900 <= number.value <= 2100:
            return False
        if number.value > 5000:
            return False
        # "The guard, 45, was shot": digits right after one person are an age
        if number.start > 0 and tokens[number.start - 1] in _PEOPLE_SINGULAR:
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
            or (number.start > 0 and tokens[number.start - 1] == "at")
            or not _people_or_casualty(tokens, number.end)
        ):
            return False
        # "de 23, 27 y 31 años", "su hijo Henry, de 32, fue...": ages after "de", the comma
        # gone; a count after "de" goes on to its people
        if (
            number.start > 0
            and tokens[number.start - 1] == "de"
            and _AGES_AFTER_DE.match(" ".join(tokens[number.start : number.start + 6]))
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
        before in ("los", "las", "the")
        and number.start >= 3
        and tokens[number.start - 3] in _NONE_WORDS
        and tokens[number.start - 2] in ("de", "of")
    ):
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
    if before == "las":
        if (
            number.start >= 2
            and tokens[number.start - 2] in _CLOCK_BEFORE_LAS
            and not people_follow
        ):
            return False
    elif (
        before in _NOT_PEOPLE_BEFORE
        and not bodies_of
        and tok not in _MULTIPLES  # "autor del triple crimen"
        # "Status of 2 abducted surveyors"; "hace 1 hora, 3 heridos" (the unit of a measure
        # before, whose comma is gone): people or a casualty word follow
        and not (people_follow and (before == "of" or _unit_of_measure(tokens, number.start - 1)))
    ) or (before in _LABEL_NOUNS and tok[0].isdigit() and not people_follow):
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
    # "volquetes 11 y 12", "garitas 2 y 3": the second label of a pair
    if before in _AND and tok[0].isdigit() and number.start >= 3:
        label = tokens[number.start - 3]
        if tokens[number.start - 2][0].isdigit() and (
            label in _NOT_PEOPLE_BEFORE or label in _LABEL_NOUNS or label in _LABEL_PLURALS
        ):
            return False
    if after in _NOT_PEOPLE_AFTER or after in _MONTHS or after in _ANIMALS:
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
    ):
        return False
    # "bocamina nivel 2, vigilante herido": several people take a plural noun (round eleven:
    # a noun before the plural one is its modifier, "3 contractor employees")
    if (
        number.value > 1
        and (after in _PEOPLE_SINGULAR or after in _SINGLE)
        and tokens[number.end + 1 : number.end + 2] not in _PLURAL_HEAD
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
_PLURAL_HEAD = [[word] for word in _words("employees workers guards staff officers drivers")]

# --- round ten: an updated toll ("la cifra de muertos sube a seis", "pasó de 7 a 9") ----------
_ONE = _words("uno una one")


def _dying_in_sentence(tokens: list[str], number: _Number) -> bool:
    """Whether the sentence of ``number`` has a singular dying verb ("Fallecio ... el minero X,
    uno de los cuatro baleados"; "Uno de los siete heridos en la huelga fallecio anoche")."""
    start = number.start
    while start > 0 and tokens[start - 1] not in _BOUNDARY:
        start -= 1
    end = number.end
    while end < len(tokens) and tokens[end] not in _BOUNDARY:
        end += 1
    return not _DYING_VERBS.isdisjoint(tokens[start:end])


_RISES = _words(
    "sube subio suben subieron aumenta aumento aumentan aumentaron asciende ascendio ascienden "
    "llega llego llegan eleva elevo elevan elevaron elevando paso pasa rises rose climbs "
    "climbed reaches reached increases increased risen"
)
_RAISING = _words("eleva elevo elevan elevaron elevando")
_MODALS = _words("could may might would podria podrian puede pueden")
# (round sixteen: "The death toll from Saturday's attack ... rose to six", merged as "deathtoll")
_TOLL_NOUNS = _words("cifra numero saldo balance total toll number deathtoll")


def _toll_update(tokens: list[str], number: _Number) -> _Kind | None:
    """The kind of a toll that rises to ``number`` ("Cifra de mineros asesinados sube a seis",
    "La cifra de muertos paso de 7 a 9", "Aumenta a seis el numero de heridos", "elevando los
    fallecidos a cuatro"): the casualty word nearest the verb in its sentence, with a toll noun
    in the sentence (or a verb of raising, whose object is the casualty word)."""
    j = number.start - 1
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
    if tokens[verb] not in _RAISING and _TOLL_NOUNS.isdisjoint(sentence):
        return None
    before = [tok for tok in reversed(tokens[start:verb]) if tok in _AFTER_NUMBER]
    after = [tok for tok in tokens[number.end : end] if tok in _AFTER_NUMBER]
    between = [tok for tok in tokens[verb + 1 : number.start] if tok in _AFTER_NUMBER]
    words = between or before or after
    # (round twelve) "the toll had risen to eight, and the other 14 passengers were being
    # treated": an English "toll" with no casualty word before it is the dead
    if not between and not before and ("toll" in sentence or _TOLL in sentence):
        return _Kind.KILLED
    return _AFTER_NUMBER[words[0]] if words else None


def _unit_of_measure(tokens: list[str], j: int) -> bool:
    """Whether ``tokens[j]`` is the unit of a number right before it ("1 hora")."""
    return j >= 1 and _is_number_token(tokens[j - 1]) and tokens[j] in _NOT_PEOPLE_AFTER


def _forward(tokens: list[str], number: _Number) -> _Kind | None:
    """The casualty word after ``number`` in the same clause, within a few words, if any.

    A kidnapped or injured count that the clause then says died is killed ("los tres
    secuestrados fueron hallados muertos", "dos de los heridos murieron"), except the whole of
    a partitive ("uno de los tres secuestrados murio": the three stay kidnapped, the one died).
    """
    j = number.end
    # An article ("un vigilante") is a count only with filler words before the casualty word.
    article = number.end - number.start == 1 and tokens[number.start] in ("un", "una", "a")
    whole = _is_partitive_whole(tokens, number)
    # "dos de los tres ...": step over the whole to reach the casualty word of the part
    partitive = (
        _partitive_length(tokens, j) if j < len(tokens) and tokens[j] in _PARTITIVE_STARTS else 0
    )
    skip = j + partitive if partitive else -1
    negated = False  # "Los 12 trabajadores no sufrieron lesiones"
    limit = _MAX_GAP + 1
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
        # "Two drivers (contractor Transp. Sur) reported taken": an aside is stepped over
        if tok == "(" and ")" in tokens[j + 1 : j + 6]:
            j = tokens.index(")", j + 1) + 1
            continue
        if tok in _BOUNDARY or tok[0].isdigit() or (tok in _NUMBER_WORDS and tok not in _ARTICLES):
            return None
        # "dos de los seis vigilantes resultaron heridos": the verb is the part's, not the whole's
        if whole and (tok in _AUXILIARIES or tok in _DYING_PLURAL_ONLY):
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
        if tok in _ROUND_TEN_GAP and _round_ten_stop(tokens, number, j):
            return None
        if tok in _AFTER_NUMBER and (negated or tokens[j - 1] in _GAP_NEGATIONS):
            return None
        # (round twelve) "los 40 trabajadores del nivel 600 hubieran muerto": it did not happen
        # (not "habrian muerto", hearsay: the guide counts it)
        if tok in _AFTER_NUMBER and tokens[j - 1] in _DID_NOT_HAPPEN:
            return None
        negated = negated or tok in _GAP_NEGATIONS
        if tok in _AFTER_NUMBER:
            if (
                relative
                and step > _MAX_GAP
                # ("were found dead": a participle may stand after the auxiliary)
                and not (
                    tok in _DYING_PLURAL_ONLY
                    or _RELATIVE_AUXILIARIES.intersection(tokens[j - 2 : j])
                )
            ):
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
            return kind
        if tok in _BEFORE_NUMBER and tok not in _AFTER_NUMBER:
            return None  # a verb that belongs to the next count ("dos muertos y hieren a ...")
        j += 1
    return None


_DETAINED = _words(
    "detenidos detenidas capturados capturadas arrestados intervenidos acusados investigados "
    "procesados sentenciados condenados arrested detained defendants accused suspects"
)
_PEOPLE_ONLY = _words("seized held")
_ARRESTING = _words("arrested detained arrest detain detienen detuvieron capturaron capturan")
# (tokens that may stop the walk of _forward, round ten: one set lookup per step)
_ROUND_TEN_GAP = _DETAINED | _PEOPLE_ONLY | _TIED | _words("killed murdered wounded injured")


def _round_ten_stop(tokens: list[str], number: _Number, j: int) -> bool:
    """Whether the walk of ``_forward`` stops at ``tokens[j]``: the arrested are no victims
    ("cinco detenidos por el homicidio del minero"); a verb with its own count is the number's
    act, not its harm ("eight armed men tied up the three guards"); "seized" and "held" count
    people only ("six workers seized", not "8 dredges seized")."""
    tok = tokens[j]
    if tok in _DETAINED:
        return True
    if tok in _PEOPLE_ONLY and _PEOPLE_PLURAL.isdisjoint(tokens[number.end : j]):
        return True
    return _object_count_after(tokens, j + 1)


def _object_count_after(tokens: list[str], j: int) -> bool:
    """Whether a count of people follows ``tokens[j]`` as an object after a determiner ("the
    three guards", "a los dos"; a bare number may be a count of its own: "one killed, two
    released")."""
    if j < len(tokens) and tokens[j] == "a":
        j += 1
    if j >= len(tokens) or tokens[j] not in ("the", "los", "las"):
        return False
    j += 1
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


def _measure_length(tokens: list[str], j: int) -> int:
    """How many tokens a measure starting at ``tokens[j]`` spans: 2 for a number and its unit
    ("12 horas"), 4 for two numbers sharing one ("17 y 19 años", "3 a 5 dias"), else 0."""
    if not _is_number_token(tokens[j]):
        return 0
    after = tokens[j + 1 : j + 4]
    if after[:1] and after[0] in _NOT_PEOPLE_AFTER:
        return 2
    if len(after) == 3 and after[0] in _RANGE_JOINS and _is_number_token(after[1]):
        return 4 if after[2] in _NOT_PEOPLE_AFTER else 0
    return 0


_RANGE_JOINS = _words("y a o and to or")


def _is_number_token(tok: str) -> bool:
    return tok[0].isdigit() or tok in _NUMBER_WORDS


def _is_partitive_whole(tokens: list[str], number: _Number) -> bool:
    """Whether ``number`` is M in "N de los M ..." (the whole a part is taken from)."""
    start = number.start
    if start < 2 or tokens[start - 1] not in _PARTITIVE_ENDS:
        return False
    # ("one of two kidnapped miners", "one of the two": the English partitive, round ten)
    for length in (1, 2):
        if start > length and _partitive_length(tokens, start - length) == length:
            return _is_number_token(tokens[start - length - 1])
    return False


_PARTITIVE_STARTS = _words("de of")
_PARTITIVE_ENDS = _words("los las of the")


def _partitive_length(tokens: list[str], j: int) -> int:
    """How many tokens the partitive "de los" / "of the" / "of" + number at ``tokens[j]`` spans
    before its whole (0 if none)."""
    if tokens[j : j + 2] in _DE_LOS or tokens[j : j + 2] == ["of", "the"]:
        return 2
    if tokens[j : j + 1] == ["of"] and j + 1 < len(tokens) and _is_number_token(tokens[j + 1]):
        return 1
    return 0


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
        # ("De los tres raptados, uno fue hallado muerto": the one, not the three)
        if tok[0].isdigit() or (tok in _NUMBER_WORDS and tok not in _ARTICLES):
            return False
        if tok in _DEATH_AFTER_KIDNAP:
            return True
    return False


_THEN = _words("luego despues posteriormente then later")


def _after_toll(tokens: list[str], number: _Number) -> bool:
    """Whether ``number`` closes "death toll ... rises to N" in its clause."""
    for tok in reversed(tokens[max(0, number.start - _TOLL_WINDOW) : number.start]):
        if tok in _BOUNDARY or tok in _MODALS:  # (round ten: "the toll could reach 20")
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


def _backward(tokens: list[str], number: _Number) -> _Kind | None:
    """The casualty verb before ``number`` ("murieron 13", "asesinaron a dos"), if any."""
    j = number.start - 1
    gap = 0
    while j >= 0 and gap <= 3:
        tok = tokens[j]
        if tok in _BEFORE_NUMBER:
            # "one killed, two released": "killed" belongs to the count right before it (not a
            # day of the month, round ten: "la noche del 5 murieron 4")
            if (
                j > 0
                and _is_number_token(tokens[j - 1])
                and tok in _AFTER_NUMBER
                and (j < 2 or tokens[j - 2] != "del")
            ):
                return None
            # (round ten) "hubieran muerto los 12": it did not happen
            if j > 0 and tokens[j - 1] in _COUNTERFACTUAL:
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
            # (round twelve) "lo golpearon cinco sujetos": the beaters; the beaten follow "a"
            if tok in _BEATING and tok != "beat" and "a" not in tokens[j + 1 : number.start]:
                return None
            return _BEFORE_NUMBER[tok]
        # "Permanecen secuestrados desde hace 3 dias dos trabajadores": a measure is stepped over
        if j > 0 and _measure_length(tokens, j - 1) == 2:
            j -= 2
            continue
        if tok not in _VERB_GAP:
            # "Hieren de un balazo a un rondero", "hirieron con armas de fuego a dos": the weapon
            # between the verb and its object is stepped over
            start = _instrument_start(tokens, j)
            if start < 0:
                # (round fifteen) "retienen en la plaza a 2 topografos": a place between the
                # verb and its object "a"
                start = _place_start(tokens, j)
            if start < 0:
                return None
            j = start
        j -= 1
        gap += 1
    return None


_PLACE_DETERMINERS = _words("el la los las su un una")
_PLACE_WORDS = 3  # a determiner and up to two words of a place after "en"


def _place_start(tokens: list[str], j: int) -> int:
    """Where "en la plaza" ends at ``tokens[j]`` before the object marker "a": the index of
    "en", or -1."""
    if j + 1 >= len(tokens) or tokens[j + 1] != "a":
        return -1
    for k in range(j, max(-1, j - 1 - _PLACE_WORDS), -1):
        tok = tokens[k]
        if tok == "en":
            return k if k < j else -1
        if not (tok in _PLACE_DETERMINERS or _surname(tok)):
            return -1
    return -1


_COUNTERFACTUAL = _words("hubieran hubiera habrian habria")
_DID_NOT_HAPPEN = _words("hubieran hubiera")
_PLURAL_PARTICIPLES = _words(
    "heridos lesionados muertos fallecidos asesinados secuestrados retenidos rehenes cautivos "
    "victimasmortales"
)
_INSTRUMENTS = _words(
    "bala balas arma armas cuchillo cuchillos machete machetes piedra piedras palo palos fierro "
    "fierros gunfire knife knives machetes guns gun"
)
_VEHICLES = _words(
    "camioneta camionetas vehiculo vehiculos auto autos carro carros mototaxi moto combi van "
    "pickup car truck vehicle suv"
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


_SINGLE_WORDS = (
    frozenset(_SINGLE) | frozenset(_SINGLE_VERBS) | frozenset(_AFTER_PERSON) | _DYING_VERBS
)


_RETAIN = _words("retienen retuvieron ataron amarraron maniataron")
_NOT_ONE_PERSON = _words("los las perro perros caballo caballos burro mula ganado animal dog")
# "1 perro muerto", "3 cattle killed": animals are no casualties
_ANIMALS = _words(
    "perro perros caballo caballos burro burros mula mulas vaca vacas toro toros oveja ovejas "
    "cabeza cabezas animal animales dog dogs horse horses cattle cow cows sheep mule mules "
    # (round ten)
    "alpaca alpacas llama llamas vicuna vicunas truchas peces cuyes gallinas trout fish"
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
    if not present:
        return counts  # most texts: no such word at all, found at C speed
    verbs = []
    for word in present:
        if word in _SINGLE:
            counts.update(dict.fromkeys(_participle_kinds(tokens, word), 1))
        elif word in _AFTER_PERSON:
            counts.update(dict.fromkeys(_after_person_kinds(tokens, word), 1))
            if word in _SINGLE_VERBS:  # (round ten: "Police shot dead a suspect" too)
                verbs.append(word)
        elif word in _DYING_VERBS:
            if _dying_single(tokens, word):
                counts[_Kind.KILLED] = 1
        else:
            verbs.append(word)
    if not verbs:
        return counts
    n = len(tokens)
    for i, tok in enumerate(tokens):
        kind = _SINGLE_VERBS.get(tok) if tok in verbs else None
        if kind is None or kind in counts:
            continue
        # "reporta vigilante sin vida": one person right before
        if tok == "sinvida" and i > 0 and tokens[i - 1] in _PEOPLE_SINGULAR:
            counts[kind] = 1
            continue
        # "Acuchillan a vigilante" in a story that states a death: most likely the one who died
        if (tok in _STAB_VERBS or tok in _BEATING) and not _KILLED_WORDS.isdisjoint(tokens):
            continue
        # (round ten) "an attempt to kidnap a mine manager": not done
        if kind is _Kind.KIDNAPPED and _not_done(tokens, i):
            continue
        for j in range(i + 1, min(i + 5, n - 1)):
            if tokens[j] in _BOUNDARY:
                break
            # ("death threats against a miner": "death" takes its person only after "of")
            if tokens[j] in ("a", "an", "al") and tok not in _BODY_NOUNS and tok != "death":
                nxt = tokens[j + 1]
                # "Retienen a ingeniero" (not "a camion"): a person must follow
                # (round twelve: nor "golpea a la mineria", beaten are people; "mata a un
                # minero", "mata a su pareja", not "mata a cientos de alpacas")
                if (tok in _RETAIN or tok in _BEATING) and nxt not in _PEOPLE_SINGULAR:
                    break
                if tok == "mata" and not (
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
                    counts[kind] = 1 + more
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
                counts[kind] = 1
                break
    return counts


_STAB_VERBS = _words("acuchillan acuchillaron apunalan apunalaron")
_KIDNAP_NOUNS = _words("secuestro rapto plagio")
_ATTEMPTS = _words(
    "intento tentativa frustran frustraron frustrado frustrada evitan evitaron "
    # (round ten: "Police foiled an attempt to kidnap a mine manager")
    "attempt attempted tried foil foiled thwart thwarted intentaron intentan"
)


def _not_done(tokens: list[str], i: int) -> bool:
    """A kidnapping noun at ``tokens[i]`` that did not happen or is only alleged: "intento de
    secuestro", "frustran secuestro", "denuncia de secuestro" (a complaint, not yet a fact)."""
    before = tokens[max(0, i - 2) : i]
    return not _ATTEMPTS.isdisjoint(before) or before == ["denuncia", "de"]


_VICTIM_NOUNS = _DEATH_NOUNS | _KIDNAP_NOUNS | _words("death murder homicidio")
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
            if gap > 1:
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
    if j < len(tokens) and (tokens[j] in ("el", "la", "un", "una", "the") or tokens[j] in _OWNERS):
        j += 1
    return j < len(tokens) and tokens[j] in _PEOPLE_SINGULAR


def _participle_kinds(tokens: list[str], word: str) -> set[_Kind]:
    """Kinds a singular participle states, wherever it occurs un-negated ("ningun herido" is
    none); a kidnapped victim found dead later in the clause counts as killed."""
    kinds: set[_Kind] = set()
    for i, tok in enumerate(tokens):
        if tok != word or _negated(tokens, i) or _died_of_injuries(tokens, i, word):
            continue
        # "Personal fallecido: ninguno" (a form's field left empty); "Presenta herida PAF en
        # craneo" (a wound on a body, not an injured person)
        if tokens[i + 1 : i + 2] == [":"] and tokens[i + 2 : i + 3] and tokens[i + 2] in _NIL:
            continue
        if word in ("herida", "heridas") and i > 0 and tokens[i - 1] in _WOUND_BEARERS:
            continue
        if i > 0 and tokens[i - 1] in _ANIMALS:  # "1 perro muerto"
            continue
        if i > 0 and tokens[i - 1] in _COUNTERFACTUAL:  # (round ten) "hubieran muerto"
            continue
        kind = _SINGLE[word]
        if kind is _Kind.KIDNAPPED and _dead_later_in_clause(tokens, i + 1):
            kind = _Kind.KILLED
        kinds.add(kind)
    return kinds


_NIL = _words("ninguno ninguna ningun none nadie nobody no 0 00")
_DEATH_ORDINALS = {
    **dict.fromkeys(["segundo", "segunda", "second"], 2),
    **dict.fromkeys(["tercer", "tercero", "tercera", "third"], 3),
    **dict.fromkeys(["cuarto", "cuarta", "fourth"], 4),
    **dict.fromkeys(["quinto", "quinta", "fifth"], 5),
}
_DEATH_ORDINAL_NOUNS = _words("victima victimas muerto muerta fallecido fallecida victim death")
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
        before = [t for t in tokens[max(0, i - 2) : i] if t not in ("el", "la", "a", "the")]
        noun = tokens[i + 1]
        if (
            before[-1:]
            and before[-1] in _ORDINAL_DYING
            and (noun in _PEOPLE_SINGULAR or noun in _DEATH_ORDINAL_NOUNS or noun in _ORDINAL_HURT)
        ) or (deaths_told and noun in _DEATH_ORDINAL_NOUNS):
            found = max(found, n)
    return found


_BODY_WORDS = _words("cuerpo cadaver body corpse")
_WOUND_NOUNS = _words("herida heridas wound wounds")
# Words that name an injured person, not only a wound
_INJURED_PEOPLE_WORDS = _words(
    "herido heridos lesionado lesionados lesionada lesionadas malherido malheridos injured "
    "wounded hurt baleado baleados baleada sobrevivio sobrevivieron survived survivor"
)


def _wounds_of_a_body(tokens: list[str]) -> bool:
    """Whether every wound noun is in a sentence naming a body, or in the sentence right after
    one with no person of its own ("El cuerpo de un joven ... Tenia una herida en la cabeza")."""
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
        if not _BODY_WORDS.isdisjoint(sentence):
            continue
        # (no person before the wound: "Tenia una herida en la cabeza, por lo que la Policia")
        before = sentence[: min(sentence.index(w) for w in _WOUND_NOUNS if w in sentence)]
        if (
            n > 0
            and not _BODY_WORDS.isdisjoint(sentences[n - 1])
            and _PEOPLE_SINGULAR.isdisjoint(before)
            and _PEOPLE_PLURAL.isdisjoint(before)
        ):
            continue
        return False
    return found


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
    for tok in tokens[i + 1 : i + 16]:
        if tok in _SUBJECT_SEPARATORS or tok in _PEOPLE_SINGULAR or tok in _PEOPLE_PLURAL:
            return False
        if tok in _DIED_ONE:
            return True
    return False


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


def _surname(tok: str) -> bool:
    """Whether ``tok`` may be a surname after a person noun (no casualty, function, auxiliary,
    number or person word)."""
    return (
        tok.isalpha()
        and not tok.endswith(_VERB_ENDINGS)
        and tok not in _CASUALTY_WORDS
        and tok not in _NAME_STOPS
        and tok not in _PERSON_AUX
        and tok not in _NUMBER_WORDS
        and tok not in _PEOPLE_SINGULAR
        and tok not in _PEOPLE_PLURAL
        and tok not in _NEGATIONS
        and tok not in _CLAUSE_JOINS
    )


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


_DETERMINERS = _words("el la un una the")


_KILLED_WORDS = frozenset(
    word
    for words in (_AFTER_NUMBER, _BEFORE_NUMBER, _SINGLE, _SINGLE_VERBS)
    for word, kind in words.items()
    if kind is _Kind.KILLED
)
_KILLED_BESIDES_VICTIMS = _KILLED_WORDS - {"victimas"}
_OTHER_HARM_WORDS = frozenset(
    word
    for words in (_AFTER_NUMBER, _BEFORE_NUMBER, _SINGLE, _SINGLE_VERBS)
    for word, kind in words.items()
    if kind is not _Kind.KILLED
)
# --- round six: constructions of a third writer (the retired test set v1) -------------------
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
    j = number.start - 1
    gap = 0
    while j >= 0 and gap <= 3:
        tok = tokens[j]
        if tok in _ATTACK_VERBS:
            return True
        if tok not in _VERB_GAP:
            j = _instrument_start(tokens, j)
            if j < 0:
                return False
        j -= 1
        gap += 1
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


# "obligado a subir a una camioneta", "forced into a pickup": taken away, when a vehicle follows
_FORCING: dict[str, str] = {
    **dict.fromkeys(("obligado", "obligada"), "llevadoalafuerza"),
    **dict.fromkeys(("obligados", "obligadas"), "llevadosalafuerza"),
    **dict.fromkeys(("obligan", "obligaron", "obligo"), "llevaronalafuerza"),
    **dict.fromkeys(("forced", "bundled", "dragged", "pushed"), "takenhostage"),
}
_BOARDING = (["a", "subir"], ["a", "abordar"], ["into"])


def _forced_into_vehicle(tokens: list[str]) -> list[str]:
    """``tokens`` with "obligaron a subir" / "forced into" merged into a word of taking people
    away, where a vehicle follows within a few words ("Mineros se ven obligados a subir el
    precio" stays as it is)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in _FORCING:
            for boarding in _BOARDING:
                end = i + 1 + len(boarding)
                if tokens[i + 1 : end] == boarding and not _VEHICLES.isdisjoint(
                    tokens[end : end + 7]
                ):
                    out.append(_FORCING[tok])
                    i = end
                    break
            else:
                out.append(tok)
                i += 1
            continue
        out.append(tok)
        i += 1
    return out


_CAPTOR_WORDS = _words(
    "captores captor secuestradores secuestrador kidnappers kidnapper captors ransom"
)
_DEMANDS = _words(
    "piden pidieron pide pidio exigen exigieron exige exigio pago pagar cobrar pidiendo "
    "exigiendo demanding demanded"
)
_MISSING_AS_KIDNAPPED = {
    "desaparecieron": "secuestrados",
    "desaparecido": "secuestrado",
    "desaparecida": "secuestrada",
    "desaparecidos": "secuestrados",
    "desaparecidas": "secuestradas",
    "desaparecen": "secuestran",
}
_MISSING_VERBS = _words("desaparece desaparecio missing")
_ROUND_SIX_HINTS = frozenset(_FORCING) | _CAPTOR_WORDS | {"rescate"}


def _ransom_demanded(tokens: list[str]) -> bool:
    """Whether a ransom is demanded ("piden rescate", "exigen un rescate"), not a rescue."""
    if "rescate" not in tokens:
        return False
    return any(
        tok == "rescate" and not _DEMANDS.isdisjoint(tokens[max(0, k - 3) : k])
        for k, tok in enumerate(tokens)
    )


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
        "2 3 4 5 impactos broken"
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
    # words of the round-six constructions that name no casualty on their own
    | _ROUND_SIX_HINTS
    | _KILLINGS
    # (round eleven: "1 fallec. y 2 her.", the log's abbreviations)
    | frozenset(("fallec", "herid"))
    # (round eleven: "3 contractor employees taken from bus into pickup")
    | frozenset(("taken",))
    # (round twelve: "atendidos por intoxicacion", see _treated_for)
    | _words("intoxicacion inhalacion gaseamiento")
)

# Words that join or continue counts (see ``_combine``), and the copulas of "ya son tres".
_OTHERS = _words("otros otras other another")
_AND = _words("y e and")
_RELEASE = _words(
    "liberados liberadas liberan liberaron rescatados rescatadas rescatan rescataron freed "
    "release released releases rescued"
)
_KIDNAP_CONTEXT = _words(
    "secuestro secuestros secuestrado secuestrados secuestrada secuestradas secuestran "
    "secuestraron secuestradores secuestrar rehen rehenes cautiverio cautivos captores rescate "
    "plagio plagiados plagiado plagian plagiaron raptados raptado raptan raptaron raptada "
    "raptadas retenidos retenido enpoderde privadosdelibertad kidnapped kidnappers "
    "kidnapping abducted abduction hostage hostages captivity captors ransom takenhostage "
    # (round nine: "geologists who were seized by armed men have been released")
    "seized snatched abduct abducts"
)
_PREPOSITIONS = _words("en a al de del in at el la los las on")
_COPULAS = _words("son eran fueron are were")
_AUXILIARIES = _words("fueron resultaron quedaron were")
# (round eleven) "los otros dos que estaban con el en el nivel salieron baleados"
_RELATIVE_AUXILIARIES = _AUXILIARIES | _words("salieron")
_DYING_PLURAL = _DYING_VERBS | _words("mueren murieron fallecen fallecieron murieran fallecieran")


_DRILLS = _words("simulacro simulacros simulado simulados simuladas simularon drill simulated")
# Abbreviations whose full stop is no sentence end ("Nv. 1650, fueron cuatro", "aprox. 12")
_ABBREVIATIONS = _words("nv aprox approx cod cal tec ing")


_BODY_PART_HINTS = _words("cuerpo cardiaco")


def _without_body_parts(tokens: list[str]) -> list[str]:
    """``tokens`` without "cuerpo" as a body part ("3 balas en el cuerpo") and "ataque" as a
    heart attack ("sufre ataque cardiaco": an illness, not an attack)."""
    return [
        "_"
        if (tok == "cuerpo" and tokens[k - 2 : k] in (["en", "el"], ["en", "su"]))
        or (tok == "ataque" and tokens[k + 1 : k + 2] == ["cardiaco"])
        else tok
        for k, tok in enumerate(tokens)
    ]


def _without_abbreviation_stops(tokens: list[str]) -> list[str]:
    return [
        tok
        for k, tok in enumerate(tokens)
        if not (
            tok == "."
            and k > 0
            and tokens[k - 1] in _ABBREVIATIONS
            and k + 1 < len(tokens)
            and _is_number_token(tokens[k + 1])
        )
    ]


# (round fifteen, speed) Severity is frozen, so most texts share one empty value instead of
# building their own (a frozen dataclass's __init__ is slow Python code)
_NO_CASUALTIES = Severity()


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
    if not _DRILLS.isdisjoint(vocabulary):
        return _NO_CASUALTIES
    if not _ABBREVIATIONS.isdisjoint(vocabulary):
        tokens = _without_abbreviation_stops(tokens)
    if not _LOG_ABBREVIATION_HINTS.isdisjoint(vocabulary):
        tokens = _without_log_abbreviations(tokens)
    if not vocabulary.isdisjoint(_SERIOUS):
        tokens = _serious_as_injured(tokens)
    if "taken" in vocabulary:
        tokens = _taken_from_vehicle(tokens)
    if not vocabulary.isdisjoint(_TAKEN_OUT):
        tokens = _taken_out_of_vehicle(tokens)
    if not _BODY_PART_HINTS.isdisjoint(vocabulary):
        tokens = _without_body_parts(tokens)
    tokens = _occupations(tokens)
    if ("entre" in vocabulary and ("ellos" in vocabulary or "ellas" in vocabulary)) or (
        "among" in vocabulary and "them" in vocabulary
    ):
        tokens = _without_parts_among(tokens)
    if not _NAME_HINTS.isdisjoint(vocabulary):
        tokens = _without_names(tokens)
    if not _HEALTH_PLACES.isdisjoint(vocabulary):
        tokens = _taken_for_care(tokens)
    if "por" in vocabulary and not _CARE_CAUSES.isdisjoint(vocabulary):
        tokens = _treated_for(tokens)
    if "held" in vocabulary:
        tokens = _held_people(tokens)
    if not _RELEASE.isdisjoint(vocabulary) and not _kidnap_story(tokens):
        # "liberan a 3 detenidos": freeing counts as kidnapped only in a kidnapping story
        tokens = [tok if tok not in _RELEASE else "_" for tok in tokens]
    if not _ROUND_EIGHT_HINTS.isdisjoint(vocabulary):
        tokens = _round_eight_words(tokens)
    if not _DIED_SUBJUNCTIVE.isdisjoint(vocabulary):
        tokens = _without_hypothetical_deaths(tokens)
    if "retuvo" in vocabulary:
        # (round fourteen) "Se retuvo 1 volquete", "se retuvo por 10 min a un visitante": the
        # impersonal is a check by guards or police, not a kidnapping
        tokens = [
            "_" if tok == "retuvo" and k > 0 and tokens[k - 1] == "se" else tok
            for k, tok in enumerate(tokens)
        ]
    if not _VAGUE_MANY.isdisjoint(vocabulary):
        tokens = _without_vague_many(tokens)
    held_missing = False
    if not _ROUND_SIX_HINTS.isdisjoint(vocabulary):
        if not _FORCING.keys().isdisjoint(tokens):
            tokens = _forced_into_vehicle(tokens)
        held_missing = not _CAPTOR_WORDS.isdisjoint(tokens) or _ransom_demanded(tokens)
    if held_missing:
        # "Desaparece ingeniero; sus captores exigen rescate": missing people held by captors
        # are kidnapped (docs/labelling-guide.md)
        tokens = [_MISSING_AS_KIDNAPPED.get(tok, tok) for tok in tokens]
    counted: list[tuple[_Number, _Kind | None]] = []
    updates: dict[_Kind, int] = {}  # the latest figure of an updated toll, by kind
    check_updates = not _RISES.isdisjoint(vocabulary)
    long_subjects = not _LONG_SUBJECT_HINTS.isdisjoint(vocabulary)
    rejected: set[int] = set()  # figures a correction rejects ("injured three, not five")
    for number in _numbers(tokens):
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
        if backward is _Kind.KILLED and (
            forward is _Kind.KIDNAPPED
            or (forward is _Kind.INJURED and "shot" in tokens[number.end : number.end + 4])
        ):
            forward = backward
        # "Fallecen dos mineros heridos": the injured died, so they count as killed
        if forward is _Kind.INJURED and _dying_verb_before(tokens, number):
            forward = _Kind.KILLED
        # ("los heridos son tres y hay un fallecido": the copula names the kind first)
        copula = _after_copula(tokens, number)
        kind = copula or forward or backward or _form_field(tokens, number)
        # "Uno de los siete heridos ... fallecio": the one is the subject of a singular dying
        # verb of its sentence, however far, so killed (and taken from the whole)
        if (
            tokens[number.start] in _ONE
            and number.end == number.start + 1
            and _partitive_length(tokens, number.end)
            and _dying_in_sentence(tokens, number)
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
        # (round ten) "fue encerrada por 3 sujetos", "held at gunpoint by 4 illegal miners":
        # the captors are not kidnapped
        if (
            kind is _Kind.KIDNAPPED
            and number.start > 0
            and tokens[number.start - 1] in ("by", "por")
        ):
            kind = None
        # "Ronderos retienen a seis presuntos abigeos": detained by a ronda, not kidnapped
        if (
            backward is _Kind.KIDNAPPED
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
        if kind is None and tokens[number.start] in _MULTIPLES:
            kind = _Kind.KILLED  # "Triple crimen en una bocamina"
        if kind is None and (
            _attacked(tokens, number)
            or (not _TRAVELLING.isdisjoint(vocabulary) and _carried_under_fire(tokens, number))
        ):
            kind = _anaphor_kind(tokens, number.end)
        # (round twelve) "Officers arrested 11 people and seized US$1.2 million": the arrested
        # are no casualties (the guide)
        if kind is not None and number.start > 0 and tokens[number.start - 1] in _ARRESTING:
            kind = None
        # (round twelve) "el chofer y 2 vigilantes heridos", "El chofer y un supervisor
        # resultaron baleados": a determined person joined before the count is one more
        if (
            kind is not None
            and number.start >= 3
            and tokens[number.start - 1] in _AND
            and tokens[number.start - 2] in _PEOPLE_SINGULAR
            and tokens[number.start - 3] in _DEFINITE
        ):
            number = _Number(number.start - 3, number.end, number.value + 1)
        # "la mitad de los doce trabajadores resultaron heridos": six; "De los ocho mineros
        # atacados, la mitad murio": four
        if kind is not None and (
            (number.start >= 3 and _half_of(tokens, number.start))
            or "mitad" in tokens[number.end : number.end + _MAX_GAP]
        ):
            number = _Number(number.start, number.end, number.value // 2)
        counted.append((number, kind))
    # "Inicialmente se hablo de seis fallecidos": a first figure gives way to any other count of
    # its kind (the later, corrected one)
    if len(counted) > 1 and not _FIRST_REPORT_HINTS.isdisjoint(vocabulary):
        counted = _without_first_reports(tokens, counted)
    # ("An earlier version said five guards were wounded": a rejected figure repeated, dropped
    # when another count of its kind remains)
    if rejected and len(counted) > 1:
        counted = _without_rejected(counted, rejected)
    # "En lo que va del año suman 39 muertos": a total over a period counts only for the kinds
    # the incident itself gives no count of (docs/labelling-guide.md)
    # (an unnumbered victim is a count of the incident too: "Minero muerto de un balazo ... en
    # lo que va del año van 44 muertos" is one)
    cumulative = []
    if counted and not _PERIOD_HINTS.isdisjoint(vocabulary):
        cumulative = [entry for entry in counted if _over_a_period(tokens, entry[0])]
    if cumulative:
        counted = [entry for entry in counted if entry not in cumulative]
    best = _combine(tokens, counted)
    _subtract_dead_parts(tokens, counted, best)
    if not _REST_HINTS.isdisjoint(vocabulary):
        _rest_of_group(tokens, counted, best)
    if updates:
        best.update(updates)
    # (round eleven) "Pobladores hablan de 10 muertos; Fiscalia confirma cuatro": hearsay set
    # against a confirmed figure gives way to it (docs/labelling-guide.md, round ten)
    if not _CONFIRMING.isdisjoint(vocabulary) and not _HEARSAY.isdisjoint(vocabulary):
        for kind, value in _confirmed(tokens, counted).items():
            if value < best.get(kind, 0):
                best[kind] = value
    # (each pattern only where its words are: most texts have none)
    plural_word = not _LIST_WORDS.isdisjoint(vocabulary)
    listed = (plural_word and (":" in vocabulary or not _COPULAS.isdisjoint(vocabulary))) or (
        (plural_word or "victimas" in vocabulary) and _LIST_OPENING.search(text) is not None
    )
    bodies = not _LIST_HINTS.isdisjoint(vocabulary)
    name_join = _NAME_JOIN.search(text) is not None
    if listed or bodies or name_join:
        for kind, value in _listed_by_name(text, listed, bodies, name_join).items():
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
    if "?" in vocabulary:
        for kind, value in _answered_questions(tokens).items():
            best[kind] = max(best.get(kind, 0), value)
    if plural_word and ":" in vocabulary:
        for kind, value in _field_tally(tokens).items():
            best[kind] = max(best.get(kind, 0), value)
    if "was" in vocabulary and not _HE_SHE.isdisjoint(vocabulary):
        for kind in _pronoun_victims(tokens):
            best.setdefault(kind, 1)
    singles = _implicit_singles(tokens)
    for kind, count in singles.items():
        if kind in best and _only_more_people(tokens, counted, kind):
            # "Asesinan a minero ... murieron tambien otros dos": the one and two more
            best[kind] += count
        else:
            best.setdefault(kind, count)
    # (round sixteen) "Resultaron heridos Edgar Pari (19) y el cocinero": a list after a
    # clause-opening verb, one person a conjunct
    if "resultaron" in vocabulary or "quedaron" in vocabulary:
        listed_after = _inverted_list(tokens)
        if listed_after > best.get(_Kind.INJURED, 0):
            best[_Kind.INJURED] = listed_after
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
        for kind, value in _combine(tokens, cumulative).items():
            best.setdefault(kind, value)
    if held_missing and _missing_single(tokens):
        best.setdefault(_Kind.KIDNAPPED, 1)
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
    # (round thirteen) "Hallan cuerpo de joven ... Tenia una herida en la cabeza", "body found
    # with stab wounds": the wound is the dead one's, not an injured person
    if (
        best.get(_Kind.INJURED) == 1
        and _Kind.KILLED in best
        and not _BODY_WORDS.isdisjoint(vocabulary)
        and _INJURED_PEOPLE_WORDS.isdisjoint(vocabulary)
        and _wounds_of_a_body(tokens)
    ):
        del best[_Kind.INJURED]
    # "Brote de dengue deja cuatro fallecidos": deaths from disease are no casualties
    if _Kind.KILLED in best and not _DISEASES.isdisjoint(tokens) and _VIOLENCE.isdisjoint(tokens):
        del best[_Kind.KILLED]
    # "60 ninos intoxicados con plomo": chronic exposure to metals is no injury
    if (
        _Kind.INJURED in best
        and not _METALS.isdisjoint(tokens)
        and not _POISONED.isdisjoint(tokens)
        and _INJURY_WORDS.isdisjoint(tokens)
    ):
        del best[_Kind.INJURED]
    if not any(best.values()):
        return _NO_CASUALTIES
    return Severity(
        killed=best.get(_Kind.KILLED, 0),
        injured=best.get(_Kind.INJURED, 0),
        kidnapped=best.get(_Kind.KIDNAPPED, 0),
    )


# --- round seven: a further writer (accident reporting, wire copy, indirect wording) ----------
# A person taken to or treated at a health place is injured ("Siete pasajeros fueron atendidos
# en el hospital", "Two others were taken to hospital", "evacuado a la posta").
_HEALTH_PLACES = _words(
    "hospital hospitales clinica clinicas posta postas topico essalud emergencia salud clinic "
    # (round twelve: "were being treated in hospitals in Juliaca and Putina")
    "hospitals clinics"
)
# (a health place alone lets a text past the quick check of extract_severity)
_CASUALTY_WORDS |= _HEALTH_PLACES
# (round fourteen) "fue rescatado con una pierna rota", "quedo con el brazo fracturado": a
# person with a broken limb is injured (only a body part: "con el parabrisas roto" is no one;
# a step of its own, not merged phrases, which would all start with the common "con")
_BROKEN = _words("rota roto fracturada fracturado")
_CASUALTY_WORDS |= _BROKEN


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


_CARED_PLURAL = _words(
    "atendidos atendidas trasladados trasladadas evacuados evacuadas llevados llevadas "
    "derivados derivadas internados internadas"
)
_CARED_SINGULAR = _words(
    "atendido atendida trasladado trasladada evacuado evacuada llevado llevada derivado "
    "derivada internado internada"
)
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
    for i, tok in enumerate(tokens):
        if (
            tok not in _CARED_PLURAL
            and tok not in _CARED_SINGULAR
            and tok not in _CARED_ENGLISH
            and tok not in _SENDING
        ):
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
        if _HEALTH_PLACES.isdisjoint(window) or not _MORGUE.isdisjoint(window):
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


# (round fifteen) "Siete vecinos, entre ellos cuatro ninos, fueron atendidos", "Cuatro personas,
# entre ellas una mujer y su hijo de 8 anos, murieron": the aside names a part of the whole; it
# is dropped so that the whole reaches its verb (up to this many words of aside)
_AMONG_WINDOW = 10


def _without_parts_among(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i, n = 0, len(tokens)
    while i < n:
        if tokens[i : i + 2] in _AMONG_THEM and out and out[-1] in _PEOPLE_PLURAL:
            for j in range(i + 2, min(n, i + 2 + _AMONG_WINDOW)):
                tok = tokens[j]
                if tok in _BOUNDARY:
                    break
                if tok in _AMONG_VERBS or (tok in _AFTER_NUMBER and tok not in _SINGLE):
                    i = j  # the aside ends where the whole's verb or casualty word starts
                    break
        out.append(tokens[i])
        i += 1
    return out


_AMONG_VERBS = _AUXILIARIES | _DYING_PLURAL | _CARED_PLURAL


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
    return False


# (round twelve) "3 trabajadores atendidos por golpes", "fueran atendidos por intoxicacion con
# gases": treated for an injury or acute poisoning (the guide, round seven), with no health
# place named
_CARE_CAUSES = _words(
    "golpes heridas cortes contusiones quemaduras fracturas intoxicacion inhalacion gaseamiento"
)


def _treated_for(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for i, tok in enumerate(tokens[:-2]):
        if (
            (tok in _CARED_PLURAL or tok in _CARED_SINGULAR)
            and tokens[i + 1] == "por"
            and tokens[i + 2] in _CARE_CAUSES
        ):
            out[i] = "heridos" if tok in _CARED_PLURAL else "herido"
    return out


_IN_CUSTODY = _words("arrested detained suspects suspect custody prison jail court meeting")


def _held_people(tokens: list[str]) -> list[str]:
    """``tokens`` with English "held" read as "retenidos" (held against their will, round ten:
    "A gang held 13 mine workers inside a tunnel ... officers freed them") in a story of a
    kidnapping or a release, and not of arrests, courts or meetings."""
    if not _IN_CUSTODY.isdisjoint(tokens):
        return tokens
    # (round twelve: "Peru police free six workers held in illegal mine tunnel", "are free now")
    if _RELEASE.isdisjoint(tokens) and "free" not in tokens and not _kidnap_story(tokens):
        return tokens
    return [tok if tok != "held" else "retenidos" for tok in tokens]


def _kidnap_story(tokens: list[str]) -> bool:
    """Whether the text is about a kidnapping, so that freed or rescued people were kidnapped
    ("rescate" only as a ransom: "el personal de rescate" saves trapped miners)."""
    found = _KIDNAP_CONTEXT.intersection(tokens)
    return bool(found - {"rescate"}) or ("rescate" in found and _ransom_demanded(tokens))


def _half_of(tokens: list[str], start: int) -> bool:
    """Whether "la mitad de los" / "half of the" stands right before ``tokens[start]``."""
    return tokens[start - 3 : start] in (["mitad", "de", "los"], ["mitad", "de", "las"]) or (
        tokens[start - 3 : start] == ["half", "of", "the"]
    )


_FIRST_REPORT = _words(
    "inicialmente initially primeramente principio inicial iniciales initial unconfirmed "
    "rumores rumors rumours"
)
# (round ten) "su primer reporte", "las primeras versiones", "the first reports": a first figure
_FIRST = _words("primer primera primeros primeras first earlier")
_REPORT_NOUNS = _words(
    "reporte reportes informe informes version versiones cifra cifras balance parte report "
    "reports figure figures"
)
_FIRST_REPORT_HINTS = _FIRST_REPORT | _FIRST


def _without_first_reports(
    tokens: list[str], counted: list[tuple[_Number, _Kind | None]]
) -> list[tuple[_Number, _Kind | None]]:
    """``counted`` without the counts of a sentence that gives a first, superseded figure
    ("Inicialmente se hablo de seis fallecidos"), when another count of that kind remains."""
    first = [entry for entry in counted if _in_first_report(tokens, entry[0])]
    rest = [entry for entry in counted if entry not in first]
    kinds = {kind for _, kind in rest}
    return rest + [entry for entry in first if entry[1] not in kinds]


def _in_first_report(tokens: list[str], number: _Number) -> bool:
    start = number.start
    while start > 0 and tokens[start - 1] not in _BOUNDARY:
        start -= 1
    before = tokens[start : number.start]
    return not _FIRST_REPORT.isdisjoint(before) or any(
        tok in _FIRST and nxt in _REPORT_NOUNS for tok, nxt in pairwise(before)
    )


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
    "violence violencia gunfight shootout enfrentamiento clash"
)
_METALS = _words("plomo mercurio arsenico cadmio metales lead mercury arsenic cadmium")
_POISONED = _words("intoxicados intoxicadas intoxicado intoxicada sangre blood")
_INJURY_WORDS = _words(
    "heridos herido lesionados lesionado injured wounded quemaduras hospitalizados internados"
)


# Field logs name people by a title or an initial and a surname ("Vig. Condori", "supervisor J.
# Salas"); the name is dropped so that the person noun meets its casualty word.
_TITLES = _words("vig sup sr sra")
_INITIALS = frozenset("bcdfghjklmnpqrtvwxz")
_NAME_HINTS = _TITLES | _INITIALS


def _without_names(tokens: list[str]) -> list[str]:
    """``tokens`` without the initial and surname after a title or a singular person noun (and
    the full stops of their abbreviations)."""
    out: list[str] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        out.append(tok)
        i += 1
        if tok not in _PEOPLE_SINGULAR:
            continue
        k = i + 1 if tok in _TITLES and tokens[i : i + 1] == ["."] else i
        initial = k < n and tokens[k] in _INITIALS
        if initial:
            k += 2 if tokens[k + 1 : k + 2] == ["."] else 1
        elif tok not in _TITLES:
            continue
        # a surname is any word that is no casualty, auxiliary or function word
        if (
            k < n
            and tokens[k].isalpha()
            and tokens[k] not in _CASUALTY_WORDS
            and tokens[k] not in _PERSON_AUX
            and tokens[k] not in _NAME_STOPS
        ):
            i = k + 1
        elif initial:
            i = k
    return out


_NAME_STOPS = _words("y e o a de del en con the and of in at on el la los las un una se")


# A body found, or a kidnapping and a killing verb joined ("secuestran y asesinan a"): the one
# victim of both
_FOUND_DEAD = _words("cuerpo cadaver restos body remains halladosinvida sinvida")
_JOINED_KILLING = _words("asesinan asesinaron matan mataron ejecutan ejecutaron killed murdered")


def _kidnapped_one_died(tokens: list[str]) -> bool:
    """Whether the text says the one kidnapped victim was found dead or was kidnapped and killed
    in one phrase, rather than naming a second victim."""
    if not _FOUND_DEAD.isdisjoint(tokens) or ("found" in tokens and "dead" in tokens):
        return True
    return any(
        tok in _AND
        and _SINGLE_VERBS.get(tokens[k - 1]) is _Kind.KIDNAPPED
        and tokens[k + 1 : k + 2] != []
        and tokens[k + 1] in _JOINED_KILLING
        for k, tok in enumerate(tokens)
        if k > 0
    )


# Those who hold people to hand them over: detained, not kidnapped (docs/labelling-guide.md)
_RONDA = _words("ronderos ronderas ronda rondas policia policias agentes serenazgo police")


def _held_by_ronda(tokens: list[str], number: _Number) -> bool:
    """Whether a ronda or the police is the subject of the sentence that holds ``number``
    ("Ronderos retienen a seis ...", "La Policia retiene a cinco sospechosos"): detained."""
    if _RONDA.isdisjoint(tokens):
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
_RETAIN_VERBS = _words("retienen retuvieron retiene retuvo held")


def _without_rejected(
    counted: list[tuple[_Number, _Kind | None]], rejected: set[int]
) -> list[tuple[_Number, _Kind | None]]:
    """``counted`` without repeats of a rejected figure whose kind has another count."""
    kept = [entry for entry in counted if entry[0].value not in rejected]
    kinds = {kind for _, kind in kept}
    return [entry for entry in counted if entry in kept or entry[1] not in kinds]


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
        for k, tok in enumerate(tokens)
    )


_DEFINITE = _words("el la the")


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
    if tokens[number.end : number.end + 1] in (["mas"], ["more"]):
        return True
    before = tokens[number.start - 1] if number.start > 0 else ""
    # (an elliptic object has no verb of its own, round ten: "; los seis fueron llevados al
    # centro de salud" is the same six)
    if before in _BESIDES or (
        _elliptic_start(tokens, number) >= 0 and _forward(tokens, number) is None
    ):
        return True
    return before in _OTHERS and (number.start < 2 or tokens[number.start - 2] not in _THE_PLURAL)


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
_REST_HINTS = _REST | _HALF
_DIED_ONE = _words("murio fallecio muere fallece died")
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
        half = (
            tok in _HALF
            and tokens[k - 1] in ("la", "otra", "the")
            and tokens[k + 1 : k + 2] not in (["de"], ["of"])
        )
        if not half and (tok not in _REST or tokens[k - 1] not in _THE_ALL):
            continue
        kind = _rest_kind(tokens, k + 1)
        before = [(number, other) for number, other in counted if number.end <= k]
        if not before:
            continue
        whole = max(before, key=lambda entry: entry[0].value)[0]
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
        if kind is None:
            continue
        dead = sum(
            number.value
            for number, other in before
            if other is _Kind.KILLED and number.start > whole.start
        )
        if dead == 0 and half_dead:
            dead = half_dead
        # (round eleven) "Siete trabajadores fueron alcanzados: el perforista QUISPE murio en
        # el lugar y los demas fueron llevados al hospital": one unnumbered dead
        elif dead == 0 and not _DIED_ONE.isdisjoint(tokens[whole.end : k]):
            dead = 1
            best[_Kind.KILLED] = max(best.get(_Kind.KILLED, 0), 1)
        if 0 < dead < whole.value:
            best[kind] = max(best.get(kind, 0), whole.value - dead)


_THE_ALL = _words("el los las the")


def _rest_kind(tokens: list[str], start: int) -> _Kind | None:
    """The injured or kidnapped kind the clause from ``start`` states, if any ("fue trasladado
    al hospital", "fueron liberados")."""
    window = []
    for tok in tokens[start : start + 8]:
        if tok in _BOUNDARY:
            break
        window.append(tok)
    for i, tok in enumerate(window):
        kind = _AFTER_NUMBER.get(tok)
        if kind is not None and kind is not _Kind.KILLED:
            return kind
        if tok in _CARED and not _HEALTH_PLACES.isdisjoint(window[i + 1 :]):
            return _Kind.INJURED
    return None


_THE_PLURAL = _words("los las the")


_INSTEAD = _words("sino but")


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


_NEGATED_FIGURE = _words("no not")


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
    for number, kind in counted:
        # "otros tres" are more people; "los otros dos" are the rest of a group already counted
        others = _more_people(tokens, number)
        joined = previous is not None and _coordinated(tokens, previous, number)
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
                group_kind, group_total = None, 0
        elif (
            others
            and kind is not None
            and kind in latest
            and not _besides_other_kind(
                tokens, previous, previous_kind, kind, latest_at[kind], number, latest[kind]
            )
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
            and kind is not None
            and kind is previous_kind
            and _distinct_groups(tokens, previous, number)
        ):
            # (round eleven) "6 policias heridos, 4 comuneros heridos", "Protesters injured: 3.
            # Police injured: 1": a tally of different people of one kind adds up
            group_kind, group_total = kind, latest[kind] + number.value
        else:
            group_kind, group_total = kind, number.value
        if group_kind is not None:
            latest[group_kind] = group_total
            latest_at[group_kind] = number
            best[group_kind] = max(best.get(group_kind, 0), group_total)
            totals.setdefault(group_kind, set()).add(group_total)
        previous, previous_kind = number, kind
    # "Secuestraron a cinco: dos aparecieron muertos y tres fueron liberados": when the dead and
    # a smaller kidnapped count make up the kidnapped total, the dead were among the kidnapped,
    # and they count as killed only (labelling guide)
    kidnapped = totals.get(_Kind.KIDNAPPED, set())
    dead = best.get(_Kind.KILLED, 0)
    if dead and dead + min(kidnapped, default=0) == max(kidnapped, default=0):
        best[_Kind.KIDNAPPED] = min(kidnapped)
    return best


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
        and _BOUNDARY.isdisjoint(tokens[previous.end : number.start])
        and not _BOUNDARY.isdisjoint(tokens[latest.end : previous.start])
    )


_GRADES = _words("leve leves grave graves gravedad gravemente critico criticos critica criticas")


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


_PERIOD_PREPOSITIONS = _words("en in durante during desde since")
_PERIOD_STARTS = _words("inicios comienzos principios enero january")
# Without one of these a text names no period (found at C speed before any scan)
_WEEKDAYS = _words(
    "lunes martes miercoles jueves viernes sabado domingo monday tuesday wednesday thursday "
    "friday saturday sunday"
)
_PERIOD_HINTS = (
    # (round sixteen: "year", of "as year's death toll rises to 41")
    _words("va far this este past ultimos ultimas ano year")
    | _PERIOD_STARTS
    | _WEEKDAYS
    | frozenset(str(y) for y in range(1900, 2101))
)


_SUPERLATIVES = _words("deadliest worst bloodiest largest biggest peor mayor mas most")


def _over_a_period(tokens: list[str], number: _Number) -> bool:
    """Whether the sentence of ``number`` speaks of a period, not one incident: "en lo que va
    del año", "so far", "desde enero", "en 2024"."""
    start = number.start
    while start > 0 and tokens[start - 1] not in _BOUNDARY:
        start -= 1
    end = number.end
    while end < len(tokens) and tokens[end] not in _BOUNDARY:
        end += 1
    sentence = tokens[start:end]
    for k in range(len(sentence) - 1):
        tok, nxt = sentence[k], sentence[k + 1]
        if (tok, nxt) in (("que", "va"), ("so", "far")):
            return True
        # (round ten) "ya son 14 los muertos ... desde el lunes", "since Monday"
        if tok in ("desde", "since") and (
            nxt in _WEEKDAYS
            or (nxt == "el" and sentence[k + 2 : k + 3] and sentence[k + 2] in _WEEKDAYS)
        ):
            return True
        # (round ten) "more than 30 people have been killed this year", "asesinados este año";
        # not a superlative's frame ("the deadliest this year": the incident itself)
        # (round fifteen) "suman 41 muertos en el año" (the toll of the year, not the incident)
        if (
            (tok, nxt) in (("this", "year"), ("este", "ano"))
            or (tok == "en" and nxt == "el" and sentence[k + 2 : k + 3] == ["ano"])
        ) and _SUPERLATIVES.isdisjoint(sentence[max(0, k - 6) : k]):
            return True
        # (round sixteen) "Three killed as year's death toll rises to 41": the toll of the
        # year (only for a figure after it: the three are the incident's)
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
_PERIOD_UNITS = _words("years year months month weeks anos meses semanas")


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
        if best.get(whole_kind) != number.value:
            continue
        if not rest:
            best[whole_kind] = number.value - part.value
        elif number.value - part.value in rest:
            # "... uno fallecio. Los otros dos siguen internados": the rest, counted again
            best[whole_kind] = number.value - part.value


_PART_FOLLOWERS = _words("ellos ellas los las them the")
_PART_VERBS = _words("aparecieron fueron were murieron fallecieron died")


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
        start = number.start
        while start > 0 and tokens[start - 1] not in _BOUNDARY:
            start -= 1
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
    if tokens[number.start] not in ("uno", "one") or not after:
        return False
    nxt = after[0]
    return nxt not in _PEOPLE_SINGULAR and (nxt not in _AFTER_NUMBER or nxt in _DYING_PLURAL)


_OF_THEM = [["de", "ellos"], ["de", "ellas"], ["of", "them"]]


def _coordinated(tokens: list[str], first: _Number, second: _Number) -> bool:
    """Whether only people words and one "y" stand between two numbers ("un minero y un")."""
    between = tokens[first.end : second.start]
    if sum(tok in _AND for tok in between) != 1:
        return False
    # (round ten) "tres, y uno de ellos ya fue dado de alta": a part of the first, not more
    if tokens[second.end : second.end + 2] in _OF_THEM:
        return False
    if len(between) <= 4 and all(
        tok in _FILLER or tok in _AND or tok in _COORDINATION_EXTRA for tok in between
    ):
        return True
    return _one_person_with_complement(tokens, first, between)


_COMPLEMENT_WORDS = _words("de del la el")
_COMPLEMENT_MAX = 7  # a person, a complement of up to five words, then "y"


def _one_person_with_complement(tokens: list[str], first: _Number, between: list[str]) -> bool:
    """(round fifteen) "Una fiscal de prevencion del delito y dos suboficiales ... fueron
    retenidos": one person named with a complement (no verb, figure or casualty word), then
    "y" and the second figure."""
    return (
        len(between) <= _COMPLEMENT_MAX
        and tokens[first.start] in _ARTICLES
        and between[0] in _PEOPLE_SINGULAR
        and between[-1] in _AND
        and all(tok in _COMPLEMENT_WORDS or _surname(tok) for tok in between[1:-1])
    )


# "Matan a un minero y luego a su hermano"
_COORDINATION_EXTRA = _words("a al sus luego tambien despues ademas")


def _ends_phrase(tokens: list[str], number: _Number) -> bool:
    """Whether ``number`` and the people words after it end their phrase with no verb of their
    own ("y a un minero en Pataz", not "y otros 30 fueron evacuados")."""
    j = number.end
    while j < len(tokens) and (tokens[j] in _PEOPLE_SINGULAR or tokens[j] in _PEOPLE_PLURAL):
        j += 1
    # ("y luego a su hermano que intento ayudarlo": a relative clause describes the person)
    return (
        j >= len(tokens)
        or tokens[j] in _BOUNDARY
        or tokens[j] in _PREPOSITIONS
        or tokens[j] == "que"
    )


def _elliptic(tokens: list[str], previous: _Number, number: _Number) -> bool:
    """Whether "otros N" continues the sentence of ``previous`` with no verb of its own ("y
    otros tres en Vijus", not "y otros 40 fueron evacuados")."""
    if any(tok in _BOUNDARY for tok in tokens[previous.end : number.start]):
        return False
    end = number.end + (tokens[number.end : number.end + 1] in (["mas"], ["more"]))
    after = tokens[end] if end < len(tokens) else "."
    return after in _BOUNDARY or after in _PREPOSITIONS


def _named_victims(tokens: list[str]) -> dict[_Kind, int]:
    """Victims named one by one with their ages, then a plural casualty word: "Juan Perez (34)
    y Luis Quispe (29) murieron" is two killed (one per parenthesised age)."""
    found: dict[_Kind, int] = {}
    for k, tok in enumerate(tokens):
        kind = _AFTER_NUMBER.get(tok)
        if kind is None or tok in _SINGLE or k == 0:
            continue
        j = k - 1
        while j > 0 and tokens[j] in _AUXILIARIES:
            j -= 1
        ages = 0
        # walk back over "( NN )" groups and the names and "y" between them, to the sentence start
        while j >= 2 and tokens[j] == ")" and tokens[j - 1].isdigit() and tokens[j - 2] == "(":
            ages += 1
            j -= 3
            while j >= 0 and tokens[j] not in _BOUNDARY:
                j -= 1
        if ages >= 2:
            found[kind] = max(found.get(kind, 0), ages)
    for k, tok in enumerate(tokens):
        kind = _BEFORE_NUMBER.get(tok) or _AFTER_NUMBER.get(tok)
        if kind is not None and tok not in _SINGLE:
            ages = _ages_after(tokens, k + 1)
            if ages >= 2:
                found[kind] = max(found.get(kind, 0), ages)
    return found


# --- round ten: victims listed by name after a field ("Heridos: Sup. Rojas (brazo), Vig. Ccopa
# (pierna) y Vig. Meza", "Los fallecidos son: el vigilante Juan Huamani; el operador Luis Ramos")
_LIST_HEADS = (
    "fallecidos|muertos|asesinados|heridos|lesionados|secuestrados|retenidos|raptados|"
    "killed|dead|deceased|injured|wounded|kidnapped|abducted|hostages"
)
# A list after a casualty field and a colon; after "Son" / "Se trata de" opening a sentence
# that identifies victims named before ("Identifican a los mineros asesinados. Son Edgar Rojas
# (38); Luis Cruz (25) y Jhon Vera (19)"); after the bodies of ("Los cuerpos de Juan y Pedro
# Mamani fueron recuperados"). (round fourteen) The casualty word's sentence may go on before
# its colon or "identificados como" ("identifico a los mineros asesinados el domingo en el
# sector Santa Maria: Juan ...", "Los mineros asesinados el lunes fueron identificados como").
_LISTED = re.compile(
    rf"\b(?P<head>{_LIST_HEADS})(?:\s+(?:son|eran|are|were)\s*:?|\s*:"
    r"|[^.:;\n]{0,60}?(?::|\bidentificad[oa]s\s+como))"
    r"\s*(?P<list>[^\n]{0,240})"
    r"|(?:^|[.;]\s+)(?P<who>Son|Eran|Se trata de|They are|They were)\s+(?P<named>[^\n]{0,240})",
    re.IGNORECASE,
)
_NAME_WORD = r"(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+|[A-ZÁÉÍÓÚÑ]{3,})"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*"
# Named people as the subject of a plural casualty word ("los compañeros Edwin Mamani y Rosa
# Quispe fueron golpeados", "guards Lima and Soto injured", "Vig. Choque y Vig. Layme resultan
# heridos"): a title may stand before each name
_TITLED_NAME = (
    rf"(?:(?:[Vv]ig|[Ss]up|[Ss]r|[Ss]ra|[Ii]ng)\.?\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
)
_NAMED_SUBJECTS = re.compile(
    rf"({_TITLED_NAME}(?:\s*,\s*{_TITLED_NAME})*\s+(?:y|e|and|&)\s+{_TITLED_NAME})"
    r"\s+((?:fueron|resultaron|resultan|quedaron|were|are)\s+)?([a-záéíóúñ]+(?:\s+[a-z]+)?)"
)
_BODIES_OF_NAMES = re.compile(
    rf"\b(?:[Cc]uerpos|[Cc]ad[aá]veres|[Bb]odies)\s+(?:de|of)\s+"
    rf"({_NAME}(?:(?:\s*,\s*|\s+(?:y|e|and)\s+){_NAME})+)"
)
# (titles and initials keep their full stop out of the way: "Vig. Ccopa", "J. Perez")
_ABBREVIATION = re.compile(r"\b(Sr|Sra|Srta|Vig|Sup|Ing|Dr|Dra|Lic|Op|Tec|Sgto|Mr|Mrs|Ms|[A-Z])\.")
_ASIDE = re.compile(r"\([^()]*\)")
# ("Elmer Salazar, de 45 años; Juan Rojas, de 31": an age after a name)
_AGE = re.compile(r",?\s*(?:de\s+)?\d{1,2}(?:\s+a[ñn]os)?\b")
_LIST_SEPARATORS = re.compile(r"\s*(?:,|\by\b|\be\b|\band\b|&)\s*")
_LAST_JOIN = re.compile(r"\s+(?:y|e|and)\s+")
# (a name in capitals too, "QUISPE HUAMANI, Julio", as field forms write surnames)
_CAPITALISED = re.compile(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+|[A-ZÁÉÍÓÚÑ]{3,}")
_LIST_WORDS = _words(_LIST_HEADS.replace("|", " "))
# (two names joined, "Ticona & Flores", "Juan y Pedro": the named-subject pattern's cheap hint)
_NAME_JOIN = re.compile(r" (?:y|e|and|&) [A-ZÁÉÍÓÚÑ]")
# (without ":" or one of these a text has no list the patterns could match)
_LIST_OPENING = re.compile(r"(?:Son|Eran|Se trata de|They are|They were) ")
_LIST_HINTS = _words("cuerpos cadaveres bodies")


def _listed_by_name(text: str, listed: bool, bodies: bool, name_join: bool) -> dict[_Kind, int]:
    """Kinds of people listed one by one by name, one each: two or more items, each naming
    someone (a capitalised word that is no number or "ninguno") with no figure of its own
    ("Heridos: 2" is a form field, counted by ``_form_field``)."""
    found: dict[_Kind, int] = {}
    for match in _NAMED_SUBJECTS.finditer(text) if name_join else ():
        names = [part for part in _LIST_SEPARATORS.split(match.group(1)) if part.strip()]
        word = _merge_phrases(_tokens(match.group(3)))[0] if match.group(3) else ""
        subject_kind = _AFTER_NUMBER.get(word)
        if (
            subject_kind is not None
            and word not in _SINGLE
            and all(_is_listed_name(name) for name in names)
        ):
            found[subject_kind] = max(found.get(subject_kind, 0), len(names))
    for match in _BODIES_OF_NAMES.finditer(text) if bodies else ():
        names = [part for part in _LIST_SEPARATORS.split(match.group(1)) if part.strip()]
        if all(_is_listed_name(name) for name in names):
            found[_Kind.KILLED] = max(found.get(_Kind.KILLED, 0), len(names))
    for match in _LISTED.finditer(text) if listed else ():
        if match.group("head"):
            kind: _Kind | None = _AFTER_NUMBER[normalize(match.group("head"))]
            items = match.group("list")
        else:
            kind = _kind_named_before(text[: match.start()])
            items = match.group("named")
        if kind is None:
            continue
        items = _AGE.sub("", _ASIDE.sub(" ", _ABBREVIATION.sub(r"\1", items)))
        items = re.split(r"[.:!?]", items, maxsplit=1)[0]
        # ("Edgar Rojas, natural de Huamachuco; Luis Cruz, de Tayabamba": with ";" each item is
        # one person whose name opens it, and "y" joins only the last one)
        if ";" in items:
            names = [
                part for item in items.split(";") for part in _LAST_JOIN.split(item) if part.strip()
            ]
            named = all(_opens_with_name(name) for name in names)
        else:
            names = [part for part in _LIST_SEPARATORS.split(items) if part.strip()]
            # (a description after the names ends the list: "..., desaparecidos desde marzo")
            # ((round twelve) and one that opens in lower case: "..., naturales de Sanchez
            # Carrion", "mineros artesanales de Huamachuco")
            while (
                names
                and (not _is_listed_name(names[-1]) or names[-1].lstrip()[:1].islower())
                and len(names) > 2
            ):
                names.pop()
            named = all(_is_listed_name(name) for name in names)
        if len(names) >= 2 and named:
            found[kind] = max(found.get(kind, 0), len(names))
    return found


# --- round ten: itemised lists of field forms ("Fallecidos: 1) QUISPE, Julio - perforista. 2)
# CCAHUA, Edwin ...", "Casualty list. 1. Huanca, J. - deceased at scene. 2. Poma, L. - injured",
# "Personal retenido: - Ing. VALDIVIA. - Sr. CHAMBI", "Afectados: HUAMAN, Elvis - fallecido en el
# lugar; CONDORI, Ruben - fractura expuesta"): one person an item, of the kind its own status
# word says, else of the kind of the field before the list
_NUMBERED_ITEM = re.compile(r"(?<![\w.])([1-9])[.)]\s+")
_DASH_ITEM = re.compile(r"(?:^|(?<=[.:;]))\s*-\s+")
_FIELD_BEFORE = re.compile(r"([A-Za-zÁÉÍÓÚÑáéíóúñ]+)\s*:\s*$")
_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ])")
_NEUTRAL_FIELDS = _words("afectados affected victimas victims casualties")


def _itemised(text: str, numbered: bool, field_list: bool) -> dict[_Kind, int]:
    """Kinds of the people of an itemised list, one per item (two items or more)."""
    found: dict[_Kind, int] = {}
    plain = _ABBREVIATION.sub(r"\1", text)
    runs = _numbered_runs(plain) if numbered else []
    lists = _field_lists(plain) if field_list else []
    for items, field in (*runs, *lists):
        kinds = [_item_kind(item, field) for item in items]
        if len(kinds) < 2 or None in kinds:
            continue
        for kind in set(kinds):
            if kind is not None:
                found[kind] = max(found.get(kind, 0), kinds.count(kind))
    return found


def _numbered_runs(text: str) -> list[tuple[list[str], str]]:
    """The runs of items numbered 1, 2, 3 ... with the field word before the first, if any."""
    marks = [m for m in _NUMBERED_ITEM.finditer(text)]
    runs: list[tuple[list[str], str]] = []
    k = 0
    while k < len(marks):
        if marks[k].group(1) != "1":
            k += 1
            continue
        run = [marks[k]]
        while k + 1 < len(marks) and int(marks[k + 1].group(1)) == int(run[-1].group(1)) + 1:
            k += 1
            run.append(marks[k])
        k += 1
        if len(run) < 2:
            continue
        items = [text[a.end() : b.start()] for a, b in pairwise(run)]
        items.append(_SENTENCE_END.split(text[run[-1].end() : run[-1].end() + 160], 1)[0])
        before = _FIELD_BEFORE.search(text[max(0, run[0].start() - 40) : run[0].start()])
        runs.append((items, before.group(1) if before else ""))
    return runs


def _field_lists(text: str) -> list[tuple[list[str], str]]:
    """Lists after a casualty field and a colon, items after dashes or between ";"."""
    lists: list[tuple[list[str], str]] = []
    for match in re.finditer(r"([A-Za-zÁÉÍÓÚÑáéíóúñ]+)\s*:\s*", text):
        field = normalize(match.group(1))
        if _field_kind(field) is None and field not in _NEUTRAL_FIELDS:
            continue
        rest = text[match.end() : match.end() + 400]
        if rest.startswith("- "):
            parts = _DASH_ITEM.split(rest)
            items = [part for part in parts if part.strip()]
            # (the last item ends with its sentence; what follows is no item)
            items[-1] = _SENTENCE_END.split(items[-1], 1)[0] if items else ""
            lists.append((items[: _run_of_names(items)], match.group(1)))
        else:
            sentence = _SENTENCE_END.split(rest, 1)[0]
            if ";" in sentence:
                lists.append((sentence.split(";"), match.group(1)))
    return lists


def _run_of_names(items: list[str]) -> int:
    """How many items from the first open with a name."""
    count = 0
    for item in items:
        if not _opens_with_name(item):
            break
        count += 1
    return count


def _field_kind(word: str) -> _Kind | None:
    return _AFTER_NUMBER.get(word) or _SINGLE.get(word) or _AFTER_PERSON.get(word)


def _item_kind(item: str, field: str) -> _Kind | None:
    """The kind of one listed person: the first status word of the item ("- fallecido en el
    lugar", "- injured, GSW arm"), else the field's; None if the item names nobody."""
    if not _opens_with_name(item):
        return None
    for tok in _merge_phrases(_tokens(item)):
        kind = _field_kind(tok)
        if kind is not None:
            return kind
    return _field_kind(normalize(field)) if field else None


def _kind_named_before(text: str) -> _Kind | None:
    """The kind of the last plural casualty word before a list of names (the victims it
    identifies), "victimas" read as the dead when no other harm is named."""
    tokens = _tokens(text)
    for tok in reversed(tokens):
        if tok in _LIST_WORDS or tok in ("cuerpos", "cadaveres"):
            return _AFTER_NUMBER[tok]
        if tok == "victimas" and _OTHER_HARM_WORDS.isdisjoint(tokens):
            return _Kind.KILLED
    return None


def _is_listed_name(item: str) -> bool:
    words = item.split()
    if not words or len(words) > 6 or any(ch.isdigit() for ch in item):
        return False
    return any(_is_name(word) for word in words)


def _opens_with_name(item: str) -> bool:
    return any(_is_name(word) for word in item.split()[:5])


def _is_name(word: str) -> bool:
    word = word.strip(",;")
    return (
        _CAPITALISED.fullmatch(word) is not None
        and normalize(word) not in _NUMBER_WORDS
        and normalize(word) not in _NIL
        and normalize(word) not in _PEOPLE_SINGULAR
        and normalize(word) not in _PEOPLE_PLURAL
    )


# --- round ten: victims as object pronouns of spoken Spanish ("Lo mataron porque no quiso
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
            "golpeado herido baleado chancado apunalado acuchillado lesionado"
        ),
        _Kind.INJURED,
    ),
    **dict.fromkeys(
        _words(
            "secuestraron raptaron amarraron encerraron secuestrado raptado amarrado encerrado "
            "llevaron"
        ),
        _Kind.KIDNAPPED,
    ),
}
_CLITIC_VERB_WORDS = frozenset(_CLITIC_VERBS)
# (the verbs of object pronouns let a text past the quick check, "le han chancado")
_CASUALTY_WORDS |= _CLITIC_VERB_WORDS
_CLITICS = _words("lo la le los las les")
_HELD_VERBS = _words("amarraron encerraron amarrado encerrado")
_SINGULAR_CLITICS = _words("lo la le")
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
        if verb == "llevaron" and (i == 0 or tokens[i - 1] != "se" or tok in _SINGULAR_CLITICS):
            continue
        # (in a story of deaths the beaten, tied or locked up one is most likely the dead)
        if deaths and (kind is _Kind.INJURED or verb in _HELD_VERBS):
            continue
        start = i - 1 if verb == "llevaron" else i
        count = 1 if tok in _SINGULAR_CLITICS else _fronted_objects(tokens, start)
        if count:
            found[kind] = max(found.get(kind, 0), count)
    return found


def _fronted_objects(tokens: list[str], end: int) -> int:
    """How many people stand as objects before ``tokens[end]`` in its clause: each "a"/"al"
    with a person, a possessive and a word, or a count of people ("a dos perforistas")."""
    count = 0
    for k in range(end - 1, max(-1, end - 14), -1):
        tok = tokens[k]
        # (the verb of a clause before ends the objects: "al operador lo mataron, y a dos
        # perforistas se los llevaron")
        if tok in _BOUNDARY or tok in _CLITIC_VERBS or tok in _BEFORE_NUMBER:
            break
        if tok not in ("a", "al") or k + 1 >= end:
            continue
        nxt = tokens[k + 1]
        # (round twelve) "redujeron a los cuatro vigilantes de turno y los encerraron"
        the = nxt in _THE_PLURAL and k + 3 < end and _is_number_token(tokens[k + 2])
        if the:
            nxt = tokens[k + 2]
        if _is_number_token(nxt) and nxt not in _ARTICLES and k + 2 + the < end:
            value = _NUMBER_WORDS.get(nxt) or (int(nxt) if nxt.isdigit() else 0)
            count += value if tokens[k + 2 + the] in _PEOPLE_PLURAL else 0
        elif (
            nxt in _PEOPLE_SINGULAR
            or nxt in _POSSESSIVES
            or (nxt in _DETERMINERS and k + 2 < end and tokens[k + 2] in _PEOPLE_SINGULAR)
        ):
            count += 1
    return count


def _ages_after(tokens: list[str], start: int) -> int:
    """How many "( NN )" groups follow a casualty word in its sentence, with names and "y"
    between them ("Secuestran a Pedro Diaz (42), Julio Rios (35) y Raul Cruz (28)"); the
    walk stops at another casualty word or a number outside the brackets."""
    ages = 0
    j = start
    end = min(len(tokens), start + 24)
    while j < end:
        tok = tokens[j]
        if tok == "(" and j + 2 < len(tokens) and tokens[j + 1].isdigit() and tokens[j + 2] == ")":
            ages += 1
            j += 3
            continue
        if tok in _BOUNDARY or tok[0].isdigit() or tok in _AFTER_NUMBER or tok in _BEFORE_NUMBER:
            break
        j += 1
    return ages


def _dying_verb_before(tokens: list[str], number: _Number) -> bool:
    """A dying verb right before ``number`` ("Fallecen dos", "murieron los 3")."""
    for tok in reversed(tokens[max(0, number.start - 3) : number.start]):
        if tok in _DYING_PLURAL:
            return True
        if tok not in _VERB_GAP:
            return False
    return False


def _form_field(tokens: list[str], number: _Number) -> _Kind | None:
    """The kind of an incident form's field the number fills: "Muertos: 2", "Injuries: 1"."""
    # (round ten) "Casualties: KIA 0 / WIA 2": the abbreviated field right before its figure
    if number.start >= 1 and tokens[number.start - 1] in _FIELD_ABBREVIATIONS:
        return _AFTER_NUMBER[tokens[number.start - 1]]
    if number.start < 2 or tokens[number.start - 1] != ":":
        return None
    field = tokens[number.start - 2]
    # ("Personal herido: 4": a singular field after a collective noun)
    if field in _SINGLE and (number.start < 3 or tokens[number.start - 3] not in _COLLECTIVES):
        return None
    return _AFTER_NUMBER.get(field)


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


# --- round fifteen: a field's tally -----------------------------------------------------------
# "Heridos reportados: 6 policias, 3 manifestantes", "Lesionados: 4 agentes de seguridad
# (contusiones) y 2 policias (uno con herida en la cabeza)": a plural casualty field (up to
# two words before its colon) followed by two or more figures of people, each with its people
# word, asides in brackets stepped over; the figures add up.
_TALLY_FIELD_WORDS = 3  # the casualty word and at most two more before the colon
_TALLY_GAP = 4  # words of a complement between one item and the next, at most
_TALLY_STOPS = frozenset(".;:!?")


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
        while j < n and tokens[j] not in _TALLY_STOPS and gap <= _TALLY_GAP:
            if tokens[j] == "(":  # an aside: "(contusiones)"
                close = tokens.index(")", j) if ")" in tokens[j:] else n
                j = close + 1
                continue
            figure = _tally_figure(tokens[j])
            if figure is not None and j + 1 < n:
                people = tokens[j + 1]
                if people in _PEOPLE_PLURAL or (figure == 1 and people in _PEOPLE_SINGULAR):
                    items.append(figure)
                    j, gap = j + 2, 0
                    continue
                break  # a figure of something else: no tally
            j += 1
            gap += 1
        if len(items) >= 2:
            found[kind] = max(found.get(kind, 0), sum(items))
    return found


# --- round eleven: questions and answers, log abbreviations -----------------------------------
# "¿Hay heridos? Sí, uno", "¿Hubo heridos? SÍ (1, vigilante)", "Reportero: ¿Hay heridos?
# Trabajador: Sí, uno": a question about a plural casualty word answered by a figure states
# that figure (an answer "No" or a bare "Sí" states none).
_ASKING = _words("hay hubo habia habian any cuantos cuantas many")
_ANSWER_LABEL = 3  # at most this many words of a speaker's label before its ":"


def _answered_questions(tokens: list[str]) -> dict[_Kind, int]:
    found: dict[_Kind, int] = {}
    for i, tok in enumerate(tokens):
        if tok != "?":
            continue
        start = i
        while start > 0 and tokens[start - 1] not in _BOUNDARY and i - start < _QUESTION_WORDS:
            start -= 1
        question = tokens[start:i]
        kind = next(
            (
                _AFTER_NUMBER[w]
                for w in reversed(question)
                if w in _AFTER_NUMBER and w not in _SINGLE
            ),
            None,
        )
        # a question asks ("¿Hay heridos?", "How many were killed?") or is short ("Q:
        # Wounded?", "¿Y los secuestrados?")
        if kind is None or (_ASKING.isdisjoint(question) and len(question) > _SHORT_QUESTION):
            continue
        j = i + 1
        # (a speaker's label: "Trabajador: Sí, uno", "A: Three confirmed")
        label = tokens[j : j + _ANSWER_LABEL + 1]
        if ":" in label and not _BOUNDARY.intersection(label[: label.index(":")]):
            j += label.index(":") + 1
        while j < len(tokens) and j < i + _ANSWER_LABEL + 4 and tokens[j] in _ANSWER_OPENERS:
            j += 1
        answer = tokens[j] if j < len(tokens) else ""
        value = int(answer) if answer.isdigit() else _NUMBER_WORDS.get(answer, 0)
        if 0 < value < 1000:
            found[kind] = max(found.get(kind, 0), value)
    return found


_QUESTION_WORDS = 8
_SHORT_QUESTION = 3
_ANSWER_OPENERS = _words("si yes son eran fueron are were a (")


# "1 fallec. y 2 her. x PAF": the abbreviations of a log, after their figure only.
_LOG_ABBREVIATIONS = {"fallec": "fallecidos", "her": "heridos", "herid": "heridos"}
_LOG_ABBREVIATION_HINTS = frozenset(_LOG_ABBREVIATIONS)


def _without_log_abbreviations(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for i in range(1, len(tokens) - 1):
        full = _LOG_ABBREVIATIONS.get(tokens[i])
        if full is not None and tokens[i - 1].isdigit() and tokens[i + 1] == ".":
            out[i] = full
    return out


# A tally of groups: "6 policias heridos por piedras, 4 comuneros heridos por perdigones" (a
# people noun right after each figure, in one sentence) or form fields "Protesters injured: 3.
# Police injured: 1." (a people noun before each field); different nouns are different people.
_TALLY_PEOPLE = _PEOPLE_PLURAL | _words("police policia staff personal")
_TALLY_GAP = 12


def _tally_noun(tokens: list[str], number: _Number) -> tuple[str, bool] | None:
    """The people noun of a tallied figure, and whether it is a form field."""
    if (
        number.start >= 3
        and tokens[number.start - 1] == ":"
        and tokens[number.start - 2] in _AFTER_NUMBER
    ):
        noun = tokens[number.start - 3]
        return (noun, True) if noun in _TALLY_PEOPLE else None
    if number.end < len(tokens) and tokens[number.end] in _PEOPLE_PLURAL and number.value > 1:
        return tokens[number.end], False
    return None


def _distinct_groups(tokens: list[str], first: _Number, second: _Number) -> bool:
    one = _tally_noun(tokens, first)
    two = _tally_noun(tokens, second)
    if one is None or two is None or one[0] == two[0] or one[1] != two[1]:
        return False
    between = tokens[first.end : second.start]
    if one[1]:
        return len(between) == 4 and between[0] == "."
    joined = tokens[second.start - 1]
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


def _own_word(tokens: list[str], first: _Number, second: _Number) -> bool:
    """Whether ``first`` and ``second`` are each followed by their people noun and a casualty
    word, of one kind."""
    words = [tokens[n.end + 1] if n.end + 1 < len(tokens) else "" for n in (first, second)]
    kinds = {_AFTER_NUMBER.get(word) for word in words}
    return len(kinds) == 1 and None not in kinds


# "uno murio ahi mismo y el otro esta grave en el hospital", "su companero sigue grave": a
# person in a serious state after a verb of state is injured.
_SERIOUS = {"grave": "herido", "graves": "heridos"}
_STATE_VERBS = _words(
    "esta estan quedo quedaron sigue siguen continua continuan encuentra encuentran"
)


def _serious_as_injured(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for i in range(1, len(tokens)):
        full = _SERIOUS.get(tokens[i])
        if full is not None and tokens[i - 1] in _STATE_VERBS:
            out[i] = full
    return out


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
    if not before or (before[-1] not in _TRAVELLING and before[0] not in _TRAVELLING):
        return False
    if number.end >= len(tokens) or tokens[number.end] not in _TALLY_PEOPLE:
        return False
    sentence_start = start
    while sentence_start > 0 and tokens[sentence_start - 1] not in (".", "!", "?"):
        sentence_start -= 1
    return not _FIRING.isdisjoint(tokens[sentence_start:start])


# "3 contractor employees taken from bus into pickup", "he was taken from his car at gunpoint",
# "three drivers taken out of trucks 2, 4 and 5": people taken from a vehicle or a home are
# abducted (not "taken from the scene to hospital").
_TAKEN_FROM = _VEHICLES | _words("bus buses trucks cars vans vehicles home house camp")


def _taken_from_vehicle(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for i, tok in enumerate(tokens):
        if (
            tok == "taken"
            and tokens[i + 1 : i + 2] in (["from"], ["out"])
            and not _TAKEN_FROM.isdisjoint(tokens[i + 2 : i + 6])
            and _HEALTH_PLACES.isdisjoint(tokens[i + 2 : i + 10])
        ):
            out[i] = "abducted"
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
            if kind is not None:
                kinds.add(kind)
    return kinds


def _without_asides(tokens: list[str]) -> list[str]:
    """``tokens`` without the words in brackets ("(conductor, PAF en torax)")."""
    if "(" not in tokens:
        return tokens
    out: list[str] = []
    depth = 0
    for tok in tokens:
        if tok == "(":
            depth += 1
        elif tok == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(tok)
    return out


_CONFIRMING = _words(
    "confirma confirmo confirmar confirman confirmaron confirmed confirms preciso precisa "
    "precisaron"
)
_HEARSAY = _words(
    "hablan hablaban habla hablaba hablo fuentes versiones rumores testimonios dicen habria "
    "habrian reportedly "
    "spoke claim claims claimed"
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
        if kind is None and len(kinds) == 1:
            kind = next(iter(kinds))
        if kind is not None:
            found[kind] = number.value
    return found


# --- round twelve: ordinary news and guard reports (casualties_fresh25-27) ---------------------
# A numbered subject with a long complement before its plural predicate: "Otros dos agentes de
# la empresa de seguridad resultaron heridos", "Dos tecnicos de la empresa electrica que
# revisaban un tramo cercano resultaron heridos". Only a plural auxiliary right before a
# casualty word, or a plural dying verb, ends the subject; anything that may start another
# clause or count (a boundary, a number, a join, a verb of its own count) stops the walk.
_LONG_SUBJECT = 14  # words between the people and their predicate, at most
_LONG_PREDICATES = _AUXILIARIES
# (and "sufrieron lesiones", merged into "lesionados" by _merge_phrases)
_LONG_SUBJECT_HINTS = _LONG_PREDICATES | _DYING_PLURAL_ONLY | {"lesionados"}


def _long_subject(tokens: list[str], number: _Number) -> _Kind | None:
    """The kind the plural predicate of a numbered subject states, across a long complement."""
    j = number.end
    if j < len(tokens) and tokens[j] in _OTHERS:
        j += 1
    if number.value < 2 or j >= len(tokens) or tokens[j] not in _PEOPLE_PLURAL:
        return None
    # ("dos de los cinco mineros atacados murieron": the verb is the part's)
    if _is_partitive_whole(tokens, number):
        return None
    for k in range(j + 1, min(j + 1 + _LONG_SUBJECT, len(tokens) - 1)):
        tok = tokens[k]
        if tok in _LONG_PREDICATES and tokens[k + 1] in _AFTER_NUMBER:
            return _AFTER_NUMBER[tokens[k + 1]]
        if tok in _DYING_PLURAL_ONLY:
            return _Kind.KILLED
        if tok == "lesionados" and tokens[k - 1] not in _ARTICLES | _THE_PLURAL:
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


# A kidnapped person who came back hurt: a bearing word right before an injury noun ("con
# heridas", "presentaba golpes", "with bruises"; not "sin lesiones", "with no injuries").
_BEARING = _words("con presenta presentaba presentan presentaban with")
_CARRIED_INJURIES = _words(
    "heridas golpes lesiones cortes contusiones quemaduras moretones hematomas injuries bruises "
    "cuts wounds"
)


def _came_back_hurt(tokens: list[str]) -> bool:
    # ("Ninguno presenta lesiones", "no presenta heridas": none)
    return any(
        tok in _CARRIED_INJURIES
        and tokens[k - 1] in _BEARING
        and (k < 2 or tokens[k - 2] not in _NEGATIONS)
        for k, tok in enumerate(tokens)
        if k
    )


# --- round sixteen: the constructions earlier rounds left alone ----------------------------
_INVERTING_VERBS = _words("resultaron quedaron")
_INVERTED_INJURED = _words("heridos heridas lesionados lesionadas")
_LIST_END = _words(". ; : ?")


def _inverted_list(tokens: list[str]) -> int:
    """How many people a clause-opening "Resultaron heridos" lists after it: one per conjunct
    joined by "y"/"e" up to the sentence's end ("Resultaron heridos por perdigones los agentes
    Huaman y Ccopa y el chofer" is three); 0 when a count is stated there (the figure rules read
    it) or no list follows."""
    best = 0
    n = len(tokens)
    for i in range(n - 2):
        if (
            tokens[i] not in _INVERTING_VERBS
            or tokens[i + 1] not in _INVERTED_INJURED
            or (i > 0 and tokens[i - 1] not in _LIST_END)
        ):
            continue
        conjuncts = 1
        depth = 0  # inside brackets: an age or a wound, no part of the list
        words = 0
        for tok in tokens[i + 2 :]:
            if tok == "(":
                depth += 1
            elif tok == ")":
                depth = max(0, depth - 1)
            elif depth:
                continue
            elif tok in _LIST_END:
                break
            elif tok in _NUMBER_WORDS or tok[0].isdigit() or tok in _PEOPLE_PLURAL_COUNTED:
                conjuncts = 0  # a count or an unnumbered plural: not a list of people
                break
            elif tok in _AND:
                conjuncts += 1
            else:
                words += 1
        if words and conjuncts > 1:
            best = max(best, conjuncts)
    return best


# (plural people with no names after them: "resultaron heridos varios comuneros y un policia")
_PEOPLE_PLURAL_COUNTED = _words("varios varias otros otras decenas todos ambos")

# (round sixteen) "decenas resultaron heridos", "dozens were injured": a vague many is no
# count, and no single victim either (the guide counts stated figures only)
_VAGUE_MANY = _words("decenas centenares cientos dozens hundreds scores")
_VAGUE_REACH = 4  # words from the vague many to its casualty word, at most


def _without_vague_many(tokens: list[str]) -> list[str]:
    """``tokens`` with the casualty word a vague many is the subject or head of blanked out."""
    tokens = list(tokens)
    for i, tok in enumerate(tokens):
        if tok not in _VAGUE_MANY:
            continue
        for k in range(i + 1, min(i + 1 + _VAGUE_REACH, len(tokens))):
            word = tokens[k]
            if word in _BOUNDARY or word in _NUMBER_WORDS or word[0].isdigit():
                break
            if word in _AFTER_NUMBER:
                tokens[k] = "_"
                break
    return tokens
