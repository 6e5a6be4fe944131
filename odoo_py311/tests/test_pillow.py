# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Odoo 11's image code on the pinned Pillow: resizing (Image.ANTIALIAS) and text measuring
(ImageDraw.textsize), which Pillow 10 removed and odoo_py311.pillow restores."""
import base64
import io

from PIL import Image, ImageDraw, ImageFont

from odoo.tools import image as odoo_image


def _png(width, height):
    data = io.BytesIO()
    Image.new('RGB', (width, height), (200, 30, 30)).save(data, 'PNG')
    return base64.b64encode(data.getvalue())


def test_odoo_resizes_images():
    resized = odoo_image.image_resize_image(_png(1200, 800), size=(128, 128))
    result = Image.open(io.BytesIO(base64.b64decode(resized)))
    assert result.size == (128, 128)
    medium, small = odoo_image.image_get_resized_images(_png(640, 480), return_big=False,
                                                        avoid_resize_medium=False).values()
    assert Image.open(io.BytesIO(base64.b64decode(small))).size == (64, 64)


def test_text_measured_as_before():
    draw = ImageDraw.Draw(Image.new('RGB', (200, 50)))
    width, height = draw.textsize('One-stop', font=ImageFont.load_default())
    assert 20 < width < 200 and 5 < height < 50
