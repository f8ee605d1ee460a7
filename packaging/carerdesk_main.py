"""The bundle's entry point: the same command line as the `carerdesk` console script."""

from carerdesk.cli import main

raise SystemExit(main())
