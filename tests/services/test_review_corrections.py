"""Review: what the parser inferred, corrected field by field. Each correction is history, joins
``reviewed_fields`` and is audited; a field given as it already is, is no correction. Deadlines
come from form fields through ``make_deadline``; owners are assigned and sub-items ticked with
the same record of who did what."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories import gen_entity, gen_obligation, gen_user
from tracker.models import AuditEntry, ObligationItem, Paragraph
from tracker.services import obligations as svc
from tracker.services.actors import Actor, PermissionDenied

NOW = dt.datetime(2018, 3, 1, 9, 0, tzinfo=dt.UTC)
TODAY = NOW.date()
GA_73 = {"kind": "session", "body": "GA", "session": 73, "text": "at its seventy-third session"}


@pytest.fixture
def people(db):
    sg = gen_entity(db, "Secretary-General")
    interpol = gen_entity(db, "INTERPOL")
    unodc = gen_entity(db, "UNODC")
    admin = gen_user(db, "admin@un.org", role="admin", name="Ada Admin")
    officer = gen_user(db, "officer@un.org", role="officer", name="Otto Officer", entities=[sg])
    return {"sg": sg, "interpol": interpol, "unodc": unodc, "admin": Actor.for_user(admin, ip="10.1.1.1"),
            "officer": Actor.for_user(officer)}


def _audit(db, action):
    return db.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)).all()


# --------------------------------------------------------------------------- make_deadline


@pytest.mark.parametrize("kind", [None, "", "  ", "none", " None "])
def test_no_deadline_kind_is_no_deadline(kind):
    assert svc.make_deadline(kind, body="GA", session=73) is None


@pytest.mark.parametrize("kind, fields, expected", [
    ("session", {"body": "ga", "session": 73},
     {"kind": "session", "body": "GA", "session": 73, "text": "GA session 73"}),
    (" Session ", {"body": "CCPCJ", "session": 40, "text": "  at its fortieth session "},
     {"kind": "session", "body": "CCPCJ", "session": 40, "text": "at its fortieth session"}),
    ("session", {"body": "charter"},
     {"kind": "session", "body": "CHARTER", "session": None, "text": "CHARTER next session"}),
    ("DATE", {"date": dt.date(2018, 11, 15), "text": "  "},
     {"kind": "date", "date": "2018-11-15", "text": "by 2018-11-15"}),
    ("relative", {"days": 0},
     {"kind": "relative", "days": 0, "from": "adoption", "text": "within 0 days of adoption"}),
    ("relative", {"days": 90, "text": "within three months"},
     {"kind": "relative", "days": 90, "from": "adoption", "text": "within three months"}),
    ("recurring", {"every": " p1y6m "}, {"kind": "recurring", "every": "P1Y6M", "text": "every P1Y6M"}),
    ("session", {"body": "GA", "session": 1},
     {"kind": "session", "body": "GA", "session": 1, "text": "GA session 1"}),
    ("session", {"body": "GA", "session": 75, "end": True, "text": "by its end"},
     {"kind": "session", "body": "GA", "session": 75, "end": True, "text": "by its end"}),
    # only a session has an end
    ("date", {"date": dt.date(2019, 3, 31), "end": True},
     {"kind": "date", "date": "2019-03-31", "text": "by 2019-03-31"}),
    # a period from a session's end (A/HRC/RES/52/20 op 1), not days after adoption
    ("relative", {"body": "HRC", "session": 53, "period": " p3y ", "days": 30},
     {"kind": "relative", "from": "session_end", "body": "HRC", "session": 53, "period": "P3Y",
      "text": "P3Y from the end of HRC session 53"}),
    ("relative", {"body": "CCPCJ", "session": 33, "period": "P18M", "text": "as written"},
     {"kind": "relative", "from": "session_end", "body": "CCPCJ", "session": 33, "period": "P18M",
      "text": "as written"}),
    ("relative", {"body": "HRC", "session": 53, "period": "  ", "days": 30},
     {"kind": "relative", "days": 30, "from": "adoption", "text": "within 30 days of adoption"}),
])
def test_a_deadline_from_form_fields_is_the_parsers_structure(kind, fields, expected):
    assert svc.make_deadline(kind, **fields) == expected


@pytest.mark.parametrize("kind, fields, code, field, message", [
    ("bogus", {}, "unknown_deadline_kind", "deadline_kind", "Unknown deadline kind 'bogus'."),
    ("session", {"body": "not a body!", "session": 3}, "unknown_body", "deadline_body",
     "Unknown body 'not a body!'."),
    ("session", {"session": 3}, "unknown_body", "deadline_body", "Unknown body None."),
    ("session", {"body": "SC", "session": 3}, "body_without_sessions", "deadline_body",
     "The Security Council has no sessions."),
    ("session", {"body": "GA"}, "session_required", "deadline_session",
     "A session deadline needs the session number."),
    ("session", {"body": "GA", "session": -1}, "session_required", "deadline_session",
     "A session deadline needs the session number."),
    ("date", {}, "date_required", "deadline_date", "A date deadline needs the date."),
    ("relative", {}, "days_required", "deadline_days",
     "A relative deadline needs a number of days after adoption."),
    ("relative", {"days": -1}, "days_required", "deadline_days",
     "A relative deadline needs a number of days after adoption."),
    ("relative", {"body": "HRC", "period": "P3Y"}, "session_required", "deadline_session",
     "A session deadline needs the session number."),
    ("relative", {"body": "CCPCJ", "period": "P3Y"}, "session_required", "deadline_session",
     "A session deadline needs the session number."),
    ("relative", {"body": "nowhere!", "session": 3, "period": "P3Y"}, "unknown_body", "deadline_body",
     "Unknown body 'nowhere!'."),
    ("relative", {"body": "HRC", "session": 53, "period": "three years"}, "period_required",
     "deadline_period", "A period after a session's end is an ISO 8601 duration such as P3Y."),
    ("relative", {"body": "HRC", "session": 53, "period": "P"}, "period_required", "deadline_period",
     "A period after a session's end is an ISO 8601 duration such as P3Y."),
    ("recurring", {}, "every_required", "deadline_every",
     "A recurring deadline needs an ISO 8601 duration such as P1Y or P4M."),
    ("recurring", {"every": " p "}, "every_required", "deadline_every",
     "A recurring deadline needs an ISO 8601 duration such as P1Y or P4M."),
    ("recurring", {"every": "P1Y "}, None, None, None),
    ("recurring", {"every": "1Y"}, "every_required", "deadline_every",
     "A recurring deadline needs an ISO 8601 duration such as P1Y or P4M."),
])
def test_an_incomplete_deadline_is_refused_for_its_field(kind, fields, code, field, message):
    if code is None:
        assert svc.make_deadline(kind, **fields)["every"] == "P1Y"
        return
    with pytest.raises(svc.ObligationError) as info:
        svc.make_deadline(kind, **fields)
    assert (str(info.value), info.value.code, info.value.field) == (message, code, field)


# --------------------------------------------------------------------------- review


def test_each_correction_is_history_with_its_old_and_new_value_and_the_comment(db, people):
    ob = gen_obligation(db, owners=[people["sg"]], deliverable="a note", needs_review=True)
    result = svc.review_obligation(
        db, ob, actor=people["admin"], now=NOW, today=TODAY, kind="action",
        owners=[people["unodc"], people["interpol"], people["unodc"]], deliverable="  a report ",
        deadline=dict(GA_73), comment="  checked  ")
    assert result.changed == ["kind", "owners", "deliverable", "deadline", "reviewed"]
    assert result.due_error is None
    entries = {h.field: h for h in ob.history}
    assert [(h.field, h.old_value, h.new_value) for h in ob.history if h.field != "reviewed"] == [
        ("kind", "report", "action"),
        ("owners", ["Secretary-General"], ["INTERPOL", "UNODC"]),
        ("deliverable", "a note", "a report"),
        ("deadline", None, GA_73),
        ("due_on", None, "2018-09-18"),
    ]
    assert {h.comment for h in ob.history if h.field != "due_on"} == {"checked"}
    assert entries["due_on"].comment == ob.due_derivation
    assert (entries["reviewed"].old_value, entries["reviewed"].new_value) == (
        None, ["kind", "owners", "deliverable", "deadline"])
    assert {(h.at, h.user_id, h.actor) for h in ob.history} == {(NOW, people["admin"].user_id, "Ada Admin")}
    assert [e.name for e in ob.owners] == ["UNODC", "INTERPOL"] and ob.deliverable == "a report"
    assert (ob.deadlines, ob.deadline_text, ob.deadline_body, ob.deadline_session) == (
        [GA_73], "at its seventy-third session", "GA", 73)
    assert (ob.reviewed_at, ob.reviewed_by_id, ob.needs_review, ob.updated_at) == (
        NOW, people["admin"].user_id, False, NOW)
    assert ob.reviewed_fields == ["kind", "owners", "deliverable", "deadline"]
    [audit] = _audit(db, "review_obligation")
    assert (audit.target_id, audit.ip, audit.details) == (
        str(ob.id), "10.1.1.1", {"changed": result.changed, "version": 2})


def test_a_field_given_as_it_already_is_is_no_correction(db, people):
    ob = gen_obligation(db, owners=[people["sg"], people["interpol"]], deliverable="a report",
                        deadlines=[dict(GA_73)], reviewed_at=NOW, needs_review=False,
                        due_on_override=dt.date(2018, 7, 1))
    result = svc.review_obligation(
        db, ob, actor=people["admin"], now=NOW + dt.timedelta(days=1), today=TODAY, kind="report",
        owners=[people["interpol"], people["sg"]], deliverable=" a report ", deadline=dict(GA_73),
        due_on_override=dt.date(2018, 7, 1), comment="nothing to change")
    assert result.changed == [] and ob.history == [] and ob.version == 1 and ob.reviewed_at == NOW
    assert _audit(db, "review_obligation") == [] and not ob.reviewed_fields


def test_a_first_review_is_recorded_even_when_nothing_needed_correcting(db, people):
    ob = gen_obligation(db, needs_review=False)
    result = svc.review_obligation(db, ob, actor=people["admin"], now=NOW, today=TODAY)
    assert result.changed == ["reviewed"] and ob.reviewed_at == NOW
    assert [(h.field, h.old_value, h.new_value, h.comment) for h in ob.history] == [
        ("reviewed", None, None, None)]  # no comment given, none recorded
    flagged = gen_obligation(db, reviewed_at=NOW, needs_review=True)
    later = NOW + dt.timedelta(days=3)
    result = svc.review_obligation(db, flagged, actor=people["admin"], now=later, today=TODAY)
    assert result.changed == ["reviewed"] and flagged.reviewed_at == later and not flagged.needs_review
    assert flagged.history[0].old_value == NOW.isoformat()


def test_a_correction_without_marking_reviewed_leaves_the_review_open(db, people):
    ob = gen_obligation(db, needs_review=True)
    result = svc.review_obligation(db, ob, actor=people["admin"], now=NOW, today=TODAY,
                                   deliverable="a report", mark_reviewed=False)
    assert result.changed == ["deliverable"] and ob.needs_review and ob.reviewed_at is None
    assert [h.field for h in ob.history] == ["deliverable"] and ob.version == 2
    assert svc.review_obligation(db, ob, actor=people["admin"], now=NOW, today=TODAY,
                                 mark_reviewed=False).changed == []
    assert ob.version == 2


def test_a_review_of_the_deliverable_alone_leaves_the_due_date_as_it_is(db, people):
    """Only a corrected kind, deadline or override recomputes the due date: a deliverable corrected
    on an obligation dated before the calendar changed (GA 73 opens on 18 September) moves nothing else."""
    ob = gen_obligation(db, deadlines=[dict(GA_73)], due_on=dt.date(2018, 9, 25))
    result = svc.review_obligation(db, ob, actor=people["admin"], now=NOW, today=TODAY,
                                   deliverable="a report")
    assert result.changed == ["deliverable", "reviewed"] and result.due_error is None
    assert [h.field for h in ob.history] == ["deliverable", "reviewed"]
    assert ob.due_on == dt.date(2018, 9, 25)


@pytest.mark.parametrize("cleared", ["", None])
def test_a_deliverable_cleared_is_history_and_none(db, people, cleared):
    ob = gen_obligation(db, deliverable="a note")
    result = svc.review_obligation(db, ob, actor=people["admin"], now=NOW, today=TODAY, deliverable=cleared)
    assert result.changed == ["deliverable", "reviewed"] and ob.deliverable is None
    assert (ob.history[0].field, ob.history[0].old_value, ob.history[0].new_value) == (
        "deliverable", "a note", None)


def test_a_corrected_first_deadline_keeps_the_others_and_their_recurrence(db, people):
    annually = {"kind": "recurring", "every": "P1Y", "text": "annually"}
    ob = gen_obligation(db, deadlines=[dict(GA_73), dict(annually)], recurrence="P1Y",
                        deadline_text="x", deadline_body="GA", deadline_session=73)
    by_november = svc.make_deadline("date", date=dt.date(2018, 11, 15))
    result = svc.review_obligation(db, ob, actor=people["admin"], now=NOW, today=TODAY, deadline=by_november)
    assert result.changed == ["deadline", "reviewed"]
    assert ob.deadlines == [by_november, annually] and ob.recurrence == "P1Y"
    assert (ob.deadline_text, ob.deadline_body, ob.deadline_session) == ("by 2018-11-15", None, None)
    assert (ob.history[0].field, ob.history[0].old_value, ob.history[0].new_value) == (
        "deadline", GA_73, by_november)


def test_a_deadline_corrected_to_a_recurring_one_makes_the_obligation_recur(db, people):
    ob = gen_obligation(db, deadlines=[dict(GA_73)])
    annually = svc.make_deadline("recurring", every="P1Y", text="annually")
    svc.review_obligation(db, ob, actor=people["admin"], now=NOW, today=TODAY, deadline=annually)
    assert ob.deadlines == [annually] and ob.recurrence == "P1Y"


def test_an_unknown_kind_is_refused_for_the_kind_field(db, people):
    ob = gen_obligation(db)
    with pytest.raises(svc.ObligationError) as info:
        svc.review_obligation(db, ob, actor=people["admin"], now=NOW, today=TODAY, kind="wish")
    assert (str(info.value), info.value.code, info.value.field) == (
        "Unknown kind 'wish'.", "unknown_kind", "kind")
    assert ob.kind == "report" and ob.history == []


def test_no_deadline_clears_them_all_and_the_fields_read_from_them(db, people):
    annually = {"kind": "recurring", "every": "P1Y", "text": "annually"}
    ob = gen_obligation(db, deadlines=[dict(GA_73), annually],
                        deadline_text="x", deadline_body="GA", deadline_session=73, recurrence="P1Y",
                        due_on=dt.date(2018, 9, 18))
    result = svc.review_obligation(db, ob, actor=people["admin"], now=NOW, today=TODAY, deadline=None)
    assert result.changed == ["deadline", "reviewed"]
    assert (ob.deadlines, ob.deadline_text, ob.deadline_body, ob.deadline_session) == ([], None, None, None)
    assert (ob.recurrence, ob.due_on) == (None, None)
    assert [(h.field, h.old_value, h.new_value) for h in ob.history][:2] == [
        ("deadline", GA_73, None), ("due_on", "2018-09-18", None)]


def test_a_due_date_override_and_its_removal_are_history(db, people):
    ob = gen_obligation(db, deadlines=[dict(GA_73)], due_on=dt.date(2018, 9, 18))
    svc.review_obligation(db, ob, actor=people["admin"], now=NOW, today=TODAY,
                          due_on_override=dt.date(2018, 7, 1))
    assert [(h.field, h.old_value, h.new_value) for h in ob.history][:2] == [
        ("due_on_override", None, "2018-07-01"), ("due_on", "2018-09-18", "2018-07-01")]
    assert ob.reviewed_fields == ["due_on_override", "due_on"]
    svc.review_obligation(db, ob, actor=people["admin"], now=NOW, today=TODAY, due_on_override=None)
    assert ob.due_on_override is None and ob.due_on == dt.date(2018, 9, 18)
    assert [(h.field, h.old_value, h.new_value) for h in ob.history][3:5] == [
        ("due_on_override", "2018-07-01", None), ("due_on", "2018-07-01", "2018-09-18")]
    assert ob.reviewed_fields == ["due_on_override", "due_on"]


@pytest.mark.parametrize("deadline, due_on", [
    ({"kind": "relative", "days": 90, "from": "adoption", "text": "within 90 days"}, dt.date(2017, 2, 19)),
    # the first occurrence on or after today
    ({"kind": "recurring", "every": "P1Y", "text": "annually"}, dt.date(2018, 11, 21)),
])
def test_a_corrected_deadline_is_dated_from_the_adoption_and_today(db, people, deadline, due_on):
    ob = gen_obligation(db)  # adopted on 21 November 2016
    svc.review_obligation(db, ob, actor=people["admin"], now=NOW, today=TODAY, deadline=dict(deadline))
    assert ob.due_on == due_on


def test_a_corrected_kind_dates_the_next_session_of_the_adopting_body(db, people):
    """A parsed "at its next session" names no body: it is the adopting body's (the GA's)."""
    ob = gen_obligation(db, kind="exhortation",
                        deadlines=[{"kind": "session", "text": "at its next session"}])
    result = svc.review_obligation(db, ob, actor=people["admin"], now=NOW, today=TODAY, kind="report")
    assert result.due_error is None and ob.due_on == dt.date(2017, 9, 12)
    assert ob.target_on == dt.date(2017, 8, 1)


def test_a_mandates_corrected_deadline_still_ends_it(db, people):
    """The review form has no "expires" to tick: a mandate's new deadline is its end, not a due
    date, and a second review that gives the same deadline changes nothing."""
    ob = gen_obligation(db, kind="mandate", deadlines=[
        {"kind": "date", "date": "2017-05-31", "expires": True, "text": "until 31 May 2017"}],
        expires_on=dt.date(2017, 5, 31), due_on=None)
    corrected = svc.make_deadline("date", date=dt.date(2017, 6, 30), text="until 30 June 2017")
    svc.review_obligation(db, ob, actor=people["admin"], now=NOW, today=TODAY, deadline=corrected)
    assert ob.deadlines == [{**corrected, "expires": True}]
    assert ob.expires_on == dt.date(2017, 6, 30) and ob.due_on is None
    again = svc.review_obligation(db, ob, actor=people["admin"], now=NOW, today=TODAY,
                                  deadline=dict(corrected))
    assert "deadline" not in again.changed
    # a report's corrected deadline falls due
    report = gen_obligation(db)
    svc.review_obligation(db, report, actor=people["admin"], now=NOW, today=TODAY, deadline=dict(corrected))
    assert "expires" not in report.deadlines[0] and report.due_on == dt.date(2017, 6, 30)


def test_a_later_correction_is_a_new_review(db, people):
    ob = gen_obligation(db, reviewed_at=NOW, needs_review=False)
    later = NOW + dt.timedelta(days=7)
    result = svc.review_obligation(db, ob, actor=people["admin"], now=later, today=TODAY,
                                   deliverable="a report")
    assert result.changed == ["deliverable", "reviewed"] and ob.reviewed_at == later


def test_a_deadline_the_calendar_cannot_date_is_kept_and_says_why(db, people):
    ob = gen_obligation(db, due_on=dt.date(2018, 9, 18))
    deadline = svc.make_deadline("session", body="CCPCJ", session=40)
    result = svc.review_obligation(db, ob, actor=people["admin"], now=NOW, today=TODAY, deadline=deadline)
    assert result.due_error == ("Commission on Crime Prevention and Criminal Justice: "
                                "session 40 is not in the calendar")
    assert ob.deadlines == [deadline] and ob.due_on is None


def test_a_review_refused_names_who_and_what(db, people):
    ob = gen_obligation(db, owners=[people["sg"]])
    with pytest.raises(PermissionDenied) as info:
        svc.review_obligation(db, ob, actor=people["officer"], now=NOW, today=TODAY, kind="action")
    assert str(info.value) == "Otto Officer may not review this obligation"


# --------------------------------------------------------------------------- owners and items


def test_assigning_an_owner_is_history_reviewed_and_audited_once(db, people):
    ob = gen_obligation(db, owners=[people["sg"]], reviewed_fields=["kind"])
    assert svc.assign_owner(db, ob, people["interpol"], actor=people["admin"], now=NOW, expected_version=1)
    [entry] = ob.history
    assert (entry.field, entry.old_value, entry.new_value, entry.at, entry.actor) == (
        "owners", ["Secretary-General"], ["Secretary-General", "INTERPOL"], NOW, "Ada Admin")
    assert ob.reviewed_fields == ["kind", "owners"] and ob.updated_at == NOW and ob.version == 2
    [audit] = _audit(db, "assign_owner")
    assert (audit.target_id, audit.details) == (str(ob.id), {"entity": "INTERPOL", "version": 2})
    assert not svc.assign_owner(db, ob, people["interpol"], actor=people["admin"], now=NOW,
                                expected_version=2)
    assert ob.version == 2 and len(ob.history) == 1 and len(_audit(db, "assign_owner")) == 1
    assert svc.assign_owner(db, ob, people["unodc"], actor=people["admin"], now=NOW)
    assert ob.reviewed_fields == ["kind", "owners"]


def test_assigning_an_owner_refused_names_who(db, people):
    ob = gen_obligation(db, owners=[people["sg"]])
    with pytest.raises(PermissionDenied) as info:
        svc.assign_owner(db, ob, people["interpol"], actor=people["officer"], now=NOW)
    assert str(info.value) == "Otto Officer may not assign owners to this obligation"


@pytest.fixture
def item(db, people):
    ob = gen_obligation(db, owners=[people["sg"]])
    sub = Paragraph(resolution=ob.resolution, parent=ob.paragraph, kind="subparagraph", number="a",
                    eid="para_1__point_a", position=99, text="(a) the first thing;")
    item = ObligationItem(obligation=ob, paragraph=sub, label="a", position=1)
    db.add_all([sub, item])
    db.flush()
    return item


def test_ticking_a_sub_item_records_who_and_when_and_unticking_clears_them(db, people, item):
    officer, ob = people["officer"], item.obligation
    assert svc.tick_item(db, item, True, actor=officer, now=NOW, expected_version=1)
    assert (item.is_done, item.done_at, item.done_by_id) == (True, NOW, officer.user_id)
    assert (ob.history[0].field, ob.history[0].old_value, ob.history[0].new_value, ob.history[0].actor) == (
        "item", {"label": "a", "done": False}, {"label": "a", "done": True}, "Otto Officer")
    assert ob.updated_at == NOW and ob.version == 2
    later = NOW + dt.timedelta(days=1)
    assert svc.tick_item(db, item, False, actor=officer, now=later, expected_version=2)
    assert (item.is_done, item.done_at, item.done_by_id) == (False, None, None)
    assert (ob.history[1].old_value, ob.history[1].new_value, ob.history[1].at) == (
        {"label": "a", "done": True}, {"label": "a", "done": False}, later)
    # the audit names the obligation ticked, as every other write of it does
    assert [(a.target_type, a.target_id, a.details) for a in _audit(db, "tick_item")] == [
        ("obligations", str(ob.id), {"item": "a", "done": True, "version": 2}),
        ("obligations", str(ob.id), {"item": "a", "done": False, "version": 3})]
    assert not svc.tick_item(db, item, False, actor=officer, now=later) and ob.version == 3


def test_ticking_a_sub_item_refused_names_who_and_which_obligation(db, people, item):
    other = gen_user(db, "other@un.org", role="officer", name="Olga Other", entities=[people["interpol"]])
    with pytest.raises(PermissionDenied) as info:
        svc.tick_item(db, item, True, actor=Actor.for_user(other), now=NOW)
    assert str(info.value) == f"Olga Other may not update obligation {item.obligation.id}"
    assert not item.is_done
