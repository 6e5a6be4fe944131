# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import base64
import logging
import os

from odoo import _, api, models
from odoo.exceptions import UserError

_logger = logging.getLogger(__name__)


class IrAttachment(models.Model):
    _inherit = 'ir.attachment'

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
