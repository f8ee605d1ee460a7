"""The journal window: timeline, month view, filters, the entry editor, the child and
preferences dialogs, printing."""
