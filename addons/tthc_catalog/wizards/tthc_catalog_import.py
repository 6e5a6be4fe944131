# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import base64
import io

from psycopg2 import DataError, IntegrityError

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from .catalog_columns import parse_rows


class TthcCatalogImport(models.TransientModel):
    """Import the catalogue from the XLSX provinces exchange. All or nothing: when any row is
    wrong nothing is written, and every wrong cell is reported (row, column, reason)."""
    _name = 'tthc.catalog.import'
    _description = 'Import the Procedure Catalogue'

    file = fields.Binary(string='XLSX File', required=True)
    filename = fields.Char()
    state = fields.Selection([('draft', 'Draft'), ('failed', 'Failed'), ('done', 'Done')],
                             default='draft')
    error_ids = fields.One2many('tthc.catalog.import.error', 'wizard_id', string='Errors')
    created_count = fields.Integer(readonly=True)
    updated_count = fields.Integer(readonly=True)

    def _read_rows(self):
        import openpyxl
        try:
            book = openpyxl.load_workbook(io.BytesIO(base64.b64decode(self.file)),
                                          read_only=True, data_only=True)
        except Exception:
            raise UserError(_("The file is not an XLSX workbook."))
        return list(book.worksheets[0].iter_rows(values_only=True))

    @api.multi
    def action_import(self):
        self.ensure_one()
        cr, context = self.env.cr, self.env.context
        field_codes = {f.code: f.id for f in self.env['tthc.field'].with_context(
            active_test=False).search([])}
        agency_codes = {a.code: a.id for a in self.env['tthc.agency'].with_context(
            active_test=False).search([('code', '!=', False)])}
        records, errors = parse_rows(self._read_rows(), field_codes, agency_codes,
                                     cr=cr, context=context)
        created = updated = 0
        if not errors:
            errors, created, updated = self._write_procedures(records)
        self.error_ids.unlink()
        self.write({
            'state': 'failed' if errors else 'done',
            'created_count': created, 'updated_count': updated,
            'error_ids': [(0, 0, {'row': row, 'column': column, 'reason': reason})
                          for row, column, reason in errors],
        })
        return {'type': 'ir.actions.act_window', 'res_model': self._name, 'res_id': self.id,
                'view_mode': 'form', 'target': 'new'}

    def _write_procedures(self, records):
        """Create or update the procedures, in one savepoint: the first row the ORM refuses
        undoes them all and is reported."""
        Procedure = self.env['tthc.procedure'].with_context(active_test=False)
        existing = {p.code: p for p in Procedure.search(
            [('code', 'in', [values['code'] for _row, values in records])])}
        created = updated = 0
        try:
            with self.env.cr.savepoint():
                for row, values in records:
                    current_row = row
                    if values.get('decision_date'):
                        values = dict(values, decision_date=fields.Date.to_string(
                            values['decision_date']))
                    if values['code'] in existing:
                        existing[values['code']].write(values)
                        updated += 1
                    else:
                        Procedure.create(values)
                        created += 1
        except (UserError, ValidationError) as error:
            reason = error.name
        except (DataError, IntegrityError) as error:
            reason = _("Refused by the database: %s") % error.pgerror
        else:
            return [], created, updated
        # the savepoint undid the rows in the database: forget them in the cache too
        self.env.clear()
        return [(current_row, '', reason)], 0, 0


class TthcCatalogImportError(models.TransientModel):
    _name = 'tthc.catalog.import.error'
    _description = 'Catalogue Import Error'
    _order = 'row, id'

    wizard_id = fields.Many2one('tthc.catalog.import', required=True, ondelete='cascade')
    row = fields.Integer()
    column = fields.Char()
    reason = fields.Char()
