"""List pages of school 校务公开/党务公开/财务公开 and school-news shapes not in tests/test_list_families.py,
tests/family_lists_more.py, tests/family_lists_gov.py or tests/test_pager_families.py:

a 校务公开 list split under month headings (<h3>2023年5月</h3><ul>…</ul>), its rows showing the whole date, and a
党务公开 list of the same shape whose rows show only the day (26日: the reader reads the day from heading and day
together, so the expected days are whole YYYY-MM-DD); year tabs written as bare numbers (2024 | 2023 | 2022) above
a list whose pager shares the tabs' script; a 公开事项 <table> of 序号 | 公开事项 | 公开时间 | 公开形式 dated 2023.05.06;
rows led by their date and a bar (2023-05-26 | <a>…</a>) as bare text; <div class="item"> cards with a date badge
(<span class="day">06</span><span class="ym">2023-05</span>); one <dl><dt><a/></dt><dd>date</dd></dl> per row; a
mobile (m.) list whose rows are whole-row links holding <h4> and a date, with a 加载更多 button and a 1/6 下一页 pager;
【置顶】 rows (older) above rows whose link ends in a 新 gif; a 财务公开 table whose rows link their .pdf files
themselves, each with a 下载 link to the same file; a list of 20 rows under 共 87 条记录 第 1/5 页 … 转到第[ ]页
with query-only ?page=N links; a pager of list_2.html … list_9.html and no count; a pager of onclick="goPage(2)"
whose page URLs are a JavaScript array in the page's own script; an ASP page in GBK with an English pager (Page 1 of
3, Next, Last) and dates 2023-5-6.

Each page carries the chrome of its kind (a top menu, a breadcrumb, a left 栏目 menu of 8-12 links, a side box of
dated 热点/最新 rows that are not the list's rows, a footer with 版权所有/ICP备) and states what a reader sees on it:
its rows (URL, title, day) and its pager (this page, the last page, the URL of the page after this one). Names,
hosts and numbers are made up; no page is copied from a real site."""

from family_page import ListCase

# ---------------------------------------------------------------------------------------------------------------
# 1. a 校务公开 list split under month headings: <h3>2023年5月</h3><ul>…</ul> three times, each row showing the
#    whole date (<span class="time">2023-05-26</span>); a side box of five dated 最新动态 rows; pages 2.html …
# ---------------------------------------------------------------------------------------------------------------

MONTHS_FULL_ROWS = (
    ("/xwgk/xwdt/2023/0526/1291.html", "柳溪中学2023年初中学业水平考试考务安排公示", "2023-05-26"),
    ("/xwgk/xwdt/2023/0519/1284.html", "关于2023年教职工体检工作安排的通知", "2023-05-19"),
    ("/xwgk/xwdt/2023/0511/1276.html", "学校食堂2023年5月份带量食谱公示", "2023-05-11"),
    ("/xwgk/xwdt/2023/0504/1270.html", "柳溪中学第二届家长委员会成员名单公示", "2023-05-04"),
    ("/xwgk/xwdt/2023/0427/1263.html", "2023年春季学期学生作业管理情况公示", "2023-04-27"),
    ("/xwgk/xwdt/2023/0420/1255.html", "关于调整课后服务时间的通知", "2023-04-20"),
    ("/xwgk/xwdt/2023/0413/1249.html", "柳溪中学2023年度教师职称评审推荐人选公示", "2023-04-13"),
    ("/xwgk/xwdt/2023/0403/1242.html", "清明节假期安全告家长书", "2023-04-03"),
    ("/xwgk/xwdt/2023/0330/1236.html", "2023年春季学期校服征订工作公示", "2023-03-30"),
    ("/xwgk/xwdt/2023/0323/1229.html", "柳溪中学2022年度“优秀教师”评选结果公示", "2023-03-23"),
    ("/xwgk/xwdt/2023/0316/1221.html", "关于开展春季校园安全隐患排查的通知", "2023-03-16"),
    ("/xwgk/xwdt/2023/0309/1215.html", "2023年春季学期学生资助名单公示", "2023-03-09"),
)


def _months_full_group(month, rows):
    items = "\n".join(
        f'  <li><a href="{href}" target="_blank" title="{title}">{title}</a><span class="time">{day}</span></li>'
        for href, title, day in rows
    )
    return f'  <h3 class="month">{month}</h3>\n  <ul class="list">\n{items}\n  </ul>'


MONTHS_FULL = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>校务动态-校务公开-柳溪中学</title>
<link rel="stylesheet" href="/static/css/sub.css">
</head>
<body>
<div class="top"><div class="wrap"><a class="logo" href="/"><img src="/static/images/logo.png" alt="柳溪中学"></a>
<div class="top-link"><a href="/xxyx/">校长信箱</a> | <a href="/lxwm/">联系我们</a></div></div></div>
<div class="nav"><ul class="wrap">
<li><a href="/">学校首页</a></li><li><a href="/xxgk/">学校概况</a></li><li><a href="/xwzx/">新闻中心</a></li>
<li class="on"><a href="/xwgk/">校务公开</a></li><li><a href="/djgz/">党建工作</a></li><li><a href="/jyjx/">教育教学</a></li>
<li><a href="/dygz/">德育工作</a></li><li><a href="/jsfz/">教师发展</a></li><li><a href="/xsfc/">学生风采</a></li>
<li><a href="/jxhd/">家校互动</a></li>
</ul></div>
<div class="wrap sub">
 <div class="sub-left">
  <div class="lm-title">校务公开</div>
  <ul class="lm-list">
   <li><a href="/xwgk/gkzn/">公开指南</a></li><li class="on"><a href="/xwgk/xwdt/">校务动态</a></li>
   <li><a href="/xwgk/gzzd/">规章制度</a></li><li><a href="/xwgk/cwgk/">财务公开</a></li>
   <li><a href="/xwgk/sfgs/">收费公示</a></li><li><a href="/xwgk/zsxx/">招生信息</a></li>
   <li><a href="/xwgk/rsxx/">人事信息</a></li><li><a href="/xwgk/xszz/">学生资助</a></li>
   <li><a href="/xwgk/stgl/">食堂管理</a></li><li><a href="/xwgk/aqgl/">安全管理</a></li>
  </ul>
  <div class="side-box"><div class="side-t">最新动态</div><ul>
   <li><a href="/xwzx/xxyw/2023/0529/1295.html">柳溪中学举行第十二届体育节</a><span>2023-05-29</span></li>
   <li><a href="/xwzx/xxyw/2023/0524/1289.html">我校召开初三毕业班中考动员大会</a><span>2023-05-24</span></li>
   <li><a href="/djgz/dzbhd/2023/0518/1282.html">党支部开展主题教育专题学习</a><span>2023-05-18</span></li>
   <li><a href="/jyjx/jyhd/2023/0512/1277.html">语文组开展整本书阅读教学研讨</a><span>2023-05-12</span></li>
   <li><a href="/dygz/2023/0505/1271.html">学校举行“五四”新团员入团仪式</a><span>2023-05-05</span></li>
  </ul></div>
 </div>
 <div class="sub-right">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwgk/">校务公开</a> &gt; <span>校务动态</span></div>
  <div class="sub-title">校务动态</div>
{groups}
  <div class="page">共 4 页 <b>1</b> <a href="2.html">2</a> <a href="3.html">3</a> <a href="4.html">4</a> <a href="2.html">下一页</a></div>
 </div>
</div>
<div class="footer"><div class="wrap">地址：柳溪县学府路16号 邮编：335500 电话：0793-5556123<br>
版权所有 &copy; 柳溪中学 赣ICP备13004567号-1</div></div>
</body>
</html>
""".replace(
    "{groups}",
    "\n".join(
        _months_full_group(month, MONTHS_FULL_ROWS[i : i + 4])
        for month, i in (("2023年5月", 0), ("2023年4月", 4), ("2023年3月", 8))
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 2. a 党务公开 list split under month headings whose rows show only the day (<span class="d">26日</span>): the
#    reader reads 2023年6月 + 20日 as 2023-06-20, so the rows' days are expected whole; a JSP pager (&page=2)
# ---------------------------------------------------------------------------------------------------------------

MONTHS_DAY_ROWS = (
    ("show.jsp?lm=31&id=849", "青禾小学党支部关于发展预备党员的公示", "2023-06-20"),
    ("show.jsp?lm=31&id=846", "关于开展“七一”走访慰问困难党员的通知", "2023-06-16"),
    ("show.jsp?lm=31&id=841", "青禾小学党支部6月主题党日活动安排", "2023-06-05"),
    ("show.jsp?lm=31&id=835", "党支部书记讲党课：做新时代合格的人民教师", "2023-05-26"),
    ("show.jsp?lm=31&id=830", "青禾小学党支部2023年第一季度党费收缴情况公示", "2023-05-18"),
    ("show.jsp?lm=31&id=824", "关于召开党支部专题组织生活会的通知", "2023-05-09"),
    ("show.jsp?lm=31&id=818", "青禾小学党支部“学习二十大 争做好老师”主题活动方案", "2023-04-28"),
    ("show.jsp?lm=31&id=811", "青禾小学党支部2023年党员发展计划公示", "2023-04-14"),
    ("show.jsp?lm=31&id=805", "党支部开展清明祭英烈主题党日活动", "2023-04-06"),
)


def _months_day_group(month, rows):
    items = "\n".join(
        f'   <li><a href="{href}" target="_blank">{title}</a><span class="d">{day[8:]}日</span></li>'
        for href, title, day in rows
    )
    return f'  <div class="yue"><h3>{month}</h3>\n  <ul>\n{items}\n  </ul></div>'


MONTHS_DAY = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>青禾小学--党务公开</title>
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div id="head"><img src="/images/head.jpg" alt="青禾小学"></div>
<div id="menu">
<a href="/index.jsp">首页</a><a href="/list.jsp?lm=10">学校简介</a><a href="/list.jsp?lm=11">校园新闻</a>
<a href="/list.jsp?lm=12">通知公告</a><a href="/xwgk/index.jsp">校务公开</a><a href="/dwgk/list.jsp?lm=31">党务公开</a>
<a href="/list.jsp?lm=14">教学教研</a><a href="/list.jsp?lm=15">德育之窗</a><a href="/list.jsp?lm=16">安全教育</a>
<a href="/list.jsp?lm=17">家校共育</a>
</div>
<div id="main">
 <div id="left">
  <div class="lmbt">党务公开</div>
  <ul class="lmlb">
   <li><a href="list.jsp?lm=30">支部概况</a></li><li class="cur"><a href="list.jsp?lm=31">党务动态</a></li>
   <li><a href="list.jsp?lm=32">组织建设</a></li><li><a href="list.jsp?lm=33">党员发展</a></li>
   <li><a href="list.jsp?lm=34">党费收缴</a></li><li><a href="list.jsp?lm=35">党风廉政</a></li>
   <li><a href="list.jsp?lm=36">主题教育</a></li><li><a href="list.jsp?lm=37">学习园地</a></li>
   <li><a href="list.jsp?lm=38">制度建设</a></li>
  </ul>
  <div class="rdbox"><div class="rdbt">热点信息</div><ul>
   <li><a href="/show.jsp?lm=11&id=851">青禾小学举行“红领巾心向党”入队仪式</a><span>06-21</span></li>
   <li><a href="/show.jsp?lm=12&id=844">关于2023年端午节放假安排的通知</a><span>06-15</span></li>
   <li><a href="/show.jsp?lm=11&id=838">我校学生参加区小学生合唱节获一等奖</a><span>06-01</span></li>
   <li><a href="/show.jsp?lm=16&id=833">防溺水安全致家长的一封信</a><span>05-23</span></li>
   <li><a href="/show.jsp?lm=14&id=827">数学组开展“教学评一致性”研讨课</a><span>05-12</span></li>
  </ul></div>
 </div>
 <div id="right">
  <div class="wz">当前位置：<a href="/index.jsp">首页</a> &gt; <a href="list.jsp?lm=31">党务公开</a> &gt; 党务动态</div>
{groups}
  <div class="fy">共 17 条 第 1/2 页 首页 上一页 <a href="list.jsp?lm=31&page=2">下一页</a> <a href="list.jsp?lm=31&page=2">尾页</a></div>
 </div>
</div>
<div id="foot">青禾小学 版权所有 地址：青禾市东城区育才路3号<br>湘ICP备16012345号</div>
</body>
</html>
""".replace(
    "{groups}",
    "\n".join(
        _months_day_group(month, rows)
        for month, rows in (
            ("2023年6月", MONTHS_DAY_ROWS[0:3]),
            ("2023年5月", MONTHS_DAY_ROWS[3:6]),
            ("2023年4月", MONTHS_DAY_ROWS[6:9]),
        )
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 3. year tabs written as bare numbers (2024 | 2023 | 2022, links to list.php?year=…) above the rows, each row
#    dated in full; the pager shares the tabs' script (list.php?year=2024&p=2), numbers 1 2 3 and 下一页
# ---------------------------------------------------------------------------------------------------------------

YEAR_TABS_ROWS = (
    ("show.php?id=3315", "鸿屿中学2024年高一新生录取名单公示", "2024-07-18"),
    ("show.php?id=3308", "2024年高一新生报到须知", "2024-07-12"),
    ("show.php?id=3296", "鸿屿中学2024年特长生专业测试成绩公示", "2024-06-28"),
    ("show.php?id=3287", "关于2024年特长生专业测试安排的通知", "2024-06-14"),
    ("show.php?id=3275", "鸿屿中学2024年招生简章", "2024-05-30"),
    ("show.php?id=3262", "2024年校园开放日活动安排", "2024-05-16"),
    ("show.php?id=3250", "鸿屿中学2024年自主招生计划公示", "2024-04-25"),
    ("show.php?id=3241", "2024年招生咨询电话公布", "2024-04-11"),
    ("show.php?id=3233", "关于规范2024年招生宣传工作的公告", "2024-03-28"),
    ("show.php?id=3227", "鸿屿中学2024年招生工作领导小组名单", "2024-03-14"),
)

YEAR_TABS = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>招生工作 - 鸿屿中学</title>
<link rel="stylesheet" href="/skin/css/main.css">
</head>
<body>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/skin/images/logo.png" alt="鸿屿中学"></a>
<nav><ul class="menu">
<li><a href="/">首页</a></li><li><a href="/xxgk/list.php">学校概况</a></li><li><a href="/xwdt/list.php">新闻动态</a></li>
<li><a href="/tzgg/list.php">通知公告</a></li><li class="active"><a href="/zsgz/list.php">招生工作</a></li><li><a href="/xwgk/list.php">校务公开</a></li>
<li><a href="/jxky/list.php">教学科研</a></li><li><a href="/dyyd/list.php">德育园地</a></li><li><a href="/xyfc/list.php">校园风采</a></li>
</ul></nav></div></header>
<div class="container page-body">
 <aside class="side">
  <h2 class="side-title">招生工作</h2>
  <ul class="side-menu">
   <li><a href="/zsgz/zszc.php">招生政策</a></li><li class="active"><a href="/zsgz/list.php">招生公告</a></li>
   <li><a href="/zsgz/zsjz.php">招生简章</a></li><li><a href="/zsgz/lqcx.php">录取查询</a></li>
   <li><a href="/zsgz/tcs.php">特长生招生</a></li><li><a href="/zsgz/xsbd.php">新生报到</a></li>
   <li><a href="/zsgz/zxzx.php">招生咨询</a></li><li><a href="/zsgz/wnhg.php">往年回顾</a></li>
  </ul>
  <div class="side-hot"><h3>热点文章</h3><ul>
   <li><a href="/xwdt/show.php?id=3320">鸿屿中学2024届高考再创佳绩</a><em>2024-07-20</em></li>
   <li><a href="/tzgg/show.php?id=3311">关于2024年暑假放假安排的通知</a><em>2024-07-10</em></li>
   <li><a href="/xwdt/show.php?id=3302">我校举行2024届学生毕业典礼</a><em>2024-06-06</em></li>
   <li><a href="/xwdt/show.php?id=3280">鸿屿中学第十五届艺术节开幕</a><em>2024-05-24</em></li>
   <li><a href="/tzgg/show.php?id=3255">关于开展防溺水专题教育的通知</a><em>2024-05-08</em></li>
  </ul></div>
 </aside>
 <main class="main">
  <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zsgz/list.php">招生工作</a> &gt; 招生公告</div>
  <div class="year-tab"><a href="list.php?year=2024" class="on">2024</a> | <a href="list.php?year=2023">2023</a> | <a href="list.php?year=2022">2022</a></div>
  <ul class="news-list">
{rows}
  </ul>
  <div class="pagination"><span class="disabled">上一页</span><span class="current">1</span><a href="list.php?year=2024&p=2">2</a><a href="list.php?year=2024&p=3">3</a><a href="list.php?year=2024&p=2">下一页</a></div>
 </main>
</div>
<footer class="footer"><div class="container">Copyright &copy; 2024 鸿屿中学 版权所有 闽ICP备17023456号-2 地址：鸿屿市海滨路88号</div></footer>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <li><a href="{href}" target="_blank">{title}</a><span class="date">{day}</span></li>'
        for href, title, day in YEAR_TABS_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 4. a 公开事项 <table>: 序号 | 公开事项 | 公开时间 | 公开形式, the date 2023.05.06, the form (网站、公示栏) after it;
#    a 校务公开 left menu and a 最新公开 box of dated rows; a TRS-like pager in words (index_2.html)
# ---------------------------------------------------------------------------------------------------------------

ITEMS_TABLE_ROWS = (
    ("./202305/t20230506_4412.html", "楠山小学2023年春季学期收费项目及标准", "2023-05-06", "公示栏、网站"),
    ("./202304/t20230428_4398.html", "2023年春季学期学生营养餐费用使用情况", "2023-04-28", "网站"),
    ("./202304/t20230420_4381.html", "楠山小学2023年一年级新生招生方案", "2023-04-20", "网站、家长会"),
    ("./202304/t20230412_4370.html", "2023年第一季度学校公用经费支出明细", "2023-04-12", "公示栏"),
    ("./202303/t20230331_4352.html", "楠山小学课后服务收费及退费办法", "2023-03-31", "网站"),
    ("./202303/t20230322_4339.html", "2023年春季学期校服采购结果", "2023-03-22", "网站"),
    ("./202303/t20230310_4321.html", "楠山小学2022年度教职工考核结果", "2023-03-10", "公示栏"),
    ("./202303/t20230302_4310.html", "2023年春季学期家庭经济困难学生生活补助名单", "2023-03-02", "网站"),
    ("./202302/t20230221_4296.html", "楠山小学校务公开工作制度（2023年修订）", "2023-02-21", "网站"),
    ("./202302/t20230210_4283.html", "2023年春季学期作息时间表", "2023-02-10", "网站、班级群"),
)

ITEMS_TABLE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>公开事项_校务公开_楠山小学</title>
<link rel="stylesheet" href="../../images/sub.css" />
</head>
<body>
<div class="header"><div class="w1100"><img src="../../images/logo.png" alt="楠山小学" /></div></div>
<div class="nav"><div class="w1100">
<a href="../../">首页</a><a href="../../xxgk/">学校概况</a><a href="../../xyxw/">校园新闻</a><a href="../../tzgg/">通知公告</a>
<a href="../" class="cur">校务公开</a><a href="../../dwgk/">党务公开</a><a href="../../jyjx/">教育教学</a><a href="../../dyjy/">德育教育</a>
<a href="../../jxgy/">家校共育</a><a href="../../lxwm/">联系我们</a>
</div></div>
<div class="w1100 main">
 <div class="left">
  <div class="left-t">校务公开</div>
  <ul class="left-nav">
   <li><a href="../gkzn/">公开指南</a></li><li><a href="../gkml/">公开目录</a></li><li class="on"><a href="./">公开事项</a></li>
   <li><a href="../cwgk/">财务公开</a></li><li><a href="../sfgs/">收费公示</a></li><li><a href="../zsgz/">招生工作</a></li>
   <li><a href="../rsgz/">人事工作</a></li><li><a href="../xszz/">学生资助</a></li><li><a href="../ysqgk/">依申请公开</a></li>
   <li><a href="../gknb/">公开年报</a></li>
  </ul>
  <div class="left-box"><div class="left-t2">最新公开</div><ul>
   <li><a href="../cwgk/202305/t20230515_4425.html">2023年4月份食堂收支公示</a><span>[05-15]</span></li>
   <li><a href="../zsgz/202305/t20230510_4419.html">2023年一年级招生报名须知</a><span>[05-10]</span></li>
   <li><a href="../sfgs/202305/t20230504_4409.html">2023年秋季学期收费预告</a><span>[05-04]</span></li>
   <li><a href="../xszz/202304/t20230425_4392.html">2023年春季学期资助政策宣传</a><span>[04-25]</span></li>
   <li><a href="../rsgz/202304/t20230418_4377.html">2023年教师交流轮岗人员公示</a><span>[04-18]</span></li>
  </ul></div>
 </div>
 <div class="right">
  <div class="position">当前位置：<a href="../../">首页</a> &gt; <a href="../">校务公开</a> &gt; 公开事项</div>
  <table class="gksx" width="100%" border="1" cellspacing="0" cellpadding="4">
   <tr class="th"><td width="8%">序号</td><td>公开事项</td><td width="16%">公开时间</td><td width="16%">公开形式</td></tr>
{rows}
  </table>
  <div class="page">共3页 当前第1页 首页 上一页 <a href="index_2.html">下一页</a> <a href="index_3.html">尾页</a></div>
 </div>
</div>
<div class="footer">版权所有：楠山小学 地址：楠山县人民路120号 联系电话：0851-5553210 黔ICP备18003456号-1</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <tr><td>{n}</td><td class="l"><a href="{href}" target="_blank">{title}</a></td>'
        f"<td>{day.replace('-', '.')}</td><td>{form}</td></tr>"
        for n, (href, title, day, form) in enumerate(ITEMS_TABLE_ROWS, 1)
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 5. each row led by its date and a bar, as bare text: <li>2023-05-26 | <a …>关于…</a></li> (a 党务公开 list);
#    a VSB-like pager of list2.htm … list5.htm
# ---------------------------------------------------------------------------------------------------------------

DATE_BAR_ROWS = (
    ("../info/1031/4518.htm", "关于召开2023年度党员大会的通知", "2023-05-26"),
    ("../info/1031/4509.htm", "碧江中学党总支2023年5月份党费收缴公示", "2023-05-19"),
    ("../info/1031/4471.htm", "关于开展主题教育读书班的安排", "2023-05-06"),
    ("../info/1031/4455.htm", "碧江中学党总支关于确定发展对象的公示", "2023-04-25"),
    ("../info/1031/4442.htm", "党总支理论学习中心组2023年第二次集中学习纪要", "2023-04-18"),
    ("../info/1031/4430.htm", "关于推荐“优秀共产党员”候选人的通知", "2023-04-07"),
    ("../info/1031/4417.htm", "碧江中学2023年党风廉政建设工作要点", "2023-03-28"),
    ("../info/1031/4403.htm", "党总支开展“学雷锋 树新风”志愿服务活动", "2023-03-17"),
    ("../info/1031/4390.htm", "碧江中学党总支2023年工作计划", "2023-03-08"),
    ("../info/1031/4376.htm", "关于做好2022年度党员民主评议工作的通知", "2023-02-24"),
)

DATE_BAR = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>党务公开-碧江中学</title>
<link rel="stylesheet" href="../style/list.css">
</head>
<body>
<div class="head"><div class="w"><a href="../index.htm"><img src="../images/logo.png" alt="碧江中学"></a></div></div>
<div class="menu"><ul class="w">
<li><a href="../index.htm">首页</a></li><li><a href="../xxgk.htm">学校概况</a></li><li><a href="../xwzx.htm">新闻中心</a></li>
<li><a href="../tzgg.htm">通知公告</a></li><li><a href="../xwgk.htm">校务公开</a></li><li class="on"><a href="list.htm">党务公开</a></li>
<li><a href="../jxky.htm">教学科研</a></li><li><a href="../dyxx.htm">德育信息</a></li><li><a href="../zsjy.htm">招生就业</a></li>
</ul></div>
<div class="w main">
 <div class="lside">
  <div class="lm-t">党务公开</div>
  <ul class="lm">
   <li><a href="../dzzgk.htm">党组织概况</a></li><li class="on"><a href="list.htm">党务动态</a></li><li><a href="../zzjs.htm">组织建设</a></li>
   <li><a href="../dyfz.htm">党员发展</a></li><li><a href="../dfsj.htm">党费收缴</a></li><li><a href="../lzjs.htm">廉政建设</a></li>
   <li><a href="../ztjy.htm">主题教育</a></li><li><a href="../xxyd.htm">学习园地</a></li><li><a href="../zdgz.htm">制度规章</a></li>
   <li><a href="../tgzj.htm">统战工作</a></li><li><a href="../ghgz.htm">工会工作</a></li>
  </ul>
  <div class="hot"><div class="hot-t">热点新闻</div><ul>
   <li><a href="../info/1011/4522.htm">碧江中学举办2023年科技创新成果展</a><span>2023-05-29</span></li>
   <li><a href="../info/1011/4513.htm">我校学子获全省中学生英语演讲比赛一等奖</a><span>2023-05-22</span></li>
   <li><a href="../info/1012/4497.htm">关于2023年高考期间作息调整的通知</a><span>2023-05-15</span></li>
   <li><a href="../info/1011/4466.htm">碧江中学召开高三三模质量分析会</a><span>2023-05-04</span></li>
   <li><a href="../info/1011/4448.htm">学校开展“世界读书日”系列活动</a><span>2023-04-23</span></li>
  </ul></div>
 </div>
 <div class="rside">
  <div class="dqwz">当前位置：<a href="../index.htm">首页</a> &gt; <a href="list.htm">党务公开</a> &gt; 党务动态</div>
  <ul class="dwlist">
{rows}
  </ul>
  <div class="pb_sys_common">共48条&nbsp;&nbsp;1/5&nbsp;首页&nbsp;上页&nbsp;<a href="list2.htm">下页</a>&nbsp;<a href="list5.htm">尾页</a>&nbsp;&nbsp;<span class="p_no_d">1</span><a href="list2.htm">2</a><a href="list3.htm">3</a><a href="list4.htm">4</a><a href="list5.htm">5</a></div>
 </div>
</div>
<div class="foot">碧江中学 版权所有 地址：碧江区滨江路7号 邮编：554300 黔ICP备15007890号</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <li>{day} | <a href="{href}" target="_blank" title="{title}">{title}</a></li>'
        for href, title, day in DATE_BAR_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 6. <div class="item"> cards with a date badge: the day big, the year-month small beside it
#    (<span class="day">06</span><span class="ym">2023-05</span>), an <h4> title link and a summary under it; p2.html
# ---------------------------------------------------------------------------------------------------------------

BADGE_ROWS = (
    ("/news/xyxw/2023-05-26/2871.html", "金溪实验学校举行第十届校园科技节", "2023-05-26"),
    ("/news/xyxw/2023-05-19/2864.html", "我校师生在市中小学生合唱比赛中获一等奖", "2023-05-19"),
    ("/news/xyxw/2023-05-12/2858.html", "学校开展“5·12”防灾减灾应急疏散演练", "2023-05-12"),
    ("/news/xyxw/2023-05-06/2850.html", "七年级开展劳动教育实践周活动", "2023-05-06"),
    ("/news/xyxw/2023-04-27/2842.html", "学校召开期中教学质量分析会", "2023-04-27"),
    ("/news/xyxw/2023-04-21/2835.html", "“书香校园”读书月活动启动", "2023-04-21"),
    ("/news/xyxw/2023-04-14/2827.html", "我校承办全区初中数学教研活动", "2023-04-14"),
    ("/news/xyxw/2023-04-07/2819.html", "学校组织师生开展清明祭扫活动", "2023-04-07"),
)

BADGE_SUMMARIES = (
    "5月26日，学校第十届校园科技节开幕，全校学生参加了航模、机器人和科学小实验等项目。",
    "在市中小学生合唱比赛中，我校“金溪之声”合唱团以两首作品获中学组一等奖。",
    "为提高师生应急避险能力，学校组织全体师生开展了地震应急疏散演练。",
    "七年级学生走进劳动实践基地，学习种植、烹饪和简单的木工技能。",
    "学校召开期中教学质量分析会，各年级组汇报了期中考试情况并提出改进措施。",
    "四月是读书月，学校以“阅读点亮人生”为主题开展了一系列读书活动。",
    "全区初中数学教研活动在我校举行，三位教师执教了研讨课。",
    "清明节前，学校组织学生代表到烈士陵园开展祭扫活动，缅怀革命先烈。",
)

BADGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>校园新闻 - 金溪实验学校</title>
<link rel="stylesheet" href="/assets/css/app.css">
</head>
<body>
<div class="topbar"><div class="container"><span>欢迎访问金溪实验学校官方网站</span><a href="/search/">站内搜索</a></div></div>
<header class="hd"><div class="container"><a class="logo" href="/"><img src="/assets/img/logo.png" alt="金溪实验学校"></a>
<ul class="nav">
<li><a href="/">首页</a></li><li><a href="/about/">学校概况</a></li><li class="cur"><a href="/news/">新闻中心</a></li>
<li><a href="/xwgk/">校务公开</a></li><li><a href="/dangjian/">党建园地</a></li><li><a href="/teach/">教学教研</a></li>
<li><a href="/moral/">德育天地</a></li><li><a href="/teacher/">名师风采</a></li><li><a href="/student/">学生天地</a></li>
<li><a href="/contact/">联系我们</a></li>
</ul></div></header>
<div class="container body">
 <div class="col-side">
  <div class="cat"><div class="cat-hd">新闻中心</div><ul>
   <li class="cur"><a href="/news/xyxw/">校园新闻</a></li><li><a href="/news/tzgg/">通知公告</a></li><li><a href="/news/mtbd/">媒体报道</a></li>
   <li><a href="/news/jyzx/">教育资讯</a></li><li><a href="/news/xsdt/">学生动态</a></li><li><a href="/news/jsdt/">教师动态</a></li>
   <li><a href="/news/hdzt/">活动专题</a></li><li><a href="/news/spxw/">视频新闻</a></li>
  </ul></div>
  <div class="hotbox"><div class="hotbox-hd">热点新闻</div><ul>
   <li><a href="/news/tzgg/2023-05-30/2875.html">关于2023年端午节放假安排的通知</a><i>2023-05-30</i></li>
   <li><a href="/news/mtbd/2023-05-22/2866.html">市电视台报道我校劳动教育特色</a><i>2023-05-22</i></li>
   <li><a href="/news/tzgg/2023-05-15/2860.html">2023年秋季招生政策解读</a><i>2023-05-15</i></li>
   <li><a href="/news/jsdt/2023-04-28/2845.html">我校两名教师获评市级骨干教师</a><i>2023-04-28</i></li>
   <li><a href="/news/xsdt/2023-04-18/2831.html">学生作品亮相市青少年美术展</a><i>2023-04-18</i></li>
  </ul></div>
 </div>
 <div class="col-main">
  <div class="bread">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <span>校园新闻</span></div>
  <div class="item-list">
{rows}
  </div>
  <div class="pages"><a class="prev disabled">上一页</a><a class="num active">1</a><a class="num" href="/news/xyxw/p2.html">2</a><a class="num" href="/news/xyxw/p3.html">3</a><span>…</span><a class="num" href="/news/xyxw/p6.html">6</a><a class="next" href="/news/xyxw/p2.html">下一页</a></div>
 </div>
</div>
<footer class="ft"><div class="container"><p>地址：金溪县城南新区实验路1号 电话：0794-5558899</p>
<p>Copyright &copy; 金溪实验学校 版权所有 赣ICP备19012345号-1</p></div></footer>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <div class="item"><div class="date"><span class="day">{day[8:]}</span><span class="ym">{day[:7]}</span></div>'
        f'<div class="info"><h4><a href="{href}" target="_blank">{title}</a></h4><p>{summary}</p></div></div>'
        for (href, title, day), summary in zip(BADGE_ROWS, BADGE_SUMMARIES)
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 7. one <dl> per row: <dl><dt><a>title</a></dt><dd>2023-05-29</dd></dl>; an ASP.NET URL pager (List.aspx?ID=9&page=2)
# ---------------------------------------------------------------------------------------------------------------

DL_ROWS = (
    ("/Article/Show.aspx?id=5531", "关于2023年端午节放假安排的通知", "2023-05-29"),
    ("/Article/Show.aspx?id=5524", "云台中学2023年中考考前心理辅导讲座安排", "2023-05-24"),
    ("/Article/Show.aspx?id=5517", "关于开展2023年春季学期教学常规检查的通知", "2023-05-17"),
    ("/Article/Show.aspx?id=5509", "关于做好汛期学生安全教育工作的通知", "2023-05-10"),
    ("/Article/Show.aspx?id=5498", "2023年“五四”青年节系列活动方案", "2023-04-28"),
    ("/Article/Show.aspx?id=5490", "关于组织教师参加市级课题结题评审的通知", "2023-04-21"),
    ("/Article/Show.aspx?id=5483", "关于举办第二十届校园艺术节的通知", "2023-04-12"),
    ("/Article/Show.aspx?id=5480", "关于开展全民国家安全教育日主题活动的通知", "2023-04-10"),
    ("/Article/Show.aspx?id=5472", "2023年春季学期期中考试安排", "2023-04-03"),
    ("/Article/Show.aspx?id=5461", "关于召开2023年春季家长会的通知", "2023-03-24"),
)

DL = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>通知公告_云台中学</title>
<link href="/Skin/css/inner.css" rel="stylesheet" type="text/css" />
</head>
<body>
<form method="post" action="List.aspx?ID=9" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkq7mZ3Kc=" /></div>
<div id="top"><img src="/Skin/images/top.jpg" alt="云台中学" /></div>
<div id="nav"><ul>
<li><a href="/Default.aspx">网站首页</a></li><li><a href="/Article/List.aspx?ID=1">学校概况</a></li><li><a href="/Article/List.aspx?ID=2">校园新闻</a></li>
<li><a href="/Article/List.aspx?ID=9">通知公告</a></li><li><a href="/Article/List.aspx?ID=4">校务公开</a></li><li><a href="/Article/List.aspx?ID=5">党建工作</a></li>
<li><a href="/Article/List.aspx?ID=6">教学科研</a></li><li><a href="/Article/List.aspx?ID=7">德育工作</a></li><li><a href="/Article/List.aspx?ID=8">招生考试</a></li>
</ul></div>
<div id="box">
 <div id="left">
  <div class="ltit">信息公开</div>
  <ul class="lnav">
   <li><a href="/Article/List.aspx?ID=9" class="cur">通知公告</a></li><li><a href="/Article/List.aspx?ID=10">学校章程</a></li>
   <li><a href="/Article/List.aspx?ID=11">规章制度</a></li><li><a href="/Article/List.aspx?ID=12">财务公开</a></li>
   <li><a href="/Article/List.aspx?ID=13">收费公示</a></li><li><a href="/Article/List.aspx?ID=14">招生信息</a></li>
   <li><a href="/Article/List.aspx?ID=15">人事信息</a></li><li><a href="/Article/List.aspx?ID=16">学生资助</a></li>
   <li><a href="/Article/List.aspx?ID=17">后勤服务</a></li><li><a href="/Article/List.aspx?ID=18">安全工作</a></li>
   <li><a href="/Article/List.aspx?ID=19">年度报告</a></li>
  </ul>
  <div class="lbox"><div class="ltit2">最新文章</div><ul>
   <li><a href="/Article/Show.aspx?id=5535">我校举行2023届初三毕业典礼</a><span>05-31</span></li>
   <li><a href="/Article/Show.aspx?id=5527">云台中学第三十届田径运动会圆满落幕</a><span>05-26</span></li>
   <li><a href="/Article/Show.aspx?id=5520">学校召开师德师风建设推进会</a><span>05-19</span></li>
   <li><a href="/Article/Show.aspx?id=5512">英语组举行“同课异构”教研活动</a><span>05-12</span></li>
   <li><a href="/Article/Show.aspx?id=5501">我校学生获省青少年科技创新大赛二等奖</a><span>04-30</span></li>
  </ul></div>
 </div>
 <div id="right">
  <div class="location">当前位置：<a href="/Default.aspx">首页</a> &gt; <a href="/Article/List.aspx?ID=4">信息公开</a> &gt; 通知公告</div>
  <div class="dlist">
{rows}
  </div>
  <div class="pager">共 46 条记录 当前 1/5 页 <a href="List.aspx?ID=9&page=1">首页</a> <a href="List.aspx?ID=9&page=1">上一页</a> <a href="List.aspx?ID=9&page=2">下一页</a> <a href="List.aspx?ID=9&page=5">末页</a></div>
 </div>
</div>
<div id="footer">云台中学 版权所有 地址：云台县中山路45号 电话：0518-5557788<br />苏ICP备14005678号</div>
</form>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <dl><dt><a href="{href}" target="_blank">{title}</a></dt><dd>{day}</dd></dl>'
        for href, title, day in DL_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 8. a mobile (m.) list: each row one whole link holding an <h4> title and a <p class="time"> date; a 加载更多
#    button (data-page="2", no href) and under it a plain pager 首页 1/6 下一页 (/list/8_2.html); the 栏目 in a
#    slide-out drawer, the 热点 box below the list
# ---------------------------------------------------------------------------------------------------------------

MOBILE_ROWS = (
    ("/show/8/4431.html", "临湖小学开展“六一”游园活动", "2023-06-01"),
    ("/show/8/4426.html", "我校学生获市中小学生书法比赛一等奖", "2023-05-25"),
    ("/show/8/4419.html", "临湖小学召开一年级新生家长会", "2023-05-18"),
    ("/show/8/4413.html", "学校开展防溺水安全教育主题班会", "2023-05-11"),
    ("/show/8/4408.html", "四年级开展研学实践活动", "2023-05-04"),
    ("/show/8/4402.html", "临湖小学举行春季田径运动会", "2023-04-26"),
    ("/show/8/4395.html", "我校教师在区青年教师基本功比赛中获奖", "2023-04-19"),
    ("/show/8/4390.html", "学校开展“书香润童心”读书活动", "2023-04-12"),
)

MOBILE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>校园新闻-临湖小学手机版</title>
<link rel="stylesheet" href="/m/css/m.css">
<script src="/m/js/zepto.min.js"></script>
</head>
<body>
<header class="m-head"><a class="m-menu-btn" href="javascript:;" id="menuBtn">菜单</a><a class="m-logo" href="/"><img src="/m/images/logo.png" alt="临湖小学"></a><a class="m-search" href="/search.html">搜索</a></header>
<nav class="m-drawer" id="drawer"><ul>
<li><a href="/">首页</a></li><li><a href="/list/1.html">学校概况</a></li><li><a href="/list/8.html">校园新闻</a></li>
<li><a href="/list/9.html">通知公告</a></li><li><a href="/list/10.html">校务公开</a></li><li><a href="/list/11.html">党建工作</a></li>
<li><a href="/list/12.html">教学教研</a></li><li><a href="/list/13.html">德育天地</a></li><li><a href="/list/14.html">家校共育</a></li>
<li><a href="/list/15.html">联系我们</a></li>
</ul></nav>
<div class="m-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/list/7.html">新闻中心</a> &gt; 校园新闻</div>
<div class="m-tabs"><a class="on" href="/list/8.html">校园新闻</a><a href="/list/9.html">通知公告</a><a href="/list/16.html">媒体报道</a></div>
<ul class="m-list" id="list">
{rows}
</ul>
<div class="m-more"><button type="button" id="loadMore" data-page="2" data-total="6">加载更多</button></div>
<div class="m-page"><a href="/list/8.html">首页</a><span>1/6</span><a href="/list/8_2.html">下一页</a></div>
<div class="m-box"><div class="m-box-t">热点</div><ul>
<li><a href="/show/9/4433.html"><span>关于2023年端午节放假的通知</span><em>2023-06-02</em></a></li>
<li><a href="/show/9/4422.html"><span>2023年一年级新生入学报名公告</span><em>2023-05-22</em></a></li>
<li><a href="/show/16/4411.html"><span>区电视台报道我校课后服务特色</span><em>2023-05-09</em></a></li>
<li><a href="/show/9/4399.html"><span>防溺水安全教育致家长的一封信</span><em>2023-04-24</em></a></li>
</ul></div>
<footer class="m-foot"><a href="/?pc=1">电脑版</a> | <a href="/list/15.html">联系我们</a><br>临湖小学 版权所有 鄂ICP备20003456号-1</footer>
<script>
$('#loadMore').on('click', function () {
  var btn = $(this), p = btn.data('page');
  $.get('/list/8_' + p + '.html?ajax=1', function (html) { $('#list').append(html); btn.data('page', p + 1); });
});
</script>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'<li><a href="{href}"><h4>{title}</h4><p class="time">{day}</p></a></li>' for href, title, day in MOBILE_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 9. two 【置顶】 rows (<span class="top">【置顶】</span> before the link; older than the rows under them) above
#    rows whose newest three end in a 新 gif inside the link (<a>…<img src="new.gif" alt="新"></a>); a DedeCMS
#    pagelist (list_5_2.html, 共 4页38条)
# ---------------------------------------------------------------------------------------------------------------

PINNED_ROWS = (
    ("/a/tzgg/2023/0215/1108.html", "红石一中2023年春季学期校历", "2023-02-15"),
    ("/a/tzgg/2023/0110/1071.html", "红石一中校务公开监督电话及信箱", "2023-01-10"),
    ("/a/tzgg/2023/0526/1196.html", "关于2023年高考期间校园封闭管理的通知", "2023-05-26"),
    ("/a/tzgg/2023/0524/1192.html", "2023年高考考点学校考生须知", "2023-05-24"),
    ("/a/tzgg/2023/0519/1187.html", "关于开展“安全生产月”活动的通知", "2023-05-19"),
    ("/a/tzgg/2023/0512/1179.html", "关于高二年级学业水平合格考报名的通知", "2023-05-12"),
    ("/a/tzgg/2023/0505/1172.html", "红石一中2023年五月份教职工大会议程", "2023-05-05"),
    ("/a/tzgg/2023/0426/1163.html", "关于“五一”劳动节放假安排的通知", "2023-04-26"),
    ("/a/tzgg/2023/0418/1155.html", "关于组织高一学生参加研学旅行的通知", "2023-04-18"),
    ("/a/tzgg/2023/0410/1147.html", "关于开展教师读书分享会的通知", "2023-04-10"),
)


def _pinned_row(n, row):
    href, title, day = row
    top = '<span class="top">【置顶】</span>' if n < 2 else ""
    new = '<img src="/templets/default/images/new.gif" alt="新" border="0" />' if 2 <= n < 5 else ""
    return f'   <li>{top}<a href="{href}" target="_blank">{title}{new}</a><span class="date">{day}</span></li>'


PINNED = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>通知公告_红石一中</title>
<meta name="keywords" content="红石一中,通知公告" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
</head>
<body class="articlelist">
<div class="header"><div class="top w960 center"><div class="title"><a href="/"><img src="/templets/default/images/logo.gif" alt="红石一中" /></a></div></div>
<div class="nav w960 center"><ul>
<li><a href="/">主页</a></li><li><a href="/a/xxgk/">学校概况</a></li><li><a href="/a/xyxw/">校园新闻</a></li>
<li class="thisclass"><a href="/a/tzgg/">通知公告</a></li><li><a href="/a/xwgk/">校务公开</a></li><li><a href="/a/dwgk/">党务公开</a></li>
<li><a href="/a/jxky/">教学科研</a></li><li><a href="/a/dyjy/">德育教育</a></li><li><a href="/a/gkzl/">高考专栏</a></li>
<li><a href="/a/xyfc/">校友风采</a></li>
</ul></div></div>
<div class="w960 center clear mt1">
 <div class="pleft">
  <div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/a/tzgg/">通知公告</a> &gt;</div>
  <div class="listbox"><ul class="e2">
{rows}
  </ul></div>
  <div class="dede_pages"><ul class="pagelist">
<li><a>首页</a></li>
<li class="thisclass">1</li>
<li><a href='list_5_2.html'>2</a></li>
<li><a href='list_5_3.html'>3</a></li>
<li><a href='list_5_4.html'>4</a></li>
<li><a href='list_5_2.html'>下一页</a></li>
<li><a href='list_5_4.html'>末页</a></li>
<li><span class="pageinfo">共 <strong>4</strong>页<strong>38</strong>条</span></li>
</ul></div>
 </div>
 <div class="pright">
  <div class="commend"><dl class="tbox"><dt><strong>栏目列表</strong></dt><dd><ul class="d6">
   <li><a href="/a/tzgg/">通知公告</a></li><li><a href="/a/xwgk/xxzd/">学校制度</a></li><li><a href="/a/xwgk/cwgk/">财务公开</a></li>
   <li><a href="/a/xwgk/sfgs/">收费公示</a></li><li><a href="/a/xwgk/zsgk/">招生公开</a></li><li><a href="/a/xwgk/rsgk/">人事公开</a></li>
   <li><a href="/a/xwgk/zzgk/">资助公开</a></li><li><a href="/a/dwgk/">党务公开</a></li><li><a href="/a/xwgk/aqgl/">安全管理</a></li>
  </ul></dd></dl></div>
  <div class="commend"><dl class="tbox"><dt><strong>热点内容</strong></dt><dd><ul class="c1 ico2">
   <li><a href="/a/xyxw/2023/0529/1199.html">红石一中举行2023届高三成人礼</a><span>05-29</span></li>
   <li><a href="/a/xyxw/2023/0522/1190.html">我校学生在全省化学竞赛中获一等奖</a><span>05-22</span></li>
   <li><a href="/a/gkzl/2023/0515/1183.html">高考最后二十天复习建议</a><span>05-15</span></li>
   <li><a href="/a/xyxw/2023/0508/1175.html">红石一中召开高三三模质量分析会</a><span>05-08</span></li>
   <li><a href="/a/dwgk/2023/0428/1166.html">党总支开展“五四”主题党日活动</a><span>04-28</span></li>
  </ul></dd></dl></div>
 </div>
</div>
<div class="footer w960 center mt1 clear"><div class="footer_body"><p class="powered">Powered by <strong>DedeCMS</strong></p>
<div class="copyright">Copyright &copy; 2010-2023 红石一中 版权所有 滇ICP备12008765号</div></div></div>
</body>
</html>
""".replace("{rows}", "\n".join(_pinned_row(n, r) for n, r in enumerate(PINNED_ROWS)))

# ---------------------------------------------------------------------------------------------------------------
# 10. a 财务公开 <table> (文件名称 | 发布日期 | 下载) whose rows link their .pdf files themselves: a pdf icon, the
#     title link, the size (318KB), the date, and a 下载 link to the same .pdf; index_2.htm
# ---------------------------------------------------------------------------------------------------------------

PDF_ROWS = (
    ("/uploadfile/2023/0506/20230506093012.pdf", "晨溪中学2023年部门预算公开", "2023-05-06", "318KB"),
    ("/uploadfile/2023/0418/20230418151247.pdf", "2023年第一季度食堂收支情况公示", "2023-04-18", "126KB"),
    ("/uploadfile/2023/0301/20230301102533.pdf", "晨溪中学2023年春季学期收费项目公示", "2023-03-01", "204KB"),
    ("/uploadfile/2023/0220/20230220164408.pdf", "2022年度学校“三公”经费支出情况说明", "2023-02-20", "97KB"),
    ("/uploadfile/2023/0116/20230116090151.pdf", "2022年第四季度食堂收支情况公示", "2023-01-16", "131KB"),
    ("/uploadfile/2023/0110/20230110143022.pdf", "2022年秋季学期代收费结算情况公示", "2023-01-10", "158KB"),
    ("/uploadfile/2022/1014/20221014111936.pdf", "2022年第三季度食堂收支情况公示", "2022-10-14", "122KB"),
    ("/uploadfile/2022/0908/20220908085517.pdf", "晨溪中学2022年部门决算公开", "2022-09-08", "455KB"),
)

PDF = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>财务公开 - 晨溪中学</title>
<link rel="stylesheet" href="/css/inner.css">
</head>
<body>
<div class="top"><img src="/images/top_logo.png" alt="晨溪中学"></div>
<div class="menu"><ul>
<li><a href="/index.htm">首页</a></li><li><a href="/xxgk/index.htm">学校概况</a></li><li><a href="/xwdt/index.htm">新闻动态</a></li>
<li><a href="/tzgg/index.htm">通知公告</a></li><li><a href="/xwgk/index.htm">校务公开</a></li><li><a href="/djyd/index.htm">党建园地</a></li>
<li><a href="/jxjy/index.htm">教学教研</a></li><li><a href="/dyzc/index.htm">德育之窗</a></li><li><a href="/zsxx/index.htm">招生信息</a></li>
</ul></div>
<div class="main">
 <div class="left">
  <h2>校务公开</h2>
  <ul class="sub-nav">
   <li><a href="/xwgk/gkzn/index.htm">公开指南</a></li><li><a href="/xwgk/xxjj/index.htm">学校简介</a></li>
   <li><a href="/xwgk/gzzd/index.htm">规章制度</a></li><li class="on"><a href="/xwgk/cwgk/index.htm">财务公开</a></li>
   <li><a href="/xwgk/sfxm/index.htm">收费项目</a></li><li><a href="/xwgk/stgk/index.htm">食堂公开</a></li>
   <li><a href="/xwgk/zbcg/index.htm">招标采购</a></li><li><a href="/xwgk/rsrm/index.htm">人事任免</a></li>
   <li><a href="/xwgk/zzgz/index.htm">资助工作</a></li><li><a href="/xwgk/gknb/index.htm">公开年报</a></li>
  </ul>
  <div class="newbox"><h3>最新信息</h3><ul>
   <li><a href="/xwdt/2023/0526/2210.htm">晨溪中学举行2023年校园艺术节</a><span>2023-05-26</span></li>
   <li><a href="/tzgg/2023/0519/2203.htm">关于2023年中考考前安全教育的通知</a><span>2023-05-19</span></li>
   <li><a href="/xwgk/zbcg/2023/0512/2196.htm">晨溪中学食堂食材采购项目中标公告</a><span>2023-05-12</span></li>
   <li><a href="/xwdt/2023/0428/2181.htm">我校召开家长学校专题讲座</a><span>2023-04-28</span></li>
   <li><a href="/xwgk/rsrm/2023/0421/2175.htm">2023年教师岗位聘任结果公示</a><span>2023-04-21</span></li>
  </ul></div>
 </div>
 <div class="right">
  <div class="dqwz">当前位置：<a href="/index.htm">首页</a> &gt; <a href="/xwgk/index.htm">校务公开</a> &gt; <a href="/xwgk/cwgk/index.htm">财务公开</a></div>
  <table class="filelist" width="100%" cellpadding="0" cellspacing="0">
   <tr><th>文件名称</th><th width="110">发布日期</th><th width="60">下载</th></tr>
{rows}
  </table>
  <div class="fenye">共2页 第1页 <a href="index.htm">首页</a> <a href="index_2.htm">下一页</a> <a href="index_2.htm">尾页</a></div>
 </div>
</div>
<div class="bottom">晨溪中学 版权所有 Copyright &copy; 2023 地址：晨溪县学院路9号 皖ICP备11002233号-1</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <tr><td class="name"><img src="/images/ico_pdf.gif" alt="pdf"> <a href="{href}" target="_blank">{title}</a> '
        f'<span class="size">({size})</span></td><td>{day}</td><td><a href="{href}" target="_blank">下载</a></td></tr>'
        for href, title, day, size in PDF_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 11. twenty rows under a pager of 共 87 条记录 第 1/5 页 首页 上一页 下一页 尾页 转到第[ ]页 whose links are
#     query-only (?page=2, ?page=5) and whose 转到 box is an <input> and a GO button
# ---------------------------------------------------------------------------------------------------------------

RECORDS_ROWS = (
    ("/xwgk/xwgg/2023/0530/2093.html", "双桥小学2023年“六一”儿童节活动安排", "2023-05-30"),
    ("/xwgk/xwgg/2023/0529/2091.html", "关于2023年端午节放假的通知", "2023-05-29"),
    ("/xwgk/xwgg/2023/0526/2088.html", "双桥小学2023年5月份食堂收支公示", "2023-05-26"),
    ("/xwgk/xwgg/2023/0524/2085.html", "关于开展防溺水专项教育的通知", "2023-05-24"),
    ("/xwgk/xwgg/2023/0522/2081.html", "2023年一年级新生入学登记公告", "2023-05-22"),
    ("/xwgk/xwgg/2023/0519/2078.html", "双桥小学课后服务满意度调查结果", "2023-05-19"),
    ("/xwgk/xwgg/2023/0517/2074.html", "关于组织学生参加区艺术展演的通知", "2023-05-17"),
    ("/xwgk/xwgg/2023/0515/2071.html", "2023年春季学期家庭经济困难学生资助名单公示", "2023-05-15"),
    ("/xwgk/xwgg/2023/0512/2067.html", "双桥小学防灾减灾宣传周活动方案", "2023-05-12"),
    ("/xwgk/xwgg/2023/0510/2063.html", "关于2023年春季学期学生体质健康测试的通知", "2023-05-10"),
    ("/xwgk/xwgg/2023/0508/2060.html", "双桥小学2023年教职工师德考核结果公示", "2023-05-08"),
    ("/xwgk/xwgg/2023/0505/2056.html", "关于加强校园周边交通安全管理的通告", "2023-05-05"),
    ("/xwgk/xwgg/2023/0428/2050.html", "2023年“五一”劳动节放假安全告家长书", "2023-04-28"),
    ("/xwgk/xwgg/2023/0426/2047.html", "双桥小学2023年4月份食堂收支公示", "2023-04-26"),
    ("/xwgk/xwgg/2023/0424/2043.html", "关于开展“红领巾读书节”活动的通知", "2023-04-24"),
    ("/xwgk/xwgg/2023/0421/2039.html", "双桥小学校级家长委员会换届选举结果公示", "2023-04-21"),
    ("/xwgk/xwgg/2023/0419/2036.html", "关于召开2023年春季学期家长会的通知", "2023-04-19"),
    ("/xwgk/xwgg/2023/0417/2032.html", "双桥小学2023年教辅材料征订公示", "2023-04-17"),
    ("/xwgk/xwgg/2023/0414/2028.html", "关于开展全民国家安全教育日活动的通知", "2023-04-14"),
    ("/xwgk/xwgg/2023/0412/2025.html", "双桥小学2023年第一季度公用经费使用公示", "2023-04-12"),
)

RECORDS = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>校务公告--双桥小学</title>
<link rel="stylesheet" href="/template/sq/css/list.css">
</head>
<body>
<div class="header"><div class="inner"><img src="/template/sq/images/logo.png" alt="双桥小学"><span class="motto">崇德 尚学 健体 创新</span></div></div>
<div class="navbar"><ul class="inner">
<li><a href="/">首页</a></li><li><a href="/xxgk/">学校概况</a></li><li><a href="/xyxw/">校园新闻</a></li>
<li class="active"><a href="/xwgk/">校务公开</a></li><li><a href="/dwgk/">党务公开</a></li><li><a href="/jyjx/">教育教学</a></li>
<li><a href="/dyhd/">德育活动</a></li><li><a href="/jsfc/">教师风采</a></li><li><a href="/xsyd/">学生园地</a></li>
<li><a href="/jxhd/">家校互动</a></li>
</ul></div>
<div class="inner content">
 <div class="sidebar">
  <div class="sb-title">校务公开</div>
  <ul class="sb-menu">
   <li class="active"><a href="/xwgk/xwgg/">校务公告</a></li><li><a href="/xwgk/xxzd/">学校制度</a></li>
   <li><a href="/xwgk/cwgk/">财务公开</a></li><li><a href="/xwgk/sfgs/">收费公示</a></li>
   <li><a href="/xwgk/stgk/">食堂公开</a></li><li><a href="/xwgk/zsgk/">招生公开</a></li>
   <li><a href="/xwgk/rsgk/">人事公开</a></li><li><a href="/xwgk/zzgk/">资助公开</a></li>
   <li><a href="/xwgk/jwjc/">纪委监察</a></li><li><a href="/xwgk/gknb/">公开年报</a></li>
  </ul>
  <div class="sb-box"><div class="sb-title">最新新闻</div><ul>
   <li><a href="/xyxw/2023/0531/2095.html">双桥小学举行“六一”文艺汇演</a><span>2023-05-31</span></li>
   <li><a href="/xyxw/2023/0525/2087.html">我校获评区“书香校园”示范学校</a><span>2023-05-25</span></li>
   <li><a href="/xyxw/2023/0518/2076.html">五年级开展研学旅行活动</a><span>2023-05-18</span></li>
   <li><a href="/xyxw/2023/0511/2066.html">学校开展消防应急疏散演练</a><span>2023-05-11</span></li>
   <li><a href="/xyxw/2023/0504/2055.html">双桥小学少先队举行新队员入队仪式</a><span>2023-05-04</span></li>
  </ul></div>
 </div>
 <div class="main">
  <div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/xwgk/">校务公开</a> &gt; <a href="/xwgk/xwgg/">校务公告</a></div>
  <ul class="list">
{rows}
  </ul>
  <div class="pager">共 87 条记录 第 1/5 页 <span class="disabled">首页</span> <span class="disabled">上一页</span> <a href="?page=2">下一页</a> <a href="?page=5">尾页</a> 转到第<input type="text" id="goto" size="2" value="1">页 <input type="button" value="GO" onclick="location.href='?page='+document.getElementById('goto').value"></div>
 </div>
</div>
<div class="footer"><div class="inner">主办：双桥小学 地址：双桥区育英街5号 电话：023-55512345<br>版权所有 双桥小学 渝ICP备09012345号-3</div></div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <li><a href="{href}" target="_blank">{title}</a><span>{day}</span></li>'
        for href, title, day in RECORDS_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 12. a pager of bare page numbers list_2.html … list_9.html (all eight shown) with 下一页/尾页 and no count
# ---------------------------------------------------------------------------------------------------------------

LIST_N_ROWS = (
    ("/xyxw/2023/0526/6612.html", "桃山中学举行2023年校园开放日活动", "2023-05-26"),
    ("/xyxw/2023/0523/6607.html", "我校学子在市中学生篮球联赛中夺冠", "2023-05-23"),
    ("/xyxw/2023/0519/6601.html", "学校开展“心理健康教育月”系列活动", "2023-05-19"),
    ("/xyxw/2023/0516/6596.html", "桃山中学召开初三中考冲刺动员大会", "2023-05-16"),
    ("/xyxw/2023/0512/6590.html", "我校举行防震减灾应急疏散演练", "2023-05-12"),
    ("/xyxw/2023/0509/6584.html", "八年级开展地理生物会考模拟考试", "2023-05-09"),
    ("/xyxw/2023/0505/6579.html", "学校团委举行“五四”青年节表彰大会", "2023-05-05"),
    ("/xyxw/2023/0428/6571.html", "桃山中学第二十三届田径运动会开幕", "2023-04-28"),
    ("/xyxw/2023/0425/6566.html", "我校教师在省优质课评比中获一等奖", "2023-04-25"),
    ("/xyxw/2023/0421/6560.html", "学校举办“世界读书日”读书分享会", "2023-04-21"),
)

LIST_N = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>校园新闻_桃山中学</title>
<link rel="stylesheet" href="/static/css/common.css">
</head>
<body>
<div class="top"><div class="w1200"><a href="/"><img src="/static/images/logo.png" alt="桃山中学"></a>
<form class="so" action="/search/"><input name="kw" placeholder="请输入关键字"><button>搜索</button></form></div></div>
<div class="nav"><div class="w1200">
<a href="/">学校首页</a><a href="/xxgk/">学校概况</a><a class="cur" href="/xyxw/index.html">校园新闻</a><a href="/tzgg/index.html">通知公告</a>
<a href="/xwgk/index.html">校务公开</a><a href="/dwgk/index.html">党务公开</a><a href="/jxky/index.html">教学科研</a>
<a href="/dyyd/index.html">德育园地</a><a href="/zsks/index.html">招生考试</a><a href="/lxwm/">联系我们</a>
</div></div>
<div class="w1200 inner">
 <div class="inner-l">
  <div class="col-name">新闻中心</div>
  <ul class="col-list">
   <li class="on"><a href="/xyxw/index.html">校园新闻</a></li><li><a href="/tzgg/index.html">通知公告</a></li>
   <li><a href="/mtjj/index.html">媒体聚焦</a></li><li><a href="/jsdt/index.html">教师动态</a></li>
   <li><a href="/xsdt/index.html">学生动态</a></li><li><a href="/tszt/index.html">图说桃中</a></li>
   <li><a href="/ztzl/index.html">专题专栏</a></li><li><a href="/xyzx/index.html">校友之窗</a></li>
  </ul>
  <div class="side-news"><div class="col-name">推荐阅读</div><ul>
   <li><a href="/tzgg/2023/0529/6615.html">关于2023年中考期间作息调整的通知</a><span>05-29</span></li>
   <li><a href="/mtjj/2023/0524/6608.html">市报：桃山中学“双减”下的课后服务</a><span>05-24</span></li>
   <li><a href="/jsdt/2023/0518/6599.html">我校三名教师入选市学科带头人</a><span>05-18</span></li>
   <li><a href="/xsdt/2023/0510/6586.html">学生社团成果展示活动举行</a><span>05-10</span></li>
   <li><a href="/tzgg/2023/0426/6568.html">关于“五一”假期安全工作的通知</a><span>04-26</span></li>
  </ul></div>
 </div>
 <div class="inner-r">
  <div class="path">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 校园新闻</div>
  <ul class="news">
{rows}
  </ul>
  <div class="paging"><span class="cur">1</span><a href="list_2.html">2</a><a href="list_3.html">3</a><a href="list_4.html">4</a><a href="list_5.html">5</a><a href="list_6.html">6</a><a href="list_7.html">7</a><a href="list_8.html">8</a><a href="list_9.html">9</a><a href="list_2.html">下一页</a><a href="list_9.html">尾页</a></div>
 </div>
</div>
<div class="foot"><div class="w1200">Copyright &copy; 桃山中学 版权所有 地址：桃山市解放路200号 鲁ICP备10023456号</div></div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <li><span class="dot"></span><a href="{href}" target="_blank">{title}</a><i>{day}</i></li>'
        for href, title, day in LIST_N_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 13. a pager of onclick="goPage(2)" links (href="javascript:void(0)") whose page URLs are a JavaScript array in
#     the page's own script (pageUrls[1] is index_1.shtml); 共6页 第1页; a 德育工作 list
# ---------------------------------------------------------------------------------------------------------------

JS_ARRAY_ROWS = (
    ("./202305/t20230525_88213.shtml", "东湖小学开展“文明礼仪伴我行”主题教育活动", "2023-05-25"),
    ("./202305/t20230518_88176.shtml", "学校召开班主任工作经验交流会", "2023-05-18"),
    ("./202305/t20230511_88140.shtml", "东湖小学开展“感恩母亲”主题班会", "2023-05-11"),
    ("./202305/t20230504_88102.shtml", "少先队大队委员竞选活动举行", "2023-05-04"),
    ("./202304/t20230427_88063.shtml", "东湖小学开展劳动技能大比拼活动", "2023-04-27"),
    ("./202304/t20230420_88021.shtml", "心理健康教育讲座走进课堂", "2023-04-20"),
    ("./202304/t20230413_87986.shtml", "学校开展“禁毒知识进校园”宣传活动", "2023-04-13"),
    ("./202304/t20230403_87944.shtml", "东湖小学组织学生开展清明节网上祭英烈", "2023-04-03"),
    ("./202303/t20230327_87905.shtml", "学校评选三月份“文明班级”", "2023-03-27"),
    ("./202303/t20230320_87867.shtml", "东湖小学开展“学雷锋”志愿服务月活动总结", "2023-03-20"),
)

JS_ARRAY = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>德育工作 - 东湖小学</title>
<link rel="stylesheet" href="../../css/style.css">
<script type="text/javascript">
var pageCount = 6;
var currentPage = 1;
var pageUrls = ["index.shtml", "index_1.shtml", "index_2.shtml", "index_3.shtml", "index_4.shtml", "index_5.shtml"];
function goPage(n) {
  if (n < 1 || n > pageCount || n == currentPage) { return; }
  window.location.href = pageUrls[n - 1];
}
</script>
</head>
<body>
<div class="banner"><img src="../../images/banner.jpg" alt="东湖小学"></div>
<div class="menu"><ul>
<li><a href="../../index.shtml">首页</a></li><li><a href="../../xxgk/">学校概况</a></li><li><a href="../../xwdt/">新闻动态</a></li>
<li><a href="../../xwgk/">校务公开</a></li><li><a href="../../dwgk/">党务公开</a></li><li><a href="../">德育园地</a></li>
<li><a href="../../jxjy/">教学教研</a></li><li><a href="../../aqjy/">安全教育</a></li><li><a href="../../jxgy/">家校共育</a></li>
</ul></div>
<div class="wrap">
 <div class="side">
  <div class="side-hd">德育园地</div>
  <ul class="side-nav">
   <li class="on"><a href="./">德育工作</a></li><li><a href="../sdjs/">少先队建设</a></li><li><a href="../bzrgz/">班主任工作</a></li>
   <li><a href="../xljk/">心理健康</a></li><li><a href="../ldjy/">劳动教育</a></li><li><a href="../jtjy/">家庭教育</a></li>
   <li><a href="../wmly/">文明礼仪</a></li><li><a href="../xyhd/">校园活动</a></li>
  </ul>
  <div class="side-hot"><div class="side-hd">热点信息</div><ul>
   <li><a href="../../xwdt/202305/t20230530_88235.shtml">东湖小学举行“六一”庆祝活动</a><span>2023-05-30</span></li>
   <li><a href="../../xwgk/202305/t20230522_88190.shtml">2023年一年级招生工作方案公示</a><span>2023-05-22</span></li>
   <li><a href="../../aqjy/202305/t20230515_88158.shtml">防溺水安全致家长的一封信</a><span>2023-05-15</span></li>
   <li><a href="../../jxjy/202305/t20230508_88121.shtml">语文组开展绘本阅读教学研讨</a><span>2023-05-08</span></li>
   <li><a href="../../xwdt/202304/t20230424_88040.shtml">我校获评市级“平安校园”</a><span>2023-04-24</span></li>
  </ul></div>
 </div>
 <div class="con">
  <div class="crumb">当前位置：<a href="../../index.shtml">首页</a> &gt; <a href="../">德育园地</a> &gt; 德育工作</div>
  <ul class="con-list">
{rows}
  </ul>
  <div class="fy">共6页 第1页 <a href="javascript:void(0)" onclick="goPage(1)">首页</a> <a href="javascript:void(0)" onclick="goPage(0)">上一页</a> <a href="javascript:void(0)" onclick="goPage(2)">下一页</a> <a href="javascript:void(0)" onclick="goPage(6)">尾页</a></div>
 </div>
</div>
<div class="footer">东湖小学 版权所有 地址：东湖区湖滨路66号 电话：0710-5556677 鄂ICP备12006789号-2</div>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f'   <li><a href="{href}" target="_blank" title="{title}">{title}</a><span>{day}</span></li>'
        for href, title, day in JS_ARRAY_ROWS
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# 14. an old ASP page, GBK, all <table>s: rows of an arrow gif, the title link and the date as ASP writes Now()
#     (2023-5-6); the pager in English words: Records: 52 Page 1 of 3 First Prev Next Last (…&page=2)
# ---------------------------------------------------------------------------------------------------------------

ASP_ROWS = (
    ("NewsView.asp?ID=1532", "绿野小学2023年春季学期家长开放日活动方案", "2023-05-26"),
    ("NewsView.asp?ID=1529", "关于做好2023年夏季防溺水工作的通知", "2023-05-19"),
    ("NewsView.asp?ID=1523", "绿野小学2023年春季学期学生资助名单公示", "2023-05-06"),
    ("NewsView.asp?ID=1518", "关于开展“劳动最光荣”主题实践活动的通知", "2023-04-27"),
    ("NewsView.asp?ID=1514", "绿野小学2023年一季度办公经费使用公示", "2023-04-14"),
    ("NewsView.asp?ID=1509", "关于组织学生参加县中小学生运动会的通知", "2023-04-07"),
    ("NewsView.asp?ID=1505", "绿野小学2023年春季学期收费公示", "2023-03-01"),
    ("NewsView.asp?ID=1501", "2023年春季学期开学工作安排", "2023-02-08"),
    ("NewsView.asp?ID=1496", "绿野小学寒假安全告家长书", "2023-01-09"),
    ("NewsView.asp?ID=1490", "绿野小学2022年度教职工考核结果公示", "2022-12-28"),
)


def _asp_date(day):
    y, m, d = day.split("-")
    return f"{y}-{int(m)}-{int(d)}"


ASP = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>绿野小学--校务公开</title>
<link href="css.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top.jpg" width="960" height="150"></td></tr>
<tr><td background="images/menu_bg.gif" height="32" align="center" class="menu">
<a href="index.asp">网站首页</a> | <a href="About.asp">学校简介</a> | <a href="NewsList.asp?BigClassID=1">学校新闻</a> |
<a href="NewsList.asp?BigClassID=2">通知公告</a> | <a href="NewsList.asp?BigClassID=4">校务公开</a> | <a href="NewsList.asp?BigClassID=5">党建工作</a> |
<a href="NewsList.asp?BigClassID=6">教学教研</a> | <a href="NewsList.asp?BigClassID=7">德育园地</a> | <a href="Guestbook.asp">留言板</a>
</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="220" valign="top" bgcolor="#F5F9F0">
 <table width="100%" border="0" cellspacing="0" cellpadding="0">
 <tr><td class="ltitle" height="30">&nbsp;校务公开</td></tr>
 <tr><td class="lmenu">
 <a href="NewsList.asp?BigClassID=4&SmallClassID=41">公开指南</a><br>
 <a href="NewsList.asp?BigClassID=4&SmallClassID=42">学校制度</a><br>
 <a href="NewsList.asp?BigClassID=4&SmallClassID=43">财务公开</a><br>
 <a href="NewsList.asp?BigClassID=4&SmallClassID=44">收费公示</a><br>
 <a href="NewsList.asp?BigClassID=4&SmallClassID=45">招生信息</a><br>
 <a href="NewsList.asp?BigClassID=4&SmallClassID=46">人事信息</a><br>
 <a href="NewsList.asp?BigClassID=4&SmallClassID=47">学生资助</a><br>
 <a href="NewsList.asp?BigClassID=4&SmallClassID=48">食堂管理</a><br>
 <a href="NewsList.asp?BigClassID=4&SmallClassID=49">安全工作</a>
 </td></tr>
 <tr><td class="ltitle" height="30">&nbsp;热点文章</td></tr>
 <tr><td class="lhot">
 <a href="NewsView.asp?ID=1534" target="_blank">绿野小学举行庆六一文艺汇演</a> <font color="#999999">2023-5-31</font><br>
 <a href="NewsView.asp?ID=1527" target="_blank">我校获县小学生乒乓球比赛团体第一名</a> <font color="#999999">2023-5-16</font><br>
 <a href="NewsView.asp?ID=1520" target="_blank">县教育局来校开展教学视导</a> <font color="#999999">2023-4-28</font><br>
 <a href="NewsView.asp?ID=1511" target="_blank">绿野小学开展防震减灾演练</a> <font color="#999999">2023-4-11</font><br>
 <a href="NewsView.asp?ID=1503" target="_blank">绿野小学举行春季开学典礼</a> <font color="#999999">2023-2-13</font>
 </td></tr>
 </table>
</td>
<td width="740" valign="top" style="padding-left:20px">
 <table width="100%" border="0" cellspacing="0" cellpadding="0">
 <tr><td height="30" class="weizhi">当前位置：<a href="index.asp">首页</a> &gt; <a href="NewsList.asp?BigClassID=4">校务公开</a> &gt; 全部</td></tr>
 </table>
 <table width="100%" border="0" cellspacing="0" cellpadding="0" class="newslist">
{rows}
 </table>
 <table width="100%" border="0" cellspacing="0" cellpadding="0">
 <tr><td height="36" align="center">Records: 52 &nbsp; Page 1 of 3 &nbsp; 20/Page &nbsp; First | Prev | <a href="NewsList.asp?BigClassID=4&page=2">Next</a> | <a href="NewsList.asp?BigClassID=4&page=3">Last</a></td></tr>
 </table>
</td>
</tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="70" align="center" bgcolor="#6B9E3A" class="bottom">绿野小学 版权所有 地址：绿野县城关镇学前路2号 电话：0734-5551122<br>湘ICP备08004321号</td></tr>
</table>
</body>
</html>
""".replace(
    "{rows}",
    "\n".join(
        f' <tr><td width="20" height="28"><img src="images/arrow.gif" width="9" height="9"></td>'
        f'<td><a href="{href}" target="_blank">{title}</a></td><td width="90" align="right">{_asp_date(day)}</td></tr>'
        for href, title, day in ASP_ROWS
    ),
)

CASES = [
    ListCase(
        "school-month-headings-full-date",
        "http://www.lxzx.example.cn/xwgk/xwdt/",
        MONTHS_FULL,
        MONTHS_FULL_ROWS,
        (1, 4, "http://www.lxzx.example.cn/xwgk/xwdt/2.html"),
    ),
    ListCase(
        # the rows show only the day (26日): the reader reads heading and day together, a whole YYYY-MM-DD
        "school-month-headings-day-only",
        "http://www.qhxx.example.cn/dwgk/list.jsp?lm=31",
        MONTHS_DAY,
        MONTHS_DAY_ROWS,
        (1, 2, "http://www.qhxx.example.cn/dwgk/list.jsp?lm=31&page=2"),
    ),
    ListCase(
        "school-numeric-year-tabs",
        "http://www.hyzx.example.cn/zsgz/list.php?year=2024",
        YEAR_TABS,
        YEAR_TABS_ROWS,
        (1, 3, "http://www.hyzx.example.cn/zsgz/list.php?year=2024&p=2"),
    ),
    ListCase(
        "school-gongkai-shixiang-table",
        "http://www.nsxx.example.cn/xwgk/gksx/index.html",
        ITEMS_TABLE,
        tuple(row[:3] for row in ITEMS_TABLE_ROWS),
        (1, 3, "http://www.nsxx.example.cn/xwgk/gksx/index_2.html"),
    ),
    ListCase(
        "school-date-bar-title",
        "http://www.bjzx.example.cn/dwgk/list.htm",
        DATE_BAR,
        DATE_BAR_ROWS,
        (1, 5, "http://www.bjzx.example.cn/dwgk/list2.htm"),
    ),
    ListCase(
        "school-item-day-badge",
        "http://www.jxsy.example.cn/news/xyxw/",
        BADGE,
        BADGE_ROWS,
        (1, 6, "http://www.jxsy.example.cn/news/xyxw/p2.html"),
    ),
    ListCase(
        "school-dl-per-row",
        "http://www.ytzx.example.cn/Article/List.aspx?ID=9",
        DL,
        DL_ROWS,
        (1, 5, "http://www.ytzx.example.cn/Article/List.aspx?ID=9&page=2"),
    ),
    ListCase(
        "school-mobile-load-more",
        "http://m.lhxx.example.cn/list/8.html",
        MOBILE,
        MOBILE_ROWS,
        (1, 6, "http://m.lhxx.example.cn/list/8_2.html"),
    ),
    ListCase(
        "school-pinned-new-gif",
        "http://www.hsyz.example.cn/a/tzgg/",
        PINNED,
        PINNED_ROWS,
        (1, 4, "http://www.hsyz.example.cn/a/tzgg/list_5_2.html"),
    ),
    ListCase(
        "school-finance-pdf-rows",
        "http://www.cxzx.example.cn/xwgk/cwgk/index.htm",
        PDF,
        tuple(row[:3] for row in PDF_ROWS),
        (1, 2, "http://www.cxzx.example.cn/xwgk/cwgk/index_2.htm"),
    ),
    ListCase(
        "school-records-goto-query-pager",
        "http://www.sqxx.example.cn/xwgk/xwgg/",
        RECORDS,
        RECORDS_ROWS,
        (1, 5, "http://www.sqxx.example.cn/xwgk/xwgg/?page=2"),
    ),
    ListCase(
        "school-list-n-html-pager",
        "http://www.tszx.example.cn/xyxw/index.html",
        LIST_N,
        LIST_N_ROWS,
        (1, 9, "http://www.tszx.example.cn/xyxw/list_2.html"),
    ),
    ListCase(
        "school-onclick-gopage-js-array",
        "http://www.dhxx.example.cn/dyyd/dygz/index.shtml",
        JS_ARRAY,
        JS_ARRAY_ROWS,
        (1, 6, "http://www.dhxx.example.cn/dyyd/dygz/index_1.shtml"),
    ),
    ListCase(
        "school-asp-page-of-english-gbk",
        "http://www.lyxx.example.cn/NewsList.asp?BigClassID=4",
        ASP,
        ASP_ROWS,
        (1, 3, "http://www.lyxx.example.cn/NewsList.asp?BigClassID=4&page=2"),
        gbk=True,
    ),
]
