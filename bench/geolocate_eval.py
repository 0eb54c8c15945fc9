"""Geolocation figures: load time, documents/s against a baseline, accuracy on labelled text.

Usage (from the repository root)::

    .venv/bin/python bench/geolocate_eval.py [--repeat 3] [--ccpp] [--errors test|dev|dev-hard]

Prints, all measured in this run:

- gazetteer load and automaton build time (best of 3); with ``--ccpp`` also with the optional
  extended gazetteer (INEI's 94,922 populated centres, ../shared/data/gazetteer), and that
  geolocator's throughput and accuracy;
- throughput, single-threaded, on the Defensoría case texts (real Peruvian Spanish,
  ../shared/data/eval/, evaluation only) padded to news-article length, next to a **baseline**
  over the same documents: normalising and iterating the raw Aho-Corasick automaton with no
  rules, i.e. the floor any geoparser on this automaton pays;
- accuracy on the project's labelled sets, tests/data/geo_test.jsonl (held out: written before
  tuning, never tuned on), tests/data/geo_dev.jsonl and geo_dev_hard.jsonl (the tuning sets;
  the second holds hand-written hard cases added later): department, province and district
  exact where labelled, and "no Peruvian place → none/country";
- department accuracy on the Defensoría cases with a real department label, raw and on the cases
  whose text names a unit (department, province or district, INEI names) of the labelled
  department — labels are noisy (see eval/SOURCE.txt), the second figure drops rows whose text
  never names the labelled department's places;
- the hand review in tests/data/geo_defensoria_adjudication.jsonl (30 random disagreements on
  that subset, judged by reading the case: label right / geoparser right / neither).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import time
from pathlib import Path
from typing import Any

from earlywarn.enrich.gazetteer import Gazetteer, UnitKind, normalize, normalize_name
from earlywarn.enrich.geolocate import Geolocator
from earlywarn.model import Precision

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "data"
EVAL = SHARED / "eval" / "defensoria_casos_unicos.csv"
CCPP = SHARED / "gazetteer" / "ubigeo_ccpp.csv.gz"
ADJUDICATION = ROOT / "tests" / "data" / "geo_defensoria_adjudication.jsonl"
LABELLED = {
    "test": ROOT / "tests" / "data" / "geo_test.jsonl",
    "dev": ROOT / "tests" / "data" / "geo_dev.jsonl",
    # written after the test set missed its bar, to widen the tuning set with hard cases
    "dev-hard": ROOT / "tests" / "data" / "geo_dev_hard.jsonl",
}
FILLER = (
    " La Policía Nacional informó que el hecho ocurrió durante la madrugada y que se han "
    "iniciado las investigaciones correspondientes. Los pobladores exigieron mayor presencia "
    "del Estado y denunciaron que la minería ilegal y la extorsión afectan a la zona desde hace "
    "meses. El Ministerio Público dispuso las diligencias y la necropsia de ley."
)
NO_PLACE = (Precision.NONE, Precision.COUNTRY)


def _cases() -> list[tuple[str, str]]:
    with EVAL.open(encoding="utf-8") as fh:
        return [(row["caso"], row["departamento"]) for row in csv.DictReader(fh)]


def _timed(clock: Any, fn: Any) -> float:
    started = clock()
    fn()
    return float(clock() - started)


def _best_of(n: int, fn: Any) -> tuple[float, Any]:
    best, out = float("inf"), None
    for _ in range(n):
        started = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - started)
    return best, out


def score_labelled(geo: Geolocator, path: Path, show_errors: bool) -> dict[str, tuple[int, int]]:
    """Right/total per level: department, province, district (where labelled), none."""
    counts = {"department": [0, 0], "province": [0, 0], "district": [0, 0], "none": [0, 0]}
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        place = geo.locate(item["title"], item["text"])
        missed = []
        if item["department"] is None:
            ok = place.precision in NO_PLACE
            counts["none"][0] += ok
            counts["none"][1] += 1
            missed += [] if ok else ["none"]
        else:
            for level, got in (
                ("department", place.department_ubigeo),
                ("province", place.province_ubigeo),
                ("district", place.district_ubigeo),
            ):
                if item[level] is not None:
                    ok = got == item[level]
                    counts[level][0] += ok
                    counts[level][1] += 1
                    missed += [] if ok else [level]
        if missed and show_errors:
            print(
                f"  {item['id']} [{item['tag']}] missed {'/'.join(missed)}: "
                f"want {item.get('label', '-')}, got {place.department_name} "
                f"{place.province_ubigeo} {place.district_ubigeo} ({place.evidence})"
            )
    return {k: (v[0], v[1]) for k, v in counts.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus")
    parser.add_argument("--ccpp", action="store_true", help="also time INEI populated centres")
    parser.add_argument("--errors", choices=sorted(LABELLED), help="list the misses of a set")
    args = parser.parse_args()

    load_s, gazetteer = _best_of(3, Gazetteer.load)
    build_s, geo = _best_of(3, lambda: Geolocator(gazetteer))
    print(
        f"gazetteer load: {load_s * 1000:.0f} ms; geolocator build: {build_s * 1000:.0f} ms "
        f"(bar: load ≤ 1 s)"
    )
    print(f"counts: {gazetteer.counts()}")
    geo_ccpp = None
    if args.ccpp:
        started = time.process_time(), time.perf_counter()
        extended = Gazetteer.load([CCPP])
        loaded = time.process_time(), time.perf_counter()
        geo_ccpp = Geolocator(extended)
        built = time.process_time(), time.perf_counter()
        print(
            f"with the extended gazetteer ({CCPP.name}): load {loaded[0] - started[0]:.2f} s, "
            f"build {built[0] - loaded[0]:.2f} s CPU time (wall {loaded[1] - started[1]:.2f} s "
            f"+ {built[1] - loaded[1]:.2f} s); counts: {extended.counts()}"
        )

    cases = _cases()
    docs = [(text[:80], text + FILLER) for text, _ in cases]
    throughput(geo, docs, args.repeat, "")
    if geo_ccpp is not None:
        throughput(geo_ccpp, docs, args.repeat, "extended gazetteer, ")
    print(
        "  CPU time is this process's own: on a busy machine wall time also counts waiting "
        f"for a core (load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
    )

    for name, path in LABELLED.items():
        counts = score_labelled(geo, path, args.errors == name)
        parts = [f"{k} {r}/{t} = {r / max(t, 1):.1%}" for k, (r, t) in counts.items()]
        print(f"{name} set ({path.name}): " + "; ".join(parts))
        if geo_ccpp is not None:
            counts = score_labelled(geo_ccpp, path, False)
            parts = [f"{k} {r}/{t} = {r / max(t, 1):.1%}" for k, (r, t) in counts.items()]
            print("  with the extended gazetteer: " + "; ".join(parts))
    print("  bars (test set): department ≥ 97%, province ≥ 90%, district ≥ 80%, none ≥ 95%")
    defensoria(geo, gazetteer, cases)


def throughput(geo: Geolocator, docs: list[tuple[str, str]], repeat: int, label: str) -> None:
    """Documents/s of ``geo.locate`` beside the baseline on the same automaton, both clocks."""
    chars = sum(len(t) + len(x) for t, x in docs) / len(docs)
    automaton = geo._automaton  # the baseline walks the very same automaton

    def baseline() -> int:
        found = 0
        for title, text in docs:
            for _ in automaton.iter(" " + normalize(f"{title}\n{text}") + " "):
                found += 1
        return found

    def full() -> None:
        for title, text in docs:
            geo.locate(title, text)

    baseline()
    full()  # warm-up
    n = len(docs)
    for clock_name, clock in (("CPU time", time.process_time), ("wall time", time.perf_counter)):
        base_s = min(_timed(clock, baseline) for _ in range(repeat))
        full_s = min(_timed(clock, full) for _ in range(repeat))
        print(
            f"throughput ({label}{clock_name}): {n / full_s:,.0f} docs/s "
            f"({full_s / n * 1e6:.0f} µs/doc, "
            f"{chars:.0f} chars/doc, 1 core, best of {repeat}); baseline normalise + raw "
            f"automaton: {n / base_s:,.0f} docs/s → geoparser costs {full_s / base_s:.1f}× the "
            "baseline (bar: ≥ 10,000 docs/s per core)"
        )


def defensoria(geo: Geolocator, gazetteer: Gazetteer, cases: list[tuple[str, str]]) -> None:
    """Department accuracy on the Defensoría cases, raw and where the text names the label."""
    departments = {
        normalize_name(u.name): u.code
        for u in (gazetteer.admin(f"{d:02d}") for d in range(1, 26))
        if u is not None
    }
    departments.update({"lima metropolitana": "15", "lima provincias": "15", "lima region": "15"})
    admin_names: dict[str, set[str]] = {}
    admin_kinds = (UnitKind.DEPARTMENT, UnitKind.PROVINCE, UnitKind.DISTRICT)
    for key, units in gazetteer.names.items():
        for unit in units:
            if unit.kind in admin_kinds:
                admin_names.setdefault(unit.department, set()).add(key)
    scored = located = right = 0
    sup_scored = sup_located = sup_right = 0
    for text, label in cases:
        code = departments.get(normalize_name(label))
        if code is None:
            continue
        place = geo.locate("", text)
        words = " " + " ".join(normalize(text).split()) + " "
        supported = any(f" {k} " in words for k in admin_names[code])
        scored += 1
        sup_scored += supported
        if place.precision in NO_PLACE:
            continue
        ok = place.department_ubigeo == code
        located += 1
        right += ok
        sup_located += supported
        sup_right += supported and ok
    print(
        f"defensoria: {scored} cases with a real department; located {located} "
        f"({located / scored:.0%}); department correct {right}/{located} "
        f"({right / max(located, 1):.1%})"
    )
    print(
        f"defensoria, text names a unit of the labelled department: {sup_scored} cases; located "
        f"{sup_located} ({sup_located / max(sup_scored, 1):.0%}); department correct "
        f"{sup_right}/{sup_located} ({sup_right / max(sup_located, 1):.1%}) (bar: ≥ 92%)"
    )
    verdicts = [json.loads(line)["right"] for line in ADJUDICATION.read_text("utf-8").splitlines()]
    tally = {v: verdicts.count(v) for v in ("label", "geoparser", "neither")}
    wrong = sup_located - sup_right
    fixed = wrong * tally["geoparser"] / len(verdicts)
    print(
        f"  hand review of {len(verdicts)} random disagreements: {tally}; counting the "
        f"geoparser-right share as right: ≈ {(sup_right + fixed) / max(sup_located, 1):.1%}"
    )


if __name__ == "__main__":
    main()
