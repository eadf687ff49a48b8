-- Partner finding and consortia. A consortium bids as one: a lead organisation
-- and members, each with a role and a share in basis points, joined only by
-- accepting an invitation and bound by an acknowledged memorandum of understanding.

CREATE TABLE partner_listing (
    lot_id            uuid NOT NULL REFERENCES lot (id) ON DELETE CASCADE,
    organisation_id   uuid NOT NULL REFERENCES organisation (id),
    offers            text NOT NULL,
    localities        jsonb NOT NULL CHECK (jsonb_typeof(localities) = 'array'),
    roles             jsonb NOT NULL CHECK (jsonb_typeof(roles) = 'array'),
    contact_name      text NOT NULL,
    contact_email     text NOT NULL,
    updated_by        uuid NOT NULL REFERENCES app_user (id),
    updated_at        timestamptz NOT NULL,
    PRIMARY KEY (lot_id, organisation_id)
);

CREATE TABLE consortium (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tender_id               uuid NOT NULL REFERENCES tender (id) ON DELETE CASCADE,
    name                    text NOT NULL,
    lead_organisation_id    uuid NOT NULL REFERENCES organisation (id),
    mou_sha256              text CHECK (mou_sha256 ~ '^[0-9a-f]{64}$'),
    mou_filename            text,
    locked_at               timestamptz,  -- set by the first submission
    created_by              uuid NOT NULL REFERENCES app_user (id),
    created_at              timestamptz NOT NULL,
    version                 integer NOT NULL DEFAULT 1
);
CREATE INDEX consortium_tender_idx ON consortium (tender_id);

CREATE TABLE consortium_member (
    consortium_id       uuid NOT NULL REFERENCES consortium (id) ON DELETE CASCADE,
    organisation_id     uuid NOT NULL REFERENCES organisation (id),
    role                text NOT NULL CHECK (role IN ('lead', 'partner', 'subcontractor')),
    share_bp            integer NOT NULL CHECK (share_bp BETWEEN 1 AND 10000),
    status              text NOT NULL CHECK (status IN ('invited', 'accepted', 'declined')),
    invited_at          timestamptz NOT NULL,
    answered_at         timestamptz,
    answered_by         uuid REFERENCES app_user (id),
    acknowledged_mou    text,
    acknowledged_at     timestamptz,
    acknowledged_by     uuid REFERENCES app_user (id),
    PRIMARY KEY (consortium_id, organisation_id)
);
CREATE UNIQUE INDEX consortium_one_lead ON consortium_member (consortium_id) WHERE role = 'lead';
CREATE INDEX consortium_member_organisation_idx ON consortium_member (organisation_id, status);
