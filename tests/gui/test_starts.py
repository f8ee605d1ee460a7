"""`carerdesk` with no command opens the window (the CLI's bare Qt core app must go first)."""

import os
import subprocess
import sys
import time


def test_carerdesk_with_no_command_opens_a_window(tmp_path):
    env = {**os.environ, "CARERDESK_DATA_DIR": str(tmp_path / "vault"),
           "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen([sys.executable, "-m", "carerdesk"], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(4)
        assert app.poll() is None, app.communicate()[1][-2000:]
    finally:
        app.terminate()
        app.wait(10)
