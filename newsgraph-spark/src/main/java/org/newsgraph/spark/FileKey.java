package org.newsgraph.spark;

import java.io.Serializable;

/**
 * One input file on the cluster: where it is (a Hadoop path, for messages) and the identifier its
 * document gets (its path inside the input folder).
 */
public record FileKey(String where, String id) implements Serializable {
}
