"""Report packages: keys, recipients, sign and encrypt, verify and import."""

from carerdesk.exchange.keys import Identity, PublicKey, parse_key_file, parse_key_line
from carerdesk.exchange.service import ExchangeService
from carerdesk.exchange.views import ImportResult, OpenedReport, RecipientView, ReportItem

__all__ = ["ExchangeService", "Identity", "ImportResult", "OpenedReport", "PublicKey",
           "RecipientView", "ReportItem", "parse_key_file", "parse_key_line"]
