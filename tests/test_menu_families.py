"""Menus come in more shapes than <a href>: an image map, a frameset, items that navigate on a click, a
javascript: link that opens a window, a 信息公开目录 tree drawn by a script, an item an inline script writes with
document.write; links that differ only by a session id are one page. Each family is a
hand-written page of its markup, crawled with nothing but the portal's address."""

import re
import sqlite3

from jiangbei_crawler.extract.links import canonical
from jiangbei_crawler.testing import cron, static_site

ART = "<p>根据学校工作安排，现将有关事项通知如下，请各部门认真组织落实，按时完成各项工作任务。</p>"
CHANNELS = ("tzgg", "xwdt", "dwgk", "xwgk", "cwgk", "jgzn", "ghjh", "jxky")


def channel(name):
    rows = "".join(
        f"<li><a href='/{name}/{i}.html'>{name}栏目关于第{i}项工作的通知</a><span>2022-05-0{i}</span></li>"
        for i in (1, 2, 3)
    )
    return f"<html><head><title>{name}</title></head><body><ul class='list'>{rows}</ul></body></html>"


def site():
    menu = (
        "<img src='/nav.png' usemap='#nav'><map name='nav'>"
        "<area shape='rect' coords='0,0,80,30' href='/tzgg/index.html' alt='通知公告'></map>"
        "<ul class='menu'><li onclick=\"location.href='/xwdt/index.html'\">新闻动态</li>"
        "<li><a href='javascript:;' onclick=\"window.open('/dwgk/index.html')\">党务公开</a></li>"
        "<li><a href='/xwgk/index.jsp;jsessionid=0A1B2C3D'>校务公开</a></li></ul>"
        "<noscript><a href='/cwgk/index.html'>财务公开</a></noscript>"
        # a 信息公开目录 tree a script draws from node data (zTree)
        "<ul id='tree' class='ztree'></ul><script>var zNodes = [{id: 1, pId: 0, name: '信息公开目录', open: true},"
        " {id: 2, pId: 1, name: '机构职能', url: '/jgzn/index.html'}, {id: 3, pId: 1, name: '规划计划',"
        " url: '/ghjh/index.html'}, {id: 4, pId: 1, name: '图标', icon: '/img/folder.png'}];"
        " $.fn.zTree.init($('#tree'), {}, zNodes);</script>"
        # an item an inline script writes, its quotes escaped as a webmaster writes them
        "<ul><script type='text/javascript'>document.write('<li><a href=\\'/jxky/index.html\\'>' + '教学科研</a></li>');"
        "</script></ul>"
    )
    pages = {
        # a frameset home whose content frame has a home page's name ("/" is default.asp, the content index.htm)
        "/": "<html><head><title>某中学</title></head><frameset rows='80,*'><frame src='/main.htm'>"
        "<frame src='index.htm'></frameset></html>",
        "/main.htm": "<html><head><title>某中学</title></head><body>某中学</body></html>",
        "/index.htm": f"<html><head><title>某中学</title></head><body>{menu}</body></html>",
    }
    for name in CHANNELS:
        pages[f"/{name}/index.html"] = channel(name)
        for i in (1, 2, 3):
            pages[f"/{name}/{i}.html"] = (
                f"<html><head><title>{name}栏目关于第{i}项工作的通知</title></head><body><h1>{name}栏目关于第{i}项工作的"
                f"通知</h1><p>发布时间：2022-05-0{i}</p><div class='content'>{ART}</div></body></html>"
            )
    pages["/xwgk/index.jsp"] = pages.pop("/xwgk/index.html")
    return pages


def test_every_menu_family_is_followed(tmp_path):
    db = tmp_path / "disclosure.db"
    with static_site(site()) as url:
        proc = cron(url, db, timeout=300)
    paths = {re.sub(r"^http://[^/]+", "", u) for (u,) in sqlite3.connect(db).execute("select url from articles")}
    assert paths == {f"/{n}/{i}.html" for n in CHANNELS for i in (1, 2, 3)}, proc.stdout + proc.stderr


def test_a_session_id_does_not_make_another_page():
    assert canonical("http://s.test/xwgk/index.jsp;jsessionid=0A1B2C3D?cid=3&PHPSESSID=9f") == canonical(
        "http://s.test/xwgk/index.jsp?cid=3"
    )
