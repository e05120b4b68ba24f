-- 参照文件库: documents from outside Jianfu (中办/国办, ministries, the province and others not on Jianfu,
-- paper 收文) that the 查重 gate checks drafts against. Readable by the owning unit (and the 减负办 above it)
-- and, when addressed, by every unit in the addressed division subtree. A withdrawn one leaves the corpus
-- but keeps its row and the reason.
create table reuse.reference_document (
    id               bigserial primary key,
    title            text        not null,
    document_number  text,
    issuing_organ    text        not null,
    -- CENTRAL, MINISTRY, PROVINCE, PREFECTURE, COUNTY, TOWNSHIP (中央, 国务院部门, 省, 市, 县, 乡)
    level            text        not null,
    issued_on        date,
    -- TYPED (录入), UPLOADED (上传), INCOMING (收文登记), IMPORTED (批量导入), DEMO (示例)
    source           text        not null,
    body             text        not null default '',
    body_hash        text,
    owner_unit_id    bigint      not null references organization.unit (id),
    -- the division subtree it was addressed to (下发范围), or null: the owning unit only
    addressed_path   text,
    incoming_id      bigint unique,
    file_name        text,
    created_by       bigint references identity.account (id),
    created_at       timestamptz not null,
    withdrawn_at     timestamptz,
    withdrawn_by     bigint references identity.account (id),
    withdrawn_reason text
);
create index reference_document_owner on reuse.reference_document (owner_unit_id);
create index reference_document_hash on reuse.reference_document (body_hash);
create index reference_document_active on reuse.reference_document (id) where withdrawn_at is null;
