"""Views of a text the event classifier (taxonomy.py) reads: a lexicon scan with
features switched off or on, a lazily computed target, the acting party before the
first violent verb, and a crowd's demand.
"""
from __future__ import annotations

import re

from etl.extract.text.cues import CROWD_DEMAND, CROWD_JUSTICE, NOT_HARM, PERSON_HARM, TARGET_VERB
from etl.extract.text.lexicon import FEATURES

# what a crowd named before the violent verb suffered, said or found, rather than did
# ("40 worshippers lost their lives in an attack", "residents say they found bodies",
# "farmers were harvesting when ..."): the crowd is the victim or the witness, no rioter
_CROWD_NOT_DOING = re.compile(
    r"[^.;:(]{0,90}?\b(?:lost (?:their|his|her) lives|died|perished|(?<!who )(?:are|were|was|have been|had been) (?:\w+ )?"
    r"(?:dead|missing|taken hostage|held hostage|taken captive|harvesting|working|farming|praying|worshipping|returning|attending|sleeping|travell?ing|"
    r"gathered for|preparing)|says?|said|told|tell|report(?:s|ed)?|recount\w*|narrat\w+|recall\w*|"
    r"found|discovered|recovered|buried|mourn\w*|fled|counted|could not|couldn't|cannot|(?:were|was) unable)\b")
# a crowd word that is an object or a circumstance: "killed ... farmers", "as farmers were ...",
# "17 dead people", "the bodies of villagers", a place ("burst into a cattle market")
_CROWD_OBJECT = re.compile(
    r"\b(?:dead|killed|killing|slaughtered|butchered|subdued|abducted|kidnapped|rescued|bodies of|loss of|"
    r"as|while|when|against|on|prayed for|among|into|in|at|near)\s+(?:[\w-]+\s+){0,3}$")


class Without:
    """A scan with features switched off (words the report uses for no act of that kind)."""

    def __init__(self, inner, *names: str):
        self._inner, self._names, self.lowered = inner, names, inner.lowered

    def __getitem__(self, name: str) -> bool:
        return name not in self._names and self._inner[name]

    def pos(self, name: str) -> int:
        return -1 if name in self._names else self._inner.pos(name)


class WithOvertake:
    """A scan that also reports a place taken (found on the original-case text)."""

    def __init__(self, inner):
        self._inner, self.lowered = inner, inner.lowered

    def __getitem__(self, name: str) -> bool:
        return name == "nsa_overtake" or self._inner[name]

    def pos(self, name: str) -> int:
        return self._inner.pos(name)


class Lazy:
    """A string computed on first comparison: the target is costly and most
    branches never ask for it."""

    def __init__(self, compute):
        self._compute, self._value = compute, None

    def _get(self) -> str:
        if self._value is None:
            self._value = self._compute()
        return self._value

    def __eq__(self, other: object) -> bool:
        return self._get() == other

    def __ne__(self, other: object) -> bool:
        return self._get() != other

    __hash__ = None


def subject_of(text: str) -> str:
    """Text before the first violent verb: roughly the acting party."""
    m = TARGET_VERB.search(text)
    return text[:m.start()] if m else text[:80]


def crowd_acts(subject: str) -> bool:
    """A crowd named in the subject that is the acting party, not the victims, the
    witnesses or a circumstance of the act."""
    for m in FEATURES["crowd"].finditer(subject):
        if _CROWD_OBJECT.search(subject[max(0, m.start() - 40):m.start()]):
            continue
        if _CROWD_NOT_DOING.match(subject, m.end()):
            continue
        return True
    return False


def subject_kind(subject: str) -> tuple[bool, bool]:
    """(state forces act, an armed group acts) in the subject; when both are named
    ("the army along with allied militia") the one named first leads."""
    state = FEATURES["state_actor"].search(subject)
    armed = FEATURES["armed_group"].search(subject)
    if state and armed:
        return (True, False) if state.start() < armed.start() else (False, True)
    return state is not None, armed is not None


def crowd_demand(lowered: str) -> bool:
    """Crowd violence that presses a demand (blocked roads, wrecked offices) and hurt no one:
    a violent demonstration, not mob violence."""
    return CROWD_DEMAND.search(lowered) is not None and not CROWD_JUSTICE.search(lowered) \
        and not PERSON_HARM.search(NOT_HARM.sub(" ", lowered))
