/** Administering people and the directory: accounts, passwords, who covers which tasks; unions, rounds, pairings. */
package org.aidflow.people;
