"""Write earlywarn/data/peru_departments.json: simplified department outlines for reverse geocoding.

Usage (from the repository root; needs ../shared beside the checkout)::

    .venv/bin/python bench/geolocate_boundaries.py [--tolerance 0.01] [--digits 3]

Input: ../shared/data/gazetteer/peru_departamental_simple.geojson
(juaneladio/peru-geojson @ 3213eeb1, INEI 2007 boundaries, MPL-2.0).
Output: a *derivative* — every ring simplified again with Douglas–Peucker at ``--tolerance``
degrees and rounded to ``--digits`` decimals, stored as flat ``[lon, lat, lon, lat, …]`` rings
per INEI department code. Being a modification of an MPL-2.0 file, the output stays under
MPL-2.0 (MPL §3.1) and says so inside; it is not a copy of the input. Prints vertex counts.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / ".." / "shared" / "data" / "gazetteer" / "peru_departamental_simple.geojson"
TARGET = ROOT / "src" / "earlywarn" / "data" / "peru_departments.json"
NOTICE = (
    "This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0. "
    "If a copy of the MPL was not distributed with this file, You can obtain one at "
    "https://mozilla.org/MPL/2.0/."
)


def _segment_distance(
    p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]
) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    if dx == 0 and dy == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas–Peucker, iterative (rings have a few hundred vertices)."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            d = _segment_distance(points[i], points[first], points[last])
            if d > worst:
                worst, index = d, i
        if worst > tolerance and index > 0:
            keep[index] = True
            stack.extend([(first, index), (index, last)])
    return [p for p, k in zip(points, keep, strict=True) if k]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tolerance", type=float, default=0.01, help="degrees (0.01 ≈ 1.1 km)")
    parser.add_argument("--digits", type=int, default=3, help="decimals kept (3 ≈ 110 m)")
    args = parser.parse_args()
    data = json.loads(SOURCE.read_text(encoding="utf-8"))
    departments: dict[str, list[list[float]]] = {}
    names: dict[str, str] = {}
    before = after = 0
    for feature in data["features"]:
        code = feature["properties"]["FIRST_IDDP"]
        names[code] = feature["properties"]["NOMBDEP"]
        geometry = feature["geometry"]
        polygons = (
            geometry["coordinates"]
            if geometry["type"] == "MultiPolygon"
            else [geometry["coordinates"]]
        )
        rings: list[list[float]] = []
        for polygon in polygons:
            for ring in polygon:
                points = [(float(x), float(y)) for x, y in ring]
                before += len(points)
                kept = simplify(points, args.tolerance)
                if len(kept) < 4:
                    continue  # a sliver smaller than the tolerance
                after += len(kept)
                rings.append([round(v, args.digits) for p in kept for v in p])
        departments[code] = rings
    out = {
        "licence": "MPL-2.0",
        "notice": NOTICE,
        "source": (
            "Derived from juaneladio/peru-geojson @ 3213eeb1 peru_departamental_simple.geojson "
            "(INEI 2007 department boundaries, MPL-2.0): Douglas-Peucker simplified at "
            f"{args.tolerance} degrees, coordinates rounded to {args.digits} decimals."
        ),
        "format": "rings per INEI department code; each ring flat [lon, lat, lon, lat, ...]; "
        "even-odd rule over all rings of a department",
        "names": dict(sorted(names.items())),
        "departments": dict(sorted(departments.items())),
    }
    TARGET.write_text(json.dumps(out, separators=(",", ":")) + "\n", encoding="utf-8")
    print(
        f"{len(departments)} departments, {before} → {after} vertices, "
        f"{TARGET.stat().st_size:,} bytes"
    )


if __name__ == "__main__":
    main()
