"""The applicant profile: plain dataclasses, the JSON format v1 at its edges, and validation.

Every field may be ``None``: that means "not answered yet", never "no". Validation returns every
problem at once, each naming its field path (``exams.step2_ck.score``) in the user's words.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

FORMAT_NAME = "img-readiness-profile"
FORMAT_VERSION = 1

ExamResult = Literal["pass", "fail", "scheduled", "not_taken"]
CsResult = Literal["pass", "fail", "not_taken"]
EducationStatus = Literal["student", "graduate"]
PathwayStatus = Literal["not_started", "applied", "approved", "rejected"]

EXAM_RESULTS: tuple[str, ...] = ("pass", "fail", "scheduled", "not_taken")
CS_RESULTS: tuple[str, ...] = ("pass", "fail", "not_taken")
EDUCATION_STATUSES: tuple[str, ...] = ("student", "graduate")
PATHWAY_STATUSES: tuple[str, ...] = ("not_started", "applied", "approved", "rejected")
PATHWAYS: tuple[int, ...] = (1, 2, 3, 4, 5, 6)

# Plausible bounds, in the user's terms; the rules decide what passes, these only catch typos.
STEP2_CK_SCORE_RANGE = (1, 300)
OET_SUBTEST_RANGE = (0, 500)
ATTEMPTS_RANGE = (0, 20)
CREDIT_YEARS_RANGE = (0, 15)
MATCH_YEAR_RANGE = (2000, 2100)
EARLIEST_DATE = dt.date(1940, 1, 1)
# An exam or test date may be booked ahead, a graduation expected years ahead; 2099 is a typo.
MAX_YEARS_AHEAD = 10
OET_SUBTESTS: tuple[str, ...] = ("listening", "reading", "writing", "speaking")


@dataclass
class Applicant:
    full_name: str | None = None
    usmle_id: str | None = None
    email: str | None = None
    citizenship: str | None = None  # ISO 3166-1 alpha-2


@dataclass
class School:
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    city: str | None = None
    directory_id: str | None = None  # World Directory id, "F" + 7 digits
    canadian: bool | None = None
    # As shown on the World Directory listing; "" = listing has no ECFMG note; None = unchecked.
    sponsor_note: str | None = None


@dataclass
class Education:
    status: EducationStatus | None = None
    graduation_date: dt.date | None = None  # expected date for a student
    credit_years: float | None = None
    transferred_credit_years: float | None = None
    diploma_title: str | None = None
    diploma_received: bool | None = None
    transcript_received: bool | None = None
    documents_in_english: bool | None = None
    translations_ready: bool | None = None


@dataclass
class Step1:
    result: ExamResult | None = None
    date: dt.date | None = None
    attempts: int | None = None


@dataclass
class Step2CK:
    result: ExamResult | None = None
    score: int | None = None
    date: dt.date | None = None
    attempts: int | None = None


@dataclass
class Step2CS:
    result: CsResult | None = None
    date: dt.date | None = None


@dataclass
class Exams:
    step1: Step1 = field(default_factory=Step1)
    step2_ck: Step2CK = field(default_factory=Step2CK)
    step2_cs: Step2CS = field(default_factory=Step2CS)


@dataclass
class OetSitting:
    test_date: dt.date | None = None
    listening: int | None = None
    reading: int | None = None
    writing: int | None = None
    speaking: int | None = None


@dataclass
class ClinicalSkills:
    pathway: int | None = None
    pathway_status: PathwayStatus | None = None
    # Match year of the Pathways cycle applied for (an addition to v1); None = target Match year.
    pathway_cycle: int | None = None
    oet: list[OetSitting] = field(default_factory=list)


@dataclass
class Application:
    ecfmg_application_submitted: bool | None = None


@dataclass
class Profile:
    applicant: Applicant = field(default_factory=Applicant)
    target_match_year: int | None = None
    school: School = field(default_factory=School)
    education: Education = field(default_factory=Education)
    exams: Exams = field(default_factory=Exams)
    clinical_skills: ClinicalSkills = field(default_factory=ClinicalSkills)
    application: Application = field(default_factory=Application)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: where (a field path) and what, in the user's words."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ProfileError(ValueError):
    """Raised by :func:`profile_from_dict` with every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


# ---------------------------------------------------------------------------------------------
# Reading JSON (dict) into a Profile


_NESTED: dict[type, dict[str, type]] = {
    Profile: {
        "applicant": Applicant,
        "school": School,
        "education": Education,
        "exams": Exams,
        "clinical_skills": ClinicalSkills,
        "application": Application,
    },
    Exams: {"step1": Step1, "step2_ck": Step2CK, "step2_cs": Step2CS},
}

_CHOICES: dict[str, tuple[str, ...]] = {
    "education.status": EDUCATION_STATUSES,
    "exams.step1.result": EXAM_RESULTS,
    "exams.step2_ck.result": EXAM_RESULTS,
    "exams.step2_cs.result": CS_RESULTS,
    "clinical_skills.pathway_status": PATHWAY_STATUSES,
}

_DATE_FIELDS = {"graduation_date", "date", "test_date"}
_BOOL_FIELDS = {
    "canadian",
    "diploma_received",
    "transcript_received",
    "documents_in_english",
    "translations_ready",
    "ecfmg_application_submitted",
}
_INT_FIELDS = {
    "target_match_year",
    "attempts",
    "score",
    "pathway",
    "pathway_cycle",
    *OET_SUBTESTS,
}
_NUMBER_FIELDS = {"credit_years", "transferred_credit_years"}


def parse_date(text: str) -> dt.date:
    """Parse an ISO ``YYYY-MM-DD`` date; raises ValueError with a message in the user's words."""
    if not isinstance(text, str) or len(text) != 10 or text[4] != "-" or text[7] != "-":
        raise ValueError(f"{text!r} is not a date in the form YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a real calendar date") from None


def _convert(path: str, name: str, value: Any, problems: list[Problem]) -> Any:
    if value is None:
        return None
    if name in _DATE_FIELDS:
        try:
            return parse_date(value)
        except ValueError as exc:
            problems.append(Problem(path, str(exc)))
            return None
    if name in _BOOL_FIELDS:
        if isinstance(value, bool):
            return value
        problems.append(Problem(path, f"must be true or false, not {value!r}"))
        return None
    if name in _INT_FIELDS:
        if isinstance(value, bool) or not isinstance(value, int | float):
            problems.append(Problem(path, f"must be a whole number, not {value!r}"))
            return None
        if isinstance(value, float) and not value.is_integer():
            problems.append(Problem(path, f"must be a whole number, not {value}"))
            return None
        return int(value)
    if name in _NUMBER_FIELDS:
        if isinstance(value, bool) or not isinstance(value, int | float):
            problems.append(Problem(path, f"must be a number, not {value!r}"))
            return None
        return float(value)
    if not isinstance(value, str):
        problems.append(Problem(path, f"must be text, not {value!r}"))
        return None
    choices = _CHOICES.get(path)
    if choices is not None and value not in choices:
        problems.append(Problem(path, f"{value!r} is not one of: {', '.join(choices)}"))
        return None
    return value


def _read_object(cls: type, data: Any, prefix: str, problems: list[Problem]) -> Any:
    if data is None:
        return cls()
    if not isinstance(data, dict):
        problems.append(Problem(prefix or "profile", "must be an object with named fields"))
        return cls()
    kwargs: dict[str, Any] = {}
    known = {f.name for f in dataclasses.fields(cls)}
    nested = _NESTED.get(cls, {})
    for name, value in data.items():
        if prefix == "" and name in ("format", "version"):
            continue
        path = f"{prefix}.{name}" if prefix else name
        if name not in known:
            continue  # unknown fields are tolerated so later minor versions stay readable
        if name in nested:
            kwargs[name] = _read_object(nested[name], value, path, problems)
        elif cls is ClinicalSkills and name == "oet":
            kwargs[name] = _read_oet(value, path, problems)
        else:
            kwargs[name] = _convert(path, name, value, problems)
    return cls(**kwargs)


def _read_oet(value: Any, path: str, problems: list[Problem]) -> list[OetSitting]:
    if value is None:
        return []
    if not isinstance(value, list):
        problems.append(Problem(path, "must be a list of OET sittings"))
        return []
    return [
        _read_object(OetSitting, item, f"{path}[{i}]", problems) for i, item in enumerate(value)
    ]


def profile_from_dict(data: Any, today: dt.date | None) -> Profile:
    """Read a profile JSON v1 document (already parsed); raises ProfileError listing every problem.

    Checks the format marker and version, the types, and the plausible ranges (see
    :func:`validate`). ``today`` is the assessment date that bounds future dates; None checks
    only what does not depend on a date (never the computer's clock behind the caller's back).
    """
    profile, problems = read_profile(data, today)
    if problems:
        raise ProfileError(problems)
    return profile


def read_profile(data: Any, today: dt.date | None = None) -> tuple[Profile, list[Problem]]:
    """Lenient reading, for the store and the wizard: the profile with every readable answer
    (values of the wrong type become None, out-of-range values are kept) and every problem."""
    problems: list[Problem] = []
    if not isinstance(data, dict):
        return Profile(), [Problem("profile", "must be a JSON object")]
    if data.get("format") != FORMAT_NAME:
        problems.append(Problem("format", f"must be {FORMAT_NAME!r}, not {data.get('format')!r}"))
    version = data.get("version")
    if version != FORMAT_VERSION or isinstance(version, bool):
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            message = (
                f"version {version} was written by a newer IMG Readiness; "
                f"this version reads version {FORMAT_VERSION}"
            )
        else:
            message = f"must be {FORMAT_VERSION}, not {version!r}"
        problems.append(Problem("version", message))
    profile = _read_object(Profile, data, "", problems)
    problems.extend(validate(profile, today))
    return profile, problems


def profile_to_dict(profile: Profile) -> dict[str, Any]:
    """The profile as a JSON v1 document: every field present, ``null`` where not answered."""

    def encode(value: Any) -> Any:
        if dataclasses.is_dataclass(value):
            return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, list):
            return [encode(v) for v in value]
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return value

    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, **encode(profile)}


# ---------------------------------------------------------------------------------------------
# Validation of values (the types are already right)


def _check_range(
    problems: list[Problem], path: str, value: float | None, bounds: tuple[int, int], what: str
) -> None:
    if value is not None and not bounds[0] <= value <= bounds[1]:
        shown = int(value) if float(value).is_integer() else value
        problems.append(
            Problem(path, f"{what} {shown} is outside the possible range {bounds[0]}–{bounds[1]}")
        )


def _check_date(
    problems: list[Problem], path: str, value: dt.date | None, today: dt.date | None
) -> None:
    if value is None:
        return
    if value < EARLIEST_DATE:
        problems.append(Problem(path, f"{value.isoformat()} is too far in the past to be right"))
    elif today is not None and value.year > today.year + MAX_YEARS_AHEAD:
        problems.append(Problem(path, f"{value.isoformat()} is too far in the future to be right"))


def validate(profile: Profile, today: dt.date | None) -> list[Problem]:
    """Every implausible value in the profile, each with its field path; empty when all is well.

    ``today`` is the assessment date; None leaves out the checks that depend on it. A result
    dated after it is not a problem of the input: the engine treats it as a booked exam."""
    problems: list[Problem] = []
    a = profile.applicant
    if a.full_name is not None and not a.full_name.strip():
        problems.append(Problem("applicant.full_name", "the name is empty"))
    if a.usmle_id is not None and a.usmle_id.strip() and not is_usmle_id(a.usmle_id):
        problems.append(Problem("applicant.usmle_id", "a USMLE ID has 8 digits, like 5-123-456-7"))
    if a.email is not None and a.email.strip() and not _looks_like_email(a.email):
        problems.append(
            Problem("applicant.email", f"{a.email!r} does not look like an e-mail address")
        )
    if a.citizenship is not None and not is_country_code(a.citizenship):
        problems.append(
            Problem("applicant.citizenship", f"{a.citizenship!r} is not a country code")
        )
    _check_range(
        problems, "target_match_year", profile.target_match_year, MATCH_YEAR_RANGE, "Match year"
    )
    s = profile.school
    if s.country is not None and not is_country_code(s.country):
        problems.append(Problem("school.country", f"{s.country!r} is not a country code"))
    if (
        s.directory_id is not None
        and s.directory_id.strip()
        and not is_directory_id(s.directory_id)
    ):
        problems.append(
            Problem("school.directory_id", "a World Directory ID is F followed by 7 digits")
        )
    e = profile.education
    _check_date(problems, "education.graduation_date", e.graduation_date, today)
    if (
        today is not None
        and e.status == "graduate"
        and e.graduation_date is not None
        and e.graduation_date > today
    ):
        problems.append(
            Problem(
                "education.graduation_date",
                f"a graduate's graduation date ({e.graduation_date.isoformat()}) cannot be after "
                f"the assessment date ({today.isoformat()})",
            )
        )
    _check_range(
        problems, "education.credit_years", e.credit_years, CREDIT_YEARS_RANGE, "Credit years"
    )
    _check_range(
        problems,
        "education.transferred_credit_years",
        e.transferred_credit_years,
        CREDIT_YEARS_RANGE,
        "Transferred credit years",
    )
    x = profile.exams
    for name, exam in (("step1", x.step1), ("step2_ck", x.step2_ck), ("step2_cs", x.step2_cs)):
        path = f"exams.{name}"
        _check_date(problems, f"{path}.date", exam.date, today)
        attempts = getattr(exam, "attempts", None)
        _check_range(problems, f"{path}.attempts", attempts, ATTEMPTS_RANGE, "Attempts")
    _check_range(
        problems, "exams.step2_ck.score", x.step2_ck.score, STEP2_CK_SCORE_RANGE, "Step 2 CK score"
    )
    c = profile.clinical_skills
    if c.pathway is not None and c.pathway not in PATHWAYS:
        problems.append(Problem("clinical_skills.pathway", f"there is no Pathway {c.pathway}; 1–6"))
    _check_range(
        problems, "clinical_skills.pathway_cycle", c.pathway_cycle, MATCH_YEAR_RANGE, "Cycle"
    )
    for i, sitting in enumerate(c.oet):
        path = f"clinical_skills.oet[{i}]"
        _check_date(problems, f"{path}.test_date", sitting.test_date, today)
        for sub in OET_SUBTESTS:
            _check_range(
                problems,
                f"{path}.{sub}",
                getattr(sitting, sub),
                OET_SUBTEST_RANGE,
                sub.capitalize(),
            )
    return problems


def is_usmle_id(text: str) -> bool:
    """True for an 8-digit USMLE ID (the format on score reports, e.g. 5-123-456-7)."""
    digits = text.replace("-", "").replace(" ", "")
    return len(digits) == 8 and digits.isascii() and digits.isdigit()


def is_directory_id(text: str) -> bool:
    """True for a World Directory school ID: F followed by seven digits (F0000578)."""
    t = text.strip()
    return len(t) == 8 and t[0] in "Ff" and t[1:].isascii() and t[1:].isdigit()


def _looks_like_email(text: str) -> bool:
    local, at, domain = text.strip().rpartition("@")
    return bool(at and local and "." in domain and " " not in text.strip())


def is_country_code(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code known to pycountry (plus ROR's territory codes)."""
    import pycountry  # lazy: 20 ms, only needed when a code is given

    return len(code) == 2 and pycountry.countries.get(alpha_2=code.upper()) is not None
