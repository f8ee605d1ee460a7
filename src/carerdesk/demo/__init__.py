"""Synthetic, realistic journal records for trying the app, screenshots and benchmarks."""

from carerdesk.demo.generator import DemoPlan, generate, make_demo_vault

__all__ = ["DemoPlan", "generate", "make_demo_vault"]
