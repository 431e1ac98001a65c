# Fictional articles 1-4: every person, outlet, company, town and event is invented.
ARTICLES = [
    dict(
        slug="dockers-walk-out",
        outlet="Fictional Wire",
        date="2026-03-10",
        type="hard news",
        people={
            "okon": "Delphine Okonkwo-Hale",
            "hf": "Halvering Freight",
            "brandt": "Gideon Brandt",
            "ash": "Priya Ashworth-Lin",
            "tully": "Ronan Tully",
            "none": None,
        },
        text="""Dockers walk out at Thamesreach as pay talks collapse

LONDON (Fictional Wire) — Hundreds of dock workers at the Thamesreach container terminal east of London walked off the job on Tuesday after pay talks with the operator, Halvering Freight, broke down late on Monday night.

“[[Q:okon1|We have been patient for eleven months, and patience has not paid a single bill,]]” [[S:okon1|Delphine Okonkwo-Hale]], general secretary of the Riverside Transport Union, [[C:okon1|told]] reporters outside the terminal gates. “[[Q:okon1|Our members are not asking for the moon. They are asking to keep up with their rent.]]”

The union says the stoppage will last at least five days. Ships queued in the estuary on Tuesday afternoon and at least two vessels were diverted to ports on the continent, according to shipping data.

[[S:hf1,hf2|Halvering Freight]] [[C:hf1,hf2|said]] in a statement that its offer of a 4.5 percent rise was “[[P:hf1|fair, affordable and final]]” and that it had “[[P:hf2|no intention of reopening a settled question.]]” [[S:hf3|The statement]] [[C:hf3|added]]: “[[Q:hf3|We regret the disruption this action will cause to customers across the country.]]”

The company did not respond to further questions.

Gideon Brandt, who has driven a straddle carrier at the terminal for 22 years, stood at the picket line with a flask of tea. “[[Q:brandt1|I never thought I’d be out here at my age,]]” [[S:brandt1|he]] [[C:brandt1|said]]. “[[Q:brandt1|But you look at the price of everything, and you look at what they made last year, and something has to give.]]”

Halvering reported pre-tax profit of 212 million pounds last year, up from 171 million a year earlier.

Economists warned that a prolonged dispute could add to pressure on supermarket shelves. “[[Q:ash1|Thamesreach handles a large share of refrigerated imports into the south-east, so a week is manageable but three weeks is not,]]” [[C:ash1|said]] [[S:ash1|Priya Ashworth-Lin]], a logistics economist at the Canbury Institute.

[[S:ash2,ash3|She]] [[C:ash2|said]] retailers had “[[P:ash2|some slack in the system]]” after building stocks before the winter holidays, but [[C:ash3|warned]] that “[[P:ash3|slack is not a strategy.]]”

A government spokesman said ministers were monitoring the situation and urged both sides to return to talks. Local MP Ronan Tully was blunter. “[[Q:tully1|Lock them in a room and don’t let them out until there’s a deal,]]” [[S:tully1|Tully]] [[C:tully1|wrote]] on social media.

Placards at the gate read “[[U|Fair Pay Now]]” and “[[U|Profits Up, Wages Down]]”. The union has called a rally for Saturday.

“[[Q:okon2|If Halvering wants this to end, it knows where to find us,]]” [[S:okon2|Okonkwo-Hale]] [[C:okon2|said]].
""",
    ),
    dict(
        slug="library-closure-leeds",
        outlet="The Northern Ledger",
        date="2026-02-17",
        type="hard news",
        people={
            "fenwick": "Harriet Fenwick",
            "oduya": "Tobias Oduya",
            "su": "Airesbridge Students’ Union",
            "crane": "Imelda Crane",
            "pell": "Alasdair Pell",
            "uni": "Airesbridge University",
        },
        text="""University to shut historic reading room despite student protest

Airesbridge University will close its Victorian reading room in Leeds at the end of the academic year, moving most of its printed collection to a warehouse outside the city, despite a petition signed by more than 6,000 students and staff.

The decision, taken at a meeting of the university’s council last Thursday, was [[C:su1|described]] by [[S:su1|the Airesbridge Students’ Union]] as “[[P:su1|an act of cultural vandalism]]”.

“[[Q:fenwick1|Nobody takes a decision like this lightly,]]” [[C:fenwick1|said]] [[S:fenwick1|Professor Harriet Fenwick]], the university’s pro-vice-chancellor for estates. “[[Q:fenwick1|The building needs £14m of repairs we simply cannot fund, and the roof is a genuine risk to readers.]]”

[[S:fenwick2|Ms Fenwick]] [[C:fenwick2|added]] that digitised copies of the most-requested volumes would remain available online and that books could be ordered from the store “[[P:fenwick2|within forty-eight hours]]”.

Tobias Oduya, president of the students’ union, was unconvinced. “[[Q:oduya2|Forty-eight hours is a lifetime when you have an essay due on Friday,]]” [[C:oduya2|said]] [[S:oduya2|Mr Oduya]]. “[[Q:oduya2|They talk about risk. The real risk is that a generation of students never learns what it is to browse a shelf.]]”

The union is considering a legal challenge.

Dr Imelda Crane, a historian who has used the room for three decades and who organised the petition, recalled arriving as a postgraduate in 1994. “[[Q:crane1|The porter told me to take my coat off and sit where the light was good,]]” [[S:crane1|she]] [[C:crane1|said]]. “[[Q:crane1|I have sat in the same chair ever since. It feels absurd to say it, but it is like losing a friend.]]”

Dr Crane argued the university had never seriously explored selling naming rights or seeking heritage grants. “[[Q:crane3|There has been no imagination here at all,]]” [[S:crane3|she]] [[C:crane3|said]].

The university rejected that. [[S:uni1|A statement from the university]] [[C:uni1|said]] it had “[[P:uni1|approached every major heritage funder in the country]]” and been turned down by each.

The reading room, which opened in 1889, appears in the 1970s television drama “[[U|The Long Term]]” and is a regular stop on the city’s heritage walks. Its closure will also end the monthly “[[U|Silent Saturday]]” study sessions that students began during the pandemic.

Councillor Alasdair Pell, who chairs the city council’s culture committee, said he had written to the vice-chancellor asking her to pause the decision. “[[Q:pell1|Leeds is not so rich in buildings like this that it can afford to let one go dark,]]” [[C:pell1|said]] [[S:pell1|Mr Pell]].

Asked whether the decision could still be reversed, [[S:fenwick3|Ms Fenwick]] [[C:fenwick3|replied]]: “[[Q:fenwick3|Council has decided. I would be misleading people if I said otherwise.]]”
""",
    ),
    dict(
        slug="ferry-cancelled-kettle-harbour",
        outlet="South Shore Beacon",
        date="2026-01-29",
        type="hard news",
        people={
            "macisaac": "Lorna MacIsaac",
            "bel": "Marc Bellefeuille",
            "prov": "Nova Scotia Department of Coastal Ways",
            "doucet": "Aurèle Doucet",
            "whynot": "Kendra Whynot",
            "none": None,
        },
        text="""Kettle Harbour ferry cancelled for rest of winter, leaving islanders with long drive

KETTLE HARBOUR, N.S. — Residents of Little Tarnock Point will have to make a two-hour round trip by road for groceries and medical appointments after the province cancelled the winter run of the Kettle Harbour ferry, citing ice damage to the landing.

The MV Alder Queen, which has carried cars and foot passengers across the harbour since 1987, was pulled from service last week after an inspection found cracks in the steel ramp on the island side.

“[[Q:bel1|The safety of passengers and crew has to come first, and right now we cannot guarantee it,]]” [[S:bel1|Marc Bellefeuille]], a spokesperson for the Nova Scotia Department of Coastal Ways, [[C:bel1|said]] in an email. He said repairs would start as soon as the ice clears, likely in April.

For Lorna MacIsaac, who runs the only store on Little Tarnock Point, the news came as a blow. “[[Q:macisaac1|Half my stock comes over on that boat,]]” [[S:macisaac1|MacIsaac]] [[C:macisaac1|said]] Tuesday, standing behind a counter stacked with bread she had driven in herself at dawn. “[[Q:macisaac1|I did the road this morning and I’ll do it again Thursday. I don’t know how long I can keep that up, eh?]]”

[[S:macisaac2|She]] [[C:macisaac2|said]] many of her customers were seniors who no longer drive in winter. “[[Q:macisaac2|They’re the ones I worry about.]]”

Aurèle Doucet, 81, is one of them. He has a standing appointment for dialysis in Brackenholm three times a week. Until last week he took the ferry and a community van. “[[Q:doucet1|Now my son has to take a day off work each time,]]” [[C:doucet1|says]] [[S:doucet1|Doucet]]. “[[Q:doucet1|He doesn’t complain. I do the complaining for both of us.]]”

Kendra Whynot, the area’s municipal councillor, said she had asked the province for a water taxi for foot passengers. “[[Q:whynot1|We’re not asking for a miracle, we’re asking for a boat with a heater,]]” [[S:whynot1|Whynot]] [[C:whynot1|told]] the Beacon.

[[S:prov2|The department]] [[C:prov2|said]] it was “[[P:prov2|reviewing options]]” but made no commitment. [[S:bel2|Bellefeuille]] [[C:bel2|said]] a temporary service would need a landing that could be used safely in ice, “[[P:bel2|and that is exactly what we do not have.]]”

The cancellation is the third winter interruption in five years. In 2023 the ferry was out for six weeks after its engine failed, a period locals still call “[[U|the long walk]]”.

“[[Q:none1|Every time, it’s a temporary problem,]]” read a handwritten note taped to the door of the island’s community hall, signed only by “[[U|a tired islander]]”. “[[Q:none1|Every time, we’re the ones who pay.]]”

Whynot said a public meeting would be held at the hall on Saturday. “[[Q:whynot2|Bring your questions and bring your patience,]]” [[S:whynot2|she]] [[C:whynot2|said]]. “[[Q:whynot2|We’re going to need both.]]”
""",
    ),
]
