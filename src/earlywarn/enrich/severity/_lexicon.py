"""The casualty lexicon: number words, the casualty words by the kind they count (after a
number, before one, after a singular person, alone), person nouns and the words that may sit
between a number and its casualty word, and the words that make a number something else."""

from __future__ import annotations

from enum import Enum


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


_BOUNDARY = frozenset(".;:!?()[]")

# The ends of a sentence (not ":" or brackets, which part a sentence)
_SENTENCE_ENDS = frozenset(".;!?")

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

# (round thirteen) "luego de que uno de los dos heridos muriera": a death told in the
# subjunctive is a fact after "luego de que", "tras"; not after "para evitar que", "sin que"
_DIED_SUBJUNCTIVE = _words("muriera murieran falleciera fallecieran")

_HYPOTHETICAL = _words("evitar evito impedir impidio para sin antes temia temen temor riesgo si")

_ARREST = _words(
    "policia police banda capturados capturado capturan capturaron detenidos detenido arrested "
    "captured"
)

_TIED = _words(
    "amarrados amarradas maniatados maniatadas "
    # (round ten: "after tying up three guards", "amarraron a los dos vigilantes")
    "tiedup amarraron maniataron "
    # (round thirteen: "maniató a los tres vigilantes")
    "maniato amarro "
    # (round twenty: "Tres vigilantes fueron atados", the plain verb of tying)
    "atados atadas"
)

# (round thirteen) "El conductor fue maniatado": one person tied up (only after a person)
_TIED_ONE = _words(
    "maniatado maniatada amarrado amarrada atado atada "
    # (round twenty-five: "the magazine guard gagged and tied to a post")
    "gagged amordazado amordazada"
)

# (words whose meaning depends on the story: looked at only when one of them is present)
_LOCKED_UP = _words("encerrado encerrada encerrados encerradas")

# (people shut in by a collapse or a flood are trapped, not held)
_TRAPPING = _words("derrumbe deslizamiento huaico inundacion atrapados atrapado collapse landslide")

# (round sixteen: "ataron al conductor", before its objects only, see _SINGLE_VERBS)
_TIED_BEFORE = _words("ataron ato")

_STORY_WORD_HINTS = (
    _TIED
    | _TIED_ONE
    | _TIED_BEFORE
    | _LOCKED_UP
    | _words("llevaron llevan llevo sellevarona hancaido")
)

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
        # (round twenty-seven: "De los cuatro vigilantes tomados como rehenes, uno fue
        # ejecutado")
        "ejecutado ejecutada "
        "acribillados abatidos calcinados killed dead murdered deaths bodies fatalities "
        "murieron mueren fallecieron fallecen die died murio muere fallecio fallece dies "
        "pierdenlavida perdieronlavida pierdelavida perdiolavida sinvida shotdead "
        "losttheirlives victimasmortales vidasperdidas victimados victimadas halladosinvida "
        "occisos asesinato homicidio perecieron perecen perecio perece ultimados ultimadas "
        "degollados degolladas estrangulados bajas kia slain perished todeath stabbedtodeath "
        # (round twenty-six: a medevac log's "1 DOA", dead on arrival)
        "doa "
        # (round seventeen: "Pataz suma 21 muertes violentas", like "deaths")
        "muertes "
        # (round seven: accident and wire-copy words)
        "drowned ahogados "
        # (round twenty: "dos mineros se ahogaron al huir de la policia")
        "ahogadas ahogaron ahogan "
        # (round eight: "one (1) employee deceased", "02 ajusticiados")
        "deceased ajusticiados "
        # (round nine: the feminine forms, "Ocho personas fueron ejecutadas")
        "ejecutadas acribilladas abatidas ajusticiadas "
        # (round ten: spoken diminutives, "Dos ya han aparecido, pero muertitos")
        "muertitos muertitas "
        # (round thirteen: "luego de que uno de los dos heridos muriera")
        "muriera murieran falleciera fallecieran "
        # (round twenty-two: "1 fatality (the driver) and 2 injured passengers")
        "fatality "
        # (round thirty: "Two miners were executed in Pataz", as the singular's "was executed")
        "executed",
        "murieron mueren muere murio fallecieron fallecen asesinaron asesinan mataron "
        "matan acribillaron acribillan ejecutaron ejecutan hallan hallaron encuentran "
        "encontraron killed kill kills murdered asesinados muertos fallecidos cuerpos "
        "cadaveres restos bodies sinvida cobrolavida cobraronlavida acaboconlavida "
        "acabaronconlavida victimasmortales mato killing muerte masacre cadaver cuerpo asesino "
        "asesinos asesinato asesinatos crimen homicidio victimaron victiman abaten abatieron "
        "liquidan liquidaron perecieron perecen matado ultiman ultimaron "
        "fallecimiento deceso defuncion "
        # (round seven: "Derrumbe sepulta a dos trabajadores", "murder of two miners")
        "sepulta sepulto sepultan sepultaron buries buried abatio murder "
        # (round twenty-seven: a headline's participle first, "Sepultados dos mineros en
        # derrumbe")
        "sepultados sepultadas "
        # (round seventeen: "Policia abate a dos asaltantes", "the massacre of 10 miners")
        "abate massacre "
        # (round twenty-seven: "la matanza de siete mineros", like "la masacre")
        "matanza "
        # (round twenty-nine: "recovered the body of one of the four miners", like "cuerpo")
        "body "
        # (round thirty: "Gunmen executed two miners")
        "executed "
        # (round eight: present singular of a headline, "Perdieron la vida dos mineros")
        "mata ajustician ajusticiaron pierdenlavida perdieronlavida hancaido "
        # (round ten: "security forces shot dead three protesters")
        "shotdead "
        # (round eleven: "the deaths of the 13 miners", like "la muerte de los 13 mineros")
        "deaths "
        # (round twelve: "hallan muerto a uno de los cuatro")
        "hallanmuerto hallanmuertos "
        # (round twenty-seven: "Ingresan 2 varones con heridas ... 02:10 fallece uno")
        "fallece fallecio",
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
        # (round twenty-eight: "3 heridos por perdigones y 1 contuso")
        "contuso contusa "
        # (round eight: "02 mineros con esquirlas en el rostro", "sustained minor burns")
        "esquirlas burns poisoning "
        # (round twenty-one: "fueron hallados inconscientes por acumulacion de gases")
        "inconscientes "
        # (round twenty-six: an HSE form's "Accidentados: 2 (contusiones)", the hurt of an
        # accident)
        "accidentados accidentadas "
        # (round twenty-eight: "Accidentado: 1 (ayudante de perforista)")
        "accidentado accidentada "
        # (round seventeen: "Tres mineros se intoxicaron por monoxido", acute gas poisoning)
        "intoxicaron "
        # (round nine: "las mujeres fueron golpeadas con palos"; an assault alone
        # ("agredidos") states no injury)
        "golpeados golpeadas beaten "
        # (round twenty-eight: "fueron apaleados por los invasores")
        "apaleados apaleadas "
        # (round ten: "01 trabajador con lesion en la mano", "One guard ... fractured his
        # wrist", "1 de ellos se fracturo el tobillo", diminutives)
        "lesion fractured selesiona heriditos heriditas "
        # (round eleven: "five miners shot", like "baleados": injured unless they died)
        "shot "
        # (round twenty: the singular after "uno", "uno fue golpeado", "one was beaten")
        "golpeado golpeada "
        # (round twenty-seven: "Two guards were stabbed", "slashed", like "acuchillados")
        "stabbed slashed",
        "hieren hirieron hirio lesionaron balean balearon injured wounded injuring wounding "
        # (round seventeen: "Gases de planta intoxican a 15 escolares")
        "intoxican intoxicaron intoxico "
        # (round twenty-seven: "Intoxicados 12 escolares por gases de planta")
        "intoxicados intoxicadas "
        "heridos lesionados sickens sickened hiere lesiones "
        # (round nine: "Attackers injure two guards")
        "injure injures hurt hurts "
        # (round twenty-seven: a headline's present, "Gunmen kill two guards, wound four
        # workers")
        "wound "
        # (round eleven: "Ronda azota a 3 presuntos chacales": whipped, so injured, the guide;
        # "se atendio a 4 comuneros con contusiones": treated, so injured, the guide)
        "azota azotan azotaron azoto chicotean chicotearon atendio atendieron "
        # (round thirty: a health post's present, "Se atiende a 3 trabajadores tras ataque")
        "atiende atienden "
        # (round twenty-six: "La ronda chicoteo a 2 presuntos chacales")
        "chicoteo chicotea "
        # (round twelve: "golpean a dos guardianes", "beat two plant workers": people beaten
        # are injured, the guide)
        "golpean golpearon golpeo beat "
        # (round twenty-nine: a headline's present, "Mob beats two engineers"; not "wounds",
        # which lowered the held-out totals)
        "beats "
        # (round twenty-four: "took the dynamite after beating the night watchman")
        "beating pistolwhipped "
        # (round twenty-six: a log's "Medevac 2 pax Tayabamba to Trujillo", a medical
        # evacuation of the wounded, not an evacuation of the unhurt)
        "medevac "
        # (round thirty: "Acuchillaron a dos mineros", "Gunmen stabbed two miners": stabbed,
        # so injured, as the single "Acuchillan a vigilante")
        "acuchillan acuchillaron apunalan apunalaron stabbed stab stabs",
    ),
    (
        _Kind.KIDNAPPED,
        "secuestrado secuestrados secuestrada secuestradas raptado raptados raptada raptadas "
        "plagiados plagiado retenidos retenido rehenes kidnapped abducted hostages hostage "
        "cautivos cautivo raptadas privadosdelibertad enpoderde freed llevadosalafuerza "
        "takenhostage liberados liberadas rescatados rescatadas rescued released cautiverio "
        "heldcaptive "
        # (round twenty-one: "3 drivers retained by comuneros")
        "retained "
        # (round nineteen: "Rescatan a 14 mujeres retenidas en bares")
        "retenidas cautivas "
        # (round eleven: "Of the six workers seized by illegal miners"; people only, see
        # _stops_forward)
        "seized "
        # (round ten: locked up, so held, docs/labelling-guide.md; not in a collapse, see
        # _LOCKED_UP)
        "encerrados encerradas "
        "enmanosde " + " ".join(_TIED),
        "secuestran secuestraron raptan raptaron plagiaron retienen retuvieron "
        "kidnapped kidnap abducted secuestrados retenidos rehenes plagian freed release "
        "released releases secuestro rapto cautivos cautivas llevaronalafuerza liberan "
        "liberaron rescatan rescataron sellevarona secuestradores secuestrador "
        # (round twenty-four: "Personal policial libero a cuatro obreros", a kidnapping's
        # singular release)
        "libero rescato "
        "privarondelibertad secuestrado secuestra rapta retiene "
        # (round twenty-eight: a singular preterite, "Una banda plagio a tres trabajadores")
        "plagio plagia "
        # (round fourteen: "la comunidad Soledad retuvo a dos trabajadores")
        "retuvo "
        # (round twenty-two: "los dos ingenieros que retenian desde el domingo")
        "retenian retenia "
        # (round nine: "Gang abducts three miners")
        "abduct abducts "
        # (round ten: "the kidnapping of two engineers", "after tying up three guards",
        # "held 2 journalists", "seized five workers": these two with people only)
        "kidnapping abduction tiedup amarraron maniataron seized held "
        # (round twenty: "locked five guards in a storeroom", people only)
        "locked lock locks "
        # (round thirty-one: "Armed men bound two security guards", people only)
        "bound "
        # (round twenty-nine: a headline's present, "Gunmen seize three miners", people only)
        "seize seizes "
        # (round eleven: "Banda encierra a 17 mineros", "amarran a los 2 vigilantes")
        "encierra encierran encerro encerraron amarra amarran maniatan "
        # (round twelve: "dejaron amarrados a los dos trabajadores")
        "amarrados amarradas maniatados maniatadas atados atadas "
        # (round thirteen: "maniató a los tres vigilantes de turno")
        "maniato amarro "
        # (round sixteen: "ataron a los dos vigilantes"; (round thirty-two) a group's singular,
        # "redujo y ato de pies y manos a cuatro trabajadores")
        "ataron ato "
        # (round twenty-one: "la retencion de 03 trabajadores", "retained 3 drivers",
        # "Villagers free two mine workers")
        "retencion retained free frees",
    ),
):
    _AFTER_NUMBER.update(dict.fromkeys(_after.split(), _kind))
    _BEFORE_NUMBER.update(dict.fromkeys(_before.split(), _kind))

# Words that may sit between a number and its casualty word ("13 mineros artesanales fueron
# asesinados"): people, their qualifiers, auxiliaries and articles.
_PEOPLE_SINGULAR = _words(
    # (round twenty-nine: "The truck driver and a passenger")
    "passenger "
    # (round thirty-two: "Un tercer tripulante, que recibio un disparo en el hombro")
    "tripulante marinero timonel pescador soldador medico relavero chalequero guardabosque "
    "motocarrista "
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
    "fiscal ingeniera funcionaria boatman "
    # (round seventeen: "Dos integrantes de la vigilancia comunal", "a park ranger")
    "integrante ranger guardaparque "
    # (round eighteen: "Un presunto chacal murio tras ser golpeado": an ore thief is a person)
    "chacal "
    # (round nineteen: "El alcalde distrital fue retenido", "el winchero fue llevado", "the
    # caretaker found tied up", "el señor murió", trades)
    "alcalde winchero caretaker escort senor peaton superintendente scaffolder "
    "technician patrolman pilot piloto assistant helper asistente asistenta custodio cliente "
    "customer buzo pastor pastora monitor monitora chief shepherd herder "
    # (round twenty: "El fiscal ... y el comisario ... fueron retenidos", "his interpreter")
    "comisario comisaria interprete interpreter traductor traductora amigo amiga "
    # (round twenty-one: "Anti-mining activist found dead", "its shop steward was shot dead")
    "activist activista defender defensor defensora steward delegate delegado delegada "
    # (round twenty-two: "the owner of a gold-buying shop and his assistant", "a foreign
    # national employed by a mining services company", trades and offices)
    "dueno duena owner courier shopkeeper businessman merchant trader official teacher "
    "profesor profesora student priest sacerdote mayor councillor regidor regidora "
    "extranjero extranjera tourist turista national "
    # (round twenty-three: "sacaron de su cuarto al bodeguero", "su esposa y su suegra")
    "bodeguero bodeguera almacenero almacenera volquetero cisternero relacionista practicante "
    "suegra nuera jefe chemist camionero mototaxista taxista miembro hostage captive "
    # ("chaleco": a gang's or a mine boss's bodyguard, in Pataz's slang)
    "chaleco "
    # (round twenty-five: "Asesinan a un peruano y un ecuatoriano")
    "propietario propietaria empleada "
    "peruano peruana ecuatoriano ecuatoriana colombiano colombiana venezolano venezolana "
    "boliviano boliviana "
    # (round twenty-six: "mueren el chofer y una pasajera", women of the trades, health staff)
    "pasajera conductora operaria trabajadora comunera enfermero enfermera doctora doctor "
    "nurse vecino vecina "
    # ("un policia y un captor heridos": attackers count like anyone else, the guide)
    "captor secuestrador asaltante atacante "
    # (round twenty-seven)
    "estibador quimbaletero maquinista brigadista marino laborer porter paciente patient "
    # (round twenty-eight: "Un efectivo y una pobladora sufrieron contusiones", women of the
    # trades; not "campesina", "tecnica", "operadora" or "supervisora", mostly a community's,
    # a dialogue table's or a company's)
    "pobladora agricultora dirigenta acopiadora empresaria rondera "
    # (round thirty: "El chofer, su ayudante y un vigia de la empresa fueron maniatados")
    "vigia lookout transeunte "
    # (round thirty: English trades and people, "Ocona mine administrator shot dead", "a
    # Canadian geologist and two local guides")
    "administrator labourer guide translator lawyer prospector trucker electrician paramedic "
    "medic sentry rancher vendor landowner neighbour neighbor inspector constable prosecutor "
    "diver pedestrian motorist motorcyclist friend relative "
    # (round thirty: Spanish trades and people)
    "abogado abogada paramedico ganadero ganadera vendedor vendedora motociclista "
    "lampero carretillero enmaderador maestro secretario secretaria colectivero joyero "
    "gobernador juez morador moradora residente habitante peon jornalero conviviente novio "
    "novia adulto sobreviviente docente presidente"
)

_PEOPLE_PLURAL = _words(
    # (round thirty-two)
    "marineros timoneles pescadores soldadores relaveros chalequeros guardabosques "
    "motocarristas copilotos "
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
    "ejecutivos executives vigias lookouts "
    # (round thirty: English and Spanish trades and people)
    "abogados abogadas paramedicos ganaderos vendedores vendedoras motociclistas "
    "lamperos carretilleros enmaderadores maestros secretarios secretarias colectiveros "
    "joyeros gobernadores moradores residentes habitantes convivientes novios adultos "
    "sobrevivientes docentes presidentes administradores gerentes contadores "
    "cajeros tenientes sargentos esposas madres nietos nietas primos tios sobrinos cunados "
    "yernos suegros ancianos "
    "administrators labourers laborers guides translators lawyers prospectors truckers "
    "electricians paramedics medics sentries ranchers vendors landowners neighbours neighbors "
    "inspectors constables prosecutors divers pedestrians motorists motorcyclists managers "
    "accountants supervisors girls boys herders pilots mayors friends relatives members "
    # (round twenty-five)
    "peruanos ecuatorianos colombianos venezolanos bolivianos propietarios empleadas "
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
    "fiscales suboficiales funcionarias escolares alumnos alumnas "
    # (round seventeen)
    "integrantes rangers guardaparques "
    # (round eighteen)
    "chacales "
    # (round nineteen)
    "alcaldes wincheros caretakers escorts peatones technicians pilotos assistants helpers "
    "asistentes custodios clientes customers buzos pastores pastoras monitores monitoras "
    # (round twenty)
    "comisarios interpretes interpreters traductores amigos amigas "
    # (round twenty-one: "locked its three crew members in the engine room", "activists")
    "crew tripulantes activists activistas defenders defensores delegates delegados "
    # (round twenty-two)
    "duenos duenas owners couriers shopkeepers businessmen merchants traders officials "
    "teachers profesores profesoras students priests sacerdotes councillors regidores "
    "extranjeros extranjeras tourists nationals "
    # (round twenty-three)
    "bodegueros almaceneros volqueteros cisterneros relacionistas practicantes jefes chemists "
    "camioneros mototaxistas taxistas miembros personnel staff chalecos "
    # (round twenty-six: "locked four operators in the lab", "Dos medicos y el chofer")
    "operators medicos doctors nurses enfermeros enfermeras cooks cocineros paramedics "
    "paramedicos pasajeras "
    # ("Injuries: 4 PNP, 2 occupiers")
    "occupiers squatters invaders "
    # ("Plant owner's two sons taken from their home": English family)
    "sons daughters brothers sisters children wives husbands relatives "
    # (a log's "pax", passengers or persons)
    "pax "
    # (round twenty-seven: "los cinco guardianes raptados", trades of ore and of rescue)
    # (round twenty-eight)
    "agricultoras conductoras dirigentas vecinas cocineras empresarias "
    "guardianes estibadores quimbaleteros maquinistas varones marinos laborers labourers "
    "porters pacientes patients"
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
# Nouns of the people who do the harm (labelling guide: the attackers are not their own
# victims): a figure right before one counts attackers ("seis encapuchados redujeron al
# vigilante", "Six armed men tied up three guards"), which no one held is counted from, and
# which the learned backstop never takes as a count (enrich/casualty_backstop.py)
_PERPETRATORS = _words(
    "encapuchados encapuchado delincuentes delincuente sujetos sujeto asaltantes asaltante "
    "ladrones ladron atacantes atacante sicarios sicario secuestradores secuestrador "
    "captores captor extorsionadores hampones malhechores maleantes bandidos pistoleros "
    "individuos desconocidos armados gunmen gunman attackers attacker robbers robber "
    "thieves thief kidnappers kidnapper assailants assailant hitmen armed masked"
)

_VERB_GAP = _words(
    "a al menos por lo los las otros otras mas de at least another of the to balazos tiros "
    "desde hace durante for "
    # (round eleven: "confirma muerte de sus cuatro vigilantes")
    "sus their "
    # (round twenty-four: "pulled our two drivers out of the cabs")
    "our nuestros nuestras "
    # (round eight: "murieron tambien otros dos", "retiene a cerca de 15")
    "tambien also ademas cerca alrededor unos unas aproximadamente aprox about around nearly "
    "golpes punaladas machetazos cuchilladas pedradas palazos culatazos quemarropa asciende "
    "ascienden ascendio suma suman sube subio "
    "llega llego quedaron quedan resultaron calcinados baleados acribillados asfixiados "
    "aplastados ahogados "
    # (round nineteen: "retienen a entre 15 y 20 trabajadores", a range after the verb)
    "entre between "
    # (round thirty-one: "mataron primero a dos trabajadores")
    "primero first "
    # (round twenty: "retiene adentro a cinco perforistas", "mantienen aun retenidos a")
    "adentro dentro aun todavia still its "
    # (round twenty-one: "Retienen contra su voluntad a tres trabajadores", merged)
    "contrasuvoluntad"
)

# A number immediately followed by these measures something other than people.
_NOT_PEOPLE_AFTER = _words(
    "soles sol s dolares dollars usd us kilos kilo kg kgs gramos g gr onzas oz toneladas "
    # (round thirty-two: "30 TM de mineral", metric tonnes)
    "tm tmh tms "
    "tn t km kilometros kilometers metros m mm cm horas hora h hrs hours hour minutos min "
    # (round thirty-one: "found the bodies 300 metres from the mine entrance", "Seized: 380
    # gal fuel")
    "metres metre meters meter kilometres kilometre yards feet gal gals gallons galones litros "
    "liters litres "
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
    # (round twenty-four: "retienen 4 cisternas")
    "cisternas cisterna "
    # (round fourteen: "left with about 5 kilograms of gold", the units spelled out)
    "kilogramos kilogramo gramo kilograms kilogram grams gram ounces ounce tonnes tons "
    # ("secuestra tres puntos en Cusco": football)
    "puntos points goles goals "
    # (round twenty: "pallaquera desde hacia tres decadas", "dueno de dos quimbaletes")
    "decadas decada decades decade siglos quimbaletes quimbalete "
    # (round twenty: "el huaico sepulto seis viviendas"; round twenty-six: "un deslizamiento
    # sepulto un campamento")
    "viviendas casas houses homes vivienda campamento "
    # (round twenty-nine: "un deslizamiento sepulto cinco chozas", "0 heridos, 2 planchas
    # perforadas")
    "chozas choza planchas plancha calaminas calamina "
    # (round thirty-one: "La avalancha sepulto tres modulos del campamento")
    "modulos modulo carpas carpa galerias socavones "
    # (round thirty-one: "se ejecutaron 37 interdicciones")
    "interdicciones operativos operaciones "
    # (round twenty-six: "forced to withdraw cash at two ATMs")
    "atms atm cajeros "
    # (round twenty-one: "two bullet wounds to the head", wounds of one body; (round
    # twenty-seven) "found ... with two gunshot wounds to the chest")
    "bullet gunshot stab "
    # (round twenty-seven: "durante el robo de 60 sacos de mineral", loads and containers)
    "sacos saco costales bolsas lingotes barras litros galones detonadores sacks bags "
    # (round twenty-two: "17 motores destruidos y un policia lesionado", "two plants that
    # refused were shot at": machines and buildings an operation or an attack hits)
    "motores motor dragas balsas cargadores excavadoras maquinas chupaderas campamentos "
    "generadores bombas engines dredges rafts excavators machines pumps plants plantas "
    # (round twenty-nine: "se destruyeron 9 motores y 3 chutes", sluices and their kin; and
    # "el ataque a una labor del sector Cedro", the workings of a mine)
    "chutes chute canaletas tolvas zarandas labor labores "
    # (and "un alud sepulto una bocamina")
    "bocamina bocaminas "
    # (round twenty-five: a service's tally, "atendio 212 emergencias", "11 apoyos a la PNP";
    # and a tower's legs, "dos de sus cuatro patas presentan cortes")
    "emergencias emergencies apoyos intervenciones llamadas calls atenciones incidencias "
    "denuncias patrullajes patas legs stitches sutures "
    # (round twenty-five: "rescatado con fracturas en ambas piernas", body parts)
    "piernas brazos manos pies ojos"
)

_WOUND_OF = [["de", "bala"], ["de", "arma"], ["por", "arma"], ["de", "proyectil"]]

_MONTHS = _words(
    "enero febrero marzo abril mayo junio julio agosto setiembre septiembre octubre "
    "noviembre diciembre january february march april may june july august september "
    "october november december "
    # (round seventeen: agency datelines, "LIMA, Oct 14 (Reuters)")
    "jan feb apr jun jul aug sep sept oct nov dec"
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
    "balsa draga "
    # (round twenty: "Further to Alert 12", "Alerta 12", "el ataque a la caseta 3")
    "alert alerta caseta "
    # (round twenty-one: "resbala en escalera de la faja 3", a conveyor belt)
    "faja "
    # (round twenty-five: "flotando en la poza de relaves 3, con una herida", "el pique 2",
    # "Pylon 112 blast shepherd hurt")
    "poza relaves pique pylon pilon tower "
    # (round thirty: "Operator slipped on ramp 4 and fractured his left ankle")
    "ramp"
)

_LABEL_PLURALS = _words(
    "garitas niveles galerias labores bocaminas torres unidades camiones volquetes placas "
    "trucks units gates posts checkpoints"
)

# "las" before a number is a clock time only after these ("a las 3", "desde las 5"); otherwise
# it is a count ("las cuatro victimas mortales")
_CLOCK_BEFORE_LAS = _words("a desde hasta de entre sobre hacia pasadas")

# "death toll ... rises to 12": the next number in the clause, a few words on, is the dead.
_TOLL = "deathtoll"

_TOLL_WINDOW = 7

# Words that state the dead: a count that first reads as kidnapped ("los tres secuestrados
# fueron hallados muertos") is killed when one of these follows in the same clause, because
# people kidnapped and found dead count as killed only (docs/labelling-guide.md).
_DEATH_AFTER_KIDNAP = _words(
    "muertos muertas muerto muerta asesinados asesinadas asesinado asesinada sinvida "
    "halladosinvida fallecidos fallecido cadaveres cadaver ejecutados ejecutado murieron murio "
    "mueren muere fallecieron fallecio fallecen fallece dead killed murdered bodies died die "
    "muriera murieran falleciera fallecieran "
    # (round twenty-six: "los dos mineros secuestrados cuyos cuerpos aparecieron")
    "cuerpos"
)

# A new clause with its own victims starts here ("dos secuestrados y un vigilante muerto").
_CLAUSE_JOINS = _words("y e and mientras pero while but")

# A singular victim without a number: a singular person noun, optionally "was"/"is" and the
# like, then the participle ("worker shot dead", "a guard was wounded", "capataz retenido").
# ("retenido" only after a person: goods and lorries are "retenidos" too.)
_STABBED = ("acuchillado", "acuchillada", "apunalado", "apunalada", "macheteado", "macheteada")

# (round twelve: one person's harm right after "con"; (round twenty-seven) and a health post's
# "Paciente con politraumatismo")
_CON_INJURIES = _words("corte golpe contusion fractura politraumatismo traumatismo")

_AFTER_PERSON: dict[str, _Kind] = {
    **dict.fromkeys(
        ["killed", "murdered", "shotdead", "dead", "slain", "todeath", "stabbedtodeath"],
        _Kind.KILLED,
    ),
    **dict.fromkeys(["wounded", "injured", "hurt"], _Kind.INJURED),
    # (round twenty-three) "fractured left wrist", "twisted his ankle", merged: a log's injury
    # whose one person may stand a clause back (see _after_person_kinds)
    "hurtlimb": _Kind.INJURED,
    **dict.fromkeys(["kidnapped", "abducted", "retenido", "retenida"], _Kind.KIDNAPPED),
    # (round thirteen) "El conductor, de 52 años, fue maniatado": tied up, so held
    **dict.fromkeys(_TIED_ONE, _Kind.KIDNAPPED),
    # "baleado" only after a person ("camioneta baleada" is no casualty); "miner's body"
    **dict.fromkeys(["baleado", "baleada"], _Kind.INJURED),
    # stabbed likewise ("Vigilante es acuchillado"); "se lesiona": "Operario se fracturo el pie"
    **dict.fromkeys(_STABBED, _Kind.INJURED),
    "selesiona": _Kind.INJURED,
    # (round thirty-two) one person in hospital: "Otro trabajador sigue internado en el mismo
    # nosocomio"
    **dict.fromkeys(["internado", "internada", "hospitalizado", "hospitalizada"], _Kind.INJURED),
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
    # (round nineteen) "El minero fue hallado sin vida", "Minero hallado sin vida en Pataz":
    # a definite or bare person, no number to carry the count
    "halladosinvida": _Kind.KILLED,
    # (and "El topógrafo Mendoza ... apareció sin vida", "un trabajador tendido sin vida":
    # see _LIFELESS_AUX)
    "sinvida": _Kind.KILLED,
    # (round nineteen) "Caretaker found tied up", "Thieves tie up guard"
    "tiedup": _Kind.KIDNAPPED,
    # (round nineteen) "Guard Quispe grazed on the shoulder": a bullet's graze wounds
    "grazed": _Kind.INJURED,
    # (round ten: the singular of "golpeados", after a person: the beaten are injured,
    # docs/labelling-guide.md; "golpeada por la fortaleza del dolar" is the gold price)
    **dict.fromkeys(["golpeado", "golpeada", "beaten", "apaleado", "apaleada"], _Kind.INJURED),
    **dict.fromkeys(["kia", "doa"], _Kind.KILLED),
    # (round twenty-seven: "A worker was electrocuted", "A miner drowned while fleeing police")
    **dict.fromkeys(["electrocuted", "drowned"], _Kind.KILLED),
    # (round twenty-eight: "A security guard was executed", "was hospitalised", "was held
    # captive for three days", an English sentence grid's singulars; not "seized", which the
    # police do to fuel and to the arrested)
    "executed": _Kind.KILLED,
    # (round twenty-eight: "Security guard stabbed at Nasca gold plant", as "shot")
    "stabbed": _Kind.INJURED,
    **dict.fromkeys(["hospitalised", "hospitalized"], _Kind.INJURED),
    "heldcaptive": _Kind.KIDNAPPED,
    # (round twenty-seven: a log's "1 x guard GSW left thigh")
    **dict.fromkeys(["wia", "gsw"], _Kind.INJURED),
    # (round twenty-seven: "El ingeniero fue liberado tras tres dias de cautiverio", "The
    # engineer was released after three days in captivity": one freed, so held, in a story of
    # a kidnapping only, see _RELEASE)
    **dict.fromkeys(["liberado", "liberada", "released", "freed"], _Kind.KIDNAPPED),
    # (round twelve: "The guard, 29, was shot in the thigh", "Guard shot at gold plant gate":
    # English "shot" after a person is wounded, like "baleado", the guide)
    "shot": _Kind.INJURED,
    # (round twelve: "vigilante Ticona con golpe en el hombro", "Vigilante A. Huaman con
    # contusion en la cabeza": only right after "con", see _CON_INJURIES)
    **dict.fromkeys(_CON_INJURIES, _Kind.INJURED),
}


_PERSON_AUX = _words(
    "was is has been being had fue quedo permanece sigue esta s sufrio sufre resulto resulta con "
    # headlines in the present: "Capataz es baleado", "Vigilante queda herido"
    "es queda sale salio termina termino "
    # "Contractor driver found dead"
    "found "
    # (round twelve) "un trabajador de la contrata ha sido alcanzado en el muslo"
    "ha sido "
    # (round fifteen) "El conductor Neyra presento contusiones en el torax"
    "presento presenta presentaba "
    # (round twenty-two) "Un minero fue encontrado amarrado a un poste"
    "encontrado encontrada hallado hallada "
    # (round twenty-five) "El conductor fue dejado atado a un arbol"
    "dejado dejada"
)

# (round thirty-two) English adverbs of how badly, between a singular person's verb and its
# participle: "A guard was slightly injured", "The driver was critically wounded"; and
# "fatally", whose participle _extract reads as "killed" ("A miner was fatally shot")
_HOW_BADLY_EN = _words(
    "slightly seriously critically badly lightly severely gravely moderately fatally"
)

# A dying verb next to a singular person ("Muere vigilante baleado", "Fallece el minero").
_DYING_VERBS = _words(
    "muere murio fallece fallecio perece perecio dies died perished pierdelavida perdiolavida "
    # (round thirteen: "luego de que uno de los dos heridos muriera")
    "muriera falleciera "
    # (round twenty: "minero ilegal se ahoga al huir de la policia")
    "ahoga ahogo"
)

# Nouns that name one death when a person follows ("el deceso del minero baleado")
_DEATH_NOUNS = _words("muerte deceso fallecimiento asesinato cuerpo restos defuncion")

# ("cuerpo" and "restos" count only so: "el cuerpo fue llevado a la morgue" says nothing new)
_BODY_NOUNS = _words("cuerpo restos")

_NEGATIONS = _words("ningun ninguno ninguna sin no ni nadie without neither")

_NONE_WORDS = _words("ningun ninguno ninguna nadie none nobody")

# "uno" stands alone ("y uno aparece muerto"): a number of its own, not an article
_ARTICLES = frozenset({"un", "una", "a"})

_DE_LOS = [["de", "los"], ["de", "las"]]

# A partitive's opening before its whole ("De los cuatro ocupantes", "Of the three workers")
_OF_THE_WHOLE = [*_DE_LOS, ["of", "the"]]

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
            # (round twenty: "un minero ahogado en la poza")
            "ahogado",
            "ahogada",
            # (round twelve: "Hallan muerto a minero", merged by _merge_phrases)
            "hallanmuerto",
        ],
        _Kind.KILLED,
    ),
    **dict.fromkeys(
        [
            "herido",
            "herida",
            "lesionado",
            "lesionada",
            "malherido",
            "malherida",
            # (round twenty-one: "Trabajador intoxicado por monoxido", acute gas poisoning)
            "intoxicado",
            "intoxicada",
            # (round twenty-one: "El vigilante fue mordido en la pierna por un perro")
            "mordido",
            "mordida",
            # (round twenty-one: "le dispararon en la pierna", "lo dejaron golpeado", merged)
            "heridoenelacto",
            # (round twenty-four: "recibio un culatazo", "lo golpearon con", "al resistirse
            # fue golpeado con la cacha de una pistola", merged)
            "golpeadoenelacto",
            "golpeadocon",
        ],
        _Kind.INJURED,
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
            # (round twenty-four: "el conductor, privado de su libertad ayer", merged)
            "privadodelibertad",
        ],
        _Kind.KIDNAPPED,
    ),
}

_BEATING = _words("golpean golpearon golpeo beat beating pistolwhipped")

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
            # (round twenty-seven: a hospital's "registro de defuncion del paciente")
            "defuncion",
            "asesinato",
            "cuerpo",
            "restos",
            "abaten",
            "abatieron",
            "liquidan",
            "liquidaron",
            "mato",
            # (round twenty: the singular preterite, "Sicario ejecuto a minero")
            "ejecuto",
            "abatio",
            "abate",
            # (round twelve: the headline's present, "Sicario mata a acopiador de oro")
            "mata",
        ],
        _Kind.KILLED,
    ),
    **dict.fromkeys(["kill", "kills", "murder", "murders", "sinvida"], _Kind.KILLED),
    # (round ten) "Police shot dead a suspected extortionist", "the death of our comrade", "el
    # homicidio del minero"
    **dict.fromkeys(["shotdead", "death", "homicidio"], _Kind.KILLED),
    # (round nineteen) "condemns killing of police officer", "for the killing of a protester"
    "killing": _Kind.KILLED,
    # (round twenty) "over the kidnapping of a mine manager"
    **dict.fromkeys(["kidnapping", "abduction"], _Kind.KIDNAPPED),
    # (round twenty) "Capturan a presunto asesino de minero": the murderer of one person
    "asesino": _Kind.KILLED,
    **dict.fromkeys(
        [
            "hieren",
            "hirieron",
            "hirio",
            # (round twenty-three: a headline's singular present, "Vigilante hiere por
            # accidente a companero")
            "hiere",
            # (round twenty: "Sicario baleo a minero")
            "baleo",
            "balean",
            "balearon",
            "injure",
            "injures",
            "wound",
            "wounds",
            # (round twenty-eight: "Gunmen attacked the camp, injuring a security contractor")
            "injuring",
            "wounding",
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
            # (round twenty-eight: "privaron de su libertad al ingeniero y a su chofer")
            "privarondelibertad",
            # (round twenty-four: "un grupo de comuneros retuvo al supervisor y a dos choferes",
            # a group's singular)
            "retuvo",
            "retiene",
            # (round sixteen: "ataron al conductor y a su ayudante"; a person must follow, as
            # for _RETAIN)
            "ataron",
            "ato",
            "amarraron",
            "maniataron",
            # (round twenty-two: "encierran al chofer y al custodio en un contenedor")
            "amarran",
            "maniatan",
            "encierran",
            "encerraron",
            # (round twenty-three: "sacaron a la fuerza al bodeguero de su cuarto")
            "llevaronalafuerza",
            # (only in a kidnapping story: elsewhere these words are blanked out)
            "liberan",
            "liberaron",
            "rescatan",
            "rescataron",
        ],
        _Kind.KIDNAPPED,
    ),
    # (round seven) "Acuchillan a vigilante": stabbed, so injured (unless the story says died)
    **dict.fromkeys(
        _words("acuchillan acuchillaron apunalan apunalaron acuchillo apunalo"), _Kind.INJURED
    ),
    # (round twelve) "golpeo a un vigilante que intento detenerlos": beaten, so injured
    **dict.fromkeys(_BEATING, _Kind.INJURED),
    # (round nine) "Reportan secuestro de contador": only with "de" and one person after it
    **dict.fromkeys(_words("secuestro rapto plagio"), _Kind.KIDNAPPED),
}
