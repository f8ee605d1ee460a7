"""The words a day's entry is made of. Synthetic: no real child is described here.

A template may start with the stages it suits ("ct|..."): e(arly years), c(hild), t(een),
a(dult); without one it suits every age. Placeholders: {name}, {subj} {obj} {poss} (the
child's pronouns, {Subj} {Poss} capitalised), {setting} (nursery, school, college), {weekday},
and the fills below, each chosen for the child's stage. A harder day's words never share an
entry with a happy mood; the carer's view is marked as opinion, what others said as reported.
"""

# --- fills, by stage ------------------------------------------------------------------------

ACTIVITIES = {
    "e": ["built a tower of blocks", "splashed in puddles", "fed the ducks", "played with the "
          "play dough", "sang songs with actions", "blew bubbles in the garden", "read a lift-the-"
          "flap book", "played peekaboo behind the sofa", "stacked the plastic cups",
          "pushed the toy pram round the garden", "made handprints with paint"],
    "c": ["baked flapjacks", "built a den", "played football", "made a birthday card",
          "read two chapters of the dragon book", "planted sunflowers", "did a jigsaw",
          "walked the dog", "painted pebbles", "rode bikes", "made a cardboard rocket",
          "played a board game"],
    "t": ["cooked a curry together", "went climbing at the wall", "played football in the park",
          "watched a film of {poss} choice", "walked the dog by the river", "made pancakes",
          "went for a bike ride", "tidied and rearranged {poss} room", "played a card game",
          "learnt a new song on the guitar", "went to the cinema"],
    "a": ["cooked tea for everyone", "went food shopping to practise budgeting",
          "walked the dog by the river", "watched the football together", "planned the week's "
          "meals", "sorted out a bank account", "went for a run", "fixed a puncture on the bike",
          "went to the cinema", "practised driving in the car park"],
}
PLACES = {
    "e": ["the park", "the library's baby rhyme time", "the farm", "the duck pond",
          "the soft play", "the beach", "the garden centre"],
    "c": ["the park", "the library", "the beach", "the swimming pool", "the woods", "the farm",
          "the skate park", "the museum", "the climbing wall"],
    "t": ["the climbing wall", "the cinema", "the beach", "the trampoline park", "the woods",
          "the bowling alley", "the football ground", "the ice rink"],
    "a": ["the gym", "the cinema", "the college open day", "the beach", "the football ground",
          "the job centre", "the bank"],
}
LEARNED = {
    "e": ["painted a picture of our dog", "sat for the whole story", "used the big slide",
          "shared the sand tray", "sung in the circle", "helped tidy the bricks away",
          "put on {poss} own coat"],
    "c": ["got nine out of ten in spelling", "read aloud to the class", "been given a "
          "kindness star", "learnt the six times table", "made a model volcano",
          "scored a goal at lunchtime", "helped a new pupil find the hall",
          "finished a whole page of writing"],
    "t": ["got a merit in science", "given a talk in English", "made the school football "
          "team", "got a good mark in the maths test", "joined the drama club",
          "finished the history project", "been picked for the choir"],
    "a": ["finished an assignment early", "passed the theory test", "been praised by the tutor",
          "got a shift at the café", "handed in the application"],
}
WORRIES = {
    "e": ["the dark", "the hoover", "bath time", "goodbyes at the door"],
    "c": ["a spelling test", "a falling-out with a friend", "the dark", "the trip to the zoo",
          "whether Mum is all right"],
    "t": ["exams", "what friends are saying online", "the future", "whether Mum is all right",
          "a falling-out with a friend"],
    "a": ["money", "moving on one day", "the college course", "finding a job"],
}
FRIENDS = ["Amara", "Josh", "Olivia", "Zain", "Poppy", "Finn", "Isla", "Noah", "Ava", "Ollie"]
TEACHERS = {"nursery": ["Jen at nursery", "Kerry, the nursery key worker"],
            "school": ["Mrs Okafor", "Mr Hughes", "Miss Begum", "Mr Price"],
            "college": ["the tutor, Mr Dale", "the college mentor, Ms Rees"]}

# --- the fact of the day: (where, tone) -----------------------------------------------------

FACTS = {
    ("learning", "good"): [
        "{name} came out of {setting} smiling and told me {subj} had {learned}.",
        "At the gate {name} ran over to tell me {subj} had {learned}.",
        "{name} went into {setting} without a backward glance and came home chatty.",
        "ct|{name} did {poss} reading book with me after tea, all of it, and asked for more.",
        "On the walk home from {setting}, {name} held my hand and chatted about {friend}.",
        "{name} had a good day at {setting}: {subj} had {learned}.",
        "cta|{name} got up with the first alarm and was ready for {setting} on time.",
        "After {setting} we {activity}, and {name} chose what came next.",
        "{name} invited {friend} round after {setting}; they played happily for two hours.",
        "ct|{name} sorted {poss} own bag for {setting} the night before, without a reminder.",
        "The {setting} newsletter had a photo of {name}, who had {learned}.",
    ],
    ("learning", "mixed"): [
        "A quiet day at {setting}. {name} was tired when I collected {obj}.",
        "{name} went into {setting} slowly this morning but was settled by lunch.",
        "ct|Homework took a long time; {name} needed me beside {obj} to finish it.",
        "{name} forgot {poss} PE kit and we went back for it before {setting}.",
        "An ordinary day at {setting}. {name} ate a big tea and was in bed early.",
        "{name} was quiet after {setting} and wanted time alone with the dog.",
        "A supply teacher at {setting} today; {name} said it was all right.",
        "ct|{name} was tired after {setting} and we kept the evening calm, just a film.",
        "{name} had a wobbly start at {setting} but joined in by mid-morning.",
        "{name} talked about {worry} on the way to {setting}, then ran in to join {friend}.",
    ],
    ("learning", "hard"): [
        "{setting} rang: {name} had a difficult lunchtime and needed time in the quiet room.",
        "{name} cried at the {setting} gate this morning and did not want me to go.",
        "{name} came out of {setting} upset after a falling-out with {friend}.",
        "ct|A hard morning: {name} refused to put {poss} uniform on and was late for {setting}.",
        "{name} was angry after {setting}, shouted at the dog, then went to {poss} room.",
        "{name} was worried about {worry} and could not settle to sleep after {setting}.",
        "ct|{name} came home from {setting} with a torn jumper and would not say what happened.",
        "cta|{name} was sent home from {setting} early after a difficult afternoon.",
        "{name} was tearful all evening after a hard day at {setting}.",
        "{name} would not eat tea after {setting} and was cross with everyone.",
    ],
    ("home", "good"): [
        "We went to {place} together, and {name} chose where we went next.",
        "A {weekday} at home: we watched a film under a blanket, then {activity}.",
        "{name} helped me cook tea and set the table for everyone without being asked.",
        "A lovely {weekday}. {name} laughed so much at the dog chasing bubbles.",
        "We {activity} in the morning and went to {place} after lunch.",
        "{name} and {friend} {activity} at our house and asked to do it again next week.",
        "On {weekday} {name} woke up happy and came to find me for a cuddle.",
        "We spent the afternoon at {place}; {name} was proud to show me what {subj} could do.",
        "{name} was delighted when Grandpa Tony (my dad) came for lunch.",
        "A slow {weekday} morning in pyjamas; we {activity} and made toast together.",
        "cta|{name} planned our {weekday} outing to {place} and read the map.",
    ],
    ("home", "mixed"): [
        "A quiet {weekday} at home. {name} stayed close to me most of the day.",
        "We meant to go to {place} but it rained, so we {activity} instead.",
        "{name} was tired on {weekday} and slept for an hour after lunch.",
        "An ordinary {weekday}: shopping, tidying, and tea at six.",
        "{name} was unsure about going to {place} but came along and joined in a little.",
        "We {activity}; {name} drifted off halfway and watched from the sofa.",
        "{name} asked about {worry} at breakfast, and we talked while we {activity}.",
        "{name} had a lie-in, then wanted to stay in pyjamas all {weekday}.",
        "A {weekday} of jobs: {name} helped a little and watched the rest.",
        "The dog was at the vet in the morning; {name} waited with me and held the lead.",
    ],
    ("home", "hard"): [
        "A harder {weekday}. {name} was quiet at breakfast and cried at bedtime about {family}.",
        "{name} was upset when we had to leave {place} and shouted in the car.",
        "{name} woke early and was cross with everyone until lunchtime.",
        "A difficult evening: {name} threw {poss} plate and went to {poss} room.",
        "{name} was worried about {worry} and could not settle all {weekday}.",
        "{name} cried for a long time after a dream about {family}.",
        "We had to turn back from {place}; {name} was frightened by the crowds.",
        "{name} refused tea and was angry when I said no to more screen time.",
        "{name} was tearful and clingy all {weekday} and did not want me out of sight.",
        "{name} broke a favourite toy in anger and was sad about it afterwards.",
    ],
}

# Plain sentences that suit any day, for when every other has been said this month.
ANY_DAY = [
    "We had tea together at six and {name} chose the pudding.",
    "{name} helped feed the dog and fill the water bowl.",
    "{name} had a bath and we read before lights out.",
    "{name} spent some time drawing at the kitchen table.",
    "We walked the dog round the block before tea; {name} held the lead.",
    "{name} played in {poss} room while I cooked.",
    "{name} watched a programme about animals and told me three facts.",
    "We sorted the washing together and {name} matched the socks.",
    "{name} rang Grandpa Tony (my dad) to say goodnight.",
    "{name} tidied {poss} shelf and chose a book for the week.",
]

# --- what I did (a fact), what someone else said, and what I think ---------------------------

ACTIONS = {
    "good": ["I told {name} how much I had enjoyed the day with {obj}.",
             "I put the picture {subj} made on the fridge.",
             "I took a photo for {poss} memory box.",
             "I said thank you for helping and {subj} grinned.",
             "I rang Mum's support worker to share the good news, as agreed in the plan.",
             "I wrote it in the jar of good things by the kettle.",
             "We told Sam about it at tea and {name} explained every detail."],
    "mixed": ["I kept the evening simple and stayed nearby.",
              "I checked in with {name} at bedtime and left the landing light on.",
              "I made {poss} favourite tea and we ate together.",
              "I let {name} choose the bedtime story.",
              "I sat with {obj} on the sofa until {subj} was ready for bed.",
              "We wrote a list for the morning so it would feel easier."],
    "hard": ["I stayed close, kept my voice low and waited until {subj} was calmer.",
             "I sat outside {poss} door and said I was there when {subj} was ready.",
             "I named the feeling for {obj}: 'that felt really unfair.'",
             "I held {obj} when {subj} let me and we breathed slowly together.",
             "I said it was all right to be sad and that I was staying right here.",
             "I wrote down what happened to share with {poss} social worker, as agreed.",
             "Once {subj} was calm we tidied up together and I said we were still all right."],
}
REPORTED_LEARNING = {
    "good": ["{teacher} told me at pick-up that {name} had a really settled day.",
             "{teacher} said {name} had been kind to a younger child who fell over.",
             "{teacher} told me {name} put {poss} hand up three times in one lesson.",
             "{teacher} said {name} is reading with more confidence."],
    "mixed": ["{teacher} said {name} was quiet today but joined in when asked.",
              "{teacher} told me {name} needed a little extra help after break.",
              "{teacher} said {name} seemed tired in the afternoon."],
    "hard": ["{teacher} rang to say {name} was upset after lunch and needed a calm space.",
             "{teacher} told me {name} had been tearful in class and did not say why.",
             "{teacher} said {name} was angry in PE and walked out of the hall."],
}
OPINIONS = {
    "good": ["I think {subj} is starting to feel more settled with us.",
             "It seemed to me that {name} was proud of {obj}self.",
             "I think {name} is beginning to trust that good days can happen here.",
             "To me {subj} seemed lighter and more relaxed than last week.",
             "I think having a plan for the day helped {obj} enjoy it."],
    "mixed": ["I wonder if {subj} was just tired after a busy week.",
              "I think {name} needed a slower day, and that was all right.",
              "My sense is that {subj} was holding a worry {subj} was not ready to share.",
              "I wonder if the change of routine unsettled {obj}."],
    "hard": ["I think {subj} may have been missing {family}.",
             "I wonder whether {name} felt let down and did not have the words for it.",
             "My view is that {name} was frightened more than angry.",
             "I think the change of routine was more than {subj} could manage today.",
             "I wonder if something reminded {obj} of before {subj} came to us."],
}
# Said by the child, word for word; also kept as the child's own words.
VOICES = {
    "good": ["e|Again! Again!", "e|Look at me!", "e|Doggy likes me.", "e|I did it!",
             "c|Can we go to {place} again?", "c|This is my best day.",
             "c|I like it when you wait for me.", "c|Our dog loves me the most.",
             "c|The landing light keeps the dark away.",
             "ct|Can {friend} come for tea next week?", "t|That was actually fun.",
             "t|Don't tell anyone, but I liked it.", "ta|Thanks for today.",
             "a|I think I could do this on my own one day."],
    "mixed": ["e|No nap.", "e|Where Mummy?", "c|Do I have to?", "c|I'm just tired.",
              "c|Will you be here when I wake up?", "t|I'm fine. Honestly.",
              "t|Can I just have some space?", "ta|It was all right, I suppose.",
              "a|I'll sort it tomorrow."],
    "hard": ["e|No! Go away!", "e|Want Mummy.", "c|Nobody likes me.", "c|You're not my mum.",
             "c|I don't want to talk about it.", "c|Why can't I go home?",
             "t|You don't get it.", "t|Leave me alone.", "t|I'm rubbish at everything.",
             "ta|What's the point?", "a|I don't want to grow up yet."],
}
REFLECTIONS = ["I wonder if the change of routine unsettled {obj}; I'll keep noticing.",
               "Curious about what set off the worry at bedtime; I'll keep noticing.",
               "I kept my voice low and that seemed to help. Worth remembering.",
               "I need to look after myself this week; it has been a lot.",
               "Question for supervision: how do we prepare for the holiday break?",
               "I felt tired and short-tempered tonight; I'll talk to Helen about support.",
               "Proud of how we handled today as a family.",
               "Question for supervision: how much should I say about family time plans?",
               "I noticed I was rushing {obj}; slowing down made the evening easier.",
               "Note to self: the quiet room at school works; ask for the plan in writing."]

# One observation per Secure Base dimension: what happened, what it might mean, what I did,
# how I felt. Kept few and real: the model asks for all five over time, not every day.
OBSERVATIONS = {
    "availability": [
        ("{name} checked twice that I would be at the gate.", "Still unsure adults come back.",
         "I was there early and waved.", "Glad I was there first."),
        ("{name} wanted me nearby while playing.", "Feeling safer with me close.",
         "I sat at the table with my tea.", "Calm."),
        ("{name} woke in the night after a bad dream.", "Night-time still feels unsafe.",
         "I sat with {obj} until {subj} fell asleep.", "Tired but close."),
        ("{name} came to find me when {subj} felt wobbly.", "Using me as a safe base.",
         "I stopped what I was doing and listened.", "Touched."),
        ("{name} asked what time I would be home from the shop.", "Needs to know I come back.",
         "I wrote the time on a note by the door.", "Understanding."),
    ],
    "sensitivity": [
        ("{name} slammed the door after losing the game.", "Losing feels like being rejected.",
         "I named it: 'that felt really unfair'.", "Patient, a bit rattled."),
        ("{name} went very quiet when {family} was mentioned.", "Missing {family}.",
         "I said it's okay to miss people.", "Sad for {obj}."),
        ("{name} was giggly and over-excited before the trip.", "Excited and nervous at once.",
         "We made a plan together for the day.", "Hopeful."),
        ("{name} hid under the table when the smoke alarm went off.", "Loud noises scare {obj}.",
         "I got down on the floor beside {obj}.", "Protective."),
    ],
    "acceptance": [
        ("{name} said 'I'm rubbish at everything'.", "Old beliefs about being bad.",
         "I told {obj} three things I like about {obj}.", "Sad to hear it."),
        ("{name} spilled juice and waited to be told off.", "Expecting anger.",
         "I laughed it off and we cleaned up together.", "Tender."),
        ("{name} showed me a drawing, then hid it.", "Not sure it would be liked.",
         "I asked if we could put it on the fridge.", "Warm."),
        ("{name} came second in the race and would not take the sticker.", "Only first counts.",
         "I said I loved watching {obj} run.", "Hopeful."),
    ],
    "cooperation": [
        ("{name} chose what we had for tea.", "Wants some control.",
         "I offered two choices and went with {poss} pick.", "Pleased."),
        ("{name} asked for help with a zip for the first time.", "Learning it's safe to ask.",
         "I helped and said thank you for asking.", "Proud."),
        ("We agreed bedtime together as a team.", "Feels heard.",
         "I wrote our plan on the fridge.", "Relieved."),
        ("{name} planned the route to {place}.", "Feeling capable.",
         "I followed and let {obj} lead.", "Impressed."),
    ],
    "family_membership": [
        ("{name} called our dog 'our dog'.", "Starting to belong here.",
         "I said the dog is lucky to have {obj}.", "Moved."),
        ("{name} put a photo of {family} by the bed.", "Keeping birth family close.",
         "I found a frame for it.", "Respectful."),
        ("{name} asked to be in our family photo.", "Wanting to belong.",
         "We took it in the garden.", "Happy."),
        ("{name} made a card for {family}.", "Holding both families in mind.",
         "I found an envelope and we posted it.", "Glad for {obj}."),
    ],
}

# --- days that come round: family time, birthdays, parents' evenings -------------------------

FAMILY_LEADS = ["Family time with {called} at {where}.",
                "{name} saw {called} at {where} for family time.",
                "We went to {where} for {name}'s family time with {called}.",
                "{name} had family time with {called} today, at {where}."]
CANCELLED_LEADS = ["Family time with {called} was cancelled today.",
                   "{name}'s family time with {called} did not go ahead.",
                   "There was no family time with {called} today after all."]
BIRTHDAY = ("It was {name}'s {nth} birthday today.",
            "We had a cake shaped like a {cake} and {name} blew out the candles in one go.",
            "Best birthday ever!")
PARENTS_EVENING = ("Parents' evening at {setting} with {teacher}.",
                   "{teacher} said {name} is {progress} and {next_step}.")
PROGRESS = ["reading with more confidence", "making steady progress in maths",
            "a kind member of the class", "working at the expected level in most subjects",
            "joining in more in group work"]
NEXT_STEPS = ["could use more support with writing", "might enjoy the homework club",
              "is ready for more challenge in reading", "is finding friendships easier"]
