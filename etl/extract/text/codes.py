"""The ACLED codes the event classifier (taxonomy.py) returns: event type, sub-event
type, disorder type and civilian targeting, with the classifier's confidence.
"""
from __future__ import annotations

from dataclasses import dataclass

DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
# sub-event types whose disorder type differs from their event type's
DISORDER_BY_SUB = {
    "Excessive force against protesters": "Political violence; Demonstrations",
    "Mob violence": "Political violence",
}


@dataclass(frozen=True)
class Classification:
    event_type: str
    sub_event_type: str
    disorder_type: str
    civilian_targeting: str
    confidence: float


def code(et: str, sub: str, conf: float, civ: bool = False) -> Classification:
    """The classification of an event type and sub-event type (its disorder type follows from them)."""
    dis = DISORDER_BY_SUB.get(sub, DISORDER[et])
    civ = civ or et == "Violence against civilians"
    return Classification(et, sub, dis, "Civilian targeting" if civ else "", conf)
