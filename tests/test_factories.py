"""The factories' numbering starts afresh in every test: a test gets the rows it gets when run
alone, whichever tests ran before it (the two tests below run in this order)."""

from __future__ import annotations

from tests.factories import gen_entity, gen_obligation, gen_resolution


def test_a_test_that_numbers_rows(db):
    for _ in range(3):
        gen_obligation(db, owners=[gen_entity(db)])


def test_the_next_test_numbers_its_rows_as_if_it_ran_alone(db):
    assert gen_entity(db).name == "Entity 1"
    assert gen_resolution(db).symbol == "A/RES/71/2"
