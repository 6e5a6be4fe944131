# The same runtime as `make run`, for deployment with Docker: Python 3.11, the pinned
# requirements, the compatibility layer, lessc, wkhtmltopdf with Vietnamese fonts. By default the
# image starts in production (config/prod-entrypoint.sh: config/odoo.prod.conf, prefork workers,
# a master password from a secret, behind nginx; see SECURITY.md and docker-compose.yml);
# `scripts/run.sh` as the command runs the demo on config/docker.conf, as `make run` does. The
# database is the `db` service (PGHOST).
FROM python:3.11-slim-bookworm

ENV DEBIAN_FRONTEND=noninteractive \
    TTHC_VENV=/opt/tthc-venv \
    PYTHONDONTWRITEBYTECODE=1

RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      build-essential libpq-dev postgresql-client nodejs npm wkhtmltopdf \
      fonts-noto-core fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

RUN useradd --system --create-home --home-dir /opt/tthc --shell /usr/sbin/nologin tthc
WORKDIR /opt/tthc

# Dependencies first, so that code changes do not reinstall them.
COPY --chown=tthc requirements/ requirements/
COPY --chown=tthc package.json package-lock.json ./
COPY --chown=tthc scripts/ scripts/
COPY --chown=tthc odoo_py311/ odoo_py311/
RUN mkdir -p "$TTHC_VENV" && chown tthc "$TTHC_VENV"
USER tthc
RUN scripts/bootstrap.sh

COPY --chown=tthc . .
RUN scripts/bootstrap.sh

# Listen on all interfaces inside the container (reached only through nginx in production);
# production logs go to standard output (docker logs). TTHC_CONF is the demo's configuration;
# the production entry point writes its own.
ENV TTHC_CONF=config/docker.conf \
    TTHC_HTTP_INTERFACE=0.0.0.0 \
    TTHC_LOGFILE=False
EXPOSE 8069 8072
# The first start creates the database (about a minute) before serving.
HEALTHCHECK --interval=30s --timeout=10s --start-period=300s \
    CMD python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8069/web/login', timeout=8)"
CMD ["config/prod-entrypoint.sh"]
