# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Reading the texts of the national database of administrative procedures: processing times
("25 ngày làm việc", "45 ngày", "Khác", "Tại thời điểm nhận hồ sơ"), fees ("Lệ phí: 8.000
VNĐ"), levels ("Cấp tỉnh, Cấp xã"). Plain Python, no Odoo import: what cannot be read is
returned as such, never guessed."""
import re
import unicodedata


def fold(text):
    """Lower case, no accents, single spaces: 'Cấp  Tỉnh' -> 'cap tinh'."""
    text = unicodedata.normalize('NFD', str(text or '')).replace('đ', 'd').replace('Đ', 'D')
    text = ''.join(c for c in text if unicodedata.category(c) != 'Mn')
    return ' '.join(text.lower().split())


AMOUNT = re.compile(r'(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:vnd|dong|viet nam dong|d\b)')


def vnd(text):
    """'8.000' or '1,500,000' -> 8000.0 / 1500000.0."""
    return float(re.sub(r'[.,]', '', text))


def fee_kind(folded):
    """'fee' for a lệ phí, 'charge' for a phí, 'service' for a service price, or None."""
    if folded.startswith('le phi'):
        return 'fee'
    if folded.startswith('phi'):
        return 'charge'
    if folded.startswith('gia') or 'dich vu' in folded[:20]:
        return 'service'
    return None


_FEE_PARTS = re.compile(r'(?=(?:^|\s|;|\n)(?:Lệ phí|Phí|Giá dịch vụ)\s*[:(])')
_FEE_SHAPE = re.compile(r'^(?:Lệ phí|Phí|Giá dịch vụ)\s*:\s*([\d.,]+)\s*(?:VNĐ|VND|đồng)\s*'
                        r'(?:\((.*)\))?$', re.S)
FEE_LABELS = {'fee': 'Lệ phí', 'charge': 'Phí', 'service': 'Giá dịch vụ'}


def parse_fee_text(text):
    """The fees of a published fee text, as a list of dicts (kind, amount, description): one per
    "Phí: …" / "Lệ phí: …" part. "Lệ phí: 8.000 VNĐ (Miễn …)" gives 8,000 VND described
    "Miễn …"; a part naming no amount gives 0 VND described by the part itself; an empty text
    gives no fee. ``fee_text`` writes them back the same way."""
    text = (text or '').strip()
    if not text:
        return []
    parts = [part.strip(' ;\n') for part in _FEE_PARTS.split(text) if part.strip(' ;\n')]
    fees = []
    for part in parts or [text]:
        folded = fold(part)
        shaped = _FEE_SHAPE.match(part)
        if shaped:
            fees.append({'kind': fee_kind(folded) or 'fee', 'amount': vnd(shaped.group(1)),
                         'description': (shaped.group(2) or '').strip()})
            continue
        found = AMOUNT.search(folded)
        fees.append({'kind': fee_kind(folded) or 'fee',
                     'amount': vnd(found.group(1)) if found else 0.0, 'description': part})
    return fees


def fee_text(fee):
    """The published text of one fee, read back unchanged by ``parse_fee_text``."""
    label = FEE_LABELS[fee['kind']]
    description = fee.get('description') or ''
    if description and fold(description).startswith(fold(label)) \
            and not _FEE_SHAPE.match(description):
        return description
    amount = '{:,.0f}'.format(fee['amount'] or 0).replace(',', '.')
    return '%s: %s VNĐ%s' % (label, amount, ' (%s)' % description if description else '')
