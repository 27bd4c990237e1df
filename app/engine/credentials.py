"""Medical education credentials and the application: credit years, diploma, transcript,
translations, and the Application for ECFMG Certification."""

from __future__ import annotations

import datetime as dt

from app.checklist import ChecklistItem, Status
from app.engine.items import ItemId
from app.engine.verdicts import verdict
from app.profile import Profile
from app.rules import Ruleset


def is_student(profile: Profile, as_of: dt.date) -> bool | None:
    """The status given, else judged from the graduation date; None when neither is given."""
    education = profile.education
    if education.status is not None:
        return education.status == "student"
    if education.graduation_date is not None:
        return education.graduation_date > as_of
    return None


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def credit_years_item(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> ChecklistItem:
    rule = ruleset.get("credentials.credit_years")
    item = ItemId.CREDIT_YEARS
    minimum = rule.params["minimum_credit_years"]
    credit = profile.education.credit_years
    transferred = profile.education.transferred_credit_years
    note = " ECFMG limits transferred credit; check yours." if transferred else ""
    if credit is None:
        return verdict(
            item,
            Status.NEEDS_INFO,
            "Your credit years are not given yet.",
            rule,
            "Tell us how many credit years of medical school you have (or will have).",
        )
    if credit >= minimum:
        return verdict(
            item,
            Status.MET,
            f"You have {_number(credit)} credit years; at least {minimum} are needed.",
            rule,
            note.strip(),
        )
    student = is_student(profile, as_of)
    if student:
        return verdict(
            item,
            Status.PENDING,
            f"You have {_number(credit)} credit years so far; you need at least {minimum} by "
            "graduation.",
            rule,
            note.strip(),
        )
    if student is None:
        return verdict(
            item,
            Status.NEEDS_INFO,
            f"You have {_number(credit)} credit years; at least {minimum} are needed by "
            "graduation.",
            rule,
            "Tell us whether you are a student or a graduate.",
        )
    return verdict(
        item,
        Status.NOT_MET,
        f"You have {_number(credit)} credit years; at least {minimum} are needed.",
        rule,
        ("Ask ECFMG how your education can be completed." + note).strip(),
    )


def diploma_item(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> ChecklistItem:
    rule = ruleset.get("credentials.diploma")
    item = ItemId.DIPLOMA
    education = profile.education
    title = (education.diploma_title or "").strip()
    lowered = " ".join(title.lower().split())
    for never in rule.params.get("never_eligible_titles", []):
        if never in lowered:
            return verdict(
                item,
                Status.NOT_MET,
                f"A diploma titled '{title}' is never eligible: degrees in {never} do not count.",
                rule,
                "Check the exact title; only a degree in clinical medicine counts.",
                blocking=True,
            )
    if education.diploma_received is not True and is_student(profile, as_of):
        return verdict(
            item,
            Status.PENDING,
            "You will receive your final diploma when you graduate.",
            rule,
            "ECFMG needs the final diploma, with the exact title of its Reference Guide.",
        )
    if education.diploma_received is None:
        return verdict(
            item,
            Status.NEEDS_INFO,
            "You have not said yet whether you have your final diploma.",
            rule,
            "Tell us whether you have received your final medical diploma.",
        )
    if education.diploma_received is False:
        return verdict(
            item,
            Status.PENDING,
            "Your final diploma has not reached you yet.",
            rule,
            "Ask your school when it will be issued.",
        )
    if not title:
        return verdict(
            item,
            Status.NEEDS_INFO,
            "You have your diploma; its exact title is not given yet.",
            rule,
            "Type the title exactly as printed on the diploma.",
        )
    return verdict(
        item,
        Status.MET,
        f"You have your final diploma, titled '{title}'.",
        rule,
        "ECFMG checks the title against its Reference Guide for your school and year.",
    )


def transcript_item(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> ChecklistItem:
    rule = ruleset.get("credentials.transcript")
    item = ItemId.TRANSCRIPT
    received = profile.education.transcript_received
    if received is True:
        return verdict(item, Status.MET, "Your final transcript is in.", rule)
    if received is False or is_student(profile, as_of):
        return verdict(
            item,
            Status.PENDING,
            "Your final transcript is not in yet.",
            rule,
            "ECFMG asks your school for it; make sure the school can send it.",
        )
    return verdict(
        item,
        Status.NEEDS_INFO,
        "You have not said yet whether your final transcript has been sent.",
        rule,
        "Tell us whether your final transcript has been sent.",
    )


def translations_item(profile: Profile, ruleset: Ruleset) -> ChecklistItem:
    rule = ruleset.get("credentials.translations")
    item = ItemId.TRANSLATIONS
    education = profile.education
    if education.documents_in_english is True:
        return verdict(
            item, Status.NOT_APPLICABLE, "Your diploma and transcript are in English.", rule
        )
    if education.documents_in_english is None:
        return verdict(
            item,
            Status.NEEDS_INFO,
            "You have not said yet whether your diploma and transcript are in English.",
            rule,
            "Tell us the language of your diploma and transcript.",
        )
    if education.translations_ready is True:
        return verdict(
            item, Status.MET, "Official English translations of your documents are ready.", rule
        )
    if education.translations_ready is False:
        return verdict(
            item,
            Status.NOT_MET,
            "Your documents are not in English and their official translations are not ready.",
            rule,
            "Have official English translations made of your diploma and transcript.",
        )
    return verdict(
        item,
        Status.NEEDS_INFO,
        "Your documents are not in English; you have not said yet whether their translations "
        "are ready.",
        rule,
        "Tell us whether official English translations are ready.",
    )


def application_item(profile: Profile, ruleset: Ruleset) -> ChecklistItem:
    rule = ruleset.get("application.submitted")
    item = ItemId.APPLICATION
    submitted = profile.application.ecfmg_application_submitted
    if submitted is True:
        return verdict(
            item, Status.MET, "You have submitted the Application for ECFMG Certification.", rule
        )
    if submitted is False:
        return verdict(
            item,
            Status.NOT_MET,
            "You have not submitted the Application for ECFMG Certification yet.",
            rule,
            "Submit it; you need it before you can apply for USMLE exams.",
        )
    return verdict(
        item,
        Status.NEEDS_INFO,
        "You have not said yet whether you have submitted the Application for ECFMG Certification.",
        rule,
        "Tell us whether you have submitted it.",
    )
