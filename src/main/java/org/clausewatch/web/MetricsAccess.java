package org.clausewatch.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Who may read {@code /metrics}: nobody, holders of an admin API key, or anyone. */
public enum MetricsAccess {
    OFF,
    ADMIN,
    OPEN;

    /**
     * Without a setting: open where only this machine can reach the server (it listens on a loopback address), and
     * for admins only anywhere else.
     */
    public static MetricsAccess defaultFor(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress() ? OPEN : ADMIN;
        } catch (UnknownHostException e) {
            return ADMIN;
        }
    }
}
