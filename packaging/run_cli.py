"""Bundle entry point for the command line (`img-readiness-cli assess PROFILE`)."""

import sys

from app.cli import main

sys.exit(main())
