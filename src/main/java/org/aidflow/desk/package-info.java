/**
 * The approvals desk around the inbox: 已办 (tasks one completed), 我发起的 (cases one submitted), 批量审批
 * (one decision on several tasks of a kind), 抄送 (copying colleagues on a case) and the printable 审批单.
 */
package org.aidflow.desk;
