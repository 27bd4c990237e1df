"""Bundle entry point for the desktop app (PyInstaller runs this as __main__)."""

import sys

from ui.main import main

sys.exit(main())
