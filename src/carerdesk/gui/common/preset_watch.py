"""Watch the agency preset's file: read it again when it changes, never per event.

A preset that breaks while the app runs leaves the last good one in force; the problem is
said once (``problem``), and ``changed`` is emitted when a good new preset is taken.
"""

from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from carerdesk.app import preset

SETTLE_MS = 400  # an editor's save is several writes; read once they have settled


class PresetWatcher(QObject):
    changed = Signal()
    problem = Signal(str)  # plain words, once per distinct problem; "" when it is mended

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        problem = preset.in_force().problem  # broken at start: mending it is said too
        self.said = problem.message if problem is not None else ""
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._reread)
        self._watcher.fileChanged.connect(lambda _path: self._settle.start())
        self._watcher.directoryChanged.connect(lambda _path: self._settle.start())
        self._watch()

    def _watch(self) -> None:
        """Files may be replaced (a new inode) or appear later: watch them and their folders."""
        paths = preset.search_paths()
        files = [str(p) for p in paths if p.is_file()]
        folders = sorted({str(p.parent) for p in paths if p.parent.is_dir()})
        for old in (self._watcher.files(), self._watcher.directories()):
            if old:
                self._watcher.removePaths(old)
        for wanted in (files, folders):
            if wanted:
                self._watcher.addPaths(wanted)

    def _reread(self) -> None:
        self._watch()
        before = preset.active()
        error = preset.refresh()
        if error is not None:
            text = error.message
            if text != self.said:
                self.said = text
                self.problem.emit(text)
            return
        if self.said:
            self.said = ""
            self.problem.emit("")
        if preset.active() != before:
            self.changed.emit()
