"""The translation marker, without importing Qt (the domain imports nothing of ours)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    return text
