"""What makes a command-line search quick must not change a single answer (issue 13):

- the index read from its file (format 3: words and postings packed, looked up lazily) answers
  as one built from scratch, before and after ``warm_up``;
- a file of an older format is rebuilt, never misread; a damaged header is never unmarshalled.
"""

from __future__ import annotations

import json
import logging
import zlib
from pathlib import Path

import pytest

from app.directory import SchoolDirectory, load_directory
from app.directory import directory as directory_module
from app.directory.directory import (
    CACHE_FILE_NAME,
    bundled_entries,
    bundled_index_path,
    bundled_key,
)
from app.directory.importer import import_directory_csv
from app.directory.index import PackedPostings, SearchIndex, StoredColumn, WordList
from app.directory.index_file import (
    FORMAT,
    MAGIC,
    IndexFileError,
    StaleIndex,
    read_header,
    read_index,
    read_key,
)
from app.store import Store
from tests.test_directory_index_files import COUNTRY_QUERIES, QUERIES, answers


@pytest.fixture(scope="module")
def built() -> SchoolDirectory:
    return SchoolDirectory(bundled_entries()).warm_up()


# ---- the index read from its file ----------------------------------------------------------------


def test_a_loaded_index_answers_as_a_built_one_after_warm_up(built: SchoolDirectory) -> None:
    warmed = load_directory().warm_up()
    assert answers(warmed) == answers(built)
    index = warmed._built()
    assert isinstance(index.vocabulary, list) and isinstance(index.postings, dict)


def test_a_loaded_index_answers_a_query_twice_alike(built: SchoolDirectory) -> None:
    """Words looked up once are remembered (positions, unpacked schools): the second time must
    give what the first did."""
    directory = load_directory()
    first = answers(directory)
    assert answers(directory) == first == answers(built)


def test_a_school_added_to_a_loaded_index_is_found_at_once(built: SchoolDirectory) -> None:
    from app.directory import SchoolEntry

    directory = load_directory()
    directory.search("cairo")  # read, and a few words unpacked
    directory.add(SchoolEntry("Zyzzyva Cairo Medical College", "user", "EG", city="Zyzzyva"))
    found = directory.search("zyzzyva")
    assert [m.name for m in found] == ["Zyzzyva Cairo Medical College"]
    assert "Zyzzyva Cairo Medical College" in [m.name for m in directory.search("cairo zyz")]


def test_the_word_list_reads_like_the_sorted_list() -> None:
    words = sorted({"cairo", "cairn", "a", "zebra", "univ", "university", "kemu", "b"})
    listed = WordList(**StoredColumn.parts_of(words, "word"))
    assert list(listed) == words and len(listed) == len(words)
    assert [listed[n] for n in range(len(words))] == words
    assert listed[-1] == words[-1]
    for start in range(-1, len(words) + 2):
        for stop in range(-1, len(words) + 2):
            assert listed.between(start, stop) == words[max(start, 0) : max(stop, 0)]
    for word in [*words, "", "c", "cairoo", "zz"]:
        assert listed.position(word) == (words.index(word) if word in words else -1)
    with pytest.raises(IndexError):
        listed[len(words)]
    empty = WordList("", b"")
    assert len(empty) == 0 and list(empty) == [] and empty.position("a") == -1


def test_packed_postings_read_like_the_dict_they_were_packed_from() -> None:
    index = SearchIndex()
    index.add_all(list(bundled_entries())[:300])
    parts = index.to_parts()
    words = WordList(**parts["vocabulary"])
    packed = PackedPostings(words, parts["postings"]["packed"], parts["postings"]["ends"])
    assert len(packed) == len(index.postings) and list(packed) == index.vocabulary
    for word in index.vocabulary[::7]:
        assert word in packed and packed.count(word) == len(index.postings[word])
        assert packed[word] == index.postings[word]
    assert dict(packed.items()) == index.postings
    assert "zzzz-not-a-word" not in packed
    with pytest.raises(KeyError):
        packed["zzzz-not-a-word"]
    packed["zzzz"] = {1: 1.0}
    assert "zzzz" in packed and packed.count("zzzz") == 1 and list(packed)[-1] == "zzzz"
    with pytest.raises(ValueError, match="do not match"):
        PackedPostings(words, parts["postings"]["packed"][:-4], parts["postings"]["ends"])


# ---- files of another format, damaged headers ----------------------------------------------------


def format_2_file(path: Path, key: dict[str, object]) -> None:
    """A file as the previous version wrote it: magic, length, JSON header, marshal chunks."""
    import marshal

    body = b""
    for where, value in ((["count"], 1), (["postings"], {"cairo": b"\x00" * 20})):
        blob = marshal.dumps((where, value))
        body += len(blob).to_bytes(4, "big") + blob
    header = json.dumps(
        {"format": 2, "key": key, "marshal": 4, "crc32": zlib.crc32(body), "size": len(body)}
    ).encode()
    path.write_bytes(MAGIC + len(header).to_bytes(4, "big") + header + body)


@pytest.fixture
def imported(store: Store, tmp_path: Path) -> Store:
    source = tmp_path / "office.csv"
    source.write_text(
        "name,country,city\nKigezi Faculty of Medicine,UG,Kabale\nOkapi State Medical "
        "University,CD,Kisangani\n",
        encoding="utf-8",
    )
    import_directory_csv(store, source)
    return store


def test_a_cache_of_the_previous_format_is_rebuilt_never_misread(
    imported: Store, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = data_dir / CACHE_FILE_NAME
    load_directory(imported).warm_up()
    key = read_key(cache)
    assert key is not None
    format_2_file(cache, key)  # the very key: only the format tells it apart
    with pytest.raises(StaleIndex, match="older format"):
        read_index(cache, key)
    with caplog.at_level(logging.INFO, logger="app.directory.directory"):
        found = load_directory(imported).search("kigezi faculty")
    assert found[0].name == "Kigezi Faculty of Medicine" and found[0].kind == "imported"
    assert "out of date" in caplog.text
    assert cache.read_bytes().startswith(MAGIC + f"format {FORMAT}\n".encode())


def test_a_prebuilt_index_of_the_previous_format_is_not_used(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    built: SchoolDirectory,
) -> None:
    shipped = tmp_path / "shipped"
    (shipped / "schools").mkdir(parents=True)
    csv = bundled_index_path().parent / "schools.csv"
    (shipped / "schools" / "schools.csv").write_bytes(csv.read_bytes())
    format_2_file(shipped / "schools" / "schools-index.bin", bundled_key())
    monkeypatch.setattr(directory_module, "data_dir", lambda: shipped)
    directory_module._bundled_parts.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="app.directory.directory"):
            directory = load_directory()
            assert answers(directory) == answers(built)
        assert "stale" in caplog.text and "older format" in caplog.text
    finally:
        directory_module._bundled_parts.cache_clear()


@pytest.mark.parametrize("where", ["format line", "header length", "header"])
def test_a_damaged_header_is_refused_before_it_is_read(tmp_path: Path, where: str) -> None:
    data = bytearray(bundled_index_path().read_bytes())
    format_end = data.index(b"\n", len(MAGIC)) + 1
    position = {"format line": format_end - 2, "header length": format_end + 1}.get(
        where, format_end + 8 + 20
    )
    data[position] ^= 0x21
    path = tmp_path / "index.bin"
    path.write_bytes(bytes(data))
    with pytest.raises(IndexFileError):
        read_header(bytes(data))
    with pytest.raises(IndexFileError):
        read_index(path, bundled_key())


def test_the_key_names_the_files_size_and_crc32() -> None:
    key = bundled_key()
    csv_bytes = (bundled_index_path().parent / "schools.csv").read_bytes()
    assert key["schools_csv"] == f"{len(csv_bytes)}:crc32:{zlib.crc32(csv_bytes):08x}"
    assert key["countries"] is None or key["countries"].count(":") == 2


def test_country_queries_answer_alike(built: SchoolDirectory) -> None:
    loaded = load_directory()
    for query, country in COUNTRY_QUERIES:
        assert loaded.search(query, country=country) == built.search(query, country=country)
    assert len(QUERIES) > 20
