"""The OCR worker: length-prefixed file bytes in, JSON ``[[page, text, error], ...]`` out, under a memory cap.

Started by ``ocr.recognize`` through ``attachment_text.Guard``, which kills it when a file takes longer
than its time budget. The recognizer (rapidocr 3: PP-OCRv6 Chinese models run by onnxruntime, shipped
inside the wheel) is loaded once per worker.
"""

import io
import sys

from .attachment_worker import serve

MAX_PAGES = 20  # scanned pages recognized per PDF; a longer scan is cut, and the cut is recorded
MAX_PIXELS = 40_000_000  # a larger image is refused: decoding it could exhaust memory
SCALE = 200 / 72  # PDF pages are rendered at 200 dpi


class Recognizer:
    def __init__(self):
        from rapidocr import RapidOCR

        # the models are the wheel's own (rapidocr/models): nothing is downloaded; its log stays quiet
        self.engine = RapidOCR(params={"Global.log_level": "error"})

    def lines(self, image):
        """Text lines of a PIL image, top to bottom."""
        import numpy as np

        return list(self.engine(np.asarray(image.convert("RGB"))).txts or ())

    def image(self, data):
        from PIL import Image

        Image.MAX_IMAGE_PIXELS = MAX_PIXELS
        with Image.open(io.BytesIO(data)) as img:
            img.seek(0)  # the first frame of a GIF
            return [[0, "\n".join(self.lines(img)), None]]

    def pdf(self, data):
        """Pages without a text layer, as images; pages with text are left to the text extractor."""
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(data)
        out = []
        for n in range(len(doc)):
            page = doc[n]
            if page.get_textpage().get_text_range().strip():
                continue
            if len([p for p in out if p[2] is None]) >= MAX_PAGES:
                out.append([n + 1, None, f"more than {MAX_PAGES} scanned pages: page not recognized"])
                continue
            out.append([n + 1, "\n".join(self.lines(page.render(scale=SCALE).to_pil())), None])
        return out

    def __call__(self, data):
        try:
            return self.pdf(data) if data[:1024].lstrip().startswith(b"%PDF") else self.image(data)
        except MemoryError:
            return [[0, None, "OCR ran out of memory: skipped (the file is archived)"]]
        except Exception as exc:  # noqa: BLE001 - a broken file is recorded, never the end of the pass
            return [[0, None, f"OCR failed: {type(exc).__name__}: {exc}"[:300]]]


def main(argv=None):
    return serve(Recognizer(), argv)


if __name__ == "__main__":
    sys.exit(main())
