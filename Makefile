# The two commands: `make run` serves the suite, `make test` runs every test.
.PHONY: run test test-odoo test-ops lint stop install shell help generate bench backup restore mutation

help:
	@echo "make run    start the suite on http://127.0.0.1:8069 (admin / admin)"
	@echo "make test   run the whole test suite on a fresh database"
	@echo "make lint   flake8, pylint-odoo and the licence headers (make test runs it too)"
	@echo "make stop   stop the embedded PostgreSQL cluster"
	@echo "make test-ops   the slow operations tests (upgrade, faults, two servers, recovery)"
	@echo "make backup [DB=tthc]                    database + filestore in var/backups/"
	@echo "make restore FILE=var/backups/….tar [DB=name] [ARGS=--force]"
	@echo "make shell  an Odoo shell on the tthc database"
	@echo "make generate N=1000000 DB=tthc_bench   a province with N dossiers (own database)"
	@echo "make bench DB=tthc_bench                its benchmarks, appended to benchmarks/RESULTS.md"
	@echo "make mutation   mutation testing of the engines (mutmut, minutes; not in make test)"

run:
	@scripts/run.sh

test:
	@scripts/test.sh

# The slow operations tests: upgrade from the previous release, faults, two servers behind
# nginx, point-in-time recovery. CI runs them after `make test`.
test-ops:
	@scripts/test-ops.sh

# Database and filestore together (scripts/backup.py): make backup [DB=tthc] [ARGS=…]
backup:
	@scripts/backup.sh backup $(if $(filter command line,$(origin DB)),--db $(DB)) $(ARGS)

restore:
	@test -n "$(FILE)" || { echo "usage: make restore FILE=var/backups/<name>.tar [DB=name] [ARGS=--force]" >&2; exit 2; }
	@scripts/backup.sh restore "$(FILE)" $(if $(filter command line,$(origin DB)),--db $(DB)) $(ARGS)

lint:
	@scripts/bootstrap.sh && scripts/lint.sh

stop:
	@scripts/pg.sh stop

install:
	@scripts/bootstrap.sh

shell:
	@scripts/bootstrap.sh && . scripts/env.sh && use_embedded_pg && bin/odoo shell -c config/odoo.conf -d tthc

# The same, plus Odoo's own tests of base, mail, hr … (minutes): checks the Python 3.11 layer.
test-odoo:
	@TTHC_TEST_ODOO=1 scripts/test.sh

# A province at scale (creates the database when missing) and its benchmarks.
N ?= 100000
DB ?= tthc_bench
generate:
	@scripts/province.sh generate --db $(DB) --dossiers $(N) $(ARGS)

bench:
	@scripts/province.sh bench --db $(DB) $(ARGS)

# Mutation testing of the pure-Python engines against their unit tests (minutes; not in `make test`).
mutation:
	@scripts/mutation.sh
