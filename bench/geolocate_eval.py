"""Geolocation figures: gazetteer load time, documents/s, department accuracy on real text.

Usage (from the repository root)::

    .venv/bin/python bench/geolocate_eval.py [--repeat 3] [--ccpp]

Throughput is measured single-threaded on the Defensoría case texts (real Peruvian Spanish,
../shared/data/eval/, evaluation only — never training) padded to news-article length.
Accuracy counts only cases labelled with a real department (not "Nacional", empty, etc.).
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

from earlywarn.enrich.gazetteer import Gazetteer, normalize_name
from earlywarn.enrich.geolocate import Geolocator
from earlywarn.model import Precision

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "data"
EVAL = SHARED / "eval" / "defensoria_casos_unicos.csv"
CCPP = SHARED / "gazetteer" / "ubigeo_ccpp.csv.gz"
FILLER = (
    " La Policía Nacional informó que el hecho ocurrió durante la madrugada y que se han "
    "iniciado las investigaciones correspondientes. Los pobladores exigieron mayor presencia "
    "del Estado y denunciaron que la minería ilegal y la extorsión afectan a la zona desde hace "
    "meses. El Ministerio Público dispuso las diligencias y la necropsia de ley."
)


def _cases() -> list[tuple[str, str]]:
    with EVAL.open(encoding="utf-8") as fh:
        return [(row["caso"], row["departamento"]) for row in csv.DictReader(fh)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus")
    parser.add_argument("--ccpp", action="store_true", help="also load INEI populated centres")
    args = parser.parse_args()

    started = time.perf_counter()
    gazetteer = Gazetteer.load()
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    geo = Geolocator(gazetteer)
    build_s = time.perf_counter() - started
    print(f"gazetteer load: {load_s * 1000:.0f} ms; automaton build: {build_s * 1000:.0f} ms")
    print(f"counts: {gazetteer.counts()}")
    if args.ccpp:
        started = time.perf_counter()
        geo = Geolocator(Gazetteer.load([CCPP]))
        print(f"with populated centres (load + build): {time.perf_counter() - started:.2f} s")

    cases = _cases()
    docs = [(text[:80], text + FILLER) for text, _ in cases]
    chars = sum(len(t) + len(x) for t, x in docs) / len(docs)
    for title, text in docs[:200]:  # warm-up
        geo.locate(title, text)
    started = time.perf_counter()
    for _ in range(args.repeat):
        for title, text in docs:
            geo.locate(title, text)
    elapsed = time.perf_counter() - started
    n = len(docs) * args.repeat
    print(
        f"throughput: {n / elapsed:,.0f} docs/s ({elapsed / n * 1e6:.0f} µs/doc, "
        f"{chars:.0f} chars/doc, {n} docs, 1 core)"
    )

    departments = {
        normalize_name(u.name): u.code
        for u in (gazetteer.admin(f"{d:02d}") for d in range(1, 26))
        if u is not None
    }
    departments["lima metropolitana"] = "15"
    departments["lima provincias"] = "15"
    departments["lima region"] = "15"
    scored = located = right = 0
    for text, label in cases:
        code = departments.get(normalize_name(label))
        if code is None:
            continue
        scored += 1
        place = geo.locate("", text)
        if place.precision in (Precision.NONE, Precision.COUNTRY):
            continue
        located += 1
        right += place.department_ubigeo == code
    print(
        f"defensoria: {scored} cases with a real department; located {located} "
        f"({located / scored:.0%}); department correct {right}/{located} "
        f"({right / max(located, 1):.1%}) — labels are noisy, see eval/SOURCE.txt"
    )


if __name__ == "__main__":
    main()
