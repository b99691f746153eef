import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.jsoup.Jsoup;

/** Writes 5,000 article bodies of a Sinmun H2 database as plain text, one a line (bench/nori.sh). */
public class Dump {

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "sinmun", "");
                PrintWriter out = new PrintWriter(args[1], "UTF-8")) {
            // every hundredth article: spread over the whole range of generated dates and sections
            ResultSet rows = c.createStatement().executeQuery("select body_html from article where id % 100 = 7 limit 5000");
            while (rows.next()) {
                out.println(Jsoup.parseBodyFragment(rows.getString(1)).text()); // as SearchFields.text does
            }
        }
    }
}
