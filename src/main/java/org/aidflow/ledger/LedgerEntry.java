package org.aidflow.ledger;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One entry of the fund ledger. {@code seq} is global; {@code projectSeq}, {@code prevHash} and
 * {@code hash} chain the entries of one project. {@code recordedAt} is UTC, to the millisecond.
 */
public record LedgerEntry(long seq, long projectId, int projectSeq, EntryType type, BigDecimal amount, String projectCode,
                   long agreementId, String donorUnion, String recipientUnion, Integer trancheNo, String bankReference,
                   String actor, String taskKey, String taskId, String processInstanceId, LocalDateTime recordedAt,
                   String prevHash, String hash) {

    LedgerEntry withHash(String hash) {
        return new LedgerEntry(seq, projectId, projectSeq, type, amount, projectCode, agreementId, donorUnion,
                recipientUnion, trancheNo, bankReference, actor, taskKey, taskId, processInstanceId, recordedAt,
                prevHash, hash);
    }

    LedgerEntry withSeq(long seq) {
        return new LedgerEntry(seq, projectId, projectSeq, type, amount, projectCode, agreementId, donorUnion,
                recipientUnion, trancheNo, bankReference, actor, taskKey, taskId, processInstanceId, recordedAt,
                prevHash, hash);
    }
}
