package de.ihk.concept;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The PDFs of adopted editions: rendered once, kept with the snapshot, and from then on served as stored. Rendering
 * starts in the background as soon as an adoption commits, so that the first reader usually finds the file ready; a
 * reader who comes while it is being rendered waits for that rendering instead of starting a second one. One
 * rendering runs at a time (a PDF of a large concept takes a good part of the heap while it is made).
 */
@ApplicationScoped
class AdoptedPdfs {

    private static final Logger LOG = Logger.getLogger(AdoptedPdfs.class);

    @Inject
    ConceptSnapshots snapshots;

    /** How long after the start a small document is rendered to warm the renderer up; 0 for never. */
    @ConfigProperty(name = "ihk.editions.pdf-warm-up-after", defaultValue = "20s")
    Duration warmUpAfter;

    private final ConcurrentMap<UUID, CompletableFuture<byte[]>> inProgress = new ConcurrentHashMap<>();
    private ExecutorService renderer;

    @PostConstruct
    void start() {
        renderer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "concept-pdf");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Renders the warm-up document on the renderer's thread a while after the start (not at once, so that the start
     * and the first requests do not share the processor with it).
     */
    void warmUpLater(@Observes StartupEvent started) {
        if (warmUpAfter.isZero()) {
            return;
        }
        Executor later = CompletableFuture.delayedExecutor(warmUpAfter.toMillis(), TimeUnit.MILLISECONDS, renderer);
        CompletableFuture.runAsync(PdfWarmUp::render, later).exceptionally(failure -> {
            LOG.warn("Warming up the PDF renderer failed; the first PDF takes longer", failure);
            return null;
        });
    }

    @PreDestroy
    void stop() {
        renderer.shutdownNow();
    }

    void renderAfterAdoption(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionAdopted adopted) {
        rendering(adopted.editionId()).exceptionally(failure -> {
            LOG.warnf(
                    failure, "The PDF of edition %s could not be rendered ahead; the first reader renders it", adopted);
            return null;
        });
    }

    /** The stored PDF of the adopted edition, rendered (or waited for) first when it is not stored yet. */
    byte[] get(UUID editionId) {
        return snapshots.pdf(editionId).orElseGet(() -> {
            try {
                return rendering(editionId).join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        });
    }

    private CompletableFuture<byte[]> rendering(UUID editionId) {
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> running = inProgress.putIfAbsent(editionId, mine);
        if (running != null) {
            return running;
        }
        renderer.execute(() -> {
            try {
                mine.complete(QuarkusTransaction.requiringNew()
                        .call(() -> snapshots
                                .pdf(editionId)
                                .orElseGet(() ->
                                        snapshots.keepPdf(editionId, ConceptPdf.render(snapshots.load(editionId))))));
            } catch (Throwable failure) {
                mine.completeExceptionally(failure);
            } finally {
                inProgress.remove(editionId, mine);
            }
        });
        return mine;
    }
}
