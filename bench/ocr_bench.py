"""OCR engines side by side: rapidocr-onnxruntime 1.x (PP-OCRv4 models, the engine before) against rapidocr 3
(PP-OCRv6, the engine now), on the same images of the replica's own text, alternating image by image.

The images are drawn as the replica draws its body images and scans (WenQuanYi Micro Hei, black on white), at
the replica's size (28 px), small (20 px and 14 px), and degraded (28 px, blurred, halved and scaled back,
JPEG quality 20, turned 1°), which is what phone photos and faxed scans of notices look like. The truth is
the text drawn; character error rate ignores whitespace. `rapidocr-onnxruntime` comes with `.[bench]`.
"""

import io
import time

from jiangbei_crawler.replica import Options, Portal
from jiangbei_crawler.replica.files import _text_image
from jiangbei_crawler.replica.model import image_lines, scan_lines

from .evidence_bench import cer


def degraded(img):
    from PIL import Image, ImageFilter

    img = img.filter(ImageFilter.GaussianBlur(1.0))
    small = img.resize((img.width // 2, img.height // 2), Image.BILINEAR)
    img = small.resize(img.size, Image.BILINEAR)
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=20)
    return Image.open(io.BytesIO(buf.getvalue())).rotate(1, expand=True, fillcolor=(255, 255, 255))


VARIANTS = {
    "replica size (28 px)": lambda lines: _text_image(lines, 28),
    "small (20 px)": lambda lines: _text_image(lines, 20),
    "smaller (14 px)": lambda lines: _text_image(lines, 14),
    "degraded (28 px, blur, half scale, JPEG 20, 1°)": lambda lines: degraded(_text_image(lines, 28)),
}


def texts(n=12, size="small"):
    portal = Portal(Options.build(1, size))
    arts = [portal.article(aid) for aid in sorted(portal.live)[: n // 2]]
    seeds = [f"1/{aid}/scan" for aid in sorted(portal.live)[: n - len(arts)]]
    return [image_lines(a) for a in arts] + [scan_lines(s) for s in seeds]


def engines():
    import numpy as np
    from rapidocr import RapidOCR
    from rapidocr_onnxruntime import RapidOCR as Legacy

    from jiangbei_crawler.documents import ocr

    old, new = Legacy(), RapidOCR(params={"Global.log_level": "error"})
    return {
        ocr.LEGACY_ENGINE: lambda img: [t for _b, t, _s in (old(np.asarray(img.convert("RGB")))[0] or [])],
        ocr.engine_name(): lambda img: list(new(np.asarray(img.convert("RGB"))).txts or ()),
    }


def run(n=12):
    runners = engines()
    out = {name: {v: {"chars": 0, "errors": 0.0, "seconds": 0.0} for v in VARIANTS} for name in runners}
    for lines in texts(n):
        truth = "".join(lines)
        for variant, draw in VARIANTS.items():
            img = draw(lines)
            for name, read in runners.items():  # alternating: machine noise falls on both
                t0 = time.monotonic()
                got = "".join(read(img))
                cell = out[name][variant]
                cell["seconds"] += time.monotonic() - t0
                cell["chars"] += len("".join(truth.split()))
                cell["errors"] += cer(truth, got) * len("".join(truth.split()))
    return {name: {v: {"cer": round(c["errors"] / max(1, c["chars"]), 4), "characters": c["chars"],
                       "seconds_per_image": round(c["seconds"] / n, 2)} for v, c in by.items()}
            for name, by in out.items()}  # fmt: skip
