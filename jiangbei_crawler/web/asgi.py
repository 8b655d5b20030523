"""The ASGI layers around Datasette: a read-only archive with a content security policy and a trusted
origin, the search box kept to the safe query language, readable school addresses, and tables' CSV whole."""

import re
from urllib.parse import unquote, unquote_to_bytes, urlencode, urlsplit

from datasette.utils import tilde_encode
from datasette.utils.asgi import Response

from . import config
from .exports import csv_for_excel


def wrap(datasette, app):
    app = escaped_search(
        readable_school_paths(readable_articles_table(datasette, complete_csv(datasette, csv_for_excel(app))))
    )
    return content_security_policy(read_only(trusted_origin(datasette, app)))


# A reader's browser fetches nothing from elsewhere: not the portal's images (which would tell the portal who
# reads the archive), fonts or scripts. Datasette's own pages use inline scripts and styles.
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
       "script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'")  # fmt: skip


def content_security_policy(app):
    """Every response carries CSP; one that has its own (a capture's or an image's sandbox) gets ours after it,
    in the same policy."""

    async def wrapped(scope, receive, send):
        async def send_with_csp(message):
            if message["type"] == "http.response.start":
                headers = message.get("headers", [])
                own = [v for k, v in headers if k.lower() == b"content-security-policy"]
                policy = b"; ".join([*own, CSP.encode()])
                headers = [(k, v) for k, v in headers if k.lower() != b"content-security-policy"]
                message = {**message, "headers": [*headers, (b"content-security-policy", policy)]}
            await send(message)

        return await app(scope, receive, send_with_csp if scope["type"] == "http" else send)

    return wrapped


# The archive is read-only and shows nothing of the server: of Datasette's /-/ pages only the static files,
# the settings and the plugin's own routes are served. Its write API (/-/insert, /-/create, …), debug and
# actor pages, and /-/databases.json (which shows file paths) answer 404, any other method 405.
OPEN_PATHS = re.compile(
    r"^/-/(?:static|static-plugins)/|^(?:/[^/]+)?/-/(?:image|attachment|capture)/|^/-/settings(?:\.json)?$"
    r"|^/-/search(?:\.json|\.atom)?$"
)  # /<archive>/-/image/…: another archive's bytes; /-/search: the cross-portal search of `datasette archives/`


def read_only(app):
    async def wrapped(scope, receive, send):
        if scope["type"] == "http":
            if scope["method"] not in ("GET", "HEAD"):
                refusal = Response.text("只读存档 / read-only archive", status=405, headers={"allow": "GET, HEAD"})
                return await refusal.asgi_send(send)
            if "/-/" in scope["path"] and not OPEN_PATHS.match(scope["path"]):
                return await Response.text("找不到这个页面 / not found", status=404).asgi_send(send)
        return await app(scope, receive, send)

    return wrapped


def trusted_origin(datasette, app):
    """Links that leave the page (feeds, citations, facets) name the archive's origin: ``base_url`` of the
    plugin's configuration, else the address the server answers on, never the request's Host or
    X-Forwarded-* headers, which anyone can forge (and a cache would then serve to every reader)."""
    configured = urlsplit(str((datasette.plugin_config("jiangbei") or {}).get("base_url") or ""))

    async def wrapped(scope, receive, send):
        if scope["type"] == "http":
            scheme, host = (configured.scheme, configured.netloc) if configured.netloc else server_origin(scope)
            headers = [(k, v) for k, v in scope.get("headers", []) if k.lower() not in FORWARDED]
            headers += [(b"host", host.encode()), (b"x-forwarded-proto", scheme.encode())]
            scope = {**scope, "headers": headers, "scheme": scheme}
        return await app(scope, receive, send)

    return wrapped


FORWARDED = frozenset({b"host", b"x-forwarded-proto", b"x-forwarded-host", b"x-forwarded-port", b"forwarded"})


def server_origin(scope):
    """(scheme, host[:port]) of the socket the request came in on."""
    scheme = scope.get("scheme") or "http"
    host, port = scope.get("server") or ("localhost", None)
    host = f"[{host}]" if ":" in host else host
    default = {"http": 80, "https": 443}.get(scheme)
    return scheme, host if port in (None, default) else f"{host}:{port}"


RAW_SEARCH = frozenset({b"_searchmode", b"_fts_table", b"_fts_pk"})


def escaped_search(app):
    """The search box always goes through escape_fts (search.fts_query, bounded): ?_searchmode=raw would hand
    FTS5 a query of the visitor's own, of any size, and _fts_table another table."""

    async def wrapped(scope, receive, send):
        query = scope.get("query_string", b"") if scope["type"] == "http" else b""
        if b"_searchmode" in query or b"_fts" in query or b"%5F" in query.upper():
            pairs = [p for p in query.split(b"&") if unquote_to_bytes(p.split(b"=", 1)[0]) not in RAW_SEARCH]
            scope = {**scope, "query_string": b"&".join(pairs)}
        return await app(scope, receive, send)

    return wrapped


SCHOOL_PATH = re.compile(rb"^((?:/[^/]+)?/school/)([^/]+)$")


def readable_school_paths(app):
    """/school/<name> (/<archive>/school/<name>) as a browser sends it (%E6%B1%9F…, the Chinese name in the
    address bar) is served as it is: Datasette would redirect a %-encoded path to its own ~E6~B1~9F…
    spelling, which nobody can read."""

    async def wrapped(scope, receive, send):
        found = SCHOOL_PATH.match(scope.get("raw_path") or b"") if scope["type"] == "http" else None
        if found and b"%" in found.group(2):
            path = found.group(1).decode("latin-1") + tilde_encode(unquote(found.group(2).decode("latin-1")))
            scope = {**scope, "raw_path": path.encode(), "path": path}
        return await app(scope, receive, send)

    return wrapped


TABLE_CSV = re.compile(r"^/([^/]+)/[^/]+\.csv$")


def complete_csv(datasette, app):
    """A table's CSV is every row: Datasette's stops at max_returned_rows unless ?_stream= is given (any
    value; it needs allow_csv_stream and refuses _next), so it is added when absent, _next aside."""

    async def wrapped(scope, receive, send):
        found = TABLE_CSV.match(scope["path"]) if scope["type"] == "http" else None
        if found and config.is_archive(datasette, found.group(1)):
            scope = {**scope, "query_string": complete_csv_query(scope["path"], scope.get("query_string", b""))}
        return await app(scope, receive, send)

    return wrapped


def complete_csv_query(path, query):
    """The query string of a table's CSV, streamed; the articles table's keeps each article's portal URL (after
    its id: columns come in _col order) even when the page chose columns without it."""
    pairs = set(query.split(b"&"))
    names = {pair.split(b"=", 1)[0] for pair in pairs}
    parts = [query] if query else []
    if ARTICLES_PAGE.match(path.removesuffix(".csv")) and b"_col" in names and not pairs & {b"_col=url", b"_nocol=url"}:
        parts.insert(0, b"_col=url")
    if not names & {b"_stream", b"_next"}:
        parts.append(b"_stream=on")
    return b"&".join(parts)


ARTICLES_PAGE = re.compile(r"^/([^/]+)/articles$")  # an archive's
# The articles table's HTML page by default: id (the primary key, always shown), date, school, category,
# title, source, attachments and status. Asked for explicitly, so the long text is neither fetched nor
# rendered; any column comes back through the column chooser (?_col=, ?_nocol=), and JSON and CSV keep all.
DEFAULT_COLUMNS = ("published", "school", "category_path", "title", "source", "has_attachments", "status")


def readable_articles_table(datasette, app):
    async def wrapped(scope, receive, send):
        found = ARTICLES_PAGE.match(scope["path"]) if scope["type"] == "http" else None
        if found and config.is_archive(datasette, found.group(1)):
            query = scope.get("query_string", b"")
            names = {pair.split(b"=", 1)[0] for pair in query.split(b"&")}
            if not names & {b"_col", b"_nocol"}:
                extra = urlencode([("_col", c) for c in DEFAULT_COLUMNS]).encode()
                scope = {**scope, "query_string": query + b"&" + extra if query else extra}
        return await app(scope, receive, send)

    return wrapped
