package io.sinmun.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import io.sinmun.live.SseLoadClient;

/**
 * bench/cluster.sh's fan-out: opens streams spread evenly over the given node ports, publishes an
 * article through the API of the first node and prints how long until each stream got it
 * (publish request to receipt; the other nodes hear it over the cluster bus). Not a test.
 *
 * <pre>ClusterStreamBench TOKEN STREAMS PORT [PORT…]</pre>
 */
public final class ClusterStreamBench {

    public static void main(String[] args) throws Exception {
        String token = args[0];
        int streams = Integer.parseInt(args[1]);
        int[] ports = Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray();
        String base = "http://127.0.0.1:" + ports[0];
        HttpClient http = HttpClient.newHttpClient();
        String marker = "cluster-bench-" + UUID.randomUUID();
        HttpResponse<String> draft = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/articles"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"headline\":\"클러스터 벤치마크 " + marker
                        + "\",\"section\":\"society\",\"body\":\"<p>벤치마크</p>\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(draft.body());
        if (draft.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("draft: " + draft.statusCode() + " " + draft.body());
        }
        SseLoadClient[] clients = new SseLoadClient[ports.length];
        for (int i = 0; i < ports.length; i++) {
            clients[i] = new SseLoadClient("127.0.0.1", ports[i], "/api/v1/stream", streams / ports.length);
        }
        try {
            for (SseLoadClient client : clients) {
                client.awaitConnected(Duration.ofMinutes(3));
            }
            Thread.sleep(2_000);
            for (SseLoadClient client : clients) {
                client.expect(marker);
            }
            long publishedAt = System.nanoTime();
            HttpResponse<String> published = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/api/v1/articles/" + id.group(1) + "/publish"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"push\":false,\"breaking\":false}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (SseLoadClient client : clients) {
                client.awaitMarker(Duration.ofSeconds(30));
            }
            StringBuilder perNode = new StringBuilder();
            long[] all = new long[0];
            int open = 0;
            for (int i = 0; i < ports.length; i++) {
                long[] got = Arrays.stream(clients[i].markerAt()).filter(t -> t > 0).map(t -> t - publishedAt).sorted()
                        .toArray();
                open += clients[i].connected();
                perNode.append(String.format("| node :%d | %d of %d open, %d got it | p50 %s, p99 %s |%n", ports[i],
                        clients[i].connected(), streams / ports.length, got.length, ms(got, 0.50), ms(got, 0.99)));
                all = LongStream.concat(Arrays.stream(all), Arrays.stream(got)).toArray();
            }
            Arrays.sort(all);
            System.out.printf("| streams | %d open, %d got the event (publish: HTTP %d) |%n", open, all.length,
                    published.statusCode());
            System.out.printf("| publish to client, all nodes | p50 %s, p99 %s, max %s |%n", ms(all, 0.50), ms(all, 0.99),
                    ms(all, 1.0));
            System.out.print(perNode);
        }
        finally {
            for (SseLoadClient client : clients) {
                client.close();
            }
        }
    }

    private static String ms(long[] sorted, double p) {
        if (sorted.length == 0) {
            return "-";
        }
        return String.format("%.0f ms", sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6);
    }
}
