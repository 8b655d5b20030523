"""Navigation a script writes: ``document.write('<li><a href="/news/list.asp?cid=3">通知公告</a></li>')`` in the
page's own scripts, or in a script file of the site (old ASP school sites keep their whole menu in /js/menu.js,
included on every page), read as the HTML the browser inserts where the script stands.

Only string literals are read (joined where the script concatenates them): what a variable holds needs the
script run. Written by hand: no library reads a script for the markup it writes, and a browser per page would cost
more than the rest of a crawl.
"""

import re
from urllib.parse import urlsplit

from . import rules
from .links import clean_href, same_host
from .menus import inline_scripts

STRING = r"""(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")"""
WRITE_CALL = re.compile(rf"document\.write(?:ln)?\(\s*({STRING}(?:\s*\+\s*{STRING})*)\s*\)")
ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
ESCAPES = {"n": "\n", "t": "\t", "r": "", "b": "", "f": ""}
MAX_SCRIPT = 200_000  # characters of a script file read: a menu script is a few kilobytes

# script files that are libraries, never a site's navigation: not fetched
LIBRARY = re.compile(
    r"jquery|bootstrap|layui|layer|vue|react|angular|swiper|echarts|lodash|moment|axios|html5shiv|respond|"
    r"modernizr|polyfill|wdatepicker|my97|ckeditor|ueditor|kindeditor|superslide|slick|owl|wow|lazyload|fancybox|"
    r"lightbox|zepto|require|seajs|analytics|gtag|hm\.js|cnzz|bdshare|share|\.min\.js$",
    re.I,
)


def written_html(code):
    """The markup the script's document.write calls insert, in order, or "" where they insert none."""
    out = []
    for call in WRITE_CALL.finditer(code[:MAX_SCRIPT]):
        for literal in re.findall(STRING, call.group(1)):
            out.append(ESCAPE.sub(_unescape, literal[1:-1]))
    html = "".join(out)
    return html if "<a" in html.lower() else ""


def _unescape(m):
    code = m.group(1)
    if code[0] in "ux" and len(code) > 1:
        return chr(int(code[1:], 16))
    return ESCAPES.get(code, code)


def inline_written(root):
    """What the page's own scripts write (a menu written inline), or ""."""
    if not rules.on("links.written_menus"):
        return ""
    return "".join(written_html(code) for code in inline_scripts(root) if "document.write" in code)


def site_scripts(root, url, portal_url):
    """Script files of the site itself that a page includes (``<script src="/js/menu.js">``), not libraries: the
    files a menu may be written by."""
    if not rules.on("links.written_menus"):
        return []
    found = []
    for script in root.iter("script"):
        src = clean_href(script.get("src"), url)
        if not src or not urlsplit(src).path.lower().endswith(".js") or LIBRARY.search(urlsplit(src).path):
            continue
        if same_host(src, portal_url or url) and src not in found:
            found.append(src)
    return found
