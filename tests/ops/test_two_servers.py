# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""More than one server: two Odoo servers in prefork mode behind Debian's nginx, sharing the
database, the sessions and the filestore (one data_dir); one of them killed (SIGKILL, master and
workers) while 20 desks work: the desks continue on the other after a retry, with the same
session, and nothing is lost or received twice."""
import os
import shutil
import subprocess
import tempfile
import time
import uuid

import pytest

from .conftest import Desk, OdooServer, dossier_integrity, port
from .test_faults import run_desks

NGINX = shutil.which('nginx') or '/usr/sbin/nginx'
# The production layout (config/nginx.conf, docs/production.md) reduced to what the test needs:
# the same upstream options, plain HTTP on loopback.
NGINX_CONF = """
user root;
worker_processes 1;
pid %(dir)s/nginx.pid;
error_log %(dir)s/error.log;
events { worker_connections 256; }
http {
    access_log %(dir)s/access.log;
    client_body_temp_path %(dir)s/body;
    proxy_temp_path %(dir)s/proxy;
    fastcgi_temp_path %(dir)s/fastcgi;
    uwsgi_temp_path %(dir)s/uwsgi;
    scgi_temp_path %(dir)s/scgi;
    upstream tthc_odoo {
        server 127.0.0.1:%(a)d max_fails=1 fail_timeout=30s;
        server 127.0.0.1:%(b)d max_fails=1 fail_timeout=30s;
    }
    server {
        listen 127.0.0.1:%(port)d;
        client_max_body_size 64m;
        proxy_connect_timeout 5s;
        proxy_read_timeout 660s;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Host $host;
        proxy_set_header X-Forwarded-For $remote_addr;
        proxy_set_header X-Forwarded-Proto $scheme;
        location / { proxy_pass http://tthc_odoo; }
    }
}
"""


@pytest.mark.skipif(not os.path.exists(NGINX),
                    reason='nginx is missing: scripts/system-packages.sh')
def test_one_of_two_servers_killed_while_20_desks_work(test_database):
    directory = tempfile.mkdtemp(prefix='tthc-ops-nginx-')
    data_dir = os.path.join(directory, 'data')
    os.makedirs(data_dir)
    source = os.path.join(os.path.dirname(__file__), '..', '..', 'var', 'test-data', 'filestore',
                          test_database)
    if os.path.isdir(source):
        shutil.copytree(source, os.path.join(data_dir, 'filestore', test_database))
    first = OdooServer(test_database, port(20), '--proxy-mode', data_dir=data_dir,
                       log_name='test-ops-server-a.log')
    second = OdooServer(test_database, port(30), '--proxy-mode', data_dir=data_dir,
                        log_name='test-ops-server-b.log')
    nginx = None
    try:
        first.wait_ready()
        second.wait_ready()
        with open(os.path.join(directory, 'nginx.conf'), 'w') as conf:
            conf.write(NGINX_CONF % {'dir': directory, 'a': port(20), 'b': port(30),
                                     'port': port(40)})
        nginx = subprocess.Popen([NGINX, '-c', os.path.join(directory, 'nginx.conf'),
                                  '-p', directory, '-g', 'daemon off;'])
        url = 'http://127.0.0.1:%d' % port(40)
        for _attempt in range(100):
            try:
                Desk(url, test_database, 'motcua.officer')
                break
            except Exception:
                time.sleep(0.2)
        # unique to this run: the test database keeps the dossiers of earlier runs
        prefix = 'Hai máy chủ %s' % uuid.uuid4().hex[:8]
        done, errors, fault = run_desks(url, test_database, 20, 2, prefix, 10, first.kill)
        assert len(done) == 40
        assert fault['at_receptions'] < 40, 'the server was killed after the work'
        rows, problems = dossier_integrity(test_database, prefix)
        assert not problems, problems
        assert {row[1]: (row[0], row[2]) for row in rows} == done
        assert first.process.poll() is not None and second.process.poll() is None
        # the desks whose request was on the killed server got an error and retried on the
        # other one (nginx passes the others on by itself), with the same session (shared
        # sessions): no desk had to log in again
        assert not fault.get('relogins'), (fault, errors[:5])
        assert not second.errors()
    finally:
        if nginx:
            nginx.terminate()
            nginx.wait(10)
        first.stop()
        second.stop()
        shutil.rmtree(directory, ignore_errors=True)
