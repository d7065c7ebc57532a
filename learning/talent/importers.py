"""Bulk import of institutions and personnel from an .xlsx workbook (format: docs/import-personnel.md).

The whole file is read and validated into a list of row errors (sheet, row, column, reason) before
anything is written. With errors, nothing is written unless the importer chose to skip invalid
rows. Existing records are matched (institutions by name, people by email or ID number) and updated,
so importing the same file twice changes nothing the second time."""

from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from openpyxl.utils import get_column_letter

from cms.bulk import insert_rows

from . import audit, crypto, normalise, scope, spreadsheets
from .models import (
    INSTITUTION_TYPE_NAMES_ZH,
    TITLE_LEVEL_NAMES_ZH,
    AuditAction,
    Education,
    Gender,
    ImportJob,
    ImportStatus,
    Institution,
    InstitutionType,
    Person,
    Qualification,
    QualificationKind,
    Region,
    Specialisation,
)

INLINE_LIMIT = 1000  # larger files go to a Celery task with a progress page
BATCH = 2000
ANALYZE_AFTER = 5000  # rows written; a larger import refreshes the planner's statistics (PostgreSQL)

# field: (Chinese header, English header, required)
INSTITUTION_COLUMNS = {
    "name": ("名称", "name", True),
    "type": ("类型", "type", True),
    "region": ("行政区划代码", "region code", True),
    "parent": ("上级机构", "parent institution", False),
    "batch": ("认定批次", "designation batch", False),
    "designation_year": ("认定年份", "designation year", False),
    "contact_name": ("联系人", "contact person", False),
    "contact_phone": ("联系电话", "contact phone", False),
    "contact_email": ("联系邮箱", "contact email", False),
    "address": ("地址", "address", False),
    "status": ("状态", "status", False),
}
PERSON_COLUMNS = {
    "name": ("姓名", "name", True),
    "gender": ("性别", "gender", False),
    "mobile": ("手机", "mobile", False),
    "email": ("邮箱", "email", False),
    "national_id": ("身份证号", "national id", False),
    "institution": ("所在机构", "institution", True),
    "department": ("部门", "department", False),
    "position": ("职务", "position", False),
    "employment_start": ("入职日期", "employed since", False),
    "education": ("学历", "education", False),
    "specialisations": ("专长", "specialisations", False),
    "languages": ("语言", "languages", False),
    "is_lecturer": ("师资", "lecturer", False),
    "is_investigator_candidate": ("技术调查官候选", "investigator candidate", False),
    "title_level": ("职称", "title", False),
    "title_specialty": ("职称专业", "title specialty", False),
    "title_date": ("职称取得日期", "title date", False),
    "title_number": ("职称证书编号", "title certificate number", False),
    "patent_attorney_number": ("专利代理师资格证号", "patent attorney certificate number", False),
}
INSTITUTION_SHEETS = ("机构", "institutions")
PERSON_SHEETS = ("人员", "people", "personnel")

TYPE_NAMES = {}
for _key, _zh in INSTITUTION_TYPE_NAMES_ZH.items():
    TYPE_NAMES[_zh] = _key
    TYPE_NAMES[str(_key)] = _key
    TYPE_NAMES[str(InstitutionType(_key).label).lower()] = _key
TYPE_NAMES.update(
    {"快速维权中心": InstitutionType.RAPID_CENTRE, "TISC": InstitutionType.TISC, "tisc": InstitutionType.TISC}
)
TITLE_NAMES = {zh: key for key, zh in TITLE_LEVEL_NAMES_ZH.items()}
TITLE_NAMES.update({"初级": "assistant", "中级": "intermediate", "高级": "senior"})
GENDERS = {"男": Gender.MALE, "女": Gender.FEMALE, "m": Gender.MALE, "f": Gender.FEMALE, "male": "M", "female": "F"}
EDUCATION = {
    "大专": "college",
    "专科": "college",
    "本科": "bachelor",
    "学士": "bachelor",
    "硕士": "master",
    "研究生": "master",
    "博士": "doctorate",
    "其他": "other",
}
EDUCATION.update({key: key for key in Education.values})
STATUSES = {"正常": "active", "在运行": "active", "暂停": "suspended", "active": "active", "suspended": "suspended"}


# An empty cell in these columns does not erase what is already known.
KEEP_WHEN_EMPTY = {"email", "mobile", "department", "position", "languages", "gender", "education", "employment_start"}


class PersonRef:
    """An existing person, known by id and name only, for audit entries and links."""

    _meta = Person._meta

    def __init__(self, pk, name):
        self.pk, self.name = pk, name

    def __str__(self):
        return self.name


class ImportFileError(ValueError):
    """The file cannot be read at all (not an .xlsx, no recognised sheet, a required column missing)."""


@dataclass
class Row:
    number: int
    values: dict
    raw: dict


@dataclass
class Result:
    errors: list = field(default_factory=list)
    created: int = 0
    updated: int = 0
    rows: int = 0

    def error(self, sheet, row, column, reason, value=""):
        self.errors.append(
            {
                "sheet": sheet,
                "row": row,
                "column": column,
                "reason": reason,
                "value": "" if value is None else str(value),
            }
        )


def _header_map(header, columns, sheet):
    wanted = {}
    for key, (zh, en, _required) in columns.items():
        wanted[zh] = key
        wanted[en] = key
    positions = {}
    for index, name in enumerate(header):
        key = wanted.get(normalise.text(name).lower()) or wanted.get(normalise.text(name))
        if key:
            positions[key] = index
    missing = [columns[k][0] for k, spec in columns.items() if spec[2] and k not in positions]
    if missing:
        raise ImportFileError(f"{sheet}: missing column(s) {', '.join(missing)}")
    return positions


def _read_sheet(sheets, names, columns):
    title = next((t for t in sheets if normalise.text(t).lower() in names), None)
    if title is None:
        return None, []
    rows = sheets[title]
    first = next(rows, None)
    header = first[1] if first else []
    positions = _header_map(header, columns, title)
    letters = {key: get_column_letter(i + 1) for key, i in positions.items()}
    found = []
    for number, values in rows:
        if not values or all(v in (None, "") for v in values):
            continue
        raw = {key: (values[i] if i < len(values) else None) for key, i in positions.items()}
        found.append(Row(number, {}, raw))
    return (title, letters), found


def _label(columns, key, letters):
    return f"{columns[key][0]} ({letters.get(key, '?')})"


def read_workbook(data):
    try:
        sheets = spreadsheets.read_sheets(data)
    except Exception as exc:  # a zip or XML error: the file is not an .xlsx workbook
        raise ImportFileError(f"not an .xlsx workbook ({exc.__class__.__name__})") from None
    institutions = _read_sheet(sheets, INSTITUTION_SHEETS, INSTITUTION_COLUMNS)
    people = _read_sheet(sheets, PERSON_SHEETS, PERSON_COLUMNS)
    if institutions[0] is None and people[0] is None:
        raise ImportFileError("no sheet named 人员 / people or 机构 / institutions")
    return institutions, people


class Importer:
    def __init__(self, user, *, progress=None):
        self.user = user
        scope.viewer(user, refresh=True)  # institutions may have been added since the user was loaded
        self.file_institutions = {}
        self.result = Result()
        self.progress = progress or (lambda done: None)
        self.done = 0

    def _tick(self, n=1):
        self.done += n
        if self.done % BATCH == 0:
            self.progress(self.done)

    # --- validation -------------------------------------------------------------------------
    def validate(self, institutions, people):
        self.institution_rows = self._validate_institutions(*institutions) if institutions[0] else []
        self.person_rows = self._validate_people(*people) if people[0] else []
        self.result.rows = len(self.institution_rows) + len(self.person_rows)
        return self.result

    def _validate_institutions(self, meta, rows):
        sheet, letters = meta
        regions = dict(Region.objects.values_list("code", "pk"))
        existing = {normalise.name_key(name): pk for name, pk in Institution.objects.values_list("name", "pk")}
        self.existing_institutions = existing
        in_scope = set(scope.institutions(self.user).values_list("pk", flat=True))
        seen = {}
        valid = []
        self.file_institutions = {}
        for row in rows:
            errors_before = len(self.result.errors)
            err = lambda key, reason, value="", row=row: self.result.error(  # noqa: E731
                sheet, row.number, _label(INSTITUTION_COLUMNS, key, letters), reason, value
            )
            v = row.values
            v["name"] = normalise.name(row.raw.get("name"))
            v["key"] = normalise.name_key(v["name"])
            if not v["name"]:
                err("name", "required")
            elif v["key"] in seen:
                err("name", f"duplicate of row {seen[v['key']]}", v["name"])
            else:
                seen[v["key"]] = row.number
            type_raw = normalise.compact(row.raw.get("type"))
            v["type"] = TYPE_NAMES.get(type_raw) or TYPE_NAMES.get(type_raw.lower())
            if not v["type"]:
                err("type", "unknown institution type", row.raw.get("type"))
            code = normalise.compact(row.raw.get("region")).removesuffix(".0")
            if code not in regions:
                err("region", "unknown GB/T 2260 region code", row.raw.get("region"))
            else:
                v["region_id"] = regions[code]
            v["parent"] = normalise.name_key(row.raw.get("parent"))
            if v["parent"] and v["parent"] not in existing and v["parent"] not in seen:
                err("parent", "no such institution in the file or the system", row.raw.get("parent"))
            for key in ("batch", "contact_name", "contact_phone", "address"):
                v[key] = normalise.text(row.raw.get(key))
            try:
                v["designation_year"] = normalise.year(row.raw.get("designation_year"))
            except ValueError as exc:
                err("designation_year", str(exc), row.raw.get("designation_year"))
            try:
                v["contact_email"] = normalise.email(row.raw.get("contact_email"))
            except ValueError as exc:
                err("contact_email", str(exc), row.raw.get("contact_email"))
            status = normalise.compact(row.raw.get("status")).lower() or "active"
            v["status"] = STATUSES.get(status)
            if not v["status"]:
                err("status", "expected 正常 or 暂停", row.raw.get("status"))
            if len(self.result.errors) == errors_before:
                pk = existing.get(v["key"])
                if pk is not None and pk not in in_scope:
                    err("name", "an institution with this name exists outside your scope", v["name"])
                else:
                    v["pk"] = pk
            if len(self.result.errors) == errors_before:
                valid.append(row)
                self.file_institutions[v["key"]] = row
            self._tick()
        # Scope: the region (or the parent, for institution administrators) must be in reach.
        regions_by_pk = Region.objects.in_bulk([r.values["region_id"] for r in valid])
        parents = {
            normalise.name_key(i.name): i
            for i in Institution.objects.filter(
                pk__in=[existing[r.values["parent"]] for r in valid if r.values["parent"] in existing]
            )
        }
        kept = []
        for row in valid:
            v = row.values
            probe = Institution(pk=v["pk"], region=regions_by_pk[v["region_id"]], name=v["name"])
            if v["parent"] in parents:
                probe.parent = parents[v["parent"]]
            if not scope.institution_allowed(self.user, probe):
                self.result.error(
                    sheet, row.number, _label(INSTITUTION_COLUMNS, "region", letters), "outside your scope", v["name"]
                )
                self.file_institutions.pop(v["key"], None)
                continue
            kept.append(row)
        return kept

    def _validate_people(self, meta, rows):
        sheet, letters = meta
        institutions = dict(scope.institutions(self.user).values_list("name", "pk"))
        institutions = {normalise.name_key(name): pk for name, pk in institutions.items()}
        all_institution_names = {
            normalise.name_key(name) for name in Institution.objects.values_list("name", flat=True)
        }
        specialisations = {normalise.compact(n): pk for n, pk in Specialisation.objects.values_list("name", "pk")}
        by_email = {e.lower(): pk for e, pk in Person.objects.exclude(email="").values_list("email", "pk")}
        by_digest = dict(Person.objects.exclude(national_id_digest="").values_list("national_id_digest", "pk"))
        seen_email, seen_digest = {}, {}
        valid = []
        for row in rows:
            errors_before = len(self.result.errors)
            err = lambda key, reason, value="", row=row: self.result.error(  # noqa: E731
                sheet, row.number, _label(PERSON_COLUMNS, key, letters), reason, value
            )
            raw, v = row.raw, row.values
            v["name"] = (
                normalise.compact(raw.get("name")) if _is_cjk(raw.get("name")) else normalise.text(raw.get("name"))
            )
            if not v["name"]:
                err("name", "required")
            for key, fn in (
                ("email", normalise.email),
                ("mobile", normalise.mobile),
                ("national_id", normalise.national_id),
            ):
                try:
                    v[key] = fn(raw.get(key))
                except ValueError as exc:
                    v[key] = ""
                    err(key, str(exc), raw.get(key))
            if not v["email"] and not v["national_id"] and len(self.result.errors) == errors_before:
                err("email", "give an email or an ID number, so that a later import can find this person")
            institution = normalise.name_key(raw.get("institution"))
            if institution in institutions:
                v["institution_id"] = institutions[institution]
            elif institution in self.file_institutions:
                v["institution_name"] = institution
            elif institution in all_institution_names:
                err("institution", "outside your scope", raw.get("institution"))
            else:
                err("institution", "no such institution in the file or the system", raw.get("institution"))
            gender = normalise.compact(raw.get("gender")).lower()
            v["gender"] = GENDERS.get(gender, "") if gender else ""
            if gender and not v["gender"]:
                err("gender", "expected 男 or 女", raw.get("gender"))
            education = normalise.compact(raw.get("education")).lower()
            v["education"] = EDUCATION.get(education, "") if education else ""
            if education and not v["education"]:
                err("education", "expected 大专, 本科, 硕士, 博士 or 其他", raw.get("education"))
            for key in ("department", "position", "languages"):
                v[key] = normalise.text(raw.get(key))
            for key in ("employment_start", "title_date"):
                try:
                    v[key] = normalise.date(raw.get(key))
                except ValueError as exc:
                    v[key] = None
                    err(key, str(exc), raw.get(key))
            for key in ("is_lecturer", "is_investigator_candidate"):
                try:
                    v[key] = normalise.flag(raw.get(key))
                except ValueError as exc:
                    err(key, str(exc), raw.get(key))
            v["specialisation_ids"] = []
            for name in normalise.split_list(raw.get("specialisations")):
                pk = specialisations.get(normalise.compact(name))
                if pk is None:
                    err("specialisations", f"not in the specialisation list: {name}", raw.get("specialisations"))
                else:
                    v["specialisation_ids"].append(pk)
            title = normalise.compact(raw.get("title_level"))
            v["title_level"] = TITLE_NAMES.get(title, "") if title else ""
            if title and not v["title_level"]:
                err("title_level", "expected 助理知识产权师, 知识产权师 or 高级知识产权师", raw.get("title_level"))
            v["title_specialty"] = normalise.text(raw.get("title_specialty"))
            v["title_number"] = normalise.compact(raw.get("title_number"))
            v["patent_attorney_number"] = normalise.compact(raw.get("patent_attorney_number"))
            # Matching: by email, else by ID number; the two must not point at different people.
            v["digest"] = crypto.digest(v["national_id"]) if v["national_id"] else ""
            match_email = by_email.get(v["email"]) if v["email"] else None
            match_id = by_digest.get(v["digest"]) if v["digest"] else None
            if match_email and match_id and match_email != match_id:
                err("national_id", "this ID number belongs to another person than this email", "")
            v["pk"] = match_email or match_id
            if v["email"]:
                if v["email"] in seen_email:
                    err("email", f"duplicate of row {seen_email[v['email']]}", v["email"])
                seen_email.setdefault(v["email"], row.number)
            if v["digest"]:
                if v["digest"] in seen_digest:
                    err("national_id", f"duplicate of row {seen_digest[v['digest']]}", "")
                seen_digest.setdefault(v["digest"], row.number)
            if len(self.result.errors) == errors_before:
                valid.append(row)
            self._tick()
        matched = {row.values["pk"] for row in valid if row.values["pk"]}
        if matched:
            in_scope = set()
            ids = sorted(matched)
            for start in range(0, len(ids), 5000):
                in_scope |= set(
                    scope.people(self.user).filter(pk__in=ids[start : start + 5000]).values_list("pk", flat=True)
                )
            kept = []
            for row in valid:
                if row.values["pk"] and row.values["pk"] not in in_scope:
                    self.result.error(
                        sheet,
                        row.number,
                        _label(PERSON_COLUMNS, "email", letters),
                        "this person exists outside your scope",
                    )
                else:
                    kept.append(row)
            valid = kept
        return valid

    # --- writing ----------------------------------------------------------------------------
    @transaction.atomic
    def write(self):
        with audit.acting_as(self.user):
            name_to_pk = self._write_institutions()
            self._write_people(name_to_pk)
        if self.result.created + self.result.updated >= ANALYZE_AFTER:
            _refresh_statistics()
        return self.result

    def _write_institutions(self):
        name_to_pk = {}
        fields = [
            "type",
            "region_id",
            "batch",
            "designation_year",
            "contact_name",
            "contact_phone",
            "contact_email",
            "address",
            "status",
        ]
        regions = Region.objects.in_bulk([r.values["region_id"] for r in self.institution_rows])
        pending_parents = []
        for row in self.institution_rows:
            v = row.values
            instance = Institution.objects.filter(pk=v["pk"]).first() if v["pk"] else Institution(name=v["name"])
            before = None if instance.pk is None else audit.snapshot(instance)
            for key in fields:
                setattr(instance, key, v[key])
            instance.province_id = regions[v["region_id"]].province_id
            if instance.pk is None or audit.diff(before, audit.snapshot(instance)):
                created = instance.pk is None
                instance.save()
                self.result.created += created
                self.result.updated += not created
            name_to_pk[v["key"]] = instance.pk
            if v["parent"]:
                pending_parents.append((instance, v["parent"]))
            self._tick()
        for instance, parent_name in pending_parents:
            parent_pk = name_to_pk.get(parent_name) or self.existing_institutions.get(parent_name)
            if instance.parent_id != parent_pk:
                instance.parent_id = parent_pk
                instance.save()
        return name_to_pk

    def _write_people(self, name_to_pk):
        fields = PERSON_WRITE_FIELDS
        secret = ["national_id_encrypted", "national_id_digest"]
        rows = self.person_rows
        for start in range(0, len(rows), BATCH):
            chunk = rows[start : start + BATCH]
            for row in chunk:
                if "institution_name" in row.values:
                    row.values["institution_id"] = name_to_pk[row.values["institution_name"]]
            # Existing people as plain rows: comparing values is much cheaper than loading models.
            matched = [r.values["pk"] for r in chunk if r.values["pk"]]
            existing = (
                {r["id"]: r for r in Person.objects.filter(pk__in=matched).values("id", *fields, *secret)}
                if matched
                else {}
            )
            new = [row for row in chunk if not (row.values["pk"] and row.values["pk"] in existing)]
            old = [row for row in chunk if row.values["pk"] and row.values["pk"] in existing]
            entries = []
            self._create_people(new, entries)
            self._update_people(old, existing, entries)
            audit.record_many(entries)
            self.result.created += len(new)
            self.result.updated += len({pk for _m, pk, _r, action, _c in entries if action == AuditAction.UPDATE})
            self._tick(len(chunk))

    def _create_people(self, rows, entries):
        """New people, their specialisations and qualifications, written as plain rows; one audit
        entry each holds everything they were created with."""
        if not rows:
            return
        now = timezone.now()
        person_rows = []
        for row in rows:
            v = row.values
            encrypted = crypto.encrypt(v["national_id"]) if v["national_id"] else ""
            person_rows.append((*(v[key] for key in PERSON_WRITE_FIELDS), encrypted, v["digest"], now, now))
        ids = insert_rows(
            Person,
            [*PERSON_WRITE_FIELDS, "national_id_encrypted", "national_id_digest", "created_at", "updated_at"],
            person_rows,
            need_ids=True,
        )
        specialisations, qualifications = [], []
        for pk, row in zip(ids, rows, strict=True):
            v = row.values
            v["pk"] = pk
            changes = _created_changes(v)
            if v["specialisation_ids"]:
                wanted = sorted(set(v["specialisation_ids"]))
                specialisations.extend((pk, s) for s in wanted)
                changes["specialisations"] = [[], wanted]
            created = [_qualification_values(kind, v) for kind in _qualification_kinds(v)]
            for kind, values in created:
                qualifications.append(
                    (pk, kind, *(values.get(key, _EMPTY.get(key, "")) for key in QUALIFICATION_WRITE_FIELDS))
                )
            if created:
                changes["qualifications"] = [None, [_qualification_label(kind, values) for kind, values in created]]
            entries.append(("person", pk, v["name"], AuditAction.CREATE, changes))
        insert_rows(Person.specialisations.through, ["person_id", "specialisation_id"], specialisations)
        insert_rows(Qualification, ["person_id", "kind", *QUALIFICATION_WRITE_FIELDS], qualifications)

    def _update_people(self, rows, existing, entries):
        """People already known: only the fields that changed are written, each change audited."""
        if not rows:
            return
        now = timezone.now()
        changed, refs, spec_sets = [], {}, []
        for row in rows:
            v = row.values
            current = existing[v["pk"]]
            wanted = {
                key: v[key]
                for key in PERSON_WRITE_FIELDS
                if (v[key] or key not in KEEP_WHEN_EMPTY) and audit.value(current[key]) != audit.value(v[key])
            }
            changes = {
                key.removesuffix("_id"): [audit.value(current[key]), audit.value(value)]
                for key, value in wanted.items()
            }
            if v["national_id"] and current["national_id_digest"] != v["digest"]:
                wanted["national_id_encrypted"] = crypto.encrypt(v["national_id"])
                wanted["national_id_digest"] = v["digest"]
                changes["national_id"] = ["(set)" if current["national_id_digest"] else "", "(set)"]
            ref = PersonRef(current["id"], wanted.get("name", current["name"]))
            refs[ref.pk] = ref
            if wanted:
                changed.append((wanted, Person(**{**current, **wanted})))
                entries.append(("person", ref.pk, ref.name, AuditAction.UPDATE, changes))
            spec_sets.append((ref, v["specialisation_ids"]))
        # bulk_update writes a CASE per field and row: group rows by the fields that changed, so
        # that a typical re-import (one or two fields changed) stays cheap.
        groups = {}
        for wanted, person in changed:
            person.updated_at = now
            groups.setdefault(tuple(sorted(wanted)), []).append(person)
        for changed_fields, people in groups.items():
            Person.objects.bulk_update(people, [*changed_fields, "updated_at"], batch_size=500)
        self._update_specialisations(spec_sets, entries)
        self._update_qualifications(rows, refs, entries)

    def _update_specialisations(self, pairs, entries):
        through = Person.specialisations.through
        current = {}
        for person_id, spec_id in through.objects.filter(person_id__in=[p.pk for p, _ in pairs]).values_list(
            "person_id", "specialisation_id"
        ):
            current.setdefault(person_id, set()).add(spec_id)
        add, remove = [], {}
        for person, wanted in pairs:
            wanted = set(wanted)
            have = current.get(person.pk, set())
            if not wanted or wanted == have:
                continue
            add.extend((person.pk, s) for s in sorted(wanted - have))
            for s in have - wanted:
                remove.setdefault(s, []).append(person.pk)
            entries.append(
                (
                    "person",
                    person.pk,
                    person.name,
                    AuditAction.UPDATE,
                    {"specialisations": [sorted(have), sorted(wanted)]},
                )
            )
        for spec_id, person_ids in remove.items():
            through.objects.filter(specialisation_id=spec_id, person_id__in=person_ids).delete()
        insert_rows(through, ["person_id", "specialisation_id"], add)

    def _update_qualifications(self, rows, people, entries):
        targets = [
            (people[row.values["pk"]], kind, row.values) for row in rows for kind in _qualification_kinds(row.values)
        ]
        if not targets:
            return
        have = {}
        for q in Qualification.objects.filter(
            person_id__in=sorted({p.pk for p, _k, _v in targets}),
            kind__in=[QualificationKind.TITLE, QualificationKind.PATENT_ATTORNEY],
        ).values("id", "person_id", "kind", "title_level", "name", "specialty", "obtained_on", "number"):
            have[(q["person_id"], q["kind"], _qualification_key(q["kind"], q))] = q
        create = []
        for person, kind, v in targets:
            kind, values = _qualification_values(kind, v)
            q = have.get((person.pk, kind, _qualification_key(kind, values)))
            if q is None:
                create.append(
                    (person.pk, kind, *(values.get(key, _EMPTY.get(key, "")) for key in QUALIFICATION_WRITE_FIELDS))
                )
                label = _qualification_label(kind, values)
                entries.append(("person", person.pk, person.name, AuditAction.UPDATE, {"qualification": [None, label]}))
            elif any(q[k] != val for k, val in values.items() if val not in ("", None)):
                update = {k: val for k, val in values.items() if val not in ("", None)}
                Qualification.objects.filter(pk=q["id"]).update(**update)
                entries.append(
                    ("person", person.pk, person.name, AuditAction.UPDATE, {"qualification": ["changed", kind]})
                )
        insert_rows(Qualification, ["person_id", "kind", *QUALIFICATION_WRITE_FIELDS], create)


PERSON_WRITE_FIELDS = [
    "name",
    "gender",
    "mobile",
    "email",
    "institution_id",
    "department",
    "position",
    "employment_start",
    "education",
    "languages",
    "is_lecturer",
    "is_investigator_candidate",
]
QUALIFICATION_WRITE_FIELDS = ["title_level", "name", "specialty", "obtained_on", "number"]
_EMPTY = {"obtained_on": None}


def _created_changes(v):
    """The audit changes of a new person: every value it was created with (empty ones say nothing)."""
    changes = {key.removesuffix("_id"): [None, audit.value(v[key])] for key in PERSON_WRITE_FIELDS if v[key]}
    if v["national_id"]:
        changes["national_id"] = [None, "(set)"]
    return changes


def _qualification_kinds(v):
    if v["title_level"]:
        yield QualificationKind.TITLE
    if v["patent_attorney_number"]:
        yield QualificationKind.PATENT_ATTORNEY


def _qualification_values(kind, v):
    if kind == QualificationKind.TITLE:
        return kind, {
            "title_level": v["title_level"],
            "specialty": v["title_specialty"],
            "obtained_on": v["title_date"],
            "number": v["title_number"],
        }
    return kind, {"number": v["patent_attorney_number"], "name": "专利代理师资格证"}


def _qualification_key(kind, values):
    return values["title_level"] if kind == QualificationKind.TITLE else values["number"]


def _qualification_label(kind, values):
    return f"{kind}: {values.get('title_level') or values['number']}"


def _refresh_statistics():
    """After a large import, tell PostgreSQL's planner how the tables look now: autovacuum would get
    there later, and until then the directory's plans are made for tables a hundredth the size."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    tables = [Person._meta.db_table, Person.specialisations.through._meta.db_table, Qualification._meta.db_table]
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE " + ", ".join(connection.ops.quote_name(t) for t in tables))


def _is_cjk(value):
    text = normalise.text(value)
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


# --- jobs --------------------------------------------------------------------------------------
def import_bytes(data, *, user, skip_invalid=False, progress=None):
    """Validate the whole workbook, then write it if it is clean (or write its valid rows when
    ``skip_invalid``). Returns a Result; raises ImportFileError for an unreadable file."""
    institutions, people = read_workbook(data)
    importer = Importer(user, progress=progress)
    result = importer.validate(institutions, people)
    if result.errors and not skip_invalid:
        return result
    importer.write()
    return result


def count_rows(data):
    institutions, people = read_workbook(data)
    return len(institutions[1]) + len(people[1])


def start_job(*, user, upload, skip_invalid):
    """Store the upload as a job; small files are imported at once, large ones by a Celery task."""
    data = upload.read()
    job = ImportJob(created_by=user, original_name=upload.name[:200], skip_invalid=skip_invalid)
    job.file.save(f"{timezone.now():%Y%m%d%H%M%S}-{user.pk}.xlsx", ContentFile(data), save=False)
    try:
        job.total_rows = count_rows(data)
    except ImportFileError as exc:
        job.status, job.message, job.finished_at = ImportStatus.FAILED, str(exc), timezone.now()
        job.save()
        return job
    job.save()
    if job.total_rows <= INLINE_LIMIT:
        run_job(job.pk)
    else:
        from .tasks import run_import

        transaction.on_commit(lambda: run_import.delay(job.pk))
    job.refresh_from_db()
    return job


def run_job(job_id):
    """Run a stored job (idempotent: a finished job is left alone)."""
    claimed = ImportJob.objects.filter(pk=job_id, status=ImportStatus.PENDING).update(status=ImportStatus.RUNNING)
    if not claimed:
        return False
    job = ImportJob.objects.select_related("created_by").get(pk=job_id)

    def progress(done):
        ImportJob.objects.filter(pk=job_id).update(processed_rows=done)

    try:
        with job.file.open("rb") as handle:
            result = import_bytes(handle.read(), user=job.created_by, skip_invalid=job.skip_invalid, progress=progress)
    except ImportFileError as exc:
        job.status, job.message = ImportStatus.FAILED, str(exc)
    else:
        job.errors = result.errors
        job.created_count, job.updated_count = result.created, result.updated
        if result.errors and not job.skip_invalid:
            job.status = ImportStatus.FAILED
        elif result.errors:
            job.status = ImportStatus.DONE_WITH_ERRORS
        else:
            job.status = ImportStatus.DONE
    job.processed_rows = job.total_rows * 2
    job.finished_at = timezone.now()
    job.save()
    return True


def error_workbook(job):
    rows = [(e["sheet"], e["row"], e["column"], e["reason"], e.get("value", "")) for e in job.errors]
    return spreadsheets.workbook_bytes([("errors", ["sheet", "row", "column", "reason", "value"], rows)])


def template_workbook():
    """An empty workbook with both sheets, their Chinese headers and one example row each."""
    institution_example = [
        "南京市知识产权保护中心",
        "知识产权保护中心",
        "320100",
        "江苏省知识产权局",
        "",
        "2021",
        "王伟",
        "025-00000000",
        "ipc@example.cn",
        "南京市建邺区",
        "正常",
    ]
    person_example = [
        "张三",
        "男",
        "13800138000",
        "zhangsan@example.cn",
        "",
        "南京市知识产权保护中心",
        "预审部",
        "专利审查员",
        "2020-07-01",
        "硕士",
        "专利检索、专利分析",
        "英语",
        "是",
        "否",
        "知识产权师",
        "知识产权管理",
        "2022-11-20",
        "",
        "",
    ]
    return spreadsheets.workbook_bytes(
        [
            ("机构", [spec[0] for spec in INSTITUTION_COLUMNS.values()], [institution_example]),
            ("人员", [spec[0] for spec in PERSON_COLUMNS.values()], [person_example]),
        ]
    )
