"""Where did it happen? News text and field coordinates → INEI UBIGEO place (pure, no I/O).

``Geolocator.locate(title, text)``:

1. one Aho-Corasick pass over the normalised text (lower case, no accents, punctuation as
   spaces, same length as the original) finds every gazetteer name on word boundaries;
   overlapping hits keep the longest ("San Antonio de Putina" over "Putina");
2. context rules drop false positives: street addresses ("Jr. Junín"), people ("José de San
   Martín"), institutions ("Colegio La Unión"), phrases ("libertad de expresión"), common
   words that are also districts unless capitalised mid-sentence or backed by a co-mentioned
   province/department, foreign homonyms when another country is named;
3. each hit gets a weight: low for datelines ("LIMA (Andina).—") and for where victims were
   taken or the story filed ("trasladados a Trujillo"), higher for titles and qualified
   mentions ("distrito de Pataz");
4. homonyms are resolved by co-mentions (a district inside a mentioned province wins), then by
   admin unit over populated centre, then by the curated table's default reading;
5. the department with most weight wins, then its best province, then its best district.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import ahocorasick
import numpy as np

from earlywarn.enrich.gazetteer import PERU_BBOX, Gazetteer, Unit, UnitKind, normalize
from earlywarn.errors import InvalidRecord
from earlywarn.model import Place, Precision
from earlywarn.reasons import DeadLetterReason

# Names that are ordinary Spanish words, given names or saints: they count only when
# capitalised mid-sentence, or when their province/department is also mentioned.
COMMON_NAMES = frozenset(
    [
        "ambar",
        "relave",
        "imperial",
        "ancon",
        "anta",
        "arena",
        "arenal",
        "arma",
        "asia",
        "ate",
        "atalaya",
        "balsas",
        "banos",
        "belen",
        "bernal",
        "bolivar",
        "cabana",
        "caja",
        "calzada",
        "canaria",
        "canas",
        "cascas",
        "casitas",
        "choco",
        "circa",
        "colonia",
        "comas",
        "copa",
        "cordova",
        "cosme",
        "cuenca",
        "florida",
        "frias",
        "gamarra",
        "granada",
        "grau",
        "habana",
        "hongos",
        "huertas",
        "iberia",
        "independencia",
        "indiana",
        "ingenio",
        "jesus",
        "lagunas",
        "lajas",
        "lamas",
        "lares",
        "llama",
        "lobitos",
        "lomas",
        "mala",
        "malvas",
        "manta",
        "mara",
        "maras",
        "marca",
        "marcas",
        "marco",
        "maria",
        "marias",
        "mato",
        "mejia",
        "melgar",
        "molino",
        "molinos",
        "montero",
        "morales",
        "moro",
        "napo",
        "nicasio",
        "olmos",
        "pampas",
        "papayal",
        "pazos",
        "picota",
        "polvora",
        "poroto",
        "quinua",
        "recta",
        "roble",
        "rosario",
        "salas",
        "santa",
        "sauce",
        "sucre",
        "surco",
        "tambo",
        "tigre",
        "tomas",
        "toro",
        "totora",
        "vice",
        "union",
        "progreso",
        "esperanza",
        "libertad",
        "victoria",
        "paz",
        "castilla",
        "pueblo",
        "nuevo",
        "huaca",
        "tinta",
    ]
) | frozenset(
    {
        "el alto",
        "el carmen",
        "el dorado",
        "el ingenio",
        "el milagro",
        "el oro",
        "el porvenir",
        "el prado",
        "el tambo",
        "el eslabon",
        "el parco",
        "la arena",
        "la brea",
        "la capilla",
        "la cruz",
        "la cuesta",
        "la esperanza",
        "la florida",
        "la huaca",
        "la joya",
        "la libertad",
        "la mar",
        "la matanza",
        "la merced",
        "la molina",
        "la morada",
        "la pampa",
        "la perla",
        "la primavera",
        "la punta",
        "la ramada",
        "la union",
        "la victoria",
        "la paz",
        "las piedras",
        "los organos",
        "los olivos",
        "nuevo progreso",
        "pueblo nuevo",
        "santa rosa",
        "santa maria",
        "santa ana",
        "santa cruz",
        "santa lucia",
        "santa teresa",
        "santa catalina",
        "santa barbara",
        "santa anita",
        "san juan",
        "san jose",
        "san pedro",
        "san pablo",
        "san miguel",
        "san martin",
        "san francisco",
        "san antonio",
        "san luis",
        "san carlos",
        "san rafael",
        "san ramon",
        "san lorenzo",
        "san isidro",
        "san mateo",
        "san cristobal",
        "san felipe",
        "san fernando",
        "san benito",
        "san nicolas",
        "san sebastian",
        "san bartolo",
        "san andres",
        "san agustin",
        "san jeronimo",
        "san marcos",
        "san ignacio",
        "san joaquin",
        "san salvador",
        "san roman",
        "san juan bautista",
        "san gregorio",
        "san clemente",
        "ramon castilla",
        "mariano melgar",
        "leoncio prado",
        "alto trujillo",
        "la convencion",
    }
)
# "Las Lomas", "El Pueblo": an article in front of a common word is still a common word.
COMMON_NAMES = COMMON_NAMES | frozenset(
    f"{article} {word}"
    for word in COMMON_NAMES
    if " " not in word
    for article in ("el", "la", "los", "las")
)
# Places abroad that share a Peruvian name: dropped when another country is named.
FOREIGN_HOMONYMS = frozenset(
    {
        "la paz",
        "santa cruz",
        "santiago",
        "concepcion",
        "asuncion",
        "putumayo",
        "cuenca",
        "granada",
        "florida",
        "habana",
        "indiana",
        "iberia",
        "colonia",
        "el alto",
        "cordova",
        "cordoba",
        "buenos aires",
        "san jose",
        "rosario",
        "valparaiso",
        "arica",
        "tigre",
        "napo",
        "san lorenzo",
        "san carlos",
        "san rafael",
        "san fernando",
        "san cristobal",
    }
)
OTHER_COUNTRIES = frozenset(
    [
        "bolivia",
        "chile",
        "ecuador",
        "colombia",
        "brasil",
        "brazil",
        "argentina",
        "venezuela",
        "mexico",
        "espana",
        "paraguay",
        "uruguay",
        "eeuu",
        "usa",
        "estados unidos",
        "honduras",
        "guatemala",
        "costa rica",
        # adjectives say as much as the country (not "venezolano": Venezuelans in Peruvian
        # crime news are mostly in Peru)
        "boliviano",
        "boliviana",
        "bolivianos",
        "chileno",
        "chilena",
        "chilenos",
        "ecuatoriano",
        "ecuatoriana",
        "ecuatorianos",
        "colombiano",
        "colombiana",
        "colombianos",
        "brasileno",
        "brasilena",
        "brasilenos",
        "argentino",
        "argentinos",
        "espanol",
        "espanola",
        "estadounidense",
        "mexicano",
        "mexicana",
        "costarricenses",
    ]
)
# Cities and regions of neighbouring countries that news name without the country ("Crimen en
# Machala, provincia de El Oro"): each counts as naming another country. Only names no Peruvian
# unit carries (the automaton skips any that the gazetteer has).
FOREIGN_PLACES = frozenset(
    [
        "guayaquil",
        "machala",
        "zaruma",
        "loja",
        "quito",
        "guayas",
        "zamora chinchipe",
        "arica",
        "iquique",
        "antofagasta",
        "calama",
        "tarapaca",
        "atacama",
        "santiago de chile",
        "leticia",
        "bogota",
        "cobija",
        "oruro",
        "potosi",
        "riberalta",
        "caracas",
        "manaos",
        "manaus",
        "tabatinga",
        "roraima",
        "sinaloa",
        "culiacan",
    ]
)
# Words before a country that make it a direction or a border, not where the story is ("el oro
# sale por Puno hacia Bolivia", "en la frontera con Ecuador"): such a mention does not move
# nearby common-word names abroad.
TOWARDS_WORDS = frozenset(["hacia", "desde", "con", "rumbo", "a", "limite", "limitrofe"])
PERU_WORDS = frozenset({"peru", "peruano", "peruana", "peruanos", "peruanas"})
# The word right before a name that makes it a street, square or institution, not a place.
STREET_WORDS = frozenset(
    [
        "jr",
        "jiron",
        "av",
        "avda",
        "avenida",
        "calle",
        "ca",
        "psje",
        "pasaje",
        "prolongacion",
        "ovalo",
        "plaza",
        "parque",
        "urb",
        "urbanizacion",
        "malecon",
    ]
)
# Words right before a name (or before "… de") that make it an institution or a company:
# such a name is the institution's wherever else it appears in the same text.
INSTITUTION_WORDS = frozenset(
    [
        "colegio",
        "universidad",
        "club",
        "estadio",
        "coliseo",
        "banco",
        "caja",
        "teatro",
        "cine",
        "hotel",
        "mercado",
        "instituto",
        "ie",
        "escuela",
        "hospital",
        "clinica",
        "compania",
        "empresa",
        "asociacion",
        "cooperativa",
        "equipo",
        "deportivo",
        "sporting",
        "eps",
        "cia",
        "consorcio",
        "corporacion",
        "grupo",
        "agropecuaria",
        "agroindustrial",
        "agroindustrias",
        "inversiones",
        "transportes",
        "radio",
        "diario",
    ]
)
# National heroes that name districts: a person unless the text backs the place reading.
# (Provinces named after heroes, e.g. Leoncio Prado or Daniel Alcides Carrión, are not here:
# news mean the province more often than the man.)
HERO_NAMES = frozenset(
    [
        "tupac amaru",
        "tupac amaru inca",
        "manco capac",
        "jose olaya",
        "andres avelino caceres",
        "hipolito unanue",
        "alfonso ugarte",
        "francisco bolognesi",
        "miguel grau",
        "jose maria arguedas",
        "ricardo palma",
    ]
)
# Sports clubs named after places ("Alianza Lima", "Sport Huancayo"): the club, not the place.
SPORT_WORDS = frozenset(["alianza", "sport", "deportivo", "atletico", "club", "cienciano"])
NAMED_LEVELS = frozenset(
    ["distrito", "provincia", "region", "departamento", "district", "province"]
)
# Country words and adjectives right after a name that put it abroad ("Rosario, Argentina").
FOREIGN_TAILS = (
    "bolivia",
    "chile",
    "ecuador",
    "colombia",
    "brasil",
    "argentina",
    "venezuela",
    "mexico",
    "espana",
    "en bolivia",
    "en chile",
    "en ecuador",
    "en colombia",
    "en brasil",
    "en argentina",
    "en venezuela",
    "en mexico",
    "en espana",
    "boliviano",
    "boliviana",
    "chileno",
    "chilena",
    "ecuatoriano",
    "ecuatoriana",
    "colombiano",
    "colombiana",
    "brasileno",
    "brasilena",
    "argentino",
    "argentina",
)
# Words right before a name that make it a people, not a place ("comunidades nativas Awajún").
PEOPLE_WORDS = frozenset(
    ["nativa", "nativas", "indigena", "indigenas", "etnia", "pueblo", "pueblos", "lengua"]
)
# Titles and given names before a name make it a person ("José de San Martín", "Miguel Grau").
PERSON_WORDS = frozenset(
    [
        "jose",
        "juan",
        "simon",
        "miguel",
        "ramon",
        "francisco",
        "luis",
        "carlos",
        "pedro",
        "manuel",
        "andres",
        "antonio",
        "jorge",
        "cesar",
        "alfonso",
        "mariano",
    ]
)
# Titles right before a name make it a person ("general San Martín", not "general de …").
TITLE_WORDS = frozenset(
    [
        "general",
        "gral",
        "libertador",
        "don",
        "dona",
        "presidente",
        "mariscal",
        "coronel",
        "almirante",
        "santo",
        "beato",
        "fray",
        "padre",
        "doctor",
        "dr",
        "sr",
        "sra",
        "senor",
        "senora",
        # offices and trades before a surname ("la fiscal Vilca", "el alcalde Yauri")
        "alcalde",
        "alcaldesa",
        "fiscal",
        "juez",
        "jueza",
        "ministro",
        "ministra",
        "congresista",
        "gobernador",
        "gobernadora",
        "dirigente",
        "periodista",
        "abogado",
        "abogada",
        "gerente",
        "sacerdote",
        "obispo",
        "comandante",
        "capitan",
        "teniente",
        "suboficial",
        "sargento",
        "expresidente",
        "premier",
        "vocero",
        "vocera",
        "empresario",
        "empresaria",
    ]
)
# Common given names: capitalised right before a capitalised name, they make it a surname
# ("Hugo Yauri", "Rosa Vilca"). Case matters ("julio" is also a month): see ``_implausible``.
_GIVEN_NAMES = """
    abel adolfo adrian agustin alberto alejandro alex alfredo alicia ana angel angelica anibal
    arturo augusto beatriz benito bernardo braulio carla catalina cecilia celso
    cirilo claudia clemente cristian cristina daniel david delia diana diego edgar
    edith edwin efrain elena elias eliana elisa elmer elsa elvis emilio enrique ernesto
    esteban eduardo eva fabiola felipe felix fernando fidel frank freddy gabriel german
    gilberto gloria graciela gregorio guido guillermo gustavo hector hernan hilda hugo humberto
    ignacio irma isaac ismael ivan jaime javier jhon jimmy joel jonathan josue juana
    julia julio justo karina katherine lidia lorenzo lucia lucio marco margarita
    maria mariela marina mario marleny marta martha miriam moises
    nancy nelly nestor nicolas norma nora olga omar oscar pablo patricia percy rafael raul
    rene ricardo roberto rocio rodolfo rodrigo rolando romulo rosa ruben ruth samuel
    sandra sara segundo sergio silvia sonia teodoro teresa ulises valentin
    vicente victor walter wilber wilfredo william wilmer yolanda yuri zenon
"""
GIVEN_NAMES = frozenset(_GIVEN_NAMES.split())
# Words right before a name that make it a brand, whatever the name ("Caja Arequipa" in Juliaca,
# "transportes Piura"): the name says nothing about where the story is
BRAND_WORDS = frozenset(
    # (not "empresa", "agroindustrial", "cementos": "empresa agroindustrial Cayaltí", "Cementos
    # Pacasmayo" are named after where they work)
    ["caja", "cmac", "banco", "transportes", "inversiones", "grupo", "corporacion", "consorcio"]
)
# One lookup for "the word before says what this name is" (the later entries win).
PREV_WORD_KINDS = {
    **dict.fromkeys(PERSON_WORDS | TITLE_WORDS, "person"),
    **dict.fromkeys(SPORT_WORDS, "sports club"),
    **dict.fromkeys(PEOPLE_WORDS, "name of a people"),
    **dict.fromkeys(STREET_WORDS, "street"),
}
# Words before a name that may say what it is (see ``Geolocator._implausible``).
_PREV_TELLING = (
    frozenset(PREV_WORD_KINDS) | INSTITUTION_WORDS | BRAND_WORDS | {"minera", "de", "del"}
)
_ARTICLES = frozenset(["la", "el", "los", "las"])
_SITES = frozenset([UnitKind.MINING_LOCALITY, UnitKind.CORRIDOR])
_CENTRE = UnitKind.POPULATED_CENTRE
# Phrases that contain a place name but are not about the place (saints, devotions): matched as
# whole phrases, they hide the names inside them ("Santa Rosa de Lima" is not Lima).
NOT_PLACES = frozenset(
    [
        "santa rosa de lima",
        "senor de los milagros",
        "senor de huanca",
        "senor de qoyllur riti",
        "virgen de la candelaria",
        "virgen de chapi",
        "virgen de cocharcas",
        "virgen de la puerta",
        "virgen del carmen",
        "cruz de motupe",
        "cruz de chalpon",
    ]
)
# Words before "de (la)" + name that make it a day's name ("Día de la Independencia").
DAY_WORDS = frozenset(["dia", "dias", "fiesta", "fiestas", "festividad"])
# Phrases after a name that turn it into an abstract noun ("libertad de expresión").
ABSTRACT_TAILS = (
    "de expresion",
    "de prensa",
    "de culto",
    "de opinion",
    "de informacion",
    "sindical",
    "condicional",
    "provisional",
    "bajo fianza",
    "social",
    "europea",
    "africana",
)
# Words just before a name saying it is where victims were taken or the story was filed.
WEAK_CONTEXT = frozenset(
    [
        "trasladado",
        "trasladada",
        "trasladados",
        "trasladadas",
        "traslado",
        "trasladaron",
        "llevado",
        "llevada",
        "llevados",
        "llevadas",
        "evacuado",
        "evacuados",
        "evacuada",
        "derivado",
        "derivados",
        "derivada",
        "conducido",
        "conducidos",
        "hospital",
        "morgue",
        "clinica",
        "fiscalia",
        "desde",
        "procedente",
        "procedentes",
        "oriundo",
        "oriundos",
        "oriunda",
        "natal",
        "natural",
        "naturales",
        "capital",
        "sede",
        "viajaba",
        "viajaban",
        "retornaba",
        "taken",
        "transferred",
        "flown",
        "airlifted",
    ]
)
# Words just before a name saying it is the scene or naming the administrative level.
STRONG_CONTEXT = frozenset(
    [
        "distrito",
        "provincia",
        "region",
        "departamento",
        "localidad",
        "caserio",
        "anexo",
        "poblado",
        "comunidad",
        "sector",
        "zona",
        "mina",
        "minera",
        "campamento",
        "corredor",
        "paraje",
        "district",
        "province",
        "region",
        "town",
        "municipalidad",
        "provincial",
        "distrital",
        "regional",
        "gobierno",
    ]
)
# Words just before a name saying it is a populated centre ("centro poblado Cambria").
CCPP_WORDS = frozenset(
    [
        "poblado",
        "caserio",
        "anexo",
        "comunidad",
        "localidad",
        "cp",
        "ccpp",
        "campesina",
        "nativa",
        "cc",
        "cn",
    ]
)
CONNECTORS = frozenset({"de", "del", "la", "las", "los", "el", "y"})
# What follows a company's name ("EPS Grau S.A.", "Minera Yanacocha SRL").
COMPANY_TAILS = ("s a ", "sac ", "saa ", "srl ", "s r l ", "s a c ", "eirl ", "e i r l ")
# Any word that changes a mention's weight (see ``Geolocator._weight``).
_WEIGHT_WORDS = WEAK_CONTEXT | STRONG_CONTEXT | CCPP_WORDS | {"de", "del"}
# Capitalised words that may stand right before a place name without being part of it.
LEAD_WORDS = STRONG_CONTEXT | frozenset(
    ["regional", "provincial", "distrital", "ciudad", "centro", "valle", "municipalidad", "lima"]
)
SENTENCE_END = frozenset(".!?:;\n\"'«»“”—–-")

NEAR_COUNTRY = 80  # characters
W_TITLE = 1.5
W_DATELINE = 0.2
W_WEAK = 0.3
W_STRONG = 1.5
W_COMMUNITY = 0.7
W_GUESS = 0.6
EARTH_KM = 6371.0088
# How far the nearest reference point may be for its district (province) to be trusted.
DISTRICT_KM = 15.0
PROVINCE_KM = 40.0


@dataclass(frozen=True, slots=True)
class _Name:
    """What the rules ask about one gazetteer name, worked out once when the automaton is built
    (per document it was the same set lookups and comprehensions for every hit)."""

    key: str
    units: tuple[Unit, ...]
    common: bool  # in COMMON_NAMES
    hero: bool  # in HERO_NAMES
    common_or_hero: bool
    titled: bool  # the first word is a title ("Mariscal Ramón Castilla", "Coronel Portillo")
    foreign: bool  # in FOREIGN_HOMONYMS
    all_centres: bool  # every reading is a populated centre
    has_department: bool  # some reading is a department
    # what a mention of this name vouches for (see ``_link``)
    provinces: frozenset[str]
    departments: frozenset[str]
    department_level: frozenset[str]
    # the capital districts of the provinces/departments this name reads as (the city reading)
    city_districts: frozenset[str]
    guessable: bool  # readings in several departments: the choice may be only a guess

    @classmethod
    def of(cls, key: str, units: Sequence[Unit]) -> _Name:
        # one pass over the readings (an extended gazetteer builds ~60,000 of these)
        centre = UnitKind.POPULATED_CENTRE
        admin = [u for u in units if u.kind is not centre]
        # (hamlets vouch for nothing: with 95,000 of them, two lower-case words of a text
        # would often back each other up, "la frontera" and "la selva")
        anchors = admin
        cities = set()
        for u in admin:
            if u.kind is UnitKind.PROVINCE:
                # INEI numbers a province's capital district 01 (a department's capital
                # province 01)
                cities.add(u.code + "01")
            elif u.kind is UnitKind.DEPARTMENT:
                cities.add(u.code + "0101")
        departments = {u.department for u in units}
        return cls(
            key=key,
            units=tuple(units),
            common=key in COMMON_NAMES,
            hero=key in HERO_NAMES,
            common_or_hero=key in COMMON_NAMES or key in HERO_NAMES,
            titled=key.split()[0] in TITLE_WORDS,
            foreign=key in FOREIGN_HOMONYMS,
            all_centres=not admin,
            has_department=any(u.province is None for u in admin),
            provinces=frozenset(u.province for u in anchors if u.province),
            departments=frozenset(u.department for u in anchors),
            department_level=frozenset(u.department for u in anchors if u.province is None),
            city_districts=frozenset(cities),
            guessable=len(departments) > 1,
        )


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    key: str
    units: Sequence[Unit]  # the name's readings; narrowed down by ``_narrow`` and ``_decide``
    name: _Name
    weight: float = 1.0
    support: tuple[int, ...] = ()  # per unit: co-mention strength (set by ``_link``)
    supported: bool = False  # any(support)
    before: Sequence[str] = ()  # the words of the 30 characters before (``_implausible``)


@dataclass(frozen=True, slots=True)
class Mention:
    """One name found in a text, whether it counted, and why (for ``explain``)."""

    span: str
    start: int
    kept: bool
    why: str


@dataclass(frozen=True, slots=True)
class ReverseGeocode:
    """A field point's place, the reference point that gave its finer units, and how far."""

    place: Place
    reference: Unit
    distance_km: float


@dataclass(frozen=True, slots=True)
class Explanation:
    """``Geolocator.explain``: the decision and the evidence for and against it."""

    place: Place
    mentions: tuple[Mention, ...]


_PERU = Place(precision=Precision.COUNTRY, name="Perú", evidence="Perú")
_LOWER_CASE_HAMLET = "a populated centre's name written in lower case: a common word here"
_NOT_A_PLACE = object()  # the automaton's value for a NOT_PLACES phrase
_NEEDS_CONTEXT = (
    "common word, saint's name or hamlet: needs capitals mid-sentence or a co-mentioned "
    "province/department"
)


class Geolocator:
    """Locates news text and field coordinates on a gazetteer; build once, call many times."""

    def __init__(self, gazetteer: Gazetteer, *, border_tolerance_km: float = 3.0) -> None:
        self.gazetteer = gazetteer
        self.border_tolerance_km = border_tolerance_km
        self._automaton = ahocorasick.Automaton()
        abroad = PERU_WORDS | OTHER_COUNTRIES | FOREIGN_PLACES
        for key, units in gazetteer.names.items():
            if key in abroad and all(u.kind is UnitKind.POPULATED_CENTRE for u in units):
                continue  # hamlets named "Bolivia", "Guayaquil": the country is meant
            # leading space: a match always starts at a word; the end is checked per hit
            self._automaton.add_word(" " + key, (key, _Name.of(key, units)))
        for word in abroad:
            if not self._automaton.exists(" " + word):
                self._automaton.add_word(" " + word, (word, None))
        for phrase in NOT_PLACES:
            # matched like a name and longer than the names inside it, it hides them
            self._automaton.add_word(" " + phrase, (phrase, _NOT_A_PLACE))
        self._automaton.make_automaton()
        # Callao: a department with a single province; naming one names the other
        provinces: dict[str, set[str]] = {}
        for units in gazetteer.names.values():
            for unit in units:
                if unit.kind is UnitKind.PROVINCE:
                    provinces.setdefault(unit.department, set()).add(unit.code)
        self._only_province: dict[str, Unit] = {}
        for dep, codes in provinces.items():
            only = gazetteer.admin(next(iter(codes))) if len(codes) == 1 else None
            if only is not None:
                self._only_province[dep] = only
        # ``_narrow``'s choice depends only on the name, its co-mention support and three
        # context flags: remembered (bounded), it is one lookup for the names news repeat
        self._narrowed: dict[tuple[str, tuple[int, ...], int, bool, bool], tuple[Unit, ...]] = {}
        # (name, support) → the choice when no context flag changes it, else None
        self._context_free: dict[tuple[str, tuple[int, ...]], tuple[Unit, ...] | None] = {}
        points = list(gazetteer.reference_points)
        if gazetteer.boundaries is not None and points:
            # a point outside its own department is a wrong coordinate (a homonym's capital):
            # it would pull field signals into the wrong department
            keep = gazetteer.boundaries.inside_own(points, border_tolerance_km)
            points = [p for p, ok in zip(points, keep, strict=True) if ok]
        self._points = points
        self._point_deps = np.array([p.department for p in points])
        lat = np.radians(np.array([p.lat for p in points], dtype=np.float64))
        lon = np.radians(np.array([p.lon for p in points], dtype=np.float64))
        self._lat, self._lon, self._coslat = lat, lon, np.cos(lat)

    # ------------------------------------------------------------------ text

    def locate(self, title: str, text: str) -> Place:
        """The most likely Peruvian place where the story happened; Place.unknown() if none."""
        return self._run(title, text, None)

    def explain(self, title: str, text: str) -> Explanation:
        """``locate``'s decision with every name found, what became of it and why."""
        notes: list[Mention] = []
        place = self._run(title, text, notes)
        return Explanation(place, tuple(sorted(notes, key=lambda m: m.start)))

    def _run(self, title: str, text: str, notes: list[Mention] | None) -> Place:
        doc = f"{title}\n{text}"
        norm = " " + normalize(doc) + " "
        body_at = len(title) + 2  # index in ``norm`` where the body starts
        hits, countries, peru = self._scan(norm)
        if not hits:  # no name at all: nothing below would find one
            return _PERU if peru else Place.unknown()
        plausible: list[_Hit] = []
        people: set[str] = set()
        for hit in hits:
            if hit.name.all_centres and not hit.name.titled and _lower_case(doc, hit):
                # ("la calle", "el centro" are hamlets too: dropped before any other rule; a
                # title in lower case, "almirante Miguel Grau", says a person, see below)
                if notes is not None:
                    notes.append(_note(hit, doc, _LOWER_CASE_HAMLET))
                continue
            why = self._implausible(hit, doc, norm)
            if why is None:
                plausible.append(hit)
                continue
            if why.startswith(("person", "institution", "company", "abroad")):
                # "almirante Miguel Grau" (a hamlet's name in the extended gazetteer): "Grau"
                # elsewhere is the same man
                words = hit.key.split()
                people.update(" ".join(words[i:]) for i in range(len(words)))
            if notes is not None:
                notes.append(_note(hit, doc, why))
        if people:
            # "Homenaje a Grau … el almirante Miguel Grau": one person, not a place; "Trujillo,
            # Venezuela … el estado Trujillo": abroad throughout
            for hit in plausible:
                if hit.key in people and notes is not None:
                    notes.append(
                        _note(hit, doc, "the same name is a person or institution elsewhere")
                    )
            plausible = [h for h in plausible if h.key not in people]
        _link(plausible)
        kept: list[_Hit] = []
        title_end = len(title)
        trace: list[tuple[str, list[Unit]]] | None = None
        for hit in plausible:
            name = hit.name
            if (
                (name.all_centres or name.common)  # (else it needs no context)
                and self._needs_context(hit, doc, norm)
                and not hit.supported
            ):
                if notes is not None:
                    notes.append(_note(hit, doc, _NEEDS_CONTEXT))
                continue
            if name.hero and not hit.supported and not _named_level(hit, norm):
                if notes is not None:
                    notes.append(_note(hit, doc, "a national hero's name: needs a co-mention"))
                continue
            foreign = name.foreign or (
                # a common-word name next to another country's name ("El Oro y Loja, Ecuador"),
                # or in a story whose headline names another country
                name.common
                and not peru
                and any(
                    abs(at - hit.start) < NEAR_COUNTRY or at < body_at for at in _flat(countries)
                )
            )
            if foreign and countries and not hit.supported:
                if notes is not None:
                    notes.append(
                        _note(
                            hit,
                            doc,
                            "also a foreign place and the text names "
                            + ", ".join(sorted(countries)),
                        )
                    )
                continue
            if notes is None:
                if len(hit.units) > 1:
                    self._narrow_remembered(hit, norm)
                trace = None
            else:
                trace = []
                _narrow(hit, norm, trace)
            hit.weight = self._weight(hit, doc, norm, body_at, title_end)
            kept.append(hit)
            if notes is not None and trace:
                for why, units in trace:
                    readings = "; ".join(self._reading(u) for u in units)
                    notes.append(_note(hit, doc, f"set aside {readings}: {why}"))
        place = self._decide(kept, doc, notes)
        if place is not None:
            return place
        return _PERU if peru else Place.unknown()

    def _scan(self, norm: str) -> tuple[list[_Hit], dict[str, list[int]], bool]:
        # (start, -end, arrival, name): sorted as plain tuples (never down to the name), and a
        # _Hit made only for the names kept
        raw: list[tuple[int, int, int, _Name | None]] = []
        countries: dict[str, list[int]] = {}
        peru = False
        for end, (key, name) in self._automaton.iter(norm):
            if norm[end + 1] != " ":
                continue  # the name continues into a longer word
            start = end - len(key) + 1
            if name is None:
                if key in PERU_WORDS:
                    peru = True
                elif _abroad_mention(norm, start):
                    countries.setdefault(key, []).append(start)
                continue
            # (a phrase that is not a place takes part in the overlaps, then is dropped)
            raw.append((start, -end - 1, len(raw), None if name is _NOT_A_PLACE else name))
        hits: list[_Hit] = []
        if not raw:
            return hits, countries, peru
        raw.sort()
        last_end = -1
        for start, neg_end, _arrival, name in raw:
            # longest first at each start; later overlapping names are dropped
            if start >= last_end:
                last_end = -neg_end
                if name is not None:
                    hits.append(_Hit(start, last_end, name.key, name.units, name))
        return hits, countries, peru

    def _narrow_remembered(self, hit: _Hit, norm: str) -> None:
        """``_narrow`` without a trace, its choice remembered per name, support and context.

        Most of the time the words around the name change nothing (every combination of the
        three context flags gives the same choice): then the context is not even read.
        """
        if len(hit.units) == 1:
            return
        free_key = (hit.key, hit.support)
        if free_key in self._context_free:
            free = self._context_free[free_key]
        else:
            if len(self._context_free) >= _NARROWED_MAX:
                self._context_free.clear()
            choices = {
                tuple(_choose(hit.units, hit.support, named, "", community, near, None))
                for named in (0, 1, 2, 3)
                for community in (False, True)
                for near in (False, True)
            }
            free = choices.pop() if len(choices) == 1 else None
            self._context_free[free_key] = free
        if free is not None:
            hit.units = free
            return
        _before, named, community, near = _narrow_context(hit, norm)
        memo_key = (hit.key, hit.support, named, community, near)
        units = self._narrowed.get(memo_key)
        if units is None:
            if len(self._narrowed) >= _NARROWED_MAX:
                self._narrowed.clear()
            units = tuple(_choose(hit.units, hit.support, named, "", community, near, None))
            self._narrowed[memo_key] = units
        hit.units = units

    def _implausible(self, hit: _Hit, doc: str, norm: str) -> str | None:
        """Why a name is not a place here (street, person, phrase), whatever else is said."""
        start = hit.start
        before = norm[start - 30 if start > 30 else 0 : start].split()
        hit.before = before  # (``_weight`` reuses it)
        prev = before[-1] if before else ""
        if hit.name.titled and doc[start - 1 : start].islower():
            # "el mariscal Ramón Castilla": a title written as one, not a province's name
            return f"person ('{norm[start : hit.end].split()[0]} …')"
        if prev in _PREV_TELLING:  # (most words before a name say nothing about it)
            kind = PREV_WORD_KINDS.get(prev)
            if kind == "street":
                return f"street ('{prev} …')"
            if hit.name.common_or_hero and (
                prev in INSTITUTION_WORDS
                or prev == "minera"
                or (prev in ("de", "del") and not INSTITUTION_WORDS.isdisjoint(before[-3:-1]))
            ):
                # "Colegio La Unión", "Universidad de San Marcos"; an institution named after a
                # real place ("Universidad Nacional de Trujillo") is left to count: it is there
                return f"institution or company ('{' '.join(before[-3:])} …')"
            if kind is not None:
                return f"{kind} ('{prev} …')"
            if prev in BRAND_WORDS and not any(u.kind in _SITES for u in hit.units):
                # (not a mining locality: "empresa Antamina" works at Antamina)
                return f"brand ('{prev} …')"
            if prev == "de" and len(before) > 1 and before[-2] in PERSON_WORDS:
                return f"person ('{before[-2]} de …')"
        if prev in GIVEN_NAMES and _after_given_name(doc, start, before):
            return f"person ('{prev} …')"
        if prev in _DAY_GATE and _after_day_word(before):
            return "a day's name ('día de …')"
        after = norm[hit.end : hit.end + 20].lstrip()
        if after.startswith(FOREIGN_TAILS) and _word_end(after, FOREIGN_TAILS):
            return f"abroad ('… {after.split()[0]}')"
        if hit.name.common_or_hero and after.startswith(COMPANY_TAILS):
            return "company ('… " + " ".join(after.split()[:2]) + "')"
        if not NAMED_LEVELS.isdisjoint(before[-2:]):
            return None  # "provincia de Melgar": the text says it is a place
        if doc[hit.end - 1 : hit.end] == " " and self._inside_personal_name(hit, doc):
            return "person (between capitalised given name and surname)"
        if not hit.name.common:
            return None
        if after.startswith(ABSTRACT_TAILS):
            return "phrase ('… " + after.split()[0] + "')"
        # "Santa Clara", "Rosario Huamán": a capitalised word right after makes a longer name
        nxt = doc[hit.end - 1 : hit.end + 20]
        words = nxt.split()
        if (
            nxt[:1] == " "
            and nxt[1:2].isupper()
            and not words[0].isupper()
            and words[0].lower() not in CONNECTORS
        ):
            return "part of a longer capitalised name"
        # "Nueva Florida", "Virgen de la Paz": likewise with a capitalised word right before
        if self._capitalised_word_before(hit, doc):
            return "part of a longer capitalised name"
        return None

    @staticmethod
    def _capitalised_word_before(hit: _Hit, doc: str) -> bool:
        """'Nueva Florida', 'Catalina Huanca': a capitalised word (not a level or sentence
        start) right before the name makes it part of a longer name."""
        prefix = doc[max(0, hit.start - 40) : hit.start - 1]
        head = prefix.rstrip()
        words = head.split()
        word = words[-1] if words else ""
        if not (
            prefix[len(head) :] == " "
            and word.isalpha()
            and word[:1].isupper()
            and not word.isupper()
            and normalize(word) not in LEAD_WORDS
        ):
            return False
        before_word = head[: len(head) - len(word)].rstrip()
        return len(words) > 1 and before_word[-1] not in SENTENCE_END

    @staticmethod
    def _inside_personal_name(hit: _Hit, doc: str) -> bool:
        """'Leandro Julián Paucar Huarca': a capitalised word on each side, joined by spaces."""
        start, end = _span(hit)
        if start < 2 or doc[start - 1] != " " or doc[end : end + 1] != " ":
            return False
        left = doc[max(0, start - 25) : start - 1].split()
        right = doc[end + 1 : end + 25].split()
        if not left or not right:
            return False
        lw, rw = left[-1], right[0]

        def name_like(word: str) -> bool:
            return word.isalpha() and word[:1].isupper() and not word.isupper()

        if not (name_like(lw) and name_like(rw)):
            return False
        if normalize(lw) in LEAD_WORDS or normalize(rw).strip() in LEAD_WORDS:
            return False
        before = doc[: start - 1 - len(lw)].rstrip()
        return bool(before) and before[-1] not in SENTENCE_END

    def _needs_context(self, hit: _Hit, doc: str, norm: str) -> bool:
        """Common words and populated centres count only with capitals or a co-mention."""
        if hit.name.all_centres:  # (``hit.units`` are still all the name's readings here)
            # "centro poblado Cambria": the text says what it is; a unique name is enough
            before = norm[max(0, hit.start - 25) : hit.start].split()[-2:]
            named = not CCPP_WORDS.isdisjoint(before)
            return not (named and len(hit.units) == 1 and _capitalised(doc, *_span(hit)))
        if not hit.name.common:
            return False
        return not _capitalised(doc, *_span(hit))

    def _weight(self, hit: _Hit, doc: str, norm: str, body_at: int, title_end: int) -> float:
        weight = 1.0
        start = hit.start
        if hit.end - 1 <= title_end:
            weight *= W_TITLE
        # the last three words of the 40 characters before: those of the 30 characters
        # before when they hold four words or more (only the first of them may be cut)
        near = hit.before
        if len(near) >= 4:
            before = near[-3:]
        else:
            before = norm[start - 40 if start > 40 else 0 : start].split()[-3:]
        telling = not _WEIGHT_WORDS.isdisjoint(before)  # (else no word below matters)
        if telling:
            if not WEAK_CONTEXT.isdisjoint(before):
                weight *= W_WEAK
            elif before[-1] in STRONG_CONTEXT or (
                before[-1] in ("de", "del") and not STRONG_CONTEXT.isdisjoint(before[:-1])
            ):
                weight *= W_STRONG
        if body_at <= start <= body_at + 3 and _is_dateline(hit, doc, norm, body_at):
            weight *= W_DATELINE
        if (
            telling
            and not CCPP_WORDS.isdisjoint(before[-2:])
            and all(u.is_admin for u in hit.units)
        ):
            # "comunidad campesina de Huaripampa": communities share names with far districts
            weight *= W_COMMUNITY
        if hit.name.guessable and not hit.supported and hit.units[0].is_admin:
            # "Independencia" (four districts) read as Lima's only because Lima's is the best
            # known: a guess, outweighed by a name that needs none
            weight *= W_GUESS
        return weight

    def _decide(self, hits: Sequence[_Hit], doc: str, notes: list[Mention] | None) -> Place | None:
        if not hits:
            return None
        dep_score: dict[str, float] = {}
        first_seen: dict[str, int] = {}
        hit_deps: list[set[str]] = []
        for hit in hits:
            units = hit.units
            deps = {units[0].department} if len(units) == 1 else {u.department for u in units}
            hit_deps.append(deps)
            share = hit.weight / len(deps)
            for dep in deps:
                if dep in dep_score:
                    dep_score[dep] += share
                else:
                    dep_score[dep] = 0.0 + share
                    first_seen[dep] = hit.start
        if len(dep_score) == 1:
            best_dep = next(iter(dep_score))
        else:
            # The code breaks exact ties: a set's order changes between processes, and a live
            # worker and a replay must place the same text in the same department.
            best_dep = min(dep_score, key=lambda d: (-dep_score[d], first_seen[d], d))
        in_dep: list[_Hit] = []
        unresolved = True
        for hit, deps in zip(hits, hit_deps, strict=True):
            if best_dep in deps:
                in_dep.append(hit)
                if len(deps) == 1:
                    unresolved = False
        if notes is not None:
            ranked = sorted(dep_score, key=lambda d: (-dep_score[d], first_seen[d], d))
            self._note_decision(hits, dep_score, ranked, doc, notes, unresolved)
        if unresolved:
            return None  # only unresolved homonyms ("Santa Rosa") point here: don't guess
        for hit in in_dep:
            if len(hit.units) > 1:
                hit.units = [u for u in hit.units if u.department == best_dep]
        unit = _finest(in_dep)
        if unit.precision is Precision.DEPARTMENT and unit.department in self._only_province:
            unit = self._only_province[unit.department]  # "el Callao": province too
        return self.gazetteer.place(unit, evidence=_evidence(in_dep, doc))

    def _note_decision(
        self,
        hits: Sequence[_Hit],
        dep_score: dict[str, float],
        ranked: list[str],
        doc: str,
        notes: list[Mention],
        unresolved: bool,
    ) -> None:
        """For ``explain``: each kept name's readings and weight, and the department tally."""
        tally = ", ".join(
            f"{self.gazetteer.department_name(d) or d} {dep_score[d]:.2f}" for d in ranked
        )
        for hit in hits:
            readings = "; ".join(self._reading(u) for u in hit.units)
            why = f"weight {hit.weight:.2f} ({_weight_reason(hit.weight)}); readings: {readings}"
            notes.append(_note(hit, doc, why, kept=True))
        verdict = (
            "only names shared by several departments point there: no decision"
            if unresolved
            else f"department with most weight wins: {tally}"
        )
        notes.append(Mention(span="(decision)", start=len(doc) + 1, kept=True, why=verdict))

    def _reading(self, unit: Unit) -> str:
        dep = self.gazetteer.department_name(unit.department) or unit.department
        return f"{unit.name} ({unit.kind.value} {unit.code}, {dep})"

    # ------------------------------------------------------------------ coordinates

    def reverse_geocode(self, lat: float, lon: float) -> Place:
        """The department whose outline contains the point, and the district of the nearest
        reference point inside it; InvalidRecord(OUTSIDE_PERU) for a point outside Peru."""
        return self.reverse_geocode_detail(lat, lon).place

    def reverse_geocode_detail(self, lat: float, lon: float) -> ReverseGeocode:
        """``reverse_geocode`` with the matched reference point and its distance.

        1. the department: point-in-polygon against the shipped department outlines; a point
           outside every outline counts if it is within ``border_tolerance_km`` of one (the
           outlines are simplified, coasts and the Titicaca islands fall just outside) or of a
           known Peruvian place; otherwise it is outside Peru;
        2. the finer units: the nearest district capital / locality *in that department*. Its
           district is a guess that weakens with distance, so the precision says how far to
           trust it: district within ``DISTRICT_KM``, province within ``PROVINCE_KM``, else
           department (remote Amazon districts span 100+ km between capitals).
        """
        if not (math.isfinite(lat) and math.isfinite(lon)) or abs(lat) > 90 or abs(lon) > 180:
            raise InvalidRecord(
                DeadLetterReason.INVALID_SIGNAL, f"coordinates ({lat}, {lon}) are not valid"
            )
        south, west, north, east = PERU_BBOX
        if not (south <= lat <= north and west <= lon <= east):
            raise InvalidRecord(
                DeadLetterReason.OUTSIDE_PERU,
                f"({lat:.4f}, {lon:.4f}) is outside Peru's bounding box",
            )
        boundaries = self.gazetteer.boundaries
        if boundaries is None or not self._points:
            raise InvalidRecord(
                DeadLetterReason.UNKNOWN_PLACE, "gazetteer has no department outlines or points"
            )
        deps = boundaries.containing(lat, lon)
        how = "inside the department outline"
        if not deps:
            code, km = boundaries.nearest(lat, lon)
            ref, ref_km = self._nearest_point(lat, lon, None)
            if km <= self.border_tolerance_km:
                deps, how = [code], f"{km:.1f} km outside the simplified department outline"
            elif ref_km <= self.border_tolerance_km:
                deps, how = [ref.department], f"{ref_km:.1f} km from {ref.name}"
            else:
                name = self.gazetteer.department_name(code) or code
                raise InvalidRecord(
                    DeadLetterReason.OUTSIDE_PERU,
                    f"({lat:.4f}, {lon:.4f}) is outside Peru: in no department, {km:.0f} km "
                    f"from {name}'s outline (tolerance {self.border_tolerance_km:.0f} km)",
                )
        unit, km = self._nearest_point(lat, lon, deps)
        dep_name = self.gazetteer.department_name(unit.department) or unit.department
        evidence = f"{dep_name}: {how}; nearest reference point {unit.name} ({km:.1f} km)"
        base = self.gazetteer.place(unit, evidence=evidence)
        # the signal's own coordinates are more precise than the reference point's
        if km <= DISTRICT_KM:
            place = replace(base, lat=lat, lon=lon)
        elif km <= PROVINCE_KM:
            province = self.gazetteer.admin(unit.province or "")
            place = replace(
                base,
                precision=Precision.PROVINCE,
                district_ubigeo=None,
                name=province.name if province else base.name,
                lat=lat,
                lon=lon,
            )
        else:
            place = replace(
                base,
                precision=Precision.DEPARTMENT,
                province_ubigeo=None,
                district_ubigeo=None,
                name=dep_name,
                lat=lat,
                lon=lon,
            )
        return ReverseGeocode(place=place, reference=unit, distance_km=km)

    def _nearest_point(self, lat: float, lon: float, deps: list[str] | None) -> tuple[Unit, float]:
        la, lo = math.radians(lat), math.radians(lon)
        # haversine against every reference point (~1,800; vectorised, ~30 µs)
        h = (
            np.sin((self._lat - la) / 2) ** 2
            + math.cos(la) * self._coslat * np.sin((self._lon - lo) / 2) ** 2
        )
        if deps is not None:
            h = np.where(np.isin(self._point_deps, deps), h, np.inf)
        idx = int(np.argmin(h))
        return self._points[idx], 2 * EARTH_KM * math.asin(math.sqrt(min(float(h[idx]), 1.0)))


# ---------------------------------------------------------------------- helpers

_BORDER_WORDS = frozenset(["frontera", "limite", "limitrofe", "rumbo", "destino"])
_DAY_GATE = frozenset(["de", "del"]) | _ARTICLES
_SAINT_WORDS = frozenset(["san", "santa", "santo"])


def _abroad_mention(norm: str, start: int) -> bool:
    """Whether a country's name at ``start`` puts the story abroad: not a street ("avenida
    España"), a direction or a border ("hacia Bolivia", "a Chile", "frontera con Ecuador")."""
    prev = norm[max(0, start - 24) : start].split()[-2:]
    if not prev:
        return True
    last = prev[-1]
    if last in STREET_WORDS or last in ("hacia", "desde", "a", "al"):
        return False
    return not (last in TOWARDS_WORDS and len(prev) == 2 and prev[0] in _BORDER_WORDS)


def _after_given_name(doc: str, start: int, before: Sequence[str]) -> bool:
    """'Hugo Yauri', 'Rosa Vilca': a capitalised given name, one space, a capitalised name
    (not "Santa María …", whose second word is also a given name)."""
    at = start - 1  # the name's first character in ``doc``
    if at < 2 or doc[at - 1] != " " or not doc[at - 2].isalpha() or not doc[at : at + 1].isupper():
        return False
    word = doc[max(0, at - 20) : at - 1].split()[-1]
    return word[:1].isupper() and not (len(before) > 1 and before[-2] in _SAINT_WORDS)


def _after_day_word(before: Sequence[str]) -> bool:
    """'Día de la Independencia', 'día de San Juan': a day's name, not a place."""
    words = [w for w in before[-4:] if w not in _ARTICLES]
    return len(words) >= 2 and words[-1] in ("de", "del") and words[-2] in DAY_WORDS


def _capitalised(doc: str, start: int, end: int) -> bool:
    """Every content word starts upper-case, mid-sentence, and the text is not all caps."""
    span = doc[start:end]
    words = [w for w in span.split() if w.lower() not in CONNECTORS] or span.split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    if span.isupper() and doc[max(0, start - 12) : start].strip().isupper():
        return False  # shouting headline: capitals say nothing
    head = doc[:start].rstrip()
    return bool(head) and head[-1] not in SENTENCE_END


def _lower_case(doc: str, hit: _Hit) -> bool:
    """The name is written in lower case ("la selva"): a hamlet's name would be capitalised."""
    return doc[hit.start - 1 : hit.start].islower()


def _span(hit: _Hit) -> tuple[int, int]:
    """The hit's offsets in the original document (``norm`` has one leading space)."""
    return hit.start - 1, hit.end - 1


def _is_dateline(hit: _Hit, doc: str, norm: str, body_at: int) -> bool:
    """'LIMA (Andina).—', 'TRUJILLO.—', 'Trujillo, 3 jun.' at the very start of the body.

    A capitalised name followed by a dash or colon ("Paruro - Minera Las Bambas", "Retamas:
    …") is a heading naming the place, not a dateline; so mixed-case names need a date or an
    agency in brackets after them.
    """
    if not body_at <= hit.start <= body_at + 3:
        return False
    span = doc[hit.start - 1 : hit.end - 1]
    tail = doc[hit.end - 1 : hit.end + 24].lstrip()
    if span.isupper() and tail[:1] in {",", "(", ".", "-", "—", "–", ":", "|"}:
        return True
    if tail.startswith("("):
        return True  # "Trujillo (Andina)"
    return bool(_DATE_AFTER.match(tail))


_DATE_AFTER = re.compile(
    r",\s*(\d{1,2}\s+(de\s+)?[a-zA-Z]{3}|(ene|feb|mar|abr|may|jun|jul|ago|set|sep|oct|nov|dic)[a-z]*\.?\s+\d)"
)


def _link(hits: list[_Hit]) -> None:
    """For each unit of each hit, how strongly the *other* names mentioned back it up.

    2 per other mention in the same province, 1 per other mention that is the unit's department
    (or lies in the department the unit names). Only admin units and curated localities vouch
    (populated centres only if nothing else has the name; see ``_Name``). Worked out per distinct
    name, times how often it occurs: O(names × readings), with repeated names costing nothing.
    """
    counts: dict[str, int] = {}
    names: dict[str, _Name] = {}
    for hit in hits:
        key = hit.key
        if key in counts:
            counts[key] += 1
        else:
            counts[key] = 1
            names[key] = hit.name
    if len(counts) < 2:
        for hit in hits:
            hit.support, hit.supported = (0,) * len(hit.units), False
        return
    by_key = _support_summed(counts, names) if len(names) > 4 else _support_pairs(counts, names)
    for hit in hits:
        hit.support = by_key[hit.key]
        hit.supported = any(hit.support)


def _vouch(unit: Unit, name: _Name) -> int:
    """What one mention of ``name`` adds to ``unit``'s support."""
    province, department = unit.province, unit.department
    if province and province in name.provinces:
        return 2
    if department in name.department_level or (province is None and department in name.departments):
        return 1
    return 0


def _support_pairs(counts: dict[str, int], names: dict[str, _Name]) -> dict[str, tuple[int, ...]]:
    """Support per name's readings, name against name (a few names: the cheapest way)."""
    return {
        key: tuple(
            sum(_vouch(unit, name) * counts[other] for other, name in names.items() if other != key)
            for unit in own.units
        )
        for key, own in names.items()
    }


def _support_summed(counts: dict[str, int], names: dict[str, _Name]) -> dict[str, tuple[int, ...]]:
    """``_support_pairs`` in O(names × readings): sums over every name first, then each
    reading's support is those sums minus its own name's share (integers: exact in any order)."""
    in_province: dict[str, int] = {}  # province → Σ mentions of names with a unit there
    at_level: dict[str, int] = {}  # department → Σ mentions of names at department level
    in_department: dict[str, int] = {}  # department → Σ mentions of names with a unit there
    both: dict[tuple[str, str], int] = {}  # (province, department) counted in the first two
    for key, name in names.items():
        count = counts[key]
        for province in name.provinces:
            in_province[province] = in_province.get(province, 0) + count
        for department in name.department_level:
            at_level[department] = at_level.get(department, 0) + count
            for province in name.provinces:
                pair = (province, department)
                both[pair] = both.get(pair, 0) + count
        for department in name.departments:
            in_department[department] = in_department.get(department, 0) + count
    by_key: dict[str, tuple[int, ...]] = {}
    for key, own in names.items():
        count = counts[key]
        support = []
        for unit in own.units:
            reading_province, department = unit.province, unit.department
            if reading_province:
                province = reading_province
                total = (
                    2 * in_province.get(province, 0)
                    + at_level.get(department, 0)
                    - both.get((province, department), 0)
                )
                if province in own.provinces:
                    total -= 2 * count
                elif department in own.department_level:
                    total -= count
            elif reading_province is None:  # department_level ⊆ departments
                total = in_department.get(department, 0)
                if department in own.departments:
                    total -= count
            else:
                total = at_level.get(department, 0)
                if department in own.department_level:
                    total -= count
            support.append(total)
        by_key[key] = tuple(support)
    return by_key


_LEVELS = {"distrito": 3, "provincia": 2, "region": 1, "departamento": 1}
_CITY_WORDS = STREET_WORDS | {"ciudad"}
_NARROWED_MAX = 1 << 16  # remembered choices; cleared when full (news repeat few names)


def _narrow_context(hit: _Hit, norm: str) -> tuple[list[str], int, bool, bool]:
    """The words before a hit, the level they name (3 district … 1 department, 0 none),
    whether they say populated centre, and whether a street or "ciudad" comes shortly before
    (which only matters for a name that is also a department, unless the level is named)."""
    before = norm[max(0, hit.start - 25) : hit.start].split()[-2:]
    named = 0
    for word in reversed(before):
        if word in _LEVELS:
            named = _LEVELS[word]
            break
    community = not CCPP_WORDS.isdisjoint(before)
    near = (
        hit.name.has_department
        and named != 1
        and not _CITY_WORDS.isdisjoint(norm[max(0, hit.start - 60) : hit.start].split())
    )
    return before, named, community, near


def _narrow(hit: _Hit, norm: str, trace: list[tuple[str, list[Unit]]] | None = None) -> None:
    """Pick among a hit's homonyms: co-mentions, the named level, containers, curated defaults.

    With ``trace``, each step that sets readings aside appends (why, the readings set aside).
    """
    if len(hit.units) == 1:
        return  # nothing to choose between
    before, named, community, near = _narrow_context(hit, norm)
    level_word = before[-1] if before else ""
    hit.units = _choose(hit.units, hit.support, named, level_word, community, near, trace)


def _choose(
    units: Sequence[Unit],
    support: tuple[int, ...],
    named: int,
    level_word: str,
    community: bool,
    near: bool,
    trace: list[tuple[str, list[Unit]]] | None,
) -> Sequence[Unit]:
    """``_narrow``'s decision from the hit's readings, their support and the context flags."""
    supported = any(support)
    city_of_province: set[Unit] = set()

    def step(why: str, kept: Sequence[Unit]) -> Sequence[Unit]:
        if trace is not None and len(kept) < len(units):
            trace.append((why, [u for u in units if u not in kept]))
        return kept

    if len(units) > 1 and supported:
        # a reading whose province/department is mentioned elsewhere beats the others
        top = max(support)
        units = step(
            "its province/department is not mentioned",
            [u for u, s in zip(units, support, strict=True) if s == top],
        )
    if named and len(units) > 1:
        wanted = [u for u in units if _depth(u) == named]
        units = step(f"the text names the level ('{level_word}')", wanted or units)
    if len(units) > 1:
        # the same name at several nested levels ("Pataz" province and district): the container,
        # except a province named after its capital district ("Trujillo"): unless the text says
        # "provincia", that name is the city
        containers = [u for u in units if not any(o.contains(u) for o in units if o is not u)]
        if named != 2:
            capitals = {
                u.district[:4]: u
                for u in units
                if u.district and u.district.endswith("01") and u.kind is not _CENTRE
            }
            for u in containers:
                if u.precision is Precision.PROVINCE and u.code in capitals:
                    # the city still ranks as its province ("Barranca": Lima's, not Loreto's)
                    city_of_province.add(capitals[u.code])
            containers = [
                capitals.get(u.code, u) if u.precision is Precision.PROVINCE else u
                for u in containers
            ]
        if (
            named != 1
            and any(u.precision is Precision.DEPARTMENT for u in containers)
            # "calle Jerusalén, Arequipa", "la ciudad de Piura": the department capital's city
            and near
        ):
            cities = {
                u.department: u
                for u in units
                if u.district and u.district.endswith("0101") and u.kind is not _CENTRE
            }
            containers = [
                cities.get(u.code, u) if u.precision is Precision.DEPARTMENT else u
                for u in containers
            ]
        # (a province and its alias both read as the city: one reading)
        units = step(
            "same name at another level: the outer unit, or the city",
            list(dict.fromkeys(containers)),
        )
    if len(units) > 1:
        # the project's table knows which homonym mining news mean (La Pampa, Retamas)
        curated = [u for u in units if u.kind != UnitKind.POPULATED_CENTRE and not u.is_admin]
        if curated:
            units = step(
                "the mining-localities table's default reading",
                [min(curated, key=lambda u: u.rank)],
            )
    if len(units) > 1:
        admin = [u for u in units if u.kind != UnitKind.POPULATED_CENTRE]
        units = step("an admin unit outranks a populated centre", admin or units)
    if len({u.department for u in units}) > 1 and not supported and not community:
        # nothing else in the text tells homonyms apart: take the reading news usually mean
        # (a province, a district of Lima/Callao, a province capital) if exactly one stands out
        rank = {u: 2 if u in city_of_province else _prominence(u) for u in units}
        top = max(rank.values())
        best = [u for u in units if rank[u] == top]
        if top > 0 and len({u.department for u in best}) == 1:
            units = step(
                "no co-mention: the more prominent homonym (province, Lima/Callao district, "
                "province capital) wins",
                best,
            )
    return units


METROPOLITAN = ("1501", "0701")


def _prominence(unit: Unit) -> int:
    """How readily news means this unit by its bare name: 3 departments, 2 provinces and
    metropolitan districts, 1 a province's capital district, 0 other districts and centres."""
    if unit.kind is UnitKind.POPULATED_CENTRE:
        return 0
    if unit.precision is Precision.DEPARTMENT:
        return 3
    if unit.precision is Precision.PROVINCE or (unit.province or "") in METROPOLITAN:
        return 2
    return 1 if unit.district and unit.district.endswith("01") else 0


def _depth(unit: Unit) -> int:
    return 3 if unit.district else 2 if unit.province else 1


def _finest(hits: Sequence[_Hit]) -> Unit:
    """Best province by weight, then the best finer unit inside it; else the department.

    Ties go to the unit mentioned first, then to the first one counted. Among a name's
    readings, the heavier mention (then the earlier) gives the unit.
    """
    prov_score: dict[str, float] = {}
    prov_first: dict[str, int] = {}
    for hit in hits:
        weight, start = hit.weight, hit.start
        for u in hit.units:
            province = u.province
            if not province:
                continue
            if province in prov_score:
                prov_score[province] += weight
                if start < prov_first[province]:
                    prov_first[province] = start
            else:
                prov_score[province] = weight
                prov_first[province] = start
    if not prov_score:
        return min(hits, key=_by_weight).units[0]
    if len(prov_score) == 1:
        best_prov = next(iter(prov_score))
    else:
        best_prov = max(prov_score, key=lambda p: (prov_score[p], -prov_first[p]))
    district_score: dict[str, float] = {}
    district_first: dict[str, int] = {}
    for hit in hits:
        weight, start = hit.weight, hit.start
        for u in hit.units:
            district = u.district
            if not district:
                continue
            if start < district_first.get(district, start + 1):
                district_first[district] = start
            if u.province == best_prov:
                # a province's name read as its city weighs half against a district named
                # outright ("Vista Alegre, en Nasca", "El Porvenir, Trujillo")
                share = weight * 0.5 if district in hit.name.city_districts else weight
                if district in district_score:
                    district_score[district] += share
                else:
                    district_score[district] = share
    best: Unit | None = None
    best_rank: tuple[bool, float, int] | None = None
    if district_score:
        if len(district_score) == 1:
            best_d = next(iter(district_score))
        else:
            best_d = max(district_score, key=lambda d: (district_score[d], -district_first[d]))
        # a curated locality (with its own coordinates) names the place better than its
        # district; then the heaviest, earliest mention
        for hit in hits:
            for u in hit.units:
                if u.district == best_d:
                    rank = (u.is_admin, -hit.weight, hit.start)
                    if best_rank is None or rank < best_rank:
                        best, best_rank = u, rank
    else:
        for hit in hits:
            for u in hit.units:
                if u.province == best_prov:
                    rank = (False, -hit.weight, hit.start)
                    if best_rank is None or rank < best_rank:
                        best, best_rank = u, rank
                    break  # the first such reading of this mention
    assert best is not None  # best_prov / best_d came from these hits
    return best


def _by_weight(hit: _Hit) -> tuple[float, int]:
    return -hit.weight, hit.start


def _evidence(hits: Sequence[_Hit], doc: str) -> str:
    """The kept names as written, in text order (``hits`` are: ``_scan`` sorts them)."""
    spans: list[str] = []
    for hit in hits:
        span = doc[hit.start - 1 : hit.end - 1]
        label = f"'{span}'" + (" (weak)" if hit.weight < 0.5 else "")
        if label not in spans:
            spans.append(label)
    return ", ".join(spans)


def _note(hit: _Hit, doc: str, why: str, *, kept: bool = False) -> Mention:
    return Mention(span=doc[hit.start - 1 : hit.end - 1], start=hit.start - 1, kept=kept, why=why)


def _weight_reason(weight: float) -> str:
    if weight < 0.25:
        return "dateline"
    if weight < 0.5:
        return "where people were taken or came from"
    if weight > 1.0:
        return "title or named level"
    return "plain mention"


def _word_end(after: str, words: tuple[str, ...]) -> bool:
    """``after`` starts with one of ``words`` as whole words."""
    return any(after.startswith(w) and after[len(w) : len(w) + 1] in ("", " ") for w in words)


def _named_level(hit: _Hit, norm: str) -> bool:
    """The text says what the name is: 'distrito de …', 'provincia de …'."""
    before = norm[max(0, hit.start - 25) : hit.start].split()[-2:]
    return not STRONG_CONTEXT.isdisjoint(before)


def _flat(positions: dict[str, list[int]]) -> list[int]:
    return [at for ats in positions.values() for at in ats]
