package fr.ctg.load;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.RuntimeMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The app's own JVM over its JMX port (the one spring-boot:start opens for its lifecycle, a platform MBean server
 * without authentication on localhost): full GC and heap used afterwards, and what the JVM runs with.
 */
final class AppJmx implements AutoCloseable {

    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final RuntimeMXBean runtime;

    private AppJmx(JMXConnector connector) throws Exception {
        this.connector = connector;
        MBeanServerConnection c = connector.getMBeanServerConnection();
        memory = ManagementFactory.newPlatformMXBeanProxy(c, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        runtime = ManagementFactory.newPlatformMXBeanProxy(c, ManagementFactory.RUNTIME_MXBEAN_NAME, RuntimeMXBean.class);
    }

    static AppJmx connect() {
        String port = System.getProperty("load.jmxPort");
        if (port == null || port.isBlank()) {
            throw new LoadFailure("load.jmxPort is not set (the load profile passes the port spring-boot:start used)");
        }
        try {
            JMXServiceURL url = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + port + "/jmxrmi");
            return new AppJmx(JMXConnectorFactory.connect(url));
        } catch (Exception e) {
            throw new LoadFailure("JMX connection to the app on port " + port + ": " + e, e);
        }
    }

    /**
     * Heap retained: {@code MemoryMXBean.gc()} (System.gc(), a full collection with G1) three times a second apart,
     * then the heap used; returns the smallest of the three readings.
     */
    long heapAfterFullGc() throws InterruptedException {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            memory.gc();
            Thread.sleep(1000);
            min = Math.min(min, memory.getHeapMemoryUsage().getUsed());
        }
        return min;
    }

    /**
     * The app's class histogram (the JVM's {@code GC.class_histogram}, which runs a full collection first): bytes and
     * instances per class name.
     */
    Map<String, long[]> classHistogram() throws Exception {
        ObjectName command = new ObjectName("com.sun.management:type=DiagnosticCommand");
        String text = (String) connector.getMBeanServerConnection().invoke(command, "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> out = new HashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)").matcher(text);
        while (m.find()) {
            out.merge(m.group(3), new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(1))},
                    (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        }
        return out;
    }

    long maxHeap() {
        return memory.getHeapMemoryUsage().getMax();
    }

    String vm() {
        return runtime.getVmName() + " " + runtime.getVmVersion() + " (" + runtime.getSpecVersion() + ")";
    }

    List<String> jvmArguments() {
        return runtime.getInputArguments();
    }

    long pid() {
        return runtime.getPid();
    }

    @Override
    public void close() throws Exception {
        connector.close();
    }
}
