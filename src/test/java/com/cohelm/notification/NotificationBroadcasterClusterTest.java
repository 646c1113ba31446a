package com.cohelm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.base.cluster.TestClusterNodes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A notification made on one node raises the bell on the person's screens open on another. */
class NotificationBroadcasterClusterTest {

    private final TestClusterNodes nodes = new TestClusterNodes();

    @AfterEach
    void stop() throws Exception {
        nodes.close();
    }

    @Test
    void aNotificationAnnouncedOnNodeAReachesThePersonsScreensOnBothNodes() throws Exception {
        var nodeA = new NotificationBroadcaster(nodes.bus());
        var nodeB = new NotificationBroadcaster(nodes.bus());
        var screenOnA = new CopyOnWriteArrayList<Long>();
        var screenOnB = new CopyOnWriteArrayList<Long>();
        var someoneElseOnB = new CopyOnWriteArrayList<Long>();
        nodeA.register(7, screenOnA::add);
        var registration = nodeB.register(7, screenOnB::add);
        nodeB.register(8, someoneElseOnB::add);

        nodeA.announce(7, 101);
        awaitContains(screenOnB, 101L);
        awaitContains(screenOnA, 101L);

        registration.remove();
        nodeA.announce(7, 102);
        awaitContains(screenOnA, 102L);
        Thread.sleep(200);
        assertThat(screenOnB).as("a closed screen hears nothing more").containsExactly(101L);
        assertThat(someoneElseOnB).isEmpty();
        nodeA.stop();
        nodeB.stop();
    }

    private static void awaitContains(List<Long> received, long id) throws InterruptedException {
        for (int i = 0; i < 500 && !received.contains(id); i++) {
            Thread.sleep(10);
        }
        assertThat(received).contains(id);
    }
}
