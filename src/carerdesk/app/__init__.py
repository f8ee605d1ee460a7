"""The application layer: the workspace a window or a command works through, supervision,
the agency's policy (preset and settings), logs and process hardening."""
