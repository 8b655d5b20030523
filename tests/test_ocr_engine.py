"""OCR with rapidocr 3 (PP-OCRv6, models in the wheel): nothing downloaded, and every row names its engine and models."""

import hashlib
import importlib.resources
import os

import pytest

from jiangbei_crawler.documents import ocr
from jiangbei_crawler.documents.attachment_text import Guard
from jiangbei_crawler.replica.files import scanned_pdf, text_png
from jiangbei_crawler.testing import fresh_db

pytestmark = pytest.mark.slow  # loads the models in a worker process


def model_files():
    folder = importlib.resources.files("rapidocr") / "models"
    return sorted((p.name, p.stat().st_size) for p in map(lambda n: folder / n, os.listdir(str(folder))))


def test_recognizes_from_the_wheel_alone_and_names_engine_and_models(tmp_path, monkeypatch):
    # any download would go through this proxy, where nothing listens: it would fail, and the text with it
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    monkeypatch.setenv("HOME", str(tmp_path))  # no cache of an earlier run to fall back on
    before = model_files()
    image, scan = tmp_path / "img.png", tmp_path / "scan.pdf"
    image.write_bytes(text_png(("江北区实验中学图片公示", "编号1198住宿费每生每学期1100元")))
    scan.write_bytes(scanned_pdf(("江北区校务公开扫描件", "文号甬教2015号")))
    guard = Guard(ocr.FILE_TIME_LIMIT, ocr.MEMORY_LIMIT, "jiangbei_crawler.documents.ocr_worker", "OCR")
    try:
        pages = {path.name: ocr.recognize(guard, str(path)) for path in (image, scan)}
    finally:
        guard.close()
    assert pages["img.png"][0]["text"] == "江北区实验中学图片公示\n编号1198住宿费每生每学期1100元"
    assert pages["scan.pdf"][0]["page"] == 1 and "江北区校务公开扫描件" in pages["scan.pdf"][0]["text"]
    assert model_files() == before  # nothing fetched into the package's model folder
    db = fresh_db(tmp_path / "d.db")
    for path, found in pages.items():
        ocr.save(db, hashlib.sha256(path.encode()).hexdigest(), found)
    engines = {r[0] for r in db.execute("select engine from ocr")}
    assert len(engines) == 1
    engine = engines.pop()
    assert engine.startswith("rapidocr 3.") and "det PP-OCRv6" in engine and "rec PP-OCRv6" in engine
    assert "onnxruntime " in engine and engine != ocr.LEGACY_ENGINE
