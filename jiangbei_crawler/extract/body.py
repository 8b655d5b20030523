"""Article body: the profile's container, a known CMS container name, the content region of the page's
template (``extract.template``), or the densest block of prose after the title; then what inside it is not body
(title, metadata line, navigation, swallowed footer) is left out.
"""

import copy
import itertools
import re
from urllib.parse import urljoin, urlsplit

import lxml.html

from . import rules
from .dates import find_date_text
from .dom import attr_words, contains, tag_name, text_of
from .layout import boilerplate_words
from .links import same_host
from .patterns import (
    ANY_LABEL_RX,
    ATTACHMENT_PATH,
    BACK_HOME,
    BACK_LINK,
    BODY_CONTAINERS,
    DOCUMENT_EXT,
    GENERIC_CONTAINERS,
    NAV_LINE,
    PAGE_FOOTER,
    ROW_DATE,
)
from .template import region_of
from .text import block_lines, sanitize_html

CONTAINER_TAGS = frozenset("div td th table tbody tr section article main center form dd ul span font".split())
DOMINANT = 0.8  # descend into a child holding this share of its parent's text
FOOTER_WORDS = re.compile(r"版权所有|版權所有|Copyright|©|ICP备|公网安备|技术支持")
MIN_DENSITY_CHARS = 8  # non-link characters a block needs to be taken for a body by density


def _container_ok(r, el, title_el, generic=True):
    """A container is the body, not a page wrapper: it holds no title, no sidebars, and (when its name
    is as common as #content) little link text; a body of attachment links is still a body. A form field named
    like a body (a comment box's ``<textarea id="content">``) never is."""
    if tag_name(el) in FORM_FIELDS and rules.on("body.not_a_form_field"):
        return False
    if title_el is not None and contains(el, title_el):
        return r.layout.link_ratio(el) < 0.25 and not any(d in r.layout.boiler for d in el.iter())
    return not generic or r.layout.link_ratio(el) < 0.6 or r.layout.stats.get(el, [0])[0] == 0 or _embeds_document(el)


def _embeds_document(el):
    """A container showing a document in the page (<object>/<embed>/<iframe> of a PDF, with its 附件 link): the
    document is the text, however much of the container is the link to it (校务公开 收费公示 pages)."""
    if not rules.on("body.embedded_document"):
        return False
    sources = (
        e.get("src") or e.get("data") or e.get("value") or "" for e in el.iter("object", "embed", "iframe", "param")
    )
    return any(DOCUMENT_EXT.search(s.split("?")[0]) or DOCUMENT_EXT.search(s) for s in sources)


def pick_body(r, title_el):
    """(element, layer) of the body container."""
    for el in r.css("article.content"):
        if _container_ok(r, el, title_el):
            return el, "profile"
    # the site's own content region (learnt from this page's template)
    on = r.template is not None and rules.on("body.template_region")
    region = region_of(*r.template) if on else None
    after = r.layout.end(title_el) if title_el is not None else 0
    named = _named_elements(r.root)
    for css in BODY_CONTAINERS:
        generic = css in GENERIC_CONTAINERS
        found = [el for el in named.get(css.lower(), ()) if _container_ok(r, el, title_el, generic)]
        found = [el for el in found if r.layout.start(el) >= after or contains(el, title_el)] or found
        if found:
            el = max(found, key=r.layout.mass)
            if generic and contains(el, title_el) and rules.on("body.generic_wraps_title"):
                # a page wrapper named #content that holds the title, its breadcrumb and side lists: the body
                # is the densest block inside it after the title
                inner = _densest(r, title_el)
                if inner is not None and contains(el, inner):
                    return inner, "density"
            return el, "container"
        if r.trace is not None and named.get(css.lower()):
            r.why("body", css, "a known container name, but a form field, a wrapper of the title or mostly links")
    # the region after the exact container names, which it only repeats, and before the density guess it replaces
    if region is not None and _container_ok(r, region, title_el):
        return region, "template"
    if r.trace is not None and region is not None:
        r.why("body", "template region", "holds the title and links or sidebars on this page")
    el = _densest(r, title_el)
    return (el, "density") if el is not None else (None, None)


CONTAINER_NAMES = frozenset(name.lower() for name in BODY_CONTAINERS)


def _named_elements(root):
    """'#id' / '.class' (lower-cased: ASP-era templates write newscontent, NewsContent, NEWSCONTENT alike) ->
    elements, for the known container names, in one pass over the tree (one XPath per name would walk it once
    each)."""
    out = {}
    for el in root.xpath("//*[@id or @class]"):  # the elements that have a name, picked out in C
        ident, classes = el.get("id"), el.get("class")
        keys = [f"#{ident}"] if ident else []
        keys += [f".{c}" for c in classes.split()] if classes else []
        for key in map(str.lower, keys):
            if key in CONTAINER_NAMES:
                out.setdefault(key, []).append(el)
    return out


def _densest(r, title_el):
    """The deepest block holding most of the page's non-link text and punctuation after the title."""
    lay = r.layout
    after = lay.end(title_el) if title_el is not None else 0
    cands = [el for el in lay.stats if tag_name(el) in CONTAINER_TAGS and lay.start(el) >= after and _prose(lay, el)]
    hidden = [el for el in lay.stats if _hidden(el)] if rules.on("body.not_hidden") else []
    if hidden:  # a print copy hidden by display:none is no reader's text (most pages hide nothing: no walk up)
        cands = [el for el in cands if not any(contains(h, el) for h in hidden)]
    top = next((el for el in sorted(cands, key=lay.mass, reverse=True) if not _is_metadata(lay, el)), None)
    if top is None and lay.body in lay.stats and _prose(lay, lay.body) and rules.on("body.page_body"):
        top = lay.body  # the text's paragraphs right in <body>, no block around them (FrontPage-era pages)
    beside = _beside_title(r, title_el) if title_el is not None and rules.on("body.beside_title") else None
    if beside is not None and _mass_after(lay, beside, title_el) > 2 * (lay.mass(top) if top is not None else 0):
        return beside
    if top is None or lay.stats[top][0] < MIN_DENSITY_CHARS:
        return None  # no text worth a body: an empty body beats a footer or an attachment label
    node = top
    while True:
        kids = [c for c in node if isinstance(c.tag, str) and tag_name(c) in CONTAINER_TAGS and c in lay.stats]
        # a hidden print copy beside the text, and the metadata line above it, weigh nothing in the choice
        hidden = [c for c in kids if _hidden(c) or _is_metadata(lay, c)] if rules.on("body.not_hidden") else []
        kids = [c for c in kids if c not in hidden]
        if not kids:
            return node
        best = max(kids, key=lay.mass)
        if lay.mass(best) < DOMINANT * (lay.mass(node) - sum(map(lay.mass, hidden))):
            first = _first_post(lay, kids) if rules.on("body.thread_first_post") else None
            if first is None:
                return node
            best = first
        node = best


def _beside_title(r, title_el):
    """The block holding the title when the paragraphs are its siblings (<div><h1/><p/><p/></div>, as news CMSs
    and hand-made templates write it): no block after the title holds them, so it competes with its text after
    the title; what precedes the title in it must be little."""
    lay = r.layout
    block = title_el.getparent()
    while block is not None and tag_name(block) not in CONTAINER_TAGS:
        block = block.getparent()
    if block is None or block is lay.body or block not in lay.stats or not _prose(lay, block):
        return None
    after = _mass_after(lay, block, title_el)
    before = sum(lay.mass(c) for c in block if isinstance(c.tag, str) and lay.end(c) <= lay.start(title_el))
    return block if after >= MIN_DENSITY_CHARS and before < 0.25 * after else None


def _mass_after(lay, block, title_el):
    """The mass of the block's children after the title's own branch, metadata lines and hidden blocks left out,
    and of its own text (paragraphs parted by <br>)."""
    kids = [c for c in block if isinstance(c.tag, str)]
    own = lay.mass(block) - sum(lay.mass(c) for c in kids)
    end = lay.end(title_el)
    shown = [c for c in kids if not (_hidden(c) and rules.on("body.not_hidden"))]  # a hidden print copy: none
    return own + sum(lay.mass(c) for c in shown if lay.start(c) >= end and not _is_metadata(lay, c))


def _first_post(lay, kids):
    """A forum thread's opening post, when the block is its posts: three or more siblings of one class, each
    reply after the first dated (作者：… 时间：2013-06-07 10:02), which together hold most of the text. The body
    is the thread's first post, never its replies (Tianya, phpwind, Tieba and other forum templates)."""
    groups = {}
    for kid in kids:
        if name := (kid.get("class") or "").split()[:1]:
            groups.setdefault((tag_name(kid), name[0]), []).append(kid)
    total = sum(lay.mass(k) for k in kids)
    for posts in groups.values():
        if len(posts) < 3 or sum(lay.mass(p) for p in posts) < DOMINANT * total:
            continue
        if all(find_date_text(text_of(p)[:2000]) for p in posts[1:]):
            return posts[0]
    return None


FORM_FIELDS = frozenset({"textarea", "input", "select", "button", "option"})
WORD_CLOUD_CHARS = 2000  # a block this long with (almost) no punctuation is a keyword cloud, not prose
WORD_CLOUD_PUNCT = 0.002
PROSE_LINK_RATIO = 0.3  # link text share above which a block named like navigation is navigation
# link text share above which a block is a list of links (a side list of dated related rows), never a body: an
# image-only article's densest text is otherwise its sidebar (PHP168, news portals' 相关阅读 beside a short body)
LINK_LIST_RATIO = 0.5


def _prose(lay, el):
    """A block that may hold the body: not navigation-like markup, or, when its class says so (a share bar's
    ``tool``, an ``aside`` the article sits in), text that is mostly not links."""
    if _word_cloud(lay, el) or (rules.on("body.link_list") and lay.link_ratio(el) > LINK_LIST_RATIO):
        return False
    return el not in lay.boiler or (rules.on("body.prose_in_chrome") and lay.link_ratio(el) < PROSE_LINK_RATIO)


def _word_cloud(lay, el):
    """Thousands of characters without sentence punctuation: SEO keyword blocks and tag clouds."""
    chars, puncts = lay.stats[el][0], lay.stats[el][2]
    return rules.on("body.no_word_cloud") and chars > WORD_CLOUD_CHARS and puncts < WORD_CLOUD_PUNCT * chars


def _is_metadata(lay, el):
    """The metadata line (来源：… 发布时间：…) or a footer (版权所有…), which density must not take for the body."""
    if lay.chars(el) >= 300:
        return False
    text = text_of(el)
    if rules.on("body.prose_beside_credits") and _sentences_without_labels(el) >= 2:
        return False  # a short notice whose labels are only its last line's credits (撰稿：… 审核：…)
    pairs = rules.on("body.label_pairs") and _label_pairs(text)
    return len(ANY_LABEL_RX.findall(text)) >= 2 or bool(FOOTER_WORDS.search(text)) or pairs


def _sentences_without_labels(el):
    return sum(line.count("。") for line in block_lines(el) if not ANY_LABEL_RX.search(line))


def _label_pairs(text):
    """A short line of ``label：value`` pairs, one label known (核发：zly 点击数：2833): the article's metadata
    below its body (PHP168, news CMSs), whose other labels no list can foresee."""
    chunks = text.split()
    pairs = sum(1 for c in chunks if "：" in c or ":" in c)
    return len(text) < 80 and bool(ANY_LABEL_RX.search(text)) and 2 * pairs >= len(chunks)


def _skip_set(r, container, title_el, info_el):
    """Elements inside the container that are not body: title, metadata line, navigation."""
    skip = set()
    for el in (title_el, info_el):
        if el is not None and el is not container and contains(container, el):
            skip.add(el)
    # a body inside a share area: only its own named parts are chrome
    inside_boiler = container in r.layout.boiler and rules.on("body.prose_in_chrome")
    for el in container.iter():
        if el is container or not isinstance(el.tag, str):
            continue
        boiler = el in r.layout.boiler and (not inside_boiler or boilerplate_words().search(attr_words(el)))
        if boiler and (r.layout.mass(el) < 0.5 * r.layout.mass(container) or _named_footer(r, el)):
            skip.add(el)
        elif _swallowed_chrome(r, el, container):
            skip.add(el)
        elif _player(r, el):
            skip.add(el)  # 点击播放 beside an <audio>: the player's button, not the text
        elif _hidden(el) and r.layout.chars(el) < 200 and rules.on("body.hidden"):
            skip.add(el)  # no reader sees it: a 原标题 line the CMS keeps for itself
        elif tag_name(el) in ("p", "div") and rules.on("body.home_link") and _home_link(r, el):
            skip.add(el)
        elif tag_name(el) in ("div", "p", "span", "li", "a", "td", "table") and r.layout.chars(el) < 120:
            text = r.layout.short_text(el)
            if text and (NAV_LINE.match(text) or (rules.on("body.back_home_link") and BACK_HOME.match(text))):
                skip.add(el)
            elif text and tag_name(el) != "a" and rules.on("body.back_link") and BACK_LINK.match(text):
                skip.add(el)
    return skip


NAMED_FOOTER = re.compile(r"foot|copyright", re.I)


def _named_footer(r, el):
    """The page's footer by name (<footer>, id="footer", class="copyright") holding its words (版权所有, ICP备):
    chrome however long beside a short notice whose table, left open, swallowed it."""
    if not rules.on("body.named_footer"):
        return False
    named = tag_name(el) == "footer" or NAMED_FOOTER.search(f"{el.get('id') or ''} {el.get('class') or ''}")
    return bool(named) and bool(PAGE_FOOTER.search(text_of(el)[:2000]))


def _player(r, el):
    """A block wrapping an <audio> or <video> with a few words of its own (点击播放, 播放视频): a media player."""
    if not rules.on("body.player_label") or r.layout.chars(el) > 12 or tag_name(el) not in ("div", "p", "span"):
        return False
    return any(tag_name(c) in ("audio", "video") for c in el)


HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.I)


def _hidden(el):
    style = el.get("style")
    return el.get("hidden") is not None or (style is not None and "none" in style and bool(HIDDEN_STYLE.search(style)))


def _home_link(r, el):
    """A short block that is only one link to the site's home page (返回搜狐，查看更多, 点击进入首页): chrome a
    media platform puts at the end of every article, whatever its words."""
    if r.layout.chars(el) > 30 or r.layout.link_ratio(el) < 1:
        return False
    links = list(el.iter("a"))
    if len(links) != 1:
        return False
    target = urlsplit(urljoin(r.url, links[0].get("href") or ""))
    return target.path in ("", "/") and target.netloc.split(".")[-2:] == urlsplit(r.url).netloc.split(".")[-2:]


def _swallowed_chrome(r, el, container):
    """What a container left open by broken markup swallows after the article: the page footer (a short block
    with 版权所有, ICP备…) and blocks of links to other pages (no attachment among them)."""
    if not rules.on("body.swallowed_chrome") or tag_name(el) not in ("div", "ul", "table", "dl", "p"):
        return False
    lay = r.layout
    chars = lay.chars(el)
    if chars < 300 and tag_name(el) != "p" and PAGE_FOOTER.search(lay.short_text(el) or ""):
        # a table left open around the text holds the footer and the text: only the footer's own blocks are chrome
        return not rules.on("body.footer_not_its_holder") or lay.mass(el) < 0.5 * lay.mass(container)
    links = lay.stats[el][4] if el in lay.stats else 0
    if _dated_link_rows(r, el, container):
        return True
    if links < 4 or lay.link_ratio(el) < 0.7 or lay.mass(el) > 0.3 * lay.mass(container):
        return False
    hrefs = [a.get("href") or "" for a in el.iter("a")]
    if any(DOCUMENT_EXT.search(h) or ATTACHMENT_PATH.search(h) for h in hrefs):
        return False
    # the site's related rows link its own pages; an author's list of links elsewhere (a reading list) is text
    home = sum(1 for h in hrefs if same_host(urljoin(r.url, h), r.url))
    return home * 2 >= len(hrefs) or not rules.on("body.offsite_link_lists")


def _dated_link_rows(r, el, container):
    """A list after the text whose every row is one link to a page of the site and its date (相关新闻 rows a
    container left open swallowed, however few: news CMSs such as Destoon)."""
    if tag_name(el) not in ("ul", "ol", "table") or not rules.on("body.dated_link_rows"):
        return False
    lay = r.layout
    if lay.start(el) < (lay.start(container) + lay.end(container)) / 2:
        return False
    near = [*itertools.islice(el.itersiblings(preceding=True), 3), *itertools.islice(
        el.getparent().itersiblings(preceding=True), 3)] if el.getparent() is not None else []  # fmt: skip
    if not any(NAV_LINE.match((lay.short_text(s) or "").strip()) for s in near if isinstance(s.tag, str)):
        return False  # the author's own list of links (前期相关通知如下：…): after the page's tools, chrome
    rows = [row for row in el.iter("li", "tr")]
    for row in rows:
        links = list(row.iter("a"))
        rest = text_of(row).replace(text_of(links[0]), "", 1).strip() if len(links) == 1 else ""
        href = urljoin(r.url, links[0].get("href") or "") if len(links) == 1 else ""
        if not (ROW_DATE.fullmatch(rest) and same_host(href, r.url)) or DOCUMENT_EXT.search(href):
            return False
    return len(rows) >= 2


EDITOR_NOTE = re.compile(r"^\s*[【\[]?\s*编\s*者\s*(?:按|的话|注)")


def editor_note(body_el, title_el):
    """The box right before the body that opens with 编者按 (news CMSs set the editor's note apart): the text's
    first part, where other boxes between the title and the body are its metadata."""
    prev = body_el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    if prev is None or prev is title_el or not rules.on("body.editor_note"):
        return None
    return prev if EDITOR_NOTE.match(text_of(prev)[:20]) and len(text_of(prev)) < 1000 else None


SKIP_MARK = "data-jiangbei-skip"


def body_html(container, skip, base_url):
    """Sanitized HTML of the container, without the elements left out of its text."""
    for el in skip:
        el.set(SKIP_MARK, "1")
    try:
        root = copy.deepcopy(container)
    finally:
        for el in skip:
            del el.attrib[SKIP_MARK]
    for el in [e for e in root.iter() if isinstance(e.tag, str) and e.get(SKIP_MARK)]:
        el.drop_tree()
    root.make_links_absolute(base_url, resolve_base_href=False, handle_failures="discard")
    return sanitize_html(lxml.html.tostring(root, encoding="unicode"))
