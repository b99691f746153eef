-- Per ten blocks (superblock = block / 10, 10,000 running numbers), kept in the same transactions
-- as article_count_block: "how many are newer than this article" sums at most a handful of blocks
-- and half the superblocks, instead of up to half of all blocks (500 rows at a million articles).
create table article_count_superblock (
    section_key bigint not null,
    superblock  bigint not null,
    published   bigint not null,
    primary key (section_key, superblock)
);

insert into article_count_superblock (section_key, superblock, published)
select section_key, block / 10, sum(published) from article_count_block group by section_key, block / 10;
