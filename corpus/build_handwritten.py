"""Build the hand-written corpora from their reviewable text sources (issue #4).

- ``train_handwritten_*.txt`` -> ``train_handwritten.jsonl``: training items, one per line,
  ``category | lang | kind | title | text``; a line ``@ category`` sets the category of the
  lines after it, which may then leave their first field empty: `` | es | news | title | text``.
- ``casualties_blind.txt`` -> ``casualties_blind.jsonl``: the blind casualty check, and
  ``casualties_dev.txt`` -> ``casualties_dev.jsonl`` and ``casualties_dev2.txt`` ->
  ``casualties_dev2.jsonl``: the sentences the severity rules are tuned on, and
  ``casualties_fresh.txt``, ``casualties_fresh2.txt``, ``casualties_fresh3.txt`` -> ``.jsonl``:
  held-out batches, each written after a round of rules and scored once, and
  ``casualties_dev4.txt`` and ``casualties_fresh4.txt`` to ``casualties_fresh8.txt`` (round
  five) and ``casualties_dev5.txt`` (round six), ``casualties_fresh9.txt`` and
  ``casualties_fresh10.txt`` (round seven), ``casualties_fresh11.txt`` to
  ``casualties_fresh13.txt`` (round eight) and ``casualties_fresh14.txt`` and
  ``casualties_fresh15.txt`` (round nine) and ``casualties_fresh16.txt`` to
  ``casualties_fresh19.txt`` (casualty round eleven; fresh19 held out) and
  ``casualties_fresh20.txt`` to ``casualties_fresh24.txt`` (casualty round twelve; fresh24
  held out) and ``casualties_fresh25.txt`` to ``casualties_fresh28.txt`` (casualty round
  thirteen; fresh28 held out) and ``casualties_fresh29.txt`` to ``casualties_fresh31.txt``
  (casualty round fourteen) and ``casualties_fresh32.txt`` to ``casualties_fresh34.txt``
  (casualty round fifteen) and ``casualties_fresh35.txt`` to ``casualties_fresh41.txt``
  (casualty round sixteen; fresh38 held out) and ``casualties_fresh42.txt`` to
  ``casualties_fresh47.txt`` (casualty round eighteen; fresh44 held out) and
  ``casualties_fresh48.txt`` to ``casualties_fresh52.txt`` (casualty round nineteen; fresh50
  held out) and ``casualties_fresh53.txt`` to ``casualties_fresh59.txt`` (stop 18, all seven
  held out) and ``casualties_fresh60.txt`` onwards (stop 18, training text for the casualty
  backstop; fresh84 to fresh91 written at stop 24, fresh92 to fresh102, fresh105 and
  fresh106 at stop 25, fresh107, fresh108, fresh110 to fresh113, fresh115 to fresh121, fresh123
  to fresh125, fresh127 to fresh132 and fresh134 at stop 26, fresh135, fresh136, fresh138 to
  fresh140, fresh142 to fresh144, fresh146 to fresh148, fresh150 to fresh152, fresh154 to
  fresh156, fresh158 to fresh160, fresh162 to fresh164, fresh166 to fresh168, fresh170 to
  fresh172, fresh174 to fresh184, fresh186 to fresh188 and fresh190 at stop 27, fresh191,
  fresh192, fresh194 to fresh196, fresh198 to fresh200, fresh202 to fresh204, fresh206 to
  fresh208, fresh210 to fresh212, fresh214 to fresh216, fresh218 to fresh220 and fresh222 at
  stop 28, fresh223, fresh224, fresh226 to fresh228, fresh230 to fresh232, fresh234 to fresh236,
  fresh238 to fresh240, fresh242 to fresh244, fresh246 to fresh248, fresh250 to fresh252,
  fresh254 to fresh256, fresh258 to fresh260, fresh262 to fresh264, fresh266 to fresh268 and
  fresh270 at stop 29, fresh271, fresh272, fresh274 to fresh276, fresh278 to fresh280, fresh282
  to fresh284, fresh286 to fresh288, fresh290 to fresh292, fresh294 to fresh296, fresh298 to
  fresh300 and fresh302 to fresh304, fresh306 to fresh308 and fresh310 at stop 30 and fresh311,
  fresh312, fresh314 to fresh316, fresh318 to fresh320, fresh322 to fresh324, fresh326 to
  fresh328, fresh330 to fresh332, fresh334 to fresh336, fresh338 to fresh340, fresh342 to
  fresh344, fresh346 to fresh348, fresh350 to fresh352, fresh354 to fresh356, fresh358 to
  fresh360, fresh362 to fresh364, fresh366 to fresh368, fresh370 to fresh372, fresh374 to
  fresh376, fresh378 to fresh380, fresh382 to fresh384, fresh386 to fresh388, fresh390 to
  fresh392, fresh394 to fresh396 and fresh398 at stop 31, fresh399, fresh400, fresh402 to
  fresh404, fresh406 to fresh408, fresh410 to fresh412, fresh414 to fresh416, fresh418 to
  fresh420, fresh422 to fresh424, fresh426 to fresh428, fresh430 to fresh432, fresh434 to
  fresh436, fresh438 to fresh440, fresh442 to fresh444, fresh446 to fresh448, fresh450 to
  fresh452, fresh454 to fresh456, fresh458 to fresh460, fresh462 to fresh464, fresh466 to fresh468
  and fresh470 at stop 32) and
  ``casualties_fresh103.txt`` and ``casualties_fresh104.txt`` (stop 25, held out) and
  ``casualties_fresh109.txt``, ``casualties_fresh114.txt``, ``casualties_fresh122.txt``,
  ``casualties_fresh126.txt`` and ``casualties_fresh133.txt`` (stop 26, held out) and
  ``casualties_fresh137.txt``, ``casualties_fresh141.txt``, ``casualties_fresh145.txt``,
  ``casualties_fresh149.txt``, ``casualties_fresh153.txt``, ``casualties_fresh157.txt``,
  ``casualties_fresh161.txt``, ``casualties_fresh165.txt``, ``casualties_fresh169.txt``,
  ``casualties_fresh173.txt``, ``casualties_fresh185.txt`` and ``casualties_fresh189.txt``
  (stop 27, held out) and ``casualties_fresh193.txt``, ``casualties_fresh197.txt``,
  ``casualties_fresh201.txt``, ``casualties_fresh205.txt``, ``casualties_fresh209.txt``,
  ``casualties_fresh213.txt``, ``casualties_fresh217.txt`` and ``casualties_fresh221.txt``
  (stop 28, held out) and ``casualties_fresh225.txt``, ``casualties_fresh229.txt``,
  ``casualties_fresh233.txt``, ``casualties_fresh237.txt``, ``casualties_fresh241.txt``,
  ``casualties_fresh245.txt``, ``casualties_fresh249.txt``, ``casualties_fresh253.txt``,
  ``casualties_fresh257.txt``, ``casualties_fresh261.txt``, ``casualties_fresh265.txt`` and
  ``casualties_fresh269.txt`` (stop 29, held out) and ``casualties_fresh273.txt``,
  ``casualties_fresh277.txt``, ``casualties_fresh281.txt``, ``casualties_fresh285.txt``,
  ``casualties_fresh289.txt``, ``casualties_fresh293.txt``, ``casualties_fresh297.txt`` and
  ``casualties_fresh301.txt``, ``casualties_fresh305.txt`` and ``casualties_fresh309.txt`` (stop
  30, held out) and ``casualties_fresh313.txt``, ``casualties_fresh317.txt``,
  ``casualties_fresh321.txt``, ``casualties_fresh325.txt``, ``casualties_fresh329.txt``,
  ``casualties_fresh333.txt``, ``casualties_fresh337.txt``, ``casualties_fresh341.txt``,
  ``casualties_fresh345.txt``, ``casualties_fresh349.txt``, ``casualties_fresh353.txt``,
  ``casualties_fresh357.txt``, ``casualties_fresh361.txt``, ``casualties_fresh365.txt``,
  ``casualties_fresh369.txt``, ``casualties_fresh373.txt``, ``casualties_fresh377.txt``,
  ``casualties_fresh381.txt``, ``casualties_fresh385.txt``, ``casualties_fresh389.txt``,
  ``casualties_fresh393.txt`` and ``casualties_fresh397.txt`` (stop 31, held out) and
  ``casualties_fresh401.txt``, ``casualties_fresh405.txt``, ``casualties_fresh409.txt``,
  ``casualties_fresh413.txt``, ``casualties_fresh417.txt``, ``casualties_fresh421.txt``,
  ``casualties_fresh425.txt``, ``casualties_fresh429.txt``, ``casualties_fresh433.txt``,
  ``casualties_fresh437.txt``, ``casualties_fresh441.txt``, ``casualties_fresh445.txt``,
  ``casualties_fresh449.txt``, ``casualties_fresh453.txt``, ``casualties_fresh457.txt``,
  ``casualties_fresh461.txt``, ``casualties_fresh465.txt`` and ``casualties_fresh469.txt`` (stop
  32, held out); one per line,
  ``category | killed,injured,kidnapped | lang | kind | title | text``.

Deterministic and strict: a malformed line stops the build with its file and line number.
Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from earlywarn.model import Category

CATEGORIES = {c.value for c in Category}  # the labels the model knows
HERE = Path(__file__).parent
CASUALTY_FILES = (
    "casualties_blind",
    "casualties_dev",
    "casualties_dev2",
    "casualties_fresh",
    "casualties_fresh2",
    "casualties_fresh3",
    "casualties_dev4",
    "casualties_fresh4",
    "casualties_fresh5",
    "casualties_fresh6",
    "casualties_fresh7",
    "casualties_fresh8",
    "casualties_dev5",
    "casualties_fresh9",
    "casualties_fresh10",
    "casualties_fresh11",
    "casualties_fresh12",
    "casualties_fresh13",
    "casualties_fresh14",
    "casualties_fresh15",
    "casualties_fresh16",
    "casualties_fresh17",
    "casualties_fresh18",
    "casualties_fresh19",
    "casualties_fresh20",
    "casualties_fresh21",
    "casualties_fresh22",
    "casualties_fresh23",
    "casualties_fresh24",
    "casualties_fresh25",
    "casualties_fresh26",
    "casualties_fresh27",
    "casualties_fresh28",
    "casualties_fresh29",
    "casualties_fresh30",
    "casualties_fresh31",
    "casualties_fresh32",
    "casualties_fresh33",
    "casualties_fresh34",
    "casualties_fresh35",
    "casualties_fresh36",
    "casualties_fresh37",
    "casualties_fresh38",
    "casualties_fresh39",
    "casualties_fresh40",
    "casualties_fresh41",
    "casualties_fresh42",
    "casualties_fresh43",
    "casualties_fresh44",
    "casualties_fresh45",
    "casualties_fresh46",
    "casualties_fresh47",
    "casualties_fresh48",
    "casualties_fresh49",
    "casualties_fresh50",
    "casualties_fresh51",
    "casualties_fresh52",
    "casualties_fresh53",
    "casualties_fresh54",
    "casualties_fresh55",
    "casualties_fresh56",
    "casualties_fresh57",
    "casualties_fresh58",
    "casualties_fresh59",
    "casualties_fresh60",
    "casualties_fresh61",
    "casualties_fresh62",
    "casualties_fresh63",
    "casualties_fresh64",
    "casualties_fresh65",
    "casualties_fresh66",
    "casualties_fresh67",
    "casualties_fresh68",
    "casualties_fresh69",
    "casualties_fresh70",
    "casualties_fresh72",
    "casualties_fresh73",
    "casualties_fresh74",
    "casualties_fresh75",
    "casualties_fresh76",
    "casualties_fresh77",
    "casualties_fresh78",
    "casualties_fresh79",
    "casualties_fresh80",
    "casualties_fresh81",
    "casualties_fresh82",
    "casualties_fresh83",
    "casualties_fresh84",
    "casualties_fresh85",
    "casualties_fresh86",
    "casualties_fresh87",
    "casualties_fresh88",
    "casualties_fresh89",
    "casualties_fresh90",
    "casualties_fresh91",
    "casualties_fresh92",
    "casualties_fresh93",
    "casualties_fresh94",
    "casualties_fresh95",
    "casualties_fresh96",
    "casualties_fresh97",
    "casualties_fresh98",
    "casualties_fresh99",
    "casualties_fresh100",
    "casualties_fresh101",
    "casualties_fresh102",
    "casualties_fresh103",
    "casualties_fresh104",
    "casualties_fresh105",
    "casualties_fresh106",
    "casualties_fresh107",
    "casualties_fresh108",
    "casualties_fresh109",
    "casualties_fresh110",
    "casualties_fresh111",
    "casualties_fresh112",
    "casualties_fresh113",
    "casualties_fresh114",
    "casualties_fresh115",
    "casualties_fresh116",
    "casualties_fresh117",
    "casualties_fresh118",
    "casualties_fresh119",
    "casualties_fresh120",
    "casualties_fresh121",
    "casualties_fresh122",
    "casualties_fresh123",
    "casualties_fresh124",
    "casualties_fresh125",
    "casualties_fresh126",
    "casualties_fresh127",
    "casualties_fresh128",
    "casualties_fresh129",
    "casualties_fresh130",
    "casualties_fresh131",
    "casualties_fresh132",
    "casualties_fresh133",
    "casualties_fresh134",
    "casualties_fresh135",
    "casualties_fresh136",
    "casualties_fresh137",
    "casualties_fresh138",
    "casualties_fresh139",
    "casualties_fresh140",
    "casualties_fresh141",
    "casualties_fresh142",
    "casualties_fresh143",
    "casualties_fresh144",
    "casualties_fresh145",
    "casualties_fresh146",
    "casualties_fresh147",
    "casualties_fresh148",
    "casualties_fresh149",
    "casualties_fresh150",
    "casualties_fresh151",
    "casualties_fresh152",
    "casualties_fresh153",
    "casualties_fresh154",
    "casualties_fresh155",
    "casualties_fresh156",
    "casualties_fresh157",
    "casualties_fresh158",
    "casualties_fresh159",
    "casualties_fresh160",
    "casualties_fresh161",
    "casualties_fresh162",
    "casualties_fresh163",
    "casualties_fresh164",
    "casualties_fresh165",
    "casualties_fresh166",
    "casualties_fresh167",
    "casualties_fresh168",
    "casualties_fresh169",
    "casualties_fresh170",
    "casualties_fresh171",
    "casualties_fresh172",
    "casualties_fresh173",
    "casualties_fresh174",
    "casualties_fresh175",
    "casualties_fresh176",
    "casualties_fresh177",
    "casualties_fresh178",
    "casualties_fresh179",
    "casualties_fresh180",
    "casualties_fresh181",
    "casualties_fresh182",
    "casualties_fresh183",
    "casualties_fresh184",
    "casualties_fresh185",
    "casualties_fresh186",
    "casualties_fresh187",
    "casualties_fresh188",
    "casualties_fresh189",
    "casualties_fresh190",
    "casualties_fresh191",
    "casualties_fresh192",
    "casualties_fresh193",
    "casualties_fresh194",
    "casualties_fresh195",
    "casualties_fresh196",
    "casualties_fresh197",
    "casualties_fresh198",
    "casualties_fresh199",
    "casualties_fresh200",
    "casualties_fresh201",
    "casualties_fresh202",
    "casualties_fresh203",
    "casualties_fresh204",
    "casualties_fresh205",
    "casualties_fresh206",
    "casualties_fresh207",
    "casualties_fresh208",
    "casualties_fresh209",
    "casualties_fresh210",
    "casualties_fresh211",
    "casualties_fresh212",
    "casualties_fresh213",
    "casualties_fresh214",
    "casualties_fresh215",
    "casualties_fresh216",
    "casualties_fresh217",
    "casualties_fresh218",
    "casualties_fresh219",
    "casualties_fresh220",
    "casualties_fresh221",
    "casualties_fresh222",
    "casualties_fresh223",
    "casualties_fresh224",
    "casualties_fresh225",
    "casualties_fresh226",
    "casualties_fresh227",
    "casualties_fresh228",
    "casualties_fresh229",
    "casualties_fresh230",
    "casualties_fresh231",
    "casualties_fresh232",
    "casualties_fresh233",
    "casualties_fresh234",
    "casualties_fresh235",
    "casualties_fresh236",
    "casualties_fresh237",
    "casualties_fresh238",
    "casualties_fresh239",
    "casualties_fresh240",
    "casualties_fresh241",
    "casualties_fresh242",
    "casualties_fresh243",
    "casualties_fresh244",
    "casualties_fresh245",
    "casualties_fresh246",
    "casualties_fresh247",
    "casualties_fresh248",
    "casualties_fresh249",
    "casualties_fresh250",
    "casualties_fresh251",
    "casualties_fresh252",
    "casualties_fresh253",
    "casualties_fresh254",
    "casualties_fresh255",
    "casualties_fresh256",
    "casualties_fresh257",
    "casualties_fresh258",
    "casualties_fresh259",
    "casualties_fresh260",
    "casualties_fresh261",
    "casualties_fresh262",
    "casualties_fresh263",
    "casualties_fresh264",
    "casualties_fresh265",
    "casualties_fresh266",
    "casualties_fresh267",
    "casualties_fresh268",
    "casualties_fresh269",
    "casualties_fresh270",
    "casualties_fresh271",
    "casualties_fresh272",
    "casualties_fresh273",
    "casualties_fresh274",
    "casualties_fresh275",
    "casualties_fresh276",
    "casualties_fresh277",
    "casualties_fresh278",
    "casualties_fresh279",
    "casualties_fresh280",
    "casualties_fresh281",
    "casualties_fresh282",
    "casualties_fresh283",
    "casualties_fresh284",
    "casualties_fresh285",
    "casualties_fresh286",
    "casualties_fresh287",
    "casualties_fresh288",
    "casualties_fresh289",
    "casualties_fresh290",
    "casualties_fresh291",
    "casualties_fresh292",
    "casualties_fresh293",
    "casualties_fresh294",
    "casualties_fresh295",
    "casualties_fresh296",
    "casualties_fresh297",
    "casualties_fresh298",
    "casualties_fresh299",
    "casualties_fresh300",
    "casualties_fresh301",
    "casualties_fresh302",
    "casualties_fresh303",
    "casualties_fresh304",
    "casualties_fresh305",
    "casualties_fresh306",
    "casualties_fresh307",
    "casualties_fresh308",
    "casualties_fresh309",
    "casualties_fresh310",
    "casualties_fresh311",
    "casualties_fresh312",
    "casualties_fresh313",
    "casualties_fresh314",
    "casualties_fresh315",
    "casualties_fresh316",
    "casualties_fresh317",
    "casualties_fresh318",
    "casualties_fresh319",
    "casualties_fresh320",
    "casualties_fresh321",
    "casualties_fresh322",
    "casualties_fresh323",
    "casualties_fresh324",
    "casualties_fresh325",
    "casualties_fresh326",
    "casualties_fresh327",
    "casualties_fresh328",
    "casualties_fresh329",
    "casualties_fresh330",
    "casualties_fresh331",
    "casualties_fresh332",
    "casualties_fresh333",
    "casualties_fresh334",
    "casualties_fresh335",
    "casualties_fresh336",
    "casualties_fresh337",
    "casualties_fresh338",
    "casualties_fresh339",
    "casualties_fresh340",
    "casualties_fresh341",
    "casualties_fresh342",
    "casualties_fresh343",
    "casualties_fresh344",
    "casualties_fresh345",
    "casualties_fresh346",
    "casualties_fresh347",
    "casualties_fresh348",
    "casualties_fresh349",
    "casualties_fresh350",
    "casualties_fresh351",
    "casualties_fresh352",
    "casualties_fresh353",
    "casualties_fresh354",
    "casualties_fresh355",
    "casualties_fresh356",
    "casualties_fresh357",
    "casualties_fresh358",
    "casualties_fresh359",
    "casualties_fresh360",
    "casualties_fresh361",
    "casualties_fresh362",
    "casualties_fresh363",
    "casualties_fresh364",
    "casualties_fresh365",
    "casualties_fresh366",
    "casualties_fresh367",
    "casualties_fresh368",
    "casualties_fresh369",
    "casualties_fresh370",
    "casualties_fresh371",
    "casualties_fresh372",
    "casualties_fresh373",
    "casualties_fresh374",
    "casualties_fresh375",
    "casualties_fresh376",
    "casualties_fresh377",
    "casualties_fresh378",
    "casualties_fresh379",
    "casualties_fresh380",
    "casualties_fresh381",
    "casualties_fresh382",
    "casualties_fresh383",
    "casualties_fresh384",
    "casualties_fresh385",
    "casualties_fresh386",
    "casualties_fresh387",
    "casualties_fresh388",
    "casualties_fresh389",
    "casualties_fresh390",
    "casualties_fresh391",
    "casualties_fresh392",
    "casualties_fresh393",
    "casualties_fresh394",
    "casualties_fresh395",
    "casualties_fresh396",
    "casualties_fresh397",
    "casualties_fresh398",
    "casualties_fresh399",
    "casualties_fresh400",
    "casualties_fresh401",
    "casualties_fresh402",
    "casualties_fresh403",
    "casualties_fresh404",
    "casualties_fresh405",
    "casualties_fresh406",
    "casualties_fresh407",
    "casualties_fresh408",
    "casualties_fresh409",
    "casualties_fresh410",
    "casualties_fresh411",
    "casualties_fresh412",
    "casualties_fresh413",
    "casualties_fresh414",
    "casualties_fresh415",
    "casualties_fresh416",
    "casualties_fresh417",
    "casualties_fresh418",
    "casualties_fresh419",
    "casualties_fresh420",
    "casualties_fresh421",
    "casualties_fresh422",
    "casualties_fresh423",
    "casualties_fresh424",
    "casualties_fresh425",
    "casualties_fresh426",
    "casualties_fresh427",
    "casualties_fresh428",
    "casualties_fresh429",
    "casualties_fresh430",
    "casualties_fresh431",
    "casualties_fresh432",
    "casualties_fresh433",
    "casualties_fresh434",
    "casualties_fresh435",
    "casualties_fresh436",
    "casualties_fresh437",
    "casualties_fresh438",
    "casualties_fresh439",
    "casualties_fresh440",
    "casualties_fresh441",
    "casualties_fresh442",
    "casualties_fresh443",
    "casualties_fresh444",
    "casualties_fresh445",
    "casualties_fresh446",
    "casualties_fresh447",
    "casualties_fresh448",
    "casualties_fresh449",
    "casualties_fresh450",
    "casualties_fresh451",
    "casualties_fresh452",
    "casualties_fresh453",
    "casualties_fresh454",
    "casualties_fresh455",
    "casualties_fresh456",
    "casualties_fresh457",
    "casualties_fresh458",
    "casualties_fresh459",
    "casualties_fresh460",
    "casualties_fresh461",
    "casualties_fresh462",
    "casualties_fresh463",
    "casualties_fresh464",
    "casualties_fresh465",
    "casualties_fresh466",
    "casualties_fresh467",
    "casualties_fresh468",
    "casualties_fresh469",
    "casualties_fresh470",
)
# Held-out classification checks, training format (category | lang | kind | title | text).
CLASS_FILES = ("class_fresh1", "class_fresh2")


def _check(where: str, category: str, lang: str, kind: str, title: str) -> None:
    if category not in CATEGORIES:
        sys.exit(f"{where}: unknown category {category!r}")
    if lang not in ("es", "en") or kind not in ("news", "field"):
        sys.exit(f"{where}: bad lang {lang!r} or kind {kind!r}")
    if not title:
        sys.exit(f"{where}: empty title")


def parse_training(sources: list[Path], prefix: str = "hw") -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    seen: set[str] = set()
    for source in sources:
        current = ""
        for lineno, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
            where = f"{source}:{lineno}"
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@"):
                current = line[1:].strip()
                continue
            parts = [p.strip() for p in line.split("|")]
            if len(parts) != 5:
                sys.exit(f"{where}: expected 5 '|'-separated fields, got {len(parts)}")
            category, lang, kind, title, text = parts
            category = category or current
            _check(where, category, lang, kind, title)
            key = f"{title}|{text}".lower()
            if key in seen:
                sys.exit(f"{where}: duplicate item")
            seen.add(key)
            items.append(
                {
                    "id": f"{prefix}-{len(items) + 1:04d}",
                    "title": title,
                    "text": text,
                    "lang": lang,
                    "kind": kind,
                    "category": category,
                }
            )
    return items


def parse_casualties(source: Path, prefix: str = "cas") -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    seen: set[str] = set()
    for lineno, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{source}:{lineno}"
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 6:
            sys.exit(f"{where}: expected 6 '|'-separated fields, got {len(parts)}")
        category, counts, lang, kind, title, text = parts
        _check(where, category, lang, kind, title)
        try:
            killed, injured, kidnapped = (int(c) for c in counts.split(","))
        except ValueError:
            sys.exit(f"{where}: counts must be killed,injured,kidnapped")
        if title in seen:
            sys.exit(f"{where}: duplicate title")
        seen.add(title)
        items.append(
            {
                "id": f"{prefix}-{len(items) + 1:04d}",
                "title": title,
                "text": text,
                "lang": lang,
                "kind": kind,
                "category": category,
                "killed": killed,
                "injured": injured,
                "kidnapped": kidnapped,
            }
        )
    return items


def write_jsonl(items: list[dict[str, object]], out: Path) -> None:
    with out.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {out}")


def main() -> None:
    write_jsonl(
        parse_training(sorted(HERE.glob("train_handwritten_*.txt"))),
        HERE / "train_handwritten.jsonl",
    )
    for name in CASUALTY_FILES:
        write_jsonl(parse_casualties(HERE / f"{name}.txt"), HERE / f"{name}.jsonl")
    for name in CLASS_FILES:
        write_jsonl(parse_training([HERE / f"{name}.txt"], prefix=name), HERE / f"{name}.jsonl")


if __name__ == "__main__":
    main()
