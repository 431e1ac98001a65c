# Fictional articles: every person, outlet, company, town and event is invented.
ARTICLES = [
    dict(
        slug="phones-ban-schools",
        outlet="The Southern Clarion",
        date="2026-02-03",
        type="hard news",
        people={
            "min": "Cassius Whitlam-Nair",
            "prin": "Josephine Albrecht",
            "par": "Matteo Russo-Klein",
            "stu": "Ayla Demir",
            "union": "Teachers Federation of Wattlebury",
            "pres": "Fergus O’Halloran",
            "res": "Mei-Ling Ostrowski",
            "ed": "an editorial in the state’s largest newspaper",
        },
        text="""Mobile phones to be banned in all state schools from next term

SYDNEY — Students at every public school in the fictional state of Wattlebury will have to lock away their mobile phones for the whole school day from the start of next term, the state’s education minister announced on Monday.

“[[Q:min1|Classrooms are for learning, and playgrounds are for playing, and neither of those things happens well with a phone in your hand,]]” [[C:min1|said]] the minister, [[S:min1|Cassius Whitlam-Nair]]. “[[Q:min1|Parents have been asking us for this for years.]]”

Under the rules, phones must be switched off and stored in lockers or pouches from the first bell to the last. Students with medical needs will be exempt.

[[S:min2|The minister]] [[C:min2|said]] trials in 40 schools last year had shown “[[P:min2|fewer fights, less bullying and, frankly, more noise in the playground, which is a good thing.]]”

Josephine Albrecht, principal of Karrabee High School, which took part in the trial, said the change had been dramatic. “[[Q:prin1|At lunchtime you used to see a hundred kids sitting in silence, staring at screens,]]” [[S:prin1|she]] [[C:prin1|said]]. “[[Q:prin1|Now they play handball. They argue. They’re kids again.]]”

Not every student is convinced. Ayla Demir, 16, a student representative at a school in the state’s west, said many teenagers used their phones to organise part-time work and to stay in touch with family. “[[Q:stu1|Adults always say, ‘It’s for your own good,’ but they never ask us what we actually need,]]” [[S:stu1|Demir]] [[C:stu1|said]].

Matteo Russo-Klein, a father of three, worried about emergencies. “[[Q:par1|What happens if there’s a lockdown, and I can’t reach my kids?]]” [[S:par1|he]] [[C:par1|asked]].

[[S:min3|The minister]] [[C:min3|replied]] that schools would keep landlines and emergency text systems for parents, adding: “[[Q:min3|In an emergency, the last thing we need is a thousand students filming it.]]”

[[S:union1|The Teachers Federation of Wattlebury]] [[C:union1|said]] it supported the ban in principle but wanted “[[P:union1|clear rules and real support, not a press release.]]” Its president, [[S:pres1|Fergus O’Halloran]], [[C:pres1|warned]] that teachers could not be expected to act as “[[P:pres1|phone police]]” on top of everything else. “[[Q:pres2|Who is going to chase a Year 10 student round the oval to confiscate a phone? Not me, and not my members,]]” [[S:pres2|O’Halloran]] [[C:pres2|said]].

Researchers are divided on the evidence. [[S:res1|Dr Mei-Ling Ostrowski]], who studies adolescent health at the fictional Tasman Institute, [[C:res1|said]] the best studies showed modest gains in concentration, “[[P:res1|but nothing like the miracle that some politicians describe.]]” [[S:res2|She]] [[C:res2|added]]: “[[Q:res2|A ban is a tool. It is not a cure.]]”

The policy was [[C:ed1|described]] as “[[P:ed1|long overdue]]” in [[S:ed1|an editorial in the state’s largest newspaper]] last month.

Schools will receive $25 million to buy lockable pouches and storage.
""",
    ),
]
