# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import _, api, fields, models

from .tthc_dossier import WORKING_STATES


class TthcDossier(models.Model):
    """The scheduled follow-up of dossiers and steps due soon or overdue."""
    _inherit = 'tthc.dossier'

    @api.model
    def _cron_follow_up(self):
        """Remind the officer handling each dossier, and its agency's leaders, once when it
        comes within a working day of its return date and once when it passes it; likewise
        each step past its own due moment. Only rows whose reminder is still to send are read
        (indexes on state, due_at and followup_level).

        The job runs every five minutes and sends at most a batch of reminders a run (system
        parameter ``tthc_dossier.followup_batch``, 40 by default: 480 an hour, 11,520 a day,
        for the ~1,900 a working day of the generated province of a million dossiers, mostly
        late steps), the most urgent first: overdue dossiers, dossiers due soon, then late
        steps, each by due date. A run stays short whatever happened (after a holiday
        thousands fall due at once); what is left waits for the next run. The e-mails go to
        the outgoing queue (Odoo's mail job sends them) instead of being sent one by one within
        this job."""
        self = self.with_context(mail_notify_force_send=False)
        limit = int(self.env['ir.config_parameter'].sudo().get_param(
            'tthc_dossier.followup_batch', 40))
        now = self._now()
        soon_limit = self.env['tthc.working.calendar'].add_working_days(now, 1)
        # (a search limit of 0 means no limit in Odoo: a full batch stops the next searches)
        # ('!=', 'overdue') would miss the dossiers never reminded: Odoo 11 compares NULL out
        overdue = self.search([('state', 'in', WORKING_STATES), ('due_at', '<', now),
                               ('followup_level', 'in', [False, 'soon'])], order='due_at, id',
                              limit=limit)
        soon = self.browse()
        if limit > len(overdue):
            soon = self.search([('state', 'in', WORKING_STATES), ('due_at', '>=', now),
                                ('due_at', '<=', soon_limit), ('followup_level', '=', False)],
                               order='due_at, id', limit=limit - len(overdue))
        steps = self.env['tthc.dossier.step']
        if limit > len(overdue) + len(soon):
            steps = steps.search([('finished_at', '=', False), ('due_at', '<', now),
                                  ('reminded', '=', False)],
                                 order='due_at, id', limit=limit - len(overdue) - len(soon))
        # the messages are written first, then each reminder acts on its own record: every
        # reminder writes and resets the cache, and a record browsed within the whole set
        # would read the whole set again each time (quadratic in the reminders of a run)
        reminders = [(dossier.id, 'overdue', _("Dossier %s is past its return date (%s).") % (
            dossier.code, dossier._local_due()), None) for dossier in overdue]
        reminders += [(dossier.id, 'soon', _("Dossier %s is due on %s.") % (
            dossier.code, dossier._local_due()), None) for dossier in soon]
        reminders += [(step.dossier_id.id, None, _(
            "Step %s of dossier %s is past its due moment.") % (
                step.step_id.name, step.dossier_id.code), step.user_id.id) for step in steps]
        todo = self.env.ref('mail.mail_activity_data_todo')
        for dossier_id, level, message, user_id in reminders:
            self.browse(dossier_id)._remind(level, message, todo,
                                            user=self.env['res.users'].browse(user_id))
        steps.write({'reminded': True})
        return len(reminders)

    def _local_due(self):
        return self.env['tthc.working.calendar'].to_local(self.due_at).strftime('%d/%m/%Y %H:%M')

    def _remind(self, level, message, activity_type, user=None):
        self.ensure_one()
        user = user or self.user_id
        if user:
            self.env['mail.activity'].create({
                'res_model_id': self.env['ir.model']._get(self._name).id, 'res_id': self.id,
                'activity_type_id': activity_type.id,
                'summary': message, 'user_id': user.id,
                'date_deadline': fields.Date.context_today(self),
            })
        leaders = self.agency_id.user_ids.filtered(
            lambda u: u.has_group('tthc_catalog.group_tthc_leader'))
        self.message_post(body=message, partner_ids=leaders.mapped('partner_id').ids,
                          subtype='mail.mt_comment')
        if level:
            self._write_clock({'followup_level': level})
