"""Spanish-aware text normalisation for the threat classifier.

Pure functions, no state beyond a stem cache: the same text always gives the same tokens.
News in the mining regions is mostly Spanish with some English; stemming with the Snowball
Spanish stemmer folds "asesinado/asesinados/asesinan" together, and English words pass through
it mostly unchanged, which is good enough for a bag-of-words model.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# Texts whose analysis is kept: more than one enrich batch (worker.batch_size, 500 by default),
# so the casualty backstop finds every text the classifier has just analysed.
ANALYZED_TEXTS_KEPT = 4096


def _words(text: str) -> frozenset[str]:
    """A word set written as one space-separated string (easier to read and extend)."""
    return frozenset(text.split())


# Word characters after accent stripping; digits are kept because "13 muertos" matters less
# for the category than for severity, but a token like "km" next to a number still helps.
_TOKEN = re.compile(r"[a-z0-9]+")
_STEMMER = snowballstemmer.stemmer("spanish")

# Very common function words carry no category signal; dropping them keeps bigrams meaningful
# ("ataque mineros" rather than "ataque a", "a los").
STOPWORDS: frozenset[str] = _words(
    "a al algo ante como con contra cual de del desde donde durante e el ella ellos en "
    "entre era es esa ese eso esta este esto fue ha han hasta la las le les lo los mas me "
    "mi muy no o para pero por que se sea segun ser si sin sobre su sus tambien te tras "
    "un una uno unos unas y ya the of and to in on at for by with from is was were are be "
    "been has have had an as it its this that"
)


class _FoldTable(dict[int, str]):
    """Code point -> its NFKD decomposition without combining marks, filled on first use.

    Folding per character gives the same result as folding the whole string (canonical
    reordering only moves combining marks, which are dropped), and ``str.translate`` over a
    cache runs at C speed: the generator over every character was the hot spot of enrichment.
    """

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def _latin1_fold() -> tuple[bytes, bytes, re.Pattern[bytes]]:
    """``_FOLD`` as byte tables for Latin-1 text (as is, and lower-cased first: Latin-1
    lower-cases within Latin-1), and the few Latin-1 characters they cannot hold (µ and the
    vulgar fractions fold to other or several characters)."""
    table = bytearray(range(256))
    lower = bytearray(range(256))
    special = bytearray()
    for code in range(256):
        folded = _FOLD[code]
        if len(folded) == 1 and ord(folded) < 256:
            table[code] = ord(folded)
            lower[code] = ord(_FOLD[ord(chr(code).lower())])
        else:
            special.append(code)
    return bytes(table), bytes(lower), re.compile(b"[" + re.escape(bytes(special)) + b"]")


_LATIN1_FOLD, _LATIN1_LOWER_FOLD, _LATIN1_SPECIAL = _latin1_fold()


def strip_accents(text: str) -> str:
    """Remove combining marks: "Apurímac" -> "Apurimac"; "ñ" becomes "n" too (consistently)."""
    if text.isascii():
        return text
    # Spanish news is mostly Latin-1: one byte-table pass, several times faster than the
    # per-character lookups of str.translate, which handles everything else
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        return text.translate(_FOLD)
    if _LATIN1_SPECIAL.search(raw):
        return text.translate(_FOLD)
    return raw.translate(_LATIN1_FOLD).decode("latin-1")


def normalize(text: str) -> str:
    """Lowercase and strip accents."""
    if text.isascii():
        return text.lower()
    try:  # one byte-table pass for both (see strip_accents)
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        return strip_accents(text.lower())
    if _LATIN1_SPECIAL.search(raw):
        return strip_accents(text.lower())
    return raw.translate(_LATIN1_LOWER_FOLD).decode("latin-1")


def tokenize(text: str) -> list[str]:
    """Normalised word tokens, stopwords included (severity and tests want them)."""
    return _TOKEN.findall(normalize(text))


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """The Snowball Spanish stem of one normalised token (cached: stemming is the slow part)."""
    return str(_STEMMER.stemWord(token))


def stems(text: str) -> list[str]:
    """Stemmed content tokens of ``text``: stopwords and one-letter tokens dropped."""
    return [
        stem(tok)
        for tok in _TOKEN.findall(normalize(text))
        if tok not in STOPWORDS and len(tok) > 1
    ]


# Stems whose presence puts a text in the mining context: the same crime words are an incident
# near a mine and ordinary city crime elsewhere, and a marker feature lets the model weigh that.
MINING_CONTEXT: frozenset[str] = frozenset(
    stem(word)
    for word in _words(
        "mina minas minero mineros minera mineras mineria socavon socavones bocamina bocaminas "
        "concesion concesiones concentrado mineral polvorin galeria galerias relave relaves "
        "draga dragas veta vetas tajo labor labores aurifera aurifero acopiador acopiadores "
        "quimbalete planta pallaquera pallaqueras campamento explosivos dinamita winche garita "
        "tolva cancha nivel mine mines miner miners mining ore tunnel tunnels concentrate "
        "dredge dredges pit camp"
    )
)
MINING_FEATURE = "__mining__"
NO_MINING_FEATURE = "__no_mining__"

# Event markers (issue #4): the guide labels by what happened, and a linear model over words
# cannot see conjunctions, so these mark them. A death with violence is a homicide, a death
# without it an accident (not relevant), and crime words mean an incident only in the mining
# context. Matched on whole normalised words, not stems: stems collide ("muro"/"murieron").
DEATH_WORDS: frozenset[str] = _words(
    "muerto muertos muerta muertas muere mueren murio murieron morir muerte muertes "
    "fallece fallecen fallecio fallecieron fallecido fallecidos fallecida fallecimiento "
    "asesinato asesinatos asesinan asesinaron asesino asesinado asesinados asesinada "
    "matan mato mataron matar matando cadaver cadaveres mortal mortales homicidio "
    "homicidios degollado degollados perecen perecieron perecio deceso masacre victimado "
    "victimados acribillan acribillado acribillados acribillaron ultiman ultimado ultimaron "
    "killed kill kills killing dead death deaths murder murders murdered slain corpse "
    "corpses massacre homicide fatally"
)
# "vida" is a death only after these ("sin vida", "perdió la vida", "cobra la vida"), not in
# "con vida" (rescued alive).
_LIFE_LOST_BEFORE: frozenset[str] = _words("sin la su sus")
# A death word right after one of these is not a death ("no hubo muertos", "amenazas de
# muerte", "intento de asesinato", "no one was killed").
_NOT_A_DEATH_BEFORE: frozenset[str] = _words(
    "no sin ningun ninguna ni nadie cero amenaza amenazas amenazan amenazaron amenazado "
    "intento intentaron without nobody none threat threats threatened threatening attempted"
)
VIOLENCE_WORDS: frozenset[str] = _words(
    "bala balas balazo balazos balean balearon baleado baleados baleada balacera disparo "
    "disparos disparan dispararon disparo disparando arma armas armado armados armada "
    "sicario sicarios atacan atacaron atacado atacados ataque ataques atacantes pistola "
    "escopeta escopetas fusil fusiles cuchillo cuchillazos cuchilladas punal punaladas "
    "machete golpes golpeado torturado torturados emboscada emboscan encapuchados "
    "asesinato asesinan asesinaron asesinado asesinados acribillan acribillado "
    "acribillaron gunmen gunman shot shooting shootout gunfire gun guns armed attack "
    "attacked attackers stabbed hitmen ambush ambushed"
)
# The accidents of the labelling guide (collapse, gas, landslide, road) and the other ways
# people die at work without violence: falls, drowning, being run over or caught in machines.
ACCIDENT_WORDS: frozenset[str] = _words(
    "derrumbe derrumbes accidente accidentes accidental intoxicacion intoxicados asfixia "
    "asfixiados gases monoxido despiste despisto choque choca chocan choco volcadura vuelca "
    "volco volcaron abismo barranco huaico huaicos deslizamiento alud atrapados atrapado "
    "electrocutado electrocutados aplastado aplastamiento sepultados sepultado colapso "
    "desprendimiento desploma desplomarse desplomo ahogado ahogados ahogada ahogo inundacion "
    "inundarse inundada crecida atropellado atropellada atropellan atropello resbalo cayo "
    "cayeron caer caida landslide collapse collapsed crash crashed plunged plunges overturned "
    "overturns electrocuted trapped fumes accident accidents buried drowned drowning flood "
    "flooded rockfall fell"
)
CRIME_WORDS: frozenset[str] = VIOLENCE_WORDS | _words(
    "extorsion extorsiones extorsionador extorsionadores cupo cupos secuestro secuestros "
    "secuestran secuestrado secuestrados secuestradores rapto raptan rescate robo roban "
    "asalto asaltan asaltaron extortion kidnapped kidnapping kidnappers ransom robbery "
    "hostage hostages"
)
DEATH_FEATURE = "__death__"
VIOLENT_DEATH_FEATURE = "__death+violence__"
NONVIOLENT_DEATH_FEATURE = "__death-violence__"
VIOLENCE_FEATURE = "__violence__"
ACCIDENT_FEATURE = "__accident__"
CRIME_MINING_FEATURE = "__crime+mining__"
CRIME_NO_MINING_FEATURE = "__crime-mining__"


def _reports_death(tokens: list[str]) -> bool:
    """Whether a normalised token list states a death that is not negated or threatened."""
    for i, token in enumerate(tokens):
        if token == "vida":
            if i and tokens[i - 1] in _LIFE_LOST_BEFORE:
                return True
        elif token in DEATH_WORDS and _NOT_A_DEATH_BEFORE.isdisjoint(tokens[max(i - 3, 0) : i]):
            return True
    return False


def event_markers(tokens: list[str], mining: bool) -> list[str]:
    """Marker features for death (with or without violence), violence, accident, and crime
    words in or out of the mining context, from normalised ``tokens`` (stopwords kept)."""
    words = frozenset(tokens)
    markers: list[str] = []
    violence = not VIOLENCE_WORDS.isdisjoint(words)
    if violence:
        markers.append(VIOLENCE_FEATURE)
    # cheap set test first: most texts hold no death word at all
    if (not DEATH_WORDS.isdisjoint(words) or "vida" in words) and _reports_death(tokens):
        markers += [DEATH_FEATURE, VIOLENT_DEATH_FEATURE if violence else NONVIOLENT_DEATH_FEATURE]
    if not ACCIDENT_WORDS.isdisjoint(words):
        markers.append(ACCIDENT_FEATURE)
    if not CRIME_WORDS.isdisjoint(words):
        markers.append(CRIME_MINING_FEATURE if mining else CRIME_NO_MINING_FEATURE)
    return markers


@lru_cache(maxsize=200_000)
def _token_features(token: str) -> tuple[str, tuple[str, ...]]:
    """The stem of ``token`` and the character 4-grams of `` token `` (marked "#"), cached.

    The 4-grams carry inflections and spellings the stemmer misses ("secuestradores",
    "kidnappers", typos) and cost one cache lookup per token, unlike scikit-learn's char
    analysers, which are several times slower than the whole word pipeline.
    """
    padded = f" {token} "
    return stem(token), tuple("#" + padded[i : i + 4] for i in range(len(padded) - 3))


@lru_cache(maxsize=ANALYZED_TEXTS_KEPT)
def analyze(text: str) -> tuple[str, ...]:
    """Features for the vectoriser: stems, adjacent-stem bigrams, character 4-grams of the
    content tokens, whether the text is in the mining context (``MINING_FEATURE`` or
    ``NO_MINING_FEATURE``), and the :func:`event_markers`.

    A module-level function (not a lambda) so that a fitted vectoriser that refers to it can be
    pickled into the model artifact. Cached: the classifier and the casualty backstop both
    vectorise each batch, and the second reading of a text is then a lookup (a tuple, so the
    shared result cannot be changed by a caller).
    """
    tokens = _TOKEN.findall(normalize(text))
    per_token = [_token_features(tok) for tok in tokens if tok not in STOPWORDS and len(tok) > 1]
    unigrams = [unigram for unigram, _ in per_token]
    features = unigrams + [f"{a} {b}" for a, b in itertools.pairwise(unigrams)]
    for _, grams in per_token:
        features.extend(grams)
    mining = not MINING_CONTEXT.isdisjoint(unigrams)
    features.append(MINING_FEATURE if mining else NO_MINING_FEATURE)
    features.extend(event_markers(tokens, mining))
    return tuple(features)
