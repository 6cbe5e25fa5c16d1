"""A tracked obligation that carries a mandate: "Decides to extend the mandate of the Special
Rapporteur on the situation of human rights in Belarus for a period of one year, and requests the
Special Rapporteur to submit a report … at its forty-seventh session" is a report, due at that
session, counted, overdue and reminded about as any report, and it keeps the mandate's end
(``expires_on``) with a mandate's state: among the mandates of the summary and the overview, their
panels and filters, renewed by a later resolution and renewing an earlier mandate.

The texts in ``data/`` are A/HRC/RES/44/19 and 47/19 abridged: their heading and preamble's first
paragraphs, and four operative paragraphs copied as printed (1, 15-17 and 1, 18-20), numbered
1-4."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from tests.factories import gen_obligation, gen_resolution, gen_user
from tracker.models import Obligation, Paragraph, Resolution
from tracker.services import dashboards
from tracker.services.actors import Actor
from tracker.services.calendar import session_dates, set_official_session
from tracker.services.importing import import_file
from tracker.services.obligations import change_status, review_obligation
from tracker.services.search import ObligationFilter, search_obligations
from tracker.services.successors import find_mandate, renewal_candidates, set_renewal
from tracker.services.summary import counted_summary, overview_by_session, register_summary

DATA = Path(__file__).resolve().parent / "data"
ADMIN = Actor.system("cli")
NOW = dt.datetime(2021, 3, 1, 9, tzinfo=dt.UTC)
TODAY = dt.date(2021, 3, 1)
BELARUS_44, BELARUS_47 = "A/HRC/RES/44/19", "A/HRC/RES/47/19"


def _import(db, name: str, today: dt.date = TODAY) -> None:
    import_file(db, (DATA / name).read_bytes(), name, ADMIN, replace=False, publish=True, today=today,
                now=NOW)


def _obligation(db, symbol: str, number: str) -> Obligation:
    return db.scalars(select(Obligation).join(Resolution, Resolution.id == Obligation.resolution_id)
                      .join(Paragraph, Paragraph.id == Obligation.paragraph_id)
                      .where(Resolution.symbol == symbol, Paragraph.number == number)).one()


def test_a_report_that_extends_a_mandate_keeps_its_due_date_and_the_mandates_end(db):
    _import(db, "A_HRC_RES_44_19.txt")
    ob = _obligation(db, BELARUS_44, "2")
    assert (ob.kind, ob.status) == ("report", "not_started")
    assert ob.due_on == session_dates(db, "HRC", 47).opens_on  # the report: due at the session
    assert ob.expires_on == dt.date(2021, 7, 17)  # the mandate: one year from adoption
    assert ob.is_tracked and ob.has_mandate and not ob.is_mandate
    assert ob.mandate_state(TODAY) == "active" and ob.mandate_state(dt.date(2021, 5, 1)) == "expiring"
    assert ob.mandate_state(dt.date(2021, 8, 1)) == "expired"
    assert ob.is_overdue(dt.date(2021, 8, 1))  # the report is late ...
    ob.status = "completed"
    assert not ob.is_overdue(dt.date(2021, 8, 1))  # ... its mandate's end never makes it overdue
    assert ob.mandate_state(dt.date(2021, 8, 1)) == "expired"
    ob.status = "not_started"
    db.flush()

    # once among the tracked reports, once among the mandates; every reading agrees
    summary = register_summary(db, None, TODAY).to_dict()
    assert summary["obligations"]["by_kind"]["report"] == 1
    # (paragraph 4, the resources of the Special Rapporteur, is a standing duty: not tracked)
    assert summary["obligations"]["tracked"] == 1
    assert summary["mandates"] == {"active": 1, "expiring_within_90": 0, "expired": 0, "renewed": 0}
    flt = ObligationFilter()
    assert counted_summary(db, flt, TODAY).to_dict() == summary
    assert overview_by_session(db, flt, TODAY).summary.to_dict() == summary
    assert dashboards.overview(db, TODAY).summary.to_dict() == summary
    for day in (dt.date(2021, 5, 1), dt.date(2021, 8, 1)):  # expiring, then expired
        on_day = register_summary(db, None, day).to_dict()
        assert on_day == counted_summary(db, flt, day).to_dict() == \
            overview_by_session(db, flt, day).summary.to_dict()
        assert sum(on_day["mandates"].values()) == 1 and on_day["obligations"]["by_kind"]["report"] == 1
    active = search_obligations(db, ObligationFilter(mandate=("active",)), TODAY)
    assert [o.id for o in active.items] == [ob.id]
    assert ob.id in [o.id for o in search_obligations(db, ObligationFilter(tracked=True), TODAY).items]
    panels = dashboards.mandate_panels(db, dt.date(2021, 5, 1), flt)
    assert [m.id for m in panels.expiring] == [ob.id]


def test_renewal_both_ways_between_reports_that_extend_the_same_mandate(db_factory):
    """47/19 extends the mandate 44/19 extended (each in a report's paragraph): imported in either
    order, the earlier is renewed by the later."""
    for order in (("44", "47"), ("47", "44")):
        with db_factory() as db:
            for n in order:
                _import(db, f"A_HRC_RES_{n}_19.txt")
            earlier, later = _obligation(db, BELARUS_44, "2"), _obligation(db, BELARUS_47, "2")
            assert earlier.renewed_by_id == later.id, order
            assert earlier.mandate_state(TODAY) == "renewed" and later.mandate_state(TODAY) == "active"
            summary = register_summary(db, None, TODAY).to_dict()
            assert summary["mandates"]["renewed"] == 1 and summary["mandates"]["active"] == 1
            assert overview_by_session(db, ObligationFilter(), TODAY).summary.to_dict() == summary
            db.rollback()


def test_a_mandate_and_a_report_that_extends_it_renew_one_another(db):
    """An officer links a report that extends a mandate to the mandate it renews, and a later
    mandate to such a report; the candidates and the look-up by paragraph offer them."""
    _import(db, "A_HRC_RES_44_19.txt")
    report = _obligation(db, BELARUS_44, "2")
    hrc = gen_resolution(db, "A/HRC/RES/41/22", body="HRC", session=41, adopted_on=dt.date(2019, 7, 12))
    text = ("Decides to extend the mandate of the Special Rapporteur on the situation of human rights in "
            "Belarus for a period of one year;")
    older = gen_obligation(db, hrc, kind="mandate", action="decides", status="ongoing", text=text,
                           expires_on=dt.date(2020, 7, 12))
    newer_resolution = gen_resolution(db, "A/HRC/RES/47/19", body="HRC", session=47,
                                      adopted_on=dt.date(2021, 7, 13))
    newer = gen_obligation(db, newer_resolution, kind="mandate", action="decides", status="ongoing",
                           number="18", text=text, expires_on=dt.date(2022, 7, 13))
    admin = Actor.for_user(gen_user(db, role="admin"))
    assert report in renewal_candidates(db, older)
    assert find_mandate(db, BELARUS_44, "2") == report
    assert set_renewal(db, older, report, actor=admin)  # the report renews the earlier mandate
    assert set_renewal(db, report, newer, actor=admin)  # a later mandate renews the report's
    assert (older.mandate_state(TODAY), report.mandate_state(TODAY)) == ("renewed", "renewed")
    assert register_summary(db, None, TODAY).to_dict()["mandates"]["renewed"] == 2


def test_review_and_the_calendar_keep_the_end_right(db):
    _import(db, "A_HRC_RES_44_19.txt")
    ob = _obligation(db, BELARUS_44, "2")
    review = {"actor": ADMIN, "now": NOW, "today": TODAY}
    review_obligation(db, ob, kind="action", **review)  # another tracked kind: it still carries it
    assert (ob.expires_on, ob.mandate_state(TODAY)) == (dt.date(2021, 7, 17), "active")
    for kind in ("exhortation", "declaratory"):  # dropped where a mandate's end would be
        review_obligation(db, ob, kind=kind, **review)
        assert (ob.expires_on, ob.mandate_state(TODAY)) == (None, None), kind
    review_obligation(db, ob, kind="report", **review)
    assert ob.expires_on == dt.date(2021, 7, 17) and ob.due_on == session_dates(db, "HRC", 47).opens_on
    review_obligation(db, ob, kind="mandate", **review)
    assert (ob.expires_on, ob.due_on, ob.mandate_state(TODAY)) == (dt.date(2021, 7, 17), None, "active")
    review_obligation(db, ob, kind="report", **review)
    # the report is filed under its own session, not the mandate's end written first; a reviewer
    # corrects that session, and the end stays
    filed = ("deadline_text", "deadline_body", "deadline_session")
    assert [getattr(ob, f) for f in filed] == ["at its forty-seventh session", "HRC", 47]
    review_obligation(db, ob, deadline={"kind": "session", "body": "HRC", "session": 48,
                                        "text": "at its forty-eighth session"}, **review)
    assert [getattr(ob, f) for f in filed] == ["at its forty-eighth session", "HRC", 48]
    assert ob.deadlines[0]["expires"] and ob.expires_on == dt.date(2021, 7, 17)
    assert ob.mandate_state(TODAY) == "active" and ob.due_on == session_dates(db, "HRC", 48).opens_on
    db.flush()
    summary = register_summary(db, None, TODAY).to_dict()
    assert sum(summary["mandates"].values()) == 1
    assert overview_by_session(db, ObligationFilter(), TODAY).summary.to_dict() == summary
    due_at_48 = search_obligations(db, ObligationFilter(due_body="HRC", due_session=48), TODAY)
    assert [o.id for o in due_at_48.items] == [ob.id]

    # an end from a session's close moves with the session's official dates, the report delivered
    hrc = gen_resolution(db, "A/HRC/RES/55/27", body="HRC", session=55, adopted_on=dt.date(2024, 4, 4))
    end = {"kind": "relative", "from": "session_end", "body": "HRC", "session": 56, "period": "P1Y",
           "expires": True,
           "text": "for a period of one year, effective from the end of its fifty-sixth session"}
    extended = gen_obligation(db, hrc, kind="report", status="completed", due_on=dt.date(2025, 6, 16),
                              deadlines=[end, {"kind": "session", "body": "HRC", "session": 59,
                                               "text": "at its fifty-ninth session"}])
    admin = Actor.for_user(gen_user(db, role="admin"))
    set_official_session(db, "HRC", 56, opens_on=dt.date(2024, 6, 18), closes_on=dt.date(2024, 7, 12),
                         actor=admin, today=TODAY)
    assert extended.expires_on == dt.date(2025, 7, 12) and extended.due_on == dt.date(2025, 6, 16)
    db.flush()
    assert register_summary(db, None, dt.date(2025, 1, 1)).to_dict()["mandates"]["active"] == 1


def test_a_reimport_moves_the_end_of_a_delivered_reports_mandate(db):
    """The report delivered, its due date is the record of what was due; the mandate it came with
    runs on, and a corrected text moves its end."""
    _import(db, "A_HRC_RES_44_19.txt")
    ob = _obligation(db, BELARUS_44, "2")
    change_status(db, ob, "completed", actor=ADMIN, now=NOW, evidence="A/HRC/47/49")
    due = ob.due_on
    text = (DATA / "A_HRC_RES_44_19.txt").read_text(encoding="utf-8")
    import_file(db, text.replace("for a period of one year", "for a period of two years").encode(),
                "A_HRC_RES_44_19.txt", ADMIN, replace=True, publish=True, today=TODAY, now=NOW)
    ob = _obligation(db, BELARUS_44, "2")
    assert (ob.status, ob.due_on, ob.expires_on) == ("completed", due, dt.date(2022, 7, 17))


def test_an_end_the_calendar_cannot_date_is_for_review_as_a_mandates_is():
    from tracker.calendar import Calendar
    from tracker.services.calendar import compute_dates

    end = {"kind": "relative", "from": "session_end", "body": "CCPCJ", "session": 40, "period": "P1Y",
           "expires": True, "text": "for one year from the end of its fortieth session"}
    report = {"kind": "session", "body": "HRC", "session": 59, "text": "at its fifty-ninth session"}
    dates = {"adopted_on": dt.date(2024, 4, 4), "body": "HRC", "today": dt.date(2024, 5, 1)}
    due, expires_on, error = compute_dates(Calendar({}, {}), "report", [end, report], **dates)
    assert due.due_on == dt.date(2025, 6, 16) and expires_on is None  # the report is dated all the same
    assert error == compute_dates(Calendar({}, {}), "mandate", [end], **dates)[2]
    assert "session 40 is not in the calendar" in error
