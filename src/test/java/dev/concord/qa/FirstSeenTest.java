package dev.concord.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FirstSeenTest {
    @Test
    void keepsTheFirstPartnerAndUnitOfEveryKeyThroughGrowth() {
        FirstSeen seen = new FirstSeen();
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            String id = i % 3 == 0 ? "unité-" + i : i % 3 == 1 ? "" : "msg." + i + "Ω";
            assertNull(seen.putIfAbsent(FirstSeen.hash64("text " + i), i * 31, id));
        }
        for (int i = 0; i < n; i++) {
            FirstSeen.Entry e = seen.putIfAbsent(FirstSeen.hash64("text " + i), -1, "later");
            assertEquals(i * 31, e.partnerHash());
            assertEquals(i % 3 == 0 ? "unité-" + i : i % 3 == 1 ? "" : "msg." + i + "Ω", e.unitId());
        }
    }
}
