# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Pillow 10 (needed for its security fixes: CVE-2023-4863 in the bundled libwebp,
CVE-2024-28219 …) removed two names Odoo 11 calls. Each is restored only when missing, as the
name Pillow's own deprecation notes give as the replacement."""


def restore_antialias(module):
    """``Image.ANTIALIAS`` (odoo/tools/image.py: every resized image, avatars, thumbnails) was
    an alias of ``Image.LANCZOS`` (``Image.Resampling.LANCZOS``)."""
    if not hasattr(module, 'ANTIALIAS'):
        module.ANTIALIAS = module.LANCZOS


def restore_textsize(module):
    """``ImageDraw.textsize`` (web_editor's font-icon images): the size of the text's bounding
    box, which ``textbbox`` gives from the origin."""
    if hasattr(module.ImageDraw, 'textsize'):
        return

    def textsize(self, text, font=None, **kwargs):
        # keywords only: textbbox's third positional argument is ``anchor``, textsize's was
        # ``spacing``
        left, top, right, bottom = self.textbbox((0, 0), text, font, **kwargs)
        return right - left, bottom - top

    module.ImageDraw.textsize = textsize


POST_IMPORT_PATCHES = {
    'PIL.Image': restore_antialias,
    'PIL.ImageDraw': restore_textsize,
}
