"""One entry about several children, as one child's report holds it: only the parts the
carer shared with that child, and the other children named by their initials (issue 17,
item 3). Nothing of a brother's or sister's that was not shared is kept in what this returns,
so it never travels in this child's package."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from carerdesk.domain.entry_parts import EVENT, REFLECTION, TEXT, VOICE
from carerdesk.domain.events import EventDetail
from carerdesk.domain.values import EntryContent, Observation, SignificantEvent
from carerdesk.domain.writing import Mark


def initials(name: str) -> str:
    """ "Lily" -> "L.", "Maya Smith" -> "M.S." (each word's first letter, as a capital)."""
    return "".join(f"{word[0].upper()}." for word in name.split() if word) or "?"


class Initials:
    """Replaces the other children's names in a text by their initials: the full name, then
    each word of it not also in this child's own name. Case matters ("Will" is a name, "will"
    is not); a full stop after a name is not doubled ("with Maya." -> "with M.")."""

    def __init__(self, names: list[str], own_name: str = "") -> None:
        own = set(own_name.split())
        spellings: dict[str, str] = {}
        for name in names:
            words = name.split()
            if not words:
                continue
            short = initials(name)
            spellings.setdefault(r"\s+".join(map(re.escape, words)), short)
            for word in words:
                if len(word) > 1 and word not in own:
                    spellings.setdefault(re.escape(word), short)
        ordered = sorted(spellings, key=len, reverse=True)  # the full name before its words
        self._short = [spellings[s] for s in ordered]
        self._pattern = re.compile("|".join(
            rf"(?<!\w)(?P<n{i}>{s})(?!\w)(?P<d{i}>\.)?" for i, s in enumerate(ordered))
        ) if ordered else None

    def _spans(self, text: str) -> list[tuple[int, int, str]]:
        if self._pattern is None or not text:
            return []
        found = []
        for match in self._pattern.finditer(text):
            which = int(next(k for k, v in match.groupdict().items() if v and k[0] == "n")[1:])
            found.append((match.start(), match.end(), self._short[which]))
        return found

    def text(self, text: str | None) -> str | None:
        return None if text is None else self.with_marks(text, ())[0]

    def with_marks(self, text: str, marks: tuple[Mark, ...]) -> tuple[str, tuple[Mark, ...]]:
        """The text with initials, and its marks moved to where their words now are."""
        spans = self._spans(text)
        if not spans:
            return text, marks
        pieces, moved, at, shift = [], [], 0, 0  # moved: (old start, old end, new start, end)
        for start, end, short in spans:
            pieces += [text[at:start], short]
            moved.append((start, end, start + shift, start + shift + len(short)))
            shift += len(short) - (end - start)
            at = end
        pieces.append(text[at:])

        def place(offset: int, is_end: bool) -> int:
            delta = 0
            for old_start, old_end, new_start, new_end in moved:
                if offset >= old_end:
                    delta = new_end - old_end
                elif offset > old_start:  # inside a name: the mark takes all of its initials
                    return new_end if is_end else new_start
                else:
                    break
            return offset + delta

        kept = tuple(Mark(place(m.start, False), place(m.end, True), m.kind) for m in marks)
        return "".join(pieces), tuple(m for m in kept if m.end > m.start)


def for_child(content: EntryContent, child_id: str,
              names: Mapping[str, str]) -> EntryContent | None:
    """What ``child_id``'s report holds of ``content``; None when nothing was shared with
    them. ``names`` gives each child's name by id (the journal's children)."""
    if len(content.child_ids) < 2 and child_id not in content.shared:
        return replace(content, shared={}) if content.shared else content
    # (a choice kept for a child whose sibling's record has since been removed still holds)
    shared = content.shared_with(child_id)
    others = [names[c] for c in content.child_ids if c != child_id and c in names]
    say = Initials(others, names.get(child_id, ""))
    text, marks = say.with_marks(content.text, content.marks) if TEXT in shared else ("", ())
    observations = {d: _observation(o, say.text) for d, o in content.observations.items()
                    if d.value in shared}
    significant = content.significant if EVENT in shared else None
    mine = replace(
        content, child_ids=(child_id,), shared={}, text=text, marks=marks,
        observations=observations,
        significant=None if significant is None else _event(significant, say.text),
        voice=say.text(content.voice) if VOICE in shared else None,
        reflection=say.text(content.reflection) if REFLECTION in shared else None)
    return mine if mine.parts() else None


Words = Callable[[str | None], str | None]


def _observation(obs: Observation, say: Words) -> Observation:
    return replace(obs, what_happened=say(obs.what_happened), meaning=say(obs.meaning),
                   what_i_did=say(obs.what_i_did), how_i_felt=say(obs.how_i_felt))


def _event(event: SignificantEvent, say: Words) -> SignificantEvent:
    """The event's own words with initials; who was told (the professionals) as written."""
    if event.detail is None:
        return replace(event, next_steps=say(event.next_steps))
    detail: EventDetail = event.detail
    missing = detail.missing and replace(
        detail.missing, return_conversation=say(detail.missing.return_conversation))
    return SignificantEvent.of(replace(
        detail, where=say(detail.where), present=say(detail.present),
        what_happened=say(detail.what_happened), child_words=say(detail.child_words),
        carer_response=say(detail.carer_response), follow_up=say(detail.follow_up),
        missing=missing))
