"""The words the demo data is made of. Synthetic: no real child is described here."""

CHILDREN = [("Maya", 2014), ("Leo", 2016), ("Ruby", 2012), ("Sami", 2018), ("Jade", 2011),
            ("Tomos", 2015), ("Nia", 2017), ("Kai", 2013)]
SURNAMES = ["Example", "Sample", "Placeholder"]
FAMILY = ["Mum", "Nan", "Dad", "Auntie Jo", "Grandad"]
PLACES = ["the park", "the library", "the beach", "the swimming pool", "the woods",
          "Nan's favourite café", "the farm", "the skate park", "the museum"]
ACTIVITIES = ["baked flapjacks", "built a den", "played football", "made a birthday card",
              "read two chapters of the dragon book", "planted sunflowers", "fed the ducks",
              "did a jigsaw", "walked the dog", "painted pebbles", "rode bikes"]

DAYS = [
    "A calm school day. {name} came out smiling: in class they {activity_past}.",
    "We went to {place} after school and {activity}. {name} chose where we walked.",
    "A harder day. {name} was quiet at breakfast and cried at bedtime about {family}.",
    "Busy Saturday: swimming, then we {activity}. {name} was tired but proud.",
    "{name} had a dentist appointment in the morning; brave in the chair.",
    "Rainy day at home. We {activity} and watched a film under a blanket.",
    "School rang: {name} had a difficult lunchtime and needed time in the quiet room.",
    "{name} helped me cook tea and set the table for everyone without being asked.",
    "Parents' evening: the teacher said {name} is reading with more confidence.",
    "A lovely evening. {name} laughed so much at the dog chasing bubbles.",
]

OBSERVATIONS = {
    "availability": [
        ("{name} checked twice that I would be at the gate.", "Still unsure adults come back.",
         "I was there early and waved.", "Glad I was there first."),
        ("{name} wanted me nearby while doing homework.", "Feeling safer with me close.",
         "I sat at the table with my tea.", "Calm."),
        ("Woke in the night after a bad dream.", "Night-time still feels unsafe.",
         "I sat with {pronoun} until {pronoun2} fell asleep.", "Tired but close."),
    ],
    "sensitivity": [
        ("{name} slammed the door after losing the game.", "Losing feels like being rejected.",
         "I named it: 'that felt really unfair'.", "Patient, a bit rattled."),
        ("Went very quiet when {family} was mentioned.", "Missing {family}.",
         "I said it's okay to miss people.", "Sad for {pronoun}."),
        ("Giggly and over-excited before the trip.", "Excited and worried at once.",
         "We made a plan together for the day.", "Hopeful."),
    ],
    "acceptance": [
        ("{name} said 'I'm rubbish at everything'.", "Old beliefs about being bad.",
         "I told {pronoun} three things I like about {pronoun}.", "Sad to hear it."),
        ("Spilled juice and waited to be told off.", "Expecting anger.",
         "I laughed it off and we cleaned up together.", "Tender."),
        ("Showed me a drawing, then hid it.", "Not sure it would be liked.",
         "I asked if we could put it on the fridge.", "Warm."),
    ],
    "cooperation": [
        ("{name} chose what we had for tea.", "Wants some control.",
         "I offered two choices and went with {pronoun3} pick.", "Pleased."),
        ("Asked for help with a zip for the first time.", "Learning it's safe to ask.",
         "I helped and said thank you for asking.", "Proud."),
        ("We agreed bedtime as a team.", "Feels heard.", "I wrote our plan on the fridge.",
         "Relieved."),
    ],
    "family_membership": [
        ("{name} called our dog 'our dog'.", "Starting to belong here.",
         "I said he's lucky to have {pronoun}.", "Moved."),
        ("Family time with {family} went well.", "Holding both families.",
         "I asked what was the best bit.", "Glad for {pronoun}."),
        ("Put a photo of {family} by the bed.", "Keeping birth family close.",
         "I found a frame for it.", "Respectful."),
    ],
}

VOICES = ["I like it when you wait for me.", "Can we go to {place} again?",
          "I'm not scared of the dark when the landing light is on.",
          "{family} said I've grown!", "This is my best day.", "I don't want to talk about it.",
          "Our dog loves me the most."]
REFLECTIONS = ["I wonder if the change of routine unsettled {pronoun}.",
               "Curious about what set off the worry at bedtime; I'll keep noticing.",
               "I kept my voice low and that seemed to help.",
               "I need to look after myself this week; it has been a lot.",
               "Question for supervision: how do we prepare for the holiday break?"]
SIGNIFICANT = [
    ("serious_illness_or_accident", "Fell from the climbing frame; A&E, wrist x-rayed, no break.",
     "the out-of-hours social worker", "GP follow-up on Monday."),
    ("missing", "{name} did not come home from school on time; found at the park an hour later.",
     "the police and the supervising social worker", "Return home interview booked."),
    ("child_protection", "{name} said something worrying about a visitor at family time.",
     "the child's social worker", "Strategy discussion tomorrow."),
]
