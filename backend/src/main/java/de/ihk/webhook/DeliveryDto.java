package de.ihk.webhook;

import java.time.Instant;

/**
 * One attempt to deliver a batch.
 *
 * @param webhookId  the {@code webhook-id} header sent (the same on every attempt of one batch)
 * @param status     the receiver's HTTP status, null when there was none (see {@code error})
 * @param error      why the attempt failed, null when it succeeded
 * @param durationMs how long the call took
 */
public record DeliveryDto(
        Instant attemptedAt, String webhookId, int attempt, int items, Integer status, String error, long durationMs) {}
