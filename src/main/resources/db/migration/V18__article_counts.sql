-- Counts of published articles kept up to date by every publish, withdrawal, import and section
-- move, in the same transaction, as increments (never read-modify-write), so list pages never
-- count rows and two nodes never lose an update. section_key 0 is the whole paper, otherwise the
-- section's id. See docs/performance.md.
create table article_count (
    section_key bigint not null primary key,
    published   bigint not null
);

-- Per Seoul day of first publication: the board's "오늘 N".
create table article_count_daily (
    section_key   bigint not null,
    published_day date   not null,
    published     bigint not null,
    primary key (section_key, published_day)
);

-- Per block of 1,000 running numbers (block = (number - 1) / 1000): finds list page k without
-- an OFFSET over the rows before it. last_change (whole paper only) is the newest updated_at
-- among the block's published articles: the sitemap index's lastmod.
create table article_count_block (
    section_key bigint not null,
    block       bigint not null,
    published   bigint not null,
    last_change timestamp with time zone,
    primary key (section_key, block)
);

insert into article_count (section_key, published)
select 0, count(*) from article where status = 'PUBLISHED';
insert into article_count (section_key, published)
select section_id, count(*) from article where status = 'PUBLISHED' and section_id is not null group by section_id;

-- the Seoul day: both databases cast a timestamp with time zone to a date in the session's zone
set time zone 'Asia/Seoul';
insert into article_count_daily (section_key, published_day, published)
select 0, d, count(*) from (select cast(published_at as date) as d from article where status = 'PUBLISHED') x group by d;
insert into article_count_daily (section_key, published_day, published)
select s, d, count(*) from (select section_id as s, cast(published_at as date) as d from article
                             where status = 'PUBLISHED' and section_id is not null) x group by s, d;
set time zone local;

insert into article_count_block (section_key, block, published, last_change)
select 0, b, count(*), max(updated_at) from (select (number - 1) / 1000 as b, updated_at from article
                                             where status = 'PUBLISHED') x group by b;
insert into article_count_block (section_key, block, published)
select s, b, count(*) from (select section_id as s, (number - 1) / 1000 as b from article
                            where status = 'PUBLISHED' and section_id is not null) x group by s, b;
