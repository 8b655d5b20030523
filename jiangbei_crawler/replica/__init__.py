"""A local, deterministic replica of the Jiangbei disclosure portal.

The replica generates the portal of ``docs/portal.md`` from a seed: schools,
categories, paginated lists, article pages with Word-pasted bodies,
attachments, a visit counter, and the quirks of real government sites, each
switchable by name (see ``model.QUIRKS``) plus server faults at set rates
(``model.FAULTS``). ``set_state(k)`` moves the portal through time.

Body-text rule (the crawler is held to it character for character)
------------------------------------------------------------------
``body_text`` is the article's ``#content`` text, one line per paragraph,
lines joined with ``\\n``:

* every block element (``p div table tr td th li h1-h6 ...``) and ``<br>``
  ends the current line; inline markup (``span font b st1:* o:p a``) does not;
* text inside ``script``, ``style`` and comments is not text;
* control characters (U+0000-U+001F except tab/newline/CR) are dropped;
* in each line every run of whitespace (``str.isspace``: space, tab,
  newline, ``&nbsp;`` U+00A0, ideographic space U+3000, ...) becomes one
  space, and the line is stripped; empty lines are dropped;
* a multi-page article's lines are the lines of its pages in page order.

``articles.normalize_line`` implements the per-line part for the ground truth.
"""

from .model import FAULTS, QUIRKS, SIZES, Options, Portal  # noqa: F401
from .truth import truth_records  # noqa: F401
