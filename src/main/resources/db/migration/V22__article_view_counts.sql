-- Counted views get rows of their own. Adding to article.view_count rewrote the article's row,
-- body included: on H2 every flush of views to random articles copied and rewrote their pages
-- (tens of kilobytes each), megabytes a second that the collector also had to copy while they
-- waited to be written. A row here is two numbers.
-- article.view_count stays as the count an article came with (an import, the generator, or what
-- was counted before this version); an article's views are that plus its row here.
create table article_view_count (
    article_id bigint not null primary key references article (id) on delete cascade,
    views      bigint not null
);
