import java.sql.*; import java.io.*; import org.jsoup.Jsoup;
public class Dump { public static void main(String[] a) throws Exception {
  try (Connection c = DriverManager.getConnection(a[0], "sinmun", ""); PrintWriter w = new PrintWriter(a[1], "UTF-8")) {
    ResultSet r = c.createStatement().executeQuery("select body_html from article where id % 100 = 7 limit 5000");
    while (r.next()) w.println(Jsoup.parseBodyFragment(r.getString(1)).text());
  }}}
