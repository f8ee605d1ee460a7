"""Significant events as a safeguarding lead would want them written. Synthetic.

Each: the kind (domain/events.py), the stages it suits, the hour it happened, where, who was
there, what happened (facts, in order), the child's exact words, what I did and said, the
follow-up, and who else was told besides the supervising social worker and the fostering
service: (name, role, how, minutes after it happened). ``once``: at most once per child;
``school``: told at school, so on a school day.
"""

from typing import Any

EVENTS: list[dict[str, Any]] = [
    dict(kind="serious-illness-or-accident", stages="ect", hour=16, once=False,
         where="The climbing frame in the park", present="Me (Sam), {name}, two other families",
         what="{name} slipped from the top of the climbing frame and landed on {poss} left arm. "
              "We went to A&E; the wrist was X-rayed and there was no break. It was strapped "
              "and we were home by 9pm.",
         words="It hurts but I was brave, wasn't I?",
         response="I stayed with {obj}, kept the arm still, and said I would not leave "
                  "{poss} side at the hospital.",
         follow_up="GP check on Monday; school told about the strapping.",
         others=[("{child_sw}", "child-social-worker", "email", 150)]),
    dict(kind="serious-illness-or-accident", stages="ect", hour=19, once=False,
         where="Our home, the living room", present="Me (Sam), Alex, {name}",
         what="{name} had an asthma attack that the blue inhaler did not ease. I rang 999; the "
              "ambulance took us to hospital, where {name} stayed overnight on a nebuliser.",
         words="I can't breathe properly. Don't go.",
         response="I sat {obj} upright, gave ten puffs as the plan says, stayed calm and held "
                  "{poss} hand in the ambulance.",
         follow_up="Asthma review with the GP booked; the new plan shared with school.",
         others=[("Emergency Duty Team", "out-of-hours", "phone", 60)]),
    dict(kind="child-protection-enquiry", stages="ct", hour=18, once=True,
         where="Our home, the kitchen, while we made tea", present="Me (Sam) and {name}",
         what="Without a question from me, {name} said that a man called Dean who visited "
              "Mum's flat used to hit {obj} with a belt, and told {obj} not to tell. I listened "
              "and did not ask leading questions. {name} then went back to stirring the pasta.",
         words="Dean hit me with his belt when Mum was asleep. He said if I told he'd hit Mum "
               "too.",
         response="I said: 'Thank you for telling me. You have done the right thing. It was "
                  "not your fault. I need to tell the people whose job it is to keep you safe.' "
                  "I wrote down the words straight away.",
         follow_up="The child's social worker is holding a strategy discussion tomorrow; I "
                   "will not ask {name} about it again unless {subj} raises it.",
         others=[("Emergency Duty Team", "out-of-hours", "phone", 20),
                 ("{child_sw}", "child-social-worker", "email, then phone in the morning",
                  90)]),
    dict(kind="missing-from-home", stages="t", hour=21, once=False, missing=True,
         where="Left from our home; found in the town centre",
         present="Me (Sam), Alex; {name} was with two friends",
         what="{name} was not home by the agreed 9pm and did not answer the phone. We searched "
              "the usual places, then reported {obj} missing to the police as the plan says. "
              "{name} came home at 00:40 with a police officer.",
         words="I was just with my mates. I didn't think you'd care.",
         response="I said I was glad {subj} was safe and that we would talk in the morning; "
                  "warm drink and bed.",
         follow_up="Return home interview booked by the child's social worker.",
         others=[("Police (101)", "police", "phone", 30),
                 ("{child_sw}", "child-social-worker", "email", 150)]),
    dict(kind="police-called", stages="ect", hour=17, once=False,
         where="Our front door", present="Me (Sam), Alex, {name} upstairs",
         what="A relative of {name}'s birth family came to our door without warning and "
              "shouted, asking for {name}. I kept the door shut, took {name} upstairs with Alex, "
              "and called 999. The police came within 20 minutes and the visitor left.",
         words="Is he going to take me? I want to stay here.",
         response="I told {obj}: 'You are safe. Nobody is taking you anywhere. The police are "
                  "helping.'",
         follow_up="A safety plan review with the child's social worker; the school told.",
         others=[("Police (999)", "police", "phone", 2),
                 ("{child_sw}", "child-social-worker", "phone", 120)]),
    dict(kind="allegation-against-carer", stages="ct", hour=15, once=True, school=True,
         where="School office (told to me at pick-up)", present="Me (Sam), the head teacher",
         what="The head teacher told me that {name} had said at school that Alex hurt "
              "{poss} arm. On Tuesday Alex held {poss} arm to stop {obj} running into the road "
              "outside the shop. We have not spoken to {name} about the allegation.",
         words="Alex grabbed me and it hurt.",
         response="I said I understood the school had to pass this on, and I would tell our "
                  "supervising social worker straight away.",
         follow_up="The fostering service is taking advice from the LADO; Alex will not be "
                   "alone with {name} until that advice is given.",
         others=[("{child_sw}", "child-social-worker", "email", 60)]),
    dict(kind="infectious-disease", stages="ec", hour=10, once=True,
         where="Our home", present="Me (Sam), {name}, Dr Evans by phone",
         what="The GP confirmed scarlet fever: {name} had a rash and a high temperature. "
              "Antibiotics started; {name} is staying at home for 24 hours.",
         words="I feel all hot and spotty.",
         response="I kept {obj} comfortable and told school and family time staff.",
         follow_up="Family time this week moved by the family centre.",
         others=[("{child_sw}", "child-social-worker", "email", 120)]),
]
