"""Plain values of the practice model: no I/O, no Qt, no SQLAlchemy."""
