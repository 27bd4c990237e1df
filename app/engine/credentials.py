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
from app.engine.names import (
    Likeness,
    NameCheck,
    NameFinding,
    check_names,
    join_and,
    join_clauses,
    quoted,
)
from app.engine.verdicts import verdict
from app.i18n import ENGLISH, N_, _, format_date, language, ngettext, pgettext
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
    if language() != ENGLISH:
        from babel.numbers import format_decimal  # lazy: only for a translation

        return format_decimal(value, locale=language())
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _plural_count(value: float) -> int:
    """The count that picks a plural form: a whole number as it is; a fraction (4.5 years)
    takes the form of many, as in Spanish and Arabic."""
    return int(value) if float(value).is_integer() else 100


def credit_years_item(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> ChecklistItem:
    rule = ruleset.get("credentials.credit_years")
    item = ItemId.CREDIT_YEARS
    minimum = rule.params["minimum_credit_years"]
    credit = profile.education.credit_years
    transferred = profile.education.transferred_credit_years
    note = _("ECFMG limits transferred credit; check yours.") if transferred else ""
    if credit is None:
        return verdict(
            item,
            Status.NEEDS_INFO,
            _("Your credit years are not given yet."),
            rule,
            _("Tell us how many credit years of medical school you have (or will have)."),
        )
    count, shown = _plural_count(credit), _number(credit)
    if credit >= minimum:
        return verdict(
            item,
            Status.MET,
            ngettext(
                "You have {credit} credit years; at least {minimum} are needed.",
                "You have {credit} credit years; at least {minimum} are needed.",
                count,
            ).format(credit=shown, minimum=minimum),
            rule,
            note,
        )
    student = is_student(profile, as_of)
    if student:
        return verdict(
            item,
            Status.PENDING,
            ngettext(
                "You have {credit} credit years so far; you need at least {minimum} by graduation.",
                "You have {credit} credit years so far; you need at least {minimum} by graduation.",
                count,
            ).format(credit=shown, minimum=minimum),
            rule,
            note,
        )
    if student is None:
        return verdict(
            item,
            Status.NEEDS_INFO,
            ngettext(
                "You have {credit} credit years; at least {minimum} are needed by graduation.",
                "You have {credit} credit years; at least {minimum} are needed by graduation.",
                count,
            ).format(credit=shown, minimum=minimum),
            rule,
            _("Tell us whether you are a student or a graduate."),
        )
    return verdict(
        item,
        Status.NOT_MET,
        ngettext(
            "You have {credit} credit years; at least {minimum} are needed.",
            "You have {credit} credit years; at least {minimum} are needed.",
            count,
        ).format(credit=shown, minimum=minimum),
        rule,
        _(
            "Ask ECFMG how your education can be completed. ECFMG limits transferred credit; "
            "check yours."
        )
        if transferred
        else _("Ask ECFMG how your education can be completed."),
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
                # Translators: {title} is the diploma's title as typed; {field} the field of
                # study found in it, as the rules name it (stomatology, homeopathic…).
                _(
                    "A diploma titled '{title}' is never eligible: degrees in {field} do not count."
                ).format(title=title, field=never),
                rule,
                _("Check the exact title; only a degree in clinical medicine counts."),
                blocking=True,
            )
    from_documents = _verification_item(profile, ruleset, as_of, item, "diploma")
    if from_documents is not None:
        return from_documents
    if education.diploma_received is not True and is_student(profile, as_of):
        return verdict(
            item,
            Status.PENDING,
            _("You will receive your final diploma when you graduate."),
            rule,
            _("ECFMG needs the final diploma, with the exact title of its Reference Guide."),
        )
    if education.diploma_received is None:
        return verdict(
            item,
            Status.NEEDS_INFO,
            _("You have not said yet whether you have your final diploma."),
            rule,
            _("Tell us whether you have received your final medical diploma."),
        )
    if education.diploma_received is False:
        return verdict(
            item,
            Status.PENDING,
            _("Your final diploma has not reached you yet."),
            rule,
            _("Ask your school when it will be issued."),
        )
    if not title:
        return verdict(
            item,
            Status.NEEDS_INFO,
            _("You have your diploma; its exact title is not given yet."),
            rule,
            _("Type the title exactly as printed on the diploma."),
        )
    return verdict(
        item,
        Status.MET,
        _("You have your final diploma, titled '{title}'.").format(title=title),
        rule,
        _("ECFMG checks the title against its Reference Guide for your school and year."),
    )


def transcript_item(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> ChecklistItem:
    rule = ruleset.get("credentials.transcript")
    item = ItemId.TRANSCRIPT
    from_documents = _verification_item(profile, ruleset, as_of, item, "transcript")
    if from_documents is not None:
        return from_documents
    received = profile.education.transcript_received
    if received is True:
        return verdict(item, Status.MET, _("Your final transcript is in."), rule)
    if received is False or is_student(profile, as_of):
        return verdict(
            item,
            Status.PENDING,
            _("Your final transcript is not in yet."),
            rule,
            _("ECFMG asks your school for it; make sure the school can send it."),
        )
    return verdict(
        item,
        Status.NEEDS_INFO,
        _("You have not said yet whether your final transcript has been sent."),
        rule,
        _("Tell us whether your final transcript has been sent."),
    )


def translations_item(profile: Profile, ruleset: Ruleset) -> ChecklistItem:
    rule = ruleset.get("credentials.translations")
    item = ItemId.TRANSLATIONS
    education = profile.education
    if education.documents_in_english is True:
        return verdict(
            item, Status.NOT_APPLICABLE, _("Your diploma and transcript are in English."), rule
        )
    if education.documents_in_english is None:
        return verdict(
            item,
            Status.NEEDS_INFO,
            _("You have not said yet whether your diploma and transcript are in English."),
            rule,
            _("Tell us the language of your diploma and transcript."),
        )
    if education.translations_ready is True:
        return verdict(
            item, Status.MET, _("Official English translations of your documents are ready."), rule
        )
    if education.translations_ready is False:
        return verdict(
            item,
            Status.NOT_MET,
            _("Your documents are not in English and their official translations are not ready."),
            rule,
            _("Have official English translations made of your diploma and transcript."),
        )
    return verdict(
        item,
        Status.NEEDS_INFO,
        _(
            "Your documents are not in English; you have not said yet whether their translations "
            "are ready."
        ),
        rule,
        _("Tell us whether official English translations are ready."),
    )


def application_item(profile: Profile, ruleset: Ruleset) -> ChecklistItem:
    rule = ruleset.get("application.submitted")
    item = ItemId.APPLICATION
    submitted = profile.application.ecfmg_application_submitted
    if submitted is True:
        return verdict(
            item, Status.MET, _("You have submitted the Application for ECFMG Certification."), rule
        )
    if submitted is False:
        return verdict(
            item,
            Status.NOT_MET,
            _("You have not submitted the Application for ECFMG Certification yet."),
            rule,
            _("Submit it; you need it before you can apply for USMLE exams."),
        )
    return verdict(
        item,
        Status.NEEDS_INFO,
        _(
            "You have not said yet whether you have submitted the Application for ECFMG "
            "Certification."
        ),
        rule,
        _("Tell us whether you have submitted it."),
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


# One sentence per kind of document and case, so each language can agree its words with the
# document: (kind, with a case number, with ECFMG's reason) → the rejection.
_REJECTED: dict[tuple[str, bool, bool], str] = {
    ("diploma", False, True): N_("ECFMG rejected your final diploma on {date}: {reason}"),
    ("diploma", True, True): N_(
        "ECFMG rejected your final diploma on {date} (case {case}): {reason}"
    ),
    ("diploma", False, False): N_(
        "ECFMG rejected your final diploma on {date}, with no reason recorded"
    ),
    ("diploma", True, False): N_(
        "ECFMG rejected your final diploma on {date} (case {case}), with no reason recorded"
    ),
    ("transcript", False, True): N_("ECFMG rejected your final transcript on {date}: {reason}"),
    ("transcript", True, True): N_(
        "ECFMG rejected your final transcript on {date} (case {case}): {reason}"
    ),
    ("transcript", False, False): N_(
        "ECFMG rejected your final transcript on {date}, with no reason recorded"
    ),
    ("transcript", True, False): N_(
        "ECFMG rejected your final transcript on {date} (case {case}), with no reason recorded"
    ),
}
# Translators: {dates} lists when ECFMG verified it ("on 2025-06-01 (case C-1)").
_VERIFIED = {
    "diploma": N_("ECFMG verified your final diploma {dates}."),
    "transcript": N_("ECFMG verified your final transcript {dates}."),
}
# Translators: {states} lists where each copy stands ("uploaded on 2025-06-01 · waiting 12 days").
_NOT_VERIFIED = {
    "diploma": N_("Your final diploma is not verified yet: {states}."),
    "transcript": N_("Your final transcript is not verified yet: {states}."),
}


def _verification_item(
    profile: Profile, ruleset: Ruleset, as_of: dt.date, item: ItemId, kind: str
) -> ChecklistItem | None:
    """The item judged from the documents of ``kind`` that have a status on ``as_of``; None when
    there is none (the v1 answers decide)."""
    states = [s for s in states_of_kind(profile, kind, as_of) if s.current is not None]
    if not states:
        return None
    rule = _rule(ruleset, "credentials.verification", f"credentials.{kind}")
    rejected = [s for s in states if s.status == "rejected"]
    if rejected:
        given = [s for s in rejected if s.current and (s.current.reason or "").strip()]
        next_step = (
            _(
                "Correct what ECFMG names, then resubmit it and record the resubmission under "
                "Documents and IDs."
            )
            if len(given) == len(rejected)
            else _(
                "Ask ECFMG for the reason, correct it, then resubmit it and record the "
                "resubmission under Documents and IDs."
            )
        )
        return verdict(
            item,
            Status.NOT_MET,
            join_clauses(_rejection(kind, s) for s in rejected) + ".",
            rule,
            next_step,
        )
    if all(s.status == "verified" for s in states):
        return verdict(
            item,
            Status.MET,
            _(_VERIFIED[kind]).format(dates=join_and((_when(s) for s in states), commas=False)),
            rule,
        )
    open_states = [s for s in states if s.status != "verified"]
    if any(s.status == "not_sent" for s in open_states):
        next_step = _("Upload it to ECFMG and record the date under Documents and IDs.")
    else:
        next_step = _(
            "ECFMG follows up with your school; if the wait seems long, ask your school "
            "whether it has answered ECFMG."
        )
    return verdict(
        item,
        Status.PENDING,
        _(_NOT_VERIFIED[kind]).format(states=join_clauses(_stand(s) for s in open_states)),
        rule,
        next_step,
    )


def _rejection(kind: str, state: DocumentState) -> str:
    """'ECFMG rejected your final diploma on 2025-06-01 (case C-1): the seal is missing'."""
    entry = state.current
    day = format_date(entry.date) if entry and entry.date else ""
    case = (state.document.case_number or "").strip()
    # The reason as written, less its full stop: the sentence adds one.
    reason = " ".join(((entry.reason if entry else None) or "").split()).rstrip(".")
    return _(_REJECTED[(kind, bool(case), bool(reason))]).format(date=day, case=case, reason=reason)


def _when(state: DocumentState) -> str:
    """'on 2025-06-01 (case C-1)' for a verified document."""
    entry = state.current
    day = format_date(entry.date) if entry and entry.date else ""
    case = (state.document.case_number or "").strip()
    if case:
        return pgettext("when ECFMG verified a document", "on {date} (case {case})").format(
            date=day, case=case
        )
    return pgettext("when ECFMG verified a document", "on {date}").format(date=day)


def _stand(state: DocumentState) -> str:
    case = (state.document.case_number or "").strip()
    line = state_line(state)
    line = line[0].lower() + line[1:] if line else line
    if case:
        # Translators: {status} is where a document stands ("uploaded on 2025-06-01 · …").
        return pgettext("document status", "{status} (case {case})").format(status=line, case=case)
    return line


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
            _("No documents are entered yet, so your name cannot be compared across them."),
            rule,
            _(
                "Under Documents and IDs, add your passport, diploma and transcript, each with "
                "your name exactly as printed on it."
            ),
        )
    check = check_names(profile)
    if check.record_name is None:
        return verdict(
            item,
            Status.NEEDS_INFO,
            _("Your name as on your passport is not given yet."),
            rule,
            _(
                "Type your full name exactly as on your passport, or add your passport with the "
                "name printed on it."
            ),
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
    # Translators: {name} is the name of record, quoted; {source} says where it comes from
    # ("your application", "your passport").
    record = pgettext("the name of record", "{name} ({source})").format(
        name=quoted(check.record_name or ""), source=check.record_from
    )
    if unexplained:
        steps = []
        if any(is_passport(f) for f in unexplained):
            steps.append(
                _(
                    "Your name of record must match your current passport exactly: correct the "
                    "name you typed, or ask ECFMG to change your name of record."
                )
            )
        credentials = [f.label for f in unexplained if not is_passport(f)]
        if credentials:
            # Translators: {documents} lists documents ("final medical diploma and passport").
            steps.append(
                _(
                    "Send ECFMG documentation that the name on your {documents} is (or was) "
                    "yours (a marriage certificate, a court order), and note it as the proof of "
                    "name."
                ).format(documents=_and(credentials))
            )
        # Translators: {record} is the name of record; {differences} lists each document's name
        # and how it differs.
        return verdict(
            item,
            Status.NOT_MET,
            _("Your name differs from {record}: {differences}.").format(
                record=record, differences=join_clauses(_finding(f) for f in unexplained)
            ),
            rule,
            " ".join(steps),
        )
    application_missing = any(f.index is None and f.name is None for f in check.findings)
    if unnamed or uncertain or application_missing:
        parts = []
        if application_missing:
            parts.append(_("your full name for the application is not typed yet"))
        if unnamed:
            parts.append(
                _("the name on your {documents} is not given yet").format(
                    documents=_and([f.label for f in unnamed])
                )
            )
        parts.extend(_finding(f) for f in uncertain)
        if uncertain:
            next_step = _(
                "Type each name exactly as printed (your own as on your passport). For a "
                "document in another script, add its English translation with the name as "
                "printed on the translation: ECFMG compares that one."
            )
        else:
            next_step = _("Type each name exactly as printed (your own as on your passport).")
        # Translators: {record} is the name of record; {problems} lists what is missing.
        return verdict(
            item,
            Status.NEEDS_INFO,
            _("Your name could not be compared everywhere with {record}: {problems}.").format(
                record=record, problems=join_clauses(parts)
            ),
            rule,
            next_step,
        )
    # Translators: {record} is the name of record, quoted, with where it comes from.
    sentences = [
        ngettext(
            "Your name matches {record} on {count} document.",
            "Your name matches {record} on {count} documents.",
            len(compared),
        ).format(record=record, count=len(compared))
    ]
    if variants:
        sentences.append(
            _("Written differently: {names}.").format(
                names=join_clauses(_finding(f, False) for f in variants)
            )
        )
    if settled:
        # Translators: {documents} lists documents with the name printed on each.
        sentences.append(
            _("Compared through the translation: {documents}.").format(
                documents=join_clauses(
                    pgettext("a document and the name on it", "{document} {name}").format(
                        document=f.label, name=quoted(f.name or "")
                    )
                    for f in settled
                )
            )
        )
    if explained:
        sentences.append(
            _("Explained: {names}.").format(
                names=join_clauses(
                    # Translators: {finding} is a document's name check; {proof} the document
                    # that proves the name, as the applicant typed it.
                    _("{finding}, proved by {proof}").format(
                        finding=_finding(f), proof=f.name_proof
                    )
                    for f in explained
                )
            )
        )
    next_step = ""
    if explained:
        next_step = _("Send ECFMG the proof of name with each of those documents.")
    elif any(f.comparison is not None and f.comparison.shortened for f in variants):
        next_step = _(
            "ECFMG asks for documentation when a name is not exactly the same (initials, a word "
            "left out): keep proof that it is your name ready."
        )
    return verdict(item, Status.MET, " ".join(sentences), rule, next_step)


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
        summary = _("not compared")
    elif head or not comparison.notes:
        summary = comparison.summary
    else:
        summary = join_clauses(comparison.notes)
    # Translators: {document} is a document's kind, {name} the name printed on it (quoted),
    # {finding} how it compares with the name of record.
    return pgettext(
        "a document, the name on it, and the name check", "{document} {name}: {finding}"
    ).format(document=finding.label, name=quoted(finding.name or ""), finding=summary)


def _and(words: list[str]) -> str:
    lowered = [w[0].lower() + w[1:] if not w.startswith("OET") else w for w in words]
    unique = list(dict.fromkeys(lowered))
    return join_and(unique)
