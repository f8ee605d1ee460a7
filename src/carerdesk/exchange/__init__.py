"""Report packages: keys, recipients, sign and encrypt, verify and import.

The names are loaded when first used (PEP 562): reading a key line (the agency preset does,
at every start) must not import the service and SQLAlchemy with it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE = {
    "Identity": "keys", "PublicKey": "keys", "parse_key_file": "keys", "parse_key_line": "keys",
    "ExchangeService": "service",
    "ImportResult": "views", "OpenedReport": "views", "RecipientView": "views",
    "ReportItem": "views",
}

__all__ = ["ExchangeService", "Identity", "ImportResult", "OpenedReport", "PublicKey",
           "RecipientView", "ReportItem", "parse_key_file", "parse_key_line"]

if TYPE_CHECKING:
    from carerdesk.exchange.keys import Identity, PublicKey, parse_key_file, parse_key_line
    from carerdesk.exchange.service import ExchangeService
    from carerdesk.exchange.views import ImportResult, OpenedReport, RecipientView, ReportItem


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'carerdesk.exchange' has no attribute {name!r}")
    return getattr(importlib.import_module(f"carerdesk.exchange.{_WHERE[name]}"), name)
