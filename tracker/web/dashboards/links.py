"""Links the dashboards print on every row (a resolution, an owner, a session, an obligation),
built by string formatting from prefixes ``url_for`` computed once per application and script root
(the routes do not change while it runs; a request's are the same for every request under the same
root), instead of a ``url_for`` per link: on a page of fifty rows those calls were a good part of
the rendering, and every page's context asked for the four prefixes again (≈ 35 µs a request).

The quoting is werkzeug's own for a URL part (``BaseConverter.to_url``), so a link is the same
string ``url_for`` gives; a test compares the two.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from flask import current_app, request, url_for

from tracker.web.per_request import per_request

#: the characters werkzeug's converters leave unquoted in a path part
SAFE = "!$&'()*+,/:;=@"
_MARK = "__MARK__"


@dataclass(frozen=True)
class Links:
    resolution_prefix: str
    owner_prefix: str
    session_prefix: str
    obligation_prefix: str | None

    def resolution(self, symbol: str) -> str:
        return self.resolution_prefix + quote(symbol, safe=SAFE)

    def owner(self, entity_id: int) -> str:
        return self.owner_prefix + str(int(entity_id))

    def session(self, body: str, number: int) -> str:
        return f"{self.session_prefix}{quote(body, safe=SAFE)}/{int(number)}"

    def obligation(self, obligation_id: int) -> str | None:
        """The officer's page of an obligation (None where the officer views are not registered)."""
        return None if self.obligation_prefix is None else self.obligation_prefix + str(int(obligation_id))


def _prefix(endpoint: str, **values) -> str:
    url = url_for(endpoint, **values)
    return url[: url.rindex(_MARK if _MARK in url else "0")]


def links() -> Links:
    """This request's ``Links`` (the application's for its script root, made on first use)."""
    return per_request("_dashboard_links", _kept_links)


def _kept_links() -> Links:
    kept: dict[str, Links] = current_app.extensions.setdefault("dashboard_links", {})
    root = request.script_root
    found = kept.get(root)
    if found is None:
        found = kept[root] = _links()
    return found


def _links() -> Links:
    obligation = None
    if "officer.obligation" in current_app.view_functions:
        obligation = _prefix("officer.obligation", obligation_id=0)
    return Links(
        resolution_prefix=_prefix("dashboards.resolution", symbol=_MARK),
        owner_prefix=_prefix("dashboards.owner", entity_id=0),
        session_prefix=_prefix("dashboards.session", body=_MARK, number=0),
        obligation_prefix=obligation,
    )
