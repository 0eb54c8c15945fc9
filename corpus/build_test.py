"""Build corpus/test.jsonl from the hand-written lines of corpus/test_source.txt.

Deterministic and strict: a malformed line stops the build with its line number. Each item
gets the fields of the training corpus (id, title, text, lang, category), plus ``kind`` and
the gold casualty counts ``killed``, ``injured``, ``kidnapped``.

Usage: ``python corpus/build_test.py [SOURCE OUT]``. Without arguments it builds
test_source.txt into test.jsonl; ids are ``<stem of OUT>-NNNN`` (``test-0001``,
``test2-0001`` for ``test2.jsonl``), so the sets' ids never collide.
"""

from __future__ import annotations

import sys
from pathlib import Path

# The test sets share the casualty files' line format and checks (run as a script, this
# directory is on sys.path).
from build_handwritten import parse_casualties, write_jsonl


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    here = Path(__file__).parent
    if not args:
        source, out = here / "test_source.txt", here / "test.jsonl"
    elif len(args) == 2:
        source, out = Path(args[0]), Path(args[1])
    else:
        sys.exit("usage: build_test.py [SOURCE OUT]")
    write_jsonl(parse_casualties(source, prefix=out.stem), out)

if __name__ == "__main__":
    main()
