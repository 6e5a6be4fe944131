# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""Shared setup on top of the catalogue's: an inspection team of two inspectors, a third
inspector outside it, an unrelated officer, and a planned campaign visiting Department A
(whose leader is ``leader_a``) with the standard checklist."""
from odoo.addons.tthc_catalog.tests.common import TthcCase


class InspectionCase(TthcCase):

    @classmethod
    def setUpClass(cls):
        super(InspectionCase, cls).setUpClass()
        cls.inspector_lead = cls._inspector('insp_lead')
        cls.inspector_member = cls._inspector('insp_member')
        cls.inspector_other = cls._inspector('insp_other')
        cls.officer_b = cls._user('officer_b', 'group_tthc_officer', cls.agency_b)
        cls.template = cls.env.ref('tthc_inspection.template_standard')
        cls.campaign = cls.env['tthc.inspection.campaign'].sudo(cls.inspector_lead).create({
            'name': 'Team 1/2026', 'year': 2026, 'lead_id': cls.inspector_lead.id,
            'member_ids': [(6, 0, cls.inspector_member.ids)],
            'template_id': cls.template.id,
            'decision_number': '12/QD-UBND', 'decision_date': '2026-03-02',
            'decision_signer': 'Chairman', 'date_start': '2026-03-10',
            'date_end': '2026-04-30'})
        cls.visit_a = cls._visit(cls.agency_a, '2026-03-12')
        cls.visit_b = cls._visit(cls.agency_b, '2026-03-19')

    @classmethod
    def _inspector(cls, login):
        return cls._user(login, 'tthc_inspection.group_tthc_inspector', cls.province)

    @classmethod
    def _visit(cls, agency, date, campaign=None):
        return cls.env['tthc.inspection.visit'].sudo(cls.inspector_lead).create({
            'campaign_id': (campaign or cls.campaign).id, 'agency_id': agency.id, 'date': date})

    def _run(self):
        """Plan and start the campaign, as its lead."""
        campaign = self.campaign.sudo(self.inspector_lead)
        campaign.action_plan()
        campaign.action_start()
        return campaign

    def _finding(self, visit, kind='deficiency', severity='major', user=None,
                 criterion='criterion_desk_staffing'):
        return self.env['tthc.inspection.finding'].sudo(user or self.inspector_member).create({
            'visit_id': visit.id, 'kind': kind, 'severity': severity,
            'name': 'Finding on %s' % visit.agency_id.name,
            'criterion_id': self.env.ref('tthc_inspection.' + criterion).id})

    def _action(self, finding, deadline, owner=None):
        return self.env['tthc.inspection.action'].sudo(self.inspector_member).create({
            'finding_id': finding.id, 'name': 'Correct it', 'deadline': deadline,
            'owner_id': (owner or self.leader_a).id})
