-- Words the newsroom added to the search analyzer's user dictionary (the shipped ones live in the
-- jar). In the database so that every node builds its index with the same words.
create table search_dictionary_word (
    word       varchar(30)  primary key,
    -- how the analyzer should cut the word, space-separated parts; null: keep it whole
    parts      varchar(100),
    added_by   varchar(100) not null,
    added_at   timestamp with time zone not null
);
