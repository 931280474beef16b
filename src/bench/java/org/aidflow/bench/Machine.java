package org.aidflow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the machine was doing: load averages (other builds share it) and this JVM's heap. */
final class Machine {

    private Machine() {
    }

    /** The 1, 5 and 15 minute load averages from /proc/loadavg, or "n/a". */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return "load " + parts[0] + " " + parts[1] + " " + parts[2] + " (" + Runtime.getRuntime().availableProcessors()
                    + " cpus)";
        } catch (IOException | RuntimeException e) {
            return "load n/a";
        }
    }

    /** Heap in use after a full collection, in MB. */
    static double heapAfterGcMb() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    /** The sum of the heap pools' peak usage since start (or the last reset), in MB: an upper bound of the peak. */
    static double heapPeakMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1048576.0;
    }

    static double maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / 1048576.0;
    }
}
