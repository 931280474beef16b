package org.aidflow.funds;

/** Where one tranche stands, from its request to its receipt (and the investigation of a shortfall). */
enum TrancheStatus {
    REQUESTED, REJECTED, APPROVED, TRANSFERRED, RECEIVED, DISCREPANCY, RESOLVED
}
