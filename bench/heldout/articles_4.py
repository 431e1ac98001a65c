# Fictional articles: every person, outlet, company, town and event is invented.
ARTICLES = [
    dict(
        slug="obituary-ferrante-gale",
        outlet="Westmere Chronicle",
        date="2026-01-14",
        type="obituary",
        people={
            "dau": "Rosalind Gale-Ortiz",
            "son": "Benedict Gale",
            "wife": "Agnes Gale",
            "self": "Theodore Gale",
            "mayor": "Hugo Sandberg",
            "pupil": "Kwame Asante-Dunn",
        },
        text="""Theodore Gale, teacher who built a town orchestra from scratch, dies at 91

Theodore Gale, a music teacher who turned a failing school band in Westmere into a 70-piece community orchestra that has played every summer for half a century, died on Jan. 9 at his home. He was 91.

His daughter, Rosalind Gale-Ortiz, said the cause was heart failure.

Mr. Gale arrived in Westmere in 1961 to teach at the town’s high school, where the band had six members and, by [[S:self1|his]] own [[C:self1|account]], “[[P:self1|one trumpet that worked on Tuesdays.]]” Within three years it had 40.

“[[Q:dau1|He simply would not take no for an answer,]]” [[S:dau1|Ms. Gale-Ortiz]] [[C:dau1|said]] in a telephone interview. “[[Q:dau1|If a child said they couldn’t afford an instrument, he found one. If a parent said they didn’t have time to drive them to rehearsal, he drove them himself.]]”

In 1975 he opened the band to adults, and the Westmere Summer Orchestra was born. It has performed on the town green every July since, missing only the summer of 2020.

His son, Benedict Gale, recalled how his father prepared for each concert. “[[Q:son1|He used to walk around the kitchen conducting the radio,]]” [[S:son1|he]] [[C:son1|recalled]]. “[[Q:son1|My mother would say, ‘Teddy, the radio doesn’t need you,’ and he would say, ‘Everyone needs a conductor.’]]”

That mother, Agnes Gale, his wife of 64 years, survives him. In a statement released through the family, [[S:wife1|she]] [[C:wife1|said]]: “[[Q:wife1|Our house was never quiet, and I would not have had it any other way.]]”

Theodore Ambrose Gale was born on March 3, 1934, in a mining town in northern Ontario, the youngest of five children. He learned the clarinet from a neighbour and won a scholarship to study music in Toronto.

He was, colleagues said, a demanding teacher. Kwame Asante-Dunn, who played the tuba under Mr. Gale in the 1980s and now conducts the orchestra, remembered being sent home from rehearsal for not practising. “[[Q:pupil1|I was furious. I was also back the next day, having practised,]]” [[S:pupil1|Mr. Asante-Dunn]] [[C:pupil1|said]]. “[[Q:pupil1|That was the whole method, really.]]”

The orchestra’s signature piece, a march Mr. Gale wrote in 1976 called “[[U|Green on the Green]]”, will open this summer’s season in his memory, [[S:pupil2|Mr. Asante-Dunn]] [[C:pupil2|said]], adding that it would be “[[P:pupil2|played badly, loudly and with love, as he would have wanted.]]”

Mayor Hugo Sandberg said the town would rename the bandstand in Mr. Gale’s honour. “[[Q:mayor1|Half this town learned to read music because of Ted Gale,]]” [[S:mayor1|Sandberg]] [[C:mayor1|said]]. “[[Q:mayor1|The other half learned to clap in the right places.]]”

In addition to his wife, daughter and son, Mr. Gale is survived by seven grandchildren and three great-grandchildren.

Asked once by this newspaper what he hoped his legacy would be, Mr. Gale answered without hesitation. “[[Q:self2|That somebody is still playing on that green when I’m gone,]]” [[S:self2|he]] [[C:self2|said]]. “[[Q:self2|That’s all.]]”
""",
    ),
    dict(
        slug="column-parking-apps",
        outlet="The Riverton Gazette",
        date="2026-03-03",
        type="opinion",
        people={
            "aunt": "Dolores Whitfield",
            "cllr": "Yusuf Arkwright",
            "co": "ParkEase",
            "kid": "Maisie Tran",
            "prof": "Helena Strand",
            "none": None,
        },
        text="""Opinion: I just want to pay for parking without downloading my life story

I am not a Luddite. I own a phone. I have, on occasion, ordered a pizza on it. But last Tuesday I stood in the rain beside a parking meter on Queen Street for eleven minutes trying to pay $2.50, and I have had enough.

The city removed the coin slots from its meters this winter and replaced them with a sticker telling you to download an app called ParkEase. The app wanted my name, my email, my licence plate, my credit card, my location “[[U|at all times]]” and, for reasons nobody has explained to me, access to my contacts.

My aunt Dolores Whitfield, who is 83 and still drives to her bridge club every Thursday, put it best. “[[Q:aunt1|I don’t have an app,]]” [[S:aunt1|she]] [[C:aunt1|told]] me. “[[Q:aunt1|I have a purse. There is money in it. Why won’t they take the money?]]”

Why indeed. I asked Coun. Yusuf Arkwright, who championed the change. [[S:cllr1|He]] [[C:cllr1|said]] the meters were costing the city $300,000 a year to empty and repair, and that cards and apps were “[[P:cllr1|where the world is going.]]” Perhaps. But the world is going there without my aunt.

“[[Q:cllr2|We kept a phone-in option for people without smartphones,]]” [[S:cllr2|Arkwright]] [[C:cllr2|insisted]]. That option, I can report, involves a 14-digit zone number and a recorded voice that does not understand the word “[[U|Queen]]”.

I asked ParkEase what it does with the contacts. [[S:co1|A spokesperson for the company]] [[C:co1|said]] the permission was “[[P:co1|an artefact of an older version of the app]]” and would be removed in the next update. That is reassuring, in the way it is reassuring to be told the tiger is mostly asleep.

Helena Strand, who teaches information law at Lakeshore University, warned that cities often sign these deals without reading the fine print on data. “[[Q:prof1|A parking app knows where you go, when, and for how long,]]” [[S:prof1|she]] [[C:prof1|said]]. “[[Q:prof1|That is a remarkably intimate record to hand to a private company for the sake of saving on coin collection.]]”

I am not asking for much. Keep one coin meter per block. Let people pay the way they have paid for fifty years. Call it “[[U|heritage parking]]” if that helps.

My nine-year-old neighbour, Maisie Tran, had the final word when I explained the problem to her. “[[Q:kid1|Just walk,]]” [[S:kid1|she]] [[C:kid1|said]].

She may be right. But it was raining.
""",
    ),
    dict(
        slug="review-glass-harbour",
        outlet="The Coastal Standard",
        date="2026-09-18",
        type="review",
        people={"dir": "Anouk Verhaegen", "star": "Callum Drury-Mensah", "elias": "Elias", "none": None},
        text="""Review: “[[U|The Glass Harbour]]” is a gorgeous, maddening puzzle

“[[U|The Glass Harbour]]”, the second feature from the Belgian director Anouk Verhaegen, opens with a lighthouse keeper dropping a lamp into the sea and closes, two and a half hours later, with the same lamp washing up on a beach in another century. What happens in between is beautiful, slow and very nearly impenetrable.

Callum Drury-Mensah plays Elias, a keeper on a rock off the Flemish coast who begins receiving letters from a woman who appears to be writing from the future. The film owes an obvious debt to “[[U|The Lighthouse]]” and a less obvious one to the old radio serial “[[U|Signals from Nowhere]]”, which Verhaegen has said she listened to as a child.

At the film’s premiere in Ghent, [[S:dir1|Verhaegen]] [[C:dir1|told]] the audience she had wanted to make “[[P:dir1|a film about waiting, which is the most cinematic thing a person can do.]]” That is a lovely idea. It is also, for long stretches, a description of the experience of watching it.

Drury-Mensah, best known for the television thriller “[[U|Cold Ledger]]”, is extraordinary. He has almost no dialogue for the first forty minutes, and yet you always know what Elias is thinking. In one scene [[S:elias1|he]] [[C:elias1|reads]] a letter aloud: “[[Q:elias1|If you are reading this, the sea has kept its promise.]]” The line lands like a blow.

Speaking to this newspaper before the screening, Drury-Mensah said he had spent two weeks alone in a real lighthouse to prepare. “[[Q:star2|I talked to the gulls. The gulls did not talk back,]]” [[S:star2|he]] [[C:star2|said]]. “[[Q:star2|By the end I was grateful for the silence, which is, I think, what the film is about.]]”

The trouble is the final hour, in which Verhaegen abandons the keeper for a second story line about a marine biologist that never quite connects. The letters, the lamp and the rock become symbols of something, but of what, I could not tell you. A title card near the end reads “[[U|The water remembers]]”, which is the sort of thing that sounds profound until you try to explain it at dinner.

Verhaegen seems untroubled by such complaints. “[[Q:dir2|I don’t make films to be solved,]]” [[S:dir2|she]] [[C:dir2|said]] at the premiere. “[[Q:dir2|I make them to be lived in.]]”

Some will live in “[[U|The Glass Harbour]]” happily. I visited, admired the view, and was glad to leave.

“[[U|The Glass Harbour]]” opens in cinemas on Friday. Rated 14A. 148 minutes.
""",
    ),
    dict(
        slug="police-presser-robbery",
        outlet="Metro Lakeshore News",
        date="2026-07-22",
        type="hard news",
        people={
            "chief": "Marisol Okafor",
            "det": "Desmond Arkell",
            "owner": "Giancarlo Bevilacqua",
            "police": "Lakeshore Regional Police",
            "wit": "Tamsin Oyelaran",
            "none": None,
        },
        text="""Police make two arrests in jewellery store robbery, seek third suspect

Lakeshore police have arrested two men in connection with last week’s armed robbery of a jewellery store in the city’s east end and are searching for a third suspect, officials said at a news conference Tuesday.

“[[Q:chief1|This was a brazen, violent crime committed in broad daylight, in front of customers and children,]]” Deputy Chief [[S:chief1|Marisol Okafor]] [[C:chief1|told]] reporters at police headquarters. “[[Q:chief1|I want to be very clear: we will find the third person responsible.]]”

Three masked men smashed display cases at Bevilacqua & Sons on Kingsway Avenue shortly after 2 p.m. on July 15, taking watches and rings worth an estimated $600,000. One of them was carrying what appeared to be a handgun, police said.

Det. Sgt. Desmond Arkell, who leads the investigation, said the two men arrested, aged 19 and 22, were picked up at a home in the north end early Monday. Both face charges of robbery with a firearm and disguise with intent.

“[[Q:det1|We recovered a significant portion of the stolen property, but not all of it,]]” [[S:det1|Arkell]] [[C:det1|said]]. [[S:det2|He]] declined to say how the suspects had been identified, [[C:det2|citing]] “[[P:det2|an active and ongoing investigation.]]”

Asked whether the robbery was connected to a string of similar thefts in neighbouring towns, [[S:det3|Arkell]] [[C:det3|replied]]: “[[Q:det3|That is one of the things we’re looking at very closely.]]”

Police released a surveillance image of the third suspect, described as a man in his 20s, about six feet tall, wearing a grey hoodie with the words “[[U|Lakeshore Lions]]” across the back.

[[S:police1|Lakeshore Regional Police]] also [[C:police1|said]] in a news release that anyone with information should call investigators, adding that the suspect “[[P:police1|should be considered dangerous and should not be approached.]]”

Giancarlo Bevilacqua, whose grandfather opened the shop in 1958, attended the news conference. “[[Q:owner1|My staff are still shaken. One of them hasn’t been able to come back to work,]]” [[S:owner1|he]] [[C:owner1|said]] afterward. “[[Q:owner1|I’m grateful to the police. But the watches are the least of it.]]”

Tamsin Oyelaran was buying a birthday present for her mother when the men burst in. “[[Q:wit1|One of them shouted, ‘Everybody down, nobody’s a hero today,’ and we all just dropped,]]” [[S:wit1|Oyelaran]] [[C:wit1|recalled]] in an interview. “[[Q:wit1|I kept thinking about my mother’s present on the counter. Isn’t that stupid?]]”

The two accused are due in court on Thursday.
""",
    ),
]
