# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""An administrator gives a user their roles in the user form: the chain officer → leader →
provincial controller → administrator is one list, and inspector and training manager, roles
beside that chain, each a list of their own (Odoo shows a category's groups as one list only
when each implies the one before). Screenshot: var/screenshots/user-roles.png."""
from .browser import URL, screenshot, wait_for_view

CATEGORIES = {
    'tthc_catalog.module_category_tthc': [
        'tthc_catalog.group_tthc_user', 'tthc_catalog.group_tthc_officer',
        'tthc_catalog.group_tthc_leader', 'tthc_catalog.group_tthc_controller',
        'tthc_catalog.group_tthc_admin'],
    'tthc_inspection.module_category_tthc_inspection': ['tthc_inspection.group_tthc_inspector'],
    'tthc_training.module_category_tthc_training': [
        'tthc_training.group_tthc_training_manager'],
}


def _role_fields(rpc):
    """{category xmlid: the user form's field for it}, from the fields Odoo makes of the
    groups: ``sel_groups_…`` for a list, ``in_group_…`` for a checkbox each."""
    admin = rpc.as_user('admin', 'admin')
    fields = admin('res.users', 'fields_get', [], attributes=['type', 'selection'])
    found = {}
    for category, groups in CATEGORIES.items():
        ids = sorted(rpc.ref(group) for group in groups)
        lists = [name for name, description in fields.items()
                 if name.startswith('sel_groups_')
                 and sorted(int(part) for part in name.split('_')[2:]) == ids]
        boxes = [name for name in fields
                 if name.startswith('in_group_') and int(name.split('_')[2]) in ids]
        assert lists and not boxes, (category, lists, boxes)
        found[category] = lists[0]
    return found


def test_administrator_picks_each_role_from_a_list(page, rpc):
    role_fields = _role_fields(rpc)
    inspector = rpc.ref('tthc_inspection.user_inspector')
    page.goto(URL + '/web/login')
    page.fill('input[name=login]', 'admin')
    page.fill('input[name=password]', 'admin')
    page.click('button[type=submit]')
    page.wait_for_selector('.o_web_client .o_content > *', timeout=180000)
    # the users' action opens the full user form (the default one has no access rights)
    page.goto(URL + '/web#id=%d&model=res.users&view_type=form&action=%d'
              % (inspector, rpc.ref('base.action_res_users')))
    wait_for_view(page, 'form')
    page.click('.o_form_button_edit')
    page.wait_for_selector('.o_form_editable')
    selects = {name: page.locator('.o_content select[name=%s]' % name)
               for name in role_fields.values()}
    for category, name in role_fields.items():
        assert selects[name].count() == 1, category
    inspection = selects[role_fields['tthc_inspection.module_category_tthc_inspection']]
    assert inspection.evaluate('node => node.options[node.selectedIndex].text').strip()
    selects[role_fields['tthc_catalog.module_category_tthc']].scroll_into_view_if_needed()
    screenshot(page, 'user-roles')
    page.click('.o_form_button_cancel')
