/** Administering people: accounts in their unions, one-time and own passwords, and who covers which tasks. */
package org.aidflow.people;
