package io.sinmun.site;

import java.time.LocalDate;

/**
 * The site's stored settings. The publisher fields are what the footer must show by law; any of
 * them may be blank on a new installation, and the footer leaves blank ones out.
 */
public record SiteSettings(String siteName, String tagline, Long logoImageId, String companyName,
        String businessNumber, String address, String registrationNumber, LocalDate registrationDate,
        String publisher, String editor, LocalDate firstPublicationDate, String youthProtectionOfficer,
        String email, String phone, String copyright, String copyrightNotice) {

    public static SiteSettings defaults() {
        return new SiteSettings("Sinmun", "", null, "", "", "", "", null, "", "", null, "", "", "",
                "", "");
    }
}
