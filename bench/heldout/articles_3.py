# Fictional articles: every person, outlet, company, town and event is invented.
ARTICLES = [
    dict(
        slug="qa-poet-ferries",
        outlet="Harbourlight Review",
        date="2026-04-20",
        type="interview",
        people={"lund": "Maren Lundqvist-Obi", "gran": "Ilse Brandvold", "ed": "Corinne Ashby", "dad": "her father"},
        text="""“[[Q:lund0|I write about ferries because nobody else does]]”: a conversation with [[S:lund0|Maren Lundqvist-Obi]]

Maren Lundqvist-Obi’s third collection, “[[U|Slow Crossings]]”, won the Alder Prize for poetry last month, making her the first writer from the islands to take it. She grew up on Skerrin, a fictional island of 300 people off the west coast of Scotland, and still lives there, in the house her grandmother built.

When we met in the ferry café, [[S:lund1|she]] [[C:lund1|said]] the prize had been “[[P:lund1|a lovely, slightly alarming surprise,]]” and that she had spent the prize money on a new roof. “[[Q:lund2|It’s not very romantic, but the old one leaked onto my desk,]]” [[S:lund2|she]] [[C:lund2|said]], laughing.

Our conversation has been edited for length.

Q: Why ferries?

A: Because they are where island life actually happens. Everyone meets on the ferry. My grandmother, [[S:gran1|Ilse Brandvold]], used to [[C:gran1|say]], “[[Q:gran1|If you want to know the news, buy a ticket.]]” She was right. Half the poems in the book started as things I overheard on the crossing.

Q: Was it hard to find a publisher?

A: Very. My first editor, Corinne Ashby, was honest with me. [[S:ed1|She]] [[C:ed1|said]], “[[Q:ed1|Maren, nobody in London wants to read about ferries.]]” And then she published the book anyway, which tells you something about her.

Q: Your father appears in several of the poems.

A: He was a ferry engineer for thirty years. When he retired, [[S:dad1|he]] [[C:dad1|said]], “[[Q:dad1|I have crossed this water eleven thousand times and it has never once been the same.]]” I wrote that down on the back of a receipt. It became the last line of “[[U|Engine Room]]”.

Q: Do people on Skerrin read your work?

A: Some do. Some tell me I got the weather wrong. That is the highest form of criticism on an island.

Q: What are you writing now?

A: A long poem about the night the ferry broke down in a storm in 1998 and the whole island came down to the pier with torches. It is called “[[U|Lanterns]]”, at least for now.

Q: Any advice for young writers from small places?

A: Write the thing only you can write. Nobody else is going to do it.

After the interview she walked down to meet the evening boat. “[[Q:lund3|It’s my commute, even when I’m not going anywhere,]]” [[S:lund3|Lundqvist-Obi]] [[C:lund3|said]].
""",
    ),
    dict(
        slug="council-bike-lanes",
        outlet="Riverton Gazette",
        date="2026-05-13",
        type="hard news",
        people={
            "mayor": "Celeste Ambrose-Kaur",
            "dunmore": "Patrick Dunmore",
            "yeo": "Harlan Yeo",
            "santos": "Beatriz Santos-Roe",
            "kim": "Wendell Kimura",
            "nuri": "Farah Nuri",
            "eng": "Gustav Lemaire",
            "cl": "Riverton Cycling Alliance",
        },
        text="""Riverton council approves Main Street bike lanes after five-hour debate

RIVERTON — City council voted 7-4 late Tuesday to install protected bike lanes along a 2.3-kilometre stretch of Main Street, ending one of the longest and most heated meetings in recent memory.

The $4.1-million plan will remove 140 on-street parking spots and narrow the road to one lane in each direction between Elgin Avenue and the river bridge.

Mayor [[S:mayor1|Celeste Ambrose-Kaur]], who voted in favour, [[C:mayor1|called]] it “[[P:mayor1|the most important street we will redesign this decade.]]” She said she had heard the concerns of business owners. “[[Q:mayor2|I have listened, and I have changed my mind on the loading zones,]]” [[S:mayor2|Ambrose-Kaur]] [[C:mayor2|said]]. “[[Q:mayor2|But I have not changed my mind on the principle.]]”

Coun. Patrick Dunmore led the opposition. “[[Q:dunmore1|We are taking a street that works and breaking it for a few hundred cyclists in July,]]” [[S:dunmore1|he]] [[C:dunmore1|said]]. “[[Q:dunmore1|In January you could fire a cannon down that bike lane.]]”

That drew a sharp reply from Coun. Farah Nuri. “[[Q:nuri1|You can fire a cannon down the sidewalk in January too, and we still clear the snow off it,]]” [[S:nuri1|Nuri]] [[C:nuri1|shot back]].

More than 40 residents signed up to speak. Harlan Yeo, who has run Yeo’s Hardware on Main Street for 31 years, told councillors the loss of parking would hurt his business. “[[Q:yeo1|My customers are buying bags of cement, not bouquets,]]” [[S:yeo1|Yeo]] [[C:yeo1|said]]. “[[Q:yeo1|They’re not carrying those home on a bicycle.]]”

Beatriz Santos-Roe, a nurse who cycles to Riverton General, described being hit by a car door last fall. “[[Q:santos1|I was lucky. I broke my wrist, and I was back at work in six weeks,]]” [[S:santos1|she]] [[C:santos1|said]]. “[[Q:santos1|The next person might not be lucky.]]”

The Riverton Cycling Alliance had urged members to attend wearing yellow, and the gallery was a sea of it. Signs reading “[[U|Safe Streets Now]]” were held up each time a speaker finished, until the clerk asked people to stop.

City engineer Gustav Lemaire said construction would start next spring and take about five months. Asked by Coun. Wendell Kimura whether businesses would be compensated for lost trade during construction, [[S:eng1|Lemaire]] [[C:eng1|said]] that was “[[P:eng1|a policy question for council, not for staff.]]”

“[[Q:kim1|Then let me make it one,]]” [[C:kim1|replied]] [[S:kim1|Kimura]], who then moved a motion to create a $250,000 relief fund. It passed unanimously.

[[S:cl2|The alliance]] [[C:cl2|said]] in a statement after the vote that the decision was “[[P:cl2|a win for everyone who uses Main Street, whatever they drive or ride.]]”

Dunmore was not so sure. “[[Q:dunmore2|We’ll see how everyone feels next February,]]” [[S:dunmore2|he]] [[C:dunmore2|said]] as he left the chamber.
""",
    ),
    dict(
        slug="flood-millbrook",
        outlet="Valley Morning Record",
        date="2026-02-09",
        type="hard news",
        people={
            "chief": "Ruairi Tennant",
            "hale": "Marguerite Hale",
            "pinto": "Joaquim Pinto",
            "abebe": "Selam Abebe",
            "wx": "Ines Kowalczyk",
            "none": None,
            "boy": "Oscar",
        },
        text="""“[[Q:hale0|It came in under the door like it owned the place]]”: Millbrook counts cost of worst flood in 40 years

MILLBROOK — The River Levet burst its banks before dawn on Sunday, flooding more than 300 homes in this market town and forcing the evacuation of a care home, as a storm dumped a month’s rain in 36 hours.

No deaths were reported, but two people were treated in hospital after being rescued from their cars on the Levet Bridge road, fire officials said.

“[[Q:chief1|The water rose faster than anything my crews have seen,]]” [[C:chief1|said]] [[S:chief1|Ruairi Tennant]], the area fire chief. “[[Q:chief1|At one point it was coming up a foot an hour.]]”

By Sunday afternoon, residents of Mill Lane were wading through knee-deep brown water to salvage what they could. Marguerite Hale, 67, stood on her front step holding a framed wedding photograph. “[[Q:hale1|It came in under the door like it owned the place,]]” [[S:hale0,hale1|she]] [[C:hale1|said]]. “[[Q:hale1|I had ten minutes. I took the photographs and the cat, and that was it.]]”

Her grandson Oscar, 12, had helped carry the cat basket to a neighbour’s car. “[[Q:boy1|The cat was not happy,]]” [[S:boy1|he]] [[C:boy1|reported]].

Next door, Joaquim Pinto, who moved to Millbrook from Porto eight years ago, was pulling sodden carpet into a skip. “[[Q:pinto1|Everybody told me the river was a pretty thing,]]” [[S:pinto1|Pinto]] [[C:pinto1|said]]. “[[Q:pinto1|Nobody told me it had a temper.]]”

[[S:pinto2|He]] [[C:pinto2|said]] he had no flood insurance because the premium had tripled after the last flood scare. “[[Q:pinto2|Now I know why.]]”

The care home, Levet House, moved 38 residents to the town’s leisure centre by minibus and ambulance before the ground floor flooded. Manager Selam Abebe praised her staff, some of whom had come in on their day off. “[[Q:abebe1|Nobody asked them to. They just turned up in their wellies,]]” [[S:abebe1|Abebe]] [[C:abebe1|said]].

Forecasters said the worst had passed but warned that more rain was due midweek. “[[Q:wx1|The ground is saturated, so even modest rainfall will run straight off into the rivers,]]” [[C:wx1|said]] [[S:wx1|Dr Ines Kowalczyk]], a hydrologist at the Northern Weather Centre. [[S:wx2|She]] [[C:wx2|called]] the storm “[[P:wx2|exactly the sort of event we expect to see more often.]]”

A flood wall proposed for Mill Lane in 2019 was never built after its cost rose to £9m. Residents have long called the plan “[[U|the wall that never was]]”.

“[[Q:none1|Build it now,]]” someone had written in marker on a plank propped against the bridge railings.

Back on her step, [[S:hale3|Hale]] [[C:hale3|said]] she would stay with her daughter for now. “[[Q:hale3|I’ll be back,]]” [[S:hale4|she]] [[C:hale4|added]]. “[[Q:hale4|It’s my house. The river can’t have it.]]”
""",
    ),
]
