# Fictional articles: every person, outlet, company, town and event is invented.
ARTICLES = [
    dict(
        slug="folk-festival-sponsor",
        outlet="The Prairie Sentinel",
        date="2026-03-27",
        type="arts",
        people={
            "dir": "Winifred Saunderson-Ahmed",
            "found": "Lachlan Byrne",
            "spon": "Cobalt Prairie Credit Union",
            "spk": "Gretchen Falkenrath",
            "musician": "Isidore Quaye",
            "vol": "Petra Holmqvist",
        },
        text="""Marsh Creek Folk Festival loses main sponsor, asks fans to chip in

The Marsh Creek Folk Festival, which has drawn fiddlers, ballad singers and about 9,000 fans to a hayfield outside Wyndhollow every August since 1979, has lost its main sponsor and says it needs to raise $180,000 by June to go ahead this year.

[[S:spon1|Cobalt Prairie Credit Union]], which has backed the festival for 17 years, [[C:spon1|said]] in a letter to organizers that it was “[[P:spon1|refocusing community investment on housing and financial literacy.]]” A spokesperson, [[S:spk1|Gretchen Falkenrath]], [[C:spk1|said]] the decision was “[[P:spk1|difficult and in no way a reflection on the festival,]]” and that the credit union would honour its commitments for this year’s smaller youth stage.

“[[Q:dir1|We understand. Everyone’s budgets are tight,]]” [[C:dir1|said]] festival director [[S:dir1|Winifred Saunderson-Ahmed]]. “[[Q:dir1|But it still landed like a piano falling off a truck.]]”

The festival launched an online campaign on Monday under the name “[[U|Keep Marsh Creek Singing]]” and had raised about $41,000 by Thursday afternoon.

The festival’s founder, Lachlan Byrne, now 83, recalled the first year, when about 200 people came and the headliner arrived late on a tractor.

“[[Q:found1|We had one stage, which was a hay wagon, and one microphone, which worked about half the time,]]” [[S:found1|Byrne]] [[C:found1|said]].

“[[Q:found1|It rained on the Saturday, and we thought, well, that’s it, everyone will go home. Nobody went home. They stood in the mud and sang along to every song, and at the end of the night a farmer came up to me and said, ‘Same time next year?’]]

“[[Q:found1|I said yes before I’d thought about it. I’ve been saying yes ever since.]]”

Asked whether the festival would survive, he didn’t hesitate. “[[Q:found2|It survived the rain in 1979,]]” [[S:found2|Byrne]] [[C:found2|said]]. “[[Q:found2|It’ll survive a bank.]]”

Musicians have rallied behind the campaign. [[S:musician1|Isidore Quaye]], a Ghanaian-Canadian guitarist who first played Marsh Creek in 2008 and returns most summers, [[C:musician1|wrote]] on social media that the festival was “[[P:musician1|the only gig where the audience brings you pie.]]” “[[Q:musician2|I’ll play for free this year,]]” [[S:musician2|Quaye]] [[C:musician2|told]] the Sentinel in a phone interview. “[[Q:musician2|Everyone should. It’s the least we can do.]]”

Petra Holmqvist, who has run the volunteer kitchen for 22 years, said the festival depends on about 600 volunteers. “[[Q:vol1|We can do everything ourselves except pay for the sound system and the insurance,]]” [[S:vol1|she]] [[C:vol1|said]]. “[[Q:vol1|Those cost real money, and nobody has ever donated a liability policy.]]”

Saunderson-Ahmed said that if the campaign fell short, organizers would look at a one-day event rather than the usual three. “[[Q:dir3|A smaller Marsh Creek is still Marsh Creek,]]” [[S:dir3|she]] [[C:dir3|said]], “[[Q:dir3|and I’d rather have one good day than none at all.]]”
""",
    ),
]
