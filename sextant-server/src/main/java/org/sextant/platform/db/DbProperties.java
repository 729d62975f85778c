package org.sextant.platform.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data, and on which port it listens.
 *
 * @param embeddedDataDir data directory of the embedded server; kept across restarts
 * @param embeddedPort    port of the embedded server on the loopback interface; 0 picks a free one
 * @param cleanOnStart    wipe the data directory before starting (tests use this; never the default)
 */
@ConfigurationProperties("sextant.db")
public record DbProperties(Path embeddedDataDir, int embeddedPort, boolean cleanOnStart) {
}
