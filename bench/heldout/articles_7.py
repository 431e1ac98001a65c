# Fictional articles: every person, outlet, company, town and event is invented.
ARTICLES = [
    dict(
        slug="restaurant-closure-row",
        outlet="Riverton Gazette",
        date="2026-07-09",
        type="hard news",
        people={
            "owner": "Nikos Charalambous",
            "health": "Riverton Public Health",
            "moh": "Priyanka Venkataraman",
            "cust": "Estelle Marchand-Doyle",
            "cllr": "Bram Koenig",
            "none": None,
        },
        text="""Beloved diner shut by health inspectors; owner cries foul

The Blue Kettle Diner on Lakeview Road, a Riverton landmark for 46 years, was ordered closed on Monday after health inspectors found what they described as evidence of a rodent infestation in its storage room.

The closure was “[[P:health1|necessary to protect the health of the public,]]” [[C:health1|according to]] a statement from [[S:health1|Riverton Public Health]], which said the diner could reopen once it passed a follow-up inspection.

Owner Nikos Charalambous disputes the findings. “[[Q:owner1|There are no rats in my kitchen. There has never been a rat in my kitchen,]]” [[S:owner1|Charalambous]] [[C:owner1|told]] the Gazette on Tuesday, standing outside the locked door. “[[Q:owner1|They found a hole in the wall behind a shelf. A hole is not a rat.]]”

[[S:owner2|He]] [[C:owner2|said]] he had hired a pest control company the same afternoon and had a letter from it saying it found “[[P:owner2|no signs of active rodent activity.]]”

Dr. Priyanka Venkataraman, the region’s medical officer of health, said inspectors do not close businesses lightly. “[[Q:moh1|We found droppings in more than one location, along with gnawed packaging,]]” [[S:moh1|she]] [[C:moh1|said]]. “[[Q:moh1|That is not a judgment call. That is the standard.]]”

News of the closure spread quickly. Within hours a post about it had been shared thousands of times, and regulars had started a campaign under the slogan “[[U|Save the Kettle]]”.

“[[Q:cust1|I have eaten breakfast here every Saturday since 1991 and I am still alive,]]” [[S:cust1|Estelle Marchand-Doyle]] [[C:cust1|wrote]] on social media, in a post that drew more than 2,000 replies. “[[Q:cust1|Leave Nikos alone.]]”

Coun. Bram Koenig, who represents the ward, struck a more cautious note. “[[Q:cllr1|I love the Kettle as much as anyone, but I’m not going to second-guess a health inspector,]]” [[S:cllr1|Koenig]] [[C:cllr1|told]] the Gazette. “[[Q:cllr1|Let them do their job, let Nikos fix whatever needs fixing, and let’s all have pancakes next week.]]”

Inspection records show the diner passed its previous five inspections, with minor infractions noted in 2023 for a refrigerator running two degrees too warm.

Charalambous, 71, bought the diner from its founder in 1988. He said he had no plans to retire. “[[Q:owner3|My wife says, ‘Nikos, this is the sign, it is time to stop,’]]” [[S:owner3|he]] [[C:owner3|said]], smiling for the first time. “[[Q:owner3|I tell her, ‘The sign says closed. It doesn’t say forever.’]]”

A follow-up inspection is scheduled for Thursday. A handwritten sign in the window reads “[[U|Back soon. Thank you for your patience]]”.
""",
    ),
    dict(
        slug="kettle-recall",
        outlet="Fictional Wire",
        date="2026-10-14",
        type="business",
        people={
            "co": "Brightwell Home Appliances",
            "spk": "Ravi Chandrasekhar-Moll",
            "reg": "Consumer Safety Bureau",
            "buyer": "Oona Fairbrother",
            "eng": "Marguerite Osei-Lindahl",
        },
        text="""Appliance maker recalls 250,000 kettles over fire risk

TORONTO (Fictional Wire) — Brightwell Home Appliances is recalling about 250,000 electric kettles sold in Canada and the United States because a faulty switch can cause them to overheat and, in rare cases, catch fire, the company said on Wednesday.

The recall covers the Brightwell Aurora 1.7-litre kettle sold between January 2024 and August 2026. [[S:co1|The company]] [[C:co1|said]] it had received 41 reports of kettles overheating, including four small fires, but “[[P:co1|no reports of serious injury.]]”

“[[Q:spk1|Customer safety is our highest priority, and we are acting out of an abundance of caution,]]” Brightwell spokesperson [[S:spk1|Ravi Chandrasekhar-Moll]] [[C:spk1|said]] in an email. “[[Q:spk1|Anyone who owns one of these kettles should stop using it immediately and contact us for a full refund.]]”

Asked why the recall had taken more than a year after the first complaints, Chandrasekhar-Moll said the company had needed time to identify the cause. “[[Q:spk2|We did not want to guess. We wanted to be sure,]]” [[S:spk2|he]] [[C:spk2|said]].

The Consumer Safety Bureau, a fictional federal regulator, said in a notice posted on its website that consumers could identify affected kettles by a model number beginning with “[[U|BA17]]” printed on the base. [[S:reg2|The bureau]] [[C:reg2|urged]] owners to “[[P:reg2|unplug the kettle and do not attempt to repair it yourself.]]” A spokesperson for the bureau would not say whether it had pressed the company to act sooner.

Oona Fairbrother of Quelby, Ont., said her kettle began smoking on a Sunday morning in June. “[[Q:buyer1|I was making tea and I smelled burning plastic, and then there was this little flame at the bottom,]]” [[S:buyer1|she]] [[C:buyer1|said]]. “[[Q:buyer1|I unplugged it and threw it in the sink. My heart was going a mile a minute.]]”

Fairbrother said she had complained to the company at the time and received a voucher for a replacement kettle — “[[P:buyer2|the same model,]]” [[S:buyer2|she]] [[C:buyer2|noted]].

[[S:eng1|Marguerite Osei-Lindahl]], an electrical engineer who consults on product safety, [[C:eng1|said]] thermal switches in kettles were a “[[P:eng1|well understood, very cheap component]]” and that failures on this scale usually pointed to a supplier problem. “[[Q:eng2|Somebody changed a part or changed a factory, and nobody tested it properly,]]” [[S:eng2|she]] [[C:eng2|said]]. “[[Q:eng2|That is the usual story.]]”

Brightwell, based in Mississauga, did not say which supplier made the switch. Its shares are not publicly traded.
""",
    ),
    dict(
        slug="housing-protest-headline",
        outlet="The Capital Dispatch",
        date="2026-04-25",
        type="hard news",
        people={
            "org": "Yolanda Mwangi-Pratt",
            "dev": "Harrowgate Developments",
            "spk": "Leopold Ferreira",
            "ten": "Ignatius Obuya",
            "cllr": "Siobhan Thackeray",
            "adv": "housing advocates",
            "none": None,
        },
        text="""“[[Q:org0|We are not leaving]]”: tenants rally against tower demolition

About 300 tenants and supporters rallied on Saturday outside the three Alder Court towers in the city’s south end, where a developer plans to demolish 420 rent-controlled apartments and build condominiums.

“[[Q:org1|We are not leaving,]]” tenant organizer [[S:org0,org1|Yolanda Mwangi-Pratt]] [[C:org1|told]] the crowd from the back of a pickup truck. “[[Q:org1|Not this year, not next year. These are our homes, and we are staying in them.]]”

The developer, Harrowgate Developments, bought the towers last year and applied in February to rezone the site. The company has offered tenants what [[S:dev1|it]] [[C:dev1|calls]] “[[P:dev1|a generous relocation package,]]” including moving costs and a right to return to a new unit at the same rent.

Tenants say the promise is worthless. The new units, under the company’s proposal, would be ready in 2032 at the earliest.

“[[Q:ten1|I’m 78. In 2032 I will be 84, if I’m lucky,]]” [[C:ten1|said]] [[S:ten1|Ignatius Obuya]], who has lived in the east tower since 1983. “[[Q:ten1|Where am I supposed to go for six years? Who is going to rent to a man my age?]]”

Protesters carried signs reading “[[U|Homes Not Condos]]” and “[[U|Alder Court Stays]]”, and a brass band from a nearby church played between speeches.

The plan has been [[C:adv1|called]] “[[P:adv1|a test case for the whole city]]” by [[S:adv1|housing advocates]], because more than a dozen similar towers built in the 1960s and 1970s are nearing the end of their planned lives.

Harrowgate spokesperson [[S:spk1,spk2|Leopold Ferreira]] [[C:spk1,spk2|said]] the towers were “[[P:spk1|simply not safe to keep patching]]” and that the company had commissioned engineering reports showing the buildings needed “[[P:spk2|a full rebuild of the structural systems.]]” The reports have not been made public.

“[[Q:spk3|We understand this is hard for people, and we want to work with every tenant individually,]]” [[S:spk3|Ferreira]] [[C:spk3|said]].

Coun. Siobhan Thackeray, who attended the rally, said she would ask city staff to review the engineering reports independently. “[[Q:cllr1|If these buildings are unsafe, I want to know. If they’re not, I want to know that too,]]” [[S:cllr1|she]] [[C:cllr1|said]].

“[[Q:none2|Too little, too late,]]” came the reply from somewhere in the crowd.

The rezoning application goes to the planning committee in June. Mwangi-Pratt said tenants would fill the room. “[[Q:org2|Bring a lunch,]]” [[S:org2|she]] [[C:org2|told]] them. “[[Q:org2|It’s going to be a long meeting.]]”
""",
    ),
]
