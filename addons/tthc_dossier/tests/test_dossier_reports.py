# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import tempfile
from unittest.mock import patch

from odoo.tools import config

from .common import DossierCase


class TestDossierReports(DossierCase):

    def test_receipt_and_control_slip(self):
        dossier = self.receive('2025-08-29 09:00:00')
        with self.at('2025-09-03 02:00:00'):
            dossier.action_next_step()
        receipt = self.env.ref('tthc_dossier.tthc_dossier_receipt_report').render_qweb_html(
            dossier.ids)[0].decode()
        self.assertIn('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', receipt)
        self.assertIn('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', receipt)
        self.assertIn(dossier.code, receipt)
        self.assertIn('16 giờ 00 phút, ngày 29/08/2025', receipt)   # received, local time
        self.assertIn('17 giờ 00 phút, ngày 10/09/2025', receipt)   # return date
        self.assertIn(dossier.sudo().lookup_secret, receipt)
        slip = self.env.ref('tthc_dossier.tthc_dossier_control_slip_report').render_qweb_html(
            dossier.ids)[0].decode()
        self.assertIn('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ', slip)
        self.assertIn('Trước hạn', slip)
        self.assertIn('09 giờ 00, ngày 03/09/2025', slip)

    def _html(self, xmlid, dossier):
        return self.env.ref(xmlid).render_qweb_html(dossier.ids)[0].decode()

    def test_exception_forms(self):
        dossier = self.receive('2025-12-01 02:00:00')
        with self.at('2025-12-01 03:00:00'):
            dossier.action_request_supplement('Thiếu bản sao CCCD', 'Nộp bản sao chứng thực',
                                              dossier.component_ids)
        html = self._html('tthc_dossier.tthc_dossier_supplement_report', dossier)
        self.assertIn('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', html)
        self.assertIn('Thiếu bản sao CCCD', html)
        self.assertIn('Đơn đề nghị', html)
        self.assertIn('01/12/2025', html)
        with self.at('2025-12-02 02:00:00'):
            dossier.action_supplement_received()
        with self.at('2025-12-15 02:00:00'):
            dossier.action_apologize('2025-12-17 10:00:00', 'Chờ kết quả đo đạc')
        html = self._html('tthc_dossier.tthc_dossier_apology_report', dossier)
        self.assertIn('VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ', html)
        self.assertIn('17 giờ 00 phút, ngày 17/12/2025', html)
        with self.at('2025-12-15 03:00:00'):
            dossier.action_stop('Có quyết định thanh tra')
        self.assertIn('Có quyết định thanh tra',
                      self._html('tthc_dossier.tthc_dossier_stop_report', dossier))
        refused = self.receive('2025-12-01 02:00:00')
        refused.action_refuse('Không thuộc thẩm quyền')
        html = self._html('tthc_dossier.tthc_dossier_refusal_report', refused)
        self.assertIn('PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ', html)
        self.assertIn('Không thuộc thẩm quyền', html)

    def test_receipt_is_a_real_pdf(self):
        """wkhtmltopdf prints only what is inside ``div.article``: a form without it comes
        out as an empty PDF."""
        dossier = self.receive('2025-12-01 02:00:00')
        report = self.env.ref('tthc_dossier.tthc_dossier_receipt_report')
        # Odoo 11 answers HTML instead of running wkhtmltopdf in tests unless a report
        # directory is configured. The style sheets are not fetched from this server, which
        # is busy loading the modules whose tests run now: a closed port answers at once.
        self.env['ir.config_parameter'].sudo().set_param('report.url', 'http://127.0.0.1:9')
        with tempfile.TemporaryDirectory() as directory, \
                patch.dict(config.options, {'test_report_directory': directory}):
            pdf, kind = report.render_qweb_pdf(dossier.ids)
        self.assertEqual(kind, 'pdf')
        self.assertTrue(pdf.startswith(b'%PDF'))
        self.assertIn(b'/Type /Page', pdf)
        self.assertGreater(len(pdf), 5000)
