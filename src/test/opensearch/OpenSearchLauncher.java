import java.nio.file.Path;
import java.util.List;

import org.opensearch.Version;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.PluginInfo;

/**
 * Starts one OpenSearch node from Maven Central's jars (no distribution archive is served):
 * run as {@code java -cp <jars> OpenSearchLauncher.java <home> <http port> <transport port>}
 * under a JDK 21+. The plugins are named here because nothing is installed under home/plugins.
 * Stops when its standard input closes, so a test that dies takes the node with it.
 */
public class OpenSearchLauncher {

    static final class EmbeddedNode extends Node {
        EmbeddedNode(Settings settings) {
            super(InternalSettingsPreparer.prepareEnvironment(settings, java.util.Map.of(), null, () -> "sinmun-test"),
                    List.of(plugin("org.opensearch.transport.Netty4ModulePlugin"),
                            plugin("org.opensearch.plugin.analysis.nori.AnalysisNoriPlugin"),
                            plugin("org.opensearch.analysis.common.CommonAnalysisModulePlugin")),
                    true);
        }

        private static PluginInfo plugin(String className) {
            return new PluginInfo(className, className, "test", Version.CURRENT, "21", className, List.of(), false);
        }
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        Settings settings = Settings.builder().put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString()).put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "sinmun-test").put("node.name", "sinmun-test")
                .put("discovery.type", "single-node").put("network.host", "127.0.0.1")
                .put("http.port", args[1]).put("transport.port", args[2])
                .put("http.type", "netty4").put("transport.type", "netty4")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("action.auto_create_index", false).build();
        LogConfigurator.registerErrorListener();
        LogConfigurator.configureWithoutConfig(settings);
        Node node = new EmbeddedNode(settings);
        node.start();
        System.out.println("OPENSEARCH STARTED");
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the parent to close our input
        }
        node.close();
        System.exit(0);
    }
}
