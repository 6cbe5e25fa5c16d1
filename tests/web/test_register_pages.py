"""Pages tell the truth: an annex section with its obligations, mandates that expire (never
overdue), declaratory paragraphs with no status, mandate panels on the overview."""

from __future__ import annotations

import datetime as dt

from tests.factories import gen_obligation, gen_resolution
from tracker.models import Paragraph


def test_resolution_page_shows_the_annex_and_kinds_honestly(client, db_factory, monkeypatch):
    monkeypatch.setenv("TODAY", "2026-12-01")
    with db_factory() as db:
        res = gen_resolution(db, "A/RES/80/3", session=80, adopted_on=dt.date(2025, 10, 14),
                             title="Awaza Political Declaration",
                             annexes=[{"number": 1, "title": "Awaza Political Declaration"}])
        endorses = "Endorses the political declaration adopted by the Third United Nations Conference"
        gen_obligation(db, res, kind="declaratory", status="not_applicable", text=endorses)
        para = Paragraph(resolution=res, kind="annex", number="24", eid="annex_1__para_24", position=50,
                         text="We request the Secretary-General to ensure the full mobilization and "
                              "coordination of all relevant parts of the United Nations system")
        db.add(para)
        db.flush()
        from tracker.models import Obligation

        annexed = Obligation(resolution=res, paragraph=para, kind="action", action="requests",
                             status="not_started", due_on=dt.date(2026, 1, 1))
        db.add(annexed)
        sc = gen_resolution(db, "S/RES/2749 (2024)", body="SC", session=None, adopted_on=dt.date(2024, 8, 28))
        gen_obligation(db, sc, kind="mandate", status="ongoing", expires_on=dt.date(2025, 8, 31),
                       text="Decides to extend the present mandate of UNIFIL until 31 August 2025;")
        db.commit()
        annexed_id = annexed.id
    html = client.get("/resolutions/A/RES/80/3").get_data(as_text=True)
    assert 'id="annex_1"' in html and "Annex: Awaza Political Declaration" in html
    assert 'id="annex_1__para_24"' in html and f"/obligations/{annexed_id}" in html
    assert "No action required" in html
    assert html.index("Operative paragraphs") < html.index("Annex: Awaza")
    sc_html = client.get("/resolutions/S/RES/2749 (2024)").get_data(as_text=True)
    assert "mandate-expired" in sc_html and "status-overdue" not in sc_html and "expires" in sc_html

    overview = client.get("/").get_data(as_text=True)
    assert 'data-panel="mandates-expired"' in overview and "UNIFIL" in overview
    assert 'data-count="mandates-expired">1<' in overview and 'data-count="overdue">1<' in overview


def test_an_officer_reviews_a_mandate_renewal_on_the_obligation_page(client, db_factory):
    from tests.factories import gen_user
    from tests.web.workspace import PASSWORD, csrf, login
    from tracker.models import HistoryEntry, Obligation

    with db_factory() as db:
        sc = gen_resolution(db, "S/RES/2727 (2024)", body="SC", session=None, adopted_on=dt.date(2024, 3, 15))
        later_res = gen_resolution(db, "S/RES/2777 (2025)", body="SC", session=None,
                                   adopted_on=dt.date(2025, 3, 17))
        later = gen_obligation(db, later_res, number="3", kind="mandate", status="ongoing",
                               expires_on=dt.date(2026, 3, 17))
        earlier = gen_obligation(db, sc, number="3", kind="mandate", status="ongoing",
                                 expires_on=dt.date(2025, 3, 17), renewed_by_id=later.id)
        gen_user(db, "importer@un.test", role="officer", can_import=True, password=PASSWORD)
        db.commit()
        earlier_id, later_id = earlier.id, later.id
    page = client.get(f"/obligations/{earlier_id}").get_data(as_text=True)
    assert "Renewed by" in page and "S/RES/2777 (2025)" in page
    login(client, "importer@un.test")
    url = f"/obligations/{earlier_id}"
    response = client.post(f"{url}/renewal", data={"renewed_by": "", "csrf_token": csrf(client, url)})
    assert response.status_code == 302
    with db_factory() as db:
        assert db.get(Obligation, earlier_id).renewed_by_id is None
        entry = db.query(HistoryEntry).filter_by(obligation_id=earlier_id, field="renewed_by").one()
        assert (entry.old_value, entry.new_value) == (later_id, None)
