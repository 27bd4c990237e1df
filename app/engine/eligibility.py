"""Eligibility and the medical school: IMG status (Canada, the US and its territories), the
World Directory sponsor note and the graduation years it covers."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.checklist import ChecklistItem, Status
from app.engine.credentials import is_student
from app.engine.items import ItemId
from app.engine.verdicts import verdict
from app.i18n import _, format_date
from app.profile import Profile
from app.rules import Ruleset, Standing
from app.world_directory import school_page_url

if TYPE_CHECKING:
    from app.sponsor_note import SponsorNoteReading


def canadian_cutoff(ruleset: Ruleset) -> dt.date:
    """Graduates of Canadian schools on or after this date are IMGs; before it, not eligible."""
    cutoff: dt.date = ruleset.get("eligibility.img_status").params["canadian_cutoff"]
    return cutoff


def us_jurisdictions(ruleset: Ruleset) -> frozenset[str]:
    """ISO codes ECFMG counts as the United States (its territories included)."""
    codes = ruleset.get("eligibility.img_status").params.get("us_jurisdictions", ["US"])
    return frozenset(str(code).upper() for code in codes)


def img_status_item(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> ChecklistItem:
    rule = ruleset.get("eligibility.img_status")
    item = ItemId.IMG_STATUS
    school = profile.school
    country = (school.country or "").strip().upper()
    in_us = country in us_jurisdictions(ruleset)
    if school.canadian is True and country and country != "CA":
        return verdict(
            item,
            Status.NEEDS_INFO,
            # Translators: {country} is a two-letter country code (MX, IN…).
            _(
                "Your answers disagree: the school is marked as in Canada, but its country is "
                "{country}."
            ).format(country=country),
            rule,
            _("Check your school's country and whether it is in Canada."),
        )
    if school.canadian is False and country == "CA":
        return verdict(
            item,
            Status.NEEDS_INFO,
            _(
                "Your answers disagree: the school's country is Canada (CA), but it is marked as "
                "not in Canada."
            ),
            rule,
            _("Check your school's country and whether it is in Canada."),
        )
    canadian = school.canadian if school.canadian is not None else (country == "CA" or None)
    if canadian is None and country:
        canadian = False
    if canadian is None:
        return verdict(
            item,
            Status.NEEDS_INFO,
            _("You have not told us yet which country your medical school is in."),
            rule,
            _("Tell us your school's country (and whether it is in Canada)."),
        )
    if not canadian and in_us:
        if country == "US":
            why = _(
                "Your school is in the United States; ECFMG Certification is for graduates of "
                "schools outside the United States (its territories included) and Canada."
            )
        else:
            # Translators: {country} is the two-letter code of a US territory (PR, GU…).
            why = _(
                "Your school is in a US jurisdiction ({country}); ECFMG Certification is for "
                "graduates of schools outside the United States (its territories included) and "
                "Canada."
            ).format(country=country)
        return verdict(
            item,
            Status.NOT_MET,
            why,
            rule,
            _("Check your school's country."),
            blocking=True,
            standing=Standing.CONFIRMED,
        )
    if not canadian:
        return verdict(
            item,
            Status.MET,
            _("Your school is outside the United States and Canada, so you are an IMG."),
            rule,
            standing=Standing.CONFIRMED,
        )
    cutoff = canadian_cutoff(ruleset)
    graduated = profile.education.graduation_date
    if graduated is None:
        return verdict(
            item,
            Status.NEEDS_INFO,
            _(
                "Your school is in Canada, and Canadian graduates before {cutoff} are not eligible."
            ).format(cutoff=format_date(cutoff)),
            rule,
            _("Tell us your graduation date (expected date if you are a student)."),
        )
    if graduated < cutoff:
        return verdict(
            item,
            Status.NOT_MET,
            _(
                "You graduated from a Canadian school on {graduated}, before {cutoff}, so you "
                "are not an IMG and are not eligible for ECFMG Certification."
            ).format(graduated=format_date(graduated), cutoff=format_date(cutoff)),
            rule,
            _("Confirm your route into US training with ECFMG and the programs you apply to."),
            blocking=True,
        )
    if is_student(profile, as_of):
        return verdict(
            item,
            Status.MET,
            _(
                "You expect to graduate from a Canadian school on {graduated}, on or after "
                "{cutoff}, so you will be an IMG."
            ).format(graduated=format_date(graduated), cutoff=format_date(cutoff)),
            rule,
            _("How ECFMG treats Canadian students before graduation is not published; ask ECFMG."),
        )
    return verdict(
        item,
        Status.MET,
        _(
            "You graduated from a Canadian school on {graduated}, on or after {cutoff}, so you "
            "are an IMG and need ECFMG Certification."
        ).format(graduated=format_date(graduated), cutoff=format_date(cutoff)),
        rule,
    )


def sponsor_note_item(
    profile: Profile, ruleset: Ruleset, reading: SponsorNoteReading | None
) -> ChecklistItem:
    rule = ruleset.get("school.sponsor_note")
    item = ItemId.SPONSOR_NOTE
    page = school_page_url(profile.school.directory_id)
    if reading is None:
        return verdict(
            item,
            Status.NEEDS_INFO,
            _("Your school's World Directory listing has not been checked yet."),
            rule,
            # Translators: {page} is the web address of the school's World Directory listing;
            # "Sponsor Notes" is the tab's name on that English-only site.
            _(
                "Open {page}, find the Sponsor Notes tab and copy the ECFMG note "
                "(leave it empty if there is none)."
            ).format(page=page),
        )
    if reading.no_note:
        return verdict(
            item,
            Status.NOT_MET,
            _(
                "Your school's World Directory listing has no ECFMG note, so its students and "
                "graduates are not eligible."
            ),
            rule,
            _("Check the listing again at {page}; only your school can ask for a note.").format(
                page=page
            ),
            blocking=True,
        )
    if reading.not_eligible:
        return verdict(
            item,
            Status.NOT_MET,
            _("Your school's ECFMG note says its students and graduates are not eligible."),
            rule,
            _("Check the note again at {page}.").format(page=page),
            blocking=True,
        )
    if reading.problem:
        return verdict(
            item,
            Status.NEEDS_INFO,
            # Translators: {problem} says what in the copied note could not be understood.
            _("Your school's note could not be read: {problem}.").format(problem=reading.problem),
            rule,
            _("Copy the note from {page} again.").format(page=page),
        )
    return verdict(
        item,
        Status.MET,
        # Translators: {years} are the graduation years the note lists (1980–Current).
        _("Your school's ECFMG note lists graduation years {years}.").format(
            years=reading.years_text()
        ),
        rule,
    )


def graduation_year_item(
    profile: Profile, ruleset: Ruleset, reading: SponsorNoteReading | None, as_of: dt.date
) -> ChecklistItem:
    rule = ruleset.get("school.graduation_year")
    item = ItemId.GRADUATION_YEAR
    if reading is None or reading.problem:
        return verdict(
            item,
            Status.NEEDS_INFO,
            _("Your graduation year can be checked once your school's ECFMG note is read."),
            rule,
            _("Add your school's sponsor note first."),
        )
    if reading.not_eligible:
        return verdict(
            item,
            Status.NOT_APPLICABLE,
            _("Your school's note makes no graduation year eligible."),
            rule,
        )
    years = reading.years_text()
    graduated = profile.education.graduation_date
    student = is_student(profile, as_of)
    if student and not reading.current:
        return verdict(
            item,
            Status.NOT_MET,
            # Translators: 'Current' is the word on the English-only World Directory page.
            _(
                "Students can apply only while the note's graduation years read 'Current'; "
                "your school's note reads {years}."
            ).format(years=years),
            rule,
            _("Only your school can have the note changed; check with ECFMG."),
            blocking=True,
        )
    if graduated is None:
        return verdict(
            item,
            Status.NEEDS_INFO,
            _("Your school's note covers {years}; your graduation date is not given yet.").format(
                years=years
            ),
            rule,
            _("Tell us your graduation date (expected date if you are a student)."),
        )
    year = graduated.year
    if reading.covers(year):
        if student:
            covered = _("You expect to graduate in {year}; your school's note covers {years}.")
        else:
            covered = _("You graduated in {year}; your school's note covers {years}.")
        return verdict(item, Status.MET, covered.format(year=year, years=years), rule)
    if student:
        outside = _(
            "You expect to graduate in {year}, outside the years your school's note covers "
            "({years})."
        )
    else:
        outside = _(
            "You graduated in {year}, outside the years your school's note covers ({years})."
        )
    return verdict(
        item,
        Status.NOT_MET,
        outside.format(year=year, years=years),
        rule,
        _("Check your graduation date and the note; only ECFMG can confirm an exception."),
        blocking=True,
    )
