"""The words beside each rating of a Secure Base review, in our own words: what 0, 5 and 10
look like for the child, and a question to think with for each age band.

A review rates how the child is doing with what each dimension helps them to (trust,
managing feelings, self-esteem, feeling effective, belonging), not how well the carer did.
"""

from __future__ import annotations

from carerdesk.domain._noop import QT_TRANSLATE_NOOP

CONTEXT = "SecureBaseGuide"

# rated key -> (0, 5, 10)
ANCHORS: dict[str, tuple[str, str, str]] = {
    "availability": (
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Does not yet trust that an adult will be there: "
                                             "keeps away, or clings and cannot be soothed."),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Turns to us some of the time, mostly when things "
                                             "are calm; still checks or doubts."),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Trusts we will be there: comes to us when worried "
                                             "and can manage time apart."),
    ),
    "sensitivity": (
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Feelings take over quickly, and the child cannot "
                                             "yet be helped to calm."),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "With our help, can name some feelings and calm "
                                             "down, some of the time."),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Can say how they feel, let us help, and calm down "
                                             "in a way that fits their age."),
    ),
    "acceptance": (
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Sees themselves as bad or unlovable; pushes "
                                             "praise away."),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Enjoys some praise and success, but a setback "
                                             "still knocks them down."),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Feels good about who they are and bounces back "
                                             "after a hard day."),
    ),
    "cooperation": (
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Feels nothing they do makes a difference: gives "
                                             "up, or must control everything."),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Makes some choices and accepts some help; working "
                                             "together is hard when stressed."),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Makes choices, asks for help, and feels able to "
                                             "do things and to work with others."),
    ),
    "family_foster": (
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Does not yet feel part of our family; stays on "
                                             "the edge of family life."),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Joins in our routines, but is not yet sure they "
                                             "belong here."),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Feels they belong in our family and takes their "
                                             "place in it with ease."),
    ),
    "family_birth": (
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Cut off from, or troubled by, their birth family; "
                                             "no settled place for them yet."),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Keeps their birth family in mind, with mixed or "
                                             "unsettled feelings."),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Feels connected to their birth family and at ease "
                                             "belonging to more than one family."),
    ),
}

# dimension key -> one question per age band, youngest first (family membership: both ratings)
PROMPTS: dict[str, tuple[str, str, str, str]] = {
    "availability": (
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Does the baby settle when you pick them up, and "
                                             "look for you when you leave the room?"),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Does the child come to you when hurt or "
                                             "frightened, and go off to explore from you?"),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Does the child tell you when something has gone "
                                             "wrong at school or with friends?"),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Does the young person come back to you, or get in "
                                             "touch, when things are hard?"),
    ),
    "sensitivity": (
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Can the baby be soothed, and do they show you "
                                             "clearly what they need?"),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Can the child let you comfort them after a "
                                             "tantrum, and start to use words for feelings?"),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Can the child say what they feel, and wait a "
                                             "little when upset?"),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Can the young person think about their own and "
                                             "others' feelings, and calm or ask for help?"),
    ),
    "acceptance": (
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Does the baby enjoy being with you: smiling, "
                                             "playing, cuddling?"),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Does the child enjoy praise, and try again after "
                                             "something goes wrong?"),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Does the child talk about what they are good at, "
                                             "and cope with a mistake?"),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Does the young person speak well of themselves, "
                                             "and cope with a setback?"),
    ),
    "cooperation": (
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Does the baby reach and try for things, and enjoy "
                                             "it when you follow their lead?"),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Can the child make a small choice, and accept a "
                                             "\"not yet\" from you?"),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Does the child make choices, join in plans and "
                                             "ask for help when stuck?"),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Does the young person take part in decisions "
                                             "about their life, and work on them with you?"),
    ),
    "family_membership": (
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Is the baby part of your family's routines, and "
                                             "how are they after family time?"),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Does the child know the people in both families, "
                                             "and have a place at your table?"),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Does the child talk of \"our\" family, and speak "
                                             "with you about their birth family?"),
        QT_TRANSLATE_NOOP("SecureBaseGuide", "Does the young person feel they can belong to "
                                             "more than one family, and talk about both?"),
    ),
}
