"""The replica draws its text images with the font it ships, so a fresh machine needs no system font."""

import io

from fontTools.ttLib import TTFont
from PIL import Image

from jiangbei_crawler.replica.files import cjk_font_path, scanned_pdf, text_png
from jiangbei_crawler.replica.model import Options, Portal, image_lines, is_scan, scan_lines


def drawn_lines(portal):
    """Every line the replica draws at this state: body images and scanned attachments."""
    for aid in portal.live:
        article = portal.article(aid)
        yield from image_lines(article)
        for att in article.attachments:
            if att.ext == "pdf" and not att.offsite and is_scan(att.content_seed):
                yield from scan_lines(att.content_seed)


def test_every_character_the_replica_draws_is_in_the_shipped_font():
    cmap = TTFont(cjk_font_path()).getBestCmap()
    for template in ("jiangbei", "powereasy"):
        portal = Portal(Options.build(3, "small", template=template))
        for state in (0, 2):
            portal.set_state(state)
            missing = {ch for line in drawn_lines(portal) for ch in line if ord(ch) not in cmap}
            assert missing == set(), f"{template} state {state}: not in the font subset: {''.join(sorted(missing))}"


def test_text_images_are_drawn_the_same_way_every_time():
    lines = ("江北区实验小学图片公示", "编号1003住宿费每生每学期1100元")
    png = text_png.__wrapped__(lines)
    assert png == text_png.__wrapped__(lines)
    img = Image.open(io.BytesIO(png))
    assert img.mode == "L" and img.getextrema() == (0, 255)  # black text on white, not a blank page
    assert scanned_pdf.__wrapped__(lines) == scanned_pdf.__wrapped__(lines)
