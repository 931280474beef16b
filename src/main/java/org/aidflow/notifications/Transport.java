package org.aidflow.notifications;

/** Delivers outbox messages on one channel; throws when the receiver did not take the message. */
interface Transport {

    Channel channel();

    /** Configured for this deployment; a channel that is not configured gets no messages at all. */
    boolean enabled();

    void send(OutboxMessage message) throws Exception;
}
