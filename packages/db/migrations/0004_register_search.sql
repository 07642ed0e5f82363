-- Register search at scale (see bench/README.md): category filters and status pages read indexes only.
CREATE INDEX holdings_category ON holdings (category, member_id) WHERE quantity > 0;
DROP INDEX members_status;
CREATE INDEX members_status ON members (entity_id, status, member_number, created_at);
CREATE INDEX members_order ON members (entity_id, member_number, created_at, id);
