"""lifestory add, list, pdf."""

from __future__ import annotations

import argparse
from pathlib import Path

from carerdesk.cli.context import opened
from carerdesk.cli.output import emit_json, say
from carerdesk.cli.text_files import read_files, stand_in
from carerdesk.domain.errors import Refused
from carerdesk.domain.lifestory import Layout, NewPhoto, PageContent
from carerdesk.domain.text import shown_safely
from carerdesk.text.i18n import Context, translate

Cli = Context("Cli")


def _content(args: argparse.Namespace) -> PageContent:
    read_files(args)
    return PageContent(args.child, args.title, args.text, args.when, args.place, args.voice,
                       args.people, Layout(args.layout), args.in_reports)


def _photos(args: argparse.Namespace) -> list[NewPhoto]:
    """Each photo with its caption and consent, from the command line or from their files."""
    read_files(args)
    photos = getattr(args, "photos", None) or []

    def part(photo: dict, name: str) -> str | None:
        held_in = photo.get(f"{name}_from")
        return getattr(args, held_in, None) if held_in else photo[name]
    return [NewPhoto(p["path"], part(p, "caption"), part(p, "consent")) for p in photos]


def add(args: argparse.Namespace) -> int:
    check = stand_in(args)  # a typing mistake is named before the passphrase is asked
    photos = _photos(check)
    _content(check).validated(len(photos))
    for photo in photos:
        photo.validated()
    with opened(args) as workspace:
        page = workspace.lifestory.add_page(_content(args), _photos(args))
    say(Cli.tr("Added the page “{title}” with %n photos.", "", len(page.photos))
        .format(title=shown_safely(page.content.title)))
    say(page.id)
    return 0


def listing(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        pages = workspace.lifestory.pages(args.child)
    if args.json:
        emit_json([{"id": p.id, "position": p.position, "title": p.content.title,
                    "when": p.content.when, "place": p.content.place,
                    "layout": p.content.layout.value, "photos": len(p.photos),
                    "in_reports": p.content.in_reports} for p in pages])
        return 0
    for page in pages:
        say(f"{page.position:>3}  {page.id}  {shown_safely(page.content.title)}")
    return 0


def pdf(args: argparse.Namespace) -> int:
    from carerdesk.reports.lifestory_pdf import book_pdf, page_pdf

    out = Path(args.out).expanduser()
    with opened(args) as workspace:
        child = workspace.journal.child(args.child)
        if args.page:
            page = workspace.lifestory.page(args.page)
            if page.content.child_id != child.id:
                raise Refused(translate("Cli", "That page is in another child's book."))
            data = page_pdf(page)
        else:
            data = book_pdf(child.name, workspace.lifestory.pages(child.id))
    from carerdesk.app.files import write_file

    write_file(out, data)  # owner-only, whole or not at all; StorageFailed says why
    say(translate("Cli", "Wrote {path}.").format(path=shown_safely(out)))
    return 0
