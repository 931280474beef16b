/**
 * Running AidFlow as a service: the Prometheus metrics of the work itself (task completions per task key, their
 * latency, the inbox's latency, the last ledger verification); health and the request ids live with what they
 * watch (Spring Boot Actuator, Camunda's engine and job executor indicators, the outbox's, {@code web.RequestIds}).
 */
package org.aidflow.operations;
