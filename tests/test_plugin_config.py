"""One Datasette serving several archives, each with its own files folder (the plugin's configuration in
metadata, web/config.py): every archive's pages and bytes are its own. And an archive whose crawl recorded its
files folder elsewhere is served from there with no configuration at all (store.files.ArchiveDir)."""

import asyncio
import hashlib
import io
import re

from datasette.app import Datasette
from PIL import Image

from jiangbei_crawler import store as storage
from jiangbei_crawler.store.files import ArchiveDir

SITE_PLUGINS = "jiangbei_crawler/web/site/plugins"  # what `datasette archives/` loads


def png(color):
    buf = io.BytesIO()
    Image.new("RGB", (4, 3), color).save(buf, "PNG")
    return buf.getvalue()


def build(db_path, dirs, name, color, recorded=False):
    """A one-article archive at ``db_path`` whose image and attachment bytes lie in ``dirs.files``; ``recorded``:
    its crawl row names that folder, as a real crawl does."""
    picture, document = png(color), f"{name} 的附件".encode()
    parts = []
    for data in (picture, document):
        sha = hashlib.sha256(data).hexdigest()
        parts.append({"sha256": sha, "file": dirs.store_file(data, sha), "size": len(data)})
    db = storage.ensure_db_shape(storage.open_db(str(db_path)))
    crawl_id = storage.start_crawl(db, dirs=dirs if recorded else None)
    school = f"{name}小学"
    item = {"id": 1, "url": f"http://{name}.example/show.asp?id=1", "school": school, "title": f"{name}的通知",
            "category": "校务公开", "category_path": "校务公开", "source": "办公室",
            "published": "2026-01-05T09:00:00+08:00", "body_text": f"{name}召开大会。",
            "body_html": f'<p>{name}召开大会。</p><img src="http://{name}.example/a.png">',
            "images": [{"url": f"http://{name}.example/a.png", "content_type": "image/png", **parts[0]}],
            "attachments": [{"url": f"http://{name}.example/a.doc", "name": f"{name}.doc", **parts[1]}]}  # fmt: skip
    with db.atomic():
        storage.save_article(db, item, crawl_id)
    db.conn.close()
    return {"school": school, "image": picture, "image_sha": parts[0]["sha256"], "attachment": document}


def get(datasette, path):
    return asyncio.run(datasette.client.get(path))


def attachment_link(page, prefix=""):
    """The address the article page gives its attachment."""
    found = re.search(rf'href="({re.escape(prefix)}/-/attachment/1/\d+)"', page)
    assert found, "no attachment link on the page"
    return found.group(1)


def test_one_datasette_serves_each_archive_its_own_pages_and_bytes(tmp_path):
    # each archive's files in a folder of its own, away from the database (nothing lies beside it)
    archives = {}
    for name, color in (("east", "red"), ("west", "blue")):
        files = tmp_path / "bytes" / f"{name}-files"
        dirs = ArchiveDir.at(str(tmp_path / "dbs" / f"{name}.db"), files=str(files))
        archives[name] = build(tmp_path / "dbs" / f"{name}.db", dirs, name, color)
    metadata = {"databases": {name: {"plugins": {"jiangbei": {"files": f"../bytes/{name}-files"}}}
                              for name in archives}}  # fmt: skip
    datasette = Datasette(files=[str(tmp_path / "dbs" / f"{n}.db") for n in archives], metadata=metadata,
                          plugins_dir=SITE_PLUGINS)  # fmt: skip
    for name, other in (("east", "west"), ("west", "east")):
        mine, theirs = archives[name], archives[other]
        home = get(datasette, f"/{name}")
        assert home.status_code == 200 and mine["school"] in home.text and theirs["school"] not in home.text
        assert f"/{name}/school/" in home.text  # the home links this archive's own school pages
        school = get(datasette, f"/{name}/school/{mine['school']}")
        assert school.status_code == 200 and f"{name}的通知" in school.text
        assert f"/{name}/watch.atom?school=" in school.text  # the school's own feed
        assert get(datasette, f"/{name}/school/{theirs['school']}").status_code == 404
        page = get(datasette, f"/{name}/articles/1")
        assert page.status_code == 200 and f"{name}召开大会" in page.text and f"{other}召开大会" not in page.text
        assert f'src="/{name}/-/image/{mine["image_sha"]}"' in page.text  # the body shows its archived copy
        image = get(datasette, f"/{name}/-/image/{mine['image_sha']}")
        assert image.status_code == 200 and image.content == mine["image"]
        assert get(datasette, f"/{name}/-/image/{theirs['image_sha']}").status_code == 404
        attachment = get(datasette, attachment_link(page.text, f"/{name}"))
        assert attachment.status_code == 200 and attachment.content == mine["attachment"]
        feed = get(datasette, f"/{name}/watch.atom")  # its changes, linking its own pages
        assert f"/{name}/article_versions/1,1" in feed.text and f"{other}的通知" not in feed.text
    # neither is the instance's own archive: the root's routes belong to none of them
    assert get(datasette, f"/-/image/{archives['east']['image_sha']}").status_code == 404


def test_an_archive_is_served_from_the_files_folder_its_crawl_recorded(tmp_path):
    files = tmp_path / "elsewhere" / "files"
    dirs = ArchiveDir.at(str(tmp_path / "archive" / "disclosure.db"), files=str(files))
    built = build(tmp_path / "archive" / "disclosure.db", dirs, "north", "green", recorded=True)
    assert not (tmp_path / "archive" / "files").exists()
    datasette = Datasette(files=[str(tmp_path / "archive" / "disclosure.db")], plugins_dir=SITE_PLUGINS)
    image = get(datasette, f"/-/image/{built['image_sha']}")
    assert image.status_code == 200 and image.content == built["image"]
    page = get(datasette, "/disclosure/articles/1").text
    assert get(datasette, attachment_link(page)).content == built["attachment"]
    home = get(datasette, "/")
    assert home.status_code == 200 and built["school"] in home.text


def test_the_portals_folder_serves_each_portals_pages_and_bytes_beside_the_portals_page(tmp_path):
    """`jiangbei-crawler portals` writes archives/ (prepare_site): each portal's pages at /<id>/…, its bytes from
    archives/<id>/files (the folder fleet/portals.py crawls into), the portals page and /-/search at the root."""
    from types import SimpleNamespace

    from jiangbei_crawler.cli.portals import prepare_site

    root = tmp_path / "archives"
    portals = [SimpleNamespace(id="p1", name="门户一"), SimpleNamespace(id="p2", name="门户二")]
    built = {}
    for portal, color in zip(portals, ("red", "blue")):
        dirs = ArchiveDir.at(str(root / f"{portal.id}.db"), files=str(root / portal.id / "files"))
        built[portal.id] = build(root / f"{portal.id}.db", dirs, portal.id, color)
    prepare_site(SimpleNamespace(archives=str(root), portals=portals))
    datasette = Datasette(config_dir=root)  # every <id>.db of the folder, as `datasette archives/`
    asyncio.run(datasette.invoke_startup())  # in the order `datasette serve` takes: start-up, then the app
    datasette.app()
    home = get(datasette, "/")
    assert 'id="portal-p1"' in home.text and 'id="portal-p2"' in home.text  # the portals page
    found = get(datasette, "/-/search.json?q=召开大会").json()
    assert {r["url"] for r in found["rows"]} == {"/p1/articles/1", "/p2/articles/1"}
    for name, mine in built.items():
        assert mine["school"] in get(datasette, f"/{name}").text
        page = get(datasette, f"/{name}/articles/1")
        assert page.status_code == 200 and f"{name}召开大会" in page.text
        assert get(datasette, f"/{name}/-/image/{mine['image_sha']}").content == mine["image"]
        assert get(datasette, attachment_link(page.text, f"/{name}")).content == mine["attachment"]
