"""Draw the demo newsroom's photo (an illustration made for the project) and embed its credit.

Run once: ``.venv/bin/python scripts/make_demo_photo.py``; the result is committed under
``editor_app/resources/demo/photos/``. Deterministic: the same file every run.
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from editor_app.media.embed import RenditionMetadata, write_metadata

OUT = Path(__file__).resolve().parents[1] / "editor_app" / "resources" / "demo" / "photos" / "siren-test.jpg"
W, H = 1600, 1067


def main() -> None:
    rng = random.Random(3)
    image = Image.new("RGB", (W, H))
    draw = ImageDraw.Draw(image)
    for y in range(H):  # sky: pale grey-blue to white near the horizon
        t = y / (H * 0.55)
        draw.line([(0, y), (W, y)], fill=(int(150 + 80 * t), int(175 + 60 * t), int(205 + 40 * t)))
    horizon = int(H * 0.55)
    for y in range(horizon, H):  # sea
        t = (y - horizon) / (H - horizon)
        draw.line([(0, y), (W, y)], fill=(int(60 - 30 * t), int(95 - 35 * t), int(120 - 30 * t)))
    for _ in range(900):  # wave glints
        x, y = rng.randrange(W), rng.randrange(horizon, H)
        draw.line([(x, y), (x + rng.randrange(8, 30), y)], fill=(170, 190, 200), width=1)
    wall_top = int(H * 0.70)
    draw.polygon([(0, wall_top), (W, wall_top - 40), (W, H), (0, H)], fill=(128, 122, 112))
    for row in range(12):  # stone courses
        y = wall_top + 25 + row * 30
        draw.line([(0, y), (W, y - 40)], fill=(98, 93, 85), width=3)
        for col in range(0, W, 90):
            x = col + (45 if row % 2 else 0)
            draw.line([(x, y - 40 * x / W), (x, y + 30 - 40 * x / W)], fill=(98, 93, 85), width=3)
    pole_x = 980
    draw.rectangle([pole_x - 9, 250, pole_x + 9, wall_top - 25], fill=(90, 96, 102))
    draw.rounded_rectangle([pole_x - 95, 205, pole_x + 95, 300], radius=30, fill=(150, 156, 160))
    for k in range(4):
        draw.ellipse([pole_x - 85 + k * 45, 222, pole_x - 45 + k * 45, 282], fill=(70, 74, 78))
    for cx, lean in ((700, 0), (810, 8)):  # two engineers in orange jackets
        ground = wall_top - 12
        draw.ellipse([cx - 22, ground - 235, cx + 22, ground - 190], fill=(222, 184, 150))
        draw.rounded_rectangle([cx - 40, ground - 192, cx + 40, ground - 80], radius=18, fill=(235, 110, 25))
        draw.rectangle([cx - 40, ground - 150, cx + 40, ground - 138], fill=(230, 230, 210))
        draw.rectangle([cx - 32, ground - 82, cx - 6, ground], fill=(40, 50, 70))
        draw.rectangle([cx + 6, ground - 82, cx + 32, ground], fill=(40, 50, 70))
        draw.line([(cx + 38, ground - 170), (cx + 95 + lean, ground - 215)], fill=(235, 110, 25), width=20)
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    image.save(OUT, "JPEG", quality=86, optimize=True)
    write_metadata(
        OUT,
        RenditionMetadata(
            caption="Engineers test a warning siren on the sea wall at Port Ellery on 3 March.",
            credit="Carrick Bay Council",
            creator="Dana Whitlock",
            copyright="© 2025 Carrick Bay Council",
            source="Council press office",
            instructions="Free to use with this story only",
            alt_text="Two engineers in orange jackets beside a grey siren on a pole above a stone sea wall",
        ),
    )
    print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
