"""The shipped data (rules, school list, profile schema), installed as the package ``app.data``.

A package marker only: ``pyproject.toml`` maps this folder to ``app.data`` so that a wheel carries
it and ``importlib.resources`` finds it; code reaches it through ``app.paths.data_dir()``.
"""
