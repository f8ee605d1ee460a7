"""The windows. Widgets call services (carerdesk.app.workspace, carerdesk.journal); never SQL."""
