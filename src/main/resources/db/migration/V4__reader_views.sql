-- One row per reader, article and Seoul day: the primary key is what makes a reload not count.
-- reader_key is a salted hash (never a raw IP address). Rows older than two days are purged.
create table reader_view (
    article_id bigint      not null,
    view_day   date        not null,
    reader_key varchar(44) not null,
    primary key (article_id, view_day, reader_key)
);
create index reader_view_day_ix on reader_view (view_day);

-- Counted views per article and day, for "most read" over a day or a week.
create table reader_view_daily (
    article_id bigint not null,
    view_day   date   not null,
    views      bigint not null,
    primary key (article_id, view_day)
);
create index reader_view_daily_day_ix on reader_view_daily (view_day, views);

-- The installation's secret for hashing readers; one row, made on first start.
create table reader_secret (
    id     integer primary key,
    secret varchar(64) not null
);
