from carerdesk.cli import main

raise SystemExit(main())
