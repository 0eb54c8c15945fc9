"""Mapping of the earlywarn taxonomy to ACLED event / sub-event types, for interoperability.

Data, not logic: consumers that exchange incidents with ACLED-style datasets look up here.
Not-relevant items have no ACLED type.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from earlywarn.model import Category

AcledType = tuple[str, str]

ACLED_TYPES: Mapping[Category, AcledType | None] = MappingProxyType(
    {
        Category.ARMED_ATTACK: ("Violence against civilians", "Attack"),
        Category.HOMICIDE: ("Violence against civilians", "Attack"),
        Category.KIDNAPPING: ("Violence against civilians", "Abduction/forced disappearance"),
        Category.EXTORTION: ("Strategic developments", "Other"),
        Category.THEFT: ("Strategic developments", "Looting/property destruction"),
        Category.INVASION: ("Strategic developments", "Non-violent transfer of territory"),
        Category.ILLEGAL_MINING_ENFORCEMENT: ("Strategic developments", "Arrests"),
        Category.SABOTAGE: ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        Category.SOCIAL_CONFLICT: ("Protests", "Peaceful protest"),
        Category.ENVIRONMENTAL: ("Strategic developments", "Other"),
        Category.NOT_RELEVANT: None,
    }
)


def acled_type(category: Category) -> AcledType | None:
    """The (event_type, sub_event_type) pair for ``category``, or None for not_relevant."""
    return ACLED_TYPES[category]
