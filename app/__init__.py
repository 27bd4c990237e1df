"""IMG Readiness core: profile, rules, assessment, directory, store, report and CLI. No Qt here."""

__version__ = "0.1.0"
APP_NAME = "IMG Readiness"
