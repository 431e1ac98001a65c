# Fictional articles for the heldout2 evaluation set. Every person, outlet, company, town and
# event here is invented. Markup is explained in build.py.
ARTICLES = []

ARTICLES.append(
    dict(
        id="heldout2:01-wire-harbour-talks",
        outlet="Fictional Wire",
        date="2026-10-14",
        url="https://example.org/wire/harbour-talks",
        type="hard news",
        speakers={
            "A0": "Oskar Lindqvar",
            "A1": "Oskar Lindqvar",
            "A3b": None,
            "A2": "Oskar Lindqvar",
            "A3": None,
            "A4": "Halvard Maritime Council",
            "A5": "Priya Dunmore",
            "A6": "Priya Dunmore",
            "A7": "Priya Dunmore",
            "A8": "Oskar Lindqvar",
            "A9": "Tobias Renwick",
            "A10": "Tobias Renwick",
            "A11": "Tobias Renwick",
        },
        text="""Fishing talks stall as northern ministers trade blame

LONDON (Fictional Wire) — Talks on a shared fishing quota for the Halvard Sea broke up without agreement on Tuesday, with [[S:A0|the visiting fisheries minister]] of the small island state of Vestmark [[C:A0|accusing]] his hosts of "[[P:A0|moving the goalposts every single evening.]]"

"[[Q:A1|We came here with a fair offer and we are leaving with the same fair offer,]]" [[S:A1|Oskar Lindqvar]] [[C:A1|said through an interpreter]] at a news conference outside the conference centre. "[[Q:A1|Nobody in my country will understand why a deal this close was allowed to slip.]]"

[[S:A2|Lindqvar]], who has led his country's delegation since the spring, [[C:A2|said]] the sticking point was a clause on juvenile cod that he "[[P:A2|cannot sign in its present form.]]"

[[S:A3|A senior official from the host delegation]], who spoke on condition of anonymity because the talks are confidential, [[C:A3|said]] the Vestmark side had "[[P:A3|asked for a week and then asked for a month.]]" [[S:A3b|The official]] [[C:A3b|added]]: "[[Q:A3b|We are still at the table. The door is not closed.]]"

[[C:A4|According to a statement from]] [[S:A4|the Halvard Maritime Council]], which advises both governments, stocks of juvenile cod have fallen for four years in a row. "[[Q:A4|Without an agreed limit before the winter season, the council cannot guarantee the recovery of the northern stock,]]" the statement said.

[[S:A5|Priya Dunmore]], a fisheries economist at the fictional Carrick Institute in Edinburgh, [[C:A5|told]] Fictional Wire that both sides had more to lose than they admitted.

"[[Q:A6|The boats on both coasts depend on the same fish,]]" [[S:A6|she]] [[C:A6|said]]. "[[Q:A6|If one fleet takes more this winter, the other fleet pays for it next summer. That is the arithmetic, whatever the politicians say.]]"

[[S:A7|Dunmore]] [[C:A7|warned]] that a failure to agree by December could mean "[[P:A7|an emergency closure that nobody wants.]]"

Asked whether he would return to London before the end of the year, [[S:A8|Lindqvar]] [[C:A8|replied]]: "[[Q:A8|If they call, I will come. I have always come.]]"

The host delegation was led by deputy minister [[S:A9|Tobias Renwick]], who left the building without speaking to reporters. In a short post on social media later in the evening, [[S:A10|Renwick]] [[C:A10|wrote]] that the talks had been "[[P:A10|frank and, at times, difficult]]" and that officials would "[[P:A10|keep working through the weekend.]]"

Talks are due to resume in Vestmark's capital, Skarnholt, on November 3. Fishermen's groups in both countries have said they will hold protests in their harbours if there is no deal by then.
""",
    )
)

ARTICLES.append(
    dict(
        id="heldout2:02-court-crossexam",
        outlet="The Ashbrough Courier",
        date="2026-09-22",
        url="https://example.org/courier/court/warehouse-fire-trial",
        type="court report",
        speakers={
            "B0": "Daniel Pryce",
            "B1": "Helen Okafor",
            "B2": "Daniel Pryce",
            "B3": "Helen Okafor",
            "B4": "Helen Okafor",
            "B5": "Daniel Pryce",
            "B6": "Helen Okafor",
            "B7": "Daniel Pryce",
            "B8": "Daniel Pryce",
            "B9": "Marcus de la Cruz",
            "B10": "Daniel Pryce",
            "B11": "Beatrice Lamont",
            "B12": "Beatrice Lamont",
            "B13": "Marcus de la Cruz",
            "B14": "Helen Okafor",
        },
        text="""Warehouse owner denies starting fire for insurance money

[[S:B0|A warehouse owner]] accused of setting fire to his own building [[C:B0|told]] a jury on Monday that he was "[[P:B0|nowhere near Ashbrough]]" on the night it burned.

Daniel Pryce, 51, is on trial at Ashbrough Crown Court charged with arson with intent to endanger life and fraud. He denies both charges.

Under cross-examination by the prosecutor, [[S:B1|Helen Okafor]], Mr Pryce was asked why his mobile phone had connected to a mast two streets from the warehouse at 11.40pm.

"[[Q:B1|You were there, weren't you, Mr Pryce?]]" [[C:B1|asked]] Ms Okafor.

"[[Q:B2|I was not,]]" [[S:B2|he]] [[C:B2|replied]]. "[[Q:B2|My brother had my phone that week. I have told the police that from the start.]]"

"[[Q:B3|That is the first time anyone in this room has heard about your brother,]]" [[S:B3|Ms Okafor]] [[C:B3|said]].

The prosecutor went on to read from a text message sent from the phone at 11.52pm. [[S:B4|She]] [[C:B4|asked]]: "[[Q:B4|Who wrote 'it's done, go home' if it wasn't you?]]"

[[S:B5|Mr Pryce]] paused for several seconds before [[C:B5|answering]]: "[[Q:B5|I don't know. I can only tell you it wasn't me.]]"

[[S:B6|Ms Okafor]] [[C:B6|suggested]] he had been "[[P:B6|drowning in debt]]" after losing his largest customer in the spring, and that the building had been insured for twice its value.

"[[Q:B7|Every business on that estate was in debt,]]" [[S:B7|Mr Pryce]] [[C:B7|said]]. "[[Q:B7|That doesn't make us all arsonists.]]"

Earlier, questioned by his own barrister, Marcus de la Cruz, [[S:B8|Mr Pryce]] [[C:B8|described]] the night of the fire as "[[P:B8|the worst of my life]]". He said he had learned of it from a neighbour's call at about 2am.

"[[Q:B9|Did you go to the warehouse when you got that call?]]" [[C:B9|asked]] [[S:B9|Mr de la Cruz]].

"[[Q:B10|Straight away. I drove there in my slippers,]]" [[S:B10|Mr Pryce]] [[C:B10|said]].

Two firefighters were treated for smoke inhalation on the night, the court has heard.

The judge, Beatrice Lamont, reminded the jury that the burden of proof lay with the Crown. "[[Q:B12|It is not for the defendant to prove where he was,]]" [[S:B12|Judge Lamont]] [[C:B12|told]] them. "[[Q:B12|It is for the prosecution to prove, so that you are sure, that he was there.]]"

Outside court, [[S:B13|de la Cruz]] [[C:B13|said]] his client was "[[P:B13|looking forward to the end of a very long year.]]"

The trial continues. [[S:B14|Ms Okafor]] is expected to call the defendant's brother as a witness on Wednesday, [[C:B14|telling]] the judge he would be "[[P:B14|a short witness, but an important one.]]"
""",
    )
)

ARTICLES.append(
    dict(
        id="heldout2:03-earnings-brightwell",
        outlet="The Meridian Business Journal",
        date="2026-11-05",
        url="https://example.org/mbj/brightwell-q3",
        type="hard news",
        speakers={
            "C1": "Brightwell Foods",
            "C2": "Sandra Kowalczyk",
            "C3": "Sandra Kowalczyk",
            "C4": "Sandra Kowalczyk",
            "C5": "Rajiv Menon",
            "C6": "Rajiv Menon",
            "C7": "Lucy O'Halloran",
            "C8": "Lucy O'Halloran",
            "C9": "Lucy O'Halloran",
            "C10": "Gregor Baptiste",
            "C11": "Gregor Baptiste",
            "C12": "Sandra Kowalczyk",
            "C13": "Brightwell Foods",
        },
        text="""Brightwell Foods cuts forecast as frozen-meal sales cool

Brightwell Foods lowered its full-year profit forecast on Wednesday after a sharp drop in sales of its frozen ready meals, sending its shares down 9 per cent in early trading.

The Chicago-based company reported third-quarter revenue of $2.1 billion, down 4 per cent from a year earlier, and net income of $143 million. In a statement, [[S:C1|the company]] [[C:C1|said]] it now expected earnings per share "[[P:C1|at the lower end of, or slightly below]]" the range it gave in July.

Chief executive Sandra Kowalczyk blamed the slowdown on shoppers trading down to cheaper store brands. "[[Q:C2|Our customers are under pressure, and we see it every week in the data,]]" [[S:C2|she]] [[C:C2|said]] on a call with analysts. "[[Q:C2|They have not stopped buying frozen food. They have stopped buying the premium lines.]]"

[[S:C3|Kowalczyk]], who took over in January, [[C:C3|insisted]] the company would not chase volume with deep discounts. "[[Q:C3|We are not going to buy market share we can't keep,]]" she said.

She also announced the closure of a plant in Ohio, which employs about 400 people, and [[C:C4|said]] [[S:C4|she]] regretted "[[P:C4|the impact on a workforce that has been loyal to us for thirty years.]]"

Finance chief [[S:C5|Rajiv Menon]] told analysts that cost savings of $120 million a year would be reached by the end of 2027, a year earlier than planned.

"[[Q:C6|We have found more in the supply chain than we expected,]]" [[C:C6|said]] [[S:C6|Menon]], adding that freight costs had fallen for a third quarter in a row.

Not everyone was convinced. [[S:C7|Lucy O'Halloran]], an analyst at the fictional brokerage Pennick & Shaw, [[C:C7|said]] the forecast cut had been "[[P:C7|the least surprising surprise of the season.]]"

"[[Q:C8|The premium frozen business was built for a world of cheap credit and full employment,]]" [[S:C8|O'Halloran]] [[C:C8|wrote]] in a note to clients. "[[Q:C8|That world has gone for now, and management is only starting to say so.]]"

[[S:C9|She]] [[C:C9|added]] that the plant closure was "[[P:C9|necessary but late.]]"

Another analyst, [[S:C10|Gregor Baptiste]] of Hallam Securities, was more positive. He [[C:C10|argued]] that Brightwell's snack division, whose sales rose 6 per cent, was "[[P:C10|quietly becoming the best part of the company.]]"

"[[Q:C11|If you strip out frozen, this is a growth business,]]" [[S:C11|Baptiste]] [[C:C11|told]] the Journal. "[[Q:C11|The market is looking at the wrong line of the income statement.]]"

Asked on the call whether Brightwell might sell the frozen division, [[S:C12|Kowalczyk]] [[C:C12|said]]: "[[Q:C12|We don't comment on speculation. What I can tell you is that every brand we own has to earn its place.]]"

The company will pay its quarterly dividend of 38 cents a share as planned, [[S:C13|a spokesperson for Brightwell]] [[C:C13|confirmed]] later. "[[Q:C13|The dividend is not under review,]]" the spokesperson said.

Brightwell shares had fallen 22 per cent this year before Wednesday's results.
""",
    )
)

ARTICLES.append(
    dict(
        id="heldout2:04-science-sleep-study",
        outlet="The Northern Science Review",
        date="2026-08-19",
        url="https://example.org/nsr/teen-sleep-study",
        type="science",
        speakers={
            "D1": "Annelies van der Berg",
            "D2": "Annelies van der Berg",
            "D3": "Annelies van der Berg",
            "D4": "Annelies van der Berg",
            "D5": "Femi Adeyemi",
            "D6": "Femi Adeyemi",
            "D7": "Femi Adeyemi",
            "D8": "Annelies van der Berg",
            "D9": "Thomas Achterberg",
            "D10": "Thomas Achterberg",
        },
        text="""Later school start linked to better grades, large study finds

"[[Q:D1|We expected a small effect. We did not expect it to be this consistent.]]"

That was how [[S:D1|Annelies van der Berg]], the lead author of a new study of more than 40,000 teenagers, [[C:D1|described]] her team's findings, published on Tuesday in the fictional Journal of Adolescent Health Research.

The study, which followed pupils at 212 secondary schools in the Netherlands and Belgium over six years, found that schools that moved their first lesson from 8.10am to 9am saw average test scores rise by about a fifth of a grade.

"[[Q:D2|The teenagers who started later slept on average forty minutes more a night,]]" [[S:D2|Dr van der Berg]], an epidemiologist at the fictional University of Lindenhoven, [[C:D2|said]] in an interview. "[[Q:D2|And they did not simply stay up later to compensate, which was the first objection we heard from every head teacher.]]"

She said the effect was strongest in the final two years of school, and among pupils from poorer families, who she [[C:D3|said]] [[S:D3|she]] suspected had "[[P:D3|less room at home to make up the lost sleep.]]"

[[S:D4|Van der Berg]] [[C:D4|cautioned]] that the study was observational. "[[Q:D4|Schools that change their timetable may differ in other ways,]]" she said. "[[Q:D4|We controlled for what we could measure. We cannot control for what we could not.]]"

Outside researchers were broadly positive. [[S:D5|Femi Adeyemi]], a sleep scientist who was not involved in the work, [[C:D5|called]] it "[[P:D5|the most convincing data we have so far]]" on the question.

"[[Q:D6|It has been a frustrating debate because the studies were small,]]" [[S:D6|Professor Adeyemi]] [[C:D6|said]]. "[[Q:D6|Forty thousand pupils is not small.]]"

But he [[C:D7|warned]] against reading too much into the size of the effect. "[[Q:D7|A fifth of a grade is real, but it is not a miracle. Nobody should sell this to parents as a cure for bad results,]]" [[S:D7|he]] said.

The researchers now plan a trial in which schools are assigned start times at random. [[S:D8|Van der Berg]] [[C:D8|said]] about thirty schools had already volunteered. "[[Q:D8|That surprised me. Head teachers are usually the hardest people to persuade,]]" she said, laughing.

A spokesman for the Dutch education ministry, [[S:D9|Thomas Achterberg]], [[C:D9|said]] the ministry would "[[P:D9|study the results carefully]]" but had no plans to change national guidance. "[[Q:D10|Start times are a matter for each school board,]]" [[S:D10|he]] [[C:D10|said]].

The study was funded by the fictional Hollandse Onderwijs Fonds and did not receive money from any company.
""",
    )
)

ARTICLES.append(
    dict(
        id="heldout2:05-council-bike-lanes",
        outlet="The Larch Ridge Gazette",
        date="2026-06-10",
        url="https://example.org/lrg/council-bike-lanes",
        type="hard news",
        speakers={
            "E1": "Colleen Barrow",
            "E2": "Colleen Barrow",
            "E3": "Dev Sandhu",
            "E4": "Dev Sandhu",
            "E5": "Margaret Tremblay",
            "E6": "Margaret Tremblay",
            "E7": "Yusuf Karim",
            "E8": "Yusuf Karim",
            "E9": "Elaine Fortier",
            "E10": "Elaine Fortier",
            "E11": "Larch Ridge Cycling Coalition",
            "E12": "Colleen Barrow",
            "E13": None,
            "E14": "Dev Sandhu",
        },
        text="""Larch Ridge council narrowly backs Main Street bike lanes

PINE RIDGE, B.C. — After more than four hours of debate and 31 public speakers, Larch Ridge city council voted 5-4 on Tuesday night to build protected bike lanes along Main Street, removing 58 parking spaces.

Mayor [[S:E1|Colleen Barrow]], who cast the deciding vote, [[C:E1|said]] the decision was "[[P:E1|about the next thirty years, not the next thirty days.]]"

"[[Q:E2|I have heard every single concern tonight, and I take them seriously,]]" [[S:E2|Barrow]] [[C:E2|told]] the packed chamber. "[[Q:E2|But we cannot keep designing this town for 1975.]]"

Coun. [[S:E3|Dev Sandhu]], who voted against, [[C:E3|said]] downtown merchants had not been properly consulted. "[[Q:E3|We sent them a survey in February and gave them nine days to answer,]]" he said. "[[Q:E3|That is not consultation. That is a formality.]]"

Sandhu asked staff how many of the 58 spaces would be replaced. When he was told the answer was 20, [[S:E4|he]] [[C:E4|replied]]: "[[Q:E4|So we are asking businesses to lose two-thirds of their parking and trust us on the rest.]]"

Several business owners spoke against the plan. [[S:E5|Margaret Tremblay]], who has run Tremblay Hardware on Main Street since 1994, [[C:E5|said]] many of her customers were older and drove in from rural areas.

"[[Q:E6|They are not going to cycle here with a bag of cement,]]" [[S:E6|Tremblay]] [[C:E6|said]], drawing laughter and some applause.

Others were strongly in favour. [[S:E7|Yusuf Karim]], a Grade 11 student at Larch Ridge Secondary, [[C:E7|told]] council he had been knocked off his bike on Main Street last fall. "[[Q:E7|I was lucky. I had a broken wrist. The next kid might not be lucky,]]" he said.

[[S:E8|Karim]], 16, [[C:E8|added]] that he and his friends called the stretch near the bus loop "[[U|the gauntlet]]" and that most of them now rode on the sidewalk, which "[[P:E8|nobody likes, including us.]]"

Coun. [[S:E9|Elaine Fortier]], who chairs the transportation committee, [[C:E9|said]] the lanes would cost about $1.4 million, two-thirds of it covered by a provincial grant. "[[Q:E10|If we turn this money down, it goes to another town,]]" [[C:E10|warned]] [[S:E10|Fortier]]. "[[Q:E10|It does not come back to us next year.]]"

[[C:E11|In a statement]] after the vote, [[S:E11|the Larch Ridge Cycling Coalition]] called the decision "[[P:E11|a long-overdue first step.]]"

[[S:E12|Barrow]] [[C:E12|said]] construction would begin in the spring and that staff would report back on parking "[[P:E12|within six months, not six years.]]"

A hand-lettered sign held up at the back of the chamber read "[[U|Save Main Street Parking]]". Another simply said "[[U|Yes!]]"

As the meeting ended shortly before midnight, one resident could be heard calling out, "[[Q:E13|See you at the next election!]]"

Sandhu said afterwards he would ask council to reconsider the parking plan in the fall. "[[Q:E14|This isn't over,]]" [[S:E14|he]] [[C:E14|said]].
""",
    )
)

ARTICLES.append(
    dict(
        id="heldout2:06-flood-two-sisters",
        outlet="The Valley Ledger",
        date="2026-03-28",
        url="https://example.org/ledger/flood-two-sisters",
        type="feature",
        speakers={
            "F1": "Rosa Delgado",
            "F2": "Irene Kessler",
            "F3": "Rosa Delgado",
            "F4": "Irene Kessler",
            "F5": "Rosa Delgado",
            "F6": "Irene Kessler",
            "F7": "Irene Kessler",
            "F8": "Rosa Delgado",
            "F9": "Arthur Bellamy",
            "F10": "Arthur Bellamy",
            "F11": "Irene Kessler",
        },
        text="""After the flood, two neighbours on Mill Lane start again

The water came up Mill Lane in Harlow Bridge faster than anyone had thought possible. By 3am on Sunday, it was at the top of Rosa Delgado's front steps.

"[[Q:F1|I heard it before I saw it,]]" [[S:F1|Delgado]], 67, [[C:F1|said]] on Wednesday, standing in her gutted living room. "[[Q:F1|It sounded like a train that never finished going past.]]"

Across the lane, her neighbour [[S:F2|Irene Kessler]] had been awake since midnight, moving photographs and her late husband's medals upstairs.

"[[Q:F2|You grab the things you can't buy again,]]" [[S:F2|she]] [[C:F2|said]]. "[[Q:F2|The sofa can go. The sofa can go to the dump.]]"

The two women have lived opposite each other for nineteen years. They say they had exchanged little more than Christmas cards before the flood.

"[[Q:F3|We were polite,]]" [[S:F3|Delgado]] [[C:F3|said]]. "[[Q:F3|Polite is the word.]]"

"[[Q:F4|Polite and a little bit suspicious,]]" [[S:F4|Kessler]] [[C:F4|said]], and both of them laughed.

It was Kessler who waded across at dawn with a flask of tea. "[[Q:F5|She was standing there in her dressing gown with water up to her knees,]]" [[S:F5|Delgado]] [[C:F5|recalled]]. "[[Q:F5|I thought, well, that is a real neighbour.]]"

"[[Q:F6|I had nothing else to do,]]" [[S:F6|she]] [[C:F6|said]]. "[[Q:F6|My kettle was the only thing in the house still working.]]"

Kessler's house was less badly damaged; she says the insurance assessor has already been. She has offered Delgado her spare room until the repairs are done.

"[[Q:F7|I told her, it's not charity. I want the company,]]" [[S:F7|she]] [[C:F7|said]]. "[[Q:F7|I've been on my own since Paul died. The house was too quiet anyway.]]

"[[Q:F7|And I'm a terrible cook, so she's doing me a favour really.]]"

[[S:F8|Delgado]] [[C:F8|said]] she had not yet decided whether to rebuild. Her insurer has told her the claim could take six months. "[[Q:F8|My daughter wants me to move to Leeds. I told her, I'm not leaving Mill Lane now. Not when I've finally met the neighbours,]]" she said.

The town's flood warden, [[S:F9|Arthur Bellamy]], [[C:F9|said]] 43 homes on Mill Lane and the streets around it had been flooded, the most since 1968. He said the town would apply for government money to raise the river wall, which [[S:F10|he]] [[C:F10|called]] "[[P:F10|a patch on a patch on a patch.]]"

Kessler, for her part, has started a list of the things the two women will do once the houses are dry. At the top of it, she said, was a trip to the cinema to see "[[U|The Long Weekend]]", a film neither of them had heard of until last week.

"[[Q:F11|We chose it because it has the word weekend in it,]]" [[S:F11|Kessler]] [[C:F11|said]]. "[[Q:F11|We have had enough of weekdays.]]"
""",
    )
)

ARTICLES.append(
    dict(
        id="heldout2:07-sports-presser",
        outlet="The Eastfield Echo",
        date="2026-04-12",
        url="https://example.org/echo/sport/rovers-presser",
        type="sports",
        speakers={
            "G1": "Niall Brennan",
            "G2": "Niall Brennan",
            "G3": "Niall Brennan",
            "G4": "Niall Brennan",
            "G5": "Kwame Asante",
            "G6": "Kwame Asante",
            "G7": "Kwame Asante",
            "G8": "Niall Brennan",
            "G9": "Stefan Horvath",
            "G10": "Stefan Horvath",
            "G11": "Niall Brennan",
        },
        text="""Brennan: "[[Q:G1|We were robbed, and I'll say it again on Monday]]"

Eastfield Rovers manager [[S:G1|Niall Brennan]] refused to back down on Saturday after his side's 2-1 defeat at Castlemoor Town, repeating his claim that a late penalty should never have been given.

"[[Q:G2|I've watched it eleven times now. Eleven. There's no contact,]]" [[S:G2|Brennan]] [[C:G2|told]] reporters in the tunnel at Marsh Lane. "[[Q:G2|If that's a penalty, then every corner in this league is a penalty.]]"

The decision came in the 88th minute, when Castlemoor's striker Leon "[[U|The Ghost]]" Marsh went down under a challenge from Rovers defender Kwame Asante. Marsh, who earned his nickname by drifting unmarked into the box, scored the penalty himself.

Brennan, known to Rovers fans as "[[U|Big Niall]]" since his playing days, was asked whether he feared a fine from the league for his comments.

"[[Q:G3|Let them fine me,]]" [[S:G3|he]] [[C:G3|said]]. "[[Q:G3|I'll pay it. What I won't do is stand here and say that was a fair result, because it wasn't.]]"

He [[C:G4|added]] that [[S:G4|he]] would write to the referees' body, but was "[[P:G4|not holding my breath.]]"

[[S:G5|Asante]], 23, was more measured. "[[Q:G5|I went for the ball, I think I got the ball,]]" the defender [[C:G5|said]]. "[[Q:G5|But the referee has a second to decide, and we have eleven replays. I'm not going to cry about it.]]"

Asked about his captain's reaction at the final whistle, when he had to be held back by teammates, [[S:G6|Asante]] [[C:G6|smiled]]: "[[Q:G6|Skip cares. That's why he's the skip.]]"

[[S:G7|The defender]], who joined from Harlingmoor United in January, [[C:G7|said]] the dressing room was "[[P:G7|hurting but not broken.]]"

"[[Q:G8|We're four points off the play-offs with six to play,]]" [[S:G8|Brennan]] [[C:G8|said]], turning to the league table. "[[Q:G8|Nobody in that room has given up. I certainly haven't.]]"

Castlemoor manager [[S:G9|Stefan Horvath]] [[C:G9|said]] he had not seen a replay. "[[Q:G9|From where I was standing, it was a penalty. But I was standing seventy yards away,]]" he said, to laughter.

He praised Marsh, saying the striker had been "[[P:G10|the difference again, like he usually is.]]" [[S:G10|Horvath]] [[C:G10|insisted]] his side had "[[P:G10|deserved something]]" for a second half in which they hit the post twice.

Rovers host Tillmoor Athletic next Saturday. "[[Q:G11|We go again,]]" [[S:G11|Brennan]] [[C:G11|said]] as he left. "[[Q:G11|What else can you do?]]"
""",
    )
)

ARTICLES.append(
    dict(
        id="heldout2:08-election-night-hales",
        outlet="The Branwick Vale Post",
        date="2026-05-08",
        url="https://example.org/bvp/election-night",
        type="hard news",
        speakers={
            "H1": "Catherine Hale",
            "H2": "Catherine Hale",
            "H3": "Catherine Hale",
            "H4": "Richard Hale",
            "H5": "Richard Hale",
            "H6": "Richard Hale",
            "H7": "Catherine Hale",
            "H8": "Owen Pritchard",
            "H9": "Owen Pritchard",
            "H10": "Richard Hale",
            "H11": "Sunita Rao",
            "H12": "Sunita Rao",
        },
        text="""Wife beats husband in Branwick Vale council race

In the end, the most talked-about contest of Thursday's local elections was settled by 212 votes, and it was settled at the breakfast table as much as at the ballot box.

Catherine Hale, standing for the Civic Alliance, won the Branwick Vale North seat on the county council, beating her husband, Richard Hale, the Independent who had held the seat for eight years.

"[[Q:H1|I'm delighted, obviously, and I'm also going to be sleeping in the spare room tonight,]]" [[S:H1|Mrs Hale]] [[C:H1|joked]] after the result was read out at the leisure centre just before 2am.

[[S:H2|She]] [[C:H2|said]] she had run because the Civic Alliance needed a candidate and "[[P:H2|nobody else would do it in a ward where the councillor lives in my house.]]"

"[[Q:H3|We agreed at the start that we wouldn't talk about the campaign at home,]]" [[S:H3|she]] [[C:H3|said]]. "[[Q:H3|We lasted about a day and a half.]]"

[[S:H4|Mr Hale]], 58, took the defeat with good grace. "[[Q:H4|The voters have spoken and they've picked the better Hale,]]" [[S:H4|he]] [[C:H4|said]]. "[[Q:H4|I'd be lying if I said it didn't sting a bit.]]"

He [[C:H5|said]] [[S:H5|he]] was proud of his record on the ward's bus services and the new library, and that he had "[[P:H5|no plans at all]]" to stand again.

[[C:H6|Asked]] whether he would help his wife in her new role, [[S:H6|Mr Hale]] paused. "[[Q:H6|She hasn't asked. I expect she will, at about seven o'clock tomorrow morning.]]"

The couple, who have been married for 31 years and have three grown-up children, hugged on the stage. Their youngest son, who works in London, had travelled home to vote, [[S:H7|Mrs Hale]] [[C:H7|said]], but "[[P:H7|wouldn't tell either of us which way.]]"

The Conservative candidate, [[S:H8|Owen Pritchard]], finished a distant third. He [[C:H8|said]] the contest had "[[P:H8|turned into a soap opera]]" and that real issues had been lost.

"[[Q:H9|People wanted to talk about the Hales. I wanted to talk about potholes,]]" [[S:H9|Pritchard]] [[C:H9|said]].

Across the county, the Civic Alliance gained six seats. Its county leader, [[S:H11|Sunita Rao]], [[C:H11|described]] the night as "[[P:H11|the best in our history]]", [[C:H12|adding]]: "[[Q:H12|And the win in Branwick Vale North is the one I will tell my grandchildren about.]]"

Mr Hale said he would spend the weekend in the garden. "[[Q:H10|The roses have been neglected for six weeks,]]" [[S:H10|he]] [[C:H10|said]]. "[[Q:H10|They're the only voters I've got left.]]"
""",
    )
)

ARTICLES.append(
    dict(
        id="heldout2:09-film-review-lantern",
        outlet="The Harbourside Review",
        date="2026-02-20",
        url="https://example.org/hr/film/lantern-keepers",
        type="review",
        speakers={"I1": "Mirela Vasquez", "I2": "Mirela Vasquez", "I3": "Jonah Abernathy", "I4": "Mirela Vasquez"},
        text="""Review: "[[U|The Lantern Keepers]]" is a slow, luminous return to form

Three years after the chaotic sprawl of "[[U|Fever Coast]]", director Mirela Vasquez has made something quieter and far better. "[[U|The Lantern Keepers]]", which opens in cinemas on Friday, follows two elderly sisters who run a lighthouse on a nameless northern island and the young engineer sent to automate it.

It is a film about obsolescence, and it knows it. The engineer, played by newcomer Tariq Oyelaran, carries a clipboard titled "[[U|Phase Two Decommissioning]]" and a paperback copy of "[[U|The Tides Between Us]]", which he never opens. The sisters, played with bone-dry wit by Hilde Marsh and Agnes Colquhoun, call him "[[U|the undertaker]]" behind his back and, later, to his face.

Vasquez has said in interviews that the film began with her grandmother's stories. Speaking at the festival premiere in September, [[S:I1|she]] [[C:I1|said]]: "[[Q:I1|My grandmother used to say that a light is only useful if somebody is out there in the dark. I wanted to make a film about the people who keep the light on when nobody seems to be out there any more.]]"

That sentiment is everywhere on screen, sometimes too obviously. A late scene in which the older sister reads aloud from the lighthouse log ("[[U|Fog. No ships. Kept the light.]]") tips into sentimentality, and the score, all solo cello, underlines what the images already say.

But the performances carry it. Colquhoun, in particular, does more with a raised eyebrow than most actors manage with a monologue. When Oyelaran's engineer tells her that "[[U|the system will be fully autonomous]]", her one-word reply is the funniest moment in any film I have seen this year.

The cinematographer, Jonah Abernathy, shot on 35mm film in the Outer Hebrides over a winter, and it shows. In the production notes, [[S:I3|Abernathy]] [[C:I3|says]] that the crew "[[P:I3|waited nine days for one morning of the right kind of grey.]]" It was worth the wait.

Some viewers will find the pace trying. The first hour contains almost no plot, and the "[[U|twist]]", such as it is, arrives too late to change much. Vasquez seems unbothered. "[[Q:I2|I don't think every film has to hurry,]]" [[S:I2|she]] [[C:I2|told]] a festival audience. "[[Q:I2|The sea doesn't hurry.]]"

It would be easy to call "[[U|The Lantern Keepers]]" old-fashioned. It is, in the best sense. It trusts its audience to sit still, to look, and to feel something without being told to.

Four stars. "[[U|The Lantern Keepers]]" is rated PG and runs 118 minutes. [[S:I4|Vasquez]] [[C:I4|calls]] it, in the press notes, "[[P:I4|a film for people who still write letters.]]" She is right about that too.
""",
    )
)

ARTICLES.append(
    dict(
        id="heldout2:10-liveblog-storm",
        outlet="Coastline Live",
        date="2026-01-17",
        url="https://example.org/coastline/live/storm-ilsa",
        type="live blog",
        speakers={
            "J1": "Coastline Regional Council",
            "J2": "Marta Kowalski",
            "J3": "Marta Kowalski",
            "J4": "Benedikt O'Rourke",
            "J5": "Benedikt O'Rourke",
            "J6": None,
            "J7": "Harriet Quinlan",
            "J8": "Harriet Quinlan",
            "J9": "Coastline Power",
            "J10": "Lionel Ashby",
            "J11": "Lionel Ashby",
            "J12": "Marta Kowalski",
        },
        text="""Storm Ilsa live: thousands without power as gusts hit 140km/h

07:05 — Good morning. Storm Ilsa made landfall on the north coast shortly after 4am, bringing winds of up to 140km/h to the exposed headlands around Port Avery. We will bring you updates throughout the day.

07:20 — [[S:J1|Coastline Regional Council]] has closed all schools in the northern district. "[[Q:J1|Please do not travel unless your journey is essential,]]" the council [[C:J1|said]] in a post on its official account, @CoastlineCouncil.

07:48 — The regional emergency coordinator, Marta Kowalski, has just spoken to reporters at the operations centre in Port Avery. "[[Q:J2|The next three hours are the most dangerous,]]" [[S:J2|she]] [[C:J2|said]]. "[[Q:J2|If you are in a low-lying area near the harbour and you have not left, leave now.]]"

[[S:J3|Kowalski]] [[C:J3|said]] emergency crews had responded to 64 calls overnight, most of them for fallen trees.

08:15 — A reader in Saltmarsh, Benedikt O'Rourke, has sent us a photo of a caravan on its side in a field next to the coast road. "[[Q:J4|It was upright when I went to bed,]]" [[S:J4|he]] [[C:J4|wrote]]. "[[Q:J4|Nobody was inside, thank God.]]"

08:31 — [[S:J5|O'Rourke]] [[C:J5|adds]] that the owner of the caravan has been told and is "[[P:J5|taking it remarkably well.]]"

09:02 — A post circulating widely on social media this morning reads: "[[Q:J6|Port Avery bridge has collapsed, do not drive.]]" We have checked with police and this is not true. The bridge is closed as a precaution but is intact.

09:40 — The meteorologist [[S:J7|Harriet Quinlan]], posting as @HQuinlanWeather, [[C:J7|wrote]] that gusts at Cape Dorran had reached "[[P:J7|141km/h, a new January record for the station]]" and that the worst should pass by midday.

10:12 — More from [[S:J8|Quinlan]], in a follow-up post: "[[Q:J8|The back edge of the storm is now visible on radar. Hang in there, north coast.]]"

10:30 — [[C:J9|According to]] [[S:J9|Coastline Power]], 23,400 homes are without electricity. "[[Q:J9|Crews will begin repairs as soon as it is safe to work at height,]]" the company said in a statement, adding that some customers could be without power "[[P:J9|until at least Sunday evening.]]"

11:05 — We have spoken to Lionel Ashby, who runs the Anchor Inn on Port Avery's harbour front. He said water had come under the door of the bar at about 6am. "[[Q:J10|We had sandbags, but the sea had other ideas,]]" [[S:J10|he]] [[C:J10|said]].

"[[Q:J11|We'll mop up and open tonight if the power's back,]]" [[S:J11|Ashby]] [[C:J11|added]]. "[[Q:J11|People will want a drink after this.]]"

12:20 — Kowalski has given a second briefing. The wind has begun to drop, [[S:J12|she]] [[C:J12|said]], but "[[P:J12|the sea will stay dangerous well into tomorrow.]]" We are ending our live coverage here. Thank you for following.
""",
    )
)

ARTICLES.append(
    dict(
        id="heldout2:11-obituary-tolliver",
        outlet="The Greywater Standard",
        date="2026-07-02",
        url="https://example.org/standard/obituaries/jr-tolliver",
        type="obituary",
        speakers={
            "K1": "Lorna Tolliver",
            "K2": "Lorna Tolliver",
            "K3": "Samuel Tolliver",
            "K4": "J.R. Tolliver",
            "K5": "J.R. Tolliver",
            "K6": "Declan O'Meara",
            "K7": "Declan O'Meara",
            "K8": "Lorna Tolliver",
            "K9": "Ines Caldwell",
        },
        text="""J.R. Tolliver, who ran Greywater's hardware store for half a century, dies at 88

J.R. Tolliver, who sold nails, paint and advice from the same counter on Front Street for 52 years, died on Saturday at his home in Greywater. He was 88.

His death was confirmed by his daughter, [[S:K1|Lorna Tolliver]], who [[C:K1|said]] he had been ill with heart disease for several years but had "[[P:K1|refused, point-blank, to stop doing the crossword.]]"

"[[Q:K2|Dad believed there was no problem in a house that couldn't be fixed with the right screw and a bit of patience,]]" [[S:K2|she]] [[C:K2|said]]. "[[Q:K2|He had the screw. The patience he had to work on.]]"

John Robert Tolliver was born in 1938 in the mining town of Copperhollow, the youngest of five children. He bought the Front Street store, then called Greywater Supply, in 1962 with a loan from his uncle and renamed it Tolliver's Hardware.

His son, [[S:K3|Samuel Tolliver]], who ran the store with him from 1990 until it closed in 2014, [[C:K3|recalled]] that his father knew the stock by heart. "[[Q:K3|You could ask him for a three-quarter-inch brass hinge and he'd say, 'Aisle four, bottom shelf, behind the cup hooks,' without looking up,]]" he said.

Samuel said [[S:K4|his father]]'s favourite [[C:K4|saying]], repeated to every teenager he ever hired, was "[[P:K4|measure twice, complain once]]".

In a 2012 interview with the Standard, on the store's fiftieth anniversary, [[S:K5|Mr Tolliver]] [[C:K5|said]] he had never wanted to do anything else. "[[Q:K5|People come in here with a broken thing and go out with a fixed thing. I can't think of a better job than that,]]" he told the paper then.

Longtime customer and friend [[S:K6|Declan O'Meara]], 79, [[C:K6|said]] the store had been "[[P:K6|the town's real council chamber]]" for decades. "[[Q:K7|You heard more sense at that counter on a Saturday morning than at any meeting in the town hall,]]" [[S:K7|O'Meara]] [[C:K7|said]].

Mr Tolliver was predeceased by his wife, Margaret, in 2019. In addition to his son and daughter, he is survived by seven grandchildren and two great-grandchildren.

"[[Q:K8|He used to say he'd been married to Mum and to the shop, and that Mum was the only one who ever argued back,]]" [[S:K8|Lorna Tolliver]] [[C:K8|said]].

A funeral will be held on Friday at St. Columba's Church in Greywater. The family has asked that instead of flowers, donations be made to the Greywater Men's Shed, a workshop for retired tradesmen that Mr Tolliver helped found.

The Men's Shed chair, [[S:K9|Ines Caldwell]], [[C:K9|said]] members would build the coffin. "[[Q:K9|He would have checked every joint. We're checking them twice,]]" she said.
""",
    )
)

ARTICLES.append(
    dict(
        id="heldout2:12-police-briefing",
        outlet="Riverholm Daily News",
        date="2026-10-30",
        url="https://example.org/rdn/police-briefing-jewellery-robbery",
        type="hard news",
        speakers={
            "L1": "Gwendolyn Marsh-Ito",
            "L2": "Gwendolyn Marsh-Ito",
            "L3": "Gwendolyn Marsh-Ito",
            "L4": "Gwendolyn Marsh-Ito",
            "L5": "Gwendolyn Marsh-Ito",
            "L6": "Gwendolyn Marsh-Ito",
            "L7": "Paulo Ferreira",
            "L8": "Paulo Ferreira",
            "L9": "Gwendolyn Marsh-Ito",
            "L10": "Ahmed bin Rashid",
            "L11": "Ahmed bin Rashid",
        },
        text="""Police release images of suspects in Riverholm jewellery robbery

Police in Riverholm on Thursday released security-camera images of three people they want to question about Monday's armed robbery at a jewellery store in the Westgate shopping centre.

The images were shown at a news conference at Riverholm police headquarters by the officer leading the investigation, who gave reporters few details beyond the pictures themselves.

"[[Q:L1|We believe the people in these images can help us. We are asking anyone who recognises them to call us, and not to approach them,]]" [[C:L1|said]] [[S:L1|Detective Inspector Gwendolyn Marsh-Ito]].

She said the robbers had carried what appeared to be handguns and had taken jewellery worth about $300,000 in less than two minutes. [[S:L2|She]] [[C:L2|described]] the robbery as "[[P:L2|planned, fast and frightening.]]"

The news conference then took questions. The exchanges below have been lightly edited for length.

Asked whether police believed the robbery was linked to two others in the region this year, [[S:L3|Marsh-Ito]] [[C:L3|replied]]: "[[Q:L3|It is too early to say that. We are talking to our colleagues in Fairholt and Ellisford, as you would expect.]]"

Asked whether anyone had been hurt, [[S:L4|she]] [[C:L4|said]]: "[[Q:L4|A member of staff was pushed to the floor. She was not seriously injured, but she is very shaken, and I'd ask you to respect her privacy.]]"

Asked why it had taken three days to release the images, [[S:L5|the detective inspector]] [[C:L5|said]] the footage had had to be "[[P:L5|cleaned up]]" by specialists. "[[Q:L6|The original quality was poor. We wanted pictures that people could actually recognise somebody from,]]" [[S:L6|she]] [[C:L6|said]].

The Westgate centre's general manager, [[S:L7|Paulo Ferreira]], who also attended, [[C:L7|said]] the centre had increased its security staff since Monday. "[[Q:L8|Our tenants and our customers need to feel safe here, and they will,]]" [[S:L8|Ferreira]] [[C:L8|said]].

Marsh-Ito ended the briefing by repeating the police hotline number and urging witnesses to come forward. "[[Q:L9|Somebody knows who these people are,]]" [[S:L9|she]] [[C:L9|said]].

The owner of the store, [[S:L10|Ahmed bin Rashid]], did not attend. In a short statement read out by his lawyer, [[S:L11|Mr bin Rashid]] [[C:L11|said]] he was "[[P:L11|grateful that nobody was killed]]" and that the store would reopen next week.
""",
    )
)

ARTICLES.append(
    dict(
        id="heldout2:13-investigation-care-homes",
        outlet="The Lowmere Observer",
        date="2026-11-21",
        url="https://example.org/observer/investigations/care-home-staffing",
        type="investigative feature",
        speakers={
            "M1": "Theresa Gallagher",
            "M2": "Theresa Gallagher",
            "M3": "Theresa Gallagher",
            "M4": None,
            "M5": None,
            "M6": "Wilfred Osei",
            "M7": "Wilfred Osei",
            "M8": "Wilfred Osei",
            "M9": "Evergreen Care Group",
            "M10": "Evergreen Care Group",
            "M11": "Nadia Petrov",
            "M12": "Nadia Petrov",
            "M13": "Harold Jennings",
            "M14": "Harold Jennings",
            "M15": "Theresa Gallagher",
            "M16": "Wilfred Osei",
        },
        text="""Night shifts with one carer for 40 residents, documents show

Care homes run by one of the region's largest operators regularly left a single member of staff in charge of dozens of elderly residents overnight, according to rotas, inspection reports and interviews with nine current and former employees.

The documents, obtained by the Observer, cover 14 homes run by Evergreen Care Group between 2023 and 2026. On at least 310 nights, the rotas show one care worker on duty for a floor of more than 30 residents.

"[[Q:M1|You'd be running from one buzzer to the next all night. Some nights you just couldn't get to everyone,]]" [[C:M1|said]] [[S:M1|a former night carer at the group's Ashdown Court home]], who asked not to be named because she still works in the sector. Later in the interview, she agreed to be identified. Her name is Theresa Gallagher, and she worked at Ashdown Court for six years.

"[[Q:M2|I'm not the story,]]" [[S:M2|Gallagher]] [[C:M2|said]]. "[[Q:M2|The residents are the story. There was a man on my floor who used to say, 'Don't worry, love, I'll wait,' and he'd wait an hour for the toilet. He was ninety-one.]]"

[[S:M3|She]] [[C:M3|said]] she raised the staffing with managers more than once and was told it was "[[P:M3|a temporary situation]]". It lasted, she said, "[[P:M3|about four years.]]"

Two other carers, who spoke on condition of anonymity because they feared losing their jobs, described similar nights. "[[Q:M4|We were told not to write 'short-staffed' on the handover sheet,]]" [[C:M4|said]] [[S:M4|one]]. [[S:M5|The other]] [[C:M5|said]] she had once been alone with 42 residents when a fire alarm went off: "[[Q:M5|I've never been so scared in my life.]]"

Inspection reports tell a similar story. In a 2025 report on the Beckside home, [[S:M16|the regional inspector]] [[C:M16|wrote]] that staffing at night was "[[P:M16|insufficient to meet residents' assessed needs]]". The Observer has confirmed that the home's rating was lowered as a result.

The inspector who wrote that report has since retired. Reached by phone, he said he was not surprised by the Observer's findings. "[[Q:M6|We flagged it. We flagged it in writing. What happened after that was up to the company and the commissioners,]]" [[C:M6|said]] [[S:M6|the former inspector, Wilfred Osei]].

[[S:M7|Osei]] [[C:M7|said]] the rules allowed homes to decide their own staffing levels as long as residents were "[[P:M7|safe and well cared for]]", a test [[S:M8|he]] [[C:M8|called]] "[[P:M8|almost impossible to fail on paper.]]"

In a statement, [[S:M9|Evergreen Care Group]] [[C:M9|said]] it "[[P:M9|does not recognise]]" the figures and that its homes are staffed "[[P:M9|in line with, and often above, regulatory requirements.]]"

"[[Q:M10|The safety and dignity of our residents is our first priority. We are reviewing the specific nights raised with us,]]" [[S:M10|the statement]] [[C:M10|said]]. The company did not answer questions about the number of nights.

Nadia Petrov, whose mother lived at Ashdown Court until her death last year, said she had often found her mother unwashed in the mornings. "[[Q:M11|I used to think it was her, that she was refusing help,]]" [[S:M11|Petrov]] [[C:M11|said]]. "[[Q:M11|Now I think there just wasn't anyone to help her.]]"

[[S:M12|She]] [[C:M12|said]] she complained twice and received "[[P:M12|the same letter, both times, with a different date on it.]]"

[[S:M13|Harold Jennings]], who chairs the county council's adult care committee, [[C:M13|said]] he had asked officials for an urgent report. "[[Q:M14|If these numbers are right, then the council has been paying for care that wasn't being delivered,]]" [[S:M14|Jennings]] [[C:M14|told]] the Observer.

Gallagher has now left the care sector and works in a supermarket. Asked if she would go back, [[S:M15|she]] [[C:M15|replied]]: "[[Q:M15|Tomorrow, if they staffed it properly. I loved that job.]]"
""",
    )
)

ARTICLES.append(
    dict(
        id="heldout2:14-letters-page",
        outlet="The Kestrel Bay Herald",
        date="2026-09-09",
        url="https://example.org/kbh/opinion/letters-sept-9",
        type="letters",
        speakers={"N1": "Geoffrey Platt", "N2": "Alan Whitcombe", "N3": None, "N4": None, "N5": "Mrs Fenwick"},
        text="""Letters to the editor

Harbour car park plan is short-sighted

I was dismayed to read ("[[U|Council backs sale of harbour car park]]", Sept. 2) that councillors voted to sell the last public car park near the harbour to a hotel developer.

[[S:N1|Councillor Geoffrey Platt]] is quoted as [[C:N1|saying]] the sale would bring "[[P:N1|hundreds of jobs]]" to Kestrel Bay. I would like to know where that figure comes from. The developer's own plans, which anyone can read at the library, mention 45 permanent posts.

Older residents like me cannot walk a mile from the park-and-ride with our shopping. I urge the council to think again.

Alan Whitcombe, Kestrel Bay

Credit where it is due

After your report on the state of the footpath along Gull Cliff, I am pleased to say that it was repaired within a fortnight. When I rang the council's highways office to thank them, [[S:N3|the young man who answered]] [[C:N3|said]]: "[[Q:N3|It's nice to get a call that isn't a complaint.]]" I am sure it is.

Yvonne Achebe, Saltings

A word about the "[[U|summer festival]]"

Calling three days of amplified music on the beach until midnight a "[[U|festival]]" does not make it any less of a nuisance for those of us who live on Marine Parade. My grandchildren could not sleep.

When I raised this with the organisers, I was [[C:N4|told]] that it "[[P:N4|only happens once a year]]". So does my birthday, but I do not hire a sound system for it.

Brian Tully, Marine Parade

Give the new head a chance

Much has been written in these pages about the changes at Kestrel Bay Primary since Mrs Fenwick became head teacher in April, not all of it kind. As a parent governor, I sat in on the meeting where the new reading scheme was explained. [[S:N5|Mrs Fenwick]] [[C:N5|told]] us: "[[Q:N5|If it doesn't work by Christmas, I will be the first to say so.]]" That seems a fair offer to me, and I would ask other parents to hold off judgment until then.

Priya Lawson, Upper Kestrel

Letters should be no longer than 250 words and must include the writer's name and town. We may edit for length.
""",
    )
)

ARTICLES.append(
    dict(
        id="heldout2:15-qa-interview-climber",
        outlet="The Alpine Courier",
        date="2026-07-28",
        url="https://example.org/alpine/interview-ayumi-takeda",
        type="interview",
        speakers={
            "O1": "Ayumi Takeda",
            "O2": "Ayumi Takeda",
            "O3": "Ayumi Takeda",
            "O4": "Kenji Takeda",
            "O5": "Ayumi Takeda",
        },
        text="""Q&A: Ayumi Takeda on the climb that nearly ended her career

Three years ago, the Japanese climber [[S:O1|Ayumi Takeda]] fell 30 metres on the north face of the fictional Kessel Spitze and broke her back. Last month she returned to the same face and climbed it in a single day, a feat she [[C:O1|calls]] "[[P:O1|a conversation I needed to finish.]]"

Takeda, 34, spoke to the Courier by video from her home in Nagano. She answered in English, with occasional help from her brother and manager, Kenji, who sat beside her. "[[Q:O2|My English is good for climbing, not so good for feelings,]]" [[S:O2|she]] [[C:O2|warned]] at the start, laughing.

The interview has been edited for length and clarity.

Courier: Why go back to the same mountain?

Takeda: Because it was not the mountain's fault. I made a mistake with a piece of protection. The mountain was only doing what mountains do.

Courier: Were you afraid?

Takeda: Every minute of the first pitch. After that, less. Fear is like cold water. At first it is terrible, and then your body says, fine, this is where we live now.

Courier: Your brother said in an earlier interview that the family asked you not to go.

Takeda: Yes. My mother cried. My brother said something I will not repeat. But they came to the hut at the bottom, so I think they also understood.

Courier: What did your doctors say?

Takeda: One said no. One said maybe. I listened to the maybe.

After the interview, [[S:O4|Kenji Takeda]] [[C:O4|said]] the family had been "[[P:O4|terrified, then proud, in that order.]]" He added that his sister had spent two years in physiotherapy "[[P:O4|doing the same boring exercises every morning, even on her birthday.]]"

Asked what comes next, [[S:O5|Ayumi Takeda]] [[C:O5|said]] she is planning an expedition to Patagonia in the southern summer. "[[Q:O5|Something new. No old conversations,]]" she said. "[[Q:O5|Only new ones.]]"
""",
    )
)

ARTICLES.append(
    dict(
        id="heldout2:16-local-business-bakery",
        outlet="The Fenwick Falls Chronicle",
        date="2026-12-01",
        url="https://example.org/ffc/business/bakery-expands",
        type="feature",
        speakers={
            "P1": "Marguerite Beaulieu",
            "P2": "Marguerite Beaulieu",
            "P3": "Marguerite Beaulieu",
            "P4": "Antoine Beaulieu",
            "P5": "Antoine Beaulieu",
            "P6": "Marguerite Beaulieu",
            "P7": "Doris Klein",
            "P8": "Doris Klein",
            "P9": "Fenwick Falls Business Association",
            "P10": "Marguerite Beaulieu",
        },
        text="""Family bakery rises to the occasion with second shop

FENWICK FALLS, Ont. — At 4:30 on a dark November morning, the only lit window on Queen Street belongs to Beaulieu's Bakery, where the first trays of bread are coming out of an oven older than most of the staff.

"[[Q:P1|People think baking is a romantic job,]]" [[C:P1|says]] [[S:P1|Marguerite Beaulieu]], dusting flour off her apron. "[[Q:P1|It is romantic for about a week. Then it is just early.]]"

Beaulieu, 46, took over the bakery from her parents in 2011. Next month, she will open a second shop in the nearby town of Bramblecote, the first expansion in the business's 38-year history.

[[S:P2|She]] [[C:P2|says]] the decision was driven by customers who were driving twenty minutes each way for her sourdough. "[[Q:P2|When the same car from Bramblecote is in the lot three times a week, you start to get the message,]]" she says.

The new shop will be run by her son, [[S:P4|Antoine Beaulieu]], 24, who trained as a pastry chef in Montreal. "[[Q:P4|Mum does the bread, I do the things with butter,]]" [[S:P4|Antoine]] [[C:P4|says]]. "[[Q:P4|That's the deal.]]"

[[C:P5|Asked]] whether working with his mother was difficult, [[S:P5|he]] thinks for a moment. "[[Q:P5|Only before six in the morning. And after six in the morning.]]"

"[[Q:P6|He's joking,]]" [[S:P6|his mother]] [[C:P6|says]] from across the room. "[[Q:P6|Mostly.]]"

The expansion has cost about $180,000, partly financed by a small-business loan. [[S:P3|Beaulieu]] [[C:P3|says]] she lost sleep over the figure: "[[Q:P3|I am a baker. I know flour costs. I did not know anything about commercial leases.]]"

Regular customer [[S:P7|Doris Klein]], 81, has bought a loaf here every Saturday since the bakery opened in 1988. "[[Q:P7|I came for the rye and stayed for the gossip,]]" [[S:P7|she]] [[C:P7|says]].

[[S:P8|Klein]] [[C:P8|says]] that she was "[[P:P8|a little bit jealous]]" of Bramblecote. "[[Q:P8|They're getting our bakery. They should be grateful,]]" she adds.

[[S:P9|The Fenwick Falls Business Association]], in a post on its Facebook page, [[C:P9|called]] the expansion "[[P:P9|a vote of confidence in small-town main streets.]]"

Back at the counter, the first customer of the day is waiting. Beaulieu glances at the clock. "[[Q:P10|Ten to six. He's early,]]" [[S:P10|she]] [[C:P10|says]], and goes to open the door.
""",
    )
)
