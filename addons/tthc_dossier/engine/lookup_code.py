# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The citizen's lookup code, printed on the receipt."""
import re
import secrets

# Crockford's base 32: no I, L, O, U (read aloud and typed by citizens without confusion)
ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
SECRET_LENGTH = 10  # 10 x 5 = 50 bits


def new_secret():
    """A lookup code of 50 random bits, printed as XXXXX-XXXXX."""
    raw = ''.join(secrets.choice(ALPHABET) for _index in range(SECRET_LENGTH))
    return '%s-%s' % (raw[:5], raw[5:])


def normalise_secret(secret):
    """What the citizen typed, as stored: upper case, the separator and spaces ignored, the
    letters that look like digits read as those digits."""
    text = re.sub(r'[\s\-]', '', (secret or '').upper())
    text = text.translate(str.maketrans('OIL', '011'))
    if len(text) == SECRET_LENGTH:
        return '%s-%s' % (text[:5], text[5:])
    return text
