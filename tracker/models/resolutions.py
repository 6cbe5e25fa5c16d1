"""Resolutions with their paragraphs, footnotes, references and predecessor/successor links."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.db import Base, hybrid, link_table, utcnow

#: Which paragraphs cite which footnotes (indexed both ways: a resolution's footnotes find the
#: paragraphs citing them without reading the whole table).
paragraph_footnotes = link_table("paragraph_footnotes", ("paragraph_id", "paragraphs.id"),
                                 ("footnote_id", "footnotes.id"), index_right=True)


class Resolution(Base):
    __tablename__ = "resolutions"
    __table_args__ = (Index(None, "body", "session"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "A/RES/71/19", "S/RES/2682 (2023)"
    symbol: Mapped[str] = mapped_column(String(60), unique=True)
    #: GA, SC, HRC, ECOSOC
    body: Mapped[str] = mapped_column(String(10))
    #: GA/HRC session number, ECOSOC year, None for the Security Council
    session: Mapped[int | None]
    title: Mapped[str] = mapped_column(Text)
    adopted_on: Mapped[dt.date | None] = mapped_column(index=True)
    distributed_on: Mapped[dt.date | None]
    agenda_items: Mapped[list[Any]] = mapped_column(default=list)
    #: "48th plenary meeting"
    meeting: Mapped[str | None] = mapped_column(String(200))
    draft_symbols: Mapped[list[Any]] = mapped_column(default=list)
    committee_note: Mapped[str | None] = mapped_column(Text)
    #: how the file came in: markdown-text, pdf-text, pdf, docx
    source_format: Mapped[str | None] = mapped_column(String(20))
    source_filename: Mapped[str | None] = mapped_column(String(300))
    #: the text as parsed, kept so an import can be replayed and compared
    source_text: Mapped[str | None] = mapped_column(Text)
    #: what the parser could not resolve, one line each
    parse_warnings: Mapped[list[Any]] = mapped_column(default=list)
    #: the instruments it adopts "as contained in the annex": ``[{"number": 1, "title": …}]``;
    #: their paragraphs are ``Paragraph`` rows of kind ``annex`` (eId ``annex_1__para_77``)
    annexes: Mapped[list[Any] | None] = mapped_column(JSON)
    #: None while an officer is still reviewing an import; dashboards show published resolutions.
    #: Indexed: "published" is in every read, and the index finds the few unpublished ones
    #: without reading rows (on SQLite this column sits after ``source_text``'s overflow pages)
    published_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    paragraphs: Mapped[list[Paragraph]] = relationship(
        back_populates="resolution", cascade="all, delete-orphan", order_by="Paragraph.position"
    )
    footnotes: Mapped[list[Footnote]] = relationship(
        back_populates="resolution", cascade="all, delete-orphan", order_by="Footnote.position"
    )
    references: Mapped[list[DocumentReference]] = relationship(
        back_populates="resolution",
        cascade="all, delete-orphan",
        foreign_keys="DocumentReference.resolution_id",
    )


#: what a paragraph printed without a number shows where others show theirs ("paragraph
#: (unnumbered)", "¶(unnumbered)"): never its place as if it were printed
UNNUMBERED = "(unnumbered)"


def shown_number(number: str, unnumbered: bool) -> str:
    """A paragraph's number where one is shown (a title, a mail, a feed, a list's row): as printed,
    or ``UNNUMBERED`` for a paragraph printed without one. The web pages translate the word
    (``tracker.web.templating``'s ``paragraph_number``)."""
    return UNNUMBERED if unnumbered else number


#: a paragraph is current (in the resolution's text) until a re-import removes it
_CURRENT_SQL = "removed_at IS NULL"


class Paragraph(Base):
    """A preambular or operative paragraph, or a sub-paragraph of one (a tree through ``parent``).

    A re-import that no longer finds an operative paragraph keeps its row (its obligations keep
    their history) and sets ``removed_at``; ``Paragraph.current`` is the one condition for the
    paragraphs of the text as it stands. eIds are unique among current paragraphs only: a removed
    paragraph keeps the eId it had, which a later paragraph may take."""

    __tablename__ = "paragraphs"
    __table_args__ = (
        Index("uq_paragraphs_current_eid", "resolution_id", "eid", unique=True,
              sqlite_where=text(_CURRENT_SQL), postgresql_where=text(_CURRENT_SQL)),
        #: a resolution's paragraphs in order (the page, exports, re-imports, cascades): the partial
        #: index above cannot serve them, so without this every one of them scanned the table
        Index("ix_paragraphs_resolution_id_position", "resolution_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resolution_id: Mapped[int] = mapped_column(ForeignKey("resolutions.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("paragraphs.id", ondelete="CASCADE"), index=True
    )
    #: preambular, operative, subparagraph, annex (a numbered paragraph of an annexed instrument)
    kind: Mapped[str] = mapped_column(String(20))
    #: "A", "B" for resolutions in several parts
    part: Mapped[str | None] = mapped_column(String(10))
    #: as printed: "5", "b", "ii"; preambular paragraphs are numbered by position, and so is an
    #: operative paragraph printed without a number (``unnumbered``)
    number: Mapped[str] = mapped_column(String(20))
    #: printed without a number (a part's one paragraph: A/RES/76/240 C): ``number`` is its place,
    #: for its eId, never shown as a number (``shown_number``); the parser's name for it
    unnumbered: Mapped[bool] = mapped_column(default=False, server_default=false())
    #: Akoma Ntoso style identifier within the resolution: "para_3__point_b"
    eid: Mapped[str] = mapped_column(String(120))
    #: document order within the resolution
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    #: where in ``text`` the clause that asks what the paragraph asks is said, when the clauses before
    #: it ask nothing (``OperativeParagraph.asks_from``): what its rows show (``shown_words``); 0 the start
    asks_from: Mapped[int] = mapped_column(default=0, server_default="0")
    #: the line of the source where it starts
    line: Mapped[int | None]
    #: when a re-import found the paragraph no longer in the text; None while it is current
    removed_at: Mapped[dt.datetime | None]

    resolution: Mapped[Resolution] = relationship(back_populates="paragraphs")
    parent: Mapped[Paragraph | None] = relationship(
        remote_side=[id], back_populates="children"
    )
    children: Mapped[list[Paragraph]] = relationship(
        back_populates="parent", order_by="Paragraph.position"
    )
    footnotes: Mapped[list[Footnote]] = relationship(
        secondary=paragraph_footnotes, back_populates="paragraphs", order_by="Footnote.position"
    )

    @property
    def shown_number(self) -> str:
        """What stands for its number where one is shown: see :func:`shown_number`."""
        return shown_number(self.number, self.unnumbered)

    @hybrid(lambda cls: cls.removed_at.is_(None))
    def current(self) -> bool:
        """In the resolution's text as last imported (in a query: ``where(Paragraph.current)``)."""
        return self.removed_at is None


class Footnote(Base):
    __tablename__ = "footnotes"

    id: Mapped[int] = mapped_column(primary_key=True)
    resolution_id: Mapped[int] = mapped_column(
        ForeignKey("resolutions.id", ondelete="CASCADE"), index=True
    )
    marker: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int]

    resolution: Mapped[Resolution] = relationship(back_populates="footnotes")
    paragraphs: Mapped[list[Paragraph]] = relationship(
        secondary=paragraph_footnotes, back_populates="footnotes"
    )


class DocumentReference(Base):
    """A document the resolution cites ("resolution 51/1" -> A/RES/51/1), linked when we hold it."""

    __tablename__ = "document_references"

    id: Mapped[int] = mapped_column(primary_key=True)
    resolution_id: Mapped[int] = mapped_column(
        ForeignKey("resolutions.id", ondelete="CASCADE"), index=True
    )
    paragraph_id: Mapped[int | None] = mapped_column(ForeignKey("paragraphs.id", ondelete="CASCADE"))
    #: the cited symbol, normalised
    symbol: Mapped[str] = mapped_column(String(80), index=True)
    #: indexed: an import asks which resolutions cite the one it adds (``link_successors``)
    target_resolution_id: Mapped[int | None] = mapped_column(
        ForeignKey("resolutions.id", ondelete="SET NULL"), index=True
    )

    resolution: Mapped[Resolution] = relationship(
        back_populates="references", foreign_keys=[resolution_id]
    )
    target_resolution: Mapped[Resolution | None] = relationship(foreign_keys=[target_resolution_id])


class ResolutionLink(Base):
    """A later resolution on the same subject (A/RES/73/11 follows 71/19)."""

    __tablename__ = "resolution_links"
    __table_args__ = (UniqueConstraint("predecessor_id", "successor_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    predecessor_id: Mapped[int] = mapped_column(
        ForeignKey("resolutions.id", ondelete="CASCADE"), index=True
    )
    successor_id: Mapped[int] = mapped_column(
        ForeignKey("resolutions.id", ondelete="CASCADE"), index=True
    )
    #: 0..1, how alike the two sets of operative paragraphs are
    similarity: Mapped[float | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    predecessor: Mapped[Resolution] = relationship(foreign_keys=[predecessor_id])
    successor: Mapped[Resolution] = relationship(foreign_keys=[successor_id])
