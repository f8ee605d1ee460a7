"""Time the spell check on a 2,000-word entry: reading the dictionary (once per process, on
a worker), the first check of the whole entry (every word looked up), the check again after
a keystroke (words remembered), the entry underlined in a real text box, and corrections for
a misspelt word. Prints figures (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_spelling.py [--words 2000]
        [--language en|cy] [--runs 3]

Two entries: one written as a carer writes (a few hundred different words, repeated, one in
fifty misspelt) and a worst case of 2,000 different words from the dictionary.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from carerdesk.app import spelling

SENTENCES = {
    "en": ("After school we walked the long way home and talked about the day. She told me "
           "about the spelling test, and asked whether I would be there at pick-up tomorrow. "
           "I said I would beleive her if she told me what happened at lunch. We made pancakes "
           "together and she laughed when hers stuck to the ceiling; later she was quiet and "
           "wanted me to sit with her until she fell asleep. Her social worker rang about "
           "family time on Saturday, which she is looking forward to but also worried about. "),
    "cy": ("Ar ôl yr ysgol cerddon ni adref y ffordd hir a siarad am y diwrnod. Dywedodd hi "
           "wrtha i am y prawf sillafu, a gofynnodd a fyddwn i yno yfory. Gwnaethon ni "
           "grempogau gyda'n gilydd ac roedd hi'n chwerthin; wedyn roedd hi'n dawel ac "
           "eisiau i mi eistedd gyda hi nes iddi gysgu. Ffoniodd ei gweithiwr cymdeithasol am "
           "amser teulu ddydd Sadwrn, ac mae'r plentin yn edrych ymlaen ond yn poeni hefyd. "),
}


def as_written(language: str, words: int) -> str:
    base = SENTENCES[language].split()
    return " ".join(base[i % len(base)] for i in range(words))


def all_different(name: str, words: int, seed: int = 7) -> str:
    """``words`` different stems from the dictionary itself: nothing is checked twice."""
    lines = (spelling.DICTIONARIES / f"{name}.dic").read_text(encoding="utf-8").splitlines()[1:]
    stems = sorted({line.split("/")[0] for line in lines if line and line[0].isalpha()})
    return " ".join(random.Random(seed).sample(stems, words))


def timed(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_a_text_box(checker: spelling.Checker, text: str, runs: int) -> float:
    """The whole entry underlined by the highlighter in a QPlainTextEdit, words known."""
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from carerdesk.gui.common.spelling import SpellHighlighter

    class Ready:  # what SpellHighlighter reads of gui.common.spelling.Spelling
        def __init__(self) -> None:
            from PySide6.QtCore import QObject, Signal

            class Changes(QObject):
                changed = Signal()

            self._changes = Changes()
            self.changed = self._changes.changed
            self.checker = checker

    app = QApplication.instance() or QApplication([])
    edit = QPlainTextEdit()
    edit.setPlainText(text)
    highlighter = SpellHighlighter(edit.document(), Ready())
    result = timed(highlighter.rehighlight, runs)
    app.processEvents()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--language", choices=sorted(SENTENCES), default="en")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    name = spelling.dictionary_name(args.language)

    start = time.perf_counter()
    dictionary = spelling.load(name)
    print(f"read the {name} dictionary (once, on a worker): {time.perf_counter() - start:.2f} s")

    for label, text in (("as a carer writes", as_written(args.language, args.words)),
                        ("all different words", all_different(name, args.words))):
        count = sum(1 for _ in spelling.words(text))
        checker = spelling.Checker(dictionary)
        first = timed(lambda c=checker, t=text: c.misspelt(t), 1)
        again = timed(lambda c=checker, t=text: c.misspelt(t), args.runs)
        flagged = len(checker.misspelt(text))
        box = in_a_text_box(checker, text, args.runs)
        print(f"{label}: {count} words, {flagged} flagged; first check {first * 1000:.0f} ms, "
              f"again after a keystroke {again * 1000:.1f} ms, "
              f"underlined in a text box {box * 1000:.1f} ms")

    word = "beleive" if args.language == "en" else "plentin"
    checker = spelling.Checker(dictionary)
    seconds = timed(lambda: checker.suggestions(word), args.runs)
    print(f"corrections for {word!r} (on a worker, the menu already open): "
          f"{seconds * 1000:.0f} ms -> {checker.suggestions(word)}")


if __name__ == "__main__":
    main()
