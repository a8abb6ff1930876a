"""A place taken, read from the original-case text for the event classifier (taxonomy.py):
"captured Buthidaung", "entered Goma after heavy fighting", "seized the town of X", and
the wording of a short hold ("briefly", "before withdrawing"), an Armed clash.
"""
from __future__ import annotations

import re


# A place taken: "captured Buthidaung", "entered Goma", "seized the town of X". The
# object decides: a capitalised name that is no actor ("captured Boko Haram fighters"
# is not a place) and is followed by what follows a place name (a bracket, "after",
# "from"), not by a people or weapons noun ("captured Kalashnikov rifles"). Read on the
# original-case text, since lowercased text cannot tell a name from a noun.
_TAKE_VERB = (r"captured|seized|overran|occupied|took (?:full |effective )?control of|took over|"
              r"taken (?:full )?control of|gained control of|seized control of|entered|moved into")
_PLACE_TAKEN = re.compile(
    rf"\b(?P<verb>{_TAKE_VERB})\s+(?P<noun>the\s+(?:\w+\s+)?(?:town|city|village|locality|district|port|area|township|county|municipality)\s+of\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})(?=(?P<after>[^\w]{0,3}\w*))")
_AFTER_PLACE = re.compile(
    r"^(?:\s*[(,.;]|\s*$|\s+(?:town|city|village|after|from|following|on|in|and|amid|during|when|where|which|"
    r"with|at|by|for|district|area|locality|region|province|state|county|township|camp|base|port|airport|"
    r"without|late|early|as|before|itself|once|through|\d))")
_NOT_PLACE_WORD = frozenset(("Mr", "Mrs", "Ms", "Dr", "General", "Gen", "Colonel", "Col", "Commander", "Chief",
                             "Emir", "Sheikh", "President", "Minister", "Governor", "On", "The", "A", "An"))
# fighting around the taking; "briefly", "before withdrawing": a short hold is an Armed clash
BRIEF_HOLD = re.compile(r"\b(?:briefly|temporarily|for (?:a few|several) hours|for hours|"
                         r"before (?:withdrawing|retreating|pulling out|being (?:repelled|pushed back|driven out))|"
                         r"(?:later|then|subsequently) (?:withdrew|retreated|pulled out))\b")


_ENTERED_AFTER_FIGHT = re.compile(
    r"[^.;]{0,40}?\b(?:after|following)\s+(?:\w+\s+){0,3}(?:fighting|clashes|battles?|combat|offensive)\b")
_PLACE_NOUN_AFTER = re.compile(r"^\s+(?:town|city|village|district|locality|township|county|port|airport)\b")


def known_place(name: str) -> bool:
    """A name the gazetteer knows as a place or an admin area."""
    from etl.extract.places import gazetteer as gz   # read only; loaded once per process by place resolution anyway
    g = gz.load()
    key = gz.fold(name)
    return bool(g.places(key) or g.admins(key))


# what the actor dictionary calls a name that is an actor, not a place ("captured Boko Haram")
ACTOR_KINDS = ("named", "unit", "ethnic", "demonym", "military", "police", "unidentified", "islamist")


def actor_name(name: str) -> bool:
    """The actor dictionary knows the name as an actor (a group, a unit, a people)."""
    from etl.extract.actors.lexicon import find_mentions   # the actor dictionary; lazy: a heavy build
    return any(k in mention.kinds() for mention in find_mentions(name) for k in ACTOR_KINDS)


def place_taken(passage: str) -> tuple[str, int]:
    """The verb of a place taken in the passage ("captured", "entered") and its offset; ('', -1) if none."""
    for m in _PLACE_TAKEN.finditer(passage):
        name = m.group("name")
        if name.split()[0].rstrip("'’") in _NOT_PLACE_WORD:
            continue
        if not _AFTER_PLACE.match(passage[m.end("name"):m.end("name") + 25]):
            continue
        if actor_name(name):
            continue
        # a place: written as one ("the town of X", "X village") or known to the gazetteer
        # (a person's name, "captured Abu Musab", is neither)
        # entering a place takes it only as the end of a fight ("entered Goma after heavy
        # fighting"), not as the start of a raid that was repelled or left
        if m.group("verb") in ("entered", "moved into") and not _ENTERED_AFTER_FIGHT.match(passage, m.end("name")):
            continue
        if m.group("noun") or _PLACE_NOUN_AFTER.match(passage[m.end("name"):m.end("name") + 20]) or known_place(name):
            return m.group("verb"), m.start()
    return "", -1
