-- The site's stored settings, one row per key, so that adding a field needs no migration.
create table site_setting (
    setting_name  varchar(64)   not null primary key,
    setting_value varchar(4000) not null
);
