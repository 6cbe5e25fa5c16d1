"""Lists that serialise many obligations (the API list, the CSV/XLSX exports, the calendar feeds)
run a fixed number of SQL statements, however many rows they hold: their serialisers read only
what was eager-loaded. Counted at two data sizes, as the dashboards' own query-count test does."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import select
from sqlalchemy.orm import raiseload, selectinload

from tests.factories import gen_entity, gen_obligation, gen_resolution, gen_user
from tests.statements import sent_statements
from tracker.models import Evidence, Obligation, ObligationItem, Paragraph, Subscription
from tracker.services import exports
from tracker.services.rows import obligations_by_id
from tracker.services.search import ObligationFilter, ordering, search_obligations

TODAY = dt.date(2026, 8, 1)
_symbols = itertools.count(500)


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TODAY": TODAY}


def _grow(db_factory, n_resolutions: int, per_resolution: int = 6) -> None:
    """Resolutions whose obligations have several owners, sub-paragraph items and evidence: every
    relation a serialiser reads, so a lazy load would show as statements that grow with the rows."""
    with db_factory.begin() as db:
        owners = [gen_entity(db) for _ in range(3)]
        for _ in range(n_resolutions):
            res = gen_resolution(db, f"A/RES/80/{next(_symbols)}", session=80)
            for j in range(per_resolution):
                ob = gen_obligation(db, res, owners=owners[: 1 + j % 3],
                                    due_on=TODAY + dt.timedelta(days=10 * j - 20),
                                    status=("not_started", "in_progress", "completed")[j % 3],
                                    deadline_body="GA", deadline_session=81)
                for k, label in enumerate("ab"):
                    sub = Paragraph(resolution=res, kind="subparagraph", number=label, parent=ob.paragraph,
                                    eid=f"{ob.paragraph.eid}__point_{label}", position=100 + 2 * j + k,
                                    text=f"({label}) a part of the report;")
                    db.add(sub)
                    ob.items.append(ObligationItem(paragraph=sub, label=label, position=k))
                ob.evidence.append(Evidence(kind="symbol", value=f"A/80/{j}"))


def _seed(db_factory) -> dict[str, str]:
    """The first resolutions, an owner, a user with a personal feed following them; the URLs."""
    _grow(db_factory, 3)
    with db_factory.begin() as db:
        res = gen_resolution(db, "A/RES/80/1", session=80)
        owner = gen_entity(db, "Secretary-General")
        gen_obligation(db, res, owners=[owner], due_on=TODAY, deadline_body="GA", deadline_session=81)
        user = gen_user(db, "delegate@mission.test", role="delegation", entities=[owner])
        user.feed_token = "feed-secret-token"
        db.add(Subscription(user=user, target="session", session_body="GA", session_number=81))
        owner_id = owner.id
    return {
        "API list": "/api/v1/obligations",
        "API list, filtered": "/api/v1/obligations?status=not_started&status=in_progress&per_page=200",
        "CSV": "/exports/obligations.csv",
        "XLSX": "/exports/obligations.xlsx?body=GA",
        "owner feed": f"/feeds/owners/{owner_id}.ics",
        "resolution feed": "/feeds/resolutions/A/RES/80/1.ics",
        "session feed": "/feeds/sessions/GA/81.ics",
        "personal feed": "/feeds/personal/feed-secret-token.ics",
    }


def _count(client, url: str) -> int:
    with sent_statements(client.application.extensions["tracker"].engine) as statements:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(statements)


def test_list_queries_do_not_grow_with_the_data(client, db_factory):
    urls = _seed(db_factory)
    for url in urls.values():
        client.get(url)  # one-time start-up statements (the calendar, …) are not counted
    small = {name: _count(client, url) for name, url in urls.items()}
    _grow(db_factory, 12)
    large = {name: _count(client, url) for name, url in urls.items()}
    assert large == small
    assert max(small.values()) <= 12


def _mapped_with_dict_loads(session, ids):
    """Mapped obligations loaded as the resolution export loads them, and nothing lazily after."""
    return list(session.scalars(
        select(Obligation).where(Obligation.id.in_(ids))
        .options(selectinload(Obligation.resolution), selectinload(Obligation.paragraph),
                 *exports.OBLIGATION_DICT_LOADS, raiseload("*"))))


@pytest.mark.parametrize("mapped", [True, False], ids=["mapped", "rows"])
def test_api_serialiser_reads_only_what_is_loaded(db_factory, db, mapped):
    """``raiseload("*")``: any relation ``obligation_dict`` reads lazily from a mapped obligation
    would raise; the API's plain rows (``rows.obligations_by_id``, or with the page's ids) carry
    all it reads."""
    _grow(db_factory, 2)
    items = search_obligations(db, ObligationFilter(), TODAY, details=True).items
    if mapped:
        items = _mapped_with_dict_loads(db, [o.id for o in items])
    assert len(items) == 12
    for o in items:
        out = exports.obligation_dict(o, TODAY, "https://tracker.test")
        assert len(out["items"]) == 2 and out["evidence"] and out["owners"]
        # what the API adds to each row
        assert (o.resolution.symbol if mapped else o.symbol) and (o.paragraph.eid if mapped else o.eid)


@pytest.mark.parametrize("details", [True, False], ids=["API", "lists"])
def test_a_page_reads_its_rows_in_the_statement_of_its_ids(db_factory, db, details):
    """Without a read cache, a page within the bounded count reads its rows with its ids, and
    their owners (and items and evidence) with them (``rows.of_page``): one statement, two round
    trips fewer on PostgreSQL than the rows then their details; the rows, in the page's order,
    are those ``obligations_by_id`` reads."""
    _grow(db_factory, 2)
    with sent_statements(db.get_bind()) as statements:
        page = search_obligations(db, ObligationFilter(), TODAY, 2, 5, details=details)
    assert len(statements) == 1
    ids = [o.id for o in page.items]
    assert ids == list(db.scalars(select(Obligation.id).order_by(*ordering()).limit(5).offset(5)))
    assert [vars(o) for o in page.items] == [vars(o) for o in obligations_by_id(db, ids, details=details)]
    assert page.total == 12 and page.total_is_exact


@pytest.mark.parametrize("details", [True, False], ids=["API", "lists"])
def test_a_pages_owners_items_and_evidence_read_with_its_rows_keep_their_order(db_factory, db, details):
    """Owners by name in the database's order (not by id or as added), items by position (not as
    added), evidence as it was given, each obligation its own (none for one without), values as
    written (markup, quotes, non-ASCII, a done item and one not): what ``obligations_by_id``'s own
    statement gives."""
    with db_factory.begin() as s:
        res = gen_resolution(s, "A/RES/80/9", session=80)
        names = ["Zeta \"office\"", "Élan <b>&</b>", "alpha", "Beta"]
        owners = [gen_entity(s, name) for name in names]
        full = gen_obligation(s, res, owners=owners, due_on=TODAY)
        for k, (label, done) in enumerate([("c", True), ("a", False), ("b (ii)", True)]):
            sub = Paragraph(resolution=res, kind="subparagraph", number=label, parent=full.paragraph,
                            eid=f"{full.paragraph.eid}__point_{k}", position=100 + k, text=f"({label}) part;")
            s.add(sub)
            full.items.append(ObligationItem(paragraph=sub, label=label, position=[2, 0, 1][k], is_done=done))
        full.evidence += [Evidence(kind="symbol", value="A/80/2"), Evidence(kind="url", value="https://x.test/?a=1&b='2'")]
        gen_obligation(s, res, owners=[], due_on=TODAY + dt.timedelta(days=1))
    page = search_obligations(db, ObligationFilter(), TODAY, details=details)
    first, second = page.items
    assert sorted(e.name for e in first.owners) == sorted(names) and second.owners == []
    assert [vars(o) for o in page.items] == [vars(o) for o in obligations_by_id(db, [first.id, second.id],
                                                                               details=details)]
    if details:
        assert [(i.label, i.is_done) for i in first.items] == [("a", False), ("b (ii)", True), ("c", True)]
        assert [e.value for e in first.evidence] == ["A/80/2", "https://x.test/?a=1&b='2'"]
        assert second.items == second.evidence == []
