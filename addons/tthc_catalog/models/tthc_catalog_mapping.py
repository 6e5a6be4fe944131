# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from ..engine.catalog_columns import fold
from .tthc_agency import LEVELS

MAPPING_KINDS = [('field', 'Field'), ('agency', 'Agency')]


class TthcCatalogMapping(models.Model):
    """How a name or national code met in an imported file reads in this province: a field
    name or national field code (G02-CT19) → a field; a generic agency name ("Ủy ban nhân dân
    cấp xã") or national agency code → this province's agencies (a generic commune name →
    every commune, through ``agency_level``). A source met for the first time is recorded
    without a target, to be mapped once and remembered."""
    _name = 'tthc.catalog.mapping'
    _description = 'Catalogue Import Mapping'
    _order = 'kind, is_mapped, source'

    kind = fields.Selection(MAPPING_KINDS, required=True, index=True)
    source = fields.Char(required=True, help="As written in the imported file.")
    source_key = fields.Char(compute='_compute_source_key', store=True, index=True,
                             help="The source in lower case without accents, for matching.")
    field_id = fields.Many2one('tthc.field', string='Field', ondelete='cascade')
    agency_ids = fields.Many2many('tthc.agency', 'tthc_catalog_mapping_agency_rel',
                                  'mapping_id', 'agency_id', string='Agencies')
    agency_level = fields.Selection(
        LEVELS, string='Every Agency of Level',
        help="Maps to every active agency of this level at the time of the import, e.g. "
             "\"Ủy ban nhân dân cấp xã\" → every commune.")
    is_mapped = fields.Boolean(compute='_compute_is_mapped', store=True, index=True)
    note = fields.Char()

    _sql_constraints = [
        ('source_unique', 'UNIQUE(kind, source_key)', 'This source is already mapped.'),
    ]

    @api.depends('source')
    def _compute_source_key(self):
        for mapping in self:
            mapping.source_key = fold(mapping.source or '')

    @api.depends('kind', 'field_id', 'agency_ids', 'agency_level')
    def _compute_is_mapped(self):
        for mapping in self:
            mapping.is_mapped = bool(mapping.field_id if mapping.kind == 'field'
                                     else mapping.agency_ids or mapping.agency_level)

    @api.constrains('kind', 'field_id', 'agency_ids', 'agency_level')
    def _check_target(self):
        for mapping in self:
            if mapping.kind == 'field' and (mapping.agency_ids or mapping.agency_level):
                raise ValidationError(_("A field mapping points to a field, not to agencies "
                                        "(%s).") % mapping.source)
            if mapping.kind == 'agency' and mapping.field_id:
                raise ValidationError(_("An agency mapping points to agencies, not to a field "
                                        "(%s).") % mapping.source)

    def target_agencies(self):
        """The agencies this mapping stands for now."""
        agencies = self.mapped('agency_ids')
        for mapping in self.filtered('agency_level'):
            agencies |= self.env['tthc.agency'].search([('level', '=', mapping.agency_level)])
        return agencies
