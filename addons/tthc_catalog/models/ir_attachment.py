# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import base64
import logging
import os

from odoo import SUPERUSER_ID, _, api, models
from odoo.exceptions import AccessError, UserError
from odoo.tools.mimetypes import guess_mimetype

_logger = logging.getLogger(__name__)

# What the suite's records may carry: scans, photos and office documents. No HTML, SVG or
# scripts (Odoo 11 serves attachments inline: CVE-2018-15634), no executables.
DEFAULT_MIMETYPES = ','.join([
    'application/pdf', 'image/jpeg', 'image/png', 'image/webp',
    'application/msword', 'application/vnd.ms-excel',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet',
])
DEFAULT_MAX_MB = 10


def is_suite_model(model):
    return bool(model) and model.startswith('tthc.')


def sniff_mimetype(data):
    """The type of a file from its content, never from its name or what the client says."""
    if data[:3] == b'\xff\xd8\xff':
        return 'image/jpeg'
    if data[:4] == b'RIFF' and data[8:12] == b'WEBP':
        return 'image/webp'
    return guess_mimetype(data, default='application/octet-stream')


class IrAttachment(models.Model):
    """Attachments of the suite's records follow the record: Odoo 11 lets every employee read
    an attachment that names a model but no record yet (a photo uploaded in a form before the
    record is saved), and a public one whatever its record. Here such an attachment of a suite
    model is readable by its uploader only, until the record adopts it; ``public`` does not
    open a suite record's attachment; and uploads to suite records are limited in type (by
    content) and size (system parameters ``tthc_catalog.upload_mimetypes``,
    ``tthc_catalog.upload_max_mb``)."""
    _inherit = 'ir.attachment'

    @api.model
    def check(self, mode, values=None):
        super(IrAttachment, self).check(mode, values=values)
        if self.env.uid == SUPERUSER_ID:
            return
        model = values and values.get('res_model')
        if is_suite_model(model) and not values.get('res_id') and model in self.env:
            # uploaded before its record exists: only by who may create such records
            self.env[model].check_access_rights('create')
        if not self:
            return
        self.env.cr.execute("""
            SELECT res_model, res_id, create_uid FROM ir_attachment
             WHERE id IN %s AND res_model LIKE 'tthc.%%'""", [tuple(self.ids)])
        records = {}
        for res_model, res_id, create_uid in self.env.cr.fetchall():
            if not res_id:
                if create_uid != self.env.uid and not self.env.user._is_admin():
                    raise AccessError(_("This file was uploaded by another user and belongs "
                                        "to no record yet: only its uploader may open it."))
            elif res_model in self.env:
                records.setdefault(res_model, set()).add(res_id)
        for res_model, res_ids in records.items():
            # also for public attachments, which Odoo 11 lets anyone read
            existing = self.env[res_model].browse(list(res_ids)).exists()
            existing.check_access_rights('read' if mode == 'read' else 'write')
            existing.check_access_rule('read' if mode == 'read' else 'write')

    @api.model
    def _search(self, args, offset=0, limit=None, order=None, count=False,
                access_rights_uid=None):
        ids = super(IrAttachment, self)._search(
            args, offset=offset, limit=limit, order=order, count=False,
            access_rights_uid=access_rights_uid)
        if self.env.uid != SUPERUSER_ID and ids:
            hidden = self._tthc_hidden(ids)
            if hidden:
                ids = [attachment_id for attachment_id in ids if attachment_id not in hidden]
        return len(ids) if count else ids

    def _tthc_hidden(self, ids):
        """Those of ``ids`` that Odoo's search keeps but the suite hides: public files of
        suite records the user may not read, and other users' files not yet attached."""
        self.env.cr.execute("""
            SELECT id, res_model, res_id, create_uid FROM ir_attachment
             WHERE id IN %s AND res_model LIKE 'tthc.%%'
               AND (public OR res_id IS NULL OR res_id = 0)""", [tuple(ids)])
        hidden, records = set(), {}
        is_admin = self.env.user._is_admin()
        for attachment_id, res_model, res_id, create_uid in self.env.cr.fetchall():
            if not res_id:
                if create_uid != self.env.uid and not is_admin:
                    hidden.add(attachment_id)
            elif res_model in self.env:
                records.setdefault(res_model, {}).setdefault(res_id, []).append(attachment_id)
        for res_model, targets in records.items():
            Model = self.env[res_model].with_context(active_test=False)
            readable = set(Model.search([('id', 'in', list(targets))]).ids) \
                if Model.check_access_rights('read', raise_exception=False) else set()
            for res_id, attachment_ids in targets.items():
                if res_id not in readable:
                    hidden.update(attachment_ids)
        return hidden

    def _tthc_check_upload(self, data):
        """Refuse a file too large or of a type the suite does not take."""
        get_param = self.env['ir.config_parameter'].sudo().get_param
        max_mb = float(get_param('tthc_catalog.upload_max_mb', DEFAULT_MAX_MB))
        if len(data) > max_mb * 1024 * 1024:
            raise UserError(_("The file is too large (%.1f MB): at most %s MB may be "
                              "attached.") % (len(data) / 1024.0 / 1024.0, '%g' % max_mb))
        allowed = [mimetype.strip() for mimetype in get_param(
            'tthc_catalog.upload_mimetypes', DEFAULT_MIMETYPES).split(',') if mimetype.strip()]
        mimetype = sniff_mimetype(data)
        if mimetype not in allowed:
            raise UserError(_("This type of file (%s) cannot be attached. Attach a PDF, a "
                              "photo (JPEG, PNG, WebP) or an office document.") % mimetype)

    @api.model
    def create(self, values):
        if is_suite_model(values.get('res_model')) and values.get('datas') \
                and values.get('type', 'binary') == 'binary':
            self._tthc_check_upload(base64.b64decode(values['datas']))
        return super(IrAttachment, self).create(values)

    @api.multi
    def write(self, vals):
        if vals.get('datas') or is_suite_model(vals.get('res_model')):
            for attachment in self:
                if not is_suite_model(vals.get('res_model', attachment.res_model)) \
                        or attachment.type != 'binary':
                    continue
                data = vals.get('datas') or attachment.sudo().datas
                if data:
                    self._tthc_check_upload(base64.b64decode(data))
        return super(IrAttachment, self).write(vals)

    @api.multi
    def _tthc_adopt(self, record):
        """Attach files linked to ``record`` (a many2many of attachments) to it, so that they
        follow its access. The user must be able to read each file."""
        orphans = self.filtered(lambda attachment: not attachment.res_id)
        if orphans:
            orphans.check('read')
            orphans.sudo().write({'res_model': record._name, 'res_id': record.id})

    @api.model
    def _file_write(self, value, checksum):
        """Store the file, or fail the whole transaction.

        Odoo 11 logs a failed write (a full disk, a read-only mount) at INFO level and records
        the attachment anyway, pointing at a missing or truncated file: the scan of a dossier's
        component or the photo of a finding would be lost while the user is told it is saved.
        Here the file is written under a temporary name and renamed once complete (a worker
        killed in the middle leaves no truncated file under the final name), a file already
        there is reused only when complete, and any failure raises: the transaction rolls back
        (no record without its file) and the user gets a message and can try again."""
        bin_value = base64.b64decode(value)
        try:
            fname, full_path = self._get_path(bin_value, checksum)
            if os.path.isfile(full_path) and os.path.getsize(full_path) == len(bin_value):
                return fname
            temporary = '%s.%d.part' % (full_path, os.getpid())
            try:
                with open(temporary, 'wb') as handle:
                    handle.write(bin_value)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.rename(temporary, full_path)
            finally:
                if os.path.exists(temporary):
                    os.unlink(temporary)
            # in the checklist of the garbage collector, in case the transaction aborts
            self._mark_for_gc(fname)
        except OSError as error:
            _logger.error("The filestore could not store a file of %d bytes: %s",
                          len(bin_value), error)
            raise UserError(_(
                "The file could not be stored on the server (%s). Nothing was saved: try "
                "again in a moment; if it happens again, tell the administrator (the server's "
                "disk may be full).") % (error.strerror or error))
        return fname
