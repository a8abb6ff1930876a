"""A short ACLED-style note saying what happened, built from the coded fields."""
from __future__ import annotations

from datetime import date

_VERB = {
    "Armed clash": "clashed with",
    "Government regains territory": "regained territory from",
    "Non-state actor overtakes territory": "took over territory from",
    "Peaceful protest": "held a peaceful protest",
    "Protest with intervention": "protested; the demonstration met intervention by",
    "Excessive force against protesters": "protested and met excessive force from",
    "Violent demonstration": "demonstrated violently, against",
    "Mob violence": "engaged in mob violence against",
    "Chemical weapon": "used a chemical weapon against",
    "Air/drone strike": "carried out an air/drone strike against",
    "Suicide bomb": "carried out a suicide bombing against",
    "Shelling/artillery/missile attack": "shelled",
    "Remote explosive/landmine/IED": "used an explosive device against",
    "Grenade": "threw a grenade at",
    "Sexual violence": "committed sexual violence against",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted",
    "Agreement": "reached an agreement with",
    "Arrests": "arrested",
    "Change to group/activity": "changed group or activity, involving",
    "Disrupted weapons use": "disrupted weapons use by",
    "Headquarters or base established": "established a base, involving",
    "Looting/property destruction": "looted or destroyed property of",
    "Non-violent transfer of territory": "took over territory without fighting from",
    "Other": "was involved in a strategic development with",
}
_MONTHS = ("January February March April May June July August September October "
           "November December").split()


def date_phrase(day: date, precision: int) -> str:
    if precision == 3:
        return f"In {_MONTHS[day.month - 1]} {day.year}"
    text = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"Around {text}" if precision == 2 else f"On {text}"


def make_note(day: date, precision: int, sub_event_type: str, actor1: str, actor2: str,
              location: str, admin1: str, country: str, fatalities: int) -> str:
    """E.g. 'On 3 May 2022, Unidentified Armed Group (Mali) attacked Civilians (Mali)
    in Sofara (Mopti, Mali). 4 fatalities reported.'"""
    verb = _VERB.get(sub_event_type, "was involved in an event with")
    who = actor1 or "Unidentified actors"
    # verbs that end in a preposition need an object; intransitive ones stand alone
    what = f"{verb} {actor2}" if actor2 and not verb.endswith("protest") else verb
    if what.endswith((" with", " from", " against", " by", " of", " at", "involving")) and not actor2:
        what = what.rsplit(" ", 1)[0]
    where = ", ".join(p for p in (admin1, country) if p)
    place = f" in {location} ({where})" if location else (f" in {where}" if where else "")
    tail = f" {fatalities} fatalit{'y' if fatalities == 1 else 'ies'} reported." if fatalities else ""
    return f"{date_phrase(day, precision)}, {who} {what}{place}.{tail}"
