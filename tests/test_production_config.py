# Copyright 2026 TTHC suite developers
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The production configuration (SECURITY.md): config/odoo.prod.conf is hardened, the entry point
refuses weak master passwords and writes one Odoo accepts, nginx keeps the database manager out
and routes longpolling, and Docker uses all three."""
import configparser
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from odoo.tools.config import crypt_context

ROOT = Path(__file__).resolve().parents[1]
PROD_CONF = ROOT / 'config' / 'odoo.prod.conf'
ENTRYPOINT = ROOT / 'config' / 'prod-entrypoint.sh'
NGINX_CONF = ROOT / 'config' / 'nginx.conf'
STRONG = 'Tinh-Lang-Son-2025-one-stop'
ENTRYPOINT_VARIABLES = {
    'TTHC_ADMIN_PASSWD', 'TTHC_ADMIN_PASSWD_FILE', 'PGPASSWORD_FILE', 'TTHC_DB', 'TTHC_WORKERS',
    'TTHC_HTTP_INTERFACE', 'TTHC_LOGFILE', 'TTHC_PROD_CONF', 'TTHC_RUNTIME_CONF'}


def read_options(path):
    parser = configparser.RawConfigParser()
    with open(path, encoding='utf-8') as conf:
        parser.read_file(conf)
    return dict(parser.items('options'))


def run_entrypoint(tmp_path, **environ):
    env = {key: value for key, value in os.environ.items() if key not in ENTRYPOINT_VARIABLES}
    env.update(TTHC_RUNTIME_CONF=str(tmp_path / 'run' / 'odoo.conf'),
               TTHC_ADMIN_PASSWD_FILE=str(tmp_path / 'absent'))
    env.update(environ)
    return subprocess.run([str(ENTRYPOINT), '--config-only'], env=env, capture_output=True,
                          text=True, timeout=60)


def test_prod_conf_is_hardened():
    options = read_options(PROD_CONF)
    assert options['list_db'] == 'False'
    assert options['proxy_mode'] == 'True'
    assert options['dbfilter'] == '^%s$' % options['db_name']
    assert options['without_demo'] == 'all'
    assert int(options['workers']) > 0
    assert int(options['max_cron_threads']) >= 1
    assert int(options['longpolling_port']) != int(options['http_port'])
    assert 0 < int(options['limit_memory_soft']) < int(options['limit_memory_hard'])
    assert 0 < int(options['limit_time_cpu']) < int(options['limit_time_real'])
    assert int(options['limit_request']) > 0
    # Empty: the master password is refused until the entry point writes a hash.
    assert options['admin_passwd'] == ''
    assert 'db_password' not in options
    processes = int(options['workers']) + int(options['max_cron_threads']) + 1
    assert processes * int(options['db_maxconn']) < 100, "PostgreSQL's max_connections"


@pytest.mark.parametrize('secret', ['', 'admin', 'short-password'])
def test_entrypoint_refuses_weak_master_password(tmp_path, secret):
    result = run_entrypoint(tmp_path, TTHC_ADMIN_PASSWD=secret)
    assert result.returncode != 0
    assert 'master password' in result.stderr
    assert not (tmp_path / 'run' / 'odoo.conf').exists()


def test_entrypoint_refuses_missing_template(tmp_path):
    result = run_entrypoint(tmp_path, TTHC_ADMIN_PASSWD=STRONG,
                            TTHC_PROD_CONF=str(tmp_path / 'missing.conf'))
    assert result.returncode != 0
    assert 'cannot read' in result.stderr


def test_entrypoint_writes_hashed_master_password(tmp_path):
    secret_file = tmp_path / 'odoo_admin_passwd'
    secret_file.write_text(STRONG + '\n')
    result = run_entrypoint(tmp_path, TTHC_ADMIN_PASSWD_FILE=str(secret_file),
                            TTHC_DB='tthc_prod_x', TTHC_WORKERS='3',
                            TTHC_HTTP_INTERFACE='0.0.0.0')
    assert result.returncode == 0, result.stderr
    runtime = Path(result.stdout.strip())
    assert runtime.stat().st_mode & 0o077 == 0, 'readable by others'
    assert STRONG not in runtime.read_text()
    options = read_options(runtime)
    assert options['admin_passwd'].startswith('$pbkdf2-sha512$')
    assert crypt_context.verify(STRONG, options['admin_passwd'])
    assert not crypt_context.verify('admin', options['admin_passwd'])
    assert (options['db_name'], options['dbfilter']) == ('tthc_prod_x', '^tthc_prod_x$')
    assert (options['workers'], options['http_interface']) == ('3', '0.0.0.0')
    assert options['list_db'] == 'False' and options['proxy_mode'] == 'True'


def test_nginx_blocks_database_manager_and_routes_longpolling():
    text = NGINX_CONF.read_text()
    blocked = re.findall(r'location ~\*? (\S+) \{\s*return 403;', text)
    for path in ('/web/database/manager', '/web/database/selector', '/xmlrpc/2/db',
                 '/xmlrpc/db', '/jsonrpc'):
        assert any(re.match(pattern, path, re.I) for pattern in blocked), path
    assert not any(re.match(pattern, '/xmlrpc/2/object') for pattern in blocked)
    assert re.search(r'location /longpolling/ \{\s*proxy_pass http://tthc_longpolling;', text)
    assert re.search(r'upstream tthc_longpolling \{\s*server odoo:8072;', text)
    assert re.search(r'upstream tthc_odoo \{\s*server odoo:8069;', text)
    for header in ('Host', 'X-Forwarded-Host', 'X-Forwarded-For', 'X-Forwarded-Proto'):
        assert re.search(r'proxy_set_header %s \$' % header, text), header
    assert 'client_max_body_size' in text and 'gzip on;' in text
    read_timeout = int(re.search(r'proxy_read_timeout (\d+)s;', text).group(1))
    assert read_timeout > int(read_options(PROD_CONF)['limit_time_real'])


@pytest.mark.skipif(not shutil.which('nginx'), reason='nginx is not installed')
def test_nginx_accepts_the_configuration(tmp_path):
    certificate, key = tmp_path / 'tthc.crt', tmp_path / 'tthc.key'
    subprocess.run(['openssl', 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1',
                    '-subj', '/CN=tthc.test', '-keyout', str(key), '-out', str(certificate)],
                   check=True, capture_output=True)
    # As on a host without Docker (the service name `odoo` resolves only in compose).
    server = (NGINX_CONF.read_text().replace('${TTHC_SERVER_NAME}', 'tthc.test')
              .replace('server odoo:', 'server 127.0.0.1:')
              .replace('/etc/nginx/certs', str(tmp_path)))
    (tmp_path / 'server.conf').write_text(server)
    (tmp_path / 'nginx.conf').write_text(
        'pid %(d)s/nginx.pid;\nerror_log %(d)s/error.log;\nevents {}\n'
        'http {\n    include %(d)s/server.conf;\n}\n' % {'d': tmp_path})
    result = subprocess.run(['nginx', '-t', '-c', str(tmp_path / 'nginx.conf'), '-p',
                             str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_docker_runs_production_behind_nginx():
    assert 'CMD ["config/prod-entrypoint.sh"]' in (ROOT / 'Dockerfile').read_text()
    services = yaml.safe_load((ROOT / 'docker-compose.yml').read_text())['services']
    odoo = services['odoo']
    assert odoo['command'] == ['config/prod-entrypoint.sh']
    assert 'ports' not in odoo, 'Odoo must be reached through nginx only'
    assert 'odoo_admin_passwd' in odoo['secrets']
    assert any(volume.startswith('./config/nginx.conf:') for volume in services['nginx']['volumes'])
    assert services['odoo-demo']['profiles'] == ['demo']


def test_prefork_server_starts_its_longpolling_process(request):
    """With workers, Odoo starts the longpolling process as `python sys.argv[0] gevent`:
    bin/odoo must run a real script for it to exist (it used to fail every second)."""
    from .browser import odoo_server

    port = int(os.environ.get('TTHC_BROWSER_PORT', 8179)) + 5
    # the evented process serves the same application (a poll would wait 50 s): its login page
    # answering is the proof it runs
    with odoo_server(request.config.getoption('--odoo-database'), port, '--workers=2',
                     probe='http://127.0.0.1:%d/web/login' % (port + 1), timeout=60,
                     log_name='test-prefork-%d.log' % port) as (_url, log):
        with open(log, encoding='utf-8') as handle:
            text = handle.read()
    assert 'Evented Service (longpolling) running' in text
    assert "can't open file" not in text
