"""An admin merges one entity into another in chromium, on a desktop (1280) and a phone (390): the
entity's page says what moves, the merge lands on the survivor's page with what moved, the merged
name is now the survivor's alias and its history is listed there, and the obligation it owned is
the survivor's on the public pages."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.browser.conftest import screenshot
from tests.factories import gen_entity, gen_focal_point, gen_obligation, gen_resolution, gen_user
from tests.web.workspace import PASSWORD
from tracker.models import Entity, Obligation

WIDTHS = {"desktop": 1280, "phone": 390}


@pytest.fixture
def entities(db_factory):
    with db_factory() as db:
        gen_user(db, "admin@un.org", role="admin", password=PASSWORD, name="Ada Admin")
        survivor = gen_entity(db, "United Nations Office on Drugs and Crime", aliases=("UNODC",))
        merged = gen_entity(db, "Office on Drugs and Crime", aliases=("ODC",))
        gen_focal_point(db, merged, email="focal@odc.example.org")
        resolution = gen_resolution(db, "A/RES/71/19")
        ob = gen_obligation(db, resolution, owners=[merged],
                            text="Requests the Office on Drugs and Crime to submit a report;")
        db.commit()
        return {"survivor": survivor.id, "merged": merged.id, "ob": ob.id}


@pytest.mark.parametrize("device", WIDTHS)
def test_an_admin_merges_an_entity(browser, live_server, db_factory, entities, device):
    width = WIDTHS[device]
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto(live_server + "/login")
        page.fill("input[name=email]", "admin@un.org")
        page.fill("input[name=password]", PASSWORD)
        page.click("main button[type=submit]")
        page.wait_for_load_state()

        page.goto(f"{live_server}/admin/entities/{entities['merged']}")
        merge = page.locator("#merge")
        assert "1 obligation moves with it." in merge.inner_text()
        assert "cannot be deleted" in page.locator("#delete").inner_text()
        page.select_option("#merge select", label="United Nations Office on Drugs and Crime")
        merge.scroll_into_view_if_needed()
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        screenshot(page, f"entity-merge-01-before-{device}")

        page.click("#merge button[type=submit]")
        page.wait_for_load_state()
        assert page.url.endswith(f"/admin/entities/{entities['survivor']}")
        assert ("Office on Drugs and Crime merged into United Nations Office on Drugs and Crime: "
                "1 obligation, 1 focal point and 2 aliases moved.") in page.locator("main").inner_text()
        aliases = page.locator("#aliases").inner_text()
        assert "Office on Drugs and Crime" in aliases and "ODC" in aliases and "UNODC" in aliases
        assert "focal@odc.example.org" in page.locator("#focal-points").inner_text()
        history = page.locator("#entity-history").inner_text()
        assert "Entity merged into this one" in history
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        screenshot(page, f"entity-merge-02-after-{device}")

        assert page.goto(f"{live_server}/admin/entities/{entities['merged']}").status == 404
        page.goto(f"{live_server}/obligations/{entities['ob']}")
        assert "United Nations Office on Drugs and Crime" in page.locator("main").inner_text()
    finally:
        context.close()
    with db_factory() as db:
        assert db.get(Entity, entities["merged"]) is None
        owners = db.scalars(select(Obligation).where(Obligation.id == entities["ob"])).one().owners
        assert [e.id for e in owners] == [entities["survivor"]]
