"""The word lists that tell a decoy from an act (event_decoys): sport, markets, figurative foes,
prizes, works of fiction, tallies and what recalls the past. Plain data, kept apart from the
rules that read them."""

from __future__ import annotations

import re

# Words only sport uses: a sentence with one reports a game, whatever its verbs say.
SPORT = frozenset(
    {
        "football",
        "soccer",
        "rugby",
        "cricket",
        "tennis",
        "basketball",
        "volleyball",
        "handball",
        "hockey",
        "baseball",
        "golf",
        "qualifier",
        "semi-final",
        "semifinal",
        "quarter-final",
        "quarterfinal",
        "tournament",
        "championship",
        "shootout",
        "goalkeeper",
        "midfielder",
        "batsman",
        "bowler",
        "wicket",
        "innings",
        "podium",
        "equaliser",
        "equalizer",
        "boxer",
        "sprinter",
        "scoreline",
        "cyclist",
        "peloton",
        "batting",
        "spinner",
    }
)
# People a sport word only describes: "freed US basketball star Brittney Griner" is no game.
SPORT_PEOPLE = frozenset({"star", "player", "fan", "coach", "champion", "legend", "icon"})
# "the penalty area", "a penalty kick" (not "the death penalty")
PENALTY_PLACES = frozenset({"area", "kick", "spot", "box", "shootout"})
CLAUSES = frozenset({"ROOT", "advcl", "relcl", "ccomp", "xcomp", "acl", "conj", "pcomp"})
SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")

# Roles that give no armed or political side: a game between them is only a game.
CIVIC_ROLES = frozenset({"", "CVL", "BUS", "AGR", "EDU", "MED", "HLH", "LAB", "ELI", "SPO"})

# What markets and economies are made of: "stocks rallied", "copper prices attacked $10,000".
MARKET = frozenset(
    {
        "stock",
        "share",
        "price",
        "market",
        "index",
        "bond",
        "yield",
        "currency",
        "dollar",
        "euro",
        "yen",
        "yuan",
        "rupee",
        "lira",
        "peso",
        "rouble",
        "ruble",
        "real",
        "franc",
        "pound",
        "shilling",
        "won",
        "crude",
        "oil",
        "gold",
        "copper",
        "wheat",
        "commodity",
        "export",
        "import",
        "output",
        "sale",
        "profit",
        "earnings",
        "inflation",
        "economy",
        "growth",
        "steel",
    }
)

# Foes no army fights: "fighting inflation", "a war on plastic waste", "an assault on pirated
# films", "targeting Chinese visitors"; and prizes no army wins ("fighting for market share").
FIGURATIVE = frozenset(
    {
        "inflation",
        "poverty",
        "corruption",
        "hunger",
        "famine",
        "disease",
        "virus",
        "pandemic",
        "epidemic",
        "cancer",
        "malaria",
        "dengue",
        "tuberculosis",
        "cholera",
        "fever",
        "obesity",
        "drought",
        "blaze",
        "wildfire",
        "flood",
        "spill",
        "pollution",
        "waste",
        "plastic",
        "unemployment",
        "debt",
        "deficit",
        "bureaucracy",
        "piracy",
        "film",
        "illiteracy",
        "climate",
        "odds",
        "injury",
        "illness",
        "water",
        "chart",  # "stormed the charts"
    }
)
# Prizes and audiences no army fights for or targets: "fighting for market share", "targeting
# Chinese visitors". People among them ("tourists") are victims of force when they are its
# object ("killed 14 tourists"), so these count only after "for" or as what is targeted.
PRIZES = frozenset(
    {
        "customer",
        "client",
        "visitor",
        "tourist",
        "consumer",
        "buyer",
        "investor",
        "voter",
        "reader",
        "viewer",
        "audience",
        "talent",
        "share",
        "title",
        "trophy",
        "medal",
        # offices contested at the polls: "battling for the presidency"
        "presidency",
        "premiership",
        "nomination",
        "seat",
        "vote",
    }
)
COURTING = frozenset({"target", "woo", "court", "lure"})
AGAINST = frozenset({"on", "against", "for"})
# "fighting a losing battle", "an uphill battle": a struggle, not combat
STRUGGLE = frozenset({"losing", "uphill"})
STRIVING = frozenset({"fight", "battle", "struggle", "scramble"})

# Works whose plots are told: "in the film, agents kidnap a scientist"
WORKS = frozenset(
    {
        "film",
        "movie",
        "novel",
        "book",
        "series",
        "play",
        "opera",
        "game",
        "thriller",
        "documentary",
        "drama",
        "musical",
        "episode",
        "sitcom",
        "comic",
    }
)

# A count a conflict is named in: "the death toll from the war", "the number of attacks"
TALLIES = frozenset({"toll", "number", "count", "tally", "figure", "casualty", "statistic"})
# what recalls an act of the past: "the anniversary of the bombing of Hiroshima"
RECALLING = frozenset({"anniversary", "commemoration", "memorial", "remembrance"})
# a plural act whose number changes is a statistic: "kidnappings rose by 80 percent"
CHANGES = frozenset(
    {
        "rise",
        "fall",
        "double",
        "triple",
        "halve",
        "increase",
        "decrease",
        "drop",
        "decline",
        "grow",
        "soar",
        "surge",
        "climb",
        "plunge",
        "average",
    }
)
YEAR = re.compile(r"^(1[0-9]|20)\d\d(s)?$")
NAME_ENTITIES = frozenset({"EVENT", "WORK_OF_ART", "ORG", "FAC", "LAW", "PRODUCT"})
