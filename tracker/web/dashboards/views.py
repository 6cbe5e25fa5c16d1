"""Thin views over ``tracker.services.dashboards`` and ``tracker.services.search``.

Public unless ``DASHBOARDS_REQUIRE_LOGIN``; following needs a signed-in user. Every filter is a
GET parameter, so any view can be bookmarked; the only writes are the follow/unfollow POSTs.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    has_request_context,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user
from markupsafe import Markup

from tracker import charts
from tracker.calendar import session_body
from tracker.config import Settings
from tracker.models import Body, Entity, ObligationKind, ObligationStatus
from tracker.services import dashboards, subscriptions, successors
from tracker.services.readcache import ReadCache
from tracker.services.search import ObligationFilter, search_obligations
from tracker.services.subscriptions import Target
from tracker.services.summary import summary_links
from tracker.web.clock import today
from tracker.web.dashboards.cells import CELLS, translated_labels
from tracker.web.dashboards.filter_form import FILTER_FORM
from tracker.web.dashboards.labels import (
    AUDIT_ACTION_LABELS,
    BUCKET_LABELS,
    ENTITY_KIND_LABELS,
    FIELD_LABELS,
    ROLE_LABELS,
    TARGET_LABELS,
)
from tracker.web.dashboards.links import links
from tracker.web.dashboards.svg import CHARTS
from tracker.web.dashboards.tables import TABLES, CountLinks
from tracker.web.db import get_db, writing
from tracker.web.formatting import page_locale, udate
from tracker.web.login import safe_next
from tracker.web.urls import PageLinks, drop_empty_args, export_links

bp = Blueprint("dashboards", __name__)

PER_PAGE = 50


@bp.record_once
def _make_cache(state) -> None:
    """One read cache per app; ``DASHBOARDS_CACHE_SECONDS = 0`` turns it off."""
    set_cache_seconds(state.app, Settings.from_config(state.app.config).dashboards_cache_seconds)


def set_cache_seconds(app, ttl: float) -> None:
    """(Re)make the app's read cache; 0 turns it off, so every request computes what it shows
    (``tracker serve --no-cache``: what the first visitor after a write pays)."""
    app.config["DASHBOARDS_CACHE_SECONDS"] = ttl
    app.extensions["dashboards_cache"] = ReadCache(ttl=ttl) if ttl > 0 else None


def _cache() -> ReadCache | None:
    return current_app.extensions.get("dashboards_cache")


def _fragment(key: tuple, render) -> Markup:
    """HTML that is the same for every visitor (no user, no form token in it), kept in the read
    cache per language and day, so a popular page is rendered once per cache period. It is our
    own template's autoescaped output, hence safe to mark as such."""
    cache = _cache()
    if cache is None:
        return Markup(render())  # noqa: S704 (autoescaped output of our own template)
    full_key = ("html", current_app.config["DATABASE_URL"], page_locale(), today(), *key)
    return Markup(cache.get_or_compute(full_key, render))  # noqa: S704 (as above)


def _unauthorized():
    if "auth.login" in current_app.view_functions:
        return current_app.login_manager.unauthorized()
    abort(401)


def _signed_in(view):
    """A delegation's own dashboard and its follow forms: anyone not signed in is sent to sign in."""

    @functools.wraps(view)
    def signed_in_view(*args: Any, **kwargs: Any):
        if not current_user.is_authenticated:
            return _unauthorized()
        return view(*args, **kwargs)

    return signed_in_view


@bp.before_request
def _require_login_if_configured():
    if current_app.config.get("DASHBOARDS_REQUIRE_LOGIN") and not current_user.is_authenticated:
        return _unauthorized()
    return None


bp.record_once(lambda state: state.app.jinja_env.globals.update(
    CELLS, **CHARTS, **TABLES, **FILTER_FORM, PageLinks=PageLinks, export_links=export_links))


@bp.app_context_processor
def _labels() -> dict[str, Any]:
    return {
        **translated_labels(),
        "ROLE_LABELS": ROLE_LABELS,
        "ENTITY_KIND_LABELS": ENTITY_KIND_LABELS,
        "AUDIT_ACTION_LABELS": AUDIT_ACTION_LABELS,
        "FIELD_LABELS": FIELD_LABELS,
        "TARGET_LABELS": TARGET_LABELS,
        "STATUS_ORDER": dashboards.STATUS_ORDER,
        **({"links": links()} if has_request_context() else {}),
        "EXPIRING_DAYS": _expiring_days(),
    }


def _expiring_days() -> int:
    return int(current_app.config["MANDATE_EXPIRING_DAYS"])


def _filter() -> ObligationFilter:
    """The list filter of the query string, with the configured expiring window."""
    return ObligationFilter.from_args(request.args).with_(expiring_days=_expiring_days())


def _page_arg() -> int:
    return request.args.get("page", 1, type=int) or 1


def _user():
    return current_user.user if current_user.is_authenticated else None


def _following(target: Target) -> bool:
    user = _user()
    return user is not None and subscriptions.is_following(get_db(), user, target)


# ---------------------------------------------------------------------- charts


def status_chart(progress: dashboards.Progress) -> charts.Chart:
    labels = translated_labels()["STATUS_LABELS"]
    segments = [("overdue", labels["overdue"], progress.overdue)]
    for status in dashboards.STATUS_ORDER:
        value = progress.by_status[status]
        if status in ("not_started", "in_progress"):  # the overdue ones are shown as overdue
            value = max(0, value - _overdue_share(progress, status))
        segments.append((status, labels[status], value))
    return charts.proportion_bar(segments)


def _overdue_share(progress: dashboards.Progress, status: str) -> int:
    """Split the overdue count over the two open statuses (not started first) for the bar."""
    not_started = progress.by_status["not_started"]
    if status == "not_started":
        return min(progress.overdue, not_started)
    return max(0, progress.overdue - not_started)


def months_chart(months: list[dashboards.MonthBucket]) -> charts.Chart:
    categories = [udate(m.first_day, "MMM yy") for m in months]
    series = [
        charts.Series(key, str(BUCKET_LABELS[key]), [getattr(m, key) for m in months])
        for key in ("overdue", "open", "done", "ongoing")
    ]
    return charts.stacked_columns(categories, series)


def owners_chart(owners: list[dashboards.Progress]) -> charts.Chart:
    labels = translated_labels()["STATUS_LABELS"]
    rows = []
    for p in owners:
        segments = [
            ("completed", labels["completed"], p.completed),
            ("in_progress", labels["in_progress"], p.by_status["in_progress"]),
            ("not_started", labels["not_started"], p.by_status["not_started"]),
            ("ongoing", labels["ongoing"], p.by_status["ongoing"]),
            ("not_applicable", labels["not_applicable"], p.by_status["not_applicable"]),
        ]
        rows.append((p.label if len(p.label) <= 30 else p.label[:29] + "…", segments))
    return charts.stacked_rows(rows)


def _count_hrefs() -> dict[str, str]:
    """The overview's count links (``summary_links``: each number's list), as URLs. They name
    filters, not data, so they are built once per application and script root, not by 25
    ``url_for`` calls a render."""
    built = current_app.extensions.setdefault("overview_count_hrefs", {})
    found = built.get(request.script_root)
    if found is None:
        found = built[request.script_root] = {
            key: url_for("dashboards.search", **args) for key, args in summary_links().items()}
    return found


# ---------------------------------------------------------------------- pages


@bp.get("/")
def overview():
    """Totals, what is late and due soon, sessions ahead, owners and resolutions."""

    def render() -> str:
        data = dashboards.overview(get_db(), today(), cache=_cache(), expiring_days=_expiring_days())
        return render_template(
            "dashboards/_overview_body.html",
            ov=data,
            sm=data.summary,
            count_link=CountLinks(_count_hrefs()),
            search_url=url_for("dashboards.search"),
            status_chart=status_chart(data.totals),
            months_chart=months_chart(data.months),
            owners_chart=owners_chart(data.owners),
        )

    return render_template("dashboards/overview.html", body=_fragment(("overview",), render))


@bp.get("/resolutions/<path:symbol>")
def resolution(symbol: str):
    """A resolution as a document, each operative paragraph with its obligations' status."""

    def render() -> tuple[int, str, str] | None:
        page = dashboards.resolution_page(get_db(), symbol, today())
        if page is None:
            return None
        html = render_template(
            "dashboards/_resolution_body.html",
            page=page,
            today=today(),
            status_chart=status_chart(page.progress),
        )
        return page.resolution.id, page.resolution.symbol, html

    cache = _cache()
    if cache is None:
        found = render()
    else:
        key = ("resolution", current_app.config["DATABASE_URL"], page_locale(), today(), symbol)
        found = cache.get_or_compute(key, render)
    if found is None:
        abort(404)
    resolution_id, canonical, html = found
    if canonical != symbol:  # one canonical URL per resolution
        return redirect(url_for(".resolution", symbol=canonical), 301)
    return render_template(
        "dashboards/resolution.html",
        symbol=canonical,
        resolution_id=resolution_id,
        body=Markup(html),  # noqa: S704 (autoescaped output of our own template)
        following=_following(Target.resolution(resolution_id)),
        may_delete=_may_delete(resolution_id),
    )


def _may_delete(resolution_id: int) -> bool:
    """The reader may delete the resolution (``withdrawal.may_delete``): the page links to the form."""
    if not current_user.is_authenticated:
        return False
    from tracker.models import Resolution
    from tracker.services.withdrawal import may_delete
    from tracker.web.login import current_actor

    actor = current_actor()
    if not actor.may_import():
        return False
    resolution = get_db().get(Resolution, resolution_id)
    return resolution is not None and may_delete(actor, resolution)


@bp.get("/resolutions/<path:symbol>/compare/<path:other>")
def compare(symbol: str, other: str):
    """What changed between two resolutions, paragraph by paragraph, earlier to later."""
    db = get_db()
    comparison = successors.compare_symbols(db, symbol, other)
    if comparison is None:
        abort(404)
    earlier, later = comparison.predecessor, comparison.successor
    if (symbol, other) != (earlier.symbol, later.symbol):  # one canonical URL per pair
        return redirect(url_for(".compare", symbol=earlier.symbol, other=later.symbol), 301)
    rows = [
        (change, successors.word_diff(change.predecessor.text, change.successor.text)
         if change.predecessor and change.successor else None)
        for change in comparison.changes
    ]
    counts = {status: len(comparison.of(status)) for status in ("renewed", "changed", "added", "dropped")}
    return render_template(
        "dashboards/compare.html",
        comparison=comparison,
        rows=rows,
        counts=counts,
        linked=successors.are_linked(db, earlier, later),
    )


@bp.get("/owners/<int:entity_id>")
def owner(entity_id: int):
    """Everything an entity owns, filtered and paged like the search."""
    flt = _filter()
    page = dashboards.owner_page(get_db(), entity_id, today(), flt, _page_arg(), PER_PAGE, cache=_cache())
    if page is None:
        abort(404)
    return render_template(
        "dashboards/owner.html",
        page=page,
        flt=flt,
        today=today(),
        status_chart=status_chart(page.progress),
        following=_following(Target.entity(entity_id)),
    )


@bp.get("/sessions/<body>/<int:number>")
def session(body: str, number: int):
    """Everything due at a session of a body: a principal organ's or another's, by its code ("CCPCJ");
    none for the Security Council, which has no sessions, nor for a session nothing is known of."""
    try:
        body_value = str(session_body(body))
    except ValueError:
        abort(404)
    if body_value != body:
        return redirect(url_for(".session", body=body_value, number=number), 301)
    flt = _filter()
    page = dashboards.session_page(
        get_db(), body_value, number, today(), flt, _page_arg(), PER_PAGE, cache=_cache()
    )
    if page.dates is None and not page.progress.total and not page.resolutions_adopted:
        abort(404)
    agenda, agenda_form = [], None
    if current_user.is_authenticated and current_user.role in ("officer", "admin"):
        from tracker.services.obligations import open_agenda_items
        from tracker.web.officer.forms import ConfirmAgendaForm

        agenda = open_agenda_items(get_db(), body_value, number)
        agenda_form = ConfirmAgendaForm(formdata=None)
    return render_template(
        "dashboards/session.html",
        page=page,
        agenda=agenda,
        agenda_form=agenda_form,
        flt=flt,
        today=today(),
        status_chart=status_chart(page.progress),
        following=_following(Target.session(body_value, number)),
    )


@bp.get("/timeline")
def timeline():
    """Obligations on a time axis by month of their due date, by session or by owner."""
    cleaned = drop_empty_args()
    if cleaned is not None:
        return cleaned
    group = request.args.get("group", "owner")
    # by default: from the oldest overdue obligation to the months ahead, what needs attention
    start, months = dashboards.timeline_window(get_db(), today())
    months = request.args.get("months", months, type=int) or months
    raw_start = request.args.get("from", "")
    if raw_start:
        try:
            start = dt.date.fromisoformat(raw_start + ("-01" if len(raw_start) == 7 else ""))
        except ValueError:
            flash(_("The start month was not understood; showing the overdue and coming months."),
                  "warning")
    data = dashboards.timeline(get_db(), today(), group=group, start=start, months=months)
    return render_template("dashboards/timeline.html", tl=data, today=today())


@bp.get("/search")
def search():
    """Search and filters: everything in the URL (only the filters in use), paged."""
    cleaned = drop_empty_args()
    if cleaned is not None:
        return cleaned
    db = get_db()
    flt = _filter()
    flt_args = flt.to_args()  # the downloads', the pager's and the kept fragment's
    page = _page_arg()

    def render() -> str:
        results = search_obligations(db, flt, today(), page, PER_PAGE, cache=_cache())
        return render_template("dashboards/_search_results.html", flt=flt, flt_args=flt_args, results=results,
                               today=today())

    key = ("search", tuple(sorted((k, str(v)) for k, v in flt_args.items())), page)
    owner = db.get(Entity, flt.owner) if flt.owner else None
    return render_template(
        "dashboards/search.html",
        flt=flt,
        results_html=_fragment(key, render),
        today=today(),
        owner=owner,
        statuses=[s.value for s in ObligationStatus],
        kinds=[k.value for k in ObligationKind],
        bodies=[b.value for b in Body],
    )


@bp.get("/following")
@_signed_in
def following():
    """A signed-in delegation's own dashboard: what it follows."""
    data = dashboards.following_dashboard(get_db(), current_user.id, today())
    return render_template("dashboards/following.html", board=data, today=today())


# ---------------------------------------------------------------------- follow / unfollow


def _target_from_form() -> Target:
    """What the follow or unfollow form names (400 if it names nothing that can be followed)."""
    form = request.form
    kind = form.get("target", "")
    try:
        if kind == "resolution":
            return Target.resolution(int(form.get("id", "")))
        if kind == "entity":
            return Target.entity(int(form.get("id", "")))
        if kind == "session":
            return Target.session(form.get("body", ""), int(form.get("number", "")))
    except ValueError:
        pass
    abort(400)


def _back(target: Target | None):
    return redirect(safe_next(request.form.get("next")) or url_for(".following"))


@bp.post("/following/follow")
@_signed_in
def follow():
    target = _target_from_form()
    with writing(handle=False):  # nothing to follow: 404
        subscriptions.follow(get_db(), current_user.user, target)
    flash(_("You now follow this. It appears on your dashboard."), "success")
    return _back(target)


@bp.post("/following/unfollow")
@_signed_in
def unfollow():
    target = _target_from_form()
    with writing(handle=False):
        followed = subscriptions.unfollow(get_db(), current_user.user, target)
    if followed:
        flash(_("You no longer follow this."), "success")
    return _back(target)
