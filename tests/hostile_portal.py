"""A hostile portal for the tests: the SPEC's URLs, one misbehaviour per mode, beside the replica.

Every mode serves a home page with one school, its school page, one list and a few good articles, so a
test can check both that the misbehaviour is recorded and that everything good around it is archived.

Modes: ``bigint`` (numbers past 2**63 in ids, totals, page counts, visits and the counter), ``deep``
(682 nested tables before an article's text and a list's rows), ``links`` (a list page of 300,000
links), ``pages`` (an article with 3,000 continuation pages), ``zipbomb`` (a .docx attachment that unpacks
to 150 MB), ``plain`` (nothing wrong).
"""

import io
import zipfile
from contextlib import contextmanager
from urllib.parse import parse_qs, urlsplit

from jiangbei_crawler.testing import serve

SCHOOL = "江北区实验小学"
HUGE = "99999999999999999999999"
GOOD = (101, 102, 103)
NEST = 682


def page(title, body):
    return (f"<html><head><meta charset='utf-8'><title>{title}-江北区校务信息公开平台</title></head><body>"
            f"{body}<div class='footer'>版权所有:江北区教育局</div></body></html>")  # fmt: skip


def article(aid, extra_info="", body=None, tail=""):
    body = body if body is not None else f"<p>第{aid}号文章的正文，内容完整。</p><p>江北区实验小学</p>"
    return page(f"公示{aid}", (
        '<div class="position">您目前的位置:<a href="index.asp">校务信息公开</a>&gt;'
        '<a href="list.asp?sid=1&amp;cid=2">党务公开</a>&gt;正文</div>'
        f'<h1>公示{aid}</h1><div class="info">来源:党支部&nbsp;&nbsp;发表时间:2013-10-25{extra_info}</div>'
        f'<div id="content">{body}</div>{tail}'
    ))  # fmt: skip


def docx_bomb(megabytes=150):
    """A small .docx whose document.xml unpacks to ``megabytes`` of XML."""
    filler = "<w:p><w:r><w:t>" + "炸" * 20 + "</w:t></w:r></w:p>"
    body = filler * (megabytes * 1024 * 1024 // len(filler.encode()))
    xml = f'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", xml)
    return buf.getvalue()


class Portal:
    def __init__(self, mode):
        self.mode = mode
        self.hits = {}
        self.bomb = docx_bomb() if mode == "zipbomb" else None

    def rows(self):
        ids = list(GOOD)
        if self.mode == "bigint":
            ids.append(HUGE)
        rows = "".join(f'<tr><td class="date">2013-10-25</td><td><a href="show.asp?id={i}" title="公示{i}">公示{i}</a></td></tr>'
                       for i in ids)  # fmt: skip
        if self.mode == "links":
            rows += "".join(f'<tr><td><a href="show.asp?id={900000 + i}">链接{i}</a></td></tr>' for i in range(300_000))
        return f'<table class="list">{rows}</table>'

    def list_page(self):
        total, pages = (HUGE, HUGE) if self.mode == "bigint" else ("3", "1")
        rows = self.rows()
        if self.mode == "deep":
            rows = "<table><tr><td>" * NEST + "嵌套" + "</td></tr></table>" * NEST + rows
        return page("党务公开", (
            f'<div class="position">您目前的位置:<a href="index.asp">校务信息公开</a>&gt;'
            f'<a href="school.asp?sid=1">{SCHOOL}</a>&gt;党务公开</div>{rows}'
            f'<div class="pager">共{total}条记录 页次:1/{pages} 每页20条</div>'
        ))  # fmt: skip

    def article_page(self, aid, pageno):
        if aid == 101 and self.mode == "bigint":
            return article(aid, f"&nbsp;&nbsp;访问次数:{HUGE}")
        if aid == 102 and self.mode == "bigint":
            return article(aid, '&nbsp;&nbsp;访问次数:<script src="counter.asp?id=102"></script>')
        if aid == 101 and self.mode == "deep":
            nest = "<table><tr><td>" * NEST + "深处" + "</td></tr></table>" * NEST
            return article(aid, body=f"{nest}<p>嵌套之后的文字</p><a href='/UploadFiles/after.doc'>附件.doc</a>")
        if aid == 101 and self.mode == "pages":
            nxt = f'<div class="pages"><a href="show.asp?id=101&amp;page={pageno + 1}">下一页</a></div>'
            return article(aid, body=f"<p>第{pageno}页。</p>", tail=nxt)
        if aid == 101 and self.mode == "zipbomb":
            return article(aid, tail='<div class="attach">附件:<a href="/UploadFiles/bomb.docx">炸弹.docx</a></div>')
        return article(aid)

    def respond(self, path):
        parts = urlsplit(path)
        qs = {k: v[0] for k, v in parse_qs(parts.query).items()}
        self.hits[parts.path] = self.hits.get(parts.path, 0) + 1
        if parts.path in ("/", "/index.asp"):
            return 200, page("首页", f'<div class="stage"><ul><li><a href="school.asp?sid=1">{SCHOOL}</a></li>'
                                     '<li><a href="school.asp?sid=2">江北区实验中学</a></li>'
                                     '<li><a href="school.asp?sid=3">江北区实验幼儿园</a></li></ul></div>'), "text/html"  # fmt: skip
        if parts.path == "/school.asp":
            if qs.get("sid") != "1":
                return 200, page("学校", "<p>暂无</p>"), "text/html"
            return 200, page(SCHOOL, f'<h2>{SCHOOL}</h2><ul class="menu"><li><a href="list.asp?sid=1&amp;cid=2">党务公开</a></li></ul>'), "text/html"  # fmt: skip
        if parts.path == "/list.asp":
            return 200, self.list_page(), "text/html"
        if parts.path == "/show.asp":
            aid = int(qs.get("id", "0")) if qs.get("id", "").isdigit() and len(qs["id"]) < 10 else None
            if aid not in GOOD:
                return 200, "<script>alert('该信息不存在或已被删除!');history.back();</script>", "text/html"
            return 200, self.article_page(aid, int(qs.get("page", "1"))), "text/html"
        if parts.path == "/counter.asp":
            return 200, f"document.write('{HUGE}');", "application/javascript"
        if parts.path == "/UploadFiles/bomb.docx" and self.bomb:
            return 200, self.bomb, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        if parts.path == "/robots.txt":
            return 200, "User-agent: *\nDisallow: /admin/\n", "text/plain"
        return 404, "<html><body>404</body></html>", "text/html"


@contextmanager
def hostile_portal(mode, portal=None):
    """Serve ``Portal(mode)``, or a test's own ``portal`` (a Portal that answers some paths its way)."""
    portal = portal or Portal(mode)

    def respond(request):
        status, body, ctype = portal.respond(request.path)
        return status, body, ctype + ("; charset=utf-8" if ctype.startswith("text/") else "")

    with serve(respond) as url:
        yield url, portal
