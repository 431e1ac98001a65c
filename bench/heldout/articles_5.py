# Fictional articles: every person, outlet, company, town and event is invented.
ARTICLES = [
    dict(
        slug="election-night-pryce",
        outlet="Northfield Herald",
        date="2026-10-27",
        type="hard news",
        people={
            "gwen": "Gwendolyn Pryce",
            "martin": "Martin Pryce",
            "ott": "Solveig Ottesen",
            "vol": "Dariusz Nowicki",
            "prof": "Lionel Achebe-Stroud",
            "both": "Gwendolyn Pryce and Martin Pryce",
        },
        text="""Pryce beats Pryce: wife edges husband in Northfield mayoral race

NORTHFIELD — It was, by any measure, an awkward victory party.

Gwendolyn Pryce was elected mayor of Northfield on Monday night, defeating a field of four that included her husband of 26 years, Martin Pryce, by 612 votes, according to unofficial results posted by the town clerk.

“[[Q:gwen1|I’d like to thank my opponents, one of whom I will be driving home tonight,]]” [[S:gwen1|Gwendolyn Pryce]] [[C:gwen1|told]] about 150 supporters at the Legion hall, to loud laughter. “[[Q:gwen1|Martin ran a gracious campaign. He also ate the last of the cereal this morning, and I have not forgotten.]]”

The couple, who run a hardware store together on Station Road, both announced their candidacies in June after the incumbent mayor retired. Each has insisted for months that the race never strained their marriage.

Martin Pryce, speaking at a smaller gathering across town at the Curling Club, conceded shortly after 10 p.m. “[[Q:martin1|The better Pryce won,]]” [[S:martin1|he]] [[C:martin1|said]]. “[[Q:martin1|I’ve known that since 1998, frankly. I just wanted the voters to confirm it.]]”

[[S:martin2|Mr. Pryce]] [[C:martin2|said]] he would serve as “[[P:martin2|the loudest voice in the public gallery]]” and would hold his wife to her promise to fix the Station Road drainage.

The Pryces differed on few issues. Both backed a new recreation centre; they split on whether to raise the property tax to pay for it. Mrs. Pryce supported a modest increase. [[S:martin3|Her husband]] [[C:martin3|called]] that “[[P:martin3|a non-starter for seniors on fixed incomes,]]” a line he repeated at every debate.

Third-place finisher [[S:ott1|Solveig Ottesen]], a retired police officer, [[C:ott1|said]] the contest had been “[[P:ott1|a bit of a family sitcom]]” at times. “[[Q:ott2|I spent four months debating a marriage,]]” [[S:ott2|Ottesen]] [[C:ott2|said]]. “[[Q:ott2|I think I did rather well, considering I was outnumbered.]]”

Turnout was 58 per cent, up from 39 per cent four years ago, which Lionel Achebe-Stroud, a political scientist at the Northern Lochs College, attributed to the novelty of the contest. “[[Q:prof1|People love a story, and this was a story,]]” [[S:prof1|he]] [[C:prof1|said]]. “[[Q:prof1|Whether it was good for the quality of the debate is another question.]]”

Campaign volunteer Dariusz Nowicki, who worked for Mrs. Pryce, said the mood at headquarters had been tense until the last poll reported. “[[Q:vol1|We kept refreshing the page and saying, ‘Don’t get excited, don’t get excited,’ and then we got very excited,]]” [[S:vol1|Nowicki]] [[C:vol1|said]].

Late in the evening, [[S:both1|the couple]] appeared together outside the Legion and [[C:both1|told]] reporters they planned to “[[P:both1|take one day off from each other]]” before the transition.

Asked who would be in charge at the store, [[S:gwen2|Mrs. Pryce]] [[C:gwen2|said]]: “[[Q:gwen2|Martin is. He’s going to have a lot more free time.]]”
""",
    ),
    dict(
        slug="beekeeper-feature-lede",
        outlet="The Prairie Sentinel",
        date="2026-08-04",
        type="feature",
        people={
            "ros": "Rosa Kiplagat-Finn",
            "son": "Elliot Finn",
            "insp": "Harold Mbatha",
            "ass": "Saskatchewan Honey Producers Association",
            "neigh": "Brigitte Lasalle",
        },
        text="""“[[Q:ros0|You don’t own bees. You negotiate with them.]]”

[[S:ros0|Rosa Kiplagat-Finn]] [[C:ros0|says]] it without a trace of a smile, standing in a field of canola east of Kestrane with 400 hives humming behind her.

“[[Q:ros1|People think it’s like keeping chickens,]]” [[S:ros1|she]] [[C:ros1|goes on]]. “[[Q:ros1|It is nothing like keeping chickens. Chickens don’t leave if they don’t like the neighbourhood.]]”

Kiplagat-Finn, 54, is one of the largest independent honey producers in Saskatchewan, and one of the few who still does most of the work by hand. This summer she is also one of the loudest voices warning that a new mite, first detected in the province last year, could wipe out a third of the province’s colonies.

“[[Q:ros2|I lost eighty hives in March. Eighty,]]” [[S:ros2|she]] [[C:ros2|said]]. “[[Q:ros2|In thirty years I never lost more than twenty in a winter.]]”

“[[Q:insp1|It’s the worst we’ve recorded,]]” [[C:insp1|said]] provincial apiarist [[S:insp1|Harold Mbatha]], whose office tracks losses through an annual survey. Across Saskatchewan, beekeepers reported losing 41 per cent of their colonies over the winter, he said, compared with a long-term average of about 20 per cent.

“[[Q:insp2|The mite itself isn’t the whole story,]]” [[S:insp2|Mbatha]] [[C:insp2|cautioned]]. “[[Q:insp2|It’s the mite plus a long cold spring plus some viruses that ride along with it. That combination is very hard on a colony.]]”

[[S:ass1|The Saskatchewan Honey Producers Association]] [[C:ass1|said]] in a brief statement it was asking the province for emergency funding to replace lost colonies, calling the losses “[[P:ass1|a threat to pollination across the prairies.]]”

Kiplagat-Finn was born in Kenya and came to Canada at 19 to study agriculture. She met her late husband, a grain farmer, at a conference in Regina; the hives were his idea.

“[[Q:ros3|He bought ten hives as a hobby, and then he went back to wheat and left me with them,]]” [[S:ros3|she]] [[C:ros3|recalled]]. “[[Q:ros3|I’ve been meaning to give them back ever since.]]”

Her son Elliot Finn, 24, now works alongside her. “[[Q:son1|She says that every year,]]” [[S:son1|he]] [[C:son1|said]], rolling his eyes. “[[Q:son1|Every year she buys more.]]”

A neighbour, Brigitte Lasalle, who grows canola on the section next door, said her yields rose noticeably after Kiplagat-Finn started putting hives on her field. “[[Q:neigh1|I used to think the bees were doing her a favour,]]” [[S:neigh1|Lasalle]] [[C:neigh1|said]]. “[[Q:neigh1|Now I know they’re doing me one.]]”

As the sun drops, Kiplagat-Finn lifts the lid from a hive and peers in. “[[Q:ros4|Look at them,]]” [[S:ros4|she]] [[C:ros4|says]]. “[[Q:ros4|Still here. Still negotiating.]]”
""",
    ),
]
