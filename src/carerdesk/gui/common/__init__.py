"""Pieces every window uses: error labels, workers off the GUI thread, the collector, the
crash hook, the window-size and wheel policy, dates, rendering, help, auto-lock."""
