"""The desktop wizard: a thin Qt face over the core in app/ (which never imports Qt)."""
