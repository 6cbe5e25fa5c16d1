"""The officer workspace over HTTP: the obligation page, status with evidence, 409 on a stale
version, sub-items, review, import with preview, my work, and escaping of user text."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.factories import gen_entity, gen_obligation, gen_user
from tests.web.workspace import PASSWORD, login, token
from tracker.models import AuditEntry, Obligation, ObligationItem, Paragraph, Resolution
from tracker.services.calendar import session_dates

SEED = Path(__file__).resolve().parents[1] / "corpus" / "A-RES-71-19.txt"
SCRIPT = "<script>alert(1)</script>"


@pytest.fixture
def people(db):
    sg = gen_entity(db, "Secretary-General")
    interpol = gen_entity(db, "INTERPOL")
    officer = gen_user(db, "officer@un.org", role="officer", password=PASSWORD, entities=[sg],
                       can_import=True, name="Olga Officer")
    other = gen_user(db, "other@un.org", role="officer", password=PASSWORD, entities=[interpol])
    ob = gen_obligation(db, owners=[sg], due_on=dt.date(2018, 9, 18),
                        text="Requests the Secretary-General to submit a report;")
    db.commit()
    return {"sg": sg, "officer": officer, "other": other, "ob": ob}


def _status(client, ob_id, **fields):
    data = {"status": "in_progress", "comment": "", "evidence": "", "csrf_token": token(client), **fields}
    return client.post(f"/obligations/{ob_id}/status", data=data)


def test_obligation_page_shows_paragraph_owners_due_and_the_status_form(client, people):
    login(client, "officer@un.org")
    html = client.get(f"/obligations/{people['ob'].id}").get_data(as_text=True)
    assert "Requests the Secretary-General to submit a report" in html
    assert "Secretary-General" in html and "18 Sep 2018" in html
    for name in ("status", "comment", "evidence", "version", "csrf_token"):
        assert f'name="{name}"' in html


def test_status_then_completed_with_evidence_shows_in_history_and_audit(client, db, people):
    login(client, "officer@un.org")
    ob_id = people["ob"].id
    assert _status(client, ob_id, version="1", comment="drafting started").status_code == 302
    refused = _status(client, ob_id, status="completed", version="2")
    refused_html = refused.get_data(as_text=True)
    assert refused.status_code == 422
    assert "To mark this obligation completed, give the evidence" in refused_html
    # the sentence sits under the evidence field, which says it is invalid
    assert re.search(r'<textarea[^>]*aria-invalid="true"[^>]*name="evidence"|<textarea[^>]*name="evidence"'
                     r'[^>]*aria-invalid="true"', refused_html)
    assert 'id="evidence-error"' in refused_html
    bad = _status(client, ob_id, status="completed", version="2", evidence="A/73/xxx\nsee the annex report")
    bad_html = bad.get_data(as_text=True)
    # what was typed is echoed whole, every item, not cut into words
    assert bad.status_code == 422 and "A/73/xxx; see the annex report" in bad_html
    assert _status(client, ob_id, status="completed", version="2", evidence="A/73/123").status_code == 302
    html = client.get(f"/obligations/{ob_id}").get_data(as_text=True)
    history = html[html.index('id="history"'):]
    history = history[:history.index("</table>")]
    assert "In progress" in history and "Completed" in history and "A/73/123" in history
    assert "in_progress" not in history  # statuses read as words, not codes
    assert "drafting started" in history and "Olga Officer" in history
    db.expire_all()
    assert db.get(Obligation, ob_id).status == "completed"
    audits = db.scalars(select(AuditEntry).where(AuditEntry.action == "change_status")).all()
    assert len(audits) == 2 and {a.ip for a in audits} == {"127.0.0.1"} and audits[0].user_id is not None


def test_stale_version_gets_409_with_what_changed_and_nothing_is_overwritten(app, client, db, people):
    ob_id = people["ob"].id
    rival = app.test_client()
    login(rival, "officer@un.org")
    first = _status(rival, ob_id, version="1", status="not_applicable", comment="rival was first")
    assert first.status_code == 302
    login(client, "officer@un.org")
    response = _status(client, ob_id, version="1", status="in_progress", comment="mine")
    html = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "Someone else changed this obligation" in html and "rival was first" in html
    assert "not_applicable" in html[html.index('id="conflict"'):]
    assert re.search(r'name="version" type="hidden" value="2"', html)
    db.expire_all()
    assert db.get(Obligation, ob_id).status == "not_applicable"


def test_user_text_is_escaped_everywhere_it_is_shown(client, db, people):
    login(client, "officer@un.org")
    ob_id = people["ob"].id
    paragraph = db.get(Obligation, ob_id).paragraph
    paragraph.text = f"Requests {SCRIPT} the Secretary-General;"
    db.commit()
    _status(client, ob_id, version="1", comment=SCRIPT)
    html = client.get(f"/obligations/{ob_id}").get_data(as_text=True)
    assert SCRIPT not in html
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 2  # the paragraph and the comment


def test_other_officers_cannot_change_what_they_do_not_own(client, db, people):
    login(client, "other@un.org")
    response = _status(client, people["ob"].id, version="1")
    assert response.status_code == 403
    html = client.get(f"/obligations/{people['ob'].id}").get_data(as_text=True)
    assert 'id="status-form"' not in html
    db.expire_all()
    assert db.get(Obligation, people["ob"].id).status == "not_started"


def test_sub_items_are_ticked_one_by_one(client, db, people):
    ob = db.get(Obligation, people["ob"].id)
    sub = Paragraph(resolution=ob.resolution, parent=ob.paragraph, kind="subparagraph", number="a",
                    eid="para_x__point_a", position=50, text="(a) the first thing;")
    item = ObligationItem(obligation=ob, paragraph=sub, label="a", position=1)
    db.add_all([sub, item])
    db.commit()
    login(client, "officer@un.org")
    response = client.post(f"/obligations/{ob.id}/items/{item.id}",
                           data={"done": "1", "version": "1", "csrf_token": token(client)})
    assert response.status_code == 302
    db.expire_all()
    assert db.get(ObligationItem, item.id).is_done
    stale = client.post(f"/obligations/{ob.id}/items/{item.id}",
                        data={"done": "0", "version": "1", "csrf_token": token(client)})
    assert stale.status_code == 409


def test_review_form_corrects_fields_and_records_history(client, db, people):
    login(client, "officer@un.org")
    ob_id = people["ob"].id
    page = client.get(f"/obligations/{ob_id}/review")
    assert page.status_code == 200
    response = client.post(f"/obligations/{ob_id}/review", data={
        "kind": "action", "owners": [str(people["sg"].id)], "deliverable": "a report",
        "deadline_kind": "date", "deadline_date": "2019-03-31", "deadline_text": "by 31 March 2019",
        "due_on_override": "", "comment": "checked against the text", "version": "1",
        "csrf_token": token(client),
    })
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    db.expire_all()
    ob = db.get(Obligation, ob_id)
    assert ob.kind == "action" and ob.due_on == dt.date(2019, 3, 31) and ob.reviewed_at is not None
    assert {"kind", "deliverable", "deadline"} <= set(ob.reviewed_fields)


def _mandate_from_a_sessions_end(db, people, **fields):
    """A/HRC/RES/52/20 op 1: "for a period of three years, effective from the end of its
    fifty-third session", as the parser reads it."""
    read = {"kind": "relative", "from": "session_end", "body": "HRC", "session": 53, "period": "P3Y",
            "expires": True, "text": "for a period of three years, effective from the end of its "
                                     "fifty-third session"}
    ob = gen_obligation(db, people["ob"].resolution, kind="mandate", action="decides",
                        owners=[people["sg"]], deadlines=[read], **fields)
    db.commit()
    return ob, read


def _review_period(client, people, ob, *, session="53", period="P3Y", text=None):
    return client.post(f"/obligations/{ob.id}/review", data={
        "kind": "mandate", "owners": [str(people["sg"].id)], "deliverable": "",
        "deadline_kind": "relative", "deadline_text": text or ob.deadlines[0]["text"],
        "deadline_body": "HRC", "deadline_session": session, "deadline_date": "", "deadline_days": "",
        "deadline_period": period, "deadline_every": "", "due_on_override": "", "comment": "",
        "version": "1", "csrf_token": token(client),
    })


def test_review_keeps_an_untouched_deadline_with_what_the_form_does_not_show(client, db, people):
    ob, read = _mandate_from_a_sessions_end(db, people, expires_on=dt.date(2026, 7, 14))
    login(client, "officer@un.org")
    page = client.get(f"/obligations/{ob.id}/review").get_data(as_text=True)
    assert re.search(r'<input[^>]*name="deadline_period"[^>]*value="P3Y"', page)
    response = _review_period(client, people, ob)
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    db.expire_all()
    ob = db.get(Obligation, ob.id)
    assert ob.deadlines == [read] and ob.reviewed_at is not None
    assert ob.expires_on == dt.date(2026, 7, 14)  # the expiry is not on the form: kept as stored


def test_review_corrects_a_period_from_a_sessions_end_and_the_mandate_still_expires(client, db, people):
    # the officer corrects the session and the period: the mandate ends two years after the
    # fifty-second session closes, and is still an expiry, not a deadline due
    ob, _ = _mandate_from_a_sessions_end(db, people, expires_on=dt.date(2026, 7, 14))
    login(client, "officer@un.org")
    response = _review_period(client, people, ob, session="52", period="p2y",
                              text="for a period of two years")
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    db.expire_all()
    ob = db.get(Obligation, ob.id)
    assert ob.deadlines == [{"kind": "relative", "from": "session_end", "body": "HRC", "session": 52,
                             "period": "P2Y", "text": "for a period of two years", "expires": True}]
    closes = session_dates(db, "HRC", 52).closes_on
    assert ob.expires_on == dt.date(closes.year + 2, closes.month, closes.day)
    assert ob.due_on is None


def test_review_refuses_a_period_that_is_not_a_duration_on_its_field(client, db, people):
    ob, read = _mandate_from_a_sessions_end(db, people)
    login(client, "officer@un.org")
    response = _review_period(client, people, ob, period="3 years")
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "P3Y (three years)" in page and 'id="deadline_period-error"' in page
    db.expire_all()
    assert db.get(Obligation, ob.id).deadlines == [read]


def test_review_of_a_delay_from_the_adoption_shows_its_days_not_a_period_after_a_session(client, db, people):
    # "within six months of the adoption of the present resolution", as the parser reads it (its period
    # says how the resolution wrote it): the form's period is one after a session's end, so it stays empty,
    # and the stored deadline, untouched, stands
    read = {"kind": "relative", "days": 181, "from": "adoption", "period": "P6M",
            "text": "within six months of the adoption of the present resolution"}
    ob = gen_obligation(db, people["ob"].resolution, owners=[people["sg"]], deadlines=[read])
    db.commit()
    login(client, "officer@un.org")
    page = client.get(f"/obligations/{ob.id}/review").get_data(as_text=True)
    assert re.search(r'<input[^>]*name="deadline_days"[^>]*value="181"', page)
    assert not re.search(r'<input[^>]*name="deadline_period"[^>]*value="P6M"', page)
    response = client.post(f"/obligations/{ob.id}/review", data={
        "kind": "report", "owners": [str(people["sg"].id)], "deliverable": "",
        "deadline_kind": "relative", "deadline_text": read["text"], "deadline_body": "GA",
        "deadline_session": "", "deadline_date": "", "deadline_days": "181", "deadline_period": "",
        "deadline_every": "", "due_on_override": "", "comment": "", "version": "1",
        "csrf_token": token(client)})
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    db.expire_all()
    assert db.get(Obligation, ob.id).deadlines == [read]


def test_review_can_say_a_session_deadline_is_due_by_the_sessions_end(client, db, people):
    # A/RES/72/279 op 16: "before the end of its seventy-fifth session", read as its opening
    ob = gen_obligation(db, people["ob"].resolution, owners=[people["sg"]],
                        deadlines=[{"kind": "session", "body": "GA", "session": 75,
                                    "text": "before the end of its seventy-fifth session"}])
    db.commit()
    login(client, "officer@un.org")
    fields = {"kind": "report", "owners": [str(people["sg"].id)], "deliverable": "",
              "deadline_kind": "session", "deadline_text": "before the end of its seventy-fifth session",
              "deadline_body": "GA", "deadline_session": "75", "deadline_date": "", "deadline_days": "",
              "deadline_every": "", "due_on_override": "", "comment": "", "csrf_token": token(client)}
    page = client.get(f"/obligations/{ob.id}/review").get_data(as_text=True)
    assert 'name="deadline_end"' in page and "By the end of the session" in page
    response = client.post(f"/obligations/{ob.id}/review",
                           data={**fields, "deadline_end": "y", "version": "1"})
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    db.expire_all()
    ob = db.get(Obligation, ob.id)
    assert ob.deadlines[0]["end"] is True
    assert ob.due_on == dt.date(2021, 9, 13)  # the day before the seventy-sixth opens
    # shown ticked; unticked again, the opening
    page = client.get(f"/obligations/{ob.id}/review").get_data(as_text=True)
    end_box = re.search(r'<input[^>]*name="deadline_end"[^>]*>', page).group(0)
    assert "checked" in end_box
    response = client.post(f"/obligations/{ob.id}/review", data={**fields, "version": str(ob.version)})
    assert response.status_code == 302
    db.expire_all()
    ob = db.get(Obligation, ob.id)
    assert "end" not in ob.deadlines[0] and ob.due_on == dt.date(2020, 9, 15)


def test_a_paragraph_with_two_deadlines_shows_both_and_the_review_form_says_what_happens_to_the_second(
        client, db, people):
    # A/RES/71/19 op 13-like: a report "at its seventy-third session" and an update "at its
    # seventy-fifth": the form edits the first; the second is shown with its own date, kept by a
    # correction and dropped by "No deadline"
    first = {"kind": "session", "body": "GA", "session": 73, "text": "at its seventy-third session"}
    second = {"kind": "session", "body": "GA", "session": 75, "text": "at its seventy-fifth session"}
    ob = gen_obligation(db, people["ob"].resolution, owners=[people["sg"]], deadlines=[first, second])
    db.commit()
    login(client, "officer@un.org")
    page = client.get(f"/obligations/{ob.id}").get_data(as_text=True)
    listed = re.search(r'<dd class="col-sm-8" id="deadlines">(.*?)</dd>', page, re.S).group(1)
    assert listed.index("seventy-third") < listed.index("seventy-fifth")
    assert "15 Sep 2020" in listed  # the seventy-fifth session's opening, the second's own date
    form = client.get(f"/obligations/{ob.id}/review").get_data(as_text=True)
    others = re.search(r'<div class="small mb-2" id="other-deadlines">(.*?)</div>\s*</div>', form, re.S)
    assert others and "1 more deadline" in others.group(1) and "seventy-fifth" in others.group(1)
    assert "seventy-third" not in others.group(1)

    fields = {"kind": "report", "owners": [str(people["sg"].id)], "deliverable": "", "deadline_text": "",
              "deadline_body": "GA", "deadline_date": "", "deadline_days": "", "deadline_period": "",
              "deadline_every": "", "due_on_override": "", "comment": "", "csrf_token": token(client)}
    corrected = client.post(f"/obligations/{ob.id}/review", data={
        **fields, "deadline_kind": "session", "deadline_session": "74", "version": "1"})
    assert corrected.status_code == 302, corrected.get_data(as_text=True)[:2000]
    db.expire_all()
    ob = db.get(Obligation, ob.id)
    assert [d["session"] for d in ob.deadlines] == [74, 75]
    dropped = client.post(f"/obligations/{ob.id}/review", data={
        **fields, "deadline_kind": "none", "deadline_session": "", "version": str(ob.version)})
    assert dropped.status_code == 302
    db.expire_all()
    assert db.get(Obligation, ob.id).deadlines == []
    form = client.get(f"/obligations/{ob.id}/review").get_data(as_text=True)
    assert 'id="other-deadlines"' not in form


def test_review_needs_the_import_right(client, people):
    login(client, "other@un.org")
    assert client.get(f"/obligations/{people['ob'].id}/review").status_code == 403


def test_my_work_lists_my_obligations_and_bulk_updates_them(client, db, people):
    second = gen_obligation(db, people["ob"].resolution, owners=[people["sg"]])
    foreign = gen_obligation(db, people["ob"].resolution, owners=[gen_entity(db, "UNODC")])
    db.commit()
    login(client, "officer@un.org")
    html = client.get("/my-work").get_data(as_text=True)
    assert f'name="ids" value="{people["ob"].id}"' in html and f'name="ids" value="{second.id}"' in html
    assert f'name="ids" value="{foreign.id}"' not in html
    response = client.post("/my-work/bulk", data={"ids": [str(people["ob"].id), str(second.id)],
                                                  "status": "in_progress", "csrf_token": token(client)})
    assert response.status_code == 302
    db.expire_all()
    assert {db.get(Obligation, i).status for i in (people["ob"].id, second.id)} == {"in_progress"}
    refused = client.post("/my-work/bulk", data={"ids": [str(foreign.id)], "status": "in_progress",
                                                 "csrf_token": token(client)})
    assert refused.status_code == 403


def _upload(client, data: bytes, name: str = "A-RES-71-19.txt"):
    return client.post("/import", data={"file": (io.BytesIO(data), name), "csrf_token": token(client)},
                       content_type="multipart/form-data")


def test_import_previews_before_saving_then_saves(client, db, people):
    login(client, "officer@un.org")
    preview = _upload(client, SEED.read_bytes())
    html = preview.get_data(as_text=True)
    assert preview.status_code == 200, html[:2000]
    assert "A/RES/71/19" in html and "at its seventy-third session" in html
    assert db.scalar(select(Resolution).where(Resolution.symbol == "A/RES/71/19")) is None  # not yet
    upload = re.search(r'name="upload" type="hidden" value="([0-9a-f]{32})"', html).group(1)
    saved = client.post("/import/save", data={"upload": upload, "publish": "y", "csrf_token": token(client)})
    assert saved.status_code == 302
    resolution = db.scalar(select(Resolution).where(Resolution.symbol == "A/RES/71/19"))
    assert resolution is not None and resolution.published_at is not None
    review = client.get(saved.headers["Location"]).get_data(as_text=True)
    assert "at its seventy-third session" in review
    again = client.post("/import/save", data={"upload": upload, "csrf_token": token(client)})
    assert again.status_code == 302 and again.headers["Location"] == "/import"  # the upload was used up


def test_someone_elses_upload_cannot_be_saved(app, client, db, people):
    login(client, "officer@un.org")
    html = _upload(client, SEED.read_bytes()).get_data(as_text=True)
    upload = re.search(r'name="upload" type="hidden" value="([0-9a-f]{32})"', html).group(1)
    admin = gen_user(db, "admin@un.org", role="admin", password=PASSWORD)
    db.commit()
    thief = app.test_client()
    login(thief, admin.email)
    response = thief.post("/import/save", data={"upload": upload, "csrf_token": token(thief)})
    assert response.status_code == 302
    assert db.scalar(select(Resolution).where(Resolution.symbol == "A/RES/71/19")) is None


def test_parser_errors_are_shown_plainly(client, people):
    login(client, "officer@un.org")
    response = _upload(client, b"This is not a resolution at all.\n", "notes.txt")
    assert response.status_code == 422
    assert "could not read notes.txt" in response.get_data(as_text=True)


def test_imported_paragraph_text_is_escaped(client, db, people):
    login(client, "officer@un.org")
    text = SEED.read_text()
    at = text.index("5. Requests")
    sg = "Requests the Secretary-General"
    text = text[:at] + text[at:].replace(sg, f"{sg} {SCRIPT}", 1)
    html = _upload(client, text.encode()).get_data(as_text=True)
    assert SCRIPT not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    upload = re.search(r'name="upload" type="hidden" value="([0-9a-f]{32})"', html).group(1)
    client.post("/import/save", data={"upload": upload, "publish": "y", "csrf_token": token(client)})
    ob = db.scalar(select(Obligation).join(Paragraph, Obligation.paragraph_id == Paragraph.id)
                   .where(Paragraph.number == "5"))
    page = client.get(f"/obligations/{ob.id}").get_data(as_text=True)
    assert SCRIPT not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_my_work_shows_the_paragraph_filters_and_has_no_silent_default(client, db, people):
    report = gen_obligation(db, people["ob"].resolution, owners=[people["sg"]], kind="agenda",
                            deliverable="an item on the provisional agenda")
    db.commit()
    login(client, "officer@un.org")
    html = client.get("/my-work").get_data(as_text=True)
    assert "Requests the Secretary-General to submit a report" in html  # the paragraph's words
    assert "an item on the provisional agenda" in html  # the deliverable
    # the bulk form comes before the list, and its status starts on no status
    table = html.index('id="my-work"')
    assert html.index('id="bulk-form"') < table < html.index("</form>", table)
    assert html.index("Update the selected obligations") < html.index('id="my-work"')
    assert re.search(r'<option selected value="">Choose a status', html)
    assert 'data-select-all="ids"' in html
    # filters: kind, status, due window, resolution; empty ones are dropped from the address
    only_agenda = client.get("/my-work?kind=agenda").get_data(as_text=True)
    assert f'name="ids" value="{report.id}"' in only_agenda
    assert f'name="ids" value="{people["ob"].id}"' not in only_agenda
    tidy = client.get("/my-work?kind=agenda&due=&resolution=")
    assert tidy.status_code == 302 and tidy.headers["Location"] == "/my-work?kind=agenda"
    none = client.get("/my-work?status=completed").get_data(as_text=True)
    assert "No obligation matches these filters." in none
    # no status chosen: refused next to the field, nothing changed
    refused = client.post("/my-work/bulk", data={"ids": [str(report.id)], "csrf_token": token(client)})
    assert refused.status_code == 400 and "Choose the new status." in refused.get_data(as_text=True)
    # nothing selected: a sentence above the list, which the page focuses
    empty = client.post("/my-work/bulk", data={"status": "in_progress", "csrf_token": token(client)})
    body = empty.get_data(as_text=True)
    assert empty.status_code == 422 and 'id="selection-error"' in body
    assert "Select at least one obligation in the list" in body
    db.expire_all()
    assert db.get(Obligation, report.id).status == "not_started"


def test_review_saves_and_goes_to_the_next_paragraph_and_picks_owners_one_at_a_time(client, db, people):
    resolution = people["ob"].resolution
    second = gen_obligation(db, resolution, owners=[people["sg"]])
    unodc = gen_entity(db, "UNODC")
    people["officer"].entities.append(unodc)  # a reviewer assigns owners among the entities they act for
    db.commit()
    login(client, "officer@un.org")
    first_page = client.get(f"/obligations/{people['ob'].id}/review").get_data(as_text=True)
    assert "Save and next" in first_page and 'list="entity-names"' in first_page
    assert '<option value="UNODC">' in first_page  # the names the browser suggests as you type

    def form_of(ob, **extra):
        return {"kind": ob.kind, "owners": [str(e.id) for e in ob.owners], "deliverable": "",
                "deadline_kind": "none", "version": str(ob.version), "csrf_token": token(client), **extra}

    # "Save and next" on a paragraph the parser got right: one click, then the next paragraph
    done = client.post(f"/obligations/{people['ob'].id}/review", data=form_of(people["ob"], next="1"))
    assert done.status_code == 302 and done.headers["Location"] == f"/obligations/{second.id}/review"
    # add one owner by name (the others stay), then remove one by unticking it
    added = client.post(f"/obligations/{second.id}/review",
                        data=form_of(second, add_owner="unodc", add="1"))
    assert added.status_code == 302
    assert added.headers["Location"].endswith(f"/obligations/{second.id}/review#owners")
    db.expire_all()
    assert {e.name for e in db.get(Obligation, second.id).owners} == {"Secretary-General", "UNODC"}
    second = db.get(Obligation, second.id)
    removed = client.post(f"/obligations/{second.id}/review",
                          data={**form_of(second, next="1"), "owners": [str(unodc.id)]})
    # the last paragraph: back to the resolution's list
    assert removed.headers["Location"] == f"/resolutions/{resolution.id}/review"
    db.expire_all()
    assert [e.name for e in db.get(Obligation, second.id).owners] == ["UNODC"]
    unknown = client.post(f"/obligations/{second.id}/review",
                          data=form_of(db.get(Obligation, second.id), add_owner="Nobody at all", add="1"))
    assert unknown.status_code == 400 and "No entity is called" in unknown.get_data(as_text=True)


def test_an_upload_waits_unpublished_for_review_and_the_preview_speaks_in_words(client, db, people):
    login(client, "officer@un.org")
    text = SEED.read_text().replace("Requests the Secretary-General to submit",
                                    "Requests the Panel of Eminent Navigators to submit", 1)
    html = _upload(client, text.encode()).get_data(as_text=True)
    assert re.search(r'<input[^>]*id="publish"[^>]*>', html) and " checked" not in \
        re.search(r'<input[^>]*id="publish"[^>]*>', html).group(0)  # the box starts unticked
    review = html[html.index('id="to-review"'):html.index('id="preview"')]
    assert "Panel of Eminent Navigators" in review and "unknown owners" in review
    # deadlines in words with their date, never the parser's JSON
    assert "at its seventy-third session —" in html and "due 18 Sep 2018" in html
    assert '"kind"' not in html and "&#34;kind&#34;" not in html
    upload = re.search(r'name="upload" type="hidden" value="([0-9a-f]{32})"', html).group(1)
    saved = client.post("/import/save", data={"upload": upload, "csrf_token": token(client)})
    resolution = db.scalar(select(Resolution).where(Resolution.symbol == "A/RES/71/19"))
    # saved (the review page), not refused as already imported (the upload page again)
    assert saved.status_code == 302 and saved.headers["Location"] == f"/resolutions/{resolution.id}/review"
    assert resolution.published_at is None
    assert client.get("/resolutions/A/RES/71/19").status_code == 404  # not on the public pages yet
