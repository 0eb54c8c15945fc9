"""Victims listed rather than counted: named people, lists by name after a casualty field,
itemised lists of field forms, and inverted lists ("Resultaron heridos X y Y")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from earlywarn.enrich.text import normalize

from ._implicit_singles import _NIL
from ._lexicon import (
    _AFTER_NUMBER,
    _AFTER_PERSON,
    _BEFORE_NUMBER,
    _BOUNDARY,
    _NUMBER_WORDS,
    _PEOPLE_PLURAL,
    _PEOPLE_SINGULAR,
    _SINGLE,
    _Kind,
    _words,
)
from ._number_kind import (
    _DIED_ONE_ES,
    _GAP_NEGATIONS,
    _KIDNAP_NOUNS,
    _OTHER_HARM_WORDS,
    _THEN,
)
from ._numbers import _AND
from ._phrases import _BODY_PARTS, _BODY_PARTS_ES, _HELD_STEMS, _merge_phrases
from ._rewrite import _KILLED_WORDS
from ._tokens import _AUXILIARIES, _tokens


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


# Victims listed by name after a field ("Heridos: Sup. Rojas (brazo), Vig. Ccopa
# (pierna) y Vig. Meza", "Los fallecidos son: el vigilante Juan Huamani; el operador Luis Ramos")
_LIST_HEADS = (
    "fallecidos|muertos|asesinados|acribillados|ejecutados|heridos|lesionados|secuestrados|"
    "retenidos|raptados|"
    "killed|dead|deceased|injured|wounded|kidnapped|abducted|hostages|"
    # (round twenty-six: a log's field, "Injuries: 4 PNP, 2 occupiers")
    "injuries"
)

# A list after a casualty field and a colon; after "Son" / "Se trata de" opening a sentence
# that identifies victims named before ("Identifican a los mineros asesinados. Son Edgar Rojas
# (38); Luis Cruz (25) y Jhon Vera (19)"); after the bodies of ("Los cuerpos de Juan y Pedro
# Mamani fueron recuperados"). (round fourteen) The casualty word's sentence may go on before
# its colon or "identificados como" ("identifico a los mineros asesinados el domingo en el
# sector Santa Maria: Juan ...", "Los mineros asesinados el lunes fueron identificados como");
# (round twenty-six) or "son" after its complement ("Los fallecidos en el ataque a la bocamina
# de Shorey, en Quiruvilca, son Teofilo Vasquez Chavez y Marcos Ulloa Rebaza").
_LISTED = re.compile(
    rf"\b(?P<head>{_LIST_HEADS})(?:\s+(?:son|eran|are|were)\s*:?|\s*:"
    r"|[^.:;\n]{0,60}?(?::|\bidentificad[oa]s\s+como|\bidentified\s+as|\bson\b)"
    # ((round twenty-eight) or up to a colon after a longer complement: "identifico a los
    # mineros asesinados el fin de semana en el paraje Huanca, distrito de Laramate (Lucanas):")
    # ((round twenty-nine) or up to "son" after one: "Los fallecidos en el ataque del sabado en
    # el anexo de Llacuabamba, distrito de Parcoy, son A, de 28 anos; B ...")
    r"|[^.:;\n]{61,110}:|[^.:;\n]{61,110}?\bson\b)"
    r"\s*(?P<list>[^\n]{0,240})"
    r"|(?:^|[.;]\s+)(?P<who>Son|Eran|Se trata de|They are|They were)\s+(?P<named>[^\n]{0,240})"
    # ((round twenty-one) "Las victimas del ataque ... fueron identificadas como A (31); B (26)
    # y C (44)", "La Policia identifico a las victimas del ataque del jueves: A, B y C")
    # ((round twenty-seven) "La Policia identifico a las victimas del ataque del viernes en el
    # sector minero de Huanuhuanu como A (34), B (28) y C (41)")
    # ((round twenty-seven) past a longer complement, "Las victimas del ataque armado al
    # campamento minero de Achanizo, en Chaparra (Caraveli), fueron identificadas como")
    # ((round twenty-seven) or "Las victimas son A, de 33 anos; B ...", "confirmo que las
    # victimas son A (31), B (24) ...")
    r"|(?:\bv[ií]ctimas\b(?:[^.:;\n]{0,60}?:|[^.:;\n]{0,110}?\bidentificad[oa]s\s+como"
    r"|\s+(?:son|eran|fueron)\b)"
    r"|\bidentific[oó]\s+a\s+las\s+v[ií]ctimas\b[^.:;\n]{0,80}?\bcomo)\s*(?P<victims>[^\n]{0,240})"
    # ((round twenty-four) "Police have identified the men killed in Friday's attack ... as
    # Juan Mamani, 27, Eusebio Condori, 45, and Wilber Ticona, 19")
    # ((round twenty-seven) or "named": "Police named the dead as gold buyer Fredy Ccori, 52, his
    # driver Rolando Anco and a customer, Yeni Huarcaya")
    r"|\b(?:identified|named)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?P<head_en>killed|dead|wounded|injured|"
    # ((round twenty-nine) past a longer complement: "identified the men killed in Sunday's
    # ambush on the road to a gold mine near Huamachuco as A, 41, B, 29, and C, 36")
    r"kidnapped|abducted)\b[^.:;\n]{0,110}?\bas\s+(?P<list_en>[^\n]{0,240})"
    # ((round twenty-seven) "La Policia identifico a los fallecidos como A, de 34 anos; B ...")
    # ((round twenty-nine) a people noun before the head: "identifico a los mineros
    # asesinados como A, B y C")
    rf"|\bidentific\w*\s+a\s+(?:los|las)\s+(?:\w+\s+)?(?P<head_id>{_LIST_HEADS})\b"
    r"[^.:;\n]{0,80}?\bcomo\s+(?P<list_id>[^\n]{0,240})"
    # ((round twenty-nine) or the names first: "La Policia identifico a A, B y C, naturales de
    # Puquio, como los mineros asesinados el miercoles")
    rf"|\bidentific\w*\s+a\s+(?P<list_rev>[A-ZÁÉÍÓÚÑ][^.:;\n]{{5,200}}?)\s+como\s+(?:los|las)\s+"
    rf"(?:\w+\s+)?(?P<head_rev>{_LIST_HEADS})\b"
    # ((round thirty) or the names first and their people after a comma: "La Policia identifico
    # a A (29), B (35) y C (22), los mineros encontrados muertos el sabado", "identifico a A, B,
    # C y D, mineros artesanales asesinados el sabado")
    # ((round thirty-one) or the casualty word right after the comma: "La Policia identifico a
    # A, de 28 anos, y a B, de 41, asesinados el domingo")
    rf"|\bidentific\w*\s+a\s+(?P<list_app>[A-ZÁÉÍÓÚÑ][^.:;\n]{{5,200}}?),\s+(?:(?:los|las)\s+)?"
    rf"(?:\w+\s+){{0,2}}?(?P<head_app>{_LIST_HEADS})\b"
    # ((round twenty-eight) or in commas after the casualty word: "Los heridos, Juan Perez y
    # Luis Ramos, fueron llevados a Tayabamba")
    rf"|\b(?:los|las|the)\s+(?P<head_ap>{_LIST_HEADS})\s*,\s*(?P<list_ap>[^\n]{{0,240}})",
    re.IGNORECASE,
)

# (the casualty word in commas, cheaply found before the list patterns run)
_APPOSED_HEAD = re.compile(rf"\b(?:los|las|the)\s+(?:{_LIST_HEADS})\s*,", re.IGNORECASE)

_NAME_WORD = r"(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+|[A-ZÁÉÍÓÚÑ]{3,})"

_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*"

# Named people as the subject of a plural casualty word ("los compañeros Edwin Mamani y Rosa
# Quispe fueron golpeados", "guards Lima and Soto injured", "Vig. Choque y Vig. Layme resultan
# heridos"): a title may stand before each name
# ((round twenty-one) or an initial, before or after the surname: "C. Yarleque y P. Chunga son
# golpeados", "Vigilantes Quispe H. y Ccori A. heridos")
_TITLED_NAME = (
    rf"(?:(?:[Vv]ig|[Ss]up|[Ss]r|[Ss]ra|[Ii]ng)\.?\s+|[A-ZÑ]\.\s*)?"
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}(?:\s+[A-ZÑ]\.)?"
)

# ((round twenty-seven) an age in commas after each name: "Juan Huaman, 38, and Elmer Rojas,
# 26, were shot dead")
# ((round twenty-nine) or a trade in commas: "Juan Perez, vigilante, y Luis Ramos, minero,")
_AGED = (
    r"(?:\s*,\s*(?:de\s+)?\d{1,2}(?:\s+a[ñn]os)?\s*,|\s*\(\d{1,2}\)"
    r"|\s*,\s*[a-záéíóúñ]{4,}\s*,)?"
)

# ((round twenty-seven) a kinship before the last name: "Elias Ticona Apaza y su hermano Pablo
# murieron acuchillados")
_KIN_BARE = (
    r"(?:su|his|her)\s+(?:hermano|hermana|hijo|hija|esposa|esposo|padre|sobrino|brother|son|wife"
    # ((round twenty-eight) or a companion: "Engineer Luis Cardenas, 41, and his driver Teofilo
    # Rojas were shot dead")
    r"|chofer|conductor|ayudante|escolta|socio|driver|bodyguard|assistant|partner)\b"
)
_KIN_WORD = rf"{_KIN_BARE}\s+"
_KIN = rf"(?:{_KIN_WORD})?"

_KIN_WORDS = re.compile(_KIN_WORD)

# The last of the named: a name, a kin and a name, or ((round twenty-nine) a kin alone: "Eusebio
# Mamani (41) y su hijo fueron obligados a subir")
_LAST_NAMED = rf"(?:{_KIN_BARE}(?:\s+{_TITLED_NAME})?|{_TITLED_NAME})"

# A kin with no name after it, one person of the list
_KIN_ALONE = re.compile(rf"\b{_KIN_BARE}(?!\s+[A-ZÁÉÍÓÚÑ])")

_NAMED_SUBJECTS = re.compile(
    rf"({_TITLED_NAME}{_AGED}(?:\s*,\s*{_TITLED_NAME}{_AGED})*\s+(?:y|e|and|&)\s+{_LAST_NAMED})"
    # (round nineteen) an apposition in commas may follow the names: ", mineros de Cojata,",
    # ", de 24 y 30 años,", ", brothers aged 22 and 26,"; ((round twenty-three) with a place
    # in brackets: ", mineros de Cojata (Huancané),")
    r"(?:\s*,[^,.;:()]{1,70}(?:\([^()]{1,20}\))?,)?"
    # ((round twenty-seven) or a relative: "identifico a A, B y C, quienes fueron victimados")
    r"(?:\s*,?\s*(?:quienes|who))?"
    # ((round twenty-nine) or a state: "permanecen secuestrados", "estan heridos")
    # ((round twenty-nine) and a verb of bearing a harm: "vigilantes Huaman y Cerna presentan
    # heridas de perdigon")
    r"\s+((?:fueron|resultaron|resultan|quedaron|son|permanecen|siguen|est[aá]n|were|are"
    r"|presentan|presentaban|sufrieron|suffered)\s+)?"
    # ((round twenty-nine) up to three words, for a phrase: "perdieron la vida", "fueron
    # hallados sin vida", "fueron tomados como rehenes")
    r"([a-záéíóúñ]+(?:\s+[a-z]+){0,2})"
)

# ((round twenty-eight) or the participle right after a comma: "identifico a Juan Quispe
# Mamani, Rolando Huaman Ruiz y Edwin Choque Flores, acribillados el martes")
_NAMED_THEN_PARTICIPLE = re.compile(
    rf"({_TITLED_NAME}{_AGED}(?:\s*,\s*{_TITLED_NAME}{_AGED})*\s+(?:y|e|and|&)\s+{_LAST_NAMED})"
    # (and an auxiliary: "Dos vigilantes, Juan Perez y Luis Ramos, resultaron heridos")
    r"\s*,\s+((?:fueron|resultaron|resultan|quedaron|permanecen|siguen|were|are)\s+"
    r"(?:(?:trasladados|evacuados|llevados)\s+)?)?([a-záéíóúñ]+)"
)

_SHOT_PLURAL = _words("baleados baleadas shot")

_HARMS_WITH_NAMED = _words(
    "lesiones heridas contusiones golpes quemaduras fracturas perdigones wounds injuries"
)
_STABBING_OR_SHOOTING = _words(
    "acuchillan acuchillaron apunalan apunalaron balean balearon stabbed shot"
)

_AND_TIED = re.compile(
    r"[^.;:]{0,30}?\sy\s+(?:(?:dejados|dejadas|luego)\s+)?"
    rf"(?:{'|'.join(_HELD_STEMS)})[oa]s\b"
)

_PLACE_BEFORE = re.compile(r"\b(?:en|in|at|de|from|desde|hacia|near|cerca de)\s+$")

_AN_ENGLISH_DESCRIPTION = re.compile(r"\s*(?:a|an)\s+[a-z]")

_DIED_AFTER_REACH = 24  # characters after "baleados y" where their dying verb stands

_BODIES_BEFORE = re.compile(r"\b(?:[Cc]uerpos|[Rr]estos|[Cc]ad[aá]veres|[Bb]odies)\s+(?:de|of)\s+$")

_REMAINS = _words("restos cuerpos cadaveres bodies remains")

# (round nineteen) A casualty verb before the named people: "Asesinan a Wilder y Elmer Chávez",
# "Fallecieron Richard y Wilber", "el asesinato de sus socios Faustino Arias y Leoncio Quispe"
_NAMED_OBJECTS = re.compile(
    r"\b([A-Za-záéíóúñÁÉÍÓÚÑ][a-záéíóúñ]+)\s+"
    # ((round thirty) an instrument between the verb and its object: "golpean con palos a los
    # vigilantes Ccori y Layme")
    r"(?:con\s+(?:palos|piedras|armas|machetes|cuchillos|fierros|culatas)\s+(?=a\s))?"
    r"(?:(?:a|al|de)\s+)?(?:(?:sus|los|las|his|their)\s+[a-záéíóúñ]+\s+)?"
    rf"({_TITLED_NAME}(?:\s*,\s*{_TITLED_NAME})*\s+(?:y|e|and|&)\s+{_TITLED_NAME})"
)

_BODIES_OF_NAMES = re.compile(
    rf"\b(?:[Cc]uerpos|[Cc]ad[aá]veres|[Bb]odies)\s+(?:de|of)\s+"
    # ((round twenty-seven) the people's noun between: "los cuerpos de los mineros Elmer
    # Chavez y Wilfredo Rojas")
    r"(?:(?:los|las|the)\s+[a-záéíóúñ]+\s+)?"
    rf"({_NAME}(?:(?:\s*,\s*|\s+(?:y|e|and)\s+){_NAME})+)"
)

# ((round thirty-one) names identified at the morgue are the dead: "Juan Quispe Mamani,
# Rolando Huanca Condori y Wilber Apaza fueron identificados por sus familiares en la morgue")
_NAMES_AT_THE_MORGUE = re.compile(
    rf"({_NAME}(?:(?:\s*,\s*|\s+(?:y|e)\s+){_NAME})+)\s+fueron\s+identificad[oa]s\b"
    r"[^.;:\n]{0,80}?\bmorgue\b"
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


_VOWELS = frozenset("aeiou")

_TRADE_IN_COMMAS = re.compile(r"\s*,\s*([a-záéíóúñ]{4,})\s*(?=,|$)")


def _without_trade(match: re.Match[str]) -> str:
    """A trade in commas after a name dropped ("Juan Perez, vigilante, y"); another word kept,
    so that the list fails as it did."""
    return "" if _is_role(match.group(1)) else match.group(0)


def _count_named(found: dict[_Kind, int], listed: str, word: str, kind: _Kind | None) -> None:
    """Count the people named in ``listed`` ("Edwin Mamani y Rosa Quispe"), one each, as
    ``kind`` (the casualty word beside them, ``word``), unless a name is not one or the word is
    a singular participle."""
    listed = _TRADE_IN_COMMAS.sub(_without_trade, listed)
    alone = _KIN_ALONE.sub("Pariente", _AGE.sub("", listed))
    # ((round twenty-nine) a kin alone is a second person only before a plural: "Eusebio Mamani
    # y su hijo fueron secuestrados", not a place's "Cae al rio Inambari y su conductor muere")
    if "Pariente" in alone and word[-1:] in _VOWELS:
        return
    listed = _KIN_WORDS.sub("", alone)
    names = [part for part in _LIST_SEPARATORS.split(listed) if part.strip()]
    if kind is not None and word not in _SINGLE and all(_is_listed_name(name) for name in names):
        found[kind] = max(found.get(kind, 0), len(names))


def _listed_by_name(text: str, listed: bool, bodies: bool, name_join: bool) -> dict[_Kind, int]:
    """Kinds of people listed one by one by name, one each: two or more items, each naming
    someone (a capitalised word that is no number or "ninguno") with no figure of its own
    ("Heridos: 2" is a form field, counted by ``_form_field``)."""
    found: dict[_Kind, int] = {}
    killed_story: bool | None = None  # (tokenised once, the first time a match needs it)
    subjects = [*_NAMED_SUBJECTS.finditer(text), *_NAMED_THEN_PARTICIPLE.finditer(text)]
    for match in subjects if name_join else ():
        words = _merge_phrases(_tokens(match.group(3))) if match.group(3) else [""]
        # ((round twenty-eight) "fueron encontrados muertos": the state after the finding)
        word = words[1] if words[0] in _FOUND_PARTICIPLES and len(words) > 1 else words[0]
        subject_kind = _AFTER_NUMBER.get(word)
        # ((round thirty-two) or a log's harm after "con", no verb: "Vigilantes C. Ramos y P.
        # Yauri con lesiones por esquirlas", "vigilantes Huaccha y Paredes con heridas de bala")
        if word in ("con", "with") and words[1:2] != [] and words[1] in _HARMS_WITH_NAMED:
            word, subject_kind = "heridos", _Kind.INJURED
        # ((round thirty) a log's "forced into" a vehicle: "Drivers R. Cueva and L. Alvarado
        # forced into a grey pickup")
        if word == "forced" and words[1:2] == ["into"]:
            subject_kind = _Kind.KIDNAPPED
        # (round nineteen) "los esposos Julio Sernaqué y María Chunga, agricultores de 60 y 57
        # años, baleados" in a story of their murder: shot, and killed, not also injured
        if word in _SHOT_PLURAL:
            if killed_story is None:
                killed_story = not _KILLED_WORDS.isdisjoint(_tokens(text))
            if killed_story:
                # ((round twenty-nine) unless they died of it: "fueron baleados y murieron")
                after = words + _tokens(text[match.end() : match.end() + _DIED_AFTER_REACH])
                subject_kind = _Kind.KILLED if not _DIED_PLURAL.isdisjoint(after) else None
        # ((round twenty-seven) "Los cuerpos de Ruben Quispe, de 33 anos, y Genaro Mayta ...
        # fueron rescatados": bodies recovered, not people freed)
        if subject_kind is _Kind.KIDNAPPED and _BODIES_BEFORE.search(text[: match.start()]):
            subject_kind = None
        listed_names = match.group(1)
        # ((round twenty-nine) a place first is no one: "raptados el lunes en Huaylillas, Efrain
        # Castillo y Mariano Polo fueron encontrados sin vida")
        if _PLACE_BEFORE.search(text[: match.start(1)]) and "," in listed_names:
            listed_names = listed_names.split(",", 1)[1]
        # ((round thirty-one) nor a place's two-word name before a singular verb: "Un comunero
        # de Segunda y Cajas murio")
        elif _PLACE_BEFORE.search(text[: match.start(1)]) and word in _DIED_ONE_ES:
            continue
        _count_named(found, listed_names, word, subject_kind)
        # ((round twenty-nine) and a second participle of holding: "Vigilantes Ramos y Ticona
        # golpeados con culatas y dejados amarrados en el almacen")
        if subject_kind is _Kind.INJURED and (
            any(word.startswith(_HELD_STEMS) for word in words[1:])
            or _AND_TIED.match(text, match.end())
        ):
            _count_named(found, listed_names, "amarrados", _Kind.KIDNAPPED)
    for match in _NAMED_OBJECTS.finditer(text) if name_join else ():
        verb = _merge_phrases(_tokens(match.group(1)))[0] if match.group(1) else ""
        # (bodies of names are _BODIES_OF_NAMES's: "los restos de Pataz y Vijus" are no one)
        if verb not in _REMAINS:
            object_kind = _BEFORE_NUMBER.get(verb) or _AFTER_NUMBER.get(verb)
            # ((round thirty) the named stabbed or shot who died of it are the dead:
            # "Acuchillan a los hermanos Elias y Pablo ... murieron acuchillados")
            if (
                object_kind is _Kind.INJURED
                and verb in _STABBING_OR_SHOOTING
                and not _DIED_PLURAL.isdisjoint(_tokens(text[match.end() :]))
            ):
                object_kind = _Kind.KILLED
            _count_named(found, match.group(2), verb, object_kind)
    matches = [*_BODIES_OF_NAMES.finditer(text), *_NAMES_AT_THE_MORGUE.finditer(text)]
    for match in matches if bodies else ():
        names = [part for part in _LIST_SEPARATORS.split(match.group(1)) if part.strip()]
        if all(_is_listed_name(name) for name in names):
            found[_Kind.KILLED] = max(found.get(_Kind.KILLED, 0), len(names))
    for match in _listed_matches(text) if listed else ():
        if match.group("head"):
            kind: _Kind | None = _AFTER_NUMBER[normalize(match.group("head"))]
            items = match.group("list")
        elif match.group("head_en"):
            kind = _AFTER_NUMBER[match.group("head_en")]
            items = match.group("list_en")
        elif match.group("head_id"):
            kind = _AFTER_NUMBER[normalize(match.group("head_id"))]
            items = match.group("list_id")
        elif match.group("head_rev"):
            kind = _AFTER_NUMBER[normalize(match.group("head_rev"))]
            items = match.group("list_rev")
        elif match.group("head_ap"):
            kind = _AFTER_NUMBER[normalize(match.group("head_ap"))]
            items = match.group("list_ap")
        elif match.group("head_app"):
            kind = _AFTER_NUMBER[normalize(match.group("head_app"))]
            items = match.group("list_app")
        else:
            # ((round twenty-eight) up to the list, "victimas" of the match too: "Las victimas
            # son A, B y C")
            list_start = match.start("victims") if match.group("victims") else match.start()
            kind = _kind_named_before(text[:list_start])
            items = match.group("named") or match.group("victims")
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
                and (
                    not _is_listed_name(names[-1])
                    or (names[-1].lstrip()[:1].islower() and not _determined_name(names[-1]))
                )
                and len(names) > 2
            ):
                names.pop()
            # ((round thirty-one) an English description after one name ends it: "identified as
            # Efrain Huamani Ccahuana, 29, a farmer from Huancuire")
            if len(names) == 2 and _AN_ENGLISH_DESCRIPTION.match(names[-1]):
                names.pop()
            named = all(_is_listed_name(name) for name in names)
            # ((round twenty-eight) after "victimas son", a name opens the list: "Las victimas
            # son de Pataz y Vijus" names no one)
            # (((round twenty-nine) or a determined trade and name: "el capataz Abel Mendoza")
            if (
                match.group("victims")
                and names
                and not _is_name(names[0].split()[0])
                and not _determined_name(names[0])
            ):
                named = False
            if match.group("head_ap"):
                # (in commas, a name opens every item: "Los heridos, en su mayoria mineros de
                # Pataz, fueron llevados a Trujillo" lists no one)
                named = named and all(_is_name(name.split()[0]) for name in names)
        if len(names) >= 2 and named:
            found[kind] = max(found.get(kind, 0), len(names))
    return found


# Itemised lists of field forms ("Fallecidos: 1) QUISPE, Julio - perforista. 2)
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


_FORM_TYPES = {
    **dict.fromkeys(_KIDNAP_NOUNS | _words("hostage"), _Kind.KIDNAPPED),
    **dict.fromkeys(_words("homicidio asesinato homicide murder killing"), _Kind.KILLED),
    # ((round twenty-eight) "Tipo: intoxicacion por gases de voladura. Afectados: 3 operarios")
    **dict.fromkeys(_words("intoxicacion gaseamiento poisoning lesiones injury"), _Kind.INJURED),
}


def _form_type(tokens: list[str]) -> _Kind | None:
    """The kind a form's "Tipo: secuestro" / "Type: express kidnapping" names, if any."""
    for k, tok in enumerate(tokens[:-2]):
        if tok in ("tipo", "type") and tokens[k + 1] == ":":
            for word in tokens[k + 2 : k + 5]:
                if word in _BOUNDARY:
                    break
                if word in _FORM_TYPES:
                    return _FORM_TYPES[word]
    return None


def _kind_named_before(text: str) -> _Kind | None:
    """The kind of the last plural casualty word before a list of names (the victims it
    identifies), "victimas" read as the dead when no other harm is named."""
    tokens = _tokens(text)
    for tok in reversed(tokens):
        if tok in _LIST_WORDS or tok in ("cuerpos", "cadaveres"):
            return _AFTER_NUMBER[tok]
        if tok == "victimas" and _OTHER_HARM_WORDS.isdisjoint(tokens):
            return _Kind.KILLED
        # ((round twenty-nine) a form's victims are of the kind its type names: "Tipo:
        # secuestro. Victimas: Ing. L. Mamani (geologo) y conductor E. Ccori")
        if tok == "victimas" and "tipo" in tokens:
            return _form_type(tokens)
    return None


def _listed_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_LISTED`` in ``text``; after a match of "victimas", the search goes on
    from its list, so that a "victimas" that names no one ("las victimas eran de Huamachuco")
    does not hide a list after it ((round twenty-nine) "... Las victimas fueron identificadas
    como el capataz A; el winchero B y el cocinero C")."""
    pos = 0
    while (match := _LISTED.search(text, pos)) is not None:
        yield match
        pos = match.start("victims") if match.group("victims") else match.end()
        pos = max(pos, match.start() + 1)


def _determined_name(item: str) -> bool:
    """(round twenty-eight) Whether an item is a person by an article, a role and a name: "el
    adolescente Kevin Saldana", "la cocinera Rosa Ticona"."""
    words = item.split()
    return (
        len(words) >= 3
        and words[0] in ("el", "la")
        # ((round twenty-nine) or a trade the lexicon lacks: "el winchero Carlos Alva")
        and (_is_role(words[1]) or _is_trade(words[1]))
        and all(_is_name(word) for word in words[2:])
    )


# (endings of trades: winchero, cocinera, perforista, operador, ayudante; "sector" is a place)
_TRADE_ENDINGS = ("ero", "era", "ista", "dor", "dora", "ante", "ente")
_PLACE_NOUNS = _words("sector anexo caserio distrito centro cerro rio pueblo poblado")


def _is_trade(word: str) -> bool:
    word = normalize(word.strip(",;"))
    return word.endswith(_TRADE_ENDINGS) and word not in _PLACE_NOUNS


def _is_listed_name(item: str) -> bool:
    words = item.split()
    if not words or len(words) > 6 or any(ch.isdigit() for ch in item):
        return False
    return any(_is_name(word) for word in words) or _is_role(words[0])


# (round twenty-four) "Heridos: conductor de moto (19 anos) y pasajera del mototaxi (45 anos)":
# an item that opens with one person's role is one person (not a group's, "personal")
_GROUP_ROLES = _words("personal seguridad staff")


def _is_role(word: str) -> bool:
    role = normalize(word.strip(",;"))
    if role in _GROUP_ROLES:
        return False
    return role in _PEOPLE_SINGULAR or (role.endswith("a") and role[:-1] + "o" in _PEOPLE_SINGULAR)


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
        # (round twenty-four) "Ellos eran los mineros asesinados en Vijus. Jhon Alvarado (22),
        # Edilberto Sanchez (38) y su sobrino Kevin (19) habian llegado ...": the list opens
        # the next sentence; "A (28), natural de Coracora; B (35), de Pullo; y C (19)": its
        # items parted by semicolons
        if (
            tok == "."
            and not ages
            and j - start <= _LIST_LEAD
            and tokens[start - 1] in _AFTER_NUMBER
            and tokens[start - 1].endswith("s")
        ):
            end = min(len(tokens), j + 1 + 24)
            j += 1
            continue
        if tok == ";" and ages and _age_next(tokens, j + 1):
            j += 1
            continue
        if tok in _BOUNDARY or tok[0].isdigit() or tok in _AFTER_NUMBER or tok in _BEFORE_NUMBER:
            break
        j += 1
    return ages


_LIST_LEAD = 4  # words from a casualty word to its sentence's end, before a list that follows

_ITEM_REACH = 6  # words of a list item's name before its age


def _age_next(tokens: list[str], start: int) -> bool:
    """Whether a "( NN )" age follows within a list item's name."""
    for j in range(start, min(len(tokens) - 2, start + _ITEM_REACH)):
        if tokens[j] in _BOUNDARY and tokens[j] != "(":
            return False
        if tokens[j] == "(" and tokens[j + 1].isdigit() and tokens[j + 2] == ")":
            return True
    return False


# ((round thirty-two) and the present of a log: "Resultan heridos por perdigones los agentes
# Ruiz Mamani y Chavez Ccori")
_INVERTING_VERBS = _words("resultaron quedaron resultan quedan")

_INVERTED_INJURED = _words("heridos heridas lesionados lesionadas")

_LIST_END = _words(". ; : ?")


# (round twenty-seven) "Fueron secuestrados el ingeniero Juan Rios y su asistente"
_INVERTED_HELD = _words("secuestrados secuestradas raptados raptadas retenidos retenidas")


def _inverted_list(
    tokens: list[str],
    verbs: frozenset[str] = _INVERTING_VERBS,
    participles: frozenset[str] = _INVERTED_INJURED,
) -> int:
    """How many people a clause-opening "Resultaron heridos" lists after it: one per conjunct
    joined by "y"/"e" up to the sentence's end ("Resultaron heridos por perdigones los agentes
    Huaman y Ccopa y el chofer" is three); 0 when a count is stated there (the figure rules read
    it) or no list follows."""
    best = 0
    n = len(tokens)
    for i in range(n - 2):
        # ((round thirty-two) or "con" and the harm: "Resultan con heridas por perdigones los
        # agentes Romulo Huamani y Jhon Ccori")
        with_harm = tokens[i + 1] == "con" and i + 3 < n
        if (
            tokens[i] not in verbs
            or tokens[i + 1 + with_harm] not in participles
            or (i > 0 and tokens[i - 1] not in _LIST_END)
        ):
            continue
        list_start = i + 2 + with_harm
        conjuncts = 1
        people = 0  # of the conjuncts that are figures of people
        figured = 0
        depth = 0  # inside brackets: an age or a wound, no part of the list
        words = 0
        for k in range(list_start, n):
            tok = tokens[k]
            if tok == "(":
                depth += 1
            elif tok == ")":
                depth = max(0, depth - 1)
            elif depth:
                continue
            elif tok in _LIST_END:
                break
            # ((round twenty-nine) parts of a body are where the wounds are, no people: "Presentan
            # PAF en cabeza y torax", read as "resultaron lesionados en cabeza y torax")
            elif tok in _BODY_PARTS_ES or tok in _BODY_PARTS:
                conjuncts = 0
                break
            elif tok in _NUMBER_WORDS or tok[0].isdigit() or tok in _PEOPLE_PLURAL_COUNTED:
                value = _figure_conjunct(tokens, k)
                if value is None:
                    conjuncts = 0  # a count or an unnumbered plural: not a list of people
                    break
                people += value
                figured += 1
            elif tok in _AND:
                conjuncts += 1
            else:
                words += 1
        # (round twenty-eight) "Resultaron heridos el conductor y dos pasajeros": a figure of
        # people as one conjunct beside single people adds its figure
        if words and conjuncts > 1 and figured < conjuncts:
            best = max(best, conjuncts - figured + people)
    return best


def _figure_conjunct(tokens: list[str], k: int) -> int | None:
    """(round twenty-eight) The figure a list's conjunct opens with when it is a figure of
    people right after "y" ("... y dos pasajeros"); None for any other number."""
    if k == 0 or tokens[k - 1] not in _AND or k + 1 >= len(tokens):
        return None
    if tokens[k + 1] not in _PEOPLE_PLURAL:
        return None
    if tokens[k].isdigit():
        return int(tokens[k]) if 1 < int(tokens[k]) < 100 else None
    return _NUMBER_WORDS.get(tokens[k]) if _NUMBER_WORDS.get(tokens[k], 0) > 1 else None


_DIED_PLURAL = _words(
    "murieron fallecieron perecieron "
    # (round twenty-six: a headline's present, "mueren el chofer y una pasajera")
    "mueren fallecen"
)

_ONE_DETERMINERS = _words("el la un una su")

_LIST_REACH = 14  # words of a list after its verb, at most


def _died_list(tokens: list[str]) -> int:
    """(round twenty-five) How many single people a plural dying verb lists right after it,
    one per conjunct opening with a determiner and a person ("en el que murieron el chofer y
    un pasajero" is two); 0 when fewer than two, or a figure or a plural stands there."""
    best = 0
    for i, tok in enumerate(tokens):
        if tok not in _DIED_PLURAL:
            continue
        people = 0
        expect_person = True
        skip = -1
        for k in range(i + 1, min(i + 1 + _LIST_REACH, len(tokens) - 1)):
            word = tokens[k]
            if k == skip:
                continue
            if word in _LIST_END:
                break
            # (round twenty-eight) "murieron el conductor y dos pasajeros"
            figure = _figure_conjunct(tokens, k) if people and expect_person else None
            # ((round thirty-two) not a figure with a verb of its own, a new clause: "Murieron el
            # chofer y un pasajero, y 14 personas fueron llevadas al hospital")
            if figure is not None and tokens[k + 2 : k + 3] != [] and tokens[k + 2] in _AUXILIARIES:
                break
            if figure is not None:
                people += figure
                expect_person = False
                skip = k + 1  # the figure's plural person, no second count
                continue
            if word in _PEOPLE_PLURAL or word[0].isdigit():
                people = 0
                break
            if expect_person:
                if word in _ONE_DETERMINERS and tokens[k + 1] in _PEOPLE_SINGULAR:
                    people += 1
                    expect_person = False
                    continue
                break
            if word in _AND:
                expect_person = True
        if people >= 2 and not expect_person:
            best = max(best, people)
    return best


# (plural people with no names after them: "resultaron heridos varios comuneros y un policia")
_PEOPLE_PLURAL_COUNTED = _words("varios varias otros otras decenas todos ambos")


# (round twenty) "Un capataz de una cooperativa y su ayudante fueron obligados a subir a una
# camioneta", "El fiscal ... y el comisario ... fueron retenidos": one person per conjunct of a
# subject before a plural auxiliary and its casualty participle
# (round twenty-five: and an English possessive's "s", "the contractor's geologist and his
# driver were taken")
_SUBJECT_DETERMINERS = _words("un una el la su the a an his their s her")

_SUBJECT_REACH = 20  # words from the auxiliary back to the subject's first person

_SUBJECT_END = _words(". ; : ? !")

_NOT = _GAP_NEGATIONS | _words("never nunca")

# (round twenty: the present, "El ingeniero, su chofer y el asistente estan heridos")
_SUBJECT_AUXILIARIES = _AUXILIARIES | _words(
    "estan are siguen permanecen "
    # ((round twenty-eight) verbs a state of death follows: "aparecieron muertos", "llegaron
    # sin vida al hospital", "yacen sin vida")
    "aparecieron llegaron yacen"
)

# (round twenty-nine) Plural dying verbs after a subject of single people
_DYING_AFTER_SUBJECT = _words(
    "murieron fallecieron perecieron mueren fallecen died perdieronlavida"
)

# ((round twenty-eight) participles of finding before the state: "fueron hallados sin vida",
# "fueron encontrados muertos")
_FOUND_PARTICIPLES = _words(
    "hallados halladas encontrados encontradas "
    # ((round twenty-nine) "Juan Perez and his son were found dead")
    "found"
)


def _without_ages(subject: list[str]) -> list[str]:
    """``subject`` without its ages, "de 35 anos" or "de 41" (a figure of two digits after
    "de"): "Un minero peruano de 35 anos y un ciudadano ecuatoriano de 41 fueron asesinados"."""
    out: list[str] = []
    k = 0
    while k < len(subject):
        age = subject[k + 1] if subject[k] == "de" and k + 1 < len(subject) else ""
        if len(age) == 2 and age.isdigit():
            k += 3 if subject[k + 2 : k + 3] == ["anos"] else 2
            continue
        out.append(subject[k])
        k += 1
    return out


def _coordinated_subjects(tokens: list[str]) -> dict[_Kind, int]:
    """How many single people joined by "y" / "and" are the subject of a plural casualty
    participle ("fueron retenidos"), by kind; none where a figure or a plural stands in the
    subject (the figure rules read those)."""
    found: dict[_Kind, int] = {}
    for a, tok in enumerate(tokens[:-1]):
        # ((round twenty-five) or a headline's bare plural participle right after its last
        # person: "Ingeniero y su chofer secuestrados en Cajamarca")
        if tok in _SUBJECT_AUXILIARIES:
            state = a + 1 + (tokens[a + 1] in _FOUND_PARTICIPLES and a + 2 < len(tokens))
            kind = _AFTER_NUMBER.get(tokens[state])
        elif tok.endswith("s") and a > 0 and tokens[a - 1] in _PEOPLE_SINGULAR:
            kind = _AFTER_NUMBER.get(tok)
        # ((round twenty-six) or English "were locked in", merged, and a log's bare "locked
        # in": "The guard and the cook were locked in the storeroom")
        elif tok == "tiedup" or (
            # ((round twenty-nine) and a log's "forced into a van", merged: "Driver and contract
            # geologist forced into a grey van")
            tok in ("locked", "takenhostage") and a > 0 and tokens[a - 1] in _PEOPLE_SINGULAR
        ):
            kind = _Kind.KIDNAPPED
        # ((round twenty-nine) or a plural dying verb, "El chofer de la camioneta y un pasajero
        # murieron", "The camp cook and her assistant died", and a stay in care, "remain in
        # hospital")
        elif tok in _DYING_AFTER_SUBJECT:
            kind = _Kind.KILLED
        elif tok == "hospitalised" and a > 0 and tokens[a - 1] in _PEOPLE_SINGULAR:
            kind = _Kind.INJURED  # ("remain in hospital", merged)
        else:
            continue
        # ("El conductor y su copiloto no resultaron heridos")
        if kind is None or (a > 0 and tokens[a - 1] in _NOT):
            continue
        start = a
        while start > 0 and a - start < _SUBJECT_REACH and tokens[start - 1] not in _SUBJECT_END:
            start -= 1
        # ((round twenty-five) not a clock's minutes: "at 14:20 that the geologist and his
        # driver were taken")
        if start > 0 and tokens[start - 1] == ":" and tokens[start].isdigit():
            start += 1
        subject = _without_ages(tokens[start:a])
        # ((round twenty-six) a figure of people and single people joined after it: "Dos
        # medicos y el chofer de la ambulancia fueron retenidos")
        figure_and_singles = _figure_and_singles(subject)
        if figure_and_singles:
            found[kind] = max(found.get(kind, 0), figure_and_singles)
            continue
        if any(
            # ((round twenty-nine) not a plural that qualifies a person: "a police officer")
            (
                t in _PEOPLE_PLURAL
                and not (k + 1 < len(subject) and subject[k + 1] in _PEOPLE_SINGULAR)
            )
            or t[0].isdigit()
            or (t in _NUMBER_WORDS and t not in ("un", "una", "su"))
            for k, t in enumerate(subject)
        ):
            continue
        heads = 0
        joined_once = False
        for k, t in enumerate(subject):
            # (an owner is no head: "the drill contractor's geologist")
            if t not in _PEOPLE_SINGULAR or subject[k + 1 : k + 2] == ["s"]:
                continue
            det = subject[k - 1] if k else ""
            joined = subject[k - 2] if k > 1 else ""
            # ((round twenty-nine) a noun modifier between: "The truck driver", "the camp
            # cook", "a police officer"; or a log's bare noun after "and", "Driver and safety
            # escort")
            if (
                k >= 2
                and det not in _SUBJECT_DETERMINERS
                and (subject[k - 2] in _SUBJECT_DETERMINERS or (heads and subject[k - 2] in _AND))
            ):
                if det in _AND or det in _PEOPLE_SINGULAR:
                    continue
                det, joined = subject[k - 2], subject[k - 3] if k > 2 else ""
            if heads == 0 and (k == 0 or det in _SUBJECT_DETERMINERS):
                heads = 1
            elif heads and (det in _AND or (det in _SUBJECT_DETERMINERS and joined in _AND)):
                heads += 1
                joined_once = True
            # ("El ingeniero, su chofer y el asistente": the commas are gone; a determined
            # person right after another's noun is one more, in a list that ends with "y")
            # ((round thirty) not after the list's "y": an apposition of its last person, "El
            # perforista Segundo Alvarado y su ayudante, un joven de Huaylillas, fueron
            # asesinados")
            elif (
                heads
                and det in _SUBJECT_DETERMINERS
                and joined in _PEOPLE_SINGULAR
                and not joined_once
            ):
                heads += 1
        if heads > 1 and joined_once:
            found[kind] = max(found.get(kind, 0), heads)
    return found


# (round thirty) One person after a casualty verb, each verb its own: "amarraron al vigilante
# y secuestraron al chofer", "tied up the guard and kidnapped the driver"
_SINGLE_OBJECT_OPENERS = (
    ["al"],
    ["a", "la"],
    ["a", "un"],
    ["a", "una"],
    ["a", "su"],
    ["the"],
    ["a"],
    ["an"],
    ["one"],
    ["his"],
    ["her"],
)


def _single_object_at(tokens: list[str], k: int) -> str | None:
    """The person noun of a single object right at ``k`` ("al vigilante", "the driver"), if
    any, with nothing joined after it."""
    for opener in _SINGLE_OBJECT_OPENERS:
        if tokens[k : k + len(opener)] == opener:
            noun_at = k + len(opener)
            if noun_at < len(tokens) and tokens[noun_at] in _PEOPLE_SINGULAR:
                following = tokens[noun_at + 1 : noun_at + 2]
                if following and (
                    following[0] in _AND and tokens[noun_at + 2 : noun_at + 3] in (["a"], ["al"])
                ):
                    return None  # "al vigilante y al chofer": joined objects, read elsewhere
                return tokens[noun_at]
    return None


def _single_objects_of_joined_verbs(tokens: list[str]) -> dict[_Kind, int]:
    """How many different single people the casualty verbs of one sentence, joined by "y" /
    "and", each take as their object, by kind; only where two or more are taken."""
    found: dict[_Kind, int] = {}
    people: dict[_Kind, set[str]] = {}
    for k, tok in enumerate(tokens):
        if tok in _BOUNDARY:
            for kind, nouns in people.items():
                if len(nouns) >= 2:
                    found[kind] = max(found.get(kind, 0), len(nouns))
            people = {}
            continue
        verb_kind = _BEFORE_NUMBER.get(tok)
        if verb_kind is None or tok in _SINGLE:
            continue
        # ("se llevaron a", merged, has its own "a": "a un chofer", "a la cocinera")
        noun = (
            _single_object_at(["a", *tokens[k + 1 : k + 3]], 0)
            if tok == "sellevarona"
            else _single_object_at(tokens, k + 1)
        )
        if noun is None:
            continue
        # the second verb must be joined to the first: "y (luego) secuestraron"
        if people.get(verb_kind) and not (
            tokens[k - 1] in _AND or (tokens[k - 1] in _THEN and tokens[k - 2] in _AND)
        ):
            continue
        people.setdefault(verb_kind, set()).add(noun)
    for kind, nouns in people.items():
        if len(nouns) >= 2:
            found[kind] = max(found.get(kind, 0), len(nouns))
    return found


# (narrower than _implicit_singles' _ENGLISH_MODIFIERS, as measured: "young", "local" and the
# like before a figure's noun were not tried here)
_NOUN_MODIFIERS_EN = _words("police security mine mining contract contractor company plant")


def _figure_and_singles(subject: list[str]) -> int:
    """The figure opening ``subject`` ("dos medicos") plus the single people joined after it by
    "y" ("y el chofer de la ambulancia"); 0 when the subject is not so made."""
    # ((round thirty-two) one modifier may stand before the plural: "Two police officers and a
    # protester were hurt", "police" itself a plural)
    noun = 2 if subject[1:2] != [] and subject[1] in _NOUN_MODIFIERS_EN else 1
    if len(subject) < 4 + noun or subject[noun] not in _PEOPLE_PLURAL:
        return 0
    figure = int(subject[0]) if subject[0].isdigit() else _NUMBER_WORDS.get(subject[0], 0)
    if figure < 2:
        return 0
    rest = subject[noun + 1 :]
    if any(
        t in _PEOPLE_PLURAL
        or t[0].isdigit()
        or (t in _NUMBER_WORDS and t not in ("un", "una", "a", "an"))
        # ((round thirty) nor a clause of the figure's own: "Two miners were killed and a guard
        # suffered bruises")
        or t in _AFTER_NUMBER
        or t in _AUXILIARIES
        for t in rest
    ):
        return 0
    singles = sum(
        1
        for k, t in enumerate(rest)
        if t in _PEOPLE_SINGULAR
        and k >= 2
        and rest[k - 1] in _SUBJECT_DETERMINERS
        and rest[k - 2] in _AND
    )
    return figure + singles if singles else 0


# (round twenty) "Las mujeres, de 45 y 60 anos, fueron golpeadas", "Hermanos Ramos, de 28 y 31
# anos, fueron asesinados": a plural of unstated number counted by its list of ages
_AGE_REACH = 6  # words from "anos" to the casualty participle


def _people_by_ages(tokens: list[str]) -> dict[_Kind, int]:
    """How many people a list of ages counts ("de 45 y 60 anos": two), by the kind of the
    casualty participle right after it, when a plural people noun (perhaps with a surname)
    stands right before "de"."""
    found: dict[_Kind, int] = {}
    for i, tok in enumerate(tokens):
        if tok != "de" or i == 0:
            continue
        if not (
            tokens[i - 1] in _PEOPLE_PLURAL
            or (i > 1 and tokens[i - 2] in _PEOPLE_PLURAL and tokens[i - 1].isalpha())
        ):
            continue
        ages = 0
        j = i + 1
        while j < len(tokens) and tokens[j].isdigit() and len(tokens[j]) <= 2:
            ages += 1
            j += 1
            if j < len(tokens) and tokens[j] in _AND:
                j += 1
        if ages < 2 or tokens[j : j + 1] != ["anos"]:
            continue
        for later in tokens[j + 1 : j + 1 + _AGE_REACH]:
            if later in _BOUNDARY:
                break
            kind = _AFTER_NUMBER.get(later)
            if kind is not None:
                # (a participle of what they suffered, not "presuntos autores del doble
                # asesinato")
                if later.endswith(("dos", "das", "ed")):
                    found[kind] = max(found.get(kind, 0), ages)
                break
    return found
