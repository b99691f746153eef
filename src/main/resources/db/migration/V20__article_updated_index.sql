-- The search index's catch-up asks for the articles changed since its last commit (at every
-- start and after a rebuild); without this index that was a scan of every article's row, body
-- included: seconds of a start with a million articles. The status makes it covering.
create index article_updated_ix on article (updated_at, status);
