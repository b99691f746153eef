package io.sinmun.site.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SiteSettingRepository {

    private final JdbcClient jdbc;

    SiteSettingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, String> findAll() {
        Map<String, String> settings = new LinkedHashMap<>();
        jdbc.sql("select setting_name, setting_value from site_setting")
                .query(rs -> {
                    settings.put(rs.getString(1), rs.getString(2));
                });
        return settings;
    }

    /** Replaces every given key (delete, then insert: portable, and runs in the caller's transaction). */
    public void saveAll(Map<String, String> settings) {
        settings.forEach((name, value) -> {
            jdbc.sql("delete from site_setting where setting_name = :name").param("name", name).update();
            jdbc.sql("insert into site_setting (setting_name, setting_value) values (:name, :value)")
                    .param("name", name).param("value", value).update();
        });
    }
}
