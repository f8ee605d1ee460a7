"""CarerDesk: an offline, encrypted journal for foster carers."""

__version__ = "0.1.0"
