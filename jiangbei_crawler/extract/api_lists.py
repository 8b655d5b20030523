"""Lists whose rows a script fetches from a JSON API (jQuery's $.getJSON / $.ajax on modern school sites): the
page is an empty shell, so its rows are read from the API's answers, each row's link built as the script builds
it (``'<a href="/news/detail.html?id=' + item.id + '">'``). Written by hand: no library reads a page's script for
the URLs it would ask for and the links it would write, and running the script would need a browser per list."""

import json
import math
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from . import rules
from .dom import text_of
from .menus import inline_scripts
from .pager import MAX_PAGE, Pager

# $.getJSON('/api/news/list', {cid: 3, page: 1, size: 10}, …) and $.get(…); $.ajax({url: '…', data: {…}})
GET_CALL = re.compile(r"\$\.(?:getJSON|get)\(\s*(['\"])([^'\"]+)\1\s*,\s*\{([^{}]{0,300})\}")
AJAX_CALL = re.compile(r"\$\.ajax\(\s*\{([^{}]{0,600}?\bdata\s*:\s*\{[^{}]{0,300}\}[^{}]{0,300}?)\}", re.S)
AJAX_URL = re.compile(r"\burl\s*:\s*(['\"])([^'\"]+)\1")
AJAX_DATA = re.compile(r"\bdata\s*:\s*\{([^{}]{0,300})\}")
PARAM = re.compile(r"(\w+)\s*:\s*(?:(['\"])([^'\"]*)\2|(\d+)\b|([A-Za-z_]\w*))")
NUMBER_VAR = re.compile(r"\b([A-Za-z_]\w*)\s*=\s*(\d+)\b")
# the link the script writes for each record: href="' + item.id + '"
DETAIL = re.compile(r"href\s*=\s*\\?[\"']([^\"'\\+]*?)['\"]\s*\+\s*([\w.\[\]]+?)\.(\w+)\s*\+\s*['\"]([^\"'\\]*)")
# ES2015 pages: fetch(`/api/news?page=${page + 1}&size=10&cat=${cat}`), each record's link a template literal
# (`/m/news/${item.id}.html`, the fallback of item.url where the API gives one)
FETCH_CALL = re.compile(r"fetch\(\s*`([^`]+)`\s*[,)]")
TEMPLATE_PART = re.compile(r"\$\{\s*([^}]*?)\s*\}")
TEMPLATE_DETAIL = re.compile(r"`((?:/|https?://)[^`$]*)\$\{\s*([\w.\[\]]+?)\.(\w+)\s*\}([^`$]*)`")
URL_KEYS = ("url", "link", "href", "detailUrl")
MORE_KEYS = ("hasMore", "has_more", "hasNext", "more")
PAGE_PARAMS = ("page", "pageNo", "pageNum", "pageIndex", "pageNumber", "current", "curPage", "pn", "p")
SIZE_PARAMS = ("size", "pageSize", "limit", "rows", "perPage", "per_page")
TITLE_KEYS = ("title", "name", "subject", "newsTitle", "articleTitle")
DATE_KEYS = ("publishTime", "publishDate", "pubDate", "pubTime", "releaseTime", "createTime", "createDate", "addTime",
             "date", "time", "updateTime")  # fmt: skip
TOTAL_KEYS = ("total", "totalCount", "count", "totalElements", "totalRecord", "records", "totalNum")
MAX_SCRIPT = 50_000  # characters of one inline script read


def api_list(root, url):
    """The API a list shell's script reads its rows from: {"first": page 1's URL, "prefix": page n's URL before
    n, "size", "detail": (link before the id, the id's key, link after it)}, or the address of the HTML fragment
    it loads its rows as (``"kind": "html"``); None where no script does."""
    return _json_api(root, url) or fragment_loader(root, url)


# a list shell whose rows come as an HTML fragment: $('#list').load('/ajax/list.php?cid=2&page=' + p), or
# $.get('/ajax/list.php?cid=' + cid + '&page=' + page).done(function(html){ $('#list').html(html); })
TERM = r"""(?:'[^']*'|"[^"]*"|[A-Za-z_]\w*)"""
CONCAT = rf"({TERM}(?:\s*\+\s*{TERM})*)"
LOAD_CALL = re.compile(rf"\.load\(\s*{CONCAT}\s*[,)]")
GET_HTML = re.compile(
    rf"\$\.get\(\s*{CONCAT}\s*[,)][^{{}}]{{0,80}}?function\s*\(\s*\w+\s*\)\s*\{{[^{{}}]{{0,200}}?\.(?:html|append)\("
)


def fragment_loader(root, url):
    """{"kind": "html", "first", "prefix", "suffix", "base"}: page n of the rows is prefix + n + suffix, read as a
    list page of the shell's address (``base``: the fragment's links are the shell's)."""
    if not rules.on("list.html_fragments"):
        return None
    for code in inline_scripts(root, MAX_SCRIPT):
        if ".load(" not in code and ".html(" not in code and ".append(" not in code:
            continue
        numbers = dict(NUMBER_VAR.findall(code))
        for m in [*LOAD_CALL.finditer(code), *GET_HTML.finditer(code)]:
            parts = _concat(m.group(1), numbers)
            if parts is not None:
                prefix, suffix = urljoin(url, parts[0]), parts[1]
                return {"kind": "html", "first": f"{prefix}1{suffix}", "prefix": prefix, "suffix": suffix, "base": url}
    return None


def _concat(expr, numbers):
    """(text before the page, text after it) of a string concatenation whose one unknown name is the page (p,
    page, pageNo…), the others the script's numbers (var cid = 3); None for any other."""
    out, page_at, page_name = [], None, ""
    for term in (t.strip() for t in expr.split("+")):
        if term[:1] in "'\"":
            out.append(term[1:-1])
        elif term in numbers:
            out.append(numbers[term])
        elif page_at is None:
            page_at, page_name = len(out), term
        else:
            return None  # two values only the running script knows
    if page_at is None or not PAGE_NAME.match(page_name) or not re.search(r"[/?=]", "".join(out[:page_at])):
        return None  # a header include, a lone variable, or another category's number (cid): no list's pages
    return "".join(out[:page_at]), "".join(out[page_at:])


PAGE_NAME = re.compile(r"^(?:p|n|pn|page\w*|curpage|currentpage|pageno|pagenum|pageindex|current)$", re.I)


def _json_api(root, url):
    if not rules.on("list.json_api"):
        return None
    for code in inline_scripts(root, MAX_SCRIPT):
        detail = DETAIL.search(code) if "$." in code else None
        if detail is None and "fetch(" in code and rules.on("list.fetch_api"):
            detail = TEMPLATE_DETAIL.search(code)
        if detail is None:
            continue
        for path, params in _calls(code):
            api = _api(url, path, params, code)
            if api is not None:
                api["detail"] = (urljoin(url, detail.group(1)), detail.group(3), detail.group(4))
                return api
    return None


def _calls(code):
    for m in GET_CALL.finditer(code):
        yield m.group(2), m.group(3)
    for m in FETCH_CALL.finditer(code) if rules.on("list.fetch_api") else ():
        path, _, query = m.group(1).partition("?")
        # page=${page + 1} is the page; cat=${cat} a name the script gives a number; the rest as written
        params = [f"{k}: {_term(v)}" for k, v in (p.partition("=")[::2] for p in query.split("&") if p)]
        yield path, ", ".join(params)
    for m in AJAX_CALL.finditer(code):
        where, data = AJAX_URL.search(m.group(1)), AJAX_DATA.search(m.group(1))
        if where and data and not re.search(r"\btype\s*:\s*['\"]post", m.group(1), re.I):
            yield where.group(2), data.group(1)


def _term(value):
    """A template literal's query value as an object literal's: ${page + 1} the name page, ${cat} the name cat."""
    m = TEMPLATE_PART.fullmatch(value)
    return re.split(r"\W", m.group(1))[0] if m else f"'{value}'"


def _api(url, path, params, code):
    """Page 1's URL of the call, its page parameter last (page n is that URL's prefix and n)."""
    numbers = dict(NUMBER_VAR.findall(code))
    query, page_key = [], None
    for key, _, text, number, name in PARAM.findall(params):
        if key in PAGE_PARAMS:
            page_key = key
        elif text or number:
            query.append((key, text or number))
        elif name in numbers:
            query.append((key, numbers[name]))
        else:
            return None  # a value only the running script knows
    if page_key is None:
        return None
    base = urlsplit(urljoin(url, path))
    query = parse_qsl(base.query) + query
    prefix = urlunsplit(base._replace(query=urlencode(query + [(page_key, "")])))
    size = next((int(v) for k, v in query if k in SIZE_PARAMS and v.isdigit()), None)
    return {"first": f"{prefix}1", "prefix": prefix, "page": page_key, "size": size}


def read_api_page(text, url, api):
    """The rows and pager of one API answer, as a list page (``url`` is the answer's; ``api`` from api_list)."""
    from .listing import ListPage, ListRow  # the list page's own types (listing imports this module)

    if api.get("kind") == "html":
        return _read_fragment(text, url, api)
    page = ListPage(url=url, layer="api")
    try:
        data = json.loads(text)
    except ValueError:
        return page
    records, holder = _records(data, api["detail"][1])
    prefix, key, suffix = api["detail"]
    for rec in records:
        title = next((rec[k] for k in TITLE_KEYS if isinstance(rec.get(k), str) and rec[k].strip()), None)
        if title is None:
            continue
        when = next((str(rec[k]) for k in DATE_KEYS if rec.get(k)), None)
        given = next((rec[k] for k in URL_KEYS if isinstance(rec.get(k), str) and rec[k].strip()), None)
        link = urljoin(url, given) if given and rules.on("list.fetch_api") else f"{prefix}{rec[key]}{suffix}"
        page.rows.append(ListRow(link, text_of_html(title), when))
    page.dated_rows = sum(1 for r in page.rows if r.date)
    shown = dict(parse_qsl(urlsplit(url).query)).get(api["page"], "1")
    current = int(shown) if shown.isdigit() else 1
    total = next((holder[k] for k in TOTAL_KEYS if isinstance(holder.get(k), int)), None)
    size = api.get("size") or len(records) or 1
    if total is not None:
        last = min(max(1, math.ceil(total / size)), MAX_PAGE)
        page.pager = Pager(current=current, last=last, total=total, template=(api["prefix"], "", 1, 0), found=True)
    elif isinstance(more := next((holder[k] for k in MORE_KEYS if k in holder), None), bool):
        page.pager = Pager(current=current, last=current + more, template=(api["prefix"], "", 1, 0), found=True)
    elif len(records) >= size:  # no count: the next page while this one came full
        page.pager = Pager(current=current, last=current + 1, template=(api["prefix"], "", 1, 0), found=True)
    page.empty = not records
    return page


def _read_fragment(text, url, api):
    """A loaded fragment as a list page of the shell: its rows, and its pager's count with the loader's addresses
    (the fragment's own pager links call the shell's function)."""
    from .listing import parse_list_page

    page = parse_list_page(text, api["base"])
    page.layer, page.api, page.links = "api", None, []
    shown = url[len(api["prefix"]) : len(url) - len(api["suffix"]) or None] if url.startswith(api["prefix"]) else ""
    current = int(shown) if shown.isdigit() else 1
    found = page.pager
    if shown.isdigit():
        last = found.last if found.last > 1 else current + (1 if found.found and page.rows else 0)
        page.pager = Pager(current=current, last=max(last, current), total=found.total,
                           template=(api["prefix"], api["suffix"], 1, 0), found=True)  # fmt: skip
    return page


def _records(data, key):
    """(the first list of records holding ``key``, the object that holds it) anywhere in the answer."""
    stack = [(data, {})]
    while stack:
        node, parent = stack.pop(0)
        if isinstance(node, list) and node and all(isinstance(x, dict) and key in x for x in node):
            return node, parent
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        stack.extend((child, node if isinstance(node, dict) else parent) for child in children)
    return [], {}


def text_of_html(value):
    """A title an API gives with markup (<em> of a search, &nbsp;) as its text."""
    if "<" not in value and "&" not in value:
        return value.strip()
    from .dom import as_page, parse_html

    return text_of(parse_html(as_page(f"<p>{value}</p>")).root.find(".//p")).strip()
