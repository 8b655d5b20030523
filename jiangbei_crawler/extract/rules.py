"""Provenance of the generic rules: which family of markup each serves and which pages it was written from.

A rule earns its place by what it does on sources it was not written from. The benchmark
(``bench/accuracy.py``) scores each source of real pages twice: with every rule, and with the rules written
from that source switched off (leave-one-source-out). Sources are named as the real-page corpus names them
(its file prefixes); ``fixture`` means a rule was written from a family's documented markup and is backed by
a hand-written fixture in the tests, not by any saved page.

Rules switch off through ``disabled(...)``, a context manager, so extraction itself never reads this table
except through ``on(name)`` at the place the rule is applied.
"""

import contextvars
from contextlib import contextmanager

from .rule_table import PAGE_RULES, Rule  # noqa: F401 - Rule: the table's row type
from .rule_table_body import BODY_RULES
from .rule_table_links import LINK_RULES
from .rule_table_site import SITE_RULES
from .rule_table_source import SOURCE_RULES

RULES = {
    **PAGE_RULES,
    **SOURCE_RULES,
    **BODY_RULES,
    **SITE_RULES,
    **LINK_RULES,
}  # the whole table, read here and by the benchmark

_DISABLED = contextvars.ContextVar("disabled_rules", default=frozenset())


def on(name):
    """Whether rule ``name`` applies (always, outside a leave-one-source-out measurement)."""
    return name not in _DISABLED.get()


@contextmanager
def disabled(names):
    token = _DISABLED.set(_DISABLED.get() | frozenset(names))
    try:
        yield
    finally:
        _DISABLED.reset(token)


def written_from(source):
    """The rules written from pages of ``source``."""
    return {name for name, rule in RULES.items() if source in rule.sources}
