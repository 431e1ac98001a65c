# Fictional articles: every person, outlet, company, town and event is invented.
ARTICLES = [
    dict(
        slug="profile-surgeon-pronouns",
        outlet="Lakeshore Courier",
        date="2026-06-28",
        type="feature",
        people={
            "ade": "Temitope Adewale-Rourke",
            "mentor": "Graham Lusk",
            "pat": "Consuelo Ibarra",
            "hus": "Kieran Rourke",
        },
        text="""The surgeon who still writes every patient a letter

Temitope Adewale-Rourke has performed more than 4,000 hip and knee replacements in her 22 years at Lakeshore General Hospital. She has written a handwritten letter to every one of those patients.

“[[Q:ade1|It takes me about four minutes a letter,]]” [[S:ade1|she]] [[C:ade1|said]] in her cramped office on the hospital’s fifth floor, where a stack of cream-coloured cards sits beside the computer. “[[Q:ade1|Four minutes is nothing. For the patient, it might be the thing they remember.]]”

She started the habit as a resident in Edinburgh, after watching an older surgeon do the same. He was Graham Lusk, then the head of orthopaedics there and now retired to the Scottish Borders.

“[[Q:mentor1|I can’t claim any credit,]]” [[S:mentor1|Lusk]] [[C:mentor1|said]] by phone. “[[Q:mentor1|I wrote letters because my handwriting was better than my bedside manner.]]” He laughed. “[[Q:mentor1|Tope has both. That’s the difference.]]”

Adewale-Rourke grew up in Ibadan, Nigeria, the daughter of two schoolteachers. She wanted to be an architect until she broke her arm at 14.

“[[Q:ade2|The surgeon who set it drew me a little picture of the bones, and that was it,]]” [[S:ade2|she]] [[C:ade2|said]]. “[[Q:ade2|I thought, this is architecture, but for people.]]”

She moved to Canada in 2004 with her husband, Kieran Rourke, a high school physics teacher. He says the letters have taken over the house.

“[[Q:hus1|There are cards in the car, cards in the kitchen drawer, cards in the glovebox,]]” [[S:hus1|he]] [[C:hus1|said]]. “[[Q:hus1|I once found one in the freezer. I don’t ask.]]”

The letters are short. She thanks the patient, explains in plain words what was done, and tells them what the first month will feel like. [[S:ade3|She]] ends each one the same way: “[[Q:ade3|Be patient with your new joint. It is learning to be yours.]]”

Consuelo Ibarra, 71, received one after a knee replacement in March. She keeps it on her fridge.

“[[Q:pat1|I was terrified before the operation,]]” [[S:pat1|Ibarra]] [[C:pat1|said]]. “[[Q:pat1|When I read her letter, I cried, and then I did my exercises. Every single one.]]”

[[S:pat2|She]] [[C:pat2|added]] that she had shown it to her grandchildren. “[[Q:pat2|They said, ‘Grandma, doctors don’t write letters.’ I said, ‘This one does.’]]”

Hospital administrators have asked Adewale-Rourke whether the practice could be scaled up, perhaps with templates. She has said no.

“[[Q:ade4|A template is a form,]]” [[S:ade4|she]] [[C:ade4|said]]. “[[Q:ade4|A letter is a letter. Patients know the difference.]]”

She is 56 now and plans to work another decade. Asked how many more letters that might mean, she did the arithmetic in her head.

“[[Q:ade5|About two thousand,]]” [[S:ade5|she]] [[C:ade5|said]]. “[[Q:ade5|I’ll need more cards.]]”
""",
    ),
    dict(
        slug="speech-harbour-commission",
        outlet="Fictional Wire",
        date="2026-09-02",
        type="hard news",
        people={
            "min": "Octavia Lindgren-Baptiste",
            "opp": "Rhys Calloway",
            "fish": "Bartholomew Ekwueme",
            "none": None,
        },
        text="""[[S:min0|Minister]] unveils harbour clean-up plan, [[C:min0|promising]] “[[P:min0|no more excuses]]”

HALIFAX (Fictional Wire) — [[S:min1|The minister]] responsible for coastal affairs in a fictional provincial government announced a $380-million plan on Tuesday to clean up three of the province’s most polluted harbours, [[C:min1|saying]] decades of delay had left communities “[[P:min1|living beside open sewers.]]”

Octavia Lindgren-Baptiste made the announcement on the wharf in the fishing town of Port Ellery, where raw sewage from about 1,200 homes still flows directly into the harbour.

“[[Q:min2|I grew up three streets from here. I remember the smell on a hot day, and I remember being told it was just the way things were,]]” [[S:min2|she]] [[C:min2|said]] in a speech to about 200 people.

“[[Q:min2|It is not just the way things are. It is a choice that governments of every stripe have made, over and over, because pipes are not exciting and treatment plants do not win elections.]]

“[[Q:min2|Well, this government is making a different choice. By 2031, not one drop of untreated sewage will go into Port Ellery harbour, or Caskey Cove, or the Narrows. Not one drop. No more studies, no more pilot projects, no more excuses.]]”

The plan would fund new treatment plants in Port Ellery and Caskey Cove and an upgrade in the Narrows, with work starting next year. Federal money is expected to cover about a third of the cost.

Opposition critic Rhys Calloway welcomed the money but questioned the timeline. “[[Q:opp1|This minister has a wonderful speechwriter,]]” [[S:opp1|Calloway]] [[C:opp1|said]]. “[[Q:opp1|What she doesn’t have is a single engineering report saying any of this can be built by 2031.]]”

[[S:opp2|He]] [[C:opp2|noted]] that the same harbour had been promised a treatment plant in 2009 and again in 2016, and said residents had heard “[[P:opp2|every one of these speeches before.]]”

Bartholomew Ekwueme, who has fished out of Port Ellery for 40 years, listened from the deck of his boat. He said he would believe it when he saw it, but that the minister had at least come in person.

“[[Q:fish1|Last fellow who promised this sent a video,]]” [[S:fish1|Ekwueme]] [[C:fish1|said]]. “[[Q:fish1|She came down and stood in it. That’s something.]]”

Asked afterward about Calloway’s criticism, Lindgren-Baptiste said engineering work was already under way. “[[Q:min3|He’s welcome to come and watch the shovels go in,]]” [[S:min3|she]] [[C:min3|added]].

A banner strung across the wharf by the town’s youth council read “[[U|Swim Here by 2030]]”. Someone had crossed out the zero and written a one.
""",
    ),
    dict(
        slug="witness-train-stop",
        outlet="Metro Lakeshore News",
        date="2026-11-05",
        type="hard news",
        people={
            "cond": "Hamish Drummond-Achterberg",
            "pass": "Yvette Salcedo",
            "ilic": "Bogdan Ilić",
            "rail": "Metrolink Lakeshore",
            "spk": "Aurelia Fontaine",
            "union": "Lakeshore Transit Workers Union",
        },
        text="""Commuters stranded two hours after train halts in tunnel

Hundreds of commuters were stuck in darkness for nearly two hours Wednesday evening after a Metrolink Lakeshore train lost power in the Harbourfront tunnel during rush hour.

Nobody was hurt, but passengers described a frightening wait with little information, no air conditioning and, for a while, no lights.

Yvette Salcedo, who was in the third car, said the conductor walked through the train about 20 minutes after it stopped. “[[Q:pass1|He said, ‘Folks, I know as much as you do, which is nothing,’ and honestly, I appreciated that,]]” [[S:pass1|Salcedo]] [[C:pass1|said]]. “[[Q:pass1|At least he didn’t pretend.]]”

That conductor, Hamish Drummond-Achterberg, was widely praised by passengers on social media after the incident. Reached by phone Thursday, he said he had simply told people what he knew. “[[Q:cond1|My supervisor kept saying, ‘Tell them it’s a signal problem,’ and I said, ‘It’s not a signal problem, the lights are off,’]]” [[S:cond1|Drummond-Achterberg]] [[C:cond1|said]].

He said he had handed out all the water from the crew compartment and that one passenger had started a sing-along. “[[Q:cond2|Somebody shouted, ‘Does anyone know any songs?’ and a lady at the back started singing ‘Moon River’. Half the car joined in,]]” [[S:cond2|he]] [[C:cond2|recalled]].

Bogdan Ilić, who was travelling with his two young children, was less forgiving of the railway. “[[Q:ilic1|My daughter asked me, ‘Are we going to live in the tunnel now?’]]” [[S:ilic1|Ilić]] [[C:ilic1|said]]. “[[Q:ilic1|What am I supposed to tell her? Nobody told us anything for an hour.]]”

In a statement, Metrolink Lakeshore said the train had lost power because of a fault in an overhead line and that a rescue locomotive had towed it to Union Square station. “[[Q:rail2|We sincerely apologize to customers for the delay and the discomfort they experienced,]]” [[S:rail2|the statement]] [[C:rail2|read]].

Company spokesperson Aurelia Fontaine said an investigation was under way into why it took so long to bring in the rescue engine. Asked about the conductor’s account of being told to blame the signals, [[S:spk1|Fontaine]] [[C:spk1|said]]: “[[Q:spk1|I’m not aware of that instruction, and it would not reflect our policy.]]”

[[S:union1,union2|The Lakeshore Transit Workers Union]] [[C:union1,union2|wrote]] on social media that the conductor had done “[[P:union1|exactly what a professional does]]” and that staff had warned about the overhead lines “[[P:union2|for two years, in writing.]]”

For Salcedo, the lasting memory is the singing. “[[Q:pass3|I’ll never hear ‘Moon River’ again without thinking of that tunnel,]]” [[S:pass3|she]] [[C:pass3|said]].
""",
    ),
]
