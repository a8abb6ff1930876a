"""Cues for the event classifier (taxonomy.py) on how ACLED notes and news word a few
strategic developments and battles: a labour strike with no gathering, and air power called in against a ground assault.
"""
from __future__ import annotations

import re

# air power called in against a ground assault ("followed by airstrikes", "triggered an aerial intervention")
AIR_RESPONSE = re.compile(r"\b(?:followed by|triggered|prompted|supported by|with|called in|backed by|request\w*|"
                           r"dispatched|sent|deployed)\s+(?:[\w-]+\s+){0,3}?(?:air[- ]?(?:strikes?|support|power|cover|assets)|"
                           r"aerial (?:intervention|support|strikes?|operations?|reinforcements?)|airstrikes?|helicopters?|"
                           r"gunships?|fighter jets?)\b")

# a work stoppage (its people stay away; no one gathers)
WORK_STOPPAGE = re.compile(r"\b(?:went|go|goes|going|are|were|remain\w*) on (?:a |an )?(?:[\w-]+ ){0,2}strike\b|"
                            r"\b(?:began|begin|begins|started|starts|launched|declared|declares|observ\w+|called|began observing) "
                            r"(?:a |an )?(?:[\w-]+ ){0,3}(?:strike|boycott)\b|\bboycott(?:ed|ing)? (?:the )?(?:exams?|classes|work|courts?)\b|"
                            r"\blaid (?:down|town) (?:their )?tools\b")
# people gathering or acting in public: a demonstration, whatever else they do
GATHERING = re.compile(r"\b(?:demonstrat\w*|march\w*|protest(?:ed|ers|ing)|sit-?ins?|rall\w+|gather\w*|took to the streets|"
                        r"camp\w*|occup\w+|block\w*|barricad\w+|picket\w*|assembl\w+|stormed|crowd|dispers\w+|"
                        r"(?:held|hold|staged|stage|organi[sz]ed) (?:a |an )?(?:[\w-]+ )?protests?)\b")
# a strike's motive, no gathering
IN_PROTEST = re.compile(r"\bin protest (?:against|over|at|of)\b")

# a vehicle stopped, attacked or burnt with its passengers aboard: an attack on the people
# in it, not only property destruction ("buses conveying passengers were intercepted and set ablaze")
PASSENGERS_HIT = re.compile(
    r"\b(?:(?:mini)?bus(?:es)?|vehicles?|cars?|trucks?|lorr(?:y|ies)|taxis?|convoy) (?:conveying|carrying|transporting|full of) "
    r"(?:[\w-]+ ){0,2}(?:passengers|travell?ers|people|traders|pilgrims|civilians)\b[^.;]{0,60}?"
    r"\b(?:intercepted|attacked|ambushed|stopped|waylaid|set ablaze|set on fire|torched|burnt|burned)\b|"
    r"\b(?:intercepted|attacked|ambushed|stopped|waylaid|torched|burnt|burned) (?:an? |the |two |three |\d+ )?(?:[\w-]+ ){0,2}"
    r"(?:(?:mini)?bus(?:es)?|vehicles?|cars?|trucks?|lorr(?:y|ies)|taxis?) (?:conveying|carrying|transporting|full of) (?:[\w-]+ ){0,2}"
    r"(?:passengers|travell?ers|people|traders|pilgrims|civilians)\b")

# a crowd shutting a public office to press a grievance ("residents closed down the town hall"): a protest
CROWD_SHUT = re.compile(
    r"\b(?:students|pupils|residents|workers|traders|youths?|villagers|inhabitants|women|merchants|teachers|employees|"
    r"drivers|population)\b(?:\s+[\w'-]+){0,9}?\s+(?:closed|shut|sealed|locked)\s+(?:down\s+|up\s+)?(?:the\s+)?"
    r"(?:[\w'-]+\s+){0,3}?(?:offices?|town hall|city hall|hall|court|prefecture|secretariat|headquarters|premises|gates?)\b")
