"""``python -m mediakit``: the command line (see :mod:`mediakit.cli`)."""

from .cli import main

raise SystemExit(main())
