-- Resized copies (data-dir/media/ab/<sha256>-<width>.<ext>) exist at these widths, comma-separated,
-- narrowest first; empty for images stored before copies were made.
alter table media_image add column variant_widths varchar(32) default '' not null;

-- The hash of the bytes as uploaded (sha256 is of the cleaned bytes): the same upload again is
-- recognised without decoding it. Null for images stored before this column.
alter table media_image add column source_sha256 varchar(64);
create index media_image_source_sha256_ix on media_image (source_sha256);
