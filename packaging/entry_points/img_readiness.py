"""Frozen entry point of the desktop app (`img-readiness`): PyInstaller needs a script file."""

import sys

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
