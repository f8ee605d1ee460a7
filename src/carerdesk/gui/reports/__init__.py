"""Supervision reports: export, the social worker's inbox, keys, PDF preview."""
