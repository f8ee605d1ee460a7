"""Every PDF CarerDesk makes (reportlab), with bundled fonts that are embedded."""
