"""Medical education credentials and the application: credit years, diploma, transcript,
translations, the name on each document, and the Application for ECFMG Certification.

The diploma and the transcript are judged from their documents' status histories when the
applicant keeps them (profile v2), else from the v1 answers ("in hand", "sent").
"""

from __future__ import annotations

import datetime as dt

from app.checklist import ChecklistItem, Status
from app.engine.documents import DocumentState, state_line, states_of_kind
from app.engine.items import ItemId
from app.engine.names import Likeness, NameCheck, NameFinding, check_names
from app.engine.verdicts import verdict
from app.profile import Profile
from app.rules import Rule, RulesError, Ruleset


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
    from_documents = _verification_item(profile, ruleset, as_of, item, "diploma")
    if from_documents is not None:
        return from_documents
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
    from_documents = _verification_item(profile, ruleset, as_of, item, "transcript")
    if from_documents is not None:
        return from_documents
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


# ---------------------------------------------------------------------------------------------
# Verification, from the documents' status histories


def _rule(ruleset: Ruleset, rule_id: str, fallback_id: str) -> Rule:
    """A rule added with profile v2; an imported ruleset written before it falls back to the
    older rule the item rested on."""
    try:
        return ruleset.get(rule_id)
    except RulesError:
        return ruleset.get(fallback_id)


_NOUNS = {"diploma": "final diploma", "transcript": "final transcript"}


def _verification_item(
    profile: Profile, ruleset: Ruleset, as_of: dt.date, item: ItemId, kind: str
) -> ChecklistItem | None:
    """The item judged from the documents of ``kind`` that have a status on ``as_of``; None when
    there is none (the v1 answers decide)."""
    states = [s for s in states_of_kind(profile, kind, as_of) if s.current is not None]
    if not states:
        return None
    rule = _rule(ruleset, "credentials.verification", f"credentials.{kind}")
    noun = _NOUNS[kind]
    rejected = [s for s in states if s.status == "rejected"]
    if rejected:
        given = [s for s in rejected if s.current and (s.current.reason or "").strip()]
        next_step = (
            "Correct what ECFMG names, then resubmit it and record the resubmission under "
            "Documents and IDs."
            if len(given) == len(rejected)
            else "Ask ECFMG for the reason, correct it, then resubmit it and record the "
            "resubmission under Documents and IDs."
        )
        return verdict(
            item,
            Status.NOT_MET,
            "; ".join(f"ECFMG rejected your {noun} {_when(s)}" for s in rejected) + ".",
            rule,
            next_step,
        )
    if all(s.status == "verified" for s in states):
        return verdict(
            item,
            Status.MET,
            f"ECFMG verified your {noun} " + " and ".join(_when(s) for s in states) + ".",
            rule,
        )
    open_states = [s for s in states if s.status != "verified"]
    if any(s.status == "not_sent" for s in open_states):
        next_step = "Upload it to ECFMG and record the date under Documents and IDs."
    else:
        next_step = (
            "ECFMG follows up with your school; if the wait seems long, ask your school "
            "whether it has answered ECFMG."
        )
    return verdict(
        item,
        Status.PENDING,
        f"Your {noun} is not verified yet: " + "; ".join(_stand(s) for s in open_states) + ".",
        rule,
        next_step,
    )


def _when(state: DocumentState) -> str:
    """'on 2025-06-01 (case C-1): the seal is missing' for a verified or rejected document."""
    entry = state.current
    text = f"on {entry.date.isoformat()}" if entry and entry.date else ""
    case = (state.document.case_number or "").strip()
    if case:
        text += f" (case {case})"
    if entry is not None and entry.status == "rejected":
        # The reason as written, less its full stop: the sentence adds one.
        reason = " ".join((entry.reason or "").split()).rstrip(".")
        text += f": {reason}" if reason else ", with no reason recorded"
    return text


def _stand(state: DocumentState) -> str:
    case = (state.document.case_number or "").strip()
    line = state_line(state)
    line = line[0].lower() + line[1:] if line else line
    return f"{line} (case {case})" if case else line


# ---------------------------------------------------------------------------------------------
# The name on each document


def name_consistency_item(profile: Profile, ruleset: Ruleset) -> ChecklistItem:
    """The name of record against the passport's and each document's name (app.engine.names).
    With no document entered it asks for them: unknown is never failure."""
    rule = _rule(ruleset, "credentials.name_match", "credentials.transcript")
    item = ItemId.NAME_CONSISTENCY
    if not profile.documents:
        return verdict(
            item,
            Status.NEEDS_INFO,
            "No documents are entered yet, so your name cannot be compared across them.",
            rule,
            "Under Documents and IDs, add your passport, diploma and transcript, each with "
            "your name exactly as printed on it.",
        )
    check = check_names(profile)
    if check.record_name is None:
        return verdict(
            item,
            Status.NEEDS_INFO,
            "Your name as on your passport is not given yet.",
            rule,
            "Type your full name exactly as on your passport, or add your passport with the "
            "name printed on it.",
        )
    return _name_verdict(profile, check, rule)


def _name_verdict(profile: Profile, check: NameCheck, rule: Rule) -> ChecklistItem:
    item = ItemId.NAME_CONSISTENCY
    compared = [f for f in check.findings if f.comparison is not None]
    unnamed = [f for f in check.findings if f.index is not None and f.name is None]

    def likeness(finding: NameFinding) -> Likeness | None:
        return finding.comparison.likeness if finding.comparison else None

    def is_passport(finding: NameFinding) -> bool:
        return finding.kind == "passport"

    different = [f for f in compared if likeness(f) is Likeness.DIFFERENT]
    unexplained = [f for f in different if is_passport(f) or not f.name_proof]
    explained = [f for f in different if f not in unexplained]
    uncertain = [
        f
        for f in compared
        if likeness(f) is Likeness.UNCERTAIN and not _translation_confirms(profile, check, f)
    ]
    variants = [f for f in compared if likeness(f) is Likeness.VARIANT]
    settled = [f for f in compared if likeness(f) is Likeness.UNCERTAIN and f not in uncertain]
    record = f"‘{check.record_name}’ ({check.record_from})"
    if unexplained:
        steps = []
        if any(is_passport(f) for f in unexplained):
            steps.append(
                "Your name of record must match your current passport exactly: correct the name "
                "you typed, or ask ECFMG to change your name of record."
            )
        credentials = [f.label for f in unexplained if not is_passport(f)]
        if credentials:
            steps.append(
                f"Send ECFMG documentation that the name on your {_and(credentials)} is (or was) "
                "yours (a marriage certificate, a court order), and note it as the proof of name."
            )
        return verdict(
            item,
            Status.NOT_MET,
            f"Your name differs from {record}: "
            + "; ".join(_finding(f) for f in unexplained)
            + ".",
            rule,
            " ".join(steps),
        )
    application_missing = any(f.index is None and f.name is None for f in check.findings)
    if unnamed or uncertain or application_missing:
        parts = []
        if application_missing:
            parts.append("your full name for the application is not typed yet")
        if unnamed:
            parts.append(f"the name on your {_and([f.label for f in unnamed])} is not given yet")
        parts.extend(_finding(f) for f in uncertain)
        next_step = "Type each name exactly as printed (your own as on your passport)."
        if uncertain:
            next_step += (
                " For a document in another script, add its English translation with the name "
                "as printed on the translation: ECFMG compares that one."
            )
        return verdict(
            item,
            Status.NEEDS_INFO,
            f"Your name could not be compared everywhere with {record}: " + "; ".join(parts) + ".",
            rule,
            next_step,
        )
    reason = f"Your name matches {record} on " + _count(len(compared)) + "."
    if variants:
        reason += " Written differently: " + "; ".join(_finding(f, False) for f in variants)
        reason += "."
    if settled:
        reason += (
            " Compared through the translation: "
            + "; ".join(f"{f.label} ‘{f.name}’" for f in settled)
            + "."
        )
    if explained:
        reason += (
            " Explained: "
            + "; ".join(f"{_finding(f)}, proved by {f.name_proof}" for f in explained)
            + "."
        )
    next_step = ""
    if explained:
        next_step = "Send ECFMG the proof of name with each of those documents."
    elif any(
        "initial" in note or "left out" in note or "added" in note
        for f in variants
        for note in (f.comparison.notes if f.comparison else ())
    ):
        next_step = (
            "ECFMG asks for documentation when a name is not exactly the same (initials, a word "
            "left out): keep proof that it is your name ready."
        )
    return verdict(item, Status.MET, reason, rule, next_step)


def _translation_confirms(profile: Profile, check: NameCheck, finding: NameFinding) -> bool:
    """A diploma or transcript in another script is settled by its translation's name."""
    if finding.index is None:
        return False
    kind = profile.documents[finding.index].kind
    translations = [
        f
        for f in check.findings
        if f.index is not None and profile.documents[f.index].kind == f"{kind}_translation"
    ]
    return any(
        f.comparison is not None
        and (
            f.comparison.likeness in (Likeness.SAME, Likeness.VARIANT)
            or (f.comparison.likeness is Likeness.DIFFERENT and f.name_proof)
        )
        for f in translations
    )


def _finding(finding: NameFinding, head: bool = True) -> str:
    """'Final medical diploma ‘Fatima Khan’: a different name: ‘Khan’ instead of ‘Ahmed’';
    without ``head``, only what differs ('…: initial ‘M’ for ‘Mohammed’')."""
    comparison = finding.comparison
    if comparison is None:
        summary = "not compared"
    elif head or not comparison.notes:
        summary = comparison.summary
    else:
        summary = "; ".join(comparison.notes)
    return f"{finding.label} ‘{finding.name}’: {summary}"


def _and(words: list[str]) -> str:
    lowered = [w[0].lower() + w[1:] if not w.startswith("OET") else w for w in words]
    unique = list(dict.fromkeys(lowered))
    return unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + " and " + unique[-1]


def _count(documents: int) -> str:
    return "1 document" if documents == 1 else f"{documents} documents"
