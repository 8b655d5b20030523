"""Article pages of government information-disclosure (政府信息公开 / 政务公开 / 校务公开) detail pages, one per CMS
family or template variant, each built around a different shape of the disclosure metadata block (索引号, 发布机构,
成文日期, 发布日期, 文号...) and how it sits beside the title, the publish day and the 来源: written by hand after each
family's public template markup, names, hosts and numbers made up (tests/test_article_families.py checks every field
of each).

Families: TRS WCM 政府信息公开目录 (gkml, a 4-column td table), 大汉 JCMS with the 公开属性 table after the article,
开普云 xxgk-info grid of spaced labels, 得雅 (Cicro) WCM ul of <b> labels with 生成日期/公开日期, 南威 政务公开 dl/dt/dd
with a header 发布时间, a Jiangsu 大汉 xxgk_table whose 标题 row repeats the title, a Zhejiang 政府信息公开 page with one
date/来源/浏览次数 line, a district 校务公开 platform page whose body is a fee table, a TRS zfxxgk page whose meta PubDate
is a day off the visible 发布日期, and a 2010 GBK 信息公开目录 page of <font> label cells padded with &nbsp;."""

from family_page import Page


def gov_head(owner, nav, home="/"):
    links = "".join(f'<li><a href="/col/col{3100 + i}/index.html">{name}</a></li>' for i, name in enumerate(nav))
    return f"""<div class="top"><div class="w1200"><span class="date"><script>document.write(new Date().toLocaleDateString());</script></span>
<span class="top-r"><a href="javascript:;" id="cniil_wza">无障碍浏览</a> | <a href="javascript:;" class="jt">简</a>/<a href="javascript:;" class="ft">繁</a> | <a href="/wap/">手机版</a> | <a href="/rss/">RSS</a></span></div></div>
<div class="header"><div class="logo"><a href="{home}"><img src="/images/logo.png" alt="{owner}" /></a><span>{owner}</span></div>
<div class="search"><form action="/jsearch/search.do" method="get"><input type="text" name="q" value="" placeholder="请输入搜索内容" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><ul><li><a href="{home}">首页</a></li>{links}</ul></div>"""


def gov_foot(owner, icp, police, code):
    return f"""<div class="footer"><div class="f-links"><a href="/sitemap.html">网站地图</a> | <a href="/lxwm.html">联系我们</a> | <a href="/wzsm.html">网站声明</a> | <a href="/yssm.html">隐私声明</a></div>
<p>主办单位：{owner}　　承办：{owner}办公室</p>
<p>版权所有 &copy; {owner}　<a href="https://beian.miit.example.cn/" target="_blank">浙ICP备{icp}号</a>　<img src="/images/ga.png" />浙公网安备 {police}号　网站标识码：{code}</p>
<p><a href="https://zfwzgl.example.gov.cn/jiucuo/" target="_blank"><img src="/images/jiucuo.png" alt="政府网站找错" /></a><a href="https://bszs.example.gov.cn/" target="_blank"><img src="/images/dzjg.png" alt="党政机关" /></a></p></div>"""


def dated(rows, item='<li><a href="{href}" target="_blank" title="{t}">{t}</a><span class="date">{d}</span></li>'):
    return "".join(
        item.format(href=f"/art/2021/{i + 1}/{10 + i}/art_3120_{5560 + i}.html", t=t, d=d)
        for i, (t, d) in enumerate(rows)
    )


XXGK_NAV = [
    "政务公开",
    "政府信息公开",
    "政务服务",
    "政民互动",
    "数据开放",
    "走进宁江",
    "专题专栏",
    "新闻中心",
    "重点领域",
    "规划计划",
]
DISTRICT_NAV = [
    "区情概况",
    "要闻动态",
    "信息公开",
    "政务服务",
    "互动交流",
    "专题专栏",
    "数据发布",
    "投资甬北",
    "办事指南",
]


# (1) TRS WCM 政府信息公开目录 (gkml) detail of a city bureau: a 4-column table (label td, value td, label td, value
# td) of 索引号/分类, 发布机构/成文日期, 文号/发布日期, 主题词/有效性 ABOVE the title; 成文日期 four days before 发布日期;
# 来源 (a division, not the 发布机构) only in the line under the title with 字号 and 打印; the body in
# div.TRS_Editor ends with the signature date of 成文日期; 相关信息 with dates and a side column of the gkml tree
TRS_GKML_4COL = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>宁江市人力资源和社会保障局关于开展2021年度职业技能等级认定工作的通知</title>
<meta name="SiteName" content="宁江市人民政府门户网站">
<meta name="SiteDomain" content="www.ningjiang.example.gov.cn">
<meta name="ColumnName" content="政府信息公开目录">
<meta name="ArticleTitle" content="宁江市人力资源和社会保障局关于开展2021年度职业技能等级认定工作的通知">
<meta name="PubDate" content="2021-04-12 15:06">
<link rel="stylesheet" href="/gkml/images/gkml.css" />
</head>
<body>
{gov_head("宁江市人民政府", XXGK_NAV)}
<div class="main w1200">
<div class="left-side"><div class="side-title">政府信息公开目录</div><ul class="gkml-tree">
<li><a href="/gkml/jgzn/">机构职能</a></li><li><a href="/gkml/zcwj/">政策文件</a></li><li><a href="/gkml/ghjh/">规划计划</a></li>
<li><a href="/gkml/rsxx/">人事信息</a></li><li><a href="/gkml/jyjs/">就业创业</a></li><li><a href="/gkml/czzj/">财政资金</a></li></ul></div>
<div class="right-main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/gkml/">政府信息公开目录</a> &gt; <a href="/gkml/jyjs/">就业创业</a></div>
<table class="gkml-table" width="100%" border="0" cellspacing="1" cellpadding="0">
<tr><td class="gkml-l" width="15%">索引号：</td><td class="gkml-r" width="35%">002571000/2021-01873</td><td class="gkml-l" width="15%">分类：</td><td class="gkml-r" width="35%">劳动、人事、监察；通知</td></tr>
<tr><td class="gkml-l">发布机构：</td><td class="gkml-r">宁江市人力资源和社会保障局</td><td class="gkml-l">成文日期：</td><td class="gkml-r">2021-04-08</td></tr>
<tr><td class="gkml-l">文号：</td><td class="gkml-r">甬江人社发〔2021〕22号</td><td class="gkml-l">发布日期：</td><td class="gkml-r">2021-04-12</td></tr>
<tr><td class="gkml-l">主题词：</td><td class="gkml-r">技能人才 等级认定</td><td class="gkml-l">有效性：</td><td class="gkml-r">有效</td></tr>
</table>
<div class="gkml-title"><h1>宁江市人力资源和社会保障局关于开展2021年度职业技能等级认定工作的通知</h1></div>
<div class="gkml-source">来源：市人力社保局职业能力建设处　　【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】　【<a href="javascript:window.print()">打印</a>】</div>
<div class="gkml-content" id="zoom"><div class="TRS_Editor">
<p>各区（县、市）人力社保局，市级有关单位，各职业技能等级认定机构：</p>
<p style="text-indent:2em;">为加快技能人才队伍建设，根据省人力社保厅关于推行职业技能等级认定的有关要求，现就开展我市2021年度职业技能等级认定工作通知如下。</p>
<p style="text-indent:2em;">一、认定范围。凡在我市就业的企业职工、院校学生及社会人员，均可按规定申报相应职业（工种）的技能等级认定。</p>
<p style="text-indent:2em;">二、认定方式。认定工作由经备案的用人单位和社会培训评价组织实施，全年分四个批次组织，具体安排另行公布。</p>
<p style="text-indent:2em;">三、补贴政策。取得高级工及以上证书的，按规定享受技能提升补贴，补贴资金从失业保险基金中列支。</p>
<p style="text-align:right;">宁江市人力资源和社会保障局</p>
<p style="text-align:right;">2021年4月8日</p>
</div></div>
<div class="gkml-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.opener=null;window.close()">关闭窗口</a>】</div>
<div class="gkml-related"><h3>相关信息</h3><ul>
{dated([("宁江市人力资源和社会保障局关于公布2020年度职业技能等级认定结果的通知", "2021-01-20"), ("宁江市2021年度技能提升补贴申领指南", "2021-03-26"), ("关于做好2021年高校毕业生就业创业工作的通知", "2021-04-02")])}
</ul></div>
</div>
</div>
{gov_foot("宁江市人民政府办公室", "05003456", "33020302000111", "3302000001")}
</body>
</html>
"""

# (2) 大汉 JCMS 2015 article template of a district bureau with the 公开属性 block AFTER the article: the title in
# td.title, a tool line of 字号/打印 without any date, the body in div#zoom ending with a signature dated four days
# before publication, then a 6-row 2-column table (索引号, 发布机构, 信息来源, 发布日期, 文号, 公开方式) holding the only
# 发布日期 and the 来源; 上一篇/下一篇 and a 相关信息 list with dates after it
HANWEB_META_BELOW = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>甬北区卫生健康局关于做好2021年适龄儿童免疫规划疫苗查漏补种工作的通知</title>
<meta name="ColumnName" content="通知公告">
<link href="/module/jslib/jcms.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/module/jslib/jquery/jquery.js"></script>
</head>
<body>
{gov_head("宁江市甬北区卫生健康局", DISTRICT_NAV)}
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/col/col3102/index.html">信息公开</a> &gt; <a href="/col/col3140/index.html">通知公告</a></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="article-box">
<tr><td class="title" align="center">甬北区卫生健康局关于做好2021年适龄儿童免疫规划疫苗查漏补种工作的通知</td></tr>
<tr><td class="tools" align="center">【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】【<a href="javascript:window.print()">打印</a>】</td></tr>
<tr><td><div id="zoom">
<p>各镇（街道）社区卫生服务中心，区属各医疗卫生单位：</p>
<p style="text-indent:2em;">为进一步提高适龄儿童免疫规划疫苗接种率，巩固免疫屏障，根据市卫生健康委统一部署，决定在全区开展适龄儿童免疫规划疫苗查漏补种工作。</p>
<p style="text-indent:2em;">一、补种对象为辖区内14周岁以下、未按程序完成免疫规划疫苗接种的儿童，重点是流动儿童和入托入学新生。</p>
<p style="text-indent:2em;">二、各接种单位要逐一核查儿童预防接种证和信息系统记录，对漏种儿童建立台账，于6月30日前完成补种。</p>
<p style="text-align:right;">宁江市甬北区卫生健康局</p>
<p style="text-align:right;">2021年5月14日</p>
</div></td></tr>
</table>
<table width="1000" border="1" align="center" cellpadding="6" cellspacing="0" class="xxgk-attr">
<tr><td width="20%" class="attr-l">索引号</td><td class="attr-r">11330206MB1987654W/2021-00214</td></tr>
<tr><td class="attr-l">发布机构</td><td class="attr-r">宁江市甬北区卫生健康局</td></tr>
<tr><td class="attr-l">信息来源</td><td class="attr-r">区卫生健康局疾控科</td></tr>
<tr><td class="attr-l">发布日期</td><td class="attr-r">2021-05-18</td></tr>
<tr><td class="attr-l">文号</td><td class="attr-r">甬北卫〔2021〕37号</td></tr>
<tr><td class="attr-l">公开方式</td><td class="attr-r">主动公开</td></tr>
</table>
<div class="article-nav"><p>上一篇：<a href="/art/2021/5/11/art_3140_5551.html">甬北区2021年爱国卫生月活动方案</a></p><p>下一篇：<a href="/art/2021/5/20/art_3140_5580.html">甬北区卫生健康局关于开展医疗机构依法执业专项检查的通知</a></p></div>
<div class="related"><div class="related-t">相关信息</div><ul>
{dated([("甬北区2020年适龄儿童免疫规划疫苗查漏补种工作总结", "2021-01-15"), ("关于开展2021年全国儿童预防接种日宣传活动的通知", "2021-04-20")])}
</ul></div>
{gov_foot("宁江市甬北区卫生健康局", "05011223", "33020602000345", "3302060023")}
</body>
</html>
"""

# (3) 开普云 (Kaipu) 2020 信息公开 detail: a div.xxgk-info grid of div.item > span.label + span.value whose labels
# carry inner spaces (索 引 号, 发 布 机 构, 成 文 日 期, 发 布 日 期, 来　　源 with U+3000) and full-width colons;
# 成文日期 two days before 发布日期, 来源 a division beside the 发布机构; the title in ucaptitle under the grid, the body
# in ucapcontent; 打印/关闭, 上一篇/下一篇 and a 相关文件 list with dates
KAIPU_XXGK_GRID = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>宁江市交通运输局关于印发《宁江市农村公路养护管理考核办法》的通知-宁江市交通运输局</title>
<link href="/njjtj/xhtml/css/xxgk.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/njjtj/xhtml/js/jquery.js"></script>
</head>
<body>
{gov_head("宁江市交通运输局", XXGK_NAV, home="/njjtj/index.shtml")}
<div class="location">当前位置：<a href="/njjtj/index.shtml">首页</a> &gt; <a href="/njjtj/xxgk/index.shtml">政府信息公开</a> &gt; <a href="/njjtj/gfxwj/list.shtml">规范性文件</a></div>
<div class="xxgk-detail">
<div class="xxgk-info">
<div class="item"><span class="label">索 引 号：</span><span class="value">11330200002560123P/2021-00045</span></div>
<div class="item"><span class="label">主题分类：</span><span class="value">交通</span></div>
<div class="item"><span class="label">发 布 机 构：</span><span class="value">宁江市交通运输局</span></div>
<div class="item"><span class="label">来　　源：</span><span class="value">市交通运输局公路管理处</span></div>
<div class="item"><span class="label">成 文 日 期：</span><span class="value">2021-06-01</span></div>
<div class="item"><span class="label">发 布 日 期：</span><span class="value">2021-06-03</span></div>
<div class="item"><span class="label">文　　号：</span><span class="value">甬江交〔2021〕19号</span></div>
<div class="item"><span class="label">有 效 性：</span><span class="value">有效</span></div>
</div>
<div class="xxgk-title"><ucaptitle>宁江市交通运输局关于印发《宁江市农村公路养护管理考核办法》的通知</ucaptitle></div>
<div class="xxgk-zw" id="zoom"><ucapcontent>
<p>各区（县、市）交通运输局，局属各单位：</p>
<p style="text-indent:2em;">现将《宁江市农村公路养护管理考核办法》印发给你们，请认真贯彻执行。</p>
<p style="text-indent:2em;">本办法所称农村公路，是指纳入农村公路统计年报的县道、乡道和村道。考核结果与市级养护补助资金分配挂钩。</p>
<p style="text-indent:2em;">本办法自2021年7月1日起施行，有效期五年。原《宁江市农村公路养护考核细则》同时废止。</p>
</ucapcontent></div>
<div class="xxgk-btn">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="prev-next"><p>上一篇：<a href="/njjtj/gfxwj/202105/a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5d.shtml">宁江市交通运输局关于规范道路运输驾驶员培训管理的通知</a></p><p>下一篇：<a href="/njjtj/gfxwj/202106/f0e1d2c3b4a54968a7b6c5d4e3f2a1b0.shtml">宁江市城市公共交通运营服务考核办法</a></p></div>
<div class="xgwj"><h4>相关文件</h4><ul>
{dated([("《宁江市农村公路养护管理考核办法》政策解读", "2021-06-03"), ("宁江市2020年度农村公路养护考核结果通报", "2021-02-24")])}
</ul></div>
</div>
{gov_foot("宁江市交通运输局", "05023456", "33020302000890", "3302000044")}
</body>
</html>
"""

# (4) 得雅 (Cicro) WCM 政务公开 info page of a district bureau: a ul of <li><b>label：</b>value</li> (索引号, 文号,
# 发布机构, 主题分类, 体裁分类, 生成日期, 公开日期, 公开方式) with no 发布日期 at all: the publish day is 公开日期, three
# days after 生成日期; no 来源 anywhere (发布机构 is the issuer); the body ends with a signature dated the 生成日期; a
# side column of the 公开目录, 打印/关闭 and 上一篇/下一篇
CICRO_UL_B = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>甬北区民政局关于2021年第三季度城乡低保标准调整的公告_宁江市甬北区人民政府</title>
<link href="/sys/js/jquery-ui/themes/base/ui.all.css" rel="stylesheet" type="text/css" />
<link href="/zwgk/css/zwgk.css" rel="stylesheet" type="text/css" />
</head>
<body>
{gov_head("宁江市甬北区人民政府", DISTRICT_NAV)}
<div class="curr_pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmgk/">部门公开</a> &gt; <a href="/zwgk/bmgk/mzj/">区民政局</a></div>
<div class="zwgk_main">
<div class="zwgk_left"><h3>公开目录</h3><ul>
<li><a href="/zwgk/bmgk/mzj/jgzn/">机构职能</a></li><li><a href="/zwgk/bmgk/mzj/zcfg/">政策法规</a></li><li><a href="/zwgk/bmgk/mzj/shjz/">社会救助</a></li>
<li><a href="/zwgk/bmgk/mzj/ylfw/">养老服务</a></li><li><a href="/zwgk/bmgk/mzj/czzj/">财政资金</a></li><li><a href="/zwgk/bmgk/mzj/ysqgk/">依申请公开</a></li></ul></div>
<div class="zwgk_right">
<div class="gk_info"><ul>
<li><b>索引号：</b>MB1C45678-2/2021-00321</li>
<li><b>文号：</b>甬北民〔2021〕26号</li>
<li><b>发布机构：</b>宁江市甬北区民政局</li>
<li><b>主题分类：</b>民政、扶贫、救灾</li>
<li><b>体裁分类：</b>公告</li>
<li><b>生成日期：</b>2021-07-09</li>
<li><b>公开日期：</b>2021-07-12</li>
<li><b>公开方式：</b>主动公开</li>
</ul></div>
<div class="gk_title"><h1>甬北区民政局关于2021年第三季度城乡低保标准调整的公告</h1></div>
<div class="gk_content" id="info_content">
<p style="text-indent:2em;">根据市人民政府关于调整城乡居民最低生活保障标准的通知精神，经区人民政府同意，现将我区城乡低保标准调整事项公告如下。</p>
<p style="text-indent:2em;">一、自2021年7月1日起，我区城乡居民最低生活保障标准统一调整为每人每月1050元。</p>
<p style="text-indent:2em;">二、特困人员基本生活标准按不低于当地低保标准的1.3倍同步调整，所需资金由区、镇两级财政按比例负担。</p>
<p style="text-indent:2em;">三、各镇（街道）要在7月底前完成在册对象的标准调整和补差发放，确保调标资金及时足额到位。</p>
<p style="text-align:right;">宁江市甬北区民政局</p>
<p style="text-align:right;">2021年7月9日</p>
</div>
<div class="gk_tool">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="gk_page"><p>上一篇：<a href="/zwgk/bmgk/mzj/shjz/202106/t20210625_1021.html">甬北区2021年6月城乡低保资金发放情况公示</a></p><p>下一篇：<a href="/zwgk/bmgk/mzj/shjz/202107/t20210720_1034.html">甬北区临时救助实施细则（试行）</a></p></div>
</div>
</div>
{gov_foot("宁江市甬北区人民政府办公室", "05011111", "33020602000100", "3302060001")}
</body>
</html>
"""

# (5) 南威 (Linewell) 政务公开 detail of a city bureau: a dl of <dt>label</dt><dd>value</dd> pairs (索引号, 发布机构,
# 成文日期 2021-08-02, 文号, 公开方式) above the title, and under the title a header line of spans 发布时间：2021-08-06
# 15:30 / 来源 / 浏览次数 (an empty em): the publish day is the 发布时间, not the 成文日期; 来源 is a division, not the
# 发布机构; 打印/关闭, 上一篇/下一篇 and a 相关阅读 list with dates
NANWEI_DL = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>宁江市市场监督管理局关于开展2021年度食品生产企业飞行检查的通告 - 宁江市市场监督管理局</title>
<link rel="stylesheet" href="/static/nw/css/zwgk-detail.css" />
</head>
<body>
{gov_head("宁江市市场监督管理局", XXGK_NAV)}
<div class="bread">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a> &gt; 详情</div>
<div class="zwgk-detail">
<div class="zwgk-attr"><dl>
<dt>索引号</dt><dd>11330200MB2233445X/2021-00678</dd>
<dt>发布机构</dt><dd>宁江市市场监督管理局</dd>
<dt>成文日期</dt><dd>2021-08-02</dd>
<dt>文号</dt><dd>甬江市监告〔2021〕9号</dd>
<dt>公开方式</dt><dd>主动公开</dd>
</dl></div>
<h1 class="zwgk-title">宁江市市场监督管理局关于开展2021年度食品生产企业飞行检查的通告</h1>
<div class="zwgk-meta"><span>发布时间：2021-08-06 15:30</span><span>来源：市市场监管局食品生产处</span><span>浏览次数：<em id="viewCount"></em></span></div>
<div class="zwgk-content">
<p style="text-indent:2em;">为进一步落实食品生产企业主体责任，防范化解食品安全风险，我局决定于2021年8月至11月在全市开展食品生产企业飞行检查。现将有关事项通告如下。</p>
<p style="text-indent:2em;">一、检查对象为全市取得食品生产许可证的企业，重点是乳制品、肉制品、婴幼儿辅助食品和特殊医学用途配方食品生产企业。</p>
<p style="text-indent:2em;">二、检查采取“不发通知、不打招呼、不听汇报、不用陪同接待、直奔现场”的方式进行，检查结果向社会公开。</p>
<p style="text-indent:2em;">三、对检查中发现的违法违规行为，依法从严查处；涉嫌犯罪的，移送公安机关处理。</p>
</div>
<div class="zwgk-tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="zwgk-page"><p>上一篇：<a href="/zwgk/tzgg/2021-07-28/7712.html">宁江市市场监督管理局关于2021年第二季度食品安全监督抽检情况的通告</a></p><p>下一篇：<a href="/zwgk/tzgg/2021-08-10/7745.html">宁江市市场监督管理局关于开展电梯安全隐患排查的通知</a></p></div>
<div class="zwgk-xgyd"><h4>相关阅读</h4><ul>
{dated([("宁江市2020年度食品生产企业飞行检查结果公告", "2021-01-08"), ("宁江市市场监督管理局关于加强婴幼儿配方乳粉质量安全监管的通知", "2021-05-19")])}
</ul></div>
</div>
{gov_foot("宁江市市场监督管理局", "05030303", "33020302000303", "3302000061")}
</body>
</html>
"""

# (6) Jiangsu-style 大汉 信息公开 page: table.xxgk_table > tbody of td label/value pairs (索引号/分类, 发布机构/发布日期,
# 标题 spanning three cells, 文号/主题词) whose 标题 row repeats the title, the visible <h1> the same title again and
# <meta name="ArticleTitle"> a third time; no 来源 (发布机构 is the issuer); the body in div#Zoom ends with a
# signature two days before 发布日期; the menu links the site's 首页 and the platform's 信息公开首页; 【打印】【关闭】,
# 上一篇/下一篇 and 相关信息 with dates
JS_XXGK_TABLE_TITLE = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>宁江市体育局关于举办2021年宁江市全民健身运动会的通知 - 宁江市体育局</title>
<meta name="SiteName" content="宁江市体育局">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="宁江市体育局关于举办2021年宁江市全民健身运动会的通知">
<meta name="PubDate" content="2021-09-10 11:20">
<meta name="ContentSource" content="">
<link rel="stylesheet" href="/module/xxgk/css/xxgk_table.css" />
</head>
<body>
{gov_head("宁江市体育局", ["信息公开首页", "机构概况", "体育新闻", "信息公开", "全民健身", "竞技体育", "体育产业", "办事服务", "互动交流"])}
<div class="bt-position">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/col/col3103/index.html">信息公开</a> &gt;&gt; <a href="/col/col3150/index.html">通知公告</a></div>
<div class="main-box">
<table class="xxgk_table" cellspacing="0" cellpadding="0" border="0"><tbody>
<tr><td class="xxgk_td1">索引号：</td><td class="xxgk_td2">014000571/2021-00456</td><td class="xxgk_td1">分类：</td><td class="xxgk_td2">文化、广电、新闻出版\\体育；通知</td></tr>
<tr><td class="xxgk_td1">发布机构：</td><td class="xxgk_td2">宁江市体育局</td><td class="xxgk_td1">发布日期：</td><td class="xxgk_td2">2021-09-10</td></tr>
<tr><td class="xxgk_td1">标题：</td><td class="xxgk_td2" colspan="3">宁江市体育局关于举办2021年宁江市全民健身运动会的通知</td></tr>
<tr><td class="xxgk_td1">文号：</td><td class="xxgk_td2">甬江体发〔2021〕31号</td><td class="xxgk_td1">主题词：</td><td class="xxgk_td2">全民健身</td></tr>
</tbody></table>
<div class="article-title"><h1>宁江市体育局关于举办2021年宁江市全民健身运动会的通知</h1></div>
<div class="article_content" id="Zoom">
<p>各区（县、市）文体局，市级各单项体育协会：</p>
<p style="text-indent:2em;">为深入实施全民健身国家战略，丰富群众体育文化生活，经研究，决定于2021年10月至11月举办2021年宁江市全民健身运动会。</p>
<p style="text-indent:2em;">一、运动会设气排球、门球、广场舞、健身气功、乒乓球、登山等12个项目，各项目竞赛规程另行印发。</p>
<p style="text-indent:2em;">二、请各单位于9月30日前将报名表报送市体育局群众体育处。</p>
<p style="text-align:right;">宁江市体育局</p>
<p style="text-align:right;">2021年9月8日</p>
</div>
<div class="article-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="article-sxp"><p>上一篇：<a href="/art/2021/9/1/art_3150_5501.html">宁江市体育局关于公布2021年度体育社会组织评估结果的通知</a></p><p>下一篇：<a href="/art/2021/9/15/art_3150_5540.html">宁江市体育局关于开展体育场馆安全生产大检查的通知</a></p></div>
<div class="xgxx"><h4>相关信息</h4><ul>
{dated([("2020年宁江市全民健身运动会圆满闭幕", "2020-11-30"), ("宁江市全民健身实施计划（2021—2025年）", "2021-08-16")])}
</ul></div>
</div>
{gov_foot("宁江市体育局", "05040404", "33020302000404", "3302000072")}
</body>
</html>
"""

# (7) Zhejiang 政府信息公开 page of a district bureau (浙江政务服务网 xxgk template): the title in div.xxgk_title,
# ONE text line "发布日期：2021-03-05 来源：甬北区农业农村局 浏览次数：" with plain spaces between the fields and the count
# written into an empty span by a script; a 信息公开 side column, 【打印】【关闭】, 上一篇/下一篇 and 相关信息 with dates
ZJ_ONE_LINE = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>甬北区2021年春耕备耕农资保供工作方案</title>
<meta name="ColumnName" content="工作计划">
<link rel="stylesheet" href="/static/zjxxgk/css/detail.css" />
<script src="/static/zjxxgk/js/jquery.min.js"></script>
</head>
<body>
{gov_head("宁江市甬北区人民政府", DISTRICT_NAV)}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; <a href="/xxgk/bmxxgk/nyncj/">区农业农村局</a> &gt; <a href="/xxgk/bmxxgk/nyncj/gzjh/">工作计划</a></div>
<div class="xxgk_main">
<div class="xxgk_side"><div class="side_t">信息公开</div><ul>
<li><a href="/xxgk/bmxxgk/nyncj/xxgkzn/">信息公开指南</a></li><li><a href="/xxgk/bmxxgk/nyncj/xxgkzd/">信息公开制度</a></li><li><a href="/xxgk/bmxxgk/nyncj/fdzdgknr/">法定主动公开内容</a></li>
<li><a href="/xxgk/bmxxgk/nyncj/ndbg/">信息公开年报</a></li><li><a href="/xxgk/ysqgk/">依申请公开</a></li></ul></div>
<div class="xxgk_con">
<div class="xxgk_title">甬北区2021年春耕备耕农资保供工作方案</div>
<div class="xxgk_time">发布日期：2021-03-05 来源：甬北区农业农村局 浏览次数：<span id="hits"></span><script>$.get("/module/visitcount/articlehits.jsp?colid=3120&artid=5612",function(d){{document.getElementById("hits").innerHTML=$.trim(d);}});</script></div>
<div class="xxgk_zw" id="zoom">
<p style="text-indent:2em;">为切实做好2021年春耕备耕农资保供工作，确保粮食生产开好局、起好步，结合我区实际，制定本方案。</p>
<p style="text-indent:2em;">一、目标任务。春耕期间全区化肥储备不少于3000吨、农药储备不少于80吨，确保农资供应充足、价格总体稳定、质量安全可靠。</p>
<p style="text-indent:2em;">二、主要措施。组织农资经营企业提前调运储备，开展农资打假专项行动，组建农技服务小分队深入田间地头指导春耕生产。</p>
<p style="text-indent:2em;">三、保障措施。各镇（街道）要明确分管领导和联络员，每周五前将农资储备和供应情况报区农业农村局。</p>
</div>
<div class="xxgk_tool">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="xxgk_sxp"><p>上一篇：<a href="/xxgk/bmxxgk/nyncj/gzjh/202102/t20210222_5590.html">甬北区2021年农业农村工作要点</a></p><p>下一篇：<a href="/xxgk/bmxxgk/nyncj/gzjh/202103/t20210312_5630.html">甬北区2021年高标准农田建设实施方案</a></p></div>
<div class="xxgk_xgxx"><h4>相关信息</h4><ul>
{dated([("甬北区2020年春耕备耕工作总结", "2020-06-10"), ("甬北区农业农村局关于做好2021年春季动物防疫工作的通知", "2021-03-01")])}
</ul></div>
</div>
</div>
{gov_foot("宁江市甬北区人民政府办公室", "05011111", "33020602000100", "3302060001")}
</body>
</html>
"""

# (8) 校务公开 detail on a district education platform's school-site group (学校网站群): a small 公开 table of one row
# (公开时间 | 2021-08-30 | 公开部门 | 总务处 | 公开类别 | 收费公示) under the title, no 来源 (公开部门 is who discloses it);
# the body is a fee table only: a merged caption cell, a header row, fee rows and a merged 监督电话 cell last; a
# 校务公开 side list with dates, 【打印】【关闭】, 上一篇/下一篇 and the platform's footer
SCHOOL_XWGK_FEE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>甬北区实验小学2021学年第一学期收费项目公示 - 校务公开 - 宁江市甬北区实验小学</title>
<link rel="stylesheet" href="/school/template/t05/css/detail.css" />
</head>
<body>
<div class="school-top"><div class="school-name"><img src="/school/upload/yb_syxx/logo.png" alt="宁江市甬北区实验小学" />宁江市甬北区实验小学</div>
<div class="platform">甬北教育云平台 | <a href="https://edu.ybq.example.gov.cn/">区教育局</a> | <a href="/login.html">登录</a></div></div>
<div class="school-nav"><ul><li><a href="/yb_syxx/">学校首页</a></li><li><a href="/yb_syxx/xxgk/">学校概况</a></li><li><a href="/yb_syxx/xwdt/">新闻动态</a></li><li><a href="/yb_syxx/tzgg/">通知公告</a></li><li><a href="/yb_syxx/xwgk/">校务公开</a></li><li><a href="/yb_syxx/jyjx/">教育教学</a></li><li><a href="/yb_syxx/dyyd/">德育园地</a></li><li><a href="/yb_syxx/jsfc/">教师风采</a></li><li><a href="/yb_syxx/xsyd/">学生园地</a></li><li><a href="/yb_syxx/jxhd/">家校互动</a></li></ul></div>
<div class="school-main">
<div class="school-side"><div class="side-t">校务公开</div><ul>
<li><a href="/yb_syxx/xwgk/2021/0825/d3456.html">2021学年第一学期作息时间表</a><span>08-25</span></li>
<li><a href="/yb_syxx/xwgk/2021/0701/d3390.html">2021年一年级新生录取名单公示</a><span>07-01</span></li>
<li><a href="/yb_syxx/xwgk/2021/0226/d3201.html">2020学年第二学期收费项目公示</a><span>02-26</span></li></ul></div>
<div class="school-detail">
<div class="crumb">当前位置：<a href="/yb_syxx/">首页</a> &gt; <a href="/yb_syxx/xwgk/">校务公开</a> &gt; 正文</div>
<h2 class="d-title">甬北区实验小学2021学年第一学期收费项目公示</h2>
<table class="gk-table" cellspacing="0" cellpadding="4" border="1"><tr><td class="gk-l">公开时间</td><td>2021-08-30</td><td class="gk-l">公开部门</td><td>总务处</td><td class="gk-l">公开类别</td><td>收费公示</td></tr></table>
<div class="d-content" id="content">
<table border="1" cellspacing="0" cellpadding="5" width="100%" style="border-collapse:collapse;">
<tr><td colspan="5" align="center"><strong>甬北区实验小学2021学年第一学期服务性收费和代收费项目一览表</strong></td></tr>
<tr><td>序号</td><td>类别</td><td>项目</td><td>收费标准</td><td>收费依据</td></tr>
<tr><td>1</td><td>服务性收费</td><td>午餐费</td><td>每生每餐9元</td><td>甬北教〔2021〕40号</td></tr>
<tr><td>2</td><td>服务性收费</td><td>课后服务费</td><td>每生每学期500元</td><td>甬北发改〔2021〕12号</td></tr>
<tr><td>3</td><td>代收费</td><td>作业本费</td><td>每生每学期22元</td><td>甬北教〔2021〕41号</td></tr>
<tr><td>4</td><td>代收费</td><td>校服费</td><td>每套260元</td><td>家长自愿购买</td></tr>
<tr><td colspan="5">监督电话：甬北区教育局0574-88120000，甬北区市场监督管理局0574-88123150</td></tr>
</table>
</div>
<div class="d-tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="d-page"><p>上一篇：<a href="/yb_syxx/xwgk/2021/0825/d3456.html">2021学年第一学期作息时间表</a></p><p>下一篇：<a href="/yb_syxx/xwgk/2021/0906/d3480.html">2021学年第一学期课后服务安排</a></p></div>
</div>
</div>
<div class="school-foot"><p>宁江市甬北区实验小学 版权所有　地址：宁江市甬北区学士路18号　电话：0574-88126000</p>
<p>浙ICP备05066778号　技术支持：甬北区教育技术中心</p></div>
</body>
</html>
"""

# (9) TRS WCM 2019 zfxxgk detail of a city bureau: <meta name="PubDate"> says 2021-03-04 17:42 but the page shows
# 发布日期：2021年03月05日 (the reader's day); the metadata block is lines of two fields each separated by U+3000 runs
# (索引号 + 主题分类, 发布机构 + 发布日期, 文号 + 信息来源), which is the only visible date on the page: the side column
# and 上一篇/下一篇 carry no dates and the body has no signature date; 信息来源 is a division, not the 发布机构
TRS_PUBDATE_OFF = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>宁江市住房和城乡建设局关于公布2021年第一批历史建筑保护名录的公告</title>
<meta name="SiteName" content="宁江市住房和城乡建设局">
<meta name="SiteDomain" content="zjj.ningjiang.example.gov.cn">
<meta name="ColumnName" content="法定主动公开内容">
<meta name="ArticleTitle" content="宁江市住房和城乡建设局关于公布2021年第一批历史建筑保护名录的公告">
<meta name="PubDate" content="2021-03-04 17:42">
<link rel="stylesheet" href="/images/zfxxgk.css" />
</head>
<body>
{gov_head("宁江市住房和城乡建设局", XXGK_NAV)}
<div class="dqwz">当前位置：<a href="/" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="/zfxxgk/" class="CurrChnlCls">政府信息公开</a>&nbsp;&gt;&nbsp;<a href="/zfxxgk/fdzdgknr/" class="CurrChnlCls">法定主动公开内容</a></div>
<div class="zfxxgk-box">
<div class="zfxxgk-side"><h3>政府信息公开</h3><ul><li><a href="/zfxxgk/zn/">政府信息公开指南</a></li><li><a href="/zfxxgk/zd/">政府信息公开制度</a></li><li><a href="/zfxxgk/fdzdgknr/">法定主动公开内容</a></li><li><a href="/zfxxgk/ndbg/">政府信息公开年报</a></li><li><a href="/zfxxgk/ysqgk/">依申请公开</a></li></ul></div>
<div class="zfxxgk-main">
<div class="xxgk-attr">
<p>索引号：002571044/2021-00156　　　主题分类：城乡建设、环境保护</p>
<p>发布机构：宁江市住房和城乡建设局　　　发布日期：2021年03月05日</p>
<p>文号：甬江建告〔2021〕3号　　　信息来源：市住建局历史建筑保护处</p>
</div>
<div class="xxgk-title"><h2>宁江市住房和城乡建设局关于公布2021年第一批历史建筑保护名录的公告</h2></div>
<div class="xxgk-zw"><div class="TRS_Editor">
<p style="text-indent:2em;">根据《历史文化名城名镇名村保护条例》和《宁江市历史建筑保护管理办法》，经市人民政府批准，现将宁江市2021年第一批历史建筑保护名录予以公布。</p>
<p style="text-indent:2em;">本批历史建筑共28处，其中甬北区11处、江北区9处、宁江县8处，名录详见附件。</p>
<p style="text-indent:2em;">各历史建筑所有权人、使用人应当按照保护要求做好日常维护，不得擅自拆除、改建、扩建历史建筑。</p>
<p style="text-indent:2em;">附件：宁江市2021年第一批历史建筑保护名录</p>
</div></div>
<div class="xxgk-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="xxgk-sxp"><p>上一篇：<a href="../202102/t20210226_4410.html">宁江市住房和城乡建设局2021年度政府信息公开工作要点</a></p><p>下一篇：<a href="../202103/t20210311_4452.html">宁江市住房和城乡建设局关于开展建筑施工扬尘专项整治的通知</a></p></div>
</div>
</div>
{gov_foot("宁江市住房和城乡建设局", "05050505", "33020302000505", "3302000083")}
</body>
</html>
"""

# (10) A 2010 county 政府信息公开目录 system page in GBK, table layout (ShowInfo.asp): the label cells carry <font>
# and &nbsp; padding inside the label (索&nbsp;引&nbsp;号, 来&nbsp;&nbsp;&nbsp;&nbsp;源), value cells open with &nbsp;&nbsp;;
# rows 索引号/信息分类, 发布机构/发布日期, 文号/来源, and a 内容概述 row (a summary that is no body); the title in a
# <font><b> cell, the body in td.content with &nbsp; indents, ending with a ○ signature date three days before
# 发布日期; 【打印】【关闭】, 上一条/下一条, a 相关信息 table with dates and the old footer
GBK_2010_GKML = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>宁江县政府信息公开目录系统--宁江县教育局关于2010年秋季中小学收费标准的公示</title>
<link href="../css/gkml.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="../images/gkml_banner.jpg" width="980" height="110" alt="宁江县政府信息公开目录系统"></td></tr>
<tr><td height="30" class="menu" align="center"><a href="../index.asp">首页</a> | <a href="../gkzn.asp">公开指南</a> | <a href="../gkzd.asp">公开制度</a> | <a href="../InfoList.asp?bm=0">公开目录</a> | <a href="../ysq.asp">依申请公开</a> | <a href="../ndbg.asp">年度报告</a> | <a href="../jdjc.asp">监督检查</a> | <a href="../search.asp">信息检索</a></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="26" class="wz">&nbsp;&nbsp;当前位置：<a href="../index.asp">首页</a> &gt;&gt; <a href="../InfoList.asp?bm=12">县教育局</a> &gt;&gt; <a href="../InfoList.asp?bm=12&lb=5">财政收费</a></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="200" valign="top" class="leftbg"><table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="left_t">&nbsp;部门导航</td></tr>
<tr><td class="left_l"><a href="../InfoList.asp?bm=1">县政府办公室</a><br><a href="../InfoList.asp?bm=12">县教育局</a><br><a href="../InfoList.asp?bm=13">县财政局</a><br><a href="../InfoList.asp?bm=14">县卫生局</a><br><a href="../InfoList.asp?bm=15">县民政局</a></td></tr></table></td>
<td width="780" valign="top">
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="1" bgcolor="#B5C9E0">
<tr><td width="15%" height="26" align="right" bgcolor="#EEF3F9"><font color="#0A4A8C">索&nbsp;引&nbsp;号：</font></td><td width="35%" bgcolor="#FFFFFF">&nbsp;&nbsp;002571236/2010-00087</td><td width="15%" align="right" bgcolor="#EEF3F9"><font color="#0A4A8C">信息分类：</font></td><td width="35%" bgcolor="#FFFFFF">&nbsp;&nbsp;财政收费</td></tr>
<tr><td height="26" align="right" bgcolor="#EEF3F9"><font color="#0A4A8C">发布机构：</font></td><td bgcolor="#FFFFFF">&nbsp;&nbsp;宁江县教育局</td><td align="right" bgcolor="#EEF3F9"><font color="#0A4A8C">发布日期：</font></td><td bgcolor="#FFFFFF">&nbsp;&nbsp;2010-06-21</td></tr>
<tr><td height="26" align="right" bgcolor="#EEF3F9"><font color="#0A4A8C">文&nbsp;&nbsp;&nbsp;&nbsp;号：</font></td><td bgcolor="#FFFFFF">&nbsp;&nbsp;宁教〔2010〕46号</td><td align="right" bgcolor="#EEF3F9"><font color="#0A4A8C">来&nbsp;&nbsp;&nbsp;&nbsp;源：</font></td><td bgcolor="#FFFFFF">&nbsp;&nbsp;县教育局计财股</td></tr>
<tr><td height="26" align="right" bgcolor="#EEF3F9"><font color="#0A4A8C">内容概述：</font></td><td colspan="3" bgcolor="#FFFFFF">&nbsp;&nbsp;公布本县2010年秋季义务教育和普通高中收费项目及标准。</td></tr>
</table>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="50" align="center"><font size="4" color="#C00000"><b>宁江县教育局关于2010年秋季中小学收费标准的公示</b></font></td></tr>
<tr><td class="content" style="font-size:14px;line-height:200%;padding:10px;">
<p>&nbsp;&nbsp;&nbsp;&nbsp;根据省物价局、省财政厅、省教育厅有关规定，现将我县2010年秋季中小学收费项目及标准公示如下：</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;一、义务教育阶段学校免收学杂费和课本费，只收取作业本费，小学每生每学期20元，初中每生每学期30元。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;二、普通高中学费每生每学期800元，住宿费每生每学期300元，代收课本费按实际发放教材价格结算。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;三、各学校不得擅自增加收费项目、提高收费标准。举报电话：0574-65120000。</p>
<p align="right">宁江县教育局</p>
<p align="right">二○一○年六月十八日</p>
</td></tr>
<tr><td height="30" align="right">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】&nbsp;&nbsp;</td></tr>
<tr><td height="24">上一条：<a href="ShowInfo.asp?id=3187">宁江县教育局2010年部门预算</a><br>下一条：<a href="ShowInfo.asp?id=3195">宁江县2010年中考录取分数线公布</a></td></tr>
</table>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="xg_t">&nbsp;相关信息</td></tr>
<tr><td>&middot;<a href="ShowInfo.asp?id=2980">宁江县教育局关于2010年春季中小学收费标准的公示</a>&nbsp;(2010-01-28)<br>&middot;<a href="ShowInfo.asp?id=2811">宁江县教育局关于规范中小学收费行为的通知</a>&nbsp;(2009-09-02)</td></tr></table>
</td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="70" align="center" class="bottom">
宁江县人民政府办公室 版权所有 地址：宁江县城关镇府前路1号 邮编：315700<br>浙ICP备05002468号 建议使用IE6.0以上浏览器、1024*768分辨率浏览</td></tr></table>
</body>
</html>
"""

PAGES: list[Page] = [
    Page(
        id="gov2_trs_gkml_4col",
        url="http://www.ningjiang.example.gov.cn/gkml/jyjs/202104/t20210412_3701234.html",
        html=TRS_GKML_4COL,
        title="宁江市人力资源和社会保障局关于开展2021年度职业技能等级认定工作的通知",
        day="2021-04-12",
        source="市人力社保局职业能力建设处",
        first="各区（县、市）人力社保局，市级有关单位，各职业技能等级认定机构：",
        last="2021年4月8日",
        absent=(
            "索引号",
            "002571000/2021-01873",
            "有效性",
            "主题词",
            "字号",
            "相关信息",
            "技能提升补贴申领指南",
            "关闭窗口",
            "就业创业",
            "网站标识码",
        ),
    ),
    Page(
        id="gov2_hanweb_meta_below",
        url="http://wjj.ybq.example.gov.cn/art/2021/5/18/art_3140_5566.html",
        html=HANWEB_META_BELOW,
        title="甬北区卫生健康局关于做好2021年适龄儿童免疫规划疫苗查漏补种工作的通知",
        day="2021-05-18",
        source="区卫生健康局疾控科",
        first="各镇（街道）社区卫生服务中心，区属各医疗卫生单位：",
        last="2021年5月14日",
        absent=(
            "索引号",
            "信息来源",
            "甬北卫〔2021〕37号",
            "公开方式",
            "字号",
            "上一篇",
            "相关信息",
            "爱国卫生月",
            "网站标识码",
        ),
    ),
    Page(
        id="gov2_kaipu_xxgk_grid",
        url="http://jtj.ningjiang.example.gov.cn/njjtj/gfxwj/202106/c2d3e4f5a6b74c8d9e0f1a2b3c4d5e6f.shtml",
        html=KAIPU_XXGK_GRID,
        title="宁江市交通运输局关于印发《宁江市农村公路养护管理考核办法》的通知",
        day="2021-06-03",
        source="市交通运输局公路管理处",
        first="各区（县、市）交通运输局，局属各单位：",
        last="本办法自2021年7月1日起施行，有效期五年。原《宁江市农村公路养护考核细则》同时废止。",
        absent=(
            "索 引 号",
            "发 布 机 构",
            "甬江交〔2021〕19号",
            "有 效 性",
            "上一篇",
            "相关文件",
            "政策解读",
            "网站标识码",
        ),
    ),
    Page(
        id="gov2_cicro_ul_b_gkrq",
        url="http://www.ybq.example.gov.cn/zwgk/bmgk/mzj/shjz/202107/t20210712_1028.html",
        html=CICRO_UL_B,
        title="甬北区民政局关于2021年第三季度城乡低保标准调整的公告",
        day="2021-07-12",
        source=None,
        first="根据市人民政府关于调整城乡居民最低生活保障标准的通知精神，经区人民政府同意，现将我区城乡低保标准调整事项公告如下。",
        last="2021年7月9日",
        absent=(
            "索引号",
            "生成日期",
            "公开日期",
            "体裁分类",
            "公开目录",
            "依申请公开",
            "打印本页",
            "临时救助实施细则",
            "网站标识码",
        ),
    ),
    Page(
        id="gov2_nanwei_dl_pubtime",
        url="http://scjgj.ningjiang.example.gov.cn/zwgk/tzgg/2021-08-06/7731.html",
        html=NANWEI_DL,
        title="宁江市市场监督管理局关于开展2021年度食品生产企业飞行检查的通告",
        day="2021-08-06",
        source="市市场监管局食品生产处",
        first="为进一步落实食品生产企业主体责任，防范化解食品安全风险，我局决定于2021年8月至11月在全市开展食品生产企业飞行检查。现将有关事项通告如下。",
        last="三、对检查中发现的违法违规行为，依法从严查处；涉嫌犯罪的，移送公安机关处理。",
        absent=(
            "索引号",
            "成文日期",
            "甬江市监告〔2021〕9号",
            "发布时间",
            "浏览次数",
            "上一篇",
            "相关阅读",
            "网站标识码",
        ),
    ),
    Page(
        id="gov2_js_xxgk_table_title_row",
        url="http://tyj.ningjiang.example.gov.cn/art/2021/9/10/art_3150_5522.html",
        html=JS_XXGK_TABLE_TITLE,
        title="宁江市体育局关于举办2021年宁江市全民健身运动会的通知",
        day="2021-09-10",
        source=None,
        first="各区（县、市）文体局，市级各单项体育协会：",
        last="2021年9月8日",
        absent=(
            "索引号",
            "标题：",
            "甬江体发〔2021〕31号",
            "主题词",
            "打印本页",
            "上一篇",
            "相关信息",
            "全民健身实施计划",
            "网站标识码",
        ),
    ),
    Page(
        id="gov2_zj_date_source_hits",
        url="http://www.ybq.example.gov.cn/xxgk/bmxxgk/nyncj/gzjh/202103/t20210305_5612.html",
        html=ZJ_ONE_LINE,
        title="甬北区2021年春耕备耕农资保供工作方案",
        day="2021-03-05",
        source="甬北区农业农村局",
        first="为切实做好2021年春耕备耕农资保供工作，确保粮食生产开好局、起好步，结合我区实际，制定本方案。",
        last="三、保障措施。各镇（街道）要明确分管领导和联络员，每周五前将农资储备和供应情况报区农业农村局。",
        absent=("浏览次数", "信息公开指南", "依申请公开", "上一篇", "相关信息", "春季动物防疫", "网站标识码"),
    ),
    Page(
        id="gov2_school_xwgk_fee_table",
        url="http://www.ybsyxx.example.cn/yb_syxx/xwgk/2021/0830/d3462.html",
        html=SCHOOL_XWGK_FEE,
        title="甬北区实验小学2021学年第一学期收费项目公示",
        day="2021-08-30",
        source=None,
        first="甬北区实验小学2021学年第一学期服务性收费和代收费项目一览表",
        last="监督电话：甬北区教育局0574-88120000，甬北区市场监督管理局0574-88123150",
        absent=("公开时间", "公开部门", "公开类别", "作息时间表", "新生录取名单", "上一篇", "课后服务安排", "技术支持"),
    ),
    Page(
        id="gov2_trs_pubdate_meta_off",
        url="http://zjj.ningjiang.example.gov.cn/zfxxgk/fdzdgknr/202103/t20210305_4431.html",
        html=TRS_PUBDATE_OFF,
        title="宁江市住房和城乡建设局关于公布2021年第一批历史建筑保护名录的公告",
        day="2021-03-05",
        source="市住建局历史建筑保护处",
        first="根据《历史文化名城名镇名村保护条例》和《宁江市历史建筑保护管理办法》，经市人民政府批准，现将宁江市2021年第一批历史建筑保护名录予以公布。",
        last="附件：宁江市2021年第一批历史建筑保护名录",
        absent=(
            "索引号",
            "主题分类",
            "甬江建告〔2021〕3号",
            "信息来源",
            "政府信息公开指南",
            "打印本页",
            "上一篇",
            "网站标识码",
        ),
    ),
    Page(
        id="gov2_gbk_2010_font_gkml",
        url="http://xxgk.ningjiangxian.example.gov.cn/gkml/ShowInfo.asp?id=3190",
        html=GBK_2010_GKML,
        title="宁江县教育局关于2010年秋季中小学收费标准的公示",
        day="2010-06-21",
        source="县教育局计财股",
        first="根据省物价局、省财政厅、省教育厅有关规定，现将我县2010年秋季中小学收费项目及标准公示如下：",
        last="二○一○年六月十八日",
        absent=(
            "002571236/2010-00087",
            "信息分类",
            "宁教〔2010〕46号",
            "内容概述",
            "公布本县2010年秋季",
            "部门导航",
            "上一条",
            "相关信息",
            "建议使用",
        ),
        gbk=True,
    ),
]
