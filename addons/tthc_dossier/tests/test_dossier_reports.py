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
