"""Many portals: portals.yaml, `jiangbei-crawler portals schedule|status|collect` on real Scrapyd daemons, and
Datasette over every archive (the portals page, the cross-portal search)."""

import json
import os
import sqlite3
import urllib.parse
import urllib.request
from contextlib import ExitStack, contextmanager

import pytest
from selenium.webdriver.common.by import By

from jiangbei_crawler.fleet import portals
from jiangbei_crawler.fleet import scrapyd as fleet
from jiangbei_crawler.testing import ROOT, cli, compare, datasette, free_port, instr_where, replica, truth, wait_for
from jiangbei_crawler.testing import q as query

SEEDS = (1, 2, 3)
FAST = "  delay: 0\n  autothrottle: false\n  concurrency: 16\n  mode: full\n  ocr_budget: 0\n"


def write_config(path, urls, down_url=None, hosts=None, options=None):
    """portals.yaml for the replicas (p1, p2, p3), each with its ``options`` lines, and, given, a portal nobody
    answers for (down)."""
    lines = ["archives: archives", "defaults:", FAST.rstrip("\n"), "portals:"]
    for seed, url in zip(SEEDS, urls):
        lines += [f"  - id: p{seed}", f"    name: 门户{seed}", f"    url: {url}", *(options or {}).get(f"p{seed}", [])]
    if down_url:
        lines += ["  - id: down", f"    url: {down_url}"]
    if hosts:
        lines += ["hosts:"] + [f"  - url: {h}\n    archives: {d}" for h, d in hosts]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ---- portals.yaml ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ("portals:\n  - id: a\n    url: http://x/\n    dealy: 2\n", "line 4: unknown key 'dealy': did you mean delay?"),
        ("portals:\n  - id: a\n    url: http://x/\n    delay: fast\n", "line 4: delay must be a number, not 'fast'"),
        (
            "portals:\n  - id: a\n    url: http://x/\n  - id: a\n    url: http://y/\n",
            "line 4: id 'a' is already used on line 2",
        ),
        ("portals:\n  - id: A b\n    url: http://x/\n", "line 2: id 'A b' must be lower-case letters"),
        ("defaults:\n  delay: 1\nportal:\n  - id: a\n", "line 3: unknown key 'portal': did you mean portals?"),
        ("portals:\n  - id: a\n    url: [\n", "not valid YAML"),
        ("portals:\n  - id: a\n    url: portal.example\n", "line 2: url 'portal.example' is not an http(s) URL"),
    ],
)
def test_a_wrong_key_or_value_in_portals_yaml_is_one_line_naming_the_line(tmp_path, body, says):
    config = tmp_path / "portals.yaml"
    config.write_text(body, encoding="utf-8")
    proc = cli("portals", "status", "--config", str(config))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert says in proc.stderr and str(config) in proc.stderr, proc.stderr


def test_the_sample_portals_yaml_has_the_jiangbei_portal_and_defaults():
    config = portals.load(os.path.join(ROOT, "portals.yaml"))
    (jiangbei,) = config.enabled()
    assert jiangbei.id == "jiangbei" and jiangbei.options["delay"] == 1.0 and jiangbei.options["concurrency"] == 2
    settings = jiangbei.settings(config.archive(jiangbei))
    assert settings["ARCHIVE_PATH"].endswith(os.path.join("archives", "jiangbei.db"))
    assert settings["DOWNLOAD_DELAY"] == "1.0" and settings["CONCURRENT_REQUESTS_PER_DOMAIN"] == "2"
    assert settings["CONCURRENT_REQUESTS"] == "2"  # the job's whole limit: it crawls this portal only


def test_a_portal_goes_to_a_host_by_a_stable_hash_and_a_new_host_moves_only_its_own(tmp_path):
    def assign(n_hosts):
        body = "portals:\n" + "".join(f"  - {{id: portal{i}, url: 'http://p{i}.example/'}}\n" for i in range(90))
        body += "hosts:\n" + "".join(f"  - {{url: 'http://10.0.0.{h}:6800'}}\n" for h in range(n_hosts))
        (tmp_path / "p.yaml").write_text(body, encoding="utf-8")
        config = portals.load(str(tmp_path / "p.yaml"))
        return {p.id: config.host_of(p).url for p in config.portals}

    three, four = assign(3), assign(4)
    assert assign(3) == three  # stable
    moved = {pid for pid in three if three[pid] != four[pid]}
    assert moved and all(four[pid] == "http://10.0.0.3:6800" for pid in moved)
    assert len(set(three.values())) == 3


# ---- Scrapyd ----------------------------------------------------------------------------------------------------


@contextmanager
def replicas():
    with ExitStack() as stack:
        yield [stack.enter_context(replica("tiny", seed=seed)) for seed in SEEDS]


def assert_truth_equal(archive, url, seed):
    records, _removed = truth(url, seed=seed)
    accuracy, wrong = compare(archive, records)
    assert wrong == [], (archive, wrong[:5])


def crawl_rows(archive):
    return query(archive, "select id, status, started, finished from crawls order by id")


@pytest.mark.slow
def test_schedule_wait_crawls_every_portal_on_a_local_scrapyd_and_reports_the_one_that_is_down(tmp_path):
    with replicas() as urls:
        config = write_config(tmp_path / "portals.yaml", urls, down_url=f"http://127.0.0.1:{free_port()}",
                              options={"p2": ["    ocr_budget: 600"]})  # fmt: skip
        proc = cli("portals", "schedule", "--config", str(config), "--wait", timeout=900)
        assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
        assert proc.returncode == 1, proc.stdout + proc.stderr  # the down portal failed
        lines = {line.split(":")[0]: line for line in proc.stdout.splitlines()}
        for seed, url in zip(SEEDS, urls):
            assert lines[f"p{seed}"].startswith(f"p{seed}: crawl 1 ok: new=200 "), proc.stdout
            assert_truth_equal(tmp_path / "archives" / f"p{seed}.db", url, seed)
        assert lines["down"].startswith("down: crawl 1 failed: the home page did not answer"), proc.stdout
        assert "3 portals ok, 1 failed" in proc.stdout
    # a portal's OCR budget is spent by its Scrapyd job after the crawl; a budget of 0 spends none
    ocr = {p: query(tmp_path / "archives" / f"{p}.db", "select count(*) from ocr where text like '%图片公示%'")
           for p in ("p1", "p2")}  # fmt: skip
    assert ocr["p2"][0][0] > 0 and ocr["p1"] == [(0,)], ocr
    status = cli("portals", "status", "--config", str(config))
    assert status.returncode == 1 and "p2: crawl 1 ok" in status.stdout and "down: crawl 1 failed" in status.stdout
    # each portal its own files and WARC folder; Datasette can serve the folder as it is
    assert os.listdir(tmp_path / "archives" / "p1" / "warc") and (tmp_path / "archives" / "metadata.yml").exists()


def listjobs(base):
    return fleet.api(base, f"listjobs.json?project={fleet.PROJECT}")


@pytest.mark.slow
def test_two_scrapyd_hosts_run_only_their_portals_never_twice_at_once_and_collect_brings_every_archive(tmp_path):
    host_dirs = [tmp_path / "host-a" / "archives", tmp_path / "host-b" / "archives"]
    with ExitStack() as stack, replicas() as urls:
        bases = [stack.enter_context(fleet.scrapyd(str(tmp_path / f"scrapyd-{i}"))) for i in range(2)]
        config_path = write_config(tmp_path / "portals.yaml", urls, hosts=list(zip(bases, map(str, host_dirs))))
        config = portals.load(str(config_path))
        mine = {base: {p.id for p in config.portals if config.host_of(p).url == base} for base in bases}
        first = cli("portals", "schedule", "--config", str(config_path))
        second = cli("portals", "schedule", "--config", str(config_path))
        assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
        assert first.stdout.count("scheduled job") == 3, first.stdout
        assert wait_for(lambda: all(not listjobs(b)["pending"] and not listjobs(b)["running"] for b in bases), 600)
        for base in bases:  # each daemon ran its own portals, once each
            ran = {job["id"].rpartition(".")[0] for job in listjobs(base)["finished"]}
            assert ran == mine[base], (base, ran)
        not_again = [line for line in second.stdout.splitlines() if "not scheduled" in line]
        again = [line for line in second.stdout.splitlines() if "scheduled job" in line]
        for pid in ("p1", "p2", "p3"):
            host = config.host_of(next(p for p in config.portals if p.id == pid))
            rows = crawl_rows(host_dirs[bases.index(host.url)] / f"{pid}.db")
            # a second job of a portal runs only after the first finished: never two crawls of one archive at once
            assert all(later[2] >= earlier[3] for earlier, later in zip(rows, rows[1:])), rows
            assert rows[0][1] == "ok"
        assert len(not_again) + len(again) == 3 and not_again, second.stdout
    collected = cli("portals", "collect", "--config", str(config_path))
    assert collected.returncode == 0, collected.stderr
    assert collected.stdout.count("collected from") == 3, collected.stdout
    for seed, url in zip(SEEDS, urls):
        here = tmp_path / "archives" / f"p{seed}.db"
        assert_truth_equal(here, url, seed)
        assert not os.path.exists(f"{here}-wal")
    again = cli("portals", "collect", "--config", str(config_path))
    assert " 0 files copied" in again.stdout and "already here" in again.stdout, again.stdout


# ---- Datasette over every archive -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """Three replica portals crawled through `portals schedule --wait`, served by `datasette archives/`."""
    root = tmp_path_factory.mktemp("portals")
    with replicas() as urls:
        config = write_config(root / "portals.yaml", urls)
        proc = cli("portals", "schedule", "--config", str(config), "--wait", timeout=900)
        assert proc.returncode == 0, proc.stdout + proc.stderr
    with datasette(root / "archives") as base:
        yield base, root / "archives"


def get(base, path):
    with urllib.request.urlopen(base + path, timeout=60) as resp:
        return resp.status, resp.headers.get("content-type"), resp.read()


def search_all(base, q, **filters):
    """Every row of the cross-portal search, page after page."""
    rows, page = [], 1
    while True:
        query = urllib.parse.urlencode({"q": q, "page": page, **filters})
        result = json.loads(get(base, f"/-/search.json?{query}")[2])
        rows += result["rows"]
        if not result["rows"]:
            return result, rows
        page += 1


def instr_matches(archives, q):
    """(portal, id, published) of every article holding every term of ``q``, by instr over the searched text."""
    found = set()
    for seed in SEEDS:
        conn = sqlite3.connect(archives / f"p{seed}.db")
        for aid, published in conn.execute(f"select id, published from articles where {instr_where(q)}"):
            found.add((f"p{seed}", aid, published))
        conn.close()
    return found


def test_each_archives_part_of_the_search_equals_instr_with_and_without_filters(tmp_path):
    """What the cross-portal search asks of one archive (web/portals.py newest, facet_counts), against instr:
    the same total, the same newest rows in the same order (undated last, equal dates by id, newest first) and
    the same school and year counts, for common and rare terms, with a school or year filter or both."""
    import random

    from jiangbei_crawler import store
    from jiangbei_crawler.store import search
    from jiangbei_crawler.web import portals as cross

    db = store.open_db(str(tmp_path / "a.db"))
    with store.write_transaction(db):
        store.ensure_db_shape(db)
    crawl_id, rng = store.start_crawl(db, "full"), random.Random(5)
    words = ["师德", "收费公示", "学生", "学校", "附件", "食堂"]
    with store.write_transaction(db):
        for i in range(1, 301):
            published = None if i % 11 == 0 else f"20{rng.randint(19, 23)}-0{rng.randint(1, 9)}-1{rng.randint(0, 2)}"
            body = "，".join(rng.sample(words, rng.randint(1, 4)))
            item = {"id": i, "url": f"http://127.0.0.1/a/{i}", "school": f"学校{i % 7}", "category": "公示",
                    "category_path": "公示", "title": f"第{i}号", "source": None, "published": published, "visits": 1,
                    "body_text": body, "body_html": f"<p>{body}</p>", "attachments": []}  # fmt: skip
            store.save_article(db, item, crawl_id)
    conn = db.conn
    for q in ["学", "师德", "收费 食堂", "公示", "附件 学生 学校", "没有"]:
        for filters in [{}, {"school": "学校3"}, {"year": "2021"}, {"school": "学校3", "year": "2022"}]:
            where = [instr_where(q, ("title", "body_text", "attachments_text", "ocr_text"))]
            where += [f"{k} = '{v}'" if k == "school" else f"{k} = {v}" for k, v in filters.items()]
            expected = conn.execute(f"select id, school, year, published from articles where {' and '.join(where)} "
                                    "order by published is null, published desc, id desc").fetchall()  # fmt: skip
            for limit in (20, 400):  # a page's worth, and every match (the undated ones last)
                total, rows = cross.newest(conn, search.fts_query(q), filters, limit)
                assert total == len(expected) and [tuple(r.values()) for r in rows] == expected[:limit], (q, filters)
            counts = {}
            for kind, value, n in cross.facet_counts(conn, search.fts_query(q), filters):
                counts.setdefault(kind, {})[value] = n
            for kind, column in (("school", 1), ("year", 2)):
                want = {}
                for row in expected:
                    want[row[column]] = want.get(row[column], 0) + 1
                assert counts.get(kind, {}) == want, (q, filters, kind)


def instr_facets(archives, q):
    """{school: count}, {year: count} of the articles holding every term of ``q``, by instr, over every archive."""
    schools, years = {}, {}
    for seed in SEEDS:
        conn = sqlite3.connect(archives / f"p{seed}.db")
        for school, year, n in conn.execute(f"select school, year, count(*) from articles where {instr_where(q)} "
                                            "group by school, year"):  # fmt: skip
            schools[school] = schools.get(school, 0) + n
            years[year] = years.get(year, 0) + n
        conn.close()
    return schools, years


@pytest.mark.slow
@pytest.mark.parametrize("q", ["师德", "收费", "学 公示", "附件"])
def test_cross_portal_search_equals_instr_over_every_archive_merged_by_date(served, q):
    base, archives = served
    result, rows = search_all(base, q)
    expected = instr_matches(archives, q)
    assert expected, q  # the query finds something in the replicas
    assert {(r["portal"], r["id"], r["published"]) for r in rows} == expected
    assert len(rows) == len(expected) == result["total"]
    assert {r["portal"] for r in rows} == {"p1", "p2", "p3"}  # each query matches dozens in every replica
    dates = [r["published"] for r in rows if r["published"]]
    assert dates == sorted(dates, reverse=True)
    assert all(r["url"] == f"/{r['portal']}/articles/{r['id']}" and r["school"] for r in rows)
    by_portal = {f["value"]: f["count"] for f in result["facets"]["portal"]}
    assert by_portal == {p: sum(1 for e in expected if e[0] == p) for p in {e[0] for e in expected}}
    assert result["facets_counted"]  # a few hundred matches: far under the facet limit
    by_school = {f["value"]: f["count"] for f in result["facets"]["school"]}
    by_year = {f["value"]: f["count"] for f in result["facets"]["year"]}
    assert (by_school, by_year) == instr_facets(archives, q)


@pytest.mark.slow
def test_search_facets_filter_and_the_atom_feed_and_pages_link_to_each_portal(served):
    base, archives = served
    result, rows = search_all(base, "师德")
    school = result["facets"]["school"][0]
    filtered, frows = search_all(base, "师德", school=school["value"])
    assert len(frows) == school["count"] and all(r["school"] == school["value"] for r in frows)
    year = result["facets"]["year"][0]
    _, yrows = search_all(base, "师德", year=str(year["value"]), portal="p2")
    assert all(r["year"] == year["value"] and r["portal"] == "p2" for r in yrows)
    status, ctype, feed = get(base, "/-/search.atom?q=" + urllib.parse.quote("师德"))
    assert status == 200 and ctype.startswith("application/atom+xml")
    import xml.dom.minidom

    entries = xml.dom.minidom.parseString(feed).getElementsByTagName("entry")
    assert 0 < len(entries) <= 50
    link = entries[0].getElementsByTagName("link")[0].getAttribute("href")
    assert link.endswith(rows[0]["url"])
    status, _, page = get(base, rows[0]["url"])  # the article page of its portal
    assert status == 200 and rows[0]["title"].encode() in page


@pytest.mark.slow
def test_above_the_facet_limit_school_and_year_are_not_counted_and_the_page_says_so(served, monkeypatch):
    """Over FACET_LIMIT matches the total, portal counts and rows stay exact, school and year are null (never an
    estimate) and the page says so; ``facets=all`` counts them, equal to the counts under the limit."""
    import asyncio

    from datasette.app import Datasette

    from jiangbei_crawler.web import portals as cross

    base, archives = served
    counted = json.loads(get(base, "/-/search.json?q=" + urllib.parse.quote("学"))[2])
    monkeypatch.setattr(cross, "FACET_LIMIT", counted["total"] - 1)

    async def ask(path):
        ds = Datasette(config_dir=archives)
        await ds.invoke_startup()
        return (await ds.client.get(path)).text

    capped = json.loads(asyncio.run(ask("/-/search.json?q=学")))
    assert not capped["facets_counted"] and capped["facets"]["school"] is None and capped["facets"]["year"] is None
    assert (capped["total"], capped["rows"]) == (counted["total"], counted["rows"])
    assert capped["facets"]["portal"] == counted["facets"]["portal"]
    asked = json.loads(asyncio.run(ask("/-/search.json?q=学&facets=all")))
    assert asked["facets_counted"] and asked["facets"] == counted["facets"]
    page = asyncio.run(ask("/-/search?q=学"))
    assert "未计数" in page and "facets=all" in page and "facet-school" in page


@pytest.mark.slow
def test_the_portals_page_lists_every_portal_with_its_counts_and_last_crawl(served):
    base, archives = served
    status, _, page = get(base, "/")
    html = page.decode()
    for seed in SEEDS:
        conn = sqlite3.connect(archives / f"p{seed}.db")
        articles, schools = conn.execute("select count(*), count(distinct school) from articles").fetchone()
        conn.close()
        row = html.split(f'id="portal-p{seed}"')[1].split("</tr>")[0]
        assert f"门户{seed}" in row and f"<td>{articles:,}</td>" in row and f"<td>{schools}</td>" in row
        assert 'class="status-ok">ok<' in row


@pytest.mark.slow
def test_browser_portals_page_to_cross_portal_search_to_an_article(served, browser):  # noqa: F811
    base, _archives = served
    browser.get(base + "/")
    names = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "table.portals td a")]
    assert names == ["门户1", "门户2", "门户3"]
    box = browser.find_element(By.ID, "q")
    box.send_keys("师德")
    box.submit()
    assert wait_for(lambda: "/-/search" in browser.current_url, 30)
    results = browser.find_elements(By.CSS_SELECTOR, ".result")
    assert 0 < len(results) <= 50
    portals_shown = {r.find_element(By.CSS_SELECTOR, ".portal").text for r in results}
    assert portals_shown <= {"门户1", "门户2", "门户3"} and len(portals_shown) > 1
    assert results[0].find_elements(By.TAG_NAME, "mark")  # the term is marked in the snippet
    facet = browser.find_element(By.CSS_SELECTOR, ".facet-portal a")
    chosen = facet.text
    facet.click()
    shown = {r.find_element(By.CSS_SELECTOR, ".portal").text for r in browser.find_elements(By.CSS_SELECTOR, ".result")}
    assert shown == {chosen}
    title = browser.find_element(By.CSS_SELECTOR, ".result a.title")
    expected = title.text
    title.click()
    assert wait_for(lambda: "/articles/" in browser.current_url, 30)
    assert expected in browser.page_source


def test_collect_snapshots_a_live_wal_archive_and_copies_each_file_once_by_sha256(tmp_path):
    import hashlib

    host, here = tmp_path / "host" / "archives", tmp_path / "archives"
    (host / "p1" / "files" / "ab").mkdir(parents=True)
    writer = sqlite3.connect(host / "p1.db")
    writer.execute("pragma journal_mode = wal")
    writer.execute("pragma wal_autocheckpoint = 0")  # the rows stay in the WAL file, as during a crawl
    writer.execute("create table articles (id integer primary key, title text)")
    writer.executemany("insert into articles values (?, ?)", [(i, f"标题{i}") for i in range(500)])
    writer.commit()
    assert os.path.getsize(f"{host / 'p1.db'}-wal") > 0
    data = b"attachment bytes"
    digest = hashlib.sha256(data).hexdigest()
    (host / "p1" / "files" / digest[:2]).mkdir(exist_ok=True)
    (host / "p1" / "files" / digest[:2] / digest).write_bytes(data)
    config = tmp_path / "portals.yaml"
    config.write_text(
        f"portals:\n  - {{id: p1, url: 'http://x/'}}\nhosts:\n  - {{url: 'http://h:6800', archives: '{host}'}}\n"
    )
    first = cli("portals", "collect", "--config", str(config))
    assert first.returncode == 0 and "1 files copied, 0 already here" in first.stdout, first.stdout + first.stderr
    copy = sqlite3.connect(here / "p1.db")
    assert copy.execute("select count(*), max(title) from articles").fetchone() == (500, "标题99")
    assert copy.execute("pragma journal_mode").fetchone()[0] == "delete" and not os.path.exists(f"{here / 'p1.db'}-wal")
    copy.close()
    assert (here / "p1" / "files" / digest[:2] / digest).read_bytes() == data
    again = cli("portals", "collect", "--config", str(config))
    assert "0 files copied, 1 already here" in again.stdout, again.stdout
    # bytes that do not hash to their name are refused, in one line
    bad = hashlib.sha256(b"other").hexdigest()
    (host / "p1" / "files" / bad[:2]).mkdir(exist_ok=True)
    (host / "p1" / "files" / bad[:2] / bad).write_bytes(b"tampered")
    refused = cli("portals", "collect", "--config", str(config))
    assert (
        refused.returncode == 1 and "does not hash to its name" in refused.stderr and "Traceback" not in refused.stderr
    )
    assert not (here / "p1" / "files" / bad[:2] / bad).exists()
    writer.close()
