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
from dataclasses import dataclass, field, replace

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
    ]
)
# One lookup for "the word before says what this name is" (the later entries win).
PREV_WORD_KINDS = {
    **dict.fromkeys(PERSON_WORDS | TITLE_WORDS, "person"),
    **dict.fromkeys(SPORT_WORDS, "sports club"),
    **dict.fromkeys(PEOPLE_WORDS, "name of a people"),
    **dict.fromkeys(STREET_WORDS, "street"),
}
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
EARTH_KM = 6371.0088
# How far the nearest reference point may be for its district (province) to be trusted.
DISTRICT_KM = 15.0
PROVINCE_KM = 40.0


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    key: str
    units: list[Unit]
    weight: float = 1.0
    support: list[int] = field(default_factory=list)  # per unit: co-mention strength

    @property
    def supported(self) -> bool:
        return any(self.support)


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
        for key, units in gazetteer.names.items():
            # leading space: a match always starts at a word; the end is checked per hit
            self._automaton.add_word(" " + key, (key, tuple(units)))
        for word in PERU_WORDS | OTHER_COUNTRIES:
            if word not in gazetteer.names:
                self._automaton.add_word(" " + word, (word, ()))
        self._automaton.make_automaton()
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
        plausible: list[_Hit] = []
        people: set[str] = set()
        for hit in hits:
            why = self._implausible(hit, doc, norm)
            if why is None:
                plausible.append(hit)
                continue
            if why.startswith(("person", "institution", "company")):
                people.add(hit.key)
            if notes is not None:
                notes.append(_note(hit, doc, why))
        if people:
            # "Homenaje a Grau … el almirante Miguel Grau": one person, not a place
            for hit in plausible:
                if hit.key in people and notes is not None:
                    notes.append(
                        _note(hit, doc, "the same name is a person or institution elsewhere")
                    )
            plausible = [h for h in plausible if h.key not in people]
        _link(plausible)
        kept: list[_Hit] = []
        for hit in plausible:
            if self._needs_context(hit, doc, norm) and not hit.supported:
                if notes is not None:
                    notes.append(_note(hit, doc, _NEEDS_CONTEXT))
                continue
            if hit.key in HERO_NAMES and not hit.supported and not _named_level(hit, norm):
                if notes is not None:
                    notes.append(_note(hit, doc, "a national hero's name: needs a co-mention"))
                continue
            foreign = hit.key in FOREIGN_HOMONYMS or (
                # a common-word name next to another country's name ("El Oro y Loja, Ecuador"),
                # or in a story whose headline names another country
                hit.key in COMMON_NAMES
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
            trace: list[tuple[str, list[Unit]]] | None = [] if notes is not None else None
            _narrow(hit, norm, trace)
            hit.weight = self._weight(hit, doc, norm, body_at, len(title))
            kept.append(hit)
            if notes is not None and trace:
                for why, units in trace:
                    readings = "; ".join(self._reading(u) for u in units)
                    notes.append(_note(hit, doc, f"set aside {readings}: {why}"))
        place = self._decide(kept, doc, notes)
        if place is not None:
            return place
        if peru:
            return Place(precision=Precision.COUNTRY, name="Perú", evidence="Perú")
        return Place.unknown()

    def _scan(self, norm: str) -> tuple[list[_Hit], dict[str, list[int]], bool]:
        raw: list[_Hit] = []
        countries: dict[str, list[int]] = {}
        peru = False
        for end, (key, units) in self._automaton.iter(norm):
            if norm[end + 1] != " ":
                continue  # the name continues into a longer word
            start = end - len(key) + 1
            if not units:
                if key in PERU_WORDS:
                    peru = True
                else:
                    prev = norm[max(0, start - 12) : start].split()
                    if not (prev and prev[-1] in STREET_WORDS):  # "avenida España": a street
                        countries.setdefault(key, []).append(start)
                continue
            raw.append(_Hit(start, end + 1, key, list(units)))
        if not raw:
            return raw, countries, peru
        raw.sort(key=lambda h: (h.start, -h.end))
        hits: list[_Hit] = []
        last_end = -1
        for hit in raw:  # longest first at each start; later overlapping names are dropped
            if hit.start >= last_end:
                hits.append(hit)
                last_end = hit.end
        return hits, countries, peru

    def _implausible(self, hit: _Hit, doc: str, norm: str) -> str | None:
        """Why a name is not a place here (street, person, phrase), whatever else is said."""
        before = norm[max(0, hit.start - 30) : hit.start].split()
        prev = before[-1] if before else ""
        kind = PREV_WORD_KINDS.get(prev)
        if kind == "street":
            return f"street ('{prev} …')"
        if (hit.key in COMMON_NAMES or hit.key in HERO_NAMES) and (
            prev in INSTITUTION_WORDS
            or prev == "minera"
            or (prev in ("de", "del") and not INSTITUTION_WORDS.isdisjoint(before[-3:-1]))
        ):
            # "Colegio La Unión", "Universidad de San Marcos"; an institution named after a
            # real place ("Universidad Nacional de Trujillo") is left to count: it is there
            return f"institution or company ('{' '.join(before[-3:])} …')"
        if kind is not None:
            return f"{kind} ('{prev} …')"
        if prev == "de" and len(before) > 1 and before[-2] in PERSON_WORDS:
            return f"person ('{before[-2]} de …')"
        after = norm[hit.end : hit.end + 20].lstrip()
        if after.startswith(FOREIGN_TAILS) and _word_end(after, FOREIGN_TAILS):
            return f"abroad ('… {after.split()[0]}')"
        if after.startswith(COMPANY_TAILS) and (hit.key in COMMON_NAMES or hit.key in HERO_NAMES):
            return "company ('… " + " ".join(after.split()[:2]) + "')"
        if not NAMED_LEVELS.isdisjoint(before[-2:]):
            return None  # "provincia de Melgar": the text says it is a place
        if self._inside_personal_name(hit, doc):
            return "person (between capitalised given name and surname)"
        if hit.key not in COMMON_NAMES:
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
        if all(u.kind == UnitKind.POPULATED_CENTRE for u in hit.units):
            # "centro poblado Cambria": the text says what it is; a unique name is enough
            before = norm[max(0, hit.start - 25) : hit.start].split()[-2:]
            named = not CCPP_WORDS.isdisjoint(before)
            return not (named and len(hit.units) == 1 and _capitalised(doc, *_span(hit)))
        if hit.key not in COMMON_NAMES:
            return False
        return not _capitalised(doc, *_span(hit))

    def _weight(self, hit: _Hit, doc: str, norm: str, body_at: int, title_end: int) -> float:
        weight = 1.0
        if hit.end - 1 <= title_end:
            weight *= W_TITLE
        before = norm[max(0, hit.start - 40) : hit.start].split()[-3:]
        if not WEAK_CONTEXT.isdisjoint(before):
            weight *= W_WEAK
        elif before and (
            before[-1] in STRONG_CONTEXT
            or (before[-1] in ("de", "del") and not STRONG_CONTEXT.isdisjoint(before[:-1]))
        ):
            weight *= W_STRONG
        if _is_dateline(hit, doc, norm, body_at):
            weight *= W_DATELINE
        if (
            before[-2:]
            and not CCPP_WORDS.isdisjoint(before[-2:])
            and all(u.is_admin for u in hit.units)
        ):
            # "comunidad campesina de Huaripampa": communities share names with far districts
            weight *= W_COMMUNITY
        return weight

    def _decide(self, hits: Sequence[_Hit], doc: str, notes: list[Mention] | None) -> Place | None:
        if not hits:
            return None
        dep_score: dict[str, float] = {}
        first_seen: dict[str, int] = {}
        for hit in hits:
            deps = {u.department for u in hit.units}
            for dep in deps:
                dep_score[dep] = dep_score.get(dep, 0.0) + hit.weight / len(deps)
                first_seen.setdefault(dep, hit.start)
        ranked = sorted(dep_score, key=lambda d: (-dep_score[d], first_seen[d]))
        best_dep = ranked[0]
        in_dep = [h for h in hits if any(u.department == best_dep for u in h.units)]
        unresolved = all(len({u.department for u in h.units}) > 1 for h in in_dep)
        if notes is not None:
            self._note_decision(hits, dep_score, ranked, doc, notes, unresolved)
        if unresolved:
            return None  # only unresolved homonyms ("Santa Rosa") point here: don't guess
        for hit in in_dep:
            hit.units = [u for u in hit.units if u.department == best_dep]
        return self.gazetteer.place(_finest(in_dep), evidence=_evidence(in_dep, doc))

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
    if span.isupper() and tail[:1] in {",", "(", ".", "-", "—", "–", ":"}:
        return True
    if tail.startswith("("):
        return True  # "Trujillo (Andina)"
    return bool(_DATE_AFTER.match(tail))


_DATE_AFTER = re.compile(
    r",\s*(\d{1,2}\s+(de\s+)?[a-zA-Z]{3}|(ene|feb|mar|abr|may|jun|jul|ago|set|sep|oct|nov|dic)[a-z]*\.?\s+\d)"
)


def _anchors(hit: _Hit) -> list[Unit]:
    """Units that may vouch for others: populated centres only if nothing else has the name."""
    units = [u for u in hit.units if u.kind != UnitKind.POPULATED_CENTRE]
    return units or hit.units


def _link(hits: list[_Hit]) -> None:
    """For each unit of each hit, how strongly the *other* names mentioned back it up.

    2 per other mention in the same province, 1 per other mention that is the unit's department
    (or lies in the department the unit names). Worked out per distinct name, times how often it
    occurs, and per distinct unit: O(names² × units), with repeated names costing nothing.
    """
    keys: dict[str, tuple[int, set[str], set[str], set[str]]] = {}
    for hit in hits:
        entry = keys.get(hit.key)
        if entry is not None:
            keys[hit.key] = (entry[0] + 1, *entry[1:])
            continue
        anchors = _anchors(hit)
        keys[hit.key] = (
            1,
            {u.province for u in anchors if u.province},
            {u.department for u in anchors},
            {u.department for u in anchors if u.province is None},
        )
    if len(keys) < 2:
        for hit in hits:
            hit.support = [0] * len(hit.units)
        return
    memo: dict[tuple[str, int], int] = {}
    for hit in hits:
        support = []
        for unit in hit.units:
            cache_key = (hit.key, id(unit))
            total = memo.get(cache_key)
            if total is None:
                total = 0
                for key, (count, provs, deps, dep_level) in keys.items():
                    if key == hit.key:
                        continue
                    if unit.province and unit.province in provs:
                        total += 2 * count
                    elif unit.department in dep_level or (
                        unit.province is None and unit.department in deps
                    ):
                        total += count
                memo[cache_key] = total
            support.append(total)
        hit.support = support


def _narrow(hit: _Hit, norm: str, trace: list[tuple[str, list[Unit]]] | None = None) -> None:
    """Pick among a hit's homonyms: co-mentions, the named level, containers, curated defaults.

    With ``trace``, each step that sets readings aside appends (why, the readings set aside).
    """
    units = hit.units
    if len(units) == 1:
        return  # nothing to choose between

    def step(why: str, kept: list[Unit]) -> list[Unit]:
        if trace is not None and len(kept) < len(units):
            trace.append((why, [u for u in units if u not in kept]))
        return kept

    if len(units) > 1 and hit.supported:
        # a reading whose province/department is mentioned elsewhere beats the others
        top = max(hit.support)
        units = step(
            "its province/department is not mentioned",
            [u for u, s in zip(units, hit.support, strict=True) if s == top],
        )
    before = norm[max(0, hit.start - 25) : hit.start].split()[-2:]
    level = {"distrito": 3, "provincia": 2, "region": 1, "departamento": 1}
    named = next((level[w] for w in reversed(before) if w in level), 0)
    if named and len(units) > 1:
        wanted = [u for u in units if _depth(u) == named]
        units = step(f"the text names the level ('{before[-1]}')", wanted or units)
    if len(units) > 1:
        # the same name at several nested levels ("Pataz" province and district): the container,
        # except a province named after its capital district ("Trujillo"): unless the text says
        # "provincia", that name is the city
        containers = [u for u in units if not any(o.contains(u) for o in units if o is not u)]
        if named != 2:
            capitals = {
                u.district[:4]: u for u in units if u.district and u.district.endswith("01")
            }
            containers = [
                capitals.get(u.code, u) if u.precision is Precision.PROVINCE else u
                for u in containers
            ]
        if named != 1 and any(u.precision is Precision.DEPARTMENT for u in containers):
            # "calle Jerusalén, Arequipa", "la ciudad de Piura": the department capital's city
            near = norm[max(0, hit.start - 60) : hit.start].split()
            if any(w in STREET_WORDS or w == "ciudad" for w in near):
                cities = {
                    u.department: u for u in units if u.district and u.district.endswith("0101")
                }
                containers = [
                    cities.get(u.code, u) if u.precision is Precision.DEPARTMENT else u
                    for u in containers
                ]
        units = step("same name at another level: the outer unit, or the city", containers)
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
    community = not CCPP_WORDS.isdisjoint(before)
    if len({u.department for u in units}) > 1 and not hit.supported and not community:
        # nothing else in the text tells homonyms apart: take the reading news usually mean
        # (a province, a district of Lima/Callao, a province capital) if exactly one stands out
        top = max(_prominence(u) for u in units)
        best = [u for u in units if _prominence(u) == top]
        if top > 0 and len({u.department for u in best}) == 1:
            units = step(
                "no co-mention: the more prominent homonym (province, Lima/Callao district, "
                "province capital) wins",
                best,
            )
    hit.units = units


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
    """Best province by weight, then the best finer unit inside it; else the department."""
    prov_score: dict[str, float] = {}
    for hit in hits:
        for u in hit.units:
            if u.province:
                prov_score[u.province] = prov_score.get(u.province, 0.0) + hit.weight
    ranked = sorted(hits, key=lambda h: (-h.weight, h.start))
    if not prov_score:
        return ranked[0].units[0]
    first = {p: min(h.start for h in hits for u in h.units if u.province == p) for p in prov_score}
    best_prov = max(prov_score, key=lambda p: (prov_score[p], -first[p]))
    district_score: dict[str, float] = {}
    for hit in hits:
        for u in hit.units:
            if u.province == best_prov and u.district:
                district_score[u.district] = district_score.get(u.district, 0.0) + hit.weight
    if district_score:
        first_d = {
            d: min(h.start for h in hits for u in h.units if u.district == d)
            for d in district_score
        }
        best_d = max(district_score, key=lambda d: (district_score[d], -first_d[d]))
        candidates = [u for h in ranked for u in h.units if u.district == best_d]
        # a curated locality (with its own coordinates) names the place better than its district
        return min(candidates, key=lambda u: (u.is_admin, 0))
    return next(u for h in ranked for u in h.units if u.province == best_prov)


def _evidence(hits: Sequence[_Hit], doc: str) -> str:
    spans: list[str] = []
    for hit in sorted(hits, key=lambda h: h.start):
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
