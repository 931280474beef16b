/** Funding plans per agreement and year, performance targets (绩效目标) and their attainment. */
package org.aidflow.plans;
