"""Build corpus/test.jsonl from the hand-written lines of corpus/test_source.txt.

Deterministic and strict: a malformed line stops the build with its line number. Each item
gets the fields of the training corpus (id, title, text, lang, category), plus ``kind`` and
the gold casualty counts ``killed``, ``injured``, ``kidnapped``.

Usage: ``python corpus/build_test.py [SOURCE OUT]``. Without arguments it builds
test_source.txt into test.jsonl; ids are ``<stem of OUT>-NNNN`` (``test-0001``,
``test2-0001`` for ``test2.jsonl``), so the sets' ids never collide.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from earlywarn.model import Category

CATEGORIES = {c.value for c in Category}  # the labels the model knows


def parse(source: Path, id_prefix: str = "test") -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    seen: set[str] = set()
    for lineno, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != 6:
            sys.exit(f"{source}:{lineno}: expected 6 '|'-separated fields, got {len(parts)}")
        category, counts, lang, kind, title, text = (p.strip() for p in parts)
        killed, injured, kidnapped = (int(c) for c in counts.split(","))
        if category not in CATEGORIES or lang not in ("es", "en") or kind not in ("news", "field"):
            sys.exit(f"{source}:{lineno}: bad category, lang or kind")
        if title in seen:
            sys.exit(f"{source}:{lineno}: duplicate title")
        seen.add(title)
        items.append(
            {
                "id": f"{id_prefix}-{len(items) + 1:04d}",
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


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    here = Path(__file__).parent
    if not args:
        source, out = here / "test_source.txt", here / "test.jsonl"
    elif len(args) == 2:
        source, out = Path(args[0]), Path(args[1])
    else:
        sys.exit("usage: build_test.py [SOURCE OUT]")
    items = parse(source, id_prefix=out.stem)
    with out.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {out}")


if __name__ == "__main__":
    main()
