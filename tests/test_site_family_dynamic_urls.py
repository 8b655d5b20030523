"""Whole sites of two PHP CMS families whose every page is a dynamic URL (a script and its query), written by hand
after their public template markup and crawled with nothing but the home page's address: a Discuz! X3.4 portal (门户)
run as a county middle school's news site and a PHPCMS v9 primary school with static generation off. Each has a home
page with a menu and boxes of the newest items (更多>>), columns of two or three list pages, an undated single page
(学校简介), an image-only notice, an article listed in two columns, side boxes and a footer with 版权所有 and the ICP
number. The archive must hold exactly the articles each site was generated with, each with its title and its day.

* Discuz! X: ``<base href>`` and relative links (the template's raw ``&``). Articles portal.php?mod=view&aid=123,
  lists portal.php?mod=list&catid=1 under helper_page::multi's ``<div class="pg">`` (``<strong>1</strong><a
  href="…&amp;page=2">2</a>…<label>…<span title="共 3 页"> / 3 页</span></label><a class="nxt">下一页</a>``; page 2
  on adds ``<a class="prev">&nbsp;&nbsp;</a>``), rows ``<dl class="bbda cl">`` with a summary and ``2023-5-6 10:20``
  (dgmdate: the month and day unpadded). 教研天地 (catid=3) has a sub-category 课题研究 (catid=4) whose articles both
  lists show. portal/view.htm: ``<h1 class="ph">``, ``<p class="xg1">2023-5-6 10:20<span class="pipe">|</span> 发布者:
  … 查看: … 评论: 0 | 原作者: … | 来自: …</p>``, 摘要, ``<td id="article_content">``, 上一篇/下一篇 of its category, the
  comment form. The forum chrome: 快捷导航, the login form with 立即注册, the 门户/论坛 nav, the search bar, the footer's
  Archiver / 手机版 / 小黑屋 and ``GMT+8,`` the time of the request. 学校简介 is a 专题 (mod=topic). The slide links
  its articles with ``&from=portal``, the 热评 box with ``#comment``.
* PHPCMS v9 (GBK): absolute links (APP_PATH) to index.php?m=content&c=index&a=show&catid=6&id=123 and
  …a=lists&catid=6, relative pager links from ``pages()`` (``<a class="a1">24条</a> <a class="a1">上一页</a> <span>1</span>
  <a>2</a> <a class="a1">下一页</a>``; 上一页 of page 1 is page 1). show.html: ``<h1>title<br /><span>2023-05-06
  10:20:33&nbsp;&nbsp;&nbsp;来源：…&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe">0</a> 点击：</span><span
  id="hits"></span></h1>``, the summary, ``<div class="content">``, an empty ``<div id="pages">``, 上一篇/下一篇 (第一页 /
  最后一页 as javascript:alert), 延伸阅读 (dated), the rankings, the hits by ``api.php?op=count&id=…&modelid=…``. The
  picture model (校园风采, catid=9) has its own ids: id 3 of catid 9 is not id 3 of catid 6. 通知公告 lists a news item
  (同时发布到其他栏目: a row with the original's URL). A 碎片 typed by an editor links an article with its parameters in
  another order. 学校简介 is a 单网页 category (a=lists&catid=2).

Servers (PHP) answer a query's parameters in any order; archived URLs are compared with their query's parameters
sorted. No page is copied from a real site."""

import re
import urllib.parse
from dataclasses import dataclass
from datetime import datetime

import pytest
from site_fixtures import (
    IMAGE,
    check_exact_articles,
    check_titles_and_days,
    crawl_site,
    days,
    html_pages,
    numbered,
    prose,
    titles,
)

ON = ' class="a"'  # Discuz's current nav item
H = "http://HOME"  # absolute links: the address the site is served at replaces it


@dataclass
class Art:
    path: str  # the article's URL path and query
    title: str
    when: datetime
    source: str = "本站原创"
    author: str = ""
    body: str = ""
    aid: int = 0  # the CMS's own id
    cat: int = 0

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


def summary(a, n=70):
    """The CMS's automatic summary: the body's first characters as text."""
    text = re.sub(r"<[^>]+>|\s|　", "", a.body)
    return text[:n] + ("..." if len(text) > n else "")


def query_order_free(path):
    """A path with its query's parameters decoded and sorted: PHP answers ``?a=1&b=2`` and ``?b=2&a=1`` alike."""
    base, _, query = path.partition("?")
    pairs = sorted(urllib.parse.parse_qsl(query, keep_blank_values=True))
    return f"{base}?{'&'.join(f'{k}={v}' for k, v in pairs)}" if query else base


class Server(dict):
    """A PHP site ({path: page}) as its server answers it: the query's parameters in any order, those the scripts
    never read (``ignored``) dropped; pages sent in ``charset``, ``http://HOME`` made the address it is served at."""

    def __init__(self, site, charset="utf-8", ignored=()):
        super().__init__(site)
        self.charset, self.ignored, self.home = charset, set(ignored), H
        self.answers = {self.key(p): v for p, v in site.items()}

    def key(self, path):
        base, _, query = path.partition("?")
        pairs = [(k, v) for k, v in urllib.parse.parse_qsl(query, keep_blank_values=True) if k not in self.ignored]
        return query_order_free(f"{base}?{urllib.parse.urlencode(pairs)}" if pairs else base)

    def get(self, path, default=None):
        entry = self.answers.get(self.key(path), default)
        if isinstance(entry, str):
            return 200, entry.replace(H, self.home).encode(self.charset), f"text/html; charset={self.charset}"
        return entry


# ---- 1. Discuz! X3.4 门户: a county middle school's news site -----------------------------------------------------

DZ_NAME, DZ_BB = "云溪县第一中学", "云溪一中"
DZ_CATS = {1: ("学校新闻", 12), 2: ("通知公告", 10), 3: ("教研天地", 10), 4: ("课题研究", 15)}  # name, per page
DZ_TOPIC = "portal.php?mod=topic&topicid=1"


def dz_date(t):
    return f"{t.year}-{t.month}-{t.day} {t:%H:%M}"  # dgmdate: Y-n-j H:i


def dz_cat(c):
    return f"portal.php?mod=list&catid={c}"


def dz_cut(title, n=18):
    return title if len(title) <= n else title[:n] + " ..."  # cutstr's dot


def dz_page(title, body_class, crumbs, main, now):
    navs = "".join(f'<li{ON if here else ""} id="{i}"><a href="{u}" hidefocus="true"{t}>{n}</a></li>'
                   for i, u, t, n, here in (("mn_portal", "portal.php", ' title="Portal"', "门户<span>Portal</span>", True),
                                            *((f"mn_P{c}", dz_cat(c), "", DZ_CATS[c][0], False) for c in (1, 2, 3)),
                                            ("mn_N7a1c", DZ_TOPIC, "", "学校简介", False),
                                            ("mn_forum", "forum.php", ' title="BBS"', "论坛<span>BBS</span>", False)))  # fmt: skip
    pt = " <em>&rsaquo;</em> ".join([f'<a href="./" class="nvhm" title="首页">{DZ_BB}</a>', '<a href="portal.php">门户</a>',
                                      *(f'<a href="{u}">{t}</a>' if u else t for t, u in crumbs)])  # fmt: skip
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n<title>{title} - Powered by Discuz!</title>\n'
        f'<meta name="keywords" content="{DZ_NAME},{DZ_BB}" />\n<meta name="generator" content="Discuz! X3.4" />\n'
        '<meta name="author" content="Discuz! Team and Comsenz UI Team" />\n<meta name="MSSmartTagsPreventParsing" '
        f'content="True" />\n<base href="{H}/" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css'
        "?Yx3\" /><script type=\"text/javascript\">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', "
        f"VERHASH = 'Yx3', charset = 'utf-8', discuz_uid = '0', cookiepre = 'yx1_2132_', SITEURL = '{H}/', JSPATH = "
        '\'data/cache/\';</script>\n<script src="data/cache/common.js?Yx3" type="text/javascript"></script>\n'
        f'<meta name="application-name" content="{DZ_BB}" />\n<script src="data/cache/portal.js?Yx3" '
        f'type="text/javascript"></script>\n</head>\n<body id="nv_portal" class="{body_class}" onkeydown="if(event.keyCode'
        '==27) return false;">\n<div id="append_parent"></div><div id="ajaxwaitid"></div>\n<div id="toptb" class="cl"><div '
        f'class="wp"><div class="z"><a href="javascript:;" onclick="setHomepage(\'{H}/\');">设为首页</a><a href="{H}/" '
        f'onclick="addFavorite(this.href, \'{DZ_BB}\');return false;">收藏本站</a></div><div class="y"><a id="switchblind" '
        'href="javascript:;" onclick="toggleBlind(this)" title="开启辅助访问" class="switchblind">开启辅助访问</a></div></div></div>\n'
        '<div id="qmenu_menu" class="p_pop blk" style="display: none;"><div class="ptm pbw hm">请 <a href="javascript:;" '
        'class="xi2" onclick="lsSubmit()"><strong>登录</strong></a> 后使用快捷导航<br />没有帐号？<a href="member.php?mod=register" '
        'class="xi2 xw1">立即注册</a></div><div id="fjump_menu" class="btda"></div></div>\n'
        f'<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="{DZ_BB}"><img src="static/image/common/'
        f'logo.png" alt="{DZ_BB}" border="0" /></a></h2><script src="data/cache/logging.js?Yx3" type="text/javascript"></script>'
        '<form method="post" autocomplete="off" id="lsform" action="member.php?mod=logging&amp;action=login&amp;loginsubmit='
        'yes&amp;infloat=yes&amp;lssubmit=yes" onsubmit="return lsSubmit();"><div class="fastlg cl"><span id="return_ls" '
        'style="display:none"></span><div class="y pns"><table cellspacing="0" cellpadding="0"><tr><td><label for="ls_username">'
        '用户名</label></td><td><input type="text" name="username" id="ls_username" class="px vm" autocomplete="off" /></td><td '
        'class="fastlg_l"><label for="ls_cookietime"><input type="checkbox" name="cookietime" id="ls_cookietime" class="pc" '
        'value="2592000" />自动登录</label></td><td>&nbsp;<a href="javascript:;" onclick="showWindow(\'login\', \'member.php'
        '?mod=logging&action=login&viewlostpw=1\')">找回密码</a></td></tr><tr><td><label for="ls_password" class="z psw_w">'
        '密码</label></td><td><input type="password" name="password" id="ls_password" class="px vm" size="10" /></td><td '
        'class="fastlg_l"><button type="submit" class="pn vm" style="width: 75px;"><em>登录</em></button></td><td>&nbsp;<a '
        'href="member.php?mod=register" class="xi2 xw1">立即注册</a></td></tr></table><input type="hidden" name="quickforward" '
        'value="yes" /><input type="hidden" name="handlekey" value="ls" /></div></div></form></div>\n<div id="nv"><a '
        "href=\"javascript:;\" id=\"qmenu\" onmouseover=\"delayShow(this, function () {showMenu({'ctrlid':'qmenu','pos':'34!',"
        f"'ctrlclass':'a','duration':2}});showForummenu(0);}})\">快捷导航</a><ul>{navs}</ul></div><div id=\"mu\" class=\"cl\">"
        '</div><div id="scbar" class="cl"><form id="scbar_form" method="post" autocomplete="off" action="search.php?'
        'searchsubmit=yes" target="_blank"><input type="hidden" name="mod" id="scbar_mod" value="search" /><input type='
        '"hidden" name="formhash" value="3f9a2c1e" /><table cellspacing="0" cellpadding="0"><tr><td class="scbar_txt_td">'
        '<input type="text" name="srchtxt" id="scbar_txt" value="" autocomplete="off" /></td><td class="scbar_type_td"><a '
        'href="javascript:;" id="scbar_type" class="xg1" onclick="showMenu(this.id)" hidefocus="true">搜索</a></td><td '
        'class="scbar_btn_td"><button type="submit" name="searchsubmit" id="scbar_btn" class="pn pnc" value="true"><strong '
        'class="xi2">搜索</strong></button></td></tr></table></form></div><ul id="scbar_type_menu" class="p_pop" style='
        '"display: none;"><li><a href="javascript:;" rel="article" class="curtype">文章</a></li><li><a href="javascript:;" '
        'rel="forum">帖子</a></li><li><a href="javascript:;" rel="user">用户</a></li></ul></div></div>\n'
        f'<div id="wp" class="wp">\n<div id="pt" class="bm cl"><div class="z">{pt}</div></div>\n{main}\n</div>\n'
        '<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/" >Archiver</a><span class="pipe">|</span>'
        '<a href="forum.php?mobile=yes" >手机版</a><span class="pipe">|</span><a href="forum.php?mod=misc&action=showdarkroom" '
        f'>小黑屋</a><span class="pipe">|</span><strong><a href="{H}/" target="_blank">{DZ_NAME}</a></strong> ( <a href='
        '"https://beian.miit.gov.cn/" target="_blank">浙ICP备13004567号-1</a> )</p><p class="xs0">GMT+8, '
        f'{dz_date(now)}<span id="debuginfo"></span></p></div><div id="frt"><p>Powered by <strong><a href="http://www.'
        'discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">版权所有 &copy; 2023 '
        f'{DZ_NAME} &nbsp;地址：云溪县学府路1号 &nbsp;电话：0570-7012345</p></div></div>\n<div id="scrolltop"><span hidefocus='
        '"true"><a title="返回顶部" onclick="window.scrollTo(\'0\',\'0\')" class="scrolltopa" ><b>返回顶部</b></a></span>'
        "</div>\n<script type=\"text/javascript\">_attachEvent(window, 'scroll', function () { showTopLink(); });checkBlind();"
        "</script>\n</body>\n</html>"
    )


def dz_block(bid, name, items, more=""):
    """A DIY block of the "[列表]标题+时间" style (dates m-d in ``<em>``), or of bare titles."""
    lis = "".join(f'<li>{f"<em>{a.when:%m-%d}</em>" if d else ""}<a href="{u}" title="{dz_cut(a.title)}" target="_blank">'
                  f"{dz_cut(a.title)}</a></li>" for a, u, d in items)  # fmt: skip
    link = f'<a class="more" href="{more}" target="_blank">更多&gt;&gt;</a>' if more else ""
    return (f'<div id="portal_block_{bid}" class="block move-span"><div class="blocktitle title"><span class="titletext">'
            f'{name}</span>{link}</div><div id="portal_block_{bid}_content" class="dxb_bc"><div class="module cl xl xl1">'
            f"<ul>{lis}</ul></div></div></div>")  # fmt: skip


def dz_pager(c, k, n):
    """helper_page::multi: the page's number in <strong>, the others linked, a jump box, 下一页."""
    mp = f"{dz_cat(c)}&amp;page="
    out = f'<a href="{mp}{k - 1}" class="prev">&nbsp;&nbsp;</a>' if k > 1 else ""
    out += "".join(f"<strong>{i}</strong>" if i == k else f'<a href="{mp}{i}">{i}</a>' for i in range(1, n + 1))
    out += (f'<label><input type="text" name="custompage" class="px" size="2" title="输入页码，按回车快速跳转" value="{k}" '
            f"onkeydown=\"if(event.keyCode==13) {{window.location='{mp}'+this.value;; doane(event);}}\" /><span title=\"共 "
            f'{n} 页"> / {n} 页</span></label>')  # fmt: skip
    out += f'<a href="{mp}{k + 1}" class="nxt">下一页</a>' if k < n else ""
    return f'<div class="pgs cl"><div class="pg">{out}</div></div>'


def dz_side(hot, here=0):
    others = "".join(f'<li>&bull; <a href="{dz_cat(c)}">{n}</a></li>' for c, (n, _) in DZ_CATS.items() if c != here)
    return (f'<div class="sd pph"><div class="drag"><div id="diyrighttop" class="area">{dz_block(31, "热评文章", hot)}'
            '</div></div><div class="bm"><div class="bm_h cl"><h2>相关分类</h2></div><div class="bm_c"><ul class="xl xl2 '
            f'cl">{others}</ul></div></div></div>')  # fmt: skip


def dz_article(a, prev, nxt, hot, now):
    cat = DZ_CATS[a.cat][0]
    crumbs = [*([(DZ_CATS[3][0], dz_cat(3))] if a.cat == 4 else []), (cat, dz_cat(a.cat)), ("查看内容", "")]
    extra = f'<span class="pipe">|</span>原作者: {a.author}' if a.author else ""
    extra += f'<span class="pipe">|</span>来自: {a.source}' if a.source else ""
    s = summary(a)
    pren = "".join(f'<em>{w}<a href="portal.php?mod=view&aid={r.aid}">{r.title}</a></em>' for w, r in
                   (("上一篇：", prev), ("下一篇：", nxt)) if r)  # fmt: skip
    main = (
        '<style id="diy_style" type="text/css"></style>\n<div class="wp"><div id="diy1" class="area"></div></div>\n'
        f'<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm vw">\n<div class="h hm">\n<h1 class="ph">{a.title} '
        f'</h1>\n<p class="xg1">\n\t{dz_date(a.when)}<span class="pipe">|</span>\n\t发布者: <a href="home.php?mod=space&uid=1">'
        f'admin</a><span class="pipe">|</span>\n\t查看: <em id="_viewnum">{37 + a.aid % 50}</em><span class="pipe">|</span>\n'
        f"\t评论: 0\n\t{extra}\n</p>\n</div>\n"
        + (f'<div class="s"><div><strong>摘要</strong>: {s}</div></div>\n' if s else "")
        + f'<div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">\n{a.body}\n'
        '</td></tr></table>\n<div id="click_div"><table cellpadding="0" cellspacing="0" class="atd"><tr>'
        + "".join(
            f'<td><a href="home.php?mod=spacecp&ac=click&op=add&clickid={i}&idtype=aid&id={a.aid}&hash=6b1e0c2d&'
            f'handlekey=clickhandle" id="click_aid_{a.aid}_{i}" onclick="showWindow(this.id, this.href);'
            f'doane(event);"><img src="static/image/click/{img}.gif" alt="" /><br />{w}</a></td>'
            for i, img, w in ((1, "xianhua", "鲜花"), (2, "woshou", "握手"), (3, "leiren", "雷人"))
        )
        + "</tr></table></div>\n</div>\n"
        f'<div class="o cl ptm pbm"><a href="home.php?mod=spacecp&ac=favorite&type=article&id={a.aid}&handlekey='
        f'favoritearticlehk_{a.aid}" id="a_favorite" onclick="showWindow(this.id, this.href, \'get\', 0);" class="oshr ofav">'
        f'收藏</a><a href="home.php?mod=spacecp&ac=share&type=article&id={a.aid}&handlekey=sharearticlehk_{a.aid}" id='
        f'"a_share" onclick="showWindow(this.id, this.href, \'get\', 0);" class="oshr">分享</a><a href="misc.php?mod=invite'
        f'&action=article&id={a.aid}" id="a_invite" onclick="showWindow(\'invite\', this.href, \'get\', 0);" class="oshr '
        f'oivt">邀请</a></div>\n<div class="pren pbm cl">{pren}</div>\n</div>\n'
        f'<div id="comment" class="bm"><div class="bm_h cl"><a href="portal.php?mod=comment&id={a.aid}&idtype=aid" class='
        '"y xi2">查看全部评论(0)</a><h3 class="ph">最新评论</h3></div><div id="comment_ul" class="bm_c"><form id="cform" '
        'name="cform" action="portal.php?mod=portalcp&ac=comment" method="post" autocomplete="off"><div class="tedt"><div '
        'class="area"><div class="pt hm">您需要登录后才可以评论 <a href="member.php?mod=logging&action=login" onclick="'
        'showWindow(\'login\', this.href)" class="xi2">登录</a> | <a href="member.php?mod=register" class="xi2">立即注册'
        f'</a></div></div></div><input type="hidden" name="aid" value="{a.aid}"><p class="ptn cl"><button type="submit" '
        'name="commentsubmit_btn" id="commentsubmit_btn" value="true" class="pn y"><strong>评论</strong></button></p>'
        f'</form></div></div>\n</div>{dz_side(hot, a.cat)}</div>\n<input type="hidden" id="portalview" value="1">'
    )
    return dz_page(f"{a.title} - {cat} - {DZ_BB}", "pg_view", crumbs, main, now)


def discuz_site(now=None):
    now, site = now or datetime.now(), {}
    news = [Art("", t, w, author=("", "政教处 王老师", "校团委")[k % 3], source="云溪教育网" if k % 3 == 2 else "", cat=1)
            for k, (t, w) in enumerate(zip(titles(("我校", "初一年级", "初二年级", "初三年级", "校团委", "校学生会", "政教处"),
                                                  ("举行春季田径运动会", "开展防溺水安全教育", "召开家长会", "举办科技文化艺术节",
                                                   "开展消防应急疏散演练", "举行英语演讲比赛", "组织学生参观红色教育基地",
                                                   "开展学雷锋志愿服务活动"), 28),
                                           days("2023-06-28 16:20", 28, 6)))]  # fmt: skip
    notices = [Art("", t, w, source="", cat=2)
               for t, w in zip(titles(("2023年春季开学工作安排", "2023年清明节放假安排", "2023年劳动节放假安排",
                                       "2023年端午节放假安排", "开展校园安全隐患排查", "2023年七年级新生招生",
                                       "期中考试安排", "暑假放假及安全教育"), ("的通知", "的公告", "的补充通知"), 16, "关于{}{}"),
                               days("2023-06-26 09:40", 16, 10))]  # fmt: skip
    jy = [Art("", t, w, author="教科室", cat=3)
          for t, w in zip(titles(("语文组", "数学组", "英语组", "理化组", "政史地组"), ("开展集体备课活动", "举行公开课展示",
                                 "组织青年教师说课比赛", "开展听评课活动"), 10), days("2023-06-21 14:50", 10, 13))]  # fmt: skip
    kt = [Art("", t, w, author="教科室", cat=4)
          for t, w in zip(("市级课题《初中数学分层作业设计研究》开题论证会召开", "省级课题《农村初中阅读教学策略研究》中期汇报",
                           "我校两项县级小课题顺利结题", "课题组赴县实验中学开展交流研讨"),
                          days("2023-06-12 10:30", 4, 31))]  # fmt: skip
    arts = news + notices + jy + kt
    numbered(arts, 101, 2)
    for k, a in enumerate(arts):
        a.path = f"/portal.php?mod=view&aid={a.aid}"
        a.body = prose(a.title, DZ_NAME, k)
    scan = notices[5]  # a notice that is one scanned page
    picture = f"data/attachment/portal/{scan.when:%Y%m/%d}/{scan.when:%H%M%S}k2zq8xz4pzq.png"
    scan.body = f'<div align="center"><img src="{picture}" /></div>'
    site[f"/{picture}"] = IMAGE
    hot = [(a, f"portal.php?mod=view&aid={a.aid}#comment", False) for a in (news[3], notices[1], jy[0], news[10])]
    listed = {1: news, 2: notices, 3: sorted(jy + kt, key=lambda a: a.when, reverse=True), 4: kt}
    for c, rows in listed.items():
        name, per = DZ_CATS[c]
        n = -(-len(rows) // per)
        for k in range(1, n + 1):
            dls = "".join(
                f'<dl class="bbda cl"><dt class="xs2"><a href="portal.php?mod=view&aid={a.aid}" target="_blank" class="xi2" '
                f'>{a.title}</a> </dt><dd class="xs2 cl">{summary(a, 100)}</dd><dd>'
                + (f'分类: <label><a href="{dz_cat(a.cat)}" class="xi2">{DZ_CATS[a.cat][0]}</a></label>&nbsp;&nbsp;'
                   if c == 3 else "")
                + f'<span class="xg1"> {dz_date(a.when)}</span></dd></dl>'
                for a in rows[(k - 1) * per : k * per]
            )  # fmt: skip
            subs = (f'<div class="bm_c bbda">子分类:&nbsp;&nbsp;<a href="{dz_cat(4)}" class="xi2">{DZ_CATS[4][0]}</a></div>'
                    if c == 3 else "")  # fmt: skip
            main = (f'<style id="diy_style" type="text/css"></style>\n<div id="ct" class="ct2 wp cl"><div class="mn"><div '
                    f'class="bm"><div class="bm_h cl"><a href="portal.php?mod=rss&catid={c}" class="y xi2 rss" target='
                    f'"_blank" title="RSS">订阅</a><h1 class="xs2">{name}</h1></div>{subs}<div class="bm_c xld">{dls}</div>'
                    f"</div>{dz_pager(c, k, n) if n > 1 else ''}</div>{dz_side(hot, c)}</div>")  # fmt: skip
            crumbs = [*([(DZ_CATS[3][0], dz_cat(3))] if c == 4 else []), (name, "")]
            title = f"{name}{f' ( {k} ' if k > 1 else ''} - {DZ_BB}"
            site[f"/{dz_cat(c)}&page={k}"] = dz_page(title, "pg_list", crumbs, main, now)
        site[f"/{dz_cat(c)}"] = site[f"/{dz_cat(c)}&page=1"]
    for rows in (news, notices, jy, kt):
        for i, a in enumerate(rows):  # 上一篇 the older of its category, 下一篇 the newer
            site[a.path] = dz_article(
                a, rows[i + 1] if i + 1 < len(rows) else None, rows[i - 1] if i else None, hot, now
            )
    about = "".join(f"<p>　　{p}</p>" for p in (
        f"{DZ_NAME}创办于1956年，是云溪县教育局直属的一所公办初级中学，现有教学班36个，在校学生1700余人，教职工148人。",
        "学校秉承“明德、励志、求真、创新”的校训，先后荣获省级文明校园、市级示范初中、市绿色学校等称号。",
        "学校建有标准化运动场、图书馆、实验楼和艺术楼，各类功能教室配备齐全，为学生的全面发展提供了良好条件。",
    ))  # fmt: skip
    site[f"/{DZ_TOPIC}"] = dz_page(
        f"学校简介 - {DZ_BB}", "pg_topic", [("学校简介", DZ_TOPIC)],
        '<div id="ct" class="wp cl"><div id="diy1" class="area"><div id="frameU7x2k1" class="frame move-span cl frame-1">'
        '<div id="frameU7x2k1_left" class="column frame-1-c"><div id="portal_block_21" class="block move-span"><div class='
        '"blocktitle title"><span class="titletext">学校简介</span></div><div id="portal_block_21_content" class="dxb_bc">'
        f'<div class="portal_block_summary">{about}</div></div></div></div></div></div></div>', now)  # fmt: skip
    slide = "".join(f'<li style="width: 460px; height: 280px;"><a href="portal.php?mod=view&aid={a.aid}&from=portal" '
                    f'target="_blank"><img src="data/attachment/block/c{i}/slide{i}.jpg" width="460" height="280" /></a>'
                    f'<span class="title">{dz_cut(a.title)}</span></li>' for i, a in enumerate(news[:4]))  # fmt: skip
    for i in range(4):
        site[f"/data/attachment/block/c{i}/slide{i}.jpg"] = IMAGE

    def box(bid, c, rows):
        return dz_block(bid, DZ_CATS[c][0], [(a, f"portal.php?mod=view&aid={a.aid}", True) for a in rows], dz_cat(c))

    home = (
        '<style id="diy_style" type="text/css"></style>\n<div class="wp"><div id="diy1" class="area"></div></div>\n<div '
        'id="ct" class="ct2 wp cl"><div class="mn"><div id="diy2" class="area"><div id="frame1" class="frame move-span cl '
        'frame-1"><div id="frame1_left" class="column frame-1-c"><div id="portal_block_1" class="block move-span"><div id='
        f'"portal_block_1_content" class="dxb_bc"><div class="module cl slidebox"><ul class="slideshow">{slide}</ul></div>'
        f'<script type="text/javascript">runslideshow();</script></div></div>{box(2, 1, news[:8])}</div></div><div id='
        '"frame2" class="frame move-span cl frame-1-1"><div id="frame2_left" class="column frame-1-1-l">'
        f'{box(3, 2, notices[:7])}</div><div id="frame2_center" class="column frame-1-1-r">{box(4, 3, listed[3][:7])}</div>'
        '</div></div></div><div class="sd"><div id="diy3" class="area"><div id="portal_block_5" class="block move-span">'
        f'<div class="blocktitle title"><span class="titletext">学校简介</span><a class="more" href="{DZ_TOPIC}">详细&gt;&gt;'
        f'</a></div><div id="portal_block_5_content" class="dxb_bc"><div class="portal_block_summary">{DZ_NAME}创办于1956年，'
        f'是云溪县教育局直属的一所公办初级中学……</div></div></div>{dz_block(6, "热评文章", hot)}<div id="portal_block_7" '
        'class="block move-span"><div class="blocktitle title"><span class="titletext">友情链接</span></div><div id='
        '"portal_block_7_content" class="dxb_bc"><div class="module cl xl xl1"><ul><li><a href="http://www.moe.gov.cn/" '
        'target="_blank">教育部</a></li><li><a href="http://jyt.zj.gov.cn/" target="_blank">浙江省教育厅</a></li></ul></div>'
        "</div></div></div></div></div>"
    )
    site["/"] = site["/index.php"] = site["/portal.php"] = dz_page(f"门户 - {DZ_BB}", "pg_index", [], home, now)
    return site, {a.path: a for a in arts}


# ---- 2. PHPCMS v9 (dynamic URLs, GBK): a primary school ------------------------------------------------------------

PC_NAME = "滨江市实验小学"
PC_CATS = {2: "学校简介", 6: "学校新闻", 7: "通知公告", 8: "教学教研", 9: "校园风采"}
PC_PER = {6: 15, 7: 10, 8: 10, 9: 8}


def pc_cat(c, page=1):
    return f"index.php?m=content&c=index&a=lists&catid={c}" + (f"&page={page}" if page > 1 else "")


def pc_url(a):
    return f"{H}/index.php?m=content&c=index&a=show&catid={a.cat}&id={a.aid}"


def pc_page(title, main, announ):
    nav = "".join(
        f'<li class="line">|</li><li><a href="{H}/{pc_cat(c)}"><span>{n}</span></a></li>' for c, n in PC_CATS.items()
    )
    ann = "".join(f'<li><a href="{pc_url(a)}">{a.title}</a></li>' for a in announ)
    cats = "".join(f'<a href="{H}/{pc_cat(c)}" target="_blank">{n}</a> |  ' for c, n in PC_CATS.items())
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional'
        '.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
        f'charset=gbk" />\n<meta http-equiv="X-UA-Compatible" content="IE=7" />\n<title>{title}{PC_NAME}</title>\n<meta name'
        f'="keywords" content="{PC_NAME},滨江实小">\n<meta name="description" content="{PC_NAME}">\n<link href="{H}/statics/css/'
        f'reset.css" rel="stylesheet" type="text/css" />\n<link href="{H}/statics/css/default_blue.css" rel="stylesheet" type='
        f'"text/css" />\n<script type="text/javascript" src="{H}/statics/js/jquery.min.js"></script>\n<script type="text/'
        f'javascript" src="{H}/statics/js/search_common.js"></script>\n</head>\n<body>\n<div class="body-top">\n    <div '
        f'class="content">\n    \t\t<div id="announ">\n                 <ul>{ann}</ul>\n            </div>\n<script type="'
        "text/javascript\">\n$(function(){\n\tstartmarquee('announ',22,1,500,3000);\n})\n</script>\n            <div class="
        f'"login lh24 blue"><a href="{H}/index.php?m=content&c=rss&siteid=1" class="rss ib">rss</a><span class="rt"><script '
        f'type="text/javascript">document.write(\'<iframe src="{H}/index.php?m=member&c=index&a=mini&forward=\'+'
        'encodeURIComponent(location.href)+\'&siteid=1" allowTransparency="true"  width="500" height="24" frameborder='
        '"0" scrolling="no"></iframe>\')</script></span></div>\n    </div>\n</div>\n<div class="header">\n\t<div class='
        f'"logo"><a href="{H}/"><img src="{H}/statics/images/v9/logo.jpg" /></a></div>\n    <div class="search">\n    \t<div '
        'class="tab" id="search"><a href="javascript:;" onclick="setmodel(1, $(this));" style="outline:medium none;" '
        'hidefocus="true"  class="on" >新闻</a><span> | </span><a href="javascript:;" onclick="setmodel(3, $(this));" style='
        f'"outline:medium none;" hidefocus="true" >图片</a></div>\n        <div class="bd"><form action="{H}/index.php" method='
        '"get" target="_blank"><input type="hidden" name="m" value="search"/><input type="hidden" name="c" value="index"/>'
        '<input type="hidden" name="a" value="init"/><input type="hidden" name="typeid" value="1" id="typeid"/><input type='
        '"hidden" name="siteid" value="1" id="siteid"/><input type="text" class="text" name="q" id="q"/><input type="submit" '
        'value="搜 索" class="button" /></form></div>\n    </div>\n    <div class="banner"><script language="javascript" src='
        f'"{H}/index.php?m=poster&c=index&a=show_poster&id=1"></script></div>\n    <div class="bk3"></div>\n    <div class='
        f'"nav-bar">\n    \t<map>\n        \t<ul class="nav-site">\n\t\t\t<li><a href="{H}"><span>首页</span></a></li>{nav}</ul>'
        f'\n        </map>\n    </div>\n</div>\n{main}\n<div class="footer">\n<p class="info">\n{cats}<a href="{H}/index.php'
        f'?m=link" target="_blank">友情链接</a>\n<br />版权所有：{PC_NAME} &nbsp;地址：滨江市文华路8号 &nbsp;电话：0513-86012345 &nbsp;<a '
        'href="https://beian.miit.gov.cn/" target="_blank">苏ICP备12034567号-1</a>\n<br />\nPowered by <strong><a href="http:'
        f'//www.phpcms.cn" target="_blank">PHPCMS</a></strong> <em>V9.6.3</em> &copy; 2023 <img src="{H}/statics/images/'
        'copyright.gif"/>\n</p>\n</div>\n</body>\n</html>'
    )


def pc_pages(c, k, n, num):
    """global.func.php pages() over the dynamic rule (page 1 is the rule's first part, without &page)."""
    out = f'<a class="a1">{num}条</a> <a href="{pc_cat(c, k - 1)}" class="a1">上一页</a>'
    out += " <span>1</span>" if k == 1 else f' <a href="{pc_cat(c)}">1</a>'
    out += "".join(f" <span>{i}</span>" if i == k else f' <a href="{pc_cat(c, i)}">{i}</a>' for i in range(2, n))
    if k < n:
        out += f' <a href="{pc_cat(c, n)}">{n}</a> <a href="{pc_cat(c, k + 1)}" class="a1">下一页</a>'
    else:
        out += f' <span>{n}</span> <a href="{pc_cat(c, k)}" class="a1">下一页</a>'
    return out


def pc_ranks(rows):
    digg = "".join(f'<li><a href="{pc_url(a)}" target="_blank" title="{a.title}">{a.title[:14]}</a></li>' for a in rows)
    rank = "".join(f'<li><span>{1200 - 97 * i:,}</span><a href="{pc_url(a)}" class="title" title="{a.title}">'
                   f'{a.title if len(a.title) <= 28 else a.title[:28] + "..."}</a></li>' for i, a in enumerate(rows))  # fmt: skip
    return (f'<div class="col-auto">\n<div class="box"><h5 class="title-2">频道总排行</h5><ul class="content digg">{digg}</ul>'
            '</div><div class="bk10"></div><div class="box"><h5 class="title-2">频道本月排行</h5><ul class="content rank">'
            f"{rank}</ul></div>\n</div>")  # fmt: skip


def pc_crumbs(c, tail):
    return f'<div class="crumbs"><a href="{H}">首页</a><span> &gt; </span><a href="{H}/{pc_cat(c)}">{PC_CATS[c]}</a> &gt;  {tail}</div>'


def pc_show(a, prev, nxt, related, ranks, announ):
    prev = prev or Art("javascript:alert('第一页');", "第一页", a.when)
    nxt = nxt or Art("javascript:alert('最后一页');", "最后一页", a.when)
    link = lambda r: r.path if r.path.startswith("javascript") else pc_url(r)  # noqa: E731
    head = f'<h1>{a.title}<br />\n<span>{a.when:%Y-%m-%d %H:%M:%S}&nbsp;&nbsp;&nbsp;来源：{a.source}&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" id="comment">0</a>'
    tool = (f"<span id='favorite'><a href=\"javascript:;\" onclick=\"add_favorite('{a.title}');\" class=\"t6\">收藏</a>"
            "</span>")  # fmt: skip
    s = summary(a, 120)
    if a.cat == 9:  # show_picture.html
        main = (f'<div class="main photo-channel">\n\t{pc_crumbs(a.cat, "")}\n    <div id="Article">\n{head}</span></h1>\n'
                f'<div class="tool"><a name="pic"></a><a class="up" href="javascript:;" title="上一张" onclick="showpic(\'pre\')">'
                f'<span>上一张</span></a><a class="next" href="javascript:;" onclick="showpic(\'next\')" title="下一张"><span>下一张'
                f'</span></a><span class="stat" id="picnum"></span><div class="Article-Tool">{tool}</div></div>\n<div class='
                '"big-pic" style="height:650px;"><div id="big-pic"></div></div>\n<div class="list-pic"><div class="pre picbig">'
                f'<div class="img-wrap"><a href="{link(prev)}"><img src="{H}/statics/images/nopic_small.gif" title="{prev.title}">'
                f'</a></div><a href="{link(prev)}">&lt;上一组</a></div><div class="cont" style="position:relative"><ul class='
                '"cont picbig" id="pictureurls" style="position:absolute">'
                + "".join(f'<li><div class="img-wrap"><a href="javascript:;" hidefocus="true"><img src="{H}/uploadfile/2023/'
                          f'{a.when:%m%d}/thumb_100_137_{a.aid}{i}.jpg" alt="" rel="{H}/uploadfile/2023/{a.when:%m%d}/'
                          f'{a.aid}{i}.jpg"/></a></div></li>' for i in range(3))
                + f'</ul></div><div class="next picbig"><div class="img-wrap"><a href="{link(nxt)}" title="{nxt.title}"><img '
                f'src="{H}/statics/images/nopic_small.gif"></a></div><a href="{link(nxt)}">下一组&gt;</a></div></div>\n<div '
                f'class="text" id="picinfo"></div>\n\t<div class="content">\n\t\t{a.body}\n\t</div>\n  </div>\n')  # fmt: skip
    else:  # show.html
        rel = "".join(
            f'<li>·<a href="{pc_url(r)}" target="_blank">{r.title}</a><span>({r.day})</span></li>' for r in related
        )
        main = (
            f'<div class="main">\n\t<div class="col-left">\n    \t{pc_crumbs(a.cat, "正文")}\n        <div id="Article">\n'
            f'        \t{head} 点击：</span><span id="hits"></span></h1>\n'
            + (f'\t\t\t<div class="summary" >{s}</div>\n' if s else "")
            + f'\t\t\t<div class="content">\n\t\t\t\t{a.body}\n\t\t\t</div>\n\t\t\t<div id="pages" class="text-c"></div>\n'
            '            <p style="margin-bottom:10px">\n            <strong>相关热词搜索：</strong><a href="'
            f'{H}/index.php?m=content&c=tag&a=lists&tag=%D1%A7%D0%A3" class="blue">学校</a> \t\n            </p>\n'
            f'            <p class="f14">\n                <strong>上一篇：</strong><a href="{link(prev)}">{prev.title}'
            f'</a><br />\n                <strong>下一篇：</strong><a href="{link(nxt)}">{nxt.title}</a>\n            </p>\n'
            + (
                f'<div class="related"><h5 class="blue">延伸阅读：</h5><ul class="list blue lh24 f14">{rel}</ul></div>'
                if rel
                else ""
            )
            + f'\n          <div class="bk15"></div>\n      </div>\n      <div class="Article-Tool">分享到：{tool}</div>\n'
        )
    main += (f'<iframe src="{H}/index.php?m=comment&c=index&a=init&commentid=content_{a.cat}-{a.aid}-1&iframe=1" width='
             '"100%" height="100%" id="comment_iframe" frameborder="0" scrolling="no"></iframe>\n  </div>\n'
             + (ranks if a.cat != 9 else "") + "\n</div>\n"
             f'<script language="JavaScript" src="{H}/api.php?op=count&id={a.aid}&modelid={3 if a.cat == 9 else 1}"></script>')  # fmt: skip
    return pc_page(f"{a.title} - {PC_CATS[a.cat]} - ", main, announ)


def phpcms_site():
    site = {}
    news = [Art("", t, w, source=("本站原创", "少先队大队部", "德育处")[k % 3], cat=6)
            for k, (t, w) in enumerate(zip(titles(("我校", "一年级", "二年级", "三年级", "四年级", "五年级", "六年级",
                                                  "少先队大队部"),
                                                 ("举行春季运动会", "开展安全教育主题班会", "召开家长会", "开展读书分享活动",
                                                  "举行科技节", "参加市中小学生艺术展演", "开展劳动实践活动"), 24),
                                          days("2023-06-29 15:20", 24, 7)))]  # fmt: skip
    notices = [Art("", t, w, source="校长办公室", cat=7)
               for t, w in zip(titles(("2023年春季学期开学工作安排", "清明节放假", "劳动节放假", "端午节放假",
                                       "开展防溺水安全教育", "2023年一年级新生入学登记", "期末工作安排"),
                                      ("的通知", "的温馨提示"), 14, "关于{}{}"), days("2023-06-27 09:30", 14, 12))]  # fmt: skip
    jy = [Art("", t, w, source="教导处", cat=8)
          for t, w in zip(titles(("语文组", "数学组", "英语组", "科学组", "音体美组", "综合实践组"),
                                 ("开展集体备课活动", "举行课堂教学展示", "开展主题教研活动", "组织青年教师赛课"), 12),
                          days("2023-06-20 14:00", 12, 14))]  # fmt: skip
    pics = [Art("", t, w, source="本站原创", cat=9)
            for t, w in zip(("春季运动会精彩瞬间", "校园的春天", "科技节作品展", "六一文艺汇演剪影", "新队员入队仪式",
                             "经典诵读比赛掠影", "劳动实践基地的一天", "毕业班最后一课", "校园读书节", "元旦迎新游园会"),
                            days("2023-06-01 11:00", 10, 17))]  # fmt: skip
    numbered(news + notices + jy, 1, step=1)  # the news model's table, one id sequence for its three categories
    numbered(pics, 1, step=1)  # the picture model's own table: its ids are the news model's again
    for k, a in enumerate(news + notices + jy + pics):
        a.path = f"/index.php?m=content&c=index&a=show&catid={a.cat}&id={a.aid}"
        a.body = prose(a.title, PC_NAME, k + 1)
        site[f"/api.php?op=count&id={a.aid}&modelid={3 if a.cat == 9 else 1}"] = (200, (
            f"$('#todaydowns').html('1');$('#weekdowns').html('3');$('#monthdowns').html('9');\n$('#hits').html('{41 + k}');"),
            "application/x-javascript")  # fmt: skip
    scan = notices[4]  # a notice that is one scanned page
    picture = f"/uploadfile/{scan.when:%Y/%m%d/%Y%m%d%H%M%S}482.png"
    scan.body = (
        f'<p style="text-align: center;"><img alt="" src="{H}{picture}" style="width: 700px; height: 990px;" /></p>'
    )
    site[picture] = IMAGE
    shared = news[6]  # 同时发布到 通知公告: its row there links the original
    announ = notices[:5]
    columns = {6: news, 7: sorted([*notices, shared], key=lambda a: a.when, reverse=True), 8: jy, 9: pics}
    for c, rows in columns.items():
        per, ranks = PC_PER[c], pc_ranks(rows[3:9])
        n = -(-len(rows) // per)
        for k in range(1, n + 1):
            part = rows[(k - 1) * per : k * per]
            if c == 9:  # list_picture.html: thumbnails and titles, no dates
                lis = "".join(f'<li><div class="img-wrap"><a href="{pc_url(a)}"><img src="{H}/uploadfile/2023/'
                              f'{a.when:%m%d}/thumb_150_112_{a.aid}0.jpg" width="150" height="112" alt="{a.title}"/></a>'
                              f'</div><span style=" width:143px"><a href="{pc_url(a)}">{a.title}</a></span></li>'
                              for a in part)  # fmt: skip
                main = (f'<div class="main photo-channel">\n\t{pc_crumbs(c, "列表")}\n\t<div class="col-left"><ul class='
                        f'"photo-list picbig">{lis}</ul><div class="bk10"></div><div id="pages" class="text-c">'
                        f"{pc_pages(c, k, n, len(rows))}</div></div>\n</div>")  # fmt: skip
            else:  # list.html
                lis = "".join(f'\t<li><span class="rt">{a.when:%Y-%m-%d %H:%M:%S}</span>·<a href="{pc_url(a)}" target='
                              f'"_blank">{a.title}</a></li>\n' + ('\t<li class="bk20 hr"></li>\n' if i % 5 == 4 else "")
                              for i, a in enumerate(part))  # fmt: skip
                main = (f'<!--main-->\n<div class="main">\n\t<div class="col-left">\n    \t{pc_crumbs(c, "列表")}\n'
                        f'        <ul class="list lh24 f14">\n{lis}        </ul>\n        <div id="pages" class="text-c">'
                        f"{pc_pages(c, k, n, len(rows))}</div>\n  </div>\n{ranks}\n</div>")  # fmt: skip
            site[f"/{pc_cat(c, k)}"] = pc_page(
                f"{PC_CATS[c]} - " if k == 1 else f"{PC_CATS[c]} - 第{k}页 - ", main, announ
            )
        site[f"/{pc_cat(c)}&page=1"] = site[f"/{pc_cat(c)}"]
    for c, rows in ((6, news), (7, notices), (8, jy), (9, pics)):
        ranks = pc_ranks(rows[3:9])
        for i, a in enumerate(rows):  # 上一篇 the older (a smaller id) of its category, 下一篇 the newer
            related = [r for r in rows if r is not a and r.title[:3] == a.title[:3]][:3] if c != 9 else []
            site[a.path] = pc_show(a, rows[i + 1] if i + 1 < len(rows) else None, rows[i - 1] if i else None, related,
                                   ranks, announ)  # fmt: skip
    about = "".join(f"<p>　　{p}</p>" for p in (
        f"{PC_NAME}创办于1998年，是滨江市教育局直属的一所全日制公办小学，现有教学班48个，学生2100余人，教职工126人。",
        "学校秉承“快乐学习、健康成长”的办学理念，形成了书香校园和科技教育两大特色。",
        "学校先后获得省级文明校园、省实验小学、全国青少年科技创新教育示范学校等荣誉称号。",
    ))  # fmt: skip
    site[f"/{pc_cat(2)}"] = pc_page(
        "学校简介 - ", '<div id="content">\n\t<div class="col-left left-nav">\n    \t<h1>学校概况</h1>\n    \t<ul class='
        f'"content"><li class="cur"><a href="{H}/{pc_cat(2)}">学校简介</a></li></ul>\n        <div class="bottom"></div>\n'
        f'    </div>\n  <div class="col-auto">\n    \t<h1 class="title">学校简介</h1>\n        <div class="content">{about}'
        "</div>\n    </div>\n </div>", announ)  # fmt: skip

    def box(c, rows):
        lis = "".join(f'<li><span class="rt">{a.when:%m-%d}</span>·<a href="{pc_url(a)}" target="_blank" title="{a.title}">'
                      f"{a.title if len(a.title) <= 18 else a.title[:18] + '...'}</a></li>" for a in rows)  # fmt: skip
        return (f'<div class="box cat-area"><h5 class="title-2"><a href="{H}/{pc_cat(c)}" class="more">更多&gt;&gt;</a>'
                f'{PC_CATS[c]}</h5><div class="content"><ul class="list lh24 f14">{lis}</ul></div></div><div class="bk10">'
                "</div>")  # fmt: skip

    focus = "".join(f'<li><a href="{pc_url(a)}" target="_blank"><img src="{H}/uploadfile/2023/{a.when:%m%d}/focus{i}.jpg" '
                    f'alt="{a.title}" /></a><span>{a.title}</span></li>' for i, a in enumerate(pics[:3]))  # fmt: skip
    typed = notices[2]  # an editor's 碎片: the parameters in another order, the path without the host
    home = (
        f'<div class="main">\n\t<div class="col-left">\n\t\t<div class="news-hot"><div class="content"><ul class="photo">'
        f"{focus}</ul></div></div>\n{box(6, news[:8])}{box(7, columns[7][:7])}{box(8, jy[:6])}</div>\n\t<div class="
        f'"col-auto">\n\t\t<div class="box"><h5 class="title-2"><a href="{H}/{pc_cat(2)}" class="more">详细&gt;&gt;</a>学校简介'
        f'</h5><div class="content">{PC_NAME}创办于1998年，是滨江市教育局直属的一所全日制公办小学……</div></div>\n'
        '\t\t<div class="bk10"></div><div class="box"><h5 class="title-2">校园公告栏</h5><div class="content"><p><a href='
        f'"/index.php?m=content&c=index&a=show&id={typed.aid}&catid={typed.cat}" target="_blank">{typed.title}</a></p>'
        '</div></div>\n\t\t<div class="bk10"></div><div class="box"><h5 class="title-2">友情链接</h5><div class="content">'
        '<a href="http://www.moe.gov.cn/" target="_blank">教育部</a> <a href="http://jyt.jiangsu.gov.cn/" target="_blank">'
        "江苏省教育厅</a></div></div>\n\t</div>\n</div>"
    )
    site["/"] = site["/index.php"] = pc_page("", home, announ)
    return site, {a.path: a for a in news + notices + jy + pics}


# ---- the fixtures are the sites they claim to be -----------------------------------------------------------------


def test_the_discuz_fixture_is_the_site_it_claims_to_be():
    site, truth = discuz_site(datetime(2023, 7, 3, 9, 41))
    assert len(truth) == 28 + 16 + 10 + 4 and len(html_pages(site)) <= 90
    first = site["/portal.php?mod=list&catid=1"]
    assert ('<div class="pg"><strong>1</strong><a href="portal.php?mod=list&catid=1&amp;page=2">2</a><a href="portal.php'
            '?mod=list&catid=1&amp;page=3">3</a><label>') in first  # fmt: skip
    assert (
        '<span title="共 3 页"> / 3 页</span></label><a href="portal.php?mod=list&catid=1&amp;page=2" class="nxt">'
        in first
    )
    assert "/portal.php?mod=list&catid=1&page=3" in site and "/portal.php?mod=list&catid=1&page=4" not in site
    assert 'class="prev">&nbsp;&nbsp;</a>' in site["/portal.php?mod=list&catid=2&page=2"]
    a = next(a for a in truth.values() if a.when.month < 10 and a.when.day < 10)
    assert (
        f'<p class="xg1">\n\t{a.when.year}-{a.when.month}-{a.when.day} {a.when:%H:%M}<span class="pipe">|</span>'
        in site[a.path]
    )
    assert f'<h1 class="ph">{a.title} </h1>' in site[a.path] and '<td id="article_content">' in site[a.path]
    assert "GMT+8, 2023-7-3 09:41" in site[a.path] and "GMT+8, 2023-7-3 09:41" in site["/"]
    kt = [a.aid for a in truth.values() if a.cat == 4]
    both = site["/portal.php?mod=list&catid=3"] + site["/portal.php?mod=list&catid=3&page=2"]
    assert all(f'aid={n}"' in both and f'aid={n}"' in site["/portal.php?mod=list&catid=4"] for n in kt)
    server = Server(site, ignored=("from",))
    assert "&from=portal" in site["/"] and server.get(f"/portal.php?mod=view&from=portal&aid={kt[0]}") == server.get(
        f"/portal.php?mod=view&aid={kt[0]}"
    )
    assert not re.search(r"20\d\d-\d+-\d+ \d\d:\d\d<", site[f"/{DZ_TOPIC}"].split('id="ft"')[0])


def test_the_phpcms_fixture_is_the_site_it_claims_to_be():
    site, truth = phpcms_site()
    assert len(truth) == 24 + 14 + 12 + 10 and len(html_pages(site)) <= 90
    first = site["/index.php?m=content&c=index&a=lists&catid=6"]
    assert ('<div id="pages" class="text-c"><a class="a1">24条</a> <a href="index.php?m=content&c=index&a=lists&catid=6" '
            'class="a1">上一页</a> <span>1</span> <a href="index.php?m=content&c=index&a=lists&catid=6&page=2">2</a> <a href='
            '"index.php?m=content&c=index&a=lists&catid=6&page=2" class="a1">下一页</a></div>') in first  # fmt: skip
    assert "/index.php?m=content&c=index&a=lists&catid=6&page=3" not in site
    news3, pic3 = (next(a for a in truth.values() if a.aid == 3 and (a.cat == 9) == pic) for pic in (False, True))
    assert news3.path.endswith(f"catid={news3.cat}&id=3") and pic3.path.endswith("catid=9&id=3")
    assert news3.title != pic3.title and news3.title in site[news3.path] and news3.title not in site[pic3.path]
    a = next(a for a in truth.values() if a.cat == 6)
    assert (
        f"<h1>{a.title}<br />\n<span>{a.when:%Y-%m-%d %H:%M:%S}&nbsp;&nbsp;&nbsp;来源：{a.source}&nbsp;&nbsp;&nbsp;评论："
        '<a href="#comment_iframe" id="comment">0</a> 点击：</span><span id="hits"></span></h1>'
    ) in site[a.path]
    assert f'src="{H}/api.php?op=count&id={a.aid}&modelid=1"' in site[a.path]
    server = Server(site, "gbk")
    typed = re.search(r'<a href="(/index\.php\?m=content&c=index&a=show&id=\d+&catid=7)"', site["/"]).group(1)
    assert server.get(typed) == server.get(query_order_free(typed)) and server.get(typed)[0] == 200
    for page in html_pages(site):
        site[page].encode("gbk")


# ---- the crawls and what they must archive ---------------------------------------------------------------------

SITES = {
    "discuz": (discuz_site, lambda site: Server(site, ignored=("from",))),
    "phpcms": (phpcms_site, lambda site: Server(site, "gbk")),
}


@pytest.fixture(scope="module", params=list(SITES))
def crawled(request, tmp_path_factory):
    build, serve = SITES[request.param]
    site, truth = build()
    db = tmp_path_factory.mktemp(request.param) / "disclosure.db"
    return crawl_site(request.param, serve(site), truth, query_order_free, db)


def test_the_archive_holds_exactly_the_sites_articles(crawled):
    check_exact_articles(crawled)


def test_each_archived_article_has_its_title_and_day(crawled):
    check_titles_and_days(crawled)
