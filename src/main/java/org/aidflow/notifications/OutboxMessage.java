package org.aidflow.notifications;

import java.time.Instant;

/**
 * One message to one person on one channel, as the outbox keeps it: already rendered in the person's language
 * ({@code body} is Markdown for the robots and plain text for e-mail), with the delivery id a receiver drops
 * duplicates by, since a message may go out more than once (at least once).
 */
public record OutboxMessage(long id, String deliveryId, Channel channel, String recipient, String address, String kind,
                            String subject, String body, String link, String status, int attempts, Instant nextAttemptAt,
                            Instant createdAt, Instant sentAt, String lastError) {
}
