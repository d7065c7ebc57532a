"""Writing many new rows at once (imports, their audit entries).

``insert_rows`` takes plain tuples, not model instances: building a model instance (and, for a
person, its modelcluster state and audit snapshot) cost more than writing the row. On PostgreSQL
the rows go through COPY (ids taken from the table's sequence first when the caller needs them);
elsewhere through one executemany INSERT, or bulk_create when ids are needed."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import DEFAULT_DB_ALIAS, connections, models

BATCH = 2000


def _connection():
    return connections[DEFAULT_DB_ALIAS]  # the connection itself, not the per-thread proxy


def insert_rows(model, fields, rows, *, need_ids=False):
    """Insert ``rows`` (tuples of Python values, one per attname in ``fields``) into ``model``'s table.
    Columns not named take their field's default, computed once for all rows. Returns the new ids
    in row order when ``need_ids``. Model signals are not sent: callers write the audit entries."""
    rows = list(rows)
    if not rows:
        return []
    connection = _connection()
    meta = model._meta
    by_attname = {f.attname: f for f in meta.concrete_fields}
    named = [by_attname[name] for name in fields]
    missing = [f for f in meta.concrete_fields if not f.primary_key and f.attname not in fields]
    if connection.vendor != "postgresql" and need_ids:
        objects = [model(**dict(zip(fields, row, strict=True))) for row in rows]
        model.objects.bulk_create(objects, batch_size=BATCH)
        return [obj.pk for obj in objects]
    defaults = tuple(f.get_db_prep_save(f.get_default(), connection) for f in missing)
    json_positions = [i for i, f in enumerate(named) if isinstance(f, models.JSONField)]
    columns = [f.column for f in named + missing]
    ids = []
    with connection.cursor() as cursor:
        if need_ids:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [meta.db_table, meta.pk.column, len(rows)],
            )
            ids = [pk for (pk,) in cursor.fetchall()]
            columns.insert(0, meta.pk.column)
        if connection.vendor == "postgresql":
            _copy(cursor, connection, meta.db_table, columns, rows, defaults, json_positions, ids)
        else:
            _executemany(cursor, connection, meta.db_table, columns, named, rows, defaults, json_positions)
    return ids


def _as_json(row, positions):
    row = list(row)
    for i in positions:
        row[i] = json.dumps(row[i], cls=DjangoJSONEncoder, ensure_ascii=False)
    return row


def _copy(cursor, connection, table, columns, rows, defaults, json_positions, ids):
    names = ", ".join(connection.ops.quote_name(c) for c in columns)
    with cursor.cursor.copy(f"COPY {connection.ops.quote_name(table)} ({names}) FROM STDIN") as copy:  # noqa: S608
        write = copy.write_row
        if ids:
            for pk, row in zip(ids, rows, strict=True):
                write((pk, *(_as_json(row, json_positions) if json_positions else row), *defaults))
        else:
            for row in rows:
                write((*(_as_json(row, json_positions) if json_positions else row), *defaults))


def _executemany(cursor, connection, table, columns, named, rows, defaults, json_positions):
    adapt = {}
    for i, field in enumerate(named):
        if isinstance(field, models.DateTimeField):
            adapt[i] = connection.ops.adapt_datetimefield_value
        elif isinstance(field, models.DateField):
            adapt[i] = connection.ops.adapt_datefield_value
    names = ", ".join(connection.ops.quote_name(c) for c in columns)
    sql = f"INSERT INTO {connection.ops.quote_name(table)} ({names}) VALUES ({', '.join(['%s'] * len(columns))})"  # noqa: S608
    prepared = []
    for row in rows:
        row = _as_json(row, json_positions) if json_positions or adapt else list(row)
        for i, fn in adapt.items():
            row[i] = fn(row[i])
        prepared.append((*row, *defaults))
    for start in range(0, len(prepared), BATCH):
        cursor.executemany(sql, prepared[start : start + BATCH])
