"""School search: per keystroke, over 50,000 realistic names, its quality on queries the README
does not show, loading the index (prebuilt, cached, rebuilt) and typing while it loads.

Latency "cold" means the word-match cache and the fold cache are emptied before every query, so
each query pays for its own typo search; "typing" replays every prefix of every query in order,
caches as in the wizard. The baseline is ``rapidfuzz.process.extract`` (WRatio, limit 20) over
every name and other name of the same schools, folded the same way, measured in the same run.

The 50,000 names are permutations of real ones (before 2026-12 they were random syllables in 12
templates, which flattered): every bundled school, then real names moved to other real cities
("University of Lagos" in Kumasi) and real names cut and joined ("Tbilisi State" + "Medical
Academy"), with their initials as other names for some. The quality queries are drawn from the
bundled list with a fixed seed: misspelled names of medical schools, initials, and names in
other languages and scripts that the list holds, none of them an example of the README.
"""

from __future__ import annotations

import random
import re
import statistics
import threading
import time
import tracemalloc
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from rapidfuzz import fuzz, process

from app.directory import SchoolDirectory, SchoolEntry, load_directory
from app.directory import directory as directory_module
from app.directory.directory import CACHE_FILE_NAME, STORE_FILE_NAME, bundled_entries
from app.directory.importer import import_directory_csv
from app.directory.index import SearchIndex
from app.directory.text import STOPWORDS, fold
from app.store import open_store
from tests.benchmarks.conftest import load_note, time_calls_with_cpu

ROOT = Path(__file__).resolve().parents[2]
TARGET_MS = 2.0
SYNTHETIC_SIZE = 50_000

# Misspelled, unaccented or abbreviated as applicants type them, with the school meant.
MISSPELLED = {
    "harvrd": "Harvard University",
    "karolinksa": "Karolinska Institutet",
    "semelweis": "Semmelweis University",
    "univeristy of lagos": "University of Lagos",
    "tehran univrsity of medical sciences": "Tehran University of Medical Sciences",
    "kharkov national medical": "Kharkiv National Medical University",
    "jagielonian university": "Jagiellonian University",
    "universidade de sao paolo": "Universidade de São Paulo",
    "makerere univrsity": "Makerere University",
    "universidad de guadalajra": "Universidad de Guadalajara",
    "ain shams universty": "Ain Shams University",
    "mcgil university": "McGill University",
    "king edwrd medical university": "King Edward Medical University",
    "aga kahn university": "Aga Khan University",
    "tbilisi state medcal university": "Tbilisi State Medical University",
    "universidad de buenos aries": "Universidad de Buenos Aires",
    "university of ibadn": "University of Ibadan",
    "addis abeba university": "Addis Ababa University",
    "peking union medical colege": (
        "Chinese Academy of Medical Sciences & Peking Union Medical College"
    ),
    "charles univrsity": "Charles University",
    "universidad nacional autonoma de mexico": "Universidad Nacional Autónoma de México",
    "universite de montreal": "Université de Montréal",
    "ross univeristy school of medicine": "Ross University School of Medicine",
    "st georges univ grenada": "St. George's University",
    "belarusian state medicl university": "Belarusian State Medical University",
    "univesity of nairobi": "University of Nairobi",
    "kasturba medical colege manipal": "Kasturba Medical College, Manipal",
    "central univ of venezuela": "Central University of Venezuela",
    "cairo univercity": "Cairo University",
    "alexandria univ": "Alexandria University",
}
# Typed with accents or in their own script.
OTHER_QUERIES = [
    "Université de Montréal",
    "São Paulo",
    "Universidad Autónoma de Santo Domingo",
    "Белорусский государственный медицинский университет",
    "جامعة أسيوط",
    "北京大学",
    "KEMU",
    "AIIMS",
    "government medical college srinagar",
    "ibadan",
]
QUERIES = [*MISSPELLED, *OTHER_QUERIES]


# ---- realistic names ----------------------------------------------------------------------------


def realistic_entries(size: int, seed: int = 2026) -> list[SchoolEntry]:
    """Every bundled school, then permutations of real names and real cities up to ``size``:
    a real name moved to another real city, or the first half of one real name joined to the
    second half of another; a third get their initials as another name."""
    rng = random.Random(seed)
    real = sorted(bundled_entries(), key=lambda e: e.kind != "medical_school")
    places = sorted({(e.city, e.country) for e in real if e.city})
    named_after_city = [
        e for e in real if e.city and re.search(rf"\b{re.escape(e.city)}\b", e.name, re.I)
    ]
    entries = list(real)
    seen = {e.name.casefold() for e in real}
    while len(entries) < size:
        if rng.random() < 0.6:
            template = rng.choice(named_after_city)
            city, country = rng.choice(places)
            name = re.sub(rf"\b{re.escape(template.city)}\b", city, template.name, flags=re.I)
        else:
            first, second = rng.sample(real, 2)
            head, tail = first.name.split(), second.name.split()
            if len(head) < 2 or len(tail) < 2:
                continue
            name = " ".join(head[: max(1, len(head) // 2)] + tail[len(tail) // 2 :])
            city, country = (
                (first.city, first.country) if rng.random() < 0.5 else rng.choice(places)
            )
        if name.casefold() in seen:
            continue
        seen.add(name.casefold())
        capitals = [w[0] for w in name.split() if w[:1].isupper() and w.lower() not in STOPWORDS]
        other = ("".join(capitals),) if len(capitals) >= 3 and rng.random() < 0.33 else ()
        medical = "medic" in name.lower() or "health" in name.lower()
        entries.append(
            SchoolEntry(
                name=name,
                kind="medical_school" if medical else "university",
                country=country,
                city=city,
                other_names=other,
            )
        )
    return entries


# ---- quality on queries the README does not show -------------------------------------------------


def _plain(text: str) -> str:
    """What an applicant types on a keyboard without accents."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).lower()


def _misspell(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    how = rng.choice(("drop", "swap", "double", "vowel"))
    if how == "drop":
        return word[:i] + word[i + 1 :]
    if how == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if how == "double":
        return word[:i] + word[i] + word[i:]
    vowels = [n for n, c in enumerate(word) if c in "aeiou" and 0 < n < len(word) - 1] or [i]
    n = rng.choice(vowels)
    return word[:n] + rng.choice([v for v in "aeiou" if v != word[n]]) + word[n + 1 :]


def held_out_queries(seed: int = 1313) -> dict[str, list[tuple[str, SchoolEntry]]]:
    """(query, school meant), by kind of query, drawn from the bundled list; none in README."""
    rng = random.Random(seed)
    readme = (ROOT / "README.md").read_text(encoding="utf-8").casefold()
    medical = [e for e in bundled_entries() if e.kind == "medical_school"]
    found: dict[str, list[tuple[str, SchoolEntry]]] = {"misspelled": [], "initials": []}
    found["other language"] = []
    for school in rng.sample(medical, len(medical)):
        words = _plain(school.name).split()
        long_words = [n for n, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
        if long_words and len(found["misspelled"]) < 60:
            n = rng.choice(long_words)
            words[n] = _misspell(words[n], rng)
            found["misspelled"].append((" ".join(words), school))
        capitals = [w[0] for w in school.name.split() if w[:1].isalpha() and w.isalpha()]
        capitals = [
            c
            for c, w in zip(capitals, school.name.split(), strict=False)
            if w.lower() not in STOPWORDS
        ]
        if 3 <= len(capitals) <= 6 and len(found["initials"]) < 60:
            found["initials"].append(("".join(capitals).upper(), school))
    others = [
        (name, school)
        for school in bundled_entries()
        for name in school.other_names
        if not name.isascii() and fold(name) != fold(school.name)
    ]
    found["other language"] = rng.sample(others, 60)
    for kind in found:
        found[kind] = [(q, s) for q, s in found[kind] if q.casefold() not in readme]
    return found


def rank_of(results: list[str], school: SchoolEntry) -> int | None:
    return results.index(school.name) + 1 if school.name in results else None


# ---- helpers ------------------------------------------------------------------------------------


def cold_search(directory: SchoolDirectory) -> Callable[[str], object]:
    index = directory._built()

    def search(query: str) -> object:
        fold.cache_clear()
        index.forget_matches()
        return directory.search(query)

    return search


def per_query_ms(
    search: Callable[[str], object],
    queries: list[str],
    rounds: int,
    clock: Callable[[], float] = time.perf_counter,
) -> list[float]:
    """Milliseconds per query; ``time.thread_time`` gives CPU time, which other processes on a
    busy machine do not inflate."""
    for query in queries:  # warm-up: first-touch costs are not per keystroke
        search(query)
    samples = []
    for _ in range(rounds):
        for query in queries:
            start = clock()
            search(query)
            samples.append((clock() - start) * 1000.0)
    return samples


def keystrokes(queries: list[str]) -> list[str]:
    return [query[:end] for query in queries for end in range(1, len(query) + 1)]


class Scan:
    """The baseline: rapidfuzz over every name of every school, no index."""

    def __init__(self, entries: list[SchoolEntry]) -> None:
        self.owner: list[str] = []
        self.choices: list[str] = []
        for entry in entries:
            for name in (entry.name, *entry.other_names):
                self.choices.append(fold(name))
                self.owner.append(entry.name)

    def search(self, query: str) -> list[str]:
        found = process.extract(fold(query), self.choices, scorer=fuzz.WRatio, limit=20)
        names: list[str] = []
        for _, _, index in found:
            if self.owner[index] not in names:
                names.append(self.owner[index])
        return names


def hit_rate(top_name: Callable[[str], str | None]) -> float:
    hits = sum(1 for query, school in MISSPELLED.items() if top_name(query) == school)
    return 100.0 * hits / len(MISSPELLED)


def first_name(directory: SchoolDirectory, query: str) -> str | None:
    results = directory.search(query, limit=1)
    return results[0].name if results else None


def measure_directory(
    bench, label: str, directory: SchoolDirectory, entries: list, build_ms: float, build_cpu: float
) -> None:
    bench.value(f"directory {label}: index build", build_ms, "ms", cpu=build_cpu)
    scan = Scan(entries)
    scan_ms = per_query_ms(scan.search, QUERIES, rounds=1)
    cold_ms = per_query_ms(cold_search(directory), QUERIES, rounds=5)
    cpu_ms = per_query_ms(cold_search(directory), QUERIES, rounds=5, clock=time.thread_time)
    row = bench.record(
        f"directory {label}: query, cold", cold_ms, target=TARGET_MS, baseline=scan_ms, cpu=cpu_ms
    )
    bench.record(f"directory {label}: query, cold, CPU time", cpu_ms, target=TARGET_MS)
    typing = keystrokes(QUERIES)
    directory._built().forget_matches()
    typing_ms = per_query_ms(directory.search, typing, rounds=1)
    bench.record(f"directory {label}: each keystroke", typing_ms, target=TARGET_MS)
    ours = hit_rate(lambda q: first_name(directory, q))
    theirs = hit_rate(lambda q: (scan.search(q) or [None])[0])
    bench.value(f"directory {label}: top-1 hits, misspelled", ours, "%", baseline=theirs)
    print(
        f"\n{label}: {len(entries)} schools, {len(scan.choices)} names; {load_note()}; query "
        f"p95 {row.p95:.3f} ms (scan median {row.baseline:.1f} ms, ratio {row.ratio}); "
        f"top-1 {ours:.0f} % vs scan {theirs:.0f} % on {len(MISSPELLED)} misspelled queries"
    )
    bench.check(row.p95 is not None and row.p95 < TARGET_MS, f"{label} query p95 < {TARGET_MS} ms")
    assert ours >= theirs  # quality, not speed: a loaded machine cannot change it


def timed_build(entries: list[SchoolEntry]) -> tuple[SchoolDirectory, float, float]:
    directory = SchoolDirectory(entries)
    start, start_cpu = time.perf_counter(), time.thread_time()
    directory.warm_up()
    return (
        directory,
        (time.perf_counter() - start) * 1000.0,
        (time.thread_time() - start_cpu) * 1000.0,
    )


def test_search_over_the_bundled_directory(bench) -> None:
    entries = list(bundled_entries())
    directory, build_ms, build_cpu = timed_build(entries)
    measure_directory(bench, "bundled", directory, entries, build_ms, build_cpu)


def test_loading_the_prebuilt_bundled_index(bench) -> None:
    """What each start and each CLI search pays instead of the build above."""

    def load() -> None:
        directory_module._bundled_parts.cache_clear()  # read the file again each time
        load_directory()._built()

    def build() -> None:
        SearchIndex().add_all(bundled_entries())

    wall, cpu = time_calls_with_cpu(load, repeat=15)
    build_wall, _ = time_calls_with_cpu(build, repeat=5, warmup=1)
    row = bench.record(
        "directory bundled: index load (prebuilt file)", wall, baseline=build_wall, cpu=cpu
    )
    print(
        f"\nprebuilt index: load {row.median:.1f} ms vs build {row.baseline:.0f} ms "
        f"({row.ratio}); {load_note()}"
    )


def test_search_over_50000_realistic_names(bench) -> None:
    entries = realistic_entries(SYNTHETIC_SIZE)
    directory, build_ms, build_cpu = timed_build(entries)
    measure_directory(bench, "50k", directory, entries, build_ms, build_cpu)


def test_search_quality_on_queries_the_readme_does_not_show(bench) -> None:
    directory = load_directory()
    scan = Scan(list(bundled_entries()))
    lines = []
    for kind, pairs in held_out_queries().items():
        ours = [rank_of([m.name for m in directory.search(q, limit=10)], s) for q, s in pairs]
        theirs = [rank_of(scan.search(q)[:10], s) for q, s in pairs]
        for top in (1, 5):
            mine = 100.0 * sum(1 for r in ours if r is not None and r <= top) / len(pairs)
            base = 100.0 * sum(1 for r in theirs if r is not None and r <= top) / len(pairs)
            bench.value(
                f"directory quality: {kind}, top-{top} ({len(pairs)} queries)",
                mine,
                "%",
                baseline=base,
            )
            lines.append(f"{kind} top-{top}: {mine:.0f} % (scan {base:.0f} %)")
        missed = [q for (q, _), r in zip(pairs, ours, strict=True) if r is None][:5]
        lines.append(f"  not in the first 10, e.g.: {missed}")
    print("\nheld-out queries: " + "\n".join(lines))


# ---- imported schools: import, load, cache -------------------------------------------------------


def write_import_file(path: Path, size: int) -> None:
    rng = random.Random(7)
    entries = realistic_entries(size)
    lines = ["directory_id,name,other_names,city,country,sponsor_note"]
    for number, entry in enumerate(entries[:size], start=1):
        note = '"Graduation Year: 1980 - Current"' if rng.random() < 0.5 else ""
        name = entry.name.replace('"', "'")
        other = "|".join(entry.other_names[:3]).replace('"', "'")
        city = entry.city.replace('"', "'")
        lines.append(f'F{number:07d},"{name}","{other}","{city}",{entry.country},{note}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.slow
def test_import_of_a_50000_row_directory_file(bench, tmp_path: Path) -> None:
    source = tmp_path / "directory.csv"
    write_import_file(source, SYNTHETIC_SIZE)
    with open_store(tmp_path / "store") as store:
        start = time.perf_counter()
        report = import_directory_csv(store, source)
        seconds = time.perf_counter() - start
        assert report.imported == SYNTHETIC_SIZE, report.bad_rows[:3]
        bench.value("directory import 50k: rows per second", SYNTHETIC_SIZE / seconds, "rows/s")
        tracemalloc.start()
        import_directory_csv(store, source)  # a re-import: replaces all 50,000 at once
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        bench.value("directory import 50k: peak memory", peak / 1_048_576, "MB")
        start, start_cpu = time.perf_counter(), time.thread_time()
        with_imported = load_directory(store).warm_up()  # indexes them, writes the cache
        load_ms = (time.perf_counter() - start) * 1000.0
        load_cpu = (time.thread_time() - start_cpu) * 1000.0
        bench.value("directory with 50k imported: load + index", load_ms, "ms", cpu=load_cpu)
        assert with_imported.search("kasturba medical college manipal")[0].kind == "imported"
        wall, cpu = time_calls_with_cpu(lambda: load_directory(store)._built(), 7, warmup=1)
        bench.record(
            "directory with 50k imported: load from the cache", wall, baseline=load_ms, cpu=cpu
        )
    print(
        f"\nimport: {SYNTHETIC_SIZE} rows in {seconds:.2f} s "
        f"({SYNTHETIC_SIZE / seconds:,.0f} rows/s), peak {peak / 1_048_576:.1f} MB; "
        f"index built in {load_ms:.0f} ms, read from the cache in {statistics.median(wall):.0f} ms"
    )


# ---- typing while a worker loads the index -------------------------------------------------------

TYPED = ["kasturba manipal", "universidad de chile", "cairo", "tbilisi state medical"]
PACE_S = 0.02  # a fast typist: a key every 20 ms
# A keystroke in Qt crosses between C++ and Python several times (event, slot, list model,
# paint), and PySide6 lets go of the interpreter around Qt calls: each crossing back waits for
# it. Four crossings per keystroke, each a sleep(0) that lets go and takes it back.
CROSSINGS = 4


def keystroke(directory: SchoolDirectory, typed: str) -> None:
    for _ in range(CROSSINGS):
        time.sleep(0)
    directory.search(typed)


@dataclass
class Typing:
    samples: list[float]
    loads: int


def _run_then_set(load: Callable[[], object], done: threading.Event) -> None:
    try:
        load()
    finally:
        done.set()


def type_while(load: Callable[[], object], directory: SchoolDirectory, minimum: int) -> Typing:
    """Keystrokes on this thread at PACE_S, each timed from when it was due to its results
    (waiting for the interpreter included), while ``load`` runs on a worker, again and again
    until ``minimum`` keystrokes fell while it ran."""
    typed = keystrokes(TYPED)
    samples: list[float] = []
    loads = 0
    position = 0
    while len(samples) < minimum:
        done = threading.Event()
        worker = threading.Thread(target=_run_then_set, args=(load, done))
        worker.start()
        loads += 1
        due = time.perf_counter()
        while not done.is_set():
            keystroke(directory, typed[position % len(typed)])
            finished = time.perf_counter()
            if not done.is_set():
                samples.append((finished - due) * 1000.0)
            position += 1
            due = max(due + PACE_S, finished)
            time.sleep(max(0.0, due - time.perf_counter()))
        worker.join()
    return Typing(samples, loads)


def test_typing_while_the_index_loads(bench, imported_folder: Path) -> None:
    """A keystroke's search on the interface thread while a worker reads or builds an index:
    the worker works in slices and rests, so the keystroke waits a couple of milliseconds at
    most for the interpreter. "Before" is the build the app did at every start until 2026-12,
    which held the interpreter for up to 5 ms at a time (Python's switch interval)."""
    directory = load_directory().warm_up()
    store_file = imported_folder / STORE_FILE_NAME
    idle = []
    for query in keystrokes(TYPED) * 3:
        start = time.perf_counter()
        keystroke(directory, query)
        idle.append((time.perf_counter() - start) * 1000.0)
    bench.record("typing, nothing loading (baseline)", idle, target=16.0)

    def prebuilt() -> None:
        directory_module._bundled_parts.cache_clear()
        load_directory().warm_up()

    def cached() -> None:
        load_directory(store_file=store_file).warm_up()

    def rebuilt() -> None:
        (imported_folder / CACHE_FILE_NAME).unlink(missing_ok=True)
        load_directory(store_file=store_file).warm_up()

    def before() -> None:  # no slices, no rests
        SearchIndex().add_all(bundled_entries())

    cases = [
        ("typing while the prebuilt index loads", prebuilt, 60),
        ("typing while the 60k-imported cache loads", cached, 60),
        ("typing while 60k imported schools are indexed (after an import)", rebuilt, 120),
        ("typing while the bundled index is built (before: no slices)", before, 60),
    ]
    for name, load, minimum in cases:
        typing = type_while(load, directory, minimum)
        row = bench.record(name, typing.samples, target=16.0, baseline=idle)
        print(
            f"\n{name}: p95 {row.p95:.1f} ms, median {row.median:.2f} ms over "
            f"{len(typing.samples)} keystrokes, {typing.loads} loads; {load_note()}"
        )
        if "before" not in name:
            bench.check(row.p95 is not None and row.p95 < 16.0, f"{name}: p95 < 16 ms")
