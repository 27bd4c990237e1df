"""One module per `python -m app` sub-command; each defines ``register(subparsers)``."""
