"""The windows. Widgets call services (carerdesk.workspace, carerdesk.journal); never SQL."""
