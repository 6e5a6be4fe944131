# The two commands: `make run` serves the suite, `make test` runs every test.
.PHONY: run test test-odoo lint stop install shell help generate bench

help:
	@echo "make run    start the suite on http://127.0.0.1:8069 (admin / admin)"
	@echo "make test   run the whole test suite on a fresh database"
	@echo "make lint   flake8, pylint-odoo and the licence headers (make test runs it too)"
	@echo "make stop   stop the embedded PostgreSQL cluster"
	@echo "make shell  an Odoo shell on the tthc database"
	@echo "make generate N=1000000 DB=tthc_bench   a province with N dossiers (own database)"
	@echo "make bench DB=tthc_bench                its benchmarks, appended to benchmarks/RESULTS.md"

run:
	@scripts/run.sh

test:
	@scripts/test.sh

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
