/** 项目变更: changes to an approved project's budget, tranche plan, targets or site, approved by a process of their own. */
package org.aidflow.changes;
