"""Build corpus/test.jsonl from the hand-written lines of corpus/test_source.txt.

Deterministic and strict: a malformed line stops the build with its line number. Each item
gets the fields of the training corpus (id, title, text, lang, category), plus ``kind`` and
the gold casualty counts ``killed``, ``injured``, ``kidnapped``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from earlywarn.model import Category

CATEGORIES = {c.value for c in Category}  # the labels the model knows


def parse(source: Path) -> list[dict[str, object]]:
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
                "id": f"test-{len(items) + 1:04d}",
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


def main() -> None:
    here = Path(__file__).parent
    items = parse(here / "test_source.txt")
    with (here / "test.jsonl").open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {here / 'test.jsonl'}")


if __name__ == "__main__":
    main()
