"""Profile JSON v2 <-> one value per field path ("exams.step2_ck.score", "clinical_skills.oet").

The OET sittings are one answer (the whole list), as the wizard edits them together; so is the
documents list (v2: "documents", every document with its status history), so that adding a
status is one save. A store written by a v1 app holds v1 paths only, which are v2 paths too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from typing import Any

from app.profile import Problem, Profile, profile_to_dict, read_profile

LIST_FIELDS = frozenset({"clinical_skills.oet", "documents"})
_ENVELOPE = ("format", "version")


def flatten(document: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Leaf path -> JSON value of a profile JSON v2 document (format and version left out)."""
    leaves: dict[str, Any] = {}
    for name, value in document.items():
        if not prefix and name in _ENVELOPE:
            continue
        path = f"{prefix}.{name}" if prefix else name
        if isinstance(value, dict) and path not in LIST_FIELDS:
            leaves.update(flatten(value, path))
        else:
            leaves[path] = value
    return leaves


@cache
def known_paths() -> frozenset[str]:
    """Every field path a profile has (the leaves of an empty profile)."""
    return frozenset(flatten(profile_to_dict(Profile())))


def answered_leaves(profile: Profile) -> dict[str, Any]:
    """The answered fields of a profile (None and empty OET lists left out)."""
    return {
        path: value
        for path, value in flatten(profile_to_dict(profile)).items()
        if value is not None and value != []
    }


def document_of(answers: dict[str, Any]) -> dict[str, Any]:
    """A profile JSON v2 document from stored answers; unknown paths (an older app's) are kept
    out of the profile but stay in the store."""
    document = profile_to_dict(Profile())
    for path, value in answers.items():
        if path not in known_paths():
            continue
        *parents, leaf = path.split(".")
        node = document
        for part in parents:
            node = node[part]
        node[leaf] = value
    return document


def profile_of(answers: dict[str, Any]) -> tuple[Profile, list[Problem]]:
    """The profile read leniently (nothing typed is dropped from the store, only from the view)."""
    return read_profile(document_of(answers))


def encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def decode(text: str) -> Any:
    return json.loads(text)


def read_saved(rows: Iterable[tuple[Any, Any]]) -> tuple[dict[str, Any], list[str]]:
    """Saved rows (field path, value JSON) -> the answers that can be read, and the field paths
    of the rows that cannot: a field no profile has, a value that is not JSON text (a bit flip,
    a blob, an edit in another tool, a number too long to read) or holds text that is not
    Unicode. One bad row never stops the others being read; it is treated as not answered.
    Any JSON value is readable, even one the profile cannot hold (that is a problem to fix)."""
    answers: dict[str, Any] = {}
    unreadable: list[str] = []
    for path, text in rows:
        value = _readable_value(path, text)
        if value is _UNREADABLE:
            unreadable.append(path if isinstance(path, str) else repr(path))
        else:
            answers[path] = value
    return answers, sorted(unreadable)


_UNREADABLE = object()


def _readable_value(path: Any, text: Any) -> Any:
    if not isinstance(path, str) or path not in known_paths() or not isinstance(text, str):
        return _UNREADABLE
    try:
        value = decode(text)
    except (ValueError, RecursionError):  # bad JSON, a 5,000-digit number, nesting too deep
        return _UNREADABLE
    return value if _unicode(value) else _UNREADABLE


def _unicode(value: Any) -> bool:
    """False when some text in the value cannot be written as UTF-8 (a lone surrogate such as
    U+D800, which no keyboard types): it could be neither shown nor saved again."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    if isinstance(value, list):
        return all(_unicode(item) for item in value)
    if isinstance(value, dict):
        return all(_unicode(k) and _unicode(v) for k, v in value.items())
    return True
