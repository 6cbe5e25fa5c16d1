"""A serving process's garbage collector (``tracker.web.serving.settle_heap``): what start-up made
is frozen out of its passes, and its youngest generation is collected less often."""

from __future__ import annotations

import gc

from tracker.web.serving import YOUNG_COLLECTION_THRESHOLD, settle_heap


def test_a_server_s_start_up_objects_are_left_out_of_the_collector_s_passes():
    threshold = gc.get_threshold()
    try:
        settle_heap()
        assert gc.get_freeze_count() > 10_000  # the modules and the test's app, at least
        assert gc.get_threshold() == (YOUNG_COLLECTION_THRESHOLD, *threshold[1:])
    finally:  # this process goes on testing: as it was
        gc.unfreeze()
        gc.set_threshold(*threshold)
