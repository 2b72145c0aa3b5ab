"""Reading and writing article files: bytes -> text, text -> article, article -> Markdown.

Pure functions over what the caller passes in (bytes, text, paths); the service layer does the file I/O.
"""

from editor_app.formats.decoding import MAX_ARTICLE_BYTES, Decoded, decode_article_bytes
from editor_app.formats.demo import DEMO_LEAD_ARTICLE_ID, demo_files
from editor_app.formats.errors import ImportRefused
from editor_app.formats.export import export_markdown
from editor_app.formats.folders import detect_section_from_path, is_article_file, iter_article_files
from editor_app.formats.model import ParsedArticle, PhotoRef
from editor_app.formats.parse import parse_article

__all__ = [
    "DEMO_LEAD_ARTICLE_ID",
    "MAX_ARTICLE_BYTES",
    "Decoded",
    "ImportRefused",
    "ParsedArticle",
    "PhotoRef",
    "decode_article_bytes",
    "demo_files",
    "detect_section_from_path",
    "export_markdown",
    "is_article_file",
    "iter_article_files",
    "parse_article",
]
