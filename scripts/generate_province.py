# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""A province at scale in a database of the suite: ~200 agencies on three levels, ~2,000
procedures with approved internal procedures of 3 to 8 steps (a fifth of them revised once
during the history), their officers and leaders, and N dossiers received over several years.

    .venv/bin/python scripts/generate_province.py --db tthc_bench --dossiers 1000000
    make generate N=1000000 DB=tthc_bench       (the same, creating the database if missing)

The catalogue goes through the ORM (agencies, users, holidays) or plain INSERTs (procedures,
internal procedures and their steps, with the stored fields the ORM computes). Dossiers are
simulated in Python on the suite's own deadline engine (the same return dates, step due
moments and timings the actions compute) and loaded with COPY, with the non-unique indexes
rebuilt afterwards. A dossier's life: reception at a desk (in person, online or by post, the
online share growing every year), each step handed over early, on time or late, supplement
requests and financial obligations pausing the clock, refusals, withdrawals, stops, results
returned, dossiers still open today (and a few forgotten, long overdue). Follow-up markers are
set as if the hourly reminder job had always run. Not generated: chatter messages, followers
and activities of the past.

``--scenario`` also loads the source article's half year (11,423 received, 8,263 resolved,
8,037 early or on time, 226 late) at an agency of its own: the statistics of that agency for
01/01-30/06/2022 reproduce its figures.
"""
import argparse
import io
import os
import random
import subprocess
import sys
import time
from bisect import bisect
from datetime import date, datetime, timedelta
from itertools import accumulate

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ADDONS = 'tthc_catalog,tthc_dossier,tthc_inspection,tthc_training'
UTC_OFFSET = timedelta(hours=7)  # Asia/Ho_Chi_Minh, no daylight saving since 1975
PROVINCE_CODE = 'H99'  # a code no real province has: the generated agencies never collide
CHUNK = 20000

FIELDS = [
    ('DD', 'Đất đai'), ('XD', 'Xây dựng'), ('HT', 'Hộ tịch'), ('CT', 'Chứng thực'),
    ('DKKD', 'Thành lập và hoạt động doanh nghiệp'), ('DT', 'Đầu tư'), ('GD', 'Giáo dục'),
    ('YT', 'Y tế'), ('LD', 'Lao động - Việc làm'), ('GT', 'Đường bộ'), ('MT', 'Môi trường'),
    ('TNN', 'Tài nguyên nước'), ('TM', 'Thương mại'), ('NN', 'Nông nghiệp'),
    ('VH', 'Văn hóa'), ('DL', 'Du lịch'), ('TT', 'Thông tin và truyền thông'),
    ('NV', 'Nội vụ'), ('TC', 'Tài chính'), ('KH', 'Khoa học và công nghệ'),
    ('BTXH', 'Bảo trợ xã hội'), ('NCC', 'Người có công'), ('TP', 'Tư pháp'),
    ('LN', 'Lâm nghiệp'), ('TL', 'Thủy lợi'),
]
# fields whose results wait for land levies, registration fees…
OBLIGATION_FIELDS = {'DD', 'XD', 'DT'}
DEPARTMENTS = [
    ('Sở Tài nguyên và Môi trường', ['DD', 'MT', 'TNN']),
    ('Sở Xây dựng', ['XD']), ('Sở Kế hoạch và Đầu tư', ['DKKD', 'DT']),
    ('Sở Tư pháp', ['TP', 'HT', 'CT']), ('Sở Giáo dục và Đào tạo', ['GD']),
    ('Sở Y tế', ['YT']), ('Sở Lao động - Thương binh và Xã hội', ['LD', 'BTXH', 'NCC']),
    ('Sở Giao thông vận tải', ['GT']), ('Sở Công Thương', ['TM']),
    ('Sở Nông nghiệp và Phát triển nông thôn', ['NN', 'LN', 'TL']),
    ('Sở Văn hóa, Thể thao và Du lịch', ['VH', 'DL']),
    ('Sở Thông tin và Truyền thông', ['TT']), ('Sở Nội vụ', ['NV']),
    ('Sở Tài chính', ['TC']), ('Sở Khoa học và Công nghệ', ['KH']),
    ('Ban Dân tộc', ['BTXH']), ('Thanh tra tỉnh', ['NV']),
    ('Ban Quản lý Khu kinh tế cửa khẩu', ['DT', 'XD']), ('Sở Ngoại vụ', ['NV']),
    ('Công an tỉnh', ['HT']),
]
DISTRICTS = ['Thành phố Lạng Sơn', 'Tràng Định', 'Văn Lãng', 'Bình Gia', 'Bắc Sơn', 'Văn Quan',
             'Cao Lộc', 'Lộc Bình', 'Chi Lăng', 'Đình Lập', 'Hữu Lũng']
SYLLABLES = ['Hoàng', 'Đồng', 'Tân', 'Yên', 'Hòa', 'Minh', 'Quang', 'Hồng', 'Vân', 'Thạch',
             'Xuân', 'Bình', 'Lộc', 'Phú', 'Thanh', 'Long', 'Mai', 'Sơn', 'Hữu', 'Kháng',
             'Chiến', 'Thắng', 'Tú', 'Đoàn', 'Kết', 'Nhạc', 'Kỳ', 'Lừa', 'Khuất', 'Xá']
SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vi', 'Lương', 'Nông', 'Hà', 'Lăng',
            'Đặng', 'Bùi', 'Đỗ', 'Vũ', 'Triệu', 'Chu', 'Mã', 'Lộc']
MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Hữu', 'Ngọc', 'Thanh', 'Quốc', 'Kim']
GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Hà', 'Hải', 'Hạnh', 'Hoa', 'Hùng', 'Hương', 'Lan',
         'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phong', 'Quân', 'Sơn', 'Thảo', 'Trang', 'Tuấn',
         'Vân', 'Yến']
ACTIONS = ['Cấp', 'Cấp lại', 'Điều chỉnh', 'Gia hạn', 'Đăng ký', 'Thẩm định', 'Công nhận',
           'Chấp thuận', 'Xác nhận', 'Phê duyệt']
OBJECTS = ['giấy phép', 'giấy chứng nhận', 'hồ sơ', 'chứng chỉ hành nghề', 'quyết định',
           'văn bản', 'đăng ký', 'phương án', 'báo cáo', 'dự án']
MIDDLE_STEPS = [('Thẩm định hồ sơ', 'Chuyên viên phòng chuyên môn'),
                ('Kiểm tra thực địa', 'Phòng chuyên môn'),
                ('Xin ý kiến cơ quan liên quan', 'Phòng chuyên môn'),
                ('Dự thảo kết quả', 'Chuyên viên phòng chuyên môn'),
                ('Xem xét, trình ký', 'Lãnh đạo phòng'),
                ('Ký duyệt kết quả', 'Lãnh đạo cơ quan'),
                ('Vào sổ, đóng dấu', 'Văn thư')]
PROCESSING_DAYS = [(1, 6), (3, 14), (5, 18), (7, 12), (10, 16), (15, 14), (20, 10), (30, 10)]

# what becomes of a dossier (shares of all dossiers)
REFUSED, WITHDRAWN, STOPPED, FORGOTTEN = 0.015, 0.007, 0.003, 0.035
SUPPLEMENT, SECOND_SUPPLEMENT = 0.07, 0.012
# the pace of the agency on a dossier: early, on time, late
PACES = [(0.64, 'early'), (0.97, 'on_time'), (1.0, 'late')]


def utc(moment):
    """Local naive datetime -> Odoo's UTC string (None -> COPY's NULL)."""
    return '\\N' if moment is None else str(moment - UTC_OFFSET)


# The catalogue

def build_catalogue(env, agencies=200, procedures=2000, start=None, rng=None, log=print):
    """Fields, agencies, users, procedures and approved internal procedures, unless the
    province is already there. ``start``: the first day of the dossiers' history (the date of
    the first decisions)."""
    Agency = env['tthc.agency']
    root_code = '000.00.00.%s' % PROVINCE_CODE
    if Agency.with_context(active_test=False).search([('code', '=', root_code)]):
        log("catalogue: already there, reused")
        return
    began = time.time()
    fields_by_code = {}
    for code, name in FIELDS:
        field = env['tthc.field'].search([('code', '=', code)], limit=1) or \
            env['tthc.field'].create({'code': code, 'name': name})
        fields_by_code[code] = field.id
    # ~200 agencies: the province, its departments, districts and communes under them
    departments = DEPARTMENTS[:max(3, min(len(DEPARTMENTS), agencies // 10))]
    districts = DISTRICTS[:max(2, min(len(DISTRICTS), agencies // 18))]
    communes = max(2 * len(districts), agencies - 1 - len(departments) - len(districts))
    root = Agency.create({'name': 'UBND tỉnh (mô phỏng %s)' % PROVINCE_CODE, 'code': root_code,
                          'level': 'province'})
    dept_records = [Agency.create({
        'name': name, 'code': '000.00.%02d.%s' % (index, PROVINCE_CODE), 'level': 'province',
        'parent_id': root.id}) for index, (name, _fields) in enumerate(departments, start=1)]
    district_records, commune_records = [], []
    for index, name in enumerate(districts, start=1):
        district_records.append(Agency.create({
            'name': 'UBND %s %s' % ('' if name.startswith('Thành phố') else 'huyện', name),
            'code': '000.%02d.00.%s' % (index, PROVINCE_CODE), 'level': 'district',
            'parent_id': root.id}))
    for index in range(communes):
        district = district_records[index % len(district_records)]
        commune_records.append(Agency.create({
            'name': 'UBND xã %s %s' % (SYLLABLES[index % len(SYLLABLES)],
                                       SYLLABLES[(index * 7 + 3) % len(SYLLABLES)]),
            'code': '%03d.%02d.00.%s' % (index // len(district_records) + 1,
                                         district_records.index(district) + 1, PROVINCE_CODE),
            'level': 'commune', 'parent_id': district.id}))
    log("catalogue: %d agencies (%.0f s)" % (1 + len(dept_records) + len(district_records)
                                             + len(commune_records), time.time() - began))

    # users: desk officers and a leader per agency, provincial controllers
    Users = env['res.users'].with_context(no_reset_password=True)
    groups = {name: env.ref('tthc_catalog.group_tthc_%s' % name).id
              for name in ('officer', 'leader', 'controller')}

    def user(login, name, group, agency):
        Users.create({'name': name, 'login': login, 'password': login,
                      'email': '%s@bench.example.com' % login, 'lang': 'vi_VN',
                      'tz': 'Asia/Ho_Chi_Minh', 'groups_id': [(6, 0, [groups[group]])],
                      'tthc_agency_ids': [(6, 0, [agency.id])]})
    staff = [(dept, 3, 1) for dept in dept_records] + \
        [(district, 2, 1) for district in district_records] + \
        [(commune, 1, 0) for commune in commune_records]
    for agency, officers, leaders in staff:
        slug = agency.code.replace('.', '')[:-len(PROVINCE_CODE)]
        for number in range(officers):
            user('bench.%s.officer%d' % (slug, number + 1), '%s %s %s' % (
                rng.choice(SURNAMES), rng.choice(MIDDLE), rng.choice(GIVEN)), 'officer', agency)
        for number in range(leaders):
            user('bench.%s.leader%d' % (slug, number + 1), '%s %s %s' % (
                rng.choice(SURNAMES), rng.choice(MIDDLE), rng.choice(GIVEN)), 'leader', agency)
    for number in (1, 2):
        user('bench.controller%d' % number, 'Kiểm soát TTHC %d' % number, 'controller', root)
    log("catalogue: %d users (%.0f s)" % (Users.search_count([('login', '=like', 'bench.%')]),
                                          time.time() - began))

    # procedures: 70% settled by a department, 15% by districts, 15% by communes (these two
    # with one internal procedure approved at the province for every district or commune)
    cr = env.cr
    cr.execute("SELECT coalesce(max(substring(code from 3)::int), 0) FROM tthc_procedure "
               "WHERE code ~ '^[12][.][0-9]{6}$'")
    first_number = cr.fetchone()[0] + 1
    day_choices = list(accumulate(weight for _days, weight in PROCESSING_DAYS))
    history_start = start or date.today().replace(month=1, day=1)
    rows, internals, steps = [], [], []
    for index in range(procedures):
        share = index / float(procedures)
        if share < 0.7:
            owner = dept_records[index % len(dept_records)]
            dept_fields = departments[index % len(dept_records)][1]
            level, field_code = 'province', dept_fields[index // len(dept_records) %
                                                        len(dept_fields)]
        else:
            owner, level = root, 'district' if share < 0.85 else 'commune'
            field_code = FIELDS[index % len(FIELDS)][0]
        days = PROCESSING_DAYS[bisect(day_choices, rng.random() * day_choices[-1])][0]
        code = '%d.%06d' % (1 if level == 'province' else 2, first_number + index)
        name = '%s %s %s' % (rng.choice(ACTIONS), rng.choice(OBJECTS),
                             dict(FIELDS)[field_code].lower())
        rows.append((code, name, fields_by_code[field_code], level, owner.id, days,
                     rng.random() > 0.2, rng.random() < 0.03))
        # the internal procedure, revised once for a fifth of the procedures
        versions = 2 if rng.random() < 0.2 else 1
        for version in range(1, versions + 1):
            decided = history_start - timedelta(days=rng.randrange(30, 400)) if version == 1 \
                else history_start + timedelta(days=rng.randrange(60, 900))
            internals.append((index, version, versions, decided))
            middle = max(1, min(6, int((days - 0.5) / 0.5), rng.randint(1, 6)))
            left = days - 0.5
            # the reception takes half a day, the rest is shared by the middle steps
            shares = [rng.random() + 0.3 for _step in range(middle)]
            budget = [max(0.5, round(left * share / sum(shares) * 2) / 2.0) for share in shares]
            while sum(budget) > left:
                budget[budget.index(max(budget))] -= 0.5
            plan = [('Tiếp nhận hồ sơ', 'Bộ phận Một cửa', 0.5, False)] + [
                MIDDLE_STEPS[(step + version) % len(MIDDLE_STEPS)] + (duration, False)
                for step, duration in enumerate(budget)] + \
                [('Trả kết quả', 'Bộ phận Một cửa', 0.0, True)]
            steps.append(plan)
    uid = env.uid
    cr.execute("""
        INSERT INTO tthc_procedure (code, name, field_id, level, agency_id, processing_days,
               one_stop_type, state, active, dossier_count, obligation_pauses_clock,
               supplement_restarts_clock, decision_number, decision_date, date_effective,
               has_approved_internal_procedure, create_uid, write_uid, create_date, write_date)
        SELECT r.code, r.name, r.field_id, r.level, r.agency_id, r.days, 'one_stop',
               'in_force', TRUE, 1, r.obligation, r.restarts, '1/QĐ-UBND', %s, %s, TRUE,
               %s, %s, now() at time zone 'UTC', now() at time zone 'UTC'
          FROM unnest(%s::varchar[], %s::varchar[], %s::int[], %s::varchar[], %s::int[],
                      %s::float[], %s::bool[], %s::bool[])
               AS r(code, name, field_id, level, agency_id, days, obligation, restarts)
     RETURNING id, code""",
               [history_start - timedelta(days=400), history_start - timedelta(days=400),
                uid, uid] + [list(column) for column in zip(*rows)])
    procedure_ids = dict((code, pid) for pid, code in cr.fetchall())
    procedure_ids = [procedure_ids[row[0]] for row in rows]
    # internal procedures: the last version approved, the earlier one superseded by it
    cr.execute("""
        INSERT INTO tthc_internal_procedure (name, procedure_id, agency_id, version, state,
               total_days, active, decision_number, decision_date, decision_signer,
               approved_by_id, date_submitted, submitted_by_id, date_superseded,
               workflow_configured, create_uid, write_uid, create_date, write_date)
        SELECT p.code || ' - ' || a.name || ' - v' || i.version, p.id, p.agency_id, i.version,
               CASE WHEN i.version = i.versions THEN 'approved' ELSE 'superseded' END, 0, TRUE,
               i.version::text || '-' || p.id || '/QĐ-UBND', i.decided, 'Chủ tịch UBND tỉnh',
               %s, i.decided,
               %s, NULL, TRUE, %s, %s, now() at time zone 'UTC', now() at time zone 'UTC'
          FROM unnest(%s::int[], %s::int[], %s::int[], %s::date[])
               AS i(procedure_id, version, versions, decided)
          JOIN tthc_procedure p ON p.id = i.procedure_id
          JOIN tthc_agency a ON a.id = p.agency_id
     RETURNING id, procedure_id, version""",
               [uid, uid, uid, uid,
                [procedure_ids[index] for index, _v, _vs, _d in internals],
                [version for _i, version, _vs, _d in internals],
                [versions for _i, _v, versions, _d in internals],
                [decided for _i, _v, _vs, decided in internals]])
    internal_ids = {(pid, version): iid for iid, pid, version in cr.fetchall()}
    step_rows = []
    for (index, version, _versions, _decided), plan in zip(internals, steps):
        iid = internal_ids[(procedure_ids[index], version)]
        for sequence, (name, responsible, duration, result) in enumerate(plan, start=1):
            step_rows.append((iid, sequence * 10, name, responsible, duration, result))
    cr.execute("""
        INSERT INTO tthc_internal_procedure_step (internal_procedure_id, sequence, name,
               responsible, duration_days, is_result_return, create_uid, write_uid,
               create_date, write_date)
        SELECT s.*, %s, %s, now() at time zone 'UTC', now() at time zone 'UTC'
          FROM unnest(%s::int[], %s::int[], %s::varchar[], %s::varchar[], %s::float[],
                      %s::bool[]) AS s""", [uid, uid] + [list(c) for c in zip(*step_rows)])
    # the stored fields the ORM computes: totals, supersessions, the approved version
    cr.execute("""
        UPDATE tthc_internal_procedure ip SET total_days = s.total
          FROM (SELECT internal_procedure_id AS id, sum(duration_days) AS total
                  FROM tthc_internal_procedure_step GROUP BY 1) s
         WHERE s.id = ip.id AND ip.id = ANY(%s);
        UPDATE tthc_internal_procedure old SET superseded_by_id = new.id,
               date_superseded = new.decision_date
          FROM tthc_internal_procedure new
         WHERE old.state = 'superseded' AND new.procedure_id = old.procedure_id
           AND new.agency_id = old.agency_id AND new.state = 'approved' AND old.id = ANY(%s);
        UPDATE tthc_procedure p SET approved_internal_procedure_id = ip.id
          FROM tthc_internal_procedure ip
         WHERE ip.procedure_id = p.id AND ip.state = 'approved' AND p.id = ANY(%s);
    """, [list(internal_ids.values())] * 2 + [procedure_ids])
    env['tthc.dossier'].invalidate_cache()
    log("catalogue: %d procedures, %d internal procedures, %d steps (%.0f s)" % (
        len(procedure_ids), len(internal_ids), len(step_rows), time.time() - began))


def load_catalogue(env):
    """What the simulation needs of the generated province, as plain tuples."""
    cr = env.cr
    cr.execute("SELECT id, code, level, parent_id, name FROM tthc_agency WHERE code LIKE %s "
               "ORDER BY id", ['%.' + PROVINCE_CODE])
    agencies = {aid: {'id': aid, 'code': code, 'level': level, 'parent': parent, 'name': name}
                for aid, code, level, parent, name in cr.fetchall()}
    cr.execute("""SELECT u.id, r.agency_id FROM res_users u
                    JOIN tthc_agency_res_users_rel r ON r.user_id = u.id
                   WHERE u.login LIKE 'bench.%%.officer%%' AND r.agency_id = ANY(%s)
                ORDER BY u.id""", [list(agencies)])
    for agency in agencies.values():
        agency['officers'] = []
    for uid, aid in cr.fetchall():
        agencies[aid]['officers'].append(uid)
    cr.execute("""
        SELECT p.id, p.code, p.level, p.agency_id, p.field_id, f.code, p.processing_days,
               p.obligation_pauses_clock, p.supplement_restarts_clock
          FROM tthc_procedure p JOIN tthc_field f ON f.id = p.field_id
         WHERE p.agency_id = ANY(%s) ORDER BY p.id""", [list(agencies)])
    procedures = [{'id': row[0], 'code': row[1], 'level': row[2], 'agency': row[3],
                   'field': row[4], 'field_code': row[5], 'days': row[6],
                   'obligation_clock': row[7], 'restarts': row[8], 'versions': []}
                  for row in cr.fetchall()]
    by_id = {procedure['id']: procedure for procedure in procedures}
    cr.execute("""
        SELECT ip.id, ip.procedure_id, ip.decision_date, ip.state,
               array_agg(s.id ORDER BY s.sequence, s.id),
               array_agg(s.duration_days ORDER BY s.sequence, s.id),
               array_agg(s.is_result_return ORDER BY s.sequence, s.id)
          FROM tthc_internal_procedure ip
          JOIN tthc_internal_procedure_step s ON s.internal_procedure_id = ip.id
         WHERE ip.procedure_id = ANY(%s) AND ip.state IN ('approved', 'superseded')
      GROUP BY ip.id ORDER BY ip.procedure_id, ip.version""", [list(by_id)])
    for iid, pid, decided, _state, step_ids, durations, results in cr.fetchall():
        if isinstance(decided, str):  # Odoo's cursor reads dates as strings
            decided = datetime.strptime(decided, '%Y-%m-%d').date()
        by_id[pid]['versions'].append((decided, iid, list(zip(step_ids, durations, results))))
    return agencies, procedures


# The dossiers

def history_days(start, end, engine):
    """(date, weight) of every day of the history: working days carry the dossiers, weekends
    and days off a trickle of online ones; the volume grows by a tenth a year."""
    days, day = [], start
    while day <= end:
        worked = engine.is_working_day(day)
        weight = (1.15 if day.weekday() == 0 else 1.0) if worked else 0.04
        days.append((day, weight * (1 + 0.1 * (day - start).days / 365.0), worked))
        day += timedelta(days=1)
    return days


class Simulation(object):
    """One dossier's life at a time, on the deadline engine, written as COPY rows."""

    def __init__(self, engine, agencies, procedures, now, rng, start):
        self.engine, self.agencies, self.now, self.rng = engine, agencies, now, rng
        self.start = start
        self.procedures = [p for p in procedures if p['versions']]
        # popularity: a few procedures take most dossiers (Zipf, s = 0.9)
        order = list(range(len(self.procedures)))
        rng.shuffle(order)
        self.weights = list(accumulate(1.0 / (rank + 1) ** 0.9 for rank in order))
        self.districts = [a for a in agencies.values() if a['level'] == 'district']
        self.communes = [a for a in agencies.values() if a['level'] == 'commune']
        self.counters = {}
        self.soon_limit = engine.add_working_hours(now, engine.hours_per_day)
        self.day_hours = engine.hours_per_day

    def receiving_agency(self, procedure):
        if procedure['level'] == 'district':
            return self.rng.choice(self.districts)
        if procedure['level'] == 'commune':
            return self.rng.choice(self.communes)
        return self.agencies[procedure['agency']]

    def received_moment(self, day, worked, online):
        """Office hours at the desk; online dossiers arrive at any hour, any day."""
        rng = self.rng
        if online and (not worked or rng.random() < 0.3):
            return datetime(day.year, day.month, day.day, rng.randrange(24), rng.randrange(60),
                            rng.randrange(60))
        minute = rng.randrange(480)
        minute += 450 if minute < 240 else 540  # 7:30-11:30, 13:00-17:00
        return datetime(day.year, day.month, day.day, minute // 60, minute % 60,
                        rng.randrange(60))

    def dossier(self, did, day, worked, online_share, out):
        rng, engine, now = self.rng, self.engine, self.now
        procedure = self.procedures[bisect(self.weights, rng.random() * self.weights[-1])]
        agency = self.receiving_agency(procedure)
        roll = rng.random()
        channel = 'online' if roll < online_share else 'postal' if roll < online_share + 0.04 \
            else 'direct'
        received = self.received_moment(day, worked, channel == 'online')
        if received > now:
            received = now - timedelta(minutes=rng.randrange(1, 600))
        version = procedure['versions'][0]
        for candidate in procedure['versions'][1:]:
            if candidate[0] <= received.date():
                version = candidate
        internal_id, steps = version[1], version[2]
        officers = agency['officers'] or [1]
        user = rng.choice(officers)
        days = procedure['days']

        # the pauses: supplements early in the processing, obligations before the result
        hours = days * self.day_hours
        pauses = []  # (offset in processing hours, kind, calendar hours, counts on clock)
        roll = rng.random()
        if roll < SUPPLEMENT:
            pauses.append((hours * rng.uniform(0.05, 0.4), 'supplement',
                           rng.uniform(4, 240), True))
            if roll < SECOND_SUPPLEMENT:
                pauses.append((hours * rng.uniform(0.45, 0.6), 'supplement',
                               rng.uniform(4, 240), True))
        if rng.random() < (0.35 if procedure['field_code'] in OBLIGATION_FIELDS else 0.01):
            pauses.append((hours * rng.uniform(0.7, 0.9), 'obligation', rng.uniform(24, 720),
                           procedure['obligation_clock']))
        # the timeline of the working clock: processing offset -> moment
        anchors = [(0.0, received)]  # (offset, moment from which offsets count on)
        periods = []  # (start, end, kind, counts)
        for offset, kind, length, counts in pauses:
            base_offset, base = anchors[-1]
            begin = engine.add_working_hours(base, offset - base_offset)
            end = begin + timedelta(hours=length)
            periods.append((begin, end, kind, counts))
            anchors.append((offset, end))

        def moment(offset):
            for index in range(len(anchors) - 1, -1, -1):
                if offset >= anchors[index][0]:
                    base_offset, base = anchors[index]
                    return engine.add_working_hours(base, offset - base_offset)

        def due_with(closed):
            counted = [(a, b) for a, b, _k, counts in closed if counts]
            ends = [b for a, b, kind, _c in closed if kind == 'supplement']
            return engine.deadline(received, days, counted, restart_at=max(ends)
                                   if procedure['restarts'] and ends else None)

        due = due_with(periods)
        # how long the agency takes: early, on time or late against the final return date
        pace = rng.random()
        available = engine.working_hours_between(received, due) - sum(
            engine.working_hours_between(a, b) for a, b, _k, counts in periods if counts)
        if pace < PACES[0][0]:
            total = available * rng.uniform(0.25, 0.8) - 8
        elif pace < PACES[1][0]:
            total = available - rng.uniform(0.1, 3.5)
        else:
            total = available + rng.uniform(1, 40)
        total = max(total, 0.5 * len(steps))
        fate = rng.random()
        processing = [step for step in steps if not step[2]]
        planned = sum(step[1] for step in processing) or 1.0
        # finishing offsets of the processing steps, proportional to their planned time
        finishes, acc = [], 0.0
        for _sid, duration, _result in processing:
            acc += total * duration / planned
            finishes.append(acc)
        stop_at = None  # (index of the step, moment, state) of a closing action
        if fate < REFUSED:
            stop_at = (0, engine.add_working_hours(received, rng.uniform(0.2, 3)), 'refused')
        elif fate < REFUSED + WITHDRAWN + STOPPED:
            index = rng.randrange(len(processing))
            start_offset = finishes[index - 1] if index else 0.0
            stop_at = (index, moment(start_offset + (finishes[index] - start_offset) * 0.5),
                       'withdrawn' if fate < REFUSED + WITHDRAWN else 'stopped')
        forgotten = None
        if REFUSED + WITHDRAWN + STOPPED <= fate < REFUSED + WITHDRAWN + STOPPED + FORGOTTEN:
            forgotten = rng.randrange(len(processing))

        # the rows: walk the steps until the end, a closing action, or now
        code_counter = self.counters.get(agency['id'], 0) + 1
        self.counters[agency['id']] = code_counter
        state, current_step, finished_at, returned_at, timing = 'received', None, None, \
            None, None
        closing = None
        started = received
        open_pause = None
        step_rows = []
        closed_pauses = []
        for index, (sid, duration, _result) in enumerate(processing):
            step_due = engine.add_working_hours(started, duration * self.day_hours)
            current_step = sid
            if stop_at and stop_at[0] == index and stop_at[1] <= now:
                end = stop_at[1]
                step_rows.append((sid, started, step_due, end, engine.classify(end, step_due)))
                state, finished_at, closing = stop_at[2], end, stop_at[2]
                break
            end = moment(finishes[index])
            if forgotten == index:
                end = None
            # a pause begun during this step and not over yet: the dossier waits for it
            for begin, stop, kind, counts in periods:
                if begin >= started and (end is None or begin < end) and begin <= now < stop:
                    open_pause = (begin, kind, counts)
            if end is None or end > now or open_pause:
                step_rows.append((sid, started, step_due, None, None))
                state = 'received' if index == 0 else 'processing'
                break
            step_rows.append((sid, started, step_due, end, engine.classify(end, step_due)))
            started = end
        else:
            # the result is ready: the timing is fixed against the return date
            finished_at = started
            state = 'done'
            timing = engine.classify(finished_at, due)
            result_step = [step for step in steps if step[2]]
            if result_step:
                sid = result_step[0][0]
                step_due = engine.add_working_days(finished_at, 0)
                current_step = sid
                returned = engine.add_working_hours(finished_at, rng.uniform(0.2, 24))
                if returned <= now:
                    step_rows.append((sid, finished_at, step_due, returned,
                                      engine.classify(returned, step_due)))
                    state, returned_at = 'returned', returned
                else:
                    step_rows.append((sid, finished_at, step_due, None, None))
        # the pauses that happened until the end (or now), and the return date they leave
        horizon = finished_at or now
        pause_rows = []
        for begin, stop, kind, counts in periods:
            if begin > horizon or (begin >= now):
                continue
            if open_pause and begin == open_pause[0]:
                stop = None
            elif stop > horizon:
                if not finished_at:
                    continue  # not begun in this dossier's life so far
                stop = horizon
            pause_rows.append((kind, begin, stop, counts))
            if stop is not None:
                closed_pauses.append((begin, stop, kind, counts))
        if open_pause:
            state = open_pause[1]
        if len(closed_pauses) != len(periods) or open_pause:
            due = due_with(closed_pauses)
        if state == 'done' or state == 'returned':
            timing = engine.classify(finished_at, due)
        supplements = sum(1 for row in pause_rows if row[0] == 'supplement')
        followup = '\\N'
        if state in ('received', 'processing'):
            followup = 'overdue' if due < now else 'soon' if due <= self.soon_limit else '\\N'

        rng_name = rng.choice
        applicant = '%s %s %s' % (rng_name(SURNAMES), rng_name(MIDDLE), rng_name(GIVEN))
        received_utc = utc(received)
        out['dossier'].append('\t'.join((
            str(did), '%s-%s-%06d' % (agency['code'], received.strftime('%y%m%d'),
                                      code_counter),
            '%06d' % rng.randrange(1000000), str(procedure['id']), str(procedure['field']),
            str(agency['id']), str(internal_id), channel, 'person', applicant,
            '%012d' % rng.randrange(10 ** 12), '0%09d' % rng.randrange(10 ** 9),
            received_utc, utc(due), state, str(current_step), str(user), str(supplements),
            't' if supplements > 1 else 'f', utc(finished_at), utc(returned_at),
            timing or '\\N', {'refused': 'Hồ sơ không thuộc thẩm quyền',
                              'withdrawn': 'Công dân rút hồ sơ',
                              'stopped': 'Dừng xử lý theo quy định'}.get(closing, '\\N'),
            followup, 't', str(user), received_utc, str(user), utc(finished_at or received))))
        for sid, begin, step_due, end, step_timing in step_rows:
            out['step'].append('\t'.join((
                str(did), str(sid), str(user), utc(begin), utc(step_due), utc(end),
                '\\N' if end is None else str(user), step_timing or '\\N',
                't' if (end or now) > step_due + timedelta(hours=1) else 'f',
                str(user), utc(begin), str(user), utc(end or begin))))
        for kind, begin, stop, counts in pause_rows:
            out['pause'].append('\t'.join((
                str(did), kind, utc(begin), utc(stop),
                'Bổ sung giấy tờ còn thiếu' if kind == 'supplement'
                else 'Chờ thực hiện nghĩa vụ tài chính',
                str(user), 't' if counts else 'f', str(user), utc(begin), str(user),
                utc(stop or begin))))
        out['component'].append('%d\tĐơn đề nghị (theo mẫu)\t10\t1\t0\t0' % did)
        return state


COPY_COLUMNS = {
    'dossier': ('tthc_dossier', 'id, code, lookup_secret, procedure_id, field_id, agency_id, '
                'internal_procedure_id, channel, applicant_type, applicant_name, '
                'applicant_identifier, applicant_phone, received_at, due_at, state, step_id, '
                'user_id, supplement_count, late_for_index, finished_at, returned_at, timing, '
                'closing_reason, followup_level, active, create_uid, create_date, write_uid, '
                'write_date'),
    'step': ('tthc_dossier_step', 'dossier_id, step_id, user_id, started_at, due_at, '
             'finished_at, finished_by_id, timing, reminded, create_uid, create_date, '
             'write_uid, write_date'),
    'pause': ('tthc_dossier_pause', 'dossier_id, kind, date_start, date_end, reason, user_id, '
              'counts_on_clock, create_uid, create_date, write_uid, write_date'),
    'component': ('tthc_dossier_component', 'dossier_id, name, sequence, original_count, '
                  'certified_count, copy_count'),
}


def _flush(cr, out):
    for key, lines in out.items():
        if lines:
            table, columns = COPY_COLUMNS[key]
            cr.copy_expert('COPY %s (%s) FROM STDIN' % (table, columns),
                           io.StringIO('\n'.join(lines) + '\n'))
            del lines[:]


def _drop_indexes(cr, tables):
    """Drop the plain indexes and the foreign keys of ``tables`` (kept: primary keys and
    unique constraints) and return the statements that restore them: building an index or
    checking a foreign key once over the whole table is much faster than per row."""
    cr.execute("""
        SELECT format('DROP INDEX %%I', indexname), indexdef FROM pg_indexes
         WHERE tablename = ANY(%s) AND indexdef NOT LIKE 'CREATE UNIQUE%%'
        UNION ALL
        SELECT format('ALTER TABLE %%s DROP CONSTRAINT %%I', conrelid::regclass, conname),
               format('ALTER TABLE %%s ADD CONSTRAINT %%I %%s', conrelid::regclass, conname,
                      pg_get_constraintdef(oid))
          FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY(%s)""",
               [list(tables), list(tables)])
    statements = cr.fetchall()
    for drop, _restore in statements:
        cr.execute(drop)
    return [restore for _drop, restore in statements]


def generate_dossiers(env, count, years=4, now=None, rng=None, log=print):
    """Simulate and load ``count`` dossiers received over the last ``years`` years."""
    cr = env.cr
    engine = env['tthc.working.calendar'].engine()
    now_utc = datetime.strptime(now or env['tthc.dossier']._now(), '%Y-%m-%d %H:%M:%S')
    local_now = now_utc + UTC_OFFSET
    start = local_now.date() - timedelta(days=int(365.25 * years))
    agencies, procedures = load_catalogue(env)
    simulation = Simulation(engine, agencies, procedures, local_now, rng, start)
    # continue the codes of each agency's sequence (they were numbered by the ORM before)
    Sequence = env['ir.sequence'].sudo()
    sequences = {}
    for agency in agencies.values():
        sequence = Sequence.search([('code', '=', 'tthc.dossier.agency.%d' % agency['id'])])
        if sequence:
            sequences[agency['id']] = sequence
            simulation.counters[agency['id']] = sequence.number_next_actual - 1
    days = history_days(start, local_now.date(), engine)
    weights = list(accumulate(weight for _day, weight, _worked in days))
    cr.execute('LOCK TABLE tthc_dossier, tthc_dossier_step, tthc_dossier_pause, '
               'tthc_dossier_component IN EXCLUSIVE MODE')
    indexes = _drop_indexes(cr, ['tthc_dossier', 'tthc_dossier_step', 'tthc_dossier_pause',
                                 'tthc_dossier_component']) if count >= 50000 else []
    cr.execute("SELECT coalesce(max(id), 0) FROM tthc_dossier")
    did = cr.fetchone()[0]
    out = {key: [] for key in COPY_COLUMNS}
    states = {}
    began = time.time()
    placed = 0
    for index, (day, _weight, worked) in enumerate(days):
        # dossiers of this day: the share of the cumulative weight, so that the total is exact
        upto = int(round(count * weights[index] / weights[-1]))
        online_share = 0.15 + 0.45 * (day - start).days / float((local_now.date() - start).days
                                                                or 1)
        for _dossier in range(upto - placed):
            did += 1
            state = simulation.dossier(did, day, worked, online_share, out)
            states[state] = states.get(state, 0) + 1
        placed = upto
        if len(out['dossier']) >= CHUNK:
            _flush(cr, out)
            log("dossiers: %d / %d (%.0f s)" % (placed, count, time.time() - began))
    _flush(cr, out)
    log("dossiers: %d loaded in %.0f s; restoring %d indexes and foreign keys" % (
        count, time.time() - began, len(indexes)))
    for definition in indexes:
        cr.execute(definition)
    for table in ('tthc_dossier', 'tthc_dossier_step', 'tthc_dossier_pause',
                  'tthc_dossier_component'):
        cr.execute("SELECT setval('%s_id_seq', (SELECT coalesce(max(id), 0) + 1 FROM %s), "
                   "false)" % (table, table))
        cr.execute('ANALYZE %s' % table)
    for aid, counter in simulation.counters.items():
        if aid in sequences:
            sequences[aid].write({'number_next': counter + 1})
        else:
            Sequence.create({'name': 'Dossiers of %s' % agencies[aid]['name'],
                             'code': 'tthc.dossier.agency.%d' % aid, 'padding': 6,
                             'implementation': 'standard', 'number_next': counter + 1})
    env['tthc.dossier'].invalidate_cache()
    log("dossiers: done in %.0f s: %s" % (time.time() - began, ', '.join(
        '%s %d' % item for item in sorted(states.items()))))
    return states


def load_article_scenario(env):
    """The source article's half year at an agency and procedure of its own."""
    from odoo.addons.tthc_dossier.tests.scenario import insert_article_dossiers
    code = '000.00.99.%s' % PROVINCE_CODE
    Agency = env['tthc.agency']
    if Agency.search([('code', '=', code)]):
        return Agency.search([('code', '=', code)])
    root = Agency.search([('code', '=', '000.00.00.%s' % PROVINCE_CODE)])
    agency = Agency.create({'name': 'Sở Tài nguyên và Môi trường (bài báo, 2022)',
                            'code': code, 'level': 'province', 'parent_id': root.id})
    field = env['tthc.field'].search([('code', '=', 'DD')], limit=1)
    procedure = env['tthc.procedure'].create({
        'code': '1.999999', 'name': 'Đăng ký biến động đất đai (kịch bản bài báo)',
        'field_id': field.id, 'level': 'province', 'agency_id': agency.id,
        'processing_days': 10})
    insert_article_dossiers(env.cr, agency.id, procedure.id, field.id, prefix='BAIBAO-')
    env['tthc.dossier'].invalidate_cache()
    return agency


def ensure_holidays(env, first_year, last_year):
    env['tthc.holiday']._seed_years(first_year, last_year)


def generate(env, dossiers, years=4, agencies=200, procedures=2000, seed=1, now=None,
             scenario=False, log=print):
    """The whole province in ``env``'s transaction (the caller commits or rolls back)."""
    env = env(context=dict(env.context, tracking_disable=True, mail_create_nolog=True,
                           mail_notrack=True, lang='en_US'))
    rng = random.Random(seed)
    today = datetime.strptime(now or env['tthc.dossier']._now(), '%Y-%m-%d %H:%M:%S').date()
    start = today - timedelta(days=int(365.25 * years))
    ensure_holidays(env, start.year, today.year + 1)
    build_catalogue(env, agencies=agencies, procedures=procedures, start=start, rng=rng,
                    log=log)
    states = generate_dossiers(env, dossiers, years=years, now=now, rng=rng, log=log)
    if scenario:
        agency = load_article_scenario(env)
        total = env['tthc.dossier.statistics'].compute(
            '2022-01-01', '2022-06-30', agency_ids=agency.ids)['total']
        log("source article: received %(received)d, resolved %(resolved)d, early or on time "
            "%(in_time)d (%(in_time_rate)s%%), late %(late)d (%(late_rate)s%%)" % total)
    return states


def create_database(db, log=print):
    """The four addons, without demo data, dependencies and Vietnamese first (as run.sh)."""
    python = os.path.join(ROOT, '.venv', 'bin', 'python')
    deps = subprocess.check_output([python, os.path.join(ROOT, 'scripts', 'addon_deps.py'),
                                    'addons', ADDONS], cwd=ROOT, text=True).strip()
    base = [os.path.join(ROOT, 'bin', 'odoo'), '-c', 'config/test.conf', '-d', db,
            '--db-filter=^%s$' % db, '--http-port=8299', '--longpolling-port=8298',
            '--without-demo=all', '--stop-after-init', '--log-level=warn']
    log("creating %s with %s (about a minute)" % (db, ADDONS))
    subprocess.check_call(base + ['-i', deps, '--load-language=vi_VN'], cwd=ROOT)
    subprocess.check_call(base + ['-i', ADDONS], cwd=ROOT)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--db', default='tthc_bench')
    parser.add_argument('--dossiers', '-n', type=int, default=100000)
    parser.add_argument('--years', type=int, default=4)
    parser.add_argument('--agencies', type=int, default=200)
    parser.add_argument('--procedures', type=int, default=2000)
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--scenario', action='store_true',
                        help="also load the source article's half year (2022)")
    args = parser.parse_args()
    began = time.time()
    import odoo
    odoo.tools.config.parse_config(['-c', os.path.join(ROOT, 'config', 'test.conf'),
                                    '-d', args.db, '--log-level=warn'])
    from odoo.service.db import exp_db_exist
    if not exp_db_exist(args.db):
        create_database(args.db)
    registry = odoo.registry(args.db)
    with odoo.api.Environment.manage(), registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        generate(env, args.dossiers, years=args.years, agencies=args.agencies,
                 procedures=args.procedures, seed=args.seed, scenario=args.scenario)
        cr.commit()
    print("generated %d dossiers into %s in %.0f s" % (args.dossiers, args.db,
                                                       time.time() - began))


if __name__ == '__main__':
    sys.exit(main())
