"""The import service: a file in (``import_file``), or a parsed resolution (``import_resolution``).

Everything is written in the caller's transaction and only flushed: when any step fails, the
caller rolls back and nothing of the file is left. Look-ups are done once per import (existing
symbol, the entities, the resolutions it cites), or once per batch (``Lookups``: the entities,
and the symbols of a commit's files at once).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from tracker.calendar import Calendar
from tracker.db import utcnow
from tracker.models import Resolution
from tracker.parsing.akn import akn_source, is_akn, parse_akn
from tracker.parsing.gazetteer import Gazetteer
from tracker.parsing.types import ParsedResolution
from tracker.services.actors import Actor
from tracker.services.audit import audit_row
from tracker.services.calendar import load_calendar, record_printed_sessions
from tracker.services.entities import EntityResolver, load_gazetteer
from tracker.services.successors import link_mandate_renewals, link_successors

from . import rows
from .budget import parse_within
from .create import create
from .plan import AlreadyImported, ImportPlan, symbol_variants
from .reimport import replace as replace_resolution
from .result import ImportResult


@dataclass
class Lookups:
    """What every import reads before writing (the calendar, the entities and their aliases for
    the resolver and the parser's gazetteer): loaded once for the imports of a batch in one
    session. After a rollback they are stale: ``reset()``."""

    calendar: Calendar | None = None
    resolver: EntityResolver | None = None
    gazetteer: Gazetteer | None = None
    #: spellings of symbols known not held (``look_up_symbols``): a resolution whose every
    #: spelling is here needs no look-up of its own
    unheld: set[str] = field(default_factory=set)

    def load(self, session: Session) -> Lookups:
        if self.calendar is None:
            self.calendar = load_calendar(session)
            self.resolver = EntityResolver.load(session)
            self.gazetteer = load_gazetteer(session)
        return self

    def reset(self) -> None:
        self.calendar = self.resolver = self.gazetteer = None
        self.unheld = set()

    def look_up_symbols(self, session: Session, symbols: Iterable[str]) -> None:
        """Look these symbols up at once (one query for a batch's files): those not held need no
        look-up when imported (``held``), until a resolution under one of their spellings is
        written (``wrote``)."""
        spellings = {variant for symbol in symbols for variant in symbol_variants(symbol)}
        if spellings:
            held = rows.execute(session, _HELD_SYMBOLS, {"symbols": sorted(spellings)}).scalars()
            self.unheld = spellings.difference(held)

    def held_not(self, symbol: str) -> bool:
        """Whether every spelling of this symbol is known not held."""
        return self.unheld.issuperset(symbol_variants(symbol))

    def held(self, session: Session, symbol: str) -> Resolution | None:
        """The resolution held under this symbol (``find_resolution``), None without a query
        when every spelling of it is known not held."""
        if self.held_not(symbol):
            return None
        return find_resolution(session, symbol)

    def wrote(self, *symbols: str) -> None:
        """A resolution was written under these symbols: their spellings are no longer known
        not held."""
        for symbol in symbols:
            self.unheld.difference_update(symbol_variants(symbol))


def read_resolution(session: Session, data: bytes, filename: str, *,
                    gazetteer: Gazetteer | None = None,
                    time_limit: float | None = None) -> tuple[ParsedResolution, str]:
    """The parsed resolution and the source text to keep, the reader chosen by content: an Akoma
    Ntoso document is read back by its reader; text, PDF and DOCX go through the parser.

    The source text kept is always what the reader read, as text: the decoded text of a text
    file, the extracted text of a PDF or DOCX, the XML of an Akoma Ntoso file (each of which
    imports again to the same resolution). Raises ``ParseError`` (a ``ValueError``), also when
    parsing takes longer than ``time_limit`` seconds (a web request's budget)."""
    if is_akn(data):
        return parse_akn(data), akn_source(bytes(data))
    return parse_within(time_limit, data, filename, gazetteer or load_gazetteer(session))


def import_file(
    session: Session,
    data: bytes,
    filename: str,
    actor: Actor,
    *,
    replace: bool,
    publish: bool,
    today: dt.date,
    now: dt.datetime | None = None,
    lookups: Lookups | None = None,
    time_limit: float | None = None,
    later: rows.Unwritten | None = None,
    read: tuple[ParsedResolution, str] | Exception | None = None,
) -> ImportResult:
    """Read a resolution file and import it: what the upload page, the API and the CLI call.

    Raises ``PermissionDenied``, ``ParseError`` (the file is not a resolution we can read) and
    ``AlreadyImported``, the last two before anything is written (``batch`` imports a file without
    a savepoint of its own on that promise); flushes, never commits. With ``later``, the
    obligations and the audit entry are left there to write (``import_resolution``). ``read``: what
    ``read_resolution`` gave (or raised) for ``data`` beforehand (a batch reads its files ahead)."""
    actor.require(actor.may_import(), "import resolutions")
    if isinstance(read, Exception):
        raise read
    lookups = (lookups or Lookups()).load(session)
    parsed, source_text = read or read_resolution(session, data, filename, gazetteer=lookups.gazetteer,
                                                  time_limit=time_limit)
    if later is not None and later.created and not lookups.held_not(parsed.symbol):
        later.write(session)  # it may be one of them: looked up written
    _calendar_again(session, lookups, later)
    result = import_resolution(
        session, parsed, actor, replace=replace, today=today, now=now, source_text=source_text,
        filename=filename, publish=publish, calendar=lookups.calendar, resolver=lookups.resolver,
        later=later, existing=lookups.held(session, parsed.symbol),
    )
    lookups.wrote(parsed.symbol, result.resolution.symbol)
    if result.sessions.changed_calendar:
        lookups.calendar = load_calendar(session)
    _calendar_again(session, lookups, later)
    return result


def _calendar_again(session: Session, lookups: Lookups, later: rows.Unwritten | None) -> None:
    """The batch's calendar loaded again once a file's printed session dates are recorded (at the
    commit's write, or earlier): the files after it are dated with them (those before, and those of
    the same commit written before, were moved by the recording)."""
    if later is not None and later.calendar_changed:
        later.calendar_changed = False
        lookups.calendar = load_calendar(session)


_HELD_UNDER = select(Resolution.__table__.c.id).where(
    Resolution.__table__.c.symbol.in_(bindparam("symbols", expanding=True)))
_HELD_SYMBOLS = select(Resolution.__table__.c.symbol).where(
    Resolution.__table__.c.symbol.in_(bindparam("symbols", expanding=True)))


def find_resolution(session: Session, symbol: str) -> Resolution | None:
    """The resolution held under this symbol (any of its spellings)."""
    # the id first (a plain query): the whole row is loaded only when there is one
    existing_id = rows.execute(session, _HELD_UNDER,
                               {"symbols": symbol_variants(symbol)}).scalar_one_or_none()
    return session.get(Resolution, existing_id) if existing_id is not None else None


class LookUp:
    """``import_resolution``'s default ``existing``: not looked up yet."""


def import_resolution(
    session: Session,
    parsed: ParsedResolution,
    actor: Actor,
    *,
    replace: bool = False,
    today: dt.date,
    source_text: str | None = None,
    filename: str | None = None,
    publish: bool = True,
    now: dt.datetime | None = None,
    calendar: Calendar | None = None,
    resolver: EntityResolver | None = None,
    later: rows.Unwritten | None = None,
    existing: Resolution | None | type[LookUp] = LookUp,
) -> ImportResult:
    """Write a parsed resolution and its obligations; flush, never commit.

    ``calendar`` and ``resolver`` may be shared by the imports of one batch (same session) to
    spare their queries. A batch's ``later`` takes a new resolution's obligations and the audit
    entry, to write them with the other files' (``Unwritten.write``, before its commit): what
    reads them here (a re-import, the links) writes them first. ``existing``: the resolution held
    under its symbol, when the caller looked it up (``Lookups.held``). Raises
    ``PermissionDenied``, ``AlreadyImported``."""
    actor.require(actor.may_import(), "import resolutions")
    if existing is LookUp:
        existing = find_resolution(session, parsed.symbol)
    if existing is not None and not replace:
        raise AlreadyImported(existing.symbol)
    plan = ImportPlan(
        parsed, actor, today=today, now=now or utcnow(),
        calendar=calendar or load_calendar(session),
        resolver=resolver or EntityResolver.load(session),
    )
    unwritten = later if later is not None else rows.Unwritten()
    if existing is None:
        result = create(session, plan, source_text, filename, publish, unwritten)
    else:
        unwritten.write(session)  # the re-import reads the obligations
        unwritten.citations = None  # and rewrites references: the next files are written at once
        result = replace_resolution(session, plan, existing, source_text, filename, publish)
    printed = plan.printed_sessions()
    if printed or existing is not None:  # a re-import may print other dates, or none
        def record(session: Session) -> None:
            result.sessions = record_printed_sessions(session, result.resolution, printed, actor=actor,
                                                      today=today)
            unwritten.calendar_changed |= result.sessions.changed_calendar

        unwritten.then.append(record)  # once the obligations are written: those that move are read
    # a new resolution that cites none we hold and that nothing held cites has no successor link
    if existing is not None or plan.linked:
        unwritten.write(session)  # the links read the obligations
        result.links = link_successors(session, result.resolution)
        # mandates it extends or renews (or that renew its own) are marked renewed, for review
        link_mandate_renewals(session, result.resolution, actor_name=plan.who, user_id=actor.user_id)
        session.flush()  # what the links added, before the entry that reports them
    unwritten.audit.append(audit_row(
        actor, "import_resolution", result.resolution,
        symbol=result.symbol, replaced=result.replaced, filename=filename,
        obligations=result.obligations, with_due=result.with_due, needs_review=result.needs_review,
        unchanged=result.unchanged, changed=result.changed, added=result.added,
        removed=result.removed, new_entities=result.new_entities,
    ))
    if later is None:
        unwritten.write(session)
    return result
