"""Inline photos: a paragraph holding only an image with a title becomes a captioned figure.

``![Boats at the quay](photo:ID "Boats wait at Port Ellery (Carrick Bay Council)")`` renders as a ``<figure>``
with the ``photo: caption (credit)`` line under the picture, as the published page prints it.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor


class _PhotoFigures(Treeprocessor):  # type: ignore[misc]
    def run(self, root: etree.Element) -> None:
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag != "p" or len(child) != 1 or (child.text or "").strip():
                    continue
                image = child[0]
                if image.tag != "img" or (image.tail or "").strip() or not image.get("title"):
                    continue
                figure = etree.Element("figure")
                image.tail = None
                figure.append(image)
                caption = etree.SubElement(figure, "figcaption")
                caption.text = f"photo: {image.get('title')}"
                figure.tail = child.tail
                parent.remove(child)
                parent.insert(index, figure)


class PhotoFigureExtension(Extension):  # type: ignore[misc]
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_PhotoFigures(md), "photo_figures", 5)
