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
    """The officer picks the renewing mandate among the likely ones (newest first, with symbol,
    paragraph, expiry and text), clears it, or names one by symbol and paragraph; a stale form
    is refused with the 409 page; each change is history on both mandates."""
    import re

    from tests.factories import gen_user
    from tests.web.workspace import PASSWORD, csrf, login
    from tracker.models import HistoryEntry, Obligation

    def unama(db, symbol, adopted_on, until, number="3", body="SC"):
        res = gen_resolution(db, symbol, body=body, session=None if body == "SC" else 80,
                             adopted_on=adopted_on)
        return gen_obligation(db, res, number=number, kind="mandate", action="decides", status="ongoing",
                              text=f"Decides to extend until 17 March {until} the mandate of UNAMA, as "
                                   "defined in resolution 2626 (2022);", expires_on=dt.date(until, 3, 17))

    with db_factory() as db:
        first = unama(db, "S/RES/2777 (2025)", dt.date(2025, 3, 17), 2026)
        second = unama(db, "S/RES/2800 (2026)", dt.date(2026, 3, 16), 2027, number="4")
        ga = unama(db, "A/RES/80/9", dt.date(2025, 12, 1), 2026, body="GA")
        earlier = unama(db, "S/RES/2727 (2024)", dt.date(2024, 3, 15), 2025)
        earlier.renewed_by_id = first.id
        gen_user(db, "importer@un.test", role="officer", can_import=True, password=PASSWORD)
        db.commit()
        earlier_id, first_id, second_id, ga_id = earlier.id, first.id, second.id, ga.id
    url = f"/obligations/{earlier_id}"
    page = client.get(url).get_data(as_text=True)
    assert "Renewed by" in page and "S/RES/2777 (2025)" in page and "renewal-candidate" not in page
    login(client, "importer@un.test")
    page = client.get(url).get_data(as_text=True)
    offered = re.findall(r'name="renewed_by" id="renewed-by-(\d+)" value="\d+"( checked)?', page)
    assert offered == [(str(second_id), ""), (str(first_id), " checked")]  # newest first; not the GA's
    assert "S/RES/2800 (2026)</strong>, paragraph 4" in page and "expires on 17 Mar 2027" in page
    assert "Decides to extend until 17 March 2027 the mandate of UNAMA" in page

    def post(version, **data):
        return client.post(f"{url}/renewal", data={"csrf_token": csrf(client, url), "version": str(version),
                                                   **data})

    def renewed_by():
        with db_factory() as db:
            return db.get(Obligation, earlier_id).renewed_by_id

    shown = int(re.search(r'id="renewal-version" name="version" type="hidden" value="(\d+)"', page).group(1))
    assert post(shown, renewed_by=str(second_id)).status_code == 302 and renewed_by() == second_id
    stale = post(shown, renewed_by="")
    assert stale.status_code == 409 and 'id="conflict"' in stale.get_data(as_text=True)
    assert renewed_by() == second_id
    assert post(shown + 1, renewed_by="").status_code == 302 and renewed_by() is None
    missing = post(shown + 2, renewed_by="other", symbol="S/RES/9999 (2030)", paragraph="1")
    assert missing.status_code in (400, 422)
    assert "No resolution S/RES/9999 (2030) is in the register." in missing.get_data(as_text=True)
    assert renewed_by() is None
    assert post(shown + 2, renewed_by="other", symbol="a/res/80/9", paragraph="3").status_code == 302
    assert renewed_by() == ga_id
    history = client.get(url).get_data(as_text=True).split('id="history"')[1]
    assert f'<a href="/obligations/{second_id}">S/RES/2800 (2026), paragraph 4</a>' in history
    with db_factory() as db:
        mine = [(e.field, e.old_value, e.new_value) for e in
                db.query(HistoryEntry).filter_by(obligation_id=earlier_id).order_by(HistoryEntry.id)]
        assert mine == [("renewed_by", first_id, second_id), ("renewed_by", second_id, None),
                        ("renewed_by", None, ga_id)]
        theirs = [(e.obligation_id, e.old_value, e.new_value) for e in
                  db.query(HistoryEntry).filter_by(field="renews").order_by(HistoryEntry.id)]
        assert theirs == [(first_id, earlier_id, None), (second_id, None, earlier_id),
                          (second_id, earlier_id, None), (ga_id, None, earlier_id)]
