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
        # the reminders are listed first, then each acts on its own record: every reminder
        # writes and resets the cache, and a record browsed within the whole set would read
        # the whole set again each time (quadratic in the reminders of a run); each message is
        # written in its recipient's language when it is sent
        reminders = [(dossier.id, 'overdue', None, None) for dossier in overdue]
        reminders += [(dossier.id, 'soon', None, None) for dossier in soon]
        reminders += [(step.dossier_id.id, None, step.id, step.user_id.id) for step in steps]
        todo = self.env.ref('mail.mail_activity_data_todo')
        for dossier_id, level, step_id, user_id in reminders:
            self.browse(dossier_id)._remind(level, todo,
                                            user=self.env['res.users'].browse(user_id),
                                            step=self.env['tthc.dossier.step'].browse(step_id))
        steps.write({'reminded': True})
        return len(reminders)

    def _local_due(self):
        return self.env['tthc.working.calendar'].format_local(self.due_at)

    def _followup_text(self, level, lang, step=None):
        """The reminder in the language ``lang`` (``_`` translates into the language of the
        environment of ``self``)."""
        self = self.with_context(lang=lang)
        if level == 'overdue':
            return _("Dossier %s is past its return date (%s).") % (self.code, self._local_due())
        if level == 'soon':
            return _("Dossier %s is due on %s.") % (self.code, self._local_due())
        return _("Step %s of dossier %s is past its due moment.") % (
            step.with_context(lang=lang).step_id.name, self.code)

    def _remind(self, level, activity_type, user=None, step=None):
        """A to-do for the person who holds the dossier (or the late step) and a message
        notifying the agency's leaders, each in its recipient's language: one message per
        language of the leaders (usually one)."""
        self.ensure_one()
        user = user or self.user_id
        default_lang = self.env.context.get('lang') or 'en_US'
        if user:
            lang = user.lang or default_lang
            self.env['mail.activity'].with_context(lang=lang).create({
                'res_model_id': self.env['ir.model']._get(self._name).id, 'res_id': self.id,
                'activity_type_id': activity_type.id,
                'summary': self._followup_text(level, lang, step), 'user_id': user.id,
                'date_deadline': fields.Date.context_today(self),
            })
        leaders = self.agency_id.user_ids.filtered(
            lambda u: u.has_group('tthc_catalog.group_tthc_leader'))
        by_lang = {}
        for leader in leaders:
            by_lang.setdefault(leader.lang or default_lang, []).append(leader.partner_id.id)
        if not by_lang:
            by_lang = {(user.lang if user else None) or default_lang: []}
        for lang, partner_ids in sorted(by_lang.items()):
            self.with_context(lang=lang).message_post(
                body=self._followup_text(level, lang, step), partner_ids=partner_ids,
                subtype='mail.mt_comment')
        if level:
            self._transition({'followup_level': level})
