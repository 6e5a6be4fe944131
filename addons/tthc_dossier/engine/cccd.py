# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The QR code of the chip citizen identity card (căn cước công dân gắn chíp, since 2021; the
căn cước of 2024 keeps it), as desk scanners type it and photos show it.

Its text is seven fields separated by ``|``::

    ID number (12 digits) | old ID number (9 digits, empty when none) | full name |
    birth date ddmmyyyy | sex (Nam / Nữ) | permanent address | issue date ddmmyyyy

e.g. ``001090123456|012345678|Nguyễn Văn A|01011990|Nam|Phường X, Tỉnh Y|15042021``. Some
readers drop the empty old-ID field (six fields) or append fields after the seventh: both are
accepted. Pure Python, no Odoo import; ``decode_image`` needs the zxing-cpp wheel."""
import datetime
import io
import re

from .text import strip_accents

SEXES = {'nam': 'male', 'nu': 'female', 'male': 'male', 'female': 'female'}


class CccdError(ValueError):
    """The text is not the QR code of a citizen identity card (``args[0]``: why, in English,
    for logs; callers show their own translated message)."""


def _date(text):
    """ddmmyyyy -> date, or None when the field is empty."""
    text = text.strip()
    if not text:
        return None
    if not re.fullmatch(r'\d{8}', text):
        raise CccdError('date %r is not ddmmyyyy' % text)
    try:
        return datetime.date(int(text[4:]), int(text[2:4]), int(text[:2]))
    except ValueError:
        raise CccdError('date %r does not exist' % text)


def parse(text):
    """The card's fields from the QR text: a dict with ``id_number``, ``old_id_number``,
    ``name``, ``birth_date`` (date), ``sex`` ('male' / 'female' / None), ``address`` and
    ``issue_date`` (date or None). Raises CccdError when the text is not such a code."""
    text = (text or '').strip().strip('\r\n')
    fields = [field.strip() for field in text.split('|')]
    if len(fields) >= 7:
        id_number, old_id, name, birth, sex, address, issued = fields[:7]
    elif len(fields) == 6 and re.fullmatch(r'\d{8}', fields[2]):
        id_number, name, birth, sex, address, issued = fields
        old_id = ''
    else:
        raise CccdError('%d fields instead of 7' % len(fields))
    if not re.fullmatch(r'\d{12}', id_number):
        raise CccdError('ID number %r is not 12 digits' % id_number)
    if old_id and not re.fullmatch(r'\d{9}', old_id):
        raise CccdError('old ID number %r is not 9 digits' % old_id)
    if not name:
        raise CccdError('no name')
    birth_date = _date(birth)
    if not birth_date:
        raise CccdError('no birth date')
    return {
        'id_number': id_number, 'old_id_number': old_id or None, 'name': name,
        'birth_date': birth_date, 'sex': SEXES.get(strip_accents(sex)), 'address': address,
        'issue_date': _date(issued),
    }


def decode_image(data):
    """The texts of the QR codes found in an image (bytes of a PNG, JPEG… photo), with
    zxing-cpp; an empty list when none is found or the bytes are no image."""
    import zxingcpp
    from PIL import Image
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (OSError, ValueError, Image.DecompressionBombError):
        return []
    # large phone photos: the code stays readable at 1600 px, in a fraction of the time
    image.thumbnail((1600, 1600))
    return [result.text for result in zxingcpp.read_barcodes(
        image.convert('L'), formats=zxingcpp.BarcodeFormat.QRCode) if result.text]
