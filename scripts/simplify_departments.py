"""Derive src/earlywarn/web/peru_departments.geojson from ../shared/data (run by hand).

The input, juaneladio/peru-geojson's peru_departamental_simple.geojson, is MPL-2.0; the
output is a modified version of it and stays under MPL-2.0 (see src/earlywarn/web/README.md).
Simplification: Douglas-Peucker with TOLERANCE degrees, coordinates rounded to 3 decimals
(~100 m), rings smaller than MIN_AREA dropped; properties reduced to ubigeo and name.

    .venv/bin/python scripts/simplify_departments.py
"""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "data" / "gazetteer" / "peru_departamental_simple.geojson"
TARGET = ROOT / "src" / "earlywarn" / "web" / "peru_departments.geojson"
TOLERANCE = 0.03
MIN_AREA = 0.002  # square degrees
NAMES = {  # INEI writes upper case without accents; the map shows the usual spelling
    "01": "Amazonas",
    "02": "Áncash",
    "03": "Apurímac",
    "04": "Arequipa",
    "05": "Ayacucho",
    "06": "Cajamarca",
    "07": "Callao",
    "08": "Cusco",
    "09": "Huancavelica",
    "10": "Huánuco",
    "11": "Ica",
    "12": "Junín",
    "13": "La Libertad",
    "14": "Lambayeque",
    "15": "Lima",
    "16": "Loreto",
    "17": "Madre de Dios",
    "18": "Moquegua",
    "19": "Pasco",
    "20": "Piura",
    "21": "Puno",
    "22": "San Martín",
    "23": "Tacna",
    "24": "Tumbes",
    "25": "Ucayali",
}
NOTICE = (
    "This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0. "
    "If a copy of the MPL was not distributed with this file, You can obtain one at "
    "https://mozilla.org/MPL/2.0/."
)

Point = list[float]


def _distance(p: Point, a: Point, b: Point) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == 0 and dy == 0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def douglas_peucker(points: list[Point], tolerance: float) -> list[Point]:
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            d = _distance(points[i], points[first], points[last])
            if d > worst:
                worst, index = d, i
        if index >= 0 and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def _area(ring: list[Point]) -> float:
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in itertools.pairwise(ring))) / 2


def _ring(ring: list[Point]) -> list[Point] | None:
    simple = douglas_peucker(ring, TOLERANCE)
    rounded = [[round(x, 3), round(y, 3)] for x, y in simple]
    if len(rounded) < 4 or _area(rounded) < MIN_AREA:
        return None
    return rounded


def _polygons(geometry: dict[str, Any]) -> list[list[list[Point]]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return list(geometry["coordinates"])


def main() -> None:
    data = json.loads(SOURCE.read_text(encoding="utf-8"))
    features = []
    for feature in data["features"]:
        code = feature["properties"]["FIRST_IDDP"]
        polygons = []
        for polygon in _polygons(feature["geometry"]):
            rings = [r for r in (_ring(ring) for ring in polygon) if r is not None]
            if rings and rings[0] is not None:
                polygons.append(rings)
        if not polygons:  # a tiny unit (Callao): keep its largest ring unsimplified
            biggest = max((r for p in _polygons(feature["geometry"]) for r in p), key=_area)
            polygons = [[[[round(x, 3), round(y, 3)] for x, y in biggest]]]
        features.append(
            {
                "type": "Feature",
                "properties": {"ubigeo": code, "name": NAMES[code]},
                "geometry": {"type": "MultiPolygon", "coordinates": polygons},
            }
        )
    features.sort(key=lambda f: f["properties"]["ubigeo"])
    out = {
        "type": "FeatureCollection",
        "license": "MPL-2.0",
        "license_notice": NOTICE,
        "source": "Modified from peru_departamental_simple.geojson, juaneladio/peru-geojson "
        "@ 3213eeb1 (INEI 2007 boundaries); simplified by scripts/simplify_departments.py",
        "features": features,
    }
    TARGET.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{TARGET}: {len(features)} departments, {TARGET.stat().st_size} bytes")


if __name__ == "__main__":
    main()
