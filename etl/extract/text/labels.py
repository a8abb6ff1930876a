"""Cues for the event classifier (taxonomy.py) on how ACLED notes and news word a few
strategic developments, battles and demonstrations: a labour strike with no gathering, air
power called in against a ground assault, a road blocked by a crowd standing in it.
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

# a demonstration only planned or prevented ("as the authorities moved to block a mass protest",
# "ahead of a planned rally"): arrests made to stop it are the act reported
PROTEST_PREVENTED = re.compile(
    r"\b(?:to|in a bid to|bid to|seeking to|sought to|trying to|attempt to)\s+(?:block|prevent|stop|foil|thwart|"
    r"pre-?empt|forestall|ban|head off)\s+(?:a |an |the |any |planned |their |its )?(?:[\w-]+ ){0,2}"
    r"(?:protests?|demonstrations?|rall(?:y|ies)|marches|march|gatherings?|sit-ins?)\b|"
    r"\bahead of (?:a |an |the |planned |their |its )?(?:[\w-]+ ){0,2}(?:protests?|demonstrations?|rall(?:y|ies)|march|sit-in)\b")
# a crowd's own "strike" on its enemies ("residents launched a retaliatory strike that killed 60"):
# an assault, no remote weapon
CROWD_STRIKE = re.compile(
    r"\b(?:residents|villagers|youths?|locals|inhabitants|community members|farmers|herders|civilians)\b"
    r"(?:\s+[\w-]+){0,3}?\s+(?:launched|carried out|staged|mounted|made|conducted)\s+(?:a |an )?(?:[\w-]+ )?strikes?\b")
REMOTE_WEAPON = re.compile(r"\b(?:air|drones?|artillery|mortars?|rockets?|missiles?|shell(?:ed|ing|s)?|bombard\w*|jets?|warplanes?)\b")

# violence told only as a confrontation with the police ("the acts of violence and confrontation
# with the police forces"): a riot when the text names no armed group (taxonomy checks that)
POLICE_CONFRONTED = re.compile(
    r"\b(?:confrontations?|clash(?:es)?|acts of violence|violent (?:confrontations?|clashes)|skirmish(?:es)?|running battles) "
    r"with (?:the )?(?:anti-riot |riot )?(?:police(?:men| officers| forces)?|gendarm\w+|law enforcement(?: officers| agents)?)\b")

# read by target_kind (cues.py): a passive clause whose subject is only a pronoun, and a sentence start
PRONOUN_SUBJECT = re.compile(r"^\W*(?:(?:when|as|while|after|before|and|but|where) )?(?:they|he|she)\s*$")
SENTENCE_START = re.compile(r"(?:^|[.;!?]\s+)(?=[^.;!?]*$)")
# verbs of harm done (no raid or attack, whose object may follow its place: "raids in X on militias")
HARM_VERB = re.compile(r"(?:kill|murder|shot|execut|massacr|behead|hacked|stabb|gunned|struck|hit|rocked|assassinat|macheted)")
SCENE_OBJ = re.compile(r"(?:during|in|amid|amidst|after|following|across|when|while|as|since)\b")
AUTHOR_OBJ = re.compile(r"(?:attributed|blamed|claimed|carried out|perpetrated|committed)\b")

# a road blocked by a crowd (standing, sitting or parking in it: "drivers blocked the highway with
# their trucks"): a demonstration, violent only when built of barricade material (the codebook's
# "road-blocking using barricades, burning tires, or other material") or with other violence
ROAD_BLOCKED = re.compile(
    r"\bblock(?:ed|ing) (?:off )?(?:the |a |all |major |main |several |some |access )?(?:[\w-]+ ){0,3}(?:roads?|highways?|"
    r"expressways?|streets?|routes?|junctions?|bridges?|entrances?|gates?|access|traffic|intersections?|roundabouts?)\b|"
    r"\b(?:roads?|highways?|streets?|crossroads|traffic|junctions?|routes?|bridges?|intersections?) (?:\w+ ){0,3}(?:was|were) "
    r"(?:\w+ )?blocked\b")
BLOCKING_MATERIAL = re.compile(r"\b(?:with|using) (?:\w+ ){0,3}(?:logs?|tree trunks?|trees|branches|stones|rocks|"
                               r"bikes|motorbikes|bicycles|planks|debris|rubble|sand|bricks|drums|barrels|barricades?)\b|"
                               # fire, a fight or people hurt around the blockade
                               r"\b(?:tyres?|tires|fire|clash\w*|fight\w*|injur\w*|wounded|hurt|gunfire|gun ?shots|shooting)\b")
# clashes told as the outcome of a demonstration ("clashes led to one soldier injured", "police
# intervened, leading to clashes"): the demonstrators fought, whoever is named first
PROTEST_CLASHES = re.compile(r"\bclash(?:es)? (?:led|erupted|broke out|ensued|followed)\b|\b(?:leading|led|resulting|resulted) (?:\w+ )?in(?:to)? clash\w*|"
                             r"\b(?:leading|led) to (?:\w+ )?clash\w*")
