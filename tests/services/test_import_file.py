"""``import_file``: the one entry point of the upload page, the API and the CLI. The reader is
chosen by the content (not the file name) and the source kept is always the text the reader read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.factories import gen_entity, gen_user
from tests.services.seed import TODAY, seed_text
from tests.statements import LOOKUP_READS, lookups_read, sent_statements
from tracker.models import EntityAlias
from tracker.parsing import ParseError, parse
from tracker.parsing.readers import read_input
from tracker.services.actors import Actor, PermissionDenied
from tracker.services.akn import export_akn
from tracker.services.importing import import_file, read_resolution

CLI = Actor.system("cli")
PDF = Path(__file__).parents[1] / "corpus" / "pdf_A_RES_80_201.pdf"
AKN4UN = Path(__file__).parent / "data" / "A-RES-71-19.akn4un.xml"


def test_a_text_file_keeps_its_text(db):
    result = import_file(db, seed_text().encode(), "seed.txt", CLI, replace=False, publish=True,
                         today=TODAY)
    assert result.resolution.source_text == seed_text()
    assert result.resolution.source_format == parse(seed_text().encode(), "seed.txt").source_format


def test_a_pdf_keeps_the_text_extracted_from_it_whatever_its_name(db):
    data = PDF.read_bytes()
    result = import_file(db, data, "upload.bin", CLI, replace=False, publish=False, today=TODAY)
    assert result.resolution.source_text == read_input(data)[0]
    assert result.resolution.source_format == "pdf" and result.resolution.published_at is None


def test_akoma_ntoso_is_read_as_such_whatever_its_name_and_kept_as_its_xml(db):
    first = import_file(db, seed_text().encode(), "seed.txt", CLI, replace=False, publish=True,
                        today=TODAY)
    db.flush()
    xml = export_akn(db, first.resolution)
    again = import_file(db, xml, "export.dat", CLI, replace=True, publish=True, today=TODAY)
    assert again.replaced and (again.unchanged, again.changed, again.added, again.removed) == (6, 0, 0, 0)
    assert again.resolution.source_text == xml.decode("utf-8")


def test_what_no_reader_takes_is_a_parse_error(db):
    with pytest.raises(ParseError):
        import_file(db, b"\x00\x01 not a resolution", "x.txt", CLI, replace=False, publish=True,
                    today=TODAY)


def test_who_may_not_import_is_refused_by_name_before_the_file_is_read(db):
    """The upload page's and the API's refusal: the actor named, and no parsing of a file from
    someone who may not import (a file no reader takes is refused, not a parse error)."""
    delegation = Actor.for_user(gen_user(db, role="delegation"))
    with pytest.raises(PermissionDenied) as refused:
        import_file(db, b"\x00\x01 not a resolution", "x.txt", delegation, replace=False, publish=True,
                    today=TODAY)
    assert str(refused.value) == f"{delegation.name} may not import resolutions"


def test_the_files_name_reaches_the_reader(db):
    """The reader goes by the content, but a file named .pdf that is no PDF is refused as such."""
    with pytest.raises(ParseError, match="named .pdf but does not start with %PDF-"):
        import_file(db, seed_text().encode(), "seed.pdf", CLI, replace=False, publish=True, today=TODAY)


def test_an_upload_reads_the_calendar_the_entities_and_the_aliases_once(db):
    """What the reader and the import both need (``Lookups``) is read once for the file."""
    with sent_statements(db.get_bind()) as sent:
        import_file(db, seed_text().encode(), "seed.txt", CLI, replace=False, publish=True, today=TODAY)
    assert lookups_read(statement for statement, _ in sent) == dict.fromkeys(LOOKUP_READS, 1)


def test_the_upload_budget_and_what_the_caller_says_reach_the_import(db):
    with pytest.raises(ParseError, match="longer than"):
        import_file(db, seed_text().encode(), "seed.txt", CLI, replace=False, publish=True, today=TODAY,
                    time_limit=1e-6)
    now = dt.datetime(2025, 2, 3, 10, 30, tzinfo=dt.UTC)
    result = import_file(db, seed_text().encode(), "seed.txt", CLI, replace=False, publish=False, today=TODAY,
                         now=now)
    assert (result.resolution.source_filename, result.resolution.imported_at) == ("seed.txt", now)
    assert result.resolution.published_at is None


def test_akoma_ntoso_with_words_outside_ascii_is_kept_as_its_xml(db):
    text = seed_text().replace("its seat in Lyon, France", "its seat in Lyon, Rhône, France")
    first = import_file(db, text.encode(), "seed.txt", CLI, replace=False, publish=True, today=TODAY)
    db.flush()
    xml = export_akn(db, first.resolution)
    again = import_file(db, xml, "export.xml", CLI, replace=True, publish=True, today=TODAY)
    assert again.resolution.source_text == xml.decode("utf-8")
    assert "Lyon, Rhône, France" in again.resolution.source_text


def test_akoma_ntoso_in_another_encoding_than_utf8_imports_its_xml_kept(db):
    """A producer's file declared in ISO-8859-1 (its accented letters not UTF-8): imported, its XML
    kept as text with every letter, declared UTF-8 from then on, and imported again from that text
    to the same paragraphs (nothing lost: the letters were once stored replaced)."""
    xml = AKN4UN.read_text("utf-8").replace('encoding="UTF-8"', 'encoding="ISO-8859-1"', 1)
    xml = xml.replace("General Assembly,", "General Assembly, à Genève,", 1)
    result = import_file(db, xml.encode("latin-1"), "producer.xml", CLI, replace=False, publish=True,
                         today=TODAY)
    assert result.obligations
    kept = result.resolution.source_text
    assert kept.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    assert "à Genève" in kept and "\ufffd" not in kept
    texts = sorted((p.eid, p.text) for p in result.resolution.paragraphs)
    again = import_file(db, kept.encode("utf-8"), "kept.xml", CLI, replace=True, publish=True, today=TODAY)
    assert sorted((p.eid, p.text) for p in again.resolution.paragraphs) == texts


def test_a_file_read_without_a_gazetteer_knows_the_registers_entities_and_aliases(db):
    """What the upload preview calls: no gazetteer given, the register's is loaded (an alias we hold
    names its entity), not the parser's built-in one alone."""
    gen_entity(db, "International Criminal Police Organization", aliases=("INTERPOL",))
    parsed, text = read_resolution(db, seed_text().encode(), "seed.txt")
    assert text == seed_text()
    assert "International Criminal Police Organization" in parsed.operative[2].actors
    assert "INTERPOL" not in parsed.operative[2].actors


def test_the_registers_gazetteer_is_built_once_for_the_same_entities_and_anew_when_they_change(db):
    """Each upload reads the entities and aliases; the gazetteer (its pattern costs more than the
    reading) is built again only when they changed: an alias added is found at once."""
    from tracker.services.entities import load_gazetteer

    office = gen_entity(db, "Office of the Mandate Registrar")
    first = load_gazetteer(db)
    assert load_gazetteer(db) is first
    assert first.canonical("OMR Office") is None
    office.aliases.append(EntityAlias(alias="OMR Office"))
    db.flush()
    changed = load_gazetteer(db)
    assert changed is not first and changed.canonical("OMR Office") == "Office of the Mandate Registrar"
    assert changed.find("as the OMR Office reports") == [(7, 17, "Office of the Mandate Registrar")]
