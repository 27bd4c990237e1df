"""The applicant profile: plain dataclasses, the JSON format v2 at its edges (v1 files are still
read and upgraded), and validation.

Every field may be ``None``: that means "not answered yet", never "no". Validation returns every
problem at once, each naming its field path (``exams.step2_ck.score``) in the user's words.
Version 2 adds the applicant's other identifiers (``identifiers``) and the list of documents,
each with its status history (``documents[0].history[1].date``); a v1 file is a v2 file without
them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from app.i18n import ENGLISH, N_, _, format_date, language
from app.world_directory import is_directory_id as is_directory_id  # its home before

FORMAT_NAME = "img-readiness-profile"
FORMAT_VERSION = 2
# Versions this app reads; every one is upgraded to FORMAT_VERSION on reading (v1 -> v2 renames
# nothing: v2 only adds fields), and files are always written as FORMAT_VERSION.
READABLE_VERSIONS: tuple[int, ...] = (1, 2)

ExamResult = Literal["pass", "fail", "scheduled", "not_taken"]
CsResult = Literal["pass", "fail", "not_taken"]
EducationStatus = Literal["student", "graduate"]
PathwayStatus = Literal["not_started", "applied", "approved", "rejected"]

EXAM_RESULTS: tuple[str, ...] = ("pass", "fail", "scheduled", "not_taken")
CS_RESULTS: tuple[str, ...] = ("pass", "fail", "not_taken")
EDUCATION_STATUSES: tuple[str, ...] = ("student", "graduate")
PATHWAY_STATUSES: tuple[str, ...] = ("not_started", "applied", "approved", "rejected")
PATHWAYS: tuple[int, ...] = (1, 2, 3, 4, 5, 6)

# The documents an applicant keeps track of (v2), in the order every surface lists them.
DocumentKind = Literal[
    "passport",
    "diploma",
    "diploma_translation",
    "transcript",
    "transcript_translation",
    "licence",
    "pathway_attestation",
    "oet_score_report",
]
DOCUMENT_KINDS: tuple[str, ...] = get_args(DocumentKind)
# In English (N_); shown through _() (app.engine.documents.kind_label).
DOCUMENT_KIND_LABELS: dict[str, str] = {
    "passport": N_("Passport"),
    "diploma": N_("Final medical diploma"),
    "diploma_translation": N_("English translation of the diploma"),
    "transcript": N_("Final medical school transcript"),
    "transcript_translation": N_("English translation of the transcript"),
    "licence": N_("Medical licence (Pathway 1)"),
    "pathway_attestation": N_("Pathway attestation"),
    "oet_score_report": N_("OET score report shared with ECFMG"),
}
# Where a document stands, in the order it usually moves (a rejected one is resubmitted).
DocumentStatus = Literal[
    "not_sent", "uploaded", "sent_to_school", "verified", "rejected", "resubmitted"
]
DOCUMENT_STATUSES: tuple[str, ...] = (
    "not_sent",
    "uploaded",
    "sent_to_school",
    "verified",
    "rejected",
    "resubmitted",
)
# In English (N_); shown through _() (app.engine.documents.status_label).
DOCUMENT_STATUS_LABELS: dict[str, str] = {
    # Translators: a document's status.
    "not_sent": N_("Not yet sent"),
    # Translators: a document's status.
    "uploaded": N_("Uploaded"),
    "sent_to_school": N_("Sent to the school for verification"),
    # Translators: a document's status.
    "verified": N_("Verified"),
    # Translators: a document's status.
    "rejected": N_("Rejected"),
    # Translators: a document's status.
    "resubmitted": N_("Resubmitted"),
}
MAX_DOCUMENTS = 50
MAX_STATUS_ENTRIES = 100

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
# Translators: the four OET sub-tests, as OET names them.
OET_SUBTEST_NAMES: dict[str, str] = {
    "listening": N_("Listening"),
    "reading": N_("Reading"),
    "writing": N_("Writing"),
    "speaking": N_("Speaking"),
}
MAX_OET_SITTINGS = 100

# The longest answer each text field takes, in characters (README, "Profile file format"); more
# is a paste gone wrong. School name and city match the schools a user records or imports.
TEXT_LIMITS: dict[str, int] = {
    "applicant.full_name": 200,
    "applicant.usmle_id": 20,
    "identifiers.intealth_id": 30,
    "identifiers.epic_id": 30,
    "identifiers.aamc_id": 20,
    "identifiers.nrmp_id": 30,
    "applicant.email": 254,
    "applicant.citizenship": 10,
    "school.name": 300,
    "school.country": 10,
    "school.city": 200,
    "school.directory_id": 20,
    "school.sponsor_note": 20_000,
    "education.diploma_title": 300,
}
# The same for each document of the list, and each entry of its status history.
DOCUMENT_TEXT_LIMITS: dict[str, int] = {
    "name_as_printed": 200,
    "language": 40,
    "case_number": 40,
    "name_proof": 300,
}
STATUS_TEXT_LIMITS: dict[str, int] = {"reason": 1000}
# Text fields that may hold line breaks and tabs; every other one is a single line. A rejection's
# reason is often pasted from an e-mail.
MULTILINE_FIELDS = frozenset({"school.sponsor_note", "reason"})
# A whole number in a profile has at most a few digits; JSON numbers longer than this (Python
# would refuse to convert one of 4,300 digits) are kept as UnreadableNumber, and refused.
MAX_NUMBER_DIGITS = 30
# How much of a bad value an error line repeats.
ECHO_CHARS = 40

# What an error line calls a field in a language other than English (before its path, which is
# how the field is found in the file; English shows the path alone). Paths inside lists read
# ``[]`` for the index: ``documents[].history[].date``.
FIELD_LABELS: dict[str, str] = {
    "profile": N_("Profile"),
    "format": N_("File format"),
    "version": N_("Format version"),
    "applicant": N_("Applicant"),
    "applicant.full_name": N_("Full name"),
    "applicant.usmle_id": N_("USMLE ID"),
    "applicant.email": N_("E-mail address"),
    "applicant.citizenship": N_("Citizenship"),
    "identifiers": N_("Identifiers"),
    "identifiers.intealth_id": N_("MyIntealth ID"),
    "identifiers.epic_id": N_("EPIC ID"),
    "identifiers.aamc_id": N_("AAMC ID"),
    "identifiers.nrmp_id": N_("NRMP ID"),
    "target_match_year": N_("Target Match year"),
    "school": N_("Medical school"),
    "school.name": N_("School name"),
    "school.country": N_("School country"),
    "school.city": N_("School city"),
    "school.directory_id": N_("World Directory ID"),
    "school.canadian": N_("Canadian school"),
    "school.sponsor_note": N_("ECFMG sponsor note"),
    "education": N_("Education"),
    "education.status": N_("Student or graduate"),
    "education.graduation_date": N_("Graduation date"),
    "education.credit_years": N_("Years of credit"),
    "education.transferred_credit_years": N_("Transferred years of credit"),
    "education.diploma_title": N_("Diploma title"),
    "education.diploma_received": N_("Diploma received"),
    "education.transcript_received": N_("Transcript received"),
    "education.documents_in_english": N_("Documents in English"),
    "education.translations_ready": N_("Translations ready"),
    "exams": N_("Exams"),
    "exams.step1": N_("Step 1"),
    "exams.step1.result": N_("Step 1 result"),
    "exams.step1.date": N_("Step 1 date"),
    "exams.step1.attempts": N_("Step 1 attempts"),
    "exams.step2_ck": N_("Step 2 CK"),
    "exams.step2_ck.result": N_("Step 2 CK result"),
    "exams.step2_ck.score": N_("Step 2 CK score"),
    "exams.step2_ck.date": N_("Step 2 CK date"),
    "exams.step2_ck.attempts": N_("Step 2 CK attempts"),
    "exams.step2_cs": N_("Step 2 CS"),
    "exams.step2_cs.result": N_("Step 2 CS result"),
    "exams.step2_cs.date": N_("Step 2 CS date"),
    "clinical_skills": N_("Clinical and communication skills"),
    "clinical_skills.pathway": N_("Pathway"),
    "clinical_skills.pathway_status": N_("Pathway application status"),
    "clinical_skills.pathway_cycle": N_("Pathway cycle (Match year)"),
    "clinical_skills.oet": N_("OET sittings"),
    "clinical_skills.oet[]": N_("OET sitting"),
    "clinical_skills.oet[].test_date": N_("OET test date"),
    "clinical_skills.oet[].listening": N_("OET Listening score"),
    "clinical_skills.oet[].reading": N_("OET Reading score"),
    "clinical_skills.oet[].writing": N_("OET Writing score"),
    "clinical_skills.oet[].speaking": N_("OET Speaking score"),
    "application": N_("ECFMG application"),
    "application.ecfmg_application_submitted": N_("ECFMG application submitted"),
    "documents": N_("Documents"),
    "documents[]": N_("Document"),
    "documents[].kind": N_("Kind of document"),
    "documents[].name_as_printed": N_("Name as printed on the document"),
    "documents[].language": N_("Language of the document"),
    "documents[].case_number": N_("Case number"),
    "documents[].name_proof": N_("Proof of name"),
    "documents[].history": N_("Status history"),
    "documents[].history[]": N_("Status entry"),
    "documents[].history[].status": N_("Document status"),
    "documents[].history[].date": N_("Date of the status"),
    "documents[].history[].reason": N_("Reason or note"),
}
_INDEX = re.compile(r"\[\d+\]")


def field_label(path: str) -> str:
    """The field an error line names: its path (``exams.step2_ck.score``) in English, as
    always; in another language its translated name, then the path to find it by in the file.
    A path this table does not know (an option, a file name) is shown as it is."""
    if language() == ENGLISH:
        return path
    label = FIELD_LABELS.get(_INDEX.sub("[]", path))
    if label is None:
        return path
    # Translators: an error line's field: {label} is its name, {path} where it is in the file.
    return _("{label} ({path})").format(label=_(label), path=path)


def count_text(number: int) -> str:
    """A whole number for a message: 4,300 in English; the locale's grouping elsewhere, in
    Western digits (Arabic too, as the documents the applicant holds)."""
    if language() == ENGLISH:
        return f"{number:,}"
    from babel.numbers import format_decimal  # lazy: only for a translation

    return format_decimal(number, locale=language(), numbering_system="latn")


@dataclass
class Applicant:
    """Who the applicant is, as the ECFMG record names them."""

    full_name: str | None = None  # as on the passport: the name of the ECFMG record
    usmle_id: str | None = None
    email: str | None = None
    citizenship: str | None = None  # ISO 3166-1 alpha-2


@dataclass
class Identifiers:
    """v2: the identifiers an applicant is given on the way besides the USMLE ID (which stays in
    ``applicant``, where v1 has it). Formats: is_aamc_id, and README "Profile file format"."""

    intealth_id: str | None = None  # MyIntealth ID
    epic_id: str | None = None
    aamc_id: str | None = None  # ERAS / AAMC ID, 8 digits
    nrmp_id: str | None = None


@dataclass
class School:
    """The medical school that grants (or granted) the diploma."""

    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    city: str | None = None
    directory_id: str | None = None  # World Directory id, "F" + 7 digits
    canadian: bool | None = None
    # As shown on the World Directory listing; "" = listing has no ECFMG note; None = unchecked.
    sponsor_note: str | None = None


@dataclass
class Education:
    """Where the applicant is in medical school, and the diploma's title."""

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
    """USMLE Step 1: the result, its date and the attempts."""

    result: ExamResult | None = None
    date: dt.date | None = None
    attempts: int | None = None


@dataclass
class Step2CK:
    """USMLE Step 2 CK: the result, the score, its date and the attempts."""

    result: ExamResult | None = None
    score: int | None = None
    date: dt.date | None = None
    attempts: int | None = None


@dataclass
class Step2CS:
    """USMLE Step 2 CS (discontinued in 2021): a result that still counts."""

    result: CsResult | None = None
    date: dt.date | None = None


@dataclass
class Exams:
    """The USMLE exams ECFMG Certification asks for."""

    step1: Step1 = field(default_factory=Step1)
    step2_ck: Step2CK = field(default_factory=Step2CK)
    step2_cs: Step2CS = field(default_factory=Step2CS)


@dataclass
class OetSitting:
    """One sitting of OET Medicine: its date and the four subtest scores."""

    test_date: dt.date | None = None
    listening: int | None = None
    reading: int | None = None
    writing: int | None = None
    speaking: int | None = None


@dataclass
class ClinicalSkills:
    """The clinical and communication skills requirement: the Pathway and OET."""

    pathway: int | None = None
    pathway_status: PathwayStatus | None = None
    # Match year of the Pathways cycle applied for (an addition to v1); None = target Match year.
    pathway_cycle: int | None = None
    oet: list[OetSitting] = field(default_factory=list)


@dataclass
class Application:
    """The applicant's ECFMG application itself."""

    ecfmg_application_submitted: bool | None = None


@dataclass
class StatusEntry:
    """One dated step of a document's history (v2)."""

    status: DocumentStatus | None = None
    date: dt.date | None = None
    reason: str | None = None  # the reason given for a rejection (a note for other steps)


@dataclass
class Document:
    """A document the applicant sends or keeps for ECFMG (v2); its history is kept as entered."""

    kind: DocumentKind | None = None
    name_as_printed: str | None = None  # the applicant's name exactly as printed on it
    language: str | None = None  # as the applicant names it: "English", "Arabic", "es"
    case_number: str | None = None  # EPIC or ECFMG case number
    # The document that proves the name printed here is (or was) the applicant's own, when it
    # differs from the record (a marriage certificate, a court order).
    name_proof: str | None = None
    history: list[StatusEntry] = field(default_factory=list)


@dataclass
class Profile:
    """Everything one applicant has answered: what the rules are checked against."""

    applicant: Applicant = field(default_factory=Applicant)
    target_match_year: int | None = None
    school: School = field(default_factory=School)
    education: Education = field(default_factory=Education)
    exams: Exams = field(default_factory=Exams)
    clinical_skills: ClinicalSkills = field(default_factory=ClinicalSkills)
    application: Application = field(default_factory=Application)
    identifiers: Identifiers = field(default_factory=Identifiers)
    documents: list[Document] = field(default_factory=list)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: where (a field path) and what, in the user's words."""

    field: str
    message: str

    def __str__(self) -> str:
        # Translators: an error line: {field} names the field (or option, or file), {message}
        # says what is wrong with it.
        return _("{field}: {message}").format(field=field_label(self.field), message=self.message)


@dataclass(frozen=True)
class UnreadableNumber:
    """A JSON number that no field can hold: NaN, Infinity, 1e400, or an integer of more than
    MAX_NUMBER_DIGITS digits. The JSON reader keeps it in place so validation names its field."""

    text: str

    def problem(self) -> str:
        if self.text.lstrip("-") in ("NaN", "Infinity"):
            return _("{value} is not a number").format(value=self.text)
        digits = len(self.text.lstrip("-"))
        if digits > MAX_NUMBER_DIGITS and self.text.lstrip("-").isdigit():
            return _("a number of {count} digits is far too large to be right").format(
                count=count_text(digits)
            )
        return _("{value} is far too large a number to be right").format(
            value=brief(self.text, quote=False)
        )

    def __repr__(self) -> str:
        return brief(self.text, quote=False)


def brief(value: object, limit: int = ECHO_CHARS, quote: bool = True) -> str:
    """A bad value for an error line: its repr (control characters and lone surrogates escaped)
    cut to ``limit`` characters and "…"; a huge integer is described, never converted."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        digits = int(value.bit_length() * math.log10(2)) + 1
        return _("a number of about {count} digits").format(count=count_text(digits))
    if isinstance(value, str):
        text = repr(value[: limit + 1]) if quote else value[: limit + 1]
        if len(value) > limit:
            return (text[: limit + 1] if quote else text[:limit]) + "…"
        return text
    if isinstance(value, list | dict):
        return _("a list") if isinstance(value, list) else _("an object")
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


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
        "identifiers": Identifiers,
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
# Choices of fields inside lists, whose paths carry an index: by (class, field name).
_LISTED_CHOICES: dict[tuple[type, str], tuple[str, ...]] = {
    (Document, "kind"): DOCUMENT_KINDS,
    (StatusEntry, "status"): DOCUMENT_STATUSES,
}
# The lists a profile holds: (class, field) -> (item class, most items read, what to say when
# the value is not a list, and when it lists too many).
_LISTS: dict[tuple[type, str], tuple[type, int, str, str]] = {
    (ClinicalSkills, "oet"): (
        OetSitting,
        MAX_OET_SITTINGS,
        N_("must be a list of OET sittings"),
        N_("lists {count} sittings; at most {most} are read"),
    ),
    (Profile, "documents"): (
        Document,
        MAX_DOCUMENTS,
        N_("must be a list of documents"),
        N_("lists {count} documents; at most {most} are read"),
    ),
    (Document, "history"): (
        StatusEntry,
        MAX_STATUS_ENTRIES,
        N_("must be a list of status entries"),
        N_("lists {count} entries; at most {most} are read"),
    ),
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
        raise ValueError(
            _("{value} is not a date in the form YYYY-MM-DD").format(value=brief(text))
        )
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            _("{value} is not a real calendar date").format(value=brief(text))
        ) from None


def _convert(
    path: str, name: str, value: Any, problems: list[Problem], owner: type | None = None
) -> Any:
    if value is None:
        return None
    if isinstance(value, UnreadableNumber):
        problems.append(Problem(path, value.problem()))
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
        problems.append(
            Problem(path, _("must be true or false, not {value}").format(value=brief(value)))
        )
        return None
    if name in _INT_FIELDS:
        if isinstance(value, bool) or not isinstance(value, int | float):
            problems.append(
                Problem(path, _("must be a whole number, not {value}").format(value=brief(value)))
            )
            return None
        if isinstance(value, float) and not value.is_integer():
            problems.append(
                Problem(path, _("must be a whole number, not {value}").format(value=brief(value)))
            )
            return None
        if isinstance(value, int) and value.bit_length() > 100:
            problems.append(
                Problem(path, _("{value} is far too large to be right").format(value=brief(value)))
            )
            return None
        return int(value)
    if name in _NUMBER_FIELDS:
        if isinstance(value, bool) or not isinstance(value, int | float):
            problems.append(
                Problem(path, _("must be a number, not {value}").format(value=brief(value)))
            )
            return None
        if isinstance(value, int) and value.bit_length() > 64:
            problems.append(
                Problem(path, _("{value} is far too large to be right").format(value=brief(value)))
            )
            return None
        if not math.isfinite(value):
            problems.append(Problem(path, _("{value} is not a number").format(value=brief(value))))
            return None
        return float(value)
    if not isinstance(value, str):
        problems.append(Problem(path, _("must be text, not {value}").format(value=brief(value))))
        return None
    choices = _CHOICES.get(path) or (_LISTED_CHOICES.get((owner, name)) if owner else None)
    if choices is not None and value not in choices:
        problems.append(
            Problem(
                path,
                _("{value} is not one of: {choices}").format(
                    value=brief(value), choices=", ".join(choices)
                ),
            )
        )
        return None
    return value


def _read_object(cls: type, data: Any, prefix: str, problems: list[Problem]) -> Any:
    if data is None:
        return cls()
    if not isinstance(data, dict):
        problems.append(Problem(prefix or "profile", _("must be an object with named fields")))
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
        elif (cls, name) in _LISTS:
            kwargs[name] = _read_list(_LISTS[(cls, name)], value, path, problems)
        else:
            kwargs[name] = _convert(path, name, value, problems, cls)
    return cls(**kwargs)


def _read_list(
    listed: tuple[type, int, str, str], value: Any, path: str, problems: list[Problem]
) -> list[Any]:
    item_cls, most, not_a_list, too_many = listed
    if value is None:
        return []
    if not isinstance(value, list):
        problems.append(Problem(path, _(not_a_list)))
        return []
    if len(value) > most:
        message = _(too_many).format(count=count_text(len(value)), most=most)
        problems.append(Problem(path, message))
        value = value[:most]
    return [_read_object(item_cls, item, f"{path}[{i}]", problems) for i, item in enumerate(value)]


def profile_from_dict(data: Any, today: dt.date | None) -> Profile:
    """Read a profile JSON document of version 1 or 2 (already parsed, upgraded to v2 as it is
    read); raises ProfileError listing every problem.

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
        return Profile(), [Problem("profile", _("must be a JSON object"))]
    if data.get("format") != FORMAT_NAME:
        problems.append(
            Problem(
                "format",
                _("must be {expected}, not {value}").format(
                    expected=repr(FORMAT_NAME), value=brief(data.get("format"))
                ),
            )
        )
    version = data.get("version")
    if isinstance(version, bool) or version not in READABLE_VERSIONS:
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            message = _(
                "version {version} was written by a newer IMG Readiness; "
                "this version reads versions {versions}"
            ).format(version=version, versions=_versions_read())
        else:
            message = _("must be {expected}, not {value}").format(
                expected=_versions_read(), value=brief(version)
            )
        problems.append(Problem("version", message))
    profile = _read_object(Profile, upgraded(data), "", problems)
    unreadable = {p.field for p in problems}  # one message per field: why it could not be read
    problems.extend(p for p in validate(profile, today) if p.field not in unreadable)
    return profile, problems


def _versions_read() -> str:
    """'1 or 2'."""
    *first, last = (str(v) for v in READABLE_VERSIONS)
    if not first:
        return last
    # Translators: the last two of a list of choices ("1, 2 or 3"; "1 or 2").
    return _("{first} or {last}").format(first=", ".join(first), last=last)


def upgraded(data: dict[str, Any]) -> dict[str, Any]:
    """A profile document of any readable version as a v2 document (a shallow copy). Version 1
    needs nothing renamed or moved: v2 only adds the identifiers and the documents list, which a
    v1 file does not have (``null`` and ``[]``: not answered yet)."""
    document = dict(data)
    if document.get("version") == 1:
        document["version"] = FORMAT_VERSION
    return document


def profile_to_dict(profile: Profile) -> dict[str, Any]:
    """The profile as a JSON v2 document: every field present, ``null`` where not answered."""

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
    """``what`` is the value's name, in English (N_), said in the language in use."""
    if value is not None and not bounds[0] <= value <= bounds[1]:
        if isinstance(value, int):
            shown: object = brief(value)
        else:
            shown = int(value) if math.isfinite(value) and value.is_integer() else value
        # Translators: {what} names the value ("Step 2 CK score"), {value} is the number given,
        # {low}–{high} the range a real value falls in.
        message = _("{what} {value} is outside the possible range {low}–{high}").format(
            what=_(what), value=shown, low=bounds[0], high=bounds[1]
        )
        problems.append(Problem(path, message))


def _check_date(
    problems: list[Problem], path: str, value: dt.date | None, today: dt.date | None
) -> None:
    if value is None:
        return
    if value < EARLIEST_DATE:
        message = _("{date} is too far in the past to be right")
        problems.append(Problem(path, message.format(date=format_date(value))))
    elif today is not None and value.year > today.year + MAX_YEARS_AHEAD:
        message = _("{date} is too far in the future to be right")
        problems.append(Problem(path, message.format(date=format_date(value))))


def validate(profile: Profile, today: dt.date | None) -> list[Problem]:
    """Every implausible value in the profile, each with its field path; empty when all is well.

    ``today`` is the assessment date; None leaves out the checks that depend on it. A result
    dated after it is not a problem of the input: the engine treats it as a booked exam."""
    problems = text_problems(profile)
    refused = {p.field for p in problems}
    a = profile.applicant
    if a.full_name is not None and not a.full_name.strip():
        problems.append(
            Problem("applicant.full_name", _("Type your full name: it cannot be empty."))
        )
    if (
        "applicant.usmle_id" not in refused
        and a.usmle_id is not None
        and a.usmle_id.strip()
        and not is_usmle_id(a.usmle_id)
    ):
        problems.append(
            Problem("applicant.usmle_id", _("a USMLE ID has 8 digits, like 5-123-456-7"))
        )
    aamc_id = profile.identifiers.aamc_id
    if (
        "identifiers.aamc_id" not in refused
        and aamc_id is not None
        and aamc_id.strip()
        and not is_aamc_id(aamc_id)
    ):
        problems.append(
            Problem("identifiers.aamc_id", _("an AAMC ID has 8 digits, like 12345678"))
        )
    if (
        "applicant.email" not in refused
        and a.email is not None
        and a.email.strip()
        and not _looks_like_email(a.email)
    ):
        problems.append(
            Problem(
                "applicant.email",
                _("{value} does not look like an e-mail address").format(value=brief(a.email)),
            )
        )
    if (
        "applicant.citizenship" not in refused
        and a.citizenship is not None
        and not is_country_code(a.citizenship)
    ):
        problems.append(
            Problem(
                "applicant.citizenship",
                _("{value} is not a country code").format(value=brief(a.citizenship)),
            )
        )
    _check_range(
        problems, "target_match_year", profile.target_match_year, MATCH_YEAR_RANGE, N_("Match year")
    )
    s = profile.school
    if "school.country" not in refused and s.country is not None and not is_country_code(s.country):
        problems.append(
            Problem(
                "school.country", _("{value} is not a country code").format(value=brief(s.country))
            )
        )
    if (
        "school.directory_id" not in refused
        and s.directory_id is not None
        and s.directory_id.strip()
        and not is_directory_id(s.directory_id)
    ):
        problems.append(
            Problem("school.directory_id", _("a World Directory ID is F followed by 7 digits"))
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
                _(
                    "a graduate's graduation date ({date}) cannot be after the assessment date "
                    "({as_of})"
                ).format(date=format_date(e.graduation_date), as_of=format_date(today)),
            )
        )
    _check_range(
        problems,
        "education.credit_years",
        e.credit_years,
        CREDIT_YEARS_RANGE,
        N_("Credit years"),
    )
    _check_range(
        problems,
        "education.transferred_credit_years",
        e.transferred_credit_years,
        CREDIT_YEARS_RANGE,
        N_("Transferred credit years"),
    )
    x = profile.exams
    for name, exam in (("step1", x.step1), ("step2_ck", x.step2_ck), ("step2_cs", x.step2_cs)):
        path = f"exams.{name}"
        _check_date(problems, f"{path}.date", exam.date, today)
        attempts = getattr(exam, "attempts", None)
        _check_range(problems, f"{path}.attempts", attempts, ATTEMPTS_RANGE, N_("Attempts"))
    _check_range(
        problems,
        "exams.step2_ck.score",
        x.step2_ck.score,
        STEP2_CK_SCORE_RANGE,
        N_("Step 2 CK score"),
    )
    c = profile.clinical_skills
    if c.pathway is not None and c.pathway not in PATHWAYS:
        problems.append(
            Problem(
                "clinical_skills.pathway",
                _("there is no Pathway {number}; 1–6").format(number=c.pathway),
            )
        )
    _check_range(
        problems,
        "clinical_skills.pathway_cycle",
        c.pathway_cycle,
        MATCH_YEAR_RANGE,
        # Translators: the Match year of the Pathways cycle applied for.
        N_("Cycle"),
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
                OET_SUBTEST_NAMES[sub],
            )
    problems.extend(_document_problems(profile, today))
    return problems


def _document_problems(profile: Profile, today: dt.date | None) -> list[Problem]:
    """Each status entry needs its date (a step without one cannot be placed in the history);
    dates must be plausible. A date after the assessment date is not a problem of the input: the
    engine judges a history as it stood on that date."""
    problems: list[Problem] = []
    for i, document in enumerate(profile.documents):
        for j, entry in enumerate(document.history):
            path = f"documents[{i}].history[{j}].date"
            if entry.date is None and entry.status is not None:
                problems.append(Problem(path, _("give the date this status was reached")))
            _check_date(problems, path, entry.date, today)
    return problems


def text_problems(profile: Profile) -> list[Problem]:
    """Text fields that are too long, are not valid Unicode (a lone surrogate), or hold a
    control character (C0, DEL, C1; a tab or line break only where MULTILINE_FIELDS allows)."""
    problems: list[Problem] = []
    for path, limit in TEXT_LIMITS.items():
        section, name = path.split(".")
        value = getattr(getattr(profile, section), name)
        if not isinstance(value, str):
            continue
        message = text_problem(value, limit, multiline=path in MULTILINE_FIELDS)
        if message:
            problems.append(Problem(path, message))
    for i, document in enumerate(profile.documents):
        owners: list[tuple[str, object, dict[str, int]]] = [
            (f"documents[{i}]", document, DOCUMENT_TEXT_LIMITS)
        ]
        owners += [
            (f"documents[{i}].history[{j}]", entry, STATUS_TEXT_LIMITS)
            for j, entry in enumerate(document.history)
        ]
        for prefix, owner, limits in owners:
            for name, limit in limits.items():
                value = getattr(owner, name)
                if not isinstance(value, str):
                    continue
                message = text_problem(value, limit, multiline=name in MULTILINE_FIELDS)
                if message:
                    problems.append(Problem(f"{prefix}.{name}", message))
    return problems


# Control characters (Unicode category Cc: C0, DEL and C1) and lone surrogates; the multi-line
# pattern lets tab, line feed and carriage return through.
_NOT_TEXT_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_NOT_TEXT_MULTILINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_HOLDS_CHARACTER = {
    "\t": N_("holds a tab, which cannot be kept in this field; remove it"),
    "\n": N_("holds a line break, which cannot be kept in this field; remove it"),
    "\r": N_("holds a line break, which cannot be kept in this field; remove it"),
}


def text_problem(value: str, limit: int, multiline: bool = False) -> str | None:
    """Why ``value`` cannot be kept as a text answer of at most ``limit`` characters, or None.
    Shared by the schools a user records (app/directory/user_schools.py)."""
    if len(value) > limit:
        return _("is {length} characters long; at most {limit} are allowed").format(
            length=count_text(len(value)), limit=count_text(limit)
        )
    found = (_NOT_TEXT_MULTILINE if multiline else _NOT_TEXT_ONE_LINE).search(value)
    if found is None:
        return None
    char = found.group()
    if "\ud800" <= char <= "\udfff":
        return _(
            "is not valid Unicode text (it holds a lone surrogate, {code}); type or paste it again"
        ).format(code=f"U+{ord(char):04X}")
    named = _HOLDS_CHARACTER.get(char)
    if named is not None:
        return _(named)
    return _(
        "holds a control character ({code}), which cannot be kept in this field; remove it"
    ).format(code=f"U+{ord(char):04X}")


def is_usmle_id(text: str) -> bool:
    """True for an 8-digit USMLE ID (the format on score reports, e.g. 5-123-456-7)."""
    digits = text.replace("-", "").replace(" ", "")
    return len(digits) == 8 and digits.isascii() and digits.isdigit()


def is_aamc_id(text: str) -> bool:
    """True for an 8-digit AAMC ID (the ERAS and NRMP identifier; spaces are ignored). The format
    is stated by third parties only (README, "Profile file format"); MyIntealth, EPIC and NRMP
    IDs have no published format, so any short text is taken for them."""
    digits = text.replace(" ", "")
    return len(digits) == 8 and digits.isascii() and digits.isdigit()


def _looks_like_email(text: str) -> bool:
    local, at, domain = text.strip().rpartition("@")
    return bool(at and local and "." in domain and " " not in text.strip())


# User-assigned codes in use for places ISO 3166-1 does not list: Kosovo's XK is used by ROR,
# the school list and the European Union, and schools in Kosovo are on the list.
USER_ASSIGNED_COUNTRY_CODES = frozenset({"XK"})


def is_country_code(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code known to pycountry, or Kosovo's XK."""
    if len(code) != 2:
        return False
    if code.upper() in USER_ASSIGNED_COUNTRY_CODES:
        return True
    import pycountry  # lazy: 20 ms, only needed when a code is given

    return pycountry.countries.get(alpha_2=code.upper()) is not None
