"""The Qt-free photo core: pixels with Pillow, metadata with pyexiv2, a content-addressed store of originals.

Modules (imported on demand, so that importing this package loads neither Pillow nor exiv2):
``probe`` identifies and refuses files, ``metadata`` reads IPTC/XMP/EXIF, ``store`` keeps originals,
``thumbnails`` and ``rendition`` make pixels, ``embed`` writes metadata into renditions, ``ingest`` runs an
import (one file or a batch on a process pool).
"""
