"""`python -m ui`: start the desktop app."""

import sys

from ui.main import main

sys.exit(main())
