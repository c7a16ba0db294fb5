package dev.concord.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import dev.concord.rule.UnitRule;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The server's admission and time limit, with a rule that holds its check until the test lets it go. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CheckServiceTest {
    /** A rule that waits for {@code release} and finds nothing. */
    static final class HeldRule implements UnitRule {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String id() {
            return "test.held";
        }

        @Override
        public IssueType type() {
            return IssueType.OTHER;
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.INFO;
        }

        @Override
        public String description() {
            return "holds the check";
        }

        @Override
        public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void aFullQueueIsBusyAtOnceAndALateCheckIsIncomplete() throws Exception {
        HeldRule held = new HeldRule();
        Checker checker = Checker.builder().grammar(false).discoverRules(false).rule(held).build();
        Document doc = Document.ofText("t", "Un texte.").withTargetLocale("fr");
        ServeSettings settings = ServeSettings.loopback(0).withLimits(1000, 1000, Duration.ofMillis(200), 1, 0);
        ExecutorService client = Executors.newSingleThreadExecutor();
        try (CheckService service = new CheckService(settings)) {
            Future<CheckService.Outcome> first = client.submit(() -> service.check(checker, List.of(doc)));
            assertTrue(held.started.await(10, TimeUnit.SECONDS));
            // One worker, no queue: the second check is turned away with a hint to retry.
            HttpFailure busy = assertThrows(HttpFailure.class, () -> service.check(checker, List.of(doc)));
            assertEquals(503, busy.status());
            assertTrue(busy.retryAfterSeconds() > 0);
            // The first is past its 200 ms and answers incomplete, while its worker still holds the check.
            assertTrue(first.get(10, TimeUnit.SECONDS).incomplete());
            assertEquals(1, service.inFlight());
            held.release.countDown();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (service.inFlight() > 0 && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertEquals(0, service.inFlight());
            CheckService.Outcome next = service.check(checker, List.of(doc));
            assertTrue(!next.incomplete());
        } finally {
            held.release.countDown();
            client.shutdownNow();
        }
    }
}
