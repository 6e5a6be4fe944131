#!/bin/sh
# Run once by the postgres image when it creates the database cluster (docker-compose.yml mounts
# it in /docker-entrypoint-initdb.d): the streaming replica (profile scale) and pg_basebackup
# from another container log in with the odoo role's password.
echo "host replication all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
