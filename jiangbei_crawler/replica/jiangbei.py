"""The ``jiangbei`` family (the portal as ``docs/portal.md`` reconstructs it: ``show.asp?id=N``, rendered by
``render.py``) and the helpers the other families share."""

from . import content as C
from . import render


class Family:
    name = "jiangbei"

    def route(self, path, qs):
        """(kind, args) for a request, or None: kinds home, school, list, article, counter."""
        routes = {"/": "home", "/index.asp": "home", "/school.asp": "school", "/list.asp": "list",
                  "/show.asp": "article", "/counter.asp": "counter"}  # fmt: skip
        kind = routes.get(path)
        if kind is None:
            return None
        args = {"home": (), "school": (_int(qs, "sid"),), "list": (_int(qs, "sid"), _int(qs, "cid"), _int(qs, "page")),
                "article": (_int(qs, "id"), _int(qs, "page")), "counter": (_int(qs, "id"),)}[kind]  # fmt: skip
        return kind, args

    def article_path(self, aid):
        return f"/show.asp?id={aid}"

    def home(self, portal, q):
        return render.home(portal, q)

    def school(self, portal, s, q):
        return render.school(portal, s, q)

    def listing(self, portal, s, cid, pageno, q):
        return render.listing(portal, s, cid, pageno or 1, q)

    def article(self, portal, a, pageno, q):
        return render.article(portal, a, pageno or 1, q)


def _int(qs, key):
    try:
        return int(qs.get(key, [""])[0].strip())
    except ValueError:
        return None


def _qs_int(qs, *keys):
    lowered = {k.lower(): v for k, v in qs.items()}
    for key in keys:
        if key.lower() in lowered:
            return _int({key: lowered[key.lower()]}, key)
    return None


def _date_text(a):
    return f"{a.when:%Y-%m-%d}"


def _category_parts(cid):
    name, parent = C.CATEGORIES[cid]
    return [(parent, C.CATEGORIES[parent][0]), (cid, name)] if parent else [(cid, name)]


def _visits(portal, a, counter_src):
    if a.visits_mode == "inline":
        return str(portal.visits(a.id))
    if a.visits_mode == "script":
        return f'<script type="text/javascript" src="{counter_src}"></script>'
    return ""


def _page_links(n_pages, pageno, href):
    """Links to each page of a multi-page article, the current one as plain ``[n]``; none for a one-page article."""
    if n_pages <= 1:
        return []
    return [f"[{n}]" if n == pageno else f'<a href="{href(n)}">[{n}]</a>' for n in range(1, n_pages + 1)]
