"""HTML templates of the replica, in the style of the real portal's ASP pages."""

import html
import random
import re

from . import content as C

SITE = "江北区校务信息公开平台"
GOV_SITE = "http://www.jiangbei.gov.cn/"
PER_PAGE = 20
SOFT_404 = "<script>alert('该信息不存在或已被删除!');history.back();</script>"

E = html.escape


def page(title, body, meta_charset="utf-8"):
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={meta_charset}">' if meta_charset else ""
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">\n'
        f'<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:st1="urn:schemas-microsoft-com:office:smarttags">'
        f"<head>{meta}<title>{E(title)}</title></head>\n<body>\n"
        f'<div class="top"><a href="{GOV_SITE}" target="_blank">点此访问江北区人民政府(区教育局)网站</a> '
        f'<a href="index.asp">点此访问{SITE}</a></div>\n{body}\n'
        f'<div class="footer">版权所有:江北区教育局 技术支持:江北区教育信息中心 <a href="#top">返回顶部</a></div>\n'
        "</body></html>"
    )


def stage_links(portal, link, sep=""):
    """(stage, its schools' links joined by ``sep``) for each stage that has schools: every family's home."""
    for stage in C.STAGE_COUNTS:
        links = sep.join(link(s) for s in portal.schools if s.stage == stage)
        if links:
            yield stage, links


def home(portal, q):
    parts = [
        f'<div class="stage"><h3>{stage}</h3><ul>{items}</ul></div>'
        for stage, items in stage_links(portal, lambda s: f'<li><a href="school.asp?sid={s.sid}">{E(s.name)}</a></li>')
    ]
    rows = []
    for aid in portal.latest:
        a = portal.article(aid)
        rows.append(
            f'<li><span class="date">{a.when:%Y-%m-%d}</span> '
            f'<a href="show.asp?id={aid}&amp;from=index" title="{E(a.title)}">{E(_cut(a.title))}</a></li>'
        )
    parts.append(f'<div class="latest"><h3>最新公开</h3><ul>{"".join(rows)}</ul></div>')
    if "links" in q:
        parts.append('<a href="javascript:void(0)">收藏本站</a> <a href="/admin/login.asp">管理登录</a>')
    return page(SITE, "\n".join(parts))


def school(portal, s, q):
    rng = random.Random(f"{portal.opts.seed}/school/{s.sid}")
    items = []
    for cid, (name, parent) in C.CATEGORIES.items():
        if parent:
            continue
        subs = "".join(
            f'<li><a href="{_list_href(s.sid, c, 1, q, rng)}">{n}</a></li>'
            for c, (n, p) in C.CATEGORIES.items()
            if p == cid
        )
        sub = f"<ul>{subs}</ul>" if subs else ""
        items.append(f'<li><a href="{_list_href(s.sid, cid, 1, q, rng)}">{name}</a>{sub}</li>')
    if "links" in q:
        items.append('<li><a href="javascript:void(0)">更多</a></li><li><a href="#">返回</a></li>')
    body = (
        f'<div class="position">您目前的位置:<a href="index.asp">校务信息公开</a>&gt;{E(s.name)}</div>'
        f'<h2 class="school-name">{E(s.name)}</h2>'
        f'<div class="contact">学段:{s.stage} 电话:0574-87{s.sid:06d}</div>'
        f'<ul class="menu">{"".join(items)}</ul>'
    )
    return page(f"{s.name}-{SITE}", body, _meta(s))


def _list_href(sid, cid, pageno, q, rng):
    if "links" in q and rng.random() < 0.3:
        return f"list.asp?cid={cid}&amp;sid={sid}" + (f"&amp;page={pageno}" if pageno > 1 else "")
    return f"list.asp?sid={sid}&amp;cid={cid}" + (f"&amp;page={pageno}" if pageno > 1 else "")


def _meta(s):
    return {"utf8": "utf-8", "gbk": "gb2312", "gbk-misdeclared": "gb2312", "gbk-nodecl": None}[s.encoding]


def _cut(title, n=16):
    return title if len(title) <= n else title[:n] + "..."


def listing(portal, s, cid, pageno, q):
    ids = portal.lists.get((s.sid, cid), [])
    pages = max(1, -(-len(ids) // PER_PAGE))
    pageno = min(max(pageno, 1), pages)  # past the end: the last page again
    rng = random.Random(f"{portal.opts.seed}/list/{s.sid}/{cid}/{pageno}")
    rows = []
    for aid in ids[(pageno - 1) * PER_PAGE : pageno * PER_PAGE]:
        a = portal.article(aid)
        rows.append(
            f'<tr><td class="date">{a.when:%Y-%m-%d}</td><td>'
            f'<a href="{_show_href(aid, q, rng)}" title="{E(a.title)}" target="_blank">{E(_cut(a.title))}</a></td></tr>'
        )
    table = f'<table class="list">{"".join(rows)}</table>' if rows else '<div class="empty">暂无信息</div>'
    body = (
        f'<div class="position">您目前的位置:<a href="index.asp">校务信息公开</a>&gt;'
        f'<a href="school.asp?sid={s.sid}">{E(s.name)}</a>&gt;{_crumbs(s.sid, cid)}</div>\n'
        f"{table}\n{_pager(s.sid, cid, pageno, pages, len(ids), q, rng)}"
    )
    return page(f"{s.name}-{SITE}", body, _meta(s))


def _crumbs(sid, cid):
    name, parent = C.CATEGORIES[cid]
    if parent:
        return f'<a href="list.asp?sid={sid}&amp;cid={parent}">{C.CATEGORIES[parent][0]}</a>&gt;{name}'
    return name


def _show_href(aid, q, rng):
    if "links" not in q:
        return f"show.asp?id={aid}"
    return rng.choice(
        [f"show.asp?id={aid}", f"./show.asp?id={aid}&amp;from=list", f"/show.asp?id={aid}", f" show.asp?id={aid}\n"]
    )


def _pager(sid, cid, pageno, pages, total, q, rng):
    def a(label, n):
        return f'<a href="{_list_href(sid, cid, n, q, rng)}">{label}</a>'

    links = [a("首页", 1), a("上一页", max(1, pageno - 1)), a("下一页", min(pages, pageno + 1)), a("尾页", pages)]
    if "pagination" in q:
        links += [a(str(n), n) for n in range(max(1, pageno - 2), min(pages, pageno + 2) + 1)]
        links.append(a("下一页", pageno + 1))  # may point past the end
    return f'<div class="pager">共{total}条记录 页次:{pageno}/{pages} 每页{PER_PAGE}条 {" ".join(links)}</div>'


def body_chunk(portal, a, pageno):
    """(body HTML of one page of the article, number of pages), with the hostile quirks every template shares."""
    chunks = _split(a.blocks, a.pages)
    pageno = min(max(pageno, 1), len(chunks))
    body_html = "".join(_block(portal, a, kind, payload) for kind, payload in chunks[pageno - 1])
    if "nul" in a.flags and pageno == 1:
        mid = len(body_html) // 2
        cut = body_html.find("</p>", mid) + 4 if body_html.find("</p>", mid) >= 0 else len(body_html)
        body_html = body_html[:cut] + "\x00" + body_html[cut:]
    if "unclosed2" in a.flags:
        body_html = "<div>" * 300 + body_html + "</div>" * 300
    if "unclosed" in a.flags:
        body_html = unclosed(body_html)
    return body_html, len(chunks), pageno


def article(portal, a, pageno, q):
    body_html, n_pages, pageno = body_chunk(portal, a, pageno)
    pager = ""
    if n_pages > 1:
        links = [
            f"第{n}页" if n == pageno else f'<a href="show.asp?id={a.id}&amp;page={n}">第{n}页</a>'
            for n in range(1, n_pages + 1)
        ]
        pager = f'<div class="pages">{" ".join(links)}</div>'
    attach = _attachments(a, q) if pageno == 1 else ""
    body = (
        f'<div class="position">您目前的位置:<a href="index.asp">校务信息公开</a>&gt;{_article_crumb(a)}&gt;正文</div>\n'
        f'<h1 class="title">{E(a.title)}</h1>\n<div class="info">{_info(portal, a)}</div>\n'
        f'<div id="content">{body_html}</div>\n{pager}\n{attach}'
    )
    return page(f"{a.title}-{SITE}", body, _meta(a.school))


def _article_crumb(a):
    name, parent = C.CATEGORIES[a.cid]
    if parent:
        return f'<a href="list.asp?sid={a.school.sid}&amp;cid={parent}">{C.CATEGORIES[parent][0]}</a>&gt;<a href="list.asp?sid={a.school.sid}&amp;cid={a.cid}">{name}</a>'
    return f'<a href="list.asp?sid={a.school.sid}&amp;cid={a.cid}">{name}</a>'


def _info(portal, a):
    parts = [f"来源:{E(a.source)}"]
    if a.date_html:
        parts.append(E(a.date_html))
    if a.visits_mode == "inline":
        parts.append(f"访问次数:{portal.visits(a.id)}")
    elif a.visits_mode == "script":
        parts.append(f'访问次数:<script type="text/javascript" src="counter.asp?id={a.id}"></script>')
    return "&nbsp;&nbsp;".join(parts)


def _split(blocks, n):
    if n <= 1 or not blocks:
        return [blocks]
    size = -(-len(blocks) // n)
    return [blocks[i : i + size] for i in range(0, len(blocks), size)]


def attachment_links(a, q, rooted=False):
    """The article's attachment links as the page writes them (quirky hrefs included).

    ``rooted``: the page is not at the site's root, so a relative href gets a leading (back)slash to stay right.
    """
    links = [f'<a href="{E(_rooted(att.href) if rooted else att.href)}" target="_blank">{E(att.name)}</a>'
             for att in a.attachments]  # fmt: skip
    if "links" in q and a.id % 7 == 0:
        links.append('<a href="{$UploadDir}/201310/note.doc">说明.doc</a>')
    return links


def _rooted(href):
    if href.startswith(("/", ".", "http", " ")):
        return href
    return ("\\" if "\\" in href else "/") + href


def _attachments(a, q):
    if not a.attachments:
        return ""
    return '<div class="attach">附件:' + "<br>".join(attachment_links(a, q)) + "</div>"


def _block(portal, a, kind, payload):
    word = a.word
    if kind == "p":
        return _word_p(payload) if word else f'<p style="text-indent:2em">\u3000\u3000{E(payload)}</p>'
    if kind == "heading":
        return f"<p><strong>{E(payload)}</strong></p>" if not word else _word_p(payload, bold=True)
    if kind == "sign":
        return f'<p align="right">{E(payload)}</p>' if not word else _word_p(payload, align="right")
    if kind == "table":
        return _table(payload, word)
    if kind == "img":
        # now and then also an image hosted elsewhere: the crawler records it and does not fetch it
        offsite = f'<img src="http://img.example.net/jb/{a.id}.jpg">' if a.id % 10 == 3 else ""
        return f'<p align="center"><img src="/UploadFiles/{a.when:%Y%m}/img{a.id}.png" width="400" border="0">{offsite}</p>'
    if kind == "hostile":
        pre, link, post = payload
        return (
            f"<p>{E(pre)}<a href=\"javascript:alert('xss')\">{E(link)}</a>{E(post)}"
            "<script>alert('xss');document.cookie</script>"
            '<img src="x.gif" onerror="alert(1)"></p>'
        )
    return ""


_RUNS = re.compile(r"(\d+月\d+日)|(\d+)")


def _word_p(text, bold=False, align=None):
    """Word-pasted markup: numbers in span lang=EN-US, dates in st1:chsdate, o:p at the end."""
    out, pos = [], 0
    for m in _RUNS.finditer(text):
        if m.start() > pos:
            out.append(f"<span style='font-family:宋体'>{E(text[pos : m.start()])}</span>")
        if m.group(1):
            mon, day = re.findall(r"\d+", m.group(1))
            out.append(
                f'<st1:chsdate Year="2012" Month="{mon}" Day="{day}" IsLunarDate="False" IsROCDate="False" w:st="on">'
                f"<span lang=EN-US>{mon}</span><span style='font-family:宋体'>月</span>"
                f"<span lang=EN-US>{day}</span><span style='font-family:宋体'>日</span></st1:chsdate>"
            )
        else:
            out.append(f"<span lang=EN-US style='font-family:\"Times New Roman\"'>{m.group(2)}</span>")
        pos = m.end()
    if pos < len(text):
        out.append(f"<span style='font-family:宋体'>{E(text[pos:])}</span>")
    inner = "".join(out)
    if bold:
        inner = f"<b>{inner}</b>"
    attrs = f' align="{align}"' if align else ' style="text-indent:24.0pt;line-height:150%"'
    return f"<p class=MsoNormal{attrs}><font size=3>&nbsp;&nbsp;{inner}</font><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n"


def _table(rows, word):
    cls = " class=MsoNormalTable" if word else ""
    trs = "".join("<tr>" + "".join(f"<td><p>{E(c)}</p></td>" for c in row) + "</tr>\n" for row in rows)
    table = f"<table{cls} border=1 cellspacing=0>{trs}</table>"
    return f"<table width=100%><tr><td>{table}</td></tr></table>" if word else table


def unclosed(html_text):
    """Drop closing </p> tags and leave a <b> open: parsers must recover."""
    html_text = html_text.replace("</p>", "", 3)
    start = html_text.find("<p")
    end = html_text.find(">", start) + 1
    return html_text[:end] + "<b>" + html_text[end:] if start >= 0 else html_text
