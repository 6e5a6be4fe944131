odoo.define('tthc_catalog.web', function (require) {
"use strict";
/* Two gaps of Odoo 11's web client that the suite's users meet every day:
   - the bar chart's "Grouped" / "Stacked" switch is drawn by nvd3 with its own English
     labels: every bar chart gets them through Odoo's translations instead;
   - a pivot cell or a graph bar of the suite's reports opens the records behind the figure
     (the dossiers, the procedures), not the rows of the SQL view that counted them: the
     server answers the action (``tthc_drilldown``, the model's own records by default). */
var core = require('web.core');
var GraphModel = require('web.GraphModel');
var GraphRenderer = require('web.GraphRenderer');
var PivotController = require('web.PivotController');
var _t = core._t;

var multiBarChart = nv.models.multiBarChart;
nv.models.multiBarChart = function () {
    var chart = multiBarChart.apply(this, arguments);
    chart.controlLabels({grouped: _t("Grouped"), stacked: _t("Stacked")});
    return chart;
};

function isSuiteModel(model) {
    return model.indexOf('tthc.') === 0;
}

function drilldown(widget, model, domain, context, name) {
    return widget._rpc({
        model: model, method: 'tthc_drilldown', args: [domain], kwargs: {name: name},
        context: context,
    }).then(function (action) {
        widget.do_action(action);
    });
}

PivotController.include({
    _onCellClick: function (event) {
        var $target = $(event.target);
        if (!isSuiteModel(this.modelName) || $target.hasClass('o_pivot_header_cell_closed') ||
                $target.hasClass('o_pivot_header_cell_opened') || $target.hasClass('o_empty') ||
                !$target.is('td') || $target.data('id') === undefined) {
            return this._super.apply(this, arguments);
        }
        var state = this.model.get(this.handle);
        var colDomain = this.model.getHeader($target.data('col_id')).domain;
        var rowDomain = this.model.getHeader($target.data('id')).domain;
        drilldown(this, this.modelName, state.domain.concat(rowDomain, colDomain),
                  state.context, this.title);
    },
});

GraphModel.include({
    get: function () {
        return _.extend(this._super.apply(this, arguments), {modelName: this.modelName});
    },
    _processData: function (raw_data) {
        this._super.apply(this, arguments);
        // each point keeps the domain of its group, for the click on its bar
        for (var i = 0; i < this.chart.data.length; i++) {
            this.chart.data[i].domain = raw_data[i].__domain;
        }
    },
});

GraphRenderer.include({
    _renderBarChart: function () {
        var self = this;
        var chart = this._super.apply(this, arguments);
        if (!chart || !isSuiteModel(this.state.modelName || '')) {
            return chart;
        }
        var series = _.uniq(_.map(this.state.data, function (point) { return point.labels[1]; }));
        chart.multibar.dispatch.on('elementClick.tthc', function (event) {
            var point;
            if (self.state.groupedBy.length > 1) {
                var serie = series[event.data.series];
                point = _.find(self.state.data, function (p) {
                    return p.labels[0] === event.data.x && p.labels[1] === serie;
                });
            } else {
                point = self.state.data[event.index];
            }
            if (point && point.domain) {
                drilldown(self, self.state.modelName, point.domain, self.state.context || {},
                          point.labels.join(' / '));
            }
        });
        return chart;
    },
});
});
