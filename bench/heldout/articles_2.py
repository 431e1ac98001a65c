# Fictional articles: every person, outlet, company, town and event is invented.
ARTICLES = [
    dict(
        slug="court-fraud-sentencing",
        outlet="Lakeshore Courier",
        date="2026-04-02",
        type="hard news",
        people={
            "judge": "Eveline Marchetti",
            "def": "Cyrus Lindqvist",
            "crown": "Nadia Farouk-Bell",
            "acc": "Warren Hesketh",
            "vic": "Odile Brammer",
        },
        text="""Former bookkeeper jailed for four years for draining church accounts

TORONTO — A former bookkeeper who siphoned nearly $1.3 million from a west-end church and its food bank over seven years was sentenced Wednesday to four years in prison, with [[S:judge1|the judge]] [[C:judge1|calling]] the fraud “[[P:judge1|a profound betrayal of people who trusted him with everything they had.]]”

Warren Hesketh, 58, pleaded guilty last fall to fraud over $5,000 in connection with money taken from St. Aldric’s Anglican Church and the Parkside Community Pantry, which the church runs from its basement.

Justice Eveline Marchetti of the Ontario Superior Court said the length of the deception and the vulnerability of the victims weighed heavily. “[[Q:judge2|This was not a single moment of weakness,]]” [[S:judge2|the judge]] [[C:judge2|said]]. “[[Q:judge2|It was a plan, carried out month after month, while families lined up downstairs for groceries.]]”

Crown prosecutor Nadia Farouk-Bell had asked for six years. She told the court that Hesketh had spent much of the money on online gambling and a cottage near Wendmoor, and that only $86,000 had been recovered. “[[Q:crown2|Restitution in this case is, realistically, a fiction,]]” [[S:crown2|Farouk-Bell]] [[C:crown2|argued]].

Defence lawyer Cyrus Lindqvist sought a sentence of two years less a day, to be served in the community. [[S:def1|He]] [[C:def1|said]] his client suffered from a severe gambling addiction and had “[[P:def1|done everything a person can do to face what he did,]]” including attending treatment twice a week since his arrest.

“[[Q:def2|Mr. Hesketh is not a monster. He is a sick man who did a monstrous thing,]]” [[S:def2|Lindqvist]] [[C:def2|said]] outside court. “[[Q:def2|We’ll review the decision with him before deciding on next steps.]]”

Marchetti rejected the conditional sentence. “[[Q:judge3|Addiction may explain some of this conduct,]]” [[S:judge3|she]] [[C:judge3|said]], “[[Q:judge3|but it cannot excuse the planning that went into hiding it.]]”

Hesketh, wearing a grey suit, spoke briefly before sentencing. “[[Q:acc1|I am sorry. I know sorry is not enough,]]” [[S:acc1|he]] [[C:acc1|told]] the court, his voice breaking.

In a victim impact statement read aloud by the Crown, the pantry’s co-ordinator, Odile Brammer, described cancelling a children’s breakfast program in 2022 because the accounts showed no money. “[[Q:vic1|I blamed myself,]]” [[S:vic1|Brammer]] [[C:vic1|wrote]]. “[[Q:vic1|I thought I had done the budget wrong. I went over it every night for a month.]]”

Outside the courthouse, [[S:vic2|Brammer]] [[C:vic2|said]] the sentence gave her “[[P:vic2|some peace, not much.]]”

Marchetti also issued a restitution order for the full amount. The church has since hired an outside firm to audit its books and brought in a “[[U|two-signature]]” rule for every payment.
""",
    ),
    dict(
        slug="rovers-derby-win",
        outlet="Eastvale Evening Post",
        date="2026-03-15",
        type="sports",
        people={
            "kell": "Dominic Kellaway",
            "mbeki": "Sipho Ndlovu-Marsh",
            "grady": "Aidan Grady",
            "hollis": "Mercer Hollis",
            "none": None,
        },
        text="""Ndlovu-Marsh double settles derby as Rovers go top

Eastvale Rovers 3 Harcastle Town 1

Sipho Ndlovu-Marsh scored twice in the second half as Eastvale Rovers came from behind to beat Harcastle Town and move top of the table for the first time since 2019.

The striker, known to the home crowd as “[[U|The Lighthouse]]” because of his height, headed in a corner on 58 minutes and then curled a free-kick into the top corner with eight minutes left to send Hollin Park into raptures.

“[[Q:mbeki1|I told the lads at half-time, this is our house, we don’t lose here,]]” [[S:mbeki1|Ndlovu-Marsh]] [[C:mbeki1|said]]. “[[Q:mbeki1|The free-kick, I just felt it. Sometimes you know before you hit it.]]”

Harcastle had gone ahead through Aidan Grady’s tap-in just before the break, after a mix-up between Rovers goalkeeper Lewis “[[U|Big Lew]]” Ormond and his centre-backs.

Rovers manager Dominic Kellaway, nicknamed “[[U|the Professor]]” since his days lecturing in sports science, admitted his side had been second best for 45 minutes. “[[Q:kell1|First half, we were nervous, we were slow, we were everything I asked them not to be,]]” [[S:kell1|Kellaway]] [[C:kell1|said]]. “[[Q:kell1|I didn’t throw any teacups. I just asked them who they wanted to be.]]”

[[S:kell2|He]] [[C:kell2|added]]: “[[Q:kell2|Sipho was magnificent. You can’t coach that free-kick. Well, you can, but it helps if the player is Sipho.]]”

Youngster Teddy Quinlan equalised on the hour before Ndlovu-Marsh struck again, and substitute Callum Reyes added a third in stoppage time.

Harcastle boss Mercer Hollis was furious about the corner that led to the equaliser, insisting the ball had gone out off a Rovers player. “[[Q:hollis1|It’s a goal kick, everybody in the ground saw it except the one man who matters,]]” [[S:hollis1|Hollis]] [[C:hollis1|said]].

Asked whether he would complain to the league, [[S:hollis2|he]] [[C:hollis2|replied]]: “[[Q:hollis2|What’s the point? It won’t give us the point back.]]”

Grady, whose goal was his ninth of the season, insisted Harcastle would recover. “[[Q:grady1|One bad half doesn’t make a bad team,]]” [[S:grady1|he]] [[C:grady1|said]]. “[[Q:grady1|We’ll be fine.]]”

Rovers fans sang “[[U|Shine On, Lighthouse]]” long after the final whistle. Kellaway was not getting carried away. “[[Q:kell3|Top of the league in March is nice,]]” [[S:kell3|he]] [[C:kell3|said]]. “[[Q:kell3|Top of the league in May is what counts.]]”

Rovers travel to Millbrook Athletic on Saturday.
""",
    ),
    dict(
        slug="orvane-profit-warning",
        outlet="Fictional Wire",
        date="2026-05-06",
        type="business",
        people={
            "orv": "Orvane Systems",
            "petrakis": "Lena Petrakis",
            "vosk": "Julian Voskuijlen",
            "mehra": "Anjali Mehra",
            "spk": "Tomasz Wierzba",
        },
        text="""Orvane shares slump after chipmaker cuts forecast

FRANKFURT (Fictional Wire) — Shares in Orvane Systems fell 14 percent on Wednesday after the Dutch-German maker of sensor chips cut its full-year revenue forecast, blaming weaker demand from carmakers and a delayed factory expansion.

Orvane now expects revenue of between 2.1 billion and 2.3 billion euros, down from a previous range of 2.6 billion to 2.8 billion, according to a statement issued before the market opened. “[[Q:orv1|The automotive market has softened faster and more deeply than we anticipated,]]” [[S:orv1|the statement]] [[C:orv1|said]].

Chief executive [[S:petrakis1|Lena Petrakis]] [[C:petrakis1|told]] analysts on a conference call that the company had been “[[P:petrakis1|too optimistic about the second half]]” and would cut discretionary spending. “[[Q:petrakis2|We are not cutting research. We are cutting almost everything else,]]” [[S:petrakis2|Petrakis]] [[C:petrakis2|said]].

She repeated that line twice during the call.

The company also said the opening of its new plant in Dresden would slip from September to early next year because of delays in delivery of lithography equipment. Asked by one analyst whether the delay would cost customers, [[S:petrakis3|Petrakis]] [[C:petrakis3|replied]], “[[Q:petrakis3|We have not lost a single customer, and I do not expect to.]]”

Analysts were unconvinced. “[[Q:mehra1|This is the second cut in four months, and the language about visibility is exactly the language we heard before the last one,]]” [[C:mehra1|said]] [[S:mehra1|Anjali Mehra]], a semiconductor analyst at Kestrel Bay Capital in London. “[[Q:mehra1|The market will want to see the floor before it comes back.]]”

[[S:mehra2|Mehra]] cut her price target on the stock to 41 euros from 58 and [[C:mehra2|said]] the “[[P:mehra2|most worrying line in the whole release]]” was a reference to inventory building up at customers.

Julian Voskuijlen, a portfolio manager at Amstelweg Partners, which holds Orvane shares, was more sanguine. “[[Q:vosk1|Autos are cyclical. They always come back, and Orvane has the products,]]” [[S:vosk1|he]] [[C:vosk1|told]] Fictional Wire. “[[Q:vosk1|I’d rather buy on a day like this than sell.]]”

Orvane employs about 9,400 people. Asked about job cuts, company spokesman [[S:spk1|Tomasz Wierzba]] [[C:spk1|said]] there were “[[P:spk1|no plans for redundancies at this time]]” but declined to rule them out for next year.

The company will publish full half-year results on July 29.
""",
    ),
    dict(
        slug="meadow-bees-study",
        outlet="The Coastal Standard",
        date="2026-06-11",
        type="science",
        people={
            "ahn": "Soo-jin Ahn-Whitcombe",
            "rask": "Bertrand Raskin",
            "fund": "Pellworth Trust",
            "raf": "Rural Affairs Office",
        },
        text="""Wildflower strips along farm roads double wild bee numbers, study finds

Strips of wildflowers sown along the edges of farm tracks can double the number of wild bees on neighbouring fields within three years, according to a study published on Wednesday.

The researchers, from the fictional Institute for Rural Ecology in Norfolk, counted bees on 64 farms across eastern England between 2021 and 2024. Half of the farms sowed flower strips; the rest carried on as before.

“[[Q:ahn1|We expected an effect, but not one this large or this quick,]]” [[C:ahn1|said]] [[S:ahn1|Dr Soo-jin Ahn-Whitcombe]], the study’s lead author. “[[Q:ahn1|By the third summer the farms with strips had roughly twice as many wild bees, and far more species.]]”

The paper, titled “[[U|Margins of Plenty: Flower Strips and Pollinator Recovery in Arable Landscapes]]”, appears in the Journal of Applied Field Ecology.

The strips were typically six metres wide and sown with a mix of 22 native species. Farmers were paid about £450 per hectare per year under a pilot scheme funded by the Pellworth Trust.

[[S:ahn2|Ahn-Whitcombe]] [[C:ahn2|said]] the most striking finding was that bees did not simply gather in the strips. “[[Q:ahn2|They spill out into the crops, which is exactly what a farmer growing oilseed rape or beans wants.]]”

Bumblebee numbers rose most sharply, the study found, while some solitary mining bees that had not been recorded on the farms for decades reappeared. One species, the tawny ground bee, turned up on eleven farms where it had been thought lost.

Outside researchers welcomed the findings but cautioned against reading too much into them. “[[Q:rask1|It’s a careful study and a big one, which is rare in this field,]]” [[C:rask1|said]] [[S:rask1|Professor Bertrand Raskin]], a pollination ecologist at the University of Corrow who was not involved in the work. “[[Q:rask1|But three years is short. I’d want to see whether these numbers hold in a wet summer, or a run of them.]]”

[[S:rask2|Raskin]] also [[C:rask2|warned]] that strips alone could not make up for “[[P:rask2|decades of lost hedgerows and heavy spraying,]]” and said farm policy should reward farmers for keeping them for at least ten years.

The authors acknowledge that limitation in the paper. “[[Q:ahn3|We measured bees, not yields,]]” [[S:ahn3|Ahn-Whitcombe]] [[C:ahn3|said]] when asked whether the strips paid for themselves. “[[Q:ahn3|That is the next question, and it is the one farmers will ask first.]]”

[[S:fund1|The Pellworth Trust]] [[C:fund1|said]] in a statement that the results were “[[P:fund1|exactly the kind of evidence policy makers have been asking for]]” and that it would extend the pilot to 200 farms from next spring.

[[S:raf1|A spokeswoman for the Rural Affairs Office]] [[C:raf1|said]] ministers would “[[P:raf1|study the findings with interest.]]”
""",
    ),
]
