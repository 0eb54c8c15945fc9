"""Encoding of the detector state saved on ``earlywarn.state``: orjson when it is exact.

Every detect batch saves each touched department's whole state (50–80 KB of JSON), and
``json.dumps`` cost ≈ 10× orjson there. Restore reads with ``model.loads``, so the bytes
only have to decode to the very value ``json.dumps`` would have written. orjson differs
from json only where it must not be used:

- it writes NaN and ±inf as ``null`` (json writes ``NaN``/``Infinity``, which restore
  reads back; a detector's score can be infinite);
- it serialises types json refuses (datetimes, dataclasses, plain enums, numpy values) and
  treats str/int subclasses its own way.

``marshal`` answers both in C, faster than a Python walk: it accepts exact builtin types
only (any subclass or other type raises ``ValueError``) and writes every float as ``g`` and
its eight IEEE bytes, so a non-finite one is an exponent of all ones. Anything unusual goes
to ``model.dumps`` (a false alarm only costs the slower encoder). What orjson refuses
(integers beyond 64 bits, non-string keys, lone surrogates) goes there too.
"""

from __future__ import annotations

import marshal
import re
from typing import Any

import orjson

from earlywarn.model import dumps

# marshal (version 2) writes a float as b"g" + 8 bytes little-endian: the last two hold the
# sign and the exponent, all ones for inf and NaN.
_NON_FINITE_FLOAT = re.compile(rb"g.{6}[\xf0-\xff][\x7f\xff]", re.DOTALL)


def _only_finite_builtins(data: dict[str, Any]) -> bool:
    try:
        image = marshal.dumps(data, 2)
    except ValueError:  # a type marshal does not know exactly: a subclass, datetime, enum…
        return False
    return _NON_FINITE_FLOAT.search(image) is None


def encode_state(data: dict[str, Any]) -> bytes:
    """JSON of ``data`` that ``model.loads`` reads back as ``model.dumps``' bytes would be."""
    if _only_finite_builtins(data):
        try:
            return orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
        except orjson.JSONEncodeError:
            pass  # a big integer, a non-string key or a lone surrogate: json's turn
    return dumps(data)
