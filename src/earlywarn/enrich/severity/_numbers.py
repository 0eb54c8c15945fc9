"""Numbers in the token list: digits and number words, collective numerals ("una docena"),
pairs of people ("un minero y un policia"), ranges ("dos o tres"), repeats, partitives ("dos
de los cinco") and the measures a number may belong to."""

from __future__ import annotations

from dataclasses import dataclass

from ._lexicon import (
    _AFTER_NUMBER,
    _BEFORE_NUMBER,
    _BOUNDARY,
    _DE_LOS,
    _NOT_PEOPLE_AFTER,
    _NUMBER_WORDS,
    _PEOPLE_PLURAL,
    _PEOPLE_SINGULAR,
    _TENS,
    _UNITS,
    _words,
)


@dataclass(frozen=True, slots=True)
class _Number:
    start: int
    end: int  # exclusive
    value: int


def _sentence_bounds(tokens: list[str], number: _Number) -> tuple[int, int]:
    """The token span of the sentence (or bracket) holding ``number``, its boundaries left out."""
    start = number.start
    while start > 0 and tokens[start - 1] not in _BOUNDARY:
        start -= 1
    end = number.end
    while end < len(tokens) and tokens[end] not in _BOUNDARY:
        end += 1
    return start, end


# Tokens that may start a number: the number words, and the articles of "una docena".
# (Digit tokens are recognised by their first character: a token starts with a digit exactly
# when it matched the digits branch of ``_TOKEN``.)
_MULTIPLES = {"doble": 2, "triple": 3, "cuadruple": 4, "double": 2}

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "vi": 6, "vii": 7, "viii": 8}

# (a singular verb right after a second person, his own: "y su copiloto queda herido")
_ONE_PERSON_VERB = _words(
    "queda quedo resulta resulto fue es esta sigue permanece muere murio fallece fallecio "
    "was is remains died"
)

_PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")

# (round ten) "Asesinan a mellizos": twins are two, like "esposos"
_TWINS = _words("mellizos mellizas gemelos gemelas twins")

# "Doble crimen", "triple murder": a multiple before one of these counts the dead
_MULTIPLE_KILLINGS = _words("asesinato homicidio crimen ejecucion murder homicide killing")

# (round twenty-one) "padre e hijo" is two (see _numbers)
_PARENTS = _words("padre madre father mother")

_NUMBER_STARTS = (
    frozenset(_NUMBER_WORDS)
    | frozenset(_MULTIPLES)
    | _words("una un a media medio su his her otro otra docena dozen par pareja esposos married")
    | _PARENTS
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

_CHILD = _words("hijo hija son daughter")

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
                # (round nineteen) "mataron al Chato y a su primo": "a" after the join
                join = i - 2 if i >= 4 and tokens[i - 1] == "a" and tokens[i - 2] in _AND else i - 1
                start = _pair_start(tokens, join) if join >= 2 and tokens[join] in _AND else -1
                # ((round twenty-nine) not before a singular verb, the second's own: "muere el
                # chofer y su copiloto queda herido")
                if tokens[i + 2 : i + 3] and tokens[i + 2] in _ONE_PERSON_VERB:
                    start = -1
                if start >= done:
                    found.append(_Number(start, i + 2, 2))
                    done = i + 2
                else:
                    found.append(_Number(i, i + 1, 1))
                    done = i + 1
            continue
        # "una tercera resulto con quemaduras", "a third officer": one more person
        if tok in ("una", "un", "a") and i + 1 < n and tokens[i + 1] in _ORDINALS:
            # ((round twenty-four) not a fraction: "roughly a tenth of Peru's gold", "un
            # tercio de la produccion")
            if tokens[i + 2 : i + 3] in (["of"], ["de"], ["del"]):
                done = i + 2
                continue
            found.append(_Number(i, i + 2, 1))
            done = i + 2
            continue
        if tok in ("una", "un", "a") and i + 1 < n and tokens[i + 1] in _GROUPS:
            # ((round twenty-eight) English "of" is part of the numeral, as no "de" is: "A pair
            # of geologists working for an exploration company were freed")
            end = i + 2 + (tokens[i + 1] in ("pair", "couple") and tokens[i + 2 : i + 3] == ["of"])
            found.append(_Number(i, end, _GROUPS[tokens[i + 1]]))
            done = end
            continue
        # "Esposos mueren acribillados": a married couple is two ("pareja de esposos" is the pair)
        if tok == "esposos" or tok in _TWINS:
            # (round ten: "Los esposos ... fueron golpeados" names the two as well)
            if i == 0 or tokens[i - 1] not in ("de", "sus"):
                found.append(_Number(i, i + 1, 2))
                done = i + 1
            continue
        # (round twenty-one) "Police free married couple", "sacaron de su casa a padre e hijo":
        # two people
        if tok == "married" and tokens[i + 1 : i + 2] == ["couple"]:
            found.append(_Number(i, i + 2, 2))
            done = i + 2
            continue
        if tok in _PARENTS and i + 2 < n and tokens[i + 1] in _AND and tokens[i + 2] in _CHILD:
            found.append(_Number(i, i + 3, 2))
            done = i + 3
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
        # ((round twenty-eight) "medio centenar de heridos": fifty)
        if tok == "medio" and i + 1 < n and tokens[i + 1] == "centenar":
            found.append(_Number(i, i + 2, 50))
            done = i + 2
            continue
        # (round ten) "Occisos: II (dos)", "II cuerpos sin vida": Roman numerals of field forms,
        # only before people, a casualty word or the number repeated in brackets
        if tok in _ROMAN:
            value = _ROMAN[tok]
            if tokens[i + 1 : i + 2] == ["("] and _repeats(tokens, i + 1, value):
                found.append(_Number(i, i + 4, value))
                done = i + 4
            elif (
                _people_or_casualty(tokens, i + 1)
                or (
                    # (round eleven) "Occisos: II. Heridos: I.": right after a casualty field
                    i >= 2
                    and tokens[i - 1] == ":"
                    and tokens[i - 2] in _AFTER_NUMBER
                    and (
                        tokens[i + 1 : i + 2] in ([], ["."], [";"], ["("])
                        # ((round twenty-nine) or a participle, its comma gone: "Heridos: I,
                        # trasladado al hospital de apoyo")
                        or tokens[i + 1].endswith(_PARTICIPLE_ENDINGS)
                    )
                )
                or (
                    # ((round thirty-one) or a tally's pair, its colon and comma gone: "Resultado:
                    # occisos II, heridos III (trasladados ...)")
                    i >= 1
                    and tokens[i - 1] in _AFTER_NUMBER
                    and len(tok) > 1
                    and (
                        tokens[i + 1 : i + 2] in ([], ["."], [";"], ["("])
                        or tokens[i + 1] in _AFTER_NUMBER
                    )
                )
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


_TITLES = _words("ing sr sra don dona dr dra lic")

_NOT_NAMES = _words(
    "de del la el los las y e a al en con por para que se su sus un una lo le les mina planta "
    "campamento labor bocamina socavon garita camioneta"
)


def _name_like(tok: str) -> bool:
    """Whether ``tok`` may be a name or nickname ("Chato", "Vargas"): a word that is no person,
    number, casualty or function word, nor a verb's participle or past."""
    return (
        len(tok) > 2
        and tok.isalpha()
        and tok not in _NOT_NAMES
        and tok not in _PEOPLE_SINGULAR
        and tok not in _PEOPLE_PLURAL
        and tok not in _NUMBER_WORDS
        and tok not in _AFTER_NUMBER
        and not tok.endswith(("aron", "ieron", "ado", "ido", "ada", "ida", "ando", "endo"))
    )


def _pair_start(tokens: list[str], join: int) -> int:
    """Where "el conductor" or (round twelve) "el dirigente de la asociacion" starts, ending
    right before the join at ``join``; -1 when no determined person ends there."""
    if tokens[join - 1] in _PEOPLE_SINGULAR and tokens[join - 2] in _PAIR_DETERMINERS:
        return join - 2
    # (round nineteen) "al Chato y a su primo", "Ing. Vargas y su chofer": a name after the
    # personal "a", a title or a person
    if _name_like(tokens[join - 1]):
        opener = join - 2
        if tokens[opener] == "." and opener >= 1 and tokens[opener - 1] in _TITLES:
            opener -= 1  # ("Ing. Vargas": the title's stop)
        if tokens[opener] in _TITLES or tokens[opener] in _PEOPLE_SINGULAR:
            return opener
        # ("mataron al Chato": the personal "a" after a verb of harm; not "cayó al río")
        if tokens[opener] in ("al", "a") and opener >= 1 and tokens[opener - 1] in _BEFORE_NUMBER:
            return opener
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
            # (round nineteen) "el ingeniero, el chofer y el vigilante fueron secuestrados":
            # more determined people before the pair (their commas are gone), one each
            start, count = i - 2, 2
            while (
                start >= 2
                and tokens[start - 1] in _PEOPLE_SINGULAR
                and tokens[start - 2] in _DEFINITE
                and (start - 2 in taken) is False
            ):
                start, count = start - 2, count + 1
            pairs.append(_Number(start, i + 3, count))
            continue
        # English articles are no numbers here: "a man and a woman died"
        english = tokens[i] == "and"
        end = i + 2 if english and tokens[i + 1] in ("a", "the") else i + 1
        if end >= len(tokens) or not (
            tokens[end] in _PEOPLE_SINGULAR
            # ("Father and son shot dead": "son" is no person word, being Spanish "they are")
            or (english and tokens[end] == "son")
        ):
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


def _people_or_casualty(tokens: list[str], j: int) -> bool:
    """Whether people or a casualty word stand at ``tokens[j]``."""
    return j < len(tokens) and (tokens[j] in _PEOPLE_PLURAL or tokens[j] in _AFTER_NUMBER)


def _unit_of_measure(tokens: list[str], j: int) -> bool:
    """Whether ``tokens[j]`` is the unit of a number right before it ("1 hora")."""
    return j >= 1 and _is_number_token(tokens[j - 1]) and tokens[j] in _NOT_PEOPLE_AFTER


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


_PARTITIVE_ENDS = _words("los las of the")


def _partitive_length(tokens: list[str], j: int) -> int:
    """How many tokens the partitive "de los" / "of the" / "of" + number at ``tokens[j]`` spans
    before its whole (0 if none)."""
    if tokens[j : j + 2] in _DE_LOS or tokens[j : j + 2] == ["of", "the"]:
        return 2
    if tokens[j : j + 1] == ["of"] and j + 1 < len(tokens) and _is_number_token(tokens[j + 1]):
        return 1
    return 0


_AND = _words("y e and")

_DEFINITE = _words("el la the")
