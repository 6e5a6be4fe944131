# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import base64
import io
import os
import zipfile

from psycopg2 import DataError, IntegrityError

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.modules.module import get_module_resource

from ..engine import catalog_import as engine
from ..engine.catalog_columns import Message, parse_rows
from ..engine.catalog_text import fold

FORMATS = [
    ('national_xlsx', "National database export (XLSX)"),
    ('portal_json', "National portal JSON"),
    ('province_xlsx', "Province catalogue sheet (XLSX)"),
]
ACTIONS = [
    ('create', 'New'),
    ('update', 'Amended'),
    ('unchanged', 'Unchanged'),
    ('unpublished', 'No longer published'),
]


class TthcCatalogImport(models.TransientModel):
    """Import the catalogue from what provinces receive: the national database's Excel export,
    the national portal's procedure JSON (a file or a zip of them), or the province's own
    sheet. First a preview (what would be created, amended, left unchanged or is no longer
    published, and each cell that needs the province's attention), then the import: all or
    nothing, idempotent by code. Field and agency names are mapped through the mapping table,
    where a name met for the first time is recorded to be mapped once."""
    _name = 'tthc.catalog.import'
    _description = 'Import the Procedure Catalogue'

    file = fields.Binary(string='File', required=True,
                         help="XLSX export of the national database, the national portal's "
                              "JSON (or a zip of JSON files), or the province's sheet.")
    filename = fields.Char()
    state = fields.Selection([('draft', 'Draft'), ('preview', 'Preview'), ('failed', 'Failed'),
                              ('done', 'Done')], default='draft')
    file_format = fields.Selection(FORMATS, readonly=True)
    create_missing_fields = fields.Boolean(
        string='Create Missing Fields',
        help="Create a field for each field name or national field code that maps to no field "
             "yet, instead of stopping to map them.")
    review_decision_id = fields.Many2one(
        'tthc.review.decision', string='Review Decision',
        help="The publishing decision under review that receives the differences of a newer "
             "export. Empty: one is created for this import.")
    error_ids = fields.One2many('tthc.catalog.import.error', 'wizard_id', string='Errors')
    line_ids = fields.One2many('tthc.catalog.import.line', 'wizard_id', string='Procedures')
    attention_line_ids = fields.One2many('tthc.catalog.import.line', 'wizard_id',
                                         domain=[('attention', '!=', False)],
                                         string='Needs Attention')
    unmapped_ids = fields.Many2many('tthc.catalog.mapping', string='Names to Map',
                                    help="Names met in the file that map to nothing yet: map "
                                         "them, then preview again.")
    created_count = fields.Integer(readonly=True)
    updated_count = fields.Integer(readonly=True)
    unchanged_count = fields.Integer(readonly=True)
    unpublished_count = fields.Integer(readonly=True)
    time_to_set_count = fields.Integer(string='Time to Set', readonly=True)
    attention_count = fields.Integer(readonly=True)
    field_mapped_count = fields.Integer(string='Fields Mapped', readonly=True)
    agency_mapped_count = fields.Integer(string='Agencies Mapped', readonly=True)
    unmapped_count = fields.Integer(string='Names Not Mapped', readonly=True)
    review_entry_count = fields.Integer(string='Review Entries', readonly=True)

    # ------------------------------------------------------------------ reading the file

    def _payload(self):
        return base64.b64decode(self.file or b'')

    def _sheets(self, payload):
        import openpyxl
        try:
            book = openpyxl.load_workbook(io.BytesIO(payload), read_only=True, data_only=True)
        except Exception:
            raise UserError(_("The file is not an XLSX workbook."))
        return {sheet.title: [tuple(row) for row in sheet.iter_rows(values_only=True)]
                for sheet in book.worksheets}

    def _is_workbook(self, payload):
        if not zipfile.is_zipfile(io.BytesIO(payload)):
            return False
        with zipfile.ZipFile(io.BytesIO(payload)) as archive:
            return '[Content_Types].xml' in archive.namelist()

    def _read(self):
        """(format, procedures, errors): procedures as the engine reads them (or, for the
        province's sheet, (row, values) records), errors as (row, column, translated reason)."""
        payload = self._payload()
        if not payload:
            raise UserError(_("Choose the file to import."))
        if self._is_workbook(payload):
            sheets = self._sheets(payload)
            if engine.is_national_export(sheets):
                procedures, errors = engine.read_national_export(sheets)
                return 'national_xlsx', procedures, self._translate(errors)
            rows = next(iter(sheets.values()), [])
            records, errors = parse_rows(rows, self._field_codes(), self._agency_codes())
            return 'province_xlsx', records, self._translate(
                [('', row, column, reason) for row, column, reason in errors])
        if not zipfile.is_zipfile(io.BytesIO(payload)) and \
                payload.lstrip()[:1] not in (b'{', b'[', b'\xef'):
            raise UserError(_("The file is neither an XLSX workbook nor the national portal's "
                              "JSON (nor a zip of JSON files)."))
        objects, errors = engine.read_portal_files(payload, self.filename or '')
        procedures, more = engine.read_portal_procedures(objects)
        return 'portal_json', procedures, self._translate(errors + more)

    def _translate(self, errors):
        """(sheet or file, row, column, translated reason)."""
        return [(sheet, row, column, reason.format(_(reason.template))
                 if isinstance(reason, Message) else reason)
                for sheet, row, column, reason in errors]

    def _field_codes(self):
        return {f.code: f.id for f in self.env['tthc.field'].with_context(
            active_test=False).search([])}

    def _agency_codes(self):
        return {a.code: a.id for a in self.env['tthc.agency'].with_context(
            active_test=False).search([('code', '!=', False)])}

    # ------------------------------------------------------------------ mapping names

    def _mapping(self, kind, source, label=None):
        """The mapping row of ``source`` (recorded without a target the first time), matched
        first to an existing record by national code or name."""
        Mapping = self.env['tthc.catalog.mapping']
        keys = [fold(value) for value in (source, label) if value]
        mapping = Mapping.search([('kind', '=', kind), ('source_key', 'in', keys)])
        mapping = mapping.filtered('is_mapped')[:1] or mapping[:1]
        if mapping:
            return mapping
        values = {'kind': kind, 'source': source}
        if kind == 'field':
            field = self._match_field(source, label)
            if field:
                values.update(field_id=field.id, note=_("Matched by name or code."))
        else:
            agency = self._match_agency(source, label)
            if agency:
                values.update(agency_ids=[(6, 0, agency.ids)],
                              note=_("Matched by name or code."))
        return Mapping.create(values)

    def _match_field(self, source, label):
        Field = self.env['tthc.field'].with_context(active_test=False)
        for value in (source, label):
            if value:
                field = Field.search(['|', ('national_code', '=', value), ('code', '=', value)],
                                     limit=1)
                if field:
                    return field
        wanted = {fold(value) for value in (source, label) if value}
        return Field.search([]).filtered(lambda f: fold(f.name) in wanted)[:1]

    def _match_agency(self, source, label):
        Agency = self.env['tthc.agency']
        agency = Agency.search([('code', 'in', [v for v in (source, label) if v])], limit=1)
        if agency:
            return agency
        wanted = {fold(value) for value in (source, label) if value}
        return Agency.search([]).filtered(lambda a: fold(a.name) in wanted)[:1]

    def _resolve(self, procedures):
        """Field and agencies of each procedure from the mapping table. Returns
        (unmapped mappings, fields mapped, agencies mapped)."""
        unmapped = self.env['tthc.catalog.mapping']
        field_sources, agency_sources = set(), set()
        cache = {}
        for procedure in procedures:
            key = ('field', procedure['field_code'] or procedure['field_name'])
            if key not in cache:
                cache[key] = self._mapping('field', key[1], procedure['field_name'])
            mapping = cache[key]
            if not mapping.is_mapped and self.create_missing_fields:
                mapping.field_id = self._new_field(procedure)
            procedure['field_id'] = mapping.field_id.id
            if mapping.is_mapped:
                field_sources.add(mapping.id)
            else:
                unmapped |= mapping
            agencies = self.env['tthc.agency']
            procedure['agency_names'] = []
            for source in procedure['agency_sources']:
                source, label = source if isinstance(source, tuple) else (source, None)
                key = ('agency', source)
                if key not in cache:
                    cache[key] = self._mapping('agency', source, label)
                mapping = cache[key]
                if mapping.is_mapped:
                    agency_sources.add(mapping.id)
                    agencies |= mapping.target_agencies()
                else:
                    unmapped |= mapping
                    procedure['attention'].append(('Cơ quan thực hiện', Message(_(
                        "Agency %r is not mapped to this province's agencies yet."),
                        label or source)))
            procedure['agency_ids'] = agencies.ids
        return unmapped, len(field_sources), len(agency_sources)

    def _new_field(self, procedure):
        Field = self.env['tthc.field'].with_context(active_test=False)
        code = procedure['field_code']
        if not code or Field.search_count([('code', '=', code)]):
            number = Field.search_count([]) + 1
            code = 'LV%03d' % number
            while Field.search_count([('code', '=', code)]):
                number += 1
                code = 'LV%03d' % number
        return Field.create({'code': code, 'name': procedure['field_name'] or code,
                             'national_code': procedure['field_code'] or False})

    # ------------------------------------------------------------------ comparing

    def _levels(self):
        return {level.code: level.id for level in self.env['tthc.level'].search([])}

    @staticmethod
    def _time_key(case_key, time):
        return (case_key or '', time['channel'], time['stage'], round(time['amount'], 2),
                time['unit'], time.get('text') or '', time['description'] or '')

    @staticmethod
    def _fee_key(fee):
        return (fee['channel'] or '', fee['kind'], round(fee['amount'], 0),
                fee['description'] or '')

    def _existing_terms(self, procedure):
        cases = {case.id: case.code or case.name for case in procedure.case_ids}
        times = sorted(self._time_key(cases.get(time.case_id.id), {
            'channel': time.channel, 'stage': time.stage, 'amount': time.amount,
            'unit': time.unit, 'text': time.published_text, 'description': time.description})
            for time in procedure.time_ids)
        fees = sorted(self._fee_key({'channel': fee.channel, 'kind': fee.kind,
                                     'amount': fee.amount, 'description': fee.description})
                      for fee in procedure.fee_ids)
        return times, fees

    def _file_terms(self, data):
        case_keys = {case['name']: case['code'] or case['name'] for case in data['cases']}
        times = sorted(self._time_key(case_keys.get(time['case']), time)
                       for time in data['times'])
        fees = sorted(self._fee_key(fee) for fee in data['fees'])
        return times, fees

    def _plan(self, fmt, procedures):
        """What the import would do, per procedure: (action, procedure record or None, data,
        changes). Nothing is written."""
        Procedure = self.env['tthc.procedure'].with_context(active_test=False)
        codes = [data['code'] if fmt != 'province_xlsx' else data[1]['code']
                 for data in procedures]
        existing = {p.code: p for p in Procedure.search([('code', 'in', codes)])}
        levels = self._levels()
        plan = []
        for data in procedures:
            if fmt == 'province_xlsx':
                plan.append(self._plan_province_row(data, existing))
                continue
            record = existing.get(data['code'])
            data['level_ids'] = sorted(levels[code] for code in data['levels'])
            if not record:
                plan.append(('create', record, data, []))
                continue
            changes = []
            decision_date = fields.Date.from_string(record.decision_date) \
                if record.decision_date else None
            for label, old, new in (
                    (_('name'), record.name, data['name']),
                    (_('field'), record.field_id.id, data['field_id']),
                    (_('decision'), record.decision_number or '', data['decision_number']),
                    (_('decision date'), decision_date, data['decision_date']),
                    (_('levels'), sorted(record.level_ids.ids), data['level_ids'])):
                if old != new and not (label == _('field') and not new):
                    changes.append(label)
            if set(data['agency_ids']) - set(record.agency_ids.ids):
                changes.append(_('agencies'))
            known_cases = {case.code or case.name for case in record.case_ids}
            if {case['code'] or case['name'] for case in data['cases']} - known_cases:
                changes.append(_('cases'))
            old_times, old_fees = self._existing_terms(record)
            new_times, new_fees = self._file_terms(data)
            if old_times != new_times:
                changes.append(_('times'))
            if old_fees != new_fees:
                changes.append(_('fees'))
            plan.append(('update' if changes else 'unchanged', record, data, changes))
        return plan

    def _plan_province_row(self, record_values, existing):
        row, values = record_values
        record = existing.get(values['code'])
        if not record:
            return ('create', record, record_values, [])
        changes = []
        for name, value in values.items():
            old = record[name]
            if isinstance(old, models.BaseModel):
                old = old.id
            elif name == 'decision_date' and old:
                old = fields.Date.from_string(old)
            if old != value:
                changes.append(record._fields[name].get_description(self.env)['string'])
        return ('update' if changes else 'unchanged', record, record_values, changes)

    def _unpublished(self, fmt, procedures):
        """Procedures imported before from the same catalogue (the title of the national
        export's main sheet, e.g. "Danh mục thủ tục hành chính cấp xã") that the newer file
        no longer publishes. A portal JSON holds what it holds: nothing is inferred."""
        if fmt != 'national_xlsx' or not procedures:
            return self.env['tthc.procedure']
        return self.env['tthc.procedure'].search([
            ('import_origin', '=', fmt), ('import_catalogue', '=', procedures[0]['catalogue']),
            ('code', 'not in', [data['code'] for data in procedures]),
            ('state', 'not in', ('replaced', 'abolished'))])

    # ------------------------------------------------------------------ actions

    def _analyse(self):
        self.ensure_one()
        fmt, procedures, errors = self._read()
        unmapped = self.env['tthc.catalog.mapping']
        field_count = agency_count = 0
        if not errors and fmt != 'province_xlsx':
            unmapped, field_count, agency_count = self._resolve(procedures)
            for mapping in unmapped.filtered(lambda m: m.kind == 'field'):
                errors.append(('', 0, _('Field'), _(
                    "Field %r maps to no field of this province: map it in the list below (or "
                    "tick \"Create Missing Fields\"), then preview again.") % mapping.source))
        plan = self._plan(fmt, procedures) if not errors else []
        unpublished = self._unpublished(fmt, procedures) if not errors else \
            self.env['tthc.procedure']
        return fmt, procedures, errors, plan, unpublished, unmapped, field_count, agency_count

    def _line_values(self, fmt, plan, unpublished):
        lines = []
        for action, record, data, changes in plan:
            if fmt == 'province_xlsx':
                code, name, attention, to_set = data[1]['code'], data[1].get('name'), '', False
            else:
                code, name = data['code'], data['name']
                attention = '\n'.join(reason.format(_(reason.template))
                                      if isinstance(reason, Message) else str(reason)
                                      for _column, reason in data['attention'])
                to_set = any(time['unit'] == 'other' for time in data['times'])
            lines.append({'code': code, 'name': name, 'action': action,
                          'changes': ', '.join(changes), 'attention': attention,
                          'time_to_set': to_set})
        for record in unpublished:
            lines.append({'code': record.code, 'name': record.name, 'action': 'unpublished',
                          'changes': '', 'attention': _("No longer in the file."),
                          'time_to_set': False})
        return lines

    def _show(self, values):
        self.error_ids.unlink()
        self.line_ids.unlink()
        self.write(values)
        return {'type': 'ir.actions.act_window', 'res_model': self._name, 'res_id': self.id,
                'view_mode': 'form', 'target': 'new'}

    def _summary(self, fmt, plan, unpublished, unmapped, field_count, agency_count, errors):
        lines = self._line_values(fmt, plan, unpublished)
        return {
            'file_format': fmt,
            'error_ids': [(0, 0, {'sheet': sheet, 'row': row, 'column': column,
                                  'reason': reason})
                          for sheet, row, column, reason in errors],
            'line_ids': [(0, 0, line) for line in lines],
            'unmapped_ids': [(6, 0, unmapped.ids)],
            'created_count': sum(1 for line in lines if line['action'] == 'create'),
            'updated_count': sum(1 for line in lines if line['action'] == 'update'),
            'unchanged_count': sum(1 for line in lines if line['action'] == 'unchanged'),
            'unpublished_count': len(unpublished),
            'time_to_set_count': sum(1 for line in lines if line['time_to_set']),
            'attention_count': sum(1 for line in lines if line['attention']),
            'field_mapped_count': field_count, 'agency_mapped_count': agency_count,
            'unmapped_count': len(unmapped),
        }

    @api.multi
    def action_preview(self):
        """What the import would do, before anything is written."""
        self.ensure_one()
        fmt, _procedures, errors, plan, unpublished, unmapped, fields_, agencies = \
            self._analyse()
        values = self._summary(fmt, plan, unpublished, unmapped, fields_, agencies, errors)
        values.update(state='failed' if errors else 'preview', review_entry_count=0)
        return self._show(values)

    @api.multi
    def action_import(self):
        """Write the catalogue as the file publishes it: all or nothing."""
        self.ensure_one()
        fmt, _procedures, errors, plan, unpublished, unmapped, fields_, agencies = \
            self._analyse()
        entries = 0
        if not errors:
            errors, entries = self._apply(fmt, plan, unpublished)
        values = self._summary(fmt, plan, unpublished, unmapped, fields_, agencies, errors)
        if errors:
            values.update({key: 0 for key in ('created_count', 'updated_count',
                                              'unchanged_count', 'unpublished_count')})
        values.update(state='failed' if errors else 'done', review_entry_count=entries)
        return self._show(values)

    @api.model
    def import_module_files(self, paths, create_missing_fields=True):
        """Import files shipped with the module (the demo's real catalogue slices), each
        through the same wizard as a user; a file that does not import stops the loading."""
        wizards = self.browse()
        for path in paths:
            with open(get_module_resource('tthc_catalog', *path.split('/')), 'rb') as handle:
                content = handle.read()
            wizard = self.create({'file': base64.b64encode(content),
                                  'filename': os.path.basename(path),
                                  'create_missing_fields': create_missing_fields})
            wizard.action_import()
            if wizard.state != 'done':
                raise UserError(_("%s did not import: %s") % (path, '; '.join(
                    '%s %s %s' % (e.row, e.column, e.reason) for e in wizard.error_ids)))
            wizards |= wizard
        return wizards

    def action_back(self):
        return self._show({'state': 'draft'})

    # ------------------------------------------------------------------ writing

    def _apply(self, fmt, plan, unpublished):
        """Create or update the procedures in one savepoint: the first row the ORM refuses
        undoes them all and is reported. Returns (errors, review entries created)."""
        current = 0
        try:
            with self.env.cr.savepoint():
                changed = []
                for action, record, data, changes in plan:
                    current = data[0] if fmt == 'province_xlsx' else data['row']
                    if action == 'unchanged':
                        continue
                    if fmt == 'province_xlsx':
                        self._write_province_row(record, data[1])
                        continue
                    record = self._write_procedure(fmt, record, data)
                    changed.append((action, record))
                entries = self._review(fmt, plan, changed, unpublished)
        except (UserError, ValidationError) as error:
            reason = error.name
        except (DataError, IntegrityError) as error:
            reason = _("Refused by the database: %s") % error.pgerror
        else:
            return [], entries
        # the savepoint undid the rows in the database: forget them in the cache too
        self.env.clear()
        return [('', current, '', reason)], 0

    def _write_province_row(self, record, values):
        if values.get('decision_date'):
            values = dict(values, decision_date=fields.Date.to_string(values['decision_date']))
        if record:
            record.write(values)
        else:
            self.env['tthc.procedure'].create(values)

    def _write_procedure(self, fmt, record, data):
        values = {'name': data['name'], 'decision_number': data['decision_number'] or False,
                  'decision_date': fields.Date.to_string(data['decision_date'])
                  if data['decision_date'] else False,
                  'level_ids': [(6, 0, data['level_ids'])], 'import_origin': fmt,
                  'import_catalogue': data.get('catalogue') or False}
        if data['field_id']:
            values['field_id'] = data['field_id']
        if record:
            values['agency_ids'] = [(4, agency_id) for agency_id in data['agency_ids']]
            record.write({key: value for key, value in values.items()
                          if key == 'agency_ids' or record[key] != value})
        else:
            values.update(code=data['code'], state=data['state'],
                          agency_ids=[(6, 0, data['agency_ids'])])
            record = self.env['tthc.procedure'].create(values)
        cases = {case.code or case.name: case for case in record.case_ids}
        for number, case in enumerate(data['cases'], start=1):
            key = case['code'] or case['name']
            if key not in cases:
                cases[key] = self.env['tthc.procedure.case'].create({
                    'procedure_id': record.id, 'sequence': number,
                    'code': case['code'] or False, 'name': case['name']})
        case_by_name = {case['name']: cases[case['code'] or case['name']]
                        for case in data['cases']}
        old_times, old_fees = self._existing_terms(record)
        new_times, new_fees = self._file_terms(data)
        if old_times != new_times:
            provincial = {(time.case_id.id, time.channel, time.stage): time
                          for time in record.time_ids if time.provincial_amount}
            record.time_ids.unlink()
            for time in data['times']:
                case = case_by_name.get(time['case']) if time['case'] else None
                kept = provincial.get((case.id if case else False, time['channel'],
                                       time['stage']))
                values = {'procedure_id': record.id, 'case_id': case.id if case else False,
                          'channel': time['channel'], 'stage': time['stage'],
                          'amount': time['amount'], 'unit': time['unit'],
                          'published_text': time.get('text') or False,
                          'description': time['description'] or False}
                if kept:
                    values.update({name: kept[name] for name in (
                        'provincial_amount', 'provincial_unit', 'provincial_decision_number',
                        'provincial_decision_date')})
                self.env['tthc.procedure.time'].create(values)
        if old_fees != new_fees:
            record.fee_ids.unlink()
            for number, fee in enumerate(data['fees'], start=1):
                self.env['tthc.procedure.fee'].create({
                    'procedure_id': record.id, 'sequence': number,
                    'channel': fee['channel'] or False, 'kind': fee['kind'],
                    'amount': fee['amount'], 'description': fee['description'] or False})
        return record

    def _review(self, fmt, plan, changed, unpublished):
        """The yearly review's entries for a newer export's differences: new procedures,
        amended ones, and those no longer published. The first load of a catalogue (no
        procedure of the file known yet) creates none."""
        if fmt == 'province_xlsx' or not any(action != 'create' for action, _r, _d, _c in plan):
            return 0
        entries = [(record, 'new' if action == 'create' else 'amended')
                   for action, record in changed]
        entries += [(record, 'abolished') for record in unpublished]
        if not entries:
            return 0
        decision = self.review_decision_id or self.env['tthc.review.decision'].create({
            'name': _("Import of %s") % (self.filename or _('the catalogue')),
            'decision_date': fields.Date.context_today(self)})
        for record, change in entries:
            self.env['tthc.review.entry'].create({
                'decision_id': decision.id, 'procedure_id': record.id, 'change_type': change})
        if not self.review_decision_id:
            self.review_decision_id = decision
        return len(entries)


class TthcCatalogImportLine(models.TransientModel):
    _name = 'tthc.catalog.import.line'
    _description = 'Catalogue Import Preview Line'
    _order = 'action, code'

    wizard_id = fields.Many2one('tthc.catalog.import', required=True, ondelete='cascade')
    code = fields.Char()
    name = fields.Char()
    action = fields.Selection(ACTIONS)
    changes = fields.Char()
    attention = fields.Text(string='Needs Attention')
    time_to_set = fields.Boolean(string='Time to Set')


class TthcCatalogImportError(models.TransientModel):
    _name = 'tthc.catalog.import.error'
    _description = 'Catalogue Import Error'
    _order = 'sheet, row, id'

    wizard_id = fields.Many2one('tthc.catalog.import', required=True, ondelete='cascade')
    sheet = fields.Char(string='Sheet or File')
    row = fields.Integer()
    column = fields.Char()
    reason = fields.Char()
