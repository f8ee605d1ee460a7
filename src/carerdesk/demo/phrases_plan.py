"""The words of the demo's plans, reviews, dated profiles and life-story pages. Synthetic."""

# (stages, area, what, how we will know, who helps, if it does not work)
GOALS = [
    ("ec", "availability", "{name} settles to sleep in {poss} own bed most nights",
     "Asleep by 8pm on five nights of seven, for a month", "Sam and Alex",
     "Ask the health visitor for a sleep plan"),
    ("ect", "sensitivity", "{name} names a big feeling before it overwhelms {obj}",
     "Uses the feelings chart at least twice a week", "Sam, Alex and school",
     "Ask CAMHS for ideas in the next review"),
    ("ct", "acceptance", "{name} accepts praise without pushing it away",
     "Says thank you, or keeps the sticker, most times", "Everyone at home and school",
     "Try praise in writing: notes in the lunch box"),
    ("ect", "cooperation", "{name} asks for help when stuck",
     "Asks an adult, rather than giving up, most days", "Sam, Alex, the class teacher",
     "Agree a signal with school"),
    ("ect", "family_membership", "{name} keeps a memory box of both families",
     "Adds something each month and shows it at family time", "Sam, Mum, the social worker",
     "Use the life-story book instead"),
    ("ct", "education", "{name} reads for ten minutes each evening",
     "A reading record signed five times a week", "Sam and the class teacher",
     "Audio books at bedtime"),
    ("ta", "self-care", "{name} plans and cooks one meal a week",
     "A meal cooked each week for a term", "Alex", "Start with breakfasts"),
    ("ta", "education", "{name} goes to every lesson for the whole term",
     "Attendance above 95 per cent on the school's report", "The designated teacher, Sam",
     "A mentor at school"),
    ("ta", "identity", "{name} knows {poss} story and can tell it in {poss} own words",
     "Has read the later-life letter with {poss} social worker", "The social worker, Sam",
     "Do it in smaller pieces"),
    ("a", "self-care", "{name} manages a weekly budget",
     "Pays for food and travel from {poss} own money for two months", "Alex",
     "A fortnightly check-in with the personal adviser"),
    ("e", "self-care", "{name} uses the potty in the day", "Dry most days for two weeks",
     "Sam and nursery", "Wait a month and try again"),
]
REVIEW_WORDS: dict[str, list[str]] = {
    "not-started": ["Not started yet: we agreed to begin after the holiday."],
    "moving": ["Some progress: it happens on good days.", "Steady progress since the last "
               "review.", "Slipped back after a hard month, then picked up again.",
               "Moving, with lots of help."],
    "achieved": ["Achieved: it happens most days now without a reminder."],
    "changed": ["Changed: we made it smaller so that it feels possible."],
}
SB_WORDS = ["A settled month; more trust at bedtimes.", "A wobbly month after family time "
            "changes; ratings dipped.", "Steady. Asks for help more readily.", "Better at "
            "naming feelings; still finds goodbyes hard.", "A big month: new class and a "
            "birthday.", "Family time went well; talks about both families more easily.",
            "Harder month; more upset at night.", "Enjoying being part of family outings."]
# By domain: (strengths, difficulties)
NEEDS = {
    "health": ("Eats well and sleeps most nights.", "Asthma needs watching in winter."),
    "education": ("Enjoys reading with an adult.", "Finds writing tiring; loses focus after "
                  "lunch."),
    "emotional-behavioural": ("Can name some feelings now.", "Big feelings after family time "
                              "and at bedtimes."),
    "identity": ("Proud of {poss} family's food and music.", "Unsure how to explain why "
                 "{subj} lives with us."),
    "family-social": ("Loves Mum and enjoys family time.", "Falling-outs with friends upset "
                      "{obj} for days."),
    "social-presentation": ("Takes pride in {poss} clothes and hair.", "Needs reminders to "
                            "wash."),
    "self-care": ("Dresses independently.", "Needs help to organise {poss} bag."),
}
CARE_NEEDS = [("Bedtime", "A calm routine, the landing light on, a story with an adult.",
               "emotional-behavioural"),
              ("Family time", "Preparation the day before and a quiet evening afterwards.",
               "family-social"),
              ("School", "A daily word with the class teacher at pick-up.", "education"),
              ("Health", "Inhaler checks morning and night.", "health")]
CAPACITY = {
    "basic-care": (2, "agreed", "Meals, routines and health appointments all well kept."),
    "safety": (2, "social-worker", "Safer-caring plan up to date; online safety discussed."),
    "emotional-warmth": (3, "agreed", "Warm and playful; the child seeks comfort from both."),
    "guidance-boundaries": (1, "carer", "Still finding the balance at bedtimes."),
    "stability": (2, "agreed", "Keeps family time and school steady through changes."),
}
LIFE_STORY = [
    ("When you came to live with us", "You came to live with us on {placed}. You brought "
     "your {comfort} and held it all the way from the car. You were brave, and we were so "
     "happy to meet you.", "{placed}", "Our home", "Sam, Alex and our dog, Biscuit"),
    ("Your family", "Your {mum_called} loves you very much. Grown-ups decided you would live "
     "with us while {mum_called} gets help. It was never your fault. You see {mum_called} "
     "at family time, and you keep a photo by your bed.", None, None, "{mum_called}, you"),
    ("Things you love", "You love {likes}. You make us laugh every day, and you are kind to "
     "Biscuit, who follows you everywhere.", None, "Home", "You and Biscuit"),
    ("Your birthday", "On your birthday you had a cake shaped like a {cake}. You blew out the "
     "candles in one go and said it was the best day.", "{birthday}", "Our garden",
     "Sam, Alex, your friends"),
]
COMFORTS = ["blue rabbit", "blanket", "teddy called Bob", "rucksack"]
CAKES = ["dinosaur", "unicorn", "football", "castle"]
