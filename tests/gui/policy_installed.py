"""A pytest plugin for test_screen_kept: the app's window policy installed for the whole run,
as the running app has it (fit_to_screen on every window shown)."""

import pytest


@pytest.fixture(autouse=True, scope="session")
def _window_policy(qapp):
    from carerdesk.gui.common import window_policy

    window_policy.install(qapp)
    yield
