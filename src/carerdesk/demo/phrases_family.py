"""The words of the demo's people, profiles, family time and significant events. Synthetic.

{surname} is the child's; {name}, {subj}, {obj}, {poss} as in ``phrases``.
"""

SSW = "Helen Carter"  # the household's supervising social worker, at the fostering service
FOSTERING_SERVICE = "Hillside Fostering duty line"
CHILD_SW = ["Priya Shah", "Tom Bennett", "Grace Adeyemi", "Owen Jenkins"]
IRO = ["Gareth Lloyd", "Sandra Mills", "Imran Ali"]
GP = "Dr Evans, Brook Lane surgery"
THERAPIST = "Jo Morgan, play therapist (CAMHS)"
SCHOOLS = {"e": "Little Acorns nursery (key worker Kerry)",
           "c": "Hillside Primary (designated teacher Mrs Okafor)",
           "t": "Valley High (designated teacher Mr Price)",
           "a": "Riverside College (mentor Ms Rees)"}

# One birth family per child (Maya and Leo share theirs). Keys: mum, mum_called, elder (a
# grandparent), elder_called, sib (a brother or sister living apart), sib_where, sib_rel,
# sib_visits (seen with the grandparent), heritage, culture, faith, languages.
FAMILIES = [
    dict(mum="Kerry {surname}", mum_called="Mummy", elder="Pauline {surname}",
         elder_called="Nanna", sib="Connor", sib_where="lives with Nanna",
         sib_rel="Big brother", sib_visits=True,
         heritage="White British; Mum's family are from the town, Dad's from Glasgow.",
         culture="Loves the family's big bonfire-night tradition with Nanna.",
         faith="No faith; celebrates Christmas with both families.", languages="English"),
    dict(mum="Danielle {surname}", mum_called="Mum", elder="Gloria {surname}",
         elder_called="Grandma Glo", sib="Keisha", sib_where="adopted; letters twice a year",
         sib_rel="Big sister", sib_visits=False,
         heritage="Mixed White and Black Caribbean; Grandma Glo came from Jamaica in 1979.",
         culture="Caribbean food at Grandma Glo's; we learn to do hair care the family's way.",
         faith="Christian: goes to Grandma Glo's church once a month.", languages="English"),
    dict(mum="Amina {surname}", mum_called="Hooyo", elder="Faadumo {surname}",
         elder_called="Ayeeyo", sib="Hodan", sib_where="lives with another foster family",
         sib_rel="Little sister", sib_visits=True,
         heritage="Somali British; the family came to Britain in 2008.",
         culture="Eid with Hooyo and Ayeeyo; halal food at home and at school.",
         faith="Muslim; we support prayer times and Ramadan as {name} wishes.",
         languages="English and Somali (understands more Somali than speaks)"),
    dict(mum="Sian {surname}", mum_called="Mam", elder="Gareth {surname}", elder_called="Taid",
         sib="Ffion", sib_where="lives with Taid", sib_rel="Big sister", sib_visits=True,
         heritage="Welsh; the family are from Carmarthenshire.",
         culture="Welsh-medium school before coming to us; rugby with Taid.",
         faith="Chapel at Christmas with Taid.", languages="Welsh and English"),
]
SEND = ["None identified.", "Speech and language support at school; a plan reviewed termly.",
        "Being assessed for ADHD; an education, health and care plan is being asked for.",
        "Dyslexia: coloured overlays and extra time."]
HEALTH = ["Asthma: brown inhaler morning and night, blue when needed.", "Healthy; eczema in "
          "winter (cream twice a day).", "Glasses for reading; check-up each year.",
          "Healthy; immunisations up to date."]
HISTORY = ("{name} lived with Mum{with_sib} until coming to us. Mum loves {obj} and found it "
           "hard to keep {obj} safe when unwell; {name} saw adults fighting and was often "
           "hungry. A care order was made in the family court. {name} has lived with us "
           "since {placed}.")
TRIGGERS = ["Raised voices and slammed doors; what helps is a calm voice, space, then a "
            "cuddle.", "Goodbyes and changes of plan; what helps is a picture timetable and "
            "warning.", "Being told no in front of others; what helps is a quiet word alone.",
            "The dark and bedtime; what helps is the landing light and a story."]
LIKES = ["Likes: dogs, swimming, pizza, drawing. Dislikes: mushrooms, loud hand dryers.",
         "Likes: football, cheese on toast, dinosaurs. Dislikes: having hair washed.",
         "Likes: music, making slime, the beach. Dislikes: being rushed in the morning.",
         "Likes: Lego, bike rides, fish fingers. Dislikes: crowds and fireworks."]
STRENGTHS = ["Kind to younger children; a great sense of humour.", "Brave and curious; "
             "remembers every fact about animals.", "Creative: draws and builds for hours.",
             "Sporty and determined; a loyal friend."]
CARER_NAMES = ["Auntie Sam and Uncle Alex", "Sam and Alex", "Nana Sam and Alex", "Sam and Al"]

# --- family time ------------------------------------------------------------------------------

WHERE_MUM = "the family centre on Mill Road"
SUPERVISOR = "Dee Walsh, family support worker"
WHERE_ELDER = ["{elder_called}'s house", "the park by {elder_called}'s", "the café in town"]
# By how it went, each part chosen on its own: before, during, after (for a cancelled one,
# how the child heard the news), the child's words, what I noticed.
FAMILY_TIME = {
    "good": {
        "before": ["{name} was excited and chose what to wear.", "{name} made a card for "
                   "{called} before we left.", "{name} was a bit quiet in the car but ready "
                   "to go in.", "{name} asked three times what time we would get there."],
        "during": ["{name} and {called} played cards and shared a snack, with lots of "
                   "laughing.", "{called} read {name} a story and they did a jigsaw.",
                   "They baked biscuits together; photos were taken for the memory box.",
                   "{name} showed {called} {poss} new drawings and a library book.",
                   "They played football outside and {name} scored twice."],
        "after": ["{name} was chatty in the car, then calm at tea.", "{name} was tired and "
                  "cuddly and went to bed early.", "{name} shared the biscuits with everyone "
                  "at home.", "{name} sang all the way home."],
        "words": ["{called} said I've grown!", "Can I see {called} again soon?",
                  "{called} is proud of me.", "That was a good one.", "{called} liked my "
                  "drawing."],
        "noticed": ["{name} looked back and waved at the end.", "The goodbye was easier than "
                    "I expected.", "{name} settled quickly and stayed relaxed all the way "
                    "through.", "{name} held my hand on the way out and smiled."],
    },
    "hard": {
        "before": ["{name} was worried in the car and asked if {called} would come.",
                   "{name} was giddy and could not sit still.", "{name} was quiet and did not "
                   "want breakfast."],
        "during": ["{called} arrived late; {name} stayed close to me and did not want to "
                   "play.", "{called} talked about {name} going home soon, which is not the "
                   "plan; we gently changed the subject.", "{called} was upset and left "
                   "early.", "{name} was angry with {called} and hid under the table."],
        "after": ["{name} cried in the car and was angry at tea, then slept badly.",
                  "{name} was confused and upset at bedtime.", "{name} was very clingy and "
                  "tearful and wet the bed.", "{name} shouted at everyone at tea and then "
                  "wanted a cuddle."],
        "words": ["Why can't I live with {called}?", "{called} said I'm going home at "
                  "Christmas.", "Is it my fault?", "I hate family time."],
        "noticed": ["{name} needed me near all evening; the next morning was hard too.",
                    "I told Helen the next morning so the plan can be explained again, "
                    "gently.", "I said it was never {poss} fault and left the landing light "
                    "on.", "{name} asked to sleep with {poss} memory box by the bed."],
    },
    "cancelled": {
        "before": ["{name} was ready by the door with a card.", "{name} asked about it all "
                   "morning."],
        "during": ["{called} rang an hour before: unwell, so it could not go ahead.",
                   "The family centre cancelled because no supervisor was free."],
        "after": ["{name} cried and did not want tea; we made a plan to post the card.",
                  "{name} was disappointed but managed, and we went to the park instead.",
                  "{name} went quiet and sad and spent the evening with the dog."],
        "words": ["{called} always says that.", "It's not fair.", "Doesn't {called} want to "
                  "see me?"],
        "noticed": ["I told the family centre and Helen; a new date was offered for next "
                    "week.", "I asked the social worker to make sure {called} hears how much "
                    "{name} missed the visit."],
    },
}
CANCELLED_BY = {0: "{called} (by phone)", 1: "the family centre"}
WHY = {0: "Unwell; rang an hour before.", 1: "No family support worker was available."}
