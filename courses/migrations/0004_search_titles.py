"""PostgreSQL: a narrow copy of the search index's title vectors, kept by triggers.

Ranking every match in ``wagtailsearch_indexentry`` is slow for a common word: its rows are wide
(title, body and autocomplete vectors plus their plain text, about 2 kB each), so ranking the
thousands of lessons that mention 专利 visits most of the table. The public search ranks title
matches first (courses.search.ranked_ids), and ``courses_searchtitle`` lets it find and rank those
from a table of about 100 bytes per row, stopping there when they are enough.

The triggers copy every insert, title update, delete and truncate of the index, in the same
transaction, so the copy cannot drift whatever writes the index (publishing, ``update_index``,
Django's test flush). SQLite needs nothing: its FTS5 index ranks fast enough."""

from django.db import migrations

CREATE = """
CREATE TABLE courses_searchtitle (
    entry_id integer PRIMARY KEY,
    content_type_id integer NOT NULL,
    object_id varchar(50) NOT NULL,
    title tsvector NOT NULL
);
-- fastupdate off: new titles go straight into the index rather than a pending list that every search
-- would scan until the next vacuum (publishing is rare, searching is not).
CREATE INDEX courses_searchtitle_title_gin ON courses_searchtitle USING gin (title) WITH (fastupdate = off);
CREATE INDEX courses_searchtitle_content_type ON courses_searchtitle (content_type_id);

CREATE FUNCTION courses_searchtitle_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM courses_searchtitle WHERE entry_id = OLD.id;
        RETURN OLD;
    END IF;
    INSERT INTO courses_searchtitle (entry_id, content_type_id, object_id, title)
    VALUES (NEW.id, NEW.content_type_id, NEW.object_id, NEW.title)
    ON CONFLICT (entry_id) DO UPDATE
        SET content_type_id = EXCLUDED.content_type_id, object_id = EXCLUDED.object_id, title = EXCLUDED.title;
    RETURN NEW;
END
$$;
CREATE TRIGGER courses_searchtitle_insert_delete AFTER INSERT OR DELETE ON wagtailsearch_indexentry
    FOR EACH ROW EXECUTE FUNCTION courses_searchtitle_copy();
CREATE TRIGGER courses_searchtitle_update AFTER UPDATE ON wagtailsearch_indexentry
    FOR EACH ROW WHEN (
        OLD.title IS DISTINCT FROM NEW.title
        OR OLD.object_id IS DISTINCT FROM NEW.object_id
        OR OLD.content_type_id IS DISTINCT FROM NEW.content_type_id
    )
    EXECUTE FUNCTION courses_searchtitle_copy();

CREATE FUNCTION courses_searchtitle_empty() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE courses_searchtitle;
    RETURN NULL;
END
$$;
CREATE TRIGGER courses_searchtitle_truncate AFTER TRUNCATE ON wagtailsearch_indexentry
    FOR EACH STATEMENT EXECUTE FUNCTION courses_searchtitle_empty();

INSERT INTO courses_searchtitle (entry_id, content_type_id, object_id, title)
    SELECT id, content_type_id, object_id, title FROM wagtailsearch_indexentry;
ANALYZE courses_searchtitle;
"""

DROP = """
DROP TRIGGER IF EXISTS courses_searchtitle_truncate ON wagtailsearch_indexentry;
DROP TRIGGER IF EXISTS courses_searchtitle_update ON wagtailsearch_indexentry;
DROP TRIGGER IF EXISTS courses_searchtitle_insert_delete ON wagtailsearch_indexentry;
DROP FUNCTION IF EXISTS courses_searchtitle_empty();
DROP FUNCTION IF EXISTS courses_searchtitle_copy();
DROP TABLE IF EXISTS courses_searchtitle;
"""


def _on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_final_quiz_and_self_check_block"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(_on_postgresql(CREATE), _on_postgresql(DROP))]
