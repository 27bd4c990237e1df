"""The shipped resources (fonts, icons, licences), installed as the package ``app.resources``.

A package marker only: ``pyproject.toml`` maps this folder to ``app.resources`` so that a wheel
carries it and ``importlib.resources`` finds it; code reaches it through
``app.paths.resources_dir()``.
"""
