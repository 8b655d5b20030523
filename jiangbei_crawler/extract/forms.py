"""Where forms lead: Java and ASP platforms navigate through forms where other sites write links.

* A GET form whose only choice is a ``<select>`` (a platform's school chooser: ``<form action="school.do">
  <select name="schoolId">…</select><input type="submit" value="进入"></form>``): each option is the page the
  form's submit opens, ``school.do?schoolId=3``.
* A page function that fills a form's field with its argument and submits the form (Struts and Spring pagers:
  ``function gotoPage(n){ document.getElementById('pageNo').value = n; document.getElementById('pageForm')
  .submit(); }``): page n is the form's address with its fields and that field set to n. A form that POSTs is
  asked as a GET with the same fields: servlets, Spring and PHP's ``$_REQUEST`` read both, and a page's URL is
  its identity in the archive. A server that answers only a POST is not reached (a known gap).

lxml's own form model gives each form's action, method and the values a browser would send
(``FormElement.form_values``), so only the scripts' idioms are read here.
"""

import re
from urllib.parse import urlencode, urljoin

from . import rules
from .links import QUERY_ENCODING

# the field a function sets from its argument, and the form it submits: by id, by name, or jQuery's #id
SETS_FIELD = (
    r"document\.getElementById\(\s*['\"]([\w-]+)['\"]\s*\)\.value\s*=\s*{arg}\b",
    r"\$\(\s*['\"]#([\w-]+)['\"]\s*\)\.val\(\s*{arg}\s*\)",
    r"document\.(?:forms\[\s*['\"]?\w+['\"]?\s*\]|\w+)\.([\w-]+)\.value\s*=\s*{arg}\b",
)
SUBMITS = re.compile(
    r"document\.getElementById\(\s*['\"]([\w-]+)['\"]\s*\)\.submit\(\)|\$\(\s*['\"]#([\w-]+)['\"]\s*\)\.submit\(\)"
    r"|document\.forms\[\s*['\"]?(\w+)['\"]?\s*\]\.submit\(\)|document\.(\w+)\.submit\(\)"
)
TEXT_INPUTS = ("text", "search", "password", "email", "number", "tel", "date")


def form_url(form, field, value):
    """The address a GET of ``form`` asks for with ``field`` set to ``value`` (its other fields as a browser sends
    them); ``value`` None leaves the field last and empty, for a page number to follow."""
    pairs = [(k, v) for k, v in form.form_values() if k != field]
    path = (form.get("action") or "").partition("?")[0]  # a GET replaces the action's own query (HTML)
    return f"{path}?{urlencode(pairs + [(field, '' if value is None else value)])}"


def choice_form(select):
    """The GET form a ``<select>`` is the one choice of (no text to type, no other select), else None."""
    form = next((a for a in select.iterancestors("form")), None)
    if form is None or not rules.on("links.form_choices") or (form.get("method") or "get").lower() != "get":
        return None
    typed = [i for i in form.iter("input") if (i.get("type") or "text").lower() in TEXT_INPUTS]
    if typed or len(list(form.iter("select"))) != 1 or not select.get("name") or select.get("onchange"):
        return None  # a search box, or a jump menu whose script decides (Dreamweaver's MM_jumpMenu)
    submit = any((i.get("type") or "").lower() in ("submit", "image") for i in form.iter("input"))
    return form if submit or next(form.iter("button"), None) is not None else None


def form_choices(select, form):
    """(option, URL) for each option of a form's one select that names something (not --请选择--)."""
    for option in select.iter("option"):
        value = (option.get("value") if option.get("value") is not None else option.text_content()).strip()
        if value and not value.lower().startswith(("http:", "https:", "/")):  # an address is a jump menu's
            yield option, form_url(form, select.get("name"), value)


def form_function(root, arg, code):
    """(prefix, suffix) of the page n a function's form submission asks for, or None."""
    if not rules.on("links.form_functions"):
        return None
    submitted = SUBMITS.search(code)
    if submitted is None:
        return None
    for rx in SETS_FIELD:
        sets = re.search(rx.replace("{arg}", re.escape(arg)), code)
        if sets:
            form = _form(root, next(g for g in submitted.groups() if g))
            field = _field_name(form, sets.group(1)) if form is not None else None
            return (form_url(form, field, None), "") if field else None
    return None


def submitted_page(root, code):
    """The address a link's inline script asks for by setting a GET form's field to a page number and
    submitting it (javascript:document.fpage.page.value=2;document.fpage.submit();, old ASP pagers), or None."""
    submitted = SUBMITS.search(code) if rules.on("pager.inline_form_submit") else None
    for rx in SETS_FIELD if submitted else ():
        sets = re.search(rx.replace("{arg}", r"['\"]?(\d+)['\"]?"), code)
        form = _form(root, next(g for g in submitted.groups() if g)) if sets else None
        if form is not None and (form.get("method") or "get").lower() == "get":
            return form_url(form, _field_name(form, sets.group(1)), sets.group(2))
    return None


def _form(root, key):
    forms = list(root.iter("form"))
    if key.isdigit():
        return forms[int(key)] if int(key) < len(forms) else None
    return next((f for f in forms if key in (f.get("id"), f.get("name"))), None)


def _field_name(form, key):
    """A field named by its id or its name: the name is what the form sends."""
    for el in form.iter("input", "select"):
        if key in (el.get("id"), el.get("name")):
            return el.get("name")
    return key


# ASP.NET WebForms pagers (Webdiyer's AspNetPager, GridView paging): <a href="javascript:__doPostBack(
# 'ctl00$Main$AspNetPager1','2')">2</a>, the page's one form posted with the event's target and argument
POSTBACK = re.compile(r"__doPostBack\(\s*['\"]([^'\"]+)['\"]\s*,\s*['\"]([^'\"]*)['\"]\s*\)")


def postback_pager(root, box, url):
    """{"action", "fields", "target", "argument": (before n, after n)} of a pager whose page links post the page's
    form back, or None: page n is that form with __EVENTTARGET and __EVENTARGUMENT set (``postback_fields``)."""
    if not rules.on("pager.postback"):
        return None
    found, pages = None, []
    for a in box.iter("a"):
        m = POSTBACK.search(a.get("href") or a.get("onclick") or "")
        label = a.text_content().strip()
        if m and label.isdigit() and label in m.group(2):
            found = found or (m.group(1), m.group(2).partition(label))
            pages.append(int(label))
        elif m and found and m.group(1) == found[0] and m.group(2).startswith(found[1][0]):
            number = m.group(2)[len(found[1][0]) :][: len(m.group(2)) - len(found[1][0]) - len(found[1][2])]
            pages += [int(number)] if number.isdigit() else []  # 尾页's argument is the last page
    form = next((f for f in root.iter("form") if f.find(".//input[@name='__VIEWSTATE']") is not None), None)
    if found is None or form is None:
        return None
    fields = [(k, v) for k, v in form.form_values() if k not in ("__EVENTTARGET", "__EVENTARGUMENT")]
    action = urljoin(url, form.get("action") or url)
    before, _, after = found[1]
    return {
        "action": action,
        "fields": fields,
        "target": found[0],
        "argument": (before, after),
        "last": max(pages),
        "encoding": QUERY_ENCODING.get(),
    }  # the form posted in the page's charset, as a browser posts it; fmt: skip


def postback_fields(postback, n):
    """The form data that asks for page n."""
    before, after = postback["argument"]
    event = [("__EVENTTARGET", postback["target"]), ("__EVENTARGUMENT", f"{before}{n}{after}")]
    return postback["fields"] + event
