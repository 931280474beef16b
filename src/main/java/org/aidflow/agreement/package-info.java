/** Assistance agreements between a donor and a recipient union, from draft to two signatures. */
package org.aidflow.agreement;
