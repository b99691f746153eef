-- Which articles came from the demo content, so the newsroom can mark and remove them.
create table demo_article (
    article_id bigint primary key
);
