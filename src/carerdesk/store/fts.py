"""The FTS5 index over entry text. Its rowid is the entry's ``seq``; kept in step by the
repository in the same transaction as every write."""

from __future__ import annotations

import json
import re

from sqlalchemy import Connection, text

from carerdesk.domain.serialize import content_from_dict, searchable_text

CREATE = (
    "CREATE VIRTUAL TABLE entry_fts USING fts5("
    "body, tokenize = 'unicode61 remove_diacritics 2')"
)
_WORD = re.compile(r"\w+", re.UNICODE)


def put(conn: Connection, seq: int, body: str) -> None:
    conn.execute(text("DELETE FROM entry_fts WHERE rowid = :seq"), {"seq": seq})
    conn.execute(text("INSERT INTO entry_fts (rowid, body) VALUES (:seq, :body)"),
                 {"seq": seq, "body": body})


def rebuild(conn: Connection) -> int:
    """Index every entry from its current version; used by the migration that adds FTS."""
    conn.execute(text("DELETE FROM entry_fts"))
    rows = conn.execute(text(
        "SELECT e.seq, v.content FROM entries e JOIN entry_versions v "
        "ON v.entry_id = e.id AND v.version = e.version"
    ))
    count = 0
    for seq, content in rows:
        put(conn, seq, searchable_text(content_from_dict(json.loads(content))))
        count += 1
    return count


def match_expression(query: str) -> str | None:
    """A user's words as a safe FTS5 query: every word must appear, each as a prefix.

    Quoting each word means punctuation, ``AND``/``NOT`` or a stray quote in what a tired
    carer types is searched for, never parsed as query syntax.
    """
    words = _WORD.findall(query)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)
