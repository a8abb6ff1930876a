"""Event types on news prose (issue 11): classes of sentences that ACLED's one-line
notes rarely contain, each on sentences written for these tests."""
import pytest

from etl.extract.text.taxonomy import classify, is_candidate


def _types(text: str, primary: str | None = None) -> tuple[str, str] | None:
    c = classify(text, primary)
    return c and (c.event_type, c.sub_event_type)


@pytest.mark.parametrize("text, expected", [
    # the police named before the crowd they fought: a violent demonstration, not a battle
    ("Dozens were hurt in running street clashes between riot police and students opposing the tuition rise.",
     ("Riots", "Violent demonstration")),
    ("Police clashed with opposition demonstrators outside the electoral commission on Tuesday.",
     ("Riots", "Violent demonstration")),
    # deaths told as happening in a demonstration: the demonstration is the event
    ("Four people died and dozens were hurt in the fuel protests that swept the port city on Sunday.",
     ("Riots", "Violent demonstration")),
    ("Seven marchers lost their lives during the rallies in the capital, where soldiers fired live rounds to scatter them.",
     ("Protests", "Excessive force against protesters")),
    ("Three people were killed by soldiers during a protest against the new border tax.",
     ("Protests", "Excessive force against protesters")),
    ("Two men were killed in the town after rioters went on the rampage and torched a police post.",
     ("Riots", "Violent demonstration")),
])
def test_demonstrations_on_news_prose(text, expected):
    assert _types(text) == expected


@pytest.mark.parametrize("text, expected", [
    # victims in a passive sentence are no acting crowd
    ("Twenty villagers, among them several children, were massacred overnight in three hamlets.",
     ("Violence against civilians", "Attack")),
    # a habitual clause about other fighting is background to the attack reported
    ("The raid hit the hamlet of Torobe, where herders and farmers have often clashed over grazing land.",
     ("Violence against civilians", "Attack")),
    # loitering munitions are drones, not suicide bombers
    ("The paramilitaries sent a swarm of kamikaze drones over the city before dawn, then shelled its outskirts.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("A lorry bombing outside the ministry killed dozens of passers-by.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    # a raid that only took cattle: the armed raiders are the actors, not the target
    ("Last week a raid hit the Makol cattle camp when raiders from a neighbouring county drove off hundreds of cows.",
     ("Strategic developments", "Looting/property destruction")),
    # state forces named before their allied militia lead the operation
    ("The army together with allied militia took control of four towns near the border.",
     ("Battles", "Government regains territory")),
    ("The port was occupied by insurgents on Monday after they attacked the naval post.",
     ("Battles", "Non-state actor overtakes territory")),
    # stabbing or gunning down a police officer is an attack on armed forces (a battle)
    ("Unknown gunmen stabbed a police officer at a roadblock and took his rifle.", ("Battles", "Armed clash")),
])
def test_violence_on_news_prose(text, expected):
    assert _types(text) == expected


def test_military_strike_is_no_labour_strike():
    text = "Rebels carried out a strike on the displacement camp. Aid groups condemned the heavy artillery used."
    assert _types(text, "Rebels carried out a strike on the displacement camp.") == \
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert _types("Dock workers began a strike on Monday and picketed the port gates over unpaid wages.") == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    # general statements, tallies and the attackers named only as a topic are no events
    "Attacks on farmers are common in the district during the planting season.",
    "Nine attacks have already been recorded since the start of the month, according to a security memo.",
    "Who the attackers were is still debated on social media.",
])
def test_background_is_no_candidate(text):
    assert not is_candidate(text)


def test_event_beside_background_stays_a_candidate():
    assert is_candidate("Kidnappings are rampant in the area, and on Friday gunmen abducted two traders.")


@pytest.mark.parametrize("text, sub_event_type", [
    # movement of forces and changes to a group
    ("Villagers said scores of armed fighters were seen massing near the river crossing on Tuesday.",
     "Change to group/activity"),
    ("The insurgents arrived in the market town at dusk and regrouped behind the mosque.", "Change to group/activity"),
    ("Two rebel factions said on Friday that they had merged into one movement.", "Change to group/activity"),
    ("A wing of the militia broke away and formed a new armed group in the hills.", "Change to group/activity"),
    ("The militia paraded through the town in pickup trucks before heading north.", "Change to group/activity"),
    # bases and headquarters
    ("Peacekeepers established a forward operating base outside the town.", "Headquarters or base established"),
    # territory changing hands without a fight
    ("The army took over the camp after the insurgents had abandoned it.", "Non-violent transfer of territory"),
    # coercion without violence: Other
    ("Gunmen set up an illegal checkpoint on the highway and extorted money from motorists.", "Other"),
    ("The armed group imposed a blockade on the district capital, cutting off fuel supplies.", "Other"),
    ("Jihadists ordered the villagers to leave their homes within three days.", "Other"),
    ("The militants forced women in the village to wear veils.", "Other"),
    # displacement in the aftermath of fighting, a mass grave, a coup
    ("Thousands of families fled their villages after the clashes, officials said.", "Other"),
    ("A mass grave holding at least twenty bodies was found near the airstrip.", "Other"),
    ("A group of officers staged a coup and suspended the constitution.", "Other"),
    # goods taken from a stopped vehicle, nobody hurt
    ("Militants stopped a lorry on the road and its goods were later removed.", "Looting/property destruction"),
])
def test_strategic_developments_on_news_prose(text, sub_event_type):
    assert is_candidate(text)
    assert _types(text) == ("Strategic developments", sub_event_type)


def test_coercion_with_looting_is_looting():
    assert _types("Militants threatened the villagers and burned down the school.") == \
        ("Strategic developments", "Looting/property destruction")


def test_fear_of_fighting_is_no_fight():
    assert _types("Clan militias mobilised near the disputed well, raising fears of renewed fighting.") == \
        ("Strategic developments", "Change to group/activity")


def test_protest_against_a_coup_is_a_protest():
    assert _types("Hundreds of students protested in the capital against the coup.") == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    # reactions whose violent words are quoted, and events named only as a topic
    'The governor called for calm on Monday, saying "those who burn and kill in the name of faith betray it".',
    "The ambush on the convoy is being investigated by the regional prosecutor.",
    "Sunday’s raid was barely ten kilometres from the provincial capital.",
])
def test_reaction_or_topic_is_no_candidate(text):
    assert not is_candidate(text)


def test_a_reaction_that_reports_an_act_stays_a_candidate():
    assert is_candidate("The bishop condemned the attack, in which gunmen killed four worshippers.")


def test_protest_named_as_topic_leaves_the_killing_it_answered():
    text = ("The march was organised after the killing of a union leader, who was shot dead by unknown "
            "gunmen outside his home on Friday.")
    assert _types(text) == ("Violence against civilians", "Attack")


def test_lexicon_prefilter_anchors_each_alternative():
    from etl.extract.text.lexicon import _anchors
    assert _anchors("(?:troops|fighters) (?:\\w+ ){0,3}arrived") == {"troops", "fighters"}
    assert _anchors("(?<!air )strikes?") == {"strike"}
    assert _anchors("(?:suspected )?thie\\w+") == {"suspected", "thie"}
    assert _anchors("(?:\\w+ )?group of") is None


def test_passive_subjected_names_the_target():
    assert _types("A police patrol was subjected to an ambush with an IED near the bridge, and one officer was killed.") == \
        ("Battles", "Armed clash")


def test_a_topic_sentence_names_a_reported_event():
    from etl.extract.text.candidates import names_reported_event
    assert names_reported_event("The raid on the cattle camp on Sunday is being investigated by the police.")
    assert not names_reported_event("Gunmen raided the cattle camp on Sunday.")              # an event itself
    assert not names_reported_event("Raids on cattle camps are common in the dry season.")   # background
    assert not names_reported_event("The minister will visit the region next week.")


def test_a_sentence_with_only_a_death_verb_takes_the_type_of_its_passage():
    sentence = "Four were killed in the northern suburb and one near the university."
    passage = "Police fired live rounds at the marchers demanding the governor's resignation. " + sentence
    assert _types(passage, sentence) == ("Protests", "Excessive force against protesters")


@pytest.mark.parametrize("text", [
    # opinions on the violence and comparisons with the past report no new event
    "“It is sad that brothers are still fighting each other over grazing land,” the elder said.",
    "This is the first time the district has been attacked by the rebels since the war began.",
])
def test_opinion_or_comparison_is_no_candidate(text):
    assert not is_candidate(text)


def test_first_time_with_an_act_beside_it_stays_a_candidate():
    assert is_candidate("It was the first time the town was raided, and gunmen killed two guards at the gate.")


@pytest.mark.parametrize("text, expected", [
    # a crowd word before the violent word that names the victims, the witnesses or a
    # circumstance is no acting crowd: no mob violence
    ("At least 25 pilgrims lost their lives on Friday in a brutal attack on the shrine near Kafin.",
     ("Violence against civilians", "Attack")),
    ("Villagers in the district say they have recovered 30 corpses after the raids on their hamlets this week.",
     ("Violence against civilians", "Attack")),
    ("The assault, which came as herders were watering their animals at the river, left nine people dead.",
     ("Violence against civilians", "Attack")),
    ("They surrounded fishermen at the landing, slaughtered eleven of them and burnt their canoes.",
     ("Violence against civilians", "Attack")),
])
def test_a_crowd_that_suffered_or_reported_is_no_rioter(text, expected):
    assert _types(text) == expected


def test_a_crowd_that_acts_stays_a_riot():
    assert _types("Youths in the market stormed the council office and set it ablaze on Monday.")[0] == "Riots"


def test_a_superlative_measured_against_the_past_is_background():
    # "since violence erupted" is the yardstick of the toll, no riot of its own
    assert _types("Some 60 villagers were killed in the worst attack in the province since the insurgency erupted "
                  "in 2017, officials said.") == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text, expected", [
    # explosions and blasts in the plural are the weapon as much as one explosion
    ("Three blasts tore through the bus station on Monday, killing 14 travellers.",
     "Explosions/Remote violence"),
    ("At least 40 people died after twin explosions hit the busy market in the city centre.",
     "Explosions/Remote violence"),
])
def test_plural_explosions_are_the_weapon(text, expected):
    assert _types(text)[0] == expected


def test_an_abduction_told_with_bodies_found_is_an_attack():
    assert _types("Soldiers found the bodies of six farmers who had been kidnapped from the village last week.") == \
        ("Violence against civilians", "Attack")
    assert _types("Gunmen kidnapped eight travellers on the highway, and four of them lost their lives in captivity.") == \
        ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    # sympathy for the victims of an event already reported reports nothing new
    "“Our prayers go out to the families in the valley, who are shaken by the cruelty of Sunday's raid.”",
    "“My sympathies are with the people of the district, horrified by last night's massacre.”",
])
def test_sympathy_in_a_quote_is_no_candidate(text):
    assert not is_candidate(text)


def test_an_opinion_framing_a_counted_act_stays_a_candidate():
    assert is_candidate("“It is tragic that the militia killed 14 herders at the well near Dorma,” the governor said.")


@pytest.mark.parametrize("text, expected", [
    # a strike that kills or hits a place is a military strike, no labour strike
    ("Eleven people, among them four children, died in the 3 May strike on the outskirts of the city.",
     "Explosions/Remote violence"),
    ("The deadly strike came a day after the convoy left the border post.", "Explosions/Remote violence"),
    ("The militia launched a second strike on the Kabo displacement camp late on Tuesday.",
     "Explosions/Remote violence"),
    # a labour strike with a gathering stays a protest (with none it is a strategic development)
    ("Nurses at the regional hospital went on strike on Monday and marched to demand unpaid allowances.", "Protests"),
])
def test_a_lethal_strike_is_no_labour_strike(text, expected):
    assert _types(text)[0] == expected


def test_forces_that_responded_to_an_attack_fought():
    assert _types("The army said its soldiers had 'responded swiftly' to the dawn attack on the garrison.") == \
        ("Battles", "Armed clash")
    # an earlier attack answered by another attack is the motive, not a fight
    assert _types("Responding to the earlier attack on their herds, the militia raided the farming hamlet and "
                  "killed five farmers.") == ("Violence against civilians", "Attack")


def test_the_agent_of_a_passive_is_no_target():
    assert _types("Officials said the victims were butchered in their beds by gunmen who broke into the hamlet.") == \
        ("Violence against civilians", "Attack")


def test_who_retook_a_place_stands_before_the_verb():
    assert _types("In March the regional forces retook Dalo town from the jihadists after weeks of heavy assaults.") == \
        ("Battles", "Government regains territory")


def test_places_taken_in_the_plural():
    assert _types("Soldiers backed by local militia captured several villages along the river road on Sunday.") == \
        ("Battles", "Government regains territory")


def test_explosives_captured_before_use_are_a_disrupted_weapons_use():
    assert _types("Police displayed a pickup packed with explosives seized at a checkpoint north of the town.") == \
        ("Strategic developments", "Disrupted weapons use")


def test_a_crowd_taken_hostage_is_no_rioter():
    assert _types("Dozens of worshippers gathered at the chapel were taken hostage by the rebels on Sunday.") == \
        ("Violence against civilians", "Abduction/forced disappearance")


def test_shootings_are_an_attack():
    assert is_candidate("There were shootings at the motor park, where gunmen chased a trader into a shop.")


def test_victims_named_by_what_was_done_to_them_report_no_new_event():
    assert not is_candidate("“The people who were slaughtered included grandmothers and babies,” the bishop said.")
    assert is_candidate("Gunmen who were hiding in the bush killed three farmers on Friday.")


def test_a_visit_to_the_site_of_an_attack_is_no_event():
    assert not is_candidate("The governor and two ministers paid a visit to the scene of last week's bombings in Garoowe on Monday.")
    assert is_candidate("The governor visited the town on Monday, a day after gunmen attacked its market.")


def test_a_measure_declared_after_violence_is_a_development():
    assert _types("The cabinet on Tuesday declared a state of emergency in the northern province following a week of "
                  "clashes between the army and rebels.") == ("Strategic developments", "Change to group/activity")
    # violence told first, the measure after it: the violence is the event
    assert _types("Clashes between the army and rebels left nine dead, prompting the governor to impose a curfew.")[0] == \
        "Battles"


def test_a_rescue_told_after_an_abduction_leaves_the_abduction():
    lead = "Bandits abducted 40 pupils of a boarding school in the village of Sabo on Saturday night."
    passage = lead + " Police later tracked them to a forest camp and rescued all the pupils."
    assert _types(passage, lead) == ("Violence against civilians", "Abduction/forced disappearance")
    # an operation that freed captives is the operation
    assert _types("Troops cleared three villages on Monday and freed 20 abducted people from the insurgents.")[0] == "Battles"


def test_a_place_occupied_for_a_day_is_an_armed_clash():
    assert _types("The district town of Lurio was occupied for a day during the rebels' first offensive, on 2 May 2019.") == \
        ("Battles", "Armed clash")
    # a place occupied by a crowd is a demonstration, no territory taken
    assert _types("The main square of the capital was occupied by protesters demanding fresh elections.") == \
        ("Protests", "Peaceful protest")


def test_the_dead_mourned_or_prayed_for_are_no_new_event():
    assert not is_candidate("On Monday the elders prayed for 12 dead people in Tanko and 8 others in Rafi.")
    assert not is_candidate("Hundreds of relatives mourned the victims at a mass funeral on Sunday.")
    # an act told beside the rite still is one
    assert is_candidate("Mourners buried the victims on Friday, a day after gunmen killed nine traders at the market.")


def test_a_witness_quoting_the_aftermath_reports_no_new_event():
    assert not is_candidate("\"Half of the market was burnt down,\" a trader said, adding that families had fled on Tuesday.")
    assert is_candidate("\"The market was burnt down and six people were killed,\" a trader said.")
    assert is_candidate("\"Gunmen burnt down our houses,\" a resident said.")


def test_a_device_that_forces_only_tell_of_went_off():
    assert _types("'Two truck bombs struck the gate of the ministry,' a police spokesman said.") == \
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert _types("A roadside bomb was found by soldiers near the bridge on Monday.") == \
        ("Strategic developments", "Disrupted weapons use")


def test_armed_individuals_attacking_a_market_crowd_are_no_rioters():
    # "armed individuals" are an armed group; a crowd word after "into/in/at" is a place
    assert _types("\"Unidentified armed individuals stormed into a livestock market in the village and attacked the "
                  "population,\" the governor said.") == ("Violence against civilians", "Attack")


def test_a_crowd_that_could_not_act_is_no_rioter():
    assert _types("\"Residents could not save anything because the assailants set fire to every hut,\" he added.")[0] != "Riots"


def test_a_crowd_beside_the_bodies_of_the_aftermath_is_no_rioter():
    assert _types("Reporters saw rescue workers carry three dead bodies out of the collapsed chapel.")[0] != "Riots"
    # a crowd that does the harm still riots
    assert _types("An angry crowd beat a suspected thief to death at the bus station on Monday.")[0] == "Riots"
