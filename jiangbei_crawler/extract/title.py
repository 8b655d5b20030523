"""Article title: a heading matching the page's ``<title>``, best one followed by the metadata line; then an
element whose whole text is the title, the list's row, ``<meta>``, and ``<title>`` cut at the site's name.
"""

import re

from . import dates, rules
from .dom import attr_words, tag_name, text_of
from .patterns import (
    DATE_LABEL_RX,
    META_TITLE,
    PAGE_FOOTER,
    SCHOOL_NAME,
    SOURCE_RX,
    TITLE_BADGE,
    TITLE_HINT,
    TITLE_SEPARATORS,
)
from .template_fields import MAX_TITLE, holding_title, is_cut, template_title
from .text import clean_line, squash

HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
SITE_NAME = re.compile(r"(?:网|网站|官网|门户|平台|政府|教育局|委员会|办公室|数字报|数字版|电子报|电子版)$")
# a 信息公开 metadata table's name of the document (信息名称：…): what a heading under it should say
NAMED_TITLE = re.compile(r"(?:信息名称|文件名称|公开名称|文件标题)\s*[:：]?\s*\n?\s*([^\n]{4,100})")
BARE_SEPARATORS = re.compile(r"\s*(?:-{2,}|_+|\||｜|-|—+|–)\s*")


def _lcs_len(a, b):
    """Length of the longest common substring (titles are short: quadratic is fine, capped)."""
    a, b = a[:MAX_TITLE], b[:MAX_TITLE]
    if not a or not b or not set(a) & set(b):
        return 0
    if a in b or b in a:  # the common case, a heading inside <title> or the other way: found in C
        return min(len(a), len(b))
    best, prev = 0, [0] * (len(b) + 1)
    for ca in a:
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best = cur[j]
        prev = cur
    return best


def _matches(squashed, refs, exact, overlap=None):
    """A heading is the title when it is mostly the reference title, not one word shared with it."""
    if squashed in exact:
        return True
    if overlap is None:
        overlap = max((_lcs_len(squashed, ref) for ref in refs), default=0)
    # a fragment (the 2017 of 2017-2018观测季节…报告) is not the title: it must also hold much of the reference
    shortest = min((len(ref) for ref in refs), default=0) if rules.on("title.not_a_fragment") else 0
    return overlap >= max(4, 0.6 * len(squashed), 0.4 * shortest)


TITLE_LABEL = re.compile(r"^\s*(?:文章标题|信息标题|标题|主题|题目)\s*[:：]\s*")


def title_candidates(r, exact=(), prominent=False):
    """Headings and title-named elements; one inside navigation-like markup (an ``aside`` the article's header
    sits in) only when its text is exactly the page's title. With ``prominent``, the lines drawn large or bold that
    no name marks instead (asked for only when no named candidate will do)."""
    seen = set()
    closing = prominent and rules.on("title.lone_prominent")
    for el in r.root.iter(*(("strong", "b", "font") if prominent else (*HEADING_TAGS, "div", "p", "span", "td",
                                                                      "strong", "b", "font"))):  # fmt: skip
        name = tag_name(el)
        named = name in HEADING_TAGS or TITLE_HINT.search(attr_words(el))
        if (not named and not prominent) or (prominent and (named or not _prominent(r, el, name))):
            continue
        if closing and _closes_text(r, el):
            continue  # a bold line closing the text signs it (某校教务处 over its day): the title opens it
        text = TITLE_LABEL.sub("", r.layout.short_text(el) or "")  # 标题：… is the title, not its label
        lead = clean_line(el.text or "") if len(el) else ""
        # only where the heading's children hold nothing after them (关于<span>6月10日</span>停电的通知 is one title)
        if lead and len(lead) >= 4 and len(lead) < len(text) and rules.on("title.heading_with_metadata"):
            rest = text[len(lead) :] if text.startswith(lead) and not any((c.tail or "").strip() for c in el) else ""
            if META_START.match(rest):
                text = lead  # PHPCMS: <h1>title<br><span>2021-06-10 来源：…</span></h1>: the rest is the header
            elif HEADING_EXTRA.match(rest) and rules.on("title.heading_extras") and _extra(r, lead, rest):
                text = lead  # ——记…: a subtitle line; 【字号：大 中 小】: the page's font control
        if el in r.layout.boiler and not (rules.on("title.in_chrome_when_exact") and squash(text or "") in exact):
            continue
        if text and 2 <= len(text) <= MAX_TITLE and el not in seen:
            seen.add(el)
            yield el, text


def _prominent(r, el, name):
    """A line drawn large or bold that no name marks: <font size=5><b>…</b></font> of FrontPage-era pages and
    hand-made templates. Only a candidate: it must still match <title> or be followed by the metadata line."""
    if not rules.on("title.prominent_line"):
        return False
    if name == "font":
        size = (el.get("size") or "").strip()
        return size.startswith("+") or (size.isdigit() and int(size) >= 4)
    if name in ("b", "strong"):
        parent = el.getparent()
        return parent is not None and squash(r.layout.short_text(parent) or "") == squash(text_of(el))
    return False


def _closes_text(r, el):
    """Whether little text follows the line in its block's container (a signature and its day)."""
    block = next(el.iterancestors("p", "div"), None)
    return block is not None and sum(r.layout.chars(s) for s in block.itersiblings() if isinstance(s.tag, str)) < 40


def title_refs(r):
    """(refs, exact): what a title heading should match. The page <title> without the site's name (its last
    segment, or its first when that one is a school or site name: 江北区孔浦中学--关于评选…的公示) is matched
    approximately; its first segment exactly (a short title: 通知)."""
    refs, exact = [], set()
    if r.page_title and squash(r.page_title) not in footer_names(r):
        strong = list(TITLE_SEPARATORS.finditer(r.page_title))
        first = r.page_title[: strong[0].start()].strip() if strong else ""
        named = footer_names(r)
        if named and squash(first) not in named and len(squash(first)) >= 2:
            exact.add(squash(first))  # the footer names the rest: the first segment is the title, however short
        if first and (_a_site_name(first) or squash(first) in named):
            rest = r.page_title[strong[0].end() :]  # the site's name comes first
            head = squash(rest)
            exact.add(squash(TITLE_SEPARATORS.split(rest)[0]))
        else:
            seps = [m for m in BARE_SEPARATORS.finditer(r.page_title) if not _joins_numbers(r.page_title, m)]
            head = squash(r.page_title[: seps[-1].start()]) if seps else ""
            if head and head in named:
                head = squash(r.page_title[seps[-1].end() :])  # 某校-标题 (Z-Blog's {name}-{title}): the rest
            elif seps:
                exact.add(squash(r.page_title[: seps[0].start()]))
        refs.append(head if len(head) >= 4 else squash(r.page_title))
    refs += [squash(x) for x in (r.hints.get("title"), *(r.metas.get(k) for k in META_TITLE)) if x]
    if not refs and rules.on("title.named_in_metadata"):  # <title> names only the site: 信息名称 names the document
        refs += [squash(m.group(1)) for m in NAMED_TITLE.finditer(r.layout.text()[:20000])][:1]
    refs = [x for x in refs if x]
    columns = _column_names(r)
    refs = [x for x in refs if x not in columns]
    return refs, (exact | set(refs)) - columns


def _column_names(r):
    """The breadcrumb's link texts: <title> naming the column (通知公告-某校) names no article."""
    crumb = r.crumb() if rules.on("title.column_name") else None
    return {squash(text_of(a)) for a in crumb.iter("a")} - {""} if crumb is not None else set()


def _joins_numbers(text, m):
    """A hyphen between digits (2017-2018, 1-10月) joins a range; it does not separate a site's name."""
    return (
        rules.on("title.not_a_fragment")
        and m.group().strip() == "-"
        and text[m.start() - 1 : m.start()].isdigit()
        and text[m.end() : m.end() + 1].isdigit()
    )


# what a heading holds after the title that is not the title: a subtitle line opening with a dash (——记我院校友…),
# the font-size and print controls (【字号：大 中 小】)
HEADING_EXTRA = re.compile(r"\s*(?:——|—|－－|--|[【\[]\s*(?:字号|字体|打印|关闭))")


def _extra(r, lead, rest):
    """Whether the heading's rest is no part of the title: a font control always; a dashed subtitle where <title>
    holds the main line without it (青春心向党——我校举行… in <title> too: the title's, and kept where <title>
    says nothing)."""
    if not rest.strip().startswith(("—", "-", "－")):
        return True
    page = squash(r.page_title)
    return squash(lead) in page and squash(rest.strip("—-－ ")) not in page


NEAR = 4  # characters of other text allowed between a title and its metadata line
META_START = re.compile(r"\s*(?:(?:19|20)\d\d[-/.年]|来源|发布|时间|日期|作者)")
PUBLISHER_OR_AUTHOR = re.compile(r"(?:发布者|发布人|发布机构|作者|编辑|责任编辑)\s*[:：]")
TYPE_TAG = re.compile(r"^\s*[\[【]\s*[^\]】]{1,6}[\]】]\s*")  # a forum thread's type: [通知], 【公告】


def _near_metadata(r, el, bare_date=False):
    """A heading followed right away by a source label or a labelled full date: the article's own title."""
    end = r.layout.end(el)
    after = r.layout.text_between(end, end + 60, limit=300)
    source = SOURCE_RX.search(after)
    label = DATE_LABEL_RX.search(after)
    if label and not dates.find_date_text(after[label.end() : label.end() + 30]):
        label = None
    # 发布者：研究生院 发布时间：2021-03-05 (Sudy WebPlus): a publisher or author label opening a dated line
    who = PUBLISHER_OR_AUTHOR.search(after) if rules.on("title.publisher_line") else None
    who = who if who and dates.find_date_text(after[who.end() : who.end() + 60]) else None
    first = min((m.start() for m in (source, label, who) if m), default=None)
    if first is not None and len(squash(after[:first])) <= NEAR:
        return True
    # with nothing to match (<title> names the site only): a bare date opening the next line (2016-11-08 15:32
    # 来源：…, Founder and table-era news CMSs); elsewhere a side list's heading over its dated rows would do
    lead = after.lstrip()[:30]
    found = dates.find_date_text(lead) if bare_date and rules.on("title.date_line_follows") else None
    return bool(found) and lead.startswith(found)


def _best_candidate(r, refs, exact, candidates):
    """(best (element, text), score) of the candidates: how much of <title> it holds decides; being followed by the
    metadata line breaks ties, or stands alone."""
    best, best_score = None, 0
    for el, text in candidates:
        squashed = squash(text)
        overlap = max((_lcs_len(squashed, ref) for ref in refs), default=0)
        matches = _matches(squashed, refs, exact, overlap)
        near = _near_metadata(r, el, bare_date=not refs)
        if not (matches or near):
            r.why("title", text, f"<{tag_name(el)}> matches little of <title> and no metadata line follows it")
            continue
        score = (2 * overlap if matches else 0) + (6 if near else 0) + (1 if tag_name(el) in HEADING_TAGS else 0)
        score += 3 if refs and refs[0].startswith(squashed) else 0  # <title> starts with the article's title
        if score > best_score:
            if best:
                r.why("title", best[1], f"a better match of <title> follows (score {best_score} < {score})")
            best, best_score = (el, text), score
        else:
            r.why("title", text, f"a better match of <title> came first (score {score} <= {best_score})")
    return best, best_score


# a news portal's mark of what the article carries, after its title: (图) (组图) [视频] 【图文】
MEDIA_MARK = re.compile(r"\s*[(（\[【](?:图|组图|多图|图文|附图|视频|音频)[)）\]】]\s*$")


def pick_title(r):
    """(element, text, layer) of the title: a heading matching <title>, best one followed by its metadata."""
    refs, exact = title_refs(r)
    for el in r.css("article.title"):
        text = text_of(el)
        # the profile's element is checked like any heading: a site logo in <h1> is not the title
        if 0 < len(text) <= MAX_TITLE and (not refs or _matches(squash(text), refs, exact) or _near_metadata(r, el)):
            return el, text, "profile"
    # where the site's template shows its titles (learnt from its other pages): before any guess from this page
    placed = template_title(r)
    if placed is not None:
        return *placed, "template"
    best, best_score = _best_candidate(r, refs, exact, title_candidates(r, exact))
    if best is None and rules.on("title.prominent_line"):
        best, best_score = _best_candidate(r, refs, exact, title_candidates(r, exact, prominent=True))
    if best is None and not refs and rules.on("title.lone_h1"):
        best = _lone_h1(r)
    if best is None and not refs and rules.on("title.lone_prominent"):
        lines = list(title_candidates(r, exact, prominent=True))
        half = len(r.layout.text()) / 2  # the title opens the text; a bold signature closes it
        lines = list(
            {squash(t): (el, t) for el, t in reversed(lines) if len(t) >= 6 and r.layout.start(el) < half}.values()
        )
        best = lines[0] if len(lines) == 1 else None  # <title> says nothing: the one line drawn large is the title
    tag = TYPE_TAG.match(best[1]) if best else None
    rest = best[1][tag.end() :] if tag else ""
    if tag and refs and len(rest) >= 2 and squash(rest) in refs[0] and squash(tag.group()) not in refs[0]:
        best = best[0], rest  # Discuz!'s [通知] before the subject: not in <title>, not the title
    if best and rules.on("title.badge") and len(unbadged := TITLE_BADGE.sub("", best[1])) >= 4:
        best = best[0], unbadged  # a blog's [转] beside the title is the post's status, not its title
    mark = MEDIA_MARK.search(best[1]) if best and refs and rules.on("title.media_mark") else None
    if mark and squash(mark.group()) not in refs[0] and squash(best[1][: mark.start()]) in refs[0]:
        best = best[0], best[1][: mark.start()].rstrip()  # 颁奖(图): the portal marks a picture, <title> does not
    if best:
        full = r.layout.short_text(best[0]) or ""
        if len(best[1]) < len(full) and full.startswith(best[1]):
            r.title_rest = full[len(best[1]) :].strip()  # the metadata the heading also holds, read as the header
        return best[0], best[1], "heading"
    exact = _exact_title_element(r, exact | _shown_segments(r, refs))
    if exact is not None:
        return exact, text_of(exact), "heading"
    if r.hints.get("title"):  # the list row that linked here, before what the page's head says
        hint = r.hints["title"]
        # a row that cut the title short (关于做好…): the page's element that starts with it holds it whole
        whole = holding_title(r, hint) if is_cut(hint) and rules.on("title.list_row_cut") else None
        return (whole, text_of(whole), "list") if whole is not None else (None, hint, "list")
    labelled = _labelled_value(r)
    if labelled is not None:
        return labelled, text_of(labelled), "label"
    head = page_title_head(r.page_title, footer_names(r)) if r.page_title else ""
    whole = holding_title(r, head) if is_cut(head) and rules.on("title.page_title_cut") else None
    if whole is not None:
        return whole, text_of(whole), "heading"  # <title> cut short (关于...): the element that starts with it
    meta = r.metas.get("ArticleTitle") or r.metas.get("og:title")
    if meta:
        return None, meta, "meta"
    if r.page_title or r.editor_title:  # an editor's 新建网页 1 only where nothing else names the page
        return None, page_title_head(r.page_title, footer_names(r)) if r.page_title else r.editor_title, "page-title"
    return None, None, None


LABEL_ALONE = re.compile(r"(?:文章标题|信息标题|新闻标题|文件标题|标题)\s*[:：]")  # a table's 标题 column head has none
LABEL_TAGS = ("td", "th", "dt", "span", "label", "strong", "b")


def _labelled_value(r):
    """The element after a title's label element (<td>文章标题：</td><td>…</td>, <dt>标题</dt><dd>…</dd>: ASP.NET
    and table-layout CMSs that show no heading), where no heading is the title."""
    if not rules.on("title.label_cell") or "标题" not in r.layout.text()[:20000]:
        return None
    for el in r.root.iter(*LABEL_TAGS):
        if "标题" not in (el.text or "") or el in r.layout.boiler or not LABEL_ALONE.fullmatch(text_of(el).strip()):
            continue
        value = el.getnext()
        if value is not None and 4 <= len(text_of(value)) <= MAX_TITLE and value.find(".//a") is None:
            return value
    return None


def _shown_segments(r, refs):
    """The other segments of <title> when the one taken for the title is nowhere in the page's text (a site's name
    shown only as its banner image: 某县政府信息公开目录系统--标题; 某某的个人主页--栏目--标题): one the page shows as
    an element's whole text is the title. A short one not as a link's text: a column's name in the menu is no title."""
    if not refs or not r.page_title or not rules.on("title.shown_segment") or refs[0] in squash(r.layout.text()):
        return set()
    segments = {squash(p) for p in BARE_SEPARATORS.split(r.page_title)} - {"", refs[0]} - footer_names(r)
    if refs[0] not in squash(r.page_title) or not segments:
        return set()  # the title taken from a list's row or a <meta>, not from a segment of <title>
    links = {squash(t) for t in r.link_texts()}
    return {p for p in segments if len(p) >= 8 or (len(p) >= 4 and p not in links)}


def _lone_h1(r):
    """(element, text) of the page's one <h1> outside navigation when <title> names only the site (an e-paper's
    article, a 校报 page): nothing to match, and one main heading is what a reader reads as the title."""
    site = footer_names(r)
    found = [(el, text_of(el)) for el in r.root.iter("h1") if el not in r.layout.boiler]
    found = [(el, t) for el, t in found if 4 <= len(t) <= MAX_TITLE and squash(t) not in site]
    return found[0] if len(found) == 1 else None


def footer_names(r):
    """Segments of <title> (4+ characters) that the page's copyright line names: the site's owner, whichever
    end of <title> it sits at (every CMS family: 版权所有, Copyright, ICP备 lines). Read once per page: the title
    ladder asks up to three times, and each read scans the page's whole text."""
    if r.site_in_title is None:
        r.site_in_title = _footer_names(r)
    return r.site_in_title


def _footer_names(r):
    if not r.page_title or not rules.on("title.footer_names_site"):
        return set()
    parts = {squash(p) for p in _segments(r.page_title)} - {""}
    site_only = len(parts) == 1 and rules.on("title.site_name_only") and _a_site_name(next(iter(parts)))
    if len(parts) < 2 and not site_only:
        return set()
    footer = squash(" ".join(line for line in r.layout.text().split("\n") if PAGE_FOOTER.search(line)))
    named = {p for p in parts if len(p) >= 4 and p in footer}
    if site_only:  # the school's name as every page's <title>: it says nothing of the article
        alone = rules.on("title.site_name_alone") and SITE_NAME.search(next(iter(parts)))
        return named or (parts if alone else set())  # 某某大学新闻网, 某某报数字版: a site's name, footer or not
    return named if len(named) < len(parts) else set()  # a footer menu naming every part says nothing


def _segments(page_title):
    """<title>'s segments between separators; with none of those, between bare hyphens (某校-标题: Z-Blog's
    {name}-{title}), where a hyphen between digits (2020-2021学年) joins a range."""
    parts = [p for p in TITLE_SEPARATORS.split(page_title) if p and p.strip()]
    if len(parts) == 1 and rules.on("title.bare_hyphen_site"):
        seps = [m for m in BARE_SEPARATORS.finditer(page_title) if not _joins_numbers(page_title, m)]
        cuts = [0, *(x for m in seps for x in (m.start(), m.end())), len(page_title)]
        parts = [page_title[a:b] for a, b in zip(cuts[::2], cuts[1::2]) if page_title[a:b].strip()]
    return parts


def _a_site_name(text):
    return bool(SCHOOL_NAME.match(text) or SITE_NAME.search(text))


def _exact_title_element(r, exact):
    """No heading matched: an element of any kind whose whole text is the title (``<font><b>…</b></font>``); a
    short one (徐烨) only when the footer names the rest of <title> as the site."""
    short = {x for x in exact if len(x) >= 2} if footer_names(r) else set()
    wanted = {x for x in exact if len(x) >= 4} | short
    if not wanted:
        return None
    for el in r.layout.stats:  # children come before their parents: the first match is the innermost
        if 2 <= r.layout.chars(el) <= MAX_TITLE and el not in r.layout.boiler and tag_name(el) != "a":
            if squash(r.layout.short_text(el) or "") in wanted:
                return el
    return None


def page_title_head(page_title, site=()):
    """<title> cut at the site-name separator: '--', '_', '|', ' - ', or a bare '-' before a name without digits;
    a segment the page's footer names (``site``) is the site's, not the title."""
    parts = [p for p in TITLE_SEPARATORS.split(page_title) if p and p.strip()]
    if site and any(squash(p) not in site for p in _segments(page_title)):
        return next(p for p in _segments(page_title) if squash(p) not in site).strip()
    long = [p for p in parts if len(p) >= 4]
    head = long[0] if long else page_title
    left, dash, right = head.rpartition("-")
    if dash and len(left) >= 2 and right and not any(c.isdigit() for c in right):
        head = left
    return head.strip()
