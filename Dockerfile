# The same runtime as `make run`, for deployment with Docker: Python 3.11, the pinned
# requirements, the compatibility layer, lessc, wkhtmltopdf with Vietnamese fonts. The image
# runs scripts/run.sh, as `make run` does; the database is the `db` service (PGHOST).
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

# Listen on all interfaces inside the container; publish the port on the host as needed.
ENV TTHC_CONF=config/docker.conf
EXPOSE 8069
CMD ["scripts/run.sh"]
