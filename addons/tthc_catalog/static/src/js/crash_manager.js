odoo.define('tthc_catalog.crash_manager', function (require) {
"use strict";
/**
 * A refusal the user caused (UserError, ValidationError, access or missing record) is a
 * warning titled by its kind in the user's language: Odoo 11 titles it with the JSON-RPC
 * message "Odoo Server Error", in English, as if the server had failed.
 */
var CrashManager = require('web.CrashManager');
var core = require('web.core');

var _t = core._t;

CrashManager.include({
    show_warning: function (error) {
        if (error && error.message === 'Odoo Server Error' && error.data) {
            var titles = {
                user_error: _t("Warning"),
                warning: _t("Warning"),
                validation_error: _t("Validation Error"),
                access_error: _t("Access Error"),
                missing_error: _t("Missing Record"),
                access_denied: _t("Access Denied"),
            };
            var title = titles[error.data.exception_type] || _t("Warning");
            error = _.extend({}, error, {
                type: title,
                data: _.extend({}, error.data, {title: ''}),
            });
        }
        return this._super(error);
    },
});

});
