"""Templates compiled once per language, a fixed string's translation written into them.

A page's fixed words (``{{ _('Overdue') }}``, ``_('Total')`` passed to a macro) were looked up in
the request's catalogue at every render, through Jinja's call of ``_()`` (≈ 2.7 µs each; the
overview has ≈ 80). They depend on the language only, so a request's templates come from an
environment of its language (``TemplatesPerLanguage``: an overlay of the app's, with its own
template cache), which compiles each ``_('…')`` without variables into its translation — the value
``_()`` returns for it, ``Markup`` where the template autoescapes (``MarkSafeIfAutoescape``), so
the same bytes; Jinja then writes it into the template's text. A ``_()`` with variables, a
translation with a ``%`` (formatted by ``_()``), and every ``_()`` of a template that assigns its
own ``_`` are left to ``_()`` at render time. Outside a request (no language), templates are
compiled as they are written.

A page's context starts from its template's globals as one dict (``FlatGlobalsTemplate``), not
from Jinja's ``ChainMap`` of them, which costs ≈ 50 µs a page's template to copy."""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Mapping
from contextvars import ContextVar
from typing import Any

from flask import has_request_context
from flask.templating import Environment
from jinja2 import Template, nodes
from jinja2.runtime import Context, new_context
from jinja2.visitor import NodeTransformer

from tracker.web.formatting import page_locale, page_translations

#: the names a template calls for a fixed string's translation (``tracker.web.app``)
_GETTEXT_NAMES = frozenset({"_", "gettext"})


class FlatGlobalsTemplate(Template):
    """A template whose context is made from its globals as one dict (``flat_globals``): Jinja
    keeps a template's globals as a ``ChainMap`` of its own over the environment's (≈ 50
    globals here: the cells, charts, tables, ``_``), and making a page's context copies it key by
    key, each look-up failing in the template's empty map first (≈ 50 µs, loaded; every
    ``render_template`` pays it, the overview twice). The same names and values, so the same
    page."""

    def new_context(self, vars: dict[str, Any] | None = None, shared: bool = False,  # noqa: A002
                    locals: Mapping[str, Any] | None = None) -> Context:  # noqa: A002 (Jinja's names)
        context = new_context(self.environment, self.name, self.blocks, vars, shared,
                              flat_globals(self.globals), locals)
        made = _RENDERING.get()
        if shared and made is not None:  # a module imported ``with context``, an included template
            made.append(context)
        return context

    def render(self, *args: Any, **kwargs: Any) -> str:
        """Jinja's ``render`` (the app's environment is synchronous), every context the render made
        emptied once the page is written (``_emptied``)."""
        made: list[Context] = []
        rendering = _RENDERING.set(made)
        try:
            context = self.new_context(dict(*args, **kwargs))
            made.append(context)
            try:
                return self.environment.concat(self.root_render_func(context))  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001 - re-raised by Jinja, with the template's line
                self.environment.handle_exception()
        finally:
            _RENDERING.reset(rendering)
            _emptied(made)


#: the contexts the render under way made that share its variables (``FlatGlobalsTemplate.render``)
_RENDERING: ContextVar[list[Context] | None] = ContextVar("tracker_rendering", default=None)


def _emptied(contexts: list[Context]) -> None:
    """A written page's contexts emptied. A template that imports macros ``with context``
    (``{% import "dashboards/_macros.html" as m with context %}``) makes a module whose macros
    refer back to the module's context, which holds the page's variables: the page's data (its
    rows, charts, counts) stayed in a reference cycle until the garbage collector's next pass,
    which walked it (the overview, the search and the resolution page: every page's data
    collected as garbage, ≈ 3-8 % of their CPU in collections, 5 December 2026, bench/README.md).
    Emptied, it goes when the page is written. Only contexts no one reads after the render: the
    page's own (Flask's ``template_rendered`` signal has its own dict) and those made to share its
    variables (a module imported ``with context``, an included template), never a module Jinja
    keeps (imported without context: not shared)."""
    for context in contexts:
        context.vars.clear()
        context.parent.clear()


def flat_globals(found: Any) -> Any:
    """A ``ChainMap`` of globals as the dict its look-ups give (the first map that has a name wins),
    made by updating a dict with each map from the last: what ``dict(chain_map)`` gives, without a
    look-up per name. Anything else as it is."""
    if type(found) is not ChainMap:
        return found
    flat: dict[str, Any] = {}
    for mapping in reversed(found.maps):
        flat.update(mapping)
    return flat


class TemplatesPerLanguage(Environment):
    """The app's Jinja environment (``TrackerFlask.jinja_environment``): in a request, a template
    is loaded from the environment of the request's language, made on its first request; its
    templates make their contexts from one dict of globals (``FlatGlobalsTemplate``)."""

    template_class = FlatGlobalsTemplate

    #: the catalogue this environment's templates are compiled with (None: the app's own)
    catalogue: Any = None

    def __init__(self, app: Any, **options: Any) -> None:
        super().__init__(app, **options)
        #: the environment of each language (``page_locale``) a request asked for
        self.languages: dict[str, TemplatesPerLanguage] = {}

    def _load_template(self, name: str, globals: Any) -> Any:  # noqa: A002 (Jinja's signature)
        if self.catalogue is None and has_request_context():
            return self.in_page_language()._load_template(name, globals)
        return super()._load_template(name, globals)

    def in_page_language(self) -> TemplatesPerLanguage:
        """The environment of the request's language (``page_locale``), made on its first request."""
        locale = page_locale()
        found = self.languages.get(locale)
        if found is None:  # its own template cache, as large as the app's (0: none, -1: unbounded)
            size = 0 if self.cache is None else getattr(self.cache, "capacity", -1)
            found = self.overlay(cache_size=size)
            found.catalogue = page_translations()
            self.languages[locale] = found
        return found

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        if self.catalogue is not None and not _assigns_gettext(tree):
            tree = _Translated(self.catalogue).visit(tree)
        return tree


def _assigns_gettext(tree: nodes.Template) -> bool:
    """The template has a variable or an argument of its own named as the translation function."""
    return any(node.name in _GETTEXT_NAMES and node.ctx != "load" for node in tree.find_all(nodes.Name))


class _Translated(NodeTransformer):
    """``_('a fixed string')`` replaced by its translation in ``catalogue``."""

    def __init__(self, catalogue: Any) -> None:
        self.catalogue = catalogue

    def visit_Call(self, node: nodes.Call) -> nodes.Node:
        node = self.generic_visit(node)
        if (isinstance(node.node, nodes.Name) and node.node.name in _GETTEXT_NAMES
                and len(node.args) == 1 and isinstance(node.args[0], nodes.Const)
                and isinstance(node.args[0].value, str)
                and not node.kwargs and node.dyn_args is None and node.dyn_kwargs is None):
            found = self.catalogue.ugettext(node.args[0].value)
            if "%" not in found:  # ``_()`` returns it as it is (``found % {}`` otherwise)
                return nodes.MarkSafeIfAutoescape(nodes.Const(found), lineno=node.lineno)
        return node
