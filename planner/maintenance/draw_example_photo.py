"""Draw the example plan's one photo: Leri's allotment (a drawing, so it carries no metadata).

    python -m planner.maintenance.draw_example_photo     # writes resources/example/pictures/allotment.jpg
"""

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from planner.pictures import sanitise_picture

OUT = Path(__file__).resolve().parents[2] / "resources" / "example" / "pictures" / "allotment.jpg"


def draw() -> Image.Image:
    random.seed(7)
    width, height = 640, 420
    image = Image.new("RGB", (width, height))
    d = ImageDraw.Draw(image)
    for y in range(0, 200):  # sky, lighter towards the hills
        shade = 200 + y // 4
        d.line([(0, y), (width, y)], fill=(120 + y // 3, 170 + y // 5, min(255, shade)))
    d.ellipse([500, 30, 570, 100], fill=(255, 214, 90))  # sun
    d.polygon([(0, 190), (120, 130), (260, 185), (380, 120), (520, 175), (640, 140), (640, 220), (0, 220)],
              fill=(96, 140, 90))  # hills
    d.rectangle([0, 200, width, height], fill=(116, 168, 78))  # grass
    # the shed
    d.rectangle([40, 150, 170, 260], fill=(122, 82, 52))
    d.polygon([(30, 155), (105, 110), (180, 155)], fill=(80, 52, 40))
    d.rectangle([85, 195, 120, 260], fill=(92, 60, 40))
    d.rectangle([130, 170, 158, 192], fill=(180, 215, 235))
    # a fence along the back
    for x in range(190, width, 22):
        d.rectangle([x, 185, x + 8, 222], fill=(170, 130, 90))
    d.rectangle([190, 195, width, 201], fill=(150, 112, 78))
    # raised beds with rows of plants
    for top, left, right in ((250, 200, 610), (320, 120, 610)):
        d.rectangle([left, top, right, top + 50], fill=(104, 72, 48))
        d.rectangle([left + 6, top + 6, right - 6, top + 44], fill=(86, 58, 38))
        for x in range(left + 20, right - 10, 34):
            for dy in (14, 32):
                r = random.randint(6, 10)
                green = (60 + random.randint(0, 40), 140 + random.randint(0, 50), 50)
                d.ellipse([x - r, top + dy - r, x + r, top + dy + r], fill=green)
    # bean poles
    for x in (470, 520, 570):
        d.line([(x - 18, 250), (x, 150)], fill=(150, 110, 70), width=4)
        d.line([(x + 18, 250), (x, 150)], fill=(150, 110, 70), width=4)
        for y in range(165, 245, 14):
            d.ellipse([x - 7, y, x + 3, y + 9], fill=(70, 150, 60))
    # a watering can
    d.rectangle([40, 330, 95, 380], fill=(46, 120, 170))
    d.polygon([(95, 345), (135, 318), (138, 326), (95, 360)], fill=(46, 120, 170))
    d.arc([48, 300, 88, 345], 180, 360, fill=(46, 120, 170), width=6)
    return image.filter(ImageFilter.SMOOTH)


def main() -> None:
    out = io.BytesIO()
    draw().save(out, "JPEG", quality=80)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(sanitise_picture(out.getvalue()))
    print(OUT, OUT.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
