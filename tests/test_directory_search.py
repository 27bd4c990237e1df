"""Searching the bundled school list the way applicants actually type."""

from __future__ import annotations

import pytest

from app.directory import SchoolDirectory, SchoolEntry, country_name, is_canadian, load_directory


@pytest.fixture(scope="module")
def directory() -> SchoolDirectory:
    return load_directory().warm_up()


def first_name(directory: SchoolDirectory, query: str, country: str | None = None) -> str:
    results = directory.search(query, country=country, limit=5)
    assert results, f"nothing found for {query!r}"
    return results[0].name


@pytest.mark.parametrize(
    ("typed", "school"),
    [
        ("universidade de sao paulo", "Universidade de São Paulo"),
        ("UNIVERSIDAD AUTONOMA DE SANTO DOMINGO", "Universidad Autónoma de Santo Domingo"),
        ("st georges university", "St. George's University"),
        ("Semmelweis", "Semmelweis University"),
    ],
)
def test_accents_case_and_punctuation_do_not_matter(
    directory: SchoolDirectory, typed: str, school: str
) -> None:
    assert first_name(directory, typed) == school


@pytest.mark.parametrize(
    ("typed", "school"),
    [
        ("harvrd", "Harvard University"),
        ("karolinksa", "Karolinska Institutet"),
        ("semelweis", "Semmelweis University"),
        ("univeristy of lagos", "University of Lagos"),
        ("tehran univrsity of medical sciences", "Tehran University of Medical Sciences"),
        ("kharkov national medical", "Kharkiv National Medical University"),
    ],
)
def test_a_misspelled_name_still_finds_the_school_first(
    directory: SchoolDirectory, typed: str, school: str
) -> None:
    assert first_name(directory, typed) == school


def test_word_order_does_not_matter(directory: SchoolDirectory) -> None:
    assert first_name(directory, "lagos university of") == "University of Lagos"
    assert first_name(directory, "medical university tbilisi state") == (
        "Tbilisi State Medical University"
    )


@pytest.mark.parametrize(
    ("typed", "school"),
    [
        ("King Fuad I University", "Cairo University"),
        ("Harvard Medical School", "Harvard University"),
        ("Osaka City University", "Osaka City University"),
        ("Gulf Medical College", "Gulf Medical University"),
    ],
)
def test_a_former_or_other_name_finds_the_school(
    directory: SchoolDirectory, typed: str, school: str
) -> None:
    assert first_name(directory, typed) == school


@pytest.mark.parametrize(
    ("typed", "school"),
    [
        ("KEMU", "King Edward Medical University"),
        ("UST", "University of Santo Tomas"),
        ("USP", "Universidade de São Paulo"),
        ("ELAM", "Latin American School of Medicine"),
        ("UNAM", "Universidad Nacional Autónoma de México"),
        ("bp koirala", "B.P. Koirala Institute of Health Sciences"),
        ("seth gs medical college", "King Edward Memorial Hospital and Seth G.S. Medical College"),
        ("cmc vellore", "Christian Medical College, Vellore"),
    ],
)
def test_abbreviations_and_initials_find_the_school(
    directory: SchoolDirectory, typed: str, school: str
) -> None:
    assert first_name(directory, typed) == school


def test_aiims_lists_the_all_india_institutes(directory: SchoolDirectory) -> None:
    names = [m.name for m in directory.search("AIIMS", limit=10)]
    assert all(name.startswith("All India Institute of Medical Sciences") for name in names)
    assert first_name(directory, "aiims delhi") == "All India Institute of Medical Sciences"


def test_a_city_alone_finds_the_schools_there(directory: SchoolDirectory) -> None:
    names = [m.name for m in directory.search("ibadan", limit=5)]
    assert names[0] == "University of Ibadan"
    assert all(m.city == "Kharkiv" for m in directory.search("kharkiv", limit=3))


@pytest.mark.parametrize(
    ("typed", "school"),
    [
        (
            "Белорусский государственный медицинский университет",
            "Belarusian State Medical University",
        ),
        ("Гомельский государственный", "Gomel State Medical University"),
        ("جامعة أسيوط", "Assiut University"),
        ("جامعة المنصورة", "Mansoura University"),
        ("安徽医科大学", "Anhui Medical University"),
        ("北京大学", "Peking University"),
    ],
)
def test_names_typed_in_their_own_script_find_the_school(
    directory: SchoolDirectory, typed: str, school: str
) -> None:
    assert first_name(directory, typed) == school


def test_country_filter_keeps_only_that_country(directory: SchoolDirectory) -> None:
    results = directory.search("government medical college", country="PK", limit=20)
    assert results
    assert {m.country for m in results} == {"PK"}
    assert all(m.country == "EG" for m in directory.search("harvard", country="eg"))
    assert directory.search("cairo", country="EG")[0].name == "Cairo University"


def test_medical_schools_come_first_when_scores_tie(directory: SchoolDirectory) -> None:
    results = directory.search("aga khan university", limit=5)
    tied = [m for m in results if m.score == results[0].score]
    assert len(tied) >= 2, "the data holds two equal 'Aga Khan University' rows"
    assert tied[0].kind == "medical_school"
    assert [m.kind for m in tied] == sorted(
        (m.kind for m in tied), key=lambda k: k != "medical_school"
    )


def test_each_result_says_what_kind_of_school_it_is_in_plain_words(
    directory: SchoolDirectory,
) -> None:
    labels = {m.kind: m.kind_label for m in directory.search("cairo", limit=10)}
    assert labels["medical_school"] == "Medical school"
    assert labels["university"] == "University (may hold a medical faculty)"
    usp = directory.search("universidade de sao paulo", limit=1)[0]
    assert usp.country_name == "Brazil"
    assert usp.ror_id and usp.source.startswith("ROR")


def test_every_keystroke_gives_an_answer_without_error(directory: SchoolDirectory) -> None:
    typed = "Universidad de Buenos Aires"
    for end in range(len(typed) + 1):
        results = directory.search(typed[:end])
        assert len(results) <= 20
    assert first_name(directory, typed) == "Universidad de Buenos Aires"


@pytest.mark.parametrize("query", ["", "   ", "!!!", "of the", "\x00", "zzzzzzzzqqqq", "a" * 5000])
def test_empty_or_meaningless_queries_return_nothing_or_little_and_never_fail(
    directory: SchoolDirectory, query: str
) -> None:
    assert len(directory.search(query)) <= 20


def test_limit_is_respected(directory: SchoolDirectory) -> None:
    assert len(directory.search("university", limit=3)) == 3
    assert directory.search("university", limit=0) == []


def test_a_school_added_to_the_directory_is_found_by_the_next_search() -> None:
    directory = SchoolDirectory(
        [SchoolEntry(name="Alpha Medical College", kind="medical_school", country="IN")]
    ).warm_up()
    assert directory.search("zebrafish") == []
    directory.add(
        SchoolEntry(name="Zebrafish Institute of Medicine", kind="user", country="NG", city="Jos")
    )
    found = directory.search("zebrafsh institute")
    assert found[0].name == "Zebrafish Institute of Medicine"
    assert found[0].kind_label == "Added by you"


def test_country_names_come_from_pycountry_and_canada_is_recognised() -> None:
    assert country_name("EG") == "Egypt"
    assert country_name("ir") == "Iran"
    assert country_name("XK") == "Kosovo"
    assert country_name("QQ") == "QQ"
    assert is_canadian("ca") and not is_canadian("US") and not is_canadian(None)
