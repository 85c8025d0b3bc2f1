#!/usr/bin/env python3
"""Draws the article's share card, content/images/share-card.png: the 1200x630 picture a shared link shows.

It is drawn once and committed, not at build time. Run it again after changing the article's title, the site's
name or the theme's colours:

    sudo apt-get install -y python3-pil fonts-dejavu-core
    /usr/bin/python3 tools/draw-share-card.py

The title comes from content/index.md, the site's name and address from content/site.yml, and the colours from the
light palette at the top of themes/Default/wwwroot/site.css.
"""
import re
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "content" / "images" / "share-card.png"
WIDTH, HEIGHT = 1200, 630
MARGIN = 80
BAND = 132  # the band at the bottom that holds the site's name
FONTS = Path("/usr/share/fonts/truetype/dejavu")


def yaml_value(text, key):
    """A top-level scalar of a simple YAML text, unquoted (enough for the two keys read here)."""
    match = re.search(rf"^{key}:\s*(.+)$", text, re.MULTILINE)
    if not match:
        sys.exit(f"no '{key}' found")
    value = match.group(1).strip()
    return value[1:-1] if value[:1] in "\"'" and value[-1:] == value[:1] else value


def palette():
    """The light colour scheme's custom properties: the first block of --name: #hex declarations in site.css."""
    css = (ROOT / "themes" / "Default" / "wwwroot" / "site.css").read_text(encoding="utf-8")
    light = css[css.index(":root {"):css.index("}", css.index(":root {"))]
    return dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", light))


def wrap(draw, text, font, width):
    """Breaks text into lines no wider than width, at spaces."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    return lines + [line]


def fit_title(draw, title, width, height):
    """The largest bold size, from 76 px down, at which the title fits the space in lines 1.2 times the size apart."""
    for size in range(76, 39, -2):
        font = ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), size)
        lines = wrap(draw, title, font, width)
        if len(lines) * size * 1.2 <= height:
            return font, lines, size
    sys.exit("the title does not fit")


def main():
    front_matter = (ROOT / "content" / "index.md").read_text(encoding="utf-8").split("---")[1]
    site = (ROOT / "content" / "site.yml").read_text(encoding="utf-8")
    title = yaml_value(front_matter, "title")
    site_name = yaml_value(site, "title")
    address = yaml_value(site, "base-url").removeprefix("https://").removeprefix("http://").rstrip("/")
    colours = palette()

    image = Image.new("RGB", (WIDTH, HEIGHT), colours["background"])
    draw = ImageDraw.Draw(image)

    # A bar of the accent colour down the left edge, and the band of the site's name along the bottom.
    draw.rectangle([0, 0, 16, HEIGHT - BAND], fill=colours["accent"])
    draw.rectangle([0, HEIGHT - BAND, WIDTH, HEIGHT], fill=colours["accent"])

    label = ImageFont.truetype(str(FONTS / "DejaVuSans.ttf"), 30)
    draw.text((MARGIN, 72), "Health information", font=label, fill=colours["muted"])
    draw.line([MARGIN, 122, MARGIN + 96, 122], fill=colours["callout-border"], width=6)

    top, bottom = 158, HEIGHT - BAND - 56
    font, lines, size = fit_title(draw, title, WIDTH - 2 * MARGIN, bottom - top)
    for i, line in enumerate(lines):
        draw.text((MARGIN, top + i * size * 1.2), line, font=font, fill=colours["text"])

    name = ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), 40)
    small = ImageFont.truetype(str(FONTS / "DejaVuSans.ttf"), 30)
    middle = HEIGHT - BAND / 2
    draw.text((MARGIN, middle), site_name, font=name, fill=colours["background"], anchor="lm")
    draw.text((WIDTH - MARGIN, middle), address, font=small, fill=colours["accent-surface"], anchor="rm")

    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    image.save(OUTPUT, optimize=True)
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({WIDTH}x{HEIGHT}): {len(lines)} lines of title at {size} px")


if __name__ == "__main__":
    main()
