package com.cohelm.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.base.cluster.TestClusterNodes;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A logo saved or removed on one node shows in the header on the others: they hear the organization's id on the
 * bus and read from the database whether it has a logo (here a shared set stands for the database).
 */
class LogoCatalogClusterTest {

    private final TestClusterNodes nodes = new TestClusterNodes();
    private final Set<Long> database = ConcurrentHashMap.newKeySet();

    @AfterEach
    void stop() throws Exception {
        nodes.close();
    }

    @Test
    void aLogoChangedOnNodeAIsReadAgainOnNodeB() throws Exception {
        var nodeA = new LogoCatalog(repository(), nodes.bus());
        var nodeB = new LogoCatalog(repository(), nodes.bus());
        nodeA.load();
        nodeB.load();

        database.add(42L);
        nodeA.changed(42, true);
        assertThat(nodeA.has(42)).isTrue();
        awaitHas(nodeB, 42, true);

        database.remove(42L);
        nodeA.changed(42, false);
        awaitHas(nodeB, 42, false);

        // A message lost while B was cut off: the periodic read in a cluster catches up.
        database.add(43L);
        nodeB.reloadInCluster();
        assertThat(nodeB.has(43)).isTrue();
    }

    private static void awaitHas(LogoCatalog catalog, long organizationId, boolean expected) throws InterruptedException {
        for (int i = 0; i < 500 && catalog.has(organizationId) != expected; i++) {
            Thread.sleep(10);
        }
        assertThat(catalog.has(organizationId)).isEqualTo(expected);
    }

    /** The two queries the catalog asks, answered from {@link #database}. */
    private OrganizationLogoRepository repository() {
        return (OrganizationLogoRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {OrganizationLogoRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "findOrganizationsWithLogo" -> List.copyOf(database);
                    case "existsById" -> database.contains((Long) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
