"""Actors: who acted and who was acted on, named as ACLED names them, with inter codes.

lexicon (the dictionary in data/*.csv and its one-pass matcher) is the bottom;
candidates turns its mentions into ACLED actors; assign (`assign_actors`) chooses
actor 1, actor 2 and associated actors; prior gives a country from the actors named
when an article has no other country hint.

May import: etl.records. Reference data: data/*.csv, data/*.txt.
"""
