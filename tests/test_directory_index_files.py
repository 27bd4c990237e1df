"""The school index as files: the prebuilt index shipped beside schools.csv, the cache of the
imported schools' index in the data folder, and the user's schools added on top. Correctness
only: how fast they are is `make bench`'s job (tests/benchmarks/bench_directory.py)."""

from __future__ import annotations

import logging
import os
import shutil
import stat
import subprocess
import sys
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.directory import SchoolDirectory, SchoolEntry, load_directory
from app.directory import directory as directory_module
from app.directory import entries as entries_module
from app.directory.directory import (
    BUNDLED_INDEX_FILE,
    CACHE_FILE_NAME,
    STORE_FILE_NAME,
    Pacer,
    bundled_entries,
    bundled_index_path,
    bundled_key,
    refresh_cache,
)
from app.directory.entries import BUNDLED_FILE
from app.directory.importer import import_directory_csv
from app.directory.index import SearchIndex
from app.directory.index_file import (
    FORMAT,
    MAGIC,
    IndexFileError,
    read_index,
    read_key,
    write_index,
)
from app.directory.store_rows import StoreRowsError, read_imported, read_stored_schools
from app.directory.user_schools import add_user_school, stored_entries
from app.paths import data_dir as shipped_data_dir
from app.store import Store

ROOT = Path(__file__).resolve().parents[1]

# Queries of every kind (words, prefixes, typos, initials, other scripts, places, countries):
# the loaded and the built index must give exactly the same answers to all of them.
QUERIES = [
    "cairo",
    "cairo univ",
    "univeristy of lagos",
    "harvrd",
    "karolinksa",
    "kemu",
    "AIIMS",
    "aiims delhi",
    "u",
    "un",
    "uni",
    "sa",
    "sao paulo",
    "st georges",
    "government medical college",
    "medical",
    "state medical university",
    "Белорусский государственный медицинский университет",
    "جامعة أسيوط",
    "北京大学",
    "bp koirala",
    "kharkiv",
    "ibadan",
    "nigeria",
    "kigezi",
    "kigezi medicine",
    "okapi",
    "my own medical",
    "zebrafish",
    "Ka",
    "university of",
    "Universitätsmedizin",
    "faculty of medicine",
]
COUNTRY_QUERIES = [("medical college", "NP"), ("university", "NG"), ("cairo", "EG")]


def answers(directory: SchoolDirectory) -> list[list[tuple[str, str, str, float]]]:
    found = [directory.search(q, limit=20) for q in QUERIES]
    found += [directory.search(q, country=c, limit=20) for q, c in COUNTRY_QUERIES]
    return [[(m.name, m.kind, m.city, m.score) for m in results] for results in found]


@pytest.fixture(scope="module")
def built_bundled() -> SchoolDirectory:
    """The bundled schools indexed from schools.csv, the way it was done before the file."""
    return SchoolDirectory(bundled_entries()).warm_up()


# ---- the prebuilt index ------------------------------------------------------------------------


def test_the_prebuilt_index_matches_the_school_list() -> None:
    path = bundled_index_path()
    assert path == shipped_data_dir() / BUNDLED_INDEX_FILE
    key = read_key(path)
    assert key == bundled_key(), (
        "data/schools/schools-index.bin was built from another schools.csv (or pycountry): "
        "run `make schools-index`"
    )
    csv_bytes = (shipped_data_dir() / BUNDLED_FILE).read_bytes()
    assert key is not None
    assert key["schools_csv"] == f"{len(csv_bytes)}:crc32:{zlib.crc32(csv_bytes):08x}"
    built = SearchIndex()
    built.add_all(bundled_entries())
    assert read_index(path, key) == built.to_parts(), (
        "the prebuilt index differs from one built now (the index code changed?): "
        "run `make schools-index`"
    )


def test_the_prebuilt_index_gives_the_same_answers_as_a_built_one(
    built_bundled: SchoolDirectory,
) -> None:
    loaded = load_directory()
    assert answers(loaded) == answers(built_bundled)
    assert loaded.entries == built_bundled.entries
    assert len(loaded) == len(built_bundled) > 10_000


@pytest.fixture
def shipped_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of data/schools/ that the test may change, used as the shipped data."""
    data = tmp_path / "shipped"
    shutil.copytree(shipped_data_dir() / "schools", data / "schools")
    monkeypatch.setattr(directory_module, "data_dir", lambda: data)
    monkeypatch.setattr(entries_module, "data_dir", lambda: data)
    directory_module.bundled_entries.cache_clear()
    directory_module._bundled_parts.cache_clear()
    yield data
    directory_module.bundled_entries.cache_clear()
    directory_module._bundled_parts.cache_clear()


def test_a_stale_prebuilt_index_is_rebuilt_not_used(
    shipped_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    csv = shipped_copy / BUNDLED_FILE
    with csv.open("a", encoding="utf-8") as handle:
        handle.write("medical_school,,Zyzzyva College of Medicine,,,Zyzzyva,NG\n")
    with caplog.at_level(logging.WARNING, logger="app.directory.directory"):
        found = load_directory().search("zyzzyva")
    assert found and found[0].name == "Zyzzyva College of Medicine"
    assert "stale" in caplog.text and "make schools" in caplog.text


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "empty"])
def test_a_damaged_prebuilt_index_is_not_used(
    shipped_copy: Path,
    caplog: pytest.LogCaptureFixture,
    damage: str,
    built_bundled: SchoolDirectory,
) -> None:
    damaged(shipped_copy / BUNDLED_INDEX_FILE, damage)
    with caplog.at_level(logging.WARNING, logger="app.directory.directory"):
        directory = load_directory()
        assert answers(directory) == answers(built_bundled)
    assert "is not used" in caplog.text


def damaged(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "flip":
        data[len(data) // 2] ^= 0x40
    elif how == "truncate":
        del data[len(data) // 3 :]
    elif how == "garbage":
        data[:] = os.urandom(4096)
    else:
        data.clear()
    path.write_bytes(bytes(data))


def test_make_schools_index_writes_the_index_of_the_csv_as_it_is(tmp_path: Path) -> None:
    from tools import build_schools

    target = tmp_path / "schools-index.bin"
    size = build_schools.write_index(shipped_data_dir() / BUNDLED_FILE, target)
    assert size == target.stat().st_size
    assert read_key(target) == bundled_key()
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "tools.build_schools --index-only" in makefile


# ---- the store's schools, read with sqlite3 ----------------------------------------------------

HEADER = "name,country,directory_id,city,other_names,sponsor_note\n"
ROWS = [
    'Kasturba Medical College,IN,F0000101,Manipal,KMC Manipal,"Graduation Year: 1960 - Current"',
    "Kigezi Faculty of Medicine,UG,F0000102,Kabale,,",
    "Universidad Central del Este,DO,F0000103,San Pedro de Macorís,UCE,",
    "Cairo University Faculty of Medicine,EG,F0000104,Giza,Kasr Al Ainy,",
    "Okapi State Medical University,CD,F0000105,Kisangani,,",
]


def import_rows(store: Store, folder: Path, rows: list[str], name: str = "office.csv") -> None:
    path = folder / name
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    import_directory_csv(store, path)


@pytest.fixture
def filled(store: Store, tmp_path: Path) -> Store:
    import_rows(store, tmp_path, ROWS)
    add_user_school(store, "My Own Medical College", "Aswan", "EG", directory_id="F0000999")
    add_user_school(store, "Kigezi Medicine School", None, "UG", sponsor_note="Graduation 2015")
    return store


def test_the_store_is_read_with_sqlite3_as_the_store_reads_it(filled: Store) -> None:
    stored = read_stored_schools(filled.path)
    key, imported = read_imported(filled.path)
    assert stored.user + imported == stored_entries(filled)
    assert stored.imported_count == len(ROWS) and key == stored.imported_key
    assert filled.path.name == STORE_FILE_NAME


def test_reading_the_store_leaves_nothing_beside_it(data_dir: Path) -> None:
    from app.store import open_store

    with open_store(data_dir) as store:
        add_user_school(store, "Okapi Medical College", None, "CD")
    before = sorted(p.name for p in data_dir.iterdir())
    load_directory(store_file=data_dir / STORE_FILE_NAME).warm_up()
    assert sorted(p.name for p in data_dir.iterdir()) == before  # no -wal, -shm, nor a cache


def test_a_file_that_is_not_a_store_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / STORE_FILE_NAME
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreRowsError):
        load_directory(store_file=bad)


def test_a_store_that_does_not_say_where_its_file_is_is_read_through_the_store(
    filled: Store,
) -> None:
    class Elsewhere:
        def __init__(self, store: Store) -> None:
            self.session = store.session

    directory = load_directory(Elsewhere(filled))  # type: ignore[arg-type]
    assert answers(directory) == answers(built_with_store(filled))


def test_a_new_import_changes_the_key(filled: Store, tmp_path: Path) -> None:
    first = read_stored_schools(filled.path).imported_key
    import_rows(filled, tmp_path, ROWS)  # the very same rows again: still another import
    assert read_stored_schools(filled.path).imported_key != first


# ---- the incremental index: imported schools cached, the user's added in front -----------------


def built_with_store(store: Store) -> SchoolDirectory:
    """The index as it was built before the cache: every school, from scratch."""
    return SchoolDirectory([*stored_entries(store), *bundled_entries()]).warm_up()


def test_imported_and_user_schools_give_the_same_answers_as_a_full_build(filled: Store) -> None:
    expected = answers(built_with_store(filled))
    cold = load_directory(filled)  # builds the imported schools' index, writes the cache
    assert answers(cold) == expected
    warm = load_directory(filled)  # reads the cache
    assert answers(warm) == expected
    assert warm.entries == built_with_store(filled).entries
    assert [m.kind for m in warm.search("my own medical", limit=1)] == ["user"]
    assert warm.search("kasturba medical college manipal")[0].kind == "imported"


def test_the_user_schools_rank_first_on_ties_though_added_last(filled: Store) -> None:
    directory = load_directory(filled)
    index = directory._built()
    user = [eid for eid in range(len(index)) if index.entries[eid].kind == "user"]
    assert user == [len(index) - 2, len(index) - 1]  # stored after the cached schools...
    assert [index.rank_of(eid) for eid in user] == [0, 1]  # ...and ranked before them all
    assert [e.kind for e in directory.entries[:3]] == ["user", "user", "imported"]


def test_the_cache_is_written_in_the_data_folder_readable_by_the_user_alone(
    filled: Store, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = data_dir / CACHE_FILE_NAME
    assert not cache.exists()
    with caplog.at_level(logging.INFO, logger="app.directory.directory"):
        load_directory(filled).warm_up()
    assert "Indexed 5 imported schools" in caplog.text
    assert cache.is_file()
    if os.name == "posix":
        assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    assert read_key(cache) == {
        "bundled": bundled_key(),
        "imported": list(read_stored_schools(filled.path).imported_key),
    }


def test_a_fresh_cache_is_read_not_rebuilt(filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    load_directory(filled).warm_up()

    def no_build(*args: object, **kwargs: object) -> None:
        raise AssertionError("the imported schools were indexed again")

    monkeypatch.setattr(directory_module._StoreSource, "_rebuild", no_build)
    assert load_directory(filled).search("kigezi faculty")[0].name == "Kigezi Faculty of Medicine"


def test_a_user_school_is_added_without_rebuilding_the_cache(
    filled: Store, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    load_directory(filled).warm_up()
    written = (data_dir / CACHE_FILE_NAME).stat().st_mtime_ns
    add_user_school(filled, "Zebrafish Institute of Medicine", "Jos", "NG")
    monkeypatch.setattr(directory_module._StoreSource, "_rebuild", None)  # would fail if called
    directory = load_directory(filled)
    assert directory.search("zebrafsh institute")[0].name == "Zebrafish Institute of Medicine"
    assert answers(directory) == answers(built_with_store(filled))
    assert (data_dir / CACHE_FILE_NAME).stat().st_mtime_ns == written


def test_a_new_import_makes_the_cache_out_of_date_and_it_is_rebuilt(
    filled: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert load_directory(filled).search("okapi state medical")[0].kind == "imported"
    import_rows(filled, tmp_path, [ROWS[0], "Lagoon Medical Academy,NG,F0000777,Lagos,,"])
    with caplog.at_level(logging.INFO, logger="app.directory.directory"):
        directory = load_directory(filled)
        assert directory.search("lagoon medical academy")[0].name == "Lagoon Medical Academy"
    assert "out of date" in caplog.text
    assert all(m.name != "Okapi State Medical University" for m in directory.search("okapi"))
    assert answers(directory) == answers(built_with_store(filled))


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "empty"])
def test_a_damaged_cache_is_ignored_and_rebuilt_with_a_log_line(
    filled: Store, data_dir: Path, caplog: pytest.LogCaptureFixture, damage: str
) -> None:
    load_directory(filled).warm_up()
    cache = data_dir / CACHE_FILE_NAME
    damaged(cache, damage)
    with caplog.at_level(logging.WARNING, logger="app.directory.directory"):
        directory = load_directory(filled)
        assert answers(directory) == answers(built_with_store(filled))
    assert f"{cache} is ignored and rebuilt" in caplog.text
    key = read_key(cache)  # rewritten whole
    assert key is not None and read_index(cache, key)


def test_a_cache_written_by_another_format_is_rebuilt(
    filled: Store, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = data_dir / CACHE_FILE_NAME
    write_index(cache, {"bundled": "old"}, {"count": 0})
    with caplog.at_level(logging.INFO, logger="app.directory.directory"):
        assert load_directory(filled).search("kigezi faculty")[0].kind == "imported"
    assert "out of date" in caplog.text
    assert read_key(cache) != {"bundled": "old"}
    assert cache.read_bytes().startswith(MAGIC + f"format {FORMAT}\n".encode())


def test_a_cache_whose_parts_do_not_fit_together_is_rebuilt(
    filled: Store, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    load_directory(filled).warm_up()
    cache = data_dir / CACHE_FILE_NAME
    key = read_key(cache)
    assert key is not None
    parts = read_index(cache, key)
    parts["country_words"] = {"EG": ["egypt"]}  # sound file, same format, other layout
    write_index(cache, key, parts, private=True)
    with caplog.at_level(logging.WARNING, logger="app.directory.directory"):
        assert answers(load_directory(filled)) == answers(built_with_store(filled))
    assert "do not fit together" in caplog.text


def test_a_cache_that_cannot_be_written_still_searches(
    filled: Store, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (data_dir / CACHE_FILE_NAME).mkdir()  # in the way: neither readable nor replaceable
    with caplog.at_level(logging.WARNING, logger="app.directory.directory"):
        assert load_directory(filled).search("kigezi faculty")[0].kind == "imported"
    assert "was not written" in caplog.text
    assert not any(p.name.endswith(".tmp") for p in data_dir.iterdir())


def test_the_cache_is_removed_when_nothing_is_imported_any_more(
    store: Store, tmp_path: Path, data_dir: Path
) -> None:
    import_rows(store, tmp_path, ROWS)
    refresh_cache(store.path)
    assert (data_dir / CACHE_FILE_NAME).is_file()
    with store.session() as session:  # no command empties the imported set; a test can
        from sqlalchemy import delete

        from app.store.models import ImportedSchool

        session.execute(delete(ImportedSchool))
    assert load_directory(store).search("kasturba") == [] or all(
        m.kind != "imported" for m in load_directory(store).search("kasturba")
    )
    assert not (data_dir / CACHE_FILE_NAME).exists()


# ---- on a worker: slices with rests ------------------------------------------------------------


def test_a_build_on_a_worker_rests_between_slices(filled: Store) -> None:
    rests: list[int] = []

    def warm() -> None:
        directory = load_directory(filled)
        pacer = directory_module.worker_pause()
        assert isinstance(pacer, Pacer)
        directory._built(pacer)
        rests.append(pacer.rests)

    worker = threading.Thread(target=warm)
    worker.start()
    worker.join()
    assert rests and rests[0] > 0
    assert directory_module.worker_pause() is None  # the main thread (the CLI) never rests


def test_schools_added_in_front_twice_keep_their_order() -> None:
    index = SearchIndex()
    index.add_all([SchoolEntry(name="Alpha University", kind="university", country="NG")])
    mine = [SchoolEntry(name=f"Alpha School {n}", kind="user", country="NG") for n in range(3)]
    index.add_all(mine[:2], front=True)
    index.add_all(mine[2:], front=True)
    assert [index.rank_of(eid) for eid in range(4)] == [3, 0, 1, 2]
    index.add(SchoolEntry(name="Alpha Late", kind="user", country="NG"))
    assert index.rank_of(4) == 4


# ---- the command line ----------------------------------------------------------------------------


def test_import_from_the_command_line_writes_the_cache(tmp_path: Path, data_dir: Path) -> None:
    from app.cli import main

    path = tmp_path / "office.csv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n", encoding="utf-8")
    assert main(["schools", "import", str(path)]) == 0
    assert (data_dir / CACHE_FILE_NAME).is_file()


def test_search_from_the_command_line_reads_the_store_without_sqlalchemy(
    filled: Store, data_dir: Path
) -> None:
    refresh_cache(filled.path)
    script = (
        "import sys; from app.cli import main; code = main(sys.argv[1:]); "
        "print('sqlalchemy' in sys.modules, 'pycountry' in sys.modules); sys.exit(code)"
    )
    env = {**os.environ, "IMG_READINESS_DATA_DIR": str(data_dir)}
    done = subprocess.run(
        [sys.executable, "-c", script, "schools", "search", "my own medical", "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert '"name": "My Own Medical College"' in done.stdout
    assert done.stdout.rstrip().endswith("False False")  # neither SQLAlchemy nor pycountry


def test_the_store_file_name_is_the_stores() -> None:
    from app.store.files import STORE_FILE_NAME as NAME

    assert STORE_FILE_NAME == NAME


def test_a_missing_index_file_is_reported_as_such(tmp_path: Path) -> None:
    with pytest.raises(IndexFileError, match="no such file"):
        read_index(tmp_path / "nothing.bin", {})
