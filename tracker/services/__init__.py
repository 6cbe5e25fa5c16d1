"""Services: every write goes through one of these ``verb_noun(session, ..., actor=...)`` functions.

They check permissions, change rows, record history and audit entries, and ``flush()``; the
caller (a request, a CLI command, a scheduler job) owns the transaction and commits once.
"""
